"""The frozen data objects passed between stages. A stage returns new objects, never mutates these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# What the values of Claim.status, Story.credibility and a source's grade mean: one legend, shown by every format.
FLAG_LEGEND = {
    "unverified": "The text itself says the claim has not been verified or could not be confirmed.",
    "reported": "Hedged (reportedly, allegedly) or credited to an unnamed source.",
    "attributed": "Credited to a named person or outlet, and not confirmed by the brief's own sources.",
    "speculative": "A forecast or belief (could soon, many believe, is considering).",
}
CREDIBILITY_LEGEND = {
    1: "Confirmed: carried by two or more independent sources, one of them rated C or better, "
    "and no claim in it flagged as unverified.",
    2: "Probably true: two or more independent sources, or one source rated A or B whose text hedges nothing.",
    3: "Possibly true: one source rated A to C, or several sources with a claim the text itself says is unverified.",
    4: "Doubtful: the only source says a claim is unverified, or it is rated D.",
    5: "Improbable: the only source is rated E (usually unreliable).",
    6: "Cannot be judged: the only source has no reliability rating (F), e.g. an unknown feed or a seed article.",
}
RELIABILITY_LEGEND = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}


@dataclass(frozen=True)
class Actor:
    """A person, organisation, state, unit or place named in an item, under its canonical name."""

    name: str
    kind: str  # person | organisation | state | unit | place | vessel | outlet
    role: str = ""  # e.g. "Ukrainian intelligence chief", "Colonel General"
    affiliation: str = ""
    mentions: int = 1


@dataclass(frozen=True)
class Claim:
    """One sentence that nobody in the text has verified, with why it was flagged and who it comes from."""

    text: str
    status: str  # unverified | reported | attributed | speculative
    cues: tuple[str, ...] = ()
    attributed_to: str = ""
    corroborated: bool = False
    item_id: str = ""


@dataclass(frozen=True)
class ItemAnalysis:
    """What the analysis finds in one item: its theatres (primary first) with their scores, actors and claims."""

    theatres: tuple[str, ...] = ()
    scores: tuple[tuple[str, float], ...] = ()
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True)
class Item:
    """One article from a feed or a seed file, sanitised; analysis fields are empty until `analyse` fills them."""

    id: str
    source: str
    title: str
    url: str
    published: datetime | None
    summary: str = ""  # plain text, the body as far as the source gave it
    content_html: str = ""  # sanitised HTML (nh3), for display only
    language: str = "en"
    guid: str = ""
    content_hash: str = ""
    fetched_at: datetime | None = None
    publisher: str = ""  # the outlet, for counting independent sources
    theatres: tuple[str, ...] = ()  # primary first
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()


# the key actors a story shows ("Key actors:" in the brief), and the ones the brief's actors across theatres read
STORY_KEY_ACTORS = 8


@dataclass(frozen=True)
class Story:
    """Items about the same event from one or more outlets."""

    id: str
    theatre: str
    theatres: tuple[str, ...]
    headline: str
    summary: str
    item_ids: tuple[str, ...]
    sources: int  # independent sources (publishers), not feeds
    credibility: int  # 1 (confirmed) .. 6 (cannot be judged), Admiralty-style
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    published: datetime | None = None
    publishers: tuple[str, ...] = ()
    is_new: bool = True
    new_sources: int = 0
    status: str = "new"  # new | developing | continuing, against the last brief
    new_reports: int = 0  # items not in the last brief's version of this story
    score: float = 0.0  # importance (rank.py); the brief's top story has the highest
    event_type: str = ""  # conflict | security | diplomacy | politics | business | culture | sport | other
    commentary: tuple[str, ...] = ()  # item ids of opinion/analysis pieces folded into this story
    about: str = ""  # a commentary-only story: the id of the story its pieces were grouped with (its peg)


@dataclass(frozen=True)
class SourceStatus:
    """How one source fared in this run."""

    name: str
    location: str
    kind: str  # feed | seed
    status: str  # ok | warning | not-modified | error | gone | disabled
    reason: str = ""
    items_seen: int = 0
    items_new: int = 0
    items_used: int = 0
    grade: str = "F"


@dataclass(frozen=True)
class Bullet:
    """One BLUF line: a top story told in one sentence of its own reports, with who says it and how sure it is."""

    story_id: str
    text: (
        str  # a sentence from the story's reports, verbatim (or its headline when no report has a usable one)
    )
    publishers: tuple[str, ...]
    credibility: int
    unverified: str = (
        ""  # the first unverified, uncorroborated claim of the story other than the text, verbatim
    )
    language: str = "en"  # of the report the sentence comes from
    names: tuple[
        str, ...
    ] = ()  # English canonical names of its actors and places, for a non-English sentence
    text_unverified: bool = False  # the text is itself an unverified, uncorroborated claim of the story


@dataclass(frozen=True)
class TheatreSection:
    """One theatre's part of the brief: its BLUF and its stories, most important first."""

    name: str
    bluf: str  # the bullets as one line of text, then the counts
    stories: tuple[Story, ...]
    actors: tuple[Actor, ...] = ()
    bullets: tuple[Bullet, ...] = ()
    counts: str = ""  # "12 stories from 5 publishers; 3 flagged claims"
    commentary: tuple[Story, ...] = ()  # opinion and analysis not folded into a story of this section


@dataclass(frozen=True)
class Brief:
    """Everything a renderer needs, and nothing it has to compute."""

    date: date
    title: str
    window_start: datetime
    window_end: datetime
    generated_at: datetime
    sections: tuple[TheatreSection, ...]
    items: tuple[Item, ...]
    sources: tuple[SourceStatus, ...]
    cross_theatre: tuple[tuple[Actor, tuple[str, ...]], ...] = ()
    changes: tuple[str, ...] = ()
    language: str = "en"
    archive_url: str = ""
    sources_down: tuple[str, ...] = ()  # failed feeds, named when more than brief.sources_down_share failed

    @property
    def stories(self) -> tuple[Story, ...]:
        return tuple(s for sec in self.sections for s in sec.stories)

    @property
    def flagged_claims(self) -> int:
        return sum(len(s.claims) for s in self.stories)

    def item(self, item_id: str) -> Item | None:
        for it in self.items:
            if it.id == item_id:
                return it
        return None
