"""Extraction: the article's body and what the page declares about it (title, byline, …)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import Heading, build_document, count_words
from reader.errors import NoArticleError
from reader.extract import extract_article, readability_clean, strip_site_name
from reader.fetch import Page
from reader.pipeline import read_page

STORY = "".join(
    f"<p>Paragraph {n} of the story tells, at some length and with commas, what happened "
    f"in the town on day {n}, who saw it, and why it matters to the people there.</p>"
    for n in range(1, 9)
)


def page_of(html: str, url: str = "https://news.example.com/2024/story.html") -> Page:
    return Page(url, url, html, "utf-8", "text/html", "web")


def html_page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
            f"<body>{body}</body></html>")


def article_of(head: str = "", body: str = "", **kwargs):
    return extract_article(page_of(html_page(head, f"<article>{body}</article>", **kwargs)))


def json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# -- the seed page --------------------------------------------------------------------------

def test_seed_page_has_its_title_byline_and_all_eighteen_paragraphs_only(seed_page: Path):
    html = seed_page.read_text(encoding="utf-8")
    document = read_page(page_of(html, seed_page.resolve().as_uri()))
    article = document.article
    assert article.title == "Putin: Russia-China military alliance can’t be ruled out"
    assert "Vladimir Isachenkov" in (article.byline or "")
    assert article.site_name == "myMotherLode.com"
    assert article.published == datetime(2020, 10, 22, 14, 5, tzinfo=timezone(timedelta(hours=-7)))
    assert article.lang == "en"
    paragraphs = document.text().split("\n\n")
    assert len(paragraphs) == 18
    assert paragraphs[0].startswith("MOSCOW (AP) — Russian President Vladimir Putin says")
    assert paragraphs[-1].startswith("“If our partners decide that they don’t need it")
    text = document.text()
    for boilerplate in ("Mostly clear", "Full Weather", "Local News", "Popular Pages",
                        "Keyword Search", "Feedback", "ISACHENKOV", "Associated Press"):
        assert boilerplate not in text
    assert not any(isinstance(block, Heading) for block in document.blocks)


# -- metadata -----------------------------------------------------------------------------------

def test_json_ld_in_a_graph_names_title_author_list_publisher_date_and_image():
    head = json_ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "The Example Times"},
        {"@type": "NewsArticle", "headline": "Storm closes the harbour",
         "author": [{"@type": "Person", "name": "Ana Díaz"}, {"@type": "Person", "name": "Li Wei"}],
         "publisher": {"@type": "Organization", "name": "The Example Times"},
         "datePublished": "2024-03-01T08:30:00Z",
         "image": {"@type": "ImageObject", "url": "/img/storm.jpg"},
         "description": "The harbour shut at dawn."},
    ]})
    article = article_of(f"<title>Home</title>{head}", STORY)
    assert article.title == "Storm closes the harbour"
    assert article.byline == "Ana Díaz, Li Wei"
    assert article.site_name == "The Example Times"
    assert article.published == datetime(2024, 3, 1, 8, 30, tzinfo=UTC)
    assert article.lead_image == "https://news.example.com/img/storm.jpg"
    assert article.excerpt == "The harbour shut at dawn."


@pytest.mark.parametrize("author", ["Ana Díaz", {"@type": "Person", "name": "Ana Díaz"},
                                    [{"name": "Ana Díaz"}], ["Ana Díaz"]])
def test_json_ld_author_may_be_a_string_an_object_or_a_list(author):
    head = json_ld({"@context": "https://schema.org", "@type": "Article",
                    "headline": "A headline of some length", "author": author})
    assert article_of(head, STORY).byline == "Ana Díaz"


def test_opengraph_and_meta_tags_are_used_when_there_is_no_json_ld():
    head = ('<title>Storm closes the harbour | Example Times</title>'
            '<meta property="og:title" content="Storm closes the harbour">'
            '<meta property="og:site_name" content="Example Times">'
            '<meta property="og:image" content="https://cdn.example.com/a.jpg">'
            '<meta property="og:description" content="The harbour shut at dawn.">'
            '<meta name="author" content="Ana Díaz">'
            '<meta property="article:published_time" content="2024-03-01T08:30:00+01:00">')
    article = article_of(head, STORY, lang="fr")
    assert (article.title, article.byline, article.site_name) == (
        "Storm closes the harbour", "Ana Díaz", "Example Times")
    assert article.published == datetime(2024, 3, 1, 8, 30, tzinfo=timezone(timedelta(hours=1)))
    assert article.published.utcoffset() == timedelta(hours=1)
    assert article.lead_image == "https://cdn.example.com/a.jpg"
    assert article.excerpt == "The harbour shut at dawn."
    assert article.lang == "fr"


def test_time_element_gives_the_date_when_nothing_else_does():
    body = '<p class="meta"><time datetime="2023-11-05T10:00:00-05:00">Nov 5</time></p>' + STORY
    article = article_of("<title>Storm closes the harbour today</title>", body)
    assert article.published == datetime(2023, 11, 5, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize("marker", ['<a rel="author" href="/ana">Ana Díaz</a>',
                                    '<span itemprop="author">Ana Díaz</span>',
                                    '<div class="byline">Ana Díaz</div>'])
def test_marked_up_author_in_the_page_is_the_byline(marker):
    article = article_of("<title>Storm closes the harbour today</title>", marker + STORY)
    assert article.byline == "Ana Díaz"
    assert "Ana Díaz" not in build_document(article).text()


def test_a_by_line_in_the_text_is_the_byline_and_leaves_the_body():
    article = article_of("<title>Storm closes the harbour today</title>",
                         "<p>By Ana Díaz</p>" + STORY)
    assert article.byline == "Ana Díaz"
    assert not build_document(article).text().startswith("By")


def test_metadata_strings_are_sanitized():
    head = ('<meta property="og:title" content="Storm\x1b[2J closes \u202ethe harbour">'
            '<meta name="author" content="Ana\x07 Díaz">')
    article = article_of(head, STORY)
    assert article.title == "Storm closes the harbour"
    assert article.byline == "Ana Díaz"


def test_entities_in_declared_titles_are_unescaped_once():
    head = '<meta property="og:title" content="Q&amp;A: rock &amp;amp; roll">'
    assert article_of(head, STORY).title == "Q&A: rock & roll"


# -- titles ---------------------------------------------------------------------------------

def test_site_suffix_is_stripped_from_the_title_tag():
    article = article_of("<title>Storm closes the harbour | myMotherLode.com</title>", STORY)
    assert article.title == "Storm closes the harbour"


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Storm closes the harbour | Example Times", "Example Times", "Storm closes the harbour"),
    ("Example Times - Storm closes the harbour", "Example Times", "Storm closes the harbour"),
    ("Storm closes the harbour – Example Times", "Example Times", "Storm closes the harbour"),
    ("Storm: the harbour closes | Example", None, "Storm: the harbour closes"),
    ("Rock - Paper - Scissors", "Example Times", "Rock - Paper - Scissors"),
])
def test_strip_site_name_removes_only_the_site_part(title, site, expected):
    assert strip_site_name(title, site, "https://www.example.com/a") == expected


def test_title_without_declarations_comes_from_the_title_tag_cut_at_its_separator():
    article = article_of("<title>Storm closes the harbour at dawn - Some Paper</title>", STORY)
    assert article.title == "Storm closes the harbour at dawn"


# -- the body ---------------------------------------------------------------------------------

def test_heading_that_repeats_the_title_is_not_in_the_body():
    article = article_of('<meta property="og:title" content="Storm closes the harbour">',
                         "<h1>Storm closes the harbour</h1>" + STORY)
    blocks = build_document(article).blocks
    assert not any(isinstance(b, Heading) for b in blocks)


def test_trailing_related_list_share_bar_tags_and_newsletter_box_are_removed():
    tail = ('<div class="share-bar"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a></div>'
            '<h3>Related</h3><ul><li><a href="/a">Another story about the harbour</a></li>'
            '<li><a href="/b">Yet another story about a storm</a></li></ul>'
            '<p class="tags">Tags: <a href="/t/storm">storm</a> '
            '<a href="/t/harbour">harbour</a></p>'
            '<div class="newsletter"><p>Sign up for our daily newsletter.</p></div>')
    text = build_document(article_of("<title>Storm closes the harbour today</title>",
                                     STORY + tail)).text()
    assert text.rstrip().endswith("why it matters to the people there.")
    for junk in ("Facebook", "Another story", "Tags", "newsletter", "Related"):
        assert junk not in text


def test_story_that_ends_with_a_list_of_prose_keeps_it():
    tail = ("<ul><li>The first lesson of the storm is that harbours need walls.</li>"
            "<li>The second lesson is that warnings must reach every boat.</li></ul>")
    text = build_document(article_of("<title>Storm closes the harbour today</title>",
                                     STORY + tail)).text()
    assert "warnings must reach every boat" in text


def test_page_whose_text_readability_misses_falls_back_to_the_page_text():
    # One long run of text in a table cell and a nav: readability keeps (next to) nothing.
    words = " ".join(f"word{n}" for n in range(400))
    html = html_page("<title>Plain page of words</title>",
                     f"<nav><a href='/'>Home</a></nav><span>{words}</span>")
    document = read_page(page_of(html))
    assert "word0" in document.text() and "word399" in document.text()
    assert "Home" not in document.text()


@pytest.mark.parametrize("html", ["", "   \n\t ", "<!-- nothing here -->",
                                  "<html><head><title>x</title></head><body> </body></html>"])
def test_empty_pages_raise_no_article_found(html):
    with pytest.raises(NoArticleError, match="No article found"):
        extract_article(page_of(html))


def test_word_count_and_reading_time_come_from_the_document_text():
    document = read_page(page_of(html_page("<title>Storm closes the harbour today</title>",
                                           "<article>" + STORY * 10 + "</article>")))
    assert document.article.word_count == count_words(document.text())
    assert document.article.reading_minutes == round(document.article.word_count / 230)


def test_words_in_adjacent_blocks_are_not_glued_together():
    body = "<ul>" + "".join(f"<li>item{n}</li>" for n in range(3)) + "</ul>"
    document = read_page(page_of(html_page("<title>Storm closes the harbour today</title>",
                                           "<article>" + STORY + body + "</article>")))
    assert "item0item1" not in document.text()


LEAD = ("A HIGH-powered team has been doing the rounds of the harbour towns this week in an "
        "attempt to calm fears about the storm season. It failed.")


def lead_page(intro_class: str, wrapper: str = "div") -> str:
    return html_page(
        '<meta property="og:title" content="Storm season worries the harbour towns">',
        f'<div id="story"><h1>Storm season worries the harbour towns</h1>'
        f'<{wrapper} class="{intro_class}"><p>{LEAD}</p></{wrapper}>'
        f'<div class="story-main"><div class="story-body"><p class="byline">Ana Díaz</p>'
        f'{STORY}</div><div class="sidebar"><a href="/a">Other news</a></div></div></div>',
    )


def test_opening_paragraph_set_apart_after_the_headline_is_kept():
    document = read_page(page_of(lead_page("story-intro")))
    paragraphs = document.text().split("\n\n")
    assert paragraphs[0] == LEAD
    assert paragraphs[1].startswith("Paragraph 1 of the story")


def test_summary_in_the_article_header_is_not_taken_for_the_opening():
    document = read_page(page_of(lead_page("summary", wrapper="header")))
    assert LEAD not in document.text()


def test_advertisement_labels_share_bars_credits_and_the_date_line_are_removed():
    middle = STORY.replace("</p><p>Paragraph 5", "</p><div class='ad-slot'><p>Advertisement</p>"
                           "</div><p>Paragraph 5")
    body = ('<p class="date">March 1, 2024</p>'
            '<div class="share-bar"><a href="/s">Share</a> <a href="/t">Tweet</a></div>'
            '<figure><img src="/a.jpg" alt="The quay"><figcaption>The quay at dawn. '
            '<span class="credit">Jo Smith/Example Times</span></figcaption></figure>'
            + middle + "<p>Photo: Jo Smith for Example Times</p>")
    document = read_page(page_of(html_page("<title>Storm closes the harbour today</title>",
                                           f"<article>{body}</article>")))
    text = document.text()
    for junk in ("March 1, 2024", "Share", "Tweet", "Advertisement", "Jo Smith"):
        assert junk not in text
    assert "The quay at dawn." in text
    assert "Paragraph 4" in text and "Paragraph 5" in text


def test_microdata_date_published_is_read():
    body = '<meta itemprop="datePublished" content="2022-07-04T12:00:00+02:00">' + STORY
    article = article_of("<title>Storm closes the harbour today</title>", body)
    assert article.published == datetime(2022, 7, 4, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-01", datetime(2024, 3, 1)),
    ("2024-03-01T08:30:00.123Z", datetime(2024, 3, 1, 8, 30, 0, 123000, tzinfo=UTC)),
    ("2024-03-01T08:30:00-0500", datetime(2024, 3, 1, 13, 30, tzinfo=UTC)),
    ("Fri, 01 Mar 2024 08:30:00 GMT", datetime(2024, 3, 1, 8, 30, tzinfo=UTC)),
    ("yesterday", None),
])
def test_declared_dates_in_the_forms_sites_use(value, expected):
    head = f'<meta property="article:published_time" content="{value}">'
    assert article_of("<title>Storm closes the harbour today</title>" + head,
                      STORY).published == expected


def test_short_result_gives_way_to_a_container_of_much_more_prose():
    # The story sits in a block whose class readability discards ("sidebar"); readability
    # then settles for the teaser.
    teaser = ("<div class='teaser'><p>A teaser of the story that runs for a couple of lines, "
              "long enough to be taken for an article by itself when nothing else is, with "
              "more words to pass the minimum length of a readable result, and more, and more "
              "words again until it is long enough, so that only a comparison with the rest of the "
              "page shows it for what it is.</p></div>")
    html = html_page("<title>Storm closes the harbour today</title>",
                     teaser + f"<div class='sidebar-text'>{STORY}</div>")
    text = read_page(page_of(html)).text()
    assert "Paragraph 1 of the story" in text and "Paragraph 8 of the story" in text


def test_related_links_and_signup_boxes_between_paragraphs_are_removed():
    middle = STORY.replace(
        "</p><p>Paragraph 5",
        "</p><p>RELATED: <a href='/r'>Ferry services suspended along the coast</a></p>"
        "<div class='newsletter-signup'><p>Get the morning briefing in your inbox.</p>"
        "<p>Enter your email address to subscribe.</p></div><p>Paragraph 5",
    )
    text = build_document(article_of("<title>Storm closes the harbour today</title>",
                                     middle)).text()
    assert "Ferry services" not in text and "briefing" not in text
    assert "Paragraph 4" in text and "Paragraph 5" in text


def test_a_sentence_that_begins_with_related_is_kept():
    sentence = ("<p>Related: the storm of 1953 closed the harbour for a month, as older "
                "residents remember, and <a href='/1953'>the archive</a> keeps the photographs."
                "</p>")
    text = build_document(article_of("<title>Storm closes the harbour today</title>",
                                     sentence + STORY)).text()
    assert "the storm of 1953" in text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "bc", " ", "\t", "\n", "\xa0", "\r", "\u2003", " " * 300,
                                 "\n" * 260, " \t" * 130, " " * 255, " " * 254]),
                max_size=40).map("".join))
def test_fast_clean_is_exactly_readabilitys_clean(text):
    from readability.readability import clean

    assert readability_clean(text) == clean(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["word", "Ünïcode", "42", "don’t", "U.S.", "a_b", "—", "«",
                                 "х", "日本語", "e-mail", " ", "\n", "\t", "\xa0", ",", "'"]),
                max_size=40).map("".join))
def test_word_count_is_the_number_of_word_runs(text):
    assert count_words(text) == len(re.findall(r"\w+", text))


def test_extraction_leaves_readabilitys_own_clean_in_place(seed_page: Path):
    from readability import readability as module

    before = module.clean
    read_page(page_of(seed_page.read_text(encoding="utf-8")))
    assert module.clean is before
