import pandas as pd
import pytest

from discourse.schema import SCHEMAS, SchemaError, coerce, empty, validate


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_empty_table_validates(kind):
    table = empty(kind)
    assert validate(table, kind) is table
    assert list(table.columns) == SCHEMAS[kind].names


def test_tiny_docs_validate(tiny_docs):
    validate(tiny_docs, "docs")


def test_missing_column_and_dtype_are_both_reported(tiny_docs):
    bad = tiny_docs.drop(columns=["lang"]).assign(published="2025-01-01")
    with pytest.raises(SchemaError) as err:
        validate(bad, "docs")
    assert "missing column 'lang'" in str(err.value)
    assert "column 'published'" in str(err.value)


def test_duplicate_key_is_reported(tiny_docs):
    bad = pd.concat([tiny_docs, tiny_docs.head(1)], ignore_index=True)
    with pytest.raises(SchemaError, match="not unique"):
        validate(bad, "docs")


def test_non_range_index_is_reported(tiny_docs):
    with pytest.raises(SchemaError, match="RangeIndex"):
        validate(tiny_docs.set_index("doc_id", drop=False), "docs")


def test_unknown_kind():
    with pytest.raises(ValueError, match="kind must be one of"):
        validate(pd.DataFrame(), "nope")


def test_coerce_keeps_extra_columns_and_missing_values():
    raw = pd.DataFrame(
        {
            "doc_id": [1, 2],
            "source": ["a", None],
            "published": ["2025-02-12", None],
            "title": ["t", "u"],
            "text": ["x", "y"],
            "lang": ["de", "en"],
            "extra": [1.5, 2.5],
        },
        index=[5, 7],
    )
    out = coerce(raw, "docs")
    validate(out, "docs")
    assert out["doc_id"].tolist() == ["1", "2"]
    assert out["source"].isna().tolist() == [False, True]
    assert out["published"].isna().tolist() == [False, True]
    assert str(out["published"].dtype) == "datetime64[ns, UTC]"
    assert out["extra"].tolist() == [1.5, 2.5]
    assert raw.index.tolist() == [5, 7]  # input untouched


def test_a_text_column_with_numbers_names_the_row():
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "source": ["x"] * 3,
            "published": pd.Series([pd.NaT] * 3, dtype="datetime64[ns, UTC]"),
            "title": [""] * 3,
            "text": pd.Series(["Ein Text.", 12345, None], dtype=object),
            "lang": ["de"] * 3,
        }
    )
    with pytest.raises(SchemaError, match=r"'text' holds int 12345 in row 1 \(doc_id 'b'\); "):
        validate(docs, "docs")
