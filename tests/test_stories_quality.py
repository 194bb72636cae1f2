"""Story grouping against the labelled real items of tests/data/stories (see its README), and the quality script."""

from __future__ import annotations

import json

import pytest

from benchmarks.labelled import STORY_DATA, Context, Labelled, bcubed, load_stories, pairwise
from benchmarks.quality import main, story_section
from briefing import stories
from briefing.config import AnalysisSettings

THRESHOLD = AnalysisSettings().similarity


@pytest.fixture(scope="module")
def labelled() -> Labelled:
    # the sets these tests were written on: held-out-2 and -3 are scored by the quality script only (a first sight
    # must stay one), and their event labels reuse names of the other days' ("greenland", "vz-capture")
    return load_stories().subset(["dev", "held-out"])


def pick(data: Labelled, *labels: str) -> tuple[list[int], list[str]]:
    """Indexes and event labels of every item of these events (the finer labels, e.g. "dev-solo-20")."""
    keep = [i for i, t in enumerate(data.events) if t in labels]
    return keep, [data.events[i] for i in keep]


def groups_of(data: Labelled, keep: list[int], grouping: str = "words") -> list[set[str]]:
    """The event labels each found story holds, grouping only the kept items."""
    found = stories.cluster([data.items[i] for i in keep], THRESHOLD, grouping)
    return [{data.events[keep[j]] for j in g} for g in found]


def test_scores_on_hand_made_groups() -> None:
    truth = ["a", "a", "a", "b", "c"]
    assert pairwise([[0, 1, 2], [3], [4]], truth) == (1.0, 1.0, 1.0)
    p, r, f = pairwise([[0, 1], [2, 3], [4]], truth)
    assert (p, r) == (0.5, 1 / 3) and f == pytest.approx(0.4)
    bp, br, _ = bcubed([[0, 1, 2, 3, 4]], truth)
    assert bp == pytest.approx((3 * 3 / 5 + 1 / 5 + 1 / 5) / 5) and br == 1.0


@pytest.mark.parametrize("grouping", ["words", pytest.param("embeddings", marks=pytest.mark.model)])
def test_one_event_from_many_outlets_in_other_words_is_one_story(labelled: Labelled, grouping: str) -> None:
    # the UK-French strike in Syria told by AP, Reuters, France 24, the Guardian, SCMP and TASS, each in its own
    # words ("warplanes strike suspected IS weapons facility", "bomb Islamic State facility", "bombed suspected Isis
    # arms dump"); a North Korean launch by four outlets; the Berlin grid arson by four
    events = ("syria-is-strike", "nk-missile", "berlin-outage", "myanmar-results", "nigeria-boat")
    keep, _ = pick(labelled, *events)
    assert len({labelled.items[i].publisher for i in keep}) >= 6
    found = groups_of(labelled, keep, grouping)
    assert sorted(found, key=sorted) == sorted(({e} for e in events), key=sorted)


@pytest.mark.parametrize("grouping", ["words", pytest.param("embeddings", marks=pytest.mark.model)])
def test_same_country_or_kind_of_event_stays_apart(labelled: Labelled, grouping: str) -> None:
    # two deadly Nigerian events on one day (a boat capsized in Yobe, gunmen raiding a village), three Yemen
    # developments (Hadramout retaken, restrictions in Aden, a peace conference), three Syrian ones, the Myanmar
    # amnesty and the Myanmar election count
    labels = (
        "nigeria-boat",
        "nigeria-village-attack",
        "yemen-hadramout",
        "dev-solo-130",
        "dev-solo-174",
        "myanmar-amnesty",
        "myanmar-results",
        "syria-is-strike",
        "dev-solo-20",
        "dev-solo-32",
    )
    if grouping == "embeddings":
        # a known limit, measured (HISTORY.md): headline embeddings link the day's three Yemen developments (Hadramout
        # retaken, the Aden restrictions, the separatists agreeing to a conference): one conflict's moves in a day
        labels = tuple(x for x in labels if x not in ("yemen-hadramout", "dev-solo-130", "dev-solo-174"))
    keep, truth = pick(labelled, *labels)
    assert len(set(truth)) == len(labels)
    found = groups_of(labelled, keep, grouping)
    assert all(len(g) == 1 for g in found)
    assert len(found) == len(labels)


@pytest.mark.parametrize("grouping", ["words", pytest.param("embeddings", marks=pytest.mark.model)])
def test_same_country_events_stay_apart_when_the_whole_day_is_grouped(
    labelled: Labelled, grouping: str
) -> None:
    # grouped with every other item of the day, so that neither a lower threshold for look-alike headlines nor
    # the refinement passes can bring two Nigerian or two Myanmar events together through the day's other stories
    day = labelled.subset(["dev"])
    found = stories.cluster(day.items, THRESHOLD, grouping)
    story_of = {i: k for k, g in enumerate(found) for i in g}
    for a, b in (("nigeria-boat", "nigeria-village-attack"), ("myanmar-amnesty", "myanmar-results")):
        left = {story_of[i] for i, t in enumerate(day.events) if t == a}
        right = {story_of[i] for i, t in enumerate(day.events) if t == b}
        assert left and right and not left & right, (a, b)


def test_reports_of_one_event_in_many_wordings_gather_after_the_first_pass(labelled: Labelled) -> None:
    # the diaspora's celebrations told by AP, the Guardian (twice), WSJ and Reuters (twice), from South Florida,
    # the UK and Madrid, and the Greenland reactions of France, Germany, the UK, Denmark and Greenland itself
    # (Reuters, TASS, SCMP): taken
    # in time order, an early report looks unlike the later ones; the passes that move each report to the story
    # it is most like once all are known gather them
    for label, most in (("vz-diaspora", 2), ("greenland", 2)):
        keep, _ = pick(labelled, label)
        assert len({labelled.items[i].publisher for i in keep}) >= 3
        found = stories.cluster([labelled.items[i] for i in keep], THRESHOLD)
        assert len(found) <= most, (label, found)
        assert max(map(len, found)) >= len(keep) - 2


@pytest.mark.model
def test_pieces_that_only_mention_the_days_largest_event_stay_out_of_its_story(labelled: Labelled) -> None:
    # the whole dev day grouped by headline meaning: three items the labels keep apart from the Venezuela
    # operation (a Guardian analysis of Venezuelan leaders' fears, Trump on Cuba, a tanker's course: tanker
    # exports) each reach the story's 140 reports by one headline at the link (cosine 0.60): the best of 140
    # cosines, which a story that large reaches for pieces that only mention it; the story keeps its reports
    day = labelled.subset(["dev"])
    found = stories.cluster(day.items, THRESHOLD, "embeddings")
    story_of = {i: k for k, g in enumerate(found) for i in g}
    largest = max(found, key=len)
    assert sum(day.truth[i] == "vz-operation" for i in largest) >= 130
    pieces = (
        "Venezuelan leaders' fever dream",
        "Trump signals US may expand focus to Cuba",
        "Oil tanker heading",
    )
    for start in pieces:
        apart = [i for i, it in enumerate(day.items) if it.title.startswith(start)]
        assert len(apart) == 1 and day.truth[apart[0]] != "vz-operation", start
        assert story_of[apart[0]] != story_of[largest[0]], start


@pytest.mark.parametrize("grouping", ["words", pytest.param("embeddings", marks=pytest.mark.model)])
def test_titles_only_and_full_text_reports_meet(labelled: Labelled, grouping: str) -> None:
    # AP gives headlines only, Reuters and France 24 the whole article: the Brigitte Macron verdict and the
    # Swiss police naming every injured person are one story each whatever the feed gives
    keep, truth = pick(labelled, "macron-cyberbullying", "swiss-injured")
    kinds = {bool(labelled.items[i].summary) for i in keep}
    assert kinds == {True, False}
    found = groups_of(labelled, keep, grouping)
    assert [{"macron-cyberbullying"}] == [g for g in found if "macron-cyberbullying" in g]
    if grouping == "words":
        assert sorted(found, key=sorted) == [{"macron-cyberbullying"}, {"swiss-injured"}]
    else:
        # headlines alone: "Pressure builds for answers over Swiss bar fire after victims identified" is not
        # close enough to "Swiss police identify all 116 people injured ..." (a recall miss, measured in HISTORY.md)
        assert {"swiss-injured"} in found and len(found) <= 3


def floats(rows: dict[str, str], key: str) -> list[float]:
    return [float(x) for x in rows[key].split(" / ")]


def test_quality_script_scores_the_held_out_day_above_a_floor() -> None:
    section = story_section(Context(("held-out",), analyse=False))
    rows = dict(section.rows)
    # the words grouping on the finer event labels: floors under its figures without the per-item analysis
    # (pairwise F1 0.360, B-cubed F1 0.828); a grouping that merges nothing scores B-cubed F1 0.74 here
    pair_f1, b_f1 = floats(rows, "held-out, words: events (finer labels) pairwise F1 / B-cubed F1")
    assert pair_f1 >= 0.34 and b_f1 >= 0.8
    assert "items/s" in rows["held-out, words: grouping time"]
    assert any("load average" in note for note in section.notes)


@pytest.mark.model
def test_embedding_grouping_finds_the_days_stories() -> None:
    # headline embeddings on the story labels (an event and its aftermath): measured pairwise P/R/F1
    # 0.595 / 0.605 / 0.600 and B-cubed F1 0.854 on this day; the words grouping scores pairwise F1 0.12 here,
    # merging nothing 0.0, merging everything 0.06
    section = story_section(Context(("held-out",), analyse=False))
    rows = dict(section.rows)
    p, r, f = floats(rows, "held-out, embeddings (configured): pairwise precision / recall / F1")
    bp, br, bf = floats(rows, "held-out, embeddings (configured): B-cubed precision / recall / F1")
    words_f = floats(rows, "held-out, words: pairwise precision / recall / F1")[2]
    assert f >= 0.55 and p >= 0.5 and r >= 0.5
    assert bf >= 0.82 and bp >= 0.85
    assert f > 3 * words_f


def test_quality_script_prints_the_story_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--set", "held-out", "--no-analysis", "--section", "stories"]) == 0
    out = capsys.readouterr().out
    assert "Story grouping" in out and "pairwise precision / recall / F1" in out and "B-cubed" in out


@pytest.mark.model
def test_the_variants_scripts_default_row_is_the_projects_grouping(labelled: Labelled) -> None:
    # benchmarks.grouping_variants re-implements the link rules to try other ways of cutting the same graph; its
    # figures (HISTORY.md: "Graph communities, edge checks, density") only compare if its default row groups as
    # stories.cluster does
    from benchmarks import grouping_variants

    part = labelled.subset(["held-out"])
    day = grouping_variants.prepare(part.items, part.truth)
    ours = stories.after_links(
        part.items, grouping_variants.plain(day, day.vectors @ day.vectors.T)(0.6), by_meaning=True
    )
    theirs = stories.cluster(part.items, THRESHOLD, "embeddings", link=0.6)
    assert ours == theirs
    assert sum(len(g) > 1 for g in theirs) >= 10  # a day with stories to find, not one that merges nothing


def test_every_labelled_item_is_read_with_the_date_its_label_gives() -> None:
    # held-out-2, -3 and -4 come from a file captured on 2026-01-08 (the corpus's feeds folder): read as of the snapshots'
    # capture its items of 2026-01-06/07 would be "in the future", undated, and the grouping's 48-hour window blind
    rows = [
        json.loads(line) for line in (STORY_DATA / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    labelled = load_stories()
    assert len(rows) == len(labelled.items)
    assert {r["set"] for r in rows} == {
        "dev",
        "held-out",
        "held-out-2",
        "held-out-3",
        "held-out-4",
        "cross-language",
    }
    for row, item in zip(rows, labelled.items, strict=True):
        # Meduza's items are all dated 1970-01-01: undated, they carry the day of their capture
        when = item.published or (item.fetched_at if row["feed"].startswith("meduza_") else None)
        assert when is not None and when.date().isoformat() == row["day"], row["title"]
