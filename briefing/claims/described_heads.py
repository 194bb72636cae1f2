"""A short wire item's headline that describes its speaker and a lede that names who speaks (issue 11, round 120).

TASS's and SCMP's one-paragraph items put the speaker's words in the headline and the speaker's name in the lede:
"Top Chinese diplomat points to stronger relations with Russia" over "Wang Yi added that ...", "Former US congressman
condemns Maduro's abduction as act of aggression" over '"No region is safe. Peace talks are pretextual," Dennis
Kucinich stressed', "FBI trained Ukrainian anti-corruption detectives, ex-SBU employee says" over "Vasily Prozorov
stressed that ...", "Iran continues to demand IAEA condemn Israeli strikes ... — MFA" over "Esmail Baghaei pointed
out that ...". The ruling under "Speaker =" in tests/data/claims/README.md (rounds 6, 9, 81 and 84): a headline's
described speaker, or the ministry after its closing dash, is the person the text names as its speaker.

This pass runs after the others (after claims.dash_people) and reads the headline only when the lede, the first
sentence under it, is credited to one person who speaks there: the subject of its speech verb (an apposition
allowed), the name after "according to", or a quotation the paragraph credits to that person; not a person the
lede's own speaker talks about ('the American political scientist noted that Trump had said ...'), not a person the
headline names, nor one the lede titles with another office than the one the headline describes. The headline is
then that person's (`attributed`, or `speculative` as it was) when it
- closes with a dash and a body named by its kind ("— MFA", "— Chinese embassy", "— coalition"; not one the
  headline names, round 85's "— state security committee KGB"), or with a described person the other passes left
  ("— ex-PM");
- is credited to a description the model read as a phrase ("..., ex-SBU employee says", "— top Egyptian diplomat");
- opens with one person described (a person noun at its head, up to four qualifiers before it) and a verb of
  saying or judging ("Diplomat calls drills ... 'response'", "Former US congressman condemns ... as ...", "Top
  Chinese diplomat points to ...", "Ukraine's ex-premier describes ... as ...") and no other reader credited it to
  a person: read before as a source not named, a state, or nothing.

`named_spokespeople` reads first (the same round): "According to Chinese Foreign Ministry Spokesperson Lin Jian, ..."
and "According to the coalition's official spokesman, Brigadier General Turki al-Maliki, ..." name the spokesperson
they cite: that person's (`attributed`), not a source left unnamed (the README's rule 2: a spokesperson of a named
body is no unnamed source, and here the name is given).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import Found
from briefing.claims.dash_people import _PERSON_HEADS, _other_office, _speaking_person, _titles_before
from briefing.claims.headlines import _DASH_SOURCE_NOUNS, _DASH_TAIL
from briefing.claims.nouns import _AGENT_SUFFIX, _DASH_QUALIFIER, _HEAD_TITLES, _NOT_AGENTS, _headline
from briefing.claims.status import SPEECH, Page, _Sentence

# nouns of one person described, besides claims.dash_people's heads and the agents by their ending
_DESCRIBED_HEADS = _PERSON_HEADS | {
    "diplomat",
    "leader",
    "premier",
    "ex-premier",
    "ex-lawmaker",
    "ex-congressman",
    "ex-senator",
    "blogger",
    "employee",
    "ex-employee",
    "pm",
    "ex-pm",
    "mp",
    "ex-mp",
}
# a closing dash's outlets by their kind, besides claims.headlines' papers: "— media", "— TV", "— agency"
_DASH_PAPERS = frozenset({"media", "agency", "tv", "report"})
# a closing dash's body named by its kind, which the lede's named official speaks for ("— MFA" over "Lin Jian ...",
# rounds 9 and 84); a body the headline names ("— state security committee KGB") keeps its name (round 85)
_KIND_BODIES = frozenset({"mfa", "ministry", "embassy", "coalition", "department"})
# the Title Case abbreviations of a described member of a government or parliament ("— ex-PM", "Slovak MP says")
_CAPITAL_HEADS = {"PM", "MP", "ex-PM", "ex-MP"}
# a headline that opens with its subject and a verb of saying or judging: "Diplomat calls ...", "Former US congressman
# condemns ... as ...", "Top Chinese diplomat points to ...", "Ukraine's ex-premier describes ... as ..."
_SUBJECT_VERB = re.compile(
    r"((?:[\w’'.-]+\s+){0,4}?)([\w-]+)\s+(?:also\s+)?"
    r"(says|believes|thinks|warns|notes|claims|insists|argues|admits|doubts|expects|blames|accuses|"
    r"points\s+to|calls|describes|condemns|slams|denounces|dismisses|brands|labels)\b"
)
# verbs that state a view only with what they call it: "condemns X as Y", "calls drills 'response'"
_NEEDS_AS = frozenset(
    {"calls", "describes", "condemns", "slams", "denounces", "dismisses", "brands", "labels"}
)
# "..., ex-SBU employee says": a crediting clause closing the headline
_CLOSING_SAYS = re.compile(
    r",['’\"”]?\s+((?:[\w’'.-]+\s+){0,3}?)([\w-]+)\s+(says|believes|thinks|warns|claims)\s*$"
)
_QUOTATION = re.compile(r"[\"“][^\"”]*[\"”]")
# words that make a headline's verb a request, not a view: "calls for", "calls on"
_REQUEST = re.compile(r"\s+(?:for|on|upon)\b")


# "according to <the body's> spokesperson[,] [rank] <Name>": a spokesperson cited by name
_ACCORDING_SPOKES = re.compile(
    r"\b[Aa]ccording\s+to\s+[^,;\"“”]{0,80}?\b[Ss]pokes(?:man|woman|person),?\s+"
    r"(?:(?:Brig|Lt|Maj|Gen|Col|Adm|Rear|Brigadier|General|Colonel|Major|Lieutenant|Admiral)\.?\s+){0,3}"
)


def named_spokespeople(page: Page) -> None:
    """Credit 'According to <body> Spokesperson <Name>, ...', read as a source not named, to that person."""
    sentences, found = page.sentences, page.found
    for sent in sentences:
        if sent.speaker or sent.cues.get("reported") != ["according to"] or set(sent.cues) - {"reported"}:
            continue
        m = _ACCORDING_SPOKES.search(sent.text)
        if m is None:
            continue
        at = sent.start + m.end()
        person = next((f for f in found if f.kind == "person" and f.start == at), None)
        if person is None or not sent.text[person.end - sent.start :].lstrip().startswith(","):
            continue
        sent.speaker, sent.speaker_kind, sent.unnamed = person.name, "person", False
        del sent.cues["reported"]
        sent.cues["attributed"] = ["according to"]


def _person_head(word: str) -> bool:
    """A noun that describes one person: 'diplomat', 'congressman', 'blogger', 'ex-PM'."""
    if word in _CAPITAL_HEADS:
        return True
    if not word.islower() or word in _NOT_AGENTS or word in _DASH_SOURCE_NOUNS:
        return False
    return word in _DESCRIBED_HEADS or _AGENT_SUFFIX.fullmatch(word) is not None


def _qualifiers(words: list[str]) -> bool:
    """Words that may stand before a described person's noun: 'Former US', 'Top Chinese', "Ukraine's", 'ex-SBU'."""
    return all(w[:1].isupper() or re.fullmatch(r"[a-z][A-Za-z-]*", w) for w in words)


def _described_subject(title: str) -> str:
    """The described person a headline opens with (or closes on with 'says') before a verb of saying or judging
    ('Top Chinese diplomat', 'ex-SBU employee'), or ''."""
    m = _SUBJECT_VERB.match(title)
    if m is not None:
        verb, after = m.group(3), title[m.end() :]
        if verb in _NEEDS_AS and not (re.search(r"\s+as\s+", after) or re.search(r"['‘\"“]", after)):
            return ""  # "condemns attack on Venezuela": an act (round 24); "condemns X as Y" says what X is
        if verb == "calls" and _REQUEST.match(after):
            return ""  # "calls for peace": a request
    else:
        m = _CLOSING_SAYS.search(title)
        if m is None:
            return ""
    words, head = m.group(1).split(), m.group(2)
    head = head.lower() if m.start(2) == 0 and head not in _CAPITAL_HEADS else head  # "Diplomat calls ..."
    if not _person_head(head) or not _qualifiers(words):
        return ""
    return " ".join([*words, head])


# the offices a description covers: a foreign minister or a spokesman is a "diplomat", a president a "leader"
_COVERED = {
    "diplomat": frozenset(
        {"minister", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "secretary"}
    ),
    "leader": frozenset({"president", "premier", "pm", "prime", "chancellor", "chairman", "head", "king"}),
}


def _fits(sent: _Sentence, name: str, described: str) -> bool:
    """The lede's title for the person is one the headline's description covers, and of the same country ('Egyptian
    Foreign Minister Badr Abdelatty' under 'Top Egyptian diplomat'; not 'US Secretary of State' under 'Senior
    Russian diplomat')."""
    return bool(_titles_before(sent, name) & _COVERED.get(described.split()[-1].lower(), frozenset()))


def _other_country(sent: _Sentence, name: str, described: str) -> bool:
    """The lede titles the person as another country's ('US Secretary of State Marco Rubio said' under 'Senior
    Russian diplomat says'): a capitalised qualifier of the description the titled lede does not write."""
    titled = re.search(
        rf"((?:[A-Z][\w.’'-]*\s+(?:of\s+(?:the\s+)?)?){{1,5}}){re.escape(name.split()[0])}\b", sent.text
    )
    words = described.split()
    owners = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in ("top", "former", "senior", "ex")]
    return titled is not None and any(re.sub(r"['’]s$", "", w) not in sent.text for w in owners)


def _apposed_other(sent: _Sentence, name: str, described: str) -> bool:
    """The lede describes the person in apposition as another kind of person than the headline does ('Anna Berg, an
    engineer, said' under '..., state grid operator says': she is not the operator)."""
    m = re.search(
        rf"\b{re.escape(name.split()[-1])}\s*,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?([a-z-]+)\s*[,.;]",
        sent.text,
    )
    if m is None:
        return False
    head = m.group(1)
    return _person_head(head) and head != described and head not in _COVERED.get(described, frozenset())


def _titled(sent: _Sentence, name: str) -> bool:
    """The lede gives the person an office ('Foreign Ministry Spokesman Lin Jian', 'spokesperson Liu Pengyu')."""
    return bool(_titles_before(sent, name, capitalised=False) & _HEAD_TITLES)


def _dash_tail(title: str) -> str:
    """The words after a headline's closing dash ('MFA', 'Chinese embassy', 'ex-PM'), or ''."""
    m = _DASH_TAIL.search(title)
    return m.group(1).strip() if m else ""


def _lede_speaker(text: str, sentences: list[_Sentence], title: _Sentence, found: Sequence[Found]) -> str:
    """The one person the lede credits as its own speaker, or ''."""
    b = next((s for s in sentences[1:2] if s.para > title.para), None)
    if b is None or b.speaker_kind != "person" or not b.speaker or b.unnamed or b.relative:
        return ""
    if not (b.cues.get("attributed") or b.cues.get("speculative")) or b.cues.get("reported"):
        return ""
    if b.quote and b.cues.get("attributed") == ["quote"]:
        return b.speaker  # '"No region is safe.': the quotation the paragraph credits to its speaker
    name, _ = _speaking_person(text, b, found)
    if re.match(r"According\s+to\s", b.text) and b.cues.get("attributed") == ["according to"]:
        name = b.speaker  # "According to Cambodian ... Spokeswoman Lt. Gen. Mali Socheata", however titled
    if not name or name.split()[-1] != b.speaker.split()[-1]:
        return ""
    # the person must speak in the lede, not be spoken of by its speaker: no verb of saying before the name
    at = _QUOTATION.sub(lambda q: " " * len(q.group()), b.text).find(name.split()[-1])
    before = re.sub(r"(?i)\baccording\s+to\b", " ", _QUOTATION.sub(" ", b.text[: max(at, 0)]))
    if at < 0 or SPEECH.search(before) or re.search(r"\bthat\b", before):
        return ""
    return b.speaker


def described_headline_people(page: Page) -> None:
    """Credit a headline that describes its speaker (or names a ministry after its dash) to the lede's speaker."""
    text, sentences, found = page.text, page.sentences, page.found
    title = _headline(sentences)
    if title is None or title.speaker_kind in ("person", "outlet") or title.cues.get("unverified"):
        return
    tail = _dash_tail(title.text)
    # the head before a qualifier: "embassy in US", "Department of State"
    tail_head = _DASH_QUALIFIER.split(tail, maxsplit=1)[0].split()[-1] if tail.strip() else ""
    subject = _described_subject(title.text)
    body = False
    if title.cues.get("attributed") == ["—"] and title.speaker_kind in ("organisation", "phrase"):
        if tail_head.lower() in _DASH_SOURCE_NOUNS | _DASH_PAPERS:
            return  # "— newspaper", "— TV": a paper the lede names or not, another pass's
        if not _person_head(tail_head) and tail_head.lower() not in _KIND_BODIES:
            return  # "— state security committee KGB", "— IDF": the body the headline names (round 85)
        described, body = tail_head, not _person_head(tail_head)
    elif title.speaker_kind == "phrase" and subject and subject.endswith(title.speaker.split()[-1]):
        described = subject.split()[-1]  # "..., ex-SBU employee says" read as the phrase it is
    elif not title.speaker and (not title.cues or title.unnamed) and (subject or tail_head in _CAPITAL_HEADS):
        described = subject.split()[-1] if subject else tail_head  # nothing, or a source not named
    elif title.speaker_kind == "state" and subject:
        described = subject.split()[-1]  # "Former US Marine slams": not the state a qualifier names
    else:
        return
    if not described:
        return
    name = _lede_speaker(text, sentences, title, found)
    if not name or re.search(rf"\b{re.escape(name.split()[-1])}\b", title.text):
        return
    lede = sentences[1]
    other = _other_office(lede, name, described.lower())
    if not body and other and not _fits(lede, name, subject or described):
        return  # "US President Donald Trump wrote" under "— security official"
    if subject and _other_country(lede, name, subject):
        return
    if body and not described.isupper() and not _titled(lede, name):
        return  # "— ministry" over "Anna Berg said ...": a body whose spokesperson the lede does not name (round 84)
    if not body and _apposed_other(lede, name, described.lower()):
        return  # "Anna Berg, an engineer, said" under "..., state grid operator says"
    title.speaker, title.speaker_kind, title.unnamed = name, "person", False
    title.cues.pop("reported", None)
    if not title.cues.get("speculative"):
        title.cues["attributed"] = title.cues.get("attributed") or [subject or "—"]


# a headline's speaker told by kinship: "wife of detained pastor describes anguish", "Widow of murdered journalist
# says ..." (forty-fourth session, round 131)
_KIN_HEADLINE = re.compile(
    r"(?:^|:\s+)(?P<noun>wife|husband|widow|widower|mother|father|son|daughter|brother|sister|partner)\s+of\s+"
    r"[^,:;]{3,60}?\s+(?P<verb>says|describes|tells|recalls|reveals|claims|warns|urges|speaks)\b",
    re.I,
)


def kin_named_in_body(page: Page) -> None:
    """Credit a headline whose speaker is someone's kin ("wife of detained pastor describes ...") to the person the
    body names in apposition to that noun ("Gao Yingjia and his wife, Geng Pengpeng, rushed ..."), when no pass
    named a person; else it stays as it is."""
    sentences, found = page.sentences, page.found
    title = _headline(sentences)
    if title is None or title.speaker_kind == "person":
        return
    m = _KIN_HEADLINE.search(title.text)
    if m is None:
        return
    apposed = re.compile(rf"\b(?:his|her|their)\s+{m.group('noun').lower()},\s+")
    for b in sentences[1:8]:
        if b.para <= title.para:
            continue
        for a in apposed.finditer(b.text):
            person = next((f for f in found if f.start == b.start + a.end() and f.kind == "person"), None)
            if person is not None:
                title.speaker, title.speaker_kind, title.unnamed = person.name, "person", False
                title.cues.pop("reported", None)
                title.cues["attributed"] = [m.group("verb").lower()]
                return
