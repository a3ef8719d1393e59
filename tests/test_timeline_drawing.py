"""The drawn timeline's geometry (briefing/drawing/timeline.py) on invented events: scale, lanes,
ticks, colours and the bad cases (no events, one event, three centuries, a thousand events)."""

import datetime as dt
import random
import re

from briefing.drawing.axis import MARGIN, WIDTH
from briefing.drawing.timeline import MAX_LANES, Dated, Publication, draw


def dated(date: str, brief: str = "b1", n: int = 0) -> Dated:
    return Dated(date, f"briefs/{brief}.html#t-{n}", f"{date} event {n}", brief)


def published(brief: str, day: str) -> Publication:
    return Publication(brief, dt.date.fromisoformat(day), f"{brief} published")


def overlapping(marks) -> list:
    """Pairs of marks in one lane whose drawn extents touch."""
    by_lane: dict[int, list] = {}
    for mark in marks:
        left = mark.x - 5 if mark.width == 0 else mark.x
        right = mark.x + 5 if mark.width == 0 else mark.x + mark.width
        by_lane.setdefault(mark.lane, []).append((left, right, mark.href))
    clashes = []
    for extents in by_lane.values():
        extents.sort()
        clashes += [(a, b) for a, b in zip(extents, extents[1:], strict=False) if b[0] < a[1]]
    return clashes


def test_no_events_draw_nothing():
    assert draw([], [published("b1", "2020-01-02")]) is None


def test_a_single_day_is_a_point_inside_the_drawing_with_month_ticks():
    drawing = draw([dated("2020-03-15")], [published("b1", "2020-03-16")])
    assert drawing is not None
    [mark] = drawing.marks
    assert mark.width == 0 and mark.lane == 0 and mark.href == "briefs/b1.html#t-0"
    assert MARGIN <= mark.x <= WIDTH - MARGIN
    labels = [tick.label for tick in drawing.ticks]
    assert "Mar" in labels or "Mar 2020" in labels, labels
    assert all(re.fullmatch(r"[A-Z][a-z]{2}( \d{4})?", label) for label in labels), labels
    [publication] = drawing.publications
    assert publication.x > mark.x  # the day after the event


def test_weeks_and_months_are_spans_in_proportion_and_days_are_points():
    drawing = draw(
        [dated("2021-02-03", n=1), dated("2021-W10", n=2), dated("2021-04", n=3), dated("2021", n=4)],
        [published("b1", "2021-05-01")],
    )
    widths = {mark.granularity: mark.width for mark in drawing.marks}
    assert widths["day"] == 0
    assert 0 < widths["week"] < widths["month"] < widths["year"]
    assert abs(widths["month"] / widths["week"] - 30 / 7) < 0.2  # April has 30 days
    assert overlapping(drawing.marks) == []


def test_ticks_label_months_with_the_year_at_january():
    drawing = draw([dated("2019-10-05", n=1), dated("2020-03-01", n=2)], [])
    labels = [tick.label for tick in drawing.ticks]
    assert "Jan 2020" in labels and "Dec" in labels, labels
    assert [tick.major for tick in drawing.ticks if tick.label == "Jan 2020"] == [True]
    xs = [tick.x for tick in drawing.ticks]
    assert xs == sorted(xs)


def test_marks_before_the_first_round_year_are_labelled_with_their_year():
    drawing = draw([dated(f"{year}-06-10", n=year) for year in range(1955, 1962)], [])
    ticks = [(tick.label, tick.major) for tick in drawing.ticks]
    assert ticks[0] == ("1955", False) and ("1956", True) in ticks, ticks
    assert drawing.ticks[0].x <= min(mark.x for mark in drawing.marks)
    late = draw([dated(f"{year}-01-02", n=year) for year in range(1955, 1962)], [])
    assert [tick.label for tick in late.ticks].count("1955") == 1  # the round year is at the start: no second label


def test_three_centuries_get_round_year_ticks_that_fit():
    events = [dated(f"{year}-07-14", n=year) for year in range(1789, 2090, 12)] + [dated("199", n=1)]
    drawing = draw(events, [])
    assert drawing.breaks == []
    labels = [tick.label for tick in drawing.ticks]
    assert 3 <= len(labels) <= WIDTH // 80, labels
    years = [int(label) for label in labels]
    assert all(year % 50 == 0 for year in years), years
    assert years[0] <= 1800 and years[-1] >= 2050
    decade = next(mark for mark in drawing.marks if mark.granularity == "decade")
    assert 0 < decade.width < WIDTH / 20  # ten years of three hundred


def test_a_long_empty_stretch_is_cut_out_so_a_busy_month_keeps_room():
    busy = [dated(f"2015-11-{day:02d}", "news", day) for day in range(1, 29)]
    drawing = draw([dated("199", "news", 0), dated("1789", "news", 99), *busy], [published("news", "2015-11-30")])
    assert len(drawing.breaks) == 2
    days = [mark for mark in drawing.marks if mark.granularity == "day"]
    assert max(m.x for m in days) - min(m.x for m in days) > WIDTH / 8  # not squashed into a few pixels
    xs = {mark.granularity: mark.x for mark in drawing.marks if mark.granularity != "day"}
    assert xs["year"] < drawing.breaks[0] < xs["decade"] < drawing.breaks[1] < min(m.x for m in days)
    labels = [tick.label for tick in drawing.ticks]
    assert "Nov 2015" in labels and any(label.startswith("199") for label in labels), labels
    first = drawing.ticks[0]
    assert first.x < 48 and first.anchor == "start"  # its label is not cut off at the left edge
    assert overlapping(drawing.marks) == []


def test_a_thousand_events_are_bounded_and_counted():
    events = [dated(f"2020-06-{1 + n % 28:02d}", f"b{n % 7}", n) for n in range(1000)]
    drawing = draw(events, [published(f"b{n}", "2020-07-01") for n in range(7)])
    assert drawing.lanes <= MAX_LANES
    assert len(drawing.marks) + sum(crowd.count for crowd in drawing.crowds) == 1000
    assert len(drawing.marks) < 400 and drawing.crowds
    xs = [crowd.x for crowd in drawing.crowds]
    assert all(b - a >= 60 for a, b in zip(xs, xs[1:], strict=False))  # room for "+123" each
    assert overlapping(drawing.marks) == []
    assert drawing.height < 300


def test_random_events_never_overlap_in_a_lane():
    rng = random.Random(19)
    start = dt.date(2018, 1, 1).toordinal()
    events = []
    for n in range(300):
        day = dt.date.fromordinal(start + rng.randrange(900))
        shape = rng.choice(["day", "week", "month"])
        text = {"day": day.isoformat(), "week": f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}"}.get(
            shape, day.isoformat()[:7]
        )
        events.append(dated(text, f"b{n % 5}", n))
    drawing = draw(events, [])
    assert overlapping(drawing.marks) == []
    assert all(MARGIN - 6 <= mark.x <= WIDTH - MARGIN + 6 for mark in drawing.marks)


def test_a_briefs_marks_share_a_colour_and_order_of_input_does_not_matter():
    events = [dated("2020-01-05", "older", 1), dated("2020-02-05", "newer", 2), dated("2020-01-20", "older", 3)]
    publications = [published("newer", "2020-02-06"), published("older", "2020-01-21")]
    drawing = draw(events, publications)
    colours = {mark.href.split("#")[0]: set() for mark in drawing.marks}
    for mark in drawing.marks:
        colours[mark.href.split("#")[0]].add(mark.colour)
    assert colours == {"briefs/older.html": {0}, "briefs/newer.html": {1}}  # by publication date
    assert [p.colour for p in drawing.publications] == [0, 1]
    assert draw(list(reversed(events)), list(reversed(publications))) == drawing
