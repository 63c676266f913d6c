"""Apply the learned models to one paragraph: keep cues, group them, find roles."""

from __future__ import annotations

import re

from discourse.segment._participles import SEPARABLE_PARTICLES
from discourse.statements._clauses import SUBORDINATORS
from discourse.statements._cuefast import cue_probs, cue_tables
from discourse.statements._cues import CueLexicon
from discourse.statements._markers import KONJ_II
from discourse.statements._model import (
    FUNCTION_PARTS,
    StatementModel,
    _nearest_primary,
    cue_candidates,
    cue_features,
    in_quote,
    primaries,
)
from discourse.statements._roles import prefix_counts, role_split, role_split_simple, role_tables
from discourse.statements._rules import PRONOUNS, Para, Stmt
from discourse.statements._tagger import tag_probs, tag_tables, token_flags
from discourse.statements._text import is_opener
from discourse.statements._verbs import _BE_FORMS, set_phrase_cue
from discourse.statements._words import AUX, DE_PREPOSITIONS, HABEN, RELATIVE_WORDS, SKIP_AFTER


def group_cues(
    p: Para, kept: list[int], stmts: list[Stmt], rule_parts: bool = False
) -> list[tuple[list[int], Stmt | None]]:
    """Group kept cue tokens: the parts of one rule statement together, others by proximity
    (``rule_parts``: a kept rule cue keeps all its parts, particle, auxiliary, sich, wie)."""
    kept_set = set(kept)
    groups: list[tuple[list[int], Stmt | None]] = []
    taken: set[int] = set()
    for st in stmts:
        if st.cue and st.cue[0] in kept_set and st.cue[0] not in taken:
            parts = sorted(k for k in st.cue if rule_parts or k in kept_set)
            groups.append((parts, st))
            taken.update(parts)
    rest = []
    clauses: dict[int, tuple[int, int]] = {}  # token -> its clause, computed once

    def clause(i: int) -> tuple[int, int]:
        got = clauses.get(i)
        if got is None:
            got = clauses[i] = p.clause(i)
        return got

    # the auxiliary or particle of a rule cue whose verb the model left out is no cue
    # ("..., hatte die Oberstaatsanwältin gesagt" without "gesagt")
    orphans = {k for st in stmts if st.cue and st.cue[0] not in kept_set for k in st.cue[1:]}
    for k in sorted(kept_set - taken - orphans):
        ck = clause(k)
        host = next((g for g in groups if clause(g[0][0]) == ck), None)
        if host is not None:
            host[0].append(k)
            host[0].sort()
        else:
            rest.append(k)
    cur: list[int] = []
    for k in rest:
        if cur and (p.toks[k].sent != p.toks[cur[-1]].sent or k - cur[-1] > 3):
            groups.append((cur, None))
            cur = []
        cur.append(k)
    if cur:
        groups.append((cur, None))
    return groups


SOURCE_GAP = 4  # source tokens this close form one span ("die Kollegen von der AfD")


def _noun(p: Para, i: int) -> bool:
    """A capitalised word that does not open its sentence."""
    return p.toks[i].text[:1].isupper() and p.bounds[p.toks[i].sent][0] != i


def group_tagged(
    p: Para, kept: list[int], stmts: list[Stmt]
) -> list[tuple[list[int], Stmt | None]]:
    """Group tagged cue tokens: adjacent content words of one clause form a cue unless one is
    a noun and the other not ("die Frage diskutieren": two cues); a function word joins the
    nearest cue of its clause."""
    lows, toks = p.lows, p.toks
    content = [i for i in kept if lows[i] not in FUNCTION_PARTS and not toks[i].is_punct]
    groups: list[list[int]] = []
    for i in content:
        g = groups[-1] if groups else None
        if (
            g is not None
            and i - g[-1] == 1
            and p.clause(i) == p.clause(g[-1])
            and _noun(p, i) == _noun(p, g[-1])
        ):
            g.append(i)
        else:
            groups.append([i])
    for i in kept:
        if i in content:
            continue
        cs, ce = p.clause(i)
        near = [g for g in groups if cs <= g[0] < ce]
        if near:
            g = min(near, key=lambda g: min(abs(k - i) for k in g))
            g.append(i)
            g.sort()
    by_main = {st.cue[0]: st for st in stmts if st.cue}
    out = []
    for g in groups:
        rule = next((by_main[k] for k in g if k in by_main), None)
        out.append((g, rule))
    return out


def _runs(idx: list[int], gap: int = 1) -> list[list[int]]:
    runs: list[list[int]] = []
    for k in sorted(idx):
        if runs and k - runs[-1][-1] <= gap:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _candidates_kept(p, model, lex, quoted, rule_parts, rule_main, cache) -> list[int]:
    """The candidate cue tokens the candidate cue model keeps."""
    prim = primaries(p, lex, model.vocab, rule_parts)
    ctab = cue_tables(model.cue, lex, cache)
    if ctab is not None:  # a binary cue model: cached weights, the same sums
        # the primaries first: a function word is only kept beside a kept primary of its
        # sentence, so only those need a score (a candidate's score does not depend on the
        # other candidates, and its clause window never leaves its sentence)
        first = sorted(prim)
        probs = cue_probs(p, first, ctab, rule_parts, rule_main, quoted, prim)
        kept_prim = {
            i
            for i, pr in zip(first, probs, strict=True)
            if pr >= model.threshold and not set_phrase_cue(p, i)
        }
        alone = {i for i in kept_prim if _adverb_alone(p, i, kept_prim)}
        kept_prim = (kept_prim - alone) | _with_verb(p, alone, first)
        if not kept_prim:
            return []
        toks = p.toks
        near = {toks[i].sent for i in kept_prim}
        some = {i for i in prim if toks[i].sent in near}
        second = [
            i
            for i in cue_candidates(p, lex, model.vocab, rule_parts, some)
            if i not in prim and _nearest_primary(p, i, kept_prim) is not None
        ]
        probs2 = cue_probs(p, second, ctab, rule_parts, rule_main, quoted, prim)
        return sorted(
            [
                *kept_prim,
                *(
                    i
                    for i, pr in zip(second, probs2, strict=True)
                    if pr >= model.threshold and not set_phrase_cue(p, i)
                ),
            ]
        )
    else:  # any other cue model: one feature dict per candidate
        cands = cue_candidates(p, lex, model.vocab, rule_parts, prim)
        ctx: dict = {}
        feats = (cue_features(p, i, lex, rule_parts, rule_main, quoted, prim, ctx) for i in cands)
        probs = [model.cue.scores(f)[0] for f in feats]
    kept = [
        i
        for i, pr in zip(cands, probs, strict=True)
        if pr >= model.threshold and not set_phrase_cue(p, i)
    ]
    # a function word alone is not a cue
    kept_prim = set(kept) & prim
    return [i for i in kept if i in prim or _nearest_primary(p, i, kept_prim) is not None]


# pronominal adverbs of cue phrases ("geht davon aus", "wies darauf hin")
_PRONOMINAL = {"davon", "darauf", "dazu", "dafür", "damit", "darüber", "daran"}


def _adverb_alone(p: Para, i: int, kept: set[int]) -> bool:
    """A pronominal adverb kept as a cue without a verb kept in its clause ("Er gehe davon
    aus, …, sagte X": "davon" is no cue of its own)."""
    if p.lows[i] not in _PRONOMINAL:
        return False
    clause = p.clause(i)
    return not any(j != i and p.clause(j) == clause for j in kept)


def _with_verb(p: Para, alone: set[int], prim: list[int]) -> set[int]:
    """Pronominal adverbs kept alone with the verb right before them and the particle that
    ends their clause ("Die Polizei geht davon aus, dass …": "geht davon aus"); an adverb
    without such a verb is dropped."""
    out: set[int] = set()
    for i in alone:
        cs, ce = p.clause(i)
        particle = ce - 1 if ce - 1 > i and p.lows[ce - 1] in SEPARABLE_PARTICLES else None
        verbs = [
            j
            for j in prim
            if j == i - 1
            or (j == i - 2 and p.lows[i - 1] == "sich")
            or (cs <= j < i and particle is not None and _particle_verb(p, j, particle))
        ]
        if not verbs:
            continue  # "gab Berichte darüber": the adverb belongs to a noun
        out |= {verbs[-1], i} | ({particle} if particle is not None else set())
    return out


def _particle_verb(p: Para, j: int, particle: int) -> bool:
    """The verb at ``j`` and the particle at ``particle`` form a verb of the lexicon
    ("gehen Forscher davon aus": ausgehen)."""
    return p.lex is not None and any(
        part == p.lows[particle] for _, part, _ in p.lex.alts.get(p.lows[j], ())
    )


def _tagged(p, model, lex, quoted, names, rule_parts, rule_main, cache) -> list[int]:
    """The tokens the cue tagger keeps (a function word only beside a kept content word)."""
    tagger = model.tagger
    tables = tag_tables(tagger.weights, tagger.intercept[0], lex, cache)
    flags = token_flags(p, lex, quoted, names, rule_parts, rule_main)
    probs = tag_probs(p, tables, flags)
    kept = [i for i, pr in enumerate(probs) if pr >= model.threshold and not set_phrase_cue(p, i)]
    lows = p.lows
    content = {i for i in kept if lows[i] not in FUNCTION_PARTS and not p.toks[i].is_punct}
    return [i for i in kept if i in content or _nearest_primary(p, i, content) is not None]


def refine(
    p: Para,
    stmts: list[Stmt],
    model: StatementModel,
    lex: CueLexicon,
    names: set[int],
    cache: dict | None = None,
) -> list[Stmt]:
    """Replace the cue-based rule statements of a paragraph by the model's decisions
    (``cache``: a dict kept across paragraphs for the model's lookup tables)."""
    cued = [st for st in stmts if st.cue and st.kind != "headline"]
    keep = [st for st in stmts if not (st.cue and st.kind != "headline")]
    rule_parts = {k for st in cued for k in st.cue}
    rule_main = {st.cue[0] for st in cued}
    quoted = in_quote(p)
    if model.tagger is not None:
        kept = _tagged(p, model, lex, quoted, names, rule_parts, rule_main, cache)
    else:
        kept = _candidates_kept(p, model, lex, quoted, rule_parts, rule_main, cache)
    kept_set = set(kept)
    news = model.tagger is None  # the speech tagger keeps such cues itself when right
    out = list(keep) + [
        st
        for st in cued
        if (st.sure or news and (_closing_cue_clause(p, st) or _canonical(p, st, lex)))
        and st.cue[0] not in kept_set
    ]
    tables = role_tables(model.role, cache)
    counts = None
    sents: dict = {}  # sentence -> its word rows, shared by the groups of the paragraph
    if model.tagger is not None:
        groups = group_tagged(p, kept, cued)
    else:
        groups = group_cues(p, kept, cued, model.trust_rules)
    by_sent: dict[int, list[int]] = {}
    for group, _ in groups:
        by_sent.setdefault(p.toks[group[0]].sent, []).extend(group)
    for group, rule in groups:
        s = p.toks[group[0]].sent
        others = [k for k in by_sent[s] if k not in group]
        lo, hi = p.bounds[s]
        if rule is not None and model.trust_rules:
            rule.cue = [rule.cue[0], *sorted(set(group) - {rule.cue[0]})]
            out.append(rule)
            continue
        if rule is None and all(p.lows[k] == "sich" for k in group):
            continue  # "Gulden zeigte sich zufrieden, warnte ...": "sich" alone is no cue
        cue_word = p.toks[group[0]].low
        if tables is None:
            src_idx, msg_idx = role_split_simple(
                p, group, rule, names, quoted, cue_word, model, others
            )
        else:
            if counts is None:
                counts = prefix_counts(p)
            src_idx, msg_idx = role_split(
                p, group, rule, names, quoted, cue_word, model, tables, counts, others, sents
            )
        src = rule.src if rule is not None else None
        if src_idx:
            sruns = _runs(src_idx, gap=SOURCE_GAP)
            near = min(sruns, key=lambda r: min(abs(r[0] - group[0]), abs(r[-1] - group[0])))
            src = (near[0], near[-1] + 1)
        pron = bool(src and p.toks[src[0]].low in PRONOUNS)
        if not msg_idx:
            if model.events:  # a speech event without a message ("Ihr Antrag", "die Debatte")
                c0 = min(group)
                out.append(Stmt(s, "reported", (c0, c0), list(group), src, pron))
                continue
            if rule is not None:
                msg_idx = list(range(*rule.msg))
            else:
                msg_idx = [k for k in range(max(group) + 1, p.content_end(s)) if k not in src_idx]
            if not msg_idx:
                continue
        runs = _runs(msg_idx, gap=2)
        best = max(runs, key=len)
        m_lo, m_hi = best[0], best[-1] + 1
        while m_lo < m_hi and p.toks[m_lo].is_quote:
            m_lo += 1
        while m_hi > m_lo and p.toks[m_hi - 1].is_quote:
            m_hi -= 1
        if m_hi <= m_lo:
            continue
        label = _quoted_label(p, m_lo, m_hi)
        if label is not None:  # "bezeichnete die Einigung als „überfälliges Signal“"
            group = [*group, m_lo]
            m_lo = label
        quote = None
        for o, c, depth, _ in p.quotes:
            if depth == 0 and o < m_lo <= o + 2 and c - 2 <= m_hi <= c:
                quote = (o, c)
                m_lo, m_hi = o + 1, c
            elif depth == 0 and o < lo and m_lo <= lo + 1 and m_hi <= c <= m_hi + 1:
                quote = (o, c)  # a quote that began in an earlier sentence
                m_lo, m_hi = o + 1, c
        kind = (
            "direct"
            if quote
            else (rule.kind if rule is not None and rule.kind == "reported" else "indirect")
        )
        out.append(
            Stmt(
                s,
                kind,
                (m_lo, m_hi),
                _main_first(p, group),
                src,
                pron,
                quote=quote,
                addr=rule.addr if rule is not None else None,
            )
        )
    return out


def _quoted_label(p: Para, m_lo: int, m_hi: int) -> int | None:
    """German: a message "als „…“" after a verb of labelling ("bezeichnete die Einigung
    als „überfälliges Signal“") is the quoted label, "als" part of the cue (as the gold
    marks "bezeichnete … als"): the index of the label's first word, else None."""
    if p.lang != "de" or p.lows[m_lo] != "als" or not p.toks[m_lo + 1].is_quote:
        return None
    o = m_lo + 1
    if any(qo == o and depth == 0 and m_hi <= c <= m_hi + 1 for qo, c, depth, _ in p.quotes):
        return o + 1
    return None


def _main_first(p: Para, group: list[int]) -> list[int]:
    """The cue tokens of a group with its first content word first (the statement's
    ``cue``): "hat entschieden" is cued by "entschieden", not the auxiliary."""
    main = next((k for k in group if p.lows[k] not in FUNCTION_PARTS), group[0])
    return [main, *(k for k in group if k != main)]


def _closing_cue_clause(p: Para, st: Stmt) -> bool:
    """ "<message>, meinte Walser.": a cue verb right after the comma that ends the message,
    its subject right after it (at most eight tokens) -- kept when the cue model, which
    scores such verbs low, drops it; also "<message>, wie die Nachrichtenagentur ANSA
    berichtete." (see :func:`_closing_wie_clause`)."""
    toks = p.toks
    c = st.cue[0]
    if _closing_wie_clause(p, st):
        return True
    if st.src is None or st.msg[1] <= st.msg[0] or st.msg[1] > c:
        return False
    w = min(st.cue)
    if (
        w < c
        and toks[w].low in HABEN
        and toks[w - 1].text == ","
        and st.src[0] in (w, w + 1)
        and c == p.content_end(st.sent) - 1
    ):
        return True  # "„...“, hat Angela Merkel am Montag gesagt.": the perfect tense
    if c == 0 or toks[c - 1].text != "," or not toks[c].text[:1].islower():
        return False
    a, b = st.src
    gap = c + 1
    while gap < a and toks[gap].low in SKIP_AFTER:  # "…, versicherte hingegen der Minister."
        gap += 1
    if a != gap or b - a > 8:
        return False
    first = toks[st.msg[0]].low
    if first in SUBORDINATORS or first in ("da", "um", "wird", "werden", "wie"):
        return False  # "Da er ... hatte, bat er die Beamten um Hilfe": no message before
    # the sentence ends soon after the subject, or with the cue's particle ("kündigte die
    # 52-Jährige am Mittwoch vor Journalisten an")
    end = p.bounds[st.sent][1]
    if end - b <= 4:
        return True
    # a longer tail only after a message in the Konjunktiv (not "Der Vorsitzende, der …
    # gilt, wies Kritik … zurück": a subject and its relative clause)
    said = p.lex is not None and not p.lex.subjunctive.isdisjoint(p.lows[st.msg[0] : st.msg[1]])
    return said and max(st.cue) > b and end - max(st.cue) <= 2 and end - b <= 12


def _closing_wie_clause(p: Para, st: Stmt) -> bool:
    """ "<message>, wie die Nachrichtenagentur ANSA berichtete.": a "wie" clause after the
    comma that ends the message, its subject between "wie" and the cue verb that ends the
    sentence ("..., wie Merz gesagt hatte.": with its auxiliary)."""
    toks = p.toks
    c = st.cue[0]
    w = min(st.cue)
    if st.src is None or toks[w].low != "wie" or w == 0 or toks[w - 1].text != ",":
        return False
    if not (st.msg[0] < st.msg[1] <= w and st.src[0] == w + 1 and st.src[1] <= c):
        return False
    hi = p.bounds[st.sent][1]  # the verb, or it and its auxiliary, ends the sentence
    if hi - c == 3 and toks[st.src[0]].low in ("man", "es"):
        return False  # "..., wie man erwartet hatte": no one's report
    return hi - c <= 3 and all(toks[k].low in AUX or toks[k].is_punct for k in range(c + 1, hi))


def _canonical(p: Para, st: Stmt, lex: CueLexicon) -> bool:
    """ "Glos hatte in einem Interview gesagt, die Fraktionen müssten ...": a speech verb of
    the lexicon after the subject that opens the sentence (or before a one-word subject,
    after an adverb such as "Zugleich"), its clause ended by a comma, and
    a message after it that opens with "dass" or holds a Konjunktiv (not in a relative
    clause) -- reported speech whatever the cue model says (it drops about one in ten of
    these on text it has not seen)."""
    toks = p.toks
    c = st.cue[0]
    spec = lex.verbs.get(toks[c].low)
    if spec is None or spec[2] != "speech" or st.src is None or st.quote is not None:
        return False
    if not (st.msg[0] > c and toks[st.msg[0] - 1].text == ","):
        return False
    lo = p.bounds[st.sent][0]
    if (
        st.src == (c + 1, c + 2)
        and c == lo + 1
        and toks[lo].low in SKIP_AFTER
        and st.msg[0] - c <= 7  # a short object at most: not "fordert sie X zugunsten der Y, …"
    ):
        first = toks[c + 1].low  # "Zugleich rief er Russland auf, …": a pronoun after it
    elif st.src[1] <= c and st.src[0] == lo:
        first = toks[lo].low
    else:
        return False  # the subject opens the sentence
    if first in ("es", "das", "dies", "da"):
        return False  # no "Es sei", "Da drängt sich"
    if first in SUBORDINATORS or is_opener(first) or first in DE_PREPOSITIONS:
        return False  # "Nachdem Wels droht, ...", "Neben Probefahrten empfiehlt er, ..."
    if toks[c - 1].low == "zu":
        return False  # "zu begrüßen": an infinitive
    m = st.msg[0]
    lows = p.lows[m : st.msg[1]]
    if lows[:1] == ["dass"]:
        return True
    relative = len(lows) > 1 and lows[0] in RELATIVE_WORDS and not toks[m + 1].text[:1].isupper()
    if not lows or relative or lows[0] in SUBORDINATORS:
        return False  # "…, die einen Personalmangel zur Folge hätten": a relative clause
    if (
        len(lows) >= 2
        and (lows[-2] == "zu" or _SEPARABLE_ZU.fullmatch(lows[-1]) is not None)
        and lows[0] not in ("um", "ohne", "statt", "anstatt")  # "..., um X zu stoppen"
        and toks[c - 1].low not in _BE_FORMS  # "Die Ministerin sei gefordert, ... zu ..."
        and {a[0] for a in lex.alts.get(toks[c].low) or [spec]} & _CONTROL
    ):
        return True  # "Warken rief die Bürger auf, ihren Impfschutz zu überprüfen"
    # a Konjunktiv I, or a Konjunktiv II in its place ("faire Löhne dürften kein … sein")
    return not (lex.subjunctive.isdisjoint(lows[:6]) and _KONJ_II_MODALS.isdisjoint(lows[:6]))


_KONJ_II_MODALS = KONJ_II | {"dürfte", "dürften", "müsste", "müssten", "könnte", "könnten"}


# first parts of separable verbs that are no particles ("preisgeben", "bekanntgeben")
_FIRST_PARTS = (
    "preis", "teil", "statt", "offen", "bekannt", "klar", "fern", "herbei", "voraus", "dazu",
)  # fmt: skip
# the zu-infinitive of a separable verb: "aufzuweichen", "zurückzunehmen", "preiszugeben"
_SEPARABLE_ZU = re.compile(
    "(?:{})zu[a-zäöüß]{{3,}}n".format("|".join((*SEPARABLE_PARTICLES, *_FIRST_PARTS)))
)
# speech verbs whose message is an infinitive clause with "zu"
_CONTROL = {
    "aufrufen", "auffordern", "vorwerfen", "bitten", "appellieren", "drängen", "ermahnen",
    "empfehlen", "raten", "versprechen", "zusagen", "fordern", "mahnen", "warnen",
    "ankündigen", "zusichern", "verlangen", "androhen", "angeben", "behaupten", "bestreiten",
    "zugeben", "einräumen", "beteuern",
}  # fmt: skip
