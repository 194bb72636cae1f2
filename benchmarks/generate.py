"""Synthetic feeds: N sources x M items of realistic world news, with near-duplicate retellings across sources.

Each *event* (a strike, a tanker seizure, talks, a protest ...) gets slots: a place in a theatre, people with
roles, organisations, numbers, a weekday. One to eight sources retell it: the same sentences with synonyms
swapped, a prefix or suffix on the headline, their own hedges and background. The mix of source kinds is
calibrated to the real feeds in demo/feeds and tests/data/feeds:

- headline (BBC, WSJ): a one-sentence description of 15-35 words;
- standfirst (El Pitazo): three or four sentences, 55-90 words;
- fulltext (Kyiv Independent): content:encoded with the article, 250-700 words.

`generate` is deterministic for a given seed and `now`; it writes feed-NNN.xml files (RSS 2.0 or Atom) and a
manifest.json that records which item links tell the same event (the ground truth for clustering).

    python -m benchmarks.generate --items 1000 --out benchmarks/work/feeds
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tomllib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

# --- vocabulary ------------------------------------------------------------------------------------------------

# The word lists live in words.toml (one file, comments on where each list is used); the numbers that tune
# the mix stay here.
_WORDS = tomllib.loads((Path(__file__).with_name("words.toml")).read_text(encoding="utf-8"))


def _frozen(value: Any) -> Any:
    """Lists as tuples, all the way down (tables keep their order)."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return value


PLACES: tuple[tuple[str, str, str], ...] = _frozen(_WORDS["places"])
PEOPLE: tuple[tuple[str, str, str], ...] = _frozen(_WORDS["people"])
ORGS: dict[str, tuple[str, ...]] = _frozen(_WORDS["orgs"])
ATTACKERS = _frozen(_WORDS["attackers"])
WEAPONS = _frozen(_WORDS["weapons"])
TARGETS = _frozen(_WORDS["targets"])
VESSEL_A = _frozen(_WORDS["vessel_a"])
VESSEL_B = _frozen(_WORDS["vessel_b"])
FLAGS = _frozen(_WORDS["flags"])
TOPICS = _frozen(_WORDS["topics"])
GRIEVANCES = _frozen(_WORDS["grievances"])
CHARGES = _frozen(_WORDS["charges"])
DEFENDANTS = _frozen(_WORDS["defendants"])
SEAS = _frozen(_WORDS["seas"])
WEEKDAYS = _frozen(_WORDS["weekdays"])
ORDINALS = _frozen(_WORDS["ordinals"])
UNITS = _frozen(_WORDS["units"])
OUTLETS_CITED = _frozen(_WORDS["outlets_cited"])
KINDS: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = _frozen(_WORDS["kinds"])
VILLAGE_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = _frozen(_WORDS["village_parts"])
OFFICIAL_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = _frozen(_WORDS["official_names"])
OFFICIAL_ROLES = _frozen(_WORDS["official_roles"])
ACTIONS = _frozen(_WORDS["actions"])
ELECTIONS = _frozen(_WORDS["elections"])
MEDIATORS = _frozen(_WORDS["mediators"])
COUNTRY_ADJ = _frozen(_WORDS["country_adj"])
RIVALS = _frozen(_WORDS["rivals"])
HEDGES = _frozen(_WORDS["hedges"])
BACKGROUND = _frozen(_WORDS["background"])
SYNONYMS: dict[str, tuple[str, ...]] = _frozen(_WORDS["synonyms"])
HEADLINE_PREFIXES = _frozen(_WORDS["headline_prefixes"])
HEADLINE_SUFFIXES = _frozen(_WORDS["headline_suffixes"])
THEATRE_TAGS = _frozen(_WORDS["theatre_tags"])
OUTLET_A = _frozen(_WORDS["outlet_a"])
OUTLET_B = _frozen(_WORDS["outlet_b"])
AUTHORS = _frozen(_WORDS["authors"])
THEATRE_WEIGHTS = {"Europe": 0.4, "Caribbean": 0.2, "Middle East": 0.2, "Indo-Pacific": 0.1, "Africa": 0.1}

# Per 20 sources 12 headline, 5 standfirst, 3 fulltext, as in the real feeds; any first five have all three kinds.
KIND_SHARE = tuple({"h": "headline", "s": "standfirst", "f": "fulltext"}[c] for c in "hshhfhshhshhfshhshhf")
RETELLINGS = ((1, 0.45), (2, 0.22), (3, 0.15), (4, 0.08), (5, 0.05), (6, 0.03), (8, 0.02))


@dataclass(frozen=True)
class SourceSpec:
    """One generated feed."""

    name: str
    slug: str
    file: str
    kind: str  # headline | standfirst | fulltext
    format: str  # rss | atom
    items: int
    publisher: str = ""


@dataclass(frozen=True)
class Corpus:
    """What `generate` wrote: the feeds, and which item links tell the same event."""

    folder: Path
    sources: tuple[SourceSpec, ...]
    items: int
    events: dict[str, list[str]] = field(default_factory=dict)  # event id -> item links
    words: int = 0  # words in titles and summaries, for the floors

    def manifest(self) -> dict[str, object]:
        return {
            "items": self.items,
            "words": self.words,
            "sources": [asdict(s) for s in self.sources],
            "events": self.events,
        }


@dataclass
class _Entry:
    title: str
    link: str
    guid: str
    published: datetime
    summary_html: str
    content_html: str
    author: str
    category: str


# --- text building ---------------------------------------------------------------------------------------------


def plan(items: int, sources: int | None = None) -> list[int]:
    """Items per source: about 100 per feed (real feeds carry 10-100), at least 5 feeds, at most 250."""
    n = sources or max(5, min(250, round(items / 100)))
    n = max(1, min(n, items))
    base, extra = divmod(items, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


def _source_specs(counts: Sequence[int]) -> list[SourceSpec]:
    specs = []
    for i, count in enumerate(counts):
        a, b = OUTLET_A[i % len(OUTLET_A)], OUTLET_B[(i // len(OUTLET_A) + i) % len(OUTLET_B)]
        round_no = i // (len(OUTLET_A) * len(OUTLET_B))
        name = f"The {a} {b}" + (f" {round_no + 1}" if round_no else "")
        slug = re.sub(r"[^a-z0-9]+", "", f"{a}{b}{round_no or ''}".lower())
        kind = KIND_SHARE[i % len(KIND_SHARE)]
        fmt = "atom" if i % 4 == 3 else "rss"
        specs.append(
            SourceSpec(
                name=name,
                slug=slug,
                file=f"feed-{i:03d}.xml",
                kind=kind,
                format=fmt,
                items=count,
                publisher=name,
            )
        )
    return specs


def _article(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _event_slots(rng: random.Random, theatre: str) -> dict[str, str]:
    here = [p for p in PLACES if p[2] == theatre]
    place, country, _ = rng.choice(here)
    place2 = rng.choice(here)[0]
    people = [p for p in PEOPLE if p[2] in (theatre, "any")]
    (person, role, _), (person2, role2, _) = rng.sample(people, 2)
    rivals = [c for c in RIVALS[theatre] if c != country] or list(RIVALS[theatre])
    country2 = rng.choice(rivals)
    target = rng.choice(TARGETS)
    org = rng.choice(ORGS[theatre])
    n = rng.randint(2, 60)
    prefixes, roots = VILLAGE_PARTS[theatre]
    village = rng.choice(prefixes) + rng.choice(roots)
    village = village[:1].upper() + village[1:]
    firsts, lasts = OFFICIAL_NAMES[theatre]
    unit = rng.choice(UNITS)
    defendant = rng.choice(DEFENDANTS)
    return {
        "theatre": theatre,
        "theatre_tag": THEATRE_TAGS[theatre],
        "place": place,
        "place2": place2,
        "country": country,
        "country_adj": COUNTRY_ADJ.get(country, country),
        "country2": country2,
        "country2_adj": COUNTRY_ADJ.get(country2, country2),
        "attacker": ATTACKERS.get(country, COUNTRY_ADJ.get(country2, country2)),
        "person": person,
        "role": role,
        "person2": person2,
        "role2": role2,
        "pronoun": rng.choice(("his", "her", "their")),
        "org": org,
        "org_short": org.removeprefix("the ").removeprefix("The "),
        "outlet": rng.choice(OUTLETS_CITED),
        "n": str(n),
        "n2": str(rng.randint(2, 90)),
        "n3": str(rng.randint(10, 120)),
        "n4": str(rng.randint(2, 9)),
        "weapon": rng.choice(WEAPONS),
        "target": target,
        "a_target": _article(target),
        "vessel": f"{rng.choice(VESSEL_A)} {rng.choice(VESSEL_B)}",
        "flag": rng.choice(FLAGS),
        "topic": rng.choice(TOPICS),
        "grievance": rng.choice(GRIEVANCES),
        "charge": rng.choice(CHARGES),
        "defendant": defendant,
        "defendant_cap": defendant[:1].upper() + defendant[1:],
        "sea": rng.choice(SEAS),
        "sea_or_place": rng.choice((place, rng.choice(SEAS))),
        "weekday": rng.choice(WEEKDAYS),
        "weekday_bare": rng.choice(WEEKDAYS[:7]).removeprefix("on "),
        "ordinal": rng.choice(ORDINALS),
        "unit": unit,
        "unit_cap": unit[:1].upper() + unit[1:],
        "village": village,
        "official": f"{rng.choice(firsts)} {rng.choice(lasts)}",
        "official_role": rng.choice(OFFICIAL_ROLES),
        "mag": f"{rng.randint(45, 72) / 10:.1f}",
        "action": rng.choice(ACTIONS),
        "election": rng.choice(ELECTIONS),
        "mediator": rng.choice(MEDIATORS),
    }


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[:1].upper() + text[1:]


def _retell(rng: random.Random, text: str, rate: float) -> str:
    """The same sentence with some words swapped for synonyms."""
    words = text.split(" ")
    for i, w in enumerate(words):
        core = w.rstrip(",.")
        if core in SYNONYMS and rng.random() < rate:
            words[i] = rng.choice(SYNONYMS[core]) + w[len(core) :]
    return " ".join(words)


def _background(rng: random.Random, theatre: str) -> str:
    """One background sentence with its own slots (so full texts differ between retellings)."""
    return _fill(rng.choice(BACKGROUND), _event_slots(rng, theatre))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def _words(text: str) -> int:
    return len(text.split())


def _entry(
    rng: random.Random,
    spec: SourceSpec,
    uid: str,
    kind: tuple[str, str, tuple[str, ...]],
    slots: dict[str, str],
    hedge: str,
    published: datetime,
) -> tuple[_Entry, str]:
    """One retelling of an event by one source; returns the entry and its plain text (title + summary)."""
    title_t, lead_t, details_t = kind
    title = _retell(rng, _fill(title_t, slots), 0.25)
    prefix = rng.choice(HEADLINE_PREFIXES).format(**slots)
    suffix = rng.choice(HEADLINE_SUFFIXES).format(**slots)
    title = prefix + title + suffix
    lead = _retell(rng, _fill(lead_t, slots), 0.2)
    details = [_retell(rng, _fill(d, slots), 0.2) for d in details_t]
    own_hedge = (
        _fill(rng.choice(HEDGES), {**slots, "outlet": rng.choice(OUTLETS_CITED)})
        if rng.random() < 0.3
        else ""
    )
    theatre = slots["theatre"]
    if spec.kind == "headline":
        sentences = [lead] + ([hedge] if hedge and rng.random() < 0.5 else [])
        summary_html = " ".join(sentences)
        content_html = ""
        text = summary_html
    elif spec.kind == "standfirst":
        sentences = [lead, *rng.sample(details, rng.randint(1, 2))]
        sentences += [s for s in (hedge, own_hedge) if s]
        if _words(" ".join(sentences)) < 55:
            sentences.append(_background(rng, theatre))
        summary_html = "<p>" + escape(" ".join(sentences)) + "</p>"
        content_html = ""
        text = " ".join(sentences)
    else:
        target_words = rng.randint(250, 700)
        paragraphs = [" ".join([lead, details[0]]), " ".join(details[1:])]
        if hedge or own_hedge:
            paragraphs.append(" ".join(s for s in (hedge, own_hedge) if s))
        while sum(_words(p) for p in paragraphs) < target_words:
            paragraphs.append(" ".join(_background(rng, theatre) for _ in range(rng.randint(2, 4))))
        summary_html = escape(lead)
        link_p = f'<p>Read more at <a href="https://www.{spec.slug}.example/">{escape(spec.name)}</a>.</p>'
        content_html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs) + link_p
        text = " ".join(paragraphs)
    day = published.strftime("%Y/%m/%d")
    link = f"https://www.{spec.slug}.example/world/{day}/{_slug(title)}-{uid}"
    if spec.format == "rss" and int(uid, 16) % 3 == 0:
        link += "?utm_source=rss&utm_medium=feed"  # tracking parameters, as many feeds add
    guid = link if int(uid, 16) % 2 else f"{spec.slug}:{uid}"
    entry = _Entry(
        title=title,
        link=link,
        guid=guid,
        published=published,
        summary_html=summary_html,
        content_html=content_html,
        author=rng.choice(AUTHORS),
        category=THEATRE_TAGS[theatre],
    )
    return entry, f"{title} {text}"


# --- feed writing ----------------------------------------------------------------------------------------------


def _rss(spec: SourceSpec, entries: Sequence[_Entry], now: datetime) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"<title>{escape(spec.name)} - World</title>",
        f"<link>https://www.{spec.slug}.example/world</link>",
        f"<description>World news from {escape(spec.name)}</description>",
        "<language>en-gb</language>",
        f"<lastBuildDate>{format_datetime(now)}</lastBuildDate>",
    ]
    for e in entries:
        perma = "true" if e.guid == e.link else "false"
        out.append("<item>")
        out.append(f"<title>{escape(e.title)}</title>")
        out.append(f"<link>{escape(e.link)}</link>")
        out.append(f'<guid isPermaLink="{perma}">{escape(e.guid)}</guid>')
        out.append(f"<pubDate>{format_datetime(e.published)}</pubDate>")
        out.append(f"<dc:creator>{escape(e.author)}</dc:creator>")
        out.append(f"<category>{escape(e.category)}</category>")
        out.append(f"<description>{escape(e.summary_html)}</description>")
        if e.content_html:
            out.append(f"<content:encoded><![CDATA[{e.content_html}]]></content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def _atom(spec: SourceSpec, entries: Sequence[_Entry], now: datetime) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        f"<title>{escape(spec.name)}</title>",
        f"<id>tag:{spec.slug}.example,2026:world</id>",
        f"<updated>{now.isoformat()}</updated>",
        f'<link rel="alternate" href={quoteattr(f"https://www.{spec.slug}.example/world")}/>',
    ]
    for e in entries:
        out.append("<entry>")
        out.append(f'<title type="text">{escape(e.title)}</title>')
        out.append(f'<link rel="alternate" href={quoteattr(e.link)}/>')
        out.append(
            f"<id>{escape(e.guid if e.guid.startswith('http') else 'tag:' + spec.slug + '.example,2026:' + e.guid)}</id>"
        )
        out.append(f"<published>{e.published.isoformat()}</published>")
        out.append(f"<updated>{e.published.isoformat()}</updated>")
        out.append(f"<author><name>{escape(e.author)}</name></author>")
        out.append(f"<category term={quoteattr(e.category)}/>")
        out.append(f'<summary type="html">{escape(e.summary_html)}</summary>')
        if e.content_html:
            out.append(f'<content type="html">{escape(e.content_html)}</content>')
        out.append("</entry>")
    out += ["</feed>", ""]
    return "\n".join(out)


# --- the generator ---------------------------------------------------------------------------------------------


def _retellings(rng: random.Random) -> int:
    r = rng.random()
    for k, p in RETELLINGS:
        r -= p
        if r < 0:
            return k
    return 1


def generate(
    folder: Path, items: int, sources: int | None = None, seed: int = 1, now: datetime | None = None
) -> Corpus:
    """Write `items` entries spread over feed files in `folder`, plus manifest.json; return what was written.

    Entries are dated in the 20 hours before `now`, so a brief for today's date takes all of them.
    """
    if items < 1:
        raise ValueError("items must be at least 1")
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    rng = random.Random(seed)
    specs = _source_specs(plan(items, sources))
    room = [s.items for s in specs]
    open_sources = [i for i, r in enumerate(room) if r > 0]
    per_source: list[list[_Entry]] = [[] for _ in specs]
    events: dict[str, list[str]] = {}
    seen_text: set[str] = set()
    theatres, weights = list(THEATRE_WEIGHTS), list(THEATRE_WEIGHTS.values())
    words = 0
    event_no = 0
    while open_sources:
        event_no += 1
        theatre = rng.choices(theatres, weights)[0]
        slots = _event_slots(rng, theatre)
        titles, leads, details = KINDS[rng.randrange(len(KINDS))]
        kind = (_retell(rng, rng.choice(titles), 0.6), _retell(rng, rng.choice(leads), 0.6), details)
        hedge = _fill(rng.choice(HEDGES), slots) if rng.random() < 0.4 else ""
        when = now - timedelta(minutes=rng.randint(60, 20 * 60))
        chosen = rng.sample(open_sources, min(_retellings(rng), len(open_sources)))
        event_id = f"e{event_no:06d}"
        for j, src in enumerate(chosen):
            uid = f"{event_no:06x}{j:02x}"
            published = min(now - timedelta(minutes=1), when + timedelta(minutes=rng.randint(0, 150)))
            for attempt in range(5):
                entry, text = _entry(rng, specs[src], uid, kind, slots, hedge, published)
                key = re.sub(r"\W+", " ", text.lower()).strip()
                if key not in seen_text or attempt == 4:
                    break
            if key in seen_text:  # the same words twice would be stored once: make this one differ
                entry.title += f" ({specs[src].name})"
                text = f"{specs[src].name} {text}"
                key = re.sub(r"\W+", " ", text.lower()).strip()
            seen_text.add(key)
            words += _words(text)
            per_source[src].append(entry)
            events.setdefault(event_id, []).append(entry.link)
            room[src] -= 1
        if any(room[i] == 0 for i in chosen):
            open_sources = [i for i in open_sources if room[i] > 0]
    folder.mkdir(parents=True, exist_ok=True)
    for spec, entries in zip(specs, per_source, strict=True):
        entries.sort(key=lambda e: e.published, reverse=True)
        xml = _rss(spec, entries, now) if spec.format == "rss" else _atom(spec, entries, now)
        (folder / spec.file).write_text(xml, encoding="utf-8")
    corpus = Corpus(folder=folder, sources=tuple(specs), items=items, events=events, words=words)
    (folder / "manifest.json").write_text(json.dumps(corpus.manifest(), indent=1), encoding="utf-8")
    return corpus


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=1000, help="Items in all feeds together.")
    ap.add_argument(
        "--sources", type=int, default=None, help="Number of feeds (default: about 100 items each)."
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/work/feeds"))
    args = ap.parse_args(argv)
    corpus = generate(args.out, args.items, args.sources, args.seed)
    multi = sum(1 for links in corpus.events.values() if len(links) > 1)
    print(
        f"{corpus.items} items in {len(corpus.sources)} feeds, {len(corpus.events)} events ({multi} told by more than one source), {corpus.words} words -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
