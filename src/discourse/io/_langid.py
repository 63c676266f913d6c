"""Language codes: normalise metadata to ISO 639-1, detect offline with py3langid."""

from __future__ import annotations

import functools
import re
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
def _identifier() -> Any:
    """The py3langid model, loaded once on first use (not at import)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def detect_lang(text: str, *, limit: int = 2000) -> str:
    """Best-guess ISO 639-1 code of ``text`` from its first ``limit`` characters.

    >>> detect_lang("Die Verteidigungsminister der Nato treffen sich in Brüssel.")
    'de'
    """
    return str(_identifier().classify(text[:limit])[0])
