"""What is reported with no one named: passives, an unnamed group's announcement or its view in a participle (rulings
restated in round 111).

(a) a passive verb of saying or judging whose agent is an unnamed group ("was criticised by officials", "which was
confirmed by organisers"): the group is an unnamed source, so the sentence is `reported`, its named source kept;
(b) a passive warning with no agent ("the government has been warned", "were warned that"): told by no one named;
(d) an unnamed group that identifies or names someone ("Authorities identify the two victims", "Police named the man
as"): what it announces is told by no one named; and an unnamed group's view in a participle ("despite sales falling
and analysts questioning the brand's direction"), as "analysts say", or claims no one is named for ("amid far-right
claims that"). Each reader returns the cue it found, or nothing.
"""

from __future__ import annotations

import re

from briefing.claims.status import _NAMES_SOURCE, _QUOTED

# the verbs of saying or judging a group can be the agent of ("was lambasted by critics"); not acts ("was killed by
# police", "was arrested by officials") nor "told"/"informed" (`_reported_told` reads "told by officials")
_BY_VERBS = (
    "criticised criticized condemned lambasted slammed denounced decried derided mocked ridiculed questioned "
    "disputed contested challenged dismissed welcomed praised hailed applauded confirmed announced warned "
    "accused blamed described branded labelled labeled"
)
# the unnamed groups (plural kinds of people or bodies; "police" and "authorities" as they stand)
_GROUPS = (
    "officials ministers critics police authorities experts analysts campaigners activists advocates residents "
    "organisers organizers unions lawmakers legislators diplomats sources observers commentators opponents "
    "investigators prosecutors doctors scientists economists researchers locals witnesses charities groups "
    "politicians historians academics insiders aides protesters demonstrators supporters"
)
_BY_GROUP = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|also\s+|since\s+)?(?:"
    + "|".join(_BY_VERBS.split())
    + r")"
    r"(?:\s+as\s+[^.;,]{1,40}?)?"
    # "by officials", "by some local residents", "by human rights groups" (lower-case words only: a named agent,
    # "by UN officials", "by the Kremlin", is a named source)
    r"\s+by\s+(?:(?:the|some|many|several|other|local|senior|western|foreign|rights|human|opposition|party|"
    r"government|health|security|military|police|industry|business|legal|political|environmental|"
    r"two|three|four|five|both|its|their)\s+){0,3}(?:" + "|".join(_GROUPS.split()) + r")\b"
)

# (b) "has been warned that", ", the government has been warned." (a passive warning with no agent; not an
# instruction "warned to leave", nor "warned of/about/against" a danger, nor "by" someone)
_WARNED_BY_NONE = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+|repeatedly\s+)?(?:warned|cautioned)\b"
    r"(?=\s+that\b|\s*[.;]\s*$|\s*[.;,]\s*(?=[A-Z\"“]|$))"
)
_TO_ACT = re.compile(r"[^.;,]{0,40}?\b(?:not\s+)?to\s+(?!be\b)[a-z]+")

# (d) "Authorities identify the two victims", "Authorities on Monday identified the two men as", "Police name man
# killed in ...": an unnamed group opening the sentence (or its clause) that identifies or names someone
_IDENTIFY = re.compile(
    r"(?:^|[-–—,;]\s+|\b(?:and|but|after|as|when|while)\s+)(?:[Tt]he\s+)?(?:[Ll]ocal\s+)?"
    r"(?:[Aa]uthorities|[Pp]olice|[Oo]fficials|[Ii]nvestigators|[Pp]rosecutors|[Cc]oroners?)\s+"
    r"(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day\s+|have\s+|had\s+|later\s+|also\s+|now\s+|formally\s+)*"
    r"(identif(?:y|ies|ied)|name[sd]?)\b(?!\s+(?:after|for)\b)"
)


def _plain(sentence: str) -> str:
    return _QUOTED.sub(" ", sentence)


def _first_cue(pattern: re.Pattern[str], sentence: str) -> list[str]:
    """The words `pattern` first finds outside the sentence's quotations, as a one-cue list (or none)."""
    m = pattern.search(_plain(sentence))
    return [m.group()] if m else []


def by_unnamed_group(sentence: str) -> list[str]:
    """(a) The cue of a passive verb of saying or judging whose agent is an unnamed group, outside quotations."""
    plain = _plain(sentence)
    m = _BY_GROUP.search(plain)
    # "was warned by police not to return": an instruction, not a report
    if m is None or _TO_ACT.match(plain, m.end()):
        return []
    return [m.group()]


def warned_by_none(sentence: str) -> list[str]:
    """(b) The cue of a passive warning with no agent, in a sentence that names no source with a verb of saying."""
    plain = _plain(sentence)
    m = _WARNED_BY_NONE.search(plain)
    if m is None:
        return []
    rest = plain[: m.start()] + " " + plain[m.end() :]
    return [] if _NAMES_SOURCE.search(rest) else [m.group()]


def identified_by_group(sentence: str) -> list[str]:
    """(d) The cue of an unnamed group (authorities, police, officials) identifying or naming someone."""
    return _first_cue(_IDENTIFY, sentence)


# "despite ... and analysts questioning the brand's direction", "amid critics warning that": an unnamed group's words in
# a participle after a preposition of circumstance (round 111), as "analysts say"
_GROUP_PARTICIPLE = re.compile(
    r"\b(?:with|despite|amid|and)\s+(?:some\s+|many\s+|other\s+|several\s+|local\s+|leading\s+)?(?:[a-z]+\s+)?"
    r"(?:" + "|".join(_GROUPS.split()) + r"|investors|economists)\s+"
    r"(?:questioning|warning|arguing|saying|claiming|predicting|suggesting|insisting|alleging|complaining|accusing|"
    r"describing|calling\s+(?:it|the|this|that)|doubting|disputing)\b"
)


def group_participle(sentence: str) -> list[str]:
    """The cue of an unnamed group's words in a participle after "with/despite/amid/and", outside quotations."""
    return _first_cue(_GROUP_PARTICIPLE, sentence)


# "amid far-right claims that public TV has a bias", "amid speculation that she was killed": claims no one is named
# for, as "amid reports of" (round 107's labels); not "after allegations of" beside a named actor (round 101)
_AMID_CLAIMS = re.compile(
    r"\bamid\s+(?:(?:new|fresh|growing|renewed|widespread|unproven|unfounded|unsubstantiated|baseless|false|"
    r"[a-z]+-[a-z]+)\s+){0,2}(?:claims|allegations|accusations|speculation|suggestions)\s+that\b"
)


def amid_claims(sentence: str) -> list[str]:
    """The cue of "amid ... claims/speculation that" with no owner before the noun, outside quotations."""
    return _first_cue(_AMID_CLAIMS, sentence)


# fears or concerns no one is named for: "amid fears of Israeli regional offensives", "amid concerns over progress on
# ... truce plan" (rounds 115, 118), "over fears they could contain shards of glass", "raising fears of instability"
# (rounds 135, 136), "but concerns remain about ..." (round 137); as "amid speculation that"
_UNOWNED_FEARS = re.compile(
    r"\b(?:amid|over)\s+(?:(?:growing|renewed|fresh|new|mounting|widespread|deep)\s+)?(?:fears|concerns|worries)\s+"
    r"(?:of|over|about|that|(?=(?:they|it|he|she|the|a|an|its|their)\s))"
    r"|\b(?:raising|sparking|fuell?ing|stoking|prompting)\s+(?:(?:growing|renewed|fresh|new)\s+)?fears\s+(?:of|that|about)\b"
    r"|\bconcerns\s+(?:remain|persist|linger)\b"
    # "fuelling speculation she will be next", "It fueled speculation that Trump ... had something to hide" (rounds
    # 118, 134): a guess no one is named for (not "speculation about his plans", a topic)
    r"|\b(?:fuell?(?:ing|ed|s)?|spurr?(?:ing|ed|s)?|spark(?:ing|ed|s)?|prompt(?:ing|ed|s)?|trigger(?:ing|ed|s)?|"
    r"stok(?:ing|ed|es))\s+(?:(?:growing|renewed|fresh|new|wild|intense)\s+)?speculation\s+"
    r"(?:that|(?=(?:he|she|they|it|the|a|an|his|her|their|its)\s))"
    # "... leave experts worried", "left many observers frustrated and confused" (rounds 131, 134): a reaction of a
    # group no one names
    r"|\b(?:leaves?|left|leaving)\s+(?:(?:many|some|most|other)\s+)?(?:[A-Z][a-z]+\s+)?(?:"
    + "|".join(_GROUPS.split())
    + r"|watchers|onlookers)\s+(?:\w+ly\s+)?(?:worried|frustrated|concerned|confused|baffled|puzzled|sceptical|"
    r"skeptical|alarmed|divided|uneasy|nervous|fearful)\b"
    # "Afghans fear deportation", "Its leaders fear Israel could ...", "Many Iranians also fear the possibility of
    # ..." (rounds 86, 137, 139): what a group no one names fears, the verb right after its plural noun
    r"|\b(?!(?:its|his|this|is|was|has|does|us|thus|plus|as|yes|less|unless|always|perhaps)\b)"
    r"(?:[A-Z][a-z]+|[a-z]{2,})s\s+(?:now\s+|also\s+|still\s+|increasingly\s+)?fear\s+(?!(?:for|of|and|or|is|was)\b)"
)
# "what observers are calling a quadruple election", "what critics have dubbed ..." (round 135): a name or a view an
# unnamed group gives, as "analysts say"
_WHAT_GROUP_CALLS = re.compile(
    r"\bwhat\s+(?:some\s+|many\s+)?(?:" + "|".join(_GROUPS.split()) + r")\s+"
    r"(?:are\s+calling|call|called|have\s+called|have\s+dubbed|dub|dubbed|describe\s+as|described\s+as|see\s+as|"
    r"are\s+describing\s+as)\b"
)


def unowned_views(sentence: str) -> list[str]:
    """The cue of fears or concerns no one is named for, or of what an unnamed group calls a thing."""
    return _first_cue(_UNOWNED_FEARS, sentence) or _first_cue(_WHAT_GROUP_CALLS, sentence)


# "to push for reforms they say the US is ready for", "of what they said was the seized tanker", "in which they say":
# a "they" in a relative clause that no one named before it is a group no one names (round 107's labels, rule 2),
# not a named source left blank
_THEY_RELATIVE = re.compile(
    r"(?:\b(?:which|what|whom)|\b(?!(?:as|is|was|has|this|thus|plus|always|perhaps|unless|yes|does)\b)[a-z]{2,}s)"
    r"\s+they\s+(?:say|said|claim|claimed|allege|alleged|insist|insisted|describe|described|call|called)\b"
)


def they_in_relative(sentence: str) -> bool:
    """Whether the sentence's "they say/said" stands in a relative clause after its noun, outside quotations."""
    return _THEY_RELATIVE.search(_plain(sentence)) is not None


# "US seizes two ... tankers as blockade 'in full effect'", "Tents supplied to displaced Palestinians 'inadequate for Gaza
# winter'", "Winter blooming of ... plants in UK 'visible signal' of climate breakdown", "cruise ship stuck off PNG
# 'detained' amid ...": a quoted judgement standing as the predicate of a headline's statement, right after its subject
# and with no verb of its own, or quoted from its auxiliary on ("End of ... register 'will help UK firms ...'"), is
# someone's word that no one is named for (rounds 39, 43, 101, 111: `reported`); a
# quoted term before its noun or after a verb or preposition ("launches 'peaceful' bid", "amid 'accelerated'
# inflation", "on Trump election 'threats'", "to 'de-Russify' city") is the outlet's wording (`unflagged`)
_PREDICATE_QUOTE = re.compile(
    # the subject's last word: a name ("UK", "Palestinians") or a lower-case noun that is not a verb's -s or -ed form
    r"(?:\b[A-Z][\w-]*|\b(?!(?:the|a|an|of|in|on|at|to|for|by|with|from|and|or|but|as|amid|over|after|is|are|was|"
    r"were|be|been|its|their|his|her|our|new|more|most|very|not|no|into|about|against|despite|before|than)\b)"
    r"[a-z][a-z-]*[a-rt-z](?<!ed))"
    r"\s+['‘](?P<q>(?:(?:in|at|on|under|out|beyond|not|no|too|very|unfit|unsafe|has|have|had|is|are|was|were|will|"
    r"would|could|can|may|might|must|should)\s|[a-z-]+(?:ed|ble|ate|ous|ive|al|ful|ic|"
    # a participle with its object: "datacentre 'understating planned water use'" (round 153; not one word, "'meeting'
    # with", a noun as often)
    r"ent|ant|less|ary)\b|[a-z-]{3,}ing\s+(?=[^'’\s]))[^'’]{0,50})['’]"
    # the clause ends with the quotation, or a preposition or conjunction follows it
    r"(?=\s*$|\s*[,:;?!—–-]|\s+(?:of|for|amid|as|after|over|in|to|on|with|at|from|by|since|despite|while|but|and|"
    r"says?|warns?)\b)"
)


def headline_predicate_quote(title: str) -> list[str]:
    """The cue of a quoted judgement standing as a headline's predicate with no owner (see above)."""
    m = _PREDICATE_QUOTE.search(title)
    return [m.group("q")] if m else []
