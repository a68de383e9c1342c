"""Tests for coverage_analysis.measures.framing: genre calls and thematic frames."""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest
from builders import build_corpus

from coverage_analysis import Corpus, load_corpus
from coverage_analysis.evaluate import evaluate, load_gold
from coverage_analysis.measures.framing import (
    classify_genres,
    compile_terms,
    frame_hits,
    frame_shares,
    genre_calls,
    genre_contributions,
    genre_features,
    genre_hits,
    genre_scores,
    load_frames,
    load_genre_model,
    narration,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CORPORA = Path(__file__).resolve().parent / "corpora"


# ------------------------------------------------------------ hand-made tables


MODEL_TOML = """
[features.evaluative]
description = "evaluative words"
kind = "lexicon"
scope = "narration"
measure = "rate"
saturation = 20.0
terms = ["charming", "dull"]

[features.attribution]
description = "speech tags"
kind = "lexicon"
scope = "narration"
measure = "rate"
saturation = 5.0
terms = ["said"]
terms_near_speech = ["added"]

[features.qa_share]
description = "Q&A words"
kind = "qa_share"
saturation = 0.5

[features.quoted_share]
description = "quoted words"
kind = "quoted_share"
saturation = 0.5

[features.plot]
description = "characters"
kind = "mention_rate"
types = ["character"]
saturation = 20.0

[features.spoiler]
description = "spoiler warning"
kind = "lexicon"
scope = "paragraphs"
roles = ["warning"]
measure = "presence"
terms = ["spoiler*"]

[features.headings]
description = "headings"
kind = "role_share"
roles = ["heading"]
saturation = 0.5

[genres.review.weights]
evaluative = 2.0
plot = 1.0
spoiler = 1.0
quoted_share = -1.0

[genres.news.weights]
attribution = 1.0
quoted_share = 1.0

[genres.interview.weights]
qa_share = 1.0
"""


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "genres.toml"
    path.write_text(MODEL_TOML, encoding="utf-8")
    return load_genre_model(path)


@pytest.fixture
def small():
    spec = {
        "r": [
            ("title", ["A review"]),
            ("warning", ["Spoiler warning: the ending is discussed."]),
            ("body", ["BJ is charming and Yeji is charming.", "The rest is dull filler here."]),
            ("body", ["“It was fun,” Paak said."]),
        ],
        "q": [
            ("body", ["Paak spoke to us."]),
            ("question", ["Why direct?"]),
            ("answer", ["I wanted to.", "It was fun."]),
            ("question", ["And Soul?"]),
            ("answer", ["He said “I better do it.”"]),
        ],
        "n": [
            ("body", ["Paak said the film added a song."]),
            ("body", ["“We added songs,” he added."]),
        ],
    }
    quotes = [
        ("r", "It was fun,", "direct", "paak", -1),
        ("q", "Why direct?", "turn", "interviewer", -1),
        ("q", "I wanted to. It was fun.", "turn", "paak", -1),
        ("q", "And Soul?", "turn", "interviewer", -1),
        ("q", "He said “I better do it.”", "turn", "paak", -1),
        ("q", "I better do it.", "embedded", "soul", 3),
        ("n", "We added songs,", "direct", "paak", -1),
    ]
    mentions = [
        ("r", "BJ", 0, "paak", "character", "BJ"),
        ("r", "Yeji", 0, "jee_young_han", "character", "Yeji"),
        ("r", "Paak", 0, "paak", "name", ""),
    ]
    genres = {"r": "review", "q": "interview", "n": "news"}
    return build_corpus(spec, quotes, mentions, genres)


# ----------------------------------------------------------------- lexicons

def _matches(terms, text):
    pattern, _ = compile_terms(terms)
    return [m.group() for m in pattern.finditer(text)]


def test_whole_words_stems_possessives_and_compounds():
    text = "His son’s song, Sonic, a person; fathers and father-son bonds. Son!"
    assert _matches(["son"], text) == ["son’s", "Son"]
    assert _matches(["father*"], text) == ["fathers", "father-son"]


def test_kpop_term_does_not_match_the_film_title():
    text = "K-Pops! is about K-pop’s idols and k-pop fandom."
    assert _matches(["k-pop"], text) == ["K-pop’s", "k-pop"]


def test_phrases_apostrophes_regex_and_longest_term():
    assert _matches(["soul music"], "Soul Rasheed loves soul\nmusic and soul.") == ["soul\nmusic"]
    assert _matches(["you're"], "You’re late, you're early") == ["You’re", "you're"]
    assert _matches(["re:\\d{1,2} ?p\\.m\\."], "at 7 p.m. or 10p.m. or 7pm") == ["7 p.m.", "10p.m."]
    pattern, terms = compile_terms(["festival", "film festival"])
    match = pattern.search("the Toronto International Film Festival")
    assert match.group() == "Film Festival"
    assert terms[int(match.lastgroup[1:])] == "film festival"


def test_a_character_and_the_actor_who_plays_them_is_film_talk():
    critique = load_genre_model().features["critique"].terms
    text = ("Agnes (Delphine Okoro-Vance) waits in the wings; the star, Cressida (Harriet "
            "Mole-Ashdown), never misses a night. The mayor (pictured) and the Cinema Guild "
            "(CG) said agnes (delphine okoro) was late.")
    assert _matches(critique, text) == ["Agnes (Delphine Okoro-Vance)",
                                        "Cressida (Harriet Mole-Ashdown)"]


def test_a_promise_not_to_spoil_is_a_spoiler_cue():
    spoiler = load_genre_model().features["spoiler"].terms
    text = "I won’t spoil it; I will not spoil the end and, without spoiling it, the spoils."
    assert _matches(spoiler, text) == ["won’t spoil", "will not spoil", "without spoiling"]


def test_empty_lexicon_matches_nothing():
    assert _matches([], "anything at all") == []


# ---------------------------------------------------------------- narration

def test_narration_blanks_speech_and_keeps_offsets(small):
    narr = narration(small.sentences, small.quotes)
    row = narr[(narr.article_id == "r") & (narr.sentence_id == 3)].iloc[0]
    assert row.n_words == 2
    assert row.narration.split() == ["“", "”", "Paak", "said."]
    assert len(row.narration) == len(row.text)
    q = narr[narr.article_id == "q"]
    assert q.n_words.tolist() == [4, 0, 0, 0, 0, 0]


# ------------------------------------------------------- features and scores

def test_hits_point_at_the_text(small, model):
    hits = genre_hits(small, model)
    for h in hits.itertuples():
        assert small.raw[h.article_id][h.start:h.end] == h.surface
    n = hits[(hits.article_id == "n") & (hits.feature == "attribution")]
    # "added" counts only next to quoted speech, never inside it.
    assert n.term.tolist() == ["said", "added"]
    assert n.paragraph_id.tolist() == [0, 1]
    assert hits[(hits.article_id == "q") & (hits.feature == "attribution")].empty


def test_feature_values_are_exact(small, model):
    f = genre_features(small, model).set_index(["article_id", "feature"])
    # Article r: 20 article-text words, 3 quoted, so 17 narration words.
    assert f.at[("r", "evaluative"), "n_hits"] == 3
    assert f.at[("r", "evaluative"), "base"] == 17
    assert f.at[("r", "evaluative"), "value"] == pytest.approx(300 / 17)
    assert f.at[("r", "evaluative"), "scaled"] == pytest.approx(300 / 17 / 20)
    assert f.at[("r", "plot"), "value"] == pytest.approx(200 / 17)
    assert f.at[("r", "attribution"), "scaled"] == 1.0  # capped
    assert f.at[("r", "quoted_share"), "value"] == pytest.approx(3 / 20)
    assert f.at[("r", "spoiler"), "value"] == 1.0
    assert f.at[("r", "headings"), "base"] == 2  # body paragraphs; the title does not count
    assert f.at[("r", "headings"), "value"] == 0.0
    # Article q: 16 of 20 words in Q&A; the embedded quote is inside a turn.
    assert f.at[("q", "qa_share"), "value"] == pytest.approx(16 / 20)
    assert f.at[("q", "quoted_share"), "value"] == 0.0
    assert f.at[("q", "evaluative"), "base"] == 4
    # Article n: 12 words, 3 quoted; "said" and the tag "added".
    assert f.at[("n", "attribution"), "value"] == pytest.approx(200 / 9)
    assert f.at[("n", "quoted_share"), "value"] == pytest.approx(3 / 12)
    assert f.at[("n", "spoiler"), "value"] == 0.0


def test_scores_calls_and_margins_are_exact(small, model):
    contributions = genre_contributions(genre_features(small, model), model)
    scores = genre_scores(contributions).set_index(["article_id", "genre"])["score"]
    e, plot = 300 / 17 / 20, 200 / 17 / 20
    assert scores[("r", "review")] == pytest.approx((2 * e + plot + 1 - 0.3) / 4)
    assert scores[("r", "news")] == pytest.approx((1 + 0.3) / 2)
    assert scores[("q", "interview")] == pytest.approx(1.0)
    assert scores[("n", "news")] == pytest.approx((1 + 0.5) / 2)
    assert scores[("n", "review")] == pytest.approx(-0.5 / 4)
    calls = genre_calls(genre_scores(contributions), small.articles).set_index("article_id")
    assert calls.call.to_dict() == {"n": "news", "q": "interview", "r": "review"}
    assert calls.at["r", "margin"] == pytest.approx((2 * e + plot + 0.7) / 4 - 0.65)
    assert calls.at["q", "runner_up_score"] == pytest.approx(0.0)
    assert calls.agrees.all()


def test_metadata_genre_plays_no_part(small, model):
    relabelled = dataclasses.replace(
        small, articles=small.articles.assign(genre=["news", "news", "news"]))
    a = classify_genres(small, model)
    b = classify_genres(relabelled, model)
    pd.testing.assert_frame_equal(a.scores, b.scores)
    assert not b.calls.agrees.all()


def test_evidence_lists_driving_features_with_offsets(small, model):
    result = classify_genres(small, model, n_features=2, n_examples=5)
    ev = result.evidence
    r = ev[ev.article_id == "r"]
    assert r.feature.drop_duplicates().tolist() == ["evaluative", "spoiler"]
    assert r[r.feature == "evaluative"].sentence_id.tolist() == [1, 2]  # distinct sentences
    spoiler = r[r.feature == "spoiler"].iloc[0]
    assert spoiler.sentence_id == -1 and spoiler.text.startswith("Spoiler warning")
    for row in ev.itertuples():
        assert small.raw[row.article_id][row.start:row.end] == row.text
        assert small.raw[row.article_id][row.term_start:row.term_end] == row.surface
        assert row.contribution > 0


CUES_TOML = """
[features.pronouns]
description = "he, she"
kind = "lexicon"
scope = "narration"
measure = "rate"
floor = 10.0
saturation = 30.0
terms = ["he", "she"]

[features.says_in_body]
description = "says outside headlines"
kind = "lexicon"
scope = "narration"
roles = ["body"]
measure = "rate"
saturation = 100.0
terms = ["says"]

[features.short_paragraphs]
description = "body paragraphs of at most 4 words"
kind = "role_share"
roles = ["body"]
max_words = 4
saturation = 1.0

[genres.profile.weights]
pronouns = 1.0
says_in_body = 1.0

[genres.news.weights]
short_paragraphs = 1.0
"""


def test_floor_roles_in_narration_and_short_paragraphs(tmp_path):
    path = tmp_path / "cues.toml"
    path.write_text(CUES_TOML, encoding="utf-8")
    model = load_genre_model(path)
    corpus = build_corpus({"p": [
        ("title", ["Town says no"]),
        ("body", ["She says she is fine."]),      # 5 words: not short
        ("body", ["He says so."]),                # 3 words: short
    ]})
    hits = genre_hits(corpus, model)
    says = hits[hits.feature == "says_in_body"]
    assert says.paragraph_id.tolist() == [1, 2]  # not the headline's "says"
    f = genre_features(corpus, model).set_index("feature")
    # 11 narration words (the title's 3 included): 3 pronouns, 2 "says".
    assert f.at["pronouns", "value"] == pytest.approx(300 / 11)
    assert f.at["pronouns", "scaled"] == pytest.approx((300 / 11 - 10) / 20)
    assert f.at["says_in_body", "value"] == pytest.approx(200 / 11)
    assert f.at["short_paragraphs", "n_hits"] == 1
    assert f.at["short_paragraphs", "value"] == pytest.approx(1 / 2)
    # Below the floor a cue counts as absent.
    quiet = build_corpus({"q": [("body", ["She came home late that evening after work."])]})
    q = genre_features(quiet, model).set_index("feature")
    assert q.at["pronouns", "value"] == pytest.approx(100 / 8)
    assert q.at["pronouns", "scaled"] == pytest.approx(2.5 / 20)
    quieter = build_corpus({"q": [("body", ["She came home late that evening after a long day "
                                            "at work."])]})
    assert genre_features(quieter, model).set_index("feature").at["pronouns", "scaled"] == 0.0


def test_model_file_is_validated(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[features.x]\nkind = "magic"\n[genres.g.weights]\nx = 1.0\n')
    with pytest.raises(ValueError, match="unknown kind"):
        load_genre_model(bad)
    bad.write_text('[features.x]\nkind = "qa_share"\n[genres.g.weights]\ny = 1.0\n')
    with pytest.raises(ValueError, match="undefined features"):
        load_genre_model(bad)
    bad.write_text('[features.x]\nkind = "qa_share"\nfloor = 2.0\nsaturation = 1.0\n'
                   '[genres.g.weights]\nx = 1.0\n')
    with pytest.raises(ValueError, match="floor"):
        load_genre_model(bad)


def test_packaged_model_is_consistent():
    model = load_genre_model()
    assert model.genres == ["review", "news report", "profile", "interview"]
    assert all(f.description for f in model.features.values())
    assert set().union(*model.weights.values()) <= set(model.features)


# ---------------------------------------------------------- thematic frames

FRAMES = {
    "family": {"label": "family", "terms": ["father*", "son"]},
    "music": {"label": "music", "terms": ["soul music", "k-pop"]},
}


def test_frame_shares_are_exact():
    corpus = build_corpus({"a": [("body", [
        "Soul Rasheed plays his son.",
        "His father-son story is a song about Sonic.",
        "K-Pops! is not about soul, but about K-pop’s reach.",
        "They love soul music.",
    ])]})
    shares = frame_shares(corpus.sentences, FRAMES, n_examples=1, articles=["a", "b"])
    a = shares[shares.article_id == "a"].set_index("frame")
    assert a.n_sentences.to_dict() == {"family": 2, "music": 2}
    assert a.n_total.to_dict() == {"family": 4, "music": 4}
    assert a.share.to_dict() == {"family": 0.5, "music": 0.5}
    assert a.n_matches.to_dict() == {"family": 2, "music": 2}
    assert a.example_ids.to_dict() == {"family": [0], "music": [2]}
    assert a.at["family", "top_terms"] == "son (1), father* (1)"
    b = shares[shares.article_id == "b"]
    assert b.n_total.tolist() == [0, 0] and b.share.isna().all()
    hits = frame_hits(corpus.sentences, FRAMES)
    assert hits.surface.tolist() == ["son", "father-son", "K-pop’s", "soul music"]


def test_default_frames_are_generic():
    frames = load_frames()
    assert list(frames) == ["family", "career", "craft", "identity", "personal"]
    corpus = build_corpus({"a": [("body", ["Soul Rasheed stars in K-Pops!"])]})
    hits = frame_hits(corpus.sentences)
    assert hits.surface.tolist() == ["stars"]


def test_seed_frames_leave_names_and_title_alone(seeds):
    frames = seeds.study.frames
    assert list(frames) == ["family", "kpop", "music_career", "filmmaking", "heritage"]
    everything = [t.lower() for f in frames.values() for t in f["terms"]]
    assert "soul" not in everything and not any(t.startswith("soul") and t != "soul music"
                                                for t in everything)
    corpus = build_corpus({"a": [("body", ["Soul Rasheed stars in K-Pops!"])]})
    hits = frame_hits(corpus.sentences, frames)
    assert hits.surface.tolist() == ["stars"]


# -------------------------------------------------------------- real seeds

@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def seed_genres(seeds):
    return classify_genres(seeds)


def test_seed_calls_match_the_presented_genre(seeds, seed_genres):
    calls = seed_genres.calls.set_index("article_id")
    expected = seeds.articles.set_index("article_id").genre
    assert calls.call.to_dict() == expected.to_dict()
    assert calls.call.to_dict() == {"000": "review", "001": "news report", "002": "profile",
                                    "003": "interview"}
    assert (calls.margin > 0.25).all()


def test_seed_evidence_is_traceable(seeds, seed_genres):
    ev = seed_genres.evidence
    assert set(ev.article_id) == {"000", "001", "002", "003"}
    for row in ev.itertuples():
        assert seeds.raw[row.article_id][row.start:row.end] == row.text
        assert seeds.raw[row.article_id][row.term_start:row.term_end] == row.surface
    top = ev[ev["rank"] == 1].drop_duplicates("article_id").set_index("article_id").feature
    assert top.to_dict() == {"000": "evaluative", "001": "news_cues", "002": "life_cues",
                             "003": "qa_share"}


def test_seed_scores_do_not_depend_on_the_other_articles(seeds, seed_genres):
    for aid in ["000", "003"]:
        alone = Corpus(*(t[t.article_id == aid].reset_index(drop=True) for t in (
            seeds.articles, seeds.paragraphs, seeds.sentences, seeds.quotes, seeds.mentions)),
            {aid: seeds.raw[aid]})
        mine = seed_genres.scores[seed_genres.scores.article_id == aid].reset_index(drop=True)
        pd.testing.assert_frame_equal(classify_genres(alone).scores, mine)


def test_seed_contributions_sum_to_scores(seed_genres):
    total = seed_genres.contributions.groupby(["article_id", "genre"]).contribution.sum()
    scores = seed_genres.scores.set_index(["article_id", "genre"]).score
    pd.testing.assert_series_equal(total.sort_index(), scores.sort_index(), check_names=False)
    assert seed_genres.features.scaled.between(0, 1).all()


def test_seed_frames(seeds):
    shares = frame_shares(seeds.sentences, frames=seeds.study.frames)
    shares = shares.set_index(["article_id", "frame"])
    hits = frame_hits(seeds.sentences, seeds.study.frames)
    for h in hits.itertuples():
        assert seeds.raw[h.article_id][h.start:h.end] == h.surface
    assert not hits.surface.str.lower().str.startswith("k-pops").any()
    assert not (hits.surface.str.lower() == "soul").any()
    # The essay is framed by family; the Q&A by filmmaking; only the essay and the
    # news report raise heritage.
    assert shares.at[("002", "family"), "share"] > shares.at[("002", "kpop"), "share"]
    assert shares.at[("003", "filmmaking"), "share"] == max(
        shares.loc["003"].share)
    assert shares.loc[(slice(None), "heritage"), "n_sentences"].to_dict() == {
        ("000", "heritage"): 0, ("001", "heritage"): 2, ("002", "heritage"): 9,
        ("003", "heritage"): 0}
    for row in shares.itertuples():
        assert math.isclose(row.share, row.n_sentences / row.n_total)


# ------------------------------------------------- unseen articles, end to end

# Pieces of each genre, never seen by the method: one paragraph per list item.
UNSEEN = {
    "review.txt": [
        "K-Pops! is a sweet, messy love letter to music and fatherhood",
        (
            "Anderson .Paak’s first feature as a director is a loose, big-hearted comedy that "
            "coasts on charm. BJ (.Paak), a drummer whose career stalled years ago, takes a gig "
            "backing a K-pop competition show in Seoul and discovers that a shy contestant, Tae "
            "Young (Soul Rasheed), is the son he never knew."
        ),
        (
            "The plot is as predictable as they come, and the middle act drags. But the "
            "performances are endearing and the musical numbers are dazzling. I laughed more than"
            " I expected to, and the final concert, where BJ finally lets Tae Young take the "
            "solo, is genuinely moving."
        ),
        (
            "K-Pops! never reinvents the musical comedy, yet it is hard to resist a film this "
            "eager to please."
        ),
    ],
    "news.txt": [
        "Anderson .Paak’s K-Pops! gets standing ovation at Toronto premiere",
        (
            "Anderson .Paak’s directorial debut K-Pops! premiered Sunday night at the Toronto "
            "International Film Festival, where a sold-out crowd gave the musician and his son, "
            "Soul Rasheed, a standing ovation."
        ),
        (
            "The comedy follows a washed-up drummer who reunites with his estranged son on a "
            "Korean competition show. Rasheed, 13, plays the son."
        ),
        (
            "“I wanted to make something with my boy,” .Paak told the crowd after the screening. "
            "“We wrote it during the pandemic, and it took us four years.”"
        ),
        (
            "The film is still seeking a distributor, according to a spokesperson for the "
            "production, who said talks with several buyers were underway."
        ),
    ],
    "qa.txt": [
        "Anderson .Paak on directing his son in K-Pops!",
        "By Jane Doe",
        (
            "Anderson .Paak spoke with us about his directorial debut and about casting his son, "
            "Soul Rasheed. This interview has been edited for length and clarity."
        ),
        "Why did you want to direct?",
        "I always made little movies as a kid. It felt natural to me.",
        "What was it like working with Soul?",
        "He kept me honest. He told me when a scene wasn’t funny.",
        "Would you do it again?",
        "Definitely. We already have the next one in mind.",
    ],
    "profile.txt": [
        "The Drummer Who Learned to Be a Dad",
        (
            "Anderson .Paak grew up in Oxnard, California, in a household that was rarely calm. "
            "Music was his way out, and for years his career came first."
        ),
        (
            "That changed during the pandemic. Stuck at home, he watched his son, Soul Rasheed, "
            "film video game tutorials for YouTube and saw something of his younger self."
        ),
        (
            "“He’s the reason I did this,” .Paak says, leaning back on a studio couch in Los "
            "Angeles. “I wanted to spend real time with him, not just send a text from a tour "
            "bus.”"
        ),
        (
            "The result is K-Pops!, a comedy about a washed-up drummer and the son he never knew."
            " It is also, he admits, the most personal thing he has made."
        ),
        (
            "Friends describe him as restless and generous. He still drums every morning, and he "
            "still calls his mother every Sunday."
        ),
    ],
}


def test_unseen_articles_get_the_right_call(tmp_path):
    for name, paragraphs in UNSEEN.items():
        (tmp_path / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    shutil.copy(SEEDS / "people.toml", tmp_path / "people.toml")
    corpus = load_corpus(tmp_path)
    # The tables support the call: the Q&A is parsed as questions and answers.
    roles = corpus.paragraphs.groupby("article_id").role.apply(set)
    assert {"question", "answer"} <= roles["qa"]
    assert not {"question", "answer"} & roles["news"]
    calls = classify_genres(corpus).calls.set_index("article_id")
    assert calls.call.to_dict() == {"news": "news report", "profile": "profile",
                                    "qa": "interview", "review": "review"}
    assert (calls.margin > 0.15).all()


# ------------------------------------------- gold genres of corpora never tuned on

#: Corpora with a gold genre per article. ``genres`` was written, and its gold
#: set, before the library was run on it: reviews without ratings, festival
#: dispatches, profiles written as newspaper features ("she said"), news that
#: quotes one person at length, interviews written as prose. ``genres2`` adds an
#: obituary, a story built on a social post, an unrated blog review and capsule
#: reviews; ``fresh`` and ``blind`` are development sets read to write cues.
GENRE_CORPORA = ["genres", "genres2", "holdout", "second_study", "fresh", "blind"]


@pytest.mark.parametrize("name", GENRE_CORPORA)
def test_genre_calls_on_other_corpora(name):
    folder = CORPORA / name
    corpus = load_corpus(folder)
    if (folder / "gold.toml").exists():
        result = evaluate(corpus, load_gold(folder / "gold.toml")).set_index("metric")
        accuracy = result.at["genre_accuracy", "value"]
    else:
        calls = classify_genres(corpus).calls
        accuracy = calls.agrees.mean()
    assert accuracy >= 0.85, f"{name}: genre accuracy {accuracy:.2f}"


def test_genre_corpus_covers_every_genre_and_its_hard_cases():
    folder = CORPORA / "genres"
    gold = load_gold(folder / "gold.toml")["articles"].set_index("article_id").genre
    assert gold.value_counts().to_dict() == {"review": 5, "profile": 5, "news report": 5,
                                             "interview": 5}
    calls = classify_genres(load_corpus(folder)).calls.set_index("article_id").call
    # A review with no rating, a festival dispatch judging three films, a profile
    # in a newspaper's past tense, news quoting one person throughout, a prose
    # interview: each gets its gold call.
    for aid in ["g01", "g02", "g06", "g15", "g16", "g17"]:
        assert calls[aid] == gold[aid], aid


# Genre cues every outlet shows: an obituary tells a life (a profile, not news); a
# story about a post on social media reports it (news, not a review), while a review
# of a film about social media is still a review; a review says where a film is at
# its best and where it stumbles, without a stock adjective.
CUE_PAGES = {
    "obituary.txt": [
        "Ines Marlow, the Pianist Who Kept a Harbor Town Dancing, Dies at 81",
        "By Jo Bell",
        ("Ines Marlow, who played piano in the dance halls of Port Alder for half a century, "
         "died Tuesday at her home. She was 81. Her son, Tomas Marlow, said the cause was "
         "a stroke."),
        ("Born in 1943 in a fishing village up the coast, Marlow moved to Port Alder as a "
         "teenager and took her first job playing at a seaside hotel. For years she played "
         "six nights a week."),
        "“She never once played the same song the same way,” her son said.",
        ("In later years she taught children for free in her living room. She is survived by "
         "her son and three grandchildren. A memorial service will be held on Saturday."),
    ],
    "post.txt": [
        "Lead Actor’s Instagram Tribute to His Co-Star Has Fans in Tears",
        "By Jo Bell",
        ("Now that the comedy is streaming, its lead actor has posted a carousel of "
         "behind-the-scenes photos on Instagram, and the cast is piling into the comments."),
        ("“A year ago we were eating noodles at 3am and arguing about a drum fill,” he wrote. "
         "“Now the whole world can watch us argue.”"),
        ("His co-star reposted it on X within the hour. “Still wrong about the drum fill,” she "
         "wrote in a post that went viral."),
        "Our spoiler-free review is on the site if you have not watched it yet.",
    ],
    "verdict.txt": [
        "A Drummer’s Debut Has a Musician’s Timing and a Beginner’s Wobbles",
        "By Jo Bell",
        ("The film is at its best when it lets the boy’s silences push back against his "
         "father’s noise. The supporting cast gets the best lines, and the lead has a gift "
         "for stillness."),
        ("Where the story stumbles is its middle stretch, when the script leans on montage "
         "and the satire falls short."),
        "And yet the ending works. It screens again on Thursday.",
    ],
    "satire.txt": [
        "‘Filtered’ Review: An Influencer Satire That Scrolls Past Its Own Point",
        "By Jo Bell",
        ("The film follows an Instagram influencer with four million followers through the "
         "worst week of her online life. A post goes viral, her sponsors flee, and the "
         "comments turn into a courtroom."),
        ("The lead is very good, and the film is at its best when she drafts and deletes the "
         "same apology on TikTok all night. But every joke about social media is one you have "
         "seen posted a hundred times, and the last act is predictable."),
        "Stream it if you must; skip it if you have ever owned a phone.",
    ],
}


def test_obituaries_social_media_stories_and_plain_verdicts(tmp_path):
    for name, paragraphs in CUE_PAGES.items():
        (tmp_path / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    shutil.copy(SEEDS / "people.toml", tmp_path / "people.toml")
    calls = classify_genres(load_corpus(tmp_path)).calls.set_index("article_id")
    assert calls.call.to_dict() == {"obituary": "profile", "post": "news report",
                                    "satire": "review", "verdict": "review"}
    assert (calls.margin > 0.1).all()


# The headline says what a piece is: "meet the cast", "dies at 88" and a journey
# headline ("From the night shift to the festival circuit:") head portraits even
# when the body quotes with "said" and carries dates, as newspaper features do;
# "6 things we learned" and "also in the news" head reports, even when the body
# says "says" or tells of a death.
LABEL_PAGES = {
    "cast.txt": [
        "Meet the three dancers who carried a small-town musical to the big screen",
        "By Ana Ruiz",
        ("RIVERBEND — Lena Osei was sweeping the floor of her aunt’s studio when the casting call "
         "went up on the window. “I almost did not go,” she said. “I had a shift at the bakery.”"),
        ("Osei, who plays the eldest sister, grew up above the studio and had never acted before. "
         "Her parents ran the bakery next door. Tomas Lind, who plays the mayor’s son, moved to "
         "Riverbend as a teenager and trained as a gymnast. He said the hardest part was standing "
         "still. “They kept telling me to stop bouncing,” he said."),
        ("The third, June Park, said she learned the final number from a phone video. “My "
         "mother held the phone and I practised in the kitchen,” Park said. “She still knows "
         "every step.”"),
        "The film screened for the town on Saturday and opens in theaters on Friday.",
    ],
    "journey.txt": [
        "From the night shift to the festival circuit: a nurse’s first film gets its premiere",
        "By Ana Ruiz",
        ("Mara Quist wrote most of her first screenplay between 3 and 5 a.m., at the nurses’ "
         "station of a county hospital. “The patients were asleep and the coffee was terrible,” "
         "she said."),
        ("Quist grew up on a dairy farm and moved to the city at 19. She said she never meant to "
         "make a film. Years later a colleague read her script, then a director did, and in March "
         "the film screened at a festival upstate."),
        ("“I still work two nights a week,” Quist said. “Somebody has to.” Her sister, Ida Quist, "
         "said the family watched the premiere on a laptop in the break room."),
    ],
    "obituary.txt": [
        "Oskar Brandt, who ran a seaside cinema for 41 years, dies at 88",
        "By Ana Ruiz",
        ("Oskar Brandt, who ran the Lido cinema on the Port Alder seafront from 1962 until 2003, "
         "died Monday. He was 88. His daughter, Eva Brandt, said he died at home."),
        ("Born in 1936 in a fishing village up the coast, Brandt moved to Port Alder as a boy "
         "and took his first job tearing tickets at the Lido."),
        ("“He knew every seat that squeaked,” his daughter said."),
        ("For four decades he chose every film himself, booked the organist for the silent "
         "matinees and swept the aisles after the last show. He liked to say that a cinema was a "
         "living room with the lights turned off, and he kept a jar of sweets for the children "
         "who could not afford them."),
        ("In a statement, the town council said the Lido would dim its lights in his honour. “He "
         "gave this town its Saturday nights,” the mayor said in a statement."),
        "A memorial will be held at the cinema on June 4.",
    ],
    "list.txt": [
        "6 things we learned from the cast’s late-night livestream",
        "By Ana Ruiz",
        ("The cast of the caper comedy went live for two hours on Tuesday night to answer fan "
         "questions. Here is what stood out."),
        "1. The heist scene was shot in one night",
        ("The director says the crew had the bank lobby for twelve hours. “We finished at "
         "sunrise,” she says on the stream. “Nobody had slept.”"),
        "2. The lead almost turned the part down",
        ("The lead says he read the script twice before he said yes. “I thought it was a "
         "drama,” he says, laughing."),
        "3. A sequel is not off the table",
        "Asked about a sequel, the director says only that the crew has ideas.",
    ],
    "roundup.txt": [
        "Stage veteran Ilse Rand dies at 90; a film festival adds a day, also in the news",
        "By Ana Ruiz",
        ("Ilse Rand, who acted on the stages of Port Alder for six decades, died Sunday, her "
         "family said in a statement. She was 90. Born in 1935, she played her first part at 9."),
        ("The Port Alder film festival will add a sixth day this year, organisers announced on "
         "Monday. Ticket sales rose 20 percent last year, according to the festival."),
        ("“We ran out of seats twice,” the festival director said."),
    ],
}


def test_headlines_that_name_a_portrait_or_a_news_list(tmp_path):
    for name, paragraphs in LABEL_PAGES.items():
        (tmp_path / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    shutil.copy(SEEDS / "people.toml", tmp_path / "people.toml")
    calls = classify_genres(load_corpus(tmp_path)).calls.set_index("article_id")
    assert calls.call.to_dict() == {"cast": "profile", "journey": "profile",
                                    "obituary": "profile", "list": "news report",
                                    "roundup": "news report"}
    assert (calls.margin > 0.15).all()


# A television column judges in its own words: a slow-burn, the reason to watch, a
# secret weapon, the last episodes that pay off, a letter grade in the last line.
TV_PAGES = {
    "column.txt": [
        "A quiet harbour thriller that rewards the patient",
        "By Noor Haddad",
        ("A reader in Dover wrote to ask me whether any new drama this winter could be watched "
         "without a notebook. I have one: “Low Water,” a six-part slow-burn that starts Tuesday "
         "night on the Meridian channel."),
        ("The setup is old-fashioned. A ferry captain named Ruth Calder (Hana Obi) disappears "
         "during a storm, and her brother comes back to the harbour to sell her boat. Nobody in "
         "town wants to help him, and he soon learns why."),
        ("Obi is barely in it after the first hour, but she is the reason to watch: a woman who "
         "says little and remembers everything. The showrunner, Paul Vance, told critics in "
         "January that he wanted a mystery “with the volume turned down.”"),
        ("The harbourmaster, a man of few words and fewer friends, is the show’s secret weapon "
         "and gets the driest lines. The middle episodes sag, but the last two pay off, and the "
         "final image stays with you. Grade: B."),
    ],
}


def test_a_television_column_is_a_review(tmp_path):
    for name, paragraphs in TV_PAGES.items():
        (tmp_path / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    shutil.copy(SEEDS / "people.toml", tmp_path / "people.toml")
    calls = classify_genres(load_corpus(tmp_path)).calls.set_index("article_id")
    assert calls.call.to_dict() == {"column": "review"}
    assert (calls.margin > 0.15).all()


# A portrait told in a newspaper's past tense, under a plain headline, is told by
# its working life: graduated from, worked as, went on to, ten years as a cutter,
# in her thirties, her first film, for twenty years. A report of an event does not
# tell one.
CAREER_PAGES = {
    "career.txt": [
        "The costume maker of Harbour Street",
        "By Ana Ruiz",
        ("Rosa Imre graduated from a tailoring school in Szeged and worked as a seamstress for a "
         "wedding shop before she ever touched a film costume. “I hemmed four hundred dresses,” "
         "she said. “Every one of them taught me something.”"),
        ("She went on to dress the chorus of a touring opera, and spent ten years as a cutter "
         "in its workshop. In her thirties she took the night ferry to London with two "
         "suitcases of patterns."),
        ("Her first film was a low-budget period drama, shot in eleven days. “We had one coat "
         "for three soldiers,” Imre said. “You only ever saw the back of two of them.”"),
        ("For twenty years she has run a workroom above a bakery on Harbour Street, and she "
         "said she still cuts every pattern by hand. Her latest film opens on Friday."),
    ],
}


def test_a_working_life_told_over_time_is_a_portrait(tmp_path):
    for name, paragraphs in CAREER_PAGES.items():
        (tmp_path / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    shutil.copy(SEEDS / "people.toml", tmp_path / "people.toml")
    analysis = classify_genres(load_corpus(tmp_path))
    calls = analysis.calls.set_index("article_id")
    assert calls.call.to_dict() == {"career": "profile"}
    assert (calls.margin > 0.03).all()
    features = analysis.features.set_index("feature")
    assert features.at["career_story", "scaled"] == 1.0


# A young readers' page signs its verdicts "our reviewer" in the standfirst, not "review".
REVIEWER_PAGES = {
    "young.txt": [
        "Young Critic: ‘The Salt Bell’ Is Warm but Too Long",
        "Our reviewer liked the baking scenes and wanted fewer storms.",
        "By Priya Ostrander-Nkemelu, 12",
        ("The best part is when the cook bakes forty loaves in one night. The storm at the end "
         "is loud and a bit too long, and I got bored in the middle."),
    ],
}


def test_a_standfirst_naming_the_reviewer_labels_a_review(tmp_path):
    for name, paragraphs in REVIEWER_PAGES.items():
        (tmp_path / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    shutil.copy(SEEDS / "people.toml", tmp_path / "people.toml")
    features = classify_genres(load_corpus(tmp_path)).features.set_index("feature")
    assert features.at["review_label", "scaled"] == 1.0
