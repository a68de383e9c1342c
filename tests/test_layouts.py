"""Line roles and Q&A layouts from outlets the earlier rules did not cover, on invented pages."""

import pytest

from coverage_analysis.parse.lines import split_lines
from coverage_analysis.parse.segment import assign_roles


def roles_of(lines, author="", outlet=""):
    """Role of each line of a page given as a list of lines."""
    return [r for r, _ in assign_roles(split_lines("\n".join(lines)), author, outlet)]


BODY = [
    "The film follows a lighthouse cook who, in one bad winter, learns to bake for forty.",
    "It drags in its second hour, but the final storm, shot on a real pier, earns its noise.",
]


@pytest.mark.parametrize(("line", "role"), [
    ("Interviewed by Maren Oduya-Pike", "byline"),
    ("Interviews by Maren Oduya-Pike", "byline"),
    ("Por Inés Caldera Ruiz", "byline"),
    ("English summary: Paulo Vendramin", "byline"),
    ("Reporter Han Seo-yun (seoyun.han@brightwire.co.kr)", "byline"),
    ("Photograph: Tobin Arkwright-Lee for the Weekend Almanac", "credit"),
    ("Photographed by Tobin Arkwright-Lee for Stillwater", "credit"),
    ("Foto: Lucía Ferrand / Cortesía de Marea Films", "credit"),
    ("Photo = Greyhaven Pictures", "credit"),
    ("Orla Penhallow as Sister Agathe in ‘The Salt Bell.’", "caption"),
    ("Orla Penhallow as Sister Agathe in *The Salt Bell*.", "caption"),
    ("14 de febrero de 2025", "dateline"),
    ("PUBLICIDAD", "debris"),
    ("Lire en français", "navigation"),
    ("Support local arts reporting. Subscribe to the Beacon for $2 a month.", "promo"),
    ("Support independent film criticism. Become a patron from £3 a month.", "promo"),
    ("The full episode is available to subscribers on our website.", "promo"),
    ("The Quay Review is published by Harbor Press. © 2025 Harbor Press LLC.", "copyright"),
    ("The Quay Review © 2025 · Privacy · Terms", "copyright"),
    ("ⓒ Brightwire News, reproduction prohibited", "copyright"),
    ("Know a projectionist with a story to tell? Write to desk@quayreview.org.", "note"),
])
def test_site_lines_of_other_outlets_mid_article(line, role):
    page = ["A Cook Learns to Bake for Forty", "By Jo Bell", *BODY, line, *BODY]
    roles = roles_of(page)
    assert roles[4] == role
    assert roles[5:] == ["body", "body"]


@pytest.mark.parametrize("line", [
    "Photo: Jo Bell arrives for the premiere at the Quay on Friday night.",
    "Orla Penhallow as Sister Agathe in The Salt Bell is the best thing in it.",
    "Support for the strike grew in the spring, and by June the pier was closed.",
])
def test_text_that_shares_their_words_stays_text(line):
    page = ["A Cook Learns to Bake for Forty", "By Jo Bell", *BODY, line, *BODY]
    assert roles_of(page)[4] not in ("byline", "credit", "promo", "copyright", "navigation")
