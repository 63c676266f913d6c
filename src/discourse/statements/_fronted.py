"""Fronted constituents around a German cue verb: a subordinate cue clause before the main
clause ("Als er sagte, die Lage sei ernst, jubelten alle"), a fronted object ("Diese
Forderung wiederholte er"), an attributive participle ("zum wiederholten Mal")."""

from __future__ import annotations

from discourse.statements._clauses import _SUBJECT_WORDS, SUBORDINATORS
from discourse.statements._rules import Para
from discourse.statements._speaker_parse import _given, _is_role
from discourse.statements._text import is_agent_word, is_name_word
from discourse.statements._words import (
    ADJ_ENDINGS,
    AUX,
    DE_ARTICLES,
    DE_PREPOSITIONS,
    DE_STOP,
    FINITE,
    OPENERS_NOT_SUBJECT,
    RELATIVE_WORDS,
    SKIP_AFTER,
)

# Konjunktiv I only (not the lexicon's subjunctive list): a Konjunktiv II after the comma
# opens a main clause ("Wenn die Türkei sagt, dass ..., wäre das keine Lösung")
_KONJUNKTIV = {"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe"}
_MESSAGE_LEAD = {"dass", "ob", "wie", "warum", "wer", "was", "wo", "wann", "man"} | _SUBJECT_WORDS


def subordinate_cue_clause(p: Para, cs: int, i: int, ce: int) -> bool:
    """The cue clause ``cs``..``ce`` is a German subordinate clause ending in the cue verb at
    ``i`` ("Als er sagte", "Nachdem die Regierung angekündigt hatte"); not "Als Kind sagte
    er", "Seit 2003 wird uns versprochen", "sowohl ..., als auch mit X gesprochen"."""
    toks = p.toks
    if p.lang != "de" or toks[cs].low not in SUBORDINATORS or cs + 1 >= i:
        return False
    if toks[cs + 1].low in ("auch", "ob") or toks[i - 1].low == "zu":
        return False  # "als auch", "als Erstes zu fragen"
    if any(toks[k].low in AUX or toks[k].low in FINITE for k in range(cs + 1, i)):
        return False  # a finite verb before the cue: "Seit 2003 wird uns versprochen"
    return all(toks[k].low in AUX for k in range(i + 1, ce))


def main_clause_after(p: Para, cs: int, i: int, ce: int) -> bool:
    """The cue clause is a fronted subordinate clause ending in the cue verb, and the main
    clause after its comma opens with its finite verb ("Als die Berufung verkündet wurde,
    platzten die beiden in den Raum"): the main clause is no message of the cue."""
    return (
        p.toks[cs].low in SUBORDINATORS
        and subordinate_cue_clause(p, cs, i, ce)
        and _verb_after_comma(p, ce)
    )


def before_main_clause(p: Para, msg: tuple[int, int]) -> tuple[int, int]:
    """The message of a fronted subordinate cue clause ends before the main clause ("Als er
    sagte, die Lage sei ernst, jubelten alle": "die Lage sei ernst")."""
    for k in range(msg[0] + 1, msg[1] - 1):
        if p.toks[k].text == "," and _verb_after_comma(p, k):
            return msg[0], k
    return msg


def _verb_after_comma(p: Para, k: int) -> bool:
    """The word after the comma at ``k`` looks like the finite verb of a main clause."""
    toks = p.toks
    if toks[k].text != "," or k + 2 >= p.bounds[toks[k].sent][1]:
        return False
    nxt, after = toks[k + 1], toks[k + 2]
    if after.is_punct or after.low in FINITE or after.low in AUX:
        return False  # "..., ernst sei": the word before a verb is no verb itself
    return (
        nxt.text[:1].islower()
        and nxt.low not in _KONJUNKTIV
        and nxt.low not in _MESSAGE_LEAD
        and nxt.low not in DE_ARTICLES
        and nxt.low not in RELATIVE_WORDS
        and (nxt.low in FINITE or nxt.low not in DE_STOP | OPENERS_NOT_SUBJECT)
    )


# a preposition fused with an article, or an indefinite article: a participle between it
# and a noun is an adjective ("zum wiederholten Mal"); "das erklärte Merkel" stays a verb
ATTRIBUTE_LEAD = {
    "zum", "zur", "im", "am", "beim", "vom", "ins", "einem", "einer", "eines", "einen", "des",
}  # fmt: skip


def attributive(p: Para, i: int, lo: int, hi: int) -> bool:
    """The verb form at ``i`` is an attributive participle or adjective."""
    toks = p.toks
    k, lead = i - 1, ATTRIBUTE_LEAD
    if k > lo and toks[k].low in _ATTRIBUTE_ADVERBS:
        # "der bereits vereinbarte Abschluss": an article, an adverb, the participle
        k, lead = k - 1, ATTRIBUTE_LEAD | {"der", "die", "das", "den", "dem"}
    return (
        lo <= k < i
        and i + 1 < hi
        and toks[k].low in lead
        and toks[i].low.endswith(ADJ_ENDINGS)
        and toks[i + 1].text[:1].isupper()
    )


_ATTRIBUTE_ADVERBS = {"bereits", "schon", "zuvor", "kürzlich", "neu", "eigens", "bisher", "jüngst"}


# German articles and demonstratives that open a noun phrase
OBJECT_LEAD = {
    "der", "die", "das", "des", "den", "dem", "ein", "eine", "einer", "eines", "einen", "einem",
    "diese", "dieser", "diesen", "diesem", "dieses", "jene", "jenen", "solche",
}  # fmt: skip
# nouns of time: "Diese Woche kündigte ESPN ... an" is an adverbial, not a fronted object
_TIME_NOUNS = {
    "woche", "wochen", "jahr", "jahre", "tag", "tage", "monat", "monate", "mal", "zeit",
    "morgen", "abend", "nacht", "saison", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "wochenende", "vormittag", "nachmittag", "sommer", "winter",
}  # fmt: skip


def fronted_object(p: Para, pre: list[int], rest: list[int]) -> bool:
    """The words before the verb are a fronted object ("Diese Forderung wiederholte er"):
    a noun phrase, no adverbial of time, no postposition ("Dem Vernehmen nach"), and no
    other object after the subject ("Diese Woche kündigte ESPN eine Partnerschaft an")."""
    toks = p.toks
    bare = len(pre) > 2 and toks[pre[0]].text[:1].isupper() and toks[pre[1]].low in DE_PREPOSITIONS
    if len(pre) < 2 or not (toks[pre[0]].low in OBJECT_LEAD or bare):  # "Berichte über X"
        return False
    if not any(toks[k].text[:1].isupper() for k in pre[1:]):
        return False
    if toks[pre[-1]].low in ("nach", "zufolge", "gemäß", "halber", "wegen"):
        return False
    if any(toks[k].low in _TIME_NOUNS for k in pre):
        return False
    return not any(toks[k].low in OBJECT_LEAD for k in rest) and not (
        rest and toks[rest[0]].text[:1].isupper()
    )


_INDEFINITE = {"ein", "eine", "einen", "eines"}


def thing_then_speaker(
    p: Para, core: list[int], i: int, parts: list[int], ce: int, names: set[int]
) -> bool:
    """A fronted object that cannot speak before the verb and a speaker right after it:
    "Die Pläne kritisierte Merz scharf", "Berichte über Streiks dementierte das Unternehmen"
    (the subject follows the verb; not "Kimmich lobte Nagelsmann", "Die Ministerin lobte
    Merz")."""
    toks = p.toks
    if len(core) < 2 or toks[core[-1]].low in ("nach", "zufolge", "gemäß"):
        return False
    lead = toks[core[0]].low in OBJECT_LEAD or toks[core[1]].low in DE_PREPOSITIONS
    # the capitalised words up to a prepositional attribute: "Berichte" (über Streiks)
    np = next((j for j, k in enumerate(core) if toks[k].low in DE_PREPOSITIONS), len(core))
    heads = [k for k in core[:np] if toks[k].text[:1].isupper() and toks[k].low not in OBJECT_LEAD]
    if not lead or not heads or any(k in parts for k in core):
        return False
    # a genitive name after the head noun is an attribute: "Die Äußerungen Hassemers"
    heads = [k for k in heads if k == heads[0] or not toks[k].text.endswith("s")]
    if any(
        is_agent_word(toks[k].text)
        or (_is_name_like(toks[k].text) and not _abstract(toks[k].text))
        or k in names
        for k in heads
    ):
        return False  # "Der Abgeordnete Héctor Lacognata warf der Regierung vor"
    k = i + 1
    while k < ce and (k in parts or toks[k].low in SKIP_AFTER):
        k += 1
    if k >= ce:
        return False
    if (
        toks[core[0]].low in _INDEFINITE
        and toks[i].low.endswith("en")
        and is_name_word(toks[k].text)
    ):
        return True  # a singular object, a plural verb: "Eine Lösung forderten Grüne und Linke"
    if toks[k].low in ("der", "die", "das") and k + 1 < ce:
        noun = toks[k + 1].text  # "dementierte das Unternehmen", not "warf der Regierung vor"
        feminine = noun.lower().endswith(("ung", "heit", "keit", "schaft", "ion", "tät", "in"))
        # or a name with its article and a verb in the singular after an object that
        # cannot be its subject ("Die Vorwürfe wies die Nasa zurück")
        agent = is_agent_word(noun) or (
            toks[k].low != "der"
            and not toks[i].low.endswith("en")
            and _is_name_like(noun)
            and _no_subject_of_singular(p, core[0], heads[0])
        )
        return agent and not (toks[k].low == "der" and feminine)
    if (
        toks[core[0]].low in OBJECT_LEAD
        and (is_agent_word(toks[k].text) or _is_role(toks[k].text))
        and k + 1 < ce
        and _is_name_like(toks[k + 1].text)
    ):
        return True  # "Die Kritik wies Justizministerin Anna Sporrer zurück": a role, a name
    # a registry name ("Merz"), or any name after an article phrase and a verb in the
    # singular ("Die Äußerungen kritisierte Wiefelspütz"; not "Zusammen mit Geithner
    # plädiert Frank", "Die Demonstranten skandierten Slogans")
    name = k in names or (
        toks[core[0]].low in OBJECT_LEAD
        and not toks[i].low.endswith("en")
        and _is_name_like(toks[k].text)
    )
    return name and (k + 1 >= ce or not toks[k + 1].text[:1].isupper())


def _abstract(word: str) -> bool:
    """A noun in -ik that is no given name ("Kritik", "Rhetorik"; not "Dominik")."""
    return word.lower().endswith("ik") and word not in _given()


def _no_subject_of_singular(p: Para, lead: int, head: int) -> bool:
    """The fronted noun phrase opened at ``lead`` with its noun at ``head`` cannot be the
    subject of a verb in the singular: an accusative ("Den Vorwurf") or a plural ("Die
    Vorwürfe", "Spekulationen über ..."; not "Eine Mehrheit", "Die Reform")."""
    if p.lows[lead] in ("den", "diesen", "einen", "jenen"):
        return True
    plural = p.lows[head].endswith(("e", "en", "n"))
    return plural and (lead == head or p.lows[lead] in ("die", "diese", "alle", "solche"))


def _is_name_like(word: str) -> bool:
    """A capitalised word that reads as a name, not a noun ("Merz", not "Pläne")."""
    return is_name_word(word) and not word.lower().endswith(_NOUN_ENDS)


# endings of German common nouns that no name has ("Pläne", "Impfpflicht", "Reformen")
_NOUN_ENDS = (
    "e", "en", "ung", "ten", "ge", "heit", "keit", "schaft", "pflicht", "tion", "tät",
    "ismus", "recht", "gesetz", "verbot", "politik", "steuer",
)  # fmt: skip


def pronoun_after(p: Para, i: int, parts: list[int], ce: int) -> bool:
    """An unambiguous nominative pronoun right after the verb: the words before it are a
    fronted object ("Die Reform lobte er")."""
    k = i + 1
    while k < ce and (k in parts or p.toks[k].low in SKIP_AFTER):
        k += 1
    return k < ce and p.toks[k].low in ("er", "wir", "ich")
