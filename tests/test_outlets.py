"""Coverage the library has never seen: invented articles in other outlets' styles.

Each test writes a small made-up page (invented prose, invented outlets) and
checks rows set by hand: page structure, Q&A layouts, attribution beyond the
quote's sentence, titles that are not speech, people kept to their own
study, and genre. The last tests score the gold-annotated outlets corpus with
the evaluator and hold it to the thresholds of issue 7; the second study is
held to its hand counts.
"""

import shutil
import tomllib
from pathlib import Path

import pytest
from builders import assert_within, gold_scores

from coverage_analysis import load_corpus
from coverage_analysis.measures.framing import classify_genres

CORPORA = Path(__file__).resolve().parent / "corpora"


@pytest.fixture
def write(tmp_path, seeds_dir):
    """Write one article (with the seeds' people file) and load it."""

    def _write(text, **meta):
        shutil.copy(seeds_dir / "people.toml", tmp_path)
        (tmp_path / "page.txt").write_text(text, encoding="utf-8")
        if meta:
            cols = ["article_id", "file", *meta]
            row = ["page", "page.txt", *meta.values()]
            (tmp_path / "articles.csv").write_text(
                ",".join(cols) + "\n" + ",".join(row) + "\n", encoding="utf-8"
            )
        return load_corpus(tmp_path)

    return _write


def roles(corpus):
    return list(zip(corpus.paragraphs.role, corpus.paragraphs.text, strict=True))


def speech(corpus):
    q = corpus.quotes[corpus.quotes.kind.isin(["direct", "embedded", "turn"])]
    return [(r.kind, r.speaker, r.text[:24]) for r in q.itertuples()]


# ------------------------------------------------------------ 1. page structure

REVIEW_PAGE = """Skip to content
Frame Rate Weekly
Home | Film | Reviews | Streaming | Newsletter
Home › Reviews › Festivals
Review: ‘K-Pops!’ Turns a Talent Show Into a Family Reunion
By Ines Valdor
October 3, 2024
4 min read
Share on Facebook  Share on X  Copy Link
Rating: ★★★½
Director: Anderson .Paak
Runtime: 98 min
Anderson .Paak and Soul Rasheed at a screening in Toronto.
Photo: Priya Lund/Getty Images
The first thing K-Pops! gets right is the noise: rooms clatter and a stage hums with energy.
Soul Rasheed is better than the script around him. It is charming and uneven, but terrific.
“It is a home movie with a budget.”
A critic put it best. “It is a home movie with a budget,” she said. I found it a delight.
Ines Valdor is a film critic based in Lisbon.
Related Stories
Five Music Films That Actually Understand Drummers
Festival Diary: The Long Weekend in Toronto
Sign up for our newsletter and never miss a review.
© 2024 Frame Rate Weekly. All rights reserved.
"""


def test_review_page_furniture_gets_roles(write):
    got = [role for role, _ in roles(write(REVIEW_PAGE))]
    assert got == [
        "navigation",  # Skip to content
        "navigation",  # site name before the headline
        "navigation",  # menu
        "navigation",  # breadcrumbs
        "title",
        "byline",
        "dateline",
        "navigation",  # read time
        "navigation",  # share bar
        "rating",
        "infobox",
        "infobox",
        "caption",  # beside the credit
        "credit",
        "body",
        "body",
        "debris",  # pull quote repeating the article
        "body",
        "bio",
        "promo",
        "promo",
        "promo",
        "promo",
        "copyright",
    ]


def test_furniture_is_not_counted_as_text(write):
    corpus = write(REVIEW_PAGE)
    text = corpus.paragraphs[corpus.paragraphs.is_article_text]
    assert "Frame Rate Weekly" not in " ".join(text.text)
    assert corpus.sentences.text.str.contains("★|Runtime|newsletter|Skip to").sum() == 0
    assert corpus.articles.at[0, "title"].startswith("Review: ‘K-Pops!’")
    assert not corpus.articles.at[0, "truncated"]


def test_headline_with_a_colon_is_the_title(write):
    page = "\n\n".join([
        "The Drummer at the Back: Anderson .Paak and the Long Road to Directing",
        "By Staff",
        ".Paak has always preferred the back of the stage. His film puts him in front.",
    ])
    corpus = write(page)
    assert corpus.paragraphs.role.tolist()[0] == "title"
    assert corpus.articles.at[0, "title"].startswith("The Drummer at the Back:")


def test_page_cut_off_mid_sentence(write):
    page = "\n\n".join([
        "K-Pops! Opens in Seoul",
        "The film opened in Seoul on Friday to a crowd of several hundred fans.",
        "Soul Rasheed, who plays the teenager at the centre of the story, said he was",
    ])
    corpus = write(page)
    assert corpus.paragraphs.role.tolist() == ["title", "body", "body"]
    assert bool(corpus.articles.at[0, "truncated"])


def test_whole_page_is_not_truncated_and_tagline_stays_furniture(write):
    page = "\n\n".join([
        "K-Pops! Opens in Seoul",
        "The film opened in Seoul on Friday to a crowd of several hundred fans.",
        "The Home of Film Talk",
    ])
    corpus = write(page)
    assert corpus.paragraphs.role.tolist() == ["title", "body", "debris"]
    assert not corpus.articles.at[0, "truncated"]


COMMENTS_PAGE = """Notes From the Back Row
K-Pops! is a loud, sincere film about a father and a son, and I liked it a lot.
3 thoughts on “Notes From the Back Row”
reelwatcher says:
October 4, 2024 at 9:12 am
Saw it twice and the drum battle is worth the ticket.
Reply
"""


def test_reader_comments_are_not_article_text(write):
    got = [role for role, _ in roles(write(COMMENTS_PAGE))]
    assert got == ["title", "body", "comments", "comments", "comments", "comments", "comments"]


# --------------------------------------------------------------- 2. Q&A layouts

BOLD_QA = """Rhythm Section
Anderson .Paak and Soul Rasheed on Making K-Pops! Together
The father and son sat down with us in Toronto the morning after the premiere.
**Rhythm Section:** Who had the idea first?
**Anderson .Paak:** He did. I just stole it and wrote a script.
**Soul Rasheed:** He always steals my ideas.
**Rhythm Section:** Soul, was it hard to act opposite your dad?
**Soul Rasheed:** Only when he forgot his lines.
And he forgot them a lot.
**Paak:** Twice. I forgot them twice.
"""


def test_bold_name_labels_two_interviewees(write):
    corpus = write(BOLD_QA, outlet="Rhythm Section")
    assert [r for r, _ in roles(corpus)] == [
        "navigation", "title", "body",
        "question", "answer", "answer", "question", "answer", "answer", "answer",
    ]
    turns = corpus.quotes[corpus.quotes.kind == "turn"]
    assert turns.speaker.tolist() == [
        "interviewer", "paak", "soul", "interviewer", "soul", "soul", "paak",
    ]
    assert corpus.articles.at[0, "interviewee"] in ("paak", "soul")


BARE_QA = """The Co-Writer Speaks
Khaila Amazan spent two years on the script of K-Pops! We talked about drafts, jokes and drummers.
You have said the first draft was only twenty pages. What happened next?
I kept adding scenes. Anderson kept cutting them. That was our rhythm.
It took a year before we agreed on an ending.
{long_question}
Both. I wrote it with a beat in mind, and he heard it immediately.
What is next for you?
A quieter film, I hope, and a long holiday.
This interview has been edited for length and clarity.
""".format(
    long_question="Your dialogue has a lot of music in it. There is a rhythm to every exchange, "
    "almost like a drum pattern, and the actors seem to lean into it. Was that written on the "
    "page, or found on set?"
)


def test_bare_questions_with_preamble_and_answers_over_paragraphs(write):
    corpus = write(BARE_QA, interviewee="khaila_amazan")
    assert [r for r, _ in roles(corpus)] == [
        "title", "body",
        "question", "answer", "answer",
        "question", "answer",
        "question", "answer",
        "note",
    ]
    turns = corpus.quotes[corpus.quotes.kind == "turn"]
    assert set(turns[turns.paragraph_id.isin([2, 5, 7])].speaker) == {"interviewer"}
    assert set(turns[~turns.paragraph_id.isin([2, 5, 7])].speaker) == {"khaila_amazan"}


def test_unregistered_label_gets_a_snake_case_id(write):
    page = "\n\n".join([
        "Q: What did the camera see that you did not?",
        "Lena Brandt: Everything. I was behind it for forty days.",
        "Q: And the drummer?",
        "Lena Brandt: He never stopped tapping.",
        "Q: Would you work with him again?",
        "Lena Brandt: Tomorrow.",
    ])
    corpus = write(page)
    answers = corpus.quotes[corpus.quotes.kind == "turn"].iloc[1::2]
    assert answers.speaker.unique().tolist() == ["lena_brandt"]
    assert not answers.registered.any()


# ---------------------------------------------------- 3. attribution beyond a sentence

NEWS = """K-Pops! Star Opens Up About Working With His Son
TORONTO — Anderson .Paak and his son Soul Rasheed took questions after the premiere on Saturday.
Asked why he cast the boy, the director told reporters:
“I wanted somebody who already knew how to annoy me.
“And he has had thirteen years of practice.”
Rasheed rolled his eyes. “He says that every time,” the teenager said.
Cinematographer Lena Brandt said it was fast. “We ran four cameras and prayed,” Brandt said.
“Nobody slept,” she added.
.Paak, in his words, was “a nervous wreck” on the first day.
“It was the best job I ever had,” said Tomas Ekberg, the film’s editor.
"""


def test_speakers_beyond_the_quotes_own_sentence(write):
    corpus = write(NEWS)
    assert speech(corpus) == [
        ("direct", "paak", "I wanted somebody who al"),  # colon tag, previous paragraph
        ("direct", "paak", "And he has had thirteen "),  # continues over a paragraph
        ("direct", "soul", "He says that every time,"),  # description "the teenager"
        ("direct", "lena_brandt", "We ran four cameras and "),  # not in people.toml
        ("direct", "lena_brandt", "Nobody slept,"),  # pronoun: the last person named
        ("direct", "paak", "a nervous wreck"),  # partial quote "in his words"
        ("direct", "tomas_ekberg", "It was the best job I ev"),
    ]
    q = corpus.quotes.set_index("text")
    assert bool(q.at["a nervous wreck", "registered"])
    assert not q.at["We ran four cameras and prayed,", "registered"]
    assert not q.at["It was the best job I ever had,", "registered"]


def test_people_not_in_the_file_are_not_mentions(write):
    m = write(NEWS).mentions
    assert "lena_brandt" not in set(m.entity)
    assert set(m.entity) - {""} <= {"paak", "soul"}


# ------------------------------------------------------------------ 4. not speech

TITLES = """‘K-Pops!’ Arrives in Cinemas This Week
“K-Pops!” opens on Friday in two hundred cinemas.
Before directing, .Paak released the album “Malibu” and starred in the series “Night Shift”.
“It feels like a family reunion,” .Paak said of “K-Pops!” at the premiere.
Critics have called the film a “crowd-pleaser”.
"""


def test_titles_in_quotation_marks_are_not_speech(write):
    q = write(TITLES).quotes
    kinds = dict(zip(q.text, q.kind, strict=True))
    assert kinds["K-Pops!"] == "title"
    assert kinds["Malibu"] != "direct" and kinds["Night Shift"] == "title"
    assert kinds["crowd-pleaser"] == "scare"
    assert kinds["It feels like a family reunion,"] == "direct"
    assert (q[q.kind.isin(["direct", "embedded", "turn"])].text == "K-Pops!").sum() == 0


# -------------------------------------------------------- 5. people stay in their study

FOREIGN = """Heart and Soul Review: A Trumpet, a Father and a Long Way Home
In “Heart and Soul,” the rapper Kofi Bright plays a jazzman who comes home to Baltimore.
Soul is the word the film keeps reaching for, and it earns it.
The singer is terrific, and his son in the film, played by a newcomer, is better.
The documentary about Soul Kitchen Records plays before it at some screenings.
"""


def test_foreign_article_mentions_no_one_of_the_study(write):
    corpus = write(FOREIGN)
    assert (corpus.mentions.entity != "").sum() == 0


def test_the_study_article_still_resolves_descriptions(write):
    page = "\n\n".join([
        "K-Pops! Premieres",
        "Anderson .Paak brought Soul Rasheed to the premiere. The singer said his son was nervous.",
    ])
    m = write(page).mentions
    assert m[m.surface == "The singer"].entity.tolist() == ["paak"]
    assert m[m.surface == "his son"].entity.tolist() == ["soul"]


# --------------------------------------------------------------------- 6. genre


def test_genres_of_varied_layouts(write, tmp_path):
    calls = {}
    for name, page in {"review": REVIEW_PAGE, "interview": BOLD_QA, "qa": BARE_QA}.items():
        calls[name] = classify_genres(write(page)).calls.set_index("article_id").at["page", "call"]
    assert calls == {"review": "review", "interview": "interview", "qa": "interview"}


# ------------------------------------------------- the gold corpus and the second study

#: Thresholds of issue 7 on the gold-annotated outlets corpus: (lowest, highest).
THRESHOLDS = {
    "speech_quote_f1": (0.90, 1.0),
    "speaker_accuracy": (0.90, 1.0),
    "nonspeech_as_speech": (0.0, 0.0),
    "genre_accuracy": (0.85, 1.0),
    "foreign_mentions": (0.0, 0.0),
    "furniture_as_text": (0.0, 0.0),
}


@pytest.fixture(scope="module")
def outlet_scores():
    return gold_scores(CORPORA / "outlets")


@pytest.mark.parametrize("metric", list(THRESHOLDS))
def test_gold_corpus_thresholds(outlet_scores, metric):
    assert_within(outlet_scores, metric, THRESHOLDS[metric])


@pytest.fixture(scope="module")
def second_study():
    folder = CORPORA / "second_study"
    with (folder / "expected.toml").open("rb") as handle:
        return load_corpus(folder), tomllib.load(handle)["articles"]


def test_second_study_titles_authors_headings(second_study):
    corpus, expected = second_study
    arts = corpus.articles.set_index("article_id")
    p = corpus.paragraphs
    for aid, e in expected.items():
        assert arts.at[aid, "title"] == e["title"]
        assert arts.at[aid, "author"] == e["author"]
        assert p[(p.article_id == aid) & (p.role == "heading")].text.tolist() == e["headings"]
        # Editor's notes are page furniture (role "note"), where expected.toml counts them
        # as text: the only line on which the two disagree.
        furniture = p[(p.article_id == aid) & ~p.is_article_text & (p.role != "note")]
        assert furniture.text.tolist() == e["furniture"]


def test_second_study_quote_and_mention_counts(second_study):
    corpus, expected = second_study
    q, m, p = corpus.quotes, corpus.mentions, corpus.paragraphs
    for aid, e in expected.items():
        qa, ma = q[q.article_id == aid], m[m.article_id == aid]
        title = p[(p.article_id == aid) & (p.role == "title")].paragraph_id.tolist()
        text = p[(p.article_id == aid) & p.is_article_text].paragraph_id.tolist()
        assert (qa.kind == "title").sum() == e["title_quotes"]
        for pid, counts in e.items():
            if not isinstance(counts, dict) or pid in ("other_quotes", "embedded_by_others"):
                continue
            mine = ma[ma.entity == pid]
            names = mine[(mine.type == "name") & mine.paragraph_id.isin(text)]
            got = {
                "names": int((~names.paragraph_id.isin(title)).sum()),
                "names_in_title": int(names.paragraph_id.isin(title).sum()),
                "descriptions": int((mine.type == "nominal").sum()),
                "direct_quotes": int(((qa.kind == "direct") & (qa.speaker == pid)).sum()),
                "embedded_quotes": int(((qa.kind == "embedded") & (qa.speaker == pid)).sum()),
                "answer_turns": int(((qa.kind == "turn") & (qa.speaker == pid)).sum()),
            }
            assert got == {k: counts[k] for k in got}, (aid, pid)
        for pid, n in e.get("other_quotes", {}).items():
            assert ((qa.kind == "direct") & (qa.speaker == pid)).sum() == n, (aid, pid)
