"""The newsroom's pages: bylines and author pages, sections and tags, corrections shown to
readers, related briefs, and the JSON-LD that says who wrote what and when it changed.
Names are invented."""

import datetime as dt
import json
import math
import re

import pytest
from conftest import options, write_brief

from briefing.check import check_site, validate_html
from briefing.model import Brief, BriefPage
from briefing.newsroom import related_briefs
from briefing.newsroom_pages import policy_href
from briefing.pipeline import build

BRIDGE = (
    "Minister Odile Brannagh opened the new bridge in Vestrane on Tuesday. “The bridge is open,” Brannagh said. "
    "Martin Lindqvist, the mayor of Oskarby, said he was pleased."
)
FERRY = "Martin Lindqvist, the mayor of Oskarby, closed the Oskarby ferry on Monday. “It is too old,” Lindqvist said."
BUDGET = "Minister Odile Brannagh presented the budget in Vestrane on Friday. “We will spend less,” Brannagh said."
UNRELATED = "The Krell Foundation gave a grant to the Holm Museum in Tarvik."


def newsroom_content(content):
    write_brief(
        content,
        "2021-03-02-bridge.md",
        BRIDGE,
        title="A bridge opens",
        date="2021-03-02T09:30:00+01:00",
        extra="authors: [Ada Quill, Bo Marsh]\nsection: Middle East\ntags: [Bridges, 'Ünïcode/Slash', '🔥']\n"
        "updated: 2021-03-04\ncorrections:\n  - {date: 2021-03-04, text: 'The bridge is 2 km long, not 3.'}\n",
    )
    write_brief(
        content,
        "2021-03-03-ferry.md",
        FERRY,
        title="A ferry closes",
        date="2021-03-03",
        extra="authors: Ada Quill\nsection: middle-east\ntags: [Ferries, bridges]\n"
        "corrections: [{date: 2021-03-05, text: The ferry closed on Monday.}]\n",
    )
    write_brief(
        content,
        "2021-03-01-budget.md",
        BUDGET,
        title="A budget",
        date="2021-03-01",
        extra="authors: [Bo Marsh]\nsection: Politics\ntags: [\u0627\u0644\u0639\u0627\u0644\u0645]\n",
    )
    write_brief(content, "2021-02-01-museum.md", UNRELATED, title="A museum", date="2021-02-01")
    # the fixture is the preview's build (see `site`): a draft and a scheduled brief, with banners
    write_brief(content, "2021-03-07-draft.md", "Nobody spoke in Quorn.", title="A draft", extra="draft: true\n")
    write_brief(content, "2099-01-01-later.md", "The Velm band played.", title="Later", date="2099-01-01T10:00Z")
    (content / "authors").mkdir()
    (content / "authors" / "ada-quill.md").write_text(
        "---\nname: Ada R. Quill\nrole: Transport editor\nlinks: [{title: Profile, url: 'https://example.org/ada'}]\n"
        "---\nAda writes about *bridges*.\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("newsroom")
    content = tmp / "content"
    newsroom_content(content)
    pyproject = tmp / "pyproject.toml"
    pyproject.write_text('[tool.briefing]\ncorrections_policy = "https://example.org/corrections"\n')
    opts = options(tmp, content=content)
    # the preview's build: every public page as `build` makes it, and the draft and scheduled
    # briefs with their banners, so that one run of the validator and of axe checks them all
    opts.base_url, opts.pyproject, opts.preview = "https://example.org/news/", pyproject, True
    opts.now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    report = build(opts)
    assert report.warnings == []
    return opts.out


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def counted(html: str) -> list[tuple[str, str]]:
    """(entity id, count) of each entity listed with its count."""
    return re.findall(r'href="../entities/([^"]+)\.html">[^<]+</a> <span class="count">(\d+)', html)


def json_ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))


def test_the_byline_links_each_author_and_the_author_file_names_them(site):
    page = read(site, "briefs/2021-03-02-bridge.html")
    assert (
        '<p class="byline">By <a href="../authors/ada-quill.html">Ada R. Quill</a> and '
        '<a href="../authors/bo-marsh.html">Bo Marsh</a></p>' in page
    )
    assert '<p class="kicker"><a href="../sections/middle-east.html">Middle East</a></p>' in page
    # the lists show the same names
    assert "</time> · Ada R. Quill, Bo Marsh\n" in read(site, "index.html")
    assert "</time> · Ada R. Quill, Bo Marsh · Middle East</p>" in read(site, "tags/bridges.html")


def test_an_author_page_lists_their_briefs_newest_first_and_the_people_they_quoted(site):
    page = read(site, "authors/ada-quill.html")
    assert "<h1>Ada R. Quill</h1>" in page and "Transport editor" in page and "<em>bridges</em>" in page
    titles = re.findall(r'<h3><a href="../briefs/[^"]+">([^<]+)</a>', page)
    assert titles == ["A ferry closes", "A bridge opens"]
    # each quoted once in her two briefs: ties go by name
    assert counted(page.split("Quoted most")[1]) == [("martin-lindqvist", "1"), ("odile-brannagh", "1")]
    marsh = read(site, "authors/bo-marsh.html")  # no author file: the byline's name
    assert "<h1>Bo Marsh</h1>" in marsh and counted(marsh.split("Quoted most")[1]) == [("odile-brannagh", "2")]
    index = read(site, "authors.html")
    assert index.index("Ada R. Quill") < index.index("Bo Marsh") and "Transport editor · 2 briefs" in index


def test_two_spellings_with_one_slug_are_one_section_and_one_tag(site):
    section = read(site, "sections/middle-east.html")
    assert "<h1>Middle East</h1>" in section
    assert re.findall(r'<h2><a href="../briefs/([^"]+)\.html">', section) == ["2021-03-03-ferry", "2021-03-02-bridge"]
    tag = read(site, "tags/bridges.html")
    assert re.findall(r'<h2><a href="../briefs/([^"]+)\.html">', tag) == ["2021-03-03-ferry", "2021-03-02-bridge"]
    assert sorted(p.name for p in (site / "sections").glob("*.html")) == ["middle-east.html", "politics.html"]


def test_names_of_other_scripts_emoji_and_slashes_get_safe_slugs(site):
    tags = sorted(p.name for p in (site / "tags").iterdir())
    assert "unicode-slash.html" in tags and "\u0627\u0644\u0639\u0627\u0644\u0645.html" in tags
    assert [t for t in tags if re.fullmatch(r"tag-[0-9a-f]{8}\.html", t)]  # the emoji-only tag
    assert "🔥" in read(site, "tags.html") and check_site(site, "/news/") == []


def test_a_section_or_tag_page_lists_the_entities_its_briefs_name_most(site):
    section = read(site, "sections/middle-east.html").split("Named most")[1]
    # the mentions in its two briefs, as the site's data lists them
    data = json.loads(read(site, "api/briefing.json"))
    in_section = {"2021-03-02-bridge", "2021-03-03-ferry"}
    expected = {e["id"]: sum(m["brief"] in in_section for m in e["mentions"]) for e in data["entities"]}
    expected = sorted(((k, n) for k, n in expected.items() if n), key=lambda kn: (-kn[1], kn[0]))
    assert [(k, int(n)) for k, n in counted(section)] == expected
    assert expected[0][0] == "martin-lindqvist" and ("odile-brannagh", 2) in expected


def test_the_sections_are_in_every_pages_navigation_by_name(site):
    for path in ("index.html", "glossary.html", "briefs/2021-02-01-museum.html", "tags/bridges.html"):
        nav = read(site, path).split('aria-label="Sections"')[1].split("</nav>")[0]
        assert re.findall(r">([^<]+)</a>:?</li>", nav) == ["Sections", "Middle East", "Politics"]
    assert 'href="sections/politics.html" aria-current="page"' in read(site, "sections/politics.html").replace(
        "../", ""
    )


def test_corrections_and_updates_are_shown_to_readers(site):
    page = read(site, "briefs/2021-03-02-bridge.html")
    assert 'Updated <time datetime="2021-03-04">4 March 2021</time>' in page
    assert '<time datetime="2021-03-04">4 March 2021</time>: The bridge is 2 km long, not 3.</li>' in page
    assert '<a href="https://example.org/corrections">Our corrections policy</a>' in page
    assert "Our corrections policy" in read(site, "briefs/2021-02-01-museum.html")  # every brief links it
    corrections = read(site, "corrections.html")
    assert re.findall(r'<a href="briefs/([^"]+)\.html#corrections">', corrections) == [
        "2021-03-03-ferry",
        "2021-03-02-bridge",
    ]
    assert '<a href="corrections.html">Corrections</a>' in read(site, "index.html")


def test_the_json_ld_has_the_authors_as_people_the_time_and_the_update(site):
    data = json_ld(read(site, "briefs/2021-03-02-bridge.html"))
    assert data["author"] == [
        {"@type": "Person", "name": "Ada R. Quill", "url": "https://example.org/news/authors/ada-quill.html"},
        {"@type": "Person", "name": "Bo Marsh", "url": "https://example.org/news/authors/bo-marsh.html"},
    ]
    assert data["datePublished"] == "2021-03-02T09:30:00+01:00" and data["dateModified"] == "2021-03-04"
    plain = json_ld(read(site, "briefs/2021-02-01-museum.html"))
    assert "author" not in plain and "dateModified" not in plain and plain["datePublished"] == "2021-02-01"


def test_related_briefs_share_rare_entities_and_an_unrelated_brief_has_none(site):
    bridge = read(site, "briefs/2021-03-02-bridge.html").split('id="related-briefs"')[1]
    assert re.findall(r'href="../briefs/([^"]+)\.html"', bridge) == ["2021-03-03-ferry", "2021-03-01-budget"]
    assert 'id="related-briefs"' not in read(site, "briefs/2021-02-01-museum.html")


def test_the_new_pages_are_valid_html(site):
    assert validate_html(site) == []


NEW_PAGES = [
    "briefs/2021-03-02-bridge.html",
    "briefs/2021-03-07-draft.html",
    "briefs/2099-01-01-later.html",
    "authors.html",
    "authors/ada-quill.html",
    "sections.html",
    "sections/middle-east.html",
    "tags.html",
    "tags/bridges.html",
    "corrections.html",
]


@pytest.mark.parametrize(("scheme", "width"), [("light", 1280), ("dark", 390)])
def test_axe_finds_no_serious_violations_on_the_new_pages(browser, site, scheme, width):
    from conftest import ROOT, StaticHost, serious_axe_violations

    axe = (ROOT / "node_modules/axe-core/axe.min.js").read_text()
    host = StaticHost(site, prefix="/news/")
    serious = []
    try:
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        for name in NEW_PAGES:
            page = context.new_page()
            page.goto(host.url + name, wait_until="load")
            overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
            assert not overflow, f"{name} is wider than {width} px"
            serious += serious_axe_violations(page, axe, f"{name}/{width}")
            page.close()
        context.close()
    finally:
        host.close()
    assert serious == []


def page_naming(brief_id: str, date: str, *entity_ids: str) -> BriefPage:
    brief = Brief(
        id=brief_id, path=f"{brief_id}.md", title=brief_id, date=dt.date.fromisoformat(date), body="", body_line=1
    )
    return BriefPage(brief, None, None, list(entity_ids), [], [])


def test_related_briefs_weigh_rare_entities_more_and_break_ties_by_date_then_id():
    pages = [  # newest first, as the site lists them
        page_naming("f", "2021-01-06", "everywhere", "rare", "common"),
        page_naming("e", "2021-01-05", "everywhere", "common"),
        page_naming("d", "2021-01-04", "everywhere", "common", "common"),  # a mention twice counts once
        page_naming("c", "2021-01-03", "everywhere", "rare"),
        page_naming("b", "2021-01-03", "everywhere", "common"),
        page_naming("a", "2021-01-01", "everywhere"),
    ]
    related = dict(zip("fedcba", related_briefs(pages), strict=True))
    # "rare" (2 of 6 briefs: log 3) outweighs "common" (4 of 6: log 1.5); "everywhere" weighs nothing
    assert related["f"] == ["c", "e", "d", "b"]  # e, d, b tie on "common": newer first
    assert related["c"] == ["f"]
    assert related["b"] == ["f", "e", "d"]
    assert related["a"] == []  # shares only what every brief names


def test_at_most_five_related_briefs_and_same_date_ties_by_id():
    pages = [page_naming(f"x{n}", "2021-01-01", "shared") for n in range(8)] + [page_naming("z", "2021-01-01", "other")]
    assert related_briefs(pages)[0] == ["x1", "x2", "x3", "x4", "x5"]


def test_the_corrections_policy_is_a_web_address_or_a_path_from_the_site_root():
    assert policy_href("https://example.org/policy", "../") == "https://example.org/policy"
    assert policy_href("/about/corrections.html", "../") == "../about/corrections.html"
    assert policy_href("about/corrections.html", "") == "about/corrections.html"
    assert policy_href("  ", "../") == ""


def test_the_data_lists_each_briefs_authors_section_tags_and_update_and_only_when_it_has_them(site):
    briefs = {b["id"]: b for b in json.loads(read(site, "api/briefing.json"))["briefs"]}
    bridge = briefs["2021-03-02-bridge"]
    assert [a["name"] for a in bridge["authors"]] == ["Ada R. Quill", "Bo Marsh"]
    assert bridge["authors"][1]["url"] == "authors/bo-marsh.html"
    assert bridge["section"] == {"name": "Middle East", "url": "sections/middle-east.html"}
    assert [t["name"] for t in bridge["tags"]] == ["Bridges", "Ünïcode/Slash", "🔥"] and bridge[
        "updated"
    ] == "2021-03-04"
    assert {"authors", "section", "tags", "updated"}.isdisjoint(briefs["2021-02-01-museum"])


def test_related_briefs_are_the_best_of_every_other_brief_on_a_large_random_site():
    import random

    rng = random.Random(11)
    pool = [f"e{n}" for n in range(40)]
    pages = [
        page_naming(
            f"b{n:03d}", f"2021-01-{1 + n % 28:02d}", *rng.sample(pool, rng.randint(0, 6)), *["often"] * (n % 3 == 0)
        )
        for n in range(300)
    ]
    assert related_briefs(pages) == ranked_by_every_pair(pages)


def ranked_by_every_pair(pages: list[BriefPage]) -> list[list[str]]:
    """Related briefs the plain way: score every pair, sort every other brief by the ranking's key."""
    holders = {e: sum(e in p.entity_ids for p in pages) for p in pages for e in p.entity_ids}

    def score(a: BriefPage, b: BriefPage) -> float:  # summed in sorted order, as the ranking sums them
        return sum(math.log(len(pages) / holders[e]) for e in sorted(set(a.entity_ids) & set(b.entity_ids)))

    related = []
    for page in pages:
        ranked = sorted(
            (p for p in pages if p is not page and score(page, p) > 0),
            key=lambda p: (-round(score(page, p), 9), -p.brief.date.toordinal(), p.brief.id),
        )
        related.append([p.brief.id for p in ranked[:5]])
    return related


def test_related_briefs_on_a_site_of_few_common_and_many_rare_entities_are_still_the_best():
    """Skewed as news is: a few entities in most briefs, many in two or three, so that many briefs
    tie on the common ones and the rare ones decide."""
    import random

    rng = random.Random(5)
    common, rare = [f"c{n}" for n in range(4)], [f"r{n}" for n in range(150)]
    pages = [
        page_naming(
            f"b{n:03d}",
            f"2021-{1 + n % 12:02d}-{1 + n % 28:02d}",
            *[e for e in common if rng.random() < 0.6],
            *rng.sample(rare, rng.randint(0, 4)),
        )
        for n in range(300)
    ]
    assert related_briefs(pages) == ranked_by_every_pair(pages)


def test_the_preview_ranks_related_briefs_again_only_when_a_briefs_date_or_entities_change(monkeypatch):
    from briefing import newsroom
    from briefing.memory import BuildMemory

    ranked = []
    monkeypatch.setattr(newsroom, "related_briefs", lambda pages: ranked.append(1) or related_briefs(pages))
    kept = BuildMemory()
    other = page_naming("c", "2020-12-31", "z")
    pages = [page_naming("b", "2021-01-02", "rare", "x"), page_naming("a", "2021-01-01", "rare", "y"), other]
    first = kept.related_briefs(pages)
    again = [page_naming("b", "2021-01-02", "x", "rare", "rare"), page_naming("a", "2021-01-01", "rare", "y"), other]
    assert kept.related_briefs(again) == first == [["a"], ["b"], []] and len(ranked) == 1  # same entities: kept
    moved = [page_naming("b", "2021-01-02", "x"), page_naming("a", "2021-01-01", "rare", "y"), other]
    assert kept.related_briefs(moved) == [[], [], []] and len(ranked) == 2


def test_a_build_reads_back_the_related_briefs_while_no_brief_names_other_entities(tmp_path, monkeypatch):
    """Ranking every brief against every other grows with the square of the briefs sharing an
    entity, so a build keeps the ranking in the cache folder under what decides it (each
    brief's id, date and entities): an edit that names no other entity reads it back; one
    that names a new entity ranks again, as a build without the cache would."""
    from conftest import options, tree, write_brief

    import briefing.newsroom
    from briefing.pipeline import build

    content = tmp_path / "content"
    for day, text in enumerate(["Jo Roe met Ann Lee in Oslo.", "Jo Roe flew to Oslo.", "Ann Lee stayed in Paris."], 1):
        write_brief(content, f"2020-02-0{day}-b{day}.md", text, title=f"B{day}", date=f"2020-02-0{day}")
    opts = options(tmp_path, content=content)
    build(opts)
    ranked = []
    rank = briefing.newsroom.related_briefs
    monkeypatch.setattr(briefing.newsroom, "related_briefs", lambda pages: ranked.append(1) or rank(pages))
    edited = content / "2020-02-02-b2.md"
    edited.write_text(edited.read_text().replace("flew to Oslo.", "flew to Oslo on Monday."))
    build(opts)
    assert ranked == []
    assert "2020-02-02-b2.html" not in (opts.out / "briefs/2020-02-03-b3.html").read_text()
    edited.write_text(edited.read_text().replace("to Oslo", "to Oslo and Paris"))
    build(opts)
    assert ranked == [1]
    assert "2020-02-02-b2.html" in (opts.out / "briefs/2020-02-03-b3.html").read_text()  # Paris relates them
    clean = options(tmp_path / "clean", content=content, out=tmp_path / "clean-site")
    build(clean)
    assert tree(opts.out) == tree(clean.out)
    (content / "2020-02-01-b1.md").unlink()  # a third ranking: the oldest kept one goes
    build(opts)
    kept = list((tmp_path / "kept").glob("related-*.json"))
    assert len(kept) == 2
    for file in kept:  # damaged, though of the right length: ranked again, not trusted
        file.write_text("[null, null]")
    edited.write_text(edited.read_text().replace("on Monday.", "on Tuesday."))
    build(opts)
    assert len(ranked) == 4  # and the clean build, and the deletion
