"""Grouping variants on the labelled story set: `python -m benchmarks.grouping_variants`.

Research, not part of the product: each row groups the same analysed items of tests/data/stories (dev and
held-out) another way and prints the story-level pairwise P/R/F1, B-cubed F1 and how long the grouping took (the
headline vectors are encoded once per set beforehand and not counted; the best of two runs). Every variant keeps what the default
`stories.linked` keeps: links only between same-language items whose headline names do not disagree, TF-IDF word
links for languages the model does not read, canonical-name links across languages, identical text always linked;
and `stories.after_links` runs after each (commentary apart, background pieces and reactions joined). The union-find rows also keep the 48-hour span per story; the
community and density rows do not need it on these one- and two-day sets. README ("How stories are grouped",
"Graph communities, edge checks, density") holds the figures and what they mean.

Some rows need libraries the project does not install (they were not kept): networkx (Louvain, label
propagation, k-core), igraph + leidenalg (Leiden), scikit-learn (HDBSCAN). Rows whose library is missing are
skipped with a note: `pip install networkx==3.6.1 igraph==1.0.0 leidenalg==0.12.0 scikit-learn==1.9.1`.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from benchmarks import labelled
from briefing import embeddings, stories

LOW = 0.45  # the lowest headline cosine any variant looks at


@dataclass
class Day:
    """One labelled set, ready to group: items, labels, headline vectors and every candidate link."""

    items: list[Any]
    truth: list[str]
    read: list[int]  # items in a language the headline model reads
    vectors: np.ndarray  # their headline vectors, one row per `read` entry
    languages: list[str]
    names: list[set[str]]
    other: list[tuple[float, int, int]]  # word links (other languages) and canonical links (across languages)


def prepare(items: Sequence[Any], truth: Sequence[str]) -> Day:
    languages = [it.language for it in items]
    names = [stories.anchors(it, with_lede=False) for it in items]
    read = [i for i, lang in enumerate(languages) if lang in stories.MODEL_LANGUAGES]
    vectors = embeddings.encode([stories._headline(items[i]) for i in read])
    other: list[tuple[float, int, int]] = []
    rest = [i for i, lang in enumerate(languages) if lang not in stories.MODEL_LANGUAGES]
    if rest:
        found = stories._word_links([items[i] for i in rest], rest, 0.25, names)
        other += [(-s, i, j) for s, i, j in found]
    if len(set(languages)) > 1:
        canonical = stories.vectors(items, stories.canonical_features)
        for i, j in stories._sharing(canonical):
            sim = stories.cosine(canonical[i], canonical[j], 1.0)
            shared = len(canonical[i].keys() & canonical[j].keys())
            if languages[i] != languages[j] and sim >= 0.5 and shared >= 2:
                other.append((sim, i, j))
    return Day(list(items), list(truth), read, vectors, languages, names, other)


def links(day: Day, sims: np.ndarray, low: float) -> list[tuple[float, int, int]]:
    """(similarity, i, j) for every allowed pair at `low` or more (`sims` over `day.read`), plus the other links."""
    out = []
    rows, cols = np.nonzero(sims >= low)
    for a, b in zip(rows.tolist(), cols.tolist(), strict=True):
        i, j = day.read[a], day.read[b]
        if (
            j > i
            and day.languages[i] == day.languages[j]
            and not stories._conflict(day.names[i], day.names[j])
        ):
            out.append((float(sims[a, b]), i, j))
    return out + day.other


def _groups(labels: Sequence[int]) -> list[list[int]]:
    found: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        found.setdefault(label, []).append(i)
    return sorted(found.values(), key=lambda m: m[0])


def union_find(
    day: Day, edges: Sequence[tuple[float, int, int]], link: float, lone: float | None = None, cross: int = 1
) -> list[list[int]]:
    """Single link from the most alike pair down, 48 hours per story at most, identical text always together.

    `lone`: a lone item joins a story (or another lone item) at this lower cosine, two stories merge at `link`.
    `cross`: two stories of 2+ items merge only once this many links between them have been seen.
    """
    n = len(day.items)
    parent, size = list(range(n)), [1] * n
    stamps = [stories._when(it) for it in day.items]
    first, last = [s or math.inf for s in stamps], [s or -math.inf for s in stamps]
    between: list[dict[int, int]] = [{} for _ in range(n)]

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        if size[a] > size[b]:
            a, b = b, a
        parent[a], size[b] = b, size[a] + size[b]
        first[b], last[b] = min(first[a], first[b]), max(last[a], last[b])
        for r, c in between[a].items():
            if r != b:
                between[b][r] = between[b].get(r, 0) + c
                between[r].pop(a, None)
                between[r][b] = between[r].get(b, 0) + c
        between[b].pop(a, None)
        between[a] = {}

    seen: dict[str, int] = {}
    for i, it in enumerate(day.items):
        if it.content_hash and (a := find(i)) != (b := find(seen.setdefault(it.content_hash, i))):
            union(a, b)
    for sim, i, j in sorted(edges, reverse=True):
        a, b = find(i), find(j)
        alone = size[a] == 1 or size[b] == 1
        if a == b or sim < (lone if alone and lone is not None else link):
            continue
        if max(last[a], last[b]) - min(first[a], first[b]) > stories.WINDOW_HOURS * 3600:
            continue
        between[a][b] = between[a].get(b, 0) + 1
        between[b][a] = between[b].get(a, 0) + 1
        if alone or between[a][b] >= cross:
            union(a, b)
    return _groups([find(i) for i in range(n)])


# --- variants: (Day, parameters) -> groups -----------------------------------------------------------------------


def plain(day: Day, sims: np.ndarray) -> Callable[..., list[list[int]]]:
    def run(link: float = 0.6, lone: float | None = None, cross: int = 1) -> list[list[int]]:
        if lone is None and cross == 1:
            # the project's own grouping (with its guard on two stories meeting, stories.MERGE_SUPPORT); the
            # union-find rows below are the plain single link the other variants were measured against
            return stories.linked(day.items, link, 0.25)
        return union_find(day, links(day, sims, min(link, lone or link)), link, lone, cross)

    return run


def rising(day: Day, rise: float) -> list[list[int]]:
    """The project's grouping with another LONE_RISE (0: a lone report joins any story at the link itself)."""
    kept = stories.LONE_RISE
    stories.LONE_RISE = rise
    try:
        return stories.linked(day.items, 0.6, 0.25)
    finally:
        stories.LONE_RISE = kept


def neighbour_check(day: Day, sims: np.ndarray, link: float, below: float, jaccard: float) -> list[list[int]]:
    """A link under `below` is kept only when the two items' neighbourhoods (cosine 0.5+) overlap that much."""
    edges = links(day, sims, 0.5)
    near: list[set[int]] = [{i} for i in range(len(day.items))]
    for _, i, j in edges:
        near[i].add(j)
        near[j].add(i)
    kept = [
        (s, i, j)
        for s, i, j in edges
        if s >= link and (s >= below or len(near[i] & near[j]) / len(near[i] | near[j]) >= jaccard)
    ]
    return union_find(day, kept, link)


def shared_check(day: Day, sims: np.ndarray, link: float, below: float, kind: str) -> list[list[int]]:
    """A link under `below` is kept only when the two items share a canonical actor/place/number (`canonical`)
    or a name or number of headline and lede (`anchors`)."""
    if kind == "canonical":
        keys = [
            {a.name for a in it.actors if a.kind != "outlet"}
            | {w for w in stories.terms(f"{it.title} {stories.lede(it)}") if w.startswith("#")}
            for it in day.items
        ]
    else:
        keys = [stories.anchors(it) for it in day.items]
    kept = [(s, i, j) for s, i, j in links(day, sims, link) if s >= below or keys[i] & keys[j]]
    return union_find(day, kept, link)


def _graph_edges(day: Day, sims: np.ndarray, low: float) -> dict[tuple[int, int], float]:
    weights: dict[tuple[int, int], float] = {}
    for s, i, j in links(day, sims, low):
        weights[(i, j)] = max(weights.get((i, j), 0.0), s)
    seen: dict[str, int] = {}
    for i, it in enumerate(day.items):
        if it.content_hash and (f := seen.setdefault(it.content_hash, i)) != i:
            weights[(f, i)] = 1.0
    return weights


def _nx(day: Day, sims: np.ndarray, low: float) -> Any:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(range(len(day.items)))
    graph.add_weighted_edges_from((i, j, w) for (i, j), w in _graph_edges(day, sims, low).items())
    return graph


def louvain(day: Day, sims: np.ndarray, low: float, resolution: float) -> list[list[int]]:
    import networkx as nx

    found = nx.community.louvain_communities(_nx(day, sims, low), resolution=resolution, seed=1)
    return [sorted(c) for c in found]


def label_propagation(day: Day, sims: np.ndarray, low: float) -> list[list[int]]:
    import networkx as nx

    found = nx.community.asyn_lpa_communities(_nx(day, sims, low), weight="weight", seed=1)
    return [sorted(c) for c in found]


def leiden(day: Day, sims: np.ndarray, low: float, resolution: float, cpm: bool) -> list[list[int]]:
    import igraph as ig
    import leidenalg as la

    weights = _graph_edges(day, sims, low)
    graph = ig.Graph(n=len(day.items), edges=list(weights), edge_attrs={"weight": list(weights.values())})
    kind = la.CPMVertexPartition if cpm else la.RBConfigurationVertexPartition
    found = la.find_partition(
        graph, kind, weights="weight", resolution_parameter=resolution, seed=1, n_iterations=-1
    )
    return [sorted(c) for c in found]


def k_core(day: Day, sims: np.ndarray, link: float, k: int) -> list[list[int]]:
    """Links only between items of the graph's k-core; every other item joins its most alike neighbour."""
    import networkx as nx

    edges = links(day, sims, link)
    graph = nx.Graph()
    graph.add_nodes_from(range(len(day.items)))
    graph.add_edges_from((i, j) for _, i, j in edges)
    core = nx.core_number(graph)
    kept = [e for e in edges if core[e[1]] >= k and core[e[2]] >= k]
    best: dict[int, tuple[float, int, int]] = {}
    for e in sorted(edges, reverse=True):
        for a in e[1:]:
            if core[a] < k and a not in best:
                best[a] = e
    return union_find(day, kept + list(best.values()), link)


def cut_bridges(day: Day, sims: np.ndarray, link: float, side: int) -> list[list[int]]:
    """Single link without the graph's bridges (a link whose removal splits a story) that leave `side`+ items on
    each side: the one pair of alike headlines that chains two sets of reports."""
    import networkx as nx

    edges = links(day, sims, link)
    graph = nx.Graph()
    graph.add_nodes_from(range(len(day.items)))
    graph.add_edges_from((i, j) for _, i, j in edges)
    cut = set()
    for a, b in list(nx.bridges(graph)):
        graph.remove_edge(a, b)
        if min(len(nx.node_connected_component(graph, x)) for x in (a, b)) >= side:
            cut.add((min(a, b), max(a, b)))
        graph.add_edge(a, b)
    return union_find(day, [e for e in edges if (min(e[1:]), max(e[1:])) not in cut], link)


def girvan_newman(day: Day, sims: np.ndarray, link: float, size: int) -> list[list[int]]:
    """Single link, then each story of `size`+ items split by removing its highest-betweenness links one at a
    time (Girvan-Newman, up to 40 splits), keeping the split of highest modularity."""
    import networkx as nx

    edges = links(day, sims, link)
    out = []
    for story in union_find(day, edges, link):
        members = set(story)
        if len(story) < size:
            out.append(story)
            continue
        graph = nx.Graph()
        graph.add_nodes_from(story)
        graph.add_edges_from((i, j) for _, i, j in edges if i in members and j in members)
        best, best_q = [story], nx.community.modularity(graph, [members])
        for k, parts in enumerate(nx.community.girvan_newman(graph)):
            if (m := nx.community.modularity(graph, parts)) > best_q:
                best, best_q = [sorted(p) for p in parts], m
            if k >= 40:
                break
        out += best
    return out


def hdbscan(day: Day, min_cluster_size: int, min_samples: int) -> list[list[int]]:
    """HDBSCAN on every headline vector (euclidean on unit vectors ranks as cosine); noise is one story each."""
    from sklearn.cluster import HDBSCAN

    found = HDBSCAN(min_cluster_size=min_cluster_size, min_samples=min_samples).fit_predict(
        np.asarray(day.vectors, dtype=np.float64)
    )
    labels = list(range(-len(day.items), 0))  # items the model does not read: alone
    for row, label in zip(day.read, found.tolist(), strict=True):
        labels[row] = label if label >= 0 else -1 - len(day.items) - row
    return _groups(labels)


def csls(vectors: np.ndarray, k: int) -> np.ndarray:
    """Cross-domain similarity local scaling: 2 cos - (mean cos of each side's k nearest): hubs weigh less."""
    sims = vectors @ vectors.T
    others = sims.copy()
    np.fill_diagonal(others, -1.0)
    r = np.sort(others, axis=1)[:, -k:].mean(axis=1)
    return np.asarray(2 * sims - r[:, None] - r[None, :])


def centred(vectors: np.ndarray, share: float) -> np.ndarray:
    """Cosines after taking `share` of the day's mean headline vector off every vector (the day's common topic)."""
    x = vectors - share * vectors.mean(axis=0)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return np.asarray(x @ x.T)


def variants(day: Day) -> list[tuple[str, str, Callable[[], list[list[int]]]]]:
    """(row name, library it needs or "", grouping)."""
    sims = day.vectors @ day.vectors.T
    run = plain(day, sims)
    return [
        ("single link 0.6 (default)", "", lambda: run(0.6)),
        ("lone report's bar flat (0.6 at any story size)", "", lambda: rising(day, 0.0)),
        ("lone report's bar rises 0.004 * sqrt(2 ln n)", "", lambda: rising(day, 0.004)),
        ("lone report's bar rises 0.01 * sqrt(2 ln n)", "", lambda: rising(day, 0.01)),
        ("single link 0.6, a lone item joins at 0.57", "", lambda: run(0.6, lone=0.57)),
        ("single link 0.6, a lone item joins at 0.55", "", lambda: run(0.6, lone=0.55)),
        ("single link 0.6, two stories merge on 2 links", "", lambda: run(0.6, cross=2)),
        ("single link 0.55, two stories merge on 2 links", "", lambda: run(0.55, cross=2)),
        (
            "0.6, links < 0.7 need neighbourhood Jaccard >= 0.05",
            "",
            lambda: neighbour_check(day, sims, 0.6, 0.7, 0.05),
        ),
        (
            "0.6, links < 0.7 need neighbourhood Jaccard >= 0.2",
            "",
            lambda: neighbour_check(day, sims, 0.6, 0.7, 0.2),
        ),
        (
            "0.6, links < 0.65 need a canonical name or number",
            "",
            lambda: shared_check(day, sims, 0.6, 0.65, "canonical"),
        ),
        (
            "0.55, links < 0.65 need a canonical name or number",
            "",
            lambda: shared_check(day, sims, 0.55, 0.65, "canonical"),
        ),
        (
            "0.6, links < 0.7 need a headline/lede name or number",
            "",
            lambda: shared_check(day, sims, 0.6, 0.7, "anchors"),
        ),
        (
            "0.5, links < 0.7 need a headline/lede name or number",
            "",
            lambda: shared_check(day, sims, 0.5, 0.7, "anchors"),
        ),
        ("bridges cut (0.6, 5+ items each side)", "networkx", lambda: cut_bridges(day, sims, 0.6, 5)),
        ("bridges cut (0.55, 3+ items each side)", "networkx", lambda: cut_bridges(day, sims, 0.55, 3)),
        ("Girvan-Newman in stories of 10+ (0.55)", "networkx", lambda: girvan_newman(day, sims, 0.55, 10)),
        (
            "k-core: 0.55, k = 2, others to their best neighbour",
            "networkx",
            lambda: k_core(day, sims, 0.55, 2),
        ),
        ("k-core: 0.6, k = 3", "networkx", lambda: k_core(day, sims, 0.6, 3)),
        ("Louvain on links >= 0.5, resolution 0.2", "networkx", lambda: louvain(day, sims, 0.5, 0.2)),
        ("Louvain on links >= 0.55, resolution 0.1", "networkx", lambda: louvain(day, sims, 0.55, 0.1)),
        ("Louvain on links >= 0.6, resolution 0.2", "networkx", lambda: louvain(day, sims, 0.6, 0.2)),
        (
            "Leiden (modularity) on links >= 0.5, resolution 0.5",
            "leidenalg",
            lambda: leiden(day, sims, 0.5, 0.5, False),
        ),
        (
            "Leiden (CPM) on links >= 0.5, resolution 0.005",
            "leidenalg",
            lambda: leiden(day, sims, 0.5, 0.005, True),
        ),
        (
            "Leiden (CPM) on links >= 0.55, resolution 0.001",
            "leidenalg",
            lambda: leiden(day, sims, 0.55, 0.001, True),
        ),
        (
            "Leiden (CPM) on links >= 0.6, resolution 0.005",
            "leidenalg",
            lambda: leiden(day, sims, 0.6, 0.005, True),
        ),
        ("label propagation on links >= 0.5", "networkx", lambda: label_propagation(day, sims, 0.5)),
        ("label propagation on links >= 0.55", "networkx", lambda: label_propagation(day, sims, 0.55)),
        ("HDBSCAN, min cluster 2, min samples 3", "sklearn", lambda: hdbscan(day, 2, 3)),
        ("HDBSCAN, min cluster 3, min samples 1", "sklearn", lambda: hdbscan(day, 3, 1)),
        ("CSLS (k = 10) single link at 0.0", "", lambda: plain(day, csls(day.vectors, 10))(0.0)),
        ("CSLS (k = 40) single link at 0.15", "", lambda: plain(day, csls(day.vectors, 40))(0.15)),
        (
            "day's mean taken off (x0.2), single link 0.56",
            "",
            lambda: plain(day, centred(day.vectors, 0.2))(0.56),
        ),
        (
            "day's mean taken off (x0.3), single link 0.5",
            "",
            lambda: plain(day, centred(day.vectors, 0.3))(0.5),
        ),
        (
            "day's mean taken off (x0.5), single link 0.5",
            "",
            lambda: plain(day, centred(day.vectors, 0.5))(0.5),
        ),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.grouping_variants", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--only", help="rows whose name contains this text (case-insensitive)")
    args = parser.parse_args(argv)
    ctx = labelled.Context()
    data = ctx.stories
    days = {}
    for name in labelled.SETS:
        part = data.subset([name, *labelled.SCORED_WITH.get(name, ())])
        days[name] = prepare(part.items, part.truth)
    rows = {name: variants(day) for name, day in days.items()}
    skipped = set()
    print(f"{'variant':<56} {'dev P / R / F1, B3':<28} {'held-out P / R / F1, B3':<28} ms (dev / held-out)")
    for k, (label, needs, _) in enumerate(rows["dev"]):
        if args.only and args.only.lower() not in label.lower():
            continue
        if needs and importlib.util.find_spec(needs) is None:
            skipped.add(needs)
            continue
        cells, times = [], []
        for name, day in days.items():
            best = math.inf
            for _ in range(2):  # the first run of a row also imports its library
                started = time.perf_counter()
                groups = rows[name][k][2]()
                best = min(best, time.perf_counter() - started)
            times.append(best * 1000)
            groups = stories.after_links(day.items, groups, by_meaning=True)
            p, r, f = labelled.pairwise(groups, day.truth)
            cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}, {labelled.bcubed(groups, day.truth)[2]:.3f}")
        print(f"{label:<56} {cells[0]:<28} {cells[1]:<28} {times[0]:.0f} / {times[1]:.0f}", flush=True)
    for needs in sorted(skipped):
        print(f"(rows needing {needs} skipped: not installed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
