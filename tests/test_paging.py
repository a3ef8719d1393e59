"""Lists split into pages: which items each page holds, that a page's address keeps its items
when newer items arrive, the links between pages, and a small site built with two to a page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import axe_serious, options, write_brief

from briefing.check import check_site
from briefing.paging import Pager, page_items, page_numbers, page_of, page_path
from briefing.pipeline import build
from briefing.settings import Settings


def pages_of(items: list, size: int, from_oldest: bool = True) -> dict[int, list]:
    return {n: list(page_items(items, size, n, from_oldest)) for n in page_numbers(len(items), size, from_oldest)}


def test_the_newest_items_fill_the_first_page_and_older_pages_are_numbered_from_the_oldest():
    newest_first = list("abcdefg")  # a is the newest
    assert pages_of(newest_first, 3) == {0: ["a", "b", "c", "d"], 1: ["e", "f", "g"]}
    assert pages_of(list("abcdef"), 3) == {0: ["a", "b", "c"], 1: ["d", "e", "f"]}
    assert pages_of(list("abcdefghij"), 3) == {0: ["a", "b", "c", "d"], 2: ["e", "f", "g"], 1: ["h", "i", "j"]}
    assert pages_of(list("ab"), 3) == {0: ["a", "b"]}
    assert pages_of([], 3) == {0: []}


def test_a_numbered_page_keeps_its_items_when_newer_items_arrive():
    before = [f"brief {n}" for n in range(47, 0, -1)]  # brief 47 is the newest
    after = [f"brief {n}" for n in range(53, 0, -1)]
    old, new = pages_of(before, 10), pages_of(after, 10)
    assert old[1] == [f"brief {n}" for n in range(10, 0, -1)]
    for number in set(old) - {0}:
        assert new[number] == old[number]


def test_a_list_in_reading_order_is_numbered_from_its_start():
    assert pages_of(list("abcdefg"), 3, from_oldest=False) == {0: ["a", "b", "c"], 2: ["d", "e", "f"], 3: ["g"]}


@pytest.mark.parametrize("from_oldest", [True, False])
def test_every_item_is_on_exactly_one_page_the_one_page_of_names(from_oldest):
    for length in range(0, 40):
        for size in range(1, 7):
            items = list(range(length))
            pages = pages_of(items, size, from_oldest)
            shown = [item for number in pages for item in pages[number]]
            assert sorted(shown) == items
            for position in items:
                assert position in pages[page_of(position, length, size, from_oldest)]


def test_page_paths_keep_an_items_pages_apart_from_other_items():
    assert page_path("index.html", 0) == "index.html"
    assert page_path("index.html", 3) == "page-3.html"
    assert page_path("glossary.html", 2) == "glossary-2.html"
    assert page_path("entities/paris.html", 3) == "entities/paris/3.html"  # not paris-3: another slug
    assert page_path("archive/2015/11.html", 2) == "archive/2015/11/2.html"


def test_the_pagination_links_the_ends_and_the_neighbours_with_gaps_between():
    numbers = (0, 9, 8, 7, 6, 5, 4, 3, 2, 1)
    middle = Pager("index.html", 5, numbers, 200)
    assert middle.links() == [0, None, 7, 6, 5, 4, 3, None, 1]
    assert (middle.before, middle.after) == ("page-6.html", "page-4.html")
    first = Pager("index.html", 0, numbers, 200)
    assert first.links() == [0, 9, 8, None, 1] and first.before is None and first.label(0) == "Latest"
    assert Pager("index.html", 1, numbers, 200).after is None


@pytest.mark.parametrize("from_oldest", [True, False])
def test_a_page_finds_its_place_among_thousands_without_searching_and_links_as_the_rule_says(from_oldest):
    """`Pager.position` is worked out from `page_numbers`' order (every page of a list of
    20,000 pages asks); the links are the ends, two on each side, and one gap mark per gap."""
    numbers = tuple(page_numbers(20_000 * 3 + 1, 3, from_oldest))
    for at in (0, 1, 2, 3, 4, 5, 9_999, len(numbers) - 4, len(numbers) - 2, len(numbers) - 1):
        pager = Pager("timeline.html", numbers[at], numbers, 60_001, from_oldest)
        assert pager.position == at
        near = [p for p in range(at - 2, at + 3) if 0 <= p < len(numbers)]
        kept = sorted({0, len(numbers) - 1, *near})
        expected: list[int | None] = []
        for before, position in zip([-1, *kept], kept, strict=False):
            expected += [None] * (position > before + 1) + [numbers[position]]
        assert pager.links() == expected
    shuffled = (0, 3, 1, 2)  # numbers in another order: found by searching
    assert Pager("x.html", 1, shuffled, 8).position == 2 and Pager("x.html", 1, shuffled, 8).after == "x-2.html"


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory) -> Path:
    """Seven briefs in January and February 2016, two to a page."""
    tmp = tmp_path_factory.mktemp("paged")
    content = tmp / "content"
    for day in range(1, 8):
        write_brief(
            content,
            f"2016-0{1 + (day > 4)}-{day:02d}-port.md",
            f"“The port is open,” said Maria Lindqvist on day {day}.\n\nMaria Lindqvist met Tom Hale in Eastport.",
            title=f"Port news {day}",
            date=f"2016-0{1 + (day > 4)}-{day:02d}",
        )
    build(options(tmp, content=content), settings=Settings(page_size=2))
    return tmp / "site"


def test_a_site_with_two_to_a_page_links_every_page_and_every_anchor(paged_site: Path):
    site = paged_site
    assert check_site(site) == []  # every link and anchor, page to page, resolves
    home = (site / "index.html").read_text()
    assert len(re.findall(r"<li>\s*<article>", home)) == 3  # 7 briefs: the newest 3, then 2 pages of 2
    assert '<link rel="next" href="page-2.html">' in home
    oldest = (site / "page-1.html").read_text()
    assert "Port news 1<" in oldest and "Port news 2<" in oldest and '<link rel="prev" href="page-2.html">' in oldest
    assert 'aria-current="page">1<' in oldest
    person = site / "entities/maria-lindqvist.html"
    assert (site / "entities/maria-lindqvist/1.html").exists() and "Port news 7" in person.read_text()
    assert (site / "archive/2016/01.html").exists() and (site / "archive/2016.html").exists()
    assert "February 2016" in (site / "archive.html").read_text()


def test_only_an_entitys_own_page_goes_into_the_search_index(paged_site: Path):
    """Its numbered pages show the same name and facts; indexed, search would list the entity once per page."""
    own, numbered = paged_site / "entities/maria-lindqvist.html", paged_site / "entities/maria-lindqvist/1.html"
    assert "data-pagefind-body" in own.read_text()
    assert "data-pagefind-body" not in numbered.read_text() and "data-pagefind-filter" not in numbered.read_text()


PAGED = ["index.html", "page-1.html", "glossary-2.html", "entities/maria-lindqvist/1.html", "archive.html"]


@pytest.mark.parametrize(("scheme", "width"), [("light", 1280), ("dark", 390)])
def test_pages_of_lists_pass_axe_and_fit_a_phone(browser, paged_site, scheme, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    serious = []
    for name in [*PAGED, "archive/2016/02.html", "quotes-2.html", "timeline.html"]:
        page = context.new_page()
        page.goto((paged_site / name).as_uri(), wait_until="load")
        assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth"), name
        serious += axe_serious(page, f"{name}/{scheme}/{width}")
        page.close()
    context.close()
    assert serious == []


def test_the_pages_of_an_entity_digest_what_they_are_made_from_once(tmp_path, monkeypatch):
    """An entity named in many briefs has many pages, and what they are made from includes the
    order of all those briefs: digested once for the entity, not once per page (on 100,000
    briefs, a country's 3,500 pages each pickled 70,000 brief ids, a third of an edit's time)."""
    import briefing.render

    content = tmp_path / "content"
    for day in range(1, 8):
        write_brief(
            content, f"2016-01-{day:02d}-port.md", f"Maria Lindqvist spoke on day {day}.", date=f"2016-01-{day:02d}"
        )
    digested = []
    digest = briefing.render.digest_of_parts

    def counted(value):
        digested.append(value)
        return digest(value)

    monkeypatch.setattr(briefing.render, "digest_of_parts", counted)
    build(options(tmp_path, content=content), settings=Settings(page_size=2))
    order = sorted(f"2016-01-{day:02d}-port" for day in range(1, 8))
    with_order = [value for value in digested if any(sorted(part) == order for part in value if isinstance(part, list))]
    numbered = list((tmp_path / "site" / "entities" / "maria-lindqvist").glob("*.html"))
    assert len(numbered) == 2  # pages 1 and 2, beyond her own
    assert len(with_order) == 1
