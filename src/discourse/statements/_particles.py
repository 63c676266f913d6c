"""Separable verbs: the particle that closes a cue verb's clause ("teilte ... mit"), and
particles that make a speech verb another verb ("sagte ... ab")."""

from __future__ import annotations

from discourse.statements._cues import CueLexicon
from discourse.statements._rules import Para
from discourse.statements._source import _ART, _INSIDE
from discourse.statements._words import AUX


def pick_spec(
    p: Para, specs: list[tuple[str, str | None, str]], i: int, hi: int
) -> tuple[str, str, int | None] | None:
    """(lemma, kind, particle index) of the verb form at ``i``: a separable verb whose
    particle closes the clause ("gab ... an") before the plain verb ("gab")."""
    plain = None
    for lemma, particle, kind in specs:
        if not particle:
            plain = plain or (lemma, kind, None)
            continue
        k = _find_particle(p, i, particle, hi)
        if k is not None:
            return lemma, kind, k
    if plain is not None and another_verb(p, i, hi, plain[0]):
        return None  # "sagte das Konzert ab", "schrieb ... an": another verb
    return plain


def another_verb(p: Para, i: int, hi: int, lemma: str) -> bool:
    """The clause of the form of ``lemma`` at ``i`` ends in a particle that makes it
    another verb ("sagte das Konzert ab", "sprach ihn frei")."""
    return lemma in _OTHER_PARTICLES and _other_particle(p, i, hi, lemma)


# separable particles that make a verb of saying or writing into another verb ("absagen",
# "anschreiben" in sport, "umschreiben", "freisprechen" in court, "heiligsprechen");
# not "aussagen", "zusagen", "zurückschreiben", "aussprechen"
_OTHER_PARTICLES = {
    "sagen": {"ab"},
    "schreiben": {"ab", "an", "aus", "ein", "um"},
    "sprechen": {"frei", "heilig", "selig"},
}


def _other_particle(p: Para, i: int, hi: int, lemma: str) -> bool:
    """The clause of the verb at ``i`` ends in a particle that makes ``lemma`` another verb
    (before its first comma, colon, quotation mark or the sentence's end)."""
    toks = p.toks
    k = i + 1
    while k < hi and not (toks[k].is_punct and toks[k].text not in "()-"):
        k += 1
    return k - 1 > i and toks[k - 1].low in _OTHER_PARTICLES[lemma]


def particle_of(p: Para, lex: CueLexicon, i: int) -> int | None:
    """The index of the separable particle closing the clause of the verb form at ``i``
    ("teilte ... mit"), or None."""
    low = p.lows[i]
    spec = lex.verbs.get(low)
    if spec is None:
        return None
    got = pick_spec(p, lex.alts.get(low) or [spec], i, p.bounds[p.toks[i].sent][1])
    return got[2] if got is not None else None


def _clause_ends_after(p: Para, i: int, hi: int) -> bool:
    """The clause of the verb at ``i`` ends after it, or after an auxiliary after it."""
    toks = p.toks
    k = i + 1 if i + 1 < hi and toks[i + 1].low in AUX else i
    return k + 1 >= hi or toks[k + 1].is_punct


def _verb_after_und(p: Para, k: int) -> bool:
    """A second verb follows the particle at ``k``: "räumte Verstöße [ein] und kündigte
    Ermittlungen an" (a lower-case word after "und", "oder" or "sowie")."""
    toks = p.toks
    return (
        k + 2 < len(toks)
        and toks[k + 1].low in ("und", "oder", "sowie")
        and toks[k + 2].sent == toks[k].sent
        and toks[k + 2].text[:1].islower()
        and toks[k + 2].low not in _ART
    )


def _find_particle(p: Para, i: int, particle: str, hi: int) -> int | None:
    """The index of ``particle`` closing the clause of the verb at ``i``, or None."""
    toks = p.toks
    if p.lang != "de":
        return i + 1 if i + 1 < hi and toks[i + 1].low == particle else None
    if i > 0 and toks[i - 1].low == particle and _clause_ends_after(p, i, hi):
        # verb-final, written apart: "wie die Polizei bekannt gab", "Die Firma hat bekannt
        # gegeben, dass ...", "wie die Polizei bekannt gegeben hat"
        return i - 1
    # commas only in a cue clause after its message: "..., teilte der Direktor der
    # Behörde, Bagus Puruhito, mit." (not "Er teilte den Aktionären, die ..., mit")
    commas = False
    after_message = i > 0 and (
        toks[i - 1].text == ","
        or toks[i - 1].is_quote
        # "Dies teilte der Geschäftsführer, Jens Nacke, mit.": the message is the sentence before
        or (i - 1 == p.bounds[toks[i].sent][0] and toks[i - 1].low in ("das", "dies"))
    )
    label_end = -1  # a quoted label after "als": "wies die Vorwürfe als „absurd“ zurück"
    for k in range(i + 1, hi):
        t = toks[k]
        if k <= label_end:
            continue
        if t.is_quote and not commas and (toks[k - 1].low == "als" or toks[k - 1].low in _ART):
            # a quoted label after "als" ("wies die Vorwürfe als „absurd“ zurück") or a quoted
            # name after an article ("wirft der „Arbeitskreis Vorratsdatenspeicherung“ … vor")
            label_end = next((c for o, c, _, _ in p.quotes if o == k and c - o <= 6), -1)
            if label_end > k:
                continue
        if t.text in ";:" or t.is_quote or (commas and k - i > 16):
            return None
        if t.text == ",":
            if not after_message:
                return None
            commas = True
        elif t.low == particle and (k + 1 >= hi or toks[k + 1].is_punct or _verb_after_und(p, k)):
            if not commas:
                return k
            at_end = k + 1 >= hi or (k + 2 >= hi and toks[k + 1].text in ".!?")
            return k if at_end else None
        elif commas and t.text[:1].islower() and t.low not in _ART and t.low not in _INSIDE:
            return None  # "..., Anwalt Peter Zöchbauer kündigte volle Berufung an."
    return None
