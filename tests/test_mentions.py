import pandas as pd

from coverage_analysis import People, load_corpus
from coverage_analysis.parse.mentions import MentionFinder
from coverage_analysis.people import Person


def counts(corpus):
    m = corpus.mentions
    m = m[m.entity.isin(["paak", "soul"])]
    return m.groupby(["article_id", "entity", "type"]).size()


def test_name_and_character_counts(corpus):
    c = counts(corpus)
    expected = {
        ("000", "paak", "name"): 10,
        ("000", "paak", "character"): 11,
        ("000", "soul", "name"): 2,
        ("000", "soul", "character"): 5,
        ("001", "paak", "name"): 8,
        ("001", "paak", "character"): 3,
        ("001", "soul", "name"): 3,
        ("001", "soul", "character"): 1,
        ("002", "paak", "name"): 13,
        ("002", "soul", "name"): 4,
        ("003", "paak", "name"): 4,
        ("003", "paak", "character"): 1,
        ("003", "soul", "name"): 2,
        ("003", "soul", "character"): 1,
    }
    assert {k: int(c.get(k, 0)) for k in expected} == expected


def test_soul_the_genre_is_never_soul(corpus):
    m = corpus.mentions[corpus.mentions.article_id == "002"]
    assert not m.surface.str.contains("soul").any()
    raw = corpus.raw["002"]
    genre = raw.index("funk and soul") + len("funk and ")
    assert not ((m.start <= genre) & (genre < m.end)).any()


def test_soul_music_capitalised_is_not_soul():
    people = People(
        (Person("soul", "Soul Rasheed", "male", aliases=("Soul",), not_before=("music",)),)
    )
    found = MentionFinder(people).find("Soul music is old. Soul is not.", pronouns=False)
    assert [(m.surface, m.start) for m in found] == [("Soul", 19)]


def test_characters_link_to_their_actor(corpus):
    m = corpus.mentions[corpus.mentions.type == "character"]
    assert set(m[m.character == "BJ"].entity) == {"paak"}
    assert set(m[m.character == "Tae Young"].entity) == {"soul"}
    assert {"TaeYoung", "Tae Young"} <= set(m[m.character == "Tae Young"].surface)


def test_dot_paak_surface(corpus):
    m = corpus.mentions[(corpus.mentions.article_id == "000") & (corpus.mentions.type == "name")]
    assert set(m[m.entity == "paak"].surface) == {"Anderson .Paak", ".Paak", "Paak"}


def mention_at(corpus, article_id, needle, surface, nth=0):
    raw = corpus.raw[article_id]
    start = -1
    for _ in range(nth + 1):
        start = raw.index(needle, start + 1)
    start += needle.index(surface)
    m = corpus.mentions
    row = m[(m.article_id == article_id) & (m.start == start)]
    assert len(row) == 1, (needle, surface)
    return row.iloc[0]


def test_pronouns_resolved_where_clear(corpus):
    assert mention_at(corpus, "002", "He wanted to fix", "He").entity == "paak"
    assert mention_at(corpus, "002", "He was just a kid", "He").entity == "soul"
    assert mention_at(corpus, "002", "more time with him", "him").entity == "soul"
    assert mention_at(corpus, "001", "he continued", "he").entity == "paak"
    assert mention_at(corpus, "001", "He also wanted", "He").entity == "paak"
    assert mention_at(corpus, "000", "he makes the ladies swoon", "he").entity == "kevin_woo"
    assert mention_at(corpus, "003", "He showed me his page", "He").entity == "soul"
    assert mention_at(corpus, "003", "all his visuals", "his").entity == "bruno_mars"
    assert mention_at(corpus, "003", "inspired him", "him").entity == "paak"


def test_pronouns_left_open_where_ambiguous(corpus):
    row = mention_at(corpus, "000", "and his band of misfit", "his")
    assert row.entity == ""
    assert row.rule.startswith("ambiguous")


def test_first_person_belongs_to_the_speaker(corpus):
    assert mention_at(corpus, "003", "I have a lot of siblings", "I").entity == "paak"
    soul = mention_at(corpus, "003", "I better do it!", "I")
    assert (soul.entity, soul.voice, soul.speaker) == ("soul", "speech", "soul")
    assert mention_at(corpus, "001", "‘What? I better do it.", "I").entity == "soul"
    # First person in narration is the writer, not a person in the file.
    m = corpus.mentions
    assert not ((m.type == "first_person") & (m.voice == "narration")).any()


def test_second_person_in_questions_is_the_interviewee(corpus):
    assert mention_at(corpus, "003", "did you give your son", "you").entity == "paak"
    assert mention_at(corpus, "003", "did you give your son", "your son").entity == "soul"


def test_new_person_needs_no_code(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Jane Roe directed it. She said it was fun.\n", encoding="utf-8"
    )
    (tmp_path / "people.toml").write_text(
        '[[person]]\nid = "roe"\nname = "Jane Roe"\ngender = "female"\naliases = ["Jane Roe"]\n',
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    m = corpus.mentions
    assert m[["entity", "surface", "type"]].values.tolist() == [
        ["roe", "Jane Roe", "name"],
        ["roe", "She", "pronoun"],
    ]
    assert isinstance(corpus.articles, pd.DataFrame)


def test_pronoun_after_a_character_refers_to_the_character(corpus):
    he = mention_at(corpus, "000", "drum solo. We follow his younger days", "his")
    assert (he.entity, he.character) == ("paak", "BJ")
    real = mention_at(corpus, "002", "He wanted to fix", "He")
    assert (real.entity, real.character) == ("paak", "")


def test_nominal_filter_keeps_the_patterns_that_may_match():
    from coverage_analysis.validate import nominal_filter

    which = nominal_filter([r"his (?:young )?son", r"the drummer", r"(?P<a>qx)", r"(?P<a>qy)"])
    assert which("They met his young son.") == [0]
    assert which("Ask the drummer about his son") == [0, 1]
    assert which("They met her daughter.") == []
    assert which("a qy") == [3]  # the same group name in two patterns is no obstacle
    assert which("this songbook of the drummers") == [0, 1]  # no word boundaries: a first search
    assert nominal_filter([])("his son") == []
