"""General parsing rules, each on a small invented page with hand-set expectations."""

import shutil
from pathlib import Path

import pytest

from coverage_analysis import load_corpus
from coverage_analysis.parse.lines import split_lines
from coverage_analysis.parse.segment import assign_roles

ROOT = Path(__file__).resolve().parents[1]


def roles_of(page: str) -> dict[str, str]:
    lines = split_lines(page)
    return {p.text: role for p, (role, _rule) in zip(lines, assign_roles(lines), strict=True)}


BODY = (
    "The new comedy follows a retired baker who opens a jazz club in his garage, and the "
    "results are louder than anyone on his street expected. It is a small film that knows "
    "exactly what it wants to be."
)


def test_review_page_furniture():
    page = "\n\n".join([
        "THE NORTHERN LAMP",
        "Culture › Film",
        "Garage Jazz review – a retired baker finds his groove in a warm little comedy",
        "A first-time director turns a neighbourhood feud into a gentle musical farce",
        "★★★★☆",
        "Tamsin Okoro",
        "Thu 3 Apr 2025 07.00 BST",
        "The club. Photograph: Lantern Films",
        BODY,
        "Dir: Rhea Calder. Starring: Bo Lind, Ama Pike. Cert 12A, 97 mins",
        "(Dir. Rhea Calder, Ireland, 97 min)",
        "Styling: Jo Marsh. Grooming: Lee Penn.",
        "Explore more on these topics",
        "Film",
        "Comedy films",
        "reviews",
    ])
    roles = roles_of(page)
    assert roles["Garage Jazz review – a retired baker finds his groove in a warm little comedy"] \
        == "title"
    assert roles["★★★★☆"] == "rating"
    assert roles["Tamsin Okoro"] == "byline"
    assert roles["The club. Photograph: Lantern Films"] == "caption"
    assert roles[BODY] == "body"
    assert roles["Dir: Rhea Calder. Starring: Bo Lind, Ama Pike. Cert 12A, 97 mins"] == "infobox"
    assert roles["(Dir. Rhea Calder, Ireland, 97 min)"] == "infobox"
    assert roles["Styling: Jo Marsh. Grooming: Lee Penn."] == "credit"
    for tag in ("Explore more on these topics", "Film", "Comedy films", "reviews"):
        assert roles[tag] == "navigation", tag


def test_parents_guide_ratings_and_headline_after_site_name():
    page = "\n\n".join([
        "FamilyFlicks",
        "Movies  TV  Books",
        "Moon Kites",
        "A sweet space adventure with one scary storm.",
        "Movie review by Dara Quill",
        "Age 8+",
        "Quality: ★★★☆☆",
        BODY,
        "Film Facts",
        "Director: Lio Brand",
        "MPA rating: PG",
        "Our editors recommend",
        "Best Space Movies for Kids",
    ])
    roles = roles_of(page)
    assert roles["FamilyFlicks"] == "navigation"
    assert roles["Moon Kites"] == "title"
    assert roles["A sweet space adventure with one scary storm."] == "heading"
    assert roles["Movie review by Dara Quill"] == "byline"
    assert roles["Age 8+"] == roles["Quality: ★★★☆☆"] == "rating"
    assert roles["Film Facts"] == roles["MPA rating: PG"] == "infobox"
    assert roles["Our editors recommend"] == roles["Best Space Movies for Kids"] == "promo"


def test_radio_page_show_name_player_and_transcript_cues():
    page = "\n\n".join([
        "VALLEY RADIO",
        "Morning Desk with Ora Lind",
        "Two bakers on jazz, garages and the neighbours who complained",
        "May 2, 2025",
        "Listen · 18:07",
        "Download",
        "Embed",
        "HOST: This is Morning Desk. Why a jazz club?",
        "BAKER: I had a garage and a trumpet. What else would you do with them?",
        "HOST: Did the neighbours mind?",
        "BAKER: I think they mind less now that I bake for them.",
        "(SOUNDBITE OF SONG, \"GARAGE BLUES\")",
        "HOST: And what comes next for you?",
        "BAKER: I want a bigger garage, honestly.",
        "Valley Radio transcripts are created on a rush deadline and may be revised.",
    ])
    roles = roles_of(page)
    assert roles["Morning Desk with Ora Lind"] == "navigation"
    assert roles["Two bakers on jazz, garages and the neighbours who complained"] == "title"
    for line in ("Listen · 18:07", "Download", "Embed"):
        assert roles[line] == "navigation", line
    assert roles["(SOUNDBITE OF SONG, \"GARAGE BLUES\")"] == "body"
    assert roles["BAKER: I want a bigger garage, honestly."] == "answer"
    assert roles[
        "Valley Radio transcripts are created on a rush deadline and may be revised."
    ] == "note"


def test_press_release_and_newspaper_furniture():
    page = "\n\n".join([
        "WireDesk",
        "FOR IMMEDIATE RELEASE",
        "Lantern Films Sets June Release for Garage Jazz, a Comedy About a Baker",
        "News provided by Lantern Films",
        "BY MARA TOLL | STAFF WRITER",
        BODY,
        "“It is a small film that knows exactly what it wants to be.” — Rhea Calder",
        "The director and her cast outside the Rialto on Friday. (Sam Lee / Staff Photographer)",
        BODY.replace("comedy", "film"),
        "About Lantern Films",
        "Lantern Films is a distributor based in Cork that releases six films a year.",
        "Media Contact:",
        "Nia Roe, Lantern Films",
        "press@lanternfilms.example",
        "###",
        "Related Links",
        "https://www.lanternfilms.example",
        "Reporter Mara Toll can be reached at mtoll@paper.example.",
    ])
    roles = roles_of(page)
    assert roles["FOR IMMEDIATE RELEASE"] == "navigation"
    assert roles["Lantern Films Sets June Release for Garage Jazz, a Comedy About a Baker"] \
        == "title"
    assert roles["News provided by Lantern Films"] == "byline"
    assert roles["BY MARA TOLL | STAFF WRITER"] == "byline"
    assert roles[
        "“It is a small film that knows exactly what it wants to be.” — Rhea Calder"
    ] == "debris"
    assert roles[
        "The director and her cast outside the Rialto on Friday. (Sam Lee / Staff Photographer)"
    ] == "caption"
    for line in ("About Lantern Films",
                 "Lantern Films is a distributor based in Cork that releases six films a year.",
                 "Media Contact:", "Nia Roe, Lantern Films", "press@lanternfilms.example",
                 "Reporter Mara Toll can be reached at mtoll@paper.example."):
        assert roles[line] == "bio", line
    assert roles["###"] == "debris"
    assert roles["Related Links"] == roles["https://www.lanternfilms.example"] == "promo"


# ------------------------------------------------------------ quotations tagged as speech


@pytest.fixture
def page_corpus(tmp_path, seeds_dir):
    """One page, with the seeds' people file, loaded as a corpus."""

    def _load(text):
        shutil.copy(seeds_dir / "people.toml", tmp_path)
        (tmp_path / "page.txt").write_text(text, encoding="utf-8")
        return load_corpus(tmp_path)

    return _load


TAGGED = "\n\n".join([
    "Anderson .Paak Brings His Garage Band to Cork",
    "Anderson .Paak spent a decade on tour. Directing was, he says, “therapy with a camera.”",
    "By Mara Toll",
    "Soul Rasheed walked out first. “Hi, Cork,” he said, and the hall cheered.",
    ".Paak laughed at the noise. “See?” he says. “They like him more.”",
    "Near the end his son shouts “Bruno! Bruno!” at a cardboard cut-out of Bruno Mars.",
    "The director said he already has a title: “Garage Band: Encore.”",
    "One critic called it “a comedy, if you are from Cork,” and meant it kindly.",
])


def test_tagged_quotations_are_speech_even_when_they_look_like_names(page_corpus):
    q = page_corpus(TAGGED).quotes
    kind = dict(zip(q.text, q.kind, strict=True))
    speaker = dict(zip(q.text, q.speaker, strict=True))
    assert kind["therapy with a camera."] == "direct"  # in the standfirst
    assert speaker["therapy with a camera."] == "paak"
    assert kind["Hi, Cork,"] == "direct" and speaker["Hi, Cork,"] == "soul"
    assert kind["See?"] == "direct" and speaker["See?"] == "paak"
    assert kind["Bruno! Bruno!"] == "direct"
    assert kind["Garage Band: Encore."] == "title"  # announced as a title
    assert kind["a comedy, if you are from Cork,"] == "direct"


def test_other_films_characters_and_namesakes_are_not_the_studys_people(tmp_path):
    """Characters named like the study's characters, and a dog named like a person."""
    shutil.copy(ROOT / "tests" / "corpora" / "outlets" / "people.toml", tmp_path)
    (tmp_path / "other.txt").write_text("\n\n".join([
        "Loose Change review: three cousins and one winning ticket",
        "In the new comedy Loose Change, Brenda finds a lottery ticket in her late aunt's "
        "coat. Her cousin Cash wants to spend it at once, and Diamond wants to hide it.",
        "Cash is the film's best creation. He talks fast and lies faster, and Brenda keeps "
        "him honest.",
        "The family dog, Bruno, steals every scene he is in. Bruno even gets the last word.",
    ]) + "\n", encoding="utf-8")
    (tmp_path / "ours.txt").write_text("\n\n".join([
        "K-Pops! returns to theatres",
        "K-Pops!, starring Anderson .Paak and Soul Rasheed, is back this week. As BJ, "
        "the father, .Paak is warm; Cash, the manager, is played for laughs.",
    ]) + "\n", encoding="utf-8")
    mentions = load_corpus(tmp_path).mentions
    other = mentions[mentions.article_id == "other"]
    assert other[other.entity != ""].empty
    ours = mentions[(mentions.article_id == "ours") & (mentions.type == "character")]
    assert set(zip(ours.surface, ours.entity, strict=True)) == {("BJ", "paak"),
                                                               ("Cash", "jonnie_park")}
