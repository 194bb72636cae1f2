"""Ingest: feeds (HTTP with conditional GET, or local files), seed files and OPML lists into sanitised Items.

fetch gets the bytes, xmlsafe refuses hostile XML, feeds parses and sorts feedparser's verdict, seeds reads
article files, opml reads feed lists. The names below are the ones the other stages use.
"""

from briefing.ingest.feeds import (
    SourceResult,
    canonical_url,
    parse_feed,
    publisher_of,
    read_feeds,
    read_source,
    safe_url,
)
from briefing.ingest.fetch import DEADLINE_FACTOR, Fetched, fetch
from briefing.ingest.opml import read_opml
from briefing.ingest.seeds import SEED_SUFFIXES, read_seed, read_seeds
from briefing.ingest.xmlsafe import MAX_ENTRIES, refused_dtd

__all__ = [
    "DEADLINE_FACTOR",
    "MAX_ENTRIES",
    "SEED_SUFFIXES",
    "Fetched",
    "SourceResult",
    "canonical_url",
    "fetch",
    "parse_feed",
    "publisher_of",
    "read_feeds",
    "read_opml",
    "read_seed",
    "read_seeds",
    "read_source",
    "refused_dtd",
    "safe_url",
]
