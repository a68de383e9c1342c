"""The annotated article view: nesting from offsets, escaping, colours and counts."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from coverage_analysis import load_corpus
from coverage_analysis.report.annotate import (
    OTHER_COLORS,
    UNCLEAR_COLOR,
    Annotation,
    Span,
    annotate,
    annotate_page,
    color_of,
    render_spans,
)
from coverage_analysis.schema import SPEECH_KINDS

SECOND = Path(__file__).resolve().parent / "corpora" / "second_study"
VOID = {"br", "img", "meta", "link", "hr", "input"}


class _Checker(HTMLParser):
    """Fails on any end tag that does not close the innermost open element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        self.in_style = False

    def handle_data(self, data):
        if not self.in_style:
            self.text.append(data)


def well_formed_text(fragment: str) -> str:
    """The text of an HTML fragment, after checking every element is closed in order."""
    checker = _Checker()
    checker.feed(fragment)
    checker.close()
    assert checker.stack == [], f"unclosed: {checker.stack}"
    return "".join(checker.text)


def text_of(page: str) -> str:
    """Exact text of the article body (``div.ca-text``, the last element) of an annotation."""
    body = page[page.index('<div class="ca-text">'):]
    assert body.endswith("</div></div>")
    return well_formed_text(body[: -len("</div>")])


@pytest.fixture(scope="module")
def second():
    return load_corpus(SECOND)


# ------------------------------------------------------------- render_spans

def test_nested_spans_become_nested_elements():
    text = "He said “I told her ‘no’ twice” and left."
    outer = Span(9, 30, attrs={"class": "q0"})
    inner = Span(21, 23, attrs={"class": "q1"})
    word = Span(11, 15, attrs={"class": "m"})  # "told" inside the outer quote
    out = render_spans(text, [inner, word, outer])  # order given does not matter
    assert well_formed_text(out) == text
    soup = BeautifulSoup(out, "html.parser")
    assert soup.select_one(".q0 .q1").get_text() == "no"
    assert soup.select_one(".q0 .m").get_text() == "told"
    assert soup.select_one(".q0").get_text() == text[9:30]


def test_equal_extents_nest_by_rank_and_outer_spans_enclose_everything():
    text = "Soul said hi.\n\nNext line."
    spans = [Span(0, 4, attrs={"class": "m"}, rank=1), Span(0, 4, attrs={"class": "q"}, rank=0),
             Span(0, 13, "p", {"class": "line"}, outer=True),
             Span(15, 25, "p", {"class": "line"}, outer=True)]
    out = render_spans(text, spans)
    soup = BeautifulSoup(out, "html.parser")
    assert soup.select_one("p.line > span.q > span.m").get_text() == "Soul"
    assert soup.select_one("span.ca-gap") is not None
    assert '<span class="ca-gap">\n\n</span>' in out
    assert well_formed_text(out) == text


def test_crossing_spans_are_split_and_stay_well_formed():
    text = "abcdefghij"
    out = render_spans(text, [Span(0, 6, attrs={"class": "a"}), Span(3, 9, attrs={"class": "b"})])
    assert well_formed_text(out) == text
    soup = BeautifulSoup(out, "html.parser")
    assert "".join(s.get_text() for s in soup.select(".b")) == "defghi"
    assert soup.select_one(".a .b").get_text() == "def"
    assert soup.select_one(".b.ca-cont").get_text() == "ghi"


def test_a_span_crossing_a_paragraph_end_is_closed_and_reopened():
    text = "one two\nthree four"
    out = render_spans(text, [Span(0, 7, "p", {"class": "l"}, outer=True),
                              Span(8, 18, "p", {"class": "l"}, outer=True),
                              Span(4, 13, attrs={"class": "q"})])
    assert well_formed_text(out) == text
    soup = BeautifulSoup(out, "html.parser")
    assert [p.get_text() for p in soup.select("p.l")] == ["one two", "three four"]
    assert [q.get_text() for q in soup.select("p.l .q")] == ["two", "three"]


def test_empty_and_out_of_range_spans_are_left_out_or_clipped():
    text = "abc"
    out = render_spans(text, [Span(1, 1, attrs={"class": "e"}), Span(-5, 99, attrs={"class": "w"})])
    assert well_formed_text(out) == text
    assert BeautifulSoup(out, "html.parser").select_one(".e") is None


def test_text_and_attributes_are_escaped():
    text = '<script>alert("x")</script> & <b>'
    out = render_spans(text, [Span(0, 8, attrs={"class": "m", "title": 'a "b" <c> & d'})])
    assert "<script>" not in out and "<b>" not in out
    assert well_formed_text(out) == text
    assert BeautifulSoup(out, "html.parser").select_one(".m")["title"] == 'a "b" <c> & d'


# ------------------------------------------------------------------ annotate

def test_every_article_of_the_seeds_renders_its_exact_text(corpus):
    for aid, raw in corpus.raw.items():
        page = annotate(corpus, aid)
        well_formed_text(page)
        assert text_of(page) == raw


def test_quotes_nest_inside_their_parent_and_mentions_inside_quotes(corpus):
    quotes = corpus.quotes
    nested = quotes[quotes["parent_id"].astype(int) >= 0]
    assert len(nested) > 0
    for aid, rows in nested.groupby("article_id"):
        soup = BeautifulSoup(annotate(corpus, aid), "html.parser")
        for q in rows.itertuples():
            parent = quotes[(quotes["article_id"] == aid)
                            & (quotes["quote_id"].astype(int) == int(q.parent_id))].iloc[0]
            element = next(e for e in soup.select("span.ca-q")
                           if e.get_text() == q.text and "ca-cont" not in e["class"])
            enclosing = element.find_parent("span", class_="ca-q")
            assert enclosing is not None and parent["text"].startswith(
                enclosing.get_text()[:20]), (aid, q.text)
    # mentions inside speech: 003's answers are full of first-person mentions
    soup = BeautifulSoup(annotate(corpus, "003"), "html.parser")
    assert soup.select("span.ca-q.ca-turn span.ca-m[data-type=first_person]")


def test_one_element_per_quote_and_mention(corpus, second):
    for c in (corpus, second):
        for aid in c.raw:
            soup = BeautifulSoup(annotate(c, aid), "html.parser")
            first = [e for e in soup.select("span.ca-q") if "ca-cont" not in e["class"]]
            first = [e for e in first if e.find_parent(class_="ca-legend") is None]
            quotes = c.quotes[c.quotes["article_id"] == aid]
            assert len(first) == len(quotes)
            assert sorted(e.get_text() for e in first) == sorted(
                c.raw[aid][int(s):int(e)] for s, e in zip(quotes["start"], quotes["end"],
                                                          strict=True))
            marks = [e for e in soup.select("div.ca-text span.ca-m")
                     if "ca-cont" not in e["class"]]
            assert len(marks) == (c.mentions["article_id"] == aid).sum()


def test_kinds_are_styled_and_non_article_lines_labelled(corpus):
    soup = BeautifulSoup(annotate(corpus, "000"), "html.parser")
    lines = soup.select("div.ca-text p.ca-line")
    paragraphs = corpus.paragraphs[corpus.paragraphs["article_id"] == "000"]
    assert len(lines) == len(paragraphs)
    grey = [p for p in lines if "ca-not-text" in p["class"]]
    assert [p["data-role"] for p in grey] == list(
        paragraphs.loc[~paragraphs["is_article_text"], "role"])
    page = annotate(corpus, "003")
    soup = BeautifulSoup(page, "html.parser")
    text = soup.select_one("div.ca-text")
    assert "solid" in text.select_one("span.ca-speech")["style"]
    assert "font-style: italic" in text.select_one("span.ca-title")["style"]
    scare = BeautifulSoup(annotate(corpus, "001"), "html.parser").select_one(
        "div.ca-text span.ca-scare")
    assert "dashed" in scare["style"]


def test_colours_come_from_the_study_then_a_fixed_palette(corpus, second):
    study = corpus.study
    assert color_of(study, "paak") == "#D55E00" and color_of(study, "soul") == "#0072B2"
    assert color_of(study, "interviewer") in OTHER_COLORS
    assert color_of(study, "unknown") == color_of(study, "") == UNCLEAR_COLOR
    others = [p for p in study.people.ids if p not in study.compare]
    assert color_of(study, others[0]) == OTHER_COLORS[0]
    soup = BeautifulSoup(annotate(corpus, "003"), "html.parser")
    paak = soup.select_one('div.ca-text span.ca-speech[data-speaker="paak"]')
    assert "#D55E00" in paak["style"] and "rgba(213, 94, 0" in paak["style"]
    asked = soup.select_one('div.ca-text span.ca-speech[data-speaker="interviewer"]')
    assert color_of(study, "interviewer") in asked["style"]
    mention = soup.select_one('div.ca-text span.ca-m[data-entity="soul"]')
    assert "#0072B2" in mention["style"]
    assert mention["title"].startswith("Soul Rasheed · ")
    two = second.study
    soup = BeautifulSoup(annotate(second, "104"), "html.parser")
    lead = soup.select_one(f'div.ca-text span.ca-m[data-entity="{two.compare[0]}"]')
    assert two.colors[two.compare[0]] in lead["style"]
    assert "Maren Lindqvist" in lead["title"]


def test_mentions_show_person_type_and_rule_on_hover(corpus):
    soup = BeautifulSoup(annotate(corpus, "000"), "html.parser")
    rows = corpus.mentions[corpus.mentions["article_id"] == "000"].assign(
        length=lambda f: f["start"] - f["end"])  # an enclosing mention comes first
    marks = [e for e in soup.select("div.ca-text span.ca-m") if "ca-cont" not in e["class"]]
    for mark, row in zip(marks, rows.sort_values(["start", "length"]).itertuples(), strict=True):
        assert mark.get_text() == row.surface
        assert row.type in mark["title"] and row.rule in mark["title"]


def test_counts_at_the_top_match_the_tables(corpus):
    for aid in corpus.raw:
        soup = BeautifulSoup(annotate(corpus, aid), "html.parser")
        panel = soup.select_one(".ca-counts")
        cells = {tr.find_all("td")[0].get_text(): int(tr.find_all("td")[1].get_text())
                 for tr in panel.select_one("table").find_all("tr")}
        assert cells["paragraphs"] == (corpus.paragraphs["article_id"] == aid).sum()
        assert cells["sentences"] == (corpus.sentences["article_id"] == aid).sum()
        assert cells["quotes"] == (corpus.quotes["article_id"] == aid).sum()
        assert cells["mentions"] == (corpus.mentions["article_id"] == aid).sum()
        quotes = corpus.quotes[(corpus.quotes["article_id"] == aid)
                               & corpus.quotes["kind"].isin(SPEECH_KINDS)]
        tables = panel.select("table")
        shown = {tr.find_all("td")[0].get_text(): int(tr.find_all("td")[1].get_text())
                 for tr in tables[1].find_all("tr")[1:]} if len(quotes) else {}
        expected = {corpus.study.name(s) if s != "interviewer" else s: n
                    for s, n in quotes["speaker"].value_counts().items()}
        assert shown == expected
        mentions = corpus.mentions[corpus.mentions["article_id"] == aid]
        people = {tr.find_all("td")[0].get_text(): int(tr.find_all("td")[1].get_text())
                  for tr in tables[-1].find_all("tr")[1:]}
        assert people == {corpus.study.name(e) if e else "unclear": n
                          for e, n in mentions["entity"].value_counts().items()}


def test_a_hostile_corpus_is_escaped_everywhere(tmp_path):
    (tmp_path / "people.toml").write_text(
        '[[person]]\nid = "ada"\nname = "Ada <b>Moss</b>"\ngender = "female"\n'
        'role = "subject"\naliases = ["Ada Moss", "Ada"]\n'
        '[[person]]\nid = "theo"\nname = "Theo & Co"\ngender = "male"\n'
        'role = "subject"\naliases = ["Theo Moss", "Theo"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "Ada <script>alert(1)</script> & Theo\n\n"
        "Ada Moss said, “I told Theo ‘never <again>’ & meant it,” and smiled.\n\n"
        "Theo Moss called it a “miracle” in <i>print</i>.\n", encoding="utf-8")
    c = load_corpus(tmp_path)
    page = annotate(c, "a")
    assert "<script>" not in page and "<i>" not in page and "<b>Moss" not in page
    assert "Ada &lt;b&gt;Moss&lt;/b&gt;" in page and "Theo &amp; Co" in page
    well_formed_text(page)
    assert text_of(page) == c.raw["a"]
    assert html.escape("<script>alert(1)</script>") in page


def test_notebook_display_page_and_unknown_article(corpus):
    shown = annotate(corpus, "000")
    assert isinstance(shown, str) and isinstance(shown, Annotation)
    assert shown._repr_html_() == str(shown)
    assert len(repr(shown)) < 80
    page = annotate_page(corpus, "000", {"← report": "../index.html"})
    assert page.startswith("<!DOCTYPE html>") and 'href="../index.html"' in page
    assert "http://" not in page and "https://" not in page and "<script" not in page
    with pytest.raises(KeyError, match="no article '999'"):
        annotate(corpus, "999")
