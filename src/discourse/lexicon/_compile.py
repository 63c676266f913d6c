"""Compile a :class:`Lexicon` into literal anchors plus cheap verification rules.

Every entry becomes one or more *anchors*: lower-cased literal byte strings
(Latin-1, so that one byte is one character and offsets stay aligned) that one
Aho-Corasick pass finds in the lower-cased text. Each anchor carries the rules
that must then hold around a hit: word boundaries or extension to the whole
word, the allowed inflection endings, a small regex for multi-word entries,
and a case check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from discourse.lexicon._format import Entry, Lexicon
from discourse.lexicon._phrase import (
    _anchor_score,
    _edge_bytes,
    _phrase_halves,
    _phrase_regex,
    _required,
)
from discourse.lexicon._text import (
    _CASE,
    INSENSITIVE,
    LOWER,
    SENSITIVE,
    WORD_BYTE,
    _check_for,
    _common_prefix,
    _endings,
    _is_latin,
    _latin,
    _ss_variants,
    lemma_forms,
)

__all__ = ["LOWER", "WORD_BYTE", "Compiled", "Rule", "compile_lexicon", "lemma_forms"]


@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    """What must hold around an anchor hit for ``entry`` to match."""

    concept: int  # index into Lexicon.concepts
    entry: int  # running index of the entry (lexicon order)
    term: str
    lang: str
    exclude: bool
    pool: int  # overlap pool: 0 shared; concept index + 1 for ``overlap: allow``
    extend_left: bool
    extend_right: bool
    endings: frozenset[bytes]  # allowed remainders after the anchor (when not extend_right)
    phrase: re.Pattern[bytes] | None  # multi-word: the part from the anchor on (forward)
    left: re.Pattern[bytes] | None  # multi-word: the part before the anchor, on reversed text
    check: re.Pattern[str] | None  # case / non-Latin-1 check (fullmatch on anchor or surface)
    rid: int = -1  # index in Compiled.rule_list
    prev_ok: np.ndarray | None = None  # multi-word: codes of the last 3 bytes of the word before
    next_ok: np.ndarray | None = None  # multi-word: codes of the first 3 bytes of the word after
    sep_before: bool = False  # multi-word: a separator must precede the anchor
    sep_after: bool = False  # multi-word: a separator must follow the anchor
    literal: tuple[bytes, bytes] | None = None  # multi-word of plain words only: the image
    # bytes before and after the anchor when one space separates the words (a fast path)
    exact: tuple[bytes, bytes] | None = None  # single word, ASCII, case rule: the bytes the
    # text must have, and where (1) they must be equal (``check`` decided without a regex)


@dataclass(frozen=True)
class Compiled:
    """Anchors (bytes) and, per anchor, the tuple of rules to verify."""

    anchors: tuple[bytes, ...]
    rules: tuple[tuple[Rule, ...], ...]
    concepts: tuple[str, ...]
    n_entries: int
    rule_list: tuple[Rule, ...] = ()

    @cached_property
    def rule_concept(self) -> np.ndarray:
        return np.array([r.concept for r in self.rule_list], dtype=np.int64)

    @cached_property
    def rule_pool(self) -> np.ndarray:
        return np.array([r.pool for r in self.rule_list], dtype=np.int64)

    @cached_property
    def rule_entry(self) -> np.ndarray:
        return np.array([r.entry for r in self.rule_list], dtype=np.int64)

    @cached_property
    def rule_exclude(self) -> np.ndarray:
        return np.array([r.exclude for r in self.rule_list], dtype=bool)

    @cached_property
    def rule_anchor(self) -> np.ndarray:
        """Per rule: the index of its first anchor."""
        out = np.full(len(self.rule_list), -1, dtype=np.int64)
        for k, rs in reversed(list(enumerate(self.rules))):
            for r in rs:
                out[r.rid] = k
        return out

    @cached_property
    def free_left(self) -> np.ndarray:
        """Per anchor: may a hit continue a word to the left (so no boundary prefilter)?"""
        return np.array([any(r.extend_left for r in rs) for rs in self.rules], dtype=bool)

    @cached_property
    def free_right(self) -> np.ndarray:
        """Per anchor: may a word character follow the anchor?"""
        return np.array(
            [
                any(r.phrase is not None or r.extend_right or r.endings != {b""} for r in rs)
                for rs in self.rules
            ],
            dtype=bool,
        )

    @cached_property
    def tables(self) -> Any:
        """Per-rule flag arrays and anchor -> rules index for the vectorised checks."""
        from discourse.lexicon._verify import build_tables

        return build_tables(self)

    @cached_property
    def automaton(self) -> Any:
        """The Aho-Corasick automaton over the anchors (built once)."""
        return self.make_automaton()

    def make_automaton(self, engine: str = "auto") -> Any:
        """An Aho-Corasick automaton: ``"rs"`` (ahocorasick_rs), ``"py"`` (pyahocorasick)."""
        if engine == "py":
            return _PyAutomaton(self.anchors)
        try:
            import ahocorasick_rs
        except ImportError:
            if engine == "rs":
                raise
            return _PyAutomaton(self.anchors)
        impl = ahocorasick_rs.Implementation.DFA  # 3x the NFA's speed (measured)
        return _RsAutomaton(
            ahocorasick_rs.BytesAhoCorasick(list(self.anchors), implementation=impl)
        )


class _RsAutomaton:
    def __init__(self, ac: Any) -> None:
        self._ac = ac

    def find(self, low: bytes) -> list[tuple[int, int, int]]:
        return self._ac.find_matches_as_indexes(low, overlapping=True)


class _PyAutomaton:
    """The same results with pyahocorasick (run over the Latin-1 text decoded 1:1)."""

    def __init__(self, anchors: tuple[bytes, ...]) -> None:
        import ahocorasick

        self._ac = ahocorasick.Automaton()
        for i, a in enumerate(anchors):
            self._ac.add_word(a.decode("latin-1"), (i, len(a)))
        self._ac.make_automaton()

    def find(self, low: bytes) -> list[tuple[int, int, int]]:
        out = [(i, end + 1 - n, end + 1) for end, (i, n) in self._ac.iter(low.decode("latin-1"))]
        out.sort(key=lambda t: (t[1], t[2]))
        return out


def _exact_bytes(written: str, case: int) -> tuple[bytes, bytes] | None:
    """What ``_check_for(written, case)`` demands of an ASCII text, as bytes and a mask."""
    if case == INSENSITIVE or not written.isascii():
        return None
    keep = [case == SENSITIVE or c.isupper() or not c.isalpha() for c in written]
    return written.encode("ascii"), bytes(keep)


class _Builder:
    def __init__(self) -> None:
        self.by_anchor: dict[bytes, list[Rule]] = {}
        self.rule_list: list[Rule] = []
        self.entry = 0

    def add(self, anchor: bytes, rule: Rule) -> None:
        if len(anchor) < 2:
            raise ValueError(f"entry {rule.term!r}: anchor {anchor!r} is too short")
        if rule.rid < 0:
            object.__setattr__(rule, "rid", len(self.rule_list))
            self.rule_list.append(rule)
        self.by_anchor.setdefault(anchor, []).append(rule)

    def single(
        self,
        e: Entry,
        base: dict,
        anchor_written: str,
        *,
        left: bool,
        right: bool,
        endings: frozenset[bytes],
    ) -> None:
        case = _CASE[e.case]
        for w in _ss_variants(anchor_written):
            self.add(
                _latin(w),
                Rule(
                    **base,
                    extend_left=left,
                    extend_right=right,
                    endings=endings,
                    phrase=None,
                    left=None,
                    check=_check_for(w, case),
                    exact=_exact_bytes(w, case),
                ),
            )

    def entry_rules(self, e: Entry, concept: int, pool: int, exclude: bool) -> None:
        base = dict(
            concept=concept, entry=self.entry, term=e.term, lang=e.lang, exclude=exclude, pool=pool
        )
        self.entry += 1
        none = frozenset({b""})
        if e.kind == "word":
            self.single(e, base, e.term, left=False, right=False, endings=none)
        elif e.kind == "wildcard":
            core = e.term.strip("*")
            self.single(
                e,
                base,
                core,
                left=e.term.startswith("*"),
                right=e.term.endswith("*"),
                endings=none,
            )
        elif e.kind == "lemma":
            for variant in _ss_variants(e.term):
                forms = lemma_forms(variant, e.lang)
                prefix = _common_prefix(forms)
                n = len(prefix)
                ends = frozenset(_latin(f[n:]) for f in forms)
                self.single(e, base, variant[:n], left=False, right=False, endings=ends)
        elif e.kind == "compound":
            self.compound_rules(e, base)
        else:
            self.phrase_rules(e, base)

    def compound_rules(self, e: Entry, base: dict) -> None:
        left = e.position in ("head", "any")
        right = e.position in ("modifier", "any")
        endings = frozenset(_latin(x) for x in _endings(e.lang)) if e.inflect else frozenset({b""})
        for mod in e.modifiers:
            stems = [mod] + ([mod[:-1]] if mod.endswith("e") and len(mod) > 3 else [])
            for stem in stems:
                for link in e.links:
                    for head in e.heads:
                        h = head if link.endswith("-") else head.lower()
                        self.single(
                            e,
                            base,
                            stem + link + h,
                            left=left,
                            right=right,
                            endings=endings,
                        )

    def phrase_rules(self, e: Entry, base: dict) -> None:
        case = _CASE[e.case]
        for written in _ss_variants(e.term):
            words = written.split()
            best = max(
                (i for i, w in enumerate(words) if not w.startswith(("(", "{"))),
                key=lambda i: _anchor_score(words, i),
            )
            ends = _endings(e.lang) if e.lemma else ("",)
            left, right = _phrase_halves(words, best, ends)
            check = None
            if case != INSENSITIVE or not _is_latin(written):
                flags = re.IGNORECASE if case == INSENSITIVE else 0
                check = re.compile(_phrase_regex(words, None, ends, lower=False, case=case), flags)
            lead = words[best].startswith("*")
            plain = not e.lemma and not any(c in x for x in words for c in "([{*")
            rule = Rule(
                **base,
                extend_left=lead,
                extend_right=False,
                endings=frozenset(),
                phrase=re.compile(right),
                left=re.compile(left),
                check=check,
                prev_ok=_edge_bytes(words, best - 1, ends, last=True),
                next_ok=_edge_bytes(words, best + 1, ends, last=False),
                sep_before=_required(words, best - 1) and not lead,
                sep_after=_required(words, best + 1)
                and not words[best].endswith("*")
                and not (e.lemma and not words[best].startswith("[")),
                literal=(
                    _latin("".join(x + " " for x in words[:best])),
                    _latin("".join(" " + x for x in words[best + 1 :])),
                )
                if plain
                else None,
            )
            w = words[best]
            keys = w[1:-1].split("|") if w.startswith("[") else [w.strip("*")]
            for key in dict.fromkeys(_latin(k) for k in keys):
                self.add(key, rule)


def compile_lexicon(lexicon: Lexicon) -> Compiled:
    """Compile every entry (and exclusion) of ``lexicon`` into anchors and rules."""
    b = _Builder()
    for ci, concept in enumerate(lexicon.concepts):
        pool = ci + 1 if concept.overlap == "allow" else 0
        for e in concept.entries:
            b.entry_rules(e, ci, pool, exclude=False)
        for e in concept.exclude:
            b.entry_rules(e, ci, pool, exclude=True)
    anchors = tuple(b.by_anchor)
    return Compiled(
        anchors=anchors,
        rules=tuple(tuple(b.by_anchor[a]) for a in anchors),
        concepts=tuple(lexicon.concept_ids),
        n_entries=b.entry,
        rule_list=tuple(b.rule_list),
    )
