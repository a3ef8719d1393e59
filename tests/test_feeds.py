"""Feeds: Atom and JSON Feed 1.1 for the site and for each entity, announced in the pages' heads,
and the Google News sitemap. Small invented sites; every file is parsed, not grepped."""

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin
from xml.etree import ElementTree

import pytest
from conftest import options, tree, write_brief

from briefing import feeds
from briefing.check import check_site
from briefing.errors import BuildError
from briefing.pipeline import build

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
BASE = "https://news.example/desk/"


def three_briefs(content: Path) -> None:
    """Three briefs with bylines, sections and tags, and a draft that no feed may show."""
    write_brief(
        content,
        "old.md",
        "Foreign minister Helena Korsgaard met Tomas Brandt in Lisbon on Monday.",
        title="Old & <cold>",
        date="2021-03-01",
        extra="authors: Ines Marlow\nsection: Politics\ntags: [budget]\n",
    )
    write_brief(
        content,
        "mid.md",
        "Tomas Brandt spoke to reporters in Helsinki on Wednesday.",
        title="Mid",
        date="2021-03-03",
        extra="authors: [Ines Marlow, Paul Ode]\nsection: Politics\ntags: [budget, Elections]\nupdated: 2021-03-05\n",
    )
    write_brief(
        content,
        "new.md",
        "Foreign minister Helena Korsgaard arrived in Helsinki on Thursday.",
        title='"New \\vwith a control character"',  # YAML's escape: the control character is in the title
        date="2021-03-04T09:30:00+01:00",
        extra="summary: 'Korsgaard lands: \"talks\" at 5 < 6'\nsection: politics\n",
    )
    write_brief(
        content,
        "unpublished.md",
        "Tomas Brandt resigned in Helsinki on Thursday.",
        title="Draft",
        date="2021-03-04",
        extra="draft: true\nsection: Politics\nauthors: Paul Ode\n",
    )


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    """The same three briefs built with a base URL and without one."""
    tmp = tmp_path_factory.mktemp("feeds")
    content = tmp / "content"
    three_briefs(content)
    built = {}
    for name, base_url in (("absolute", BASE), ("relative", "")):
        opts = replace(options(tmp / name, content=content), base_url=base_url, now=dt.datetime(2021, 3, 4, 9))
        build(opts)
        built[name] = opts.out
    return built


def atom(path: Path) -> ElementTree.Element:
    root = ElementTree.parse(path).getroot()  # well-formed, or this raises
    assert root.tag == f"{ATOM}feed"
    for element in (root, *root.findall(f"{ATOM}entry")):  # RFC 4287's required elements
        assert element.findtext(f"{ATOM}id") and element.findtext(f"{ATOM}title") is not None
        assert dt.datetime.fromisoformat(element.findtext(f"{ATOM}updated"))
    assert root.find(f"{ATOM}author/{ATOM}name").text
    for entry in root.findall(f"{ATOM}entry"):
        assert [link.get("rel") for link in entry.findall(f"{ATOM}link")] == ["alternate"]
    return root


def json_feed(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == "https://jsonfeed.org/version/1.1" and data["title"]
    for item in data["items"]:
        assert item["id"] and (item.get("content_text") or item.get("content_html"))
        assert dt.datetime.fromisoformat(item["date_published"])
    return data


def titles(root: ElementTree.Element) -> list[str]:
    return [entry.findtext(f"{ATOM}title") for entry in root.findall(f"{ATOM}entry")]


def test_site_feeds_list_every_brief_newest_first_in_both_formats(sites):
    site = sites["absolute"]
    root = atom(site / "feed.xml")
    assert titles(root) == ["New with a control character", "Mid", "Old & <cold>"]
    assert root.findtext(f"{ATOM}updated") == "2021-03-05T00:00:00+00:00"  # Mid was updated then
    assert root.findtext(f"{ATOM}entry/{ATOM}summary") == 'Korsgaard lands: "talks" at 5 < 6'
    data = json_feed(site / "feed.json")
    assert [item["title"] for item in data["items"]] == titles(root)
    assert [item["id"] for item in data["items"]] == [e.findtext(f"{ATOM}id") for e in root.iter(f"{ATOM}entry")]
    assert data["feed_url"] == BASE + "feed.json" and data["home_page_url"] == BASE
    assert data["items"][0]["url"] == BASE + "briefs/new.html"
    assert data["items"][0]["content_text"] == 'Korsgaard lands: "talks" at 5 < 6'


def test_an_entity_feed_follows_the_briefs_that_mention_it(sites):
    site = sites["absolute"]
    korsgaard = atom(site / "entities/helena-korsgaard.xml")
    assert titles(korsgaard) == ["New with a control character", "Old & <cold>"]
    assert korsgaard.findtext(f"{ATOM}id") == BASE + "entities/helena-korsgaard.xml"
    self_link = [link.get("href") for link in korsgaard.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_link == [BASE + "entities/helena-korsgaard.xml"]
    assert titles(atom(site / "entities/tomas-brandt.xml")) == ["Mid", "Old & <cold>"]
    data = json_feed(site / "entities/tomas-brandt.json")
    assert [item["url"] for item in data["items"]] == [BASE + "briefs/mid.html", BASE + "briefs/old.html"]
    assert data["home_page_url"] == BASE + "entities/tomas-brandt.html"


def test_every_feed_of_the_site_is_valid(sites):
    for site in sites.values():
        atoms, jsons = sorted(site.rglob("*.xml")), sorted(site.glob("entities/*.json"))
        assert len(jsons) == len(list(site.glob("entities/*.html"))) > 3
        for path in atoms:
            if path.name not in ("sitemap.xml", "news-sitemap.xml"):
                atom(path)
        for path in [site / "feed.json", *jsons]:
            json_feed(path)


def test_without_a_base_url_ids_are_urns_and_links_resolve_from_the_feed(sites):
    site = sites["relative"]
    for feed in (site / "feed.xml", site / "entities/helena-korsgaard.xml"):
        root = atom(feed)
        ids = [root.findtext(f"{ATOM}id"), *(e.findtext(f"{ATOM}id") for e in root.iter(f"{ATOM}entry"))]
        assert all(i.startswith("urn:briefing:briefing") for i in ids) and len(set(ids)) == len(ids)
        here = feed.relative_to(site).as_posix()
        for link in root.iter(f"{ATOM}link"):
            target = urljoin("http://x/" + here, link.get("href"))[len("http://x/") :]
            assert (site / (target or "index.html")).is_file(), (here, link.get("href"))
    data = json_feed(site / "entities/helena-korsgaard.json")
    assert "feed_url" not in data and [item["url"] for item in data["items"]][0] == "../briefs/new.html"
    absolute = atom(sites["absolute"] / "entities/helena-korsgaard.xml")
    relative = atom(site / "entities/helena-korsgaard.xml")
    assert [e.findtext(f"{ATOM}updated") for e in absolute.iter(f"{ATOM}entry")] == [
        e.findtext(f"{ATOM}updated") for e in relative.iter(f"{ATOM}entry")
    ]


def test_pages_announce_their_feeds_and_the_link_checker_follows_them(sites, tmp_path):
    site = sites["relative"]
    page = (site / "entities/helena-korsgaard.html").read_text(encoding="utf-8")
    for kind, href in (
        ("application/atom+xml", "../feed.xml"),
        ("application/feed+json", "../feed.json"),
        ("application/atom+xml", "../entities/helena-korsgaard.xml"),
        ("application/feed+json", "../entities/helena-korsgaard.json"),
    ):
        assert f'type="{kind}"' in page and f'href="{href}"' in page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'type="application/feed+json" title="Briefing: briefs (JSON Feed)" href="feed.json"' in home
    assert check_site(site) == []
    broken = tmp_path / "site"
    broken.mkdir()
    (broken / "entities").mkdir()
    (broken / "entities/a.html").write_text('<link rel="alternate" type="application/atom+xml" href="../a.xml">')
    assert check_site(broken) == ["site/entities/a.html:1: link '../a.xml' points to a missing file"]


def test_an_entity_feed_keeps_only_the_newest_briefs(tmp_path, monkeypatch):
    monkeypatch.setattr(feeds, "FOLLOW_LENGTH", 2)
    content = tmp_path / "content"
    three_briefs(content)
    opts = options(tmp_path, content=content)
    build(opts)
    assert titles(atom(opts.out / "entities/tomas-brandt.xml")) == ["Mid", "Old & <cold>"]
    assert len(json_feed(opts.out / "feed.json")["items"]) == 3  # the site's feed has its own length


def news(site: Path) -> list[tuple[str, str, str]]:
    root = ElementTree.parse(site / "news-sitemap.xml").getroot()
    assert root.tag == f"{SITEMAP}urlset"
    found = []
    for url in root.findall(f"{SITEMAP}url"):
        item = url.find(f"{NEWS}news")
        assert item.findtext(f"{NEWS}publication/{NEWS}name") == "Briefing"
        assert item.findtext(f"{NEWS}publication/{NEWS}language") == "en"
        found.append(
            (url.findtext(f"{SITEMAP}loc"), item.findtext(f"{NEWS}publication_date"), item.findtext(f"{NEWS}title"))
        )
    return found


def test_news_sitemap_lists_the_last_two_days_briefs_when_published(sites):
    assert news(sites["absolute"]) == [
        (BASE + "briefs/new.html", "2021-03-04T09:30:00+01:00", "New with a control character"),
        (BASE + "briefs/mid.html", "2021-03-03", "Mid"),
    ]
    robots = (sites["absolute"] / "robots.txt").read_text()
    assert f"Sitemap: {BASE}sitemap.xml\nSitemap: {BASE}news-sitemap.xml\n" in robots
    assert not (sites["relative"] / "news-sitemap.xml").exists()
    assert "news-sitemap" not in (sites["relative"] / "robots.txt").read_text()


def test_the_build_day_moves_the_news_sitemap_and_nothing_else(tmp_path, monkeypatch):
    content = tmp_path / "content"
    three_briefs(content)
    opts = replace(options(tmp_path, content=content), base_url=BASE, now=dt.datetime(2021, 3, 5, 23, 30))
    build(opts)
    assert [date[:10] for _, date, _ in news(opts.out)] == ["2021-03-04"]
    before = tree(opts.out)
    assert build(opts).up_to_date
    monkeypatch.setenv("BRIEFING_NOW", "2021-03-06T08:00:00+00:00")
    later = build(replace(opts, now=None))
    assert not later.up_to_date
    assert news(opts.out) == []  # an empty news sitemap is still a valid one
    after = tree(opts.out)
    assert {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)} == {
        "news-sitemap.xml"
    }
    monkeypatch.setenv("BRIEFING_NOW", "next tuesday")
    with pytest.raises(BuildError, match="BRIEFING_NOW"):
        build(replace(opts, now=None, force=True))


def test_section_tag_and_author_feeds_with_bylines_and_updates(sites):
    site = sites["absolute"]
    politics = atom(site / "sections/politics.xml")  # "Politics" and "politics" are one section
    assert titles(politics) == ["New with a control character", "Mid", "Old & <cold>"]  # not the draft
    assert politics.findtext(f"{ATOM}title") == "Politics · Briefing"
    new, mid, _ = politics.findall(f"{ATOM}entry")
    assert new.findtext(f"{ATOM}published") == "2021-03-04T09:30:00+01:00"
    assert mid.findtext(f"{ATOM}published") == "2021-03-03T00:00:00+00:00"
    assert mid.findtext(f"{ATOM}updated") == "2021-03-05T00:00:00+00:00"
    assert politics.findtext(f"{ATOM}updated") == "2021-03-05T00:00:00+00:00"
    assert [a.text for a in mid.iter(f"{ATOM}name")] == ["Ines Marlow", "Paul Ode"]
    assert new.find(f"{ATOM}author") is None  # no byline: the feed's author stands
    assert titles(atom(site / "tags/budget.xml")) == ["Mid", "Old & <cold>"]
    assert titles(atom(site / "tags/elections.xml")) == ["Mid"]
    assert titles(atom(site / "authors/ines-marlow.xml")) == ["Mid", "Old & <cold>"]
    assert titles(atom(site / "authors/paul-ode.xml")) == ["Mid"]
    data = json_feed(site / "authors/paul-ode.json")
    assert data["home_page_url"] == BASE + "authors/paul-ode.html"
    (item,) = data["items"]
    assert item["authors"] == [{"name": "Ines Marlow"}, {"name": "Paul Ode"}]
    assert (item["date_published"], item["date_modified"]) == ("2021-03-03T00:00:00+00:00", "2021-03-05T00:00:00+00:00")
    assert "authors" not in json_feed(site / "feed.json")["items"][0]
    assert titles(atom(site / "entities/tomas-brandt.xml")) == ["Mid", "Old & <cold>"]  # not the draft
    for name in ("sections/politics.json", "tags/budget.json", "tags/elections.json"):
        assert (site / name).is_file()
    for page, stem in (
        ("sections/politics.html", "politics"),
        ("tags/budget.html", "budget"),
        ("authors/paul-ode.html", "paul-ode"),
    ):
        head = (site / page).read_text(encoding="utf-8").split("</head>")[0]
        assert 'type="application/atom+xml" title="' in head and f'href="../{page.split("/")[0]}/{stem}.xml"' in head
        assert f'href="../{page.split("/")[0]}/{stem}.json"' in head
