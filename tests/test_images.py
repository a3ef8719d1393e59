"""Pictures: a brief's lead image (front matter `image:`) and its Markdown images, resized to a few
widths into media/, shown as figures with srcset, sizes, width and height; og:image and JSON-LD;
deterministic bytes, the image cache, the preview noticing an edited picture; in a browser. Bad
images are in test_image_errors.py. Every picture here is made in the test (pictures.py)."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import StaticHost, axe_serious, options, tree, write_brief
from pictures import halves, save
from PIL import Image, ImageCms, PngImagePlugin

from briefing import resize
from briefing.check import check_site, validate_html
from briefing.memory import BuildMemory
from briefing.pipeline import build

SHOTS = Path("/work/shots/images")
BASE_URL = "https://news.example.org/briefs-site/"
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
LEAD = (
    'image: {src: photos/depot.jpg, alt: "Smoke rising over the depot roof", '
    'caption: "The depot on Thursday morning.", credit: "Northwind Photo/Ada Vale"}\n'
)
BODY = """Firefighters from Eastmoor spent the night at the bus depot, the city council said on Friday.

![A chart of call-outs by hour](chart.png "Call-outs rose after midnight.")

"We had forty people on the site," said Mara Quill, the chief fire officer.

- ![A sketch map of the depot yard](photos/map.png)
"""


def newsroom_content(folder: Path) -> Path:
    save(halves((2000, 1200)), folder / "photos" / "depot.jpg", "JPEG", quality=90)
    save(halves((600, 400)).convert("RGBA"), folder / "chart.png", "PNG")
    save(Image.new("L", (300, 180), 120), folder / "photos" / "map.png", "PNG")
    write_brief(
        folder, "2021-03-04-depot-fire.md", BODY, title="Fire at the Eastmoor bus depot", date="2021-03-04", extra=LEAD
    )
    write_brief(
        folder, "2021-03-05-roads.md", "The ring road reopened on Friday.", title="Ring road open", date="2021-03-05"
    )
    return folder


class Page(HTMLParser):
    """A built page's images, figure captions, meta tags and JSON-LD."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[dict] = []
        self.captions: list[str] = []
        self.meta: dict[str, str] = {}
        self.json_ld: dict = {}
        self.stack: list[str] = []
        self.figures_in: list[str] = []  # the element each figure is in
        self._text: list[str] | None = None
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "img":
            self.images.append({**attributes, "in_figure": "figure" in self.stack})
            return
        if tag == "meta":
            self.meta[attributes.get("property") or attributes.get("name") or ""] = attributes.get("content") or ""
            return
        if tag == "figure":
            self.figures_in.append(self.stack[-1] if self.stack else "")
        if tag in ("figcaption", "script"):
            self._text = []
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in ("figcaption", "script") and self._text is not None:
            text = "".join(self._text)
            if tag == "figcaption":
                self.captions.append(" ".join(text.split()))
            elif text.strip().startswith("{"):
                self.json_ld = json.loads(text)
            self._text = None
        if tag in self.stack:
            del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag) :]

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


def srcset(image: dict) -> list[tuple[str, int]]:
    return [(url, int(width[:-1])) for url, width in (c.split() for c in image["srcset"].split(", "))]


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory):
    """The two briefs built once with a base URL: (content, site)."""
    tmp = tmp_path_factory.mktemp("newsroom")
    content = newsroom_content(tmp / "content")
    opts = replace(options(tmp, content=content), base_url=BASE_URL)
    build(opts)
    return content, opts.out


# --- what a page shows ----------------------------------------------------------------------


def test_lead_and_body_images_are_figures_with_every_width_and_their_size(newsroom):
    _, site = newsroom
    page = Page(site / "briefs" / "2021-03-04-depot-fire.html")
    lead, chart, sketch = page.images
    assert [[w for _, w in srcset(i)] for i in page.images] == [[480, 800, 1200, 1600], [480, 600], [300]]
    assert (lead["width"], lead["height"], chart["width"], chart["height"]) == ("1600", "960", "600", "400")
    assert (sketch["width"], sketch["height"]) == ("300", "180")  # never enlarged
    for image in page.images:
        assert image["in_figure"] and image["sizes"].endswith("calc(100vw - 2.5rem)")
        for url, width in srcset(image):
            with Image.open(site / "briefs" / url) as made:
                source_height = {1600: 960, 600: 400, 300: 180}[int(image["width"])]
                assert made.size == (width, round(source_height * width / int(image["width"])))
        assert image["src"] == srcset(image)[-1][0]
    assert "loading" not in lead and lead["fetchpriority"] == "high"  # above the fold: fetched at once
    assert chart["loading"] == sketch["loading"] == "lazy"
    assert lead["alt"] == "Smoke rising over the depot roof" and chart["alt"] == "A chart of call-outs by hour"
    assert page.captions == [
        "The depot on Thursday morning. Credit: Northwind Photo/Ada Vale",
        "Call-outs rose after midnight.",
    ]
    assert page.figures_in == ["article", "div", "li"]  # lead, in the body's place of its paragraph, in a list item
    html = (site / "briefs" / "2021-03-04-depot-fire.html").read_text()
    assert "<p><figure" not in html and "<p>\n<figure" not in html
    with Image.open(site / "briefs" / srcset(lead)[0][0]) as jpeg, Image.open(site / "briefs" / chart["src"]) as png:
        assert (jpeg.format, png.format, png.mode) == ("JPEG", "PNG", "RGBA")  # each keeps its format


def test_og_image_and_json_ld_image_are_absolute_and_only_with_a_base_url(newsroom, tmp_path):
    content, site = newsroom
    page = Page(site / "briefs" / "2021-03-04-depot-fire.html")
    largest = f"{BASE_URL}media/2021-03-04-depot-fire/" + Path(page.images[0]["src"]).name
    assert page.meta["og:image"] == largest and (page.meta["og:image:width"], page.meta["og:image:height"]) == (
        "1600",
        "960",
    )
    assert page.meta["og:image:alt"] == "Smoke rising over the depot roof"
    assert page.meta["twitter:card"] == "summary_large_image"
    assert page.json_ld["image"] == {
        "@type": "ImageObject",
        "url": largest,
        "width": 1600,
        "height": 960,
        "caption": "The depot on Thursday morning.",
        "creditText": "Northwind Photo/Ada Vale",
    }
    plain = Page(site / "briefs" / "2021-03-05-roads.html")
    assert "og:image" not in plain.meta and "image" not in plain.json_ld and plain.meta["twitter:card"] == "summary"
    build(options(tmp_path, content=content))  # no base URL: no absolute address to give
    without = Page(tmp_path / "site" / "briefs" / "2021-03-04-depot-fire.html")
    assert "og:image" not in without.meta and "image" not in without.json_ld and len(without.images) == 3


def test_the_site_checks_clean_and_a_missing_width_is_a_broken_link(newsroom, tmp_path):
    _, site = newsroom
    assert check_site(site, "/briefs-site/") == []
    assert validate_html(site) == []
    copy = tmp_path / "site"
    copy.mkdir()
    for name, data in tree(site).items():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_bytes(data)
    gone = next((copy / "media" / "2021-03-04-depot-fire").glob("depot-*-800.jpg"))
    gone.unlink()
    problems = check_site(copy, "/briefs-site/")
    assert len(problems) == 1 and f"media/2021-03-04-depot-fire/{gone.name}' points to a missing file" in problems[0]


# --- the files ------------------------------------------------------------------------------


def test_exif_orientation_is_applied_and_metadata_stripped_but_the_colour_profile_kept(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: show the stored picture turned a quarter clockwise
    exif[0x010F] = "Northwind Camera Works"
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    photo = save(halves((300, 200)), tmp_path / "turned.jpg", "JPEG", exif=exif.tobytes(), icc_profile=srgb)
    made = resize.resize(photo.read_bytes())
    assert made.sizes == ((200, 300),)
    with Image.open(io.BytesIO(made.files[0])) as upright:
        red, blue = upright.getpixel((100, 20)), upright.getpixel((100, 280))
        assert red[0] > 150 > red[2] and blue[2] > 150 > blue[0]  # the stored left half is now on top
        assert not upright.getexif() and "exif" not in upright.info
        assert upright.info.get("icc_profile") == srgb
    assert b"Northwind" not in made.files[0]
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Ada Vale")
    png = save(halves((100, 50)), tmp_path / "noted.png", "PNG", pnginfo=info)
    assert b"Ada Vale" in png.read_bytes() and b"Ada Vale" not in resize.resize(png.read_bytes()).files[0]


@pytest.mark.parametrize(
    ("kind", "mode"), [("JPEG", "RGB"), ("JPEG", "CMYK"), ("PNG", "P"), ("PNG", "LA"), ("WEBP", "RGBA")]
)
def test_each_format_stays_itself_and_resizes_to_the_same_bytes_every_time(tmp_path, kind, mode):
    source = save(halves((1000, 500)).convert(mode), tmp_path / f"picture.{kind.lower()}", kind).read_bytes()
    first, second = resize.resize(source), resize.resize(source)
    assert first == second and first.sizes == ((480, 240), (800, 400), (1000, 500))
    for data in first.files:
        with Image.open(io.BytesIO(data)) as made:
            assert made.format == kind


def test_a_40_megapixel_jpeg_is_decoded_at_a_fraction_of_its_size(tmp_path, monkeypatch):
    photo = save(Image.new("L", (8000, 5000), 90), tmp_path / "big.jpg", "JPEG", quality=70)
    decoded = []
    real = resize.ImageOps.exif_transpose
    monkeypatch.setattr(resize.ImageOps, "exif_transpose", lambda image: decoded.append(image.size) or real(image))
    made = resize.resize(photo.read_bytes())
    assert made.sizes[-1] == (1600, 1000) and [w for w, _ in made.sizes] == [480, 800, 1200, 1600]
    assert decoded == [(2000, 1250)]  # libjpeg's 1/4 scale: 2.5 megapixels in memory, not 40


def test_the_same_input_builds_byte_identical_files_and_the_cache_spares_resizing(tmp_path, monkeypatch):
    content = newsroom_content(tmp_path / "content")
    calls = []
    real = resize.resize
    monkeypatch.setattr(resize, "resize", lambda data: calls.append(len(data)) or real(data))
    first = replace(options(tmp_path / "one", content=content), cache=tmp_path / "cache" / "annotations")
    build(first)
    assert len(calls) == 3
    cached = tree(tmp_path / "cache" / "images")
    assert len([name for name in cached if name.endswith(".json")]) == 3
    calls.clear()
    second = replace(first, out=tmp_path / "two" / "site")
    build(second)
    assert calls == []  # every picture from the cache
    assert tree(second.out) == tree(first.out)
    uncached = replace(first, out=tmp_path / "three" / "site", cache=None)
    build(uncached)
    assert len(calls) == 3 and tree(uncached.out) == tree(first.out)  # resized again: the same bytes


def test_a_damaged_cache_entry_is_made_again(tmp_path):
    data = save(halves((900, 300)), tmp_path / "a.png", "PNG").read_bytes()
    cache = resize.ImageCache(tmp_path / "images")
    made = cache.get_or_make(data)
    key = resize.cache_key(data)
    (tmp_path / "images" / f"{key}-480.png").unlink()
    assert resize.ImageCache(tmp_path / "images").get_or_make(data) == made
    (tmp_path / "images" / f"{key}.json").write_text("not ours")
    assert resize.ImageCache(tmp_path / "images").get_or_make(data) == made


def test_an_edited_picture_is_noticed_by_the_stamp_and_by_the_preview(tmp_path):
    content = newsroom_content(tmp_path / "content")
    opts = options(tmp_path, content=content)
    memory = BuildMemory()
    build(opts, memory=memory)
    assert build(opts).up_to_date
    save(halves((600, 400), left=(20, 160, 20)).convert("RGBA"), content / "chart.png", "PNG")  # same name and size
    report = build(opts, memory=memory)
    assert not report.up_to_date
    clean = replace(options(tmp_path / "clean", content=content), cache=None)
    build(clean)
    assert without_search(tree(opts.out)) == without_search(tree(clean.out))
    chart = Page(opts.out / "briefs" / "2021-03-04-depot-fire.html").images[1]["src"]
    with Image.open(opts.out / "briefs" / chart) as shown:
        assert shown.getpixel((10, 10))[:3] == (20, 160, 20)
    assert build(opts, memory=memory).up_to_date


def without_search(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if not name.startswith("pagefind/")}


# --- in a browser ---------------------------------------------------------------------------


def test_pictures_keep_their_place_pass_axe_and_are_screenshot(browser, newsroom):
    """Axe in light and dark at both widths; with every picture's file refused, each still takes its
    full height (width and height attributes: nothing moves when the files arrive)."""
    _, site = newsroom
    host = StaticHost(site, prefix="/briefs-site/")
    SHOTS.mkdir(parents=True, exist_ok=True)
    serious = []
    try:
        for scheme in ("light", "dark"):
            for size_name, size in SIZES.items():
                context = browser.new_context(viewport=size, color_scheme=scheme)
                page = context.new_page()
                page.goto(host.url + "briefs/2021-03-04-depot-fire.html", wait_until="load")
                page.evaluate("Promise.all([...document.images].map(i => (i.loading = 'eager', i.decode())))")
                page.screenshot(path=str(SHOTS / f"brief-{size_name}-{scheme}.png"), full_page=True)
                serious += axe_serious(page, f"{size_name}/{scheme}")
                context.close()
        context = browser.new_context(viewport=SIZES["phone"])
        page = context.new_page()
        page.route("**/media/**", lambda route: route.abort())
        page.goto(host.url + "briefs/2021-03-04-depot-fire.html", wait_until="load")
        boxes = page.evaluate(
            "[...document.querySelectorAll('figure img')].map(i => [i.complete && i.naturalWidth, "
            "i.getBoundingClientRect().width, i.getBoundingClientRect().height])"
        )
        context.close()
    finally:
        host.close()
    assert serious == []
    for (loaded, width, height), ratio in zip(boxes, (960 / 1600, 400 / 600, 180 / 300), strict=True):
        assert not loaded and width > 250 and height == pytest.approx(width * ratio, abs=1)


def test_an_author_photo_beside_the_author_file_is_resized_into_media(tmp_path):
    content = tmp_path / "content"
    write_brief(content, "2021-03-05-roads.md", "The ring road reopened.", title="Roads", extra="authors: Jo Pike\n")
    save(halves((900, 1200)), content / "authors" / "jo-pike.jpg", "JPEG")
    (content / "authors" / "jo-pike.md").write_text("---\nrole: Roads reporter\nphoto: jo-pike.jpg\n---\nJo writes.\n")
    build(options(tmp_path, content=content))
    site = tmp_path / "site"
    (photo,) = Page(site / "authors/jo-pike.html").images
    assert photo["alt"] == "Jo Pike" and (photo["width"], photo["height"]) == ("160", "213")
    widths = [Image.open(site / path.split(" ")[0].removeprefix("../")).width for path in photo["srcset"].split(", ")]
    assert (
        widths and max(widths) <= 900 and all(path.startswith("../media/authors/jo-pike/") for path in [photo["src"]])
    )
