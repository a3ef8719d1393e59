"""Drafts and scheduled briefs: what a build publishes at a given time, `--future`, the
preview's banners, the log line, and the stamp that must not keep a brief hidden once its time
has come. "Now" is injected (BuildOptions.now, BRIEFING_NOW): no test depends on the clock."""

import datetime as dt
import logging
from dataclasses import replace

import pytest
from conftest import options, write_brief

from briefing.cli import main
from briefing.errors import BuildError
from briefing.model import Brief
from briefing.pipeline import build
from briefing.schedule import current_time, plan

UTC = dt.UTC
BEFORE = dt.datetime(2021, 3, 5, 8, 0, tzinfo=UTC)  # the scheduled brief's time is 09:30 +01:00 = 08:30 UTC
AFTER = dt.datetime(2021, 3, 5, 8, 30, tzinfo=UTC)


def brief(brief_id: str, date: str, draft: bool = False, at: dt.datetime | None = None) -> Brief:
    return Brief(
        id=brief_id,
        path=f"content/{brief_id}.md",
        title=brief_id,
        date=dt.date.fromisoformat(date),
        body="Text.",
        body_line=5,
        draft=draft,
        published=at,
        lines={"draft": 4} if draft else {},
    )


def test_what_a_build_publishes_at_a_time():
    briefs = [
        brief("old", "2021-03-01"),
        brief("today", "2021-03-05"),  # a day without a time: from 00:00 UTC
        brief("at-nine", "2021-03-05", at=dt.datetime(2021, 3, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
        brief("tomorrow", "2021-03-06"),
        brief("draft", "2021-03-01", draft=True),
        brief("draft-ahead", "2021-04-01", draft=True),
    ]
    public = plan(briefs, BEFORE)
    assert [b.id for b in public.shown] == ["old", "today"] and public.states == {}
    assert [b.id for b in public.waiting] == ["at-nine", "tomorrow"]  # soonest first
    assert public.hidden == {"draft": 2, "scheduled": 2}
    assert [(w.path, w.line) for w in public.warnings] == [("content/draft-ahead.md", 4)]
    assert "stays a draft" in public.warnings[0].message

    later = plan(briefs, AFTER)
    assert [b.id for b in later.shown] == ["old", "today", "at-nine"] and later.stamp != public.stamp

    future = plan(briefs, BEFORE, future=True)
    assert [b.id for b in future.shown] == ["old", "today", "at-nine", "tomorrow"]  # never a draft

    preview = plan(briefs, BEFORE, preview=True)
    assert len(preview.shown) == len(briefs)
    assert preview.states == {"at-nine": "scheduled", "tomorrow": "scheduled", "draft": "draft", "draft-ahead": "draft"}


def test_now_comes_from_the_options_then_the_environment(monkeypatch):
    monkeypatch.setenv("BRIEFING_NOW", "2021-03-05T09:00:00+01:00")
    assert current_time(None) == dt.datetime(2021, 3, 5, 8, 0, tzinfo=UTC)
    assert current_time(AFTER) == AFTER
    monkeypatch.setenv("BRIEFING_NOW", "2021-03-05")  # a day: its midnight, UTC
    assert current_time(None) == dt.datetime(2021, 3, 5, tzinfo=UTC)
    monkeypatch.setenv("BRIEFING_NOW", "soon")
    with pytest.raises(BuildError) as raised:
        current_time(None)
    assert str(raised.value).startswith("BRIEFING_NOW: 'soon' is not a date and time — set it like ")
    monkeypatch.delenv("BRIEFING_NOW")
    assert abs(current_time(None) - dt.datetime.now(UTC)) < dt.timedelta(minutes=1)


@pytest.fixture()
def content(tmp_path):
    folder = tmp_path / "content"
    write_brief(folder, "2021-03-01-out.md", "Angela Merkel spoke in Berlin.", title="Out", date="2021-03-01")
    write_brief(
        folder, "2021-03-05-soon.md", "Emmanuel Macron spoke in Paris.", title="Soon", date="2021-03-05T09:30:00+01:00"
    )
    write_brief(
        folder,
        "2021-03-02-draft.md",
        "Olaf Scholz spoke in Bonn.",
        title="Draft",
        date="2021-03-02",
        extra="draft: true\n",
    )
    return folder


def published(out) -> list[str]:
    return sorted(p.stem for p in (out / "briefs").glob("*.html"))


def test_a_scheduled_brief_appears_once_its_time_has_come_though_nothing_changed(tmp_path, content, caplog):
    opts = replace(options(tmp_path, content=content), now=BEFORE)
    with caplog.at_level(logging.INFO, logger="briefing"):
        build(opts)
    assert published(opts.out) == ["2021-03-01-out"]
    assert "Next scheduled brief: " in caplog.text and "2021-03-05-soon.md goes live at 2021-03-05T09:30:00+01:00" in (
        caplog.text
    )
    assert "Not published: 1 draft, 1 scheduled" in caplog.text
    assert "Soon" not in (opts.out / "index.html").read_text() + (opts.out / "feed.xml").read_text()
    assert build(opts).up_to_date  # the same time: nothing to do
    later = build(replace(opts, now=AFTER))
    assert not later.up_to_date  # no file changed, but the time came
    assert published(opts.out) == ["2021-03-01-out", "2021-03-05-soon"]
    assert "Draft" not in (opts.out / "index.html").read_text()


def test_an_unchanged_site_stops_before_reading_a_brief_but_only_while_its_schedule_holds(
    tmp_path, content, caplog, monkeypatch
):
    from briefing import memory

    opts = replace(options(tmp_path, content=content), now=BEFORE)
    build(opts)
    real_read = memory.read_content
    monkeypatch.setattr(memory, "read_content", lambda *a, **k: pytest.fail("an unchanged site read its briefs"))
    with caplog.at_level(logging.INFO, logger="briefing"):
        assert build(replace(opts, now=BEFORE + dt.timedelta(minutes=5))).up_to_date
    assert "Next scheduled brief: " in caplog.text  # said again, from the stamp
    monkeypatch.setattr(memory, "read_content", real_read)
    assert not build(replace(opts, now=AFTER)).up_to_date  # the scheduled brief's time came
    assert published(opts.out) == ["2021-03-01-out", "2021-03-05-soon"]
    assert not build(replace(opts, now=BEFORE)).up_to_date  # back before it (BRIEFING_NOW): hidden again
    assert published(opts.out) == ["2021-03-01-out"]
    (content / "2021-03-01-out.md").write_text(
        (content / "2021-03-01-out.md").read_text().replace("Berlin", "Hamburg"), encoding="utf-8"
    )
    assert not build(opts).up_to_date  # a file changed


def test_build_future_publishes_scheduled_briefs_but_never_drafts(tmp_path, content, monkeypatch):
    monkeypatch.setenv("BRIEFING_NOW", BEFORE.isoformat())
    out = tmp_path / "site"
    args = ["build", "--content", str(content), "--out", str(out), "--quiet", "--jobs", "1", "--future"]
    assert main([*args, "--cache-dir", str(tmp_path / "cache")]) == 0
    assert published(out) == ["2021-03-01-out", "2021-03-05-soon"]
    assert "banner" not in (out / "briefs" / "2021-03-05-soon.html").read_text()  # published, not previewed


def test_the_preview_shows_drafts_and_scheduled_briefs_with_a_banner(tmp_path, content):
    opts = replace(options(tmp_path, content=content), now=BEFORE, preview=True)
    build(opts)
    assert published(opts.out) == ["2021-03-01-out", "2021-03-02-draft", "2021-03-05-soon"]
    draft = (opts.out / "briefs" / "2021-03-02-draft.html").read_text()
    assert '<p class="banner" role="note" data-pagefind-ignore><strong>Draft</strong>: not published' in draft
    soon = (opts.out / "briefs" / "2021-03-05-soon.html").read_text()
    assert (
        '<strong>Scheduled</strong>: goes live on <time datetime="2021-03-05T09:30:00+01:00">'
        "5 March 2021, 09:30 UTC+01:00</time>" in soon
    )
    assert "banner" not in (opts.out / "briefs" / "2021-03-01-out.html").read_text()
    home = (opts.out / "index.html").read_text()
    assert '>Draft</a> <span class="badge">draft</span>' in home and '<span class="badge">scheduled</span>' in home
    # (test_newsroom.py validates the banners with the Nu checker and axe)
    # a build after the preview publishes only what is public
    assert published(build(replace(opts, preview=False)) and opts.out) == ["2021-03-01-out"]


def test_serve_builds_the_preview_and_future_reaches_the_build(tmp_path, monkeypatch):
    from briefing import serve

    seen = []
    monkeypatch.setattr(serve, "serve", lambda opts, host, port: seen.append(opts) or 0)
    assert main(["serve", "--out", str(tmp_path / "site"), "--quiet"]) == 0
    assert main(["serve", "--out", str(tmp_path / "site"), "--quiet", "--future"]) == 0
    assert [(o.preview, o.search_later, o.future) for o in seen] == [(True, True, False), (True, True, True)]
