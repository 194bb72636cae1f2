"""The desk editor's checks on the labelled story set: `desk_section` (a section for `python -m benchmarks.quality`;
alone: `python -m benchmarks.quality_desk`).

The dev set (items of 2026-01-03/04) is composed as day 1's brief and the held-out set (2026-01-05) as day 2's,
day 2 against day 1, with the project's grouping, ranking and carry-over and the demo settings. Printed: how many
publishers reach the body, the largest share one publisher holds of a theatre's stories where 3 or more
contributed (the rule: at most desk.publisher_share), stories led by commentary (must be 0), BLUF bullets that are
not a sentence of their reports (must be 0), day 2's "what changed" length (at most desk.max_changes) and how
many of day 2's stories continue one of day 1 (labels name stories within one day, so this is a count, not a score).
Also the event type the score weighs (`rank.event_type`) against `tests/data/stories/event_types.jsonl`: the type of
each labelled story of two or more items and of 100 single-item stories drawn with a fixed seed, labelled by hand
before it was measured (rules in that folder's README). And the desk's reading of each item (`item_kind`: report,
background, commentary) against `tests/data/stories/kinds.jsonl`, labelled blind (`--errors`: dev's misses).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from benchmarks.labelled import Context, Section

DAYS = (("dev", date(2026, 1, 4)), ("held-out", date(2026, 1, 5)))
SERIOUS = frozenset(
    {"conflict", "security", "diplomacy", "politics"}
)  # weighted above business, culture, sport


def event_types(sets: tuple[str, ...] | list[str], model_vote: bool = True) -> dict[str, dict[str, Any]]:
    """Per set: labelled stories, the share whose `rank.event_type` is the label, the share it puts on the right
    side of serious (conflict, security, diplomacy, politics) against the rest, and recall per labelled type
    (`model_vote` False: the cue words alone, as without the headline model)."""
    from benchmarks.labelled import STORY_DATA, load_stories
    from briefing import rank, stories

    data = load_stories()
    if model_vote:
        # as in a run, where the grouping has embedded every headline the model reads before the ranking
        stories.warm(data.items, "auto")
    members: defaultdict[tuple[str, str], list[Any]] = defaultdict(list)
    for it, story, name in zip(data.items, data.truth, data.sets, strict=True):
        members[(name, story)].append(it)
    out: dict[str, dict[str, Any]] = {}
    for line in (STORY_DATA / "event_types.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["set"] not in sets:
            continue
        got = rank.event_type(members[(row["set"], row["story"])], model_vote)
        fig = out.setdefault(
            row["set"], {"stories": 0, "exact": 0, "serious": 0, "by_type": Counter(), "found": Counter()}
        )
        fig["stories"] += 1
        fig["exact"] += got == row["type"]
        fig["serious"] += (got in SERIOUS) == (row["type"] in SERIOUS)
        fig["by_type"][row["type"]] += 1
        fig["found"][row["type"]] += got == row["type"]
    return out


KINDS = ("report", "background", "commentary")


def item_kind(item: Any) -> str:
    """What the desk reads an item as: commentary (`rank.is_commentary`, or a photo gallery: `rank.is_gallery`), else
    background (`rank.is_aside`: a profile, explainer or an angle on an event), else a report."""
    from briefing import rank

    if rank.is_commentary(item) or rank.is_gallery(item):
        return "commentary"
    return "background" if rank.is_aside(item) else "report"


def _kind_rows() -> list[dict[str, Any]]:
    """The hand-labelled item kinds (tests/data/stories/kinds.jsonl), a row each."""
    from benchmarks.labelled import STORY_DATA

    text = (STORY_DATA / "kinds.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def item_kinds(sets: tuple[str, ...] | list[str]) -> dict[str, dict[str, Any]]:
    """Per set: items labelled with their kind (tests/data/stories/kinds.jsonl: report, background, commentary) and
    the desk's reading of each (`item_kind`): a confusion count (label, found), and the items it gets wrong."""
    from benchmarks.labelled import STORY_DATA, load_stories

    data = load_stories()
    rows = [
        json.loads(line) for line in (STORY_DATA / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    by_key = {(r["feed"], r["link"], r["title"]): it for r, it in zip(rows, data.items, strict=True)}
    out: dict[str, dict[str, Any]] = {}
    for row in _kind_rows():
        if row["set"] not in sets:
            continue
        item = by_key[(row["feed"], row["link"], row["title"])]
        got = item_kind(item)
        fig = out.setdefault(row["set"], {"items": 0, "pairs": Counter(), "wrong": []})
        fig["items"] += 1
        fig["pairs"][(row["kind"], got)] += 1
        if got != row["kind"]:
            fig["wrong"].append(f"{row['kind']} -> {got}: {item.title[:100]}")
    return out


def kind_scores(pairs: Counter[tuple[str, str]], kind: str) -> tuple[float, float, int]:
    """Precision and recall of one kind over (label, found) counts, and how many items carry that label; "not
    report" counts background and commentary together (what may not lead a section on its own)."""

    def match(k: str) -> bool:
        return k != "report" if kind == "not report" else k == kind

    found = sum(n for (label, got), n in pairs.items() if match(got))
    labelled = sum(n for (label, got), n in pairs.items() if match(label))
    right = sum(n for (label, got), n in pairs.items() if match(label) and match(got))
    return (right / found if found else 1.0), (right / labelled if labelled else 1.0), labelled


def _brief(items: list[Any], day: date, settings: Any, previous: dict[str, Any] | None) -> Any:
    """The day's brief as `briefing run` composes it: the whole analysis, then compose."""
    from briefing import analyse, compose

    analysed, found = analyse.analyse(items, settings)
    end = datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=UTC)
    return compose.build_brief(
        day, (end - timedelta(days=1), end), analysed, found, [], settings, previous, end
    )


def labelled_kinds() -> dict[tuple[str, str], str]:
    """(link, title) -> the hand label of its kind (tests/data/stories/kinds.jsonl)."""
    return {(r["link"], r["title"]): r["kind"] for r in _kind_rows()}


def not_reports(brief: Any, kinds: dict[tuple[str, str], str]) -> tuple[int, int]:
    """Sections whose first story is headed by a piece labelled background or commentary, and bottom-line bullets
    told from one (the report `summary.bullet` takes its sentence from)."""
    from briefing import summary

    items = {it.id: it for it in brief.items}

    def labelled_not_report(it: Any) -> bool:
        return it is not None and kinds.get((it.url, it.title), "report") != "report"

    led = 0
    told = 0
    for sec in brief.sections:
        by_id = {st.id: st for st in sec.stories}
        if sec.stories:
            first = sec.stories[0]
            led += labelled_not_report(items.get(first.item_ids[0]) if first.item_ids else None)
        for b in sec.bullets:
            st = by_id.get(b.story_id)
            members = [items[i] for i in (st.item_ids if st else ()) if i in items]
            text, source = summary.lede(members)
            told += labelled_not_report(source if text else (members[0] if members else None))
    return led, told


def checks(brief: Any) -> dict[str, Any]:
    """The desk rules measured on one composed brief."""
    from briefing import rank, summary

    items = {it.id: it for it in brief.items}
    body = {p for st in brief.stories for p in st.publishers}
    worst = 0.0
    for sec in brief.sections:
        counts = Counter(p for st in sec.stories for p in set(st.publishers))
        if len({p for st in sec.stories for p in st.publishers}) >= 3 and sec.stories:
            worst = max(worst, counts.most_common(1)[0][1] / len(sec.stories))
    led = sum(1 for sec in brief.sections if sec.stories and rank.commentary_only(sec.stories[0], items))
    not_source = 0
    for sec in brief.sections:
        by_id = {st.id: st for st in sec.stories}
        for b in sec.bullets:
            st = by_id.get(b.story_id)
            texts = [
                summary.tidy(f"{items[i].title}\n{items[i].summary}")
                for i in (st.item_ids if st else ())
                if i in items
            ]
            not_source += not any(b.text in t for t in texts)
    return {
        "publishers": len(body),
        "worst_share": worst,
        "led_by_commentary": led,
        "bullets_not_from_sources": not_source,
        "changes": len(brief.changes),
        "continuing": sum(1 for st in brief.stories if st.status in ("developing", "continuing")),
        "stories": len(brief.stories),
        "bullets": sum(len(sec.bullets) for sec in brief.sections),
    }


def desk_section(ctx: Context) -> Section:
    """Ranking, balance, commentary, BLUF and carry-over checks on the two labelled days."""
    from benchmarks.labelled import load_stories
    from briefing import compose

    data = load_stories()  # parsed only: the analysis is run here as the pipeline runs it
    settings = ctx.settings
    sec = Section("Desk editor (tests/data/stories, dev = day 1, held-out = day 2)")
    previous: dict[str, Any] | None = None
    kinds = labelled_kinds()
    for name, day in DAYS:
        if name not in ctx.sets:
            continue
        part = data.subset([name])
        brief = _brief(list(part.items), day, settings, previous)
        got = checks(brief)
        sec.rows += [
            (f"{name}: stories shown / publishers in the body", f"{got['stories']} / {got['publishers']}"),
            (
                f"{name}: largest publisher share of a theatre (3+ publishers)",
                f"{got['worst_share']:.2f} (at most {settings.desk.publisher_share:.2f})",
            ),
            (f"{name}: theatres led by commentary", got["led_by_commentary"]),
            (
                f"{name}: BLUF bullets not a source sentence",
                f"{got['bullets_not_from_sources']} of {got['bullets']}",
            ),
        ]
        led, told = not_reports(brief, kinds)
        sec.rows += [
            (f"{name}: theatres led by a piece labelled not a report", led),
            (f"{name}: BLUF bullets told from a piece labelled not a report", f"{told} of {got['bullets']}"),
        ]
        if previous is not None:
            sec.rows += [
                (f"{name}: what changed, lines", f"{got['changes']} (at most {settings.desk.max_changes})"),
                (f"{name}: stories continuing day 1 (developing or continuing)", got["continuing"]),
            ]
        previous = {**compose.remember(brief)}
    for name, fig in event_types(list(ctx.sets)).items():
        recall = ", ".join(f"{t} {fig['found'][t]}/{n}" for t, n in sorted(fig["by_type"].items()))
        sec.rows += [
            (
                f"{name}: event type right / serious or not right ({fig['stories']} labelled stories)",
                f"{fig['exact'] / fig['stories']:.3f} / {fig['serious'] / fig['stories']:.3f}",
            ),
            (f"{name}: event type found per label", recall),
        ]
    for name, fig in item_kinds(list(ctx.sets)).items():
        parts = []
        for kind in ("commentary", "background", "not report"):
            p, r, n = kind_scores(fig["pairs"], kind)
            parts.append(f"{kind} P {p:.2f} R {r:.2f} ({n})")
            sec.figures.setdefault(f"kinds/{name}", {})[kind] = {"precision": p, "recall": r, "labelled": n}
        sec.rows.append((f"{name}: item kinds, {fig['items']} labelled items", "; ".join(parts)))
        if ctx.errors and name == "dev":
            sec.lines += [f"  kind {w}" for w in fig["wrong"]]
    for name, fig in event_types(list(ctx.sets), model_vote=False).items():
        sec.rows.append(
            (
                f"{name}: event type by cue words alone: right / serious or not right",
                f"{fig['exact'] / fig['stories']:.3f} / {fig['serious'] / fig['stories']:.3f}",
            )
        )
    return sec


def main() -> int:
    """`python -m benchmarks.quality_desk`: this section alone (the lead wires it into benchmarks.quality)."""
    sec = desk_section(Context())
    print(sec.title)
    width = max((len(k) for k, _ in sec.rows), default=0)
    for k, v in sec.rows:
        print(f"  {k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
