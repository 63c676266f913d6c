"""English speech verbs: which cue words are verbs, who their subject is, and what they report.

English word forms are ambiguous: "calls", "report", "demands", "warning" or "saying" are as
often nouns as verbs ("the clarion call", "territorial claims", "growing demands", "the old
saying"), and "respond", "observe" or "add" often mean no speech at all ("respond to
challenges", "when we observe the climate", "add their voices"). :func:`verb_reading` decides
from the words around a candidate:

- a determiner, a genitive or a preposition before it, or "of" after it: a noun;
- an "-ing" form only after a form of "be" ("we're proposing") or as a participle after a
  comma that introduces a that-clause ("..., noting that ...") or a labelled object ("...,
  calling the reports a provocation", "..., accusing Moscow of terror");
- a base form after a subject pronoun, a modal, "to", "let me/us" or "and";
- a third-person "-s" form after a name, a pronoun, a comma or a bracket, or after a noun
  when a that-clause, colon or quotation follows ("the government says that ...");
- verbs that report only a clause ("respond", "reply", "observe", "add", "state") and every
  passive ("it was said") only with a that-clause, colon, comma or quotation after them, or
  after their message ("The war must end, he added.");
- labelling verbs only with their label ('called the ruling "absurd"', "described the talks
  as constructive"); no cue verb after a modal or "to" inside the message of another one
  ("said the alliance would ask members to ...") or in another sense ("declared war").

:func:`speaker_span` trims the subject the general rules found to the speaker ("I" in "I
would like to take this opportunity to", "me" in "Let me", no time phrase or dateline); a
passive without a "by" agent has none. :func:`fronted_subject` finds the subject before
appositions ("John Kirby, a White House spokesman, said Moscow ..."). :func:`addressee_end`
finds the "to" of "We urge the Council to act" (the Council is the addressee, "to act" the
content) and the "that" of "I remind the Assembly that ..."; :func:`statement_after` builds
the statement whose message follows the verb (after a time phrase: "said Tuesday that").
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache

from discourse.statements._clauses import _message_or_next_quote
from discourse.statements._cues import CueLexicon, load_cues
from discourse.statements._rules import Para, Stmt, _message_after
from discourse.statements._speaker_parse import _known
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
    "toward", "upon", "within", "across", "beyond", "like", "via", "outside", "inside", "amid",
    "aboard", "alongside", "beside", "behind", "throughout",
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
_CLAUSE_ONLY = {
    "respond", "reply", "observe", "add", "state", "report", "write", "explain", "allege",
    "rule", "post", "make clear",
}  # fmt: skip
# verbs that report only a that-clause, a colon or a quotation ("maintained that ...";
# not "maintained peace", "revealed the plan", "underlined the importance of",
# "hinted at", "complained of pain", "rather than being countered, ...")
_THAT_ONLY = {
    "clarify", "maintain", "reveal", "complain", "underline", "hint", "counter",
    "interject", "plead", "put it", "answer",  # not "pleaded guilty", "answered the call"
    "project",  # a forecast ("projected that costs would soar"), not "projected images onto"
}  # fmt: skip
# verbs of saying only right after a quotation ('"...," continued Joseph Dickerson', '"...,"
# he continued'): "The fighting continued", "continued to" say nothing
_AFTER_QUOTE_ONLY = {"continue"}
# verbs whose object (not a that-clause) is what was said or demanded: kind "reported"
OBJECT_VERBS = {
    "call for", "call on", "call upon", "urge", "demand", "reiterate", "announce", "pledge",
    "promise", "propose", "stress", "emphasize", "acknowledge", "deny", "confirm", "vow",
    "accuse", "threaten", "describe", "dismiss", "call", "brand", "defend", "praise",
    "denounce", "reject", "criticize", "hail", "advise", "thank", "complain about", "blame",
    "apologise for",
}  # fmt: skip
# verbs that label their object: 'called the ruling "absurd"', "described the talks as
# constructive", 'dismissed the proposal as "a bad idea"' (the label is the message); the
# label of "call" and "brand" follows the object without "as" ('branded it "a betrayal"')
_LABEL_VERBS = {"call", "describe", "dismiss", "brand"}
_NAMING = {"call", "brand"}
# verbs with an addressee before the infinitive: "We urge the Council to act"
_ADDRESSEE_VERBS = {
    "urge", "ask", "call on", "call upon", "invite", "encourage", "tell", "advise",
}  # fmt: skip
# verbs with an addressee before the that-clause: "I want to reassure all Member States that"
_THAT_ADDRESSEE_VERBS = {"remind", "inform", "reassure", "assure", "warn"}


_NEGATORS = ("not", "never")
# verbs before "to" and the cue verb that are no part of its subject ("X wanted to say")
_CONTROL_VERBS = {
    "want", "wants", "wanted", "like", "likes", "liked", "try", "tries", "tried", "hope",
    "hopes", "hoped", "wish", "wishes", "wished", "need", "needs", "needed", "plan", "plans",
    "planned", "intend", "intends", "intended", "seek", "seeks", "sought", "decide",
    "decides", "decided", "continue", "continues", "continued", "refuse", "refuses", "refused",
    "decline", "declines", "declined",
}  # fmt: skip
# verbs whose object is the speaker of "as saying" ("cited Ryabkov as saying")
_CITING = {"cited", "cites", "citing", "quoted", "quotes", "quoting"}
# words of a time phrase after a cue verb or its subject ("said Tuesday that", "said on
# Sunday he would", "Mark Rutte on Wednesday urged")
_TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week",
    "weekend", "month", "year", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip
# words that may open a time phrase before its time word ("late on Tuesday", "last week")
_TIME_LEAD = {"on", "in", "at", "late", "early", "earlier", "last", "this", "next"}
# participles after a comma that open a statement of their own ("..., adding that ...")
_NEW_STATEMENT_PARTICIPLES = {"adding", "saying", "noting", "stressing", "warning", "insisting"}


# nouns in "-ly" that can head a speaker's noun phrase ("her family said", "The Keaton
# family said"): no adverb
_LY_NOUNS = {"family"}


def adverb_en(low: str) -> bool:
    """An English adverb (a closed list, or a word in "-ly" that is no noun)."""
    return low in _ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS)


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


def _surname_may(p: Para, j: int, a: int) -> bool:
    """Token ``j`` is the surname "May" after a capitalised first name, not the modal:
    "Elizabeth [May] said", "Cllr Paul [May] said" (not "The ministry may say")."""
    prev = p.toks[j - 1] if j > a else None
    return (
        p.toks[j].text == "May"
        and prev is not None
        and prev.text[:1].isupper()
        and prev.text.isalpha()
        and prev.low not in _NOMINATIVE
        and prev.low not in ("it", "this", "that", "there")
    )


def _back(p: Para, k: int, lo: int) -> int:
    """The first index at or before ``k`` that is no adverb (``lo - 1`` when none is)."""
    while k >= lo and adverb_en(p.lows[k]):
        k -= 1
    return k


def _ly_name(p: Para, j: int) -> bool:
    """The capitalised word in "-ly" at ``j`` is a name, no adverb ("Ms [Kressly] said",
    "[Mullally] told"): no listed adverb, no sentence opener before a comma
    ("Separately, ...")."""
    t, toks = p.toks[j], p.toks
    # "Broadly observed, since ...": a sentence adverb before a comma or a participle
    opener = j == p.bounds[t.sent][0] and (
        (j + 1 < len(toks) and toks[j + 1].text == ",")
        or (j + 2 < len(toks) and toks[j + 2].text == ",")
    )
    return t.text[:1].isupper() and t.low.endswith("ly") and t.low not in _ADVERBS and not opener


def time_phrase_end(p: Para, k: int, end: int) -> int:
    """The index after a time phrase at ``k`` ("Tuesday", "on Sunday", "late on Tuesday
    night", "last week", "on Feb. 12"), else ``k``."""
    toks = p.toks
    j = k
    while j < end and j - k < 3 and toks[j].low in _TIME_LEAD:
        j += 1
    seen = False
    while j < end and (
        toks[j].low in _TIME_WORDS or (seen and (toks[j].low.isdigit() or toks[j].text == "."))
    ):
        seen = True
        j += 1
    return j if seen else k


def label_quote(p: Para, lemma: str, k: int, hi: int) -> tuple[int, int] | None:
    """The label after the object at ``k`` of a labelling verb: the quotation of 'called
    [the ruling] "absurd"' (its marks), or the "as" of "described the talks as constructive"
    (``(as, as)``, or the quotation right after it); None when the clause has none."""
    toks = p.toks
    for j in range(k + 1, min(hi, k + 8)):
        t = toks[j]
        if t.is_quote:
            pair = next(((o, c) for o, c, depth, _ in p.quotes if o == j and depth == 0), None)
            if pair is None or (lemma not in _NAMING and toks[j - 1].low != "as"):
                return None
            return pair
        if t.is_punct and t.text not in "-'’":
            return None
        if lemma not in _NAMING and t.low == "as" and not (j + 1 < hi and toks[j + 1].is_quote):
            return (j, j)
    return None


# objects of "calling" before a label ("calling it a leap"); words after them that make
# no label ("calling them back", "calling it quits")
_LABELLED = {"it", "them", "him", "her", "this", "that", "these", "those"}
_NO_LABEL = {"off", "back", "up", "out", "down", "in", "quits", "and", "or", "to"}


def _plain_label(p: Para, k: int, hi: int) -> bool:
    """A label without quotation marks after the object at ``k`` of "calling" or
    "branding": "..., calling [the reports] a Western provocation", "..., calling [it]
    absurd"; not "calling the police", "calling them back", "calling the hotline a day
    later"."""
    toks, lows = p.toks, p.lows
    if k + 1 >= hi:
        return False
    if lows[k] in _LABELLED:
        nxt = toks[k + 1]
        return (
            nxt.text.isalpha()
            and nxt.low not in PREPOSITIONS_EN
            and nxt.low not in _NO_LABEL
            and nxt.low not in _TIME_WORDS
        )
    if not (lows[k] in _DETERMINERS or toks[k].text[:1].isupper()):
        return False
    for j in range(k + 1, min(hi - 1, k + 6)):
        if lows[j] in ("a", "an"):
            return lows[j + 1] not in _TIME_WORDS and lows[j + 1] not in ("day", "few", "second")
        if toks[j].is_punct or lows[j] in PREPOSITIONS_EN or lows[j] in _NO_LABEL:
            return False
    return False


def _accused_of(p: Para, k: int, hi: int) -> bool:
    """The "of" of "accusing X of Y" after the object at ``k`` ("..., accusing Moscow of
    terror")."""
    for j in range(k + 1, min(hi, k + 7)):
        if p.lows[j] == "of":
            return True
        if p.toks[j].is_punct:
            return False
    return False


def _past_verb_before(p: Para, k: int, lo: int) -> bool:
    """Token ``k`` is a past form of a verb that takes the form after it as its object
    ("dismissed [reports]", "denied [claims]", "made [demands]"); not a noun in "-ed"
    after a determiner ("The accused says")."""
    low = p.lows[k]
    past = (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PAST or low in _PAST
    return past and p.toks[k].text.islower() and not (k - 1 >= lo and p.lows[k - 1] in _DETERMINERS)


def _that_said(p: Para, k: int, lo: int, last: int, hi: int) -> bool:
    """The set phrase "That said," / "With that said," / "That being said," / "Having
    said that," around "said" (``k``: the word before it, ``last``: "said"): an opener
    that means "nevertheless", no statement."""
    lows = p.lows
    nxt = lows[last + 1] if last + 1 < hi else ""
    if k < lo:
        return False
    if lows[k] == "being" and k - 1 >= lo:
        k -= 1  # "That being said,"
    if lows[k] == "that" and nxt == "," and (k == lo or lows[k - 1] == "with"):
        return True
    return lows[k] == "having" and nxt == "that" and last + 2 < hi and lows[last + 2] == ","


def _time_then_for(p: Para, k: int, hi: int) -> int | None:
    """The index after the "for" of "call" when a time phrase at ``k`` stands between the
    verb and its particle ("called [Thursday] for", "called [on Thursday] for": not "call
    on"), else None."""
    j = time_phrase_end(p, k, hi)
    return j + 1 if k < j < hi - 1 and p.lows[j] == "for" else None


def _clause_follows(p: Para, k: int, hi: int) -> bool:
    """A that-clause, a colon, a comma or a quotation mark at ``k`` (after adverbs), or a
    that-clause after a short prepositional phrase ("reported on Monday that", "wrote in a
    letter that")."""
    while k < hi and adverb_en(p.lows[k]):
        k += 1
    timed = time_phrase_end(p, k, hi)  # "ruled Thursday that", "wrote late Friday that"
    if timed > k:
        return timed < hi and p.lows[timed] in ("that", "whether", ":")
    if k >= hi:
        return False
    t = p.toks[k]
    if t.text == "," and k + 1 < hi and any(c == k + 1 for _, c, _, _ in p.quotes):
        return False  # '"... of European states," the report said': the quotation ends
    if t.low in ("that", "whether", ":", ",") or t.is_quote:
        return True
    if t.low not in PREPOSITIONS_EN and not _wrote_to(p, k):
        return False
    for j in range(k + 1, min(hi, k + 7)):
        if p.lows[j] == "that" and j + 1 < hi and _verbish(p, p.lows[j + 1]):
            return False  # "responded by implementing packages [that targeted] ...": relative
        if p.lows[j] in ("that", ":") or (p.toks[j].is_quote and any(o == j for o, *_ in p.quotes)):
            return True  # "posted on Truth Social: ...", "wrote in a letter that"
        if p.toks[j].is_punct or p.lows[j] in MODALS or p.lows[j] in BE:
            return False
    return False


def _wrote_to(p: Para, k: int) -> bool:
    """Token ``k`` is the "to" of the addressee of "write" right after its verb ("Beth
    Galetti wrote [to] employees that ...")."""
    return p.lows[k] == "to" and k > 0 and _lemma_at(p, k - 1) == "write"


def _that_clause_after(p: Para, k: int, hi: int) -> bool:
    """A that-clause (not "that" before a noun: "maintained that balance"), a colon or a
    quotation at ``k``, after adverbs or a short prepositional phrase ("revealed in an
    interview that ...", "put it [more simply]: ...")."""
    toks, lows = p.toks, p.lows
    while k < hi and (
        adverb_en(lows[k])
        or (lows[k] in ("more", "most") and k + 1 < hi and adverb_en(lows[k + 1]))
    ):
        k += 1
    if k < hi and lows[k] in PREPOSITIONS_EN:
        j = next(
            (j for j in range(k + 1, _phrase_reach(p, k, hi)) if lows[j] in ("that", ":")), None
        )
        if j is None or any(toks[x].is_punct for x in range(k, j)):
            return False
        k = j
    if k >= hi:
        return False
    if lows[k] == ":" or (toks[k].is_quote and any(o == k for o, *_ in p.quotes)):
        return True
    if lows[k] != "that" or k + 1 >= hi:
        return False
    nxt = toks[k + 1]
    return (
        nxt.low in _NOMINATIVE
        or nxt.low in ("it", "there", "this")
        or (nxt.low in _DETERMINERS and nxt.low not in ("this", "that"))
        or (nxt.text[:1].isupper() and not nxt.is_punct)
        or _plural_clause(p, k + 1, hi)
        or _compound_plural_clause(p, k + 1, hi)
    )


def _compound_plural_clause(p: Para, k: int, hi: int) -> bool:
    """A clause opens at ``k`` whose subject is up to four lower-case words ending in a
    plural noun, maybe with a place after "in", then an auxiliary or a modal: "complained
    that [air traffic control delays had] forced ...", "that [delays in France had] ..."."""
    toks, lows = p.toks, p.lows
    for j in range(k, min(hi, k + 4)):
        if not (toks[j].text.isalpha() and toks[j].text.islower()):
            return False
        if _plural_noun(lows[j]):
            e = j + 1
            if e + 1 < hi and lows[e] in ("in", "at", "from") and toks[e + 1].text[:1].isupper():
                e += 2  # "delays in France"
            return e < hi and (lows[e] in MODALS or lows[e] in BE or lows[e] in _HAVE)
    return False


def _quote_before(p: Para, i: int, lo: int) -> bool:
    """A quotation ends right before the subject of the verb at ``i`` ('"...," Peskov
    wrote on Telegram', '"...," the ministry wrote')."""
    k = i - 1
    # also words with hyphens and digits: '"...," the 18-year-old added'; the period of an
    # abbreviation is no mark and takes no word: '"...," Mr. Khanna wrote', "U.S. District
    # Judge Jeffrey Brown wrote"
    words = 0
    while k >= lo and words < 5:
        low = p.lows[k]
        if low == "." and k > lo and _abbreviation(p.lows[k - 1]):
            k -= 1
        elif low.replace("-", "").replace(".", "").isalnum():
            k, words = k - 1, words + 1
        else:
            break
    return lo < k < i - 1 and p.toks[k].is_quote and p.toks[k - 1].text in (",", "?", "!")


def _abbreviation(low: str) -> bool:
    """A title or an abbreviation written with a period ("Mr", "Dr", "U.S")."""
    return low in _ABBREVIATIONS or (
        len(low) <= 4 and "." in low and low.replace(".", "").isalpha()
    )


def _quote_before_appositions(p: Para, i: int, lo: int) -> bool:
    """A quotation opens the sentence and ends with a comma, "?" or "!" before the subject
    and appositions of the verb at ``i`` ('"...," Emily Field, an analyst at Barclays,
    wrote')."""
    if i - 1 <= lo or p.toks[i - 1].text != ",":
        return False
    pair = next(((o, c) for o, c, depth, _ in p.quotes if o == lo and depth == 0 and c < i), None)
    return (
        pair is not None
        and p.toks[pair[1] - 1].text in ",?!"
        and fronted_subject(p, lo, i) is not None
    )


def message_before_subject(p: Para, i: int, lo: int, last: int, hi: int) -> bool:
    """A verb form at ``i`` whose subject follows a comma after a clause, with only an
    adverbial after it: "The war must end, he added.", "..., the Wall Street Journal
    reported on Monday, citing ...", "..., officials say." (the message is before the
    comma; a base form only after a plural noun or a pronoun)."""
    toks, lows = p.toks, p.lows
    if (
        lows[i].endswith("ing")
        or (
            _lemma_at(p, i) in _NOT_AFTER_MESSAGE
            # "..., spokesman Steven Cheung posted on X.": a post on a platform
            and not (
                _lemma_at(p, i) == "post"
                and last + 2 < hi
                and lows[last + 1] == "on"
                and toks[last + 2].text[:1].isupper()
                and lows[last + 2] not in _TIME_WORDS
            )
        )
    ):
        return False
    base = not lows[i].endswith(("s", "ed")) and lows[i] not in _IRREGULAR and lows[i] not in _PAST
    c = _back(p, i - 1, lo)
    while c > lo and toks[c].text != "," and i - c <= 8:
        c -= 1
    role = _role_then_name(p, c, lo) if c == i - 1 else None
    if role is not None:  # "..., the Paris prosecutor, Laure Beccuau, said on Sunday."
        c = role[0]
    if c - lo < 3 or toks[c].text != "," or not _quotes_closed(p, lo, c):
        return False
    if lows[lo] in PREPOSITIONS_EN or lows[lo] in _SUBORDINATORS:
        return False  # "In 2015 and 2018, the Court ruled on ...": an opener, no message
    subj = (c + 1, _back(p, i - 1, lo) + 1)
    plural = _bare_plural(p, *subj)
    if role is not None:
        pass  # "..., the Paris prosecutor, Laure Beccuau, said": checked by _role_then_name
    elif subj[1] == subj[0] + 1 and (lows[subj[0]] in _NOMINATIVE or lows[subj[0]] == "it"):
        pass  # "..., he added", "..., they say", "..., it added"
    elif not (
        plural
        or (
            # "..., spokesman Steven Cheung wrote on X."
            (_noun_phrase(p, *subj) or _role_word(p, *subj) or _described_name(p, *subj))
            and not base
        )
    ):
        return False  # a base form only after a plural: "..., officials say"
    end = hi
    while end > last + 1 and toks[end - 1].text in ".!?":
        end -= 1
    return last + 1 >= end or adverbial_tail(p, last + 1, end) or own_clause_after(p, last + 1, end)


def _role_then_name(p: Para, c: int, lo: int) -> tuple[int, tuple[int, int]] | None:
    """The comma before a role and the name, set off by commas, when the comma ``c``
    closes them right before a verb: "Two more suspects have been charged[,] the Paris
    prosecutor, [Laure Beccuau], said" (the role has an article or a possessive and a
    lower-case head or a role word, the name one to four capitalised words), else None."""
    toks = p.toks
    if c <= lo or toks[c].text != ",":
        return None
    mid = next((j for j in range(c - 1, max(lo, c - 6), -1) if toks[j].text == ","), None)
    if mid is None or not _is_name(p, mid + 1, c):
        return None
    first = next((j for j in range(mid - 1, max(lo, mid - 7), -1) if toks[j].text == ","), None)
    if first is None or first - lo < 3:
        return None
    a, b = first + 1, mid
    if toks[a].low not in ("the", "a", "an") and not toks[a].low.endswith(("'s", "’s")):
        return None
    if not (_noun_phrase(p, a, b) and (toks[b - 1].text.islower() or _role_of(p, a, b))):
        return None
    return first, (mid + 1, c)


def message_end_before(p: Para, lo: int, cs: int) -> int:
    """The end of the message before the cue clause at ``cs``: the comma before a role and
    a name set off by commas ("Two more suspects have been charged[,] the Paris
    prosecutor, Laure Beccuau, said"), else ``cs``."""
    if _nickname_before(p, lo, cs):
        return lo  # 'His opponent, former president Jorge "Tuto" Quiroga, conceded': no message
    role = _role_then_name(p, cs - 1, lo) if cs - 1 > lo else None
    return role[0] if role is not None else cs


def _nickname_before(p: Para, lo: int, cs: int) -> bool:
    """The quotation that ends right before ``cs`` is a nickname inside a name."""
    return cs - 1 > lo and cs < len(p.toks) and _nickname_mark(p, cs - 1)


def _nickname_mark(p: Para, j: int) -> bool:
    """The quotation mark at ``j`` opens or closes a nickname inside a name: one or two
    capitalised words in quotation marks between capitalised words, no mark around them
    ('Jorge ["Tuto"] Quiroga')."""
    toks = p.toks
    if not toks[j].is_quote:
        return False
    pair = next(((o, c) for o, c, _, _ in p.quotes if j in (o, c)), None)
    if pair is None or not 1 <= pair[1] - pair[0] - 1 <= 2:
        return False
    o, c = pair
    return (
        o >= 1
        and c + 1 < len(toks)
        and toks[o - 1].sent == toks[o].sent == toks[c + 1].sent
        and all(t.text[:1].isupper() and t.text.isalpha() for t in toks[o + 1 : c])
        and all(t.text[:1].isupper() and t.text.isalpha() for t in (toks[o - 1], toks[c + 1]))
    )


def _quotes_closed(p: Para, lo: int, c: int) -> bool:
    """Every quotation mark in tokens ``lo`` .. ``c`` belongs to a quotation that opens and
    closes among them: 'Inflation remained "somewhat elevated", he added.' (the comma
    after the closing mark); not '"The war must end," he added.' (the message is the
    quotation, see ``_quote_before``)."""
    marks = [j for j in range(lo, c) if p.toks[j].is_quote]
    inside = {x for o, cl, _, ok in p.quotes if ok and lo <= o and cl < c for x in (o, cl)}
    return all(j in inside for j in marks)


def _role_word(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are a role word alone, a headline's subject without its
    article ("Iran open to talks, [minister] says")."""
    return b == a + 1 and p.lows[a] in _ROLE_WORDS


# verbs that never stand after their message ("..., the Court ruled on ...") or also name
# an action ("The attacks continued, the army responded with artillery fire")
_NOT_AFTER_MESSAGE = {"rule", "post", "make clear", "respond", "observe"}


def _lemma_at(p: Para, i: int) -> str:
    """The lemma of the bundled lexicon for the word at ``i`` ("" for none)."""
    spec = _lexicon(p).verbs.get(p.lows[i])
    return spec[0] if spec else ""


# irregular past forms of the clause-only verbs
_IRREGULAR = {"wrote"}


# objects that make a verb of saying an act ("declared war", "declared a state of emergency")
_ACT_OBJECTS = {"declare": {"war", "bankruptcy", "insolvency", "martial"}}


def _negative_subject(p: Para, i: int, lo: int) -> bool:
    """The subject of the verb at ``i`` is a negative quantifier, so nobody says anything
    ("nobody should say that it is", "No American should ever have to write", "no one
    said"), after modals, adverbs and "have to"."""
    lows = p.lows
    k = i - 1
    for _ in range(2):  # "should ever [have to] write": again before "have to"
        while k >= lo and (adverb_en(lows[k]) or lows[k] in MODALS or lows[k] == "ever"):
            k -= 1
        if k - 1 >= lo and lows[k] == "to" and lows[k - 1] in _HAVE:
            k -= 2
    if k < lo:
        return False
    return lows[k] in ("nobody", "none") or (
        k > lo and lows[k - 1] == "no" and p.toks[k].text.isalpha()
    )


def _discerned(p: Para, prev: str, k: int, hi: int) -> bool:
    """ "can tell" before a thing, no addressee and no message: to discern ("Experts can
    tell [the age] of a tree by counting its rings"; not "I can tell you that"); "tell"
    right before "whether" or "if" ("It is too early to tell whether", "Time will tell
    whether"; not "told reporters whether")."""
    if k < hi and p.lows[k] in ("whether", "if") and prev in ("to", "will", "can", "could"):
        return True  # "too early to tell whether", "Time will tell whether": to know
    return (
        prev in ("can", "could", "cannot")
        and k < hi
        and p.lows[k] in ("the", "a", "an")
        and not _told_message(p, k, hi)
    )


def _stranded_preposition(p: Para, k: int, hi: int) -> bool:
    """A preposition at ``k`` after the verb, then a finite verb: the verb is in a relative
    clause that ends with its preposition ("the seas he warned [about are] at our
    doorstep")."""
    return k + 1 < hi and p.lows[k] in ("about", "of") and _aux_like(p.lows[k + 1])


# nouns of what is won or taken by "claim" ("claimed his fourth title", "claimed 12 lives")
_PRIZES = {
    "title", "titles", "victory", "win", "gold", "silver", "bronze", "medal", "medals",
    "crown", "trophy", "prize", "cup", "championship", "seat", "seats", "lives", "life",
    "pole", "wickets", "wicket", "points", "place", "spot",
}  # fmt: skip


def _claimed_prize(p: Para, k: int, hi: int) -> bool:
    """The object at ``k`` after "claim" is something won or taken, no clause: "claimed
    [his fourth title]", "claimed [12 lives]", "hoping to claim [one]." (not "claimed the
    title was his")."""
    if k < hi and p.lows[k] in ("one", "it", "them") and (k + 1 >= hi or p.toks[k + 1].is_punct):
        return True  # "collectors queued outside branches hoping to claim [one]."
    for j in range(k, min(hi, k + 4)):
        if p.lows[j] in _PRIZES:
            return not (j + 1 < hi and (_aux_like(p.lows[j + 1]) or p.lows[j + 1] == "that"))
        if p.toks[j].is_punct or p.lows[j] in ("that", "to") or _verbish(p, p.lows[j]):
            return False
    return False


# objects that make "defend" a statement of a stance ("has defended her decision to raise
# taxes", "defended the ban"); not "defended his title", "defended the town"
_DEFENDED = {
    "decision", "decisions", "move", "plan", "plans", "policy", "policies", "ban", "approach",
    "record", "choice", "choices", "handling", "response", "remarks", "comments", "statement",
    "actions", "conduct", "strategy", "budget", "deal", "proposal", "proposals", "reforms",
    "law", "bill", "ruling", "use",
    # guidance and measures: "Health Secretary Wes Streeting defended the guidance"
    "guidance", "guidelines", "measures", "changes", "advice",
    # people defended against criticism: "Culture Minister Rachida Dati defended the
    # museum's staff"
    "staff", "employees", "workers", "colleagues", "officials", "officers",
}  # fmt: skip


def _defended_stance(p: Para, lemma: str, last: int, hi: int) -> bool:
    """ "defend" at ``last`` reports a stance: its object ends in a noun of a decision, a
    policy or words, or "as" labels it ("defended the plan as necessary")."""
    return _object_noun_or_as(p, last, hi, _DEFENDED)


def _object_noun_or_as(p: Para, last: int, hi: int, nouns: Container[str]) -> bool:
    """The object after the verb at ``last`` (up to four words before a mark, a preposition
    or "to") holds one of ``nouns``, or "as" labels it."""
    for j in range(last + 1, min(hi, last + 6)):
        low = p.lows[j]
        if low in nouns or (low == "as" and j > last + 1):
            return True
        if p.toks[j].is_punct or (low in PREPOSITIONS_EN and low != "of") or low == "to":
            return False
    return False


_WH_WORDS = {"when", "whether", "how", "why", "where", "who", "what", "which", "if"}


def _negated(p: Para, i: int, lo: int) -> bool:
    """The verb at ``i`` is negated: "not", "never" or a contraction in "n't" before it,
    after up to two adverbs ("did not say", "has not yet said", "didn't say")."""
    k = i - 1
    while k >= lo and i - k <= 3:
        low = p.lows[k].replace("’", "'")
        if low in _NEGATORS or low.endswith("n't"):
            return True
        if not (adverb_en(low) or low == "yet"):
            return False
        k -= 1
    return False


# words before "to" and a verb of saying that make it a plan, no statement yet
_PLANNED = {"expected", "due", "scheduled"}


def _expected_to(p: Para, i: int, lo: int) -> bool:
    """A verb of saying at ``i`` after "expected to", "due to", "scheduled to": not yet
    said ("President Petr Pavel is expected to ask Babiš to form a government")."""
    k = _back(p, i - 1, lo)
    if k <= lo or p.lows[k] != "to":
        return False
    k = _back(p, k - 1, lo)
    return k > lo and p.lows[k] in _PLANNED and p.lows[k - 1] in BE


def _to_form_government(p: Para, k: int, hi: int) -> bool:
    """An addressee and "to form a (new) government/cabinet" follow ``k``: a head of state's
    mandate ("will ask Babiš to form a government"), no statement."""
    for j in range(k, min(hi - 2, k + 8)):
        if p.lows[j] == "to" and p.lows[j + 1] == "form":
            rest = p.lows[j + 2 : min(hi, j + 5)]
            return any(w in ("government", "cabinet", "coalition") for w in rest)
        if p.toks[j].is_punct:
            return False
    return False


def _labelled_as(p: Para, last: int, hi: int) -> bool:
    """An object of up to eight words after the verb at ``last`` is labelled by "as" before
    any mark ("hailed [the outcome] as a victory", 'has hailed [the releases] as "nature
    recovery in action"'); not "hailed a taxi", "hails from Ohio"."""
    for j in range(last + 1, min(hi, last + 10)):
        if p.lows[j] == "as":
            return j > last + 1
        if p.toks[j].is_punct:
            return False
    return False


# objects that make "reject" a statement: what someone said or a result they do not accept
# ("The government rejected the claims", "Tchiroma rejected the result"); not a vote or a
# ruling on a proposal ("Voters rejected the plan", "The court rejected the appeal")
_REJECTED = {
    "claim", "claims", "accusation", "accusations", "allegation", "allegations", "charge",
    "charges", "criticism", "criticisms", "report", "reports", "suggestion", "suggestions",
    "result", "results", "idea", "notion", "assertion", "assertions", "characterisation",
    "characterization", "comments", "remarks", "findings", "calls", "demands", "demand",
    "account", "accounts",  # "rejected the account" (not "version": of a bill, too)
}  # fmt: skip


# words in the object of "declare" that make it a legal or executive act, no statement:
# "declared a state of national calamity", "declared President Paul Biya, 92, the winner"
_DECLARED_ACTS = {"winner", "winners", "dead", "elected", "emergency", "calamity", "disaster"}
# a canonisation, also after a long apposition: "Pope Leo XIV on Sunday declared Carlo
# Acutis, a British-born teenager who died of leukemia in 2006, a saint"
_DECLARED_SAINTS = {"saint", "saints", "blessed", "martyr", "martyrs", "venerable"}


def _declared_act(p: Para, lemma: str, last: int, hi: int) -> bool:
    """ "declare" at ``last`` is an act: its object (up to ten words, commas allowed, before
    "that", a quotation, a colon or a new clause) opens with "a state of" or holds the
    winner, a death, an election or an emergency ("The Constitutional Council declared
    President Paul Biya, 92, the winner of this month's election"); not "declared that the
    winner would be named on Friday"."""
    if lemma not in ("declare", "declare_"):
        return False
    lows, toks = p.lows, p.toks
    if (
        last + 3 < hi
        and lows[last + 1] in ("a", "the")
        and lows[last + 2 : last + 4] == ["state", "of"]
    ):
        return True
    for j in range(last + 1, min(hi, last + 21)):
        low = lows[j]
        if (low in _DECLARED_ACTS and j <= last + 10) or low in _DECLARED_SAINTS:
            return True
        if (
            toks[j].is_quote
            or low in ("that", "whether", ":", ";", "and", "but", "saying")
            or (toks[j].is_punct and low != ",")
        ):
            return False
    return False


# verbs of a stance towards an object ("praised the bench", "denounced the strikes"): no
# that-clause, and only as a plain verb before their object
_STANCE_ACTS = {"praise", "denounce", "reject", "criticize", "defend"}


def _stance_act(p: Para, i: int, lo: int, hi: int, last: int) -> bool:
    """The form of "praise" or "denounce" at ``i`` has an object right after it (after
    adverbs), no preposition, "by" or mark ("recognized and praised.", "are being shared
    and praised on social media by users", "..., denounced by President Fidel Castro,"),
    and a base form follows a subject pronoun, a modal or the "to" of a verb of wanting
    ("I would like to denounce"; not "turning out in record numbers to denounce
    corruption", "who profess democracy and denounce corruption")."""
    lows = p.lows
    if lows[i] not in _lexicon(p).verbs or _lemma_at(p, i) not in ("praise", "denounce"):
        return True
    j = last + 1
    while j < hi and adverb_en(lows[j]):
        j += 1
    if j >= hi or p.toks[j].is_punct or lows[j] in PREPOSITIONS_EN:
        return False
    if lows[i] != "denounce":
        return True
    k = _back(p, i - 1, lo)
    prev = lows[k] if k >= lo else ""
    if prev == "to":
        k2 = _back(p, k - 1, lo)
        return k2 >= lo and (
            lows[k2] in _CONTROL_VERBS or lows[k2] in ("opportunity", "want", "wish")
        )
    return prev in _NOMINATIVE or prev in MODALS


def _rejected_claim(p: Para, lemma: str, last: int, hi: int) -> bool:
    """ "reject" at ``last`` reports a statement: its object (up to four words before a
    mark, a preposition or "to") ends in a noun of words or of a result ("rejected the
    claims", "rejected the election result"), or "as" labels it ("rejected the figure as
    exaggerated"), or a that-clause follows a plural noun ("rejected claims that")."""
    return _object_noun_or_as(p, last, hi, _REJECTED)


_COUNT_WORDS = {"dozens", "hundreds", "thousands", "scores", "dozen", "hundred", "thousand"}
_APPROXIMATE = {"about", "around", "nearly", "almost", "some", "roughly", "over"}


def _counted_object(p: Para, k: int, hi: int) -> bool:
    """The object at ``k`` is counted: a number of things, not what was said ("[upwards of
    1,000] changes", "[more than 200] amendments", "[dozens of] changes")."""
    lows = p.lows
    if (
        k + 1 < hi
        and lows[k] in ("upwards", "more", "fewer", "less")
        and lows[k + 1] in ("of", "than")
    ):
        k += 2
    elif k < hi and lows[k] in _APPROXIMATE:
        k += 1
    if k >= hi:
        return False
    if lows[k] in _COUNT_WORDS:
        return k + 1 < hi and lows[k + 1] == "of"
    if not any(ch.isdigit() for ch in lows[k]):
        return False
    while k + 2 < hi and lows[k + 1] in (",", ".") and lows[k + 2].isdigit():
        k += 2  # the tokenizer splits "1,000"
    return (
        k + 1 < hi
        and _plural_noun(lows[k + 1])
        and lows[k + 1] not in _INTERVALS  # not "proposed 30 years ago the idea of"
    )


def _confirmed_as(p: Para, lemma: str, last: int, hi: int) -> bool:
    """ "confirm X as Y" appoints ("voted to confirm Hegseth as defence secretary"); a
    that-clause or a quotation in between makes it speech again."""
    if lemma != "confirm":
        return False
    for j in range(last + 1, min(hi, last + 6)):
        t = p.toks[j]
        if t.low == "as":
            return j > last + 1
        if t.is_punct or t.low in ("that", "whether"):
            return False
    return False


def _lexicon(p: Para) -> CueLexicon:
    """The paragraph's English cue lexicon: the one the statements are found with, else the
    bundled one (to find a verb of saying before another one)."""
    return p.lex if p.lex is not None else _bundled()


@cache
def _bundled() -> CueLexicon:
    """The bundled English cue lexicon."""
    return load_cues("en")


def _new_clause(p: Para, j: int, k: int) -> bool:
    """Token ``j`` (before the modal or "to" at ``k``) opens a clause of its own, no part
    of a message: a conjunction right before ``k`` ("to reaffirm that pledge and to ask"),
    one after a mark (", and I will ask later") or a first-person subject ("to which I
    would like to reiterate")."""
    low = p.lows[j]
    if low in ("and", "or", "but") and (j == k - 1 or (j > 0 and p.toks[j - 1].is_punct)):
        return True  # also "to urge the passage of a bill--but I came here to ask you"
    return low in ("i", "we") or (_contraction(low) or ("", ""))[0] in ("i", "we")


def _inside_message(p: Para, i: int, lo: int, hi: int) -> bool:
    """The cue verb at ``i`` follows a modal or "to" inside the message of a verb of saying
    before it in its sentence: "said the alliance would ask members to spend more",
    "cautioned that it was too early to declare victory", "said in a statement that it
    would respond"; a quotation, colon or semicolon in between ends that message."""
    lows, toks = p.lows, p.toks
    k = _back(p, i - 1, lo)
    if k < lo or not (
        lows[k] == "to" or (lows[k] in MODALS and lows[k] not in ("do", "does", "did"))
    ):
        return False
    lex = _lexicon(p)
    for j in range(k - 1, lo - 1, -1):
        t = toks[j]
        if t.is_quote or t.text in ";:" or _new_clause(p, j, k):
            return False
        for lemma, particle, kind in lex.alts.get(t.low, ()):
            if kind != "speech" or (particle and not (j + 1 < hi and lows[j + 1] == particle)):
                continue
            last = j + 1 if particle else j
            if verb_reading(p, j, lo, hi, lemma, last):
                return True
    return False


def _quoted_without_clause(p: Para, i: int, last: int) -> bool:
    """The cue candidate at ``i`` (its last cue token at ``last``) stands inside a closed
    quotation and no that-clause, colon or clause follows it there: a word of the quoted
    speaker's own sentence ('"They admitted it," he said.', '"We are not asking for a
    bailout," Weston told ...', '"It is promising," she said.'), no statement of its own
    that could take the attribution after the quotation as its message; not '"We have
    always said that we will meet our commitments," Pedro Sanchez said.'"""
    pair = next(((o, c) for o, c, depth, ok in p.quotes if o < i < c and depth == 0 and ok), None)
    if pair is None:
        return False
    c = pair[1]
    k = last + 1
    while k < c and adverb_en(p.lows[k]):
        k += 1
    if k >= c:
        return True
    if (
        p.lows[k] == "that"
        and k + 1 < c
        and p.lows[k + 1] not in _NOMINATIVE
        and not any(
            _verbish(p, p.lows[j]) or p.lows[j] in _IRREGULAR_PAST or p.lows[j].endswith("s")
            for j in range(k + 2, c)
        )
    ):
        return True  # '"Broady says that every time," Smith said.': "that" is an object
    return not (
        p.lows[k] in ("that", "whether", ":")
        or _that_after_phrase(p, k, c)  # "I am happy to report to this Congress that"
        or p.toks[k].is_quote  # a quotation inside the quotation
        or (k + 1 < c and p.lows[k] == "," and p.toks[k + 1].is_quote)
        or _clause_ahead(p, k, c)
    )


def _that_after_phrase(p: Para, k: int, end: int) -> bool:
    """A prepositional phrase at ``k`` (also with "to") and a "that" after it within six
    words, no mark or auxiliary between: "report [to this 81st Congress] that"."""
    lows = p.lows
    if k >= end or not (lows[k] in PREPOSITIONS_EN or lows[k] == "to"):
        return False
    for j in range(k + 1, min(end, k + 7)):
        if lows[j] == "that":
            return True
        if p.toks[j].is_punct or lows[j] in MODALS or lows[j] in BE:
            return False
    return False


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
    # "no" after a verb is its answer, no determiner: "The two members who voted [no] said"
    answer = prev == "no" and past and k - 1 >= lo and _verbish(p, lows[k - 1])
    if (prev in _DETERMINERS and not (past and prev in _PRONOUN_DETERMINERS) and not answer) or (
        prev in PREPOSITIONS_EN or genitive
    ):
        return False  # "the call", "on state highway 13", "Marti's telling"; not "Some said"
    if _quoted_without_clause(p, i, last):
        return False  # '"They admitted it," he said.': the quotation's own words
    head = k
    if k > lo and toks[k].text == ",":  # "The findings, published in Nature, suggest"
        head = next((j - 1 for j in range(k - 1, lo, -1) if toks[j].text == ","), k)
    if (
        head >= lo
        and (lows[head] in _EVIDENCE or lows[head] == "evidence")
        and toks[head].text.islower()
        and low[-3:] != "ing"
    ):
        # "The findings suggest ...", "the data showed": evidence, no speaker (not "The
        # Office for National Statistics said")
        return False
    if _compared(p, k, lo):
        return False  # "melting faster than models predicted": a comparison, no message
    if lemma == "say" and nxt in ("no", "yes") and last + 2 < hi and lows[last + 2] == "to":
        return False  # "we must stand together and say no to aggression": refuse, not speak
    if lemma == "question" and nxt not in ("whether", "if", "why", "how"):
        return False  # "questioned the suspect", "was questioned by police": no message
    if lemma == "recall" and _withdrawn(p, last + 1, hi):
        return False  # "Ford recalled 200,000 trucks", "recalled its ambassador": no speech
    if lemma == "admit" and _admitted_count(p, last + 1, hi):
        return False  # "its clinics had admitted more than 500 children": to a hospital
    if low in ("claims", "claim") and prev in _CLAIM_OBJECT_VERBS:
        return False  # "to resolve claims it throttled older iPhones": a noun
    if last + 1 < hi and _nothing_said(p, lemma, last + 1, hi):
        return False  # "Swift has said little about the reviews", "asking since ..."
    if low == "said" and _that_said(p, k, lo, last, hi):
        return False  # "That said, the plan has flaws.", "Having said that, ...": no speech
    if low == "told" and i == lo + 1 and lows[lo] == "all" and nxt == ",":
        return False  # "All told, 40 people were injured.": "in all", no speech
    if low == "told" and _told_as_narrated(p, k, lo, last, hi):
        return False  # "The story, told through the eyes of a girl, ...": narrated
    if nxt == "of" and not (
        (lemma == "say" and low != lemma and _speaker_word(p, k, lo))
        or (
            lemma == "warn"
            and not low.endswith("ing")
            and (low != lemma or prev in _NOMINATIVE or prev in MODALS)  # not "to warn of"
            and _warned_of(p, last + 1, hi)
        )
    ):
        return False  # "states of all sizes", "the call of history"; not "Rutte said of"
    if lemma in _CLAUSE_ONLY and not (
        _clause_follows(p, last + 1, hi)
        or _quote_before(p, i, lo)
        or _quote_before_appositions(p, i, lo)
        or message_before_subject(p, i, lo, last, hi)
        or _inverted_after_quote(p, i, lo, hi)
    ):
        return False
    if lemma in _THAT_ONLY and not (
        # "answered that ...", not "answered with all the effort that the nation required"
        (_that_clause_after(p, last + 1, hi) and not (lemma == "answer" and nxt in PREPOSITIONS_EN))
        or _quote_before(p, i, lo)
        or message_before_subject(p, i, lo, last, hi)
        or _inverted_after_quote(p, i, lo, hi)
    ):
        return False  # "maintained peace", "underlined the importance of"
    if lemma == "assure" and not (
        _assured_addressee(p, last + 1, hi)
        or _quote_before(p, i, lo)
        or _inverted_after_quote(p, i, lo, hi)
    ):
        # "assured reporters that ..."; not "assure that every child is safe" (ensure),
        # "assured access to the sea" (guaranteed), "rest assured that"
        return False
    if lemma in _AFTER_QUOTE_ONLY and not (
        (_quote_before(p, i, lo) and _nothing_but_adverbial(p, last + 1, hi))
        or _inverted_after_quote(p, i, lo, hi)
    ):
        return False  # "The talks continued", "to counter that threat"
    if (lemma in _LABEL_VERBS or lemma == "accuse") and prev in BE:
        return False  # "was described by the Assembly as", "was accused by X of": no agent rule
    participle = low.endswith("ing") and prev == ","  # "..., calling it a leap"
    if lemma == "call" and _time_then_for(p, i + 1, hi) is not None:
        return True  # "Guterres called Thursday for an immediate ceasefire"
    if lemma == "dismiss" and last + 2 < hi and lows[last + 2] == "that" and _plural_noun(nxt):
        return True  # "Number 10 dismissed reports that ...": a denial of their claim
    if _anonymity(p, lemma, last + 1, hi):
        return False  # '"...," an official who asked not to be named told Reuters
    if lemma in _LABEL_VERBS and (
        (
            label_quote(p, lemma, last + 1, hi) is None
            and not (participle and lemma in _NAMING and _plain_label(p, last + 1, hi))
        )
        or prev == "to"
        or (prev == "," and not participle and fronted_subject(p, lo, i) is None)
    ):
        # "called a meeting", "dismissed the minister", "X, described as Y," (a participle;
        # not "Wicker, a Republican, called them ...")
        return False
    if lemma == "threaten" and not (
        nxt in ("to", "that", ":") or (last + 1 < hi and toks[last + 1].is_quote)
    ):
        return False  # "The storm threatened the coast"; not "threatened to impose tariffs"
    if lemma == "defend" and not _defended_stance(p, lemma, last, hi):
        return False  # "defended his title", "Soldiers defended the town"
    if lemma == "hail" and not _labelled_as(p, last, hi):
        return False  # "hailed a taxi", "hails from Ohio"; not "hailed the outcome as a victory"
    if lemma == "advise" and (
        prev in BE or not (nxt == "that" or addressee_end(p, lemma, last + 1, hi) is not None)
    ):
        # "advised the president on trade", "we are advised that": informed, no speaker;
        # not "advised skywatchers to get away"
        return False
    if lemma == "reject" and not _rejected_claim(p, lemma, last, hi):
        return False  # "Voters rejected the plan", "The court rejected the appeal"
    if lemma in _STANCE_ACTS and not _stance_act(p, i, lo, hi, last):
        return False  # "praised on social media by users", "recognized and praised."
    if _negative_subject(p, i, lo):
        return False  # "nobody should say that it is", "No American should ever have to write"
    if _stranded_preposition(p, last + 1, hi):
        return False  # "the seas he warned about are at our doorstep": a relative clause
    if lemma == "claim" and _claimed_prize(p, last + 1, hi):
        return False  # "Sinner beat Zverev to claim his fourth title": won, no claim
    if lemma == "tell" and _discerned(p, prev, last + 1, hi):
        return False  # "Experts can tell the age of a tree by ...": discern, no telling
    if nxt in _ACT_OBJECTS.get(lemma, ()) or _confirmed_as(p, lemma, last, hi):
        return False  # "declared war on", "voted to confirm Hegseth as defence secretary"
    if _declared_act(p, lemma, last, hi):
        return False  # "declared a state of national calamity", "declared X the winner"
    if lemma == "repeat" and nxt == "as":
        return False  # "the first team in a quarter-century to repeat as champions"
    if low == "repeated" and _repeated_adjective(p, k, last, hi):
        return False  # "the landlord ignored repeated complaints": an adjective
    if lemma == "say" and nxt in _WH_WORDS and _negated(p, i, lo):
        return False  # "The government did not say when new elections would be held"
    if _expected_to(p, i, lo):
        return False  # "President Petr Pavel is expected to ask Babiš to ...": not yet said
    if lemma == "ask" and _to_form_government(p, last + 1, hi):
        return False  # "will ask Babiš to form a government": a mandate, no statement
    if lemma == "say" and nxt in ("goodbye", "good-bye", "farewell"):
        return False  # "Fans also said goodbye to Clayton Kershaw": a farewell, no message
    if lemma == "propose" and _counted_object(p, last + 1, hi):
        return False  # "Peers have proposed upwards of 1,000 changes to the bill": tabled
    if _inside_message(p, i, lo, hi):
        return False  # "said the alliance would ask members to", "too early to declare"
    if low == "saying" and prev == "as" and not (k > lo and lows[k - 1] == "such"):
        return True  # "was quoted as saying", "cited by TASS as saying"
    if low.endswith("ing"):
        if prev in BE or (_contraction(prev) or ("", ""))[1] in ("s", "re", "m"):
            return True  # "I am announcing tonight", "he's saying"
        if prev == "while" and k - 1 >= lo and toks[k - 1].text == ",":
            k -= 1  # "..., its chairman said, while admitting the corporation had erred"
        return (
            k >= lo
            and toks[k].text == ","
            and (
                _clause_follows(p, last + 1, hi)
                # "welcomed the decision, saying it would ..."
                or (low == "saying" and last + 1 < hi and _opens_clause(p, last + 1))
                # "..., insisting the winner should have been ruled out"
                or (
                    lemma in _CLAUSE_MESSAGE and lemma != "tell" and _finite_clause(p, last + 1, hi)
                )
                # "Patel hit back, telling the committee: ..."
                or (lemma == "tell" and _told_message(p, last + 1, hi))
                # "..., urging the BMA to call it off"
                or addressee_end(p, lemma, last + 1, hi) not in (None, last + 1)
                # "..., calling the reports a provocation" (its label found above)
                or lemma in _LABEL_VERBS
                or (lemma == "accuse" and _accused_of(p, last + 1, hi))
            )
        )
    if (
        lemma == "ask"
        and nxt != "by"
        and (prev in BE or (low == "asked" and prev == "," and _noun_phrase(p, lo, k)))
    ):
        # "Bailey was asked whether ...", "Piastri, asked if he had given up, replied": the
        # subject is asked, no asker
        return False
    if prev in BE:  # a passive: "it was said that ...", "as was announced"
        if nxt == "," and any(lows[j] in _SUBORDINATORS for j in range(lo, k)):
            return False  # "since her appointment was announced, Mullaney told ..."
        return _clause_follows(p, last + 1, hi) or nxt == "by"
    if past and nxt == "by" and k >= lo and toks[k].text[:1].islower() and prev not in _HAVE:
        return False  # "the documents proposed by Kyrgyzstan": a participle
    if past and (
        prev in _REDUCED_CLAUSE
        or (_participle_after_object(p, k, lo) and _nothing_but_adverbial(p, last + 1, hi))
    ):
        return False  # "did not reply when asked for comment", "under a deal announced at"
    if prev == "had" and k - 1 >= lo and lows[k - 1] == "and" and _in_message_of_say(p, i, lo):
        return False  # "said the prime minister had spoken ... and had reaffirmed ...": the
        # message's second verb
    if lemma == "ask" and nxt == "for" and _in_message_of_say(p, i, lo):
        return False  # "Burnham said he had asked for a report": a request, no statement
    if lemma == "put it":  # its past is its base form; a colon or quotation follows
        return prev != "to"  # not the writer's "To put it simply: ..."
    if low == lemma.split()[0]:  # the base form
        if (
            k - 1 >= lo
            and lows[k - 1] in _DETERMINERS
            and not _plural_noun(prev)
            and not _plural_of(p, lo, k)  # "Critics of the plan say it will ..."
        ):
            return False  # "a Palestinian state", "the sovereign state": a noun
        if prev in ("me", "us"):
            return k - 1 >= lo and lows[k - 1] == "let"
        return (
            prev in _NOMINATIVE
            or prev in MODALS
            or prev in ("to", "and", "or")
            or (_contraction(prev) or ("", ""))[0] in ("let", "i", "we", "you", "they")
            or (k >= lo and toks[k].text[:1].isupper() and prev not in ("it", "that", "this"))
            or (lemma == "say" and _plural_noun(prev) and last + 1 < hi
                and _opens_clause(p, last + 1) and lows[last + 1] != "no")
            # "Farmers warn the plan is risky", "Farmers, however, warn the plan is ...",
            # "The plaintiffs, a group of small businesses, say the tariffs have cost ..."
            # also before "that": "Disability rights campaigners argue that ..."
            or (_plural_subject(p, k, i, lo) and (
                (nxt == "that" and prev not in _EVIDENCE) or _clause_ahead(p, last + 1, hi)))
            or message_before_subject(p, i, lo, last, hi)  # "..., officials say."
        )  # fmt: skip
    if low.endswith("s") and not low.endswith("ss"):  # third person
        if k < lo:
            return False
        t = toks[k]
        if prev in ("that", "this", "which"):
            return False  # "That confirms that", "the model, which emphasizes science"
        if k == lo and _noun_before_its_verb(p, k, last, hi):
            return False  # "Insurance claims have topped $600 million": a plural noun
        if t.text == "," and "not" in lows[k + 1 : i]:
            return False  # "action, not promises on paper": a noun in a contrast
        if _past_verb_before(p, k, lo):
            return False  # "Number 10 dismissed reports that ...": the past verb's object
        if t.text[:1].isupper() or prev in ("he", "she", "it", "who", "one") or t.text in ",)":
            return True
        if t.is_quote and k > lo and p.toks[k - 1].text in ",?!":
            return True  # '"The whole system is broken," says Sarah Jones'
        if prev == "and" and low in _AND_PRESENT and _clause_after_and(p, last + 1, hi):
            return True  # "The RSF has denied X and says reports ... were exaggerated"
        if message_before_subject(p, i, lo, last, hi):
            return True  # "Iran is open to talks, the minister says."
        if low in _VERB_ONLY_PRESENT and _noun_phrase(p, lo, k + 1):
            return True  # "The paramilitary group denies attacking civilians": never a noun
        # after a noun only before a clause ("the government says that", "says it will";
        # not "growing demands, ...")
        nxt_tok = toks[last + 1] if last + 1 < hi else None
        return nxt_tok is not None and (
            nxt_tok.low in ("that", ":", "it", "there") or nxt_tok.low in _NOMINATIVE
            or nxt_tok.is_quote
            # "The minister insists the plan is sound": a subject, then a clause
            or (_noun_phrase(p, lo, k + 1) and (
                _clause_ahead(p, last + 1, hi) or _plural_clause(p, last + 1, hi)
                # "Health secretary says [strike offer was] 'final and fair'"
                or _headline_clause(p, lo, last + 1, hi)
                # "Ryanair boss warns of higher fares"
                or (nxt_tok.low == "of" and lemma == "warn")
            ))
        )  # fmt: skip
    return True  # a past tense: "Lech Walesa declared", "have admitted"


def _noun_before_its_verb(p: Para, k: int, last: int, hi: int) -> bool:
    """A form in "-s" after the sentence's first word ``k``, a common noun capitalised
    only as the first word, is a plural noun when an auxiliary follows it ("Insurance
    [claims] have topped $600 million": a verb of saying never stands before "have") or,
    for "claims", "from" or "for" ("Insurance [claims] from the hailstorm have ...")."""
    nxt = p.lows[last + 1] if last + 1 < hi else ""
    after = nxt in BE or nxt in _HAVE or nxt in MODALS
    after = after or (p.lows[last] == "claims" and nxt in ("from", "for"))
    return after and _known(p.lows[k], "en")


def _repeated_adjective(p: Para, k: int, last: int, hi: int) -> bool:
    """ "repeated" after the word at ``k`` is an adjective before a plural noun: a verb
    (a past form, "-s" or "-ing") or "and" comes before it ("ignored repeated complaints",
    "despite repeated warnings"); not "The minister repeated calls for", "He repeated that"."""
    if k < 0 or last + 1 >= hi or not _plural_noun(p.lows[last + 1]):
        return False
    prev = p.lows[k]
    return (
        prev.endswith(("ed", "ing")) and not p.toks[k].text[:1].isupper()
    ) or prev in _IRREGULAR_PAST | {"after", "despite", "amid", "made", "faced", "face"}


# prepositions after "told" as a participle of narrating ("told through the eyes of",
# "told from the perspective of", "told in flashbacks")
_NARRATED = {"through", "from", "in", "with", "over", "across", "by", "as", "entirely", "largely"}


def _told_as_narrated(p: Para, k: int, lo: int, last: int, hi: int) -> bool:
    """ "told" after the comma at ``k`` is a participle of narrating after a noun ("The
    story, told through the eyes of a young girl, follows ..."): a preposition follows and
    no that-clause, colon or quotation comes before the next comma."""
    toks = p.toks
    if not (lo < k and toks[k].text == "," and last + 1 < hi and p.lows[last + 1] in _NARRATED):
        return False
    if toks[k - 1].is_punct or p.lows[k - 1] in _NOMINATIVE:
        return False
    for j in range(last + 1, hi):
        if toks[j].text == ",":
            break
        if p.lows[j] in ("that", ":") or toks[j].is_quote:
            return False
    return True


def _withdrawn(p: Para, k: int, hi: int) -> bool:
    """The object of "recall" from ``k`` is a number or a thing called back: "recalled
    200,000 trucks", "recalled its ambassador" (not "recalled our commitments")."""
    lows = p.lows
    if _bare_goods(p, k, hi):
        return True
    for j in range(k, min(hi, k + 5)):
        year = len(lows[j]) == 4 and lows[j].isdigit()
        if (lows[j][:1].isdigit() and not year) or lows[j] in _RECALLED:
            return True  # (not "recall the 2019 decision")
        if p.toks[j].is_punct or lows[j] in ("that", "how", "when"):
            return False
    return False


def _bare_goods(p: Para, k: int, hi: int) -> bool:
    """The object of "recall" at ``k`` is goods without a determiner: "Nestlé recalled
    [infant formula]", "recalled ground beef" (a memory or a statement recalled has one:
    "recalled the 2019 decision", "recalled our commitments", "recalled that ...")."""
    if k >= hi:
        return False
    low, text = p.lows[k], p.toks[k].text
    return (
        text.isalpha()
        and text.islower()
        and low not in _DETERMINERS
        and low not in _OBJECT_PRONOUNS
        and low not in _WH_WORDS
        and low not in PREPOSITIONS_EN
        and low not in ("it", "that", "her", "how", "to", "earlier", "once", "again", "too")
        and low not in _TIME_LEAD  # "recall last year's developments"
        and not low.endswith("ing")
        and not adverb_en(low)
    )


# things a company or a state calls back
_RECALLED = {
    "vehicles", "cars", "trucks", "suvs", "units", "products", "models", "devices", "phones",
    "batteries", "pounds", "tons", "batches", "ambassador", "ambassadors", "envoy", "envoys",
    "diplomats",
}  # fmt: skip


def _admitted_count(p: Para, k: int, hi: int) -> bool:
    """The object of "admitted" from ``k`` is a number of people: "admitted more than 500
    children", "admitted 40 patients" (to a hospital or a school; not "admitted 2 mistakes"
    is rare)."""
    lows = p.lows
    j = k
    while j < hi and j - k < 3 and lows[j] in ("more", "than", "about", "nearly", "some", "over"):
        j += 1
    return j < hi and lows[j][:1].isdigit()


# verbs whose object "claims" is a noun ("resolve claims it throttled ...")
_CLAIM_OBJECT_VERBS = {
    "resolve", "resolved", "resolving", "settle", "settled", "settling", "investigate",
    "investigated", "investigating", "dismiss", "dismissed", "examine", "examined", "face",
    "faced", "facing", "file", "filed", "process", "processed", "pay", "paid",
}  # fmt: skip


def _compared(p: Para, k: int, lo: int) -> bool:
    """The subject that ends at ``k`` (before a cue verb) follows "than": "faster than
    [models] predicted", "more than [analysts had] forecast" (no message)."""
    if k < lo or p.toks[k].is_punct:
        return False
    for j in range(k - 1, max(lo, k - 4) - 1, -1):
        low = p.lows[j]
        if low == "than":
            return p.lows[j + 1] not in ("ever", "before", "usual")  # "more than ever"
        if p.toks[j].is_punct or low in _SUBORDINATORS or low in ("that", "who", "which"):
            return False
    return False


def _headline_clause(p: Para, lo: int, k: int, hi: int) -> bool:
    """A headline's clause without articles opens at ``k``: the sentence at ``lo`` is the
    paragraph's first, short and without a final mark, and up to three lower-case nouns
    come before a form of "be" or an auxiliary ("Health secretary says [strike offer
    was] 'final and fair'")."""
    toks, lows = p.toks, p.lows
    if (
        lo != p.bounds[0][0]
        or hi - lo > 16
        or (toks[hi - 1].is_punct and not toks[hi - 1].is_quote)
    ):
        return False
    for j in range(k, min(hi, k + 4)):
        if j > k and (lows[j] in BE or lows[j] in MODALS or lows[j] in _HAVE):
            return True
        if not (
            toks[j].text.isalpha()
            and toks[j].text.islower()
            and not _verbish(p, lows[j])
            and lows[j] not in PREPOSITIONS_EN
            and lows[j] not in _SUBORDINATORS
            and lows[j] not in ("that", "to", "it", "and", "or", "not")
        ):
            return False
    return False


# present forms that are never nouns: verbs after any subject, whatever follows ("The group
# denies attacking civilians"; not "admits", "concedes", "contends": "The school admits 500
# students", "The team concedes goals", "The city contends with flooding")
_VERB_ONLY_PRESENT = {"denies", "insists", "acknowledges"}
# present forms that are verbs, no nouns, after "and" before a clause ("... and says")
_AND_PRESENT = {"says", "insists", "argues", "adds", "warns", "maintains", "stresses"}


def _clause_after_and(p: Para, k: int, hi: int) -> bool:
    """A clause opens at ``k`` after "and says": "that", a clause without it ("[it was]
    wrong") or a plural subject and its finite verb within eight words ("[reports of
    atrocities have] been exaggerated")."""
    if k >= hi:
        return False
    if p.lows[k] == "that" or _clause_ahead(p, k, hi) or _plural_clause(p, k, hi):
        return True
    if not (p.toks[k].text.islower() and _plural_noun(p.lows[k])):
        return False
    for j in range(k + 1, min(hi, k + 8)):
        if p.toks[j].is_punct or p.lows[j] in ("that", "which", "who", "to"):
            return False
        if _aux_like(p.lows[j]):
            return True
    return False


# words that are no part of a noun phrase before a participle
_NOT_IN_NOUN = _NOMINATIVE | {"me", "us", "him", "them", "who", "which", "whom", "what"} | {
    "it", "and", "or", "but", "that", "not",
}  # fmt: skip
# subordinators before a participle that opens a clause without a subject ("when asked")
_REDUCED_CLAUSE = {"when", "if", "once", "unless", "until", "whenever"}


def _participle_after_object(p: Para, k: int, lo: int) -> bool:
    """The past form after token ``k`` may be a participle after the object of a
    preposition that follows a finite verb ("agreed to cut prices [under a deal] announced
    at the White House"; the caller checks that only an adverbial follows it); not a
    subject with a prepositional phrase ("Officials at the ministry said")."""
    toks, lows = p.toks, p.lows
    j = k
    while j >= lo and k - j < 3 and toks[j].text.isalpha() and toks[j].text.islower():
        if lows[j] in _DETERMINERS or _verbish(p, lows[j]) or lows[j] in PREPOSITIONS_EN:
            break
        if lows[j] in _NOT_IN_NOUN or adverb_en(lows[j]):
            return False  # "by the arm and he said", "from the ones who wrote": a clause
        j -= 1
    if j == k or j - 1 < lo or lows[j] not in ("a", "an", "the") or lows[j - 1] == "of":
        return False
    if lows[j - 1] not in PREPOSITIONS_EN:
        return False
    if j - 2 >= lo and lows[j - 2] in ("familiar", "close"):
        return False  # "..., sources familiar with the matter said.": the speaker
    verb = next(
        (x for x in range(j - 2, lo - 1, -1) if _verbish(p, lows[x]) and toks[x].text.islower()),
        None,
    )  # the finite verb before the phrase; not an auxiliary of the cue verb ("Mauritius
    # has [over the years] confirmed that")
    return verb is not None and not _aux_like(lows[verb])


def _in_message_of_say(p: Para, i: int, lo: int) -> bool:
    """A form of "say" or "tell" stands before the verb at ``i`` in its sentence, with no
    quotation mark, colon or semicolon between: the verb is inside its message ("said he
    had asked for a report")."""
    for j in range(i - 1, lo - 1, -1):
        t = p.toks[j]
        if t.is_quote or t.text in ";:":
            return False
        if _lemma_at(p, j) in ("say", "tell") and t.text.islower():
            return True
    return False


# irregular past forms that can be the finite verb of a clause after a verb of saying
_IRREGULAR_PAST = {
    "took", "made", "came", "went", "gave", "got", "saw", "left", "fell", "rose", "won", "lost",
    "met", "sent", "kept", "held", "found", "began", "became", "knew", "paid", "led", "cut",
    "hit", "put", "set", "spent", "brought", "bought", "caught", "fought", "sold", "grew",
}  # fmt: skip


def _clause_ahead(p: Para, k: int, hi: int) -> bool:
    """A clause without "that" opens at ``k``: a determiner, a pronoun or a name, then a
    finite verb within eight words before any mark ("[the plan is] sound", "[the
    transfers took] place"); not an object ("warns the public", "claims the title")."""
    if k + 1 < hi and _bare_plural_subject(p, k):
        return True
    if k >= hi or not _opens_clause(p, k) or p.lows[k] in ("no", "that"):
        return False
    for j in range(k + 1, min(hi, k + 9)):
        low = p.lows[j]
        if p.toks[j].is_punct and not _phrase_word(p, j):
            return False
        if j == k + 1 and p.lows[k] in _DETERMINERS and low.endswith("ed"):
            continue  # "calls for [a sustained] increase": an adjective after the article
        if _aux_like(low) or low in _IRREGULAR_PAST or (low.endswith("ed") and len(low) > 3):
            return True
        if low in _SUBORDINATORS or low in ("that", "which", "who", "to"):
            return False
    return False


def _bare_plural_subject(p: Para, k: int) -> bool:
    """A plural noun without a determiner and an auxiliary or modal after it open a clause
    ("saying [civilians had] been targeted", "warning [prices would] rise")."""
    t, low = p.toks[k], p.lows[k]
    nxt = k + 1
    if p.toks[nxt].is_quote and nxt + 1 < len(p.toks) and any(o == nxt for o, *_ in p.quotes):
        nxt += 1  # 'saying families "cannot wait"': a quotation opens with the verb
    return (
        t.text.isalpha()
        and t.text.islower()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ous"))
        and _aux_like(p.lows[nxt])
    )


def _finite_clause(p: Para, k: int, hi: int) -> bool:
    """A clause without "that" with an auxiliary or a modal opens at ``k`` ("insisting [the
    winner should] have been ruled out"); not an object ("noting the nationally
    determined contribution")."""
    if not _clause_ahead(p, k, hi):
        return False
    for j in range(k + 1, min(hi, k + 9)):
        if p.toks[j].is_punct and not (j == k + 1 and _bare_plural_subject(p, k)):
            return False  # (the quotation mark of 'saying families "cannot wait"')
        if _aux_like(p.lows[j]):
            return True
    return False


def _present_clause(p: Para, k: int, end: int) -> bool:
    """A clause in the present opens at ``k``: a determiner or a name, up to two nouns and
    a verb in "-s" that no "to" follows ("[the company needs] more time", "[Britain
    faces] a choice"); not "the committee members to", "the Bank of England to"."""
    toks, lows = p.toks, p.lows
    if not (lows[k] in _DETERMINERS or (toks[k].text[:1].isupper() and not toks[k].is_punct)):
        return False
    for j in range(k + 1, min(end - 1, k + 4)):
        t = toks[j]
        if t.is_punct or lows[j] in PREPOSITIONS_EN:
            return False
        if (
            t.text.islower()
            and lows[j].endswith("s")
            and not lows[j].endswith(("ss", "us", "is"))
            and lows[j + 1] != "to"
            and lows[j + 1] not in PREPOSITIONS_EN
            and not toks[j + 1].is_punct
            and lows[j - 1] not in _DETERMINERS
        ):
            return True
    return False


def _plural_clause(p: Para, k: int, hi: int) -> bool:
    """A clause without "that" whose subject is a plural noun without an article opens at
    ``k``: "says [fares will] rise", "says [prices are] too high" (an auxiliary or a modal
    within two words after it)."""
    if k >= hi or not (p.toks[k].text.islower() and _plural_noun(p.lows[k])):
        return False
    return any(p.lows[j] in MODALS or p.lows[j] in BE or p.lows[j] in _HAVE
               for j in range(k + 1, min(hi, k + 3)))  # fmt: skip


def _warned_of(p: Para, k: int, hi: int) -> bool:
    """ "of" at ``k`` after "warn" opens what was warned of: a word or more before the end
    or a mark ("warned of higher fares", "warns of a recession next year", 'warned of
    "catastrophic" flash flooding')."""
    toks = p.toks
    j = k + 1 + (k + 1 < hi and toks[k + 1].is_quote)  # a quoted word opens it
    return j < hi and toks[j].text.isalnum()


def _plural_subject(p: Para, k: int, i: int, lo: int) -> bool:
    """The words before a base form at ``i`` (``k``: the last one before it, adverbs left
    out) are a plural subject: a plural noun ("farmers", "the plaintiffs") or one before
    appositions set off by commas ("Farmers, however, warn", "The plaintiffs, a group of
    small businesses, say")."""
    if k < lo:
        return False
    if p.toks[k].text == ",":
        subj = fronted_subject(p, lo, i)
        return subj is not None and _plural_noun(p.lows[subj[1] - 1])
    return (_plural_noun(p.lows[k]) and _noun_phrase(p, lo, k + 1)) or _plural_of(p, lo, k)


def _plural_of(p: Para, lo: int, k: int) -> bool:
    """Tokens ``lo`` .. ``k`` are a plural subject with a short "of" or "for" phrase after
    its head: "Critics of the plan [say]", "Supporters of the measure [argue]", "Some in
    this chamber [say]"; not evidence ("The results of the study [show]")."""
    lows = p.lows
    of = next((j for j in range(lo + 1, k) if lows[j] in ("of", "for", "in", "among")), None)
    if of is None or k - of > 4 or not _noun_phrase(p, of + 1, k + 1):
        return False
    if lows[of - 1] in _PLURAL_PRONOUNS:
        # "Some in this chamber [say]", "Many among the delegates [argue]": people
        return all(adverb_en(lows[j]) for j in range(lo, of - 1))
    return (
        lows[of] in ("of", "for")
        and _plural_noun(lows[of - 1])
        and lows[of - 1] not in _EVIDENCE
        and _noun_phrase(p, lo, of)
    )


# pronouns of a plural group of people before "in" or "of" ("Some in this chamber say")
_PLURAL_PRONOUNS = {"some", "many", "most", "others", "those", "several"}


# plural nouns of evidence, no speakers before "confirm that", "predict that": "These
# numbers confirm that ...", "All those facts confirm that ..."
_EVIDENCE = {
    "facts", "numbers", "figures", "data", "statistics", "results", "trends", "events",
    "developments", "indicators", "findings", "signs",
}  # fmt: skip


# words in "-s" that are no plural nouns before a base form
_NOT_PLURAL = {"this", "its", "us", "thus", "always", "perhaps", "is", "was", "has", "does", "as"}


def _plural_noun(low: str) -> bool:
    """A lower-case word that reads as a plural noun ("officials", "analysts")."""
    return (
        len(low) > 3
        and low.isalpha()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "ous"))
        and low not in _NOT_PLURAL
    )


def _bare_plural(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are a plural noun with up to two words before it ("officials",
    "Ukrainian officials", "the police"): no verb, preposition or pronoun among them."""
    lows = p.lows
    if not 0 < b - a <= 3 or not (_plural_noun(lows[b - 1]) or lows[b - 1] in ("police", "people")):
        return False
    return all(
        p.toks[j].text.isalpha()
        and not _verbish(p, lows[j])
        and lows[j] not in PREPOSITIONS_EN
        and lows[j] not in _NOMINATIVE
        and lows[j] not in _SUBORDINATORS
        for j in range(a, b)
    )


def _speaker_word(p: Para, k: int, lo: int) -> bool:
    """Token ``k`` can end the subject of a verb of saying: a capitalised word or a
    nominative pronoun ("Rutte said of", "he said of"; not "the states of")."""
    return k >= lo and (
        p.lows[k] in _NOMINATIVE or (p.toks[k].text[:1].isupper() and not p.toks[k].is_punct)
    )


# irregular past forms of verbs of saying (the regular ones end in "-ed")
_PAST = {"said", "told", "wrote", "thought", "made"}
# verbs whose message is a clause that may open with a noun ("said demand was strong")
_CLAUSE_MESSAGE = {
    "say", "tell", "add", "warn", "argue", "insist", "claim", "note", "explain", "state",
    "report", "write", "caution", "allege", "assert", "contend", "predict", "suggest",
    "admit", "acknowledge", "confirm", "deny", "believe", "think",
}  # fmt: skip


def noun_after_verb(p: Para, i: int, hi: int) -> bool:
    """The cue form after the verb of saying at ``i`` is a noun that opens its message, no
    second verb: "Huang said [demand] was strong", "the minister said [reports] of casualties
    were exaggerated". ``i`` is then a past form or "says" of a verb with a clause message,
    right after its subject (or the appositions after it), which no finite verb follows
    (unlike the nouns in "the report said", "Media reports say", "despite repeated calls",
    "..., said State imposed"). For the check in ``verb_cues`` that skips a cue form before
    another."""
    low = p.lows[i]
    if _object_noun_after(p, i, hi):
        return True
    if not (low.endswith("ed") or low in _PAST or low == "says") or i + 1 >= hi:
        return False
    if _lemma_at(p, i) not in _CLAUSE_MESSAGE:
        return False
    lo = p.bounds[p.toks[i].sent][0]
    k = _back(p, i - 1, lo)
    if k < 0 or p.lows[k] in PREPOSITIONS_EN or p.lows[k] == "despite":
        return False
    if p.toks[k].is_punct and not (p.toks[k].text == "," and fronted_subject(p, lo, k + 1)):
        return False  # "John Smith, a spokesman, said demand was strong": the subject
    nxt = p.lows[i + 1]
    return not (nxt.endswith("ed") or nxt in _PAST)


def _object_noun_after(p: Para, i: int, hi: int) -> bool:
    """The cue form after the past verb of saying at ``i`` is its object, a plural noun
    before a that-clause: "Number 10 dismissed [reports] that ...", "denied [claims]
    that ..."."""
    low = p.lows[i]
    if not (_lemma_at(p, i) in OBJECT_VERBS and i + 2 < hi):
        return False
    if p.lows[i + 1] in _DEMAND_NOUNS and p.lows[i + 2] == "for":
        # "rejected [calls] for a new tax", "dismissing [demands] for an inquiry"
        return low.endswith(("ed", "ing", "s")) and p.lows[i] != "calls"
    return (
        (low.endswith("ed") or low in _PAST)
        and _plural_noun(p.lows[i + 1])
        and p.lows[i + 2] == "that"
    )


# plural nouns of a demand that a verb of saying takes as its object ("rejected calls for")
_DEMAND_NOUNS = {"calls", "demands", "appeals", "requests"}


def passive_en(p: Para, i: int, lo: int) -> bool:
    """The cue verb at ``i`` is a passive participle ("it was said", "should be noted")."""
    k = _back(p, i - 1, lo)
    return k >= lo and p.lows[k] in BE and not p.lows[i].endswith("ing")


def _before_time_phrase(p: Para, a: int, b: int) -> int:
    """The end of the subject ``a`` .. ``b`` without a time phrase at its end ("NATO chief
    Mark Rutte [on Wednesday]", "Merz [late on Sunday]")."""
    for j in range(a + 1, b):
        if p.lows[j] in _TIME_LEAD and time_phrase_end(p, j, b) == b:
            named = any(p.toks[x].text[:1].isupper() for x in range(a, j))
            return j if named else b  # not "just [this week]"
    return b


def dateline_end(p: Para, a: int, b: int) -> int:
    """The index after a news agency's dateline that opens tokens ``a`` .. ``b`` ("KYIV,
    Feb 12 (Reuters) -", "WASHINGTON (AP) —", "LONDON —"), else ``a``: a place in capitals
    at the sentence's start (it may lie before ``a``), a date, the agency in brackets, then
    a dash."""
    toks = p.toks
    if a >= b:
        return a
    lo = p.bounds[toks[a].sent][0]
    j = lo
    while j < b and _capital_place(toks[j].text):
        j += 1
    if j == lo or j - lo > 3:
        return a
    if j < b and toks[j].text == ":" and colon_dateline(p, lo, j):
        return j + 1 if a <= j else a  # "SANGRUR: Gurnam Singh, a wheat farmer, complained"
    if j < b and toks[j].text == ",":  # ", Feb 12"
        j += 1
        j = _dateline_region_end(p, j, b)  # "BELÉM, [Brazil] —"
        while j < b and (
            toks[j].low in _TIME_WORDS or toks[j].text.isdigit() or toks[j].text == "."
        ):
            j += 1
    if j < b and toks[j].text == "(":  # "(Reuters)"
        close = next((x for x in range(j + 1, min(b, j + 5)) if toks[x].text == ")"), None)
        if close is None:
            return a
        j = close + 1
    if not (a <= j < b and toks[j].text in ("-", "–", "—")):
        return a
    j += 1
    while j < b and toks[j].text in ("-", "–", "—"):
        j += 1  # "LONDON (Bloomberg) --"
    return j


def _capital_place(text: str) -> bool:
    """A word of a place in capitals that opens a dateline: "LONDON", "PORT-AU-PRINCE"."""
    return text.isupper() and text.replace("-", "").isalpha() and len(text) > 1


def colon_dateline(p: Para, lo: int, colon: int) -> bool:
    """The words in capitals ``lo`` .. ``colon`` before a colon are the place of an Indian
    newspaper's dateline, no speaker of a headline: "SANGRUR: Gurnam Singh complained
    that ...", "NEW DELHI: ..." (one word of five letters or more, or more words; the
    sentence ends with a period, which a headline lacks, and has a verb of saying; not
    "UN: Ceasefire must hold")."""
    toks = p.toks
    end = p.bounds[toks[lo].sent][1]
    return (
        p.lang == "en"
        and all(_capital_place(toks[x].text) for x in range(lo, colon))
        and (colon - lo > 1 or len(toks[lo].text) >= 5)
        and toks[end - 1].text == "."
        and end - colon > 4
        # a verb of saying after it, whose own subject speaks (not "UNICEF: Children are
        # dying in Gaza.")
        and any(p.lows[x] in _lexicon(p).verbs for x in range(colon + 2, end))
    )


def _dateline_region_end(p: Para, j: int, b: int) -> int:
    """The index after a country or state that follows the place of a dateline at ``j``
    ("BELÉM, [Brazil] —", "AUSTIN, [Texas] (AP) —", "MIAMI, [Fla.] —"), else ``j``: one or
    two capitalised words (with an abbreviation's period) right before the dash or the
    agency in brackets, so that a date after the comma still reads as a date."""
    toks = p.toks
    k = j
    while (
        k < b
        and k - j < 3
        and (
            (
                toks[k].text[:1].isupper()
                and toks[k].text.isalpha()
                and toks[k].low not in _TIME_WORDS
            )
            or (toks[k].text == "." and k > j)
        )
    ):
        k += 1
    if k > j and k + 1 < b and toks[k].text == "," and toks[k + 1].low in _TIME_WORDS:
        return k + 1  # "VEVEY, [Switzerland], Oct 16 (Reuters) -": a date after the country
    return k if k > j and k < b and toks[k].text in ("(", "-", "–", "—") else j


def _cited_speaker(p: Para, i: int, lo: int) -> tuple[int, int] | None:
    """The speaker of "as saying" at ``i``: the object of an active "cited"/"quoted" ("The
    agency cited [Ryabkov] as saying") or the subject of a passive one ("[Deputy Foreign
    Minister Sergei Ryabkov] was cited by TASS as saying")."""
    lows = p.lows
    if i - 2 < lo or lows[i - 1] != "as":
        return None
    cite = next((j for j in range(i - 2, lo - 1, -1) if lows[j] in _CITING), None)
    if cite is None:
        return None
    if cite - 1 > lo and lows[cite - 1] in BE:
        b = cite - 1
        a = b
        while a > lo and not p.toks[a - 1].is_punct and b - a < 10:
            a -= 1
        while b > a and adverb_en(lows[b - 1]):
            b -= 1
        if b == a and b - 1 > lo and p.toks[b - 1].text == ",":
            # "[A neighbour], who gave only her first name, Sandra, was quoted as saying"
            return fronted_subject(p, lo, b)
        return (a, b) if b > a else None
    return (cite + 1, i - 1) if cite + 1 < i - 1 else None


# verb forms that go before their subject after a message and a comma ("..., said the
# minister"; not "..., confirmed the final aims of ...")
_INVERTED = {"said", "says", "asked", "asks", "added", "adds", "wrote", "writes"}


def _inverted_after_quote(p: Para, i: int, lo: int, hi: int) -> bool:
    """The verb at ``i`` follows a closed quotation and its comma, "?" or "!" and its
    subject follows it ('"This is a manageable hit," wrote [Joseph Dickerson], an analyst
    at Jefferies', '"...," added [the minister].')."""
    return (
        i - 2 >= lo
        and p.toks[i - 1].is_quote
        and p.toks[i - 2].text in ",?!"
        and _pair_closing(p, i - 1) is not None
        and _subject_after(p, i, hi) is not None
    )


def _after_message(p: Para, i: int, lo: int) -> bool:
    """The verb at ``i`` follows its message right after a closing quotation mark or, for
    "said", "asked", "added" and "wrote", a comma ('"Who will pay?" asked', "Prices will
    rise, said"): its subject may come after it."""
    toks = p.toks
    if i - 1 <= lo:
        return False
    if toks[i - 1].is_quote:
        return toks[i - 2].text in ",?!" and _pair_closing(p, i - 1) is not None
    return toks[i - 1].text == "," and p.lows[i] in _INVERTED


def _subject_after(p: Para, i: int, hi: int) -> tuple[int, int] | None:
    """The subject after a verb of saying at ``i`` that follows its message: up to six words
    after an article, before a preposition, a time phrase or a mark, with only an
    adverbial after it ('"Who will pay?" asked [opposition leader Kemi Badenoch] during
    ...', "..., said [the opposition leader]."; not '"...," asked the minister to ...')."""
    toks, lows = p.toks, p.lows
    a = i + 1
    if a + 1 < hi and lows[a] == "one" and (lows[a + 1] in _TIME_WORDS or lows[a + 1] == "day"):
        return None  # '"...," said one day later ...': a time phrase, no subject
    part = _partitive_after(p, a, hi)
    if part is not None:
        return part  # '"...," said [one of the organisers].'
    # "one" like an article: '"...," said [one purchasing manager] at a German supplier.'
    j = a + (a < hi and lows[a] in ("the", "a", "an", "one"))
    start = j
    if j >= hi or not (
        j > a or lows[j] in _ROLE_WORDS or toks[j].text[:1].isupper() or _titled_name(p, j, hi)
    ):
        return None  # not "..., said two months ago"
    while (
        j < hi
        and j - start < 7
        and (
            # '"...," said [one U.S. official]', 'said lead author [Dr.] Hannah Okoye'
            _abbreviation_period(p, j, start)
            or (
                j - start < 6
                and not toks[j].is_punct
                and _phrase_word(p, j)
                and (lows[j] not in PREPOSITIONS_EN or _title_of(p, j, hi))
                and lows[j] not in _TIME_LEAD
                and lows[j] not in _TIME_WORDS
                and lows[j] not in _SUBORDINATORS
                and lows[j] not in ("that", "who", "which", "and", "or", "but", "to")
                and (not adverb_en(lows[j]) or _ly_name(p, j))
                and not _aux_like(lows[j])
            )
        )
    ):
        j += 1
    if j > start + 1 and j + 1 < hi and lows[j - 1] == "familiar" and lows[j] == "with":
        # '"...," said [a U.S. official familiar with the talks].'
        stop = next((x for x in range(j + 1, min(hi, j + 6)) if toks[x].is_punct), None)
        if stop is not None and _nothing_but_adverbial(p, stop, hi):
            return (a, stop)
    if j > start and (_relative_after(p, j, hi) or _place_then_relative(p, j, hi)):
        return (a, j)  # '"...," said [the woman], who asked not to be named.'
    if j > start and _nothing_but_adverbial(p, j, hi):
        return (a, j)
    return _before_appositions(p, a, j, hi) if j > start else None


def _possessive_end(p: Para, src: tuple[int, int]) -> bool:
    """The span ``src`` after an inverted verb ends in a possessive whose noun follows:
    "Germany's" of "..., said Germany's defence ministry."."""
    b = src[1]
    return b < len(p.toks) and p.lows[b - 1].endswith(("'s", "’s")) and p.toks[b].text.isalpha()


def _abbreviation_period(p: Para, j: int, start: int) -> bool:
    """Token ``j`` is the period of an abbreviation inside a noun phrase ("U.S.", "Dr."),
    a word follows it in its sentence."""
    return (
        j > start
        and p.toks[j].text == "."
        and _abbreviation(p.lows[j - 1])
        and j + 1 < p.bounds[p.toks[j].sent][1]
        and not p.toks[j + 1].is_punct
    )


def _partitive_after(p: Para, a: int, hi: int) -> tuple[int, int] | None:
    """A partitive subject at ``a`` after an inverted verb, with only an adverbial or a
    relative clause after it: '"...," said [one of the organisers].', else None."""
    if a + 2 >= hi or p.lows[a] != "one" or p.lows[a + 1] != "of":
        return None
    k = a + 2
    while k < hi and k - a < 5 and p.toks[k].text.isalpha():
        k += 1
    if not _partitive(p, a, k):
        return None
    return (a, k) if _nothing_but_adverbial(p, k, hi) or _relative_after(p, k, hi) else None


def _place_then_relative(p: Para, j: int, hi: int) -> bool:
    """A short "at"/"of"/"from" phrase at ``j`` and then a relative clause after a comma
    describe an inverted subject: '"...," said a strategist [at a City bank, who] spoke on
    condition that ...' (capitalised words, articles and nouns only before the comma)."""
    toks, lows = p.toks, p.lows
    if j >= hi or lows[j] not in ("at", "of", "from"):
        return False
    for k in range(j + 1, min(hi, j + 8)):
        if toks[k].text == ",":
            return k > j + 1 and _relative_after(p, k, hi)
        if not _phrase_word(p, k) or _verbish(p, lows[k]) or lows[k] in _SUBORDINATORS:
            return False
    return False


def _before_appositions(p: Para, a: int, j: int, hi: int) -> tuple[int, int] | None:
    """The subject ``a`` .. ``j`` after an inverted verb when appositions set off by commas
    follow it, then only an adverbial or a relative clause: '"...," said [neighbour Linda
    Alvarez], 62.', '"...," wrote [Joseph Dickerson], an analyst at Jefferies, in a note
    to clients.'; the name of the first apposition after a lower-case noun ('"...," said
    the neighbour, [Linda Alvarez], 62.'); None when anything else follows."""
    toks = p.toks
    end = hi
    while end > j and toks[end - 1].text in ".!?":
        end -= 1
    commas = [k for k in range(j, end) if toks[k].text == ","]
    if not commas or commas[0] != j:
        return None
    for n in range(len(commas[:3])):
        stop = commas[n + 1] if n + 1 < len(commas) else end
        if not _apposition_piece(p, commas[n] + 1, stop):
            return None
        if stop == end or _relative_after(p, stop, end) or adverbial_tail(p, stop, end):
            name = _described_name(p, j + 1, commas[1] if len(commas) > 1 else end)
            if name is None and _is_name(p, j + 1, commas[1] if len(commas) > 1 else end):
                name = (j + 1, commas[1] if len(commas) > 1 else end)
            if name is not None and toks[j - 1].text.islower():
                return name  # "the neighbour, [Linda Alvarez], 62"
            return (a, j)
    return None


# capitalised title words before "of" or "for" inside a title ("Secretary of State",
# "Chief of Staff", "Minister for Europe", "Chancellor of the Exchequer")
_TITLE_HEADS = {"chancellor", "chair", "speaker", "professor"}


def _title_of(p: Para, j: int, hi: int) -> bool:
    """The "of" or "for" at ``j`` is inside a capitalised title before a name: '"...,"
    said Secretary [of] State Marco Rubio', 'said Minister [for] Europe Stephen Doughty'
    (a capitalised role word before it, a capitalised word after it and "the")."""
    toks, lows = p.toks, p.lows
    if lows[j] not in ("of", "for") or j < 1:
        return False
    prev = toks[j - 1]
    if not prev.text[:1].isupper() or not (prev.low in _ROLE_WORDS or prev.low in _TITLE_HEADS):
        return False
    k = j + 1 + (j + 1 < hi and lows[j + 1] == "the")
    return k < hi and toks[k].text[:1].isupper() and not toks[k].is_punct


def _relative_after(p: Para, j: int, hi: int) -> bool:
    """A relative clause at ``j`` describes the subject before it: "..., said the
    woman[, who asked not to be named].", "..., said a woman [who asked not to be named]"."""
    j += j < hi and p.toks[j].text == ","
    return j < hi and p.lows[j] in ("who", "whose")


def _titled_name(p: Para, j: int, hi: int) -> bool:
    """Up to three lower-case title words at ``j`` before a capitalised name ('"...," said
    [lead author] Dr Helen Okafor', "pensioner Margaret Hill", "72-year-old Margaret
    Hill"): no verb, preposition, time word, adverb or pronoun among them."""
    toks, lows = p.toks, p.lows
    k = j
    while (
        k < hi
        and k - j < 3
        and toks[k].text.islower()
        and lows[k].replace("-", "").isalnum()
        and not _verbish(p, lows[k])
        and lows[k] not in PREPOSITIONS_EN
        and lows[k] not in _TIME_WORDS
        and lows[k] not in _TIME_LEAD
        and lows[k] not in _SUBORDINATORS
        and lows[k] not in _NOMINATIVE
        and lows[k] not in _OBJECT_PRONOUNS
        and lows[k] not in ("that", "it", "and", "or", "but", "to", "not", "no")
        and not adverb_en(lows[k])
    ):
        k += 1
    return j < k < hi and toks[k].text[:1].isupper() and not toks[k].is_punct


def _nothing_but_adverbial(p: Para, k: int, hi: int) -> bool:
    """Only an adverbial or the sentence's final mark from token ``k`` to ``hi`` ("...,
    it added [in a statement].")."""
    end = hi
    while end > k and p.toks[end - 1].text in ".!?":
        end -= 1
    return k >= end or adverbial_tail(p, k, end)


def _it_after_message(p: Para, k: int, i: int, lo: int) -> bool:
    """ "it" at ``k`` is the subject of the verb at ``i`` after its message: "Crews were
    told to keep their distance, it added.", '"...," it said in a statement'; not after an
    opener ("..., in this context, it announced the creation of ...", "As such, it calls
    for ...") or before an object ("..., it invites disorder")."""
    toks, lows = p.toks, p.lows
    if not (k > lo and lows[k] == "it" and (toks[k - 1].text == "," or toks[k - 1].is_quote)):
        return False
    hi = p.bounds[toks[i].sent][1]
    after = i + 1
    if after < hi and any(part == lows[after] for _, part, _ in _lexicon(p).alts.get(lows[i], ())):
        after += 1  # the particle of "calls for"
    if not _nothing_but_adverbial(p, after, hi):
        return False
    if toks[k - 1].is_quote:
        return True
    c = k - 2
    while c >= lo and toks[c].text != ",":
        c -= 1
    opener = lows[c + 1]  # of the words before the comma: "In this context, it ..."
    return not (
        opener in PREPOSITIONS_EN or opener in _SUBORDINATORS or opener in ("and", "but", "as")
    )


# "Yet only yesterday the OBR said", "Later the Tory leader said"
_FRONTED_LEAD = {"only", "just", "yet", "but", "and", "later", "earlier", "meanwhile"}


def after_fronted_adverbial(p: Para, a: int, b: int) -> int:
    """The start of the subject in ``a`` .. ``b`` after a fronted adverbial without a
    comma before "the": a time phrase ("Yesterday [the Office for Budget Responsibility]",
    "Yet only yesterday [the OBR]", "last year [the Secretary-General]") or a short
    prepositional phrase ("from this podium [the Secretary-General]", "in March [the
    Chancellor]"); else ``a``."""
    lows = p.lows
    j = a
    while j < b and lows[j] in _FRONTED_LEAD:
        j += 1
    end = time_phrase_end(p, j, b)
    if end == j and j < b and lows[j] in PREPOSITIONS_EN:
        end = next((x for x in range(j + 2, min(b, j + 5)) if lows[x] == "the"), j)
        if any(not _object_word(p, x) for x in range(j + 1, end)):
            end = j  # "In the end the ...", "In addition to the loss", "for those who ..."
    if a < end < b - 1 and lows[end] == "the" and _noun_phrase(p, end, b):
        return end
    return a


def _object_word(p: Para, x: int) -> bool:
    """Token ``x`` may be in the object of a fronted preposition before a subject with
    "the": a demonstrative, an adjective, a noun, a number ("from [this very podium]",
    "in [2019]"); no article "the", preposition, pronoun, mark or verb."""
    low = p.lows[x]
    return (
        p.toks[x].text.isalnum()
        and low not in ("the", "to")
        and low not in PREPOSITIONS_EN
        and low not in _NOMINATIVE
        and low not in _SUBORDINATORS
        and low not in ("it", "that", "which", "who")
        and not _verbish(p, low)
    )


def _it_after_opener(p: Para, b: int, k: int) -> bool:
    """ "it" at ``k`` is the verb's subject right after a fronted phrase that ends at ``b``
    and its comma: "In its twice-yearly report, [it] said ..." (the shared rules take no
    lone "it" as a subject; the pronoun refers back to a body, see ``_names``)."""
    return k == b + 1 and p.lows[k] == "it" and p.toks[b].text == ","


def speaker_span(p: Para, src: tuple[int, int] | None, i: int, lo: int) -> tuple[int, int] | None:
    """The speaker within the subject span ``src`` of the verb at ``i``: a nominative
    pronoun in it ("I" in "I am proud to", "All I can"), "me"/"us" after "let", else the span
    without the modals, auxiliaries, adverbs and "to" at its end; None for a passive without
    an agent ("It should be noted that"). After its message the speaker is "it" before the
    verb ("..., it added.") or a subject after it ('"Who will pay?" asked opposition leader
    Kemi Badenoch')."""
    cited = _cited_speaker(p, i, lo)
    if cited is not None:
        return cited
    lows = p.lows
    if passive_en(p, i, lo):
        return None  # the speaker, if any, is the "by" agent
    if src is not None:
        b = src[1]
        while b < i and (lows[b] in _LY_NOUNS or (b > src[0] and _ly_name(p, b))):
            b += 1  # "[her family] said": the shared rules cut a word in "-ly" as an adverb
        if b < i and p.toks[b].text == "WHO" and _back(p, i - 1, lo) == b:
            b += 1  # "[the WHO] said": the World Health Organization, no relative pronoun
        src = (src[0], b)
    k = _back(p, i - 1, lo)
    if src is not None and src[0] > i and p.lows[i] in ("told", "tells"):
        before = _particle_name_before(p, k, lo)
        if before is not None:  # '"...," [des Cars] told the Senate culture committee'
            return before
    role = _role_then_name(p, k, lo) if k == i - 1 else None
    if role is not None:  # "..., the Paris prosecutor, [Laure Beccuau], said on Sunday"
        return role[1]
    if _it_after_message(p, k, i, lo):
        return (k, k + 1)  # "Crews were told to keep their distance, it added.": "it" speaks
    if (
        src is not None
        and src[0] > i
        and (_abbreviation_period(p, src[1], src[0]) or _possessive_end(p, src))
    ):
        # '"...," said [one U.S. official ...]', "..., said [Germany's defence ministry]"
        after = _subject_after(p, i, p.bounds[p.toks[i].sent][1])
        if after is not None and after[1] > src[1]:
            return after  # '"...," said [one U.S. official familiar with the talks]'
    if (src is None or src[1] < i) and _after_message(p, i, lo):
        after = _subject_after(p, i, p.bounds[p.toks[i].sent][1])
        if after is not None:  # '"Who will pay?" asked [opposition leader Kemi Badenoch]'
            return after
    which = _which_antecedent(p, k, lo)
    if which is not None:  # "..., the Trump administration, which had promised": the antecedent
        return which if which[1] > which[0] else None
    if src is None:
        if (
            k >= lo
            and (lows[k] in _NOMINATIVE or lows[k] == "it")
            and _lemma_at(p, i) in _STANCE_ACTS
        ):
            # "..., it equally denounces", "(see A/77/PV.5). we denounced": the pronoun
            # right before a verb of stance
            return (k, k + 1)
        if k > lo and lows[k] in ("and", "but") and not _relative_clause_before(p, lo, k):
            # "Foreign Secretary David Lammy called for ... in Gaza and said": the subject
            # of the first verb, also beyond the reach of the general rules
            return sentence_subject(p, lo, k)
        return None
    if k >= lo and lows[k] == "who" and p.toks[k].text != "WHO":
        # "Winston Churchill, who said": the antecedent
        j = k - 1 if k - 1 >= lo and p.toks[k - 1].text == "," else k
        h = j
        while (
            h > lo
            and (
                (p.toks[h - 1].text[:1].isupper() and not p.toks[h - 1].is_punct)
                or (p.toks[h - 1].text == "," and p.lows[h] in ("jr", "sr"))
                or (p.toks[h - 1].text == "." and h - 2 >= lo and p.toks[h - 2].text[:1].isupper())
                # "Rep. Jared Golden of Maine, who announced": the person, not the place
                or (
                    p.lows[h - 1] in ("of", "from")
                    and h - 2 >= lo
                    and p.toks[h - 2].text[:1].isupper()
                )
            )
        ):
            h -= 1  # "Martin Luther King, Jr., who said"
        if h < j:
            return (h, j)
    a, b = src
    if dateline_end(p, a, i) >= b > a:
        # "BELÉM, Brazil — ... as negotiators argued": the span is only the dateline's
        # place; the subject is after it, up to the verb
        a, b = dateline_end(p, a, i), i
    a = dateline_end(p, a, b)  # "KYIV, Feb 12 (Reuters) - [Ukrainian President ...] said"
    a = after_fronted_adverbial(p, a, b)  # "Yesterday [the Office for ...] said"
    toks = p.toks
    if a < b and all(lows[x] in _TIME_WORDS for x in range(a, b)):
        # "YAOUNDE, Oct 27 (Reuters) - Cameroon's Constitutional Council on [Monday] said":
        # a time phrase is no speaker; the subject before it
        t = a
        while t > lo and lows[t - 1] in _TIME_LEAD:
            t -= 1
        return sentence_subject(p, lo, t) if t < a else None
    if (
        a < k
        and lows[k] in _NOMINATIVE
        and lows[k - 1] in ("and", "but")
        and any(_verbish(p, lows[x]) or lows[x] in _IRREGULAR_PAST for x in range(a, k - 1))
    ):
        # "after we had ..., that man grabbed me and [he] said": a clause of its own after
        # "and" (not "My wife and I said")
        return (k, k + 1)
    subs = [
        j
        for j in range(a, i)
        if (
            lows[j] in _SUBORDINATORS
            or _that_clause_at(p, j, a, i)
            # "the WMO said on Thursday as [negotiators] argued": a clause after a cue
            or (lows[j] == "as" and j > a and (lows[j - 1] in _TIME_WORDS or _lemma_at(p, j - 1)))
        )
        # not a parenthesis: "The minister, while visiting Kyiv, said"
        and not (
            j > a and toks[j - 1].text == "," and any(toks[x].text == "," for x in range(j, i))
        )
    ]
    if subs:  # "I agree with what President Trump said", "That is why New Zealand calls"
        a, b = subs[-1] + 1, max(b, i)
    lead = a + (  # "All I can say", "may I point out"
        a < b
        and (lows[a] in ("all", "and", "but", "so") or adverb_en(lows[a]) or lows[a] in MODALS)
    )
    for j in (a, lead) if lead < b else (a,):
        if lows[j] in _NOMINATIVE or (_contraction(lows[j]) or ("", ""))[0] in _NOMINATIVE:
            return (j, j + 1)  # "I would like to ...", "All I can say", "I'm pleased to"
    for j in range(a + 1, b):
        if lows[j] in ("me", "us") and lows[j - 1] in ("let", "allow"):
            return (j, j + 1)  # "Let me", "Allow me to"
    while b > a and (
        (_aux_like(lows[b - 1]) and not _surname_may(p, b - 1, a))
        or lows[b - 1] == "to"
        or (adverb_en(lows[b - 1]) and not _ly_name(p, b - 1))
    ):
        if lows[b - 1] == "to" and b - 2 > a and lows[b - 2] in _CONTROL_VERBS:
            b -= 1  # "Tip O'Neill [liked] to call himself"
        b -= 1
    b = _before_time_phrase(p, a, b)
    if b - 1 > a and lows[b - 1] in _NOMINATIVE:
        return (b - 1, b)  # "to which I would like to", "which he has so eloquently"
    if b - 1 > a and lows[b - 1] in ("and", "or", "but"):
        # "the United Nations should monitor the situation and demand": the first verb's
        # subject, when the span opens the sentence
        if a == lo:
            return sentence_subject(p, a, b - 1)
        got = sentence_subject(p, lo, b - 1)  # "Two years ago, [the minister] met X and said"
        if got is not None and got[0] >= a:
            return got
        run = _name_run_end(p, a, b - 1) if toks[a - 1].text == "," else a
        # "..., in the first winter of the cold war, [President Truman] stood ... and called"
        return (a, run) if run > a and lows[run] not in ("and", "or", ",") else None
    if b > a and (lows[a] in PREPOSITIONS_EN or lows[a] in ("and", "or")):
        if _it_after_opener(p, b, k):
            return (k, k + 1)  # "In its report, [it] said": "it" speaks after the opener
        return None  # "At this time", "In my view": not the subject
    who = next((j for j in range(a + 1, b) if lows[j] == "who" and toks[j].text != "WHO"), None)
    if who is not None and who - a >= 2 and toks[who - 1].text.isalpha():
        b = who  # "[a senior official] who asked not to be named told Reuters"
    return (a, b) if b > a else None


def _particle_name_before(p: Para, k: int, lo: int) -> tuple[int, int] | None:
    """A surname with a lower-case particle that ends at ``k`` right after a quotation and
    its comma ('"...," [des Cars] told the Senate'; the addressee after "told" is no
    inverted subject), else None."""
    toks = p.toks
    j = k
    while j >= lo and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        j -= 1
    if j == k or j < lo or toks[j].text not in _NAME_PARTICLES:
        return None
    a = j
    while a - 1 >= lo and toks[a - 1].text in _NAME_PARTICLES:
        a -= 1
    ok = a - 2 >= lo and toks[a - 1].is_quote and toks[a - 2].text in ",?!"
    return (a, k + 1) if ok else None


def _which_antecedent(p: Para, k: int, lo: int) -> tuple[int, int] | None:
    """For a cue verb whose subject is "which" after a comma (``k``: the last word before the
    verb; auxiliaries and adverbs before it are skipped): the noun phrase before the comma,
    back to its article or a preposition, with a capitalised word in it ("The result was a
    relief for [the Trump administration], which had promised"); an empty span when there
    is none ("..., which said"); None when the subject is no such "which"."""
    lows, toks = p.lows, p.toks
    w = k
    while w >= lo and (_aux_like(lows[w]) or adverb_en(lows[w])):
        w -= 1
    if not (w - 1 > lo and toks[w].text == "which" and toks[w - 1].text == ","):
        return None
    j = w - 1
    h = j
    while h > lo and j - h < 6:
        t = toks[h - 1]
        if t.is_punct or lows[h - 1] in PREPOSITIONS_EN or _aux_like(lows[h - 1]):
            break
        if lows[h - 1] in _ARTICLES or lows[h - 1] in _DETERMINERS or lows[h - 1] == "that":
            h -= 1
            break
        if not t.text.replace("-", "").isalpha() or (
            t.text.islower() and (_verbish(p, lows[h - 1]) or lows[h - 1] in _IRREGULAR_PAST)
        ):
            break
        h -= 1
    if any(lows[x] in _TIME_WORDS or lows[x].isdigit() for x in range(max(h - 1, lo), j)):
        return None  # "the summit held in Tehran on 19 July, which reaffirmed": no time
    if h < j and (
        any(toks[x].text[:1].isupper() for x in range(h, j))
        or lows[h] in _ARTICLES
        or lows[h] in _DETERMINERS
        or lows[h] == "that"
    ):
        return (h, j)
    return (j, j)


def _relative_clause_before(p: Para, lo: int, k: int) -> bool:
    """The clause before the "and" at ``k`` is a relative one after a comma ("..., which
    condemned their imprisonment and demanded"): its subject is no sentence subject."""
    c = next((j for j in range(k - 1, lo - 1, -1) if p.toks[j].text == ","), None)
    return c is not None and c + 1 < k and p.lows[c + 1] in ("which", "who")


def _that_clause_at(p: Para, j: int, a: int, i: int) -> bool:
    """A "that" inside the subject span (not its first word, the determiner of "That
    report said") opens the clause of the verb at ``i``: "They were surprised [that] he
    said ...", "the plan [that] the minister said would fail"."""
    if p.lows[j] != "that" or j <= a or j + 1 >= i:
        return False
    nxt = p.lows[j + 1]  # not a name: "I support [that] Resolution and urge ..."
    return nxt in _NOMINATIVE or nxt in _DETERMINERS


# lower-case words of a title between capitalised words ("White House press secretary
# Karoline Leavitt", "Nvidia chief executive Jensen Huang")
_ROLE_WORDS = {
    "press", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "chief",
    "executive", "president", "leader", "chairman", "chairwoman", "director", "official",
    "commander", "envoy", "ambassador", "adviser", "advisor", "deputy", "foreign", "defence",
    "defense", "senior", "head", "governor", "mayor", "senator", "lawyer", "attorney",
    "officer", "commissioner", "negotiator", "representative", "prime", "general", "vice",
    "security", "national", "finance", "interior", "opposition", "party", "economy",
    "boss", "manager", "coach", "captain", "skipper", "chancellor", "chair", "analyst",
    "economist",
}  # fmt: skip


def _verbish(p: Para, low: str) -> bool:
    """A lower-case word that reads as a verb, not a noun of a subject: an auxiliary, a
    past form in "-ed" or a form of a cue verb ("has", "blocked", "said")."""
    return _aux_like(low) or (low.endswith("ed") and len(low) > 3) or low in _lexicon(p).verbs


def _name_run_end(p: Para, a: int, end: int) -> int:
    """The end of the run of capitalised words at ``a``, with the lower-case title words
    between them ("White House press secretary Karoline Leavitt")."""
    toks = p.toks
    b = a
    while b < end:
        if toks[b].text[:1].isupper() and not toks[b].is_punct:
            b += 1
            continue
        if (
            toks[b].text == "."
            and b > a
            and (
                p.lows[b - 1] in ("jr", "sr")  # "Robert F. Kennedy Jr."
                or (
                    (p.lows[b - 1] in _ABBREVIATIONS or _initial(toks[b - 1].text))
                    and b + 1 < end
                    and toks[b + 1].text[:1].isupper()
                )
            )
        ):
            b += 1  # "Mr. Trump", "Sen. Warren", "Gen. Milley", "Robert F. Kennedy"
            continue
        if p.lows[b] in ("of", "for") and b > a:
            # "Campaign [for] Nuclear Disarmament", "Bank [of] England", "Secretary [of the] Treasury"
            j = b + 1 + (b + 1 < end and p.lows[b + 1] == "the")
            if j < end and toks[j].text[:1].isupper() and not toks[j].is_punct:
                b = j
                continue
        if p.lows[b] == "and" and b > a and _and_in_body_name(p, a, b, end):
            b += 1  # "The Food [and] Drink Federation", "Department of Health [and] Social Care"
            continue
        j = b
        # lower-case words of a title with a role word among them ("Foreign [ministry
        # spokesman] Esmaeil Baghaei", "White House [press secretary] Karoline Leavitt")
        while (
            j < end
            and j - b < 3
            and toks[j].text.isalpha()
            and toks[j].text.islower()
            and (p.lows[j] in _ROLE_WORDS or not _verbish(p, p.lows[j]))
            and p.lows[j] not in PREPOSITIONS_EN
            and p.lows[j] not in _SUBORDINATORS
            and p.lows[j] not in _DETERMINERS
            and p.lows[j] not in _NOMINATIVE
            and p.lows[j] not in ("and", "or", "but", "that", "to", "it")
        ):
            j += 1
        if not any(p.lows[x] in _ROLE_WORDS for x in range(b, j)):
            j = b
        if j == b or b == a or j >= end or not toks[j].text[:1].isupper() or toks[j].is_punct:
            break
        b = j
    return b


# nouns that end or open the name of a body ("Food and Drink [Federation]", "[Department]
# of Health and Social Care")
_BODY_NAME_ENDS = {
    "federation", "association", "society", "council", "commission", "institute", "union",
    "foundation", "alliance", "organisation", "organization", "board", "authority", "agency",
    "trust", "service", "network", "centre", "center", "confederation", "league", "traders",
}  # fmt: skip
_BODY_NAME_HEADS = {"department", "ministry", "office", "society", "institute", "museum"}


def _and_in_body_name(p: Para, a: int, k: int, end: int) -> bool:
    """The "and" at ``k`` joins two parts of one body's name that opens at ``a`` (a run of
    capitalised words before it): the run after it ends in a body noun ("The Food and
    Drink Federation") or the name opens with one before "of" ("Department of Health and
    Social Care"); not two subjects ("Britain and France said")."""
    toks, lows = p.toks, p.lows
    if not (k + 1 < end and toks[k + 1].text[:1].isupper() and not toks[k + 1].is_punct):
        return False
    c = k + 1
    while c < end and toks[c].text[:1].isupper() and not toks[c].is_punct:
        c += 1
    first = a + (lows[a] == "the")
    head = first + 1 < k and lows[first] in _BODY_NAME_HEADS and lows[first + 1] in ("of", "for")
    return head or lows[c - 1] in _BODY_NAME_ENDS


def _initial(text: str) -> bool:
    """A capital letter alone, the initial of a name ("F" of "Robert F. Kennedy")."""
    return len(text) == 1 and text.isupper()


# titles written with a period, inside a run of capitalised words
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st",
}  # fmt: skip
# words that open a subject before lower-case nouns ("A federal judge", "Our partners")
_ARTICLES = {"the", "a", "an", "our", "their", "his", "her", "its", "my", "your"}


def sentence_subject(p: Para, lo: int, end: int) -> tuple[int, int] | None:
    """The subject that opens the sentence's first main clause: a nominative pronoun near
    its start or a run of capitalised words (with "the"), after up to three introductory
    phrases and their commas ("In this regard, Sierra Leone fully supports ...", "Last year
    we hosted ..."). The speaker of a cue verb coordinated with the first verb ("..., and
    continues to call for") or of a participle ("..., noting that")."""
    toks, lows = p.toks, p.lows
    fronted = fronted_subject(p, lo, end)
    if fronted is not None:  # "A senior official, speaking on condition of anonymity, said"
        return fronted
    conj = next(
        (
            j
            for j in range(end - 1, lo + 1, -1)
            if lows[j] in ("and", "but") and toks[j - 1].text == ","
        ),
        None,
    )
    if conj is not None:
        # "Nasa released new images on Wednesday, and its associate administrator, [Amit
        # Kshatriya], stressed that": the subject of the second clause with its appositions
        fronted = fronted_subject(p, conj + 1, end)
        if fronted is not None:
            return fronted
    semi = next((j for j in range(end - 1, lo - 1, -1) if toks[j].text == ";"), None)
    if semi is not None and semi + 1 < end:  # "...; on the contrary, it recognizes ... and"
        lo = semi + 1
    # "CHICAGO (AP) — [A federal judge] ..., saying": the place of a dateline is no subject
    lo = dateline_end(p, lo, end)
    lo = _question_opener_end(p, lo, end)  # "Asked whether he ..., [Mr. Mamdani] smiled and"
    a = lo
    closing = next((c for o, c, depth, _ in p.quotes if o == lo and depth == 0 and c < end), None)
    if closing is not None:  # '"We will respond," Peskov said, adding ...': not inside the quote
        a = closing + 1
        while a < end and toks[a].text in ",;:–—":
            a += 1
    for _ in range(3):
        while a < end and (
            (adverb_en(lows[a]) and not _ly_name(p, a)) or lows[a] in ("and", "but", "so")
        ):
            a += 1  # not the name "[Connolly] thanked voters and pledged"
        comma = next((j for j in range(a, min(end, a + 8)) if toks[j].text == ","), None)
        opener = a < end and (
            lows[a] in PREPOSITIONS_EN
            or lows[a] in _SUBORDINATORS
            or lows[a] == "as"
            or (comma is not None and lows[comma - 1] == "ago")  # "More than 30 years ago,"
            # "Mr Speaker, the Chancellor stood at the dispatch box and promised"
            or (comma is not None and a == lo and _vocative(p, a, comma))
        )
        if a < end and not opener:
            article = lows[a] in _ARTICLES or (
                lows[a].endswith(("'s", "’s")) and _contraction(lows[a]) is None  # "China's"
            )
            head = a + article
            # four words with a hyphenated one: "The independent left-wing candidate
            # thanked voters ... and pledged"
            most = a + 3 + any("-" in lows[x] for x in range(a, min(end, a + 4)))
            while (
                head < min(end, most)
                and lows[head] not in ("that", "which", "who")
                and lows[head].replace("-", "").isalpha()
                and lows[head] == toks[head].text
                # a base form right after the article is a noun: "A [state] court"
                and (
                    not _verbish(p, lows[head])
                    or (article and head == a + 1 and _noun_form(p, head))
                )
                and lows[head] not in _IRREGULAR_PAST  # "the minister [met] the envoy"
                and lows[head] not in PREPOSITIONS_EN
                and lows[head] not in _SUBORDINATORS
            ):
                head += 1  # "The late Kofi Annan", "A federal judge"
            b = _nouns_after_name(p, head, _name_run_end(p, head, end), end)
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
            if b == head > a + 1 and article and lows[head] in ("of", "at", "for", "in"):
                # "[The chief constable of West Midlands Police] has defended ..., telling",
                # "[A federal judge in Texas] on Friday temporarily blocked ..., writing"
                c = head + 1 + (head + 1 < end and lows[head + 1] == "the")
                run = _name_run_end(p, c, end) if c < end and toks[c].text[:1].isupper() else c
                verb = time_phrase_end(p, run, end)
                while verb < end - 1 and adverb_en(lows[verb]) and not toks[verb].is_punct:
                    verb += 1
                if (
                    run > c
                    and verb < end
                    and (_verbish(p, lows[verb]) or lows[verb] in _IRREGULAR_PAST)
                ):
                    return (a, run)
            verb = time_phrase_end(p, head, end)
            if (
                b == head > a + 1
                and article
                and verb < end
                and (_verbish(p, lows[verb]) or lows[verb] in _IRREGULAR_PAST)
            ):
                return (a, head)  # "A federal judge on Friday blocked ..., ruling that"
            # "Last year we hosted ...": a pronoun early in the clause
            near = next((j for j in range(a, min(end, a + 4)) if lows[j] in _NOMINATIVE), None)
            if near is not None:
                return (near, near + 1)
        if a < end and lows[a] in PREPOSITIONS_EN:
            # "On 23 March 2020 he launched ...": a pronoun after a prepositional opener
            near = next((j for j in range(a + 1, min(end, a + 8)) if lows[j] in _NOMINATIVE), None)
            if near is not None and (comma is None or near < comma):
                return (near, near + 1)
        if comma is None:
            return None
        a = comma + 1
    return None


def _noun_form(p: Para, j: int) -> bool:
    """The cue word at ``j`` is a base form that reads as a noun or adjective after an
    article ("A [state] court", "the [report] said"; not an auxiliary or a past form)."""
    lemma = _lemma_at(p, j)
    return lemma != "" and p.lows[j] == lemma.split()[0] and not _aux_like(p.lows[j])


def _nouns_after_name(p: Para, a: int, b: int, end: int) -> int:
    """The end of the subject whose run of capitalised words ``a`` .. ``b`` is a noun's
    modifier: up to two lower-case nouns after it, before a finite verb ("[Rights groups]
    condemned", "[Consumer groups] welcomed"; not "Germany wants talks held"); else ``b``."""
    lows = p.lows
    for n in (1, 2):
        c = b + n
        if (
            b == a
            or c >= end
            or not (lows[c] in MODALS or lows[c] in _IRREGULAR_PAST or _verbish(p, lows[c]))
        ):
            continue
        words = range(b, c)
        if all(
            p.toks[j].text.isalpha()
            and p.toks[j].text.islower()
            and not _verbish(p, lows[j])
            and lows[j] not in _IRREGULAR_PAST
            and lows[j] not in PREPOSITIONS_EN
            and lows[j] not in _SUBORDINATORS
            and lows[j] not in _DETERMINERS
            and lows[j] not in _NOT_IN_NOUN
            and lows[j] != "to"  # "I'll work to make them strong"
            and not adverb_en(lows[j])
            and (j == c - 1 or not lows[j].endswith("s"))
            for j in words
        ):
            return c
    return b


# participles that open a sentence with the question its subject answers ("Asked whether
# ..., X said")
_QUESTION_PARTICIPLES = {"asked", "pressed", "questioned", "challenged"}


def _question_opener_end(p: Para, lo: int, end: int) -> int:
    """The index after a participle clause of a question that opens the sentence at ``lo``
    and ends at a comma, also one inside the closing quotation mark of a quoted word
    ('Asked whether he still believed the president was a "fascist," [Mr. Mamdani]'), else
    ``lo``: the pronouns inside it are no subject."""
    toks = p.toks
    if lo >= end or p.lows[lo] not in _QUESTION_PARTICIPLES:
        return lo
    for j in range(lo + 2, end - 1):
        if toks[j].text in ";:":
            return lo
        if toks[j].text == ",":
            k = j + 1 + (toks[j + 1].is_quote and _pair_closing(p, j + 1) is not None)
            return k if k < end else lo
    return lo


# words that open an apposition, a relative clause or a participle phrase after a subject
# ("John Kirby, a White House spokesman, said"; ", who co-chaired the meeting,")
_APPOSITION_LEAD = {
    "a", "an", "the", "who", "which", "whose", "his", "her", "its", "their", "himself",
    "herself", "itself", "also", "now", "then", "once", "formerly", "both", "like", "not",
    "together", "along",
}  # fmt: skip
# one-word sentence openers that are no subject ("However, a senior official, ..., said")
_OPENER_WORDS = {
    "however", "meanwhile", "separately", "instead", "nevertheless", "yet", "but", "and", "so",
    "still", "now", "today", "yesterday", "earlier", "later", "also", "again", "finally",
}  # fmt: skip


# adverbs set off by commas between a subject and its verb ("Spain, however, insisted")
_ASIDES = {"too", "though", "therefore", "thus", "moreover", "furthermore", "nonetheless"}


def _apposition_piece(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` (between two commas) are an apposition, a relative clause, a
    participle phrase, an age or an adverb set off by commas: "a White House spokesman",
    "who co-chaired the meeting", "speaking on condition of anonymity", "published by
    SIPRI", "54", "however", "in turn", "for its part"."""
    toks = p.toks
    # a long one only after an article or a relative pronoun ("Walt Meier, [a senior
    # research scientist at the centre in Boulder who studies sea ice in the Arctic], said")
    # or a question put to the subject ("Marco Rubio, [asked about the designation of the
    # Cartel de los Soles as a foreign terrorist organization], said")
    long = (
        toks[a].low in _APPOSITION_LEAD
        or toks[a].low in _QUESTION_PARTICIPLES
        # "speaking on condition of anonymity because he was not authorized to ..."
        or (toks[a].low in _SPEAKING and a + 1 < b and toks[a + 1].low in PREPOSITIONS_EN)
    )
    if not 0 < b - a <= (24 if long else 14):
        return False
    first = toks[a]
    low = first.low
    # "that" of a clause ends it; not the relative "that" inside a relative clause ("who
    # argued for a group of businesses [that] sued")
    stops = (":", ";") if low in ("who", "which", "whose") else ("that", ":", ";")
    if any(
        (toks[j].is_quote and not _nickname_mark(p, j)) or toks[j].low in stops for j in range(a, b)
    ):
        return False  # not the nickname in 'former president Jorge "Tuto" Quiroga'
    if b == a + 1 and (low in _OPENER_WORDS or low in _ASIDES or adverb_en(low)):
        return True  # "Spain, however, insisted", "The minister, too, said"
    if _described_name(p, a, b) is not None:
        return True  # "One resident, [pensioner Margaret Hill], said"
    if _role_phrase(p, a, b):
        return True  # "Kate Nicholls, [chair of UKHospitality], said"
    return (
        low in _APPOSITION_LEAD
        or low in PREPOSITIONS_EN  # "Moscow, in a statement, said"
        or low.isdigit()
        or (first.text[:1].isupper() and low not in _NOMINATIVE and low not in MODALS)
        or (low.isalpha() and len(low) > 4 and low.endswith(("ing", "ed")))
        # a short participle before its agent: "Analysts at Morgan Stanley, [led by Keith
        # Weiss], wrote"
        or (b > a + 2 and low in _SHORT_PARTICIPLES and toks[a + 1].low == "by")
    )


# participles of speaking that open a long apposition ("speaking on condition of ...")
_SPEAKING = {"speaking", "talking", "writing"}


# short passive participles that open a phrase with "by" after a subject ("led by", "run by")
_SHORT_PARTICIPLES = {"led", "run", "hit", "won", "held", "made", "set", "cut", "met", "seen"}


def _role_phrase(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are a role without an article: up to three lower-case nouns
    (or acronyms after the first: "chief [UK] economist"), then "of", "at" or "for" and
    more words ("chair of UKHospitality", "chief executive of the Post Office", "one of
    eight Democrats", "chief UK economist at Deutsche Bank"); no verb, pronoun,
    preposition or adverb before the "of"."""
    toks, lows = p.toks, p.lows
    for j in range(a + 1, min(b - 1, a + 4)):
        if lows[j] in ("of", "at", "for"):
            return all(
                (toks[x].text.islower() or (x > a and _acronym(toks[x].text)))
                and toks[x].text.replace("-", "").isalpha()
                and not _verbish(p, lows[x])
                and lows[x] not in PREPOSITIONS_EN
                and lows[x] not in _NOMINATIVE
                and lows[x] not in _SUBORDINATORS
                and lows[x] not in _OBJECT_PRONOUNS
                and lows[x] not in ("it", "that", "this", "and", "or", "but", "to", "not")
                and not adverb_en(lows[x])
                for x in range(a, j)
            )
    return False


# endings of sentence adverbs ("Regrettably", "Finally", "Unfortunately", "Similarly")
_ADVERB_ENDINGS = (
    "ably", "ibly", "ally", "ately", "ously", "edly", "ingly", "arly", "ently", "antly",
    "ively", "fully", "ctly", "ndly", "rdly", "stly",
)  # fmt: skip
_OBJECT_PRONOUNS = {"me", "us", "him", "them", "what", "which", "who", "whom"}


def _described_name(p: Para, a: int, b: int) -> tuple[int, int] | None:
    """The name of tokens ``a`` .. ``b`` when they are lower-case title words before a
    name ("pensioner [Margaret Hill]", "72-year-old [Margaret Hill]"), else None."""
    if not _titled_name(p, a, b):
        return None
    n = next(j for j in range(a, b) if p.toks[j].text[:1].isupper())
    return (n, b) if _is_name(p, n, b) else None


def _noun_phrase(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are a short noun phrase that can be a subject: a name or a
    determiner and nouns ("John Kirby", "A senior US official", "The report", "British
    Defence Secretary John Healey"); no verb, pronoun, preposition or subordinator first."""
    if not 0 < b - a <= 10:
        return False
    toks, lows = p.toks, p.lows
    first = lows[a]
    if first in ("and", "but", "yet") and b - a > 1 and a == p.bounds[toks[a].sent][0]:
        # "Yet the largest emitters [insist]": a conjunction that opens the sentence
        return _noun_phrase(p, a + 1, b)
    if first.endswith(_ADVERB_ENDINGS):
        return False  # "Regrettably, during the pandemic, ..." (not "Italy", "Kelly")
    if not (toks[a].text[:1].isupper() or first in _DETERMINERS):
        return False
    if first in PREPOSITIONS_EN or first in _SUBORDINATORS or first in _OPENER_WORDS:
        return False
    if first in ("that", "this") and b == a + 1:
        return False  # "That, the minister said, is wrong"; not "That inequality"
    return all(
        _phrase_word(p, j)
        and (
            _acronym(toks[j].text)  # "A senior US official" (not "us")
            or (
                not _aux_like(lows[j])
                and lows[j] not in _NOMINATIVE
                and lows[j] not in _OBJECT_PRONOUNS
                and lows[j] not in ("it", "there")
            )
        )
        and (j == a or lows[j] not in ("that", "this"))
        and lows[j] not in _SUBORDINATORS
        # no finite verb and its object: "The attackers [stormed the] school around 4 a.m."
        and not (
            j > a
            and j + 1 < b
            and toks[j].text.islower()
            and _verbish(p, lows[j])
            and lows[j + 1] in _DETERMINERS
        )
        for j in range(a, b)
    )


def _acronym(text: str) -> bool:
    """A word in capitals ("US", "EU", "NATO"), no pronoun or auxiliary ("us", "IT")."""
    return len(text) > 1 and text.isalpha() and text.isupper()


def _phrase_word(p: Para, j: int) -> bool:
    """Token ``j`` is a word of a noun phrase: a word (also with an apostrophe or a hyphen),
    an abbreviation with periods or the period that ends it ("U.S" and "." of "U.S.")."""
    text = p.toks[j].text
    if text.isalnum() or any(c in text for c in "'’-"):
        return True
    if text == "&":  # "A&E", "AT&T", "Marks & Spencer": between capitalised words
        toks = p.toks
        return (
            0 < j < len(toks) - 1
            and toks[j - 1].text[:1].isupper()
            and toks[j + 1].text[:1].isupper()
        )
    if text == ".":  # the tokenizer keeps the last period of "U.S." apart
        prev = p.toks[j - 1] if j > 0 else None
        return (
            prev is not None
            and not prev.is_punct
            and ("." in prev.text or (prev.low in _ABBREVIATIONS and prev.text[:1].isupper()))
        )  # also "Sen." of "Sen. Jeanne Shaheen"
    return "." in text and text.replace(".", "").isalnum()


def _is_name(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are one to four capitalised words ("Todd Blanche"), also with
    particles inside ("Laurence des Cars", "Ursula von der Leyen", "André Corrêa do Lago")
    or an Arabic article before a capital ("Asaad al-Shaibani"), or a nickname in
    quotation marks inside it ('Jorge "Tuto" Quiroga'), also after a short title ("Dr.
    Maria Lopez")."""
    if b - a > 2 and p.toks[a + 1].text == "." and p.lows[a] in _ABBREVIATIONS:
        return _is_name(p, a + 2, b)  # "Its director, [Dr. Maria Lopez], said"
    if any(_nickname_mark(p, j) for j in range(a + 1, b - 1)):
        return 0 < b - a <= 7 and all(
            (p.toks[j].text[:1].isupper() and p.toks[j].text.isalpha()) or _nickname_mark(p, j)
            for j in range(a, b)
        )
    return 0 < b - a <= 5 and all(
        (
            p.toks[j].text[:1].isupper()
            or (a < j < b - 1 and p.toks[j].low in _NAME_PARTICLES and p.toks[j].text.islower())
            or (j > a and _article_name(p.toks[j].text))
        )
        and p.toks[j].text.replace("-", "").isalpha()
        for j in range(a, b)
    )


# lower-case particles inside a name ("Laurence des Cars", "Ursula von der Leyen")
_NAME_PARTICLES = {
    "de", "des", "du", "da", "di", "do", "dos", "von", "van", "der", "den", "le", "la", "bin",
}  # fmt: skip


def _article_name(text: str) -> bool:
    """``text`` is a surname after a hyphenated Arabic article: "al-Shaibani", "el-Sisi"."""
    return text[:3] in ("al-", "el-") and text[3:4].isupper()


def fronted_subject(p: Para, lo: int, cs: int) -> tuple[int, int] | None:
    """The subject before the appositions of a cue verb at ``cs`` that opens its clause
    after a comma: "[John Kirby], a White House spokesman, said ...", "[A senior official],
    speaking on condition of anonymity, said ...", "[Maria Schmidt], 54, a nurse, said";
    after up to two openers ("However, ...", "In Munich, ..."); None when the words before
    are no subject with appositions (a message: "Moscow rejected the offer, said Kirby")."""
    toks = p.toks
    lo = dateline_end(p, lo, cs)  # "BERLIN, Feb 12 (Reuters) - Friedrich Merz, the ..., said"
    closing = next((c for o, c, depth, _ in p.quotes if o == lo and depth == 0 and c < cs), None)
    if closing is not None and toks[closing - 1].text in ",?!":
        lo = closing + 1  # '"We will not give up," Denys Shmyhal, Ukraine's ..., told AFP'
    if (
        cs - lo < 4
        or toks[cs - 1].text != ","
        # not the nickname in 'His opponent, former president Jorge "Tuto" Quiroga, conceded'
        or any(toks[j].is_quote and not _nickname_mark(p, j) for j in range(lo, cs))
    ):
        return None
    commas = [j for j in range(lo, cs) if toks[j].text == ","]
    starts = [lo] + [c + 1 for c in commas[:-1]]
    for n, a in enumerate(starts[:3]):
        b = commas[n]
        if n == 0 and (_participle_opener(p, a, b) or _vocative(p, a, b)):
            # "Speaking to NPR's Morning Edition, Dr. Amir Patel, ..., said"; a speech's form
            # of address: "Mr. President, the Director-General, Ngozi Okonjo-Iweala, warned"
            continue
        subject = (
            _noun_phrase(p, a, b)
            or _described_name(p, a, b)
            or _partitive(p, a, b)
            or _noun_then_relative(p, a, b)
        )
        if subject and n + 1 < len(commas) and p.lows[b - 1] != "ago":
            pieces = list(zip(commas[n:-1], commas[n + 1 :], strict=True))
            if all(_apposition_piece(p, x + 1, y) for x, y in pieces):
                name = (pieces[0][0] + 1, pieces[0][1])
                name = _described_name(p, *name) or name  # "pensioner [Margaret Hill]"
                if _names_joined(p, *name) and _noun_then_relative(p, a, b):
                    return name  # "The two members who voted no, [Denise Park and Robert Lee],"
                if _is_name(p, *name) and (
                    p.toks[b - 1].text.islower() or _role_of(p, a, b) or _possessed_role(p, a, b)
                ):
                    # "Trump's lawyer, [Todd Blanche], told the court", "The chief
                    # executive of Thames Water, [Chris Weston], said", "The Senate's top
                    # Republican, [John Thune], said"
                    return name
                if _is_name(p, a, b) and all(_is_name(p, x + 1, y) for x, y in pieces):
                    return (a, cs - 1)  # a list: "Germany, France, Italy, said"
                return (a, b)
        opener = (
            p.lows[a] in PREPOSITIONS_EN
            or p.lows[a] in _SUBORDINATORS
            or p.lows[b - 1] == "ago"  # "More than 30 years ago, in this great Hall, ..."
            or (b == a + 1 and (p.lows[a] in _OPENER_WORDS or adverb_en(p.lows[a])))
        )
        if not opener:
            return None
    return None


# the offices a speech addresses with "Mr"/"Madam" ("Mr. President", "Madam Speaker")
_ADDRESSED_OFFICES = {
    "speaker", "president", "chair", "chairman", "chairwoman", "chairperson", "co-chair",
    "secretary-general", "vice-president", "presiding",
}  # fmt: skip
_ADDRESS_TITLES = {"mr", "mr.", "mister", "madam", "madame", "mrs", "mrs."}
# the words of a plural form of address ("Excellencies", "Ladies and gentlemen",
# "Distinguished delegates", "Honourable Members", "Dear colleagues", "My fellow Americans")
_ADDRESS_OPENERS = {"ladies", "dear", "distinguished", "honourable", "honorable", "my", "your"}
_ADDRESS_NOUNS = {
    "excellencies", "excellency", "majesty", "highness", "gentlemen", "delegates", "members",
    "colleagues", "friends", "guests", "americans", "citizens",
}  # fmt: skip


def _vocative(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` (before a comma at the start of a sentence) are a speech's form
    of address, no subject: "Mr. President,", "Madam Speaker,", "Mr Deputy Speaker,",
    "Excellencies,", "Ladies and gentlemen,", "Distinguished delegates," (not "Mr. Smith,"
    nor the list "Colleagues, friends and family said")."""
    toks, lows = p.toks, p.lows
    if b - a > 5 or b <= a or not all(t.text[:1].isalpha() or t.text == "." for t in toks[a:b]):
        return False
    if lows[a] in _ADDRESS_TITLES:
        return lows[b - 1] in _ADDRESSED_OFFICES and all(
            toks[x].text[:1].isupper() for x in range(a, b) if toks[x].text != "."
        )
    if b == a + 1:
        return lows[a] == "excellencies"
    return lows[a] in _ADDRESS_OPENERS and lows[b - 1] in _ADDRESS_NOUNS


def _participle_opener(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` (before a comma) open the sentence with a participle and a
    preposition: "Speaking to NPR's Morning Edition, ...", "Writing in the Lancet, ..."."""
    return (
        b - a >= 3
        and p.toks[a].text[:1].isupper()
        and p.lows[a].endswith("ing")
        and (p.lows[a + 1] in PREPOSITIONS_EN or p.lows[a + 1] == "to")
    )


def _names_joined(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are a name or two joined by "and" ("Denise Park and Robert
    Lee")."""
    j = next((x for x in range(a + 1, b - 1) if p.lows[x] == "and"), None)
    return _is_name(p, a, b) or (j is not None and _is_name(p, a, j) and _is_name(p, j + 1, b))


def _noun_then_relative(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are a noun phrase with an article and a relative clause
    without commas after it: "[The two members] who voted no", "[Those] who ...", the
    clause's verb right after "who"."""
    w = next((j for j in range(a + 1, b - 1) if p.lows[j] == "who"), None)
    return (
        w is not None
        and p.lows[a] in _ARTICLES
        and _noun_phrase(p, a, w)
        and (_verbish(p, p.lows[w + 1]) or p.lows[w + 1] in _IRREGULAR_PAST)
    )


def _possessed_role(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are a role owned by a body, with a capitalised head: "The
    Senate's top Republican", "Labour's chief whip"; a possessive before the last word
    and nothing but words (a list of names "France's Macron, Germany's Merz" has the
    possessive on its first word and is not a role before a name)."""
    toks = p.toks
    poss = [j for j in range(a, b - 1) if toks[j].low.endswith(("'s", "’s"))]
    return (
        b - a <= 5
        and len(poss) == 1
        and poss[0] + 1 < b - 1  # a word between the owner and the head: "top Republican"
        and all(toks[j].text.replace("'", "").replace("’", "").isalpha() for j in range(a, b))
    )


def _partitive(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are a short partitive subject, "one of" and a plural or a
    pronoun ('"...," [one of them], Haley Robson, said', "[One of the survivors], ...")."""
    lows = p.lows
    return (
        2 < b - a <= 5
        and lows[a] == "one"
        and lows[a + 1] == "of"
        and (lows[b - 1] in ("them", "us", "those") or _plural_noun(lows[b - 1]))
        and all(p.toks[j].text.isalpha() for j in range(a, b))
    )


def _role_of(p: Para, a: int, b: int) -> bool:
    """Tokens ``a`` .. ``b`` are a role word after an article, of a body or at their end:
    "The chief executive of Thames Water", "the head of the IMF", "another American
    President", "the Director-General"."""
    lows = p.lows
    return (
        lows[a] in ("the", "a", "an", "another")
        and (
            lows[b - 1] in _ROLE_WORDS
            # a hyphenated office: "the Director-General", "the Secretary-General"
            or ("-" in lows[b - 1] and all(w in _ROLE_WORDS for w in lows[b - 1].split("-")))
            or any(
                lows[j] in ("of", "at")
                and (
                    (p.toks[j - 1].text.islower() and lows[j - 1] in _ROLE_WORDS)
                    # "The Archbishop of Canterbury-designate", "The Secretary of State"
                    or lows[j - 1] in _TITLE_HEADS
                    or lows[j - 1] in ("archbishop", "bishop", "secretary", "director")
                    # "The Prime Minister of Fiji", "The President of Ukraine": an office of a
                    # named state or body
                    or (lows[j - 1] in _ROLE_WORDS and p.toks[j + 1].text[:1].isupper())
                )
                for j in range(a + 2, b)
            )
        )
    )


def _colon_ends_paragraph(p: Para, last: int) -> bool:
    """A colon after the cue at ``last`` ends the paragraph ("X, the French President at
    the time, said:"): its message is in the next one, which the rules do not see."""
    return last + 2 == len(p.toks) and p.toks[last + 1].text == ":"


def continues_clause(p: Para, i: int, cs: int, lo: int, last: int, hi: int) -> bool:
    """The cue verb at ``i`` (its last cue token at ``last``) continues the sentence's first
    clause with its subject: a participle after a comma ("..., noting that ..."), a verb
    opening a clause with its particle or a that-clause after it ("Morocco, which has
    ..., calls on"), or a verb after "and" without a subject of its own ("..., and
    continues to call for ...")."""
    if cs <= lo:
        return False
    lows, toks = p.lows, p.toks
    if (
        i > cs
        and toks[cs - 1].text == ","
        and all(
            (_aux_like(lows[k]) and _contraction(lows[k]) is None) or adverb_en(lows[k])
            for k in range(cs, i)
        )
        and fronted_subject(p, lo, cs) is not None
        and not _colon_ends_paragraph(p, last)
        and any(not toks[k].is_punct for k in range(last + 1, hi))
    ):
        return True  # "Thames Water's chief executive, Chris Weston, has told MPs that"
    if i == cs and toks[cs - 1].text == ",":
        # "..., noting that", "Morocco, which has ..., calls on all States to", "John
        # Kirby, a White House spokesman, said Moscow ..."
        return (
            lows[i].endswith("ing")
            or last > i
            or (last + 1 < hi and lows[last + 1] == "that")
            or (fronted_subject(p, lo, cs) is not None and not _colon_ends_paragraph(p, last))
        )
    # only adverbs, auxiliaries and verbs before "to" in between ("and continues to call
    # for"), no subject ("and experts said", "but many officials said")
    return lows[cs] in ("and", "but") and all(
        adverb_en(lows[k])
        or (_aux_like(lows[k]) and (_contraction(lows[k]) or ("", ""))[0] not in _NOMINATIVE)
        or lows[k] == "to"
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
            # "to" before a verb, not "to the conflict", "a return to the table", "urged [a
            # return] to dialogue"
            if (
                nxt is not None
                and nxt.text.isalpha()
                and nxt.text.islower()
                and not (nxt.low in _DETERMINERS or nxt.low in PREPOSITIONS_EN)
                and toks[j - 1].low not in _NOUNS_BEFORE_TO
            ):
                return j
            continue
        if t.low == "who" and opener == "to" and j > k:
            return _to_after_relative(p, j, end)  # "urging [people who are eligible] to"
        if t.low in ("that", ";", ":", "where", "who", "which", "whether", "if", "how"):
            return None
        if t.is_quote or t.is_punct and t.text != "," or _aux_like(t.low):
            return None
        if lemma == "tell" and j > k and _present_clause(p, j, end):
            return None  # "told MPs [the company needs] more time to agree ...": a clause
        if t.text == "," and opener == "that":
            return None
    return None


# object pronouns and quantifiers that open the addressee of "assure" ("assure [you] that",
# "assure [all] our friends that")
_ASSURED = {"you", "him", "her", "them", "us", "me", "everyone", "everybody", "all", "members"}


def _assured_addressee(p: Para, k: int, end: int) -> bool:
    """People are assured at ``k`` and a that-clause follows them: "assured [reporters]
    that", "assure [the Assembly] that", "assure [you] that"; not "assure [safety in the
    pipelines] that carry gas" (guarantee), "assure [ourselves] that" (make sure), "assure
    [you] of our support that ..." (the "that" of a relative clause), "assure [you] I
    intend to go on doing that"."""
    that = addressee_end(p, "assure", k, end)
    if that is None or that + 1 >= end:
        return False
    nxt = p.toks[that + 1]
    if not (
        _that_clause_after(p, that, end)
        or nxt.text == ","
        or nxt.low in PREPOSITIONS_EN
        or nxt.low in _SUBORDINATORS
        or nxt.low == "that"
    ):
        return False  # not "assure the continuation of [that] containment"
    first = p.toks[k]
    if (
        first.low in ("ourselves", "themselves", "itself")
        or p.lows[k + 1] == "of"
        or any(p.lows[j] in _NOMINATIVE for j in range(k + 1, that))  # "assure you I intend"
    ):
        return False
    return (
        first.low in _ASSURED
        or first.low in _DETERMINERS
        or (first.text[:1].isupper() and first.text.isalpha())
        or (first.low.endswith("s") and first.text.isalpha() and k + 1 == that)
    )


# nouns that take "to" and a noun: "urged a return to dialogue", "called on [X] to end"
_NOUNS_BEFORE_TO = {
    "return", "end", "transition", "path", "road", "commitment", "adherence", "recourse",
    "access", "solution", "restoration", "resort", "respect",
}  # fmt: skip


def _to_after_relative(p: Para, j: int, end: int) -> int | None:
    """The last "to" before a verb in the ten words after the "who" at ``j`` of an
    addressee, before any mark: the addressee's relative clause ends before it ("urging
    [people who are eligible] to get vaccinated"), else None."""
    found = None
    for x in range(j + 1, min(end - 1, j + 16)):
        nxt = p.toks[x + 1]
        if (
            p.toks[x].text == ","
            and nxt.low == "to"
            and x + 2 < end
            and p.toks[x + 2].text.islower()
        ):
            return x + 1  # "asks [older Americans, who do not rely ... to get by], to contribute"
        if p.toks[x].is_punct or x > j + 10:
            break
        if (
            p.lows[x] == "to"
            and nxt.text.isalpha()
            and nxt.text.islower()
            and nxt.low not in _DETERMINERS
            and nxt.low not in PREPOSITIONS_EN
        ):
            found = x
    return found


# conjunctions that open a clause of its own after a comma ("..., he said, and called for")
_OWN_CLAUSE_AFTER = {"and", "but", "while", "whereas", "although", "though"}


def own_clause_after(p: Para, k: int, end: int) -> bool:
    """A comma and a conjunction at ``k`` right after an English cue verb open a clause of
    its own, no message of the verb: "..., he said, and called for ...", "..., he said, but
    Russia denied it" (the message is before the cue clause)."""
    return k + 1 < end and p.toks[k].text == "," and p.lows[k + 1] in _OWN_CLAUSE_AFTER


# conjunctions of an adverbial clause after a cue verb and a comma ("..., as it leans on AI")
_ADVERBIAL_CLAUSE = {"as", "because", "after", "before", "since", "when", "until"}


def adverbial_tail(p: Para, k: int, end: int) -> bool:
    """What follows an English cue verb from token ``k`` is an adverbial, no message:
    "in a statement", "late on Tuesday", "at a press conference in Moscow", ", adding that
    ..." (a participle after a comma); not "that ...", a quotation or a colon."""
    toks = p.toks
    if _when_asked(p, k + (k < end and toks[k].text == ","), end):
        return True  # '"Absolutely not," a spokesman replied [when asked whether ...]'
    if _quantifier_subject(p, k, end):
        return False  # "but Jerome Powell said [further reductions were] not guaranteed"
    after_time = time_phrase_end(p, k, end)
    if after_time > k and k < end and toks[k].low in _TIME_WORDS:
        # a bare day: "..., the agency announced [Monday]." (not "said Monday that")
        return after_time >= end or adverbial_tail(p, after_time, end)
    if k + 1 < end and toks[k].text == "," and _interval_then_phrase(p, k + 1, end):
        return True  # "..., experts have warned[, months before the loan]"
    if k + 1 < end and toks[k].text == "," and _ranking_phrase(p, k + 1, end):
        return True  # "..., the ONS announced[, the first drop in five months]"
    if k < after_time < end and toks[after_time].low == "as" and _as_clause(p, after_time, end):
        return True  # "..., the WMO said on Thursday [as negotiators argued over whether]"
    if k < end and toks[k].low == "of" and k > 0 and _lemma_at(p, k - 1) == "warn":
        return False  # "warned [of higher fares]": what was warned of
    if k < end and toks[k].low == "for" and k > 0 and _lemma_at(p, k - 1) in ("ask", "call"):
        return False  # "will ask [for additional housing assistance for 500,000 families]"
    if k < end and toks[k].text == ",":
        if k + 1 < end and toks[k + 1].low in PREPOSITIONS_EN:
            # a last prepositional phrase: "..., the Pentagon said, [in a sharp escalation]"
            # (not "responded, in the most important year ..., expanding ...")
            return adverbial_tail(p, k + 1, end) and all(
                toks[j].text not in ",;" or _number_comma(p, j) for j in range(k + 1, end)
            )
        if (
            k + 1 < end
            and toks[k + 1].low in _ADVERBIAL_CLAUSE
            and (toks[k - 1].low in _TIME_WORDS or _lemma_at(p, k - 1))
            and not (k + 2 < end and toks[k + 2].low == "well")  # not "as well as"
        ):
            # "..., the company said on Tuesday, [as it leans on AI]": a clause of its own
            return not any(
                toks[j].low in ("that", ":") or toks[j].is_quote for j in range(k + 1, end)
            )
        if (
            k + 2 < end
            and toks[k + 1].low in _OWN_CLAUSE_AFTER
            and toks[k - 1].low in _TIME_WORDS
            and toks[k + 2].low != "that"
        ):
            # "..., Schlegel said on Friday[, though he stressed that ...]": a clause of
            # its own after the time phrase, as right after the verb
            return True
        if (
            k + 2 < end
            and (toks[k + 1].low.endswith("ed") or toks[k + 1].low in _SHORT_PARTICIPLES)
            and toks[k + 1].text.islower()
            and toks[k + 2].low in PREPOSITIONS_EN
            and not _lemma_at(p, k + 1)
            and not any(toks[j].low in ("that", ":") or toks[j].is_quote for j in range(k + 1, end))
        ):
            # '"...," Connolly said in her acceptance speech[, delivered in Irish and
            # English]': a participle phrase on the occasion, no message
            return True
        return k + 1 < end and toks[k + 1].low.endswith("ing") and toks[k + 1].low != "saying"
    if k >= end or not (
        toks[k].low in PREPOSITIONS_EN
        or adverb_en(toks[k].low)
        or toks[k].low in ("late", "early", "earlier", "last", "this", "alongside")
        # "said ahead of a NATO summit", "said prior to the vote"
        or (k + 1 < end and (toks[k].low, toks[k + 1].low) in (("ahead", "of"), ("prior", "to")))
    ):
        return False
    if _phrase_before_clause(p, k, end) != k:
        return False  # "told colleagues in a private meeting [he would ...]": a message
    for j in range(k, end):
        t = toks[j]
        if t.low in ("that", "whether", ":") or t.is_quote:
            return False
        if t.text in ",;" and not _number_comma(p, j):
            if j + 1 < end and toks[j + 1].low in PREPOSITIONS_EN and time_phrase_end(p, k, j) != j:
                return False  # a phrase after a comma only after a time phrase: "said on
                # Tuesday, in a major shift"; not "call on all ... to respect X, with a view to"
            return adverbial_tail(p, j, end)
    return True


def _when_asked(p: Para, k: int, end: int) -> bool:
    """A reduced clause of the question the speaker answers opens at ``k``: "when asked
    whether ...", "after being pressed on ...", "if questioned about ..."."""
    lows = p.lows
    if k + 1 >= end or lows[k] not in ("when", "after", "if", "upon", "before"):
        return False
    j = k + 1 + (lows[k + 1] == "being")
    return j < end and lows[j] in _QUESTION_PARTICIPLES


def _number_comma(p: Para, j: int) -> bool:
    """The comma at ``j`` groups the digits of a number ("£20,000"), no mark."""
    toks = p.toks
    return (
        toks[j].text == ","
        and 0 < j < len(toks) - 1
        and toks[j - 1].text.isdigit()
        and toks[j + 1].text.isdigit()
        and toks[j - 1].end == toks[j].start
        and toks[j].end == toks[j + 1].start
    )


# words that rank what a message reports ("the first drop", "the highest level")
_RANKING = {"first", "second", "third", "last", "only", "latest", "biggest", "largest"}


def _ranking_phrase(p: Para, k: int, end: int) -> bool:
    """Tokens ``k`` .. ``end`` are a noun phrase that ranks the message before the cue:
    "[the first drop in five months]", "[the highest level since 2008]" (an article, an
    ordinal or a superlative within two words, no verb, clause word, mark or quotation)."""
    lows = p.lows
    if k >= end or lows[k] not in ("the", "a", "its", "their") or end - k > 12:
        return False
    ranked = any(
        lows[j] in _RANKING or (len(lows[j]) > 5 and lows[j].endswith("est") and lows[j].isalpha())
        for j in range(k + 1, min(end, k + 3))
    )
    return ranked and all(
        _phrase_word(p, j)
        and not _verbish(p, lows[j])
        and not _aux_like(lows[j])
        and lows[j] not in ("that", "which", "who", "and", "but")
        for j in range(k + 1, end)
    )


def _as_clause(p: Para, k: int, end: int) -> bool:
    """The "as" at ``k`` after a cue's time phrase opens a clause of its own: "said on
    Thursday [as negotiators argued over ...]" (not "as well as", "as part of", "as
    saying")."""
    return k + 1 < end and p.lows[k + 1] not in ("well", "part", "saying", "a", "an", "if")


# units of an interval before "before" or "after" ("months before the loan")
_INTERVALS = {"minutes", "hours", "days", "weeks", "months", "years", "decades"}


def _interval_then_phrase(p: Para, k: int, end: int) -> bool:
    """Tokens ``k`` .. ``end`` are an interval and the event it is measured from, no
    message: "[months before the loan]", "[two days after the vote]", "[weeks ahead of
    the summit]" (up to one word before the unit, no clause mark after it)."""
    toks, lows = p.toks, p.lows
    j = k + (k + 1 < end and lows[k + 1] in _INTERVALS)  # "two days", "just weeks"
    if j + 1 >= end or lows[j] not in _INTERVALS:
        return False
    j += 1
    if lows[j] not in ("before", "after", "ahead", "since"):
        return False
    return not any(
        toks[x].low in ("that", ":", ";") or toks[x].is_quote or _aux_like(lows[x])
        for x in range(j, end)
    )


# words that open a noun phrase after an adverb of the verb ("said publicly [many] were ...")
_NP_OPENERS = {"many", "most", "several", "few", "all", "both", "some", "no", "none"}


def _adverb_of_subject(p: Para, k: int, end: int) -> bool:
    """The adverb at ``k`` after a verb of saying belongs to the subject of its message
    ("said [terminally] ill people were ...", "said [recently] elected MPs ...", "said
    [only] Parliament could decide"); not "said repeatedly the plan was flawed", "said
    only that ...", "said publicly it was wrong"."""
    toks, lows = p.toks, p.lows
    if k + 1 >= end:
        return False
    nxt = toks[k + 1]
    if lows[k] in ("only", "even"):
        return lows[k + 1] != "that" and _clause_ahead(p, k + 1, end)
    return (
        lows[k].endswith("ly")
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.low not in _DETERMINERS
        and nxt.low not in _NOMINATIVE
        and nxt.low not in PREPOSITIONS_EN
        and nxt.low not in _NP_OPENERS
        and nxt.low not in ("that", "it", "there", "to", "and", "or", "but")
        and not adverb_en(nxt.low)
        and not _aux_like(nxt.low)
        and k + 2 < end
        and toks[k + 2].text.isalpha()
    )


# words of the adverb list that also stand before a noun, the subject of a clause
_QUANTIFIERS = {"further", "all", "both"}


def _quantifier_subject(p: Para, k: int, end: int) -> bool:
    """ "further", "all" or "both" at ``k`` opens the subject of a clause, no adverb: "said
    [further work] was needed", "said [both sides] had agreed" (a noun, then a finite verb
    within six words before any mark); not "said further that", "said all along"."""
    lows = p.lows
    if k + 1 >= end or lows[k] not in _QUANTIFIERS:
        return False
    nxt = p.toks[k + 1]
    if not nxt.text.isalpha() or not nxt.text.islower() or _verbish(p, nxt.low):
        return False
    if adverb_en(nxt.low) or nxt.low in PREPOSITIONS_EN or nxt.low in ("that", "the", "of"):
        return False
    for j in range(k + 2, min(end, k + 8)):
        if p.toks[j].is_punct:
            return False
        if _aux_like(lows[j]) or lows[j] in _IRREGULAR_PAST or lows[j].endswith("ed"):
            return True
    return False


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


def _opens_clause(p: Para, k: int) -> bool:
    """Token ``k`` can open a that-clause or a clause without "that": "that", a nominative
    pronoun, a determiner or a capitalised word ("said Tuesday [that]", "said on Sunday
    [he] would")."""
    t = p.toks[k]
    return (
        t.low in ("that", "it", "there")
        or t.low in _NOMINATIVE
        or t.low in _DETERMINERS
        or (t.text[:1].isupper() and not t.is_punct)
    )


def _next_statement(p: Para, i: int, a: int, b: int) -> int:
    """The end of the reported message from ``a`` before ``b`` of the cue verb at ``i``:
    before a comma and a participle that opens a statement of its own ("..., adding that
    ...", "..., urging X to ...") or "according to" ("..., according to two people
    present"), and before a conjunction that joins another verb of saying, with a subject
    of its own or in the form of the verb at ``i`` ("..., while Moscow said ...", "accused
    X of Y and said ..."; not "said we must act and say ...")."""
    toks = p.toks
    form = _verb_form(p.lows[i])
    # a finite verb joins a second finite one in either tense ("has denied X and says ...")
    forms = ("past", "s") if form in ("past", "s") else (form,)
    for j in range(a + 1, b - 1):
        if toks[j].low in _JOINING and (
            any(_cue_verb_at(p, j + 1, b, form=f) for f in forms) or _act_after_and(p, i, j, b)
        ):
            return j - (toks[j - 1].text == ",")
        if toks[j].text != ",":
            continue
        nxt = toks[j + 1].low
        if (
            nxt in _NEW_STATEMENT_PARTICIPLES
            or (nxt == "according" and j + 2 < b and toks[j + 2].low == "to")
            or (nxt.endswith("ing") and _cue_verb_at(p, j + 1, b, form="ing", subject=False))
            or _final_attribution_at(p, j, b)
            or _unverified_caveat(p, j, b)
        ):
            return j
    return b


# nouns of an apposition by which a reporter qualifies a reported number or claim
_CAVEAT_NOUNS = {
    "figure", "figures", "claim", "claims", "number", "numbers", "toll", "tally", "account",
    "accounts", "assertion", "estimate", "allegation", "allegations", "count",
}  # fmt: skip
_VERIFYING = {
    "verified", "confirmed", "verify", "confirm", "corroborated", "corroborate", "disputed",
    "denied",
}  # fmt: skip


def _unverified_caveat(p: Para, c: int, b: int) -> bool:
    """The comma at ``c`` opens the reporter's caveat on the message, no part of it: an
    apposition or a relative clause that says it could not be checked ("..., a figure that
    could not be independently verified", "..., which Reuters could not confirm")."""
    lows = p.lows
    k = c + 1
    if k < b and lows[k] in ("a", "an", "the"):
        k += 1
    if k < b and lows[k] in _CAVEAT_NOUNS:
        k += 1
    elif k > c + 1:
        return False
    if k >= b:
        return False
    if lows[k] not in ("that", "which"):
        # "..., a claim the Pentagon did not immediately confirm": a relative clause
        # without its pronoun, after the caveat noun
        after = lows[k : min(b, k + 9)]
        return k > c + 1 and "not" in after and any(w in _VERIFYING for w in after)
    return any(lows[j] in _VERIFYING for j in range(k + 1, min(b, k + 9)))


def _final_attribution_at(p: Para, c: int, b: int) -> bool:
    """A subject and a verb of saying with only an adverbial after it follow the comma at
    ``c`` to the end ``b`` of the message: "The White House criticized [the committee for
    placing politics over peace], spokesman Steven Cheung wrote on X." (a statement of its
    own, no part of the message)."""
    lo, hi = p.bounds[p.toks[c].sent]
    for k in range(c + 2, min(b, c + 8)):
        if p.toks[k].is_punct:
            return False
        if _lemma_at(p, k) and p.toks[k].text.islower():
            return message_before_subject(p, k, lo, k, min(hi, b + 1))
    return False


def _verb_form(low: str) -> str:
    """The form of an English verb: "ing", "past", "s" (third person) or "base"."""
    if low.endswith("ing"):
        return "ing"
    if low.endswith("ed") or low in _PAST:
        return "past"
    return "s" if low.endswith("s") and not low.endswith("ss") else "base"


# conjunctions that join a second statement to a first ("... and said", "..., while X said")
_JOINING = {"and", "but", "while", "whereas"}
# past forms of verbs that name what a speaker did with words, no verbs of saying: after
# "and" they join a second verb of the cue's subject ("said X and [praised] Y"), no part
# of the message
_SPEECH_ACTS = {
    "questioned", "praised", "thanked", "welcomed", "condemned", "hailed", "blamed",
    "defended", "rejected", "criticised", "criticized", "called", "accused", "urged",
    "apologised", "apologized", "pledged", "vowed", "promised", "dismissed", "insisted",
    # diplomatic protests: "said the visit was a violation [and lodged] a formal protest"
    "lodged", "summoned", "protested", "demanded",
}  # fmt: skip


def _act_after_and(p: Para, i: int, j: int, b: int) -> bool:
    """ "and" at ``j`` in the message of the past cue verb at ``i`` joins a second verb of
    its subject, a speech act in the past with an object ("Vaughan said the tourists had
    been naive [and questioned] their preparation", "said the deal would cut prices [and
    praised] Ricks"); not a passive ("and welcomed by unions")."""
    lows = p.lows
    return (
        lows[j] == "and"
        and _verb_form(lows[i]) == "past"
        and j + 2 < b
        and lows[j + 1] in _SPEECH_ACTS
        and lows[j + 2] not in ("by", "as")
        and not p.toks[j + 2].is_punct
    )


def _cue_verb_at(p: Para, k: int, b: int, *, form: str, subject: bool = True) -> bool:
    """A verb of saying opens the clause at ``k`` (before ``b``): in the verb form ``form``
    right at ``k`` ("and said"), or after up to four words of a subject of its own when
    ``subject`` ("while Moscow said", "but the minister insisted"; no auxiliary, "to" or
    mark in between)."""
    lo = p.bounds[p.toks[k].sent][0]
    lex = _lexicon(p)
    for j in range(k, min(b, k + (5 if subject else 1))):
        t = p.toks[j]
        for lemma, particle, kind in lex.alts.get(t.low, ()):
            if kind != "speech" or (particle and not (j + 1 < b and p.lows[j + 1] == particle)):
                continue
            if (j > k or _verb_form(t.low) == form) and verb_reading(
                p, j, lo, b, lemma, j + 1 if particle else j
            ):
                return True
        if t.is_punct or _aux_like(t.low) or t.low == "to":
            return False
    return False


def _pair_closing(p: Para, c: int) -> tuple[int, int] | None:
    """The top-level quotation pair whose closing mark is token ``c``."""
    return next(((o, c) for o, c2, depth, _ in p.quotes if c2 == c and depth == 0), None)


def _split_quote(p: Para, src: tuple[int, int] | None, k: int, end: int) -> bool:
    """The cue clause splits a quotation: '"We will," [Zelenskiy said], "do everything
    ..."' (its first half before the subject, the second after the verb); the message
    before the clause is the statement, its second half is joined to it later."""
    toks = p.toks
    if src is None or src[0] < 2 or k + 1 >= end:
        return False
    c = src[0] - 1
    j = k  # an adverbial may follow the verb: '"...," she said in a letter to EU leaders, "..."'
    while j < end and j - k <= 12 and toks[j].text != "," and not toks[j].is_quote:
        j += 1
    return (
        toks[c].is_quote
        and toks[c - 1].text == ","
        and _pair_closing(p, c) is not None
        and j + 1 < end
        and toks[j].text == ","
        and (j == k or adverbial_tail(p, k, j))
        and toks[j + 1].is_quote
        and any(o == j + 1 for o, *_ in p.quotes)
    )


def _quotation_before(
    p: Para, src: tuple[int, int] | None, i: int | None = None
) -> tuple[int, int] | None:
    """The top-level quotation that opens the sentence and ends with a comma, "?" or "!"
    right before the subject ``src`` ('"We will not give up," [Denys Shmyhal], Ukraine's
    prime minister, told AFP'; not 'He called it "a disaster," Smith said')."""
    if src is None or src[0] < 2:
        return None
    c = src[0] - 1
    if not p.toks[c].is_quote and i is not None:
        # '"...," Oregon's attorney general, [Dan Rayfield], said': the name of an
        # apposition after the quotation
        lo = p.bounds[p.toks[i].sent][0]
        cs = i
        while cs - 1 > lo and (_aux_like(p.lows[cs - 1]) or adverb_en(p.lows[cs - 1])):
            cs -= 1
        pair = next(
            ((o, c2) for o, c2, depth, _ in p.quotes if o == lo and depth == 0 and c2 < src[0]),
            None,
        )
        if pair is None or p.toks[pair[1] - 1].text not in ",?!":
            return None
        return pair if fronted_subject(p, lo, cs) == src else None
    if not p.toks[c].is_quote or p.toks[c - 1].text not in ",?!":
        return None
    pair = _pair_closing(p, c)
    return pair if pair is not None and pair[0] == p.bounds[p.toks[c].sent][0] else None


def _question_before(p: Para, s: int, src, i: int, k: int, end: int) -> tuple[int, int] | None:
    """The quotation that is the whole sentence before sentence ``s`` when it ends in "?"
    or "!" and ``s`` is only its cue clause ('"Why should we pay?" / Vance asked in
    Munich.': the splitter cut after the mark)."""
    lo = p.bounds[s][0]
    toks = p.toks
    if s == 0 or lo < 3 or src is None or src[0] != lo or not toks[lo - 1].is_quote:
        return None
    if toks[lo - 2].text not in "?!" or _back(p, i - 1, lo) >= src[1]:
        return None  # only the subject and adverbs before the verb
    if k < end and not adverbial_tail(p, k, end):
        return None  # "Vance asked the audience to ...": a message of its own
    pair = _pair_closing(p, lo - 1)
    return pair if pair is not None and pair[0] == p.bounds[s - 1][0] else None


# lower-case words inside the name of a programme or paper ("CNN's State of the Union",
# "the BBC's Sunday with Laura Kuenssberg programme")
_TITLE_WORDS = {"of", "the", "with", "and", "programme", "program", "show", "podcast"}


def _addressee_of_tell(p: Para, k: int, end: int) -> tuple[int, int] | None:
    """The addressee right after "told" at ``k`` when the caller found none (a subject
    before appositions or a coordinated "and told"): up to four words before "that", a
    preposition, a pronoun or a mark ("told [a rally] in Krakow that", "told [the
    court] that"); "the" opens it only."""
    toks = p.toks
    b = k
    while (
        b < end
        and b - k < 4
        and not toks[b].is_punct
        and (
            toks[b].low not in ("that", "on", "in", "at", "the")
            or (b == k and toks[b].low == "the")
        )
        and toks[b].low not in _NOMINATIVE
        and toks[b].low not in ("to", "it", "this")
    ):
        b += 1
    if b > k and b + 1 < end and toks[b].low in ("it", "this") and _aux_like(toks[b + 1].low):
        return (k, b)  # "telling reporters [it would] open new markets": a clause after it
    if b < end and toks[b].low in ("to", "it", "this"):
        return None  # "tell it to the world": an object, then the addressee
    return (k, b) if b > k else None


def _quoted_title(p: Para, k: int, end: int) -> tuple[int, int] | None:
    """A quoted title at ``k`` right after "told" (up to six words, capitalised) before
    "that", a colon or a quotation: 'told ["Fox News Sunday"] that ...' (the programme
    is the addressee, no quotation of the speaker)."""
    toks = p.toks
    if k >= end or not toks[k].is_quote:
        return None
    c = next((c for o, c, _, ok in p.quotes if o == k and ok), None)
    if c is None or c - k > 7 or c - k < 2 or c + 1 >= end:
        return None
    if not toks[k + 1].text[:1].isupper() or any(toks[j].is_punct for j in range(k + 1, c)):
        return None
    nxt = toks[c + 1]
    return (k, c + 1) if nxt.low in ("that", ":") or nxt.is_quote else None


def _told_message(p: Para, k: int, end: int) -> bool:
    """A message follows the addressee of "telling" at ``k``: a colon, a quotation, "that"
    or a clause ("..., telling the committee: ...", "telling reporters it was ...")."""
    addr = _addressee_of_tell(p, k, end)
    if addr is None or addr[1] >= end:
        return False
    t = p.toks[addr[1]]
    return (
        t.low in (":", "that")
        or t.is_quote
        or _clause_ahead(p, addr[1], end)
        # "telling business leaders [in Birmingham] that": a place between
        or (t.low in PREPOSITIONS_EN and _that_clause_after(p, addr[1], end))
    )


def _past_abbreviations(p: Para, addr: tuple[int, int], end: int) -> tuple[int, int]:
    """The addressee ``addr`` of "told" (up to four tokens) with as many more words as it
    holds periods of abbreviations, which the tokenizer keeps apart: "told [a senior U.S.
    envoy] that", "told [U.S. President Donald Trump] in a phone call that"."""
    toks = p.toks
    a, b = addr
    dots = sum(toks[j].text == "." and _phrase_word(p, j) for j in range(a + 1, b))
    while (
        dots
        and b < end
        and b - a - dots < 4
        and (_phrase_word(p, b) or toks[b].text == ".")
        and toks[b].low not in ("that", "on", "in", "at", "the", "to", "it", "this")
        and toks[b].low not in _NOMINATIVE
    ):
        if toks[b].text == ".":
            if not _phrase_word(p, b):
                break
            dots += 1
        b += 1
    return (a, b)


def _addressee_before_preposition(
    p: Para, addr: tuple[int, int], k: int
) -> tuple[tuple[int, int], int]:
    """The addressee of "told" up to a preposition in it, and the index after it ("told
    [reporters] outside the court", "told [reporters] after the match that"): the
    preposition opens an adverbial; ``addr`` and ``k`` unchanged when it has none."""
    a, b = addr
    for j in range(a + 1, b):
        if p.lows[j] in PREPOSITIONS_EN and p.lows[j] != "of":
            return (a, j), j
    return addr, k


def _phrase_before_clause(p: Para, k: int, end: int) -> int:
    """The index of a pronoun that opens a clause after a short prepositional phrase at
    ``k`` ("said in a note [it] still expected ...", "told colleagues in a private meeting
    [he] would ..."), else ``k``."""
    toks, lows = p.toks, p.lows
    if lows[k] not in ("in", "at", "during", "on", "after", "before", "via"):
        return k
    for j in range(k + 1, min(end, k + 6)):
        verb = _verbish(p, lows[j]) and lows[j - 1] not in _DETERMINERS  # not "a [note]"
        if toks[j].is_punct or verb or lows[j] in ("that", "to"):
            return k
        if lows[j] in _NOMINATIVE or lows[j] in ("it", "there"):
            return j if j > k + 1 and _clause_ahead(p, j, end) else k
    return k


def _phrase_then_clause(p: Para, k: int, end: int) -> int:
    """The index after a short prepositional phrase at ``k`` with a name or a time in it
    when a clause without "that" follows it ("told a press conference [in Dover] the
    policy would save ..."), else ``k``."""
    toks = p.toks
    if k >= end or toks[k].low not in PREPOSITIONS_EN or toks[k].low == "of":
        return k
    j = k + 1
    while j < end and j - k <= 3 and toks[j].text[:1].isupper() and _phrase_word(p, j):
        j += 1
    if j == k + 1 or j >= end or toks[j].text[:1].isupper():
        return k
    return j if _clause_ahead(p, j, end) else k


def _told_addressee(
    p: Para, addr: tuple[int, int], k: int, end: int
) -> tuple[tuple[int, int], int]:
    """The addressee of "told" and where its message starts: the whole name of a
    programme before "that" ("told [CNN's State of the Union] that ..."), and the subject
    of a clause without "that" out of it ("tells [NATO allies] Europe must ...")."""
    toks = p.toks
    addr = _past_abbreviations(p, addr, end)
    k = max(k, addr[1])
    a, b = addr
    for j in range(a + 1, b):
        if _aux_like(toks[j].low):  # "NATO allies Europe must": the clause's subject
            h = j - 1
            while h > a + 1 and toks[h - 1].text[:1].isupper() and toks[h].text[:1].isupper():
                h -= 1
            return ((a, h), h) if h > a else (addr, k)
    for j in range(a + 1, b):
        if (toks[j].low in _POSSESSIVES or toks[j].low in ("the", "a", "an")) and _clause_ahead(
            p, j, end
        ):
            return (a, j), j  # "told [the court] his client was ...": the clause's subject
    if time_phrase_end(p, k, end) > k:
        return addr, k  # "told European allies on Wednesday that"
    for j in range(k, min(end, k + 6)):
        t = toks[j]
        if t.low == "that":
            return ((a, j), j) if j > k else (addr, k)
        after = time_phrase_end(p, j, end)
        if j > k and after > j and after < end and toks[after].low == "that":
            # "told the Health and Social [Care Committee] on Tuesday that"
            return (a, j), after
        if (t.is_punct and t.text not in "'’") or not (
            t.text[:1].isupper() or t.low in _TITLE_WORDS or t.low.endswith(("'s", "’s"))
        ):
            break
    return addr, k


# participles of "asked not to be named": a source's wish to stay anonymous
_ANONYMOUS = {"named", "identified", "quoted"}


def _anonymity(p: Para, lemma: str, k: int, end: int) -> bool:
    """ "asked not to be named", "asked not to be identified", "asked to be identified
    only by her first name", "asked to remain anonymous": at ``k``, after "ask", the wish of an anonymous source, no
    statement."""
    lows = p.lows
    if lemma == "ask" and k < end and lows[k] == "that":
        # "asking that his name not be used"
        window = lows[k + 1 : min(end, k + 8)]
        return "name" in window and "not" in window and bool(set(window) & _NOT_USED)
    k += k < end and lows[k] == "not"  # also "asked to be identified only by her first name"
    if lemma == "ask" and k + 2 < end and lows[k : k + 3] == ["to", "remain", "anonymous"]:
        return True  # "who asked to remain anonymous"
    return (
        lemma == "ask"
        and k + 2 < end
        and lows[k : k + 2] == ["to", "be"]
        and lows[k + 2] in _ANONYMOUS
    )


_NOT_USED = {"used", "published", "given", "disclosed", "identified", "named", "printed"}


def _relative_end(p: Para, i: int, end: int) -> int:
    """The end of the message of a cue verb at ``i`` in a relative clause or a participle
    after the subject: the comma before the main verb ("The minister, who announced the
    plan, said ...": the plan, not what the minister said; "Smith, describing himself as a
    moderate, said ..."), else ``end``."""
    lo = p.bounds[p.toks[i].sent][0]
    k = _back(p, i - 1, lo)
    while k > lo and _aux_like(p.lows[k]) and _contraction(p.lows[k]) is None:
        k = _back(p, k - 1, lo)  # "Avi Loeb, who [has] suggested ..., said"
    participle = k > lo and p.toks[k].text == "," and p.lows[i].endswith("ing")
    if not (participle or (k > lo and p.lows[k] in ("who", "which") and p.toks[k - 1].text == ",")):
        return end
    for c in range(i + 1, end - 1):
        if p.toks[c].text == "," and fronted_subject(p, lo, c + 1) is not None:
            return c
    return end


def _only_phrase(p: Para, k: int, end: int) -> bool:
    """Tokens ``k`` .. ``end`` are a prepositional phrase, no message: "argued [for a group
    of small businesses (that sued)]"; not "wrote in a letter that ..." or "in 2020 he
    said ..."."""
    toks = p.toks

    def clause_at(j: int) -> bool:  # "that" of a that-clause, not of a relative clause
        return toks[j].low == "that" and not (j + 1 < end and _verbish(p, p.lows[j + 1]))

    return (
        k < end
        and toks[k].low in PREPOSITIONS_EN
        and not any(
            clause_at(j) or toks[j].low in ("whether", ":") or toks[j].is_quote
            for j in range(k, end)
        )
        and _phrase_before_clause(p, k, end) == k
    )


# words that make two words after a verb of saying no clause ("said so again", "said
# nothing more", "said it twice")
_NO_CLAUSE = {"so", "no", "nothing", "something", "anything", "more", "much", "little", "twice"}


def _short_clause(p: Para, k: int, end: int) -> bool:
    """Tokens ``k`` .. ``end`` are two words that read as a subject and its verb ("said
    [profits rose]", "said [he lied]"); not an adverbial or an object ("said in Kyiv",
    "said it again", "said last week")."""
    if end - k != 2:
        return False
    return (
        all(
            t.text.isalpha()
            and t.low not in _NO_CLAUSE
            and not adverb_en(t.low)
            and t.low not in PREPOSITIONS_EN
            and t.low not in _TIME_WORDS
            and t.low not in _TIME_LEAD
            and t.low not in _DETERMINERS
            for t in p.toks[k:end]
        )
        and p.toks[k + 1].text.islower()
        and p.lows[k + 1] not in _OBJECT_PRONOUNS | {"it"}
    )


def _nothing_said(p: Para, lemma: str, k: int, end: int) -> bool:
    """The words at ``k`` after "say" or "ask" report no message: "said [little/nothing]
    about ..." (before a preposition or the end), "have been asking [since] ..." (a
    conjunction of time or cause)."""
    lows = p.lows
    if lemma == "say" and lows[k] in ("little", "nothing", "much"):
        if _quantity_subject(p, k, end):
            return False  # "said [little of that money] reaches the women": a clause
        return k + 1 >= end or lows[k + 1] in PREPOSITIONS_EN or p.toks[k + 1].is_punct
    return lemma == "ask" and lows[k] in ("since", "because", "although", "until", "unless")


def _quantity_subject(p: Para, k: int, end: int) -> bool:
    """ "little of" or "much of" at ``k`` opens the subject of a clause: up to three words
    after "of", then a finite verb in "-s" or "-ed" (or an auxiliary) before an object
    ("said [little of that money] reaches the women"; not "said little of her plans for
    the summer", "said little of the damaged buildings")."""
    toks, lows = p.toks, p.lows
    if k + 2 >= end or lows[k] == "nothing" or lows[k + 1] != "of":
        return False
    for j in range(k + 3, min(end - 1, k + 6)):
        if toks[j].is_punct or lows[j] in PREPOSITIONS_EN:
            return False
        nxt = lows[j + 1]
        verb = _aux_like(lows[j]) or (
            toks[j].text.islower()
            and lows[j].endswith(("s", "ed"))
            and not lows[j].endswith("ss")
            and lows[j - 1] not in _DETERMINERS
        )
        if verb:
            return _aux_like(lows[j]) or nxt in _DETERMINERS or nxt == "to" or adverb_en(nxt)
    return False


def statement_after(p: Para, lemma: str, s, i, parts, k, end, src, pron, addr) -> Stmt | None:
    """The statement of an English cue verb at ``i`` (cue tokens ``parts``) whose subject
    ``src`` stands before it: the message from token ``k`` on ("said that ...", "We call
    for ..."), after the addressee of "urge", "call on" ("We urge the Council to act":
    content "to act"); None when too little follows."""
    toks = p.toks
    if lemma == "tell" and addr is not None:
        addr, k = _addressee_before_preposition(p, addr, k)
    title = _quoted_title(p, k, end) if lemma == "tell" else None
    if title is not None:  # 'told ["Meet the Press"] that ...': a programme, the addressee
        addr, k = title, title[1]
    if _split_quote(p, src, k, end):
        return None  # the message before the cue clause comes first
    if k < end and p.lows[k] == "by" and passive_en(p, i, p.bounds[s][0]):
        return _passive_by(p, s, i, parts, k, end)  # "The plan was rejected by the Senate"
    if _anonymity(p, lemma, k, end):
        return None  # "who asked not to be named": the source's condition, no message
    relative_end = _relative_end(p, i, end)  # "The minister, who announced X, said ...": up to ","
    if relative_end < end and lemma not in OBJECT_VERBS and _only_phrase(p, k, relative_end):
        return None  # "Neal Katyal, who argued for a group of businesses, told ...": no message
    end = relative_end
    question = _question_before(p, s, src, i, k, end)
    if question is not None:
        o, c = question
        return Stmt(s, "direct", (o + 1, c), parts, src, pron, quote=question, addr=addr)
    label = label_quote(p, lemma, k, end) if lemma in _LABEL_VERBS else None
    if label is not None and label[1] > label[0] and not p.lows[i].endswith("ing"):
        # 'called the ruling "absurd"'; a participle reports its object too ('..., calling
        # it "a quantum leap"')
        return Stmt(s, "direct", (label[0] + 1, label[1]), parts, src, pron, quote=label)
    after_for = _time_then_for(p, i + 1, end) if lemma in ("call", "call on") else None
    if after_for is not None:  # "called on Thursday for [a ceasefire]": "call for"
        lemma, k = "call for", after_for
    if lemma == "tell":
        if addr is None:
            addr = _addressee_of_tell(p, k, end)
            k = addr[1] if addr is not None else k
        if addr is not None:
            addr, k = _told_addressee(p, addr, k, end)
            k = _phrase_then_clause(p, k, end)  # "told a press conference [in Dover] the"
    before = _quotation_before(p, src, i)
    if before is not None and addr is None and lemma in _ADDRESSEE_VERBS:
        addr = _addressee_then_adverbial(p, k, end)  # '"...," X urged [residents] on radio'
        k = addr[1] if addr is not None else k
    if before is not None and (
        k >= end
        or adverbial_tail(p, k, end)
        # '"...," Judge Laura Perrine told the defendant, Jason Hardy, 38.'
        or (addr is not None and toks[k].text == "," and _before_appositions(p, addr[0], k, end))
    ):
        # '"We will not give up," Denys Shmyhal, Ukraine's prime minister, told AFP.'
        o, c = before
        c -= toks[c - 1].text == ","  # the comma that ends the quoted sentence
        return Stmt(s, "direct", (o + 1, c), parts, src, pron, quote=before, addr=addr)
    # "told [MPs] the company needs more time to agree ...": a clause after the addressee
    told_clause = (
        lemma == "tell"
        and addr is not None
        and k < end
        and (
            _present_clause(p, k, end)
            or (p.lows[k] in _DETERMINERS and _clause_ahead(p, k, end))
            or p.lows[k] in _NOMINATIVE  # "told MPs [she] wanted the next director general to"
        )
    )
    to = None if told_clause else addressee_end(p, lemma, k, end)
    if to is not None:
        addr, k = ((k, to) if to > k else addr), to
        to = to if toks[to].low == "to" else None
        if to is not None and addr and to - 1 > addr[0] and toks[to - 1].low in _NEGATORS:
            addr, k = (addr[0], to - 1), to - 1  # "ask our partners [not to lift ...]"
    if k < end and toks[k].text == ":" and k + 1 == p.bounds[s][1]:
        # "X, the French President at the time, said:" / "“Africa has been plundered ...”"
        msg, q = _message_or_next_quote(p, s, k, end)
        if msg[1] > msg[0]:
            return Stmt(s, "direct" if q else "indirect", msg, parts, src, pron, quote=q, addr=addr)
    if k + 1 < end and toks[k].low in ("is", "was") and toks[k + 1].low == "that":
        k += 1  # "All I can say is that ..."
    quote = next((j for j in range(k, min(end, k + 6)) if toks[j].is_quote), None)
    if quote is not None and any(toks[j].text in ",:" for j in range(k, quote)):
        k = quote  # "who said in 1953, “Those who ...”": the quotation
    after_time = time_phrase_end(p, k, end)
    if after_time > k and after_time < end and _opens_clause(p, after_time):
        k = after_time  # "said Tuesday that ...", "said on Sunday he would ..."
    elif after_time > k and after_time < end and _infinitive_after_time(p, lemma, after_time):
        k = after_time  # "claimed on Sunday to have captured the town"
    if k < end and (toks[k].low in PREPOSITIONS_EN or _wrote_to(p, k)):
        # "reported on Monday that ...", "wrote to employees that ..."
        that_k = next(
            (
                j
                for j in range(k + 1, _phrase_reach(p, k, end))
                if (toks[j].low == "that" and not (j + 1 < end and _verbish(p, p.lows[j + 1])))
                or toks[j].low == ":"
                or toks[j].is_quote
            ),
            None,
        )  # "wrote in Croatian “...”", "posted on Truth Social: ...", "said in an interview
        # with The New York Times that"; not "argued for a group [that] sued": a relative clause
        if that_k is not None and not any(toks[j].is_punct for j in range(k, that_k)):
            k = that_k
        else:
            k = _phrase_before_clause(p, k, end)  # "said in a note [it] still expected"
    if (
        k + 3 < end
        and toks[k].text == ","
        and toks[k + 2].text == ","
        and (adverb_en(toks[k + 1].low) or toks[k + 1].low in _ASIDES | {"however"})
    ):
        k += 3  # "He stressed, however, that the jab still offered good protection"
    while (
        k < end - 1
        and adverb_en(toks[k].low)
        and toks[k].low not in _NEGATORS
        and not toks[k + 1].is_punct
        and not _quantifier_subject(p, k, end)
        and not _adverb_of_subject(p, k, end)
    ):
        k += 1  # "announcing tonight a new commission" (not "said that, ultimately, ...")
    that = k < end and toks[k].low == "that"
    if that and lemma in _STANCE_ACTS and not _that_clause_after(p, k, end):
        that = False  # "The Assembly has denounced [that aggression]": a determiner
    else:
        while k < end and toks[k].low in ("that", ",", ":"):
            k += 1
    least = 2 if to is not None else 1 if lemma in OBJECT_VERBS and not that else 3
    if least == 3 and lemma in _CLAUSE_MESSAGE and (that or _short_clause(p, k, end)):
        least = 2  # "said (that) profits rose"
    if end - k < least:
        return None  # "We demand justice.", "urge X to act", but not "as he said earlier."
    msg, q = _message_after(p, k, end)
    if not q:
        msg = (msg[0], _next_statement(p, i, msg[0], msg[1]))
    marks = [j for j in range(*msg) if toks[j].is_quote]
    if not q and len(marks) % 2 and marks[-1] == msg[1] - 1:
        msg = (msg[0], msg[1] - 1)  # the closing mark of a quotation around the statement
    if q:
        kind = "direct"
    elif _headline_line(p, s, i, src):
        kind = "headline"  # "Carney says Canada will hit NATO spending target this year"
    elif to is not None or (lemma in OBJECT_VERBS and not that):
        kind = "reported"
        # "promised [a vote] and would keep that promise": a second verb phrase of the
        # subject is no part of the object
        cut = next(
            (
                j
                for j in range(msg[0] + 1, msg[1] - 1)
                if toks[j].low in ("and", "but")
                and toks[j + 1].low in MODALS
                and toks[j + 1].low not in ("do", "does", "did")  # "and do it now"
                # not the second verb of a relative clause: "a program that would end X
                # and would mobilize Y"
                and not any(toks[x].low in ("that", "which", "who") for x in range(msg[0], j))
            ),
            None,
        )
        if cut is None:
            # "criticised the laws[, and the Greens also attacked] the bill": another
            # subject's clause is no part of the object
            cut = next(
                (
                    j
                    for j in range(msg[0] + 1, msg[1] - 2)
                    if toks[j].text == ","
                    and toks[j + 1].low in ("and", "but")
                    and _subject_then_past(p, j + 2, msg[1])
                ),
                None,
            )
        if cut is not None and to is None:
            msg = (msg[0], cut)
        if to is None and p.lows[msg[0]] != "to":
            # "announced a plan to repair bridges [on Wednesday]": the act's time (not
            # "promised to return on Monday": the infinitive's)
            msg = (msg[0], _before_final_time(p, msg[0], msg[1]))
        if p.lows[msg[0]] == "to" and not (src and p.lows[src[0]] in _FIRST_PERSON):
            msg = (msg[0], _before_as_clause(p, msg[0], msg[1]))
    else:
        kind = "indirect"
    return Stmt(s, kind, msg, parts, src, pron, quote=q, addr=addr)


_FIRST_PERSON = {"i", "we", "us", "our", "my", "me", "ours"}
# verbs whose "to" after a time phrase opens their infinitive, no addressee ("claimed on
# Sunday to have captured", "vowed on Monday to fight on")
_INFINITIVE_VERBS = {"claim", "vow", "pledge", "promise", "threaten"}


def _infinitive_after_time(p: Para, lemma: str, k: int) -> bool:
    """The "to" at ``k`` after a time phrase opens the infinitive of a verb that takes one:
    "claimed on Sunday [to] have captured the town"."""
    return lemma in _INFINITIVE_VERBS and p.lows[k] == "to" and p.toks[k + 1].text.islower()


def _phrase_reach(p: Para, k: int, end: int, words: int = 6) -> int:
    """The index after the ``words`` words that follow ``k``, a run of capitalised words
    counting as one and a time phrase as none: "said in an interview with [The New York
    Times] that", "complained at a packed council meeting [on Wednesday] that" reach their
    "that"."""
    j, n = k + 1, 0
    while j < end and n < words:
        timed = time_phrase_end(p, j, end)
        if timed > j:
            j = timed
            continue
        name_goes_on = (
            j > k + 1 and p.toks[j].text[:1].isupper() and p.toks[j - 1].text[:1].isupper()
        )
        n += not name_goes_on
        j += 1
    return j


def _subject_then_past(p: Para, k: int, end: int) -> bool:
    """A clause with a subject of its own opens at ``k``: a determiner or a name, up to
    three words without a preposition, then a finite verb ("[the Greens also attacked] the
    bill"; not "the release of hostages held by Hamas", "the detained blogger")."""
    toks, lows = p.toks, p.lows
    if k >= end or not (lows[k] in _DETERMINERS or toks[k].text[:1].isupper()):
        return False
    for j in range(k + 1, min(end, k + 5)):
        low = lows[j]
        if (
            toks[j].is_punct
            or low in PREPOSITIONS_EN
            or low in ("and", "or", "that", "which", "who", "to")
        ):
            return False
        past = low in _IRREGULAR_PAST or (low.endswith("ed") and len(low) > 3)
        if _aux_like(low) or (past and lows[j - 1] not in _DETERMINERS):
            return True
    return False


# words of a comparison after "as" ("as much as", "as soon as possible")
_AS_COMPARED = {"much", "many", "long", "soon", "far", "quickly", "often", "early", "such"}


def _before_as_clause(p: Para, a: int, b: int) -> int:
    """The end of an infinitive message ``a`` .. ``b`` before a comma and an "as" that opens
    the reporter's background clause: "urging parents to get their children vaccinated
    [, as hospital admissions reach their highest level]" (not "as well as", "as part of")."""
    toks = p.toks
    for j in range(a + 2, b - 2):
        if (
            toks[j].text == ","
            and p.lows[j + 1] == "as"
            # the speaker's own reason: "..., as our planet will not be able to ..."
            and _FIRST_PERSON.isdisjoint(p.lows[j + 2 : b])
            and _as_clause(p, j + 1, b)
            and (_opens_clause(p, j + 2) or (j + 3 < b and _plural_noun(p.lows[j + 3])))
            and p.lows[j + 2] not in _AS_COMPARED
            and not toks[j + 2].is_quote
        ):
            return j
        if toks[j].is_quote:
            return b
    return b


_WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
}  # fmt: skip
_DAY_PARTS = {"morning", "afternoon", "evening", "night"}


def _act_time_at(p: Para, j: int, b: int) -> bool:
    """Tokens ``j`` .. ``b`` are the time phrase of a reported act: "on Wednesday",
    "late on Monday", "Friday morning", "yesterday", "last week", "earlier this month"."""
    lows = p.lows
    k = j
    if lows[k] in ("late", "early", "earlier") and k + 1 < b:
        k += 1
    if lows[k] == "on" and k + 1 < b:
        k += 1
    if lows[k] in _WEEKDAYS:
        return k + 1 == b or (k + 2 == b and lows[k + 1] in _DAY_PARTS)
    if lows[j] in ("last", "earlier") and k + 1 < b and lows[k + 1] == "this":
        k += 1  # "earlier this week"
    return (
        lows[k] in ("last", "this")
        and lows[j] in ("last", "earlier")
        and k + 2 == b
        and lows[k + 1] in ("week", "weekend", "month", "night")
    )


def _before_final_time(p: Para, a: int, b: int) -> int:
    """The end of the message ``a`` .. ``b`` without a time phrase of the act that closes
    it and the sentence ("a plan to repair bridges [on Wednesday]", 'the budget as "a tax
    grab" [last week]', "the proposal [yesterday]"); ``b`` when there is none."""
    toks = p.toks
    if b - a < 3:
        return b
    hi = p.bounds[toks[a].sent][1]
    if not all(t.text in ".!?" for t in toks[b:hi]):
        return b  # the message does not end the sentence
    for j in range(max(a + 2, b - 4), b - 1 + (p.lows[b - 1] in _WEEKDAYS)):
        before = toks[j - 1]
        if before.is_punct and not before.is_quote:
            continue  # after a comma
        if (
            before.low in _DETERMINERS
            or before.low in PREPOSITIONS_EN
            or before.low in _TIME_LEAD
            or before.low in ("until", "till", "since", "and", "or", "than", "not")
            or before.low.isdigit()
        ):
            continue  # inside a phrase ("the [last year]", "until [Friday]")
        if _act_time_at(p, j, b):
            return j
    return b


def _addressee_then_adverbial(p: Para, k: int, end: int) -> tuple[int, int] | None:
    """The addressee at ``k`` of "urge" or "ask" after a quotation when only an adverbial
    or nothing follows it ('"Stay indoors," Holness urged [residents] in a radio
    address.'), else None (not "urged residents to stay indoors")."""
    toks = p.toks
    j = k
    while (
        j < end
        and j - k < 4
        and toks[j].text.isalpha()
        and toks[j].low not in PREPOSITIONS_EN
        and toks[j].low not in ("to", "that", "not")
        and not _verbish(p, toks[j].low)
    ):
        j += 1
    return (k, j) if j > k and _nothing_but_adverbial(p, j, end) else None


def _headline_line(p: Para, s: int, i: int, src: tuple[int, int] | None) -> bool:
    """Sentence ``s`` is a headline whose subject reports with a present form at ``i``: the
    paragraph's first sentence, short, without a final mark (a line of its own), the
    subject opening it ("Carney says Canada will hit NATO spending target this year",
    "Ryanair boss warns of higher fares next summer")."""
    lo, hi = p.bounds[s]
    toks = p.toks
    return (
        s == 0
        and hi - lo <= 16
        and src is not None
        and src[0] == lo
        and src[1] <= i
        and p.lows[i].endswith("s")
        and not toks[hi - 1].is_punct
        and not toks[hi - 1].is_quote
    )


def nearer_speakers(p: Para, found: list[Stmt]) -> None:
    """A participle ("..., adding that") or a verb after "and" continues the cue clause just
    before it, not the sentence's first subject: in "The attack was brutal, Zelensky said,
    adding that Russia must pay" the speaker of "adding" is Zelensky, not "The attack".
    Sets the source of such a statement (in place) to that of the nearest earlier statement
    of the sentence whose cue and source stand between its own source and cue."""
    lows, toks = p.lows, p.toks
    for st in found:
        if st.cue and st.src is None and not st.inherit:
            _participle_of_main_clause(p, st, found)
        if not st.cue or st.src is None:
            continue
        longer = next(
            (
                o
                for o in found
                if o is not st
                and o.sent == st.sent
                and o.cue
                and o.src is not None
                and o.src[0] == st.src[0] < st.src[1] < o.src[1] <= o.cue[0] < st.cue[0]
            ),
            None,
        )
        if longer is not None and p.lows[st.cue[0]].endswith("ing"):
            # "[Officials at the National Weather Service] warned ..., urging ...": the
            # whole subject of the clause before, not its head only
            st.src, st.pronoun = longer.src, longer.pronoun
            continue
        # a subject that takes in another statement's subject and cue is that subject:
        # "[The minister said the plan] was sound and promised to ...": "The minister"
        inner = next(
            (
                o
                for o in found
                if o is not st
                and o.sent == st.sent
                and o.cue
                and o.src is not None
                and st.src[0] <= o.src[0] < o.src[1] <= o.cue[0] < st.src[1]
            ),
            None,
        )
        if inner is not None:
            st.src, st.pronoun = inner.src, inner.pronoun
            continue
        i = st.cue[0]
        c = i - 1 - (i > 1 and lows[i - 1] == "while")  # "..., X said, while admitting"
        participle = lows[i].endswith("ing") and c >= 0 and toks[c].text == ","
        if not (participle or (i > 0 and lows[i - 1] == "and")):
            continue
        before = [
            o
            for o in found
            if o is not st
            and o.sent == st.sent
            and o.cue
            and o.src is not None
            and st.src[1] <= min(o.src[0], o.cue[0])
            and max(o.src[1] - 1, o.cue[0]) < i
        ]
        if before:
            near = max(before, key=lambda o: o.cue[0])
            st.src, st.pronoun = near.src, near.pronoun


def _participle_of_main_clause(p: Para, st: Stmt, found: list[Stmt]) -> None:
    """A participle after a comma without a subject of its own (``st``) goes on from the
    statement of its sentence before it: "The mayor's office said the city would appeal,
    [calling] the verdict "deeply disappointing"" (the office speaks). Sets its source in
    place to that of the nearest such statement whose cue stands before it."""
    i = st.cue[0]
    if not (p.lows[i].endswith("ing") and i > 0 and p.toks[i - 1].text == ","):
        return
    before = [
        o
        for o in found
        if o is not st and o.sent == st.sent and o.cue and o.src is not None and o.cue[0] < i
    ]
    if before:
        near = max(before, key=lambda o: o.cue[0])
        st.src, st.pronoun = near.src, near.pronoun


def title_run(p: Para, src: tuple[int, int], stop: int) -> tuple[int, int]:
    """An English subject after its verb that a lower-case title interrupts, up to the name
    after it: '"...," tweeted [Senate minority leader Chuck Schumer]', 'said [Commission
    president Ursula von der Leyen]' (the run holds a role word and ends in a name of two
    words or more); else ``src``."""
    toks, lows = p.toks, p.lows
    j, role = src[1], None  # the last role word of the run
    while j < stop and j - src[0] < 9 and toks[j].text.isalpha():
        if _title_of(p, j, stop):  # "said Secretary [of State] Marco Rubio"
            role = j + 1 + (lows[j + 1] == "the")
            j = role + 1
            continue
        proper_of = lows[j] == "of" and j + 1 < stop and toks[j + 1].text[:1].isupper()
        if not proper_of and (
            lows[j] in PREPOSITIONS_EN or lows[j] in _TIME_WORDS or _verbish(p, lows[j])
        ):
            break  # "Bank of England governor ...": "of" inside a name
        if lows[j] in _ROLE_WORDS:
            role = j
        j += 1
    while j > src[1] and not toks[j - 1].text[:1].isupper():
        j -= 1
    # a name after the last role word: "Chuck Schumer", "Ursula von der Leyen"
    name = role is not None and j - role >= 3 and toks[role + 1].text[:1].isupper()
    return (src[0], j) if name else src


_POSSESSIVES = {"our", "my", "their", "his", "her", "its", "your"}


def _passive_by(p: Para, s: int, i: int, parts: list[int], k: int, end: int) -> Stmt | None:
    """A passive object verb with its agent: "The plan was rejected by the Senate" (the
    agent speaks, the subject that opens the sentence is the message); None when the
    subject is no such phrase ("a movement that has been rejected by scholars")."""
    lo = p.bounds[s][0]
    be = _back(p, i - 1, lo)
    while be > lo and (p.lows[be - 1] in BE or _aux_like(p.lows[be - 1])):
        be -= 1  # "has been", "was"
    agent = k + 1
    while agent < end and not p.toks[agent].is_punct and p.lows[agent] not in PREPOSITIONS_EN:
        agent += 1
    if (
        agent == k + 1
        or be - lo < 1
        or any(p.toks[j].is_punct or p.lows[j] in ("that", "which", "who") for j in range(lo, be))
    ):
        return None
    if be - lo == 1 and p.lows[lo] in _NOMINATIVE or p.lows[k + 1] in _POSSESSIVES:
        return None  # "I am informed by Members", "They were reassured by our help"
    return Stmt(s, "reported", (lo, be), parts, (k + 1, agent), False)


# verbs after the subject of a clause that announces a quotation with a colon without a
# verb of saying ("X was blunt:", "X had a simple message:", "X struck a defiant tone:")
# single words that open a clause but name no speaker ("It is ...:", "This is ...:", "I was
# reminded of ...:" before another's words)
_NOT_NAMED = _ARTICLES | _PRONOUN_DETERMINERS | {"it", "that", "there", "what", "i", "we", "you"}
_COLON_VERBS = BE | {"had", "has", "struck", "sounded", "kept", "offered", "gave", "sent"}


def colon_intro_en(p: Para, o: int) -> tuple[list[int], tuple[int, int]] | None:
    """([colon], subject) for a quotation at ``o`` after a colon that ends a clause without
    a verb of saying whose subject is a name or a pronoun: 'Prime Minister Anthony Reyes
    was blunt: "This is an emergency."', 'The senator had a simple message: "..."'. None
    for a clause about a thing ('The answer was simple: "..."'), with a comma or a
    quotation before the colon, or for a long one."""
    toks, lows = p.toks, p.lows
    colon = o - 1
    if colon < 2 or toks[colon].text != ":" or toks[colon].sent != toks[o].sent:
        return None
    lo = dateline_end(p, p.bounds[toks[o].sent][0], colon)
    if colon - lo > 14 or any(t.is_quote or t.text in ",;()" for t in toks[lo:colon]):
        return None
    src = sentence_subject(p, lo, colon)
    if src is None or src[0] != lo or src[1] >= colon:
        return None
    a, b = src
    named = (
        lows[a] in ("he", "she", "they")
        or any(toks[j].text[:1].isupper() and not toks[j].is_punct for j in range(a + 1, b))
        or (b - a == 1 and toks[a].text[:1].isupper() and lows[a] not in _NOT_NAMED)
    )
    v = b
    while v < colon and adverb_en(lows[v]):
        v += 1
    if not named or v >= colon or lows[v] not in _COLON_VERBS:
        return None
    if any(
        toks[j].text[:1].isupper()
        # a place: "was blunt in her speech to business leaders [in Manchester]:"
        and not (lows[j - 1] in ("in", "at") or (toks[j - 1].text[:1].isupper() and j - 1 > v))
        for j in range(v + 1, colon)
    ):
        return None  # "I was reminded of lines by the poet John Donne:": another's words
    return [colon], src
