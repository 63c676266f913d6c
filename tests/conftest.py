"""Shared fixtures: a tiny corpus built in code, the real data beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` beside the checkout; tests that need it skip where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data not available: {SHARED_DATA} does not exist")
    return SHARED_DATA


TINY_ARTICLES = [
    {
        "doc_id": "de-1",
        "source": "tagesschau.de",
        "published": "2025-02-12T10:00:00Z",
        "title": "Hegseth fordert fünf Prozent",
        "text": (
            "US-Verteidigungsminister Pete Hegseth hat in Brüssel gesprochen. "
            "Die Nato-Mitglieder sollen ihre Verteidigungsausgaben auf fünf Prozent erhöhen.\n\n"
            "Pistorius sagte, Deutschland müsse mehr tun."
        ),
        "lang": "de",
    },
    {
        "doc_id": "de-2",
        "source": "spiegel.de",
        "published": "2025-02-13T08:30:00Z",
        "title": "Debatte über das Zwei-Prozent-Ziel",
        "text": (
            "Am 12. Februar ging es um das Zwei-Prozent-Ziel der Nato. "
            "Die Rüstungsausgaben steigen, z. B. für Munition."
        ),
        "lang": "de",
    },
    {
        "doc_id": "en-1",
        "source": "reuters.com",
        "published": "2025-02-12T15:00:00Z",
        "title": "Hegseth says NATO allies must spend more",
        "text": (
            "U.S. Defense Secretary Pete Hegseth said allies should spend five percent of GDP "
            'on defence. "This is a down payment on the future," he said.'
        ),
        "lang": "en",
    },
]


@pytest.fixture
def tiny_docs() -> pd.DataFrame:
    """Three short articles (two German, one English) as a ``docs`` table."""
    docs = pd.DataFrame(TINY_ARTICLES)
    docs["published"] = pd.to_datetime(docs["published"], utc=True).astype("datetime64[ns, UTC]")
    return docs


@pytest.fixture(scope="module")
def lex():
    """The bundled stance cue lexicon."""
    from discourse.stance.rules import load_cues

    return load_cues()


@pytest.fixture(scope="module")
def targets():
    """The bundled stance targets."""
    from discourse.stance.targets import load_targets

    return load_targets()
