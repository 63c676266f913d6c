"""discourse.stream and discourse._combine: chunked counts equal the pandas verbs."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse._combine import (
    DOCS_ROW,
    combine_count_terms,
    combine_timeline,
    partial_count_terms,
    partial_timeline,
)
from discourse.io import write_corpus
from discourse.lexicon import find_terms
from discourse.metrics import count_terms, timeline
from discourse.segment import split_sentences, tokenize
from discourse.stream import stream_count, stream_kwic, stream_statements

LEXICON = {
    "name": "t",
    "concepts": {
        "nato": {"any": ["NATO", "Nato"]},
        "spending": {"de": ["Verteidigungsausgaben"], "en": ["defence spending"]},
    },
}


def _docs(n: int = 12) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    texts = [
        "Die Nato fordert höhere Verteidigungsausgaben. Deutschland zögert.",
        "NATO allies discussed defence spending. NATO met in Brussels.",
        "Nothing to see here. Only weather.",
    ]
    rows = []
    for i in range(n):
        k = int(rng.integers(0, 3))
        rows.append(
            {
                "doc_id": f"d{i:02d}",
                "source": ["A", "B"][i % 2],
                "published": f"2024-{1 + (i * 5) % 12:02d}-0{1 + i % 9}",
                "title": f"t{i}",
                "text": texts[k],
                "lang": "de" if k == 0 else "en",
            }
        )
    docs = pd.DataFrame(rows)
    docs["published"] = pd.to_datetime(docs["published"], utc=True).astype("datetime64[ns, UTC]")
    return docs


def _pieces(docs: pd.DataFrame, cuts: list[int]):
    bounds = [0, *sorted(set(cuts)), len(docs)]
    return [docs.iloc[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True) if b > a]


def test_partial_timeline_has_docs_rows_even_without_matches():
    docs = _docs(3).assign(text="Nothing here.", lang="en")
    part = partial_timeline(docs.iloc[:0][["doc_id"]].assign(concept=""), docs, freq=None)
    assert part["concept"].tolist() == [DOCS_ROW]
    assert part["docs_total"].tolist() == [3]


@settings(max_examples=15, deadline=None)
@given(
    cuts=st.lists(st.integers(1, 11), max_size=4),
    by=st.sampled_from([None, "source"]),
    freq=st.sampled_from([None, "M", "Q"]),
)
def test_combined_timeline_equals_pandas_for_any_cut(cuts, by, freq):
    docs = _docs()
    sents = split_sentences(docs)
    tokens = tokenize(sents, lemmas=False)
    matches = find_terms(sents, LEXICON)
    expected = timeline(matches, docs, freq=freq, by=by, tokens=tokens)
    parts = [
        partial_timeline(matches, piece, freq=freq, by=by, tokens=tokens)
        for piece in _pieces(docs, cuts)
    ]
    got = combine_timeline(pd.concat(parts, ignore_index=True), by=by, freq=freq)
    pd.testing.assert_frame_equal(got, expected)


def test_combined_count_terms_equals_pandas():
    docs = _docs()
    matches = find_terms(split_sentences(docs), LEXICON)
    parts = [
        partial_count_terms(matches.loc[matches["doc_id"].isin(p["doc_id"])])
        for p in _pieces(docs, [3, 7])
    ]
    got = combine_count_terms(pd.concat(parts, ignore_index=True))
    pd.testing.assert_frame_equal(got, count_terms(matches, level="corpus"))
    # hand-computed from the three texts: German ones say Nato once, English NATO twice
    nato = got.set_index("concept").loc["nato"]
    n_de = (docs["lang"] == "de").sum()
    n_en = docs["text"].str.startswith("NATO").sum()
    assert nato["n"] == n_de + 2 * n_en
    assert nato["n_docs"] == n_de + n_en


@pytest.fixture
def corpus_file(tmp_path):
    docs = _docs()
    path = tmp_path / "c.jsonl"
    write_corpus(docs, path)
    return path, docs


@pytest.mark.parametrize("chunksize", [1, 5, 100])
def test_stream_count_equals_pandas_timeline(corpus_file, chunksize):
    path, docs = corpus_file
    sents = split_sentences(docs)
    expected = timeline(
        find_terms(sents, LEXICON), docs, freq="M", by="source", tokens=tokenize(sents)
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no data problems in this corpus
        got = stream_count(path, lexicon=LEXICON, by="source", freq="M", chunksize=chunksize)
    pd.testing.assert_frame_equal(got, expected)


def test_stream_count_in_two_processes(corpus_file):
    path, _ = corpus_file
    one = stream_count(path, lexicon=LEXICON, freq="Y", chunksize=4)
    two = stream_count(path, lexicon=LEXICON, freq="Y", chunksize=4, jobs=2)
    pd.testing.assert_frame_equal(one, two)
    assert set(one.columns) == {
        "source",
        "period",
        "concept",
        "n",
        "n_docs",
        "docs_total",
        "n_tokens",
        "rate",
    }


def test_stream_count_rejects_bad_options(corpus_file):
    path, _ = corpus_file
    with pytest.raises(ValueError, match="chunksize"):
        stream_count(path, lexicon=LEXICON, chunksize=0)
    with pytest.raises(ValueError, match="jobs"):
        stream_count(path, lexicon=LEXICON, jobs=0)
    with pytest.raises(ValueError, match="read_options"):
        stream_count(path, lexicon=LEXICON, read_options={"chunksize": 3})


def test_stream_statements_writes_parts(corpus_file, tmp_path):
    path, docs = corpus_file
    pytest.importorskip("discourse.statements")
    from discourse.statements import find_statements

    out = tmp_path / "stmts"
    n = stream_statements(path, out, chunksize=5)
    expected = find_statements(split_sentences(docs), docs=docs)
    assert n == len(expected)
    if n:
        got = pd.read_parquet(out).reset_index(drop=True)
        assert got["doc_id"].tolist() == expected["doc_id"].tolist()
    (out / "part-00000.parquet").touch(exist_ok=True)
    with pytest.raises(FileExistsError, match="already holds"):
        stream_statements(path, out, chunksize=5)


def test_stream_kwic_lines(corpus_file, tmp_path):
    path, docs = corpus_file
    out = tmp_path / "kwic.tsv"
    n = stream_kwic(path, out, "nato", lexicon=LEXICON, window=2, chunksize=4)
    lines = pd.read_csv(out, sep="\t")
    n_de = (docs["lang"] == "de").sum()
    n_en = docs["text"].str.startswith("NATO").sum()
    assert n == len(lines) == n_de + 2 * n_en
    assert set(lines["match"]) <= {"NATO", "Nato"}
    assert {"left", "right", "source", "published"} <= set(lines.columns)
