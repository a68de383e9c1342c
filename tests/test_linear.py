"""The look-ups that keep parsing linear in an article's length give the scans' answers.

Each fast look-up (bisection, sweep, running state, reading backwards from a
position) is checked against the plain scan or regular expression it
replaces, on generated text full of the characters that matter.
"""

import re
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from coverage_analysis.parse import (
    article,
    attribution,
    blocks,
    context,
    mentions,
    sentences,
    speech_tags,
)
from coverage_analysis.parse.quotes import find_quote_spans
from coverage_analysis.people import People
from coverage_analysis.schema import SPEECH_KINDS

SETTINGS = settings(max_examples=300, deadline=None, database=None, derandomize=True)


def texts(pieces, max_size=40):
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


PROSE = texts(["a", "Ab", "Rose", " ", "  ", "\t", ".", "!", "?", "…", "“", "”", "‘", "’", "'",
               '"', "(", ")", "[", "]", "and", "&", "n", "_", "-", "7", "é", "Ü", "\u00a0"])


# ----------------------------------------------------------- reading backwards


@SETTINGS
@given(PROSE, st.data())
def test_sentence_start_read_backwards(text, data):
    lo = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(lo, len(text)))
    expected = article._SENTENCE_START.search(text[lo:pos]) is not None
    assert article._opens_sentence(text, lo, pos) == expected


JOINED = re.compile(r"([A-Z][\w’'-]*)\s+(?:and|&|n[’']|[’']n[’'])\s+$")


@SETTINGS
@given(texts(["Rock", "Red", "a", "B", " ", "\n", "and", "&", "n", "’", "'", "-", "é", "_", "9"]),
       st.data())
def test_joined_name_read_backwards(text, data):
    start = data.draw(st.integers(0, len(text)))
    found = JOINED.search(text[:start])
    assert mentions._joined_name(text, start) == (found.group(1) if found else None)


def false_boundary_by_slicing(text, end, works):
    """The former ``_is_false_boundary``: slices the paragraph up to ``end``."""
    before = text[:end].rstrip("”’\"')]")
    if any(before.endswith(w) for w in works):
        return True
    if before.endswith("."):
        token = re.search(r"(\S+)\.$", before)
        if token:
            word = token.group(1).lower().lstrip("(“‘\"'")
            if word in sentences._NUMBERED:
                return bool(re.match(r"\s*\d", text[end:]))
            if word in sentences._ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
                return True
    return False


@SETTINGS
@given(texts(["no", "No", "approx", "approxi", "u.s", "Dr", "x", "e", ".", " ", "“", "(", "”",
              ")", "'", "1", "Wham!", "ab", "É"]), st.data())
def test_false_boundary_read_backwards(text, data):
    end = data.draw(st.integers(0, len(text)))
    works = data.draw(st.sampled_from([(), ("Wham!",), ("",), ("x.", "Wham!")]))
    assert sentences._is_false_boundary(text, end, works) == false_boundary_by_slicing(
        text, end, works
    )


@SETTINGS
@given(texts(["Ab", "ab", "A", "b", "_", "9", " ", "\t", "“", ".", "É"]), st.data())
def test_nickname_context_read_from_the_quote(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    left, right = text[lo:hi].rstrip(), text[lo:hi].lstrip()
    assert speech_tags._capitalised_word_before(text, lo, hi) == bool(
        re.search(r"[A-Z]\w+$", left)
    )
    assert speech_tags._capital_after(text, lo, hi) == bool(re.match(r"[A-Z]", right))


# ------------------------------------------------------- counting and overlaps


@SETTINGS
@given(texts(["a", "b", "ab", "aa", "\n", "é", "“"], max_size=60),
       st.lists(texts(["a", "b", "ab", "é"], max_size=6).filter(bool), max_size=5))
def test_repeated_counts_as_str_count(text, needles):
    needles = set(needles)
    assert blocks._repeated(text, needles) == {n for n in needles if text.count(n) >= 2}


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=12),
       st.integers(0, 30), st.integers(0, 8))
def test_spans_overlap_as_any(spans, start, length):
    spans = [(s, s + n) for s, n in spans]
    end = start + length
    expected = any(s < end and start < e for s, e in spans)
    assert mentions._Spans(spans).overlaps(start, end) == expected


# ------------------------------------------------------------------ quotations


def quote_spans_by_scan(text):
    """The former ``find_quote_spans``, read again without stray apostrophes as it is."""
    from coverage_analysis.parse.quotes import _RESCANS, _stray

    ignore = set()
    for _ in range(_RESCANS):
        spans = one_scan(text, ignore)
        stray = {s.start - 1 for s in spans if _stray(text, s)}
        if not stray:
            return spans
        ignore |= stray
    return one_scan(text, ignore)


def one_scan(text, ignore):
    """Every character, and the whole stack per closing mark."""
    from coverage_analysis.parse.quotes import _ELISION, _OPEN_CONTEXT, _SINGLE, QuoteSpan, _closes

    stack, spans = [], []
    elided = set()  # marks of elided words ('90s, rock 'n' roll): neither open nor close

    def close_to(index, mark_pos, close):
        while len(stack) > index:
            mark, pos = stack.pop()
            spans.append(
                QuoteSpan(pos + 1, mark_pos, mark, close if len(stack) == index else "", len(stack))
            )

    for i, ch in enumerate(text):
        before = text[i - 1] if i else ""
        if i in elided:
            continue
        if ch in "‘'" and before in _OPEN_CONTEXT and _ELISION.match(text, i):
            word = _ELISION.match(text, i).group()
            elided.update({i} | ({i + len(word) - 1} if word[-1] in "’'" else set()))
            continue
        if i in ignore:
            continue
        if ch == "“":
            stack.append((ch, i))
        elif ch == "”":
            idx = max((k for k, (m, _) in enumerate(stack) if m == "“"), default=None)
            if idx is not None:
                close_to(idx, i, ch)
        elif ch == '"':
            idx = max((k for k, (m, _) in enumerate(stack) if m == '"'), default=None)
            if idx is not None and not (
                before in _OPEN_CONTEXT and i + 1 < len(text) and text[i + 1].isalnum()
            ):
                close_to(idx, i, ch)
            else:
                stack.append((ch, i))
        elif ch in "‘'" and before in _OPEN_CONTEXT and i + 1 < len(text) and not (
            text[i + 1].isspace()
        ):
            stack.append((ch, i))
        elif ch in "’'":
            idx = max((k for k, (m, _) in enumerate(stack) if _SINGLE.get(m) == ch), default=None)
            if idx is not None and _closes(text, i):
                close_to(idx, i, ch)
    close_to(0, len(text), "")
    spans = [s for s in spans if text[s.start : s.end].strip()]
    return sorted(spans, key=lambda s: (s.start, -s.end))


@SETTINGS
@given(texts(["a", "B", "1", " ", "\t", "\u2003", "“", "”", "‘", "’", '"', "'", "(", "—", "-",
              "/", "[", ".", "n", "em", "90s"], max_size=50))
def test_quote_spans_as_the_character_scan(text):
    assert find_quote_spans(text) == quote_spans_by_scan(text)


@dataclass
class Par:
    start: int
    end: int
    role: str
    text: str


QUOTED = texts(["a", " ", "“", "”", "‘", "’", '"', "'", " “a", "a” ", " ‘a", "a’ "], max_size=30)


@st.composite
def quoted_article(draw):
    """Paragraphs full of quotation marks, quotations with drawn kinds, and the raw text."""
    lines = draw(st.lists(st.tuples(QUOTED, st.sampled_from(["body", "answer", "heading"])),
                          min_size=1, max_size=5))
    raw, pars, spans = "", [], {}
    for i, (text, role) in enumerate(lines):
        text = "a" + text + "a"
        pars.append(Par(len(raw), len(raw) + len(text), role, text))
        spans[i] = find_quote_spans(text)
        raw += text + "\n"
    art = context._Article(raw, pars, [], People(()), "")
    quotes = context._build_quotes(art, spans)
    for q in quotes:
        if q.kind != "turn":
            q.kind = draw(st.sampled_from(["direct", "embedded", "scare", "title", ""]))
        q.speaker = draw(st.sampled_from(["x", "y"]))
    return raw, pars, quotes, art


def bounds_by_scan(quotes, qi):
    """Sibling bounds as the former ``_windows`` found them: every quotation compared."""
    q, lo, hi = quotes[qi], None, None
    for other in quotes:
        if other.parent == q.parent and other is not q and other.paragraph == q.paragraph:
            if other.end <= q.start:
                end = other.end + len(other.close)
                lo = end if lo is None else max(lo, end)
            elif other.start >= q.end:
                start = other.start - len(other.open)
                hi = start if hi is None else min(hi, start)
    return lo, hi


def speech_cover_by_scan(start, end, quotes, raw):
    size = sum(not c.isspace() for c in raw[start:end]) or 1
    best = None
    for q in quotes:
        if q.kind not in SPEECH_KINDS:
            continue
        lo, hi = max(start, q.start), min(end, q.end)
        covers = hi > lo and sum(not c.isspace() for c in raw[lo:hi]) * 2 >= size
        if covers and (best is None or q.depth > best.depth):
            best = q
    return ("speech", best.speaker) if best else ("narration", "")


def innermost_by_scan(pos, quotes):
    inner = None
    for q in quotes:
        if q.kind in SPEECH_KINDS and q.start <= pos < q.end and (
            inner is None or q.depth > inner.depth
        ):
            inner = q
    return inner


@SETTINGS
@given(quoted_article(), st.data())
def test_quotation_lookups_match_the_scans(case, data):
    raw, pars, quotes, art = case
    bounds = context._sibling_bounds(quotes)
    assert bounds == [bounds_by_scan(quotes, qi) for qi in range(len(quotes))]

    resolver = attribution._Resolver(art, quotes, [])
    for pos in range(len(raw) + 1):
        expected = any(
            q.kind in SPEECH_KINDS and q.kind != "turn" and q.start <= pos < q.end for q in quotes
        )
        assert resolver._in_speech(pos) == expected

    cuts = sorted(data.draw(st.lists(st.integers(0, len(raw)), max_size=8)))
    sentences = [(a, b) for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True) if a < b]
    assert article._speech_covers(sentences, quotes, raw) == [
        speech_cover_by_scan(s, e, quotes, raw) for s, e in sentences
    ]
    positions = sorted(data.draw(st.lists(st.integers(0, len(raw)), max_size=12)))
    assert article._innermost(positions, quotes) == [
        innermost_by_scan(p, quotes) for p in positions
    ]


@SETTINGS
@given(quoted_article())
def test_quotations_nest(case):
    """What the look-ups rely on: two quotations are nested or apart, and a parent holds."""
    _, _, quotes, _ = case
    for a in quotes:
        for b in quotes:
            assert a.end <= b.start or b.end <= a.start or (
                a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
        if a.parent >= 0:
            parent = quotes[a.parent]
            assert parent.start <= a.start and a.end <= parent.end


# -------------------------------------------------------------------- history


ENTRY = st.builds(
    context._Entry,
    entity=st.sampled_from(["x", "y", "z"]),
    sentence=st.sampled_from([-1, 0, 1, 2]),
    paragraph=st.just(0),
    character=st.sampled_from(["", "c", "d"]),
    kind=st.sampled_from(["name", "speaker", "pronoun", "nominal"]),
)


@SETTINGS
@given(st.lists(ENTRY, max_size=25), st.sampled_from(["", "x", "y"]),
       st.sampled_from([None, -1, 0, 1, 2]), st.sampled_from(["", "x", "z"]))
def test_antecedents_answer_as_the_filtered_history(entries, but, sentence, local):
    kept = context._Antecedents()
    for e in entries:
        kept.add(e)
    fitting = [e for e in entries if e.entity != but
               and not (e.sentence == sentence and e.entity == local)]
    assert kept.last(but, sentence, local) is (fitting[-1] if fitting else None)
    for number, group in kept.sentences.items():
        same = [e for e in entries if e.sentence == number]
        assert list(group.first) == list(dict.fromkeys(e.entity for e in same))
        assert group.first == {e.entity: next(f.character for f in same if f.entity == e.entity)
                               for e in same}
        for kinds in context._TAG_KINDS:
            pick = [e for e in same if (kinds is None or e.kind in kinds) and e.entity != but]
            assert group.last_of(kinds, but) is (pick[-1] if pick else None)
