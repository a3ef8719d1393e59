"""Make N distinct briefs by recombining paragraphs of real articles (the eval set and the seed).

    python bench/make_corpus.py --count 1000 --out bench/corpus/content

Each brief gets 4–8 paragraphs drawn from different articles, its own title and its own date,
so every brief is new text to annotate. The same count and seed give the same corpus.
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


def make(count: int, out: Path, seed: int = 7) -> list[Path]:
    pool = paragraphs()
    if not pool:
        raise SystemExit(f"no source paragraphs found in {', '.join(map(str, SOURCES))}")
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written = []
    start = dt.date(2012, 1, 1)
    for n in range(count):
        chosen = rng.sample(pool, rng.randint(4, 8))
        words = re.sub(r"[^\w\s'-]", "", chosen[0]).split()[:8]
        title = f"{' '.join(words)} (brief {n + 1})".replace('"', "'")
        date = start + dt.timedelta(days=rng.randrange(0, 3650))
        path = out / f"{date.isoformat()}-brief-{n + 1:05d}.md"
        path.write_text(
            f'---\ntitle: "{title}"\ndate: {date.isoformat()}\n---\n\n' + "\n\n".join(chosen) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus" / "content")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = make(args.count, args.out, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"Wrote {len(paths)} briefs ({words:,} words) to {args.out}")


if __name__ == "__main__":
    main()
