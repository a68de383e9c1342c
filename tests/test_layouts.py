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
    ("Issue 12, Spring 2024  /  Essays", "navigation"),
    ("‹ Previous slide   Next slide ›", "navigation"),
    ("Comments are closed on wire stories.", "navigation"),
    ("8.1", "rating"),
    ("Tracks: 11   Length: 38:40", "infobox"),
    ("This is an English summary of an essay first published in Portuguese in May.", "note"),
    ("Write a review", "navigation"),
    ("Reader Reviews (87)", "navigation"),
    ("Filter: Five stars ▾", "navigation"),
    ("17 people found this helpful   Helpful   Not helpful", "navigation"),
    ("Auto-refresh: OFF", "navigation"),
    ("Jump to:", "navigation"),
    ("Critics score ★★★½ 3.6/5 (140 reviews)", "rating"),
    ("THIS IS A RUSH TRANSCRIPT. IT MAY CHANGE BEFORE IT IS FINAL.", "note"),
    ("Brightwire Media Co., Ltd. | Registration No. Busan-B-0042 | Publisher: Yoon Da-eun",
     "copyright"),
    ("Your email   Sign up", "promo"),
    ("Staff writer", "byline"),
    ("▶ Watch: The Salt Bell’s cast rows across the harbour (3:40)", "caption"),
    ("WATCH: Bakers in Ruel talk about the storm scene", "caption"),
    ("Links: The film’s site · Her first short · Our episode with the editor", "promo"),
    ("More like The Salt Bell", "promo"),
    ("B3", "navigation"),
    ("FLOOD | Continued on C4", "navigation"),
    ("FLOOD | From A1", "navigation"),
    ("THE HARBOR SENTINEL | MONDAY, JUNE 2, 2025 | C4", "navigation"),
    ("Inside", "promo"),
    ("School board weighs later start times, B2", "promo"),
    ("Awards night: 20 June 2025", "infobox"),
    ("Open-air screenings: 13–21 June 2025", "infobox"),
    ("Directed by Orla Penhallow · Drama · 1h 44m · PG", "infobox"),
    ("Sort by: Newest ▾   Filter: All ▾", "navigation"),
    ("Orla Penhallow (left) and Tomas .Reiner greet fans outside the Quay Cinema on Friday.",
     "caption"),
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


def test_bold_questions_answered_on_their_own_lines_are_answers():
    page = ["Five Minutes With Orla Penhallow", "By Jo Bell",
            "The actor has played nuns, cooks and one very tired lighthouse keeper.",
            "**Where did you grow up?** On a farm near the coast. I milked goats before school.",
            "**What was your first job?** Selling ice cream on the pier. I ate most of it.",
            "Advertisement",
            "**Who taught you to act?** My aunt, who ran a puppet theatre with my uncle.",
            "**What is next?** A play in the autumn. I am terrified of it.",
            "The Salt Bell is in cinemas now."]
    roles = roles_of(page)
    assert roles[3:] == ["answer", "answer", "debris", "answer", "answer", "body"]


def test_bold_questions_of_a_guide_answered_in_the_third_person_are_no_interview():
    page = ["Ferry Timetables Explained", "By Jo Bell",
            "**When does the first boat leave?** The first crossing leaves at six in summer.",
            "**Can bicycles travel?** Bicycles travel free on every crossing but the last.",
            "**Are dogs allowed?** Dogs are welcome on the outer deck if kept on a lead."]
    assert "answer" not in roles_of(page)


def test_questions_in_italics_are_the_interviewers_whoever_they_name():
    page = ["The Baker of Ruel Point", "By Jo Bell",
            "Orla Penhallow answered our questions by email from a ferry.",
            "*How did the film start?*",
            "“With a loaf of bread my grandmother baked in 1962. I still have the tin.”",
            "*Was the village happy to be filmed?*",
            "“Not at first. I spent a winter carrying flour before I filmed anything.”",
            "*The baker becomes the heart of the film. How did that happen?*",
            "“He talked to his ovens. I started recording him and never stopped.”",
            "*What do the villagers think of it?*",
            "“They laughed at all the wrong places, which I loved.”"]
    assert roles_of(page)[3:] == ["question", "answer"] * 4


def test_labels_ending_in_a_dash_take_turns():
    page = ["Orla Penhallow, The Art of Stillness", "By Jo Bell",
            "We met twice at her studio by the harbour.",
            "Interviewer — Where does a film begin for you?",
            "Orla Penhallow — With a sound. Usually a door closing somewhere far off.",
            "Interviewer — Casting your brother must have been odd.",
            "Orla Penhallow — He was the only one who could row. I had no choice.",
            "Interviewer — And your next film?",
            "Orla Penhallow — A comedy, of all things. Nobody believes me."]
    assert roles_of(page)[3:] == ["question", "answer"] * 3


def test_a_cast_list_with_dashes_is_no_exchange():
    page = ["Orla Penhallow on The Salt Bell", "By Jo Bell", *BODY,
            "Orla Penhallow — director, plays Agathe",
            "Tomas Reiner — plays the baker",
            "Ines Calloway — producer",
            "Ada Moss — plays the ferry captain", *BODY]
    roles = roles_of(page)
    assert "answer" not in roles and "question" not in roles


def test_part_numbers_alone_head_an_interviews_parts():
    page = ["Orla Penhallow, The Art of Stillness", "By Jo Bell",
            "We met twice at her studio by the harbour.", "I.",
            "Interviewer — Where does a film begin?",
            "Orla Penhallow — With a sound. Usually a door closing somewhere far off.",
            "II.",
            "Interviewer — And the ending?",
            "Orla Penhallow — The ending I find last, when the money is gone.",
            "Interviewer — And your next film?",
            "Orla Penhallow — A comedy, of all things. Nobody believes me.¹",
            "¹ She later said it would be a tragedy after all."]
    roles = roles_of(page)
    assert roles[3] == roles[6] == "heading"
    assert roles[4:6] == ["question", "answer"]
    assert roles[-1] == "note"


def test_a_jury_listed_by_name_comma_and_part_is_a_list():
    page = ["Festival Names Its Jury", "By Jo Bell", *BODY[:1],
            "She will be joined by three members:",
            "Tomas Reiner, composer (Austria)",
            "Ines Calloway, producer (Chile)",
            "Bartholomew Quist, editor and programmer (Denmark)", *BODY[1:]]
    roles = roles_of(page)
    assert roles[4:7] == ["list_item"] * 3
    assert roles[-1] == "body"


def test_a_tv_critics_grade_in_prose_and_episode_talk_are_review_cues():
    from coverage_analysis.measures.framing import compile_terms, load_genre_model

    model = load_genre_model().features
    text = ("The third episode is mostly a ferry timetable, but it pays off. Grade: A-. "
            "The Grade: the school's new building opens in May.")
    pattern, _ = compile_terms(model["critique"].terms)
    assert [m.group() for m in pattern.finditer(text)] == ["The third episode", "Grade: A-"]
    pattern, _ = compile_terms(model["evaluative"].terms)
    assert [m.group() for m in pattern.finditer(text)] == ["pays off"]


def test_a_film_diarys_marks_are_no_headline_and_the_film_header_is():
    page = ["filmlog", "Sign in   Films   Lists   Members", "Review by quietotter",
            "The Salt Bell 2025", "Directed by Orla Penhallow", "★★★½",
            "Watched 3 Mar 2025", "Rewatch   ♥ Liked",
            "came for the storm, stayed for the bread. the ending wrecked me.",
            "the middle drags a little but the last ten minutes are perfect.", "41 likes"]
    roles = roles_of(page)
    assert roles[7] == "navigation"
    assert roles[3] == "title"


def test_tracks_under_a_tracklist_heading_are_the_albums_details():
    page = ["Orla Penhallow: The Salt Bell (Original Score)", "By Jo Bell", *BODY,
            "Tracklist", "1. Harbour at Dawn", "2. The Ovens", "3. Storm Over Ruel",
            "(tracks 4–9: choir recordings)", *BODY]
    roles = roles_of(page)
    assert roles[4] == "heading"
    assert roles[5:9] == ["infobox"] * 4
    assert roles[9:] == ["body", "body"]


def test_a_numbered_list_under_another_heading_stays_a_list():
    page = ["Three Ferry Films to See", "By Jo Bell", *BODY,
            "Our picks", "1. Harbour at Dawn", "2. The Ovens", "3. Storm Over Ruel", *BODY]
    assert roles_of(page)[5:8] == ["list_item"] * 3


def test_points_under_pros_and_cons_are_list_items():
    page = ["The Salt Bell Review: A Storm Worth Waiting For", "By Jo Bell", "Our verdict",
            "8/10", "Pros", "A fierce lead turn by Orla Penhallow", "That storm on the pier",
            "Cons", "A baggy second hour", *BODY]
    roles = roles_of(page)
    assert roles[5:7] == ["list_item", "list_item"] and roles[8] == "list_item"
    assert roles[9:] == ["body", "body"]


def test_a_festival_note_with_runtime_key_and_rating_is_the_films_details():
    line = "Reviewed at the Quay Film Festival. Runtime: 1h 44m. Rated PG-13 for peril."
    page = ["The Salt Bell Review", "By Jo Bell", *BODY, line]
    assert roles_of(page)[4] == "infobox"


def test_comments_signed_and_said_on_one_line_are_comments():
    page = ["Five Minutes With Orla Penhallow", "By Jo Bell", *BODY,
            "Comments (3)   Newest   Oldest",
            "quietotter · 4 Mar 2025 · The bread scene made me hungry for a week.",
            "harbourlight · 5 Mar 2025 · She should play every lighthouse keeper from now on.",
            "© 2025 The Quay Review"]
    roles = roles_of(page)
    assert roles[5:7] == ["comments", "comments"]
    assert roles[:4] == ["title", "byline", "body", "body"]


def test_a_promotion_after_the_comments_ends_them():
    page = ["filmlog", "Review by quietotter", "The Salt Bell 2025", *BODY,
            "3 comments",
            "harbourlight  ·  2d  ·  the storm scene wrecked me, in a good way",
            "Popular reviews of The Salt Bell",
            "brinebaker  ★★★★  “forty loaves and one storm, what more do you want”",
            "About   Apps   Help   Terms"]
    roles = roles_of(page)
    assert roles[6] == "comments"
    assert roles[7:9] == ["promo", "promo"]


def test_a_live_blog_entry_under_its_time_stamp_is_text_not_a_caption():
    page = ["Live: The Salt Bell premiere at the Quay", "By Jo Bell", *BODY,
            "9:05 p.m. ET",
            "Orla Penhallow and Tomas Reiner arrive together and at once start bickering, "
            "fondly, about which of them baked the better loaf on set.",
            "“Mine,” Penhallow said. “It rose.”",
            "8:50 p.m. ET", "The pier is packed three deep with fans holding loaves."]
    roles = roles_of(page)
    assert roles[5] == "body"


@pytest.mark.parametrize(("line", "role"), [
    ("Thanks for reading The Margin Reel! This issue is public, so forward it to a friend.",
     "promo"),
    ("Harbour Notes appears twice a year. All contents © the authors.", "copyright"),
    ("Our Standards: The Example Wire Trust Principles.", "navigation"),
    ("[4] The cut I saw ran eleven minutes longer than the one now in cinemas.", "note"),
    ("This article was produced in partnership with Lantern Row Films. The newsroom had no "
     "part in it.", "note"),
    ("(Adds quote from the mayor in paragraph 6, updates turnout figure)", "note"),
    ("Key points are generated from the story and checked by our editors.", "note"),
    ("June 9, 2025 8:15 AM EDT   Updated 4 hours ago", "dateline"),
    ("[09:12:44]", "dateline"),
    ("(Reporting by Tamsin Oyelaran-Fisk in Leith; Additional reporting by Bo Varga; Editing by "
     "Nell Prentice-Ochoa)", "byline"),
    ("— T.O.", "byline"),
    ("Reviewers: Tamsin Oyelaran-Fisk (T.O.), Bo Varga (B.V.)", "byline"),
    ("Bo Varga   bo.varga@pierwire.example", "bio"),
    ("Want to write for the Tidepool? Ask a teacher to help you apply!", "promo"),
    ("Parents: our reviews are written by pupils and lightly edited for length. Lesson plans "
     "are on the teachers' page.", "note"),
    ("WORDS TO KNOW: proving (PROO-ving), letting dough rest so it rises before baking", "infobox"),
])
def test_footers_footnotes_and_wire_lines_are_not_text(line, role):
    page = ["The Salt Bell Is Warm, Odd and Far Too Long", "By Jo Bell", *BODY, line]
    assert roles_of(page)[4] == role


def test_a_date_line_above_the_sites_menu_is_the_editions_not_the_storys():
    page = ["THE HARBOUR BULLETIN", "The paper of the Leith Winter Film Week",
            "Day 2  ·  Friday 6 February 2026  ·  Issue 2",
            "News   Reviews   Guests   Parties", "REVIEWS",
            "Two Debuts About Bakers, Storms and One Stubborn Pier",
            "Our critics pick their favourites from the opening night",
            *BODY]
    roles = roles_of(page)
    assert roles[5] == "title"
    assert roles[1] == roles[4] == "navigation"


def test_a_column_label_in_capitals_above_the_headline_is_not_the_byline():
    page = ["The Tidepool Post", "News for young readers, ages 9-13",
            "World   Science   Sports   Arts", "Reading level: Grades 4-6",
            "YOUNG CRITIC", "Young Critic: ‘The Salt Bell’ Is Warm but Too Long",
            "Our reviewer liked the baking and wanted fewer storms.",
            "By Priya Ostrander-Nkemelu, 12", *BODY]
    roles = roles_of(page)
    assert roles[5] == "title"
    assert roles[3] == roles[4] == "navigation"


def test_a_summary_box_above_the_text_is_the_sites_but_a_list_in_the_text_is_not():
    page = ["Harbour Bakery Chain Buys the Lighthouse Café for $4 Million", "By Jo Bell",
            "Key points", "• The chain pays about $4 million in cash.",
            "• The café keeps its name and its night baker.", *BODY,
            "Key points", "• Every loaf is still baked on the pier."]
    roles = roles_of(page)
    assert roles[2:5] == ["infobox"] * 3
    assert roles[8] == "list_item"


def test_an_embedded_post_with_icons_before_its_counters_is_debris():
    page = ["Fans Queue All Night for The Salt Bell Premiere", "By Jo Bell", BODY[0],
            "@pierside_baker · Mar 3",
            "FORTY LOAVES ON A PIER AND ORLA PENHALLOW WAVED AT ME",
            "♥ 3.1K   ↻ 204   💬 57", BODY[1]]
    roles = roles_of(page)
    assert roles[3:6] == ["debris"] * 3
    assert roles[6] == "body"


def test_a_long_line_without_a_stop_under_the_headline_is_the_standfirst():
    page = ["Orla Penhallow Has Baked for Harder Crowds Than This",
            "The ‘Salt Bell’ star on forty loaves a night, a jammed oven door and the storm "
            "scene she asked to shoot twice",
            "Advertisement", *BODY]
    assert roles_of(page)[:3] == ["title", "heading", "debris"]


def test_a_name_for_the_outlet_under_a_caption_is_the_photographers_credit():
    page = ["The Baker Who Wrote the Storm", "By Jo Bell", "March 3, 2026",
            "Tamsin Oyelaran on the pier at Leith, February 2026.",
            "Bo Varga for the Quay Review", *BODY]
    roles = roles_of(page)
    assert roles[3:5] == ["caption", "credit"]


def test_a_programmes_name_from_the_breadcrumbs_under_the_headline_is_no_byline():
    page = ["PIERSIDE NEWS CHANNEL", "Shows  ›  Harbour Hour",
            "Orla Penhallow on Forty Loaves and One Storm", "Harbour Hour",
            "Aired March 3, 2026 - 20:00 GMT", *BODY]
    roles = roles_of(page)
    assert roles[2:4] == ["title", "navigation"]


def test_a_name_alone_under_the_headline_is_still_the_byline():
    page = ["PIERSIDE NEWS", "Shows  ›  Harbour Hour",
            "Orla Penhallow on Forty Loaves and One Storm", "Tamsin Oyelaran",
            "March 3, 2026", *BODY]
    assert roles_of(page)[3] == "byline"


def test_a_notice_board_after_the_text_is_the_sites():
    page = ["The Baker Who Wrote the Storm", "By Jo Bell", *BODY, "Club notices",
            "Choir practice moves to Thursdays from March 12.",
            "Raffle tickets at the door, £2 a strip",
            "Annual dinner: April 4, Pier Hall, 7 p.m.",
            "Print this article   Email   Back to the Bulletin"]
    roles = roles_of(page)
    assert roles[4:8] == ["promo"] * 4
    assert roles[2:4] == ["body", "body"]
