"""Page structure on invented lines: site furniture in the shapes many sites give it, and
article text whose words a furniture pattern also uses (a sentence stays text)."""

import pytest
from test_segment import BODY, roles_of


def test_topic_links_after_a_trending_label_are_navigation():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Trending: Oscars, Cannes, Box office",
            "Hot topics: Ada Moss, Festivals, Drumming", *BODY]
    assert roles_of(page)[3:5] == ["navigation", "navigation"]
    assert roles_of(page)[5:] == ["body", "body"]


@pytest.mark.parametrize("line", [
    "Ada Moss | Staff Writer", "Ada Moss — Senior Editor", "March 4, 2024 by Ada Moss",
    "Ada Moss · Mar 4, 2024", "2024-03-04T16:12:00Z", "Ada Moss for The Harbour Courier",
])
def test_bylines_and_dates_in_more_shapes_under_the_headline(line):
    page = ["A Drummer Finds His Son in Seoul", line, *BODY]
    assert roles_of(page)[1] in ("byline", "dateline")
    assert roles_of(page)[2:] == ["body", "body"]


def test_a_listing_with_a_date_after_the_text_is_no_byline():
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY,
            "Opens on March 4, 2024 at the Rialto", *BODY]
    assert roles_of(page)[-2:] == ["body", "body"]


@pytest.mark.parametrize("line", [
    "Have a story idea? Email us at tips@quay.example", "Enjoyed this? Buy me a coffee.",
    "Did you enjoy this article? Leave a tip.", "Love this story? Share it with a friend.",
    "If you liked this, you might like our review of Low Tide.",
    "Join 40,000 readers who get our weekly picks.",
    "Comments are moderated and may take a day to appear.", "All times are local.",
    "Prices correct at time of publication.",
    "This article was amended on 5 March 2024 to correct a name.",
])
def test_the_sites_asks_and_notes_after_the_article(line):
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY, line,
            "© 2024 The Quay. All rights reserved."]
    assert roles_of(page)[4] not in ("body", "heading", "list_item")
    assert roles_of(page)[2:4] == ["body", "body"]


def test_a_sites_tagline_sentence_above_the_headline_and_byline():
    page = ["THE QUAY", "The best of film, every Friday.", "A Drummer Finds His Son in Seoul",
            "By Jo Bell", *BODY]
    assert roles_of(page)[:4] == ["navigation", "navigation", "title", "byline"]
    page = ["THE QUAY", "I went. I cried.", "A Drummer Finds His Son in Seoul, and So Did I",
            "By Jo Bell", *BODY]
    assert roles_of(page)[1:3] == ["title", "heading"]


def test_an_agency_named_in_a_sentence_is_text_and_at_a_credits_end_is_a_credit():
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY,
            "“We will appeal,” the distributor told Reuters on Friday.",
            "Getty Images, which owns the archive, said the prints would be restored.",
            "She kept a staff photo of the whole crew pinned above her desk.",
            "A note from Tidewell Pictures: “We are thrilled to go back to sea.”",
            "Ada Chan/Getty Images", "(AFP via Getty Images)", "Courier file photo, 1987",
            "Ada Moss waves to fans at the premiere (Picture: Getty Images)"]
    roles = roles_of(page)
    assert roles[4:8] == ["body"] * 4
    assert roles[8:11] == ["credit"] * 3
    assert roles[11] == "caption"


@pytest.mark.parametrize(("line", "text"), [
    ("Copyright law is at the heart of the dispute, and both studios will fight.", True),
    ("Sign up for a drum class, her mother told her, and she did, at nine.", True),
    ("Subscribe to the idea that less is more, and the film mostly works.", True),
    ("Click here, the old website said, and nothing happened.", True),
    ("Copyright 2024 The Harbour Courier", False),
    ("Subscribe for $1 a week", False),
    ("Sign up for the Harbour Weekender and get our best stories every Friday.", False),
    ("Subscribe today and save 50%", False),
    ("Click here to read more.", False),
])
def test_prompt_words_open_a_sentence_of_text_too(line, text):
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY, line, *BODY]
    assert (roles_of(page)[4] == "body") == text


@pytest.mark.parametrize("line", [
    "Her mother wanted her to become a member of the church choir, not a drummer.",
    "The festival exists for viewers like you, the programmer said, and she meant it.",
    "The charity asked fans to donate now, before the tour ended.",
    "He tried to get in touch with the production team for months before anyone replied.",
    "She used to write a newsletter for her school band and sign up new members.",
    "Directed by Ada Moss, the film is her third.",
    "Rated R for language, the film runs 104 minutes and never drags.",
    "Born in 1980 in Tromsø, Moss grew up on a fishing boat.",
])
def test_sentences_with_a_prompts_or_a_credits_words_stay_article_text(line):
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY, line, *BODY]
    assert roles_of(page)[4] == "body"


@pytest.mark.parametrize("line", [
    "Support the programs you love. Give now.",
    "Harbour Radio depends on listeners like you. Give today and your gift is doubled.",
    "The Quay is supported by readers. Become a member for $5 a month.",
    "Got a story? Get in touch with the Quay film team by emailing tips@quay.example",
    "The Long Take newsletter: one essay every Sunday, in your inbox.",
    "Directed by Ada Moss. Starring Theo Bell and Jo Lund.",
])
def test_the_same_words_in_a_prompts_or_credits_shape_are_the_sites(line):
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY, line, *BODY]
    assert roles_of(page)[4] not in ("body", "heading")


@pytest.mark.parametrize(("line", "text"), [
    ("Listen: the drums are everything in this film, and the director knows it.", True),
    ("Watch: the boy never once looks at the camera.", True),
    ("Previously on the show, she played a nurse: a role she hated.", True),
    ("Search for the missing drummer takes up the second act.", True),
    ("Related: Drummer’s son steals the show at the premiere", False),
    ("Watch: “Low Tide” trailer", False),
    ("Previously on Backbeat: Ada Moss on boats", False),
    ("Search for films, people and cinemas…", False),
])
def test_a_link_label_before_a_sentence_in_lower_case_is_article_text(line, text):
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY, line, *BODY]
    assert (roles_of(page)[4] == "body") == text


@pytest.mark.parametrize("line", [
    "Published in 1990, the novel was a bestseller for a year.",
    "Filmed in 2019, the movie sat on a shelf for years.",
    "Courtesy of the studio, every audience member got a pair of drumsticks.",
])
def test_a_participle_or_a_courtesy_opening_a_sentence_leaves_it_text(line):
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY, line, *BODY,
            "Courtesy of Harbour Films"]
    roles = roles_of(page)
    assert roles[4] == "body"
    assert roles[-1] == "credit"
