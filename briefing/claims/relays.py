"""An unnamed source passed on by a named outlet: the outlet speaks (issue 11, round 107).

Rule 2 of the claim labels (tests/data/claims/README.md): a claim credited to a source that is not named is
`reported`, "also through a named outlet citing it ('..., Reuters reported, citing two sources'): the outlet is
the speaker". The sentence-level rules find the outlet when it is the subject of the reporting verb and the
unnamed source follows ("citing ..."); this pass covers the other order, where the unnamed source is the subject
and the outlet is named after it as the one that passes it on:

- "A witness ... reported to authorities that ..., according to the San Francisco Chronicle."
- "... a local police official was quoted as saying on Monday by state news agency Antara."
- "... authorities said an investigation ... was ongoing, according to VNA." (the acronym of an outlet the item names)
- "..., with daily Aftonbladet reporting that ...", "Axios' source said that ..."
Two outlets joined ("US media outlets CBS News and Fox News reported unnamed ... officials") are no one speaker: the
sentence stays unnamed (round 53's label).

Only a `reported` sentence the earlier rules left unnamed, outside quotations, with exactly one outlet in such a
place. "A source told Reuters" is not among them: the outlet there is whom the source spoke to, and the labels keep
such sentences unnamed ("One passenger tells the ABC", round 101).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import Found
from briefing.claims.nouns import unnamed_reports
from briefing.claims.status import Page

# words that may stand between the relaying word and the outlet's name: "by state news agency Antara",
# "according to local broadcaster NBC4", "with daily Aftonbladet"
_DESCRIBED = r"(?:(?:the|state|state-owned|state-run|local|daily|weekly|newspaper|broadcaster|public|private|news|agency|"
_DESCRIBED += r"television|tv|radio|channel|outlet|website|news\s+site|magazine|paper)\s+){0,4}"
# what passes the source on, written before the outlet: "according to", "quoted ... by"
_RELAY_BEFORE = re.compile(r"(?:\baccording\s+to|\bquoted\b[^,;.]{0,60}?\bby)\s+" + _DESCRIBED + r"$", re.I)
# ... or after it: "Aftonbladet reporting that", "Axios' source said"
_RELAY_AFTER = re.compile(r"(?:\s+(?:reported|reporting|reports)\b|['’]s?\s+sources?\s+(?:said|says|told)\b)")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ("of", "the", "and"))


def _outlet(text: str, f: Found, outlets: Sequence[Found]) -> str:
    """The outlet's name as the text writes it at its fullest, or '' when `f` is no outlet: an outlet found, or an
    acronym of one the item names ("VNA" for "Vietnam News Agency")."""
    if f.kind == "outlet":
        return re.sub(r"^the\s+", "", text[f.start : f.end], flags=re.I)
    if f.kind == "organisation" and re.fullmatch(r"[A-Z]{2,6}", f.name):
        spelled = {o.name for o in outlets if len(o.name.split()) > 1 and _initials(o.name) == f.name}
        return spelled.pop() if len(spelled) == 1 else ""
    return ""


def relayed_by_outlet(page: Page) -> None:
    """A `reported` sentence left unnamed takes the one outlet that passes its unnamed source on."""
    text, sentences, found = page.text, page.sentences, page.found
    outlets = [f for f in found if f.kind == "outlet"]
    for sent, inside in unnamed_reports(text, sentences, found):
        names = set()
        for f in inside:
            name = _outlet(text, f, outlets)
            if not name:
                continue
            before = text[max(sent.start, f.start - 90) : f.start]
            after = text[f.end : sent.end]
            if _RELAY_BEFORE.search(before) or _RELAY_AFTER.match(after):
                # "CBS News and Fox News reported unnamed ... officials": several outlets, no one speaker (round 53's
                # label, tests/test_claims_round72.py); the sentence stays unnamed
                joined = any(
                    sent.start <= o.start and re.fullmatch(r"\s*(?:,|and|&)\s*", text[o.end : f.start])
                    for o in outlets
                )
                names.add("" if joined else name)
        if len(names) == 1 and "" not in names:
            sent.speaker, sent.speaker_kind = names.pop(), "outlet"


# "North Korea leader Kim says multiple rocket launch system key to artillery, KCNA says": a person's statement,
# then the outlet that relays it closing the sentence (round 108's label: Kim Jong Un, as round 63's "Trump says
# ..., NYT reports" is Trump's)
_CLOSING_OUTLET_SAYS = re.compile(
    r",\s+(?:[a-z]+\s+){0,3}(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+says\W*$"
)
_PERSON_SAYS = re.compile(r"\s+says\s")


def person_relayed_by_outlet(page: Page) -> None:
    """A sentence credited to the outlet that closes it ('..., KCNA says') whose own subject is a person who says
    it ('... Kim says ...') is that person's: the outlet only passes the statement on."""
    sentences, found = page.sentences, page.found
    for sent in sentences:
        if sent.speaker_kind not in ("outlet", "organisation") or "attributed" not in sent.cues:
            continue
        closing = _CLOSING_OUTLET_SAYS.search(sent.text)
        if closing is None or closing.group("outlet") != sent.speaker:
            continue
        says = _PERSON_SAYS.search(sent.text, 0, closing.start())
        if says is None:
            continue
        people = [
            f
            for f in found
            if f.kind == "person" and sent.start <= f.start and f.end == sent.start + says.start()
        ]
        if len(people) == 1:
            sent.speaker, sent.speaker_kind = people[0].name, "person"
