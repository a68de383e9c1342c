"""The one-pass lexicon matcher finds exactly what each lexicon's own pattern finds."""

from __future__ import annotations

import random

import pytest

from coverage_analysis.measures import framing
from coverage_analysis.measures.lexicon import TermMatcher, compile_terms, find_terms, matcher

ODD = [
    "son", "father*", "k-pop", "you're", "soul music", "box office*", "re:\\d{1,2} ?p\\.m\\.",
    "re:(?:this|last) week", "'til", "a.m.", "x-", "rock 'n' roll", "ſon", "café", "İstanbul",
    "re:a?", "Q&A", "re:[★☆]", "K-Pop*", "heart-warming",
]
PIECES = [
    "ſon", "SON", "Son’s", "son's-x", "father-son", "-", "'", "’", "K", "İ", "ı", "é", "café",
    "Café’s", "7 p.m.", "10pm", "pre-Monday", "Monday’s", "'til", "\n", "—", "“", "”", ".",
    ",", "_", "ab-'cd", "★", "Q&A", "last  week",
]


def _lexicons() -> list[list[str]]:
    model = framing.load_genre_model()
    lexicons = [list(lex) for f in model.features.values()
                for lex in (f.terms, f.terms_near_speech)]
    lexicons += [list(spec["terms"]) for spec in framing.load_frames().values()]
    return [*lexicons, ODD, []]


def _texts(corpus, n: int = 1500) -> list[str]:
    texts = corpus.sentences["text"].tolist() + corpus.paragraphs["text"].tolist()
    words = sorted({w for lex in _lexicons() for t in lex
                    for w in t.removeprefix("re:").rstrip("*").split()})
    rng = random.Random(7)
    for _ in range(n):
        k = rng.randint(1, 10)
        parts = [rng.choice(words + PIECES) for _ in range(k)]
        seps = [rng.choice([" ", "", "-", "'", "’", "\n", ", ", "—", "“"]) for _ in range(k)]
        texts.append("".join(a + b for a, b in zip(parts, seps, strict=True)))
    return texts


def test_matcher_equals_each_lexicon_pattern(corpus):
    lexicons = _lexicons()
    found_in = TermMatcher(lexicons).find
    for text in _texts(corpus):
        found = found_in(text)
        for lexicon, got in zip(lexicons, found, strict=True):
            assert got == find_terms(text, compile_terms(lexicon)), (text, lexicon)


def test_many_texts_at_once_equal_one_at_a_time(corpus):
    lexicons = _lexicons()
    texts = _texts(corpus, n=600)
    rng = random.Random(3)
    found_many = TermMatcher(lexicons).find_many
    at = 0
    while at < len(texts):
        batch = texts[at:at + rng.randint(1, 40)]
        at += len(batch)
        for text, found in zip(batch, found_many(batch), strict=True):
            for lexicon, got in zip(lexicons, found, strict=True):
                assert got == find_terms(text, compile_terms(lexicon)), (text, lexicon)
    assert found_many([]) == []
    assert found_many(["", "son"])[1][len(lexicons) - 2] == [(0, 3, "son")]


@pytest.mark.parametrize("text, expected", [
    ("His son’s song, a person; Son!", ["son’s", "Son"]),
    ("fathers and father-son bonds", ["fathers", "father-son"]),
    ("at 7 p.m. last week", ["7 p.m.", "last week"]),
    ("ſon and SON", ["ſon", "SON"]),
])
def test_matcher_examples(text, expected):
    found = matcher([[t for t in ODD if t != "re:a?"]]).find(text)[0]
    assert [text[s:e] for s, e, _ in found] == expected


def test_compiled_lexicons_are_cached():
    assert compile_terms(["a", "b"]) is compile_terms(("b", "a", "a"))
    assert matcher([["a"], ["b"]]) is matcher((("a",), ("b",)))
