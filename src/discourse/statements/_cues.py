"""The cue lexicon: speech verbs and attribution markers, read from YAML."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_INSEPARABLE = (
    "be",
    "er",
    "ver",
    "zer",
    "ent",
    "emp",
    "ge",
    "miss",
    "über",
    "hinter",
    "wider",
    "unter",
)


def _de_weak(stem: str) -> list[str]:
    """Regular German forms of a weak verb from its present stem."""
    e = (
        "e"
        if stem.endswith(("t", "d", "chn", "chm"))  # "bezeichnet", "rechnet"
        or (stem[-1:] in "mn" and stem[-2:-1] not in "aeiouhlrmn")
        else ""
    )
    finite = [
        stem + "e",
        stem + "en",
        stem + "st",
        stem + e + "t",
        stem + e + "te",
        stem + e + "ten",
        stem + e + "test",
        stem + "end",
    ]
    if stem.endswith(("el", "er")):
        finite += [stem + "n", stem[:-2] + "le", stem[:-2] + "re"]
    part = stem + e + "t"
    if not (stem.startswith(_INSEPARABLE) or stem.endswith("ier")):
        part = "ge" + part
    return finite + [part]


def _en_regular(lemma: str) -> list[str]:
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


@dataclass
class CueLexicon:
    """Forms of cue verbs and the other attribution markers of one language."""

    lang: str
    verbs: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)
    """lower-case form -> (lemma, particle or None, kind) of the first verb listing the form"""
    alts: dict[str, list[tuple[str, str | None, str]]] = field(default_factory=dict)
    """lower-case form -> every (lemma, particle, kind) listing it ("gab": bekanntgeben, angeben)"""
    joined: dict[str, tuple[str, str]] = field(default_factory=dict)
    """lower-case joined form (mitteilen) -> (lemma, kind)"""
    impersonal: list[tuple[str, ...]] = field(default_factory=list)
    source_after: list[tuple[str, ...]] = field(default_factory=list)
    source_before: set[str] = field(default_factory=set)
    after_nouns: set[str] = field(default_factory=set)
    adverbs: set[str] = field(default_factory=set)
    # adverbs that name a source only after a document ("Die UBS veröffentlichte neue
    # Zahlen. Danach verzeichnet ..."), else mostly of time
    document_adverbs: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)
    light_nouns: set[str] = field(default_factory=set)
    """nouns of saying or opinion with a light verb ("ist der Ansicht, dass"); also in nouns"""
    judgement: set[str] = field(default_factory=set)
    """finite verbs of judging: a cue with "es", "für"/"als" ("hält es für möglich, dass")"""
    after_suffixes: tuple[str, ...] = ()
    triggers: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    """every lower-case word that can start a rule (a cheap pre-filter for paragraphs)"""
    subjunctive: set[str] = field(default_factory=set)
    reportative: frozenset[str] = frozenset()
    """modal verbs that report a claim with a perfect infinitive ("soll ... gezeugt haben")"""
    pronouns: set[str] = field(default_factory=set)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "cues") -> CueLexicon:
        if not isinstance(data, Mapping) or "lang" not in data:
            raise ValueError(f"{where}: a cue lexicon is a mapping with 'lang' and 'verbs'")
        lang = str(data["lang"])
        lex = cls(lang=lang)
        for lemma, spec in (data.get("verbs") or {}).items():
            spec = spec or {}
            name = str(lemma).rstrip("_")
            kind = spec.get("kind", "speech")
            if kind not in ("speech", "thought"):
                raise ValueError(f"{where}: verbs.{lemma}.kind must be 'speech' or 'thought'")
            if "forms" in spec:
                forms = [str(f) for f in spec["forms"]]
            elif "weak" in spec:
                forms = (
                    _de_weak(str(spec["weak"])) if lang == "de" else _en_regular(name.split()[0])
                )
            else:
                raise ValueError(f"{where}: verbs.{lemma} needs 'weak' or 'forms'")
            particle = spec.get("particle")
            for f in forms:
                lex.verbs.setdefault(f.lower(), (name, particle, kind))
                specs = lex.alts.setdefault(f.lower(), [])
                if (name, particle, kind) not in specs:
                    specs.append((name, particle, kind))
            if particle and lang == "de":
                joined = list(spec.get("joined") or [])
                if "weak" in spec:
                    stem = str(spec["weak"])
                    joined += [particle + f for f in _de_weak(stem)[:-1]]
                    joined += [particle + "ge" + stem + "t", particle + "zu" + stem + "en"]
                for f in joined:
                    lex.joined.setdefault(f.lower(), (name, kind))
        lex.impersonal = [tuple(p.lower().split()) for p in data.get("impersonal") or []]
        lex.source_after = [tuple(p.lower().split()) for p in data.get("source_after") or []]
        lex.source_before = {p.lower() for p in data.get("source_before") or []}
        lex.after_nouns = set(data.get("after_nouns") or [])
        lex.adverbs = {p.lower() for p in data.get("adverbs") or []}
        lex.document_adverbs = {p.lower() for p in data.get("document_adverbs") or []}
        lex.light_nouns = {str(p) for p in data.get("light_nouns") or []}
        lex.nouns = {str(p) for p in data.get("nouns") or []} | lex.light_nouns
        lex.judgement = {p.lower() for p in data.get("judgement") or []}
        lex.after_suffixes = tuple(sorted({n.lower() for n in lex.after_nouns if len(n) > 5}))
        lex.triggers = (
            {ph[0] for ph in lex.source_after}
            | lex.source_before
            | {"nach", "so"}
            | {ph[0] for ph in lex.impersonal}
            | lex.adverbs
            | lex.document_adverbs
            | lex.judgement
        )
        lex.words = set(lex.verbs) | set(lex.joined) | lex.triggers | {n.lower() for n in lex.nouns}
        lex.subjunctive = {p.lower() for p in data.get("subjunctive") or []}
        lex.reportative = frozenset(p.lower() for p in data.get("reportative") or [])
        lex.pronouns = {str(p) for p in data.get("pronouns") or []}
        return lex


def _yaml(text: str) -> Any:
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 (safe)


def load_cues(source: Any = "de") -> CueLexicon:
    """Load a cue lexicon: a bundled language (``"de"``, ``"en"``), a YAML path or a dict.

    Returns
    -------
    CueLexicon

    Examples
    --------
    >>> lex = load_cues("de")
    >>> lex.verbs["betonte"][0]
    'betonen'
    """
    if isinstance(source, CueLexicon):
        return source
    if isinstance(source, Mapping):
        return CueLexicon.from_dict(source, where="dict")
    path = Path(str(source))
    if path.suffix in (".yaml", ".yml"):
        if not path.is_file():
            raise FileNotFoundError(f"cue lexicon file not found: {path}")
        return CueLexicon.from_dict(_yaml(path.read_text(encoding="utf-8")), where=str(path))
    bundled = resources.files("discourse.resources").joinpath("cues", f"{source}.yaml")
    if not bundled.is_file():
        raise ValueError(
            f"no bundled cue lexicon for {source!r}; valid: 'de', 'en' or a .yaml path"
        )
    return CueLexicon.from_dict(
        _yaml(bundled.read_text(encoding="utf-8")), where=f"cues/{source}.yaml"
    )
