"""Language codes: normalise metadata to ISO 639-1, detect offline with py3langid."""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Sequence
from typing import Any

_NAMES = {
    "german": "de", "deutsch": "de", "deu": "de", "ger": "de",
    "english": "en", "englisch": "en", "eng": "en",
    "french": "fr", "französisch": "fr", "fra": "fr", "fre": "fr", "français": "fr",
    "spanish": "es", "spa": "es", "español": "es",
    "italian": "it", "ita": "it", "dutch": "nl", "nld": "nl", "dut": "nl",
    "polish": "pl", "pol": "pl", "russian": "ru", "rus": "ru",
    "ukrainian": "uk", "ukr": "uk", "portuguese": "pt", "por": "pt",
    "turkish": "tr", "tur": "tr", "arabic": "ar", "ara": "ar",
    "chinese": "zh", "zho": "zh", "chi": "zh", "japanese": "ja", "jpn": "ja",
    "danish": "da", "dan": "da", "swedish": "sv", "swe": "sv",
    "norwegian": "no", "nor": "no", "finnish": "fi", "fin": "fi",
    "czech": "cs", "ces": "cs", "cze": "cs", "greek": "el", "ell": "el", "gre": "el",
    "hungarian": "hu", "hun": "hu", "romanian": "ro", "ron": "ro", "rum": "ro",
}  # fmt: skip
_CODE = re.compile(r"^([a-z]{2})(?:[-_][a-z0-9]+)*$")


def normalise_lang(value: Any) -> str | None:
    """ISO 639-1 code for ``"de"``, ``"de-DE"``, ``"German"``, ``"deu"``; None if unknown.

    >>> normalise_lang("de-DE"), normalise_lang("German"), normalise_lang("eng")
    ('de', 'de', 'en')
    """
    if not isinstance(value, str):
        return None
    key = value.strip().lower()
    if not key:
        return None
    m = _CODE.match(key)
    if m:
        return m.group(1)
    return _NAMES.get(key)


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    """The py3langid model, loaded once on first use (not at import)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


@functools.lru_cache(maxsize=8)
def _identifier(langs: tuple[str, ...] | None = None) -> Any:
    """The model, or a copy of it restricted to ``langs`` (one per set of languages)."""
    if langs is None:
        return _model()
    restricted = copy.copy(_model())
    restricted.set_languages(langs)
    return restricted


@functools.lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(_model().nb_classes)


def check_langs(langs: Any) -> tuple[str, ...] | None:
    """The distinct ISO 639-1 codes of ``langs`` (codes or names), sorted; None for None.

    Raises
    ------
    TypeError
        For a single string instead of a list of languages.
    ValueError
        For an empty list or a language the py3langid model does not know.
    """
    if langs is None:
        return None
    if isinstance(langs, str):
        raise TypeError(f"langs must be a list of languages such as ('de', 'en'); got {langs!r}")
    known = _known()
    codes = set()
    for value in langs:
        code = normalise_lang(value)
        if code not in known:
            raise ValueError(
                f"langs: {value!r} is not a language the detector knows; "
                f"valid codes: {', '.join(sorted(known))}"
            )
        codes.add(code)
    if not codes:
        raise ValueError("langs must name at least one language, such as ('de', 'en')")
    return tuple(sorted(codes))


def detect_lang(
    text: str, *, limit: int = 2000, quick: int = 500, langs: Sequence[str] | None = None
) -> str:
    """Best-guess ISO 639-1 code of ``text``.

    The first ``quick`` characters decide when the best language leads the second
    by at least 0.15 (raw log score) per character; otherwise the first ``limit``
    characters do. Measured on 1,028 gnad and 249 Bundestag (German) and 1,940 UN
    General Debate (English) documents: 100 % either way, 3-4x faster than
    always reading 2,000 characters (``benchmarks/bench_load.py`` reports the speed).
    ``langs`` restricts the answer to these languages (codes or names): short texts
    such as headlines are otherwise sometimes taken for a related language.

    >>> detect_lang("Die Verteidigungsminister der Nato treffen sich in Brüssel.")
    'de'
    >>> detect_lang("Die Nato tagt."), detect_lang("Die Nato tagt.", langs=("de", "en"))
    ('af', 'de')
    """
    codes = check_langs(langs) if langs is not None else None
    if codes is not None and len(codes) == 1:
        return codes[0]
    identifier = _identifier(codes)
    if len(text) > quick and quick < limit:
        ranked = identifier.rank(text[:quick])
        if ranked[0][1] - ranked[1][1] >= _MARGIN * quick:
            return str(ranked[0][0])
    return str(identifier.classify(text[:limit])[0])


_MARGIN = 0.15  # lead per character below which the short prefix does not decide
