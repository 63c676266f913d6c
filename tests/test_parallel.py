"""discourse.parallel: the Dask verbs equal the pandas verbs row for row (LocalCluster)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

dd = pytest.importorskip(
    "dask.dataframe", reason="dask not installed: pip install discourse[scale]"
)
distributed = pytest.importorskip("dask.distributed", reason="dask.distributed not installed")

from discourse import parallel  # noqa: E402
from discourse.lexicon import find_terms  # noqa: E402
from discourse.metrics import count_terms, timeline  # noqa: E402
from discourse.numbers import find_numbers  # noqa: E402
from discourse.segment import split_sentences, tokenize  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def demo():
    """A slice of the demo corpus: every collection, 48 documents, German and English."""
    from discourse.demo import load_demo_corpus

    docs = load_demo_corpus()
    parts = [
        docs.loc[docs["collection"] == c].head(12) for c in sorted(docs["collection"].unique())
    ]
    return pd.concat(parts, ignore_index=True)


@pytest.fixture(scope="module")
def tables(demo, client):
    ddocs = dd.from_pandas(demo, npartitions=4, sort=False)
    sents = split_sentences(demo)
    dsents = parallel.split_sentences(ddocs)
    return demo, ddocs, sents, dsents


def _same(expected: pd.DataFrame, got, keys=None) -> None:
    got = got.compute() if hasattr(got, "compute") else got
    got = got.reset_index(drop=True)
    if keys:
        expected = expected.sort_values(keys, kind="stable").reset_index(drop=True)
        got = got.sort_values(keys, kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)


def test_partitions_hold_whole_documents(tables):
    _, ddocs, _, dsents = tables
    parts = [dsents.get_partition(i).compute() for i in range(dsents.npartitions)]
    owners = [set(p["doc_id"]) for p in parts]
    assert sum(len(o) for o in owners) == len(set().union(*owners))  # no doc in two parts
    assert ddocs.npartitions == dsents.npartitions == 4


def test_text_layer_equals_pandas(tables):
    demo, _, sents, dsents = tables
    assert dsents.dtypes.to_dict() == sents.dtypes.to_dict()  # meta is the pandas schema
    _same(sents, dsents)
    _same(tokenize(sents, lemmas=False), parallel.tokenize(dsents, lemmas=False))


def test_terms_numbers_and_counts_equal_pandas(tables):
    demo, ddocs, sents, dsents = tables
    matches = find_terms(sents, "defence")
    dmatches = parallel.find_terms(dsents, "defence")
    assert len(matches) > 0
    _same(matches, dmatches)
    _same(find_numbers(sents), parallel.find_numbers(dsents))
    _same(count_terms(matches), parallel.count_terms(dmatches), keys=["doc_id", "concept"])
    _same(
        count_terms(matches, level="corpus", by=["concept", "term"]),
        parallel.count_terms(dmatches, level="corpus", by=["concept", "term"]),
    )


@pytest.mark.parametrize(("by", "freq"), [("collection", "Y"), (None, "M"), ("source", None)])
def test_timeline_combines_partitions_exactly(tables, by, freq):
    demo, ddocs, sents, dsents = tables
    tokens = tokenize(sents, lemmas=False)
    dtokens = parallel.tokenize(dsents, lemmas=False)
    expected = timeline(find_terms(sents, "defence"), demo, by=by, freq=freq, tokens=tokens)
    got = parallel.timeline(
        parallel.find_terms(dsents, "defence"), ddocs, by=by, freq=freq, tokens=dtokens
    )
    assert got.npartitions == 1
    _same(expected, got)
    assert expected["n"].sum() > 0


def test_timeline_in_a_local_time_zone_combines_partitions_exactly(tables):
    demo, ddocs, sents, dsents = tables
    tokens = tokenize(sents, lemmas=False)
    dtokens = parallel.tokenize(dsents, lemmas=False)
    kw = {"by": "collection", "freq": "M", "tz": "Europe/Berlin"}
    expected = timeline(find_terms(sents, "defence"), demo, tokens=tokens, **kw)
    got = parallel.timeline(parallel.find_terms(dsents, "defence"), ddocs, tokens=dtokens, **kw)
    assert str(expected["period"].dt.tz) == "Europe/Berlin"
    _same(expected, got)


def test_actors_statements_stance_equal_pandas(tables):
    demo, ddocs, sents, dsents = tables
    actors_mod = pytest.importorskip("discourse.actors")
    statements_mod = pytest.importorskip("discourse.statements")
    stance_mod = pytest.importorskip("discourse.stance")
    # these verbs sort by doc_id over the whole table: compare after a stable sort by key
    actors = actors_mod.find_actors(sents, docs=demo)
    _same(actors, parallel.find_actors(dsents, docs=ddocs), keys=["doc_id", "start", "end"])
    stmts = statements_mod.find_statements(sents, docs=demo)
    dstmts = parallel.find_statements(dsents, docs=ddocs)
    assert len(stmts) > 0
    _same(stmts, dstmts, keys=["doc_id", "stmt_id"])
    stance = stance_mod.score_stance(stmts, docs=demo)
    dstance = parallel.score_stance(dstmts, docs=ddocs)
    _same(stance, dstance, keys=["doc_id", "stmt_id", "target"])


def test_read_corpus_reads_a_parquet_folder(tmp_path, demo, client):
    folder = tmp_path / "corpus"
    folder.mkdir()
    cols = ["doc_id", "source", "published", "title", "text", "lang"]
    for i, start in enumerate(range(0, len(demo), 20)):
        demo[cols].iloc[start : start + 20].to_parquet(folder / f"part-{i}.parquet")
    ddocs = parallel.read_corpus(str(folder))
    assert ddocs.npartitions >= 1
    got = ddocs.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, demo[cols])
    assert str(got["published"].dtype) == "datetime64[ns, UTC]"


def test_mismatched_partitions_and_pandas_input_are_errors(tables):
    demo, ddocs, sents, dsents = tables
    with pytest.raises(TypeError, match="Dask DataFrame"):
        parallel.split_sentences(demo)
    other = dd.from_pandas(demo, npartitions=2, sort=False)
    with pytest.raises(ValueError, match="same partitions"):
        parallel.find_actors(dsents, docs=other)


def test_inputs_are_not_mutated(tables):
    demo, ddocs, sents, dsents = tables
    before = demo.copy()
    parallel.split_sentences(ddocs).compute()
    pd.testing.assert_frame_equal(demo, before)
