"""Analyse: items -> stories, each placed in a theatre, with key actors and flagged claims.

PLACEHOLDER until the analysis issue lands: one story per item, every story in "Elsewhere".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.config import Settings
from briefing.models import Item, Story

ELSEWHERE = "Elsewhere"


def analyse(items: Sequence[Item], settings: Settings, store: object | None = None) -> tuple[list[Item], list[Story]]:
    """Return the items with theatres/actors/claims filled, and the stories they form."""
    out = [replace(it, theatres=(ELSEWHERE,)) for it in items]
    stories = [
        Story(
            id=it.id,
            theatre=ELSEWHERE,
            theatres=(ELSEWHERE,),
            headline=it.title,
            summary=it.summary[:400],
            item_ids=(it.id,),
            sources=1,
            credibility=6,
            published=it.published,
            publishers=(it.publisher,),
        )
        for it in out
    ]
    return out, stories


def theatre_names(settings: Settings) -> list[str]:
    """Theatre names in the order the brief shows them."""
    return ["Europe", "Caribbean", ELSEWHERE]


def bluf(theatre: str, stories: Sequence[Story]) -> str:
    """Bottom line up front for one theatre."""
    if not stories:
        return "Nothing new in this theatre."
    return " ".join(s.headline.rstrip(".") + "." for s in stories[:3])
