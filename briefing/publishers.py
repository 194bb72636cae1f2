"""Publishers: which outlet an item comes from, when one feed file mixes several (Reuters + France 24 in one).

A source's configured `publisher` names the outlet of all its items, so two feeds of one publisher count as one
independent source. A feed whose item links name two or more outlets (each with at least MIN_SHARE of the
feed's items, and at least MIN_ITEMS) is a mixed feed: each of its items is credited to the outlet of its own
link instead. That outlet is named, in order: the configured publisher of a single-outlet source whose links
name the same outlet; this feed's configured publisher if it names that outlet (publisher "Reuters",
reuters.com); an outlet of the actors file whose name or alias is the domain's name (France 24,
france24.com); else the domain itself. Archive links (archive.is/newest/https://www.wsj.com/...) count as
the link they wrap; links to archives and aggregators that wrap nothing name no outlet. A source with no
configured publisher credits each item to its link's domain at ingest; here that domain takes the same names (a
configured source's publisher for that outlet, else the actors file's outlet), so "reuters.com" reads "Reuters".

An item credited to another outlet than its source's publisher is graded as that outlet (`grader`): by the
source's `grades` table if it names the outlet, else by the grade of a configured source of that outlet, else by
its source's `grade`. A TASS feed graded D that also carries the South China Morning Post's stories does not make
them doubtful.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from briefing.config import Settings
from briefing.models import Item
from briefing.summary import DATELINE

MIN_SHARE = 0.05
MIN_ITEMS = 2
# Hosts that carry other outlets' links: they name no outlet of their own.
NO_OUTLET = frozenset(
    [
        "archive.is",
        "archive.ph",
        "archive.today",
        "archive.org",
        "archive.li",
        "news.google.com",
        "feedproxy.google.com",
        "github.io",
        "github.com",
        "t.co",
        "bit.ly",
        "feedburner.com",
    ]
)
_EMBEDDED_URL = re.compile(r"https?://.+?(https?://.+)$")


def original_url(url: str) -> str:
    """The article's own URL: an archive link (archive.is/newest/https://...) gives the one it wraps."""
    m = _EMBEDDED_URL.match(url or "")
    return m.group(1) if m else (url or "")


def domain(url: str) -> str:
    """The registrable domain of the link (bbc.co.uk, reuters.com), or '' for none or an archive/aggregator."""
    try:
        host = (urlsplit(original_url(url)).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""
    labels = [x for x in host.split(".") if x]
    if len(labels) < 2:
        return ""
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac") and len(labels[-1]) == 2:
        found = ".".join(labels[-3:])
    else:
        found = ".".join(labels[-2:])
    if found in NO_OUTLET or host in NO_OUTLET:
        return ""
    return found


def _key(name: str) -> str:
    """A name compared with a domain's: lower case, letters and digits only, no leading 'the'."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.lower()))


def _domain_key(dom: str) -> str:
    return _key(dom.split(".")[0])


@lru_cache(maxsize=1)
def _package_outlets() -> dict[str, str]:
    """The package's list of outlets (data/outlets.txt): every name and alias (as _key) -> the outlet's name."""
    from briefing.actors.watchlist import package_outlets

    out: dict[str, str] = {}
    for names in package_outlets():
        for alias in names:
            if _key(alias):
                out.setdefault(_key(alias), names[0])
    return out


@lru_cache(maxsize=4)
def _outlets(path: str, _mtime: int) -> dict[str, str]:
    from briefing.actors import load_actors

    out: dict[str, str] = {}
    config = load_actors(Path(path))
    for e in config.actors:
        if e.kind == "outlet":
            for alias in config.aliases.get(e.name, (e.name,)):
                out.setdefault(_key(alias), e.name)
    return out


def outlet_names(actors_file: Path | None) -> dict[str, str]:
    """Known outlets: every name and alias (compared as _key) -> the outlet's name; the actors file's [[outlets]]
    over the package's list (data/outlets.txt), which holds when the file is empty or missing."""
    own = (
        _outlets(str(actors_file), actors_file.stat().st_mtime_ns)
        if actors_file is not None and actors_file.is_file()
        else {}
    )
    return {**_package_outlets(), **own}


def display_name(publisher: str, outlets: dict[str, str]) -> str:
    """A configured publisher as the brief names it. One written as a slug, all in lower case ("ap", "wsj", as a
    feed file is named), that is a known outlet's name or alias reads as the outlet's name ("Associated Press",
    "The Wall Street Journal"); any other is kept as written ("Firstpost", "financialexpress-bd")."""
    key = _key(publisher)
    if not key or publisher != publisher.lower():
        return publisher
    return outlets.get(key, publisher)


def attribute(items: Sequence[Item], settings: Settings) -> list[Item]:
    """The items with each mixed feed's items credited to the outlet of their own link (see module doc)."""
    outlets = outlet_names(settings.analysis.actors_file)
    configured = {s.name: display_name(s.publisher, outlets) for s in settings.sources}
    domains: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for it in items:
        totals[it.source] += 1
        d = domain(it.url)
        if d:
            domains[it.source][d] += 1
    mixed: set[str] = set()
    owner: dict[str, Counter[str]] = defaultdict(Counter)  # domain key -> publishers of single-outlet sources
    for source, counts in domains.items():
        big = [d for d, n in counts.items() if n >= max(MIN_ITEMS, MIN_SHARE * totals[source])]
        if len(big) >= 2 and configured.get(source):
            mixed.add(source)
        elif configured.get(source) and counts:
            owner[_domain_key(counts.most_common(1)[0][0])][configured[source]] += 1
    out = []
    for it in items:
        d = domain(it.url) if it.source in mixed else ""
        if not d:
            out.append(_named(it, configured, owner, outlets))
            continue
        key = _domain_key(d)
        own = configured.get(it.source, "")
        if owner.get(key):
            name = owner[key].most_common(1)[0][0]
        elif own and (_key(own) == key or outlets.get(_key(own)) == outlets.get(key, "\0")):
            name = own
        else:
            name = outlets.get(key, d)
        out.append(replace(it, publisher=name) if name != it.publisher else it)
    return out


def grader(settings: Settings) -> Callable[[Item], str]:
    """An item's reliability grade (see module doc); F (cannot be judged) for an item of no configured source."""
    outlets = outlet_names(settings.analysis.actors_file)

    def canonical(name: str) -> str:  # "SCMP", "scmp" and "South China Morning Post" alike
        return _key(outlets.get(_key(name), name))

    sources = {s.name: s for s in settings.sources}
    own = {s.name: canonical(display_name(s.publisher, outlets)) for s in settings.sources if s.publisher}
    by_outlet: dict[str, str] = {}  # the grade of the first configured source of each outlet
    for s in settings.sources:
        if s.name in own:
            by_outlet.setdefault(own[s.name], s.grade)
    tables = {s.name: {canonical(k): v for k, v in s.grades.items()} for s in settings.sources if s.grades}

    def grade(it: Item) -> str:
        source = sources.get(it.source)
        if source is None:
            return "F"
        outlet = canonical(it.publisher) if it.publisher else ""
        if not outlet or outlet == own.get(it.source):
            return source.grade
        return tables.get(it.source, {}).get(outlet) or by_outlet.get(outlet, source.grade)

    return grade


def _named(
    it: Item, configured: dict[str, str], owner: dict[str, Counter[str]], outlets: dict[str, str]
) -> Item:
    """An item of a source with no configured publisher, credited to its link's domain at ingest ("reuters.com"),
    under the name a configured source of that outlet uses, else the actors file's outlet ("Reuters"): one
    outlet's items count as one independent source, and the brief names it as readers know it. An item of a
    configured source takes the name its publisher reads as (display_name)."""
    own = configured.get(it.source)
    if own:
        named = own if display_name(it.publisher, outlets) == own else it.publisher
        return replace(it, publisher=named) if named != it.publisher else it
    if not _DOMAIN.fullmatch(it.publisher):
        return it
    key = _domain_key(it.publisher)
    name = owner[key].most_common(1)[0][0] if owner.get(key) else outlets.get(key, it.publisher)
    return replace(it, publisher=name) if name != it.publisher else it


_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


_WIRE_KEYS = {"associatedpress": "ap", "apnews": "ap", "agencefrancepresse": "afp"}  # names -> dateline keys


def _origin_key(name: str) -> str:
    key = _domain_key(name) if "." in name and " " not in name else _key(name)  # "reuters.com" is Reuters
    return _WIRE_KEYS.get(key, key)


def _same_headline(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.casefold()))


def origins(members: Sequence[Item]) -> dict[str, str]:
    """Item id -> the independent source its copy comes from, for counting a story's independent sources.

    An outlet that runs an agency's story is not a second witness: an item whose text opens with an agency's
    dateline ("PARIS, Jan 6 (Reuters) -") comes from that agency, whoever published it, and items of different
    outlets with the same text or word for word the same headline ran the same copy: they count once. Else an
    item is its own publisher's (two feeds of one publisher are one source). A story never counts more
    independent sources than publishers.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    own: dict[str, str] = {}
    first: dict[str, str] = {}
    for it in members:
        key = _origin_key(it.publisher or it.source)
        m = DATELINE.match(it.summary.lstrip())
        # a dateline's agency is the origin, but an agency's own items keep their publisher; a dateline with no
        # agency ("ALEPPO, Syria, Jan 7 - ") says nothing of it
        if m and m["agency"] and not key.startswith(_origin_key(m["agency"])):
            key = _origin_key(m["agency"])
        own[it.id] = key
        for mark in (it.content_hash, "title:" + _same_headline(it.title) if it.title.strip() else ""):
            if mark:
                other = first.setdefault(mark, key)
                a, b = find(other), find(key)
                if a != b:
                    parent[a] = b
    return {item_id: find(key) for item_id, key in own.items()}
