"""Claim speakers: the noun phrase before a reporting verb, read as a source.

`_phrase_before` reads the phrase that ends just before a verb (a name, an office, a body, an unnamed source);
`_initial_subject` the subject that opens a clause; `_trailing_np_source` the closing "..., <noun phrase> said."
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import TITLE_WORDS, UNNAMED_NOUNS, Found, common_word
from briefing.claims.bodies import _possessive_phrase, _the_body_of, _the_state
from briefing.claims.nouns import (
    _AUX,
    _BODY_NOUNS,
    _CAP_RUN_AFTER,
    _CAP_RUN_VERB,
    _CLERGY_TITLES,
    _HEAD_TITLES,
    _NOT_MODIFIERS,
    _OPENER,
    _OPENING_WORD,
    _PEOPLE_PLURAL,
    _PERSON_TITLES,
    _SPOKES,
    _THE_INSTITUTION_WORDS,
    AGENT_NOUNS,
    ENVOY_NOUNS,
    INSTITUTION_NOUNS,
    PEOPLE_NOUNS,
    RELATIVE_NOUNS,
    _bare_name,
    _description,
    _person_noun,
    _singular,
    _Source,
    _speaker_ok,
    _strip_titles,
    _unnamed,
    _words,
    strip_dateline,
)
from briefing.claims.offices import _titled_name_of
from briefing.phrases import may_match

_OFFICE_OF = re.compile(
    r"(?:\b(?:the|The)\s+)?(?:(?<![\w.’'-])(?!(?:by|from|for|with|to|at|in|on|of)\s)[\w.-]+\s+){0,2}"
    r"(?i:ministers?|leaders?|presidents?|governments?|ambassadors?|"
    r"chiefs?|heads?|ministry|ministries|secretaries)\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?$"
)
# a text that says what it says: "the draft legislation says", "the indictment states" (not a person's "plan")
_THE_DOCUMENT = re.compile(
    r"(?:^|[\s,\"“”])(?:the|The)\s+((?:[\w-]+\s+){0,2}(?:legislation|bill|law|resolution|decree|document|indictment|"
    r"lawsuit|ruling|filing|complaint|treaty|memo|memorandum|charter|judgment|verdict))\W*$"
)
# what an outlet speaks through: "Reuters witnesses said", "the Kommersant newspaper said", "an AFP reporter"
_OUTLET_STAFF_TEXT = """
    witness eyewitness reporter correspondent journalist photographer newspaper daily paper agency channel broadcaster
    website magazine outlet
"""
_OUTLET_STAFF = frozenset(_OUTLET_STAFF_TEXT.split())
_PLATFORM_PLURALS = frozenset({"channels", "websites", "outlets", "accounts"})
# ... also with its kind of place: "the prosecutors' office in the canton of Valais" (round 64's form)
_IN_PLACE = re.compile(
    r"\s+(?:in|from|at|to|based\s+in)\s+(?:the\s+)?(?:(?:canton|region|province|district|county|department|oblast)"
    r"\s+of\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\W*$"
)
# an office's paper as the subject: "The New Hampshire attorney general's report" (the office, its title word last)
_OFFICE_PAPER = re.compile(
    r"(?:^|\s)(?:The|the)\s+((?:[\w-]+\s+){0,4}?([a-z]+))['’]s\s+(?:[\w-]+\s+)?"
    r"(?:report|study|survey|analysis|assessment|review|audit|statement|letter|estimates?|findings)\W*$"
)
# what a source issues and speaks through: "a statement from the Kremlin said", "a post by the ministry said"
# "according to a Fox News report", "according to an AFP tally": what a named source issued is its own
_OWNED_PAPERS = frozenset({"report", "reports", "estimates", "tally", "count", "analysis", "survey", "poll"})
_ISSUED = frozenset({"statement", "readout", "post", "letter", "release", "communique", "notice", "message"})
# a paper named again by its kind alone: "the report said", "The study found"
_THE_PAPER = re.compile(r"(?:^|[\s,\"“”])(?:the|The)\s+(report|study|survey|assessment|review|audit)$")
_THE_INSTITUTION = re.compile(rf"(?:^|[\s,\"“”])(?:the|The)\s+({'|'.join(sorted(_THE_INSTITUTION_WORDS))})$")
# a body's name the model did not read, with its small words: "The Committee to Protect Journalists"
_THE_NAMED_INSTITUTION = re.compile(
    r"(?:the|The)\s+([A-Z][\w’'-]+(?:\s+(?:(?:to|of|for|and|on|the)\s+)*[A-Z][\w’'-]+)+)"
)
_ITS_INSTITUTION = re.compile(
    rf"(?:^|[\s,\"“”])(?:its|Its|their|Their)\s+({'|'.join(sorted(_THE_INSTITUTION_WORDS))})$"
)
# the spokesperson titles, read apart from the offices below (claims.nouns._SPOKES without its plurals)
_SPOKES_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# "the interior minister", "the German chancellor": an office with its qualifier (not "the minister" alone)
# the title in either case: TASS and other outlets capitalise it ("The Chinese President noted"), which once fell
# through to the bare "the <title>" reading, lost its owner ("president") and went to whichever person was nearest
# ("its foreign minister": a body's own office, as written, forty-second session)
_QUALIFIED_OFFICE = re.compile(
    rf"\b(?:the|The|its|Its)\s+((?:[\w-]+\s+){{1,3}}(?i:{'|'.join(sorted(_PERSON_TITLES - _SPOKES_TITLES))}))$"
)
_INDEFINITE_TITLE = re.compile(
    rf"(?:^|[\s,\"“”])(?:a|an|A|An|one|One)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:{'|'.join(sorted(_PERSON_TITLES | PEOPLE_NOUNS))})$"
)
# any indefinite subject of lower-case words: "an auction house", "a local hospital", "a rights group"
_INDEFINITE_SUBJECT = re.compile(r"(?:^|[\s,\"“”])(?:a|an|A|An)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
# an indefinite noun phrase and its head noun: "an Israeli-backed Palestinian militia", "one X user"
# a speech verb right after its subject, and what a source makes: "A Washington Post article pointed out", "A video
# posted by the Pentagon showed" are credited by other rules
# (the verbs: see claims.verbs._INSERTION_VERBS, as many and not the same; the broad reader is claims.status.SPEECH)
_SAYS_AFTER = re.compile(
    r"\s*(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:said|says|say|told|tells|added|adds|stated|states|warned|warns"
    r"|claimed|claims|alleged|alleges|insisted|insists|wrote|writes|argued|argues|noted|notes|denied|denies)\b"
    r"(?!\s+by\b)"  # not the passive "A British campaigner told by the Trump administration that ..."
)
_WORKS_TEXT = """article story piece editorial column op-ed video footage image photo picture clip broadcast interview
    documentary podcast book film
"""
_WORKS = frozenset(_WORKS_TEXT.split())
_QUALIFIER_AFTER = re.compile(
    r"\s+(?:for|of|in|on|at|with|from|based\s+in)\s(?![^,;:–—\"“”]*\b(?:when|what|which|who|whom|that|where|while|as"
    r"|after|before|because|if|it|he|she|they|we|I)\b)[^,;:–—\"“”]{1,80}$"
)  # a phrase that qualifies a noun, no clause of its own ("One sign of progress came when Zelenskiy": not cut)
_INDEFINITE_NP = re.compile(r"(?:a|an|A|An|one|One)\s+((?:[\w’'.-]+\s+){0,3})([a-z][a-z-]+)")
_INDEFINITE_PERSON = re.compile(
    rf"\s*(?:A|An|One)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(_PERSON_TITLES | PEOPLE_NOUNS))})\b"
)
_THE_TITLE = re.compile(r"(?:^|[\s,\"“”])the\s+(?:\w+\s+)?(\w+)$", re.I)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[\s,\"“”])(he|she|it|they)$", re.I)
# "A source in Petro's office", "an official at the ministry", "two people close to the talks" (round 40)
_ONE_IN = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[a-z][\w-]*\s+)?([a-z]+)\s+"
    r"(?:in|at|from|within|inside|close\s+to)\s+"
)
_UNNAMED_AT = re.compile(r"\b([A-Za-z]+)\s+(?:at|in|from|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:by|with|from|to|for|against|at|in|on)\s+(?:the\s+)?$")
_SEAT_NOUN = re.compile(r"\s+(?:region|oblast|province|district|county|city|town|municipality)\W*")
# "the region's governor", "the city's mayor": an office known by the place it serves
_OWNED_OFFICE = re.compile(
    r"\b(?:the|The)\s+((?:city|country|region|state|town|province|oblast|district)['’]s\s+(?:[\w-]+\s+)?(\w+))\W*$"
)


_HEAD_OF = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]+\s+){1,3})of\s+(?:the\s+)?(?:[A-Z][\w.’'-]*['’]s\s+)?$")


# a plural noun of people by its form (mediators, negotiators, organisers, activists, Americans), in lower case
_OWNED_BODY = re.compile(
    r"(?:^|[\s,\"“”])(?:the|The)\s+((?:[\w-]+\s+){0,2}[a-z][\w-]*(?:['’]s|s['’])\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\W*$"
)
# the unnamed people of a body: "officials at the ministry", "two members of the commission", "sources in the army"
_UNNAMED_OF = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?([A-Za-z]+)\s+(?:at|in|from|of|within|inside|close\s+to)\s+"
    # "a source in Haiti's security forces": of a body its owner names, still not named
    r"(?:the|its|their|a|an|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*['’]s)\s"
)
# a state's body whose name goes on in lower case after "of/for": "Israel's ministry of diaspora affairs"
# (the nouns: claims.bodies._THE_BODY_OF's with "service")
_OWNED_BODY_OF = re.compile(
    r"(?:^|(?<=[\s,\"“]))((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*['’]s\s+(?:[a-z][\w-]*\s+)?"
    r"(?:ministry|department|office|commission|committee|council|agency|directorate|bureau|service)\s+"
    r"(?:of|for)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?:\s+(?:on|last|this|earlier|late)\s+\w+)?\W*$"
)
_THE_PAIR = re.compile(r"(?:^|[\s,\"“”])(?:the|The)\s+(?:[a-z]+\s+)?(?:couple|pair|duo|two)\W*$")
# (also counted: "the two sides said in separate statements", "the three countries said")
_BOTH_SIDES = re.compile(
    r"\s*(?:both|Both|(?:the|The)\s+(?:two|three|four))\s+(?:sides|parties|countries|governments|camps)\W*$"
)
_SPOKES_OF_BODY = re.compile(
    r"(?:^|[\s,\"“”])(?:a|an|the|A|An|The)\s+((?:[\w-]+\s+){0,3}?"
    rf"({'|'.join(sorted(INSTITUTION_NOUNS - {'leader', 'president', 'general', 'chief', 'staff'}))}))\s+spokes\w+\W*$"
)
# "what Riyadh said was a weapons shipment": a free relative has its own subject too
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:after|before|since|when|because|although|though|until|once|what)\s+$", re.I
)
_WHOSE_SPOKES = re.compile(r"(?:^|[\s,\"“”])(his|her|its|their)\s+(?:[\w-]+\s+)?spokes\w+\W*$", re.I)
_SEAT_OWNED = re.compile(
    r"(?<=\b(?:the|The)\s)((?:[A-Z][\w’'-]*\s+){1,2})?(?:city|country|region|state|town|province)['’]s\s+"
    r"((?:[\w-]+\s+){0,2}\w+)(?=\W*$)"
)
_HIS_GROUP = re.compile(r"(?:^|[\s,])(his|her)\s+(group|movement|organisation|organization)\W*$", re.I)
# "Yemen's separatists", "Hamas's armed wing": a group a state or body owns that speaks as one body (groups79; not
# "Myanmar's rebels" or "Iran's reformists", several groups or a camp)
_OWNED_GROUP_NOUNS_TEXT = "separatists secessionists paramilitaries wing"
_OWNED_GROUP = re.compile(
    rf"\s?['’]s\s+((?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(_OWNED_GROUP_NOUNS_TEXT.split())}))[\s,]*$"
)
_TIES_TO = re.compile(
    r"\s+(?:with\s+(?:close\s+)?(?:links|ties|connections)\s+to|(?:linked|close|tied)\s+to)\s+"
)


_STATE_STATEMENT = re.compile(r"\s+(?:joint\s+|official\s+)?(?:statement|readout|communiqu[eé])\s*")
# an adjunct between a subject and its verb: " in reading the verdict", " while visiting Kyiv"
_GERUND_ADJUNCT = re.compile(r"\s+(?:in|while|when|after|before|upon|on)\s+[a-z]{2,}ing\b")


# a place's outlet with no name after it: "Syria's state news agency", "the country's state TV" (round 83)
_OWNED_STATE_OUTLET = re.compile(
    r"\W*(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}?(?:[A-Z][\w.’'-]*|country)['’]s\s+(.+?)[\s,.]*"
)
# the rest of an outlet's name in capitals, to a medium word: the "News TV" of "Yonhap News TV" (round 83)
_OUTLET_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w’'-]*){1,3}[\s,.]*")


# a body's noun that speaks with no article before it as "the military" does: "..., military says" (round 108);
# not a plural group ("authorities", "forces") nor an office or a title ("leader", "president", "general", "chief")
# ... and those that open a paragraph with a capital ("Government said ..."; not "Intelligence has confirmed", what is
# known rather than a body)
_OPENING_BODIES = frozenset(
    {
        "government",
        "ministry",
        "police",
        "military",
        "army",
        "navy",
        "court",
        "parliament",
        "presidency",
        "cabinet",
    }
)
_BARE_BODIES = frozenset(
    w
    for w in INSTITUTION_NOUNS
    if not w.endswith("s") and w not in _HEAD_TITLES and w not in ("staff", "community")
)


# "..., government told" closing a headline: the body was told (a passive), it does not speak (round 107)
_TOLD_PASSIVE = re.compile(r"\s*told\s*(?:$|[\n.,;:!?])")


# "Mayor of La Bañeza says", "..., incoming archbishop of Canterbury warns": a headline's office of a place the model
# read as a place, written without an article (a place is never a speaker, its office is; rounds 111 and 113). "The
# archbishop of Canterbury said" is left to the readers of definite descriptions (the holder the item names)
_OFFICE_OF_PLACE = re.compile(
    rf"\s*((?![Tt]he\s)(?:[A-Za-z][\w-]*\s+){{0,2}}?"
    rf"(?i:{'|'.join(sorted(_HEAD_TITLES | _CLERGY_TITLES))}))\s+of\s+(?:the\s+)?"
)


def _office_of_place(text: str, start: int, stop: int, last: Found | None) -> _Source | None:
    """The office of a place, written without an article, that is a clause's whole subject ("Mayor of La Bañeza",
    "incoming archbishop of Canterbury"), as written; None for any other subject."""
    if last is None or last.kind != "place" or text[last.end : stop].strip(" ,"):
        return None
    m = _OFFICE_OF_PLACE.fullmatch(text, start, last.start)
    if m is None or any(w.lower() in _NOT_IN_SPEAKER for w in m.group(1).split()):
        return None
    return _Source(" ".join(text[m.start(1) : last.end].split()), "phrase", "")


# a place that says where the phrase's body is based ("The Norway-based Hengaw rights group", "London-based")
# ... and what a name only modifies: "Trump-allied Republican said" (round 130), "Kremlin-linked" (not "the Saudi-backed
# governor of ... said", whom the model's name there leads to)
_BASED = re.compile(r"[-‑](?:based|allied|aligned|linked|friendly|leaning|supporting)\b")
# a relation before the name that ends a subject: "Venezuela ally China", "Kyiv's ally Britain", "its close partner
# Russia", "longtime Maduro ally Cuba" (the name before the noun only says whose ally it is)
_RELATION_BEFORE = re.compile(
    r"\b(?:all(?:y|ies)|partners?|neighbou?rs?|rivals?|foes?|backers?|patrons?|friends?)\s+$", re.IGNORECASE
)


def _related_head(text: str, start: int, left: str, inside: Sequence[Found]) -> Found | None:
    """The name that heads a subject after a relation ("Venezuela ally China" -> China), when it ends the subject."""
    end = start + len(left.rstrip(" ,"))
    last = max(inside, key=lambda f: f.end, default=None)
    if (
        last is None
        or last.end != end
        or not _speaker_ok(last)
        or not _RELATION_BEFORE.search(text, start, last.start)
        # no name before it ("Its close partner Russia"): the name is the whole subject already
        or not any(f.start < last.start for f in inside)
    ):
        return None
    return last


# a time that opens the sentence with no comma before its subject: "On Tuesday the coalition said", "In March the
# ministry said", "Later the coalition said" (the subject is what follows; before, the whole ran together as a name)
OPENING_TIME = re.compile(
    r"\s*(?:(?:(?:Late|Early|Earlier|Later)\s+(?:on|in)|On|In|By|Since|During|Until)\s+(?:(?:early|late|mid)[- ])?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+\d{4})?"
    r"(?:\s+(?:night|morning|afternoon|evening))?|(?:On|In)\s+\d{4}|Later|Earlier|Separately|Meanwhile)\s+"
    r"(?=(?:the|its|their)\s)"
)


_LOWER_WORD = re.compile(r"[a-z][\w-]*(?:['’]s)?")  # a word may be an owner's: "attorney general's office"


def _bare_body_words(words: list[str], definite: bool) -> bool:
    """Whether the words of a body's phrase are written in lower case, the first one capitalised where a phrase of
    two words or more, or a body's bare noun, opens the sentence ("Attorney general's office says", "Government
    said"; whether such a noun may open it is the caller's test)."""
    first, rest = words[0], words[1:]
    if not all(_LOWER_WORD.fullmatch(w) for w in rest):
        return False
    if definite:
        return _LOWER_WORD.fullmatch(first) is not None
    if not rest:
        return _LOWER_WORD.fullmatch(first.lower()) is not None
    return re.fullmatch(r"[A-Za-z][a-z-]*", first) is not None


_GENERIC_HEADS = INSTITUTION_NOUNS | {"police", "bank"}


def _generic_body(name: str) -> bool:
    """A body's name made of common words with an institution's noun last ("Defence Ministry", "Central Bank",
    "State Emergency Service", "Coast Guard"): many states have one, so its owner tells which."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1].lower() in _GENERIC_HEADS
        and all(w[:1].isupper() and common_word(w) >= 3.5 for w in words)
    )


def _phrase_before(text: str, start: int, end: int, found: Sequence[Found]) -> _Source | None:
    """The noun phrase that ends at `end` (just before a verb), read as a source; None if it names none."""
    opening = _OPENING_WORD.match(text, start, end)
    start = opening.end() if opening else start
    when = OPENING_TIME.match(text, start, end)
    start = when.end() if when else start
    left = text[start:end]
    aux = _AUX.search(left)  # searched once: the pattern ends in $ and is tried from every position
    left = left[: aux.start()] if aux else left
    stop = start + len(left)
    if not left.strip():
        return None
    acting = next(
        (
            f
            for f in found
            if start <= f.start < stop and f.kind == "person" and _ACTING_FOR.search(text[start : f.start])
        ),
        None,
    )
    if acting is not None:
        # "The doctors treating Bolsonaro said", "those close to Cabello said": people the phrase does not name act
        # for or stand near the person, who is no subject
        return _Source("", "unnamed", "")
    adjunct = _GERUND_ADJUNCT.search(left)
    if (
        adjunct
    ):  # "Judge Sequerah in reading the verdict had earlier said": the name before the adjunct (round 59)
        named = next(
            (
                f
                for f in found
                if start <= f.start
                and f.end == start + adjunct.start()
                and f.kind in ("person", "organisation")
                and _speaker_ok(f)
            ),
            None,
        )
        if named is not None:
            return _Source(named.name, named.kind, "")
    ties = _TIES_TO.search(left)
    if (
        ties
        and _words(left[: ties.start()])
        and _words(left[: ties.start()])[-1].lower() in _PLATFORM_PLURALS
    ):
        # "Russian Telegram channels with links to the security services": the channels, not whom they know
        return _phrase_before(text, start, start + ties.start(), found)
    inside = [f for f in found if start <= f.start and f.end <= stop]
    # a name that opens a longer one is part of it: the "US" of "US Immigration and Customs Enforcement" (round 35)
    inside = [
        f
        for f in inside
        if not any(
            g.start == f.start
            and f.end <= g.end
            and g.end - g.start > f.end - f.start
            and g.name == text[g.start : g.end]  # not "Swiss Foreign Ministry" found as "Foreign Ministry"
            for g in inside
        )
    ]
    # "The Norway-based Hengaw rights group": where a body is based is no speaker of the phrase
    inside = [f for f in inside if not _BASED.match(text, f.end)]
    related = _related_head(text, start, left, inside)
    if related is not None:
        return _Source(related.name, related.kind, "")
    paper_by = _PAPER_BY.match(left)
    issuer = next((f for f in inside if paper_by and f.start == start + paper_by.end()), None)
    if issuer is not None and _speaker_ok(issuer) and issuer.kind not in ("state", "place", "person"):
        # "A joint statement issued by the US State Department after the talks ... said": its issuer (round 35)
        return _Source(issuer.name, issuer.kind, "")
    # its head before a phrase that qualifies it: "A decades-old Pacific organisation for environmental protection"
    indefinite = _INDEFINITE_NP.fullmatch(_QUALIFIER_AFTER.sub("", left.strip(" ,"), count=1))
    if (
        indefinite
        and not _NOT_MODIFIERS.intersection(indefinite.group(1).lower().split())
        and indefinite.group(2)
        not in _SPOKES | _ISSUED | _OWNED_PAPERS | _SOURCE_PAPERS | _FINDING_NOUNS | _WORKS
        and not indefinite.group(2).endswith("ly")
        and _SAYS_AFTER.match(text, end) is not None
        and not (indefinite.group(2) in _OUTLET_STAFF and any(f.kind == "outlet" for f in inside))
        # "A lawyer for Cole argued": someone acting for a person named, that person's (round 38's label)
        and not re.match(r"\s*\S+(?:\s+\S+){0,3}\s+for\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\W*$", left)
    ):  # "An Israeli-backed Palestinian militia said", "One X user said", "A decades-old Pacific organisation
        # said": a noun phrase opened by "a" or "one" and headed by a common noun names nobody, whatever names
        # modify it (not "A Kremlin spokesman", "A UN report", "A Reuters witness")
        return _Source("", "unnamed", "")
    where = _IN_PLACE.search(left)
    if (
        where
        and inside
        and _words(left[: where.start()])
        and (
            (
                all(f.kind in ("place", "state") for f in inside if f.start >= start + where.start())
                # "envoy to Greenland", not "Committee to Protect Journalists" (no place after "to")
                and (
                    where.group().split()[0] != "to" or any(f.start >= start + where.start() for f in inside)
                )
                and not any(f.start < start + where.start() < f.end for f in inside)
            )
            # "Letychiv community in Khmelnytskyi Oblast": a body in a region the model took for an organisation
            or (
                where.group().split()[0] == "in"
                and _words(left[: where.start()])[-1].lower() in INSTITUTION_NOUNS
                and all(
                    f.kind not in ("person", "outlet") for f in inside if f.start >= start + where.start()
                )
            )
        )
    ):  # "his lawyers in Germany said", "Police in Uganda said": the place only says where they are
        body_word = _words(left[: where.start()])[-1].lower()
        # "the government in Taiwan", "The Chinese embassy in Britain": which government or (a state's) embassy,
        # not where it sits (round 62; "The embassy in Oslo said" stays the embassy)
        which = body_word in ("government", "administration") or (
            body_word in ("embassy", "consulate")
            and len(_words(re.sub(r"^\W*(?:the|The)\s+", "", left[: where.start()]))) >= 2
        )
        if which and where.group().split()[0] in ("in", "of"):
            phrase = re.sub(r"^(?:the|The)\s+", "", left.strip().rstrip(",. "))
            return _Source(" ".join(phrase.split()), "phrase", "") if len(phrase.split()) <= 5 else None
        envoy = _phrase_before(text, start, start + where.start(), found)
        if envoy is not None and envoy.kind == "phrase":
            # "China's ambassador to Britain said": the envoy's office with where they are posted
            return _Source(with_mission(envoy.name, text, start + where.start()), "phrase", envoy.verb)
        return envoy
    owned_of = _OWNED_BODY_OF.search(left)
    if owned_of:  # "Israel's ministry of diaspora affairs": the whole body, its "of" part in lower case too
        return _Source(" ".join(owned_of.group(1).split()), "phrase", "")
    the_body_of = _the_body_of(left)  # round 94
    if the_body_of is not None:
        return the_body_of
    office = _OFFICE_OF.search(left) if may_match(_OFFICE_OF, left) else None
    if office and re.search(r"\b(?:by|from|for|with|to|at|in|on|of)\s+(?:the\s+)?$", left[: office.start()]):
        office = None  # "The report by the Ministry of X said": the object of a preposition (round 35)
    holder = next(
        (
            f
            for f in reversed(inside)
            if office
            and f.kind == "person"
            and f.start > start + office.start()
            and not text[f.end : stop].strip()
        ),
        None,
    )
    if holder is not None:  # "Chief of the General Staff Valery Gerasimov said": the holder, not the office
        return _Source(holder.name, holder.kind, "")
    if office:  # "the foreign ministers of Somalia and Somaliland": an office named by its country
        owned_by = next(
            (f for f in reversed(inside) if f.kind in _BODY_KINDS and f.end <= start + office.start()), None
        )
        if owned_by is not None and re.fullmatch(r"\s?['’]s\s+", text[owned_by.end : start + office.start()]):
            # "South Korea's Joint Chiefs of Staff": the office with its owner, not "s Joint Chiefs" (groups79)
            return _Source(
                " ".join(re.sub(r"\s+(['’]s)\b", r"\1", text[owned_by.start : start + office.end()]).split()),
                "phrase",
                "",
            )
        return _Source(re.sub(r"^(?:the|The)\s+", "", office.group().strip()), "phrase", "")
    # a name right before the verb ("Mike Johnson of Louisiana told")
    last = inside[-1] if inside else None
    office_of_place = _office_of_place(text, start, stop, last)
    if office_of_place is not None:
        return office_of_place
    if (
        last is not None
        and last.kind == "state"
        and re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[start : last.start])
        and _STATE_STATEMENT.fullmatch(text, last.end, stop)
    ):  # "the Russian statement said", "The UAE statement said": the state's body that issued it (round 39)
        return _Source(last.name, "anaphor-issuer", "")
    if (
        last is not None
        and len(inside) > 1
        and (
            text[last.start : last.start + 1].islower()
            # (the phrase opens with its owner: not "the General Staff of Ukraine's Armed Forces")
            or (_generic_body(text[last.start : last.end]) and not text[start : inside[-2].start].strip(" ,"))
        )
        and inside[-2].kind in ("state", "place")
        and re.fullmatch(r"['’]s\s+", text[inside[-2].end : last.start])
        is not None  # "Chad 's" read "Chad's  "
        and not text[last.end : stop].strip(" ,")
    ):  # "Gambia's defence ministry" where the actors step found "defence ministry": the state's institution;
        # "Russia's Defence Ministry", "Taiwan's Coast Guard" too: a name any state's body may bear says whose only
        # with its owner (not "Russia's Gazprom", "Israel's Shin Bet": a body's own name)
        return _Source(text[inside[-2].start : last.end], "phrase", "")
    if last is not None and last.kind in ("state", "place") and len(inside) > 1:
        prev = inside[-2]
        of_place = re.fullmatch(r"\s+of\s+(?:the\s+)?", text[prev.end : last.start])
        if of_place and _speaker_ok(prev) and prev.kind != "state":
            last = prev
    if (
        last is not None
        and (
            last.end >= stop
            or not text[last.end : stop].strip(" ,’'s")
            # "the Lloyd's notice said", "the Kremlin's statement said": the one who issued it
            or (
                last.kind in ("organisation", "outlet")
                and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+)?(\w+)\s*", text[last.end : stop]) is not None
                and _singular(text[last.end : stop].split()[-1].lower()) in _ISSUED
            )
            or (
                last.kind not in ("state", "place")
                and re.fullmatch(r"\s+of\s+(?:the\s+)?[A-Z][\w .]+", text[last.end : stop])
            )
        )
    ):
        head_of = _HEAD_OF.search(text, start, last.start)
        person_of = _titled_name_of(text, start, head_of.start(1), head_of.end(1), inside) if head_of else ""
        if person_of and last.kind in ("organisation", "unit"):
            # round 74: "Detective Chief Superintendent Risto Lohi of Finland's National Bureau of Investigation
            # said": the person, his office after "of" left out
            return _Source(person_of, "person", "")
        if (
            head_of
            and last.kind in ("organisation", "unit")
            and not any(
                f.kind == "person" for f in inside if f.start < last.start and f.end > head_of.start(1)
            )
        ):  # "the General Staff of Ukraine's Armed Forces reported": the body the phrase is headed by, in full
            return _Source(re.sub(r"^(?:The|A|An)\s+", "", text[head_of.start(1) : last.end]), last.kind, "")
        prep = _PREPOSITION_BEFORE.search(_strip_titles(text[start : last.start]))
        at_body = _UNNAMED_AT.search(text, start, last.start) if prep is None else None
        if at_body and _unnamed(at_body.group(1)) and at_body.group(1).lower() not in _SPOKES:
            return _Source(
                "", "unnamed", ""
            )  # "officials at the city's main Nasser Hospital said": not named
        if (
            prep
        ):  # "survivors interviewed by Reuters said", "countries at the United Nations": not the subject;
            # "an Israeli official close to Prime Minister Benjamin Netanyahu has said": the official, unnamed
            lead = _words(text[start : start + prep.start()])
            if (
                lead
                and lead[-1].lower() in _SPOKES
                and prep.group().split()[0] == "for"
                and _speaker_ok(last)
                and last.kind not in ("person", "state")
            ):  # "a spokesman for the Department of Homeland Security said": that department speaks
                return _Source(last.name, last.kind, "")
            # "A joint statement issued by the US State Department": the paper before its participle (round 35)
            paper = lead[:-1] if len(lead) > 1 and lead[-1].lower() in _MADE_BY else lead
            if (
                paper
                and _singular(paper[-1].lower())
                in _ISSUED | _OWNED_PAPERS  # "The report by the X said" (round 35)
                and prep.group().split()[0] in ("from", "by")
                and _speaker_ok(last)
                and last.kind != "state"
            ):  # "a statement from the Kremlin said": whoever issued it
                return _Source(last.name, last.kind, "")
            if any(_unnamed(w) for w in lead):
                return _Source("", "unnamed", "")
        elif last.kind == "state" and last.demonym and last.end >= stop:
            return _Source("", "unnamed", "")  # "Russian says ...": a national, not named, never the state
        elif _speaker_ok(last) or last.kind == "state":
            if last.kind == "state":
                head = text[max(start, last.start - 40) : last.start]
                if (
                    head.strip()
                    and not re.search(r"[,\"“”;:]\s*$|^\s*$", head)
                    and not _the_state(text, head, last)
                ):
                    return None  # "the ship sailed to Russia, said" is no subject; "Russia says" is
            return _Source(last.name, last.kind, "")
        elif (
            last.kind == "place"
            and last.end >= stop
            and (
                not re.sub(
                    r"^(?:but|and|yet|meanwhile)\b", "", text[start : last.start].strip(' ,"“”'), flags=re.I
                )
                # "Martin's trip comes after Beijing announced ...": the clause a conjunction opens has its subject
                or _SUBORDINATE_BEFORE.search(text, max(start, last.start - 12), last.start) is not None
            )
            and not re.search(r"\b(?:and|or|of|in|to|from)\s*$", text[max(0, start - 6) : start])
        ):  # "Kyiv has dismissed the claim", "... was dismissed by Kyiv": a city for its government, never a speaker
            return _Source("", "seat", "")
    if (
        last is not None
        and last.kind == "place"
        and _SEAT_NOUN.fullmatch(text, last.end, stop)
        and re.fullmatch(r"\s*(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*['’]s\s+)?", text[start : last.start])
    ):  # "Russia's Belgorod region said": a region for its government, never a speaker
        return _Source("", "seat", "")
    words = _words(left)
    if not words:
        return None
    head = words[-1].lower().strip(".’'")
    if len(words) >= 2 and words[-2][:1].isupper():  # "Trump admin says": that administration (round 61)
        head = _HEADLINE_BODY_ABBREVIATIONS.get(head, head)
    named_outlet = next((f for f in inside if f.kind == "outlet" and _speaker_ok(f)), None)
    if (
        named_outlet is not None
        and head in UNNAMED_NOUNS
        and _OUTLET_NAME_GOES_ON.fullmatch(text, named_outlet.end, stop)
        and re.fullmatch(r"\W*(?:(?:the|The)\s+)?(?:[a-z][\w-]*\s+){0,2}", text[start : named_outlet.start])
    ):  # "Yonhap News TV reported" (round 83): an outlet's name goes on in capitals to a medium, not "state TV"
        return _Source(" ".join(text[named_outlet.start : stop].split()).strip(" ,."), "outlet", "")
    if head in _ISSUED and len(words) >= 3 and words[-2].lower() in INSTITUTION_NOUNS:
        # "the Nigerian government statement said": the government that issued it
        return _phrase_before(text, start, start + left.rstrip().rfind(" "), found)
    one_of = _ONE_IN.match(left)
    if one_of and _unnamed(one_of.group(1)) and one_of.group(1).lower() not in _SPOKES:
        # "A source in Petro's office told Reuters": one the office has, unnamed
        return _Source("", "unnamed", "")
    owned_office = _OWNED_OFFICE.search(left)
    if owned_office and owned_office.group(2).lower() in _HEAD_TITLES:
        return _Source(owned_office.group(1), "phrase", "")  # "the region's governor said": as written
    held = _HELD_OFFICE.search(left)
    if held and re.search(r"\b(?:former|ex)\b", held.group(1)):
        return _Source("", "unnamed", "")  # "the company's former chief executive": one of several, not named
    if held:  # "the company's chief executive", "its chief executive", "the head of the port authority": an
        # office named without its holder, as written
        return _Source(" ".join(held.group(1).split()), "phrase", "")
    document = _THE_DOCUMENT.search(left)
    if document:  # 'The draft legislation says "..."': the document, as written
        return _Source(" ".join(document.group(1).split()), "phrase", "")
    titled = _TITLE_OFFICE.search(left)
    if titled:  # "the regional prosecutor's office said": that office, as written
        return _Source(" ".join(titled.group(1).split()), "phrase", "")
    led = _HIS_GROUP.search(left)
    if led:  # "his group said": the body the person "his" refers to was named as leading (groups79)
        return _Source(led.group(2).lower(), "anaphor-led:" + led.group(1).lower(), "")
    # a relative is read here only after a name ("Maduro's son says"); "his wife said" is read as before
    relative_of_pronoun = head in RELATIVE_NOUNS and re.search(
        r"\b(?:his|her|their)\s+(?:\w+\s+){0,2}?\w+\W*$", left, re.I
    )
    if (head in AGENT_NOUNS or head.rstrip("s") in AGENT_NOUNS) and not relative_of_pronoun:
        owner = re.search(r"(?:\b(his|her|their)|['’]s)\s+(?:\w+\s+){0,2}?\w+\W*$", left, re.I)
        people = [
            f
            for f in inside
            # (a relative is a person's, whatever the model called the name: "Maduro's son says" in a headline; so
            # are lawyers, who speak for their client whoever it is: "Maduro's lawyer says")
            if (
                f.kind == "person"
                or (f.kind == "organisation" and (head in RELATIVE_NOUNS or head in _LAWYERS))
            )
            and text[f.end : f.end + 2] in ("’s", "'s")
        ]
        if owner and people:  # "Usmanov's lawyers": they speak for him
            return _Source(f"{people[-1].name}'s {head}", "phrase", "")
        if owner and owner.group(1) and head == "family":
            return _Source("", "unnamed", "")  # "what his family alleges": relatives, not named
        if (
            owner
            and owner.group(1)
            and (
                owner.group(1).lower() == "their"
                or re.search(r"\b(?:one|(?:a\s+)?members?)\s+of\s+(?:his|her|their)\s", left, re.I)
            )
        ):  # "one of their lawyers told CNN": one of several people's lawyers, not one person's, not named
            # ("a member of her team said": one of them, round 24)
            return _Source("", "unnamed", "")
        if owner and owner.group(1):  # "his lawyers": for the person the paragraph is about
            return _Source(head, "possessive:" + owner.group(1).lower(), "")
    of_body = _SPOKES_OF_BODY.search(left) if head in _SPOKES else None
    if of_body and not _unnamed(of_body.group(2)):
        # "a Finnish defence ministry spokesperson said": for that ministry, as written
        return _Source(" ".join(of_body.group(1).split()), "phrase", "")
    whose = _WHOSE_SPOKES.search(left) if head in _SPOKES else None
    if whose:  # "Guterres is alarmed, his spokesperson said": he speaks through his spokesperson
        return _Source(
            whose.group(1).lower(),
            "pronoun:" + {"his": "he", "her": "she"}.get(whose.group(1).lower(), "they"),
            "",
        )
    org = (
        inside[-1]
        if inside and _speaker_ok(inside[-1]) and inside[-1].kind not in ("state", "person")
        else None
    )
    if head in _SPOKES and org is not None and not re.search(r"[,;]", text[org.end : stop]):
        return _Source(org.name, org.kind, "")  # "the HUR spokesperson": for the HUR
    if (
        org is not None
        and org.kind in ("outlet", "organisation")
        and re.fullmatch(r"\s+[a-z]+(?:\s+[a-z]+)?\W*", text[org.end : stop])
        and _singular(head) in _OUTLET_STAFF
    ):
        if head in _PLATFORM_PLURALS:
            return _Source("", "unnamed", "")  # "Russian Telegram channels said": several, none named
        return _Source(org.name, org.kind, "")  # "Reuters witnesses", "the Kommersant newspaper": that outlet
    if re.search(
        r"\b(?:many|some|several|most|one|two|three|few|none)\s+of\s+(?:them|those|the\s+[a-z]+)\W*$",
        left,
        re.I,
    ):
        return _Source("", "unnamed", "")
    body = _THE_NAMED_INSTITUTION.fullmatch(left.strip(" ,")) if not inside else None
    if body and {w.lower() for w in body.group(1).split()} & (INSTITUTION_NOUNS | _BODY_NOUNS):
        return _Source(
            body.group(1), "organisation", ""
        )  # "The Committee to Protect Journalists said": as written
    of_body = _UNNAMED_OF.match(left)
    if of_body and _unnamed(of_body.group(1)) and of_body.group(1).lower() not in _SPOKES:
        return _Source(
            "", "unnamed", ""
        )  # "officials at the ministry said": not named, whoever they work for
    if _BOTH_SIDES.match(left) or _THE_PAIR.search(left):
        # "both sides said": each of them, no one speaker; "the royal couple said", "the two said" (round 67)
        return _Source("", "several", "")
    paper_of = _THE_PAPER.search(left.rstrip()) if not inside else None
    if paper_of:  # "the report said": the one a sentence before named as its maker, else no one named (below)
        return _Source(paper_of.group(1).lower(), "anaphor-paper", "")
    anaphor = _THE_INSTITUTION.search(left.rstrip()) or _ITS_INSTITUTION.search(left.rstrip())
    if anaphor:  # "the ministry said", "its government responded": the institution named before
        return _Source(anaphor.group(1).lower(), "anaphor", "")
    outlet = _THE_OUTLET.search(left.rstrip())
    if outlet:  # '"...?" the paper said': the outlet named before (round 30)
        return _Source(outlet.group(1).lower(), "anaphor-outlet", "")
    pron = _PRONOUN_SUBJECT.search(left.rstrip())
    if pron:
        return _Source("", "pronoun:" + pron.group(1).lower(), "")
    office = _QUALIFIED_OFFICE.search(left.rstrip())
    if office and {"former", "ex"} & set(office.group(1).lower().split()):
        # "Former foreign minister John Smith said ... / The former foreign minister said": whom it refers back to
        return _Source(office.group(1), "anaphor-former", "")
    if (
        office
    ):  # "the interior minister said", "the Colombian defence minister has said": the office as written
        return _Source(office.group(1), "phrase", "")
    bare = left.strip(" ,")
    if (
        (1 < len(bare.split()) <= 3 or bare.lower() in _HEAD_TITLES)
        and re.fullmatch(r"[\w’'-]+(?:\s+[\w’'-]+)*", bare)
        and not {w.lower() for w in bare.split()} & {"the", "a", "an", "his", "her", "their", "its", "one"}
        and _description(bare)
        # "Kherson governor accuses", "Russian-installed Kherson governor insists": a place or state only says
        # whose office it is (no other name in the phrase, the office's head after them)
        and all(f.kind in ("state", "place") and f.end < stop - 1 for f in inside)
        # (not a headline's closing credit, "..., Malaysia PM says": the headline reader's, as before)
        and not (inside and re.search(r"[,:;—–]\s*$", text[max(0, start - 3) : start]))
        # (not "Ex-Israeli PM": a former office with its country, whom the body names)
        and not (inside and re.match(r"(?:former|ex)\b", bare, re.I))
    ):
        if re.match(r"(?:former|ex)\b", bare, re.I):
            return _Source("", "unnamed", "")  # "..., former minister says": one of many, not an office held
        return _Source(bare, "phrase", "")  # "..., parliament speaker says", "US ambassador said": as written
    title = _THE_TITLE.search(left.rstrip())
    if (
        title
        and (title.group(1).lower() in TITLE_WORDS or title.group(1).lower() in _HEAD_TITLES)
        and title.group(1).lower() not in INSTITUTION_NOUNS - _PERSON_TITLES
    ):
        # "the minister added": the person the paragraph is about; the office as written when there is none
        word = title.group(1).lower()  # "the spokesman said" alone names no office anyone holds
        return _Source("" if word in _SPOKES else word, "pronoun:he", "")
    if _INDEFINITE_TITLE.search(left.rstrip()):
        return _Source("", "unnamed", "")  # "a Russian commander said": someone not named
    owner_title = re.search(
        r"\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*['’]s\s+(?:[\w-]+\s+){0,2}?(\w+))\W*$", left.rstrip()
    )
    # "Russia's foreign minister", "Iran's top judge" (round 63): an office its owner names, held by one person
    # (_HEAD_TITLES holds every one of _PERSON_TITLES)
    if owner_title and owner_title.group(2).lower() in _HEAD_TITLES:
        owner_name = re.sub(r"^(?:The|A|An)\s+", "", re.split(r"['’]s\s", owner_title.group(1))[0])
        if owner_title.group(2).lower() in _SPOKES and owner_name.split()[-1].lower() in INSTITUTION_NOUNS:
            return _Source(
                owner_name, "phrase", ""
            )  # "the Russian Foreign Ministry's spokeswoman": the ministry
        return _Source(owner_title.group(1), "phrase", "")  # "Russia's foreign minister said"
    group_owner = next((f for f in reversed(inside) if f.kind in _BODY_KINDS and _speaker_ok(f)), None)
    owned_group = _OWNED_GROUP.fullmatch(text, group_owner.end, stop) if group_owner is not None else None
    if (
        group_owner is not None
        and owned_group is not None
        and re.fullmatch(r"\s*(?:(?:the|The)\s+)?", strip_dateline(text[start : group_owner.start].lstrip()))
    ):  # "Yemen's separatists said": the group with its owner (a place never speaks; the group does)
        return _Source(f"{group_owner.name}'s {' '.join(owned_group.group(1).split())}", "phrase", "")
    if head == "services" and len(words) >= 2 and words[-2].lower() in ("emergency", "rescue", "ambulance"):
        # "Israeli emergency services said": the responders, not named (as "Israeli police said"); "Israel's Magen
        # David Adom emergency services": the service named (groups79; "the ambulance service" is one body)
        named = next(
            (f for f in reversed(inside) if f.kind in ("organisation", "unit") and _speaker_ok(f)), None
        )
        return _Source(named.name, named.kind, "") if named is not None else _Source("", "unnamed", "")
    office_paper = _OFFICE_PAPER.search(left)
    if (
        office_paper
        and office_paper.group(2).lower() in _HEAD_TITLES
        and len(office_paper.group(1).split()) > 1
    ):
        # "The New Hampshire attorney general's report estimates that" (round 154): the office whose paper it is (not
        # "the prosecutor's statement", which refers back to the office named before)
        return _Source(" ".join(office_paper.group(1).split()), "phrase", "")
    if head in UNNAMED_NOUNS or head.rstrip("s") in UNNAMED_NOUNS or _unnamed(head):  # "former classmates"
        # "a spokeswoman of the Department of Homeland Security" is handled by the name check above
        return _Source("", "unnamed", "")
    # "Shopkeepers said", "Fishermen say": the noun opens the sentence capitalised, no name found in it
    opening_plural = (
        len(words) == 1
        and words[-1][1:].islower()
        and not inside
        and _PEOPLE_PLURAL.fullmatch(words[-1].lower()) is not None
        and common_word(words[-1].lower()) >= 2.5
    )
    if (
        (_PEOPLE_PLURAL.fullmatch(words[-1]) or opening_plural)
        and not any(_speaker_ok(f) and f.kind != "state" for f in inside)
        and re.fullmatch(
            r"(?:(?:the|The|some|Some|many|Many|[\w-]+)\s+){0,3}", left.strip()[: -len(words[-1])]
        )
    ):  # "Egyptian mediators told the AP", "Western negotiators said": people not named, by the noun's form
        return _Source("", "unnamed", "")
    if head.endswith("s") and head[:-1] in _PERSON_TITLES:
        return _Source("", "unnamed", "")  # "the European leaders said": people not named
    owned_outlet = _OWNED_STATE_OUTLET.fullmatch(left)
    if owned_outlet and _STATE_OUTLET.fullmatch(owned_outlet.group(1)):
        # "Syria's state news agency said" (round 83): a state's outlet described, not named, as "state media"
        return _Source("", "unnamed", "")
    if head in INSTITUTION_NOUNS or head.rstrip("s") in INSTITUTION_NOUNS:
        # "Ukraine's seaports authority", "Gambia's defence ministry", "Iran supreme leader": the whole phrase
        m = re.search(
            # "Kharkiv's regional prosecutors' office" (round 63): a plural owner inside the phrase
            r"((?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:['’]s)?\s+)(?:[\w-]+(?:(?<=s)['’])?\s+){0,3}[\w-]+)\W*$",
            left,
        )
        if m and any(
            ch.isupper() for ch in re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        ):  # not "A regional utility"
            phrase = re.sub(r"^(?:The|A|An)\s+", "", m.group(1).strip() + " " + m.group(0)[len(m.group(1)) :])
            phrase = " ".join(phrase.split()).rstrip(" ,.")
            return _Source(phrase, "phrase", "")
        if inside and _speaker_ok(inside[-1]) and inside[-1].kind != "state":
            # "the Trump administration": the name and its institution
            return _Source(inside[-1].name + " " + head, "phrase", "")
        owned = _SEAT_OWNED.search(left)
        if owned:  # "the city's military administration": that institution, as written
            # "the Latakia province's media office": with the seat's name when the text gives it
            return _Source(owned.group(0).strip() if owned.group(1) else owned.group(2), "phrase", "")
        owned = _OWNED_BODY.search(left)
        if owned:  # "the ministry's press service": that service, as written
            return _Source(" ".join(owned.group(1).split()), "phrase", "")
        bare_words = left.strip(" ,").split()
        if (
            bare_words[:1] in (["its"], ["Its"])
            and 3 <= len(bare_words) <= 4
            and all(_LOWER_WORD.fullmatch(w) for w in bare_words[1:])
        ):  # "..., its foreign ministry said" (round 153), "Its operations command announced" (round 41): the
            # body the sentence names, by its qualified noun as written (not "its ministry": `_ITS_INSTITUTION`)
            return _Source(" ".join(bare_words[1:]), "phrase", "")
        definite = bare_words[:1] in (["the"], ["The"])
        bare_words = bare_words[1:] if definite else bare_words
        if (
            (
                1 < len(bare_words) <= 3
                or (
                    len(bare_words) == 1
                    and (definite or (bare_words[0] in _BARE_BODIES and not _TOLD_PASSIVE.match(text, end)))
                )
                or (
                    # "Government said the move was due to ..." (round 127): a body's bare noun opening a paragraph
                    len(bare_words) == 1
                    and not definite
                    and bare_words[0][:1].isupper()
                    and bare_words[0].lower() in _OPENING_BODIES
                    and (start == 0 or text[start - 1] == "\n")
                    and not _TOLD_PASSIVE.match(text, end)
                )
            )
            # "the regulator said"; "..., military says", "..., ministry said" (round 108): one body's noun with
            # no article, as "the military" (not "authorities", "forces": a group; not an office, "president")
            and _bare_body_words(bare_words, definite)
            and bare_words[0].lower() not in ("a", "an", "his", "her", "their", "its", "one", "some", "any")
        ):  # "..., farm ministry says", "..., military intelligence says": a headline's institution, as written;
            # "the national electricity company said", "according to the news agency": the one named before, else
            # as written
            return _Source(" ".join(bare_words), "anaphor" if definite else "phrase", "")
        return _Source("", "unnamed", "")
    if _INDEFINITE_SUBJECT.search(left.rstrip()) and _SAYS_AFTER.match(text, end):
        return _Source("", "unnamed", "")  # "an auction house has said", "a rights group said": not named
    return None


# an office of several named by what they hold: "The U.S. Secretaries of State and Defense", "Foreign Ministers of ..."
_LEAD_OFFICE = re.compile(
    r"\s*(?:[Tt]he\s+)?((?:[\w.’'-]+\s+){0,2}(?i:secretaries|ministers|heads|leaders|chiefs)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)(?=\s+[a-z])"
)


# a plural noun, a preposition and a place's adjectives before it: "Separatists in southern " (a group, not a name)
_PEOPLE_IN_PLACE = re.compile(
    r"(?:(?:The|the)\s+)?([A-Za-z][a-z-]+s)\s+(?:in|from|across|inside|throughout)\s+(?:[a-z][\w-]*\s+){0,2}"
)
# the word after a state or place that makes it a qualifier: "Latvia PM", "UK campaigner" (not "UK said")
_STATE_NOUN = re.compile(r"\s+(PM|MP|[a-z][a-z-]+)(?=[\s,]|$)")


_MISSION = re.compile(r"\s+(?:to|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*)*")
# the words before a body an envoy is posted to, from the office's first word: "The US ambassador to "
_POSTED_TO = re.compile(rf"^(?:[Tt]he\s+)?((?:[\w.’'-]+\s+){{0,3}}?{ENVOY_NOUNS}\s+(?:to|at)\s+(?:the\s+)?)$")


def with_mission(phrase: str, text: str, after: int) -> str:
    """An envoy's office with where they are posted, when the text says it right after: "Italy's ambassador" at
    "Italy's ambassador to Switzerland said" is "Italy's ambassador to Switzerland" (the office, not its owner's
    envoy anywhere)."""
    if not re.search(rf"\b{ENVOY_NOUNS}$", phrase, re.I):
        return phrase
    mission = _MISSION.match(text, after)
    return phrase + " " + " ".join(mission.group().split()) if mission else phrase


# "US president goes on racist tirade ..., alleging": a state's office with no article and no name after it, then a
# lower-case verb (the office as written below, which the item's named holder takes: offices._office_holders)
_OFFICE_NO_NAME = re.compile(r"\s+(?:president|prime\s+minister|PM|leader|chancellor)\s+(?=[a-z])(?!of\b)")


def _office_without_name(text: str, start: int, state: Found, end: int) -> bool:
    """Whether the state at the clause's start opens an office with no name after it and no article before it ("US
    president goes on ..."; not "The US leader would not say": the one the paragraph is about, read below)."""
    return _OFFICE_NO_NAME.match(text, state.end, end) is not None and not re.search(
        r"\bthe\s+$", text[start : state.start], re.I
    )


def _initial_subject(text: str, start: int, end: int, found: Sequence[Found]) -> _Source | None:
    """The subject at the start of a clause: its first name (possibly after 'The' or a title) or unnamed noun."""
    clause_start = start
    opener = _OPENER.match(text, start, end)
    # "- In April 2023, China held drills, saying ...": a list's dash and a short time or place first
    opened = bool(opener and opener.end() > opener.start())
    if opener:
        start = opener.end()
    pronoun = _pronoun_opener(text, start, end, after_opener=opened)
    if pronoun is not None:
        return pronoun
    first_words = _words(text[start:end])[:6]
    inside = [f for f in found if start <= f.start < end]
    first_name = inside[0].start if inside else end
    office = _LEAD_OFFICE.match(text, start, end)
    if (
        office
    ):  # "The U.S. Secretaries of State and Defense have met ... and accused": those offices, as written
        return _Source(office.group(1), "phrase", "")
    person = _INDEFINITE_PERSON.match(text, start, end)
    if person and not any(_speaker_ok(f) for f in inside if f.start < person.end()):
        return _Source("", "unnamed", "")  # "A French mother whose son died ... sued, alleging": not named
    for m in re.finditer(r"[\w’'.-]+", text[start : min(end, first_name)]):
        if _unnamed(m.group()):
            return _Source("", "unnamed", "")
        if m.group().lower() in SPEECH_VERB_WORDS:
            return None
    for k, f in enumerate(inside[:3]):
        next_word = " ".join(_words(text[f.end : f.end + 20])[:1])
        if _unnamed(next_word):
            return _Source("", "unnamed", "")  # "LGBT groups", "U.S. officials"
        if k == 0 and _two_bodies_subject(text, clause_start, end, inside):
            return _Source("", "several", "")
        if f.kind in ("state", "place") and (
            (next_word.lower() in TITLE_WORDS and not _office_without_name(text, start, f, end))
            or (k + 1 < len(inside) and not text[f.end : inside[k + 1].start].strip())
        ):
            continue  # "US President Donald Trump": the state only qualifies the name
        if (based := _BASED.match(text, f.end)) is not None:
            # "The Norway-based Hengaw rights group": the place only qualifies the group, which speaks (as a
            # phrase when no name follows)
            if any(_speaker_ok(g) for g in inside[k + 1 :]):
                continue
            phrase = " ".join(_words(text[based.end() : end]))
            return _Source(phrase, "phrase", "") if 0 < len(phrase.split()) <= 5 else None
        if (
            k + 1 < len(inside)
            and inside[k + 1].kind == "person"
            and all(w.lower().rstrip(".") in TITLE_WORDS for w in _words(text[f.end : inside[k + 1].start]))
        ):  # "U.S. ambassador to NATO Matthew Whitaker", "Homeland Security Secretary Kristi Noem": the body only
            continue  # qualifies the name after it
        lead = text[start : f.start]
        lead_words = _words(text[clause_start : f.start])
        if (
            f.kind == "person"
            and lead_words
            and lead_words[-1].lower() in _ADVERBIAL_PREPOSITIONS
            and not re.search(r"[,;\"“”]", text[clause_start : f.start])
        ):
            # "But shortly after Trump's remarks, Rodriguez appeared ... and said": a name in an opening adverbial
            # is not the subject; the clause after its comma has it (round 52)
            comma = text.find(",", f.end, end)
            if comma != -1 and not re.search(r"[;\"“”]", text[f.end : comma]):
                bare = _CAP_RUN_VERB.match(text, comma + 1, end)
                # a surname the model did not read there: "Rodriguez appeared ..." (a common word is not one)
                if (
                    bare
                    and not any(g.start < bare.end(1) and g.end > bare.start(1) for g in found)
                    and not any(w.lower() in _COMMON_OPENERS for w in bare.group(1).split())
                ):
                    return _Source(bare.group(1), "person", "")
                return _initial_subject(text, comma + 1, end, found)
        held_noun = _STATE_NOUN.match(text, f.end, end) if f.kind in ("state", "place") else None
        if held_noun and (held_noun.group(1).lower() in _HEAD_TITLES or _person_noun(held_noun.group(1))):
            nxt_f = inside[k + 1] if k + 1 < len(inside) else None
            named_after = (
                nxt_f is not None
                and nxt_f.kind == "person"
                and not re.search(r"[,;]", text[held_noun.end() : nxt_f.start])
                and all(
                    w[:1].isupper() or w.lower() in TITLE_WORDS
                    for w in _words(text[held_noun.end() : nxt_f.start])
                )
            )  # "US envoy Steve Witkoff": the person after the office speaks (read below)
            if not named_after and len(_words(lead)) <= 4 and not re.search(r"[,;\"“”]", lead):
                # "Latvia PM says", "UK campaigner ... accuses": the state only qualifies who speaks (a place is
                # never a speaker); the office or person as written
                return _Source(text[f.start : held_noun.end()], "phrase", "")
        after_name = _CAP_RUN_AFTER.match(text, f.end, end) if f.kind != "person" else None
        if after_name and any(w.lower().rstrip(".") in TITLE_WORDS for w in _words(lead)[-3:]):
            name = _bare_name(text, after_name.start(1), after_name.end(1), found, start)
            if name:  # the same with a name the model did not read as one
                return _Source(name, "person", "")
        nxt = inside[k + 1] if k + 1 < len(inside) else None
        if (
            nxt is not None
            and nxt.kind == "person"
            # "Taiwan's Defense Minister, former general Chiu Kuo-cheng, stood ... and made": an office written in
            # capitals and a description before the name as well
            and re.fullmatch(
                r"['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+(?:[a-z][\w-]*\s+){0,3}", text[f.end : nxt.start]
            )
            and all(
                w[:1].islower() or w.lower() in TITLE_WORDS
                for w in _words(text[f.end + 2 : text.index(",", f.end)])
            )
            and text[nxt.end : nxt.end + 1] == ","
            and len(_words(lead)) <= 4
        ):  # "Maduro's vice president, Delcy Rodriguez, has taken over ... and said": the name in apposition
            return _Source(nxt.name, nxt.kind, "")
        if f.kind in ("state", "place") and _PEOPLE_IN_PLACE.fullmatch(lead):
            # "Separatists in southern Yemen accused ...": the place qualifies the people before it (a place is
            # never a speaker); a group the sentence does not name, none alone (round 60)
            head = _PEOPLE_IN_PLACE.fullmatch(lead).group(1).lower()  # type: ignore[union-attr]
            if head not in TITLE_WORDS and head.rstrip("s") not in INSTITUTION_NOUNS:
                return _Source("", "several", "")
        if len(_words(lead)) <= 4 and not re.search(r"[,;\"“”]", lead):
            if f.kind in ("state", "place") and text[f.end : f.end + 2] in ("’s", "'s"):
                phrase = _possessive_phrase(text, f, end)
                # "Italy's ambassador to Switzerland said": the office with its posting
                return (
                    _Source(with_mission(phrase, text, f.start + len(phrase)), "phrase", "")
                    if phrase
                    else None
                )
            held = _HELD_BY.match(text, f.end, end) if f.kind == "person" else None
            if held:  # "Donald Trump's newly appointed envoy to Greenland said": the envoy, as written
                return _Source(
                    with_mission(f"{f.name}'s {held.group(1).lower()}", text, held.end()), "phrase", ""
                )
            posted = _POSTED_TO.search(lead)
            if posted and not any(_speaker_ok(g) for g in inside[k + 1 :]):
                # "The US ambassador to NATO said": the body is where the envoy is posted, the envoy speaks
                return _Source(text[start + posted.start(1) : f.end], "phrase", "")
            if _speaker_ok(f):
                return _Source(f.name, f.kind, "")
    for w in first_words:
        if _unnamed(w):
            return _Source("", "unnamed", "")
        if w.lower() in SPEECH_VERB_WORDS:
            break
    if first_words[:1] == ["The"]:
        for w, after in zip(first_words[1:4], first_words[2:5], strict=False):
            if w.lower() in TITLE_WORDS and not _unnamed(w) and after[:1].islower():
                return _Source("", "pronoun:he", "")  # "The US leader would not say ..., saying only"
    body = _OPENING_BODY.match(text, start, end)
    if (
        body
    ):  # "The local government tore down ..., citing", "The Cuban government statement gave ..., but said"
        return _phrase_before(text, start, body.end(1), found)  # round 36: the body as "the body said" reads
    return None


_BODY_KINDS = ("state", "place", "organisation")
_COMMON_OPENERS_TEXT = """the a an he she it they we i his her its their this that these those there but and
    officials police authorities"""
_COMMON_OPENERS = frozenset(_COMMON_OPENERS_TEXT.split())


def _two_bodies_subject(text: str, start: int, end: int, inside: Sequence[Found]) -> bool:
    """'Italy and France last month dashed hopes ..., saying': two states or bodies joined by "and" as the clause's
    whole subject speak together, no one of them (round 52; as "Both Trump and Zelensky said")."""
    if len(inside) < 2:
        return False
    first, second = inside[0], inside[1]
    if first.kind not in _BODY_KINDS or second.kind not in _BODY_KINDS:
        return False
    if not re.fullmatch(r"(?:(?:But|And|The|the)\s+)?", text[start : first.start]):
        return False
    if not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[first.end : second.start]):
        return False
    after = _words(text[second.end : min(end, second.end + 30)])[:1]
    # "Italy and France's leaders", "the US and Israeli officials", "Norland and Ostland Defence Minister X": not them
    return (
        bool(after)
        and after[0][:1].islower()
        and not _unnamed(after[0])
        and after[0].lower() not in TITLE_WORDS
        and (text[second.end : second.end + 1] == " ")
    )


# prepositions that open an adverbial before the subject: "After Trump's remarks, Rodriguez said"
_ADVERBIAL_PREPOSITIONS_TEXT = """after before following despite amid unlike since during until like with without
    besides"""
_ADVERBIAL_PREPOSITIONS = frozenset(_ADVERBIAL_PREPOSITIONS_TEXT.split())
# people the subject names by what they do for someone or how near they stand: "The doctors treating", "those close
# to", "lawyers representing" (the name after them is that someone's)
_ACTING_FOR = re.compile(
    r"^(?:(?:[Tt]he|[Tt]hose|[Ss]ome|[Pp]eople|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:[a-z]+\s+){0,2}?(?:[a-z]+s|those|people)\s+"
    r"(?:treating|representing|advising|defending|investigating|close\s+to|loyal\s+to|working\s+for)\s+$"
)


# a lower-case institution (or its statement) as a clause's whole subject, its verb after it: "The local government
# tore down", "The Cuban government statement gave" (round 36; "The" and up to three words before the noun)
_OPENING_BODY = re.compile(
    rf"(?:The|the)\s+((?:[\w’'.-]+\s+){{0,3}}?(?:{'|'.join(sorted(INSTITUTION_NOUNS))})(?:\s+statement)?)"
    r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?(?:[a-z]+ed|gave|took|tore|made|held|sent|kept|put|set|shut|cut|"
    r"began|met|won|lost|struck|sought|brought|left)\b"
)


SPEECH_VERB_WORDS = frozenset(
    {"said", "says", "told", "reported", "announced", "has", "have", "had", "was", "is"}
)
# what a source issued or holds, named by its kind: "according to provisional results", "the minutes", "research"
_SOURCE_PAPERS_TEXT = """data figures results statistics estimates estimate numbers records documents document papers
    files filings research analysis analyses study studies survey surveys poll polls report reports information
    interviews maps map tally toll count disclosures copy text list minutes email emails posting post statement
    calculations projections findings assessment review audit census count tranche batch trove cache ruling verdict
    judgment decree indictment lawsuit complaint website websites sites"""
_SOURCE_PAPERS = frozenset(_SOURCE_PAPERS_TEXT.split())
_FINDING_NOUNS = frozenset({"poll", "survey", "study", "analysis", "report", "review", "audit", "census"})
# a headline's finding with no maker ("..., data shows", "..., official figures show"): whose, the body may say
DATA_NOUNS = _FINDING_NOUNS | {
    "data",
    "figures",
    "statistics",
    "research",
    "autopsy",  # "..., autopsy shows" (round 154)
}


def _noun_phrase_after(text: str, start: int, end: int, found: Sequence[Found]) -> _Source | None:
    """The source a noun phrase names, read from `start` to the first comma, verb or `end`."""
    stop = re.search(
        r"[,;:.(\"“]|\s(?:shows?|showed|suggest\w*|indicate\w*|said|says|that|which|who)\b", text[start:end]
    )
    stop_at = start + stop.start() if stop else end
    return _phrase_before(text, start, stop_at, found) if text[start:stop_at].strip() else None


_OFFICE_HEADS = "|".join(sorted((_HEAD_TITLES | {"executive", "officer"}) - _SPOKES_TITLES))
# an office with an owner or a qualifier in lower case: "the agency's chief", "its chief executive", "the chief
# executive", "the head of the port authority" (not "the minister" alone: that one refers back)
_HELD_OFFICE = re.compile(
    r"(?:^|[\s,\"“”])(?:the|The|its|Its|their|Their)\s+("
    rf"(?:[a-z][\w-]*['’]s\s+)(?:[a-z][\w-]*\s+){{0,2}}(?:{_OFFICE_HEADS})|"
    rf"(?:[a-z][\w-]*\s+){{1,2}}(?:executive|officer)|"
    rf"(?:head|chief|director|chairman|chairwoman|president)\s+of\s+(?:the\s+|its\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}"
    r")\W*$"
)
# "Trump's newly appointed envoy", "Zelensky's chief of staff": an office or agent a person has, not the person
_HELD_BY = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?({'|'.join(sorted(_HEAD_TITLES | AGENT_NOUNS | _SPOKES | {'aide', 'aides'}))})\b",
    re.I,
)
# "the regional prosecutor's office", "the governor's press service": an office known by its holder's title
_TITLE_OFFICE = re.compile(
    rf"(?:^|[\s,\"“”])(?:the|The)\s+((?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(_HEAD_TITLES))})['’]s\s+"
    r"(?:office|press\s+service|administration))\W*$"
)


# ", the plant's Russian management said on Monday.": a clause, a comma, then a noun phrase and a reporting verb that
# end the sentence (a time, place or channel after it). The fallback for a noun phrase none of the rules above knows:
# named when it ends in a capitalised word or is definite ("the governing body", "Tuesday's statement"), unnamed when
# indefinite, a possessive pronoun's or an unnamed noun's (lead, fourteenth session, from sentences of this shape the
# analysis left unflagged on 1,500 unlabelled corpus items; none of the 192 labelled such sentences is unflagged)
_TRAILING_SAYS = re.compile(
    r"\w[\w.%’'\"”)]*(?:,|\s[–—])\s+((?:[\w.’'&-]+\s+){0,11}?[\w.’'&-]+)(,?)\s+(?:has\s+|have\s+)?"
    # "..., church tells members" (a headline, round 67) as "told"
    r"(said|says|say|added|adds|(?:told|tells)\s+[\w.-]+(?:\s+[A-Z][\w.-]*)*|wrote|writes|reported|stated|noted|announced|confirmed|"
    # "..., an assessment compiled by shelter specialists ... has revealed.": a finding its maker made (round 39)
    r"(?:revealed|found|showed)(?=[.!]?[\"”]?\s*$)|"
    # "The same terms apply to his son and Bashir, Nwite ruled.": a judge's ruling told as what it says (round 40)
    r"ruled(?=[.!]?[\"”]?\s*$))"
    r"(?:\s+(?:on|in|at|to|during|after|before|late|earlier|later|last|this|via|ahead|from|through)\b[^,;:\"“”()]{0,150})?"
    # a closing "with <others> <doing>" or "citing ..." after it: "..., authorities in different regions reported on
    # Thursday, with Russian authorities reporting similar Ukrainian attacks" (round 50)
    r"(?:,\s+(?:with\s+(?:[\w.’'-]+\s+){1,6}?[a-z]+ing|citing)\b[^;:\"“”()]{0,160}?)?"
    r"[.!]?[\"”]?\s*$"
)
_NOT_IN_SPEAKER_TEXT = """who whom whose which where when as because after before following with without down up just each or but if
    while since than is are was were be been being will would could should can may might not also then there it he
    she they we i you this these that what how why so yet such both either neither all"""
_NOT_IN_SPEAKER = frozenset(_NOT_IN_SPEAKER_TEXT.split())
_INDEFINITE_TEXT = "a an one two three four several some many those his her their"
_INDEFINITE = frozenset(_INDEFINITE_TEXT.split())
# where a noun phrase's head ends and what describes it begins: "the source briefed on ...", "a lawyer for ..."
_POST_MODIFIER_TEXT = "of for on in at from with to briefed familiar close based"
_POST_MODIFIER = frozenset(_POST_MODIFIER_TEXT.split())
_LAWYERS = frozenset(("lawyer", "lawyers", "attorney", "attorneys"))


def _name_before_appositive(text: str, start: int, np_start: int, inside: Sequence[Found]) -> str:
    """The person named right before ", <appositive>" (np_start is the appositive's start): the model's person, or
    two to four capitalised words it did not read after a quotation, a comma or the sentence's start; else ''."""
    comma = re.search(r",\s*$", text[start:np_start])
    if comma is None:
        return ""
    name_end = start + comma.start()
    person = next((f for f in inside if f.end == name_end and f.kind == "person"), None)
    if person is not None:
        return person.name
    if any(f.start < name_end <= f.end for f in inside):
        return ""  # a place, a state or a body the model read ends there
    bare = re.search(
        r"(?:^|[,\"”]\s*|\s)((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]*[^\W\d_])$", text[start:name_end]
    )
    if bare is None or not re.search(r"(?:^|[,\"”])\s*$", text[start : start + bare.start(1)]):
        return ""
    name = _bare_name(text, start + bare.start(1), name_end, inside, start)
    return name if len(name.split()) >= 2 else ""


def _body_before_appositive(text: str, start: int, np_start: int, inside: Sequence[Found]) -> str:
    """The body named right before ", <appositive>" (np_start is the appositive's start): the model's organisation
    or outlet, or one to four capitalised words after a comma or the sentence's start that are not a place or a
    state alone ("Stromnetz Berlin", which the model read as the place "Berlin"); else ''."""
    comma = re.search(r",\s*$", text[start:np_start])
    if comma is None:
        return ""
    name_end = start + comma.start()
    body = next((f for f in inside if f.end == name_end and f.kind in ("organisation", "outlet")), None)
    if body is not None:
        return body.name
    bare = re.search(r"(?:^|,\s+)((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&-]*[^\W_])$", text[start:name_end])
    if bare is None:
        return ""
    at = start + bare.start(1)
    if any(f.start <= at and name_end <= f.end for f in inside) or any(
        w.lower() in TITLE_WORDS for w in bare.group(1).split()
    ):
        return ""  # a place, a state or a person the model read, or an office: not a body's name
    return bare.group(1)


def _trailing_np_source(text: str, start: int, end: int, inside: Sequence[Found]) -> _Source | None:
    """The speaker of "..., <noun phrase> said." when no rule above named one: the model's name that ends the
    noun phrase, the name before an appositive ("Gaetan Lathion, a police spokesman ..., said"), the phrase as
    written, or unnamed."""
    m = _TRAILING_SAYS.search(text, start, end)
    if m is None:
        return None
    words = m.group(1).split()
    verb = m.group(3).split()[0]
    if (
        words[0].lower() == "and"
        or any(w.lower() in _NOT_IN_SPEAKER for w in words)
        or words[0][:1].isdigit()
    ):
        return None
    if (
        len(text[start : m.start(1)].split()) < 5
    ):  # "Tehran, Mashhad and Tabriz": a list, not a clause before it
        return None
    named = [
        f
        for f in inside
        if f.end == m.end(1) and m.start(1) <= f.start and _speaker_ok(f) and f.kind != "state"
    ]
    if verb in ("revealed", "found", "showed"):
        # a finding (round 39): the outlet's own ("Reuters found", "a Guardian investigation has found") and "the
        # series revealed" are no one's words; a named maker's ("PRRI found") is theirs; any other maker is not named
        # ("research has found", "preliminary results showed", "a public inquiry has found")
        own = any(f.kind == "outlet" for f in inside if m.start(1) <= f.start < m.end(1)) or (
            words[0].lower() == "the"
            and not any(w[:1].isupper() or w.endswith(("'s", "’s")) for w in words[1:])
        )
        if own:
            return None
        return _Source(named[0].name, named[0].kind, verb) if named else _Source("", "unnamed", verb)
    if named:
        return _Source(named[0].name, named[0].kind, verb)
    if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper():
        return (
            None  # "..., Republican says": one capitalised word no model read as a name (a party, a people)
        )
    first = words[0].lower()
    head_at = next((i for i, w in enumerate(words) if i and w.lower() in _POST_MODIFIER), len(words))
    head = words[head_at - 1]
    if head.islower() and _person_noun(head) and not any(w[:1].isupper() for w in words[:head_at]):
        # "Oleh Kiper, governor of the Odesa region, said": the name before an office or a description of a person
        named_before = _name_before_appositive(text, start, m.start(1), inside)
        if named_before:
            return _Source(named_before, "person", verb)
    if m.group(2) and head.islower() and head in INSTITUTION_NOUNS - _PERSON_TITLES:
        # "Stromnetz Berlin, the city's network operator, said": the body named before its description
        body = _body_before_appositive(text, start, m.start(1), inside)
        if body:
            return _Source(body, "organisation", verb)
    if m.group(2):  # ", <appositive>, said" with no name before it: no reading of the phrase alone
        return None
    if (
        first in _INDEFINITE
        or (head.islower() and (head in UNNAMED_NOUNS or head in PEOPLE_NOUNS or head in _LAWYERS))
        # "..., experts and advocates say": people of kinds joined, one an unnamed kind
        or (
            "and" in words[:head_at]
            and all(w.islower() for w in words)
            and any(w in UNNAMED_NOUNS for w in words)
        )
    ):
        before = [f for f in inside if f.kind == "person" and re.fullmatch(r",\s*", text[f.end : m.start(1)])]
        if before and first in ("a", "an"):  # "Gaetan Lathion, a police spokesman in Wallis canton, said"
            return _Source(before[-1].name, "person", verb)
        return _Source("", "unnamed", verb)
    if first == "the":
        words = words[1:]
    if not words:
        return None
    if (
        not (head[:1].isupper() or first == "the" or any(w.endswith(("'s", "’s")) for w in words))
        and len(words) > 3
    ):
        return None
    return _Source(" ".join(words), "phrase", verb)


# a headline's short name for a body: "..., govt says"
_HEADLINE_BODY_ABBREVIATIONS = {
    "govt": "government",
    "gov't": "government",
    "dept": "department",
    "admin": "administration",
}


# a paper a sentence opens with and who made it: "A joint statement issued by ", "The report from the " (the
# joint one is the issuer's when the sentence opens with it: _JOINT_ISSUED_BY)
_PAPER_BY = re.compile(
    r"\s*(?:A|An|The|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|readout|release|communiqu[eé]|letter|notice|"
    r"study|survey|analysis|assessment)\s+(?:(?:issued|released|published|compiled|conducted|signed|posted|sent)\s+)?"
    r"(?:by|from)\s+(?:the\s+)?"
)
_MADE_BY = frozenset(
    {"issued", "released", "published", "compiled", "conducted", "signed", "posted", "sent", "made"}
)
# a state's outlet described, not named: "the country's state media agency", "the state news agency" (as "state
# media"; round 51)
_STATE_OUTLET = re.compile(
    r"(?:state|state-run|state-owned|state-controlled|official|government)\s+(?:(?:media|news)\s+)?"
    r"(?:agency|media|television|TV|broadcaster|news\s+service)",
    re.I,
)


# "the paper said", "the broadcaster reported": an outlet named before, called by what it is (round 30); "the
# website said" after "according to flight tracking website FlightAware" is that site (round 50)
_OUTLET_NOUNS = ("newspaper", "paper", "daily", "broadcaster", "tabloid", "magazine", "weekly", "website")
_THE_OUTLET = re.compile(rf"(?:^|[\s,\"“”])(?:the|The)\s+({'|'.join(_OUTLET_NOUNS)})$")


# --- The structure read again, round 27 (a clause's pronoun subject, a described person, a headline's name before
# its colon, a claim answered in apposition, two sides trading blame) ---------------------------------------------

# a clause that opens with he/she and its verb: "He declined to comment ..., saying ..."
_PRONOUN_VERB = r"\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|also\s+|later\s+|then\s+)*[a-z]+\b"
_PRONOUN_OPENER = re.compile(r"\s*(He|She)" + _PRONOUN_VERB)
_PRONOUN_AFTER_OPENER = re.compile(r"\s*([Hh]e|[Ss]he)" + _PRONOUN_VERB)  # lower case after "Weeks later, "


def _pronoun_opener(text: str, start: int, end: int, after_opener: bool = False) -> _Source | None:
    """'He declined to comment ..., saying ...': a clause opening with he/she speaks through the person the pronoun
    refers to (resolved as "he said" is), not through a name later in the clause; also after a time that opens
    the sentence ("But weeks later, he launched ..., claiming ...")."""
    m = (_PRONOUN_AFTER_OPENER if after_opener else _PRONOUN_OPENER).match(text, start, end)
    return _Source("", "pronoun:" + m.group(1).lower(), "") if m else None
