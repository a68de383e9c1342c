import pytest

from coverage_analysis.parse.quotes import find_quote_spans, speech_verb_before, title_like


def spans(text):
    return [(text[s.start : s.end], s.open, s.close, s.depth) for s in find_quote_spans(text)]


def test_apostrophes_are_not_quotes():
    assert spans("I didn’t know the actors’ names, and we’d gone.") == []


def test_nested_single_inside_double():
    text = "“And he [Soul] is like, ‘What? I’ve been in classes.’ And then I was like, ‘OK.’”"
    assert spans(text) == [
        (text[1:-1], "“", "”", 0),
        ("What? I’ve been in classes.", "‘", "’", 1),
        ("OK.", "‘", "’", 1),
    ]


def test_inner_quote_left_open_ends_with_outer():
    text = "“I was like, ‘You know what? We got to do this.”"
    assert spans(text)[1] == ("You know what? We got to do this.", "‘", "", 1)


def test_straight_quotes_pair():
    text = 'He didn\'t want a "nepo baby" performance, just "cool."'
    assert spans(text) == [("nepo baby", '"', '"', 0), ("cool.", '"', '"', 0)]


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        ("Silk Sonic", True),
        ("K-Pops!,", True),
        ("Take Your Child to Work Day,", True),
        ("Dad", False),
        ("idol", False),
        ("nepo baby", False),
        # title case keeps long prepositions in lower case
        ("Interior with Young Woman Seen from the Back", True),
        ("The Road from Here", True),
        ("Stay with me", False),
        ("I came from there", False),
    ],
)
def test_title_like(quoted, expected):
    assert title_like(quoted) is expected


def speech(corpus, article_id):
    q = corpus.quotes[corpus.quotes.article_id == article_id]
    q = q[q.kind.isin(["direct", "embedded", "turn"])]
    return [(row.kind, row.speaker, row.text[:25]) for row in q.itertuples()]


def test_premiere_report_speech(corpus):
    assert speech(corpus, "001") == [
        ("direct", "paak", "I didn’t want to make Kor"),  # .Paak joked
        ("direct", "paak", "We have to do some school"),  # he continued
        ("direct", "paak", "It’s very, very deep. I t"),  # split quote, same speaker
        ("direct", "paak", "I was really amped up on "),  # he said
        ("direct", "paak", "And it was seriously the "),
        ("embedded", "paak", "OK, this is my out,"),  # I was like
        ("embedded", "paak", "Well, do you guys still w"),  # I remember asking
        ("embedded", "soul", "What? I better do it. I’v"),  # he [Soul] is like
        ("embedded", "paak", "You know what? We got to "),  # I was like
        ("direct", "paak", "That was one of the main "),  # paragraph-initial, continues
    ]


def test_premiere_report_cues(corpus):
    q = corpus.quotes[corpus.quotes.article_id == "001"]
    assert q.cue.tolist()[:3] == ["nickname inside a name", ".Paak joked", "he continued"]
    assert "he [Soul] is like" in q.cue.tolist()


def test_profile_scare_quotes_are_not_speech(corpus):
    q = corpus.quotes[corpus.quotes.article_id == "002"]
    assert len(q) == 12
    assert set(q.speaker) == {""}
    scare = set(q[q.kind == "scare"].text)
    assert {"idol", "Dad", "nepo baby", "cool.", "straight man", "absent father"} <= scare
    assert set(q[q.kind == "title"].text) == {"Silk Sonic", "Take Your Child to Work Day,"}


def test_nickname_is_not_speech(corpus):
    q = corpus.quotes[(corpus.quotes.article_id == "001") & (corpus.quotes.text == "Dumfoundead")]
    assert q.kind.tolist() == ["scare"]


def test_interview_turns_and_embedded(corpus):
    q = corpus.quotes[corpus.quotes.article_id == "003"]
    turns = q[q.kind == "turn"]
    assert (turns.speaker == "interviewer").sum() == 5
    assert (turns.speaker == "paak").sum() == 13
    embedded = q[q.kind == "embedded"]
    assert embedded.speaker.value_counts().to_dict() == {"paak": 8, "soul": 1}
    soul = embedded[embedded.speaker == "soul"].iloc[0]
    assert soul.text.startswith("I better do it!")
    assert soul.cue == "he was just like"
    assert (embedded.depth == 1).all()
    assert set(embedded.parent_id) <= set(turns.quote_id)
    film = q[q.text == "K-Pops!,"]
    assert film.kind.tolist() == ["title"]


def test_review_has_no_quotes(corpus):
    assert (corpus.quotes.article_id == "000").sum() == 0


def test_split_quote_has_one_speaker_per_part(corpus):
    q = corpus.quotes[(corpus.quotes.article_id == "001") & (corpus.quotes.paragraph_id == 11)]
    assert q.kind.tolist() == ["direct", "direct"]
    assert q.speaker.tolist() == ["paak", "paak"]


def test_a_participle_of_speech_tags_the_words_after_it():
    for window in ("a character announcing, ", "the skipper, insisting ", "she left, muttering "):
        assert speech_verb_before(window) is not None, window
