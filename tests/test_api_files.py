"""The machine-readable data split into files (api_files.py): their shape, the index's links, the
`full_export` setting, and the paging of long lists."""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import options, tree, write_brief

from briefing import api_files
from briefing.errors import BuildError
from briefing.pipeline import build
from briefing.settings import Settings, load_settings


def read(site: Path, path: str):
    return json.loads((site / path).read_text(encoding="utf-8"))


def test_each_brief_and_entity_file_holds_what_the_full_export_holds(seed_site):
    full = read(seed_site, "api/briefing.json")
    quotes = {q["id"]: q for q in full["quotes"]}
    events = {t["id"]: t for t in full["timeline"]}
    assert full["briefs"] and full["entities"]
    for brief in full["briefs"]:
        split = read(seed_site, f"api/briefs/{brief['id']}.json")
        assert split == {
            **brief,
            "data": f"api/briefs/{brief['id']}.json",
            "quotes": [quotes[q] for q in brief["quotes"]],
            "timeline": [events[t] for t in brief["timeline"]],
        }
    for entity in full["entities"]:
        split = read(seed_site, f"api/entities/{entity['id']}.json")
        assert split == {
            **entity,
            "data": f"api/entities/{entity['id']}.json",
            "mention_count": len(entity["mentions"]),
            "mention_files": [],
        }


def test_the_index_lists_every_brief_and_entity_by_links_that_resolve(seed_site):
    index = read(seed_site, "api/index.json")
    full = read(seed_site, "api/briefing.json")
    assert index["full_export"] == "api/briefing.json" and (seed_site / index["timeline"]).is_file()
    listed: dict[str, list] = {}
    for kind in ("briefs", "entities"):
        assert index[kind]["files"], kind
        listed[kind] = [item for name in index[kind]["files"] for item in read(seed_site, name)["items"]]
        assert len(listed[kind]) == index[kind]["count"] == len(full[kind])
        for item in listed[kind]:
            assert (seed_site / item["url"]).is_file() and read(seed_site, item["data"])["id"] == item["id"]
    assert [b["id"] for b in listed["briefs"]] == [b["id"] for b in full["briefs"]]
    assert {e["id"]: e["mentions"] for e in listed["entities"]} == {
        e["id"]: len(e["mentions"]) for e in full["entities"]
    }


def test_long_lists_are_paged_and_the_pages_chain_to_the_whole(tmp_path, monkeypatch):
    content = tmp_path / "content"
    for day in (1, 2, 3):
        write_brief(
            content,
            f"2020-01-0{day}-b.md",
            f"Angela Merkel met Emmanuel Macron. Merkel spoke {day}.",
            date=f"2020-01-0{day}",
        )
    monkeypatch.setattr(api_files, "PER_INDEX_FILE", 2)
    monkeypatch.setattr(api_files, "MENTIONS_PER_FILE", 2)
    site = tmp_path / "site"
    build(options(tmp_path, content=content, out=site))
    full = read(site, "api/briefing.json")
    index = read(site, "api/index.json")
    assert index["briefs"]["files"] == ["api/index/briefs-1.json", "api/index/briefs-2.json"]
    merkel = next(e for e in full["entities"] if e["name"] == "Angela Merkel")
    assert len(merkel["mentions"]) >= 5  # so three files of two
    first = read(site, f"api/entities/{merkel['id']}.json")
    assert first["mention_count"] == len(merkel["mentions"]) and len(first["mentions"]) == 2
    mentions, following = list(first["mentions"]), first["mention_files"]
    for number, name in enumerate(following, start=2):
        part = read(site, name)
        assert (part["entity"], part["file"], part["files"]) == (merkel["id"], number, len(following) + 1)
        assert part["next"] == (following[number - 1] if number - 1 < len(following) else None)
        mentions += part["mentions"]
    assert mentions == merkel["mentions"]


def test_full_export_setting_true_false_and_auto(tmp_path, monkeypatch):
    assert api_files.wants_full_export("auto", api_files.FULL_EXPORT_UP_TO)
    assert not api_files.wants_full_export("auto", api_files.FULL_EXPORT_UP_TO + 1)
    assert api_files.wants_full_export(True, 10**6) and not api_files.wants_full_export(False, 1)
    settings_file = tmp_path / "pyproject.toml"
    for text, value in (("true", True), ("false", False), ('"auto"', "auto")):
        settings_file.write_text(f"[tool.briefing]\nfull_export = {text}\n")
        assert load_settings(settings_file).full_export == value
    settings_file.write_text('[tool.briefing]\nfull_export = "yes"\n')
    with pytest.raises(BuildError, match="true, false or"):
        load_settings(settings_file)

    content = tmp_path / "content"
    write_brief(content, "2020-01-01-a.md", "Angela Merkel met Emmanuel Macron in Paris.")
    opts = options(tmp_path, content=content)
    build(opts, Settings(full_export=False))
    assert not (opts.out / "api/briefing.json").exists() and read(opts.out, "api/index.json")["full_export"] is None
    monkeypatch.setattr(api_files, "FULL_EXPORT_UP_TO", 0)  # "auto" on a site larger than the limit
    build(replace(opts, force=True), Settings())  # and the folder without api/briefing.json is ours to replace
    assert not (opts.out / "api/briefing.json").exists()
    build(replace(opts, force=True), Settings(full_export=True))
    assert read(opts.out, "api/index.json")["full_export"] == "api/briefing.json"
    assert set(read(opts.out, "api/briefing.json")) == {"briefs", "entities", "quotes", "timeline", "title"}
    assert "api/briefs/2020-01-01-a.json" in tree(opts.out)
