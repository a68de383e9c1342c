"""Word counts: many spans of one text counted with one scan equal counting each span."""

from hypothesis import given, settings
from hypothesis import strategies as st

from coverage_analysis.text import WordCounter, count_words

#: Pieces that make words, joins and cuts inside words likely.
PIECES = ["a", "Kai", "didn", "’", "'", "-", "t", "14", " ", "\n", ".", "“", "”", "é", "_"]


def test_spans_that_cut_words_count_what_the_slice_holds():
    text = "K-pop didn’t stop. 14-hour days"
    counter = WordCounter(text)
    assert counter.count(0, len(text)) == 5
    assert counter.count(2, 9) == count_words(text[2:9]) == 2  # "pop did"
    assert counter.count(6, 6) == 0
    assert counter.count(19, 31) == 2


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.data())
def test_counts_equal_counting_each_slice(text, data):
    counter = WordCounter(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert counter.count(start, end) == count_words(text[start:end])
