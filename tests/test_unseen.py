"""Made-up coverage in other outlets' styles: rules must generalise beyond the seeds."""

import shutil

import pytest

from coverage_analysis import load_corpus

NEWS = """Anderson .Paak and Son Soul Rasheed Light Up TIFF With ‘K-Pops!’

By Jane Doe | September 8, 2024

Photo by Jane Roe/Getty Images

Anderson .Paak brought his son to Toronto on Saturday for the premiere of “K-Pops!” at TIFF.

“I wanted to spend time with my son,” .Paak told TheWrap. “This was the way to do it.”

“It was really fun,” the teen said. “My dad is a great director.”

According to .Paak, “the whole thing started on YouTube.”

Rasheed, who plays Tae Young, added: “I learned so much from him.”

.Paak said he loved the “idol” system.

Jane Doe is a film reporter based in Toronto.

Read More

Sign up for our newsletter
"""

QA = """Q: Tell us how the film started.

.Paak: It started with my son. He wanted a YouTube channel.

Q: What was it like directing him?

.Paak: Hard! He told me, “Dad, relax.” I listened.

Q: What did the premiere feel like?

Soul Rasheed: I was nervous. My dad taught me to breathe.
"""


@pytest.fixture(scope="module")
def unseen(tmp_path_factory, seeds_dir):
    folder = tmp_path_factory.mktemp("unseen")
    shutil.copy(seeds_dir / "people.toml", folder)
    (folder / "news.txt").write_text(NEWS, encoding="utf-8")
    (folder / "qa.txt").write_text(QA, encoding="utf-8")
    return load_corpus(folder)


def test_news_page_roles(unseen):
    p = unseen.paragraphs[unseen.paragraphs.article_id == "news"]
    assert p.role.tolist() == [
        "title",
        "byline",
        "credit",
        "body",
        "body",
        "body",
        "body",
        "body",
        "body",
        "bio",
        "promo",
        "promo",
    ]
    assert unseen.articles.set_index("article_id").loc["news", "author"] == "Jane Doe"


def test_news_speech_tags(unseen):
    q = unseen.quotes[unseen.quotes.article_id == "news"]
    got = [(r.kind, r.speaker, r.cue) for r in q.itertuples()]
    assert got == [
        ("title", "", "capitalised name in quotes, no speech tag"),
        ("title", "", "capitalised name in quotes, no speech tag"),
        ("direct", "paak", ".Paak told"),
        ("direct", "paak", "continues the quotation before it in the paragraph"),
        ("direct", "soul", "the teen said"),
        ("direct", "soul", "continues the quotation before it in the paragraph"),
        ("direct", "paak", "According to .Paak"),
        ("direct", "soul", "Tae Young, added"),
        ("scare", "", "no speech tag; 1 word"),  # 'said he loved the “idol” system'
    ]


def test_news_first_person_follows_speaker(unseen):
    m = unseen.mentions[
        (unseen.mentions.article_id == "news") & (unseen.mentions.type == "first_person")
    ]
    assert m[["surface", "entity"]].values.tolist() == [
        ["I", "paak"],
        ["My", "soul"],
        ["I", "soul"],
    ]


def test_labelled_qa_turns(unseen):
    q = unseen.quotes[unseen.quotes.article_id == "qa"]
    assert q[q.kind == "turn"].speaker.tolist() == [
        "interviewer",
        "paak",
        "interviewer",
        "paak",
        "interviewer",
        "soul",
    ]
    embedded = q[q.kind == "embedded"].iloc[0]
    assert (embedded.text, embedded.speaker) == ("Dad, relax.", "soul")


QA_LABELLED = """VARIETY: How did the film start?

ANDERSON .PAAK: With my son. He made YouTube videos.

VARIETY: What did he teach you?

SOUL RASHEED: I taught him K-pop.

VARIETY: And the premiere?

.PAAK: It was huge.

This interview has been edited for length and clarity.

Related: Anderson .Paak Talks Silk Sonic
"""


def test_upper_case_speaker_labels_and_editors_note(tmp_path, seeds_dir):
    shutil.copy(seeds_dir / "people.toml", tmp_path)
    (tmp_path / "qa.txt").write_text(QA_LABELLED, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.paragraphs.role.tolist() == [
        "question",
        "answer",
        "question",
        "answer",
        "question",
        "answer",
        "note",
        "promo",
    ]
    turns = corpus.quotes[corpus.quotes.kind == "turn"]
    assert turns.speaker.tolist() == [
        "interviewer",
        "paak",
        "interviewer",
        "soul",
        "interviewer",
        "paak",
    ]


def test_rhetorical_question_headings_are_not_a_qa(tmp_path):
    text = "\n\n".join(
        [
            "Why K-pop?",
            "Because it is big.",
            "What about family?",
            "It matters.",
            "Where next?",
            "No one knows.",
        ]
    )
    (tmp_path / "essay.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.paragraphs.role.tolist() == [
        "title",
        "body",
        "heading",
        "body",
        "heading",
        "body",
    ]
    assert corpus.quotes.empty
