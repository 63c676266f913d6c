"""The ``speaker_name`` of each statement: who spoke, as a label to count by.

Most people a news article quotes are not in the actor registry, so their statements
have ``speaker_id`` NA; and many statements name their speaker only by a pronoun ("Er
kündigte an"), by "Demnach", by a description that refers back ("der Politologe") or not
at all (a Konjunktiv continuation that inherits the speaker). :func:`name_speakers` gives
every statement of a document the best name the text offers, in text order:

- a registry actor: its canonical name (without "Mr.");
- a named speaker: the name without the article, the role words and what else is no part
  of it (:func:`parse_speaker`: "Peter Filzmaier" from "Der Politologe Peter Filzmaier",
  "Dmitri Peskow" from "der Sprecher von Präsident Putin, Dmitri Peskow", "Thomas Strobl"
  from "Innenminister Thomas Strobl (CDU)"), completed from an earlier fuller mention of
  the same surname ("Filzmaier" after "Peter Filzmaier");
- a description whose role word an earlier named person carried ("der Politologe",
  "der Kanzler" after "Bundeskanzler Werner Faymann"): that person's name; else a
  definite description of one person (an epithet: "so der Forscher", "sagte der
  40-Jährige", "meinte die Kammer-Obfrau"; not "der Polizeisprecher", "die Forscher")
  refers back like a pronoun, first to the speakers and registry persons before it;
- a newspaper or an agency by its name ("Anadolu" from "die Nachrichtenagentur Anadolu");
- a pronoun (er, sie; he, she): the last person the text named before it -- a registry
  person, a name beside a role word anywhere in the text ("Trainer Peter Stöger",
  "Gazprom-Chef Alexej Miller"), a common given name before a surname ("Rainer Bunge"), a
  surname the text repeats, or an earlier speaker who is a person (not "die Polizei") --
  that the pronoun can refer to: of its gender where the registry, a role word or a
  listed given name tells it ("Innenministerin Petra Lang" and "Sabine Meier" are no
  "er"), never named inside the statement's own content, inside an earlier statement's
  content only when no other fits, at most ``MAX_BACK`` sentences back; the plural "sie"
  ("Sie riefen") names nobody;
- "Demnach" and an inherited speaker: the name of the statement it refers to;
- the ``own`` statements of a speech: the speech's speaker;
- otherwise the speaker's words without the article ("Behördensprecher", "Polizei"); NA
  where a statement has no speaker, for "wir", "man", "ich" (outside the registry) and the
  polite "Sie" of a speech.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Container
from typing import Any

from discourse.actors import ActorRegistry
from discourse.statements._speaker_parse import (
    _DATES,
    _HONORIFIC,
    _PLACE_ADJECTIVE,
    Parsed,
    _body,
    _is_role,
    _medium,
    given_gender,
    parse_speaker,
)
from discourse.statements._text import Spans, is_agent_word, is_name_word, message_spans
from discourse.statements._text import offset as _offset
from discourse.statements._text_names import (
    _first_name,
    _known,
    _positions,
    _text_names,
    company_names,
    role_names,
)
from discourse.statements._words import OPENERS_NOT_SUBJECT

_PRONOUNS = {"er": "m", "he": "m", "sie": "f", "she": "f"}  # -> the gender they refer to
# pronouns that name nobody by themselves (first and second person, "man", "they")


_OTHER_PRONOUNS = {
    "ich", "wir", "du", "ihr", "man", "es", "wer", "i", "we", "you", "they", "it", "one", "me", "us",
    "who", "whoever",
}  # fmt: skip


_BACK = {"demnach"}  # a source that points back to the statement before
# attribution nouns that name no source by themselves ("nach eigenen Angaben", "seiner
# Ansicht nach", "dem Vernehmen nach"), and the gender of the possessive before them


_HOLDER_NOUNS = {
    "angaben", "vernehmen", "ansicht", "meinung", "auffassung", "worten", "einschätzung",
    "überzeugung", "darstellung", "bekunden", "auskunft",
}  # fmt: skip


_OWN = ("eigenen", "eigener", "eigenem")  # "nach eigenen Angaben", "laut eigener Auskunft"
_POSSESSIVE_GENDER = {"sei": "m", "ihr": "f"}  # "seiner", "seinen"; "ihrer", "ihren"


def _no_owner_named(before: list[str]) -> bool:
    """The words before an attribution noun name nobody: articles, possessives and
    adjectives ("nach eigenen Angaben", "Seiner Ansicht"), not "Apples Darstellung"."""
    return all(
        w[:1].islower() or (k == 0 and not w.endswith("s"))  # "Seiner", not "Apples"
        for k, w in enumerate(before)
    )


MAX_BACK = 4  # sentences: a pronoun refers to a person named at most this far back


def name_speakers(
    rows: list[dict[str, Any]],
    reg: ActorRegistry,
    *,
    text: str | None = None,
    mentions: list[tuple] = (),  # type: ignore[assignment]
    sent_starts: list[int] = (),  # type: ignore[assignment]
    speech: str | None = None,
    lang: str = "de",
    markers: Container[str] | None = None,
) -> None:
    """Set ``speaker_name`` of each statement record of one document (in place; the
    records in text order). ``text``: the document's text (names after role words);
    ``mentions``: its actor mentions (start, end, actor id, surface), sorted;
    ``sent_starts``: the sorted start offsets of its sentences (the distance of a pronoun
    to its antecedent); ``speech``: the speaker of a speech (the name of its ``own``
    statements; "Sie" is the polite "you" and names nobody); ``lang``: the document's
    language; ``markers``: the cue lexicon's nouns whose attribute is the speaker ("Angaben
    von X"; see :func:`parse_speaker`).

    Examples
    --------
    >>> from discourse.actors import load_registry
    >>> rows = [{"speaker_id": None, "speaker_surface": s, "speaker_start": a,
    ...          "speaker_end": b, "inherited": False, "sent_id": k, "kind": "indirect",
    ...          "cue": "sagte", "content_start": None, "content_end": None}
    ...         for k, (s, a, b) in enumerate([("Der Politologe Peter Filzmaier", 0, 30),
    ...                                        ("er", 80, 82), ("der Politologe", 120, 134)])]
    >>> name_speakers(rows, load_registry(), sent_starts=[0, 40, 100])
    >>> [r["speaker_name"] for r in rows]
    ['Peter Filzmaier', 'Peter Filzmaier', 'Peter Filzmaier']
    """
    spans: dict[tuple[int, int], str] = {}
    full: dict[str, str] = {}  # surname -> the fullest name the document gave it
    # (offset, lower-case role words, name) of the persons named with a role word
    named: list[tuple[int, list[str], str]] = []
    # (offset, name, gender) of the persons named so far: registry persons, names after
    # role words, repeated surnames, speakers of statements that are persons
    people: list[tuple[int, str, str | None]] = []
    named_ids = {aid for _, _, aid, _ in mentions if isinstance(aid, str)}
    person_ids = {aid for aid in named_ids if reg.actors.get(aid, {}).get("kind") == "person"}
    for a, _, aid, _ in mentions:
        if aid in person_ids and not (lang == "en" and _modifier_en(text, a)):
            people.append((a, _registry_name(reg, aid, lang), reg.actors[aid].get("gender")))
    # (offset, name, gender) of the persons an epithet may refer back to: the registry
    # persons and the statements' speakers named so far
    speakers = list(people)
    contents = Spans(
        span
        for r in rows
        if r["kind"] != "own"  # a speaker's own sentences report nobody
        for span in _content_without_speaker(r)
    )
    scanned = not text  # the text's own names are looked for once, when first needed

    def scan() -> None:
        nonlocal scanned
        if scanned:
            return
        scanned = True
        found_people, found_named, found_full = _text_names(str(text), lang)
        for w, name in found_full.items():
            full.setdefault(w, name)
        # a repeated word the registry knows as a state or a body is no person ("Estland");
        # a registry person keeps the registry's name ("Recep Tayyip Erdogan")
        known = Spans((a, b) for a, b, aid, _ in mentions if aid in person_ids)
        people.extend(
            x
            for x in found_people
            if not known.contains(x[0])
            and not _body_actor(reg, x[1])
            and not (lang == "en" and _modifier_en(text, x[0]))
        )
        if lang == "en":  # "Deborah Clarke, 54,": a person, whatever her given name
            have = {x[0] for x in people}
            people.extend(x for x in _aged_names_en(str(text)) if x[0] not in have)
            have = {x[0] for x in people}
            # "Gov. Gavin Newsom", "Sen. Jeanne Shaheen": a person after an abbreviated title
            people.extend(x for x in _abbreviated_names_en(str(text)) if x[0] not in have)
        people.sort(key=_FIRST)
        named.extend(found_named)
        named.sort(key=_FIRST)

    last_name: str | None = None  # the name of the statement before
    last_cue = ""  # the cue of the statement before
    last_body: str | None = None  # the same when no person spoke it (a ministry, a state)
    last_at: int | None = None  # the offset of its speaker
    last_end: int | None = None  # the end of its content
    # (offset, name, article) of the last German statement a body spoke ("Der Bund
    # Naturschutz begrüßte ...": a masculine "er" may refer to it)
    body_at: tuple[int, str, str] | None = None
    for rec in rows:
        if rec.get("answer") is not None:
            continue  # "ich"/"wir" in an interview's answer: named after the answer, below
        aid, surface = rec["speaker_id"], rec["speaker_surface"]
        a, b = _offset(rec["speaker_start"]), _offset(rec["speaker_end"])
        surface = surface.strip() if isinstance(surface, str) else ""
        low = surface.lower()
        name: str | None = None
        gender: str | None = None
        person = False  # a pronoun after it may refer to it
        guessed = False  # an epithet referred back to the last person that fits
        resolved = False  # a pronoun or an epithet resolved to a person's name
        if (
            isinstance(aid, str)
            and aid in reg.actors
            and not (lang == "en" and _actor_attribute_en(surface, reg.actors[aid]))
        ):
            name, gender = _registry_name(reg, aid, lang), reg.actors[aid].get("gender")
            person = reg.actors[aid].get("kind") == "person"
            if person and reg.actors[aid].get("surname_only") and " " in surface:
                # a Bundestag speaker the registry knows by the surname, named in full
                # ("Grünen-Chefin Franziska Brantner"): the full name
                words = parse_speaker(surface, lang, markers).words
                full_name = " ".join(words)
                if (
                    len(words) > 1
                    and words[-1] == name
                    and all(_given_name_like(w, lang) for w in words[:-1])
                ):
                    name = full_name  # (given names first: not "SPD-Ministerinnen Giffey")
            elif person and reg.actors[aid].get("surname_only") and text and not speech:
                # in news, "sagte Brantner" after "Franziska Brantner": the text's full name
                # (a speech keeps the name its speakers have in the corpus)
                scan()
                if " " in full.get(name, ""):
                    name = full[name]
            if not person and len(surface.split()) > 2:
                parsed = parse_speaker(surface, lang, markers)
                persons_role = any(not _body(r) for r in parsed.roles)  # not "Staaten"
                if parsed.is_name and persons_role and len(parsed.words) > 1:
                    # "Kremlin spokesman Dmitry Peskov": the body is an attribute
                    name, gender, person = " ".join(parsed.words), parsed.gender, True
                    resolved = True
                elif lang == "en" and (holder := _holder_of_state_en(surface, reg.actors[aid])):
                    name, gender, person, resolved = holder, None, True, True
        elif rec["kind"] == "own" and speech:
            name = speech
        elif rec["inherited"] and not _named_after(rec, a) and (a, b) in spans:
            name = spans[(a, b)]  # the earlier statement's speaker
        elif low in _PRONOUNS and a is not None and not (speech and surface == "Sie"):
            if not (low == "sie" and _plural_verb(text, b)):
                scan()  # not the plural "sie" of "Sie riefen", "Sie haben erklärt"
                gender = _PRONOUNS[low]
                cands = people
                if lang == "en" and text:
                    # "Asked whether Trump would meet Chuck Schumer, she said": no one named
                    # in the participle's clause before the pronoun it has as its subject
                    lead = _participle_lead_en(str(text), a, sent_starts)
                    if lead is not None:
                        cands = [x for x in people if not lead <= x[0] < a]
                got = _antecedent_at(cands, rec, a, gender, sent_starts, contents)
                name = got[1] if got is not None else None
                if lang == "de" and body_at is not None and (got is None or body_at[0] > got[0]):
                    # "Der Bund Naturschutz begrüßte den Vorstoß. Er warnte aber ...": the
                    # body that spoke since, when its article fits the pronoun
                    near = bisect.bisect_right(sent_starts, a) - bisect.bisect_right(
                        sent_starts, body_at[0]
                    )
                    if near <= 2 and _BODY_PRONOUN.get(body_at[2]) == low:
                        name = body_at[1]
                if lang == "de" and text and sent_starts:
                    # "Die Staatsanwaltschaft sieht das anders. Sie wirft … vor": the body
                    # that opens the sentence before, when nobody was named since
                    body = _opening_body(str(text), a, low, sent_starts)
                    if body is not None and (got is None or got[0] < body[0]):
                        name = body[1]
                if lang == "en" and name is not None and text:
                    # "..., said Emma Raducanu. She beat Jessica Pegula ... she added": the
                    # speaker before, not a person named as an object since
                    name = (
                        _speaker_over_object_en(
                            str(text), people, speakers, rec, a, gender, sent_starts, contents
                        )
                        or name
                    )
                if (
                    lang == "en"
                    and name is not None
                    and name == last_name
                    and last_cue in ("asked", "asks")
                    and str(rec["cue"]).lower() in ("replied", "replies", "answered", "responded")
                ):
                    name = None  # "X asked him whether ... '...,' he replied": not the asker
                resolved = name is not None
        elif not surface and _further(rec, text):
            name = last_name  # "berichtete die ARD. Weiter hieß es, ...": the ARD again
        elif not surface and _bare_impersonal(rec, text, last_end, sent_starts):
            name = last_name  # "Die Polizei teilte mit, ... . Es sei ..., hieß es."
        elif last_name and _in_that_document(rec, low):
            name = last_name  # "berichtete The Guardian. ..., hieß es in dem Bericht"
        elif lang == "en" and low == "it" and last_body is not None and _after_content(rec, a):
            name = last_body  # "The ministry said ... Crews must keep away, it added."
        elif (
            lang == "en"
            and low == "it"
            and (body := last_body or (last_name if _one_word_body(reg, last_name, full) else None))
            and _it_goes_on(rec, text, sent_starts, last_at, a)
        ):
            name = body  # "Spotify said ... It said ...", "In its report, it said ..."
        elif lang == "en" and (acronym := _pronoun_acronym_en(surface)) is not None:
            name = acronym  # "the WHO said": no relative pronoun
        elif not surface or low in _PRONOUNS or low in _OTHER_PRONOUNS:
            pass  # "Sie" of a speech, "wir", "man": nobody the text names
        elif low.split()[0] in _BACK:
            name = last_name
        elif low.split()[-1] in _HOLDER_NOUNS and _no_owner_named(surface.split()[:-1]):
            # "seiner Ansicht nach": whose view the possessive says; "nach eigenen Angaben",
            # "dem Vernehmen nach": nobody the phrase names
            owner = _POSSESSIVE_GENDER.get(low.split()[0][:3]) if len(low.split()) == 2 else None
            if owner is not None and a is not None:
                scan()
                name = _antecedent(people, rec, a, owner, sent_starts, contents)
            elif low.split()[0] in _OWN and rec["cue"] == "Nach" and text and b is not None:
                # "Nach eigenen Angaben hat Fortinet ...": the subject after the verb
                name = _subject_after(str(text), b)
            elif low.split()[0] in _OWN and text and a is not None:
                # "zählt das Innenministerium nach eigenen Angaben": the subject before it
                m = _SUBJECT_BEFORE.search(str(text), max(0, a - 80), a)
                if m is None:  # "Die Grünen prüfen nach eigenen Angaben": the opening subject
                    start = sent_starts[max(0, bisect.bisect_right(sent_starts, a) - 1)]
                    m = _OPENING_SUBJECT.match(str(text), start, a)
                    word = m.group(1) if m is not None else ""
                    if m is not None and (
                        word.lower() in _CLAUSE_OPENERS_DE
                        or (_known(word.lower(), "de") and not is_agent_word(word))
                    ):  # "Weil er nach eigenen Angaben", "Die Firma hat ...": no name
                        m = None
                name = m.group(1) if m else None
        else:
            # "nach Andrejews Worten", "Merkels Ansicht nach": the owner in the genitive
            owner = _genitive_owner(surface) if lang == "de" else None
            if lang == "en":  # "Britain's Healey", "Poland's candidate Rafal Trzaskowski"
                surface = _without_owner_en(surface)
            parsed = parse_speaker(owner or surface, lang, markers)
            words, gender = parsed.words, parsed.gender
            if lang == "de" and low in _COMPANY_ACCOUNTS and text and a is not None:
                # "Nvidia hat … . Nach Unternehmensangaben stieg …": the company's account
                company = _company_named_before(str(text), a, sent_starts)
                if company:  # a name, no person
                    parsed = Parsed(company.split(), True, None, parsed.roles)
                    words = parsed.words
            if parsed.is_name and not (lang == "en" and _epithet(low, words, None)):
                name = " ".join(words)
                if lang == "en" and len(words) == 1 and low.split()[0] in ("sir", "dame"):
                    words = _knighted_en(text, name, a) or words  # "Sir Keir": Keir Starmer
                    name = " ".join(words)
                known = full.get(words[-1], "")
                if len(words) > 1 and known.endswith(" " + name) and given_gender(known):
                    name = known  # "De Wever" after "Bart De Wever": the fuller name
                elif len(words) > 1:
                    full[words[-1]] = name  # the latest: "Gerd Müller", then "Thomas Müller"
                elif not any(map(_medium, surface.split())):  # "Faymann" after "Werner Faymann"
                    if name not in full:
                        scan()  # the fullest name the text gives ("Recep Tayyip Erdogan")
                    if name not in full and name[-1:] == "s" and name[:-1] in full:
                        name = name[:-1]  # a genitive: "nach Ansicht Rabmer-Kollers"
                    elif owner is not None and name not in full and name[-1:] == "s":
                        name = _genitive_stem(name, full, reg, text)  # "Merkels Ansicht"
                    ids = reg.lookup(name) if name not in full else []
                    # a short name ("Meta") only after its actor's fuller name in the text
                    ids = [
                        i for i in ids if name not in reg.actors[i]["short_names"] or i in named_ids
                    ]
                    if len(ids) == 1 and reg.actors[ids[0]].get("kind") == "person":
                        full[name] = _registry_name(reg, ids[0], lang)  # "Erdogan": the registry's
                    if name not in full and text:
                        full[name] = _first_name(str(text), name, markers) or name
                    name = full.get(name, name)
                gender = gender or given_gender(name)  # "Sabine Meier": "f"
                bisect.insort(named, (a or 0, parsed.roles, name), key=_FIRST)
                # no "ORF", "Russland", "in der Anklageschrift"
                person = not (words[0].isupper() or reg.lookup(name) or _in_document(low))
                person = person and low not in _COMPANY_ACCOUNTS
                if lang == "en" and words[-1].lower() in _EN_BODY_WORDS:
                    person = False  # "Northamptonshire Police", "Thames Water"
                resolved = person
            elif words:
                shown = words  # the name when nothing is found it refers to
                if lang == "de" and len(words) == 2 and _PLACE_ADJECTIVE.fullmatch(words[0]):
                    words = words[1:]  # "die Münchner Ökonomin" refers back as "die Ökonomin"
                # "der Kanzler" refers back; "ein US-Vertreter" is someone new
                indefinite = low.split()[0] in _INDEFINITE
                name = None if indefinite else _referent(words, named, a)
                if (
                    name is None
                    and lang == "de"
                    and text
                    and _das_report(str(text), rec, sent_starts)
                ):
                    # "Nahles rechnet mit … . Das sagte die frühere SPD-Vorsitzende"
                    scan()
                    name = _das_subject(str(text), rec, people, gender)
                if name is None and lang == "de" and indefinite and a is not None:
                    # "Gesamtmetall äußerte Kritik. …, erklärte ein Sprecher"
                    name = _spokesperson_de(words, last_name, last_at, a, sent_starts)
                if name is None and lang == "en" and indefinite and a is not None:
                    # '"...," a spokesperson told the Guardian' after "Thames Water said"
                    # (not after a state: "Russia said")
                    body = None if last_body is None or _state(reg, last_body) else last_body
                    name = _spokesperson_en(words, body, last_at, a, sent_starts)
                if name is None and lang == "en" and text and a is not None and not indefinite:
                    name = _titled_before(str(text), words, a)  # "The prime minister said"
                if name is None and text and a is not None and len(words) == 1 and not indefinite:
                    name = _named_in_text(str(text), words[0], a)  # "Bundeskanzler Werner …"
                if name is None and text and a is not None and _company_word(low, words):
                    name = _company_before(str(text), a, sent_starts)  # "der Konzern"
                    # "Bosch will Stellen abbauen. …, teilte das Unternehmen mit." (one
                    # company: not "die Unternehmen")
                    one = low.split()[0] != "die" or words[0].lower() in _COMPANY_FEMININE
                    name = name or (_opening_company(str(text), a, sent_starts) if one else None)
                if name is None and text and a is not None and _company_spokesperson(words):
                    # "Volkswagen hat … gedrosselt. …, teilte ein Konzernsprecher mit."
                    body = _company_named_before(str(text), a, sent_starts)
                    name = f"{words[0]} von {body}" if body else None
                if name is None and lang == "de" and text and a is not None and not indefinite:
                    # "teilte die Gewerkschaft mit" after "Die Gewerkschaft Verdi hat ..."
                    name = _same_noun_named_before(str(text), words, a, sent_starts)
                if name is None and lang == "de" and text and a is not None and not indefinite:
                    # "hieß es aus dem Ministerium" after "Das Verteidigungsministerium ..."
                    name = _compound_named_before(str(text), words, a, sent_starts)
                if name is None and lang == "en" and text and a is not None and not indefinite:
                    # "The central bank said" after "The Reserve Bank of Australia ..."
                    state = last_body is not None and _state(reg, last_body)
                    one = last_name if _one_word_body(reg, last_name, full) else None
                    name = _body_before_en(
                        str(text), low, a, last_body, sent_starts, state, one, last_name
                    )
                if name is None and lang == "en" and text and a is not None and not indefinite:
                    # "The 54-year-old" after "Deborah Clarke, 54,"
                    name = _aged_before_en(str(text), words, a)
                    resolved = name is not None
                if lang == "de" and gender is None and len(words) == 1:
                    gender = _article_gender(low, words[0])  # "der Niederländer"
                if name is None and a is not None and _epithet(low, words, gender):
                    # "..., so der Forscher" after "glaubt Schneeweiß"; a person the text
                    # names since the last speaker is nearer ("Kompany haderte mit ... .
                    # ..., sagte der Belgier")
                    scan()
                    said_in, people_in = _party_members(reg, words[-1], speakers, people)
                    said_in, people_in = _office_holders(reg, words[-1], said_in, people_in)
                    said = _antecedent_at(said_in, rec, a, gender, sent_starts, Spans([]))
                    named_since = _antecedent_at(people_in, rec, a, gender, sent_starts, contents)
                    got = max(
                        (x for x in (said, named_since) if x is not None),
                        key=_FIRST,
                        default=None,
                    )
                    name = got[1] if got is not None else None
                    resolved = guessed = name is not None
                name = name or " ".join(shown)
                # "der Sprecher", "die Ministerin", "the spokesman", not "die Polizei"
                person = gender is not None or (lang == "en" and bool(parsed.roles))
                person = person and not _body(_head_en(words) if lang == "en" else words[0])
                person = person and not _in_document(low)
        if name is not None and " " not in name:
            name = _nominative(name)
        elif name is not None:
            name = _paper_nominative(name)
        rec["speaker_name"] = name
        if (
            name is not None
            and not isinstance(aid, str)
            and " " in name
            and not guessed
            and (low not in _PRONOUNS or name == last_name)
        ):
            # "sagte der Minister" named "Boris Pistorius": the registry person's id too (for
            # a pronoun only when it goes on with the statement before: "Er fügte hinzu")
            ids = reg.lookup(name)
            if len(ids) == 1 and reg.actors[ids[0]].get("kind") == "person":
                rec["speaker_id"] = ids[0]
        if rec["kind"] != "own":
            last_cue = str(rec["cue"]).lower()
        if name is not None and rec["kind"] != "own":
            last_name, last_at, last_end = name, a, _offset(rec["content_end"])
            last_body = None if person else name
            if lang == "de" and not person and a is not None and low.split()[0] in _BODY_PRONOUN:
                body_at = (a, name, low.split()[0])
            if a is not None and (resolved or (person and isinstance(aid, str))):
                bisect.insort(speakers, (a, name, gender), key=_FIRST)
            if a is not None and b is not None:
                spans.setdefault((a, b), name)
                if person and low not in _PRONOUNS:
                    # at the span's end: "der Sprecher von Präsident Putin, Dmitri Peskow"
                    # names Peskow after Putin
                    bisect.insort(people, (b - 1, name, gender), key=_FIRST)
    for rec in rows:
        if rec.get("answer") is not None:
            rec["speaker_name"] = rec["answer"].get("speaker_name")
            rec["speaker_id"] = rec["answer"].get("speaker_id")


_LINKING_S = ("ung", "heit", "keit", "schaft", "tion", "tät", "um", "en")


def _nominative(word: str) -> str:
    """A dative plural of a description back in the nominative: "Regierungskreisen" ->
    "Regierungskreise", "Insidern" -> "Insider" (the label to count by)."""
    if word.endswith("kreisen"):
        return word[:-1]
    if word.endswith(("Insidern", "insidern")):
        return word[:-1]
    low = word.lower()
    for tail in ("angaben", "berichten", "berichte", "informationen"):
        # "Polizeiangaben" -> "Polizei", "Medienberichten" -> "Medien": who gave them
        if low.endswith(tail) and len(low) > len(tail) + 2:
            stem = word[: -len(tail)].rstrip("-")
            if stem.endswith("s") and stem[:-1].lower().endswith(_LINKING_S):
                stem = stem[:-1]  # "Regierungsangaben", "Unternehmensangaben"
            return stem
    return word


def _paper_nominative(name: str) -> str:
    """The name of a newspaper or an agency in the dative or genitive back in the
    nominative: "Süddeutschen Zeitung" -> "Süddeutsche Zeitung", "Frankfurter Allgemeinen
    Zeitung" -> "Frankfurter Allgemeine Zeitung", "Deutschen Presse-Agentur", and of another
    body with a feminine head ("Deutschen Flugsicherung"; one label to count by, whatever
    the case)."""
    words = name.split()
    adjectives_only = 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w.endswith("en") for w in words[:-1]
    )
    if not (
        words[-1].lower().endswith(_FEMININE_MEDIA)
        or (adjectives_only and words[-1].lower().endswith(_FEMININE_BODIES))
    ):
        return name
    adjectives = [w[:-1] if w.endswith("en") and w[:1].isupper() else w for w in words[:-1]]
    return " ".join([*adjectives, words[-1]])


_FEMININE_MEDIA = ("zeitung", "rundschau", "presse", "post", "agentur", "allgemeine")
# other feminine heads of bodies ("der Deutschen Flugsicherung", "der Europäischen
# Zentralbank"), taken back only after adjectives alone
_FEMININE_BODIES = ("ung", "ion", "heit", "keit", "schaft", "anstalt", "kammer", "bank", "behörde")


def _genitive_stem(name: str, full: dict[str, str], reg: ActorRegistry, text: Any) -> str:
    """A name in the genitive without its "s" where the stem is a name the document gave
    (``full``), a registry actor (its name) or a word the text uses on its own."""
    stem = name[:-1]
    if stem in full:
        return stem
    ids = reg.lookup(stem)
    if len(ids) == 1:
        full[stem] = _registry_name(reg, ids[0])
        return stem
    return stem if text and _positions(str(text), stem) else name


def _genitive_owner(surface: str) -> str | None:
    """The name in the genitive before an attribution noun ("Andrejews" of "Andrejews
    Worten", "Pistorius" of "Pistorius' Ansicht"), else None."""
    words = surface.split()
    if len(words) != 2 or words[1].lower() not in _HOLDER_NOUNS:
        return None
    owner = words[0]
    if not owner[:1].isupper() or not owner.endswith(("s", "'", "’")):
        return None
    return owner.rstrip("'’")


def _named_after(rec: dict[str, Any], a: int | None) -> bool:
    """An inherited speaker who is named after the statement (the speaker of a quotation
    that goes on in the next paragraph): resolved like one of its own."""
    c0 = _offset(rec["content_start"])
    return a is not None and c0 is not None and a > c0


def _after_content(rec: dict[str, Any], a: int | None) -> bool:
    """The speaker is named after the statement's content ("..., it added.")."""
    c1 = _offset(rec.get("content_end"))
    return a is not None and c1 is not None and a >= c1


def _it_goes_on(
    rec: dict[str, Any],
    text: str | None,
    sent_starts: list[int],
    before: int | None,
    at: int | None,
) -> bool:
    """An English "it" at ``at``, right before its cue (at most one adverb between), goes
    on with the body that spoke at ``before``: in the next sentence ("Spotify said it would
    raise prices. It said ...", "In its report, it said ...") or after "and" in the same
    one ("Haiti reaffirms ..., and it demands ..."); not "Somalia welcomes the Agenda,
    because it reminds us", not the expletive "It is very important to emphasize"."""
    b, c = _offset(rec.get("speaker_end")), _offset(rec.get("cue_start"))
    if not text or None in (before, at, b, c) or not sent_starts or at < before:
        return False
    if re.fullmatch(r"\s*(?:[a-z]+ly\s+|also\s+)?", text[b:c]) is None:
        return False
    apart = bisect.bisect_right(sent_starts, at) - bisect.bisect_right(sent_starts, before)
    return apart == 1 or (apart == 0 and re.search(r"\band\s+$", text[before:at]) is not None)


def _content_without_speaker(rec: dict[str, Any]) -> list[tuple[int | None, int | None]]:
    """A statement's content span, without its own speaker where the content takes in the
    whole sentence ("Kiesewetter forderte eine Erhöhung"): a name there is an antecedent."""
    parts: list[tuple[int | None, int | None]] = list(message_spans(rec))
    if len(parts) != 1:  # a cue clause inside the content: its speaker is outside the parts
        return parts or [(None, None)]
    (c0, c1) = parts[0]
    a, b = _offset(rec["speaker_start"]), _offset(rec["speaker_end"])
    if a is None or b is None or not c0 <= a < b <= c1:
        return [(c0, c1)]
    return [(c0, a), (b, c1)]


def _further(rec: dict[str, Any], text: str | None) -> bool:
    """An impersonal cue that goes on with the source before it: "Weiter hieß es",
    "Zudem heißt es", "Darin hieß es", "..., hieß es weiter", "..., hieß es zur
    Begründung"."""
    at = _offset(rec.get("cue_start"))
    cue = rec.get("cue")
    if not text or at is None or not isinstance(cue, str) or cue.lower() not in ("heißt", "hieß"):
        return False
    before = text[max(0, at - 20) : at].split()
    after = [w.strip(".,;:").lower() for w in text[at : at + 40].split()[1:3]]
    return (bool(before) and before[-1].lower() in _FURTHER) or (
        len(after) == 2 and after[0] == "es" and (after[1] in _FURTHER or after[1] == "zur")
    )


def _bare_impersonal(
    rec: dict[str, Any], text: str | None, last_end: int | None, sent_starts: list[int]
) -> bool:
    """A bare "..., hieß es." closing the sentence right after a statement: it goes on
    with that statement's source ("Die Polizei teilte mit, der Mann sei gefasst. Es
    handle sich um einen 30-Jährigen, hieß es."); not after a statement further back."""
    at = _offset(rec.get("cue_start"))
    cue = rec.get("cue")
    if not text or at is None or last_end is None or not sent_starts:
        return False
    if not isinstance(cue, str) or cue.lower() not in ("heißt", "hieß"):
        return False
    if text[at : at + 10].split()[1:2] not in (["es."], ["es!"]):
        return False
    here = bisect.bisect_right(sent_starts, at)
    return 0 <= here - bisect.bisect_right(sent_starts, max(0, last_end - 1)) <= 1


# after "nach eigenen Angaben": a finite verb, then the subject ("hat Fortinet", "will die
# Polizei"); the subject's words up to the next lower-case word
_SUBJECT_AFTER = re.compile(
    r"(?:\s+nach)?\s*,?\s+[a-zäöü]+\s+(?:(?:der|die|das)\s+)?"
    r"([A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+){0,2})"
)


# before a mid-clause "nach eigenen Angaben": a finite verb, an article and the subject
_SUBJECT_BEFORE = re.compile(r"\b[a-zäöü]+\s+(?:der|die|das)\s+([A-ZÄÖÜ][\w\-]+)\s+(?=nach\s*$)")
_CLAUSE_OPENERS_DE = {"weil", "als", "wenn", "da", "nachdem", "obwohl", "während", "wie", "ob"}
# the subject opening the sentence, its verb and "nach": "Die Grünen prüfen nach"
# (also after a noun: "Der Onlinehändler Zalando hat nach")
_OPENING_SUBJECT = re.compile(
    r"(?:Der|Die|Das)?\s*(?:[A-ZÄÖÜ][\w\-]+\s+)?([A-ZÄÖÜ][\w\-]+)\s+[a-zäöü]+\s+nach\s*$"
)


def _subject_after(text: str, end: int) -> str | None:
    """The subject after the finite verb that follows "nach eigenen Angaben" at ``end``
    ("Nach eigenen Angaben hat Fortinet das Problem behoben" -> "Fortinet"), else None."""
    m = _SUBJECT_AFTER.match(text, end)
    if m is None or m.group(1).split()[0] in _DATES:
        return None
    return m.group(1)


def _in_document(low: str) -> bool:
    """A source that is a document, no person: "in der Anklageschrift", "Bericht"."""
    words = low.split()
    return words[0] in ("in", "im") or (len(words) < 3 and words[-1] in _DOCUMENTS)


def _in_that_document(rec: dict[str, Any], low: str) -> bool:
    """ "hieß es in dem Bericht", "heißt es in der Erklärung": the document of the source
    named before (a definite article, no name of its own; "in einer Aussendung" may be
    anyone's)."""
    cue = rec.get("cue")
    if not isinstance(cue, str) or cue.lower() not in ("heißt", "hieß"):
        return False
    words = low.split()
    return (
        len(words) in (2, 3)
        and words[0] in ("in", "im")
        and (len(words) == 2 or words[1] in ("dem", "der", "diesem", "dieser"))
        and words[-1] in _DOCUMENTS
    )


_DOCUMENTS = {
    "bericht", "erklärung", "schreiben", "mitteilung", "stellungnahme", "aussendung",
    "studie", "brief", "papier", "dokument", "text", "beitrag", "artikel", "interview",
    "presseaussendung", "pressemitteilung", "aussage",
}  # fmt: skip
_FURTHER = {"weiter", "zudem", "außerdem", "ferner", "darin", "dort", "auch"}


# the article of a German body that speaks -> the pronoun that refers back to it
_BODY_PRONOUN = {"der": "er", "die": "sie"}


def _opening_body(
    text: str, at: int, pronoun: str, sent_starts: list[int]
) -> tuple[int, str] | None:
    """(offset, noun) of the body that opens the sentence before the one a German
    pronoun ``pronoun`` opens at offset ``at``, when its article fits the pronoun ("Die
    Staatsanwaltschaft sieht das anders. Sie wirft …": Staatsanwaltschaft), else None."""
    here = bisect.bisect_right(sent_starts, at) - 1
    if here < 1 or sent_starts[here] != at:
        return None
    m = _OPENING_BODY.match(text, sent_starts[here - 1])
    if m is None or _BODY_PRONOUN.get(m.group(1).lower()) != pronoun or not _body(m.group(2)):
        return None
    return m.start(2), m.group(2)


# an article and a noun opening a sentence, then a verb: "Die Staatsanwaltschaft sieht"
_OPENING_BODY = re.compile(r"(Der|Die)\s+([A-ZÄÖÜ][\w-]+)\s+[a-zäöü]")


def _one_word_body(reg: ActorRegistry, name: str | None, full: dict[str, str]) -> bool:
    """``name`` is one capitalised word that may name a body ("Hamas", "Hezbollah"): no
    registry state and no surname of a fuller name of the text."""
    return (
        name is not None
        and " " not in name
        and name[:1].isupper()
        and full.get(name, name) == name
        and not _state(reg, name)
        and not any(reg.actors[aid].get("kind") == "person" for aid in reg.lookup(name))
    )


def _state(reg: ActorRegistry, name: str) -> bool:
    """``name`` is a registry state ("Israel", "Russia"): no agency, group or bank."""
    return any(reg.actors[aid].get("kind") == "state" for aid in reg.lookup(name))


def _body_actor(reg: ActorRegistry, name: str) -> bool:
    """``name`` is a registry actor that is no person (a state, an organisation)."""
    return any(reg.actors[aid].get("kind") != "person" for aid in reg.lookup(name))


def _given_name_like(word: str, lang: str) -> bool:
    """A word that may be a given name: listed, or capitalised, no role, no abbreviation
    and unknown to the dictionary ("Joana", "Niema"; not "SPD-Ministerinnen", "Kollege")."""
    return given_gender(f"{word} x") is not None or (
        word[:1].isupper() and word[1:2].islower() and not _is_role(word) and not _known(word, lang)
    )


def _registry_name(reg: ActorRegistry, aid: str, lang: str = "de") -> str:
    """An actor's canonical name without a form of address ("Mr. Alexis Tsipras"); in
    English text its English name where the registry gives one ("Russia", "Volodymyr
    Zelensky")."""
    actor = reg.actors[aid]
    name = actor.get("name_en") if lang == "en" else None
    return _HONORIFIC.sub("", name or actor["name"])


_FIRST = operator.itemgetter(0)


_INDEFINITE = {"ein", "eine", "einem", "einen", "einer", "eines", "a", "an"}


def _antecedent(*args: Any) -> str | None:
    """The name of :func:`_antecedent_at` (the same arguments)."""
    got = _antecedent_at(*args)
    return got[1] if got is not None else None


def _antecedent_at(
    people: list[tuple[int, str, str | None]],
    rec: dict[str, Any],
    at: int,
    gender: str | None,
    sent_starts: list[int],
    contents: Spans,
) -> tuple[int, str] | None:
    """The last person named before offset ``at`` that a pronoun or epithet of ``gender``
    (None: either) can refer to, at most ``MAX_BACK`` sentences back: never one named
    inside the statement's own content ("„Faymann hat versagt“, sagte er"), one named
    inside an earlier statement's content only when no other fits ("Filzmaier sagte,
    Häupl habe gewonnen. Er fügte hinzu": Filzmaier)."""
    parts = message_spans(rec)
    here = bisect.bisect_right(sent_starts, at)
    fallback = None
    k = bisect.bisect_left(people, at, key=_FIRST)
    while k > 0:
        k -= 1
        pos, name, g = people[k]
        if sent_starts and here - bisect.bisect_right(sent_starts, pos) > MAX_BACK:
            break
        inside = any(a <= pos < b for a, b in parts)
        if inside or (gender is not None and g is not None and g != gender):
            continue
        if not contents.contains(pos):
            return pos, name
        fallback = fallback or (pos, name)
    return fallback


def _referent(words: list[str], named: list[tuple[int, list[str], str]], at: Any) -> str | None:
    """The name of the last person named before offset ``at`` with a role word that ends
    with the description's role word ("der Kanzler" after "Bundeskanzler Werner
    Faymann")."""
    if len(words) != 1 or at is None:
        return None
    role = words[0].lower()
    for pos, roles, name in reversed(named):
        if pos < at and any(r.endswith(role) and not _deputy(r[: -len(role)]) for r in roles):
            return name
    return None


def _named_in_text(text: str, role: str, at: int) -> str | None:
    """The name after the last role word before offset ``at`` that ends with ``role``
    ("der Kanzler" after "Bundeskanzler Werner Faymann" in the running text), else None."""
    if _body(role) or len(role) < 4:
        return None
    low = role.lower()
    found = None
    for m in re.finditer(rf"\b[\w\-]*{re.escape(low)}\b", text[:at], re.IGNORECASE):
        if not _deputy(m.group().lower()[: -len(low)]):
            found = m
    if found is None:
        return None
    names = role_names(text[found.start() : found.start() + 200])
    if names and names[0][0] <= found.end() - found.start() + 3:
        return names[0][2]
    if found.group()[:1].islower():  # English: "spokeswoman Karoline Leavitt"
        after = _EN_NAME_AFTER.match(text, found.end())
        return after.group(1) if after else None
    return None


# two or three capitalised words right after an English role word: the person's name
_EN_NAME_AFTER = re.compile(r"\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\b")


def _titled_before(text: str, words: list[str], at: int) -> str | None:
    """The name the English text gave last before offset ``at`` after the title the
    description repeats ("Prime Minister Keir Starmer ... The prime minister said": Keir
    Starmer), else None."""
    if len(words) < 2 or not all(w.islower() for w in words) or not _is_role(words[-1]):
        return None
    title = r"\s+".join(map(re.escape, words))
    found = list(re.finditer(rf"\b(?i:{title})\s+((?:[A-Z][\w'’.-]*\s?){{1,3}})", text[:at]))
    if not found:
        return None
    name = found[-1].group(1).strip()
    return name if name[:1].isupper() and " " in name else None


def _company_word(low: str, words: list[str]) -> bool:
    """A definite description of a company ("der Konzern", "das Unternehmen", "das
    Unternehmen in Stuttgart")."""
    return (
        (len(words) == 1 or (len(words) > 2 and words[1] in ("in", "aus")))
        and low.split()[0] in ("der", "die", "das", "dem", "den", "des")
        and words[0].lower().rsplit("-", 1)[-1] in _COMPANY_WORDS  # "das Dax-Unternehmen"
    )


def _company_spokesperson(words: list[str]) -> bool:
    """A company's spokesperson ("ein Konzernsprecher", "eine Unternehmenssprecherin")."""
    low = words[0].lower() if len(words) == 1 else ""
    return low.startswith(("konzern", "unternehmens", "firmen")) and low.endswith(
        ("sprecher", "sprecherin")
    )


_COMPANY_WORDS = {
    "konzern", "unternehmen", "firma", "hersteller", "autobauer", "bank", "reederei",
    "fluggesellschaft", "airline", "versicherer", "brauerei",
    # bodies named the same way ("Der Hamburger SV hat … . Der Verein teilte mit")
    "verein", "verband", "klub", "club", "behörde",
}  # fmt: skip
# the feminine ones: "die Reederei" is one company, "die Unternehmen" several
_COMPANY_FEMININE = {
    "firma", "bank", "reederei", "fluggesellschaft", "airline", "brauerei", "behörde",
}  # fmt: skip
_COMPANY_ACCOUNTS = {"unternehmensangaben", "konzernangaben", "firmenangaben"}


def _das_report(text: str, rec: dict[str, Any], sent_starts: list[int]) -> bool:
    """A definite description reports the sentence before after a fronted "Das"/"Dies"
    ("… . Das gab der Club bekannt")."""
    c0, c1, a = rec["content_start"], rec["content_end"], _offset(rec["speaker_start"])
    if c0 is None or c1 is None or a is None or not sent_starts:
        return False
    here = sent_starts[max(0, bisect.bisect_right(sent_starts, a) - 1)]
    return c1 <= here and _FRONTED_DAS.match(text, here) is not None


def _das_subject(text: str, rec: dict[str, Any], people: list, gender: str | None) -> str | None:
    """The subject of the sentence a description reports after a fronted "Das"
    (:func:`_das_report`): "Der VfL Wolfsburg hat sich getrennt. Das gab der Club bekannt":
    VfL Wolfsburg; "Andrea Nahles rechnet mit … . Das sagte die frühere SPD-Vorsitzende":
    Andrea Nahles, the first person of the description's gender named in it; else None."""
    c0, c1 = rec["content_start"], rec["content_end"]
    word = str(rec["speaker_surface"]).split()[-1].lower()
    if word.endswith(("sprecher", "sprecherin")):
        return None  # "Merz habe … . Das sagte der Sprecher": someone who speaks for another
    if not _body(word) and (_is_role(word) or word.endswith(_PERSON_ENDS)):
        # a person ("die SPD-Vorsitzende"), not a body ("das Unternehmen")
        if gender is None:
            return None  # a plural: "die Augsburger"
        return next((n for pos, n, g in people if c0 <= pos < c1 and g == gender), None)
    m = _OPENING_NAME.match(text, c0)
    if m is None and _body(word):  # "Siemens will … . Das teilte der Technologiekonzern mit"
        return _opening_company(text, c0, [c0])
    if m is None:
        return None
    words = m.group(1).split()
    if len(words) == 1 and _known(words[0], "de"):
        return None  # "Die Blüten hätten …": no name
    while len(words) > 1 and _known(words[0], "de"):
        words.pop(0)  # "Der Autozulieferer Bosch": Bosch
    return " ".join(words)


_FRONTED_DAS = re.compile(r"(?:Das|Dies)\s+[a-zäöü]+\s+(?:der|die|das)\s")
# the capitalised words after the article that opens a sentence: "Der VfL Wolfsburg hat"
_OPENING_NAME = re.compile(r"(?:Der|Die|Das)\s+((?:[A-ZÄÖÜ][\w\-]*\s+){1,3}?)(?=[a-zäöü])")


def _spokesperson_de(
    words: list[str], body: str | None, body_at: int | None, at: int, sent_starts: list[int]
) -> str | None:
    """Whose spokesperson a bare "ein Sprecher" is: the speaker of the statement in the same
    or the sentence before ("Gesamtmetall kritisierte das Urteil. …, erklärte ein
    Sprecher": "Sprecher von Gesamtmetall"), else None.

    >>> _spokesperson_de(["Sprecher"], "Gesamtmetall", 0, 50, [0, 40])
    'Sprecher von Gesamtmetall'
    """
    if body is None or body_at is None or len(words) != 1:
        return None
    if words[0].lower() not in ("sprecher", "sprecherin") or _body(body.lower()):
        return None  # not after "Die Behörde teilte mit"
    near = bisect.bisect_right(sent_starts, at) - bisect.bisect_right(sent_starts, body_at)
    return f"{words[0]} von {body}" if 0 <= near <= 1 else None


def _company_before(text: str, at: int, sent_starts: list[int]) -> str | None:
    """The company the text named last before offset ``at`` after a word for one, at most
    ``MAX_BACK`` sentences back ("Der Garnhersteller Borckenstein ... Das teilte das
    Unternehmen mit": Borckenstein), else None."""
    found = [(a, name) for a, name in company_names(text[:at]) if a < at]
    if not found:
        return None
    a, name = found[-1]
    if (
        sent_starts
        and bisect.bisect_right(sent_starts, at) - bisect.bisect_right(sent_starts, a) > MAX_BACK
    ):
        return None
    return name


def _company_named_before(text: str, at: int, sent_starts: list[int]) -> str | None:
    """The company named after a word for one before offset ``at`` (:func:`_company_before`),
    else the one that opens a sentence before it (:func:`_opening_company`)."""
    return _company_before(text, at, sent_starts) or _opening_company(text, at, sent_starts)


def _opening_company(text: str, at: int, sent_starts: list[int]) -> str | None:
    """The name that opens one of the two sentences before offset ``at`` (or its own) as
    the subject of a verb in the singular, when it reads as a company's name: no word the
    dictionary knows, or one without an article ("Bosch will Stellen abbauen", "Porsche
    senkt die Prognose"; not "Die Lage ist ernst"), no body, role or person."""
    here = bisect.bisect_right(sent_starts, at) - 1
    for k in range(here, max(-1, here - 3), -1):
        m = _OPENING_COMPANY.match(text, sent_starts[k]) if k >= 0 else None
        if m is None or m.start(1) > at:
            continue
        words = m.group(1).split()
        article = m.group(0)[:4] in ("Der ", "Die ", "Das ")
        if any(_body(w.lower()) or _is_role(w) for w in words) or given_gender(" ".join(words)):
            continue
        if words[0].lower() in OPENERS_NOT_SUBJECT:
            continue  # "Mittlerweile hat …": an adverb, no name
        if len(words) == 1 and article and _known(words[0], "de"):
            continue
        if m.group(2) is not None and not (article and "-" in words[-1]):
            continue  # a plural verb only after a compound name: "Die Bodensee-Schiffsbetriebe"
        return " ".join(words)
    return None


# a sentence that opens with a name of one to three capitalised words (after an article)
# and a finite verb in the singular, not the copula: "Die Lufthansa will", "Volkswagen
# hat" (not "Fakt ist")
_OPENING_COMPANY = re.compile(
    r"(?:(?:Der|Die|Das)\s+)?(?!(?:Der|Die|Das|Dies|Diese|Dieser|Es|Er|Sie|Man|Wir|Ich)\b)"
    r"([A-ZÄÖÜ][\w&.-]*(?:\s+[A-ZÄÖÜ][\w&.-]*){0,2})\s+"
    r"(?:will|hat|hatte|wird|kann|muss|soll|(?!ist\b)[a-zäöü]+t|([a-zäöü]+en))\b"
)


def _same_noun_named_before(
    text: str, words: list[str], at: int, sent_starts: list[int]
) -> str | None:
    """The name after the same body noun earlier in the text, at most ``MAX_BACK`` sentences
    back: "die Gewerkschaft" after "Die Gewerkschaft Verdi" is Verdi, "die Behörde" after
    "der Behörde Frontex" is Frontex; else None.

    >>> _same_noun_named_before("Die Gewerkschaft Verdi streikt. Das sagte die Gewerkschaft.",
    ...                         ["Gewerkschaft"], 47, [0, 31])
    'Verdi'
    """
    if len(words) != 1 or words[0].lower() not in _NAMED_BODIES:
        return None
    noun = re.escape(words[0])
    # the noun itself or a compound ending in it ("Der Fahrgastverband Pro Bahn"), then a
    # name of one or two capitalised words
    found = list(
        re.finditer(
            rf"\b(?:{noun}|[A-ZÄÖÜ][\w-]*{noun.lower()})\s+([A-ZÄÖÜ][\w.-]*)"
            rf"(?:\s+([A-ZÄÖÜ][\w-]*[\w]))?",
            text[:at],
        )
    )
    if not found:
        return None
    m = found[-1]
    name = m.group(1).rstrip(".")
    if not is_name_word(name) or name.lower() in _NOT_NAMES_AFTER_BODY:
        return None
    second = m.group(2)
    if second and not m.group(1).endswith(".") and second.lower() not in _NOT_NAMES_AFTER_BODY:
        name = f"{name} {second}"  # "Pro Bahn"
    if (
        bisect.bisect_right(sent_starts, at) - bisect.bisect_right(sent_starts, m.start())
        > MAX_BACK
    ):
        return None
    return name


def _compound_named_before(
    text: str, words: list[str], at: int, sent_starts: list[int]
) -> str | None:
    """The last compound ending in the same body noun earlier in the text, at most
    ``MAX_BACK`` sentences back: "das Ministerium" after "Das Verteidigungsministerium" is
    the Verteidigungsministerium; else None.

    >>> _compound_named_before("Das Verteidigungsministerium wies das zurück. Man liege im "
    ...                        "Plan, hieß es aus dem Ministerium.", ["Ministerium"], 70, [0, 46])
    'Verteidigungsministerium'
    """
    if len(words) != 1 or words[0].lower() not in _COMPOUND_BODIES:
        return None
    noun = words[0].lower()
    found = [
        m
        for m in re.finditer(rf"\b[A-ZÄÖÜ][\w-]*{noun}\b(?:\s+([A-ZÄÖÜ][\w-]*\w))?", text[:at])
        if m.group().split()[0].lower() != noun
    ]
    if not found:
        return None
    m = found[-1]
    if (
        bisect.bisect_right(sent_starts, at) - bisect.bisect_right(sent_starts, m.start())
        > MAX_BACK
    ):
        return None
    place = m.group(1)  # "das Landgericht München"
    if place and place.lower() not in _NOT_NAMES_AFTER_BODY and is_name_word(place):
        return m.group()
    return m.group().split()[0]


# body nouns that a compound names ("das Ministerium" after "das Innenministerium")
_COMPOUND_BODIES = {"ministerium", "amt", "gericht", "behörde", "institut", "gewerkschaft"}


# body nouns whose name follows them ("die Gewerkschaft Verdi"; not "die Polizei Berlin",
# "die Regierung Merz": a place or a leader)
_NAMED_BODIES = {
    "gewerkschaft", "partei", "behörde", "organisation", "agentur", "nachrichtenagentur",
    "stiftung", "verband", "institut", "zeitung", "sender", "verein", "initiative",
    "bewegung", "fraktion", "kommission", "allianz", "plattform", "gruppe", "airline",
}  # fmt: skip
# capitalised words after a body noun that are no name ("die Gewerkschaft Deutschlands",
# "die Polizei Am Montag" at a line start)
_NOT_NAMES_AFTER_BODY = {
    "am",
    "im",
    "in",
    "und",
    "der",
    "die",
    "das",
    "deutschlands",
    "österreichs",
}


def _deputy(prefix: str) -> bool:
    """The compound's first part makes it another office ("Vizekanzler" is no "Kanzler")."""
    return prefix.rstrip("-").endswith(("vize", "ex", "stellvertretende", "co", "unter"))


def _epithet(low: str, words: list[str], gender: str | None) -> bool:
    """A definite description of one person that refers back to a speaker the text named
    before ("so der Forscher", "meinte der Wiener", "sagte die Ministerin"): "der"
    before a noun of a person, "die" before a feminine one; not a body ("der Konzern"),
    a spokesperson (mostly someone new: "sagte der Polizeisprecher") or a plural ("die
    Forscher"); also "das Stadtoberhaupt", a field after "für" ("der Professor für
    Verwaltungsrecht") and "the 45-year-old"."""
    article = low.split()[0]
    if article == "the" and len(words) > 1 and all(w[:1].isupper() for w in words):
        # "the South Dakota Republican": a place before the noun
        return words[-1].lower() in ("republican", "democrat", "senator")
    if article == "the" and len(words) == 2 and words[0][:1].isupper():
        return words[1] in _EN_EPITHETS  # "the Dutch coach", "the American film-maker"
    if len(words) > 1 and words[1] != "für":
        return False
    word = words[0].lower()
    if word in ("linke", "grüne", "grünen"):
        return False  # the party "Die Linke", "die Grünen": no person
    if article == "das":
        return word.endswith("oberhaupt")
    if article == "the":  # "said the 45-year-old", "the Spaniard told", "the coach said"
        return word.endswith("year-old") or word in _EN_EPITHETS
    if article not in ("der", "die") or gender is None:
        return False
    demonym = article == "der" and word.endswith("länder")  # "der Niederländer", "Isländer"
    if (_body(word) and not demonym) or word.endswith(_NOT_EPITHETS) or not word[-1:].isalpha():
        return False
    return _is_role(word) or word.endswith(_PERSON_ENDS)


# a party member's noun, or the first part of "CDU-Politiker", -> the parties the registry
# gives its members (lower case)
_PARTY_WORDS = {
    "republikaner": ("republican",), "republican": ("republican",),
    "demokrat": ("democratic",), "democrat": ("democratic",),
    "christdemokrat": ("cdu", "cdu/csu"), "cdu": ("cdu", "cdu/csu"), "csu": ("csu", "cdu/csu"),
    "sozialdemokrat": ("spd",), "spd": ("spd",), "fdp": ("fdp",), "afd": ("afd",),
    "grünen": ("grüne", "bündnis 90/die grünen"), "linken": ("die linke",), "bsw": ("bsw",),
    "tory": ("conservative",), "labour": ("labour",),
}  # fmt: skip


def _office_holders(reg: ActorRegistry, word: str, *lists: list) -> tuple[list, ...]:
    """``lists`` of (offset, name, gender) narrowed to the registry persons who hold or held
    an office whose name ends with ``word`` ("der Präsident" after Trump and Jeffries:
    Trump, a US president), when the lists hold one; unchanged otherwise."""
    low = word.lower()
    if len(low) < 5:
        return lists
    holders = {
        aid
        for role in reg.roles.values()
        if any(n.lower().endswith(low) for n in role["names"])
        for aid, _, _ in role["holders"]
    }
    if not holders:
        return lists
    narrowed = tuple(
        [x for x in xs if any(aid in holders for aid in reg.lookup(x[1]))] for xs in lists
    )
    return narrowed if any(narrowed) else lists


def _party_members(reg: ActorRegistry, word: str, *lists: list) -> tuple[list, ...]:
    """``lists`` of (offset, name, gender) narrowed for a party epithet ("der Republikaner",
    "die SPD-Politikerin", "the Democrat"): the registry persons of that party when the
    lists hold one, else all but those of another party; unchanged for other words."""
    low = word.lower()
    head = low.split("-")[0] if "-" in low else low.removesuffix("in")
    parties = _PARTY_WORDS.get(head)
    if parties is None:
        return lists

    def party(name: str) -> str | None:
        ids = reg.lookup(name)
        got = reg.actors[ids[0]].get("party") if len(ids) == 1 else None
        return str(got).lower() if got else None

    fits = [[x for x in xs if party(x[1]) in parties] for xs in lists]
    if any(fits):
        return tuple(fits)
    return tuple([x for x in xs if party(x[1]) is None] for xs in lists)


def _article_gender(low: str, word: str) -> str | None:
    """The gender a German article gives a noun of a person that no word list knows: "der
    Niederländer" (m), "die Niederländerin" (f); None otherwise."""
    article, w = low.split()[0], word.lower()
    if article == "der" and w.endswith("er"):
        return "m"
    if article == "die" and w.endswith(("erin", "omin", "ogin", "istin", "antin", "entin")):
        return "f"
    return None


# nouns of persons that are no role words ("der Wiener", "der Familienvater")


_PERSON_ENDS = (
    "er", "erin", "vater", "mutter", "mann", "frau", "chef", "chefin", "ist", "istin",
    "jährige", "jähriger", "ökonom", "ökonomin", "loge", "login",
)  # fmt: skip


# nouns of that shape that are mostly someone new or no person


_NOT_EPITHETS = (
    "sprecher", "sprecherin", "hersteller", "anbieter", "veranstalter", "betreiber", "sender",
    "verein", "versicherer", "händler", "anwalt", "anwältin", "richter", "richterin", "zeuge",
    "zeugin", "polizist", "polizistin", "täter", "täterin", "fahrer", "fahrerin", "passant",
    "nachbar", "nachbarin", "mitarbeiter", "mitarbeiterin",
)  # fmt: skip


def _aged_before_en(text: str, words: list[str], at: int) -> str | None:
    """The name the English text gave with the age of a description "the 54-year-old"
    before offset ``at`` ("Deborah Clarke, 54, will appear ..."), else None."""
    if len(words) != 1:
        return None
    m = _EN_AGE_WORD.fullmatch(words[0].lower())
    if m is None:
        return None
    pattern = rf"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,3}}), {m.group(1)},"
    found = list(re.finditer(pattern, text[:at]))
    return found[-1].group(1) if found else None


def _aged_names_en(text: str) -> list[tuple[int, str, str | None]]:
    """(offset, name, None) of each name of two to four capitalised words before an age set
    off by commas ("Deborah Clarke, 54, will appear ...")."""
    return [(m.start(1), m.group(1), None) for m in _EN_AGED_NAME.finditer(text)]


def _abbreviated_names_en(text: str) -> list[tuple[int, str, str | None]]:
    """(offset, name, gender) of each name of two or three capitalised words after an
    abbreviated English title ("Gov. Gavin Newsom", "Mrs Jane Doe": "f") or a role word
    ("chief executive Satya Nadella", "coach Dwayne Roberts")."""
    titled = [
        (m.start(2), m.group(2), _EN_TITLE_GENDER.get(m.group(1).lower()))
        for m in _EN_ABBREVIATED_NAME.finditer(text)
    ]
    have = {a for a, _, _ in titled}
    return titled + [
        (m.start(1), m.group(1), None)
        for m in _EN_ROLE_NAME.finditer(text)
        if m.start(1) not in have and m.group(1).split()[-1] not in _EN_NOT_SURNAMES
    ]


_EN_ABBREVIATED_NAME = re.compile(
    r"(?<![\w'’])(Gov|Sen|Rep|Gen|Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady)\.?"
    r"\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
)
# English role words before a person's name, in any case ("chief executive Satya Nadella")
_EN_ROLE_NAME = re.compile(
    r"(?<![\w'’])(?i:chief executive|executive|ceo|chairman|chairwoman|director|founder|"
    r"spokesman|spokeswoman|spokesperson|coach|manager|economist|analyst|professor|"
    r"researcher|scientist|prosecutor|attorney|lawyer|judge|mayor|commissioner|"
    r"ambassador|captain|striker|quarterback|author|official)"
    r"\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?![\w'’-])"
)
# last words of capitalised runs after a role word that are no surname ("director General
# Motors" is rare; "analyst Goldman Sachs")
_EN_NOT_SURNAMES = {"Motors", "Sachs", "Group", "Bank", "Inc", "Corp", "University", "Times"}
_EN_TITLE_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
}
_EN_AGED_NAME = re.compile(r"(?<![\w'’])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}), \d{1,3},")
_EN_AGE_WORD = re.compile(r"(\d{1,3})-year-old")


def _speaker_over_object_en(
    text: str,
    people: list[tuple[int, str, str | None]],
    speakers: list[tuple[int, str, str | None]],
    rec: dict[str, Any],
    at: int,
    gender: str | None,
    sent_starts: list[int],
    contents: Spans,
) -> str | None:
    """The last speaker of the pronoun's gender when the person the pronoun would refer to
    was named after that speaker as the object of a verb ("She beat [Jessica Pegula]";
    the gender known from a given name or a role), else None."""
    k = bisect.bisect_left(people, at, key=_FIRST)
    cand = None
    while k > 0:
        k -= 1
        pos, name, g = people[k]
        if any(a <= pos < b for a, b in message_spans(rec)):
            continue
        if gender is not None and g is not None and g != gender:
            continue
        cand = (pos, name)
        break
    if cand is None or gender is None:
        return None
    pos, name = cand
    start = text.rfind(name, max(0, pos - len(name)), pos + len(name))
    pos = start if 0 <= start <= pos else pos  # "Pegula" of "Jessica Pegula": its start
    before = re.search(r"(\S+)\s+$", text[max(0, pos - 40) : pos])
    word = before.group(1) if before else ""
    if not (word.isalpha() and word.islower()) or word in _EN_NOT_OBJECT_BEFORE:
        return None  # the subject: "Smith said", "said Emma Raducanu", "and Smith"
    here = bisect.bisect_right(sent_starts, at)
    for spos, sname, sg in reversed(speakers):
        if spos >= pos or (
            sent_starts and here - bisect.bisect_right(sent_starts, spos) > MAX_BACK
        ):
            continue
        if sg == gender and sname != name:
            return sname
        if sg == gender:
            return None
    return None


# lower-case words before a name that make it no object: speech verbs after a quotation,
# conjunctions of a subject
_EN_NOT_OBJECT_BEFORE = {
    "said", "says", "added", "told", "asked", "wrote", "and", "or", "but", "then", "when",
    "while", "as", "that", "because", "after", "before", "if", "although",
}  # fmt: skip


def _plural_verb(text: str | None, end: int | None) -> bool:
    """The verb after a "sie" is plural ("Sie riefen", "sie haben erklärt", "sie sind")."""
    if not text or end is None:
        return False
    nxt = text[end : end + 30].split()[:1]
    return bool(nxt) and (nxt[0].rstrip(",.").endswith("en") or nxt[0] in ("sind", "waren"))


def _knighted_en(text: str | None, given: str, at: int | None) -> list[str] | None:
    """The full name the English text gave before offset ``at`` to the given name of "Sir
    Keir" ("Keir Starmer"), as words, else None."""
    if not text or at is None:
        return None
    found = list(re.finditer(rf"\b{re.escape(given)}\s+([A-Z][\w'’-]+)", str(text)[:at]))
    return [given, found[-1].group(1)] if found else None


def _participle_lead_en(text: str, a: int, sent_starts: list[int]) -> int | None:
    """The start of the sentence of the English pronoun at offset ``a`` when a participle
    clause opens it and ends with a comma right before the pronoun ("Asked whether ...,
    she said", "Speaking to reporters, he said"), else None."""
    k = bisect.bisect_right(sent_starts, a) - 1
    if k < 0:
        return None
    start = sent_starts[k]
    lead = text[start:a]
    if not re.match(r"\s*[A-Z][a-z]+(?:ed|ing)\s", lead) or not re.search(r",\s*$", lead):
        return None
    return start


def _modifier_en(text: str | None, a: int) -> bool:
    """The English name at offset ``a`` is a modifier after an article, no person the text
    speaks of ("the [Trump] administration", "a [Biden] adviser"): no antecedent."""
    return (
        bool(text)
        and re.search(r"(?<![\w'’])(?i:the|a|an)\s+$", str(text)[max(0, a - 5) : a]) is not None
    )


def _pronoun_acronym_en(surface: str) -> str | None:
    """The acronym of an English speaker span that is spelt like a pronoun ("WHO" of "the
    WHO", "US"), else None."""
    words = surface.split()
    if len(words) == 2 and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1 or len(words[0]) < 2 or not words[0].isupper():
        return None
    return words[0] if words[0].lower() in ("who", "us") else None


def _without_owner_en(surface: str) -> str:
    """An English speaker span without the possessive that opens it and without lower-case
    role words before a name of two or more words.

    >>> _without_owner_en("Britain's Foreign Secretary David Lammy")
    'Foreign Secretary David Lammy'
    >>> _without_owner_en("Poland's presidential candidate Rafal Trzaskowski")
    'Rafal Trzaskowski'
    >>> _without_owner_en("A federal judge in San Francisco")  # a place, no name
    'A federal judge in San Francisco'
    >>> _without_owner_en("The Office for National Statistics")  # a body's name
    'The Office for National Statistics'
    >>> _without_owner_en("Chief Secretary to the Treasury James Murray")  # a title
    'Chief Secretary to the Treasury James Murray'
    >>> _without_owner_en("Russia's foreign ministry")  # a body the owner names
    "Russia's foreign ministry"
    >>> _without_owner_en("The Department of Health and Social Care")  # "and" in a name
    'The Department of Health and Social Care'
    >>> _without_owner_en("The Senate Committee on Armed Services")  # "on" in a name
    'The Senate Committee on Armed Services'
    >>> _without_owner_en("Save the Children Australia")  # "the" inside a name
    'Save the Children Australia'
    >>> _without_owner_en("The latest report of the Intergovernmental Panel on Climate Change")
    'Intergovernmental Panel on Climate Change'
    """
    head, _, rest = surface.partition(" ")
    owned = rest.split()
    if owned and owned[-1] in _EN_BODY_WORDS and all(w.islower() for w in owned):
        return surface  # "Russia's foreign ministry": the owner names the body
    words = (rest if rest and head.endswith(("'s", "’s")) else surface).split()
    doc = next(
        (j for j, w in enumerate(words[:4]) if w.lower() in _EN_DOCUMENTS and j + 2 < len(words)),
        None,
    )
    if doc is not None and words[doc + 1] in ("of", "by"):
        body = words[doc + 2 + (words[doc + 2] == "the") :]
        if body and body[0][:1].isupper():
            return " ".join(body)  # "The latest report of the IPCC", "a study by SIPRI"
    titled = _name_after_title_en(words)
    if titled is not None:
        return titled  # "Chief of Staff Susie Wiles", "Minister for Europe Stephen Doughty"
    lower = [j for j, w in enumerate(words) if not w[:1].isupper()]
    if any(words[j] in ("and", "&") for j in lower) and all(
        words[j] in ("and", "&", "of", "for", "the") for j in lower
    ):
        return " ".join(words)  # a body's name: "The Food and Drink Federation"
    if lower and all(words[j] == "the" and j > 0 for j in lower):
        return " ".join(words)  # "the" inside a body's name: "Save the Children Australia"
    tail = words[lower[-1] + 1 :] if lower else []
    last = lower[-1] if lower else 0
    last -= bool(lower) and words[last] == "the" and last - 1 in lower  # "to the Treasury"
    by_agent = words[last] == "by" and last > 0 and words[last - 1] in _EN_RUN_BY
    if lower and (
        words[last] in ("in", "from", "at", "near", "of", "for", "to", "with", "on") or by_agent
    ):
        # "a judge in San Francisco", "Office for National Statistics", "The Committee on
        # Foreign Affairs" (not "Foreign Affairs"), "Sources close to
        # Keir Starmer", "a nurse at a clinic run by Médecins Sans Frontières" (the name
        # after the preposition is not the speaker; but "a report by SIPRI" is SIPRI's)
        return " ".join(words)
    if lower and len(tail) >= 2 and lower[-1] < len(words) - 2:
        return " ".join(tail)  # "Chief executive Murray Auchincloss"
    return " ".join(words)


# a body's documents: "The latest report of the IPCC" and "a study by SIPRI" are theirs
_EN_DOCUMENTS = {"report", "reports", "study", "studies", "assessment", "statement", "survey"}
# participles before "by" and the body that runs the speaker's place ("a clinic run by MSF")
_EN_RUN_BY = {"run", "led", "owned", "operated", "funded", "managed", "founded", "backed"}
# capitalised English title words before "of" or "for" ("Secretary of State", "Chief of
# Staff", "Minister for Europe", "Chancellor of the Exchequer")
_EN_TITLE_HEADS = {
    "secretary", "minister", "chief", "chancellor", "director", "head", "president",
    "governor", "commissioner", "chair", "chairman", "chairwoman", "speaker", "leader",
}  # fmt: skip


def _name_after_title_en(words: list[str]) -> str | None:
    """The name after a capitalised English title with "of" or "for" and one word after it:
    "Susie Wiles" of "Chief of Staff Susie Wiles", "Rachel Reeves" of "Chancellor of the
    Exchequer Rachel Reeves"; with more capitalised words after the title ("Minister for
    Foreign Affairs David Lammy") the name from its listed given name on; else None.

    >>> _name_after_title_en("Secretary of State for Foreign Affairs David Lammy".split())
    'David Lammy'
    >>> _name_after_title_en("Bank of England Governor Andrew Bailey".split()) is None
    True
    """
    for j in range(len(words) - 4):
        if not (words[j][:1].isupper() and words[j].lower() in _EN_TITLE_HEADS):
            continue
        if words[j + 1] not in ("of", "for"):
            continue
        k = max(n for n in range(j + 1, len(words)) if not words[n][:1].isupper()) + 1
        tail = words[k + 1 :]  # after the last lower-case word and one word of the title
        if len(tail) < 2 or any(w not in ("of", "for", "the") for w in words[j:k] if w.islower()):
            return None
        if any(w.lower() in _EN_BODY_WORDS for w in tail):
            return None  # "Managing Director of the International Monetary Fund"
        if len(tail) == 2:
            return " ".join(tail)
        first = next(
            (n for n in range(len(tail) - 1) if given_gender(f"{tail[n]} {tail[-1]}")), None
        )
        return " ".join(tail[first:]) if first is not None else None
    return None


# English nouns of one person that refer back to the person named before ("Carlos
# Alcaraz said ... the Spaniard told reporters", "Ange Postecoglou ... the coach said"):
# nationalities and sports roles; not "the spokesman" or "the official" (mostly someone new)
_EN_EPITHETS = {
    "spaniard", "briton", "frenchman", "frenchwoman", "englishman", "englishwoman", "scot",
    "scotsman", "welshman", "irishman", "dane", "swede", "finn", "pole", "dutchman", "serb",
    "croat", "german", "american", "australian", "italian", "russian", "ukrainian",
    "canadian", "brazilian", "argentine", "argentinian", "norwegian", "belgian", "austrian",
    "mexican", "japanese", "chinese", "portuguese", "greek", "turk", "israeli", "indian",
    "kenyan", "nigerian", "swiss", "coach", "manager", "teenager", "youngster", "veteran",
    "striker", "midfielder", "defender", "goalkeeper", "captain", "champion", "skipper",
    "singer", "actor", "actress", "driver", "rider", "senator", "lawmaker", "congressman",
    "congresswoman", "republican", "democrat", "film-maker", "filmmaker", "novelist",
    "comedian",
}  # fmt: skip
# English nouns of a company that refer back to the company named before ("Burberry ... The
# company said", "Nvidia ... the chipmaker warned")
_EN_COMPANY_HEADS = {
    "company", "firm", "carmaker", "lender", "retailer", "airline", "giant", "bank",
    "chipmaker", "automaker", "drugmaker", "manufacturer", "producer", "supplier", "startup",
    "conglomerate", "insurer", "brewer", "miner", "operator", "developer", "publisher",
    "streamer",
}  # fmt: skip
# nouns of a body that refer back only to the speaker of the sentence before ("Hydro One
# said ... The utility said", "Celtic said ... The club added"; not "Fans gathered ...")
_EN_SPEAKER_HEADS = {"utility", "club"}
# English nouns of a body that refer back to the body named before ("The Reserve Bank of
# Australia ... The central bank said")
_EN_BODY_HEADS = _EN_COMPANY_HEADS | {
    "ministry", "group", "agency", "department", "court", "council", "commission",
    "authority", "regulator", "club", "union", "utility", "party", "broadcaster", "force", "palace",
    "district", "museum", "charity", "federation", "association", "board", "trust",
    "university", "hospital", "institute",
}  # fmt: skip
# nouns that fit a body of any kind: "the agency", "the group" after "NASA said", "Hamas said"
_EN_ANY_BODY = {"agency", "group", "organisation", "organization", "body"}
# last words of English names of bodies, no persons ("Northamptonshire Police", "Thames Water")
_EN_BODY_WORDS = {
    "police", "ministry", "council", "court", "government", "party", "agency", "bank",
    "group", "commission", "service", "department", "office", "authority", "union", "army",
    "forces", "committee", "board", "institute", "organisation", "organization",
    "association", "federation", "company", "water", "airlines", "airways", "university",
    "hospital", "trust", "fund", "foundation", "bureau", "administration", "parliament",
    "congress", "senate", "assembly", "embassy", "navy", "network", "coalition", "inc",
    "ltd", "plc", "corp", "corporation", "holdings", "motors", "energy", "media", "news",
}  # fmt: skip
# words that open an English speaker span whose name it only attributes ("Sources close to
# Keir Starmer", "People familiar with the matter"): the named actor does not speak
_EN_CIRCLES = {"source", "sources", "people", "aides", "allies", "friends", "those"}
_EN_CLOSE = {"close", "familiar", "near", "around"}


def _actor_attribute_en(surface: str, actor: dict[str, Any]) -> bool:
    """The registry actor found in an English speaker span is an attribute of the speaker,
    not the speaker: "Sources close to [Keir Starmer]", "The [U.S.] Federal Reserve" (a
    state before the name of a body the registry does not know), "The Public Health Agency
    of [Canada]" (a body of a state)."""
    words = surface.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if len(words) > 2 and words[0].lower() in _EN_CIRCLES and words[1].lower() in _EN_CLOSE:
        return True
    if actor.get("kind") == "person" or len(words) < 2:
        return False
    names = {n.lower() for n in actor.get("names", ())} | {str(actor.get("name_en", "")).lower()}
    # "The Public Health Agency [of Canada]": the body of a state, named after "of"
    for k in range(2, len(words)):
        if words[k - 1] == "of" and " ".join(words[k:]).lower() in names:
            # not the state; "The Prime Minister of Fiji": the office holder, named by it
            return words[k - 2].lower() in _EN_BODY_WORDS - {"government"} or (
                actor.get("kind") == "state" and _is_role(words[k - 2])
            )
    # the actor's name opens the span, capitalised words of another name follow it; or a
    # state's name before the people who speak ("Two U.S. officials": they are no state)
    if words[0].lower() in _EN_NUMBERS:
        words = words[1:]
    for k in range(1, len(words)):
        if " ".join(words[:k]).lower() in names:
            rest = words[k:]
            if actor.get("kind") == "state" and rest[0].lower() in _EN_STATE_PEOPLE:
                return all(w[:1].islower() for w in rest)
            return all(w[:1].isupper() for w in rest) and " ".join(words).lower() not in names
    return False


def _head_en(words: list[str]) -> str:
    """The head noun of an English description: the word before "of" ("The [Leader] of
    the Opposition", "the chairman of the Federal Reserve"), else the last word ("the
    opposition [leader]")."""
    of = words.index("of") if "of" in words[1:] else 0
    return words[of - 1] if of else words[-1]


def _holder_of_state_en(surface: str, actor: dict[str, Any]) -> str | None:
    """The name after an English office of a registry state ("Prime Minister of Fiji
    [Sitiveni Rabuka]": the office holder speaks), else None."""
    if actor.get("kind") != "state":
        return None
    names = {n.lower() for n in actor.get("names", ())} | {str(actor.get("name_en", "")).lower()}
    words = surface.split()
    for k in range(2, len(words) - 2):
        if words[k - 1] != "of" or not _is_role(words[k - 2]):
            continue
        for e in range(k + 1, len(words) - 1):
            rest = words[e:]
            if " ".join(words[k:e]).lower() in names and 2 <= len(rest) <= 4:
                return " ".join(rest) if all(w[:1].isupper() for w in rest) else None
    return None


# the people after a state's name who speak in its service, named as the text names them
# ("U.S. officials", "two Israeli officials"; not "The U.S. government")
_EN_STATE_PEOPLE = {
    "official", "officials", "diplomat", "diplomats", "source", "sources", "negotiator",
    "negotiators", "lawmaker", "lawmakers",
}  # fmt: skip
# words of number before such people ("[Two] U.S. officials", "[A] U.S. official")
_EN_NUMBERS = {"two", "three", "four", "five", "several", "some", "many", "one", "a", "an"}


def _body_before_en(
    text: str,
    low: str,
    at: int,
    last_body: str | None,
    sent_starts: list[int],
    state: bool = False,
    last_named: str | None = None,
    last_speaker: str | None = None,
) -> str | None:
    """The body an English definite description refers back to ("the central bank", "the
    ministry", "the company"): the body that spoke last when its name ends in the same
    noun ("China's commerce ministry") or the noun fits any body ("NASA said ... The agency
    said"; not a state, ``state``) or the one-word name of the speaker before
    (``last_named``: "Hamas said ... the group said"), else the last name in the text
    before ``at``
    with that noun ("Reserve Bank of Australia"), else for a company the name that opens
    the sentence before ("Burberry reported ... The company said"), for a club or a utility
    when it is the speaker before (``last_speaker``: "Celtic said ... The club added");
    None otherwise."""
    words = low.split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in _EN_BODY_HEADS:
        return None
    head = words[-1]
    if last_body is not None and last_body.lower().split()[-1] == head:
        return last_body
    if last_body is not None and head in _EN_ANY_BODY and not state and len(words) == 2:
        return last_body
    if last_named is not None and head in _EN_ANY_BODY and len(words) == 2:
        return last_named  # "Hamas said ... the group said"
    named = None
    noun = "(?:Police|Force)" if head == "force" else head.capitalize()  # "the force": police
    pattern = rf"((?:[A-Z][\w'’.-]*\s+)+{noun}(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*)?)"
    for m in re.finditer(pattern, text[:at]):
        named = m
    if named is not None:
        name = named.group(1).strip()
        first, _, rest = name.partition(" ")
        return rest if first in ("The", "A") and rest else name
    if head in _EN_SPEAKER_HEADS and last_speaker is not None and sent_starts:
        k = bisect.bisect_right(sent_starts, at) - 1
        before = _opening_name(text, sent_starts[k - 1], sent_starts[k]) if k >= 1 else None
        return last_speaker if before == last_speaker else None
    if head in _EN_COMPANY_HEADS and sent_starts:
        k = bisect.bisect_right(sent_starts, at) - 1  # the statement's sentence
        if k >= 0:
            # its own sentence after its message: "Unilever will cut 7,500 jobs, the consumer
            # goods giant said." (a name no dictionary knows: not "Prices will rise, ...")
            name = _opening_name(text, sent_starts[k], at)
            if name is not None and (
                not _known(name.split()[0], "en") or _owned_people_after(text, sent_starts[k])
            ):
                return name  # also "Tesla shareholders approved the plan, the company said"
        if k >= 1:
            return _opening_name(text, sent_starts[k - 1], sent_starts[k])
    return None


# plural nouns of a company's people after its name ("Tesla shareholders")
_EN_COMPANY_PEOPLE = {
    "shareholders", "investors", "employees", "workers", "staff", "customers", "executives",
    "engineers", "users",
}  # fmt: skip


def _owned_people_after(text: str, start: int) -> bool:
    """The name that opens the sentence at ``start`` stands before a company's people, so
    it names the company even when it is also a word ("Tesla shareholders approved ...";
    not "Prices will rise").

    >>> _owned_people_after("Tesla shareholders approved the plan", 0)
    True
    """
    m = _EN_OPENING_NAME.match(text, start)
    if m is None:
        return False
    nxt = re.match(r"\s*([a-z]+)", text[m.end() - 1 :])
    return nxt is not None and nxt.group(1) in _EN_COMPANY_PEOPLE


_EN_SPOKESPERSONS = {"spokesperson", "spokesman", "spokeswoman"}


def _spokesperson_en(
    words: list[str], body: str | None, body_at: int | None, at: int, sent_starts: list[int]
) -> str | None:
    """The spokesperson of the body that spoke in the same or the sentence before, for an
    English bare "a spokesperson" at ``at`` ("Thames Water said ... '...,' a spokesperson
    told the Guardian": "Thames Water spokesperson"), else None.

    >>> _spokesperson_en(["spokesperson"], "Thames Water", 0, 50, [0, 40])
    'Thames Water spokesperson'
    """
    if body is None or body_at is None or len(words) != 1 or words[0] not in _EN_SPOKESPERSONS:
        return None
    near = bisect.bisect_right(sent_starts, at) - bisect.bisect_right(sent_starts, body_at)
    return f"{body} {words[0]}" if 0 <= near <= 1 else None


def _opening_name(text: str, start: int, end: int) -> str | None:
    """The name of one to three capitalised words that opens the sentence at ``start``
    before a lower-case verb, ending before ``end``; not "What", "The", "Shares"; after a
    dateline ("LONDON (Reuters) - [Reckitt] announced")."""
    dateline = _EN_DATELINE.match(text, start)
    m = _EN_OPENING_NAME.match(text, dateline.end() if dateline else start)
    if m is None or m.end() > end or m.group(1).split()[0].lower() in _EN_NOT_NAMES:
        return None
    return m.group(1)


# capitalised words that open a sentence and are no name
_EN_NOT_NAMES = {
    "what", "this", "that", "these", "those", "we", "he", "she", "they", "there", "our", "my",
    "his", "her", "its", "their", "when", "while", "if", "as", "at", "on", "for", "after",
    "before", "however", "today", "yesterday", "last", "next", "some", "many", "all", "one",
    "no", "such", "other", "both", "each", "every", "most", "several", "shares", "sales",
    "the", "a", "an", "in", "but", "it",
}  # fmt: skip
# the dateline that opens a news report: a place in capitals, the agency in brackets, a dash
# ("LONDON (Reuters) - ", "WASHINGTON, Feb 12 (AP) — "), or a long dash alone ("ZURICH — ")
_EN_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'’-]+(?:,[\w .]{1,20})?(?:\s*\([^()]{1,30}\)\s*[-–—]|\s+[–—])\s*"
)
# a name of one to three capitalised words that opens a sentence, before a lower-case verb
_EN_OPENING_NAME = re.compile(r"\s*([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})\s+[a-z]")
