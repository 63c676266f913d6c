"""Whether a person's name + "s" reads as a German genitive ("Hegseths Forderung", "die
Forderung Hegseths") rather than as another word ("Kallas sagte", "Kaja Kallas"): the rule
:func:`discourse.actors.find_actors` applies to the registry's automatic genitive forms.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import simplemma

from discourse.segment.lemmas import attributive_lemma, cached_lemma, is_inflected_adjective

# the last word of a title before a surname ("EU-Außenbeauftragte Kallas", "Frau Simons")
_TITLE_ENDS = (
    "herr", "frau", "kollege", "kollegin", "abgeordnete", "abgeordneter", "minister",
    "ministerin", "chef", "chefin", "präsident", "präsidentin", "kanzler", "kanzlerin",
    "beauftragte", "beauftragter", "sekretär", "sekretärin", "kommissar", "kommissarin",
    "vorsitzende", "vorsitzender", "botschafter", "botschafterin", "diplomat", "diplomatin",
    "sprecher", "sprecherin", "vize", "leiter", "leiterin", "politiker", "politikerin",
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.\-]*)[ \u00a0]+$")
_WORD_AFTER = re.compile(r"[ \u00a0]+[„“\"»«‚‘']?([^\W\d_][\w\-]*)")
_ANY_WORD = re.compile(r"\w")


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The bundled list of common given names (``resources/actors/given_names.txt``)."""
    text = resources.files("discourse.resources").joinpath("actors", "given_names.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.split()[0] for ln in lines if ln.strip() and not ln.startswith("#"))


def _is_given_name(word: str) -> bool:
    """A capitalised word that is a given name: listed, or a word the German dictionary
    does not know ("Kaja"; "Forderung", "Laut" and "Außenbeauftragte" it knows)."""
    return word in _given_names() or (word.isalpha() and not simplemma.is_known(word, "de"))


def _attributive(word: str) -> bool:
    """A German adjective before a noun ("zweite", "umstrittene"), not a verb ("sagte")."""
    if not is_inflected_adjective(word):
        return False
    lemma = cached_lemma(word, "de", before_noun=True)
    return not lemma.endswith("n") or lemma == attributive_lemma(word)


def _reads_as_genitive(text: str, start: int, end: int, own: set[str]) -> bool:
    """Whether a person's name + "s" at ``text[start:end]`` is the German genitive of the
    name: before a noun ("Hegseths Forderung", "Trumps zweite Amtszeit", "Pontas und
    Sovas Kanzleien") or after one ("die Forderung Hegseths.", "ein Veto Obamas ist").
    Not before a verb or another lower-case word without a noun before it ("Kallas
    sagte", "Auch Kallas sagte"), not after a given name that is not the actor's own
    (``own``: "Kaja Kallas", "Paul Simons"), not after a title ("die Außenbeauftragte
    Kallas sagte") and not before an apostrophe ("Kallas' Plan" is the name Kallas)."""
    if text[end : end + 1] in ("'", "’", "´"):
        return False
    if " " in text[start:end]:
        return True  # a full name: "der Besuch Recep Tayyip Erdogans in"
    before = _WORD_BEFORE.search(text, 0, start)
    prev = before.group(1) if before else ""
    if prev[:1].isupper() and prev not in own and _is_given_name(prev):
        return False
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1)[:1].isupper():
        return True
    pos = after
    for _ in range(3):  # adjectives, then a noun: "Trumps erste große Rede"
        if pos is None or not _attributive(pos.group(1)):
            break
        pos = _WORD_AFTER.match(text, pos.end())
        if pos is not None and pos.group(1)[:1].isupper():
            return True
    if after and after.group(1) in ("und", "oder", "sowie"):  # "Pontas und Sovas Kanzleien"
        other = _WORD_AFTER.match(text, after.end())
        noun = other and _WORD_AFTER.match(text, other.end())
        first = other.group(1) if noun else ""
        if first[:1].isupper() and first.endswith("s") and noun.group(1)[:1].isupper():
            return True
    # after a noun: a capitalised word that is neither the sentence's first nor a title
    if before is None or not prev[:1].isupper() or prev.endswith("."):
        return False
    if _ANY_WORD.search(text, 0, before.start(1)) is None:
        return False  # "Auch Kallas sagte"
    return not prev.rsplit("-", 1)[-1].lower().endswith(_TITLE_ENDS)
