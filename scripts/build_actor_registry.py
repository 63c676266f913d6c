"""Generate the bundled actor registry files that come from data, not from hand.

Writes
- ``src/discourse/resources/actors/bundestag.yaml``: the speakers of the SpkAtt
  Bundestag speeches (train + unlabelled), surname and party from the file names
  (``19092_Tagesordnungspunkt_5_SPD_Felgentreu_ID199203900_04.04.2019.json``);
  transliterated umlauts (``Koehler``) get an umlaut variant (``Köhler``); marked
  ``surname_only`` (see :func:`discourse.actors.find_actors`).
- ``src/discourse/resources/actors/ungd.yaml``: the persons who spoke in the UN
  General Debate 2014-2023 as head of state or government (``Speakers_by_session.xlsx``,
  CC0), with full name, the surname where it is unique and no speaker's given name, country,
  and gender where the sheet's form of address gives it (Mr., Ms., Mrs., Sir, King, Queen;
  not "Sheikh", which the sheet also gives Sheikh Hasina), for the name itself or for its
  first name elsewhere in the sheet. No role dates
  are generated: the sheet gives the post in a session year, not terms of office.
- ``src/discourse/resources/actors/states.yaml``: every state that spoke in the UN General
  Debate 2014-2023 (the ISO codes of the demo corpus' ungd part), kind ``state``, with its
  German and English short names from the Unicode CLDR (through babel, at build time only),
  the UN-style name of the corpus ("Islamic Republic of Iran", "Viet Nam") and a few
  common other names (``EXTRA_NAMES``: "DR Congo", "Ivory Coast", "Burma", ...); the German
  name is the canonical one, as in core.yaml. Names that differ from the German ones are
  ``english_only`` (no mention in German text: "Bank Austria"), German names no English
  one shares are ``german_only`` ("Island" is no mention in English text). "Congo"/"Kongo" alone names
  two states and is left out. States already in ``core.yaml`` are not repeated.

Actors already in ``core.yaml`` (same surname) are not repeated.

Usage: ``python scripts/build_actor_registry.py [--shared ../shared/data]``
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd
import yaml

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "discourse" / "resources" / "actors"
PARTIES = {
    "CDUCSU": "CDU/CSU",
    "GRUENE": "BÜNDNIS 90/DIE GRÜNEN",
    "LINKE": "DIE LINKE",
    "SPD": "SPD",
    "FDP": "FDP",
    "AfD": "AfD",
    "Fraktionslos": "fraktionslos",
    "fraktionslos": "fraktionslos",
}
HEAD_POSTS = re.compile(
    r"president|prime minister|king|queen|emir|amir|chancellor|sultan|"
    r"head of state|head of government|prince|premier",
    re.I,
)


# the sheet's form of address gives the gender the pronoun resolution checks ("sie" is no Mr.)
TITLE_GENDER = {
    "Mr.": "m", "Sir": "m", "King": "m", "Ms.": "f", "Mrs.": "f", "Queen": "f",
}  # fmt: skip


def _without_title(name: str) -> str:
    """The name without the form of address the sheet writes before it ("Mr. Ilir Meta":
    "Ilir Meta", the form news text uses) when two words or more remain, else the name."""
    words = name.split()
    if words[0] in ("Mr.", "Ms.", "Mrs.", "Dr.") and len(words) >= 3:
        return " ".join(words[1:])
    return name


def slug(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", norm.lower()).strip("_")


def umlauts(name: str) -> str:
    return re.sub(
        r"(?<![aeiouAEIOU])(ae|oe|ue|Ae|Oe|Ue)",
        lambda m: {"ae": "ä", "oe": "ö", "ue": "ü", "Ae": "Ä", "Oe": "Ö", "Ue": "Ü"}[m.group(1)],
        name,
    )


def core_surnames() -> set[str]:
    core = yaml.safe_load((OUT / "core.yaml").read_text(encoding="utf-8"))
    return {n for a in core["actors"] for n in a.get("names", []) if " " not in n} | {
        a["name"].split()[-1] for a in core["actors"]
    }


def core_people() -> set[tuple[str, str]]:
    """(surname, country) of the persons of core.yaml: Emmanuel Macron (FRA) is there, so
    the sheet's Macron is not repeated; Timothy Harris (KNA) is no Kamala Harris (USA)."""
    core = yaml.safe_load((OUT / "core.yaml").read_text(encoding="utf-8"))
    return {
        (n.split()[-1], a.get("country"))
        for a in core["actors"]
        if a.get("kind", "person") == "person"
        for n in [a["name"], *a.get("names", [])]
    }


def bundestag(shared: Path, skip: set[str]) -> list[dict]:
    pat = re.compile(
        r"^\d+_(?:Tagesordnungspunkt|Zusatzpunkte?)_[\dA-Za-z_]*?_("
        + "|".join(PARTIES)
        + r")_(.+?)_ID\d+_"
    )
    seen: dict[str, dict] = {}
    for folder in ("spkatt/train/task1", "spkatt/unlabelled"):
        for f in sorted((shared / folder).glob("*.json")):
            m = pat.match(f.name)
            if not m:
                continue
            party, raw = PARTIES[m.group(1)], m.group(2)
            surname = raw.replace("_", " ")
            if surname.startswith("von ") or surname.startswith("Elsner"):
                pass
            names = [surname]
            if umlauts(surname) != surname:
                names.insert(0, umlauts(surname))
            if any(n in skip for n in names) or surname == "Leyen":
                continue
            aid = "mdb_" + slug(surname)
            entry = seen.setdefault(
                aid,
                {
                    "id": aid,
                    "name": names[0],
                    "kind": "person",
                    "party": party,
                    "country": "DEU",
                    "names": names,
                    "surname_only": True,
                },
            )
            if entry["party"] != party:
                entry["party"] = None  # two MdBs of one surname in different parties
    return list(seen.values())


def ungd(shared: Path, skip: set[str], places: set[str]) -> list[dict]:
    """Heads of state and government of the sheet; ``skip``: surnames of core.yaml (not
    added as a name of their own; the person is not repeated when core.yaml has an actor of
    that surname and country), ``places``: state names, never a speaker's surname ("... of
    Monaco")."""
    in_core = core_people()
    sheet = pd.read_excel(shared / "ungd" / "Speakers_by_session.xlsx")
    # Given names of all speakers (every year): a surname that is also a given name
    # ("Henry" of Ariel Henry, as in "Henry Kissinger") is not used on its own.
    given = {str(n).split()[0] for n in sheet["Name of Person Speaking"] if len(str(n).split()) > 1}
    # the gender of a first name the sheet writes after a form of address, where it always
    # gives the same one ("Mr. Andrzej Duda" in one year: "Andrzej Duda" is a man)
    seen: dict[str, set[str]] = {}
    for n in sheet["Name of Person Speaking"].fillna("").tolist():
        words = str(n).split()
        if len(words) > 2 and words[0] in TITLE_GENDER and not words[1].endswith("."):
            seen.setdefault(words[1], set()).add(TITLE_GENDER[words[0]])  # not "Mr. Dr. X"
    first_gender = {f: g.pop() for f, g in seen.items() if len(g) == 1}
    sheet = sheet[(sheet["Year"] >= 2014) & (sheet["Year"] <= 2023)]
    sheet = sheet[sheet["Post"].astype(str).str.contains(HEAD_POSTS)]
    people: dict[str, dict] = {}
    years: dict[str, set[int]] = {}  # the General Debates each person spoke in
    for _, row in sheet.iterrows():
        raw = re.sub(r"\s+", " ", str(row["Name of Person Speaking"])).strip(" ,;")
        if not raw or raw == "nan":
            continue
        name = _without_title(raw)  # "Mr. Ilir Meta" and "Ilir Meta" are one person
        aid = "ungd_" + slug(name)
        p = people.setdefault(
            aid,
            {
                "id": aid,
                "name": name,
                "kind": "person",
                "gender": first_gender.get(name.split()[0]),
                "country": str(row["ISO Code"]),
                "names": [name],
            },
        )
        p["gender"] = p["gender"] or TITLE_GENDER.get(raw.split()[0])
        if raw not in p["names"]:
            p["names"].append(raw)
        years.setdefault(aid, set()).add(int(row["Year"]))
    last = Counter(p["name"].split()[-1] for p in people.values())
    for aid, p in people.items():
        sur = p["name"].split()[-1]
        unique = last[sur] == 1 and sur not in given and sur not in skip and sur not in places
        if unique and len(sur) >= 4 and sur[0].isupper():
            # a leader of three General Debates or more is known by the surname alone
            # ("Erdogan", "Tsipras"); the others only after their full name in the same
            # document ("Meta" alone is mostly the company, "Mendoza" someone else)
            if len(years[aid]) >= 3:
                p["names"].append(sur)
            else:
                p["short_names"] = [sur]
    return [p for p in people.values() if (p["name"].split()[-1], p["country"]) not in in_core]


# other common names of states, beside CLDR's German and English ones and the UN-style name
# (German ones in GERMAN_EXTRA; the rest are English)
EXTRA_NAMES = {
    "COD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Demokratische Republik Kongo",
            "DR Kongo"],
    "COG": ["Republic of the Congo", "Republik Kongo"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea", "Democratic People’s Republic of Korea"],
    "KOR": ["Republic of Korea"],
    "TUR": ["Turkey"],
    "CZE": ["Czech Republic", "Tschechische Republik"],
    "MMR": ["Burma"],
    "CIV": ["Côte d'Ivoire", "Ivory Coast", "Elfenbeinküste"],
    "CPV": ["Cape Verde", "Kap Verde"],
    "PSE": ["Palestine", "State of Palestine", "Palästina"],
    "VAT": ["Holy See", "Vatican", "Vatikan", "Heiliger Stuhl"],
    "MDA": ["Republic of Moldova", "Moldau", "Moldawien"],
    "SWZ": ["Swaziland", "Swasiland"],
    "TLS": ["East Timor", "Osttimor"],
    "LAO": ["Lao People's Democratic Republic", "Lao People’s Democratic Republic"],
    "VNM": ["Viet Nam"],
    "IRN": ["Islamic Republic of Iran"],
    "SYR": ["Syrian Arab Republic"],
    "TZA": ["United Republic of Tanzania"],
    "FSM": ["Federated States of Micronesia"],
}  # fmt: skip
STATE_IDS = {
    "TUR": "turkey",
    "COD": "dr_congo",
    "COG": "congo_republic",
    "PSE": "palestine",
    "VAT": "holy_see",
}
GERMAN_NAMES = {"COD": "Demokratische Republik Kongo", "COG": "Republik Kongo"}
GERMAN_EXTRA = {
    "Demokratische Republik Kongo", "DR Kongo", "Republik Kongo", "Tschechische Republik",
    "Elfenbeinküste", "Kap Verde", "Palästina", "Vatikan", "Heiliger Stuhl", "Moldau",
    "Moldawien", "Swasiland", "Osttimor",
}  # fmt: skip
AMBIGUOUS = {"Congo", "Kongo", "Congo - Brazzaville", "Congo - Kinshasa"}


def states(shared: Path) -> list[dict]:
    """One ``state`` actor per country of the UN General Debate files (ISO3 in the names)."""
    from babel import Locale  # build time only
    from babel.core import get_global

    alpha2 = {k: v[0] for k, v in get_global("territory_aliases").items() if len(k) == 3}

    def short(name: str) -> str:
        return re.sub(r"\s*\(.*\)$", "", name).strip()  # "Myanmar (Burma)"

    en = {k: short(v) for k, v in Locale("en").territories.items()}
    de = {k: short(v) for k, v in Locale("de").territories.items()}
    core = yaml.safe_load((OUT / "core.yaml").read_text(encoding="utf-8"))
    done = {a.get("country") for a in core["actors"] if a.get("kind") == "state"}
    un_names: dict[str, str] = {}
    for f in sorted((shared / "ungd").glob("session*/*.txt")):
        un_names.setdefault(f.name.split("_")[0], "")
    sheet = pd.read_excel(shared / "ungd" / "Speakers_by_session.xlsx")
    for code, name in zip(sheet["ISO Code"], sheet["Country"], strict=True):
        if isinstance(name, str) and code in un_names and not un_names[code]:
            un_names[code] = short(name)
    out = []
    for code in sorted(un_names):
        two = alpha2.get(code)
        if two is None or code in done or two not in en:
            continue  # "EU" and the states of core.yaml
        german = GERMAN_NAMES.get(code, de[two])
        names = [german, de[two], en[two], un_names[code], *EXTRA_NAMES.get(code, [])]
        names = [n for n in dict.fromkeys(names) if n and n not in AMBIGUOUS]
        german_names = {german, de[two]} | GERMAN_EXTRA
        english_names = {n for n in names if n not in GERMAN_EXTRA} - {german, de[two]}
        english_names |= {en[two], un_names[code]}
        entry = {
            "id": STATE_IDS.get(code, slug(en[two])),
            "name": german,
            "name_en": en[two] if en[two] != german else None,
            "kind": "state",
            "country": code,
            "names": [n for n in names if n in german_names and n in english_names],
            "german_only": [n for n in names if n in german_names and n not in english_names],
            "english_only": [n for n in names if n not in german_names],
        }
        out.append({k: v for k, v in entry.items() if v})
    return out


def babel_version() -> str:
    """The babel (and so CLDR) version the state names come from."""
    import babel

    return babel.__version__


def write(path: Path, header: str, actors: list[dict]) -> None:
    clean = [{k: v for k, v in a.items() if v is not None} for a in actors]
    text = yaml.safe_dump({"actors": clean}, allow_unicode=True, sort_keys=False, width=110)
    path.write_text(header + text, encoding="utf-8")
    print(f"wrote {path.relative_to(REPO)}: {len(clean)} actors")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    args = ap.parse_args()
    skip = core_surnames()
    state_actors = states(args.shared)
    state_names = {
        n
        for a in state_actors
        for f in ("names", "german_only", "english_only")
        for n in a.get(f, [])
    }
    write(
        OUT / "bundestag.yaml",
        "# Generated by scripts/build_actor_registry.py from the SpkAtt file names (CC0).\n",
        bundestag(args.shared, skip),
    )
    write(
        OUT / "ungd.yaml",
        "# Generated by scripts/build_actor_registry.py from ungd/Speakers_by_session.xlsx (CC0).\n",
        ungd(args.shared, skip, state_names),
    )
    write(
        OUT / "states.yaml",
        "# Generated by scripts/build_actor_registry.py: ungd country codes, names from the\n"
        "# Unicode CLDR (Unicode License v3, via babel) and the UN General Debate (CC0).\n"
        f"# babel {babel_version()}\n",
        state_actors,
    )


if __name__ == "__main__":
    main()
