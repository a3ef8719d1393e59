"""Stage 2 and names: the text the annotator sees, and safe slugs."""

from briefing.parse import parse
from briefing.slugs import slugify, unique_slug


def test_blocks_are_joined_with_blank_lines_and_keep_offsets():
    doc = parse("# Head\n\nFirst *para*graph.\n\n- item one\n- item two\n")
    assert doc.text == "Head\n\nFirst paragraph.\n\nitem one\n\nitem two"
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "list_item", "list_item"]
    for block in doc.blocks:
        assert doc.text[block.start : block.end].strip() == doc.text[block.start : block.end]


def test_raw_html_is_text_not_markup():
    doc = parse("Hello <script>alert(1)</script> world\n")
    assert "<script>" in doc.text  # as characters, to be escaped when rendered


def test_slugs_are_safe_and_stable():
    assert slugify("Barack Obama") == "barack-obama"
    assert slugify("François Hollande") == "francois-hollande"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("Путин") == "путин"
    only_punctuation = slugify("?!…")
    assert only_punctuation.startswith("item-") and only_punctuation == slugify("?!…")


def test_unique_slugs_never_collide():
    taken: set[str] = set()
    first, second = unique_slug("U.S.", taken), unique_slug("U S", taken)
    assert first == "u-s" and second != first and second.startswith("u-s-")
