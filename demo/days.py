"""Run the brief over both snapshot days (2026-01-04, then 2026-01-05) and picture each: `make screenshots-days`.

Usage: python demo/days.py [SNAPSHOTS_DIR] [--out FOLDER] [--docs FOLDER] [--no-shots]

SNAPSHOTS_DIR holds one folder per day of feed files named `<outlet>_<capture>_<what>.xml` (default
../shared/corpus/snapshots, the team's read-only copy; see its README for where the files come from and the
rights note: they are local test fixtures, never to be republished). For each day a config lists that day's
files (outlets named as in config/briefing.toml) and `briefing run --date DAY --no-send` writes the brief into
FOLDER (default output/days), day 2 after day 1, so that day 2's "what changed" compares with day 1. Then the
HTML brief and page 1 of the PDF of each day are saved as docs/day-DAY-html.png and docs/day-DAY-pdf.png.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAYS = ("2026-01-04", "2026-01-05")
# file prefix -> (source name, publisher, Admiralty grade); a mixed file credits each item to its link's outlet
OUTLETS = {
    "ap": ("Associated Press", "Associated Press", "B"),
    "reuters-france24": ("Reuters and France 24", "Reuters", "B"),
    "wsj": ("WSJ World News", "Wall Street Journal", "B"),
    "ft": ("FT (myFT markets)", "Financial Times", "B"),
    "npr": ("NPR News", "NPR", "B"),
    "tass-scmp": ("TASS and SCMP world", "TASS", "D"),
    "firstpost": ("Firstpost explainers and opinion", "Firstpost", "C"),
    "wapo": ("Washington Post Opinions", "The Washington Post", "B"),
    "financialexpress-bd": ("The Financial Express world", "The Financial Express", "C"),
    "guardian": ("The Guardian", "The Guardian", "B"),
}
# the other outlets a mixed file carries, graded apart from its publisher (a source's `grades`)
MIXED_GRADES = {"tass-scmp": 'grades = { "South China Morning Post" = "C" }'}


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_config(folder: Path, files: list[Path]) -> Path:
    """A config for one day's files in `folder` (theatres and actors copied from config/)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("theatres.toml", "actors.toml"):
        shutil.copy(ROOT / "config" / name, folder / name)
    (folder / "seeds").mkdir(exist_ok=True)
    lines = [
        "[brief]",
        'output_dir = "out"',
        "max_age_days = 0",
        'timezone = "UTC"',
        "[analysis]",
        'theatres_file = "theatres.toml"',
        'actors_file = "actors.toml"',
        "[seeds]",
        'folder = "seeds"',
        "[smtp]",
        'host = ""',
        'sender = "brief@example.org"',
        "[[recipients]]",
        'address = "analyst@example.org"',
    ]
    for path in files:
        prefix = path.name.split("_")[0]
        name, publisher, grade = OUTLETS.get(prefix, (prefix, prefix, "F"))
        lines += [
            "[[sources]]",
            f"name = {_q(name)}",
            f"path = {_q(str(path.resolve()))}",
            f"publisher = {_q(publisher)}",
            f"grade = {_q(grade)}",
            *([MIXED_GRADES[prefix]] if prefix in MIXED_GRADES else []),
        ]
    path = folder / "briefing.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_day(conf: Path, day: str) -> Path:
    """`briefing run --date DAY --no-send` with this project's code; return the brief's folder."""
    cmd = [sys.executable, "-m", "briefing.cli", "--config", str(conf), "run", "--date", day, "--no-send"]
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    print(res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip())
    if res.returncode != 0:
        raise SystemExit(f"days: the run of {day} failed (exit {res.returncode})")
    return conf.parent / "out" / "briefs" / day


def shoot(brief: Path, day: str, docs: Path) -> None:
    """docs/day-DAY-html.png (the top of the HTML brief) and docs/day-DAY-pdf.png (page 1 of the PDF)."""
    from briefing import screenshots

    shots = brief.parent.parent / "screenshots" / day
    shots.mkdir(parents=True, exist_ok=True)
    html_png = docs / f"day-{day}-html.png"
    written = screenshots.shoot_html(brief / "brief.html", shots, readme=html_png)
    for page in screenshots.shoot_pdf(brief / "brief.pdf", shots):
        target = docs / f"day-{day}-pdf.png"
        shutil.copy(page, target)
        screenshots._shrink(target)
        written.append(target)
    for path in written:
        print(f"screenshot: {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python demo/days.py", description=__doc__.splitlines()[0])
    parser.add_argument(
        "snapshots", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "snapshots"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "output" / "days")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--no-shots", action="store_true", help="write the briefs only")
    args = parser.parse_args(argv)
    if not all((args.snapshots / day).is_dir() for day in DAYS):
        print(
            f"days: no snapshot folders {', '.join(DAYS)} in {args.snapshots}; pass the folder that holds them"
        )
        return 2
    if args.out.exists():
        shutil.rmtree(args.out)  # each time from scratch: day 2 compares with this day 1, not an older one
    for day in DAYS:
        files = sorted((args.snapshots / day).glob("*.xml"))
        brief = run_day(write_config(args.out, files), day)
        print(f"{day}: {brief}")
        if not args.no_shots:
            args.docs.mkdir(parents=True, exist_ok=True)
            shoot(brief, day, args.docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
