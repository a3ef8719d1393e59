"""Publishing: GitHub Pages workflow, sub-path hosting, feed, sitemap, metadata, valid HTML, and a
real browser visiting every page with axe-core accessibility checks."""

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from conftest import ROOT, axe_serious, options, write_brief

from briefing.check import check_site, validate_html
from briefing.pipeline import build

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def build_seed(tmp_path: Path, base_url: str, out: Path | None = None) -> Path:
    opts = options(tmp_path, out=out or tmp_path / "site")
    opts.base_url = base_url
    build(opts)
    return opts.out


def test_workflow_builds_with_the_readme_command_and_uses_only_official_actions():
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"]
    # hourly, so that a scheduled brief goes live without a push: minute fixed, every hour, day, month
    (schedule,) = triggers["schedule"]
    minute, *rest = schedule["cron"].split()
    assert minute.isdigit() and rest == ["*", "*", "*", "*"]
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    uses = [step["uses"] for step in steps if "uses" in step]
    assert uses and all(re.fullmatch(r"actions/[a-z-]+@v\d+", u) for u in uses), uses
    assert {"actions/upload-pages-artifact", "actions/deploy-pages", "actions/configure-pages"} <= {
        u.split("@")[0] for u in uses
    }
    runs = " ".join(step.get("run", "") for step in steps)
    assert "make site" in runs and "steps.pages.outputs.base_url" in runs
    assert "make site" in (ROOT / "README.md").read_text()
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


@pytest.mark.parametrize("base_url", ["", "https://example.org", "https://user.github.io/briefing/"])
def test_seed_site_passes_check_with_the_html_validator(tmp_path, base_url):
    site = build_seed(tmp_path, base_url)
    assert check_site(site, "/briefing/" if "briefing" in base_url else "/") == []
    assert validate_html(site) == []


def test_validator_reports_file_and_line(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "bad.html").write_text("<!doctype html>\n<html lang=en><title>x</title>\n<p><div></span></p>\n")
    problems = validate_html(site)
    assert problems and all(p.startswith("site/bad.html:3: ") for p in problems)


@pytest.mark.parametrize("base_url", ["https://user.github.io/briefing", "https://user.github.io/briefing/"])
def test_absolute_urls_under_a_sub_path(tmp_path, base_url):
    site = build_seed(tmp_path, base_url)
    index = (site / "index.html").read_text()
    assert '<link rel="canonical" href="https://user.github.io/briefing/">' in index
    assert 'href="static/style.css"' in index  # relative: works at any path and from a folder
    locs = [e.text for e in ElementTree.parse(site / "sitemap.xml").iter(f"{SITEMAP}loc")]
    assert "https://user.github.io/briefing/" in locs and "https://user.github.io/briefing/glossary.html" in locs
    assert all(loc.startswith("https://user.github.io/briefing/") and "//" not in loc[8:] for loc in locs)
    assert "404.html" not in " ".join(locs)
    assert "Sitemap: https://user.github.io/briefing/sitemap.xml" in (site / "robots.txt").read_text()
    not_found = (site / "404.html").read_text()
    assert 'href="/briefing/static/style.css"' in not_found and 'href="/briefing/index.html"' in not_found
    feed = ElementTree.parse(site / "feed.xml").getroot()
    links = [e.get("href") for e in feed.iter(f"{ATOM}link")]
    assert "https://user.github.io/briefing/feed.xml" in links
    assert any(link.startswith("https://user.github.io/briefing/briefs/") for link in links)


def test_without_base_url_no_sitemap_and_relative_feed(tmp_path):
    site = build_seed(tmp_path, "")
    assert not (site / "sitemap.xml").exists()
    assert "canonical" not in (site / "index.html").read_text()
    feed = ElementTree.parse(site / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(list((ROOT / "content").glob("*.md")))
    assert entries[0].find(f"{ATOM}link").get("href").startswith("briefs/")
    assert (site / ".nojekyll").exists() and not (site / "CNAME").exists()


def test_feed_is_newest_first_and_dated_by_the_briefs(tmp_path):
    content = tmp_path / "content"
    write_brief(content, "old.md", "Angela Merkel spoke in Berlin.", title="Old", date="2019-05-01")
    write_brief(content, "new.md", "Emmanuel Macron spoke in Paris.", title="New", date="2021-03-04")
    opts = options(tmp_path, content=content)
    opts.base_url = "https://news.example/"
    build(opts)
    feed = ElementTree.parse(opts.out / "feed.xml").getroot()
    assert [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")] == ["New", "Old"]
    assert feed.find(f"{ATOM}updated").text.startswith("2021-03-04")
    assert feed.find(f"{ATOM}entry/{ATOM}summary").text == "Emmanuel Macron spoke in Paris."


def test_hostile_title_and_description_make_valid_safe_metadata(tmp_path):
    hostile = 'Q&A: "Tom" says </script><script>alert(1)</script>'
    content = tmp_path / "content"
    write_brief(content, "x.md", "Angela Merkel spoke in Berlin.", title=json.dumps(hostile))
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        f"[tool.briefing]\ntitle = {json.dumps(hostile)}\ndescription = {json.dumps(hostile)}\n"
        'base_url = "https://x.example/a&b/"\n'
    )
    opts = options(tmp_path, content=content)
    opts.pyproject = pyproject
    build(opts)
    page = (opts.out / "briefs/x.html").read_text()
    assert "<script>alert(1)" not in page
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(block)
    assert data["headline"] == hostile and data["@type"] == "NewsArticle"
    assert {
        "@type": "Person",
        "name": "Angela Merkel",
        "url": "https://x.example/a&b/entities/angela-merkel.html",
    } in data["mentions"]
    assert 'content="Q&amp;A: &#34;Tom&#34; says &lt;/script&gt;' in page
    assert validate_html(opts.out) == []
    ElementTree.parse(opts.out / "feed.xml")  # well-formed XML
    ElementTree.parse(opts.out / "sitemap.xml")


def test_cname_from_settings(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.briefing]\ncname = "briefs.example.org"\n')
    opts = options(tmp_path)
    opts.pyproject = pyproject
    build(opts)
    assert (opts.out / "CNAME").read_text() == "briefs.example.org\n"


# --- in a real browser, under a sub-path, as GitHub Pages serves it ------------------------

PAGE_TYPES = {
    "home": "index.html",
    "glossary": "glossary.html",
    "quotes": "quotes.html",
    "timeline": "timeline.html",
    "graph": "graph.html",
    "not-found": "no/such/page.html",
}
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
SCREENSHOTS = ROOT / ".cache" / "screenshots"


def _visit(context, url: str):
    """Open `url`; return the page and every failed request and console error on the way."""
    page = context.new_page()
    failures: list[str] = []
    page.on("console", lambda m: failures.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: failures.append(f"script error: {e}"))
    page.on("requestfailed", lambda r: failures.append(f"failed: {r.url}"))
    page.on("response", lambda r: failures.append(f"{r.status}: {r.url}") if r.status >= 400 else None)
    page.goto(url, wait_until="load")
    return page, failures


def test_every_page_loads_under_a_sub_path_without_errors(browser, hosted_seed):
    root = hosted_seed.root
    context = browser.new_context()
    pages = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html") if p.name != "404.html")
    for name in pages:
        page, failures = _visit(context, hosted_seed.url + name)
        assert failures == [], name
        assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("Georgia"), name
        page.close()
    page, failures = _visit(context, hosted_seed.url + PAGE_TYPES["not-found"])
    # Only the page itself is a 404 (which Chromium also logs to the console); its style sheet loads.
    assert [f for f in failures if "Failed to load resource" not in f] == [f"404: {hosted_seed.url}no/such/page.html"]
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("Georgia")
    page.click("text=glossary")
    assert page.url == hosted_seed.url + "glossary.html"
    context.close()


def _page_types(root: Path) -> dict[str, str]:
    types = dict(PAGE_TYPES)
    types["brief"] = sorted(p.relative_to(root).as_posix() for p in root.glob("briefs/*.html"))[0]
    types["entity"] = "entities/barack-obama.html"
    places = [f["properties"] for f in json.loads((root / "api/places.geojson").read_text())["features"]]
    types["place"] = max(places, key=lambda p: (p["mentions"], p["id"]))["url"]
    return types


# axe once per colour scheme, on the desktop in light and on the phone in dark (each pair costs
# ten seconds; the screenshots are taken at both sizes in both schemes)
AXE_AT = {("light", "desktop"), ("dark", "phone")}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violations_and_screenshots(browser, hosted_seed, scheme):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    serious = []
    for size_name, size in SIZES.items():
        context = browser.new_context(viewport=size, color_scheme=scheme)
        for kind, name in _page_types(hosted_seed.root).items():
            page = context.new_page()
            page.goto(hosted_seed.url + name, wait_until="load")
            page.screenshot(path=str(SCREENSHOTS / f"{kind}-{size_name}-{scheme}.png"), full_page=size_name == "phone")
            if (scheme, size_name) in AXE_AT:
                serious += axe_serious(page, f"{kind}/{size_name}")
            page.close()
        context.close()
    assert serious == []
