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
  and gender where the sheet's form of address gives it (Mr., Ms., Mrs., Sir, King, Queen,
  Sheikh). No role dates are generated: the sheet gives the post in a session year, not terms
  of office.

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
    "Mr.": "m", "Sir": "m", "King": "m", "Sheikh": "m", "Ms.": "f", "Mrs.": "f", "Queen": "f",
}  # fmt: skip


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


def ungd(shared: Path, skip: set[str]) -> list[dict]:
    sheet = pd.read_excel(shared / "ungd" / "Speakers_by_session.xlsx")
    # Given names of all speakers (every year): a surname that is also a given name
    # ("Henry" of Ariel Henry, as in "Henry Kissinger") is not used on its own.
    given = {str(n).split()[0] for n in sheet["Name of Person Speaking"] if len(str(n).split()) > 1}
    sheet = sheet[(sheet["Year"] >= 2014) & (sheet["Year"] <= 2023)]
    sheet = sheet[sheet["Post"].astype(str).str.contains(HEAD_POSTS)]
    people: dict[str, dict] = {}
    for _, row in sheet.iterrows():
        name = re.sub(r"\s+", " ", str(row["Name of Person Speaking"])).strip()
        if not name or name == "nan":
            continue
        aid = "ungd_" + slug(name)
        people.setdefault(
            aid,
            {
                "id": aid,
                "name": name,
                "kind": "person",
                "gender": TITLE_GENDER.get(name.split()[0]),
                "country": str(row["ISO Code"]),
                "names": [name],
            },
        )
    last = Counter(p["name"].split()[-1] for p in people.values())
    for p in people.values():
        sur = p["name"].split()[-1]
        unique = last[sur] == 1 and sur not in given and sur not in skip
        if unique and len(sur) >= 4 and sur[0].isupper():
            p["names"].append(sur)
    return [p for p in people.values() if p["name"].split()[-1] not in skip]


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
    write(
        OUT / "bundestag.yaml",
        "# Generated by scripts/build_actor_registry.py from the SpkAtt file names (CC0).\n",
        bundestag(args.shared, skip),
    )
    write(
        OUT / "ungd.yaml",
        "# Generated by scripts/build_actor_registry.py from ungd/Speakers_by_session.xlsx (CC0).\n",
        ungd(args.shared, skip),
    )


if __name__ == "__main__":
    main()
