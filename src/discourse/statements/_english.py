"""English speech verbs: which cue words are verbs, who their subject is, and what they report.

English word forms are ambiguous: "calls", "report", "demands", "warning" or "saying" are as
often nouns as verbs ("the clarion call", "territorial claims", "growing demands", "the old
saying"), and "respond", "observe" or "add" often mean no speech at all ("respond to
challenges", "when we observe the climate", "add their voices"). :func:`verb_reading` decides
from the words around a candidate:

- a determiner, a genitive or a preposition before it, or "of" after it: a noun;
- an "-ing" form only after a form of "be" ("we're proposing") or as a participle after a
  comma that introduces a that-clause ("..., noting that ...");
- a base form after a subject pronoun, a modal, "to", "let me/us" or "and";
- a third-person "-s" form after a name, a pronoun, a comma or a bracket, or after a noun
  when a that-clause, colon or quotation follows ("the government says that ...");
- verbs that report only a clause ("respond", "reply", "observe", "add", "state") and every
  passive ("it was said") only with a that-clause, colon, comma or quotation after them.

:func:`speaker_span` trims the subject the general rules found to the speaker ("I" in "I
would like to take this opportunity to", "me" in "Let me"); a passive without a "by" agent has
none. :func:`addressee_end` finds the "to" of "We urge the Council to act" (the Council is the
addressee, "to act" the content) and the "that" of "I remind the Assembly that ...";
:func:`statement_after` builds the statement whose message follows the verb.
"""

from __future__ import annotations

from discourse.statements._rules import Para, Stmt, _message_after
from discourse.statements._words import AUX, EN_ADVERBS

BE = {"am", "is", "are", "was", "were", "be", "been", "being"}
_HAVE = {"have", "has", "had", "having"}
MODALS = {
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "cannot",
    "do", "does", "did",
}  # fmt: skip
_NOMINATIVE = {"i", "we", "you", "he", "she", "they"}
# the tokenizer keeps contractions whole: "He's", "we're", "I’m", "Let's"
_CONTRACTED = _NOMINATIVE | {"it", "that", "who", "there", "let"}
_DETERMINERS = {
    "the", "a", "an", "this", "these", "those", "its", "our", "their", "his", "her", "my",
    "your", "any", "every", "no", "each", "some", "such", "another", "neutral", "whose",
}  # fmt: skip
PREPOSITIONS_EN = {
    "of", "on", "in", "at", "for", "by", "with", "from", "into", "about", "against", "over",
    "under", "between", "among", "without", "through", "during", "after", "before", "towards",
    "toward", "upon", "within", "across", "beyond", "like", "via",
}  # fmt: skip
# the shared list of English adverbs (without its auxiliaries) and more that stand between a
# subject and its verb or after the verb
_ADVERBS = (EN_ADVERBS - AUX) | {
    "therefore", "further", "hereby", "thus", "hence", "indeed", "always", "n't", "only",
    "already", "all", "both", "furthermore", "moreover", "tonight", "long", "earlier", "here",
}  # fmt: skip
# determiners that are pronouns before a past tense: "Some said", "Those who ... claimed"
_PRONOUN_DETERMINERS = {"some", "each", "these", "those", "this", "another", "any"}
# subordinators: a subject before them is not the subject of the cue verb after them ("I
# agree with what President Trump said")
_SUBORDINATORS = {
    "what", "whatever", "why", "how", "when", "if", "because", "while", "whereas", "since", "although",
    "though", "after", "before", "until", "unless", "where",
}  # fmt: skip
# verbs that report a clause, never an object: "respond to challenges" is no statement
_CLAUSE_ONLY = {"respond", "reply", "observe", "add", "state", "report", "write", "explain"}
# verbs whose object (not a that-clause) is what was said or demanded: kind "reported"
OBJECT_VERBS = {
    "call for", "call on", "call upon", "urge", "demand", "reiterate", "announce", "pledge",
    "promise", "propose", "stress", "emphasize", "acknowledge", "deny", "confirm", "vow",
}  # fmt: skip
# verbs with an addressee before the infinitive: "We urge the Council to act"
_ADDRESSEE_VERBS = {"urge", "ask", "call on", "call upon", "invite", "encourage", "tell"}
# verbs with an addressee before the that-clause: "I want to reassure all Member States that"
_THAT_ADDRESSEE_VERBS = {"remind", "inform", "reassure", "assure", "warn"}


_NEGATORS = ("not", "never")


def adverb_en(low: str) -> bool:
    """An English adverb (a closed list, or a word in "-ly")."""
    return low in _ADVERBS or (low.endswith("ly") and len(low) > 4)


def _contraction(low: str) -> tuple[str, str] | None:
    """("he", "s") for "He's", ("we", "re") for "we’re"; None for anything else (a genitive
    such as "Marti's" has no pronoun before the apostrophe)."""
    head, _, tail = low.replace("’", "'").partition("'")
    return (head, tail) if tail and head in _CONTRACTED else None


def _aux_like(low: str) -> bool:
    """An auxiliary, a modal or a contracted one ("he's", "we're", "I've")."""
    if low in MODALS or low in BE or low in _HAVE:
        return True
    c = _contraction(low)
    return c is not None and c[1] in ("s", "re", "m", "ve", "ll", "d")


def _back(p: Para, k: int, lo: int) -> int:
    """The first index at or before ``k`` that is no adverb (``lo - 1`` when none is)."""
    while k >= lo and adverb_en(p.lows[k]):
        k -= 1
    return k


def _clause_follows(p: Para, k: int, hi: int) -> bool:
    """A that-clause, a colon, a comma or a quotation mark at ``k`` (after adverbs), or a
    that-clause after a short prepositional phrase ("reported on Monday that", "wrote in a
    letter that")."""
    while k < hi and adverb_en(p.lows[k]):
        k += 1
    if k >= hi:
        return False
    t = p.toks[k]
    if t.low in ("that", "whether", ":", ",") or t.is_quote:
        return True
    if t.low not in PREPOSITIONS_EN:
        return False
    for j in range(k + 1, min(hi, k + 7)):
        if p.lows[j] == "that":
            return True
        if p.toks[j].is_punct or p.lows[j] in MODALS or p.lows[j] in BE:
            return False
    return False


def _quote_before(p: Para, i: int, lo: int) -> bool:
    """A quotation ends right before the subject of the verb at ``i`` ('"...," Peskov
    wrote on Telegram', '"...," the ministry wrote')."""
    k = i - 1
    while k >= lo and i - k <= 4 and p.lows[k].isalpha():
        k -= 1
    return lo < k < i - 1 and p.toks[k].is_quote and p.toks[k - 1].text in (",", "?", "!")


def verb_reading(p: Para, i: int, lo: int, hi: int, lemma: str, last: int) -> bool:
    """The cue candidate at ``i`` (lemma ``lemma``; ``last``: its last cue token, the
    particle of "call for") is a verb of saying here, not a noun or another sense."""
    toks, lows = p.toks, p.lows
    low = lows[i]
    k = _back(p, i - 1, lo)
    prev = lows[k] if k >= lo else ""
    nxt = lows[last + 1] if last + 1 < hi else ""
    past = not (low.endswith(("s", "ing")) or low == lemma.split()[0])
    genitive = prev.endswith(("'s", "’s")) and _contraction(prev) is None  # not "He's said"
    if (prev in _DETERMINERS and not (past and prev in _PRONOUN_DETERMINERS)) or (
        prev in PREPOSITIONS_EN or genitive
    ):
        return False  # "the call", "on state highway 13", "Marti's telling"; not "Some said"
    if nxt == "of":
        return False  # "states of all sizes", "the call of history"
    if lemma in _CLAUSE_ONLY and not (_clause_follows(p, last + 1, hi) or _quote_before(p, i, lo)):
        return False
    if low.endswith("ing"):
        if prev in BE or (_contraction(prev) or ("", ""))[1] in ("s", "re", "m"):
            return True  # "I am announcing tonight", "he's saying"
        return k >= lo and toks[k].text == "," and _clause_follows(p, last + 1, hi)
    if prev in BE:  # a passive: "it was said that ...", "as was announced"
        return _clause_follows(p, last + 1, hi) or nxt == "by"
    if past and nxt == "by" and k >= lo and toks[k].text[:1].islower() and prev not in _HAVE:
        return False  # "the documents proposed by Kyrgyzstan": a participle
    if low == lemma.split()[0]:  # the base form
        if prev in ("me", "us"):
            return k - 1 >= lo and lows[k - 1] == "let"
        return (
            prev in _NOMINATIVE
            or prev in MODALS
            or prev in ("to", "and", "or")
            or (_contraction(prev) or ("", ""))[0] in ("let", "i", "we", "you", "they")
            or (k >= lo and toks[k].text[:1].isupper() and prev not in ("it", "that", "this"))
        )
    if low.endswith("s") and not low.endswith("ss"):  # third person
        if k < lo:
            return False
        t = toks[k]
        if prev in ("that", "this", "which"):
            return False  # "That confirms that", "the model, which emphasizes science"
        if t.text[:1].isupper() or prev in ("he", "she", "it", "who", "one") or t.text in ",)":
            return True
        # after a noun only before a clause ("the government says that", "says it will";
        # not "growing demands, ...")
        nxt_tok = toks[last + 1] if last + 1 < hi else None
        return nxt_tok is not None and (
            nxt_tok.low in ("that", ":", "it", "there") or nxt_tok.low in _NOMINATIVE
            or nxt_tok.is_quote
        )  # fmt: skip
    return True  # a past tense: "Lech Walesa declared", "have admitted"


def passive_en(p: Para, i: int, lo: int) -> bool:
    """The cue verb at ``i`` is a passive participle ("it was said", "should be noted")."""
    k = _back(p, i - 1, lo)
    return k >= lo and p.lows[k] in BE and not p.lows[i].endswith("ing")


def speaker_span(p: Para, src: tuple[int, int] | None, i: int, lo: int) -> tuple[int, int] | None:
    """The speaker within the subject span ``src`` of the verb at ``i``: a nominative
    pronoun in it ("I" in "I am proud to", "All I can"), "me"/"us" after "let", else the span
    without the modals, auxiliaries, adverbs and "to" at its end; None for a passive without
    an agent ("It should be noted that")."""
    if src is None:
        return None
    lows = p.lows
    if passive_en(p, i, lo):
        return None  # the speaker, if any, is the "by" agent
    k = _back(p, i - 1, lo)
    if k >= lo and lows[k] == "who":  # "Winston Churchill, who said": the antecedent
        j = k - 1 if k - 1 >= lo and p.toks[k - 1].text == "," else k
        h = j
        while h > lo and p.toks[h - 1].text[:1].isupper() and not p.toks[h - 1].is_punct:
            h -= 1
        if h < j:
            return (h, j)
    a, b = src
    toks = p.toks
    subs = [
        j
        for j in range(a, i)
        if lows[j] in _SUBORDINATORS
        # not a parenthesis: "The minister, while visiting Kyiv, said"
        and not (
            j > a and toks[j - 1].text == "," and any(toks[x].text == "," for x in range(j, i))
        )
    ]
    if subs:  # "I agree with what President Trump said", "That is why New Zealand calls"
        a, b = subs[-1] + 1, max(b, i)
    lead = a + (a < b and (lows[a] in ("all", "and", "but", "so") or adverb_en(lows[a])))
    for j in (a, lead) if lead < b else (a,):
        if lows[j] in _NOMINATIVE or (_contraction(lows[j]) or ("", ""))[0] in _NOMINATIVE:
            return (j, j + 1)  # "I would like to ...", "All I can say", "I'm pleased to"
    for j in range(a + 1, b):
        if lows[j] in ("me", "us") and lows[j - 1] in ("let", "allow"):
            return (j, j + 1)  # "Let me", "Allow me to"
    while b > a and (_aux_like(lows[b - 1]) or lows[b - 1] == "to" or adverb_en(lows[b - 1])):
        b -= 1
    if b > a and (lows[a] in PREPOSITIONS_EN or lows[a] in ("and", "or")):
        return None  # "At this time", "In my view": not the subject
    return (a, b) if b > a else None


def sentence_subject(p: Para, lo: int, end: int) -> tuple[int, int] | None:
    """The subject that opens the sentence's first main clause: a nominative pronoun near
    its start or a run of capitalised words (with "the"), after up to three introductory
    phrases and their commas ("In this regard, Sierra Leone fully supports ...", "Last year
    we hosted ..."). The speaker of a cue verb coordinated with the first verb ("..., and
    continues to call for") or of a participle ("..., noting that")."""
    toks, lows = p.toks, p.lows
    a = lo
    closing = next((c for o, c, depth, _ in p.quotes if o == lo and depth == 0 and c < end), None)
    if closing is not None:  # '"We will respond," Peskov said, adding ...': not inside the quote
        a = closing + 1
        while a < end and toks[a].text in ",;:–—":
            a += 1
    for _ in range(3):
        while a < end and (adverb_en(lows[a]) or lows[a] in ("and", "but", "so")):
            a += 1
        comma = next((j for j in range(a, min(end, a + 8)) if toks[j].text == ","), None)
        opener = a < end and (
            lows[a] in PREPOSITIONS_EN or lows[a] in _SUBORDINATORS or lows[a] == "as"
        )
        if a < end and not opener:
            head = a + (lows[a] == "the")
            while head < min(end, a + 3) and lows[head].isalpha() and lows[head] == toks[head].text:
                head += 1  # "The late Kofi Annan"
            b = head
            while b < end and toks[b].text[:1].isupper() and not toks[b].is_punct:
                b += 1
            nxt = comma + 1 if comma is not None else end
            while nxt < end and adverb_en(lows[nxt]):
                nxt += 1
            intro = comma is not None and nxt < end and lows[nxt] in _NOMINATIVE
            # a one-word opener before a pronoun: "Last year we hosted", not "Germany, which we"
            early = next((j for j in range(a + 1, min(end, a + 4)) if lows[j] in _NOMINATIVE), None)
            if (
                early is not None
                and b == a + 1
                and all(
                    toks[x].text.isalpha() and lows[x] not in ("which", "who")
                    for x in range(a + 1, early)
                )
            ):
                return (early, early + 1)
            if b > head and lows[a] not in _NOMINATIVE and not (a == lo and b == a + 1 and intro):
                return (a, b)  # not "Last week in Canberra, we ...", "Today, I ..."
            if b == head > a + 1 and lows[a] in _DETERMINERS and head == comma:
                return (a, head)  # "The minister, while visiting Kyiv, said that"
            # "Last year we hosted ...": a pronoun early in the clause
            near = next((j for j in range(a, min(end, a + 4)) if lows[j] in _NOMINATIVE), None)
            if near is not None:
                return (near, near + 1)
        if comma is None:
            return None
        a = comma + 1
    return None


def continues_clause(p: Para, i: int, cs: int, lo: int, last: int, hi: int) -> bool:
    """The cue verb at ``i`` (its last cue token at ``last``) continues the sentence's first
    clause with its subject: a participle after a comma ("..., noting that ..."), a verb
    opening a clause with its particle or a that-clause after it ("Morocco, which has
    ..., calls on"), or a verb after "and" without a subject of its own ("..., and
    continues to call for ...")."""
    if cs <= lo:
        return False
    lows, toks = p.lows, p.toks
    if i == cs and toks[cs - 1].text == ",":
        # "..., noting that", "Morocco, which has ..., calls on all States to"
        return lows[i].endswith("ing") or last > i or (last + 1 < hi and lows[last + 1] == "that")
    # only adverbs, auxiliaries and verbs before "to" in between ("and continues to call
    # for"), no subject ("and experts said", "but many officials said")
    return lows[cs] in ("and", "but") and all(
        adverb_en(lows[k]) or _aux_like(lows[k]) or lows[k] == "to"
        or (k + 1 < i and lows[k + 1] == "to")
        for k in range(cs + 1, i)
    )  # fmt: skip


def addressee_end(p: Para, lemma: str, k: int, end: int) -> int | None:
    """The index of "to" or "that" that opens the content after the addressee at ``k`` of
    "urge", "ask", "call on" ("We urge [the Council] to act") or "remind", "reassure" ("I
    want to reassure [all Member States] that ..."), or None."""
    opener = (
        "to" if lemma in _ADDRESSEE_VERBS else "that" if lemma in _THAT_ADDRESSEE_VERBS else None
    )
    if opener is None:
        return None
    toks = p.toks
    for j in range(k, min(end, k + (40 if opener == "to" else 12))):
        t = toks[j]
        if t.low == opener and j > k:
            if opener == "that":
                return j
            nxt = toks[j + 1] if j + 1 < end else None
            # "to" before a verb, not "to the conflict", "a return to the table"
            if (
                nxt is not None
                and nxt.text.isalpha()
                and nxt.text.islower()
                and not (nxt.low in _DETERMINERS or nxt.low in PREPOSITIONS_EN)
            ):
                return j
            continue
        if t.low in ("that", ";", ":", "where", "who", "which", "whether", "if", "how"):
            return None
        if t.is_quote or t.is_punct and t.text != "," or _aux_like(t.low):
            return None
        if t.text == "," and opener == "that":
            return None
    return None


def adverbial_tail(p: Para, k: int, end: int) -> bool:
    """What follows an English cue verb from token ``k`` is an adverbial, no message:
    "in a statement", "late on Tuesday", "at a press conference in Moscow", ", adding that
    ..." (a participle after a comma); not "that ...", a quotation or a colon."""
    toks = p.toks
    if k < end and toks[k].text == ",":
        return k + 1 < end and toks[k + 1].low.endswith("ing") and toks[k + 1].low != "saying"
    if k >= end or not (
        toks[k].low in PREPOSITIONS_EN
        or adverb_en(toks[k].low)
        or toks[k].low in ("late", "early", "earlier", "last", "this")
    ):
        return False
    for j in range(k, end):
        t = toks[j]
        if t.low in ("that", "whether", ":") or t.is_quote:
            return False
        if t.text in ",;":
            return adverbial_tail(p, j, end)
    return True


def apposition_en(p: Para, a: int, cs: int) -> bool:
    """Tokens ``a`` .. ``cs`` are an apposition or a relative clause set off by commas
    after a subject: ", a Democrat from Ohio,", ", Germany's defence minister,", ", who
    chairs the committee,"; no quotation, colon or that-clause."""
    toks, lows = p.toks, p.lows
    if not (a + 2 < cs <= len(toks) and toks[a].text == "," and toks[cs - 1].text == ","):
        return False
    first = toks[a + 1]
    if not (
        lows[a + 1] in ("a", "an", "the", "who", "which", "his", "her", "its", "their")
        or first.text[:1].isupper()
    ):
        return False
    return cs - a <= 14 and not any(
        toks[j].is_quote or lows[j] in ("that", ":", ";") for j in range(a + 1, cs - 1)
    )


def statement_after(p: Para, lemma: str, s, i, parts, k, end, src, pron, addr) -> Stmt | None:
    """The statement of an English cue verb at ``i`` (cue tokens ``parts``) whose subject
    ``src`` stands before it: the message from token ``k`` on ("said that ...", "We call
    for ..."), after the addressee of "urge", "call on" ("We urge the Council to act":
    content "to act"); None when too little follows."""
    toks = p.toks
    to = addressee_end(p, lemma, k, end)
    if to is not None:
        addr, k = ((k, to) if to > k else addr), to
        to = to if toks[to].low == "to" else None
        if to is not None and addr and to - 1 > addr[0] and toks[to - 1].low in _NEGATORS:
            addr, k = (addr[0], to - 1), to - 1  # "ask our partners [not to lift ...]"
    if k + 1 < end and toks[k].low in ("is", "was") and toks[k + 1].low == "that":
        k += 1  # "All I can say is that ..."
    quote = next((j for j in range(k, min(end, k + 6)) if toks[j].is_quote), None)
    if quote is not None and any(toks[j].text in ",:" for j in range(k, quote)):
        k = quote  # "who said in 1953, “Those who ...”": the quotation
    if k < end and toks[k].low in PREPOSITIONS_EN:  # "reported on Monday that ..."
        that_k = next((j for j in range(k + 1, min(end, k + 7)) if toks[j].low == "that"), None)
        if that_k is not None and not any(toks[j].is_punct for j in range(k, that_k)):
            k = that_k
    while (
        k < end - 1
        and adverb_en(toks[k].low)
        and toks[k].low not in _NEGATORS
        and not toks[k + 1].is_punct
    ):
        k += 1  # "announcing tonight a new commission" (not "said that, ultimately, ...")
    that = k < end and toks[k].low == "that"
    while k < end and toks[k].low in ("that", ",", ":"):
        k += 1
    if end - k < (2 if to is not None else 1 if lemma in OBJECT_VERBS and not that else 3):
        return None  # "We demand justice.", "urge X to act", but not "as he said earlier."
    msg, q = _message_after(p, k, end)
    marks = [j for j in range(*msg) if toks[j].is_quote]
    if not q and len(marks) % 2 and marks[-1] == msg[1] - 1:
        msg = (msg[0], msg[1] - 1)  # the closing mark of a quotation around the statement
    if q:
        kind = "direct"
    elif to is not None or (lemma in OBJECT_VERBS and not that):
        kind = "reported"
    else:
        kind = "indirect"
    return Stmt(s, kind, msg, parts, src, pron, quote=q, addr=addr)
