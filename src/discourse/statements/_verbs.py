"""Statements introduced by a speech verb ("sagte", "teilte ... mit", "said")."""

from __future__ import annotations

from discourse.segment._participles import SEPARABLE_PARTICLES
from discourse.statements._clauses import (
    _AND,
    _NOM,
    _SET_PHRASE,
    CONTRASTIVE,
    SUBORDINATORS,
    _apposition_after,
    _apposition_before,
    _apposition_subject,
    _before_embedded_quote,
    _before_quoted_name,
    _coordinated_subject,
    _end_at_coordination,
    _message_or_next_quote,
    _nominative_after,
    _quoted_object,
    _set_phrase_at,
    _subject_before_und,
    _subordinate_before,
    _wie_before_apposition,
    split_main_clause,
)
from discourse.statements._cues import CueLexicon
from discourse.statements._english import (
    adverbial_tail,
    after_fronted_adverbial,
    apposition_en,
    continues_clause,
    dateline_end,
    message_before_subject,
    message_end_before,
    noun_after_verb,
    own_clause_after,
    passive_en,
    sentence_subject,
    speaker_span,
    statement_after,
    title_run,
    verb_reading,
)
from discourse.statements._fronted import (
    OBJECT_LEAD,
    _is_name_like,
    attributive,
    before_main_clause,
    fronted_object,
    main_clause_after,
    pronoun_after,
    subordinate_cue_clause,
    thing_then_speaker,
)
from discourse.statements._particles import _verb_after_und, pick_spec
from discourse.statements._passive import agent_as_source, passive
from discourse.statements._rules import (
    PRONOUNS,
    Para,
    Stmt,
    _has_words,
    _message_after,
    _message_before,
    _opens,
    _subject,
)
from discourse.statements._source import _MONTHS, attribute_run, np_end
from discourse.statements._text import is_agent_word, is_name_word, is_opener, np_after
from discourse.statements._word_order import (
    MODALS,
    modal_opens,
    silent_main_clause,
    subject_at_auxiliary,
    subject_opens,
)
from discourse.statements._words import (
    ADJ_ENDINGS,
    AUX,
    DE_ARTICLES,
    DE_PREPOSITIONS,
    DE_STOP,
    FINITE,
    HABEN,
    OPENERS_NOT_SUBJECT,
    QUANTIFIERS_DE,
    RELATIVE_WORDS,
    SEIN_FORMS,
    SKIP_AFTER,
)

# what a company "writes" in its books ("einen Verlust geschrieben"): no text
_BOOKED = {"verlust", "verluste", "minus", "gewinn", "gewinne", "defizit", "defizite"}


def _after_apposition(p: Para, src: tuple[int, int], ce: int, end: int) -> bool:
    """The comma at ``ce`` closes an apposition of the speaker and at most four words
    without a quotation follow it ("Das sagte der Geschäftsführer, Jens Nacke, am
    Montag."; not "Das sagte der Geschäftsführer, er sei enttäuscht.")."""
    toks = p.toks
    if end - ce - 1 > 4 or any(t.is_quote or t.text == "," for t in toks[ce + 1 : end]):
        return False
    if src[1] == ce and any(toks[k].text == "," for k in range(*src)):
        return True  # the speaker took in the apposition
    # "der Geschäftsführer der Fraktion, Jens Nacke, mit.": a name between the commas
    return (
        src[1] < ce
        and toks[src[1]].text == ","
        and all(is_name_word(t.text) for t in toks[src[1] + 1 : ce])
    )


def _speech_clause_at(p: Para, lex: CueLexicon, msg: tuple[int, int]) -> bool:
    """A German main clause in the indicative opens ``msg`` with its subject and a verb of
    the cue lexicon ("Bayaz forderte Ausnahmen"): another speaker's statement, no message."""
    a, b = msg
    if p.lang != "de" or b <= a:
        return False
    first = p.toks[a]
    if not first.text[:1].isupper() or first.low in DE_ARTICLES:
        return False
    if first.low in PRONOUNS or not lex.subjunctive.isdisjoint(p.lows[a:b]):
        return False  # "Ich weiß von nichts" (the speaker's words), "Scholz habe versagt"
    return any(
        (lex.verbs.get(p.lows[k]) or ("", "", ""))[2] == "speech" and p.toks[k].text.islower()
        for k in range(a + 1, min(b, a + 4))
    )


def _object_after_report(p: Para, lex: CueLexicon, lo: int, cs: int, k: int) -> bool:
    """The indefinite article at ``k`` opens the object of a second verb after a clause in
    the indicative ("Der BDI begrüßte den Schritt, mahnte aber eine längere Laufzeit
    an"), not the subject of a cue clause after a report ("Man habe …, sagte aber ein
    Sprecher")."""
    return (
        p.lows[k] in ("ein", "eine", "einen", "einem", "einer")
        and lex.subjunctive.isdisjoint(p.lows[lo:cs])
        and not any(t.is_quote for t in p.toks[lo:cs])
    )


def _speaker_after(
    p: Para, k: int, stop: int, names: set[int]
) -> tuple[tuple[int, int] | None, bool]:
    toks = p.toks
    while k < stop:
        if toks[k].low in AUX or toks[k].low in SKIP_AFTER:
            k += 1
        elif toks[k].low in ("am", "an") and k + 1 < stop and _time_word(toks[k + 1].low):
            k += 2  # "sagte am Montag ein Sprecher"
        else:
            break
    if k + 1 < stop and toks[k].low in QUANTIFIERS_DE and toks[k + 1].text[:1].isupper():
        got = np_after(toks, k + 1, stop, names)  # "sagten später einige Experten"
        return ((k, got[1]) if got else None), False
    if k < stop and toks[k].low in PRONOUNS and toks[k].low != "man":
        return (k, k + 1), True
    if (
        k < stop
        and toks[k].low in ("dieser", "diese", "jener", "letzterer")
        and (
            k + 1 >= stop
            or toks[k + 1].is_punct
            or toks[k + 1].low in SKIP_AFTER
            or toks[k + 1].low in ("nur", "lediglich")
            or toks[k + 1].low in DE_PREPOSITIONS  # "so schrieb diese in einer Stellungnahme"
        )
    ):
        return (k, k + 1), False  # "sagte dieser, dass ...": a demonstrative pronoun
    hi = p.bounds[toks[k].sent][1] if k < len(toks) else stop
    before = toks[stop - 1] if stop > k else None
    if (
        stop < hi
        and toks[stop].text in "„»"
        and before is not None
        and (before.low in DE_ARTICLES or before.low.endswith(ADJ_ENDINGS))
    ):
        stop = hi  # the clause "ends" at a quoted name: "fordert die „Neue Rechte“"
    got = np_after(toks, k, stop, names)
    if got is not None and p.lang == "en":
        got = title_run(p, got, stop)  # "said Commission president Ursula von der Leyen"
    return got, False


_CONJ = ("und", "aber", "oder", "sondern", "doch")  # coordinating conjunctions
# adverbs right after a second verb that shares the first one's subject ("..., forderte
# aber ...", "..., kündigte zugleich ... an")
_LET = frozenset({"ließ", "ließen", "lässt", "lassen"})  # "ließ der Angeklagte erklären"
_SECOND_VERB_ADVERBS = frozenset(
    {"aber", "jedoch", "zugleich", "gleichzeitig", "zudem", "außerdem"}
)
_DAY_PARTS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")


def _time_word(low: str) -> bool:
    """A day or a part of it after "am" ("Montag", "Freitagabend", "Wochenende")."""
    return low.startswith(_DAY_PARTS) or low in (
        "wochenende", "abend", "morgen", "mittag", "nachmittag", "vormittag",
        "telefon",
    )  # fmt: skip


def verb_cues(
    p: Para,
    lex: CueLexicon,
    s: int,
    names: set[int],
    thought: bool,
    cands: list[int] | None = None,
) -> list[Stmt]:
    """Statements introduced by a speech verb in sentence ``s``; ``cands``: the indices of
    its tokens that are a verb form of ``lex`` (found by the caller), else searched here."""
    toks = p.toks
    lo, hi = p.bounds[s]
    if cands is None:
        verbs, joined = lex.verbs, lex.joined
        cands = [i for i in range(lo, hi) if p.lows[i] in verbs or p.lows[i] in joined]
    if not cands:
        return []
    end = p.content_end(s)
    out: list[Stmt] = []
    for i in cands:
        t = toks[i]
        if t.is_punct or not t.text[:1].islower():
            continue
        if p.lang == "de" and _participle_opening(p, lex, lo, i):
            continue  # "Danach gefragt, sagte Felderer, ...": the verb after it speaks
        if i + 2 < hi and p.lows[i + 1] == "es" and p.lows[i + 2] == "sich":
            continue  # "Zudem empfiehlt es sich, ...": impersonal, nobody speaks
        if i > lo and attributive(p, i, lo, hi):
            continue  # "zum wiederholten Mal", "im genannten Bericht": an adjective
        if t.low in ("meine", "meinen") and i + 1 < hi and _noun_next(toks[i + 1]):
            continue  # "Ja, meine Familie machte Urlaub hier": a possessive
        spec = lex.verbs.get(t.low)
        parts = [i]
        if spec is None:
            j = lex.joined.get(t.low)
            if j is None:
                continue
            lemma, kind = j
        else:
            got = pick_spec(p, lex.alts.get(t.low) or [spec], i, hi)
            if got is None:
                continue
            lemma, kind, k = got
            if k is not None:
                parts.append(k)
        if kind == "thought" and not thought:
            continue
        if p.lang == "en":
            if not verb_reading(p, i, lo, hi, lemma, max(parts)):
                continue  # "the clarion call", "growing demands", "respond to challenges"
            nxt = toks[i + 1].low if i + 1 < hi else ""
            if (nxt in lex.verbs and not noun_after_verb(p, i, hi)) or (
                nxt in ("and", "or") and i + 2 < hi and toks[i + 2].low == "done"
            ):
                continue
            if (
                spec is not None
                and t.low == lemma
                and nxt in ("and", "or", ",", ".", ";")
                and not message_before_subject(p, i, lo, max(parts), hi)  # "..., officials say."
            ):
                continue
        if other_sense(p, i, lemma):
            continue
        cs, ce = p.clause(i)
        if p.lang == "de" and len(parts) > 1 and parts[1] > i and _verb_after_und(p, parts[1]):
            ce = parts[1] + 1  # "räumte Verstöße ein und kündigte ...": the first clause
        if p.lang == "de":
            cs = _before_quoted_name(p, cs, lo)
            cs = _before_embedded_quote(p, cs, lo, i)
        if p.lang == "de" and _conditional(p, cs, ce, i):
            continue  # "Sollten sich nicht genügend Freiwillige melden, müsse man ..."
        if p.lang == "de" and toks[cs].low == "wer" and cs < i:
            continue  # "wer Arbeit ablehne, bekomme weniger Geld": anyone, no speaker
        # "Dies war ... und die Gewerkschaft fordert": no auxiliary of the first clause
        second = second_clause_subject(p, cs, i) if p.lang == "de" else None
        aux = [k for k in range(second[0] if second else cs, i) if toks[k].low in AUX]
        if p.lang == "de" and aux and _finite_after_und(p, i):
            aux = []  # "Key hat sich informiert und sprach von ...": not "hat sprach"
        if (
            p.lang == "de"
            and t.low.startswith("ge")
            and (i + 1 >= ce or toks[i + 1].is_punct)
            and any(p.lows[k] in SEIN_FORMS for k in range(cs, i))  # "sei gerechtfertigt"
            and not any(p.lows[k] in ("hat", "hatte", "habe", "haben") for k in range(cs, i))
        ):
            continue  # "Die Abgabe sei gerechtfertigt, weil ...": a state, nobody speaks
        parts += aux[:1]
        if not aux and i + 1 < ce and toks[i + 1].low in AUX and p.lang == "de":
            parts.append(i + 1)
        top = max(parts)
        for k in range(max(cs, i - 2), min(ce, i + 4)):
            if toks[k].low == "sich" or (
                k > i and k < top and toks[k].low in ("davon", "darauf", "dazu", "damit", "dafür")
            ):
                parts.append(k)
        if (
            p.lang == "de"
            and cs == i - 1 > lo
            and p.lows[cs] == "so"
            and toks[cs - 1].text in ",–—"
        ):
            parts.append(cs)  # "Die Lage, so sagte der Minister, sei ernst": "so" is the cue's
        if lemma in ("bezeichnen", "nennen", "sehen", "betrachten", "werten") and p.lang == "de":
            parts += [k for k in range(i + 1, ce) if toks[k].low == "als"][:1]
        st = _verb_statement(p, lex, s, i, parts, cs, ce, lo, end, names, lemma)
        if st is None and p.lang == "de" and passive(p, i, parts):
            st = _passive_subject(p, s, i, parts, cs, ce, names)
        if st is not None and lemma in _LABELLING and _quoted_label(p, st, ce):
            st.sure = True  # "bezeichnete den Plan als „Luftschloss“": kept whatever the
            # cue model says (its training text has few such plurals and present forms)
        if st is not None and p.lang == "de" and st.kind == "reported" and refusal(p, st.msg, ce):
            st = None  # "Weitere Details nannte die Polizei nicht": nothing was said
        if st is not None and p.lang == "de" and any(p.lows[k] in _LET for k in st.cue):
            st.sure = True  # "..., ließ der Angeklagte erklären": rare in the training text
        if st is not None and lemma == "sprechen" and _spoke_of_quote(p, st):
            st.sure = True  # "sprach von einem „Abend, an dem alles gepasst hat“"
        if st is not None and _quoted_in_quotation(p, st):
            st.sure = True  # „Er hat uns gesagt: ‚Das Werk bleibt offen.‘ ...“: rare in
            # the training text, whose cue model drops cues inside quotations
        if st is not None and p.lang == "de" and passive(p, i, parts):
            agent_as_source(p, st, cs, ce, names)
        if st is not None:
            und = i - 1 if i > lo and toks[i - 1].low in _AND else None
            und = cs if und is None and toks[cs].low in _AND else und
            if und is None and p.lang == "de" and cs == i > lo + 1 and toks[cs - 1].text == ",":
                # "X sprach von einer „Enttäuschung“, mahnte aber Geduld an": a second verb
                # of the same subject ends the message of the first
                und = cs - 1 if st.src is not None and st.src[1] < cs - 1 else None
            if und is not None and st.src is not None and st.src[1] <= und:
                out = _end_at_coordination(p, out, s, und)
            elif und is not None and p.lang == "de" and st.kind == "reported":
                # "Der Wahlsieger erklärte, ..., und verglich die Lage mit ...": the
                # coordinated verb shares the subject of the cue verb before it
                first = next((o for o in out if o.sent == s and o.src and o.src[1] <= und), None)
                if first is not None:
                    st.src, st.pronoun = first.src, first.pronoun
                    out = _end_at_coordination(p, out, s, und)
            out.append(st)
    return out


_LABELLING = frozenset({"bezeichnen", "nennen"})


def _quoted_label(p: Para, st: Stmt, ce: int) -> bool:
    """``st`` quotes a short label inside its cue's clause ("nannte das einen
    „Vertrauensbruch“", "als „zutiefst verlogen“ bezeichnet")."""
    q = st.quote
    return (
        st.kind == "direct"
        and q is not None
        and q[0] <= ce  # the clause ends where the quotation opens
        and sum(1 for k in range(q[0] + 1, q[1]) if not p.toks[k].is_punct) <= 8
    )


def _subordinate_object(
    p: Para, s: int, i: int, parts: list[int], cs: int, names: set[int]
) -> Stmt | None:
    """A reported statement from a fronted subordinate clause that ends in its cue: the
    subject after the subordinator, the words up to the verb the content."""
    toks = p.toks
    if toks[cs].low not in _FACTUAL_SUBORDINATORS:
        return None  # "Wenn Park nicht auf das Ultimatum antwortet, ...": nothing was said
    k = cs + 1
    src = (k, k + 1) if toks[k].low in _NOM else np_after(toks, k, i, names)
    if src is None or src[1] >= i:
        return None
    ks = [j for j in range(src[1], i) if j not in parts and toks[j].low not in AUX]
    if ks and toks[ks[0]].low == "von" and toks[i].low.startswith(("sprach", "sprech", "spricht")):
        parts, ks = [*parts, ks[0]], ks[1:]  # the cue is "sprach von"
    if not ks or not any(_object_head(p, src[1], j) or toks[j].is_quote for j in ks):
        return None
    if any(toks[j].low in ("und", "oder") for j in ks):
        return None  # two verbs: "von X gesprochen und Y gefordert hatte"
    first = next((j for j in ks if toks[j].low in OBJECT_LEAD), ks[0])
    ks = [j for j in ks if j >= first]  # "im März 2014 die Übernahme": from the article
    pron = toks[src[0]].low in PRONOUNS
    return Stmt(s, "reported", (ks[0], ks[-1] + 1), parts, src, pron)


# subordinators of a clause that reports what happened (not "wenn", "falls", "ob")
_FACTUAL_SUBORDINATORS = frozenset(
    {"während", "als", "nachdem", "obwohl", "weil", "da", "seit", "seitdem", "bevor"}
)


def refusal(p: Para, msg: tuple[int, int], ce: int) -> bool:
    """A German speech act that says nothing: its clause ends in "nicht" ("Weitere Details
    nannte die Polizei nicht") or its object is "kein…" ("nannte keine Details")."""
    toks = p.toks
    k = ce - 1
    while k > 0 and toks[k].is_punct:
        k -= 1
    if toks[k].low in _AFTER_NICHT and toks[k - 1].low == "nicht":
        k -= 1  # "äußerte sich nach dem Gespräch nicht öffentlich"
    if toks[k].low == "nicht" or (msg[0] < msg[1] and toks[msg[0]].low.startswith("kein")):
        return True
    # "Moskau äußerte sich zunächst nicht zu den Vorwürfen": adverbs, then "nicht"
    k = msg[0]
    while k < min(msg[1], msg[0] + 3) and toks[k].low in _HEDGES:
        k += 1
    return k < msg[1] and toks[k].low == "nicht"


_HEDGES = {"zunächst", "bislang", "bisher", "vorerst", "noch", "zuerst", "vorläufig", "dazu"}
# words after a final "nicht" that keep it a refusal ("äußerte sich nicht öffentlich")
_AFTER_NICHT = {"öffentlich", "näher", "weiter", "konkret", "offiziell", "dazu"}


def _enclosed_object(
    p: Para,
    i: int,
    parts: list[int],
    src: tuple[int, int],
    ce: int,
    lemma: str = "",
    clause_after: bool = False,
) -> tuple[int, int] | None:
    """The object a German cue encloses with its particle or auxiliary: "schloss [eine
    Lieferung von Taurus] aus", "warf [Scholz Versagen] vor", "hat [die Europäer zu
    höheren Ausgaben] aufgefordert", "hat [vor einer Eskalation] gewarnt" (the preposition
    the verb ``lemma`` governs); None when only adverbials are there ("teilte am Montag
    mit") or the clause goes on after the particle (``clause_after``: a clause that is no
    message follows, see :func:`_adverbial_clause_at`)."""
    toks = p.toks
    if (
        ce < len(toks)
        and toks[ce].text in ",:;–("
        and toks[ce].sent == toks[i].sent
        and not clause_after
    ):
        return None  # "warf dem DFB vor, er habe ...": the clause after it is the message
    last = max(parts)
    if last > i and toks[last].low not in AUX:  # the particle closes the clause
        a, b = i + 1, last
        if any(not toks[k].is_punct for k in range(last + 1, ce)):
            return None
    else:  # the participle closes the clause after its auxiliary
        aux = [k for k in parts if k < i and toks[k].low in AUX]
        if not aux or any(not toks[k].is_punct for k in range(i + 1, ce)):
            return None
        if toks[aux[0]].low in ("habe", "hätte", "hätten", "sei", "seien", "werde"):
            return None  # "..., er habe ein Gespräch abgelehnt": inside reported speech
        a, b = aux[0] + 1, i
    named = any(
        (toks[k].text[:1].isupper() or _age_noun(toks[k].text)) and toks[k].low not in DE_ARTICLES
        for k in range(*src)
    )  # "Merz", "Die Gründerin", "Die 38-Jährige"
    if not named and toks[src[0]].low not in PRONOUNS:
        return None  # no subject to speak of ("Die" alone)
    ks = [k for k in range(a, b) if not (src[0] <= k < src[1]) and k not in parts]
    if not ks or ks != list(range(ks[0], ks[-1] + 1)) or toks[ks[0]].low in ("und", "oder"):
        return None  # split by the subject ("warf ihm Versagen vor"), a coordination
    if any(_object_head(p, a, k) for k in ks):
        return (ks[0], ks[-1] + 1)
    first = next((k for k in ks if toks[k].low == GOVERNED.get(lemma)), None)
    # "vor einer Eskalation", not "vor Ort"; "mit Kürzungen" (no set phrase with "mit")
    if first is not None and ks[-1] - first >= (1 if toks[first].low == "mit" else 2):
        return (first, ks[-1] + 1)
    return None


def _age_noun(text: str) -> bool:
    """A noun of age or number: "38-Jährige", "17-Jähriger", "3-Sterne-Koch"."""
    return text[:1].isdigit() and "-" in text and text.rsplit("-", 1)[1][:1].isupper()


# the preposition whose phrase is the message of a German speech verb ("warnte vor einer
# Eskalation", "sprach von einem Erfolg")
GOVERNED = {
    "warnen": "vor", "sprechen": "von", "appellieren": "an", "plädieren": "für",
    "werben": "für", "drängen": "auf", "pochen": "auf", "mahnen": "zu", "drohen": "mit",
}  # fmt: skip


def _object_head(p: Para, a: int, k: int) -> bool:
    """Token ``k`` is a capitalised noun outside a prepositional phrase, no day or month:
    "eine [Lieferung]", "[Kiew] weitere [Hilfe]"; not "am Montag in seinem [Blog]"."""
    toks = p.toks
    t = toks[k]
    if not t.text[:1].isupper() or _time_word(t.low) or t.low in _MONTHS or t.low in DE_ARTICLES:
        return False
    j = k - 1
    while j >= a and (
        toks[j].low in DE_ARTICLES
        or toks[j].low.isdigit()
        or (toks[j].text[:1].islower() and toks[j].low.endswith(ADJ_ENDINGS))
    ):
        j -= 1
    return not (j >= a and toks[j].low in DE_PREPOSITIONS)


# verbs whose "Das"/"Dies" is the content of the sentence before ("Verletzt wurde niemand.
# Das teilte die Polizei mit."), not a thing ("Das lehnte Abhisit ab.")
_PASSING_ON = frozenset(
    {"sagen", "mitteilen", "bekanntgeben", "berichten", "bestätigen", "erklären", "melden",
     "schreiben", "betonen", "angeben", "hervorheben", "erläutern", "ergänzen", "verkünden",
     "ankündigen"}
)  # fmt: skip


def _sentence_before(p: Para, s: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The content of sentence ``s - 1`` and its quotation marks when it is one quotation."""
    lo, hi = p.bounds[s - 1]
    end = p.content_end(s - 1)
    for o, c, depth, _ in p.quotes:
        if (
            o == lo
            and depth == 0
            and c >= end - 1
            and all(p.toks[k].is_punct for k in range(c + 1, hi))
        ):
            return (o + 1, c), (o, c)
    return (lo, end), None


def _label_before(p: Para, cs: int, i: int) -> tuple[int, int] | None:
    """The quotation marks of a short label right before a clause-final labelling verb
    ("als „zutiefst verlogen“ bezeichnet", "„ein Fehler“ genannt")."""
    c = i - 1
    if c <= cs or not p.toks[c].is_quote:
        return None
    o = next((q[0] for q in p.quotes if q[1] == c and q[0] >= cs), None)
    if o is None or c - o < 2 or c - o > 9:
        return None
    return (o, c)


def _pronoun_source(p: Para, src: tuple[int, int] | None) -> bool:
    """The source is one pronoun to resolve ("er", "she")."""
    return bool(src and src[1] - src[0] == 1 and p.toks[src[0]].low in PRONOUNS)


def _words_in(p: Para, span: tuple[int, int]) -> int:
    return sum(not p.toks[k].is_punct for k in range(*span))


def _noun_next(t) -> bool:
    """A capitalised word that is no polite pronoun ("meine Familie", not "meinen Sie")."""
    return t.text[:1].isupper() and t.low not in ("sie", "ihr", "ihnen") and not t.is_punct


# words opening a clause in which "sprechen" argues ("Dafür spricht, dass", "Vieles
# spricht dagegen"), not "Gegen die Pläne sprach sich die Opposition aus"
_ARGUES = {"für", "gegen", "dafür", "dagegen", "vieles", "einiges", "alles", "nichts", "wenig"}
# words between "spricht" and the "dass" of an argument ("Dafür spricht auch, dass"); a
# subject there makes it speech again ("Für die SPD sprach Mützenich davon, dass")
_ARGUE_FILLERS = {"auch", "zudem", "aber", "jedoch", "dafür", "dagegen", "vieles", "einiges"}
# adjectives after the adverb "betont" ("betont zurückhaltend", "betont locker")
_MANNER_ENDS = ("end", "lich", "ig", "isch", "los", "sam", "bar", "haft", "iv")
# the words before "betont" as an adverb ("war betont", "gab sich betont")
_COPULAS = {
    "sich", "war", "waren", "ist", "sind", "sei", "seien", "wirkte", "wirkten", "wirkt",
    "blieb", "blieben", "bleibt", "gab", "gaben", "gibt", "zeigte", "zeigten", "zeigt",
}  # fmt: skip


def other_sense(p: Para, i: int, lemma: str) -> bool:
    """The speech verb form at ``i`` (of ``lemma``) is used in another sense: the adverb
    "betont" after a copula or "sich" ("gab sich betont zurückhaltend"; not "betont
    ausdrücklich") or an argument before "dass" ("Für Biomassekraftwerke spricht, dass
    ...", "Vieles spricht dafür, dass"; not "Für die SPD sprach Mützenich davon, dass",
    "Gegen die Pläne sprach sich die Opposition aus")."""
    toks, lows = p.toks, p.lows
    lo, hi = p.bounds[toks[i].sent]
    low = lows[i]
    if (
        p.lang == "de"
        and (low in _PHRASE_WORDS or lemma in _PHRASE_LEMMAS)
        and _set_or_other_phrase(lows, i, lo, hi, low, lemma)
    ):
        return True
    if (
        p.lang == "de"
        and i + 1 < hi
        and lows[i + 1] == "werden"
        and any(w in _FUTURE_MODALS for w in lows[lo:i])
        and not any(w in ("dass", ":", "ob") for w in lows[i:hi])
    ):
        return True  # "Das Urteil soll am 4. Dezember verkündet werden": not said yet
    if lemma == "verurteilen" and _court_sentence(lows, i, hi):
        return True  # "Das Landgericht hat den Mann zu vier Jahren Haft verurteilt"
    if toks[i].low == "betont":  # after a copula or "sich": "war betont", "gab sich betont"
        return (
            lo < i < hi - 1
            and lows[i - 1] in _COPULAS
            and toks[i + 1].text[:1].islower()
            and _manner(lows[i + 1])
        )
    if lemma != "sprechen" or p.lang != "de":
        return False
    cs, _ = p.clause(i)
    k = i + 1
    while k < hi and lows[k] in _ARGUE_FILLERS:
        k += 1  # "spricht auch dafür"
    return toks[cs].low in _ARGUES and k < hi and lows[k] in (",", "dass")


_PENALTIES = {"bewährung", "lebenslang", "lebenslanger", "tagessätzen", "gefängnis"}


def _court_sentence(lows: list[str], i: int, hi: int) -> bool:
    """A penalty near "verurteilt" at ``i``: a court's sentence ("zu einer Bewährungsstrafe",
    "zu drei Jahren Haft"), not "verurteilte den Anschlag" (condemned, a speech act)."""
    return any(
        w in _PENALTIES or w.endswith("strafe") or (w.endswith("haft") and not w.endswith("schaft"))
        for w in lows[max(0, i - 12) : hi]
    )


# adverbs that make "gesagt" a set phrase of the writer ("anders gesagt", "ehrlich gesagt")
_SAID_PHRASES = {
    "anders", "kurz", "ehrlich", "offen", "salopp", "vereinfacht", "nebenbei", "grob",
    "gelinde", "zugespitzt", "pauschal", "überspitzt", "platt", "sozusagen",
}  # fmt: skip
# nouns before "gerufen" in another sense: "ins Leben gerufen", "auf den Plan gerufen"
_CALLED_INTO = {"leben", "plan", "hilfe", "einsatz", "tor", "dienst"}
_BE_FORMS = {"ist", "sind", "war", "waren", "sei", "seien", "wird", "wurde", "werden", "wurden"}


def _set_or_other_phrase(lows: list[str], i: int, lo: int, hi: int, low: str, lemma: str) -> bool:
    """German phrases in which a speech verb says nothing: "anders gesagt", "gemeint ist",
    "nannte sich", "ins Leben gerufen", "die Polizei wurde gerufen"."""
    prev = lows[i - 1] if i > lo else ""
    nxt = lows[i + 1] if i + 1 < hi else ""
    after = lows[i + 2] if i + 2 < hi else ""
    if (
        low == "gesagt"
        and prev in _SAID_PHRASES
        and nxt in (":", ",", "")
        and after not in ("dass", "ob", "wie", "„", '"', "»")
    ):
        return True  # "Oder anders gesagt: ...", not "sehr offen gesagt, dass ..."
    if low == "gesagt" and (nxt, after) in ((",", "getan"), ("als", "getan")):
        return True  # "Gesagt, getan:", "leichter gesagt als getan"
    if low == "gemeint" and (prev in _BE_FORMS or nxt in _BE_FORMS):
        return True  # "Gemeint ist die Reform", "damit ist gemeint"
    if lemma == "nennen" and nxt == "sich":
        return True  # "Die Gruppe nannte sich Freikorps"
    if lemma == "nennen" and low == "genannt" and prev == "nicht" and nxt in ("werden", "sein"):
        return True  # "wollte namentlich nicht genannt werden"
    rest = lows[i + 1 : hi]
    if lemma == "melden" and nxt == "sich" and _NOT_SPOKEN_AFTER_MELDEN & set(rest[:5]):
        return True  # "meldete sich am Morgen krank", not "meldete sich zu Wort"
    if lemma == "ankündigen" and nxt == "sich":
        return True  # "Das Gewitter kündigte sich am Morgen an"
    if lemma == "verurteilen" and "zu" in rest and _SENTENCE_WORDS & set(rest):
        return True  # "verurteilte den Angeklagten zu drei Jahren Haft": a court's sentence
    if lemma == "drohen" and _SENTENCE_WORDS & set(rest[:8]) and "mit" not in rest[:2]:
        return True  # "Ihm drohen bis zu 20 Jahre Haft": a penalty ahead, no threat
    if lemma == "drohen" and "zu" in rest[: rest.index(",") if "," in rest else len(rest)]:
        return True  # "Der Fluss droht über die Ufer zu treten": a danger, no threat
    if lemma == "bestätigen" and _RULINGS & set(lows[lo:hi]) and "dass" not in lows[lo:hi]:
        return True  # "Der BGH hat das Urteil bestätigt": a court upholds, says nothing
    if lemma == "schreiben" and any(
        lows[k] == "geschichte"
        and lows[k - 1] not in DE_ARTICLES
        and lows[k - 1] not in ("über", "von", "eine")
        and (k + 1 >= hi or lows[k + 1] not in ("des", "der", "von"))
        for k in range(max(lo + 1, i - 3), min(hi, i + 5))
    ):
        return True  # "schrieb Nichols Geschichte", "hat Geschichte geschrieben": made history
    clause_end = next((k for k in range(i + 1, hi) if lows[k] in (",", ":", "„", "»")), hi)
    if lemma == "erklären" and any(
        lows[k] == "für" and lows[k + 1] in _DECLARED for k in range(lo, clause_end - 1)
    ):
        return True  # "Die Richter erklärten zwei Bestimmungen für nichtig": a ruling
    if lemma == "schreiben" and any(
        (lows[k] == "zahlen" and lows[k - 1] in ("rote", "roten", "schwarze", "schwarzen"))
        or lows[k] in _BOOKED
        for k in range(max(lo + 1, i - 4), min(clause_end, i + 8))
    ):
        return True  # "Der Konzern schreibt rote Zahlen", "hat einen Verlust geschrieben"
    if lemma == "verweisen" and "auf" in rest and _PLACES & set(rest):
        return True  # "verwies Colturi und Rast auf die Plätze": a result, no speech
    if lemma == "sagen" and nxt in ("ja", "nein") and after in ("zu", "zum", "zur", "."):
        return True  # "Die Wähler sagten Ja zur Vorlage": a vote
    # "ins Leben gerufen", "die Polizei wurde gerufen"
    called = any(w in _CALLED_INTO for w in lows[max(lo, i - 3) : i])
    # a passive: "die Polizei wurde gerufen", "Daraufhin wurde die Polizei gerufen"
    summoned = nxt in ("worden", "werden") or any(
        w in ("wurde", "wurden", "wird", "werden") for w in lows[max(lo, i - 6) : i]
    )
    return lemma == "rufen" and (called or (low == "gerufen" and summoned))


def set_phrase_cue(p: Para, i: int) -> bool:
    """A token no speech cue in German, whoever proposes it (the rules or the learned cue
    model): a set phrase of the writer ("Das heißt, ...", "Oder anders gesagt:", "Gemeint
    ist") or "nannte sich", "ins Leben gerufen"."""
    low = p.lows[i]
    if p.lang != "de" or (low not in _PHRASE_WORDS and low not in _SET_PHRASE and low != "wie"):
        return False  # the common case, decided at once
    lo, hi = p.bounds[p.toks[i].sent]
    lows = p.lows
    if low == "wie":  # "Wie berichtet, ...", "wie bereits berichtet,": the writer's aside
        k = i + 1 + (i + 1 < hi and lows[i + 1] in _ASIDE_ADVERBS)
        return k + 1 < hi and lows[k] in _SET_PHRASE and lows[k + 1] in (",", ":")
    if low in _SET_PHRASE and i > lo and i + 1 < hi and lows[i + 1] in (",", ":"):
        # "..., wie (bereits) berichtet, ...": the writer's aside
        return lows[i - 1] == "wie" or (
            i - 1 > lo and lows[i - 1] in _ASIDE_ADVERBS and lows[i - 2] == "wie"
        )
    if low in ("hieß", "heißt"):
        cs = p.clause(i)[0]
        if lows[cs] == "wie" and cs + 1 < i and lows[cs + 1] != "es":
            return True  # "wie die Serie im Original hieß": a name, no speech
    if low == "heißt" and i > lo and lows[i - 1] in ("das", "dies", "was") and i + 1 < hi:
        return lows[i + 1] in (",", ":")  # "Das heißt, ...": that means
    if low == "laut" and (
        (i + 1 < hi and lows[i + 1] in (".", "und", "oder", "!"))
        or (i > lo and lows[i - 1] in _INTENSIFIERS)
    ):
        # the adjective: "war sehr laut und", "so laut, dass Nachbarn die Polizei riefen";
        # not "Vorwürfe wurden laut, dass"
        return True
    return _set_or_other_phrase(lows, i, lo, hi, low, _PHRASE_LEMMA_OF.get(low, ""))


# adverbs of degree before an adjective ("so laut", "zu laut")
_INTENSIFIERS = {"so", "zu", "sehr", "besonders", "extrem", "ziemlich", "recht", "viel", "ganz"}
_FUTURE_MODALS = {"soll", "sollen", "wird", "werden", "kann", "können", "muss", "müssen", "dürfte"}
_NOT_SPOKEN_AFTER_MELDEN = {"krank", "ab", "zurück", "arbeitslos", "freiwillig", "an"}
# the objects of a court's "bestätigen" (to uphold)
_RULINGS = {
    "urteil", "urteile", "entscheidung", "beschluss", "strafe", "haftstrafe", "verurteilung",
    "schuldspruch", "freispruch", "todesurteil", "haftbefehl",
}  # fmt: skip
_SENTENCE_WORDS = {
    "haft", "jahren", "jahre", "monaten", "jahr", "monat", "geldstrafe", "freiheitsstrafe", "strafe",
    "tode", "bewährung", "haftstrafe", "gefängnis", "zahlung",
}  # fmt: skip
# the words and lemmas :func:`_set_or_other_phrase` and :func:`set_phrase_cue` look at
_PHRASE_LEMMA_OF = {
    "nannte": "nennen", "nennt": "nennen", "genannt": "nennen", "gerufen": "rufen",
    "meldete": "melden", "meldet": "melden", "meldeten": "melden", "melden": "melden",
    "kündigte": "ankündigen", "kündigt": "ankündigen", "kündigten": "ankündigen",
    "verurteilte": "verurteilen", "verurteilt": "verurteilen", "verurteilten": "verurteilen",
    "bestätigte": "bestätigen", "bestätigt": "bestätigen", "bestätigten": "bestätigen",
    "drohen": "drohen", "droht": "drohen", "drohte": "drohen", "drohten": "drohen",
    "schrieb": "schreiben", "schrieben": "schreiben", "schreibt": "schreiben",
    "geschrieben": "schreiben",
}  # fmt: skip
_PHRASE_WORDS = {"gesagt", "gemeint", "heißt", "hieß", "laut", *_PHRASE_LEMMA_OF}
# adverbs inside the writer's aside "wie bereits berichtet"
_ASIDE_ADVERBS = {"bereits", "schon", "eingangs", "zuvor", "gestern", "mehrfach"}
_PHRASE_LEMMAS = {
    "nennen", "rufen", "melden", "ankündigen", "verurteilen", "bestätigen", "drohen",
    "schreiben", "sagen", "verweisen", "erklären",
}  # fmt: skip
# "auf die Plätze verweisen": a result in sport; "für nichtig erklären": a ruling
_PLACES = {"platz", "plätze", "plätzen", "rang", "ränge", "rängen"}
_DECLARED = {
    "nichtig", "ungültig", "verfassungswidrig", "rechtswidrig", "unzulässig", "gültig",
    "beendet", "gescheitert", "tot", "bankrott", "insolvent",
}  # fmt: skip


def _manner(low: str) -> bool:
    """An adjective of manner after "betont" (not "dass", a name or a pronoun)."""
    return low.isalpha() and (
        low.endswith(_MANNER_ENDS) or low in ("locker", "gelassen", "ruhig", "cool", "kühl")
    )


_ADVERBIAL_OPENERS = {"in", "im", "am", "auf", "bei", "beim", "gegenüber", "vor", "nun", "zudem"}


def _relative_clause_at(p: Para, k: int, end: int) -> bool:
    """A German relative clause opens at token ``k`` after a comma ("das half", "die
    sexuell …", "in denen", "mit dem die …"), not a clause of reported speech ("die Lage
    sei ernst", "seit dem Überfall fehle …")."""
    toks = p.toks
    if k + 1 >= end or toks[k - 1].text != ",":
        return False

    def article(j: int) -> bool:  # "die Lage", "der ernste Fall": an article, no pronoun
        return j < end and (toks[j].text[:1].isupper() or toks[j].low.endswith(ADJ_ENDINGS))

    low, nxt = toks[k].low, toks[k + 1].low
    if low in ("der", "die", "das", "welche", "welcher", "welches", "denen"):
        return not article(k + 1)
    if low not in DE_PREPOSITIONS:
        return False
    return nxt in ("denen", "deren", "dessen", "welchem", "welcher", "welchen") or (
        nxt in ("dem", "der") and not article(k + 2)  # "in der die …", not "in der Krise"
    )


_QUESTION_NOUNS = {"frage", "nachfrage", "anfrage", "rückfrage", "fragen"}


def _question_opener(p: Para, lo: int, cs: int) -> bool:
    """The words before the cue clause are the question it answers ("Auf die Frage, ob er
    kandidiere, antwortete Reiter, ..."): no message; the answer follows the cue clause."""
    lows = p.lows
    k = lo + 1 + (lo + 1 < cs and lows[lo + 1] in ("die", "eine", "meine", "seine"))
    return lows[lo] == "auf" and k < cs and lows[k] in _QUESTION_NOUNS


def _quoted_name_subject(p: Para, lo: int, cs: int, i: int, ce: int, end: int) -> bool:
    """A short quotation of capitalised words opens the sentence right before the verb,
    and a clause follows the verb's comma: a name ("„Muslix64“ erwähnte, dass ..."), not a
    message."""
    toks = p.toks
    if not (cs == i and cs - lo in range(3, 7) and ce < end and toks[ce].text in ",:"):
        return False
    if not (toks[lo].is_quote and toks[cs - 1].is_quote):
        return False
    return all(is_name_word(toks[k].text) for k in range(lo + 1, cs - 1))


def _main_clause_goes_on(p: Para, ce: int, end: int) -> bool:
    """After the comma at ``ce`` that closes a relative clause, the main clause goes on with
    its finite verb ("Orbán, der die Hilfen kritisiert, blieb fern"): no message of the
    relative clause's verb; not a clause of its own ("..., die sagen, man müsse ...",
    "..., die fordern, schneller zu handeln")."""
    toks = p.toks
    k = ce + 1
    if k >= end or not toks[k].text[:1].islower() or toks[k].is_punct:
        return False
    low = toks[k].low
    if low in DE_ARTICLES or low in SUBORDINATORS or low in _CLAUSE_OPENERS:
        return False
    stop = next((j for j in range(k, end) if toks[j].text in ",;:"), end)
    return "zu" not in p.lows[k:stop] and not any(p.lows[j] in AUX for j in range(k + 1, stop))


# words that open a clause or a list after a cue's comma: pronouns, "dass", "ob", "wie",
# negations, "darunter" ("Gründe, die die ARAG vorgebracht hatte, darunter Verjährung")
_CLAUSE_OPENERS = {
    "dass", "ob", "wie", "man", "er", "sie", "es", "wir", "ich", "ihr", "du", "nicht",
    "kein", "keine", "alle", "viele", "manche", "nur", "auch", "so", "das", "dies",
    "darunter", "etwa", "insbesondere", "nämlich", "vor", "zum", "unter", "einschließlich",
}  # fmt: skip


def second_clause_subject(p: Para, cs: int, i: int) -> tuple[int, int] | None:
    """German ``... VERB und NP CUE``: the subject of a main clause joined by "und" right
    before the cue verb ("Der Streik dauert an und die Gewerkschaft fordert, ..."), not the
    first clause's subject; not in a coordinated subject ("Merz und Scholz forderten")."""
    if p.lang != "de" or p.lows[i].startswith("ge"):
        return None  # "hatte sich gestellt und die Tat zugegeben": one subject, two verbs
    toks = p.toks
    for k in range(i - 2, cs, -1):
        if toks[k].low in ("und", "aber", "doch", "sondern"):
            if _in_subordinate(p, k):
                return None  # "eine Resolution, welche ... nimmt und die Regierung auffordert"
            prev = toks[k - 1]
            if prev.is_punct:
                return None
            if not prev.text[:1].islower():  # a noun before "und": a clause only after a verb
                # ("Merz und Scholz forderten"), or with an adverb of contrast after the
                # subject ("... das Material und das FBI seinerseits versprach, ...")
                if not (_copula_clause(p, cs, k) or _contrasted_subject(p, k + 1, i)):
                    return None
            elif any(p.lows[j] in AUX or p.lows[j] in MODALS for j in range(cs, k)):
                return None  # "will sich treffen und ein Abkommen unterzeichnen": shared
            start = toks[k + 1]
            if not (start.low in DE_ARTICLES or start.text[:1].isupper()):
                return None
            end = np_end(p, k + 1, i, set())
            if end is not None and k + 1 < end < i and _contrast_only(p, end, i):
                return (k + 1, end)  # "und das FBI seinerseits versprach"
            return (k + 1, i) if end == i else None
    return None


def _contrasted_subject(p: Para, a: int, i: int) -> bool:
    """Tokens ``a`` to ``i`` are a noun phrase with an article and adverbs of contrast
    after it ("das FBI seinerseits", "die Opposition hingegen")."""
    if p.lows[a] not in DE_ARTICLES:
        return False
    e = np_end(p, a, i, set())
    return e is not None and a < e < i and _contrast_only(p, e, i)


def _contrast_only(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` to ``b`` are adverbs of contrast ("seinerseits", "hingegen")."""
    return all(p.lows[k] in CONTRASTIVE for k in range(a, b))


def _spoke_of_quote(p: Para, st: Stmt) -> bool:
    """A German "sprach von" whose quotation follows "von" and at most an article and
    adjectives ("sprach von einem „kleinen Wunder“"): the label is what was said."""
    if p.lang != "de" or st.quote is None or st.kind != "direct":
        return False
    k = max(st.cue) + 1
    if k >= st.quote[0] or p.lows[k] not in ("von", "vom"):
        return False
    return all(
        p.lows[j] in DE_ARTICLES or p.toks[j].text[:1].islower() for j in range(k + 1, st.quote[0])
    )


def _participle_opening(p: Para, lex: CueLexicon, lo: int, i: int) -> bool:
    """The participle at ``i`` ends a short phrase that opens the sentence at ``lo`` and a
    finite verb of the lexicon follows it ("Danach gefragt, sagte X", "Darauf angesprochen
    sagte er"): an adverbial phrase, no speech act of its own."""
    toks = p.toks
    if i - lo > 3 or not _participle(toks[i].low):
        return False
    if any(toks[k].is_punct for k in range(lo, i)) or not _no_clause(p, lo, i):
        return False
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == ",")
    return (
        k < len(toks)
        and toks[k].sent == toks[i].sent
        and toks[k].low in lex.verbs
        and (toks[k].text[:1].islower())
    )


def _no_clause(p: Para, a: int, b: int) -> bool:
    """No finite verb or subject pronoun among tokens ``a`` to ``b``."""
    return not any(
        low in FINITE or low in AUX or low in MODALS or low in PRONOUNS or low in ("ich", "wir")
        for low in p.lows[a:b]
    )


def _participle_phrase_before(p: Para, lo: int, cs: int) -> bool:
    """The words before the cue clause open with a participle phrase of at most three
    words and a comma ("Danach gefragt, sagte X, dass ...", "Gefragt, ob er bleibe, sagte
    er: ..."): no message; the message follows the cue."""
    toks = p.toks
    k = next((x for x in range(lo, cs) if toks[x].text == ","), cs)
    if not 1 <= k - lo <= 3 or k >= cs or not _no_clause(p, lo, k):
        return False  # "Es werde geprüft, ob ...": a clause, the message
    return _participle(toks[k - 1].low)


def _participle(low: str) -> bool:
    """A past participle by its shape ("gefragt", "gebeten", "angesprochen")."""
    return (low.startswith("ge") and low.endswith(("t", "en"))) or low.endswith("ochen")


def _quoted_in_quotation(p: Para, st: Stmt) -> bool:
    """A direct statement whose quotation, after a colon, lies inside another quotation."""
    if st.quote is None or st.quote[0] == 0 or p.toks[st.quote[0] - 1].text != ":":
        return False
    return any(depth > 0 for o, _, depth, _ in p.quotes if o == st.quote[0])


def _dass_after_dash(p: Para, cs: int, ce: int, end: int) -> bool:
    """A dash opens the cue clause and a "dass" clause follows it: "In einem Interview mit
    dem Anwalt – Rainer Wittner – sagte dieser, dass ...": the words before the dash are
    an adverbial, the message is after."""
    return (
        p.toks[cs - 1].text in "–—"
        and ce + 1 < end
        and p.toks[ce].text == ","
        and (p.lows[ce + 1] in ("dass", "ob"))
    )


def _adverbial_clause_at(p: Para, lex: CueLexicon, k: int, end: int) -> bool:
    """A clause of time, cause or purpose from ``k`` to the sentence's end, in the
    indicative, is no message: "hatte seinen Rücktritt angekündigt, nachdem die Wahlen
    ...", "wurde nicht mitgeteilt, da weitere Spenden eingegangen sind", "werden Aufrufe
    bekannt gegeben, um ... zu ermitteln" (not "sagte, da sei nichts zu machen", nor a
    fronted clause before the message's main clause: "sagte, weil ..., müsse man ...")."""
    lows = p.lows
    if k + 1 >= end or lows[k] not in _ADVERBIAL_OPENERS_DE:
        return False
    if lows[k] == "da" and (lows[k + 1] in FINITE or lows[k + 1] in lex.subjunctive):
        return False  # "da sei nichts zu machen": an adverb
    if any(lows[x] in lex.subjunctive for x in range(k + 1, end)):
        return False  # reported speech: "..., weil die Lage ernst sei"
    return not any(p.toks[x].text == "," for x in range(k + 1, end))


# conjunctions opening a clause of time, cause or purpose
_ADVERBIAL_OPENERS_DE = frozenset({"nachdem", "weil", "obwohl", "bevor", "da", "um", "sodass"})


def _finite_after_und(p: Para, i: int) -> bool:
    """The verb at ``i`` right after "und" is a finite past form ("und sprach", "und
    forderte"), not a participle sharing the auxiliary before ("hat geprüft und gesagt")."""
    low = p.lows[i]
    participle = low.startswith("ge") or (low.endswith(("t", "en")) and not low.endswith("ten"))
    return i > 0 and p.lows[i - 1] in ("und", "oder") and not participle


# finite verbs that open a conditional clause without "wenn" ("Sollte er gewinnen, ...")
_CONDITIONAL_V1 = {
    "sollte", "sollten", "würde", "würden", "wäre", "wären", "hätte", "hätten", "käme", "kämen",
    "müsste", "müssten", "könnte", "könnten",
}  # fmt: skip


def _conditional(p: Para, cs: int, ce: int, i: int) -> bool:
    """The cue at ``i`` closes a conditional clause that opens the sentence with its finite
    verb and ends at a comma ("Sollten sich nicht genügend Freiwillige melden, ...")."""
    toks = p.toks
    return (
        cs == p.bounds[toks[i].sent][0]
        and cs < i
        and toks[cs].low in _CONDITIONAL_V1
        and ce < len(toks)
        and toks[ce].text == ","
    )


def _in_subordinate(p: Para, k: int) -> bool:
    """Token ``k`` follows a comma and a relative pronoun or subordinator in its sentence."""
    toks = p.toks
    lo = p.bounds[toks[k].sent][0]
    return any(
        toks[j - 1].text == "," and (toks[j].low in RELATIVE_WORDS or toks[j].low in SUBORDINATORS)
        for j in range(lo + 1, k)
    )


def _copula_clause(p: Para, cs: int, k: int) -> bool:
    """Tokens ``cs`` to ``k`` are a whole clause with "sein" as its verb ("Dies war nicht
    die erste Auseinandersetzung"), so "und" at ``k`` joins a second main clause."""
    lows = p.lows
    return any(lows[j] in SEIN_FORMS for j in range(cs + 1, k)) and not any(
        lows[j] in MODALS for j in range(cs, k)
    )


def _fronted_object_perfect(
    p: Para, s: int, i: int, parts: list[int], cs: int, ce: int, names: set[int]
) -> Stmt | None:
    """ "Den Vorwurf hat der Bürgermeister entschieden zurückgewiesen": an accusative noun
    phrase opening the clause, the auxiliary, the subject after it and the participle
    closing the clause; the object is what was said."""
    toks = p.toks
    if toks[cs].low not in ("den", "einen", "diesen") or not (i + 1 >= ce or toks[i + 1].is_punct):
        return None
    e = np_end(p, cs, i, set())
    if e is None or e not in parts or toks[e].low not in HABEN:
        return None
    if any(toks[k].is_quote for k in range(e, i)):
        return None  # "Den Plan hatte Merz einen „Unsinn“ genannt": the quoted label
    src = np_after(toks, e + 1, i, names)
    if src is None or not (toks[e + 1].low in DE_ARTICLES or toks[e + 1].text[:1].isupper()):
        return None
    return Stmt(s, "reported", (cs, e), parts, src, False)


def _passive_subject(
    p: Para, s: int, i: int, parts: list[int], cs: int, ce: int, names: set[int]
) -> Stmt | None:
    """ "Die Pläne wurden von der Opposition scharf kritisiert.": a passive cue that closes
    its clause, with the noun phrase before the auxiliary as what was said and the agent as
    the speaker; None without an agent ("Die Pläne wurden kritisiert")."""
    toks = p.toks
    if not (i + 1 >= ce or toks[i + 1].is_punct) or toks[cs].low not in DE_ARTICLES:
        return None
    e = np_end(p, cs, i, set())
    if e is None or e not in parts or toks[e].low not in ("wurde", "wurden", "wird", "werden"):
        return None
    st = Stmt(s, "reported", (cs, e), parts, None)
    agent_as_source(p, st, cs, ce, names)
    return st if st.src is not None else None


def _verb_statement(p, lex, s, i, parts, cs, ce, lo, end, names, lemma="") -> Stmt | None:
    toks = p.toks
    set_phrase = lo
    if toks[i].low in ("hieß", "heißt") and toks[cs].low == "wie":
        # "..., wie es aus Diplomatenkreisen hieß": see marker_cues; "wie die Serie im
        # Original hieß": a name
        return None
    if (
        lemma == "hervorgehen"
        and s > 0
        and cs == lo
        and i == lo + 1
        and toks[lo].low in ("das", "dies")
        and p.lows[i + 1] == "aus"
        and max(parts) > i + 2
    ):  # "Das geht aus einem Bericht des Bundesamts hervor.": the sentence before
        msg, q = _sentence_before(p, s)
        src = (i + 1, max(parts))
        return Stmt(s, "direct" if q else "indirect", msg, parts, src, quote=q, sure=True)
    if (
        p.lang == "de"
        and cs == i > lo
        and toks[i - 1].is_quote
        and toks[lo].low in SUBORDINATORS
        and main_clause_after(p, lo, i, ce)
    ):  # a quotation split the clause: "Während Merz von einem „Fehler“ sprach, ..."
        st = _subordinate_object(p, s, i, parts, lo, names)
        if st is not None:
            return st
    if p.lang == "de":
        st = _fronted_object_perfect(p, s, i, parts, cs, ce, names)
        if st is not None:  # "Den Vorwurf hat der Bürgermeister zurückgewiesen"
            return st
    last_cue = max(parts)
    if p.lang == "en" and any(p.lows[k] == "what" for k in range(cs, i)):
        return None  # "I agree with what President Trump said": its content is not here
    if p.lang == "en" and continues_clause(p, i, cs, lo, last_cue, end):
        # "..., and continues to call for ...", "..., noting that ...": the first subject
        src = sentence_subject(p, lo, cs)
        pron = _pronoun_source(p, src)
        return statement_after(p, lemma, s, i, parts, last_cue + 1, end, src, pron, None)
    if p.lang == "de" and cs + 2 < i and toks[cs + 2].low in AUX and _set_phrase_at(p, cs, end):
        # "Wie berichtet hatte das Ministerium beklagt": the set phrase is no cue clause
        cs += 2
        set_phrase = cs
    # "..., wie Hegseth sagte." / "as he said" / "Wie X, Sprecher der Y, in Z mitteilte"
    if p.lang == "de":
        cs = _wie_before_apposition(p, lo, cs, i)
        if toks[cs].low in ("denn", *_CONJ) and cs + 1 < i and toks[cs + 1].low == "wie":
            cs += 1  # "Denn wie die „Bild“-Zeitung berichtete, ..."
    if toks[cs].low in ("wie", "as"):
        if p.lang == "de" and i == cs + 1 and _set_phrase_at(p, cs, end):
            return None  # "Aber, wie gesagt, ...", "Wie berichtet hatte ...": a set phrase
        src = _subject(p, (cs + 1, i), marks_free=True)
        msg, q = _message_before(p, lo, cs) if cs > lo else ((cs, cs), None)
        colon = p.lang == "en" and ce < end and toks[ce].text == ":"
        # (a conjunction alone is no message: "Denn wie die Zeitung berichtete, ...")
        conj = all(p.lows[k] in ("denn", *_CONJ) for k in range(*msg))
        if colon or conj or (p.lang == "en" and not q and _words_in(p, msg) < 3):
            # "Therefore, as I announced last year, ...", "..., for, as Pericles put it in
            # his oration: '...'" (the colon announces the message)
            msg, q = _message_or_next_quote(p, s, ce, end) if colon else _message_after(p, ce, end)
        return Stmt(
            s,
            "direct" if q else "indirect",
            msg,
            [i, cs, *parts[1:]],
            src,
            bool(src and toks[src[0]].low in PRONOUNS),
            quote=q,
        )
    # "um ... zu fordern": the demand of the main clause's subject
    if i > cs and toks[i - 1].low == "zu" and toks[cs].low in ("um", "und"):
        src = _subject(p, (lo, p.clause(lo)[1]))
        if src:
            src = (src[0], min(src[1], src[0] + 4))
            k = src[0]
            while k < src[1] and not toks[k].text[:1].isupper() and toks[k].low not in PRONOUNS:
                k += 1
            src = np_after(toks, k, src[1], names) or src
        return Stmt(
            s,
            "reported",
            (cs + 1, i - 1),
            parts,
            src,
            bool(src and toks[src[0]].low in PRONOUNS),
            sure=True,
        )
    # the subject of the first of two verbs joined by "und" ("Daglo räumte Verstöße ein
    # und kündigte Ermittlungen an")
    after_und = p.lang == "de" and cs < i - 1 and toks[i - 1].low in _AND
    und_subj = _subject_before_und(p, lo, cs, i - 1) if after_und else None
    if after_und and ce < end:
        # "Die Demonstranten zogen durch die Stadt und riefen „...“": the subject of the
        # first of two coordinated verbs, the message after the second
        subj = und_subj
        if cs > lo and toks[cs - 1].text == ",":  # "X, Sprecher der Y, dankte ... und sagte"
            subj = _apposition_subject(p, lex, lo, cs, i) or subj
        if subj is not None and (toks[ce].text in ",:" or (toks[ce].is_quote and _opens(p, ce))):
            msg, q = _message_after(p, ce, end)
            if msg[1] > msg[0]:
                return Stmt(s, "direct" if q else "indirect", msg, parts, subj, False, quote=q)
    pre = [k for k in range(cs, i) if toks[k].low not in AUX and k not in parts]
    # "Das Institut bestätigte die Befunde": "das" before a noun is the subject's article
    article = (
        p.lang == "de"
        and len(pre) >= 2
        and toks[pre[0]].low in ("das", "dieses")
        and pre[1] == pre[0] + 1
        and toks[pre[1]].text[:1].isupper()
        and not _nominative_after(p, i, parts, ce)  # "Das Gesetz lehnte der Minister ab"
    )
    # "Als er sagte, ...": a subordinate cue clause ending in the verb has its subject inside
    verb_final = (
        toks[cs].low in SUBORDINATORS and len(pre) >= 2 and subordinate_cue_clause(p, cs, i, ce)
    )
    if verb_final and p.lang == "de" and main_clause_after(p, cs, i, ce):
        # "Während Merz die Entscheidung kritisierte, verteidigte Scholz ...": the subject
        # after the subordinator, the object before the verb; the main clause is none
        st = _subordinate_object(p, s, i, parts, cs, names)
        if st is not None:
            return st
    verb_first = p.lang == "de" and modal_opens(p, lex, cs, lo)  # "..., ließ X verlauten"
    # "..., und dann forderte die Opposition ...": the conjunction is outside the clause
    core = pre[1:] if len(pre) > 1 and p.lang == "de" and toks[pre[0]].low in _CONJ else pre
    if (
        p.lang == "de"
        and len(core) > 1
        and toks[core[0]].low in ("auch", "selbst", "sogar")
        and np_end(p, core[1], i, set()) == i
    ):
        core = core[1:]  # "Auch die Opposition kritisierte ...": a focus particle, no inversion
    # a body that speaks after "Das": "Das US-Außenministerium rief Peking ... auf" (not
    # inverted; "Das Gesetz lehnte der Minister ab" is)
    body_first = (
        p.lang == "de"
        and len(core) == 2
        and toks[core[0]].low == "das"
        and is_agent_word(toks[core[1]].text)
    )
    inverted = (
        not article
        and not verb_final
        and (
            not core
            or (
                toks[core[0]].low in OPENERS_NOT_SUBJECT
                and not (p.lang == "en" and toks[core[0]].low == "an")  # "an aide said"
                and not body_first
            )
            or (p.lang == "de" and pronoun_after(p, i, parts, ce))  # "Die Reform lobte er"
            # "Die Pläne kritisierte Merz", "Berichte dementierte das Unternehmen"
            or (p.lang == "de" and thing_then_speaker(p, core, i, parts, ce, names))
            or verb_first
            or (
                p.lang == "de"
                and len(core) <= 2
                and is_opener(toks[core[0]].low)
                and (core[0] not in names)
                and not body_first
            )
        )
    )
    if inverted and p.lang == "en" and after_fronted_adverbial(p, cs, i) > cs:
        inverted = False  # "Madam Speaker, in March [the Chancellor] told this House that"
    if inverted and p.lang == "de" and second_clause_subject(p, cs, i) is not None:
        inverted = False  # "Dies war ... und die Gewerkschaft fordert": not "Dies" inverted
    # the subject before the commas: the cue clause opens with the verb or an adverbial
    # ("Barack Obama, der Kandidat der Demokraten, hat in einer Videobotschaft angekündigt")
    appo = (
        _apposition_subject(p, lex, lo, cs, i)
        if p.lang == "de"
        and (not pre or toks[pre[0]].low in _ADVERBIAL_OPENERS or toks[cs].low in AUX)
        else None
    )
    if (
        appo is not None
        and appo[1] < cs - 1
        and toks[appo[0]].low in DE_ARTICLES
        and _nominative_after(p, i, parts, ce)
    ):  # before a relative clause: "Der SZ, die ..., sagte Beckenbauer nun, ..." (not a
        # name: "Doleschal, der ..., forderte Nachbesserungen")
        appo = None
    if appo is not None:
        # "Der Leiter des Programms, Klaus Stöhr, sagte: ..." -- the subject is before the commas
        k = max(parts) + 1
        quoted = (
            ce < end
            and toks[ce].is_quote
            and _opens(p, ce)
            and not any(toks[x].text[:1].isupper() for x in range(k, ce))
        )  # a quotation, no object before it: "Verstappen, der ..., sprach von einem „...“"
        if ce < end and (toks[ce].text in ",:" or quoted):
            msg, q = _message_or_next_quote(p, s, ce, end)
            if msg[1] > msg[0]:
                return Stmt(s, "direct" if q else "indirect", msg, parts, appo, False, quote=q)
        rest = [x for x in range(k, ce) if not toks[x].is_punct and x not in parts]
        one_noun = (
            len(rest) == 1
            and rest[0] not in names
            and _noun_next(toks[rest[0]])
            and not _is_name_like(toks[rest[0]].text)  # not "…, meinte Orter"
        )
        if lemma in _LABELLING and ce < end and toks[ce].is_quote and _opens(p, ce):
            msg, q = _message_after(p, ce, end)  # "Merz, der ..., nannte den Plan eine „…“"
            if q is not None:  # (only a quotation that ends the sentence)
                return Stmt(s, "direct", msg, parts, appo, False, quote=q, sure=True)
        if len(rest) >= 2 or one_noun:
            # "Doleschal, der seit 2019 im Parlament sitzt, forderte Nachbesserungen"
            return Stmt(s, "reported", (rest[0], rest[-1] + 1), parts, appo, False)
        subject_after = _nominative_after(p, i, parts, ce) or p.lows[i + 1] in ("die", "das")
        obj = None if subject_after else _enclosed_object(p, i, parts, appo, ce)
        inner = [x for x in range(i + 1, ce) if not toks[x].is_punct and x not in parts]
        if (
            obj is None
            and appo[1] == cs - 1
            and max(parts) > i + 2
            and len(inner) >= 2
            and p.lows[i + 1] in ("ein", "eine", "die", "das")
        ):  # "Marine Le Pen, die Fraktionschefin des RN, kündigte ein Misstrauensvotum an":
            # the apposition's subject speaks; the noun phrase before the particle is the object
            obj = (inner[0], inner[-1] + 1)
        if obj is not None:  # "X, Obmann der Union, warf der Linken Versagen vor"
            return Stmt(s, "reported", obj, parts, appo, False, enclosed=True)
    src: tuple[int, int] | None = None
    pron = False
    after_k = last_cue + 1
    if inverted:
        aux_before = [k for k in parts if k < i and toks[k].low in AUX]
        start_k = aux_before[0] + 1 if aux_before else min(i, *(k for k in parts if k > i - 3)) + 1
        if verb_first:
            start_k = cs + 1
        let = next((k for k in range(cs, i) if p.lows[k] in _LET), None)
        if p.lang == "de" and let is not None:
            start_k = let + 1  # "Über seinen Anwalt ließ der Angeklagte erklären, ..."
            parts.append(let)
        while start_k < ce and start_k in parts:  # "äußerte sich die Kanzlerin"
            start_k += 1
        src, pron = _speaker_after(p, start_k, ce, names)
        if lemma == "zitieren" and start_k + 1 < ce and toks[start_k].low == "man":
            # "„...“, zitierte man Yolanda Alvarez": the person quoted speaks
            src, pron = np_after(toks, start_k + 1, ce, names) or src, False
        if src is None and pre and toks[pre[0]].low not in DE_STOP:
            src = _subject(p, (pre[0], i))
        if src:
            after_k = max(after_k, src[1]) if src[0] > i else after_k
            if src[1] > ce:  # a quoted name in the subject: the clause goes on after it
                if src[1] < end and toks[src[1]].text in ",;:":
                    ce = src[1]
                else:
                    ce = p.clause(src[1])[1] if src[1] < end else end
            if (
                p.lang == "de"
                and src[0] > i
                and src[1] < ce
                and attribute_run(p, src[1], ce) == ce
                and _apposition_after(p, (src[0], ce), end, names) is not None
            ):  # "sagte der Koordinator [für Naturkatastrophen], Deftalgne Tessema, ..."
                src = (src[0], ce)
            if p.lang == "de" and src[0] > i and src[1] == ce:
                appo_end = _apposition_after(p, src, end, names)
                if appo_end is not None:  # "sagte der Direktor der IAEO, Mohammed el-Baradei,"
                    src, ce = (src[0], appo_end), appo_end
                    after_k = max(after_k, appo_end)
    else:
        if verb_final:  # "Als Facebook im März die Übernahme verkündete": the first phrase
            src = np_after(toks, cs + 1, i, names) or _subject(p, (cs + 1, i))
        else:
            src = second_clause_subject(p, cs, i) or und_subj or _subject(p, (cs, i))
        if src is None and p.lang == "de":
            # "Der Konservative Cameron selber hatte vor den Wahlen 2015 angekündigt":
            # the subject is before the finite auxiliary
            aux = next((k for k in range(cs + 1, i) if toks[k].low in AUX), None)
            src = _subject(p, (cs, aux)) if aux is not None else None
        aux_k = next((k for k in parts if k < i and toks[k].low in AUX), None)
        if (
            src
            and aux_k is not None
            and src[0] < aux_k < src[1]
            and not any(toks[k].is_quote for k in range(src[0], i))  # "Merkel hatte „...“ gesagt"
        ):
            src = subject_at_auxiliary(p, src, aux_k, i)
        elif src and p.lang == "de":  # "Ein Sprecher wollte den Bericht nicht bestätigen"
            modal = next((k for k in range(src[0] + 1, src[1]) if toks[k].low in MODALS), None)
            if modal is not None:
                src = subject_at_auxiliary(p, src, modal, i)
        front = _apposition_before(p, lex, lo, cs, src) if src and p.lang == "de" else None
        if front is not None:  # "Stephen Singer, ein Klimaexperte vom WWF erklärte, ..."
            src, set_phrase = (front, src[1]), cs  # and no message before the comma
        pron = bool(src and src[1] - src[0] == 1 and toks[src[0]].low in PRONOUNS)
    if src is None and pre and p.lang == "en":
        k = i
        while k > cs and (toks[k - 1].text[:1].isupper() or toks[k - 1].text == "."):
            k -= 1
        src = (k, i) if k < i else None
    if src is None and p.lang == "en" and cs > lo:
        first_ce = p.clause(lo)[1]
        src = _subject(p, (lo, first_ce)) if first_ce < i else None
    if p.lang == "en":
        src = speaker_span(p, src, i, lo)
        if src is None and cs > lo and not passive_en(p, i, lo):
            # "..., and continues to call for", "..., noting that": the sentence's subject
            src = sentence_subject(p, lo, cs)
        pron = _pronoun_source(p, src)
    addr = None
    if p.lang == "en" and toks[i].low in ("told", "tells", "tell", "telling") and after_k < ce:
        a = after_k
        b = a
        while (
            b < ce
            and b - a < 4
            # "told reporters", "told the newspaper" ("the" opens the addressee only); a
            # preposition opens an adverbial ("told reporters outside the court")
            and (
                toks[b].low not in ("that", "on", "in", "at", "he", "she", "they", "the")
                or (b == a and toks[b].low == "the")
            )
            and toks[b].low not in ("outside", "inside", "after", "before", "during", "amid")
            # "told its citizens [to] avoid ...": an infinitive; "told the court [her]
            # client felt ...": a possessive opens the clause's subject
            and toks[b].low != "to"
            and not (b > a and toks[b].low in ("her", "his", "its", "their", "our", "my"))
        ):
            b += 1
        if b > a:
            addr = (a, b)
            after_k = b
    if (
        p.lang == "en"
        and not inverted
        and not (
            cs > lo
            and (toks[cs - 1].text == "," or toks[cs - 1].is_quote)
            and (adverbial_tail(p, after_k, end) or own_clause_after(p, after_k, end))
        )
    ):  # '"We will respond," the ministry said in a statement.': the message is before
        st = statement_after(p, lemma, s, i, parts, after_k, end, src, pron, addr)
        if st is not None:
            return st
        if after_k < end and p.lows[after_k] == "by" and passive_en(p, i, lo):
            return None  # "a movement that has been rejected by scholars": no message here
    if p.lang == "en" and inverted and not pre and src and apposition_en(p, src[1], cs):
        # "Senator Jane Miller, a Democrat from Ohio, warned that ...": the subject before
        # the apposition, the message after the verb
        st = statement_after(p, lemma, s, i, parts, after_k, end, src, pron, addr)
        if st is not None:
            return st
    coordinated = len(pre) == 1 and pre[0] == cs and toks[cs].low in _AND
    if (
        p.lang == "de"
        and not pre
        and i + 2 < ce
        and p.lows[i + 1] in _SECOND_VERB_ADVERBS
        and (p.lows[i + 2] not in DE_ARTICLES or _object_after_report(p, lex, lo, cs, i + 2))
        and p.lows[i + 2] not in PRONOUNS
        and i + 2 not in names
    ):  # "Der Mieterbund begrüßte die Pläne, forderte aber schärfere Sanktionen": the
        # subject of the first verb; not "..., forderte aber die Opposition"
        subj = _coordinated_subject(p, lo, cs)
        if subj is not None:
            if ce < end and toks[ce].text in ",:":
                msg, q = _message_after(p, ce, end)
                if msg[1] > msg[0]:
                    return Stmt(s, "direct" if q else "indirect", msg, parts, subj, quote=q)
            hi = min(ce, end)
            if hi > i + 3 and p.lows[hi - 1] in SEPARABLE_PARTICLES:
                hi -= 1  # not the particle: "mahnte aber eine längere Laufzeit [an]"
            return Stmt(s, "reported", (i + 2, hi), parts, subj)
    if (
        p.lang == "de"
        and src is None
        and (not pre or coordinated)
        and ce < end
        and (toks[ce].text in ",:" or (toks[ce].is_quote and _opens(p, ce)))
    ):
        # "Die UN bestätigten den Vorfall, teilten jedoch mit, ...", "Er nannte das „falsch“
        # und kündigte an, ...": the subject of the first of two coordinated verbs
        subj = _coordinated_subject(p, lo, cs, after_und=coordinated)
        if subj is not None:
            msg, q = _message_after(p, ce, end)
            if msg[1] > msg[0]:
                return Stmt(s, "direct" if q else "indirect", msg, parts, subj, False, quote=q)
    if p.lang == "de" and src is None and _quoted_name_subject(p, lo, cs, i, ce, end):
        # "„Die Linke“ forderte, ...": the quotation is the subject's name, no message
        msg, q = _message_after(p, ce, end)
        if msg[1] > msg[0]:
            return Stmt(s, "direct" if q else "indirect", msg, parts, (lo, cs), False, quote=q)
    if p.lang == "de" and not verb_final and not coordinated:
        st = split_main_clause(p, s, i, parts, lo, cs, ce, end)
        if st is not None:  # "Gestern hat die Polizei, wie berichtet, mitgeteilt, dass"
            return st
    if (
        p.lang == "de"
        and src is not None
        and _question_opener(p, lo, cs)
        and not (ce < end and toks[ce].text in ",:")
    ):  # "Auf die Frage, ob ..., antwortete Reiter ausweichend.": the answering, reported
        return Stmt(s, "reported", (lo, end), parts, src, pron, addr=addr)
    # "..., Frontzeck sprach von einem Erfolg": no message before the comma
    own_main_clause = p.lang == "de" and not inverted and subject_opens(p, lex, cs, i, end, src, lo)
    if own_main_clause and silent_main_clause(p, lex, i, ce, end):
        return None  # "..., dass Frauen höher sprächen, sagte Engel": not this verb's message
    if p.lang == "de" and cs > lo and ce < end and toks[ce].text == ":":
        # "Im Brief an Chirac erklärt er: „...“": the quotation the colon announces, unless
        # the words before are a message of their own ("Das sei falsch, sagte er: „...“")
        msg, q = _message_or_next_quote(p, s, ce, end)
        own = any(t.is_quote or t.low in lex.subjunctive for t in toks[lo:cs])
        if q is not None and not own:
            return Stmt(s, "direct", msg, parts, src, pron, quote=q, addr=addr)
    # "Wie das Bundesamt mitteilte, meldeten die Gerichte ...": a cue clause, no message
    wie_clause = (
        p.lang == "de"
        and toks[lo].low == "wie"
        and any(p.lows[k] in lex.verbs or p.lows[k] in lex.joined for k in range(lo, cs))
    )
    # "Es gibt Leute, die sagen, das Smartphone sei auserzählt": a relative cue clause
    # with its message after it
    relative_cue = (
        p.lang == "de"
        and cs > lo
        and toks[cs - 1].text == ","
        and toks[cs].low in ("der", "die", "welche", "welcher")
        and ce < end
        and toks[ce].text == ","
    )
    if relative_cue and _main_clause_goes_on(p, ce, end):
        return None  # "Orbán, der die Hilfen seit Monaten kritisiert, blieb fern"
    if (
        cs > set_phrase
        and not wie_clause
        and not relative_cue
        and not (toks[cs - 1].is_quote and _opens(p, cs - 1))
        and not _subordinate_before(p, lo, cs)
        and not (coordinated and p.lang == "de")  # "..., und verglich X": no message before
        and not verb_final  # "...: Als die Berufung verkündet wurde, ..."
        # "..., und dann forderte die Opposition Neuwahlen": a coordinated main clause
        and not (p.lang == "de" and toks[cs].low in _CONJ)
        and not own_main_clause
        and not (p.lang == "en" and toks[cs].low in ("who", "which"))  # "..., who said:"
        and not (p.lang == "de" and cs == lo + 3 and _set_phrase_at(p, lo, end))  # "Wie berichtet,"
        and not (p.lang == "de" and _question_opener(p, lo, cs))  # "Auf die Frage, ob ..."
        and not (p.lang == "de" and _dass_after_dash(p, cs, ce, end))
        and not (p.lang == "de" and _participle_phrase_before(p, lo, cs))
    ):
        # the cue clause follows the message: "..., sagte Hegseth." / "„...“, so Hegseth"
        # after a dateline: "KYIV, Feb 12 (Reuters) - Russia launched ...", 'LONDON (AP) —
        # "The economy is resilient," Bailey said'
        if p.lang == "en":  # "..., the Paris prosecutor, Laure Beccuau, said": no role
            msg, q = _message_before(p, dateline_end(p, lo, cs), message_end_before(p, lo, cs))
        else:
            msg, q = _message_before(p, lo, cs)
        if msg[1] > msg[0] and (q or _has_words(p, msg)):
            return Stmt(s, "direct" if q else "indirect", msg, parts, src, pron, quote=q, addr=addr)
    rest = [k for k in range(after_k, ce) if not toks[k].is_punct and k not in parts]
    if (
        p.lang == "de"
        and inverted
        and src
        and src[0] > i
        and pre == [lo]
        and (
            (toks[lo].low in ("das", "dies") and lemma in _PASSING_ON)
            or (toks[lo].low, lemma) in (("davor", "warnen"), ("darauf", "hinweisen"))
        )
        and not (ce < end and toks[ce].text in ",:" and not _after_apposition(p, src, ce, end))
    ):  # "Verletzt wurde niemand. Das teilte die Polizei mit.": the sentence before
        # ("Viele Kliniken stehen vor dem Aus. Davor warnt die Krankenhausgesellschaft.")
        if s == 0:
            return None  # nothing before it in the paragraph: not the words after the verb
        msg, q = _sentence_before(p, s)
        if msg[1] > msg[0]:
            kind = "direct" if q else "indirect"
            sure = toks[lo].low in ("davor", "darauf")  # rare in the training text
            return Stmt(s, kind, msg, parts, src, pron, quote=q, addr=addr, sure=sure)
    if (
        p.lang == "de"
        and inverted
        and src
        and src[0] > i
        and not (ce < end and toks[ce].text in ",:")
        and fronted_object(p, pre, rest)
    ):  # "Diese Forderung wiederholte er am Montag": the fronted object is the message
        return Stmt(s, "reported", (pre[0], pre[-1] + 1), parts, src, pron, addr=addr)
    if (
        verb_final
        and src
        and toks[cs].low in ("als", "nachdem")
        and main_clause_after(p, cs, i, ce)
        and not passive(p, i, parts)
        and not any(toks[k].low in ("nicht", "und", "oder") for k in range(cs, i))
    ):
        # "Als Facebook die Übernahme von Oculus VR verkündete, reagierten ...": the object
        obj = next((k for k in range(src[1], i) if toks[k].low in OBJECT_LEAD), None)
        if obj is not None and i - obj >= 2:
            return Stmt(s, "reported", (obj, i), parts, src, pron, addr=addr)
    if p.lang == "en" and inverted:  # a subject before the verb: statement_after tried it
        k = after_k
        while k < end and toks[k].low in ("that", ",", ":"):
            k += 1
        if k < end and (ce >= end or len(rest) > 2):
            msg, q = _message_after(p, k, end)
            if msg[1] > msg[0]:
                return Stmt(
                    s, "direct" if q else "indirect", msg, parts, src, pron, quote=q, addr=addr
                )
    conj = ce + 1 < end and toks[ce + 1].low in (
        "aber",
        "und",
        "oder",
        "sondern",
        "denn",
        "doch",
        "but",
        "and",
        "or",
    )
    relative = p.lang == "de" and len(rest) >= 2 and _relative_clause_at(p, ce + 1, end)
    adverbial = p.lang == "de" and ce < end and toks[ce].text == ","
    adverbial = adverbial and _adverbial_clause_at(p, lex, ce + 1, end)
    if (
        ce < end
        and toks[ce].text in ",:"
        and not conj
        and not relative  # "kritisiert Blogs, in denen ...": the object's relative clause
        and not adverbial
        and not main_clause_after(p, cs, i, ce)
    ) or (ce < end and toks[ce].is_quote and _opens(p, ce)):
        msg, q = _message_or_next_quote(p, s, ce, end)
        if q is None and verb_final:
            msg = before_main_clause(p, msg)  # "Als er sagte, ..., jubelten alle."
        if q is None and msg[1] > msg[0] and toks[msg[0]].low in lex.verbs:
            return None  # "Ihm werde Mord vorgeworfen, sagte eine Sprecherin": a cue clause
        # "Aiwanger kritisierte ein Bürokratiemonster, Bayaz forderte …": the object is the
        # message (below), the next clause a statement of its own
        other = q is None and len(rest) >= 2 and _speech_clause_at(p, lex, msg)
        if msg[1] > msg[0] and not other:
            return Stmt(s, "direct" if q else "indirect", msg, parts, src, pron, quote=q, addr=addr)
    if len(rest) >= 2:
        r_lo, r_hi = rest[0], rest[-1] + 1
        if src and src[0] >= r_lo and src[1] <= r_hi and src[0] == r_lo:
            r_lo = src[1]
        if r_hi > r_lo:
            before = _this_reported(p, s, r_lo, lemma)
            if before is not None:
                return Stmt(s, "indirect", before, parts, src, pron, addr=addr)
            return Stmt(s, "reported", (r_lo, r_hi), parts, src, pron, addr=addr)
    label = _label_before(p, cs, i) if lemma in _LABELLING and p.lang == "de" else None
    if label is not None:  # "Der Kanzler hat den Plan als „verlogen“ bezeichnet."
        return Stmt(s, "direct", (label[0] + 1, label[1]), parts, src, pron, quote=label, sure=True)
    aux_k = next((k for k in parts if k < i and toks[k].low in AUX), None)
    if p.lang == "de" and src and aux_k is not None and src[0] < aux_k < src[1]:
        # "Merkel hatte „Wir schaffen das“ gesagt.": the subject before the auxiliary, the
        # quotation between it and the clause-final cue the direct message
        subj = _subject(p, (src[0], aux_k))
        q = _quoted_object(p, aux_k, i) if subj else None
        if q is not None:
            pron = subj is not None and toks[subj[0]].low in PRONOUNS
            return Stmt(s, "direct", (q[0] + 1, q[1]), parts, subj, pron, quote=q, addr=addr)
    if p.lang == "de" and src and src[1] < i:  # "Zwanziger hat dies am Montag gesagt"
        k = src[1]
        while k < i and p.lows[k] in AUX:
            k += 1
        before = _this_reported(p, s, k, lemma)
        if before is not None:
            return Stmt(s, "indirect", before, parts, src, pron, addr=addr)
    obj = (
        _enclosed_object(p, i, parts, src, ce, lemma, adverbial) if p.lang == "de" and src else None
    )
    if obj is not None:  # "Scholz schloss eine Lieferung aus", "hat X aufgefordert"
        return Stmt(s, "reported", obj, parts, src, pron, addr=addr, enclosed=True)
    return None


def _this_reported(p: Para, s: int, k: int, lemma: str) -> tuple[int, int] | None:
    """The sentence before sentence ``s`` when the object at ``k`` of a verb of passing
    on is "dies" or "das" alone ("Theo Zwanziger hatte dies auf einer Tagung mitgeteilt"),
    else None."""
    if p.lang != "de" or s == 0 or lemma not in _PASSING_ON or p.lows[k] not in ("dies", "das"):
        return None
    nxt = p.toks[k + 1]
    if nxt.text[:1].isupper() or nxt.low.endswith(ADJ_ENDINGS):
        return None  # "das Vorhaben", "das neue Gesetz": an article
    msg, q = _sentence_before(p, s)
    return msg if q is None and msg[1] > msg[0] else None
