"""Usability review of the actor registry: language codes (F3), the automatic genitive "-s"
(F5), mistakes in a user's actor YAML (F12) and the docs of a user's registry (F13)."""

from __future__ import annotations

import datetime as dt
import doctest
import warnings
from importlib import resources

import numpy as np
import pandas as pd
import pytest
from test_statements_helpers import make

import discourse.actors
from discourse.actors import doc_languages, find_actors, load_registry
from discourse.segment import split_sentences
from discourse.statements import find_statements


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _ids(text: str, registry, lang: str | None = "de") -> list[tuple[str, str | None]]:
    docs, sents = make([[text]], lang=lang or "")
    if lang is None:
        docs["lang"] = None
    out = find_actors(sents, registry, docs)
    return [
        (s, a if isinstance(a, str) else None)
        for s, a in zip(out.surface, out.actor_id, strict=True)
    ]


def _write(tmp_path, text: str, name: str = "my.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- F3: language codes -----------------------------------------------------------------
def test_doc_languages_gives_lower_case_iso_639_1_codes():
    ids = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
    docs = pd.DataFrame(
        {
            "doc_id": ids,
            "lang": ["EN", "en-GB", "en_US", "eng", "German", "deu", None, np.nan, "", "xyz"],
        }
    )
    # the segmenter lower-cases docs.lang into sents.lang without normalising it
    sents = pd.DataFrame({"doc_id": ids, "lang": ["en"] * 6 + ["de-at", "en-gb", "", ""]})
    assert doc_languages(sents, docs) == {
        "a": "en", "b": "en", "c": "en", "d": "en", "e": "de", "f": "de",
        "g": "de", "h": "en",  # missing/NaN in docs: sents.lang, normalised
    }  # fmt: skip
    # unknown or missing everywhere: left out; an explicit lang is normalised too
    assert doc_languages(sents, None) == {
        "a": "en", "b": "en", "c": "en", "d": "en", "e": "en", "f": "en", "g": "de", "h": "en"
    }  # fmt: skip
    assert doc_languages(sents, docs, "EN-us") == dict.fromkeys(ids, "en")
    assert doc_languages(sents, docs, "klingonisch") == {}


@pytest.mark.parametrize("code", ["EN", "en-GB", "en_US", "eng", "English"])
def test_english_text_with_a_non_canonical_code_gets_the_english_rules(code):
    docs, sents = make([["Hegseth said the talks had failed."]], lang=code.lower())
    docs["lang"] = code
    out = find_statements(sents, docs=docs)
    assert out[["speaker_id", "cue", "content"]].values.tolist() == [
        ["hegseth", "said", "the talks had failed"]
    ]


def test_english_only_names_follow_the_normalised_code(registry):
    # "Austria" is only English: in an English document it is the state
    assert _ids("Austria said no.", registry, lang="en-GB") == [("Austria", "austria")]
    assert _ids("Die Bank Austria sagte nein.", registry, lang="DE") == []


# -- F5: the automatic genitive "-s" ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kallas sagte, die Sanktionen müssten verschärft werden.", "de"),
        ("Kallas forderte Sanktionen gegen Russland.", "de"),
        ("Das sagte Kallas am Montag.", "de"),
        ("Auch Kallas sagte das.", "de"),
        ("Die EU-Außenbeauftragte Kallas forderte mehr Druck.", "de"),
        ("Kaja Kallas, die EU-Außenbeauftragte, sagte das.", "de"),
        ("Nach Ansicht Kallas' ist das falsch.", "de"),
        ("Kallas said the sanctions must be tightened.", "en"),
        ("EU foreign policy chief Kaja Kallas said the sanctions must be tightened.", "en"),
        ("Kallas said the sanctions must be tightened.", None),
    ],
)
def test_a_name_plus_s_that_is_no_genitive_is_no_mention(registry, text, lang):
    # Kaja Kallas is not Muhammad Jusuf Kalla ("Kalla" + "s")
    found = _ids(text, registry, lang)
    assert "ungd_muhammad_jusuf_kalla" not in [a for _, a in found]


def test_kallas_said_gives_no_kalla_speaker_id(registry):
    for text, lang in [
        ("Kallas sagte, die Sanktionen müssten verschärft werden.", "de"),
        ("EU foreign policy chief Kaja Kallas said the sanctions must be tightened.", "en"),
    ]:
        docs, sents = make([[text]], lang=lang)
        out = find_statements(sents, docs=docs, registry=registry)
        assert len(out) == 1
        assert out["speaker_id"].iloc[0] != "ungd_muhammad_jusuf_kalla"


def test_genitives_that_read_as_genitives_stay(registry):
    cases = {
        "Hegseths Forderung und Trumps Plan.": [("Hegseths", "hegseth"), ("Trumps", "trump")],
        "Das ist die Forderung Hegseths.": [("Hegseths", "hegseth")],
        "Trumps zweite Amtszeit begann.": [("Trumps", "trump")],
        "Hegseths umstrittene Pläne und Pistorius' Plan.": [
            ("Hegseths", "hegseth"),
            ("Pistorius", "pistorius"),
        ],
        "Nach der Entscheidung Obamas kündigte die Firma eine Klage an.": [("Obamas", "obama")],
        "Pete Hegseths Plan.": [("Pete Hegseths", "hegseth")],
        # and the ones that are none
        "Kallas sagte das.": [("Kallas", "kallas")],  # herself, not Kalla + "s"
        "Paul Simons Lied lief.": [],
    }
    for text, expected in cases.items():
        assert _ids(text, registry) == expected, text


def test_genitive_of_a_user_actor_and_a_name_of_its_own_first():
    reg = load_registry({"actors": [{"id": "simon", "name": "Anna Simon", "names": ["Simon"]}]})
    assert _ids("Simons Buch erschien.", reg) == [("Simons", "simon")]
    assert _ids("Anna Simons Buch erschien.", reg) == [("Anna Simons", "simon")]
    assert _ids("Simons erklärte, er sei dagegen.", reg) == []
    assert _ids("Paul Simons Lied lief.", reg) == []
    # an actor named "Kallas" is found as herself, not as an ambiguous genitive of Kalla
    both = load_registry(
        {
            "actors": [
                {"id": "kalla", "name": "Jusuf Kalla", "names": ["Kalla"]},
                {"id": "kallas", "name": "Kaja Kallas", "names": ["Kallas"]},
            ]
        }
    )
    assert _ids("Kallas sagte das.", both) == [("Kallas", "kallas")]
    assert _ids("Das forderte Kallas.", both) == [("Kallas", "kallas")]


# -- F12: mistakes in a user's actor YAML -------------------------------------------------
def test_names_as_a_string_is_one_name_never_its_characters(tmp_path):
    path = _write(
        tmp_path,
        "roles:\n  r1: {names: Oberbürgermeister}\n"
        "actors:\n  - {id: a1, name: Anna One, names: Anna One, "
        "roles: [{role: r1, from: 2020-01-01}]}\n",
    )
    reg = load_registry(path)
    assert reg.actors["a1"]["names"] == ["Anna One"]
    assert reg.roles["r1"]["names"] == ["Oberbürgermeister"]
    assert _ids("Plan A sieht vor, dass O. Müller b r e zahlt.", reg) == []
    # a comma in the string is a list without its brackets
    bad = _write(tmp_path, "actors:\n  - {id: a1, names: 'Anna One, A. One'}\n", "bad.yaml")
    with pytest.raises(ValueError, match=r"bad\.yaml: actors\[0\] \(id 'a1'\): 'names' must be"):
        load_registry(bad)
    with pytest.raises(ValueError, match=r"names\[1\] must be a string"):
        load_registry({"actors": [{"id": "a1", "names": ["Anna", {"x": 1}]}]})


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        (
            "roles:\n  r1: {names: [OB]}\nactors:\n  - {id: a1, roles: {role: r1}}\n",
            r"my\.yaml: actors\[0\] \(id 'a1'\): 'roles' must be a list",
        ),
        (
            "roles:\n  r1: {names: [OB]}\nactors:\n  - {id: a1, roles: [{role: r1, from: 2025-13-01}]}\n",
            r"my\.yaml: actors\[0\] \(id 'a1'\), roles\[0\], 'from': date must be YYYY-MM-DD, "
            r"got '2025-13-01' \(month must be in 1\.\.12\)",
        ),
        (
            "actors:\n  - {id: a1, name: Anna One}\n  - {id: a1, name: Bernd Two}\n",
            r"my\.yaml: actors\[1\] \(id 'a1'\): id 'a1' is already used by actors\[0\]",
        ),
        (
            "roles:\n  r1: {names: [OB]}\n"
            "actors:\n  - {id: a1, roles: [{role: r1, from: 2025-01-01, to: 2020-01-01}]}\n",
            r"my\.yaml: actors\[0\] \(id 'a1'\), roles\[0\]: 'to' \(2020-01-01\) is before "
            r"'from' \(2025-01-01\)",
        ),
        (
            "actors:\n  a1: {name: Anna One}\n",
            r"my\.yaml: 'actors' must be a list of entries.*got a mapping",
        ),
        ("actors:\n  - a1\n", r"my\.yaml: actors\[0\]: each actor is a mapping with an 'id'"),
        (
            "roles:\n  r1: {names: [OB]}\nactors:\n  - {id: a1, roles: [r1]}\n",
            r"my\.yaml: actors\[0\] \(id 'a1'\), roles\[0\]: each role entry needs a 'role'",
        ),
    ],
)
def test_yaml_mistakes_name_the_file_and_the_entry(tmp_path, yaml_text, message):
    with pytest.raises(ValueError, match=message):
        load_registry(_write(tmp_path, yaml_text))


def test_unknown_keys_warn_with_the_known_keys_and_a_suggestion(tmp_path):
    path = _write(
        tmp_path,
        "roles:\n  r1: {names: [OB]}\n"
        "actors:\n  - {id: a1, name: Anna One, gendr: f, "
        "roles: [{role: r1, since: 2020-01-01, until: 2021-01-01}]}\n",
    )
    with pytest.warns(UserWarning) as record:
        load_registry(path)
    messages = [str(w.message) for w in record]
    assert any(
        "my.yaml: actors[0] (id 'a1'): unknown key 'gendr' (did you mean 'gender'?)" in m
        and "known keys: id, name, names" in m
        for m in messages
    )
    assert any(
        "roles[0]: unknown key 'since' (did you mean 'from'?), 'until' (did you mean 'to'?)" in m
        and "known keys: role, from, to" in m
        for m in messages
    )
    assert all(w.filename == __file__ for w in record)  # the caller's line, not the library's
    with warnings.catch_warnings():  # the bundled files use known keys only
        warnings.simplefilter("error")
        load_registry()


def test_redeclaring_a_bundled_id_merges_into_it(tmp_path):
    path = _write(
        tmp_path, "actors:\n  - {id: hegseth, names: [Pete Hegseth, Kriegsminister Hegseth]}\n"
    )
    day = dt.date(2025, 3, 1)
    for source in ([None, path], [path, None]):
        reg = load_registry(source)
        hegseth = reg.actors["hegseth"]
        assert hegseth["name"] == "Pete Hegseth" and hegseth["gender"] == "m"
        assert hegseth["names"].count("Pete Hegseth") == 1
        assert "Kriegsminister Hegseth" in hegseth["names"]
        assert reg.holder("us_defence_secretary", day) == "hegseth"
    # a field the later entry gives replaces the earlier one; a role it gives, its dates
    path = _write(
        tmp_path,
        "actors:\n  - {id: hegseth, name: Peter Hegseth, country: US,\n"
        "     roles: [{role: us_defence_secretary, from: 2025-01-25, to: 2025-06-30}]}\n",
    )
    reg = load_registry([None, path])
    assert reg.actors["hegseth"]["name"] == "Peter Hegseth"
    assert reg.actors["hegseth"]["country"] == "US" and reg.actors["hegseth"]["gender"] == "m"
    assert reg.holder("us_defence_secretary", day) == "hegseth"
    assert reg.holder("us_defence_secretary", dt.date(2025, 8, 1)) is None
    assert "Hegseth" in reg.actors["hegseth"]["names"]  # names only grow


def test_dates_stay_checked_and_iso_timestamps_still_work(tmp_path):
    path = _write(
        tmp_path,
        "roles:\n  r1: {names: [Oberbürgermeisterin]}\n"
        "actors:\n  - {id: a1, roles: [{role: r1, from: 2020-01-01, to: '2021-06-30T12:00:00'}]}\n",
    )
    reg = load_registry(path)
    assert reg.roles["r1"]["holders"] == [("a1", dt.date(2020, 1, 1), dt.date(2021, 6, 30))]
    assert reg.holder("r1", dt.date(2021, 7, 1)) is None


# -- F13: docs --------------------------------------------------------------------------
def test_the_docs_say_a_file_alone_replaces_the_bundled_registry():
    doc = load_registry.__doc__ or ""
    assert '[None, "my.yaml"]' in doc and "replaces the bundled registry" in doc
    readme = resources.files("discourse.resources").joinpath("actors", "README.md")
    text = readme.read_text(encoding="utf-8")
    assert '[None, "my.yaml"]' in text
    for key in discourse.actors._ACTOR_KEYS + discourse.actors._HOLDING_KEYS:
        assert f"`{key}`" in text, key
    assert doctest.testmod(discourse.actors).failed == 0


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2023-06-01", "borrell"), ("2025-02-12", "kallas")],
)
def test_the_wider_cast_of_the_domain_and_their_roles_by_date(date, expected):
    text = "Die Sanktionen müssten verschärft werden, sagte die EU-Außenbeauftragte."
    docs = pd.DataFrame(
        {
            "doc_id": ["d"],
            "source": ["x"],
            "published": pd.to_datetime([date], utc=True).astype("datetime64[ns, UTC]"),
            "title": [""],
            "text": [text],
            "lang": ["de"],
        }
    )
    from discourse.segment import split_sentences
    from discourse.statements import find_statements

    got = find_statements(split_sentences(docs), docs=docs)
    assert got["speaker_id"].tolist() == [expected]


def test_the_wider_cast_is_found_by_name():
    reg = load_registry()
    for name, aid in [("Lawrow", "lawrow"), ("Kremlsprecher Peskow", None), ("Kaja Kallas", "kallas"),
                      ("Viktor Orbán", "orban"), ("Baerbock", "baerbock"), ("Rubio", "rubio")]:  # fmt: skip
        if aid:
            assert reg.lookup(name) == [aid], name


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"id": "a1", "names": ["A One"], "kind": ["person"]}, r"actors\[0\] \(id 'a1'\): kind"),
        ({"id": ["a1"], "names": ["A One"]}, r"actors\[0\]: 'id' must be a word"),
    ],
)
def test_a_kind_or_id_of_the_wrong_type_is_a_clear_error(entry, message):
    with pytest.raises(ValueError, match=message):
        load_registry({"actors": [entry]})


def _names(text: str, lang: str) -> list:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": [lang]})
    from discourse.segment import split_sentences

    return find_statements(split_sentences(docs), docs=docs)["speaker_name"].tolist()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kremlin denied that troops had moved.", "Russia"),
        ("Zelenskiy said Ukraine would not give up.", "Volodymyr Zelensky"),
        ("Lavrov said Russia was ready.", "Sergey Lavrov"),
        ("Albania said it was ready.", "Albania"),
    ],
)
def test_english_text_gets_the_english_names(text, name):
    # before: "Russland", "Wolodymyr Selenskyj" (and "Zelenskiy" unlinked), "Albanien"
    assert _names(text, "en") == [name]


def test_german_text_keeps_the_german_names():
    assert _names("Lawrow sagte, Russland sei bereit.", "de") == ["Sergej Lawrow"]


def test_name_en_must_be_a_string(tmp_path):
    path = _write(tmp_path, "actors:\n  - {id: x, name: X, name_en: [A, B]}\n")
    with pytest.raises(ValueError, match="name_en"):
        load_registry(path)


# -- a namesake: another given name before a registry person's surname -------------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # before: both "Abbott" were the registry's Tony Abbott
        (
            "Labour MP Diane Abbott said the plan was cruel. Abbott added that she would vote "
            "against it.",
            "en",
            [],
        ),
        ("Markus Hegseth ist ein anderer Mann. Hegseth sagte das.", "de", []),
        (
            "Diane Abbott spoke. Tony Abbott disagreed. Abbott said so.",
            "en",
            [("Tony Abbott", "ungd_tony_abbott"), ("Abbott", "ungd_tony_abbott")],
        ),
        (
            "President Trump and Secretary of State Rubio spoke. Defense Secretary Pete Hegseth "
            "said it. Hegseth added more.",
            "en",
            [("Trump", "trump"), ("Rubio", "rubio"), ("Defense Secretary", "hegseth"),
             ("Pete Hegseth", "hegseth"), ("Hegseth", "hegseth")],
        ),
        (
            "US-Verteidigungsminister Hegseth und Kriegsminister Hegseth: Hegseths Plan.",
            "de",
            [("US-Verteidigungsminister", "hegseth"), ("Hegseth", "hegseth"),
             ("Hegseth", "hegseth"), ("Hegseths", "hegseth")],
        ),
    ],
)  # fmt: skip
def test_a_surname_after_another_given_name_is_not_the_registry_person(
    registry, text, lang, expected
):
    assert _ids(text, registry, lang) == expected


def test_a_namesake_in_german_is_not_a_user_registry_person():
    # "Thomas Müller" is not the registry's Gerd Müller; "Gerd Müller", "Müller" are
    reg = load_registry(
        {"actors": [{"id": "gm", "name": "Gerd Müller", "names": ["Gerd Müller", "Müller"]}]}
    )
    assert _ids("Thomas Müller sagte das. Müller lachte.", reg, "de") == []
    assert _ids("Gerd Müller sagte das. Müller lachte.", reg, "de") == [
        ("Gerd Müller", "gm"),
        ("Müller", "gm"),
    ]
    assert _ids("Laut Müller sei das so.", reg, "de") == [("Müller", "gm")]


def test_a_namesake_names_the_speaker_by_the_text():
    # before: speaker_name "Tony Abbott" for both statements
    names = _names(
        "Diane Abbott said the plan was cruel. Abbott added that she would vote against it.", "en"
    )
    assert names == ["Diane Abbott", "Diane Abbott"]


def test_a_role_abbreviation_is_no_part_of_the_name():
    names = _names(
        "Labour MP Diane Abbott said the plan was cruel. Abbott added that she would vote "
        "against it.",
        "en",
    )
    assert names == ["Diane Abbott", "Diane Abbott"]


@pytest.mark.parametrize(
    ("text", "speaker_id", "speaker_name"),
    [
        # a registry person modifies the noun that speaks; a body's officials speak for it
        ("A Trump adviser said the talks had stalled.", None, "Trump adviser"),
        ("A senior U.S. official said the talks had stalled.", "usa", "United States"),
        # a registry person after the body's name still speaks
        ("Kremlin spokesman Dmitry Peskov said the talks had stalled.", "peskow", "Dmitry Peskov"),
        ("Ukraine said the talks had stalled.", "ukraine", "Ukraine"),
    ],
)
def test_an_english_actor_before_the_noun_that_speaks_is_no_speaker(text, speaker_id, speaker_name):
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "lang": ["en"]})
    reg = load_registry()
    sents = split_sentences(docs)
    st = find_statements(sents, find_actors(sents, reg, docs), docs=docs, registry=reg)
    assert len(st) == 1
    got = st["speaker_id"].iloc[0]
    assert (None if pd.isna(got) else got) == speaker_id
    assert st["speaker_name"].iloc[0] == speaker_name
