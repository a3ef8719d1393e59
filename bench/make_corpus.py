"""Make N distinct briefs by recombining paragraphs of real articles (the eval set and the seed).

    python bench/make_corpus.py --count 1000 --out bench/corpus/content

Each brief gets 4–8 paragraphs drawn from different articles, its own title and its own date,
so every brief is new text to annotate. The same count and seed give the same corpus.
With --newsroom each brief also gets a section (of 10), one to three tags (of 50) and one or two
authors (of 20), as a newsroom's archive has. With --cast N each brief also gets a paragraph
naming two to four of N invented recurring people, organisations and places, drawn as news
draws them (a few often, most rarely: weight 1/rank), so that a large corpus has thousands of
recurring entities, not only the few hundred of the source articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "eval" / "dev", ROOT / "content"]
SEED_TEXTS = ROOT / "seeds"


def paragraphs() -> list[str]:
    found = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.md")):
            text = path.read_text(encoding="utf-8")
            if text.startswith("---"):
                text = text.split("\n---", 2)[-1]
            found += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 12]
    for path in sorted(SEED_TEXTS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        found += [line.strip() for line in lines if len(line.split()) >= 12]
    return found


SECTIONS = [
    "World",
    "Politics",
    "Business",
    "Science",
    "Health",
    "Sport",
    "Culture",
    "Technology",
    "Environment",
    "Opinion",
]
TAG_WORDS = [
    "Elections",
    "Trade",
    "Energy",
    "Climate",
    "Courts",
    "Labour",
    "Housing",
    "Transport",
    "Banking",
    "Defence",
]
TAG_KINDS = ["", " policy", " reform", " inquiry", " markets"]
FIRST_NAMES = ["Ada", "Ben", "Cleo", "Dev", "Ema", "Finn", "Gus", "Hana", "Ivo", "Jun"]
LAST_NAMES = ["Marlow", "Quince"]


def newsroom_fields(rng: random.Random) -> str:
    """Front matter of a newsroom's brief: a section, one to three tags, one or two authors."""
    tags = sorted({rng.choice(TAG_WORDS) + rng.choice(TAG_KINDS) for _ in range(rng.randint(1, 3))})
    authors = sorted({f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(rng.randint(1, 2))})
    return f"section: {rng.choice(SECTIONS)}\ntags: [{', '.join(tags)}]\nauthors: [{', '.join(authors)}]\n"


GIVEN = [
    "Alma",
    "Bruno",
    "Carys",
    "Dmitri",
    "Esme",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Milo",
    "Nadia",
    "Oskar",
    "Priya",
    "Quentin",
    "Rosa",
    "Soren",
    "Talia",
    "Umar",
    "Vera",
    "Wendell",
    "Ximena",
    "Yusuf",
    "Zora",
    "Anders",
    "Beatriz",
    "Callum",
    "Dalia",
    "Emeka",
    "Freya",
    "Gideon",
    "Hedda",
    "Idris",
    "Jovana",
    "Kenji",
    "Liesel",
    "Marek",
    "Noor",
]
FAMILY = [
    "Abernathy",
    "Brandvold",
    "Castellan",
    "Dunmore",
    "Ekwueme",
    "Fairbairn",
    "Galloway",
    "Halvorsen",
    "Iturbe",
    "Jankowski",
    "Kettering",
    "Lindqvist",
    "Mbeki",
    "Northcote",
    "Okonkwo",
    "Pemberton",
    "Quarrie",
    "Rasmussen",
    "Sandoval",
    "Thackeray",
    "Underhill",
    "Vasquez",
    "Whitlock",
    "Yardley",
    "Zielinski",
    "Ashcombe",
    "Blackwood",
    "Cordova",
    "Delacroix",
    "Eastwood",
    "Ferreira",
    "Grimaldi",
    "Hartigan",
    "Ishikawa",
    "Jessup",
    "Kowalczyk",
    "Larkspur",
    "Montague",
    "Nakamura",
    "Oyelaran",
]
ORG_WORDS = [
    "Northgate",
    "Riverside",
    "Harbour",
    "Summit",
    "Meridian",
    "Keystone",
    "Bluewater",
    "Ironbridge",
    "Lakeshore",
    "Redfern",
    "Westmoor",
    "Highfield",
    "Stonegate",
    "Brightwater",
    "Oakhurst",
]
ORG_KINDS = ["Shipping Company", "Workers Union", "Development Bank", "Health Trust", "Energy Group", "Institute"]
PLACES = [
    "Eastport",
    "Millbrook",
    "Ravensholm",
    "Fairhaven",
    "Copperton",
    "Ashvale",
    "Kingsbridge",
    "Thornbury",
    "Wellmouth",
    "Dunhollow",
    "Greyridge",
    "Saltmarsh",
    "Elmstead",
    "Harrowgate",
    "Brookfield",
]
CAST_SENTENCES = [
    "{person}, who chairs the {org}, said on Monday that the plan for {place} would go ahead.",
    "“We will not accept this,” said {person} of the {org}.",
    "{person} met {other} in {place} to discuss the {org}'s finances.",
    "The {org} said {person} would visit {place} next week.",
]


def cast(size: int) -> tuple[list[str], list[str], list[str]]:
    """About `size` invented people, organisations and places, six to three to one (as many as
    the word lists make: 1,600 people, 90 organisations, 60 places)."""
    people = [f"{g} {f}" for f in FAMILY for g in GIVEN][: size * 6 // 10]
    orgs = [f"{w} {k}" for k in ORG_KINDS for w in ORG_WORDS][: size * 3 // 10]
    places = [f"{p}{suffix}" for suffix in ("", " Heights", " Bay", " Cross") for p in PLACES][: max(1, size // 10)]
    return people, orgs, places


def cast_paragraph(rng: random.Random, pool: tuple[list[str], list[str], list[str]]) -> str:
    """Two sentences naming the recurring cast, the often named more often than the rest."""

    def pick(names: list[str]) -> str:
        return rng.choices(names, weights=[1 / (rank + 1) for rank in range(len(names))])[0]

    people, orgs, places = pool
    sentences = rng.sample(CAST_SENTENCES, 2)
    return " ".join(
        s.format(person=pick(people), other=pick(people), org=pick(orgs), place=pick(places)) for s in sentences
    )


def make(count: int, out: Path, seed: int = 7, newsroom: bool = False, cast_size: int = 0) -> list[Path]:
    pool = paragraphs()
    if not pool:
        raise SystemExit(f"no source paragraphs found in {', '.join(map(str, SOURCES))}")
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written = []
    start = dt.date(2012, 1, 1)
    recurring = cast(cast_size) if cast_size else None
    for n in range(count):
        chosen = rng.sample(pool, rng.randint(4, 8))
        if recurring:
            chosen.insert(rng.randint(1, len(chosen)), cast_paragraph(rng, recurring))
        words = re.sub(r"[^\w\s'-]", "", chosen[0]).split()[:8]
        title = f"{' '.join(words)} (brief {n + 1})".replace('"', "'")
        date = start + dt.timedelta(days=rng.randrange(0, 3650))
        path = out / f"{date.isoformat()}-brief-{n + 1:05d}.md"
        extra = newsroom_fields(rng) if newsroom else ""
        path.write_text(
            f'---\ntitle: "{title}"\ndate: {date.isoformat()}\n{extra}---\n\n' + "\n\n".join(chosen) + "\n",
            encoding="utf-8",
        )
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus" / "content")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--newsroom", action="store_true", help="sections, tags and authors in the front matter")
    parser.add_argument("--cast", type=int, default=0, help="N invented recurring entities named across the briefs")
    args = parser.parse_args()
    paths = make(args.count, args.out, args.seed, args.newsroom, args.cast)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"Wrote {len(paths)} briefs ({words:,} words) to {args.out}")


if __name__ == "__main__":
    main()
