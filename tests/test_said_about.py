"""Who said what about whom, a person's chronology and the drawn timeline, on a site of invented
briefs built once with the real model: `about` in api/briefing.json, the entity and quotes pages,
the timeline drawing, valid HTML, axe in light and dark, and the quotes filter in a real browser."""

import json
import re
from pathlib import Path

import pytest
from conftest import axe_serious, options, tree, write_brief

from briefing.check import validate_html
from briefing.link import quoted_about
from briefing.model import Annotation, LocalEntity, Mention, Quote
from briefing.pipeline import build


def harbour_content(content: Path) -> Path:
    write_brief(
        content,
        "2016-03-10-strike.md",
        "Dock workers in Eastport ended a strike on Tuesday, after talks that began in February 2016.\n\n"
        "“Tom Hale kept his word,” Maria Lindqvist said of the port's chairman.\n\n"
        "Maria Lindqvist first organised the dockers in 1998.\n\n"
        "Tom Hale said the port would reopen on March 14, 2016. “Maria Lindqvist drove a hard bargain,” Hale said.",
        title="Strike ends",
        date="2016-03-10",
    )
    write_brief(
        content,
        "2016-04-02-vote.md",
        "“This is a fair deal for Eastport,” said Maria Lindqvist.\n\n"
        "Maria Lindqvist met dockers in Eastport on March 31, 2016.",
        title="Dockers vote",
        date="2016-04-02",
    )
    write_brief(
        content, "2016-05-01-quiet.md", "Olaf Brandt opened a bakery in Northville.", title="Quiet", date="2016-05-01"
    )
    return content


@pytest.fixture(scope="module")
def harbour(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("harbour")
    content = harbour_content(tmp / "content")
    build(options(tmp, content=content))
    return tmp / "site"


def quotes_by_text(site: Path) -> dict[str, dict]:
    data = json.loads((site / "api/briefing.json").read_text())
    return {quote["text"]: quote for quote in data["quotes"]}


def test_about_is_the_mentions_inside_the_quote_sorted_without_the_speaker():
    text = "Ann said: “Bo and Cy and Ann and Bo.” Dee left."
    start, end = text.index("“"), text.index("”") + 1

    def mention(name: str, at: int, entity: int) -> Mention:
        return Mention(at, at + len(name), name, entity, 0)

    mentions = [mention("Ann", 0, 0), mention("Bo", 11, 1), mention("Cy", 18, 2), mention("Ann", 25, 0)]
    mentions += [mention("Bo", 33, 1), mention("Dee", end + 1, 3)]
    assert [text[m.start : m.end] for m in mentions] == ["Ann", "Bo", "Cy", "Ann", "Bo", "Dee"]
    entities = [LocalEntity(name, "PERSON", []) for name in ("Ann", "Bo", "Cy", "Dee")]
    annotation = Annotation([(0, len(text))], entities, mentions, [Quote(start, end, "…", 0, "named", 0)], [])
    site_ids = ["ann", "zed-bo", "cy", "dee"]
    assert quoted_about(annotation, 0, site_ids) == ["cy", "zed-bo"]
    annotation.quotes[0].speaker = None
    assert quoted_about(annotation, 0, site_ids) == ["ann", "cy", "zed-bo"]
    annotation.quotes[0] = Quote(start, 12, "…", None, "none", 0)  # ends inside "Bo" (11..13)
    assert quoted_about(annotation, 0, site_ids) == []


def test_briefing_json_records_whom_each_quote_is_about(harbour):
    quotes = quotes_by_text(harbour)
    kept = quotes["Tom Hale kept his word,"]
    assert kept["speaker"] == "maria-lindqvist" and kept["about"] == ["tom-hale"]
    bargain = quotes["Maria Lindqvist drove a hard bargain,"]
    assert bargain["speaker"] == "tom-hale" and bargain["about"] == ["maria-lindqvist"]
    assert set(kept) >= {"id", "brief", "text", "speaker", "attribution", "sentence", "url"}


def test_an_entity_page_shows_quotes_about_it_beside_a_persons_chronology(harbour):
    page = (harbour / "entities/tom-hale.html").read_text()
    about = page.split("<h2>Quoted about Tom Hale</h2>", 1)[1]
    assert "Tom Hale kept his word" in about and 'href="../entities/maria-lindqvist.html"' in about
    assert re.search(r'href="\.\./briefs/2016-03-10-strike\.html#quote-\d+"', about)


def test_a_persons_chronology_interleaves_quotes_and_events_in_date_order(harbour):
    page = (harbour / "entities/maria-lindqvist.html").read_text()
    chronology = page.split("<h2>Said and did</h2>", 1)[1].split("</ol>", 1)[0]
    items = re.findall(r'<li class="(said|did)"><time>([^<]+)</time>.*?href="([^"]+)"', chronology, re.S)
    kinds = [kind for kind, _, _ in items]
    dates = [date for _, date, _ in items]
    assert "said" in kinds and "did" in kinds, items
    assert items[0][:2] == ("did", "1998")  # the earliest first
    assert dates.index("2016-03-10") < dates.index("2016-03-31") < dates.index("2016-04-02")
    assert all(re.fullmatch(r"\.\./briefs/[\w-]+\.html#(quote|t)-\d+", href) for _, _, href in items)
    quote_days = {date for kind, date, _ in items if kind == "said"}
    assert quote_days == {"2016-03-10", "2016-04-02"}  # a quote is dated by its brief


def test_the_timeline_page_draws_every_event_linked_to_its_sentence(harbour):
    page = (harbour / "timeline.html").read_text()
    data = json.loads((harbour / "api/briefing.json").read_text())
    svg = page.split("<svg", 1)[1].split("</svg>", 1)[0]
    drawn = set(re.findall(r'<a href="([^"]+)" aria-label', svg))
    assert drawn == {event["url"] for event in data["timeline"]}
    labels = re.findall(r'class="tl-tick[^"]*"[^>]*>([^<]+)<', svg)
    assert any("1998" in label for label in labels) and any("2016" in label for label in labels), labels
    assert 'class="tl-break"' in svg  # the empty years between are cut out
    assert svg.count('class="tl-c') >= len(drawn) + 2  # and a publication mark per brief with events
    assert page.index("<svg") < page.index('<ol class="timeline">')  # the list stays below


def test_an_entity_without_dated_events_has_no_drawing(harbour):
    drawn = 'class="tl-drawing"'  # the drawn timeline (an entity page has other drawings: its connections)
    assert drawn in (harbour / "entities/tom-hale.html").read_text()  # he reopens the port on a date
    pages = [p for p in (harbour / "entities").glob("*.html") if "<h2>Timeline</h2>" not in p.read_text()]
    assert pages and all(drawn not in p.read_text() for p in pages)


def test_quotes_index_lists_subjects_and_offers_a_filter(harbour):
    page = (harbour / "quotes.html").read_text()
    assert '<select id="about-filter">' in page and '<option value="tom-hale">' in page
    assert re.search(r'data-about="tom-hale">.*?About <a href="entities/tom-hale.html">Tom Hale</a>', page, re.S)


def test_the_harbour_site_is_valid_html_and_rebuilds_byte_identical(harbour, tmp_path):
    assert validate_html(harbour) == []
    content = harbour_content(tmp_path / "content")
    build(options(tmp_path, content=content))
    again = {k: v for k, v in tree(tmp_path / "site").items() if not k.startswith("pagefind/")}
    first = {k: v for k, v in tree(harbour).items() if not k.startswith("pagefind/")}
    assert again == first


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_drawn_timeline_and_chronology_pass_axe_and_the_filter_works(browser, harbour, scheme):
    serious = []
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        for name in ("timeline.html", "entities/maria-lindqvist.html", "entities/tom-hale.html", "quotes.html"):
            page = context.new_page()
            page.goto((harbour / name).as_uri(), wait_until="load")
            serious += axe_serious(page, f"{name}/{width}")
            page.close()
        context.close()
    assert serious == []
    page = browser.new_page(color_scheme=scheme)
    page.goto((harbour / "quotes.html").as_uri(), wait_until="load")
    everything = page.locator("li[data-about]:visible").count()
    page.select_option("#about-filter", "tom-hale")
    shown = page.locator("li[data-about]:visible")
    assert 0 < shown.count() < everything
    assert all("tom-hale" in shown.nth(n).get_attribute("data-about").split() for n in range(shown.count()))
    page.close()
