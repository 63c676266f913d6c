"""Actor registry and find_actors: names, genitives, roles resolved by date."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_statements_helpers import make

from discourse.actors import ActorRegistry, find_actors, load_registry
from discourse.schema import validate


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return load_registry()


_CORE = load_registry("core")


def _mentions(
    text: str, published: str = "2025-02-12", registry=None, lang: str = "de"
) -> pd.DataFrame:
    docs, sents = make([[text]], published=published, lang=lang)
    return find_actors(sents, registry or _CORE, docs)


def test_bundled_registry_covers_reference_and_demo_actors(registry):
    for aid in (
        "trump",
        "putin",
        "hegseth",
        "austin",
        "pistorius",
        "umerow",
        "selenskyj",
        "nato",
        "eu",
        "usa",
        "russia",
        "ukraine",
        "germany",
        "von_der_leyen",
        "kramp_karrenbauer",
        "lambrecht",
    ):
        assert aid in registry.actors
    assert registry.actors["pistorius"]["party"] == "SPD"
    assert registry.actors["nato"]["kind"] == "organisation"
    assert registry.actors["usa"]["kind"] == "state"
    # Bundestag speakers from the SpkAtt file names, with umlauts restored
    assert registry.lookup("Trittin") and registry.lookup("Köhler") and registry.lookup("Hänsel")
    # UN General Debate speakers (generated from Speakers_by_session.xlsx)
    assert any(a.startswith("ungd_") for a in registry.actors)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2025-02-12", "hegseth"),
        ("2023-06-01", "austin"),
        ("2025-01-23", None),
        ("2019-09-01", "esper"),
    ],
)
def test_pentagon_chief_resolved_by_date(date, expected):
    out = _mentions("Das sagte der Pentagon-Chef am Mittwoch.", published=date)
    row = out[out["surface"] == "Pentagon-Chef"].iloc[0]
    assert row["role"] == "Pentagon-Chef"
    assert (None if pd.isna(row["actor_id"]) else row["actor_id"]) == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2015-05-01", "von_der_leyen"),
        ("2020-05-01", "kramp_karrenbauer"),
        ("2022-05-01", "lambrecht"),
        ("2024-05-01", "pistorius"),
    ],
)
def test_german_defence_minister_by_date(date, expected):
    out = _mentions(
        "Bundesverteidigungsministerin und Bundesverteidigungsminister trafen sich.", published=date
    )
    # the form of the role's gender names the holder, the other form someone else
    female = expected in ("von_der_leyen", "kramp_karrenbauer", "lambrecht")
    assert out["actor_id"].fillna("-").tolist() == ([expected, "-"] if female else ["-", expected])


def test_genitive_and_surname(registry):
    out = _mentions(
        "Hegseths Forderung und Trumps Plan: Hegseth und Pete Hegseth.", registry=registry
    )
    assert list(out["surface"]) == ["Hegseths", "Trumps", "Hegseth", "Pete Hegseth"]
    assert list(out["actor_id"]) == ["hegseth", "trump", "hegseth", "hegseth"]
    assert out["role"].isna().all()


@pytest.mark.parametrize(
    ("date", "expected"), [("2015-09-28", "ban_ki_moon"), ("2023-09-19", "guterres")]
)
def test_un_secretary_general_by_date(registry, date, expected):
    out = _mentions(
        "I thank the Secretary-General for his report.", published=date, registry=registry,
        lang="en",
    )  # fmt: skip
    assert list(out["actor_id"]) == [expected]
    out = _mentions("NATO Secretary-General Stoltenberg spoke.", published=date, registry=registry)
    assert set(out["actor_id"]) == {"stoltenberg"}
    # another body's secretary-general
    out = _mentions(
        "The Secretary-General of NATO and the party's Secretary-General spoke.",
        published=date, registry=registry, lang="en",
    )  # fmt: skip
    assert list(out["actor_id"].fillna("-")) == ["-", "nato", "-"]


def test_every_un_member_state_in_german_and_english(registry):
    states = [a for a in registry.actors.values() if a["kind"] == "state"]
    assert len(states) >= 193
    out = _mentions("Angola, die Türkei und Nordkorea.", registry=registry)
    assert list(out["actor_id"]) == ["angola", "turkey", "north_korea"]
    out = _mentions("Angola, Turkey, the DPRK and Viet Nam.", registry=registry, lang="en")
    assert list(out["actor_id"]) == ["angola", "turkey", "north_korea", "vietnam"]
    # a name only English uses is no mention in German text ("Bank Austria", "Air France"),
    # nor a name only German uses in English text ("Island" is Iceland)
    out = _mentions("Laut Bank Austria und Air France will Österreich mehr tun.", registry=registry)
    assert list(zip(out["surface"], out["actor_id"], strict=True)) == [("Österreich", "austria")]
    out = _mentions("Small Island States and Iceland.", registry=registry, lang="en")
    assert list(zip(out["surface"], out["actor_id"], strict=True)) == [("Iceland", "iceland")]
    out = _mentions("Island und Albanien; damit hat Israel Ziele angegriffen.", registry=registry)
    assert list(out["actor_id"]) == ["iceland", "albania", "israel"]  # no given name in German
    # "Congo" alone names two states, so it names none
    out = _mentions("Die Republik Kongo, nicht Kongo.", registry=registry)
    assert list(zip(out["surface"], out["actor_id"], strict=True)) == [
        ("Republik Kongo", "congo_republic")
    ]


def test_a_state_named_like_a_person_before_a_name_is_a_first_name(registry):
    out = _mentions(
        "Jordan Peterson and Israel Katz spoke about Jordan.", registry=registry, lang="en"
    )
    assert list(zip(out["surface"], out["actor_id"], strict=True)) == [("Jordan", "jordan")]


def test_surname_that_is_a_given_name_is_not_used_alone(registry):
    # "Henry" (Ariel Henry, UN registry) is also a given name: "Henry Kissinger" is not him
    out = _mentions("wie es Henry Kissinger beschrieb, und Ariel Henry sprach.", registry=registry)
    assert list(out["surface"]) == ["Ariel Henry"]
    assert list(out["actor_id"]) == ["ungd_ariel_henry"]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a one-word name before another capitalised name is someone else's first name
        ("Kanzler Werner Faymann und Innenminister Ernst Strasser sprachen.", []),
        ("Das zeigte Novak Djokovic.", []),
        # a noun after an article, not the MdB Post or Ernst
        ("Die Post streikt, und der Ernst der Lage ist allen klar.", []),
        # the actor: bare, after a title, as a possessive, before a verb or a comma
        (
            "Herr Gauland sagte, Gaulands Partei und Kollege Ernst seien einig.",
            ["Gauland", "Gaulands", "Ernst"],
        ),
        # after a relative pronoun ("die", "der") the name is the actor
        (
            "Die Abmachung, die Tsipras aus Brüssel zurückbrachte, über die Morales sprach.",
            ["Tsipras", "Morales"],
        ),
    ],
)
def test_a_one_word_name_that_is_something_else_is_no_mention(registry, text, surfaces):
    out = _mentions(text, registry=registry)
    names = out[out["role"].isna()]
    assert list(names["surface"]) == surfaces


def test_a_surname_only_member_of_parliament_needs_a_title_or_the_party_in_news(registry):
    def ids(paragraph, speaker=None):
        docs, sents = make([paragraph], published="2016-02-13", speaker=speaker)
        return find_actors(sents, registry, docs)["actor_id"].fillna("-").tolist()

    # the Bundestag's Müller is not every Müller of the news ...
    assert ids(["Das Risiko sei gering, sagt Marcel A. Müller.", "Müller lacht."]) == []
    # ... but the party or a title ties a surname to its MdB, and every mention after it
    assert ids(["AfD-Vize Gauland sagte das.", "Gauland blieb dabei."]) == ["mdb_gauland"] * 2
    assert ids(["Frau Hendricks widersprach."]) == ["mdb_hendricks"]
    # in a speech (a document with a speaker) the surname is enough
    assert ids(["Herr Präsident! Müller hat recht."], speaker="Gauland") == ["mdb_mueller"]


def test_a_role_before_a_name_the_registry_lacks_is_someone_else():
    # Austria's chancellor in 2016 is not the German one of the date
    out = _mentions(
        "Bundeskanzler Werner Faymann und Bundeskanzlerin Merkel.", published="2016-02-13"
    )
    assert list(out["surface"]) == ["Bundeskanzler", "Bundeskanzlerin", "Merkel"]
    assert list(out["actor_id"].fillna("-")) == ["-", "merkel", "merkel"]


def test_role_followed_by_name_takes_the_name():
    # a role before a name resolves to that name even without a date
    docs, sents = make([["US-Verteidigungsminister Pete Hegseth sprach."]])
    out = find_actors(sents, None, None)
    assert list(out["actor_id"]) == ["hegseth", "hegseth"]
    # a colon between role and name is no apposition
    out = _mentions(
        "US-Verteidigungsminister: Ukraine muss Gebiete abgeben", published="2023-01-01"
    )
    assert list(out["actor_id"]) == ["austin", "ukraine"]


def test_word_boundaries_and_compounds():
    out = _mentions("Die Nato-Mitgliedschaft und Natoland sind keine Nato.")
    assert list(out["surface"]) == ["Nato"]
    assert int(out["start"].iloc[0]) == len("Die Nato-Mitgliedschaft und Natoland sind keine ")


def test_offsets_schema_and_no_mutation():
    docs, sents = make(
        [["Pistorius traf Hegseth.", "Putin schwieg."], ["Die EU und die USA reagierten."]]
    )
    before = sents.copy()
    out = find_actors(sents, None, docs)
    pd.testing.assert_frame_equal(sents, before)
    validate(out, "actors", unique_key=False)
    assert isinstance(out.index, pd.RangeIndex)
    text = docs["text"].iloc[0]
    for r in out.itertuples():
        assert text[r.start : r.end] == r.surface
    assert list(out["actor_id"]) == ["pistorius", "hegseth", "putin", "eu", "usa"]


def test_user_registry_dict_and_errors(tmp_path):
    reg = load_registry(
        {"actors": [{"id": "x", "name": "Erika Mustermann", "names": ["Mustermann"]}]}
    )
    out = _mentions("Mustermann sprach.", registry=reg)
    assert list(out["actor_id"]) == ["x"]
    with pytest.raises(ValueError, match="unknown role"):
        load_registry({"actors": [{"id": "y", "roles": [{"role": "nope"}]}]})
    with pytest.raises(ValueError, match="kind must be one of"):
        load_registry({"actors": [{"id": "y", "kind": "alien"}]})
    with pytest.raises(
        ValueError, match=r"actors\[0\] \(id 'y'\): gender must be 'f', 'm' or absent"
    ):
        load_registry({"actors": [{"id": "y", "gender": "x"}]})
    assert load_registry({"actors": [{"id": "z", "gender": "f"}]}).actors["z"]["gender"] == "f"
    with pytest.raises(FileNotFoundError):
        load_registry(tmp_path / "missing.yaml")
    with pytest.raises(ValueError, match="unknown bundled registry"):
        load_registry("nosuchfile")
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - {id: z, name: Max Muster, names: [Muster]}\n", encoding="utf-8")
    assert "z" in load_registry(path).actors


def test_missing_column_is_named():
    with pytest.raises(ValueError, match="text"):
        find_actors(pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [0]}))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Hegseth", "sagte", "Nato", "Pistorius", "der", "Pentagon-Chef", ",", "x"]
        ),
        max_size=12,
    )
)
def test_offsets_always_reproduce_surface(registry, words):
    text = " ".join(words)
    docs, sents = make([[text]])
    out = find_actors(sents, registry, docs)
    for r in out.itertuples():
        assert text[r.start : r.end] == r.surface
    assert (out["start"].diff().dropna() > 0).all()


def test_bundled_registry_files_are_parsed_once_and_registries_stay_independent():
    from discourse.actors import _bundled_data, load_registry

    first = load_registry()
    first.add({"actors": [{"id": "tmp_extra", "name": "Temp Extra"}]})
    parsed = _bundled_data.cache_info().currsize
    second = load_registry()
    assert _bundled_data.cache_info().currsize == parsed  # nothing parsed again
    assert "tmp_extra" in first.actors and "tmp_extra" not in second.actors
    assert second.actors["hegseth"] == load_registry("core").actors["hegseth"]


def test_a_name_never_spans_two_sentences_and_sentence_ends_bound_words():
    # each document's sentences are scanned as one string; the joints act as text edges
    docs, sents = make([["Das sagte Pete", "Hegseth sprach."], ["Die Nato", "-Staaten?"]])
    out = find_actors(sents, _CORE, docs)
    assert list(out["surface"]) == ["Hegseth", "Nato"]
    assert list(out["sent_id"]) == [1, 2]
    text = docs["text"].iloc[0]
    assert [text[r.start : r.end] for r in out.itertuples()] == ["Hegseth", "Nato"]


def test_a_surface_with_a_line_break_is_found_within_one_sentence_only():
    reg = load_registry({"actors": [{"id": "x", "name": "Foo\nBar", "kind": "organisation"}]})
    docs, sents = make([["Es sprach Foo", "Bar sprach."]])
    assert find_actors(sents, reg, docs).empty
    docs, sents = make([["Es sprach Foo\nBar.", "Nichts."]])
    assert list(find_actors(sents, reg, docs)["actor_id"]) == ["x"]


def test_interleaved_documents_keep_their_own_context():
    # "Müller" is ambiguous in this registry; an earlier unique mention in the same
    # document decides it, whatever the row order of the sents table
    reg = load_registry(
        {
            "actors": [
                {"id": "a", "name": "Anna Müller", "names": ["Müller"]},
                {"id": "b", "name": "Bernd Müller", "names": ["Müller", "Bernd Müller"]},
            ]
        }
    )
    sents = pd.DataFrame(
        {
            "doc_id": ["d1", "d2", "d1", "d2"],
            "sent_id": [0, 0, 1, 1],
            "start": [0, 0, 20, 20],
            "text": ["Bernd Müller kam.", "Müller kam.", "Müller ging.", "Müller ging."],
        }
    )
    out = find_actors(sents, reg)
    got = [
        (d, s, a if isinstance(a, str) else None)
        for d, s, a in out[["doc_id", "surface", "actor_id"]].values
    ]
    assert got == [
        ("d1", "Bernd Müller", "b"),
        ("d1", "Müller", "b"),
        ("d2", "Müller", None),
        ("d2", "Müller", None),
    ]
    pd.testing.assert_frame_equal(find_actors(sents.iloc[[0, 2, 1, 3]], reg), out)


_WORDS = ["Hegseth", "sagte", "Nato", "Pistorius", "der", "Pentagon-Chef", ",", "-", "x", "Pete"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=8), min_size=1, max_size=5))
def test_a_document_scan_equals_one_scan_per_sentence(registry, sentences):
    texts = [" ".join(words) for words in sentences]
    # except after a namesake: "Pete Pistorius" is not Boris Pistorius, nor is a later
    # "Pistorius" of the document (test_a_namesake_takes_the_surname_for_the_document)
    assume(not any("Pete Pistorius" in t for t in texts))
    docs, sents = make([texts])
    whole = find_actors(sents, registry, docs)
    parts = [find_actors(sents.iloc[[i]], registry, docs) for i in range(len(sents))]
    alone = pd.concat(parts, ignore_index=True) if parts else whole.iloc[:0]
    pd.testing.assert_frame_equal(whole, alone.astype(whole.dtypes))


def test_a_namesake_takes_the_surname_for_the_document(registry):
    docs, sents = make([["Pete Pistorius sagte das.", "Pistorius lachte."]])
    assert find_actors(sents, registry, docs).empty
    alone = find_actors(sents.iloc[[1]], registry, docs)
    assert alone["actor_id"].tolist() == ["pistorius"]


def test_lookup_is_exact_in_registry_order_and_sees_later_additions():
    reg = load_registry(
        {
            "actors": [
                {"id": "b", "name": "Bernd Müller", "names": ["Müller"]},
                {"id": "a", "name": "Anna Müller", "names": ["Müller", "Müller"]},
            ]
        }
    )
    assert reg.lookup(" Müller ") == ["b", "a"]
    assert reg.lookup("müller") == [] and reg.lookup("Mül") == []
    reg.add({"actors": [{"id": "c", "name": "Müller"}]})
    assert reg.lookup("Müller") == ["b", "a", "c"]
    reg.lookup("Müller").append("x")  # the caller's list, not the index
    assert reg.lookup("Müller") == ["b", "a", "c"]


def test_the_state_registry_is_what_its_build_script_writes(shared_data):
    import importlib.util

    import yaml

    pytest.importorskip("babel", reason="the build script reads CLDR names through babel")
    repo = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(
        "build_actor_registry", repo / "scripts" / "build_actor_registry.py"
    )
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    text = (repo / "src" / "discourse" / "resources" / "actors" / "states.yaml").read_text("utf-8")
    built_with = next(line.split()[-1] for line in text.splitlines() if line.startswith("# babel"))
    rebuilt = build.states(shared_data)
    if rebuilt != yaml.safe_load(text)["actors"] and build.babel_version() != built_with:
        pytest.skip(f"states.yaml was built with babel {built_with}, whose CLDR names differ")
    assert rebuilt == yaml.safe_load(text)["actors"]


def test_un_speakers_get_the_gender_their_first_name_has_with_a_title(registry):
    # the sheet writes "Mr. Andrzej Duda" in one year and "Andrzej Duda" in another
    assert registry.actors["ungd_andrzej_duda"]["gender"] == "m"
    assert registry.actors["ungd_zuzana_caputova"]["gender"] == "f"
    from discourse.statements import find_statements

    docs, sents = make(
        [["Andrzej Duda spoke first.", "She said that the war must end."]], lang="en"
    )
    out = find_statements(sents, find_actors(sents, registry, docs), docs=docs, registry=registry)
    assert out["speaker_id"].isna().all()  # "She" is not Duda


def test_a_short_name_counts_only_after_a_fuller_name_in_the_document():
    reg = load_registry(
        {"actors": [{"id": "meta_p", "names": ["Ilir Meta"], "short_names": ["Meta"]}]}
    )
    alone = _mentions("Meta said it would comply with the law.", registry=reg, lang="en")
    assert alone.empty
    after = _mentions("Ilir Meta spoke first. Later Meta said more.", registry=reg, lang="en")
    assert list(after["surface"]) == ["Ilir Meta", "Meta"]
    assert list(after["actor_id"]) == ["meta_p", "meta_p"]


def test_the_bundled_un_leaders_match_without_mr_and_rare_ones_need_their_full_name(registry):
    # before: "Mr. Ilir Meta" only (news write "Ilir Meta"), and every "Meta" was him
    assert list(_mentions("Ilir Meta spoke.", registry=registry, lang="en")["actor_id"]) == [
        "ungd_ilir_meta"
    ]
    assert _mentions("Meta said it would comply.", registry=registry, lang="en").empty
    assert list(_mentions("Erdogan sagte das.", registry=registry)["actor_id"]) == [
        "ungd_recep_tayyip_erdogan"
    ]
