"""Concept dictionaries (YAML) and the term matcher ``find_terms``.

A lexicon is a YAML file (or a dict with the same structure)::

    name: defence
    description: Defence spending, budgets and the NATO targets
    case: insensitive                 # default for all concepts
    concepts:
      defence_spending:               # concept id: snake_case English
        label: Defence spending
        case: insensitive             # insensitive | sensitive | as_written
        overlap: longest              # longest (default) | allow
        de:
          - Verteidigungsausgaben                 # exact word
          - lemma: Verteidigungsetat              # all regular inflections
          - compound: {heads: [ausgaben, etat], modifiers: [Verteidigung, Rüstung],
                       position: word}            # word | head | modifier | any
          - "Ausgaben für (die|den) Verteidigung" # multi-word, (optional|words)
          - "Ausgaben für [Verteidigung|Rüstung]" # [one|of] whole words
          - "Ausgaben {0,2} Verteidigung"         # gap of 0 to 2 words
          - "Wehretat*"                           # prefix*, *suffix, *infix*
          - {term: NATO, case: sensitive}         # per-entry case rule
        en: [defence spending, "military expenditure*"]
        any: [...]                                # every language
        exclude: [Verteidigungsrede]              # overlapping hits are dropped

Entries
    An exact word matches the whole word, case-insensitively by default.
    ``lemma:`` adds the regular German (-e, -en, -n, -s, -es, -er, -ern, -em) or English
    (-s, -es, -ed, -ing, e-dropping, y->ies) endings; list irregular forms as extra words.
    ``*`` at the start or end of a word extends the hit to the whole word.
    Multi-word entries: words separated by spaces or hyphens in the text, ``(a|b)``
    optional words, ``[a|b]`` one of the words, ``{m,n}`` gaps of m to n arbitrary words.
    ``compound:`` every modifier + linking element (``""``, s, es, n, en, e, er, and the
    hyphenated forms; ``links:`` to change) + head, with the head's endings. ``position``:
    ``word`` the compound is the whole word (``Rüstungsausgaben``); ``head`` it may be
    preceded by more modifiers (``Gesamtverteidigungsausgaben``); ``modifier`` it may be
    followed by more (``Verteidigungsausgabenplanung``); ``any`` both. Hits cover the whole word.
Case rules
    ``insensitive`` (default); ``sensitive`` exactly as written; ``as_written`` capital letters
    of the entry must be capitals in the text, small letters match either (``US`` is not ``us``).
    ``ß`` entries also match ``ss`` (``STRASSE``).
Overlaps
    Resolved once, longest span first, then earliest start, then lexicon order; a span is
    never counted twice across concepts unless a concept says ``overlap: allow``.

Matching runs one Aho-Corasick pass over the lower-cased Latin-1 image of the text (one
byte per character, so offsets stay aligned; characters outside Latin-1 become ``?`` and
are checked against the original text), then checks vectorised over all hits (word
boundaries, whole-word extension, neighbouring words, plain multi-word entries, ASCII case
rules) and, where needed, per hit (endings, other case rules, multi-word patterns). An
Arrow-backed text column is read from its UTF-8 buffers; only the rows a per-hit check
must read are decoded. The full format: ``resources/lexicons/README.md``.

Examples
--------
>>> import pandas as pd
>>> from discourse.lexicon import find_terms, load_lexicon
>>> sents = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "start": [0], "lang": ["de"],
...                       "text": ["Die Nato will höhere Verteidigungsausgaben."]})
>>> find_terms(sents, load_lexicon())[["concept", "match"]].values.tolist()
[['nato', 'Nato'], ['defence_spending', 'Verteidigungsausgaben']]
"""

from __future__ import annotations

from discourse.lexicon._compile import lemma_forms
from discourse.lexicon._format import Concept, Entry, Lexicon, merge_lexicons
from discourse.lexicon._io import list_lexicons, load_lexicon, read_lexicon
from discourse.lexicon._match import find_terms

__all__ = [
    "Concept",
    "Entry",
    "Lexicon",
    "find_terms",
    "lemma_forms",
    "list_lexicons",
    "load_lexicon",
    "merge_lexicons",
    "read_lexicon",
]
