"""The transparent rule scorer: cues, negation and its scope, modality, opposite terms.

For one text and one target the scorer collects cue hits (bundled general cues from
``resources/stance/{de,en}.yaml`` plus the target's own cues), decides for each whether
it is negated (a negator earlier in the same clause, ``weder … noch`` / ``neither … nor``
over the clause), whether a general cue points at an *opposite* term (condemning the
annexation favours the borders) and weighs modal verbs by one half. A reversing predicate
whose object is the target ("die Sanktionen aufzuheben", "an end to sanctions", see
:mod:`discourse.stance._reversal`) is against it and composes with the cues that govern it
and with the statement's speech verb: "forderte + aufzuheben (reversal) → against",
"oppose + lifting (reversal) → favor". The score is the weighted balance
``(favor - against) / (favor + against)`` in [-1, 1]; the evidence string names every cue
that fired.

Examples
--------
>>> from discourse.stance.rules import load_cues, score_text
>>> from discourse.stance.targets import load_targets
>>> t = load_targets("ukraine_nato_membership")["ukraine_nato_membership"]
>>> label, score, ev = score_text(
...     "Weder eine Wiederherstellung der alten Grenzen noch eine Nato-Mitgliedschaft "
...     "seien realistisch", t, load_cues(), lang="de")
>>> label, score, ev
('against', -1.0, 'realistisch (favor) negated by: Weder')
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass
from typing import Any

import yaml

from discourse.stance._compose import Hit, compose, govern, tok_index, unit, with_reversals
from discourse.stance._reversal import find_reversals, own_reversals
from discourse.stance.targets import Target, compile_patterns

__all__ = ["CueLexicon", "load_cues", "score_text"]

_KINDS = {"favor": (1, 1.0), "against": (-1, 1.0), "modal": (1, 0.5), "disagreement": (-1, 1.0)}
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_BREAK_PUNCT = set(',;:!?()–—"„“”»«')
_LOOKBACK = 8  # tokens a negator may precede its cue
_LOOKAHEAD_DE = 3  # German "unterstützen wir nicht": negator shortly after the cue


@dataclass(frozen=True)
class CueLexicon:
    """Compiled general cues for one or more languages (see ``resources/stance``)."""

    cues: dict  # lang -> kind -> Pattern
    negators: dict  # lang -> Pattern
    not_negation: dict
    neither: dict
    breaks: dict  # lang -> set of lower-case words

    def langs(self, lang: str | None) -> list[str]:
        return [lang] if lang in self.cues else sorted(self.cues)


def _read(spec: dict, where: str) -> tuple[str, dict]:
    lang = spec.get("lang")
    if lang not in ("de", "en"):
        raise ValueError(f"{where}: 'lang' must be 'de' or 'en', got {lang!r}")
    return lang, spec


def load_cues(source: Any = None) -> CueLexicon:
    """The bundled German and English cue lexicons, or user ones (dicts or YAML paths).

    Parameters
    ----------
    source : None, dict, path or list of these
        Each item has the keys of ``resources/stance/de.yaml`` (``lang``, ``favor``,
        ``against``, ``modal``, ``disagreement``, ``negators``, ``not_negation``,
        ``neither``, ``clause_breaks``).

    Returns
    -------
    CueLexicon
    """
    if source is None:
        return _bundled_cues()
    return _build(source)


@functools.lru_cache(maxsize=1)
def _bundled_cues() -> CueLexicon:
    return _build(None)


def _build(source: Any) -> CueLexicon:
    items: list[tuple[str, dict]] = []
    if source is None:
        folder = importlib.resources.files("discourse.resources") / "stance"
        for name in ("de", "en"):
            text = (folder / f"{name}.yaml").read_text(encoding="utf-8")
            items.append(_read(yaml.safe_load(text), f"stance/{name}.yaml"))
    else:
        for i, item in enumerate(source if isinstance(source, list) else [source]):
            if isinstance(item, dict):
                items.append(_read(item, f"cues[{i}]"))
            else:
                with open(item, encoding="utf-8") as fh:
                    items.append(_read(yaml.safe_load(fh), str(item)))
    cues, neg, notneg, neither, breaks = {}, {}, {}, {}, {}
    for lang, spec in items:
        where = f"cues {lang}"
        cues[lang] = {k: compile_patterns(spec.get(k) or [], f"{where}.{k}") for k in _KINDS}
        neg[lang] = compile_patterns(spec.get("negators") or [], f"{where}.negators")
        notneg[lang] = compile_patterns(spec.get("not_negation") or [], f"{where}.not_negation")
        neither[lang] = compile_patterns(spec.get("neither") or [], f"{where}.neither")
        breaks[lang] = {w.lower() for w in spec.get("clause_breaks") or []}
    return CueLexicon(cues, neg, notneg, neither, breaks)


def _clause_ids(text: str, breaks: set[str]) -> tuple[list[tuple[int, int]], list[int]]:
    """Token spans and, per token, the index of its clause."""
    spans, clause, cid = [], [], 0
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if tok in _BREAK_PUNCT or tok.lower() in breaks:
            cid += 1
        spans.append((m.start(), m.end()))
        clause.append(cid)
    return spans, clause


def _collect(
    text: str, target: Target, lex: CueLexicon, lang: str | None, around: tuple = ()
) -> list[Hit]:
    """Cue hits, one per span; a general cue around a reversal in ``around`` ("lehnen die
    Aufhebung … ab") is kept beside a target cue on the reversal's words."""
    hits: list[Hit] = []
    for m, pol in target.cue_matches(text, lang):
        kind = "favor" if pol > 0 else "against"
        hits.append(Hit(m.start(), m.end(), m.group(0), pol, 1.0, kind, True))
    for lg in lex.langs(lang):
        for kind, (pol, weight) in _KINDS.items():
            pat = lex.cues[lg].get(kind)
            if pat is None:
                continue
            for m in pat.finditer(text):
                hits.append(Hit(m.start(), m.end(), m.group(0), pol, weight, kind, False))
    # one hit per span: target-specific first, then the longest
    hits.sort(key=lambda h: (not h.specific, -(h.end - h.start), h.start))
    kept: list[Hit] = []
    for h in hits:
        inner = [r for r in around if h.start <= r.start and r.end <= h.end and not h.specific]
        if all(
            h.end <= k.start
            or h.start >= k.end
            or any(r.start <= k.start and k.end <= r.end for r in inner)
            for k in kept
        ):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def _negators(text: str, lex: CueLexicon, lang: str | None) -> tuple[list[re.Match], set[int]]:
    negs, neither_pos = [], set()
    for lg in lex.langs(lang):
        shield = lex.not_negation[lg]
        blocked = [(m.start(), m.end()) for m in shield.finditer(text)] if shield else []
        if lex.negators[lg] is not None:
            for m in lex.negators[lg].finditer(text):
                if text[m.end() : m.end() + 1] == "-":
                    continue  # "nicht-europäische": a prefix, not a negation
                if not any(s <= m.start() < e for s, e in blocked):
                    negs.append(m)
        if lex.neither[lg] is not None:
            neither_pos.update(m.start() for m in lex.neither[lg].finditer(text))
    return negs, neither_pos


def score_text(
    text: str,
    target: Target,
    lex: CueLexicon,
    *,
    lang: str | None = None,
    extra_cues: str = "",
    window: int = 12,
) -> tuple[str, float, str]:
    """Label, score and evidence for one text toward one target.

    ``extra_cues`` (e.g. a statement's speech verb "forderte") is scored as if it
    preceded the text, without negation; when the text holds a reversing predicate of the
    target ("die Sanktionen aufzuheben") it composes with that instead ("forderte +
    aufzuheben (reversal) → against"). When the text mentions the target, only cues
    within ``window`` tokens of a mention (or opposite term) count.

    Returns
    -------
    tuple
        ``(label, score, evidence)`` with label ``favor``/``against``/``none``.
    """
    breaks = set().union(*(lex.breaks[lg] for lg in lex.langs(lang)))
    spans, clause = _clause_ids(text, breaks)
    opp_matches = target.opposites(text, lang)
    opp = {m.start() for m in opp_matches}
    mentions = [m for m in target.mentions(text, lang) if m.start() not in opp]
    found = find_reversals(
        text, spans, clause, [(m, False) for m in mentions] + [(m, True) for m in opp_matches], lang
    )
    found += own_reversals(text, target.cue_matches(text, lang), found, lang)
    hits = with_reversals(_collect(text, target, lex, lang, tuple(found)), found)
    negs, neither_pos = _negators(text, lex, lang)
    # a negator inside a longer cue ("never recognize", "keine Friedenstruppen") is used up
    negs = [n for n in negs if not any(_part_of(n, h) for h in hits)]
    neg_tok = [(tok_index(spans, m.start()), m) for m in negs]
    anchors = [(m.start(), False) for m in mentions]
    anchors += [(s, True) for s in sorted(opp)]
    anchor_tok = [tok_index(spans, a) for a, _ in anchors]
    total = pos = neg = 0.0
    parts: list[str] = []
    hits = compose(govern(hits, spans, clause, text), spans)
    if anchor_tok and spans:
        # prefer cues in a clause that mentions the target ("X muss …, Y sei unrealistisch")
        near = {clause[a] for a in anchor_tok}
        local = [h for h in hits if clause[tok_index(spans, h.start)] in near]
        hits = local or hits

    def flips_of(h: Hit) -> list[re.Match]:
        ti = tok_index(spans, h.start)
        flips: list[re.Match] = []
        for ni, m in neg_tok:
            same = clause[ni] == clause[ti] if spans else False
            before = 0 < ti - ni <= _LOOKBACK
            after = (
                lang == "de"
                and ni - ti > 0
                and (ni - ti <= _LOOKAHEAD_DE or _clause_final(ni, spans, text))
            )
            if m.start() >= h.start and m.end() <= h.end:
                if h.end - h.start > m.end() - m.start():
                    flips.append(m)  # in the gap of "lehnen … nicht ab": negates the cue
                continue
            if (
                (
                    m.start() in neither_pos
                    and ni < ti
                    and _same_sentence_part(clause, ni, ti, spans, text)
                )
                or same
                and (before or after)
            ):
                flips.append(m)
        return flips

    hits = [
        h
        for h in hits
        if not any(n.start() == h.start and n.end() == h.end for n in negs)  # a negator word
        and not (
            anchor_tok and min(abs(tok_index(spans, h.start) - a) for a in anchor_tok) > window
        )  # the cue is about something else in a long sentence
    ]
    extras = _extra(extra_cues, lex, lang)
    reversed_ = any(h.kind == "reversal" for h in hits)
    for h in hits:
        if h.kind == "reversal":
            # speech verb and governing cues compose with the reversal: one unit
            pol, desc = unit(h, extras, flips_of)
        else:
            flips = [m.group(0) for m in flips_of(h)]
            pol = h.polarity * (-1) ** len(flips)
            note = ""
            if not h.specific and anchors:
                nearest = min(anchors, key=lambda a: abs(a[0] - h.start))
                if nearest[1]:
                    pol = -pol
                    note = f" toward opposite: {text[nearest[0] :].split()[0]}"
            kind = (
                "modal"
                if h.kind == "modal"
                else ("reported disagreement" if h.kind == "disagreement" else "")
            )
            label = "favor" if h.polarity > 0 else "against"
            desc = f"{h.surface} ({kind or label})"
            if flips:
                desc += " negated by: " + ", ".join(dict.fromkeys(flips))
            desc += note
        parts.append(desc)
        total += pol * h.weight
        if pol > 0:
            pos += h.weight
        else:
            neg += h.weight
    if not reversed_:
        for m in extras:
            parts.append(f"{m[0]} (speech verb, {'favor' if m[1] > 0 else 'against'})")
            total += m[1]
            pos, neg = (pos + 1, neg) if m[1] > 0 else (pos, neg + 1)
    if pos + neg == 0:
        return "none", 0.0, ""
    score = max(-1.0, min(1.0, total / (pos + neg)))
    label = "favor" if score > 0 else "against" if score < 0 else "none"
    return label, float(score), " ; ".join(parts)


def _part_of(n: re.Match, h: Hit) -> bool:
    """The negator ``n`` is a word of the cue ``h``: a target's own cue ("do not block",
    "never recognize") or a general cue it begins ("keine realistischen Ergebnisse"). In
    the gap of a general cue ("lehnen die Aufhebung nicht ab") it still negates it."""
    inside = h.start <= n.start() and n.end() <= h.end
    longer = (h.end - h.start) > (n.end() - n.start())
    return inside and longer and (h.specific or n.start() == h.start)


def _clause_final(i: int, spans, text: str) -> bool:
    """German V2: a clause-final "nicht" negates the verb earlier in the clause."""
    if i + 1 >= len(spans):
        return True
    nxt = text[spans[i + 1][0] : spans[i + 1][1]]
    return not nxt[0].isalnum()


def _same_sentence_part(clause: list[int], ni: int, ti: int, spans, text: str) -> bool:
    """``weder``/``neither`` reaches over commas up to ``;`` or a clause-break word."""
    lo, hi = spans[ni][0], spans[ti][0]
    return ";" not in text[lo:hi]


def _extra(cue: str, lex: CueLexicon, lang: str | None) -> list[tuple[str, int]]:
    if not cue or not isinstance(cue, str):
        return []
    out = []
    for lg in lex.langs(lang):
        for kind in ("favor", "against", "disagreement"):
            pat = lex.cues[lg].get(kind)
            if pat is not None and pat.search(cue):
                out.append((cue, _KINDS[kind][0]))
                return out
    return out
