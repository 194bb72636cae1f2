"""A headline's closing dash that describes one person, whom the lede names (issue 11, round 115): "Bundeswehr should
take part in peacekeeping ... — EU politician" over "... Manfred Weber asserted ...", "... — UK journalist" over
"Frank Wright said ...", "... — expert" over '"We resemble Europe in 1936 ...," Michael Brenner, former Director of
... said', "... — senior military official" over "According to Pavel Muraveiko, ...".

The ruling under "Speaker =" in tests/data/claims/README.md (rounds 6 and 81): a headline's described speaker is the
person the text names as its speaker. `_dash_source` reads a closing dash's description when its head is a lower-case
noun the summary does not name at once; one with a capitalised qualifier ("— EU politician", "— EP member", "— US
Representative") it leaves unread, and `_credit_headline` credits a description only to a lede that is itself
flagged with a person. This pass, after the others, takes a headline that still has no speaker and closes with a
dash and one person described (a singular person noun at its head, up to three qualifiers before it), and credits
it to the one person the lede (the first two sentences under the headline) names as a speaker: its flagged speaker,
or a person the model found right before a speech verb (an apposition between them allowed) or after "according
to". That lede sentence, unflagged or flagged with no speaker, is that person's too. With no such person the
headline is a source not named (`reported`, as "— lawmaker"). A person the headline itself names is not its
describer ("Trump ... — expert" over "Trump said"). A closing dash with a person's name ("... cast doubt on EU
sovereignty — Kallas") is that person's, over a verb whose subject is no one named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import Found
from briefing.claims.headlines import _ANONYMOUS_NOUNS, _DASH_SOURCE_NOUNS, _ONE_SPEAKER_NOUNS
from briefing.claims.nouns import _AGENT_SUFFIX, _DASH_QUALIFIER, _HEAD_TITLES, _NOT_AGENTS, _headline
from briefing.claims.status import SPEECH, Page, _Sentence

# a headline's closing dash and up to five words after it (no byline: "... | Theo")
_CLOSING_DASH = re.compile(r"\s(?:[—–]|-(?=\s))\s*([^—–|?!]{2,60}?)[\s.]*$")
# the head nouns of one person described, besides the agents by their ending (_AGENT_SUFFIX: "politician",
# "journalist", "reporter", "sociologist", "expert", "official")
_PERSON_HEADS_TEXT = """member representative mp mep deputy lawmaker senator congressman congresswoman analyst
    expert official economist scientist historian professor activist politologist veteran adviser advisor envoy
    ex-president ex-premier ex-minister"""
_PERSON_HEADS = frozenset(_PERSON_HEADS_TEXT.split())
# heads of bodies and papers an agent's ending would let in: the outlets and offices a closing dash names as a
# source (claims.headlines), and a few more
_NOT_PERSON_HEADS = _DASH_SOURCE_NOUNS | {
    "broadcaster",
    "publisher",
    "center",
    "centre",
    "chamber",
    "quarter",
}
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[a-z-]+\s+){0,4}$", re.I)
# what may stand between a name and its speech verb: an apposition ("Michael Brenner, former Director of ... said"),
# an adverb or an auxiliary
_TO_VERB = re.compile(r"(?:,[^\"“”;]{0,160}?)?\s+(?:(?:also|has|had|then|again|[a-z]+ly)\s+){0,2}$")


def _described_tail(title: str) -> str:
    """The one person a headline's closing dash describes ('EU politician', 'senior military official'), or ''."""
    m = _CLOSING_DASH.search(title)
    if m is None:
        return ""
    tail = m.group(1).strip()
    words = _DASH_QUALIFIER.split(tail, maxsplit=1)[0].split()
    if not words or len(words) > 4:
        return ""
    head = words[-1].lower()
    if head in _ANONYMOUS_NOUNS and head not in _ONE_SPEAKER_NOUNS:
        return ""  # "— diplomat", "— source": told without their names as a rule, not the next name the lede gives
    if head in _NOT_PERSON_HEADS or head in _NOT_AGENTS or head.endswith("s") and head[:-1] in _PERSON_HEADS:
        return ""
    person = head in _PERSON_HEADS or (_AGENT_SUFFIX.fullmatch(head) is not None and words[-1].islower())
    # the words before the head qualify it: capitalised ("EU", "UK", "Georgian") or lower-case adjectives, not a clause
    qualifiers = all(w[:1].isupper() or re.fullmatch(r"[a-z-]+", w) for w in words[:-1])
    return tail if person and qualifiers else ""


def _named_tail(title: str, found: Sequence[Found], start: int) -> Found | None:
    """A person the model found as the whole of a headline's closing dash ('... — Kallas'), or None."""
    m = _CLOSING_DASH.search(title)
    if m is None:
        return None
    s, e = start + m.start(1), start + m.start(1) + len(m.group(1).strip())
    return next((f for f in found if f.kind == "person" and f.start == s and f.end == e), None)


def _speaking_person(text: str, sent: _Sentence, found: Sequence[Found]) -> tuple[str, str]:
    """(name, verb) of the one person the model found in `sent` right before a speech verb or after 'according
    to', or ('', '')."""
    hits: list[tuple[str, str]] = []
    people = [f for f in found if f.kind == "person" and sent.start <= f.start < sent.end]
    for f in people:
        before = text[sent.start : f.start]
        if _ACCORDING_TO.search(before):
            hits.append((f.name, "according to"))
            continue
        verb = SPEECH.search(text, f.end, sent.end)
        between = text[f.end : verb.start()] if verb else ""
        if verb and _TO_VERB.fullmatch(between) and not any(f.end <= g.start < verb.start() for g in people):
            hits.append((f.name, verb.group().strip()))
    names = {n for n, _ in hits}
    return hits[0] if len(names) == 1 else ("", "")


def _titles_before(sent: _Sentence, name: str, capitalised: bool = True) -> set[str]:
    """The words (lower-cased) of up to four the sentence writes right before the person's first name: 'US President'
    before 'Donald Trump'; only capitalised ones, or (`capitalised=False`) any ('spokesperson Liu Pengyu')."""
    word = r"[A-Z][\w.’'-]*" if capitalised else r"[\w.’'-]+"
    m = re.search(rf"((?:{word}\s+){{1,4}}){re.escape(name.split()[0])}\b", sent.text)
    return {w.lower() for w in m.group(1).split()} if m else set()


def _other_office(sent: _Sentence, name: str, head: str) -> bool:
    """The lede titles the person with another office than the one the dash describes: 'US President Donald Trump
    wrote' under '— security official' (he is not the official), not 'US Representative Anna Paulina Luna noted'
    under '— US Representative'."""
    titles = _titles_before(sent, name) & _HEAD_TITLES
    return bool(titles) and head not in titles


def dash_described_people(page: Page) -> None:
    """Credit a headline closing with '— <one person described>' (or '— <name>') to the person the lede names."""
    text, sentences, found = page.text, page.sentences, page.found
    title = _headline(sentences)
    if title is None or title.speaker:
        return
    named = _named_tail(title.text, found, title.start)
    if named is not None and title.cues and not title.cues.get("attributed"):
        # "... cast doubt on EU sovereignty — Kallas": the name after the dash over a subject no one is named for
        title.speaker, title.speaker_kind, title.unnamed = named.name, "person", False
        title.cues.pop("reported", None)
        title.cues["attributed"] = ["—"]
        return
    if title.cues and title.cues.get("reported") != ["—"]:
        return  # flagged by another reader ("— expert" read as a source not named is this pass's to credit)
    tail = _described_tail(title.text)
    if not tail:
        return
    head = _DASH_QUALIFIER.split(tail, maxsplit=1)[0].split()[-1].lower()
    for b in [b for b in sentences[1:3] if b.para > title.para]:
        if b.speaker and b.speaker_kind == "person":
            if b.unnamed or b.relative or not b.cues:
                break
            name, verb = b.speaker, ""
        elif b.speaker:
            # '"...," Erik Dahl, former Director of ... said': the apposition read as the speaker, the name before it
            name, verb = _speaking_person(text, b, found)
            if not name or b.unnamed or b.relative:
                break
        else:
            name, verb = _speaking_person(text, b, found)
            if not name:
                if b.cues:
                    break  # the lede credits someone the model did not find as a person
                continue
        if re.search(rf"\b{re.escape(name.split()[-1])}\b", title.text) or _other_office(b, name, head):
            return  # the person the headline is about, or one with another office, is not its describer
        title.speaker, title.speaker_kind, title.unnamed = name, "person", False
        title.cues.pop("reported", None)
        title.cues["attributed"] = ["—"]
        if verb and b.speaker != name and not b.cues.get("reported"):
            b.speaker, b.speaker_kind, b.unnamed = name, "person", False
            b.cues.setdefault("attributed", [verb])
        return
    if not title.cues:
        title.cues["reported"] = ["—"]  # "— lawmaker" the text does not name: a source not named
        title.unnamed = True
