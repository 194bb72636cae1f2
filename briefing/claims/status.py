"""Claim status: the cue tables and the status decisions read from them.

A sentence's status (STATUSES: unverified, reported, speculative, attributed) comes from cue words: a verification
the text says was not made (UNVERIFIED), a hedge or a source not named (REPORTED, UNNAMED), a forecast or a
possibility (SPECULATIVE, MODAL), and the reporting verbs (SPEECH). Here are those tables with the forms that later
labelling rounds added to them, the patterns that blank a forecast word that forecasts nothing (a question, a
comparison, a rule, a past that did not happen), and the small readers of status a sentence with no source takes
(a passive "were reported", "there were reports", a suspicion, a hypothetical outcome). Whom a claim comes from is
claims.speakers' part; claims.find_claims puts the two together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefing.actors import Found
from briefing.phrases import finditer, may_match
from briefing.text import MONTH

STATUSES = ("unverified", "reported", "speculative", "attributed")  # a sentence takes the first that applies
_AFTER_NAME = re.compile(r"^(?:[.,;:!?)\"”]|\s+(?:on|in|at|last|this|late|earlier)\b|\s*$)")
MAX_CLAIM_CHARS = 600


_NEG = (
    r"(?:cannot|can['’]t|couldn['’]t|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|wasn['’]t|weren['’]t|"
    r"isn['’]t|(?:could|can|has|have|had|did|does|do|was|were|is|are|would|will)\s+not|"
    # "North Korea has never confirmed Ju Ae's age" (round 62): never, as "has not"
    r"(?:has|have|had)\s+never)"
)
_VERIFY = r"(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|authenticat(?:e|ed))"


def _rx(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    """The patterns as one alternation: one pass over a sentence instead of one per pattern."""
    return [re.compile("|".join(f"(?:{p})" for p in patterns), re.I)]


UNVERIFIED = _rx(
    [
        rf"\b{_NEG}\s+(?:(?:yet|been|be|able\s+to|immediately|independently|officially|separately|so\s+far)\s+)*{_VERIFY}\b"
        # "saying they were not corroborated by evidence" (round 59): a finding that evidence is lacking, told by the
        # speaker, not a check nobody could make
        r"(?!\s+by\s+(?:any\s+|the\s+)?evidence\b)",
        rf"\b(?:has|have|had)\s+yet\s+to\s+(?:be\s+)?(?:independently\s+)?{_VERIFY}\b",
        rf"\bunable\s+to\s+(?:independently\s+)?{_VERIFY}\b",
        # "Reuters could not establish what Israel targeted ... or independently verify all the details of ..."
        # (round 59): a verification coordinated under the negation of another finding verb
        rf"\b{_NEG}\s+(?:(?:be\s+)?able\s+to\s+)?(?:establish|determine|ascertain|say)\b[^.;]{{0,100}}?\bor\s+"
        rf"(?:(?:immediately|independently)\s+)*{_VERIFY}\b",
        # "Saldo did not provide visuals or other evidence that would enable Reuters to immediately verify the
        # allegation" (round 65): evidence withheld that a check needed, the check not made
        rf"\b{_NEG}\s+provide\b[^.;]{{0,80}}?\b(?:enable|allow|help)\w*\s+(?:[\w’'-]+\s+){{0,3}}?to\s+"
        rf"(?:(?:immediately|independently)\s+)*{_VERIFY}\b",
        # "Neither side's claims could be verified": the negation is the subject's
        rf"\bneither\b[^.;]{{0,60}}?\b(?:could|can|has|have|had|was|were|is|are)\s+(?:been\s+|be\s+)?"
        rf"(?:independently\s+)?{_VERIFY}\b",
        r"\bnot\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed|verifiable)\b",
        r"\bnot\s+(?:immediately\s+)?possible\s+to\s+(?:independently\s+)?(?:verify|confirm)\b",
        r"\bwithout\s+independent\s+(?:verification|confirmation)\b",
        # "Australia's foreign affairs department seeking to verify reported death of ..." (round 128): a check still
        # being made, the report not yet confirmed
        r"\b(?:(?:is|are|was|were)\s+)?(?:seeking|trying|working|attempting|still\s+trying)\s+to\s+(?:independently\s+)?"
        r"(?:verify|confirm)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+|these\s+|those\s+)?(?:reported|reports?|claims?|"
        r"accounts?|allegations?|figures|death|deaths|authenticity|footage|videos?|images)\b",
        r"\b(?:unverified|unconfirmed|uncorroborated)\b",
        r"\bno\s+(?:immediate\s+)?(?:independent\s+|official\s+)?confirmation\b",
        r"\bno\s+(?:ha|han|había|habían|pudo|pudieron|se\s+ha|se\s+han|se\s+pudo)\s+(?:sido\s+|podido\s+)?"
        r"(?:verificad[oa]s?|confirmad[oa]s?|verificar|confirmar)\b",
        r"\bsin\s+(?:confirmar|verificar|confirmación\s+oficial|confirmación)\b",
        r"\bno\s+(?:verificad|confirmad)[oa]s?\b",
        r"не\s+удалось\s+(?:независимо\s+)?(?:проверить|подтвердить)",
        r"не\s+(?:может|можем|могут|смогли|смогла|смог)\s+(?:независимо\s+)?(?:проверить|подтвердить)",
        r"(?:пока\s+)?не\s+подтвержд[её]н\w*",
        r"неподтвержд[её]нн\w*",
        r"не\s+провер[её]н\w*",
        r"(?:проверить|подтвердить)\s+(?:эт[уио]\s+)?(?:информацию|данные|сведения|сообщения|это)?\s*не\s+удалось",
    ]
)

# the outlet's own hedge words: a claim it does not vouch for ("reportedly"); also what `_unquoted_hedges` looks for
# the people an "unnamed"/"anonymous" source is (two readings of REPORTED: one word between, or two to three)
_UNNAMED_PEOPLE = r"(?:officials?|sources?|persons?|people)"
_HEDGE_WORDS_TEXT = """reportedly allegedly purportedly supposedly ostensibly apparently apparent"""
# an unnamed group whose view or case is told ("many believe", "scientists argue") and the finite verb of the clause
# that says it, a few words on ("... the loss would be")
_VIEW_GROUP = r"(?<!\bas\s)\b(?:many|some|most|others|experts?|analysts?|observers?|critics|economists|scientists|professionals)"
_CLAUSE_VERB = r"(?:[\w’'-]+\s+){1,6}?(?:is|are|was|were|may|might|could|would|will|should|has|have|had)\b"
REPORTED = _rx(
    [
        # documents nobody is named for: "court filings show", "according to court documents"
        r"\b(?:court\s+)?(?:filings|documents|records|papers|minutes)\s+(?:show|shows|showed|indicate[sd]?)\b",
        # a headline's bare paper: "US DOJ to review 5.2 million pages ..., document shows" (round 33)
        r",\s+(?:(?!the\b|its\b|his\b|her\b|their\b)[a-z]+\s+)?(?:document|memo|filing|letter)\s+"
        r"(?:shows|says|suggests|reveals|indicates)\b",
        r"\baccording\s+to\s+(?:court\s+|official\s+|internal\s+)?(?:filings|documents|records|papers)\b",
        # a meeting's minutes nobody is named for: "written minutes showed", "according to the minutes"
        r"\baccording\s+to\s+(?:the\s+)?(?:written\s+|published\s+)?minutes\b",
        # "according to shipping data and documents seen by Reuters": papers the outlet saw, nobody named for them
        r"\b(?:documents?|papers|records|filings|letters?|memos?)\s+(?:seen|reviewed|obtained)\s+by\b",
        # "According to a note sent to the 35 invited delegations and reviewed by Reuters" (round 63): a paper the
        # outlet saw, what it was besides said between
        r"\baccording\s+to\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:documents?|papers?|notes?|letters?|memos?|drafts?|cables?)\s+"
        r"(?:[^.;:\"“”]{0,80}?\s)?(?:seen|reviewed|obtained)\s+by\b",
        # what social media show, posted by no one named: "videos posted on social media show"
        r"\b(?:videos?|footage|images?|photos?|photographs?|clips?|posts?)\s+(?:\w+\s+)?"
        r"(?:posted|shared|circulat(?:ed|ing)|published)\s+(?:on|to|across)\s+social\s+media\b"
        r"(?![^.;]{0,40}?\b(?:verified|authenticated|geolocated|confirmed)\b)",  # not when the outlet checked them
        rf"\b(?:{'|'.join(w for w in _HEDGE_WORDS_TEXT.split() if w != 'apparent')})\b",
        # "an apparent attack" (not "was most apparent the day I realised", "became apparent": plain to see, round 153)
        r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbecame\s)(?<!\bbecome\s)"
        r"(?<!\bbecomes\s)(?<!\bmost\s)(?<!\bmore\s)(?<!\bclearly\s)(?<!\bimmediately\s)(?<!\balready\s)"
        r"(?<!\ball\stoo\s)(?<!\bquickly\s)(?<!\bincreasingly\s)\bapparent\b",
        # "when asked about a US report suggesting China could ..." (round 68): a report no one is named for
        r"\b(?:a|an)\s+(?:(?:U\.?S\.?|new|recent|separate|leaked|secret|confidential|classified)\s+)?"
        r"(?:report|study|assessment)\s+(?:suggesting|saying|showing|indicating|claiming)\b",
        # an unnamed group's view of what is or will be: "many believe 'there is nothing ...'", "..., aid experts fear
        # ... could", "Medical professionals and some in conservative circles feel argument of X may be a bit thin",
        # "Analysts see 'global construction frenzy ...'" (rounds 33, 35, 39): a source not named, before any forecast
        # (not a poll's "Twice as many Americans believe ...")
        rf"{_VIEW_GROUP}\b"
        r"[^.;:,\"“”]{0,40}?\s+(?:also\s+)?(?:(?:believe|fear|worry|suspect|speculate|think|feel)(?=\s+(?:that\b|['‘\"“]|"
        rf"{_CLAUSE_VERB}))|"
        r"see(?=\s+['‘\"“]))",
        # a case they make, the verb right after them: "some claim it's an easy way", "scientists argue that", "many
        # would argue that" (forty-second session; not "there are others that argue", a group a speaker tells of)
        rf"{_VIEW_GROUP}"
        r"\s+(?:also\s+|would\s+|still\s+|now\s+)?(?:claim|argue|contend|insist)"
        r"(?=\s+(?:that\b|['‘\"“]|(?:it|there|that)['’]s\b|they['’]re\b|"
        rf"{_CLAUSE_VERB}))",
        # what a kind of people (not one named) agree on, suspect or charge: "Analysts agree the loss ... would be",
        # "Investigators suspect the blaze broke out", "Ecuadorean authorities accuse X of", "administration officials
        # have portrayed the seizure as" (round 40, 41): a source not named, as "analysts say"
        r"\b(?:authorities|officials|investigators|prosecutors|analysts|experts|observers|critics|[a-z]{3,}(?:ists|ologists))"
        r"\s+(?:also\s+|now\s+|have\s+|had\s+|widely\s+)?(?:agree(?!\s+(?:to|on|with)\b)|suspect|accuse|allege|portray(?:ed)?|"
        r"(?:have\s+)?long\s+(?:suspected|accused|alleged))\b",
        # "comments he made ... that seemed to mention a land strike": what words or pictures seem to say, a reading
        # no one is named for (not a plain "seemed to listen", "seems to be gaining ground": the outlet's description,
        # 14 of 16 dev sentences plain, rounds 94-147; nor "seems to me", the writer's view)
        r"\bseem(?:s|ed)?\s+to\s+(?:have\s+)?(?:mention|suggest|show|indicate|confirm|imply|refer|contradict|"
        r"acknowledge|admit|endorse|concede|reveal|signal)\w*",
        # "More than 100,000 are estimated to have fled": a figure no one is named for
        r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:said|reported|rumou?red|alleged|estimated)\s+to\b",
        # "..., with Washington reported to be mediating a de-escalation" (round 63): the same without its auxiliary
        r"\bwith\s+(?:[\w’'.-]+\s+){1,4}?(?:reported|rumou?red|said)\s+to\s+(?:be|have)\b",
        # "The former commander, believed to be in his early 40s", "is thought to have fled": a belief no one is named
        # for (round 33; "believed by police to be" names one)
        # ("it's believed to be in storage", round 148: "it's" is "it is")
        r"(?:\b(?:is|are|was|were|been|being|it['’]s)\s+(?:widely\s+|also\s+|now\s+)?|,\s+)(?:believed|thought|understood|"
        r"presumed)\s+to\s+(?:be|have)\b",
        # "a boat believed to have departed from Gambia", "companies believed to be involved" (round 62): the same
        # belief in a relative clause cut short after its noun (not a pronoun: no one's own belief)
        r"\b(?!(?:he|she|they|we|i|you|it|who|which|that|and|or)\b)[a-z]{2,}\s+(?:widely\s+)?(?:believed|presumed)"
        r"\s+to\s+(?:be|have)\b",
        # "Asda, Lidl and Morrisons understood to be stocking imported turkeys" (a standfirst, round 133): the same
        # with "understood" or "thought", after a name too
        r"\b(?!(?i:he|she|they|we|i|you|it|who|which|that|and|or|what|not|never)\b)[A-Za-z]{2,}\s+(?:widely\s+)?"
        r"(?:understood|thought)\s+to\s+(?:be|have)\b",
        # "according to Israeli tallies": a nation's figures, no one named for them (round 27)
        r"\baccording\s+to\s+[A-Z][a-z]+(?:i|an|ese|ish)\s+(?:official\s+|government\s+|preliminary\s+)?"
        r"(?:tall(?:y|ies)|figures|estimates|counts|statistics|data)\b",
        # "ibogaine, said to help with treating veterans": the same hedge after a comma (not "said to reporters")
        r",\s+(?:\w+ly\s+)?said\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|me|him|them|us|reporters|journalists|"
        r"lawmakers|parliament)\b)[a-z]+\b",
        r"\balleged\b",
        # a state of people reported by no one named: "missionaries reported as kidnapped", "have been reported
        # missing" (not "reported by the ministry as killed")
        r"\breported\s+(?:as\s+)?(?:dead|missing|killed|kidnapped|abducted|injured|wounded|detained|arrested|"
        r"captured|held|taken)\b",
        # "including a claim by a senior US attorney that Trump was on a flight", "Claim by a senior US attorney about
        # US president appears in ..." (rounds 129, 141, 143): a charge whose maker is a person the text does not name
        r"\b(?:claims?|allegations?|accusations?|assertions?)\s+by\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:attorney|lawyer|official|source|aide|diplomat|officer|employee|staffer|insider|witness|prosecutor|"
        r"investigator|adviser|advisor|executive|member|person)\b",
        # "Dozens of people are presumed dead" (round 143): a toll no one is named for
        r"\b(?:is|are|was|were|been)\s+(?:now\s+)?presumed\s+(?:dead|killed|drowned|missing|lost)\b",
        # "..., with flooding, road closures and debris flows reported across the region" (forty-fourth session): what
        # happened elsewhere, reported by no one named (not "have reported from across the US": a reporter's own)
        r"\bwith\s+(?!(?:he|she|they|it|we|I)\b)(?:[\w’'.-]+,?\s+){1,8}?reported\s+(?:across|in|throughout|around|"
        r"elsewhere|overnight)\b",
        # "The games were often characterized as a 'pet project'", "in what some have described as a purge": by no
        # one named (not "described by X as")
        r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+|often\s+|also\s+)?(?:characteri[sz]ed|portrayed|branded)\s+as\b",
        # "A series of photos ... were described as the first images" (round 58), in the past (not a definition, "the
        # nerve is described as a vital nerve") and with no one after "by" ('described as "limited" by the Fars news
        # agency')
        r"\b(?:was|were|been)\s+(?:\w+ly\s+|often\s+|also\s+)?described\s+as\b(?![^.;]*?\bby\s+(?:the\s+)?[A-Z])",
        # "Economists polled by The Wall Street Journal had expected an increase" (round 81): a poll's people, none
        # named, whose view the sentence gives
        r"\b[a-z]{3,}s\s+(?:polled|surveyed|canvassed)\s+by\s+[^.;]{2,60}?\s(?:had\s+|have\s+)?(?:expected|forecast|"
        r"predicted|estimated|projected|anticipated|expect|see|saw)\b",
        # "An antiviral pill is being heralded as a potential game changer", "was hailed as a breakthrough" (round 81):
        # a praise in the passive with no one after "by", held by many not named, as "largely seen as"
        # (not "touted as a model", round 71; nor a praise that did not come: "Instead of being hailed as a giant leap
        # ..., the voyage turned into a PR failure", round 83)
        r"(?<!\binstead\sof\s)(?<!\brather\sthan\s)(?<!\bwithout\s)(?<!\bfar\sfrom\s)"
        r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:heralded|hailed)\s+as\b"
        r"(?![^.;]*?\bby\s+(?:the\s+)?[A-Z])",
        # 'The "Five-Point Consensus" has been largely seen as a failure': a view many hold, no one named (round 25)
        r"\b(?:is|are|was|were|been)\s+(?:largely|widely|generally|broadly|often|increasingly|commonly)\s+"
        r"(?:seen|regarded|viewed|perceived)\s+as\b",
        # ... and "widely" with no "as" or auxiliary: "a series of elections widely considered rigged", "Machado -
        # widely seen now deposed Maduro's most credible opponent" (rounds 70, 138; not a video "widely seen online")
        r"\bwidely\s+(?:seen|considered|regarded|viewed|perceived|deemed)\b"
        r"(?!\s+(?:by|on|in|online|across|around|throughout|at)\b)",
        # ... and without the adverb when it names a contender: "The BNP is seen as the frontrunner to win" (round
        # 36), "seen as a likely successor" (not a plain "seen as a reformer", round 26, nor "seen by X as")
        r"\b(?:is|are|was|were|been|being)\s+seen\s+as\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:front-?runners?|favou?rites?|candidates?|contenders?|successors?|winners?)\b",
        r"\bwhat\s+(?:some|many|others|critics)\s+(?:have\s+|had\s+)?(?:call(?:ed)?|describe[sd]?|characteri[sz]e[sd]?|"
        r"term(?:ed)?|dub(?:bed)?|see|saw)\b",
        r"\bamid\s+reports\b",
        # "takahē birds who were believed infertile", "was long thought extinct" (round 151; round 143's "are presumed
        # dead"): a belief no one is named for, with its adjective (not "believed to", a forecast or an estimate)
        r"\b(?:is|are|was|were|been)\s+(?:widely\s+|long\s+|once\s+)?(?:believed|thought|presumed)\s+"
        r"(?!(?:to|that|by|in|on|of|about|for|through|out|up|it|so|and|or|but|as|the|a|an)\b)[a-z]+\b",
        r"\brumou?rs?\b",
        r"\b(?:media|press|local|unconfirmed|news)\s+reports?\b",
        r"\breports?\s+(?:say|said|suggest(?:ed|s)?|indicate[sd]?|claim(?:ed|s)?)\b",
        # "amid fears from some experts that AI could ...", "warnings by many economists that" (round 124): a view
        # an unnamed group holds, as "experts fear"
        rf"\b(?:fears?|warnings?|concerns?|claims?|predictions?)\s+(?:from|by|among)\s+{_VIEW_GROUP}\s+"
        r"(?:[\w-]+\s+)?that\b",
        # "prompting warnings from senior Iranian officials that any interference would ..." (round 133): the same with
        # a kind of people no one names after up to three words that describe them
        r"\b(?:fears?|warnings?|concerns?|predictions?)\s+(?:from|by|among)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:officials|experts|analysts|critics|diplomats|sources|observers|campaigners|activists|economists|"
        r"scientists|lawmakers)\s+that\b",
        # "..., with warnings that winter will not bring immediate respite" (round 154): a warning no one is named for,
        # after the preposition that joins it (not "warnings that were ignored": a relative clause)
        r"\b(?:with|amid|despite|after|following)\s+(?:(?:fresh|new|growing|repeated|further|stark|dire)\s+)?"
        r"warnings?\s+that\s+(?!(?:was|were|is|are|had|have|has)\b)",
        # "The rationale behind them has been widely opposed, but ..." (round 156): opposed or welcomed by many no one
        # names, as "has been widely questioned"
        r"\b(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:widely|broadly|roundly|universally)\s+(?:opposed|"
        r"condemned|welcomed|praised|rejected|critici[sz]ed|denounced|derided)\b(?!\s+(?:\w+\s+){0,3}?by\b)",
        # "echoing frequent concerns expressed by Turkish officials" (round 126): officials not named, their view
        r"\b(?:concerns?|fears?|views?|claims?|warnings?|criticism|doubts?)\s+(?:expressed|voiced|raised|aired|made)\s+"
        r"by\s+(?:[\w-]+\s+){0,2}?(?:officials|sources|diplomats|analysts|experts|critics|lawmakers|observers)\b",
        # "This food preservation method is being promoted as a nutrition powerhouse" (round 125): what someone not
        # named sells it as (not "promoted to captain", a rank)
        # (now, not a past "was touted as a model ... before it closed", round 71: the outlet's account of then)
        r"\b(?:is|are|being)\s+(?:being\s+|widely\s+|increasingly\s+|now\s+)?(?:touted|promoted|billed|"
        r"marketed|pitched|sold)\s+as\b(?![^.;]{0,60}\bby\s)",
        # "reports from witnesses suggest", "accounts by survivors indicate", "video and photos suggest" (forty-third
        # session): what witnesses' reports or pictures are taken to show, an inference no one is named for (not
        # "the photo shows Maduro wearing ...", what a picture plainly shows)
        r"\b(?:reports|accounts|testimony|testimonies)\s+(?:from|by|of)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:suggest(?:ed|s)?|indicate[sd]?)\b",
        r"\b(?:videos?|footage|images|photos|photographs|pictures)\s+(?:[\w,-]+\s+){0,3}?(?:suggest(?:ed|s)?|indicate[sd]?)"
        r"\s+(?:that\s+)?(?:the|a|an|he|she|it|they|[A-Z])",
        r"\baccording\s+to\s+(?:media\s+|local\s+|press\s+|unconfirmed\s+|news\s+)?reports\b",
        # (not "The official, who was speaking on the condition of anonymity, did not provide details": nothing told,
        # round 53)
        r"\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b(?![^.;]{0,20}?\b(?:did\s+not|didn['’]t|would\s+not|"
        r"declined\s+to)\s+(?:provide|give|offer|elaborate|disclose)\b(?:(?!\b(?:but|said|says|and)\b)[^;])*$)",
        rf"\b(?:unnamed|anonymous)\s+(?:\w+\s+)?{_UNNAMED_PEOPLE}\b",
        # "It was suggested the talks would continue", "It has been alleged that ..." (forty-second session): no one
        # named says it
        r"\bit(?:\s+(?:is|was)|['’]s)\s+(?:understood|reported|claimed|believed|thought)\b",
        r"\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|widely\s+)?(?:suggested|alleged|rumou?red)\b(?!\s+by\b)",
        r"\b(?:presuntamente|supuestamente|al\s+parecer|aparentemente)\b",
        r"\bpresunt[oa]s?\b",
        r"\bsegún\s+(?:fuentes|reportes|informes|versiones|medios)\b",
        r"\bfuentes\s+(?:consultadas|cercanas|oficiales|extraoficiales|anónimas)\b",
        r"\bякобы\b",
        r"\bпредположительно\b",
        r"\bкак\s+сообщается\b",
        r"\bпо\s+(?:неофициальным\s+|предварительным\s+)?данным\s+(?:источник|СМИ)\w*",
        r"\bпо\s+словам\s+(?:источник|собеседник)\w*",
        r"\bисточник\w*\s+(?:сообщил|рассказал|заявил)\w*",
    ]
)

_UNNAMED_NOUN = (
    r"(?:officials?|sources?|diplomats?|insiders?|aides?|spokes(?:man|woman|person)|"
    r"people\s+(?:familiar|close|briefed|with\s+knowledge)[\w\s,]{0,50}?|"
    r"(?:a|an|one|two|three|four|five|six|several|multiple)\s+(?:official|source|diplomat|aide|insider|person)s?"
    r"(?:\s+(?:familiar|close|briefed|with\s+knowledge)[\w\s,]{0,50}?)?)"
)
UNNAMED = _rx(
    [
        rf"\b{_UNNAMED_NOUN}\s+(?:also\s+|later\s+|previously\s+)?(?:said|say|says|told|added)\b",
        r"\baccording\s+to\s+(?:\w+\s+){0,3}?(?:officials?|sources?|diplomats?|people|a\s+person|insiders?|"
        r"a\s+(?:source|official|diplomat))\b",
        # "The ABC reported that a friend of Wilson said he was killed" (round 128): a person known only as someone's
        # friend or relative, not named
        r"\b(?:a|one|another)\s+(?:close\s+|longtime\s+|former\s+)?(?:friend|relative|neighbou?r|colleague|acquaintance|"
        r"cousin)\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)?\s+(?:also\s+)?(?:said|says|told)\b",
    ]
)

SPECULATIVE = _rx(
    [
        # "is on course for a majority", "keeping the Bank of England on course for a fourth interest-rate cut", "on
        # course to account for one in every 10 new cars" (rounds 137, 85, 149): where things are heading (not a
        # ship "kept on course to the OPEC country", round 48); "is in danger of closing" (round 151), "its time looks
        # to be coming to a close" (round 85), "a term sure to see him cross swords" (round 126; not "make sure to")
        r"\bon\s+course\s+(?:for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:majority|win|victory|cut|rise|hike|fall|"
        r"record|defeat|deal|recession|surplus|deficit|landslide)s?\b|to\s+(?!the\b)[a-z]+)",
        r"\bin\s+danger\s+of\s+[a-z]+ing\b",
        r"\blooks?\s+to\s+be\b",
        r"(?<!\bmake\s)(?<!\bbe\s)(?<!\bmade\s)(?<!\bmaking\s)(?<!\bfor\s)\bsure\s+to\s+[a-z]+",
        r"\b(?:many|some|most|experts?|analysts?|observers?|officials?|critics|diplomats?|others)\s+(?:also\s+)?"
        r"(?:believe|expect|fear|predict|suspect|speculate|think|worry)\b",
        r"\b(?:is|are|was|were|it\s+is|it['’]s)\s+(?:widely\s+|generally\s+)?"
        r"(?:believed|expected|thought|predicted|feared|poised|projected|forecast)\s+to\b",
        # "four times as likely to have a conviction": a rate compared, not a forecast
        r"(?<!\btimes\sas\s)(?<!\btwice\sas\s)\b(?:likely|unlikely)\s+to\b",
        r"\bexpected\s+to\s+(?!be\s+(?:held|released)\b)[a-z]+",
        # "Britain is likely alternative destination for cars" (round 152): a likelihood told of a noun, a headline's
        # article left out (not "likely to", above)
        r"\b(?:is|are)\s+(?:most\s+|very\s+|highly\s+)?likely\s+(?:an?\s+|the\s+)?"
        r"(?!(?:to|that|because|if|for|in|on|at|by|with|from|as|over|after|before|until|since|this|next|soon|later|"
        r"now|again|also|not|be|and|or|but)\b)[a-z]+",
        # "snap election looks likely", "It seems likely that this confusion will survive", "it is possible that":
        # a likelihood the writer states of a whole outcome
        r"\b(?:seems?|seemed|looks?|looked|appears?|appeared)\s+(?:increasingly\s+|more\s+|very\s+|highly\s+)?"
        # "make a leadership challenge look plausible after local elections next May" (round 154)
        r"(?:likely|unlikely|probable|inevitable|plausible)\b(?!\s+to\b)",
        r"\bit\s+(?:is|was|seems|seemed)\s+(?:increasingly\s+|more\s+|very\s+|highly\s+|quite\s+|entirely\s+)?"
        r"(?:likely|unlikely|probable|possible)\s+that\b",
        r"\b(?:will|would)\s+(?:likely|probably)\b|(?<!\btimes\sas\s)(?<!\btwice\sas\s)\blikely\s+(?:began|caused|killed|violated|to)\b",
        # "Economy Contracts Again, Likely Cementing BOE Rate Cut", "Sparklers Likely Ignited Ceiling" (WSJ Title Case,
        # read in lower case): "likely" as the verb's adverb before a participle or a past (round 81; not "the likely
        # incoming president", "a likely winning bid": an adjective after a determiner)
        r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\blikely\s+"
        r"(?!(?:[a-z]+(?:ing|ed))\s+(?:by|of)\b)(?:[a-z]{3,}ing|[a-z]{3,}ed)\b",
        # "Dispute has potential to create civil war" (round 130): a possibility named as such
        r"\b(?:has|have|had|carries|carry)\s+(?:the\s+)?potential\s+to\b",
        # "Trump says war with Venezuela is possible" (round 130): a possibility as the clause's predicate (not "it is
        # possible to", an ability, nor "as soon as possible")
        r"(?<!\bit\s)(?<!\bas\s)\b(?:is|are|remains?)\s+(?:now\s+|still\s+|quite\s+|very\s+|entirely\s+)?possible"
        r"(?=\s*(?:[,.;:!?–—-]|$))",
        # "Champagne sparklers likely cause of fatal bar fire" (round 126): a headline's probable cause, no verb (not
        # "the likely cause", an adjective after a determiner, as above)
        r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\blikely\s+"
        r"(?:cause|culprit|source|origin|trigger)\s+of\b",
        # "adding he hoped this would bring", "she hoped audiences would not": "would" is the reported "will"
        # "it remains hopeful that STC will end an escalation" (round 56): the adjective with its that-clause
        r"\b(?:hopes?|hoped|hopeful(?=\s+that\b))\s+(?:that\s+)?[^.;]{0,80}?\b(?:will|would)\b",
        r"\bhoping\s+(?:that\s+)?[^.;]{0,80}?\b(?:will|would)\b",  # "..., hoping it would be an example"
        # "Putin expressed hope that the competition would build bridges", "voiced the hope that ... will"
        r"\b(?:express(?:ed|es|ing)?|voic(?:ed|es|ing))\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?hopes?\s+"
        r"(?:that\s+)?[^.;]{0,80}?\b(?:will|would)\b",
        r"^if\b[^.;]{3,120},[^.;]*?\b(?:would|could)\b",
        # a doubt about what will happen: "I wouldn't be so sure that China would buy", "doubts whether the deal
        # will hold" (a forecast denied is still one); "X said ... but doubted Moscow would" is X's reported
        # view, attributed like "X said the situation will soon" (the labels' rule: "would" is the reported "will")
        r"(?:(?:\bnot|n['’]t)\s+(?:be\s+)?(?:so\s+|too\s+|entirely\s+|at\s+all\s+)?(?:sure|certain|convinced)|"
        r"\bdoubts?|\bdoubtful|\bunsure|\buncertain)\b[^.;]{0,120}?\b(?:would|will)\b",
        r"\b(?:could|may|might|would)\s+(?:soon|eventually|potentially|possibly|well|likely|one\s+day)\b",
        # "with the 75-plus cohort set to double", "an operation set to ratchet up tensions", "set to make substantial
        # gains" (rounds 13, 104, 136, 137): an outcome foreseen; not what is scheduled ("set to appear in court",
        # "set to take effect", "set to meet Sunday", rounds 41, 92, 115)
        r"\bset\s+to\s+(?:benefit|gain|make\s+(?:[a-z]+\s+)?gains|rise|fall|soar|surge|slump|plunge|double|triple|"
        r"grow|increase|decrease|decline|drop|climb|ratchet|shed\s+(?:[a-z]+\s+)?light|worsen|deepen|intensify|"
        r"escalate|boost|dominate|transform|reshape|trigger|spark|fuel|cost|hit\s+(?:a\s+)?record)\b",
        # "2026 was already destined to become a standout year", "LK Bennett appears to be heading for collapse"
        # (rounds 135, 137): what is bound to come, as "looks destined to"
        # (not a destiny told of the past: "he was destined to meet her again")
        r"\b(?:(?:is|are|seems?)\s+(?:already\s+|surely\s+)?|(?:was|were)\s+already\s+)destined\s+to\b",
        r"\b(?:is|are|was|were|appears?\s+to\s+be|seems?\s+to\s+be|looks?\s+to\s+be)\s+(?:heading|headed)\s+for\s+"
        r"(?:a\s+|an\s+|its\s+|another\s+)?(?:[a-z]+\s+){0,2}?(?:collapse|recession|defeat|victory|showdown|clash|"
        r"default|bankruptcy|shutdown|landslide|win|loss|split|breakup|slump)\b",
        # a bare "would" that forecasts from what the sentence before said: "That would introduce the risk",
        # "Such a move would trigger", "Integrating the force would mend" (not "the bill would allow")
        r"^(?:but\s+|and\s+|yet\s+)?(?:that|this|such\s+(?:a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?|doing\s+so|"
        r"(?!(?:during|according|including|regarding|following|concerning|considering|excluding|pending|"
        r"notwithstanding|nothing|something|anything|everything|morning|evening)\b)[a-z]+ing\b[^,;.\"“”]{0,80}?)"
        r"\s+would\s+(?!have\b)(?:not\s+)?(?:\w+ly\s+)?[a-z]+",
        # ... and an indefinite subject, a thing that has not happened: "A U.S. military seizure of Greenland from a
        # longtime ally, Denmark, would send shock waves", "Any deal would need" (round 63; not "A spokesman would
        # not comment", nor a relative or reported clause between: "A man who said he would")
        r"^(?:a|an|any)\s+(?:(?!(?:said|says|told|who|that|which|whose|he|she|they)\b)[\w.’'-]+\s+){0,10}?"
        r"(?:[\w.’'-]+,\s+(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+,\s+)?would\s+(?!not\b|have\b|later\b)(?:\w+ly\s+)?[a-z]+"
        # (not a closing speaker's: "Any European troops ... would become legitimate targets, Lavrov said", the
        # reported "will")
        r"(?![^.;]*?\b(?:said|says|told|tells|added|adds|stated|warned|warns|according\s+to)\b)",
        # not "spurs speculation about his plans", "dismissed speculation": speculation spoken of, none made
        r"(?<!\bspurs\s)(?<!\bspurred\s)(?<!\bfuels\s)(?<!\bfuelled\s)(?<!\bfueled\s)(?<!\bsparks\s)"
        r"(?<!\bsparked\s)(?<!\bdismissed\s)(?<!\bdismisses\s)(?<!\bdenied\s)"
        # "in the face of ... speculation about a possible challenge": speculation on a topic, spoken of (round 26)
        r"\bspeculat(?!ions?\s+(?:about|over|around|regarding|surrounding)\b)\w*",
        # "It also risks increasing tensions", "the plan risks derailing talks" (not "the risks facing migrants")
        r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\band\s)(?<!\bthat\s)(?<!\bwhich\s)"
        r"\brisks\s+(?!being\b)[a-z]+ing\b",  # "any activity that risks destabilising it" describes
        # "both Labour and the Tories risk losing scores of councillors" (round 142): the plural verb after a plural
        # (not the noun: "the health risk facing", "avalanche risk during storms")
        r"\b(?!(?:its|this|his|was|is|has|as|us)\b)(?:[A-Za-z]+s|they|we|you)\s+(?:now\s+|also\s+)?risk\s+"
        r"(?!(?:being|during|facing|involving|posing|including|according)\b)[a-z]{3,}ing\b",
        # "the economy is on track to grow 3%", "growth is seen slowing to 2%": forecasts in market language
        # (not "kept on course to the OPEC country", a heading: round 48)
        r"\bon\s+(?:course|track|pace)\s+to(?=\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)(?-i:[a-z]))",
        # "The decision should have a positive impact on world energy markets": "should" with an outcome is a forecast
        # (round 24; not "should exercise restraint", an obligation)
        r"\bshould\s+(?:also\s+)?(?:have\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:impact|effect|influence|consequences?)\s+"
        r"(?:on|for)|lead\s+to|result\s+in)\b",
        # "I see a strong chance that ... will emerge": a probability told, whoever tells it (round 24)
        r"\b(?:a|an)\s+(?:strong|good|real|high|fair|distinct|slim|small|serious)\s+(?:chance|possibility)\s+that\b",
        r"\b(?:is|are)\s+seen\s+(?!as\b)[a-z]+ing\b",
        r"\b(?:forecasts?|predicts?|predicted|predictions?)\b",
        # "Goldman Sachs expects Brent to average $56": a forecast whoever makes it (not "as expected")
        r"\b(?:expects|expect|anticipates)\s+(?:that\s+)?(?:[\w'’$%.,-]+\s+){0,5}?(?:to|will|would)\b",
        # "Polish parliament speaker anticipates growth in anti-Ukrainian moods", "Zelensky is also anticipating
        # meetings": what someone expects, told by its object (round 108; not "as expected", "what to expect from")
        r"\b(?:expects|anticipates|anticipate|(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?"
        r"(?:expecting|anticipating))\s+(?!(?:that|to|from|it|this|them|him|her|me|us|you)\b)(?-i:[a-z])[\w-]*\b",
        # "saying ... that he expected European countries to take over": the past of the same, with its subject (round 29)
        r"\b(?:he|she|they|we|I|who)\s+(?:also\s+|still\s+)?(?:expected|anticipated)\s+(?:[\w'’$%.,-]+\s+){1,5}?to\s+"
        r"[\"“]?(?!be\s+(?:held|released)\b)[a-z]+",
        # "I suspect that U.S. allies will equivocate", "We expect, in particular, that the issues will be discussed":
        # an expectation that a clause opens, however long its subject (round 25)
        r"\b(?:suspects?|suspected|expects?|anticipat(?:es?|ed))(?:,[^,.;\"“”]{1,40},)?\s+that\s+[^;]{0,120}?\b(?:will|would)\b",
        # "he hoped for compromise to be reached", "hopes for talks to resume": a hope for what may follow (round 25)
        r"\b(?:hopes?|hoped|hoping)\s+for\s+[^.;,]{1,60}?\s+to\s+(?:be\s+)?[a-z]+",
        r"\bin\s+the\s+coming\s+(?:days|weeks|months)\b",
        # an inference: "must now be worrying Chinese leaders", "must have known" (not "must be constructive")
        r"\bmust\s+(?:now\s+|surely\s+|already\s+|also\s+)?(?:be\s+[a-z]+ing|have\s+(?:been|[a-z]+ed|known))\b",
        # "in what Moscow described as a likely assassination", "seen as a likely successor": a probability told of
        # what the sentence is about (not a circumstance: "ahead of a likely Security Council meeting")
        r"\bas\s+(?:a|an)\s+(?:likely|probable)\s+(?!to\b)[a-z]+",
        # "China isn't about to invade Taiwan", "is about to collapse": the near future told; not a term that runs
        # out or starts on its date: "The last Russia-US nuclear treaty is about to expire" (round 80) is the
        # calendar's fact, as "is scheduled to"
        r"\b(?:(?:is|are|was|were)\s+about\s+to\s+(?!(?:expire|lapse|end|begin|start|run\s+out|take\s+effect|"
        r"come\s+into\s+(?:force|effect)|open|close|conclude|finish)\b)|"
        r"(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|not)\s+about\s+to\s+)[a-z]+",
        r"\b(?:possibly|perhaps|probably|presumably|potentially)\b",
        r"\b(?:podría|podrían|podrá|podrán)\b",
        r"\bse\s+espera\s+que\b",
        r"\b(?:probablemente|posiblemente|quizás|quizá)\b",
        r"\bse\s+(?:cree|prevé|especula)\b",
        r"(?:может|могут|могла|могли|мог)\s+(?:вскоре|скоро|в\s+ближайшее\s+время)",
        r"\b(?:вероятно|возможно|по-видимому|видимо)\b",
        r"\bожидается\b",
        r"\bпо\s+(?:мнению|прогнозам)\b",
    ]
)

# ---- Forecasts and unnamed views told without the usual cue words (round 42: what new text showed at first sight) ----
# A possibility or a forecast told without "could/may/is expected to" (rounds 40 to 42 at first sight):
_OUTCOME_VERBS_TEXT = (
    "worsen deteriorate improve rise fall increase decrease intensify ease spread drop climb peak grow shrink slow "
    "weaken strengthen recover rebound persist subside escalate surge soar plunge decline deepen"
)
_IMPERSONAL_SUBJECTS_TEXT = (
    "conditions weather situation price prices inflation temperatures demand growth economy crisis tensions violence "
    "fighting storm storms winds rain rainfall snow snowfall flooding floods output production supply supplies costs "
    "unemployment deficit shortages outlook"
)
_OUTCOME_VERBS = "|".join(_OUTCOME_VERBS_TEXT.split())
_IMPERSONAL_SUBJECTS = "|".join(_IMPERSONAL_SUBJECTS_TEXT.split())
SPECULATIVE += _rx(
    [
        # "further strikes possible" (a headline), "a deal is still possible", "it's possible that ..." (not "it is
        # possible to buy", an ability, nor "as soon as possible", "were only possible through")
        # (nor "if that is not possible, ...", a condition)
        r"(?<!\bif\sthat\s)(?<!\bif\sit\s)(?<!\bif\sthis\s)(?<!\bif\sso\s)"
        r"\b(?:is|are|remains?|seems?|looks?|becomes?|be|['’]s)\s+(?:quite\s+|very\s+|entirely\s+|still\s+|also\s+|"
        r"now\s+|perfectly\s+|not\s+|increasingly\s+)?possible(?=\s*(?:[,;:.!?\"”]|$)|\s+(?:that|in|by|within|next|"
        r"this|soon|later|again|if|as\s+early\s+as)\b)",
        r"\b(?:further|more|new|another|additional|fresh|early|snap)\s+(?:[a-z-]+\s+){0,2}?possible"
        r"(?=\s*(?:[,;:.!?]|$))",
        # "leaving open the possibility of another incursion", "raised the prospect of a snap vote": a possibility
        # held open (not "not ruling out", a refusal told)
        r"\b(?:leav(?:e|es|ing)|left)\s+open\s+(?:the\s+)?(?:possibility|prospect|option|chance)\b",
        r"\brais(?:e|es|ed|ing)\s+(?:the\s+)?(?:possibility|prospect|spectre|specter)\s+(?:of|that)\b",
        # "is facing what could be the toughest challenge", "in what may prove": a free relative names a possibility,
        # it asks nothing (_ASKED blanks "what ... could" as a question)
        r"\b(?:in|into|to|toward|towards|facing|faces|face|faced|is|was|be|marks?|marked|marking|becomes?|became)\s+"
        r"what\s+(?:could|may|might|would)\s+(?:well\s+|yet\s+|eventually\s+|soon\s+)?(?:be|become|prove|"
        r"amount\s+to|turn\s+out|mark|spell)\b",
        # "you'll see right-wing governments applaud", "we are going to see more strikes": a prediction's formula
        # (not "we'll see what he's got", a wait)
        r"\b(?:you|we)(?:['’]ll|\s+will|['’]re\s+going\s+to|\s+are\s+going\s+to)\s+"
        r"(?:probably\s+|likely\s+|certainly\s+|also\s+|now\s+)?see\s+"
        r"(?!(?:you|him|her|them|it|us|what|how|whether|if|who|when|where|which)\b)"
        r"(?:[\w’'-]+\s+){1,4}?(?:[a-z]+)\b",
        # "conditions would worsen on Friday", "inflation will rise": a course of things foretold, not an
        # undertaking ("India would continue to support" has a subject that acts)
        rf"\b(?:{_IMPERSONAL_SUBJECTS})\s+(?:would|will)\s+(?:likely\s+|probably\s+|further\s+|also\s+|soon\s+|only\s+|"
        rf"continue\s+to\s+)?(?:{_OUTCOME_VERBS})\b",
        # "The attack would amount to the first known land strike", "Peace in Ukraine Would Mean Returning to Russia":
        # what a thing would be if it happened (not "a demand that would mean ceding", the content of a demand)
        r"(?<!\bthat\s)(?<!\bwhich\s)\bwould\s+(?:also\s+|effectively\s+|essentially\s+)?(?:mean|amount\s+to|spell)\b",
        # 'said that an armed intervention would be a "humanitarian catastrophe"': a hypothetical outcome, named or
        # not (the quotation mark and an adjective before the noun as well; _HYPOTHETICAL_OUTCOME reads the unnamed)
        r"\bwould\s+(?:also\s+|surely\s+|probably\s+)?(?:be|prove)\s+(?:an?\s+)?[\"“‘']?(?:[\w-]+\s+)?"
        r"(?:devastating|catastrophic|disastrous|disaster|catastrophe)\b",
        # 'Cuba's regime "looks like it's ready to fall"', "looks set to win": an appearance of what is to come
        r"\blook(?:s|ed|ing)?\s+(?:like\s+)?(?:(?:it|he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+)?"
        r"(?:ready|set|poised|about|going|bound|destined)\s+to\b",
        # "a Brooklyn jail where he likely will be confined": "will likely" the other way round
        r"\b(?:likely|probably)\s+(?:will|would)\s+(?:not\s+)?(?!have\b)[a-z]+",
        # "a facility that had likely been used to store weapons", "the fire has likely spread": a likelihood inside
        # the verb group, as "will likely" (round 57)
        r"\b(?:has|have|had)\s+(?:most\s+|very\s+)?(?:likely|probably)\s+(?!to\b)[a-z]+",
        # "we will win over 90% of the votes", "Ukraine will prevail": an outcome nobody controls, foretold (not "will
        # lose", most often a threat: "if Kyiv did not strike a deal it would lose more territory")
        r"\b(?:will|['’]ll|would|(?:is|are|['’]re)\s+going\s+to)\s+"
        r"(?:easily\s+|surely\s+|certainly\s+|definitely\s+|still\s+)?(?:win|prevail|triumph)\b"
        r"(?!\s+(?:back|over\s+(?:the\s+)?(?:hearts|support))\b)",
    ]
)
REPORTED += _rx(
    [
        # "many of whose leaders view the U.S.-backed regimes as necessary bulwarks", "some regard him as": an
        # unnamed group's view, as "many believe" (round 39's pattern above; not "as many view", a poll)
        r"(?<!\bas\s)\b(?:many|some|most|others|experts?|analysts?|observers?|critics|economists|scientists)\b"
        # (not "Some might regard it as ...", a view supposed)
        r"[^.;:,\"“”]{0,40}?(?<!\bmight)(?<!\bmay)(?<!\bcould)(?<!\bwould)\s+(?:also\s+|still\s+|now\s+)?"
        r"(?:view|regard)s?\s+(?:[\w’'.-]+\s+){1,10}?as\b",
        # "according to websites monitoring open market rates": sites nobody is named for (as round 40's "according
        # to monitoring data"; not "according to the company's website", an owner's)
        r"\baccording\s+to\s+(?:(?:several|various|some|two|three|financial|currency|online|independent|"
        r"flight-tracking|ship-tracking)\s+)?(?:websites|web\s+sites|sites|monitors|trackers|tracking\s+(?:sites|services))\b",
        # "The independence of Malaysia's attorneys-general has often been questioned": doubted or criticised by no one
        # named (as "has been largely seen as"; not "criticised by the United Nations", which names them)
        r"\b(?:has|have|had)\s+(?:(?:often|widely|long|repeatedly|frequently|increasingly|also|sharply|heavily)\s+)?"
        r"been\s+(?:(?:often|widely|repeatedly|frequently|increasingly|sharply|heavily)\s+)?(?:questioned|"
        # "the legality of the operation has been called into question" (round 151): doubted, in other words
        r"critici[sz]ed|disputed|doubted|challenged|contested|called\s+into\s+question|(?:thrown|cast)\s+into\s+doubt)\b"
        r"(?!\s+(?:\w+\s+){0,3}?by\b)",
        # "Swiss officials admit safety inspections lapse": a kind of people owning up, none named (as "say")
        r"\b(?:officials|authorities|sources|diplomats|aides|insiders)\s+(?:have\s+|had\s+|also\s+)?"
        r"(?:admit|admitted|acknowledge|acknowledged|concede|conceded)\b",
    ]
)
# a past that did not happen is no forecast: "(She) could have been dead, but is not.", "she knew that she too could
# have been one of the parents mourning" (round 38; not "more than 200 people could have been on board", a possibility)
# what a list, a law or a scheme provides for those it covers, told in its description: "a list of nations whose
# citizens could be required to post bonds" (round 70), "a scheme under which workers may be needed to ...": a
# conditional the rule states, no forecast
_RULE_PROVIDES = re.compile(
    r"\b(?:lists?|programs?|programmes?|schemes?|rules?|laws?|regulations?|polic(?:y|ies)|systems?|bills?)\s+"
    r"(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:whose|which|that|under\s+which|in\s+which|by\s+which|where)\s+"
    r"(?:[^.;:\"“”]{0,80}?\s)?(?:could|may|might|would|can)\s+be\s+(?:required|needed|asked|obliged|forced|"
    r"compelled|allowed|permitted|barred|eligible|subject)\b",
    re.I,
)
# speculation that something said or done caused, told as its effect ("Trump said ..., leading to speculation that
# she would take the reins", round 52; "The move prompted speculation that ..."): spoken of, not made, as "spurs
# speculation about" above; "There is speculation that ... will" stays a forecast
_CAUSED_SPECULATION = re.compile(
    r"\b(?:lead(?:s|ing)?\s+to|led\s+to|prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|stok(?:e|es|ed|ing)|"
    r"rais(?:e|es|ed|ing)|fuel(?:s|led|ed|ling|ing)?|spark(?:s|ed|ing)?|spur(?:s|red|ring)?|caus(?:e|es|ed|ing)|"
    r"add(?:s|ed|ing)?\s+to|fed|feed(?:s|ing)?)\s+(?:(?:fresh|new|further|renewed|more|growing|widespread|"
    r"intense|some|much|media)\s+)?(?:speculation|fears?)\s+(?:that|about|over|on|as\s+to|whether|(?=(?:the|a|an|it|this|"
    r"they|he|she)\s))[^.;]*",
    re.I,
)
# "reasonable steps could have been taken to prevent that" (round 155): what was not done, a reproach, no forecast
_COUNTERFACTUAL = re.compile(
    r"\b(?:too|also)\s+(?:could|might)\s+have\s+been\b"
    r"|\b(?:could|might)\s+(?:easily\s+)?have\s+been\s+(?:easily\s+)?(?:avoided|prevented|averted|taken|done|handled|"
    r"stopped|saved)\b"
    r"|\b(?:could|might)\s+(?:easily\s+|well\s+)?have\s+[a-z]+\b(?=[^.;]*?,?\s+but\s+"
    r"(?:(?:he|she|it|they|we|I|that|this)\s+)?(?:is|was|are|were|did|does|do|has|have)(?:n['’]t|\s+not)\b)",
    re.I,
)
# "Bad blood between the Beckhams might seem trite. But here's why ...", "Christmas may seem like a time for switching
# off but there are plenty of ways ..." (rounds 135, 137; round 43's "It might seem obvious, but"): an appearance
# conceded before "but" is the writer's argument, not a forecast
# "Revenues may be rising rapidly, but not by nearly enough", "Space may have got glam, but it was another glum year"
# (round 149; rounds 114, 115 and 141's own): a state or a past the writer concedes before ", but" says what counts
# (not "may help defuse a confrontation, but ...": a possibility, its verb neither "be" nor "have")
# "although the pre-Christmas period may give us a chance to hear ..., the reality is that" (round 154): conceded in
# a clause of its own before the comma, as before ", but" (not "while also musing that he might": a time); "a failing
# government may as well try honesty": advice, the idiom, not a possibility
_CONCEDED_LOOK = re.compile(
    r"\b(?:may|might|could)\s+(?:well\s+|at\s+first\s+)?(?:seem|sound|look|appear)\b(?=[^;]*?\b(?:but|But|yet|Yet)\b)"
    r"|\b(?:may|might)\s+(?:well\s+)?(?:not\s+)?(?:be|have)\b(?=[^;.!?]{0,160}?,\s*(?:but|yet)\b)"
    r"|\b(?:[Aa]lthough|[Tt]hough|(?:[Ww]hile|[Ww]hilst)(?!\s+(?:also\s+|still\s+)?\w+ing\b))\s+[^,;:\"“”]{0,100}?"
    r"\b(?:may|might)\b(?=[^,;:.!?\"“”]{0,120},)"
    r"|\b(?:may|might)\s+(?:just\s+|as\s+)?as\s+well\b"
)
# "a nearby street was closed so that tens of thousands more could gather" (round 136): what a thing was done for, a
# purpose, not a forecast
_PURPOSE = re.compile(r"\bso\s+that\s+(?:[\w’'-]+\s+){1,6}?(?:could|might|may)\b", re.I)
# "the simplest pleasures I could recall", "so quickly that I could barely see it" (rounds 115, 140): what a person was
# able to sense or remember, a past ability, not a forecast
_PAST_ABILITY = re.compile(
    r"\b(?:I|we|you|he|she|they)\s+could\s+(?:(?:barely|hardly|only|just|still|not|never)\s+)?"
    r"(?:recall|remember|hear|smell|taste)\b"
    r"|\b(?:I|we|you|he|she|they)\s+could\s+(?:barely|hardly|just|only\s+just)\s+(?:see|make\s+out|breathe|move|walk)\b"
)
# ---- end of the forecasts and unnamed views (round 42) ----

# ---- Unnamed sources and hedges: people by their kind, a list's unsigned quotations (round 46) ----
# a kind of people, a quantifier or a nationality's people, never a capitalised owner ("AccuWeather meteorologists"
# are the company's, "Goldman Sachs analysts" the bank's) nor a name's word ("Belarusian Association of Journalists"):
# the noun is lower-case, or capitalised at the sentence's start; the word before is lower-case, a nationality or
# nothing (the patterns are matched ignoring case: this part keeps it)
_GROUP_NOUNS_TEXT = (
    "analysts experts economists observers critics scientists researchers forecasters meteorologists residents "
    "witnesses doctors medics officials investors traders voters retailers shoppers consumers businesses companies "
    "firms manufacturers carmakers farmers parents campaigners lawmakers legislators diplomats executives bankers "
    "employers unions landlords exporters importers producers nations countries families relatives"
)
# (and whoever makes something: "policymakers", "lawmakers", "carmakers", round 151)
_GROUP_LOWER = "|".join([*_GROUP_NOUNS_TEXT.split(), "many", "most", "[a-z]{3,}ists", "[a-z]{3,}makers"])
_GROUP_CAPITAL = "|".join(
    [
        *(w.capitalize() for w in _GROUP_NOUNS_TEXT.split()),
        "Many",
        "Most",
        "[A-Z][a-z]{2,}ists",
        "[A-Z][a-z]{2,}makers",
    ]
)
_GROUP = (
    rf"(?-i:(?:^(?:(?:Many|Most|Some)\s+(?:{_GROUP_LOWER})|{_GROUP_CAPITAL})|(?:(?<=[,;:\"“(])\s*|(?<![\w.’'-])"
    rf"(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|i|ic|ch|ern)|(?:[A-Z]\.){{2,}}|US|UK|EU|\d[\d,]*)\s+)(?:(?:many|most|some)\s+)?"
    rf"(?:{_GROUP_LOWER}))\b)"
)
REPORTED += _rx(
    [
        # "Analysts expect the ... party to be returned to power", "as environmentalists report a decline", "...
        # as meteorologists warn of 'bomb cyclone'" (rounds 43 and 46): an unnamed group's expectation, finding or
        # warning, before the forecast it may carry (as "analysts say")
        # (where the group is: "as policymakers in Brussels and Sofia hope it will", round 151)
        rf"{_GROUP}(?:\s+(?:in|from|at|across)\s+[A-Z][\w’'-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w’'-]*)*)?"
        r"\s+(?:also\s+|now\s+|widely\s+|generally\s+)?(?:"
        r"expect(?:s|ed)?\s+(?:that\s+)?(?:[\w'’$%.,-]+\s+){0,12}?(?:to|will|would)\b|"
        # "Retailers hope 'panic weekend' will bring ...", "Retailers are hoping for a last-minute dash" (round 149):
        # an unnamed group's hope, as its expectation
        r"(?:are\s+|were\s+)?(?:hope[sd]?|hoping)\s+(?:that\s+)?(?:[\w'‘’$%.,-]+\s+){0,12}?(?:to|will|would|for)\b|"
        r"report(?:s|ed)?\s+(?:that|an?|the|(?:[a-z]+\s+)?(?:rise|fall|drop|decline|increase|surge|shortages?))\b|"
        r"warn(?:s|ed)?\s+(?:of|that|about)\b|"
        # "UK firms expect 5% January rise in holiday bookings", "as families question probe's credibility" (rounds
        # 134, 144, 104, 138 and 146): an expected change told by its noun, a doubt voiced
        r"expect(?:s|ed)?\s+(?:an?\s+|[\d.,]+%?\s+)?(?:[\w-]+\s+){0,2}?(?:rise|fall|drop|decline|increase|surge|"
        r"jump|boost|slowdown|recovery|rebound)\b|"
        r"question(?:s|ed)?\s+(?:whether|the|[\w-]+['’]s)\b|"
        # "Officials pledge 'massive savings'", "as investors look for Santa rally", "traders bet on a cut" (round
        # 150): a group's promise in its words, or what it looks for or bets on
        r"(?:pledge[sd]?|promise[sd]?)\s+(?:[\w-]+\s+)?['‘\"“]|(?:look(?:s|ed|ing)?|bet(?:s|ting)?)\s+(?:for|on)\b|"
        r"predict(?:s|ed)?\b|forecast(?:s)?\s+(?:that\s+)?(?:[\w'’$%.,-]+\s+){0,8}?(?:to|will|would)\b)",
        # "..., with Democrats warning about ethical implications", "with even some of Trump's allies suggesting it
        # violated international law" (rounds 138, 151): a group not named voicing a view beside the main clause
        r"(?-i:\bwith\s+(?:even\s+)?(?:(?:some|many|several|most|a\s+few)\s+(?:of\s+(?:[\w’'-]+\s+){1,3}?)?)?"
        r"(?:Democrats|Republicans|[a-z]{3,}s)\s+(?:warning|suggesting|saying|arguing|claiming|questioning|predicting|"
        r"insisting|accusing)\b)",
        # "..., experts and advocates say" (round 43): two kinds of people together, none named (as "experts say")
        rf"{_GROUP}\s+and\s+(?-i:[a-z]{{3,}}s)\s+(?:also\s+)?(?:say|said|says|warn|warned)\b",
        # "but ..., few believe the vote will be free" (round 43): the view of most, told by its denial
        r"\b(?:[Ff]ew|[Ff]ewer|[Nn]ot\s+many)\s+(?:people\s+|analysts\s+|experts\s+|observers\s+|voters\s+)?"
        r"(?:believe|expect|think|trust)\b",
        # "is investigating school officials amid accusations that the district may have confined pupils" (round 43):
        # a charge nobody is named for, as "amid reports"
        r"\bamid\s+(?:\w+\s+)?(?:accusations|allegations|claims|suspicions)\b(?!\s+(?:\w+\s+){0,2}?by\b)",
        # "slackened markedly in 2025 amid investor concerns over a slower switch", "amid fears of Russian-backed
        # disinformation" (rounds 152, 151, 115, 118): a worry nobody is named for, as "amid accusations"
        # (not "X said ..., amid fears that ...": a named speaker's words beside a worry, round 135's test)
        r"\bamid\s+(?:(?!(?:the|his|her|its|their|this|that)\b)\w+\s+)?(?:fears|concerns|worries)\b"
        r"(?!\s+(?:\w+\s+){0,2}?by\b|\s+that\b)",
        # "graft offences linked to allegations that about $4.5 billion was stolen" (round 74): a charge nobody is
        # named for, its content a clause, after a preposition as "amid accusations" (not "the allegations", "X's")
        r"\b(?:to|over|after|following|on)\s+(?:(?:new|fresh|further|mounting|growing)\s+)?(?:accusations|allegations)\s+"
        r"that\s+(?:[\w’'$.,-]+\s+){1,8}?(?:is|are|was|were|has|have|had|[a-z]{3,}ed)\b",
        # "The settlement resolves lawsuits in multiple states alleging that shoppers ..." (round 155): suits whose
        # filers the sentence does not name, as a charge no one is named for (not "X filed a lawsuit alleging")
        r"\b(?:resolves?|resolved|resolving|settles?|settled|settling|faces?|faced|facing)\s+(?:a\s+|the\s+)?"
        r"(?:[\w-]+\s+)?(?:lawsuits?|suits|complaints)\b[^.;\"“”]{0,60}?\b(?:alleging|accusing|claiming)\b",
        # "faces the prospect of legal action over claims it failed to protect", "agreed to pay $15m to settle claims
        # that it overcharged customers", "Company settles allegations it failed to honor shelf prices" (round 155):
        # the same charge with "claims", or without "that" before its clause's pronoun
        r"\b(?:over|after|following|settles?|settled|settling)\s+(?:(?:new|fresh|further|mounting|growing)\s+)?"
        r"(?:accusations|allegations|claims)\s+(?:that\s+)?(?:it|he|she|they|its|his|her|their|the)\s+"
        r"(?:[\w’'$.,-]+\s+){0,6}?(?:is|are|was|were|has|have|had|[a-z]{3,}ed)\b",
        # "The alert follows online footage showing locals scavenging debris" (round 74): what was put online, by no
        # one named, as "footage posted on social media" (not when the outlet checked it)
        r"\bonline\s+(?:videos?|footage|images?|photos?|clips?|posts?)\s+(?:show(?:s|ed|ing)?|appear(?:s|ed|ing)?\s+to)\b"
        r"(?![^.;]{0,40}?\b(?:verified|authenticated|geolocated|confirmed)\b)",
        # "which has led some to question both its role" (round 74): a doubt of people not named, as "some believe"
        r"\b(?:led|leading|leads|prompted|prompting|prompts)\s+(?:some|many|others|critics|observers)\s+to\s+"
        r"(?:question|wonder|doubt|speculate|suggest|suspect|believe|claim|accuse|argue|ask)\b",
        # "early results cited by state media showed" (round 45 at first sight): figures unnamed media carried
        r"\b(?:results|figures|data|estimates|numbers|tall(?:y|ies)|counts?)\s+(?:\w+\s+){0,3}?(?:cited|quoted|"
        r"carried|published)\s+by\s+(?:state|local|official|government|news)\s+(?:media|television|TV|agencies)\b",
        # "..., a guide estimated it was around 0.2 of a gram" (round 46): an indefinite person, whatever the noun, as
        # the whole subject of a speech verb at a clause's start (not "an army spokesman said", "a parliamentary
        # statement said": a named body's)
        r"(?-i:(?:^|,\s+)(?:a|an|A|An)\s+(?:[a-z][\w-]*\s+){0,2}"
        r"(?!(?:spokes\w*|statement|release|communique|readout)\b)[a-z][\w-]*\s+"
        r"(?:estimated|reckoned|said|told(?!\s+by\b))\b)",
    ]
)
# ---- end of the unnamed sources and hedges (round 46) ----

# ---- Unnamed views and pictures posted online; a warning of what a thing will do (round 48) ----
# "Photographs and videos posted online showed", "Images of the boxes, which ..., first spread on social media" (rounds
# 43 and 48): pictures put online by no one named, as "videos posted on social media show" (not "posted by the
# ministry", an owner's, nor when the outlet checked them)
_PICTURES = r"(?:videos?|footage|images?|photos?|photographs?|pictures?|clips?)"
_ONLINE = r"(?:online|on\s+(?:the\s+)?(?:social\s+media|internet|web))"
REPORTED += _rx(
    [
        # the pictures open the sentence or a clause, so not "said in a video posted online" (the speaker's own
        # medium) nor "rushed there as images began circulating online" (a time told)
        # (nor "according to photos he posted online", a named poster's)
        r"(?:^|[,;(]\s*|\s[-–—]\s)(?:(?!(?:in|on|from|via|with|by|through|as|when|after|to|according)\b)[\w-]+\s+){0,2}?"
        rf"{_PICTURES}\b(?:(?!\b(?:by|he|she|they|we|his|her|their|its)\b)[^.;:\"“”]){{0,60}}?\b(?:posted|shared|"
        r"circulat(?:ed|ing)|published|spread|"
        rf"appeared|emerged|surfaced)\s+{_ONLINE}\b(?![^.;,]{{0,40}}?\bby\b)"
        r"(?![^.;]{0,40}?\b(?:verified|authenticated|geolocated|confirmed)\b)",
        # "Photos posted on November 15 show a collapse", "Photos and videos shared by users on X showed" (rounds 140,
        # 143): pictures put out by no one named that show, online or not (not "shared by the fire department", "posted
        # by the channel UKR LEAKS_pl", an owner's, rounds 4 and 77)
        r"(?:^|[,;(]\s*|\s[-–—]\s|\b(?:but|and|while|as)\s+)(?:(?:the|some|several|new|these|those)\s+)?"
        rf"{_PICTURES}(?:\s+and\s+{_PICTURES})?\s+(?:posted|shared|circulat(?:ed|ing)|published)\b"
        r"(?:(?!\bby\s+(?!(?:users|people|residents|witnesses|locals|[a-z]+\s+users)\b))[^.;:\"“”]){0,60}?"
        r"\b(?:show|shows|showed|showing)\b"
        r"(?![^.;]{0,40}?\b(?:verified|authenticated|geolocated|confirmed)\b)",
        # "Epstein files appear to show Andrew asking ...", "But the photos appear to show Brooks attending" (rounds
        # 115, 141, 142): what papers or pictures only seem to show, no one named for the reading
        rf"\b(?:{_PICTURES}|files|documents|records|emails|papers|data)\s+(?:also\s+)?(?:appears?|appeared|seem(?:s|ed)?)"
        r"\s+to\s+(?:show|confirm|indicate|suggest|reveal)\b",
        # "Ukraine's bonds rallied as investors saw some positive signs" (round 48): what an unnamed group sees (as
        # "witnesses said"; _GROUP keeps a named owner's staff out)
        # (what they see as a prospect or a sign, not a sight: "Analysts see the port from the hill")
        rf"{_GROUP}\s+(?:also\s+|now\s+|still\s+)?(?:see|sees|saw)\s+(?:(?:some|little|no|more|few|limited|growing|"
        r"renewed|further|a|an)\s+)?(?:[\w-]+\s+)?(?:signs?|progress|risks?|value|room|scope|upside|downside|"
        r"opportunit(?:y|ies)|potential|chances?|hopes?|reasons?|threats?|dangers?|need|benefits?|improvement|"
        r"recovery|slowdown)\b",
        # "Many Israelis criticize what they see as an unfair burden" (round 45): a share of a people's view, as "many
        # believe"
        r"(?-i:\b(?:Many|Most|Some|many|most|some)\s+(?:[A-Z][a-z]+(?:ans|is|ese|ish|ers)|voters|citizens|people)\s+)"
        r"(?:also\s+|still\s+)?(?:criticis|criticiz|oppos|reject|resent|distrust|blame|see|view|regard|consider)"
        r"(?:e|es|ed|s)?\b",
        # "renewed optimism, among investors at least, that a truce might now be within reach" (round 48): a belief
        # held among a kind of people, none named (before the forecast it carries, as "which they fear may")
        r"(?-i:\b(?:optimism|pessimism|hopes?|fears?|concerns?|expectations?|confidence|doubts?|worries|belief|"
        r"scepticism|skepticism)\s*,?\s+among\s+(?:(?:many|some|most|the|[A-Z][a-z]+(?:an|ese|ish|i))\s+)?"
        r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\b)",
        # "measures against EU exports widely seen as retaliation" (round 45): the reduced relative of "are widely seen
        # as", a view many hold, no one named
        r"\b(?:widely|generally|broadly|commonly|largely)\s+(?:seen|regarded|viewed|perceived|considered)\s+as\b",
        # "..., email says" (a headline), "an internal meeting summary reviewed by Reuters showed" (round 44): papers
        # nobody is named for, as "document shows" and "documents seen by"
        r",\s+(?:(?!the\b|its\b|his\b|her\b|their\b)[a-z]+\s+)?(?:emails?|messages|summary|notes|transcripts?)\s+"
        r"(?:shows?|says?|suggests?|reveals?|indicates?)\b",
        r"\b(?:summary|summaries|emails?|messages|notes|transcripts?|drafts?)\s+(?:seen|reviewed|obtained)\s+by\b",
    ]
)
# "The UN has warned that the ban will exacerbate the humanitarian situation" (round 48): a warning of what a thing
# will do is a forecast (as "warned the powerful storm would intensify"); not a pronoun's "will" ("warned it will
# respond", a threat or an undertaking)
_EFFECT_VERBS_TEXT = (
    "exacerbate worsen aggravate fuel trigger cause undermine harm hurt damage destabilise destabilize endanger "
    "jeopardise jeopardize threaten spark derail disrupt cripple devastate"
)
_EFFECT_VERBS = "|".join([*_EFFECT_VERBS_TEXT.split(), _OUTCOME_VERBS, r"lead\s+to", r"result\s+in"])
SPECULATIVE += _rx(
    [
        r"\bwarn(?:s|ed|ing)?\s+(?:on\s+\w+\s+)?(?:that\s+)?(?!(?:it|he|she|they|we|I|you|this|that)\b)"
        rf"(?:[\w’'-]+\s+){{1,6}}?(?:will|would)\s+(?:likely\s+|further\s+|only\s+|also\s+)?(?:{_EFFECT_VERBS})\b",
        # "the Commission appeared to have won Italy's backing, meaning it would have the votes needed" (round 44): a
        # consequence foretold (not "meaning factory in Ukrainian", a word's sense, nor "meaning ... had to be made")
        r",\s+meaning\s+(?:that\s+)?(?:[\w’'-]+\s+){1,5}?(?:would|will)\s+(?!be\s+(?:held|named|renamed)\b)"
        r"(?:not\s+)?[a-z]+",
    ]
)
# ---- end of the unnamed views and warnings (round 48) ----

# ---- Unnamed groups, unofficial channels, state media's pictures; a hope that something can follow (rounds 51, 53) ----
REPORTED += _rx(
    [
        # "Legal experts at home and abroad have questioned the legality of ..." (round 51): an unnamed group's doubt,
        # as "critics say" (a capitalised word only at the sentence's start: "Goldman analysts" are the bank's)
        rf"(?:{_GROUP}|(?-i:^[A-Z][a-z][\w-]*\s+(?:{_GROUP_LOWER})\b))(?:\s+(?:at|in|from|across|around)\s+"
        r"[^.;:,\"“”]{0,30}?)?\s+(?:have\s+|had\s+|also\s+|long\s+|repeatedly\s+)*(?:questioned|disputed|doubted)\b",
        # "unofficial Telegram channels reported explosions" (round 51): channels no one is named for
        r"\b(?:unofficial|anonymous|local|pro-[\w-]+)\s+(?:[A-Z][\w-]*\s+)?(?:channels|accounts|bloggers|websites|"
        r"outlets)\s+(?:also\s+)?(?:reported|said|claimed|showed|posted)\b",
        # "Venezuela declares state of emergency after reported US 'military aggression'" (round 53): a reported
        # event named as the cause, by no one named
        r"\b(?:after|amid|following|over)\s+(?:an?\s+|the\s+)?reported\s+(?!by\b|to\b|on\b|that\b)[\w'‘’\"“-]+",
        # "Photos shared by state media showed Kim ..." (round 53): state media's pictures, as "results cited by state
        # media showed"
        rf"\b{_PICTURES}\s+(?:\w+\s+)?(?:shared|carried|published|released|broadcast|aired|posted|shown)\s+by\s+"
        r"(?:state|local|official|government)\s+(?:media|television|TV|news\s+agencies)\b",
        # "reported unnamed Trump administration officials confirming" (round 53): unnamed people described at more
        # length than "unnamed US officials" (not "According to Axios, which cited unnamed justice department
        # officials, ...": the outlet's, round 35)
        r"(?<!\bwhich\scited\s)(?<!\bwho\scited\s)(?<!\bwhich\squoted\s)\b(?:unnamed|anonymous)\s+(?:[\w-]+\s+){2,3}?"
        + _UNNAMED_PEOPLE
        + r"\b",
    ]
)
# "Sudan team hopes Cup of Nations success can end war" (round 53): a hope that something can follow, as "hopes ...
# will" (not "the hope and the vision that we can create", a noun's content)
SPECULATIVE += _rx(
    [
        r"(?<!\bthe\s)(?<!\ba\s)\b(?:hopes?|hoped|hoping)\s+(?:that\s+)?[^.;]{0,80}?\b(?:can|could)\s+"
        r"(?!not\b)[a-z]+"
    ]
)
# ---- end of the unnamed groups and channels (rounds 51 and 53) ----

# ---- Forecasts told without their auxiliary; forecasts of unnamed groups (round 71) ----
SPECULATIVE += _rx(
    [
        # "Higher tax revenues, projected to rise 7.6% to a record" (round 68): a forecast's participle without "is",
        # as "expected to" above (not "projected to the screen")
        r"\bprojected\s+to(?=\s+(?!(?:the|a|an|its|their|his|her|this|that|be\s+(?:held|released))\b)(?-i:[a-z]))",
        # "with a fresh blizzard expected overnight" (round 58), "and a Putin-Trump call expected soon" (a headline,
        # round 65): a participle with no auxiliary and a time still vague (a day is a schedule: "a vote on the
        # agreement expected later this week", round 38; "is expected in the Netherlands on Tuesday", round 4)
        r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bas\s)(?<!\bnot\s)"
        r"\bexpected\s+(?:soon|shortly|imminently|overnight)\b",
    ]
)
REPORTED += _rx(
    [
        # "experts have cautioned the downturn will continue" (round 69): an unnamed group's forecast with its
        # "that" left out, in any tense (as round 46's "analysts expect ... to")
        rf"{_GROUP}\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|long\s+|repeatedly\s+|now\s+)?"
        r"(?:cautioned|warned|predicted|forecast)\s+(?:that\s+)?(?:[\w'’$%.,-]+\s+){1,8}?(?:will|would|could|may|might)\b",
        # "Peru shamans foretell illness for Trump", "opinion polls had predicted Jamaat finishing", "where they made
        # predictions for the year" (rounds 66 and 69): a forecast whose maker is a plural noun or "they", named by
        # no one, is told as theirs (not the outlet's; "it was predicted" and "households forecast to spend" are
        # passives, "Goldman Sachs predicts" is named)
        r"(?-i:(?<![\w’'-])(?!(?:was|has|is|as|this|thus|its|his|us|less|unless|across|whereas|perhaps|always|"
        r"sometimes|news)\b)[a-z]{2,}s\s+(?:had\s+|have\s+)?(?:predicted|foretell|foretold|forecast)\b(?!\s+to\b))",
        r"(?-i:\bthey\s+(?:also\s+)?(?:made|make|offered|offer|gave|give)\s+(?:[a-z]+\s+){0,2}?predictions\b)",
    ]
)
# a headline's outcome foretold with its "is expected" left out: "Indonesia's free meal scheme to reach 80 million
# recipients by April" (round 68), an infinitive with an outcome verb and a time it is due by (a plan with a date
# stays a schedule: "Argentina's Milei to visit UK this year", "Congo president ... to seek re-election in March")
_HEADLINE_OUTCOME_BY = re.compile(
    rf"\bto\s+(?:reach|hit|exceed|top|surpass|{_OUTCOME_VERBS})\s+(?:[^,;:]{{1,60}}?\s)?by\s+"
    rf"(?:(?:the\s+)?(?:end|middle|start)\s+of\s+|early\s+|late\s+|mid-?)?(?:{MONTH}|20\d\d\b|next\s+[a-z]+)"
)
# ---- end of the forecasts without their auxiliary (round 71) ----

# ---- Forecasts of a thing, not a person's intent (thirty-eighth session's probes; tests in
# tests/test_claims_thing_forecasts.py) ----
SPECULATIVE += _rx(
    [
        # "a move that threatens to sever a critical lifeline" (round 67), "an advance ... that threatens to spill over"
        # (round 83), "which promises to shed light on" (round 35): what a thing may do, told by a relative clause
        # (not "Trump, who threatens to intervene": a person's threat; not "as Trump threatens to": no relative)
        r"\b(?:that|which)\s+(?:threatens|threatened|threaten|promises|promise)\s+to(?=\s+(?-i:[a-z]))",
        # "junta-backed party tipped to win" (round 99, a headline; round 117): a winner foretold
        r"\b(?:tipped|favou?red)\s+to\s+(?:win|become|succeed|lead|take|replace|clinch|retain|keep)\b",
    ]
)

# ---- Unnamed groups and hedges of short wire items (TASS, WSJ and other outlets; round 83, tests in
# tests/test_claims_round83.py) ----
REPORTED += _rx(
    [
        # "The Europeans expect President Trump to pressure ..." (round 82): a definite people named by its demonym (the
        # headline's unnamed "European leaders"), an unnamed group whose view it is (rule 2 before 3; "many expect"
        # stays a forecast whoever holds it)
        r"(?-i:(?:^|[,;]\s+|\b(?:as|while|but|and)\s+)[Tt]he\s+[A-Z][a-z]+(?:ans|ese)\s+(?:also\s+|now\s+)?"
        r"(?:expect|believe|fear|suspect|think|worry|hope)\b)",
        # "as state media shows Beijing training for an invasion" (round 82): state media's pictures, as "photos shared
        # by state media showed"
        r"\b(?:state|state-run|official|government)\s+(?:media|television|TV)\s+(?:shows?|showed|showing)\b",
        # "Russia likely placing mines ..., researchers find" (round 82's corpus check): a finding that closes a
        # sentence, by a plural of people not named (as ", analysts say"; rule 2 before 3)
        r",\s+(?:[a-z][\w-]*\s+)?(?:researchers|scientists|experts|analysts|economists|investigators)\s+"
        r"(?:find|found|conclude|concluded)\s*[.!]?\s*$",
    ]
)
# ---- end of the short wire items' unnamed groups (round 83) ----

# ---- Unnamed groups' views in short items (round 87; tests in tests/test_claims_round87.py) ----
REPORTED += _rx(
    [
        # "In a day of diplomatic maneuvers, Europeans argued that Kyiv should not yield key cities" (round 87): a
        # people by its bare demonym plural arguing that, an unnamed group (round 82's "The Europeans expect")
        r"(?-i:(?:^|[,;]\s+|\b(?:as|while|but|and)\s+)[A-Z][a-z]+(?:ans|ese)\s+(?:also\s+|had\s+|have\s+)?"
        r"(?:argued|argue|contended|contend)\s+that\b)",
        # "For decades, Americans believed the court soared above the fray" (round 152): the same people's belief, a
        # clause after it
        r"(?-i:(?:^|[,;]\s+|\b(?:while|but|and)\s+)[A-Z][a-z]+(?:ans|ese)\s+"
        r"(?:also\s+|had\s+|have\s+|long\s+)?(?:believed|believe|thought|think|feared|fear)\s+(?:that\s+)?"
        r"(?:the|a|an|it|they|he|she|their|its|[A-Z][\w-]*)\s)",
    ]
)
# ---- end of the unnamed groups' views (round 87) ----

# ---- Unnamed sources by their kind: papers that show, people and outlets not named, hedging nouns (round 101; issue
# 11, tests in tests/test_claims_round101.py) ----
# a kind of people or bodies that speaks as a group, none named: "rail unions", "maritime groups", "news outlets"
_SOURCE_GROUPS_TEXT = "unions campaigners activists advocates charities commentators outlets groups"
_SOURCE_GROUPS = "|".join(_SOURCE_GROUPS_TEXT.split())
_SOURCE_GROUPS_ANY_CASE = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _SOURCE_GROUPS_TEXT.split())
# words that end a noun phrase's run before its verb: no indefinite person's ("a day after he described")
_NOT_IN_SUBJECT = (
    r"(?:after|before|when|while|since|until|as|day|days|week|weeks|month|months|year|years|time|he|she|they|it|we|"
    r"you|i|who|which|that|and|or|but|spokes\w*|statement|release|communique|readout|report|document|video|post)\b"
)
REPORTED += _rx(
    [
        # "Documents allege Epstein's accomplice ...", "Documents suggest X was retaliated against", "Files release
        # illuminates ...", "..., data has shown" (round 101, rounds 49 and 94): papers or data nobody is named for
        # that show or allege, at a clause's start (not "the company's records show", an owner's, nor election
        # results, the count's fact: "provisional results showed", rounds 47, 56, 74; nor "official data showed", an
        # office's statistics told as fact, tests/test_claims_speakers.py)
        r"(?-i:(?:^|[,;:(]\s*|\b(?:and|as|but|while|since)\s+)(?i:(?:court|newly\s+released|leaked|internal|"
        r"new|released|unsealed|the)\s+)?(?:[Dd]ocuments|[Ff]iles|[Ff]ilings|[Rr]ecords|[Pp]apers|[Dd]ata|[Ff]indings)"
        r"\s+(?:release\s+|dump\s+|cache\s+)?(?:has\s+|have\s+|had\s+)?(?:show|shows|showed|shown|suggest|suggests|"
        r"suggested|reveal|reveals|revealed|allege|alleges|alleged|indicate|indicates|indicated|illuminates?|"
        # "Released documents detail the process ..." (forty-third session)
        r"illuminated|detail|details|detailed|describe|describes|described)\b)",
        # "A document among the tranche of newly released files casts fresh light on ..." (round 101): a paper
        # nobody is named for that sheds light, as "documents show" (not "a letter by X", an author's)
        r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?:document|memo|file|filing|letter|record)s?\b(?:(?!\bby\b)[^.;]){0,80}?"
        r"\b(?:casts?|sheds?|throws?|shines?)\s+(?:a\s+)?(?:(?:fresh|new|more)\s+)?light\s+on\b",
        # "in wake of fraud scheme allegations", "faces scrutiny over complaints it undressed minors", "in relation to
        # reports of Chinese hackers" (rounds 101, 19, 67): a charge or report no one is named for, after the
        # prepositions of a cause, as "amid accusations" (not "allegations by X"; not "after allegations", a time)
        r"\b(?:amid|in\s+(?:the\s+)?wake\s+of|in\s+relation\s+to|over)\s+(?:(?!(?:the|his|her|its|their|and|or)\b)"
        r"[\w-]+\s+){0,3}?(?:allegations|accusations|complaints|reports)\b(?!\s+(?:\w+\s+){0,3}?(?:by|from)\b)",
        # "based on a review of ... people familiar with the operation" (round 85): the wire's unnamed people, with
        # or without their verb
        r"\bpeople\s+(?:familiar|close)\s+(?:with|to)\b",
        # "..., aid experts fear." (round 35): an unnamed group's view closing the sentence (as round 83's ",
        # researchers find"; rule 2 before 3)
        r",\s+(?:[a-z][\w-]*\s+)?(?:researchers|scientists|experts|analysts|economists|investigators|observers|critics|"
        r"campaigners|activists|advocates)\s+(?:fear|believe|warn|worry|suspect|argue|think|agree|caution)"
        # ... and a phrase of when or why after it: ", analysts warn after recent announcements by ..." (round 141)
        r"(?:\s+(?:after|following|in|on|at|since|amid|ahead\s+of)\s+[^,;:\"“”]{1,100}?)?\s*[.!]?\s*$",
        # '"Don't just give something that appeals to you," writes one' (round 129): one of a group no one names
        r"[,.!?][\"”’']\s+(?:writes|wrote|says|said|adds|added)\s+(?:one|another)(?=\s*[,.;:!?]|\s+and\b|\s*$)",
        # "To the purists, it lacks originality" (round 127): the view of a group no one names
        r"^(?:To|For)\s+(?:the\s+|many\s+|some\s+)?(?:purists|critics|sceptics|skeptics|detractors|traditionalists|"
        r"opponents)\s*,",
        # "Heating means pests breeding faster, warn scientists, with ..." (round 128): the verb before the group, the
        # sentence going on after it
        r",\s+(?:say|says|said|warn|warns|warned|argue|argues|believe|fear|suggest|caution)\s+(?:some\s+|many\s+|"
        r"leading\s+|top\s+|other\s+)?(?:researchers|scientists|experts|analysts|economists|investigators|observers|"
        r"critics|campaigners|activists|advocates|doctors)(?=\s*[,.;:!?]|\s*$|\s+(?:with|as|who)\b)",
        # "legislation ... that observers fear will usher in" (round 94): the group's view with its object gapped
        r"\b(?:observers|experts|analysts|critics|economists|supporters|campaigners|activists|advocates|scientists|"
        r"researchers)\s+(?:fear|believe|expect|worry|think|suspect|hope)\s+"
        r"(?:will|would|could|may|might)\b",
        # "..., news outlets report", "reports by state media that" (rounds 84, 37): outlets or media not named
        r"\b(?:news|media|local|state|foreign|[a-z]+-language)\s+(?:outlets|organi[sz]ations|newspapers|broadcasters)"
        r"\s+(?:also\s+|have\s+|had\s+)?(?:report|reported|reports|said|say|says|cited|citing|showed|show|published)\b",
        r"\breports?\s+(?:by|from|in)\s+(?:the\s+)?(?:state|local|national|official|[A-Z][a-z]+(?:an|ese|ish|i))?\s*"
        r"(?:media|press|outlets|newspapers|television|TV)\b",
        # "was confirmed by police in a post", "were identified by officials" (round 74): a passive whose agent is an
        # unnamed source, as "police said"
        r"\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?(?:confirmed|identified|reported|announced|described|named|"
        r"found|accused|blamed|quoted|cited)\s+by\s+(?:local\s+|the\s+)?(?:police|officials|authorities|investigators|"
        r"prosecutors|sources|witnesses|residents)\b",
        # "The overthrow and reported capture by invading US forces" (round 94): the hedging adjective coordinated
        r"(?-i:\b(?:[Tt]he|[Aa]n?)\s+[a-z]+\s+(?:and|or)\s+reported\s+[a-z]{3,})",
        # "A passenger onboard the Coral Adventurer has told the ABC", "One passenger tells the ABC", "two boys have
        # revealed the 'torment'" (rounds 101, 85): an indefinite person or a count of people, a place they are at
        # between, as the subject of a speech verb (round 46's "a guide estimated" with a qualifier and the present)
        rf"(?-i:(?:^|,\s+)(?:A|An|One|a|an|one|Two|Three|two|three|Several|several)\s+(?:(?!{_NOT_IN_SUBJECT})[a-z][\w-]*\s+)"
        rf"{{0,2}}(?!{_NOT_IN_SUBJECT})[a-z][\w-]*\s+(?:(?:onboard|aboard|on|in|at|from|near|inside|of)\s+(?:the\s+)?"
        r"(?:[A-Z][\w-]*\s+){1,3})?(?:has\s+|have\s+|had\s+)?(?:told|tells|said|says|revealed|recounted|described|"
        r"alleged|claimed)\b(?!\s+by\b))",
        # "Rail unions are campaigning to end ..., arguing that" (round 101): a kind of bodies that opens the sentence
        # and makes its case in a participle, as "critics say" (rule 2 before 3)
        rf"(?-i:^(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+)?(?:{_SOURCE_GROUPS_ANY_CASE})\b[^.;\"“”]{{0,120}}?,\s+"
        r"(?:arguing|saying|insisting|claiming|warning|alleging)\b)",
        # "which maritime groups have identified as the Bella 1", "..., rights groups said" (rounds 78, 30): the same
        # kinds of bodies as the subject of a speech or judgement verb
        rf"(?-i:(?:^|[,;]\s+|\b(?:as|while|but|and|which|that)\s+)(?:[A-Z][a-z]+\s+|[a-z][\w-]*\s+)?(?:{_SOURCE_GROUPS})"
        r"\s+(?:also\s+|have\s+|had\s+|later\s+)?(?:said|say|says|told|warned|warn|argued|argue|questioned|identified|"
        r"interpreted|claimed|claim|reported|report|fear|believe|accused|accuse|allege|alleged)\b)",
    ]
)
# ---- end of the unnamed sources by their kind (round 101) ----

# ---- A view held by no one named, told in the passive without its auxiliary (round 105; issue 11, tests in
# tests/test_claims_round105.py) ----
REPORTED += _rx(
    [
        # "Maria Corina Machado, widely seen as Maduro's most credible opponent", "the two-state solution, long viewed
        # as the central framework" (rounds 70 and 88): the reduced passive of a view with the adverb that says many
        # hold it, as "has been largely seen as" (round 25); not "seen by X as", which names who holds it
        # ("an election that has been widely condemned as a sham", "a process regarded internationally as a sham",
        # round 155: a condemnation many make, the adverb before or after the verb)
        r"\b(?:widely|long|largely|generally|broadly|commonly|increasingly|still|internationally|roundly)\s+"
        r"(?:seen|regarded|viewed|perceived|considered|touted|hailed|condemned|critici[sz]ed|denounced|dismissed|"
        r"derided|decried)\s+(?:now\s+)?as\b(?![^.;]*?\bby\s+(?:the\s+)?[A-Z])",
        r"\b(?:seen|regarded|viewed|perceived|considered|condemned|dismissed|denounced)\s+(?:internationally|widely|"
        r"globally)\s+as\b(?![^.;]*?\bby\s+(?:the\s+)?[A-Z])",
        # "The decision was presented as an explicit endorsement" (round 88): a framing no one is named for (not "as
        # part of" a ceremony, nor "presented by X as")
        r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?presented\s+as\s+(?!part\b)(?![^.;]*?\bby\s+(?:the\s+)?[A-Z])",
        # "Canada bill targeting refugees feared to signal new era", "are feared to have been killed" (rounds 94 and
        # 59): a fear no one is named for, as "believed to be" (not "I feared to go": one's own)
        r"(?-i:(?<![Ii]\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\byou\s))\bfeared\s+to\s+(?!the\b)[a-z]+",
        # "At least 30 killed in Myanmar after junta airstrike hits hospital, witnesses report" (round 105): a plural
        # of common nouns closing the sentence with the present "report", the verb a noun never is there (as round
        # 77's ", agencies report"; "reported" was read already)
        # (not a noun's: ", after the jobs report", ", its earnings report")
        r"(?-i:,\s+(?:(?!(?:the|a|an|its|his|her|their|our|this|that|after|before|ahead|following|with|in|on|of|from|"
        r"by|for|at|to|than|and|or|new|latest|annual|monthly|weekly|quarterly)\b)[a-z][\w-]*\s+){0,2}?"
        r"[a-z]{3,}[^su\W]s\s+report\s*[.!]?\s*$)",
    ]
)
# ---- end of the views held by no one named (round 105) ----


# a modal inside a question, direct or reported, asks; it does not forecast
_ASKED = re.compile(
    r"\b(?:what|how|why|whether|if)\b[^,;:.!?\"“”]{0,120}?\b(?:could|may|might)\b",
    re.I,
)
# "did not indicate when the meeting may take place", "could not give a timeframe for when it might run out": a
# "when" or "where" left open after a negation (round 40) asks too; the question alone is blanked (group 1); not
# "is not expected before 2033, when the Church may have ...", a time told
_LEFT_OPEN = re.compile(
    r"\b(?:not|n['’]t|unclear|unknown|no\s+(?:word|indication|timeframe|timeline|date))\b[^,.;:!?\"“”]{0,60}?"
    r"(\b(?:when|where)\b[^,;:.!?\"“”]{0,80}?\b(?:could|may|might)\b)",
    re.I,
)
# ---- Forecast words that forecast nothing (a question, one's own plan), and hopes that rise (round 92) ----
# a question runs to its last modal: "how a conflict between two adversaries - both of which have considerable
# military might - could play out" (round 92); _ASKED stops at the first "might", a noun there, and leaves "could"
_ASKED_TO_LAST = re.compile(
    r"\b(?:what|how|why|whether|if)\b[^,;:.!?\"“”]{0,160}\b(?:could|may|might)\b",
    re.I,
)
# "Zelensky said he expects to meet Trump in Florida on Sunday" (round 92): a person's own plan to meet, go or sign,
# an intention as "plans to" (the labels' "hopes to use his visit"), not a forecast; a forecast of others keeps its
# object ("expects Trump to meet"), and "expects to see growth" is not a plan
_OWN_PLAN = re.compile(
    r"\b(?:he|she|they|we|I|who|(?-i:[A-Z][\w'’-]+))\s+(?:still\s+|also\s+|now\s+)?(?:expects?|expected)\s+to\s+"
    r"(?:meet|visit|travel|attend|host|join|sign|speak|hold\s+talks|discuss|talk)\b",
    re.I,
)
# "Hopes Rise for U.S.-Europe Trade Deal" (round 92): hopes that grow or fade for something are its chances told
# (not "dashed the hopes of", an act, nor "hopes for peace" with no verb of change)
SPECULATIVE += _rx(
    [
        r"\bhopes\s+(?:are\s+|were\s+)?(?:rise|rising|rose|grow|growing|grew|mount|mounting|fade|fading|faded|dim|dimming|dimmed)\s+(?:for|of|that)\b"
    ]
)
# ---- end of the forecast words that forecast nothing (round 92) ----
# "examines how much damage is likely to have been caused": a reported question, as _ASKED (round 30); not "what is
# likely to follow is ...", a forecast that a relative clause opens
_ASKED_LIKELY = re.compile(r"\b(?:how|why|whether)\b[^,;:.!?\"“”]{0,80}?\b(?:likely|unlikely)\b", re.I)
_FORBIDDEN = re.compile(r"\b(?:no|No)\s+(?:[\w-]+\s+){0,2}?may\s+(?:\w+ly\s+)?[a-z]+")
# what the law provides for, not a forecast: "could face up to 20 years in prison", "fraud that could lead to
# denaturalization", "may result in a fine" (round 33)
_LEGAL_POSSIBILITY = re.compile(
    r"\b(?:could|may|might|would|can)\s+(?:potentially\s+|also\s+|still\s+)?(?:face|lead\s+to|result\s+in|carry|"
    r"bring|incur)\s+(?:up\s+to\s+|a\s+(?:maximum\s+(?:of\s+)?|possible\s+|potential\s+|minimum\s+(?:of\s+)?)?|"
    r"possible\s+|potential\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:years?|months?|life\s+in\s+prison|life\s+imprisonment|"
    r"death\s+penalty|prison|jail|imprisonment|fines?|deportation|denaturali[sz]ation|revocation|disqualification|"
    r"expulsion|prosecution|criminal\s+charges|charges|penalt(?:y|ies))\b"
    # "could be jailed for up to 10 years": a statutory maximum
    r"|\b(?:could|may|might|would|can)\s+be\s+(?:jailed|imprisoned|sentenced|fined|punished)\s+(?:to\s+|for\s+)?"
    r"(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of)\b",
    re.I,
)
_COMPARED = re.compile(
    r"\b(?:above|below|than|beyond|exceed(?:s|ed|ing)?|beat|beats|missed|misses|under|over|versus|vs\.?)\s+"
    r"(?:[\w.'’-]+\s+){0,5}?(?:forecasts?|predictions?|projections?|expectations?)\b",
    re.I,
)
_REFERENCE = re.compile(
    r"\b(?:the|this|these|that|those|his|her|their|its|such|[\w-]+['’]s)\s+(?:\w+\s+)?"
    r"(?:claims?|reports?|allegations?|accusations?|assertions?|statements?|accounts?|figures?|numbers?|details?|footage|"
    r"videos?|images?|photos?|information|toll|remarks|comments?|version)\b",
    re.I,
)


# Reporting verbs: the speaker is their subject (before: "X said", after: '"...," said X'), or the noun phrase
# after "according to". Spanish and Russian verbs keep the older, shallower reading (a name right before them).
# a modal that forecasts ("could lose", "may be under 16"), in lower case so "May 5" is a date
MODAL = re.compile(
    # "could almost hear", "he could envisage": what someone perceives or imagines, not a forecast; "the might of our
    # military", "its economic might" is a noun (forty-third session)
    r"\b(?:could|may|(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bmilitary\s)"
    r"(?<!\beconomic\s)might(?!\s+of\b))\s+(?!(?:also\s+|almost\s+|still\s+|clearly\s+)?(?:be\s+)?(?:heard|seen|hear|see|feel|smell|imagine|envisage|envision|remember|understand|tell)\b)"
    # "could not immediately be reached for comment": someone was unavailable, nothing is forecast
    r"(?!not\s+(?:immediately\s+)?(?:be\s+)?(?:immediately\s+)?(?:reached|contacted|located|reach|contact|locate)\b)"
    # "she could no longer support the budget": what someone can no longer do, not a forecast
    r"(?!no\s+longer\b)"
    # "Reuters could not determine ...", "We could not believe ...", "the victims could not be identified": what
    # someone could not do, not a forecast (round 24); "could not be ruled out" still weighs a possibility
    r"(?!(?<=\bcould\s)not\s+(?!(?:be\s+)?(?:rul(?:e|ed)\s+out|exclude[d]?)\b))"
    r"(?:not\s+)?(?:\w+ly\s+)?[a-z]+"
)

# ---- Verbs of saying: which list to change ----
# SPEECH (below) is the broad reader: every verb of saying, each with guards of its own. claims.nouns._SAYING (with
# _saying) gives the plain verbs' forms to the short readers built from it. Most other rules spell a short pick of
# verbs inline, tuned on their own rounds ("said|says|told|added" after a spokesperson); where two rules read the same
# set it is one of the tables here, so a verb added to it reaches both. actors/words.py keeps the actors package's own
# (_HEADLINE_SPEECH_VERBS, _SPEAKING_VERBS).
SAY_FORMS = ("say", "says", "said", "saying")  # claims.nouns._SAYING, claims.verbs
TELL_FORMS = ("tell", "tells", "told", "telling")  # claims.nouns._SAYING, claims.verbs, claims.lookback
# a spokesperson's, an office's or a pronoun's verb: claims.offices, claims.speakers (2), claims.nouns, __init__ (2)
SAID_TOLD_ADDED = ("said", "says", "told", "added")
# a "top" office's verb and a closing reporter's: claims.speakers._TOP_OFFICE, claims.verbs._CLOSING_REPORTER
SAID_TOLD_WROTE = ("said", "says", "told", "tells", "added", "wrote")
# "the report said", "It did not ... but said": claims.lookback._THE_REPORT, claims.speakers._IT_BUT_SAID
SAID_STATED_NOTED = ("said", "says", "added", "stated", "noted")
# a verb after "but/and" sharing the clause's subject: claims.speakers._COORDINATED_LATER, claims.verbs._COORDINATED_SPEECH
COORDINATED_SPEECH_VERBS = ("said", "says", "told", "tells", "added", "insisted", "warned", "stated", "wrote")

# not right after a form of "be": a verb in the passive is no one's act of speaking ("was branded a traitor", "was
# praised by")
_NOT_AFTER_BE = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)"
# "In his words, ...", "In their view, ...": the words or view of whom the possessive refers to (round 108)
IN_WORDS = r"in\s+(?:his|her|their)\s+(?:own\s+)?(?:words|view|opinion)"
SPEECH = re.compile(
    # (not the plural possessive: "sought states' voter registration lists", round 63)
    r"\b(?:said|says|say|saying|told|tells|telling|tell|stated|states(?![’'])|claimed|claims|claiming|added|adding|wrote|"
    # (not a byline's "X writes the FEMINIST GIANT newsletter", round 140: what one writes, not what one says)
    r"writes(?!\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:newsletter|column|blog|books?|novels?|Substack)\b)|"
    r"announced|announces|noted|"
    # "as DJ Taylor notes, his was a middle-class family" (round 137): the verb before a comma, not the noun ("the
    # notes, seen by Reuters")
    r"(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bmy\s)"
    r"notes(?=\s*,)|"
    # "..., charging that it wasn't ready" (round 135): a charge made in words, the verb's own (not "faces charges that")
    r"(?:charged|charging)(?=\s+that\b)|insisted|insists|warned|warns|argued|argues|alleged|alleges|alleging|"
    # "Cole's lawyers argue that he should be released", "they write that Cole has agreed ..." (round 152): the plural's
    # case or letter with what it says (not "to argue", "could argue": an infinitive)
    r"(?<!\bto\s)(?<!\bcould\s)(?<!\bmight\s)(?<!\bwould\s)(?:argue|write)(?=\s+that\b)|"
    r"insist|asserted|confirmed|confirms|denied|denies|denying|explained|posted(?!\s+(?:(?:a|an|its|their|his|her|the)\s+)?(?:[\w-]+\s+){0,3}?(?:loss(?:es)?|profits?|gains?|"
    r"growth|surplus|deficit|revenues?|sales|earnings|results|increases?|rises?|falls?|drops?|declines?|wins?|"
    r"victor(?:y|ies))\b)|acknowledged|suggested|suggests|testified|(?:affirmed|affirms)(?=\s+that\b|\s*[,:]?\s*[\"“])|"
    # "France reiterates its support of ..." (round 74): said again, as "reiterated"
    r"admitted|admits|conceded|concedes|revealed|disclosed|reiterated|reiterates|reiterating|emphasi[sz](?:ed|es|ing)|"
    # "Najib has maintained he was misled", "maintains his innocence", '"...," she maintained.': a position held in
    # words (not "has maintained close ties with Moscow", "maintains a presence", "maintains lead": kept up, done)
    r"(?:maintained|maintains)(?=\s+(?:that|he|she|it|they|we|I|there)\b|\s+(?:his|her|their|its)\s+innocence\b|"
    r"\s*[\"“:]|\s*[.,;]|\s*$)|"
    # 'She elaborated that "high-functioning alcoholics ..."' (round 90): said more of it, as "explained" (a that-clause
    # or a quotation; "elaborated on the plan" says nothing of its own)
    r"elaborat(?:ed|es|ing)(?=\s+that\b|\s*[,:]?\s*[\"“])|"
    # "Algeria brands French colonisation a crime", "Noem labeled the incident as an act of terrorism" (round 90): a
    # characterisation, as "called ... a" (not the passive "was branded a traitor", the noun "brands such as", nor a
    # self-description "brands himself as", as "who describes herself as a medium", tests/test_claims_round72.py)
    # "smear him as an antisemite", "slandered him as the spawn of ..." (round 135): a characterisation as abuse
    r"(?<=[\w’'.]\s)" + _NOT_AFTER_BE + r"(?:brand(?:s|ed)|label(?:s|led|ed)|smear(?:s|ed)?|slander(?:s|ed)?|"
    r"vilif(?:y|ies|ied))"
    r"(?=\s+(?!(?:such|as|are|were|is|was|have|has|and|or|of|for|in|on|from|with|to|that|which|"
    r"himself|herself|itself|themselves)\b)"
    r"(?:[\w’'-]+\s+){1,5}?(?:an?|as)\s)|"
    r"stressing|(?<!\bwas\s)(?<!\bwere\s)(?<!\band\s)speaking(?=\s+(?:to|with)\s)|underscor(?:ed|es|ing)|shared(?=\s+(?:on|in|via|with)\s+(?:[\w-]+\s+){0,3}?that\b|\s+that\b)|"
    # (not "responded with its own drone attacks", "with more aggression": an answer in deeds, not in words)
    r"replied|responded(?!\s+with\s+(?!(?:[\w’'-]+\s+){0,2}?(?:statements?|remarks?|comments?|words|posts?|letters?|"
    r"tweets?|messages?|calls?|criticism|questions?|jokes?)\b))|tweeted|contended|countered|blamed|blames|blaming|continued|continues|voiced|voices|expressed|expresses|called|calls|calling|"
    # "The talks had failed, Anna Berg lamented": a complaint, a lament, a boast, a caution or a remark is said (the
    # past forms: "remarks", "boasts" are as often nouns)
    r"complained|lamented|boasted|cautioned|remarked|contends|"
    # 'Lisa Nandy is even more forthright: "I believe ..."': a manner of speaking before the quotation it introduces
    r"(?:is|was|are|were)\s+(?:(?:even|more|still|just\s+as|equally|as)\s+)*(?:blunt|forthright|emphatic|"
    r"unequivocal|adamant|defiant|scathing|candid|frank|direct)(?=\s*:\s*[\"“])|"
    # "Charles praised individuals who risked their lives", "Trump hailed the derring-do of US military heroes": praise
    # given in words (active, with what is praised after it: not "was praised by", "hailed for helping", "hails from")
    + _NOT_AFTER_BE
    + r"(?:praised|praises|hailed|hails)(?=\s+(?!(?:by|for|from|as)\b)(?!(?:a|an|the)\s+(?:taxi|cab|ride)\b)[\w“\"‘'])"
    # (not before another's verb: "Kim hails troops ..., state media says", "... propaganda that praised IS, a group
    # has alleged": the praise is what they tell of)
    r"(?![^.;]*\b(?:said|says|say|told|reported|reports|alleged|alleges|claimed|claims|according)\b)|"
    # "He has refused to rule out using military force", "Trump did not rule out ...": a possibility left open in
    # words, a statement (rounds 10, 83 and 130's "I don't rule it out")
    r"(?:refused|refuses|declined|declines)\s+to\s+rule\s+out|(?:did|does|would|will)\s+not\s+rule\s+out|"
    # "Rosatom chief Alexei Likhachev has not ruled out the supply of electricity" (round 145): the same in the perfect
    # (not after "and": "Beijing claims Taiwan as its own and has not ruled out ...", the first verb's subject speaks)
    r"(?<!\band\s)(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?ruled\s+out|"
    # "as North Korea touts nuclear readiness", "junta touts stability" (headlines, rounds 30 and 68): a claim made
    # for oneself (not "was touted as", no one named)
    r"touts|touting|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)touted|"
    # "QTS ... has promoted its "water-free" cooling system as proof of its sustainability" (round 153): its own thing
    # promoted as something, as "touts" (not "was promoted to general", "promoted the film at Cannes")
    + _NOT_AFTER_BE
    + r"(?:promoted|promotes|promoting)(?=\s+(?:its|his|her|their)\s+[^.;:]{1,60}?\s+as\s+(?:an?\s+|the\s+)?[\w\"“])|"
    r"hinted|hinting|hints(?=\s+(?:at|that)\b)|implied|"
    # "has fired back at Trump ..., implying the president was playing at political retaliation" (round 142): what the
    # subject implied
    # (a clause after it, not a figure worked out: "..., implying a debt-to-GDP ratio of 180%")
    r"(?<=,\s)implying(?=\s+(?:that\s+)?(?:[\w’'-]+\s+){1,4}?(?:was|were|is|are|had|has|would|could|will|did)\b)|"
    # "Ukraine, Russia report fatal air strikes": the plural verb (not "to report", "report on", "report said"; a
    # noun after a determiner is left out below, as "reports")
    r"(?<!\bto\s)report(?=\s+(?!(?:on|of|by|from|to|for|in|at|into|about|over|after|with|or|and|but|nor|as|which|"
    r"said|says|was|is|released|published|issued|found|showed|shows|card|cards)\b)[a-z])|"
    # "Blanche pledged that the administration would ...": a that-clause says something ("pledged to" is an
    # undertaking); "as Democrats cry foul": a protest voiced (round 50)
    # (also with whom it is told to: "Trump promised Africa that trade would replace aid", round 82: a name or a
    # pronoun, not "promised a deal that", a relative)
    # "Zelensky asserts US to formalize security guarantees" (round 83): an assertion (not "asserts control over")
    r"assert(?:s|ing)(?!\s+(?:(?:its|their|his|her|full|greater|more)\s+)?(?:control|authority|sovereignty|dominance|"
    r"power|influence|rights?|independence|itself|themselves|leadership)\b)|"
    # "Global Fact-Checking Network exposes opposition's fake claims" (round 83): a claim called false is a statement
    r"expos(?:es|ed)(?=\s+(?:[\w’'-]+\s+){0,3}?(?:claims?|lies|falsehoods?|fakes?|disinformation|myths?|propaganda)\b)|"
    # "Thailand doesn't rule out possibility of a ceasefire", "They have ruled out the possibility of an attack" (round
    # 83): a possibility weighed aloud is a statement (not "rule out a lockdown", a decision, round 12)
    r"rul(?:e|es|ed|ing)\s+out\s+(?:the\s+|any\s+)?(?:possibility|likelihood|chance|prospect)\b|"
    r"(?:pledged|pledges|vowed|vows|promised|promises)(?=\s+(?:(?-i:[A-Z][\w’'-]*\s+){1,3}|(?:him|her|them|us|me)\s+)?that\b)|"
    # "Ukraine will fight on if talks fail, Zelenskyy vows": the present that closes a headline's words (not "as he
    # had promised.", a deed done as promised); "President vows Iran's response ... will be harsh": a clause
    # without its "that" (not "vows to", an undertaking)
    r"(?<=[\w’'.]\s)(?:pledges|vows|promises)(?=\s*(?:[.;!]\s*)?$)|"
    r"(?<=[\w’'.]\s)(?:pledged|pledges|vowed|vows|promised|promises)(?=\s+(?!to\b|that\b)"
    r"(?:(?!(?:which|who|that|and|but|as|after|before|when|while|if)\b)[\w’'-]+\s+){1,6}?"
    r"(?:will|would|must|won['’]t|shall|can|cannot|is|are)\b)|"
    r"cr(?:y|ies|ied|ying)\s+foul|"
    # "Donald Trump took further aim at Minnesota's governor ...", "hit out at", "lashed out at" (round 150): criticism
    # in words
    r"(?:hit|hits|hitting)\s+out\s+at|(?:lashed|lashes|lashing)\s+out\s+(?:at|against)|"
    r"(?:took|takes|taking)\s+(?:further\s+|fresh\s+|another\s+|renewed\s+)?aim\s+at|"
    # "Donald Trump wants us to believe that the 'war on Christianity' is spreading", "sounded the alarm on the 'mass
    # slaughter' of Christians" (round 156): a claim pressed on others, a warning
    r"(?:wants?|wanted)\s+(?:us|you|people|everyone|voters|Americans|the\s+world)\s+to\s+(?:believe|think)\b|"
    r"would\s+have\s+(?:us|you)\s+believe\b|"
    r"(?:sound(?:s|ed|ing)?|rais(?:es|ed|ing))\s+the\s+alarm\s+(?:on|about|over)\b|"
    # "Top Chinese diplomat points to stronger relations", "Law's original author points to removal of ...", "He
    # pointed to state media reports" (rounds 120, 124, 147, 153): a case made by what it cites (not the noun: "0.7
    # percentage points to", "the point to which")
    r"(?<![\d.]\s)(?<!\bpercentage\s)(?<!\bbasis\s)(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bone\s)"
    r"(?<!\bno\s)(?<!\ba\s)(?<!\bkey\s)(?<!\btalking\s)(?<!\bto\s)(?:points|pointed|point)\s+to\b|"
    # "Kapwing surveyed 15,000 channels and found that 278 of them contain only AI slop", "One survey last year found
    # that ..." (rounds 150, 14): a finding its maker states (not the passive "it was found that")
    # ("South Korea's anti-corruption body found in a report this week that ...", round 138: the paper it found it
    # in between)
    + _NOT_AFTER_BE
    + r"(?:found|finds)(?=\s+that\b|\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:report|study|survey|review|"
    r"analysis|audit|investigation|assessment)\s+(?:[\w-]+\s+){0,4}?that\b)|"
    # "Hiroshi Nagai, in a post on X, has objected to his artwork being used", "Russian officials have objected to
    # other parts of the proposal" (rounds 149, 60): an objection voiced (not the noun: "cultural objects to be shown")
    r"(?:objected|objecting)(?=\s+(?:strongly\s+)?to\b)|"
    # "China sends warning to US in ... video" (round 82): a warning sent is a warning given, as "warns"
    r"sen(?:ds|t|ding)\s+(?:an?\s+)?(?:[a-z][\w-]*\s+)?warnings?(?=\s+(?:to|over|on|against)\b)|"
    # "Trump threatened Sunday that Venezuela's new leader will pay" (round 62): a threat told in a that-clause says
    # something, as "pledged that" ("threatened to come to the aid" stays an act, round 28)
    r"(?:threatened|threatens)(?=\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|yesterday|again|repeatedly|publicly)\s+)?that\b)|"
    r"asked|asks|asking|(?:noticed|notices)(?=\s+that\b|\s+['‘\"“])|doubt(?:s|ed)(?=\s+(?:that|whether|if)\b)|"
    # "Khamenei issued a statement ... assuring Iranians that Israel would ..." (round 147): an assurance given someone
    # in a that-clause is told (not the passive "he'd been assured that")
    + _NOT_AFTER_BE
    + r"assur(?:ed|es|ing)(?=\s+(?:[\w’'-]+\s+){1,3}?that\b)|"
    # "The Civil Aviation Authority ... has forecast that 200,000 more holidaymakers will book", "the think tank Beyond
    # Horizon estimates that Caracas still owed" (rounds 140, 144): a forecast or an estimate told in a that-clause
    # (not the passive "It is estimated that", no one's)
    + _NOT_AFTER_BE
    + r"(?:forecast|forecasts|forecasted|predicted|predicts|estimates|estimated|projects|projected)(?=\s+that\b)|"
    # "envoy casts doubt on Russian claim": a statement that questions another's
    r"cast(?:s|ing)?\s+doubt\s+(?:on|over|upon)|"
    # "Guterres raises concerns about instability", "Mayor Ihor Terekhov put the casualty toll at 30" (round 48): a
    # worry voiced, a count given (not "raised the flag", "put the blame on")
    r"rais(?:es|ed|ing)\s+(?:(?:serious|grave|new|fresh|further)\s+)?(?:concerns?|alarm)(?=\s+(?:on\s+\w+\s+)?(?:about|over|that|regarding)\b)|"
    r"put(?:s|ting)?\s+the\s+(?:[\w-]+\s+){0,2}?(?:toll|tally|count|number)\s+at|"
    # "US expert slams European statements" (not "slammed into"), "hailed the talks as a success", 'hailed "concrete
    # results"' (round 25)
    # "was lambasted by JD Vance" (round 107): "slammed" in other words
    r"lambast(?:s|ed)\b|"
    r"slam(?:s|med)(?!\s+(?:into|shut|on|against|the\s+(?:door|brakes))\b)|(?:hail(?:s|ed)|Hailing(?=\s+(?:the|a|an|his|her|their|its|this|what)\s))(?=\s+(?:[\w’'.-]+\s+){1,12}?as\b|\s+(?:[\w’'.-]+\s+){0,3}?[\"“‘']\w)|"
    r"critici[sz]ed|critici[sz]es|condemned|condemns|denounced|denounces|decried|decries|citing|cited|quoted|quoting|"
    # the plural's present: "Macron and EU condemn US visa bans" (round 153; not "to condemn", "did not condemn", "can
    # hold events ... and criticize")
    r"(?<!\bto\s)(?<!\bnot\s)(?<!n['’]t\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmust\s)"
    r"(?<!\bshould\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\band\s)(?<!\bor\s)(?:condemn|critici[sz]e|denounce|decry)\b(?!-)|"
    # praise in words quoted or a verdict: 'Kim lauded the people's efforts which led to "successes ..."', "praised
    # her as a hero"; thanks in words quoted: 'Zelensky thanked the two envoys for their "constructive approach"'
    # (round 60; not "lauded the workers at a ceremony", "thanked them for their work"; nor when a reporting verb
    # closes the sentence: "Kim praised his troops as ..., state media said" is the relay's)
    r"(?:lauded|lauds|praised|praises)(?=\s+(?:[\w’'.-]+\s+){1,10}?as\b|\s+(?:[\w’'.-]+\s+){0,10}?[\"“]\w)"
    r"(?![^.!?\n]*?\b(?:said|says|reported|reports|told|according\s+to)\b)|"
    r"(?:thanked|thanks)(?=\s+(?:[\w’'.-]+\s+){1,6}?for\s+(?:[\w’'.-]+\s+){0,3}?[\"“]\w)"
    r"(?![^.!?\n]*?\b(?:said|says|reported|reports|told|according\s+to)\b)|"
    # scorn in words quoted: "As the Trump administration derides climate policy as a 'scam'" (round 125; not "derided
    # by critics", nor a plain "mocked the speech")
    r"(?:derides|derided|deride|deriding|ridicules|ridiculed|mocks|mocked)(?=\s+(?:[\w’'.-]+\s+){1,10}?as\s+"
    r"(?:an?\s+|the\s+)?[\"“'‘]\w)"
    r"(?![^.!?\n]*?\b(?:said|says|reported|reports|told|according\s+to)\b)|"
    # a welcome in words quoted: 'She welcomed the U.S. actions as "a huge step for humanity"' (round 70; not
    # "welcomed the new bill", nor "welcomed new measures as EU ministers held talks", a time told)
    r"(?:welcomed|welcomes)(?=\s+(?:[\w’'.-]+\s+){1,10}?as\s+[\"“]\w)"
    r"(?![^.!?\n]*?\b(?:said|says|reported|reports|told|according\s+to)\b)|"
    # a defence of a decision is a statement: "Mamdani defends scrapping executive orders", "defended his revocation"
    # (round 34; not "defended the city", "defended his title", "the defending champion")
    # "defended the Justice Department's decision", "defends partial release of Epstein files" (round 50)
    r"defend(?:s|ed|ing)(?=\s+(?:(?:his|her|their|its|the|this|that|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?(?:decisions?|moves?|"
    r"polic(?:y|ies)|record|actions?|revocation|choices?|plans?|remarks|comments|stance|position|handling|approach|"
    r"response|strategy|conduct|reforms?|orders?|ban|release|strikes?|raids?|operations?|deal|tariffs)\b|\s+(?!the\b)[a-z]+ing\b)|"
    # ", while also acknowledging it could", ", noting that", "warning that ...": the subject's words (round 30)
    r"acknowledging|noting|insisting|warning(?=\s+that\b)|"
    # "Trump complains Epstein files are damaging people ...", "..., complaining that people ..." (round 129): a
    # complaint with what it says (not "complained of back pain", "complains about noise")
    r"(?:complains|complaining)(?=\s+that\b|\s+(?!(?:of|about|to|at|over|for)\b)(?:[\w’'-]+\s+){1,4}?"
    r"(?:is|are|was|were|has|have|had|will|would|could)\b)|"
    # ", arguing that baldness has become ...": the subject's case, as "noting"/"warning that" (round 39)
    r"arguing(?=\s+that\b)|"
    # "Both Musk and the U.S. government accuse Europeans of censorship" (round 52): the plural's "accuse ... of"
    # (not "Both Russia and Ukraine regularly accuse one another of shelling": mutual charges, background, round 46)
    r"accuse(?!\s+(?:one\s+another|each\s+other)\b)(?=\s+(?:[\w’'-]+\s+){1,3}?of\s)|"
    # (not an act declared: "Governor declared emergency in several counties", round 137; "declared war")
    r"declared(?!\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}?(?:states?\s+of\s+)?(?:emergency|emergencies|disaster|"
    r"martial\s+law|war|curfew|holiday|mourning|bankruptcy)\b)|stressed|reported|reports|expects|predicts|predicted|forecasts|accused|accuses|accusing|rejected|rejects|dismissed|dismisses|"
    # "anticipates growth", "is anticipating meetings": an expectation its subject holds, as "expects" (round 108)
    r"anticipates|anticipating(?!\s+(?:that|to)\b)|"
    r"disputed|disputes|described|describing|estimated|believes|questioned|according\s+to|reported\s+by|puts\s+it|put\s+it|"
    # "In his words, there are some technical things ...", "In their view, the blockade violates ...": the words or
    # view of whom the pronoun refers to, as "according to him" (round 108)
     + IN_WORDS + r"(?=\s*,)|"
    # "Queen Camilla describes assault by man on train" (round 61) as "described"; "The council depicted the
    # announcement as a declaration of independence" (round 61): a characterisation, as "described ... as"
    # (not a self-description: "who describes herself as a medium")
    r"(?:describes|(?:depicted|depicts|portrayed|portrays|characteri[sz]ed|characteri[sz]es)"
    r"(?=\s+(?:[\w’'.-]+\s+){1,8}?as\s))(?!\s+(?:herself|himself|itself|themselves|myself|ourselves)\b)|"
    # "The US justice department estimates it has ...", "estimates that": a figure its subject gives (round 35)
    r"estimates(?=\s+(?:it|there|he|she|they|we)\s)|"
    # "RMT estimates six cleaning ... suppliers made £150m profits" (round 101): a figure a count or amount opens
    # (not a noun's plural: "the estimates of the ministry")
    r"(?<!\bthe\s)(?<!\bofficial\s)(?<!\bits\s)(?<!\btheir\s)estimates(?=\s+(?:that\s+)?(?:about\s+|around\s+|some\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|over\s+)?(?:[$£€]?\d|(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|thousands|millions)\s))|"
    r"reporting\s+(?:\w+\s+)?(?:from|by)|"
    # a statement a colon opens: "Trump offered an answer: ...", "the bank gave a warning on Monday: ..."
    r"(?:offered|offers|gave|gives|had|has|issued|issues|delivered|sent|made|makes)\s+(?:a|an|his|her|their|its|the|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:answer|warning|message|response|reply|explanation|verdict|assessment|prediction)"
    # "... sent a message on his Truth Social platform: ..." (round 24)
    r"(?=\s*(?:(?:on|via)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*)?(?::|--|\s[—–]\s))|"
    # "recalled that ...", 'recalled, "..."' (not "recalled its ambassador"), "pointed out", "floated the idea"
    # "Trump has in recent days repeated that he wants ..." (round 63): said again
    r"(?:recalled|recalls|remarked|observed|commented|repeated|repeats)(?=\s+that\b|\s*[,:]?\s*[\"“])|(?:pointed|points|pointing)\s+out|"
    # "she remembers how, one by one, she waved off her friends", "recalled how her daughter wanted to go in": an
    # account of what happened, as "recalled that" (round 39; a first person "I remember" names no one)
    r"(?:recalled|recalls|remembers|remembered)(?=\s+(?:how|that)\b)|"
    # how it was said, when what was said follows: "thundered that, ...", 'complained: "..."' (round 32)
    r"(?:thundered|fumed|boasted|bragged|lamented|complained|quipped|mused|scoffed|cautioned|conceded|exclaimed)"
    r"(?=\s+that\b|\s*[,:]?\s*[\"“])|stating(?=\s+that\b|\s*[,:]\s*[\"“])|"
    r"(?:floated|floats|floating)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:idea|scenario|proposal|possibility|prospect|plan)s?|"
    # '"...," Medvedev, ..., was quoted as saying by TASS': the one quoted speaks, not the agency
    # (also "was quoted by state media on Tuesday as saying", round 138: the medium and the day between)
    r"(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+(?:by\s+(?:[\w’'-]+\s+){1,5}?)?"
    r"(?:(?:on|late|early|last)\s+\w+\s+)?as\s+(?:saying|stating|telling|writing)|"
    # "Trump has made no secret of wanting to share in Venezuela's oil riches" (round 138): said openly
    r"made\s+no\s+secret(?=\s+(?:of|that)\b)|"
    # '..., "an inflammation of the bowel", explains Dr Ambreen Allana' (round 119): the present after a comma or a
    # quotation, inverted (not "This explains why", "BBC Verify explains how")
    r"(?<=[,\"”’']\s)explains(?=\s+(?-i:[A-Z]))|"
    r"dijo|afirmó|aseguró|declaró|señaló|indicó|"
    r"informó|denunció|explicó|añadió|agregó|advirtió|según)\b|(?:заявил|сказал|сообщил|написал|отметил|"
    r"подчеркнул|рассказал|утверждает|утверждают|считает|признал)\w*|по\s+словам",
    re.I,
)


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    para: int
    cues: dict[str, list[str]] = field(default_factory=dict)
    speaker: str = ""
    speaker_kind: str = ""
    meta: bool = False
    quote: bool = False  # starts with a quotation mark, or inside one still open
    relative: bool = False  # the speaker is only that of a relative clause ("Maduro, who has accused Trump")
    unnamed: bool = False  # credited to a source not named ("one high level diplomat ... told me")
    headline: bool = False  # a headline whose speaker is only described ("..., parliament speaker says")
    headline_noun: str = ""  # a headline's one unnamed source ("— lawmaker"), named in the body or not at all
    headline_office: str = ""  # a headline's described speaker before a colon ("UN chief on Venezuela: ...")


@dataclass(frozen=True)
class Page:
    """One item read into sentences: what each pass over them (claims.PASSES) reads and sets speakers and cues on."""

    # as read (the same offsets): a Title Case headline in sentence case, spaced possessives closed, the verb of
    # '"...," Donald Trump enthused' read "said" (claims.find_claims)
    text: str
    written: str  # as written: what the claims quote
    sentences: list[_Sentence]
    found: Sequence[Found]


def _blank(pattern: re.Pattern[str], text: str, group: int = 0) -> str:
    """The text with each match of `pattern` (or only its `group`) blanked out (offsets kept)."""
    if not may_match(pattern, text):
        return text

    def blanked(m: re.Match[str]) -> str:
        a, b = m.start(group) - m.start(), m.end(group) - m.start()
        return m.group()[:a] + " " * (b - a) + m.group()[b:]

    return pattern.sub(blanked, text)


def _cues(patterns: list[re.Pattern[str]], text: str) -> list[str]:
    """The cue words found, each once; a cue inside a longer one already found is left out."""
    # cached: a pure function of the sentence, and the long alternations are most of the claims' time; wire
    # copy and a headline repeated as the first sentence give the same sentence many times (about a third of
    # the sentences of the snapshot days). Keyed by the patterns' ids (they are kept alive in the cache): a
    # compiled pattern's hash reads its whole program.
    key = tuple(map(id, patterns))
    kept = _CUES.get(key)
    if kept is None:
        kept = _CUES[key] = (tuple(patterns), {})
    found = kept[1].get(text)
    if found is None:
        if len(kept[1]) >= CUE_CACHE_SENTENCES:
            kept[1].clear()
        found = kept[1][text] = _cues_of(patterns, text)
    return list(found)


CUE_CACHE_SENTENCES = 20_000
_CUES: dict[tuple[int, ...], tuple[tuple[re.Pattern[str], ...], dict[str, tuple[str, ...]]]] = {}


def _cues_of(patterns: Sequence[re.Pattern[str]], text: str) -> tuple[str, ...]:
    out: list[str] = []
    for p in patterns:
        for m in finditer(p, text):  # (finditer tests may_match's needed strings itself)
            cue = _SPACES.sub(" ", m.group()).strip().lower()
            if not any(cue in c for c in out):
                out = [c for c in out if c not in cue] + [cue]
    return tuple(out)


_SPACES = re.compile(r"\s+")


# a headline's participle with no one before or after it: "Multiple explosions, aircraft sounds reported in Caracas"
# a headline's forecast with its verb left out, as headlines write "is poised to" (round 52; not in a body's
# "was 'locked and loaded' and poised to help", a readiness told)
_HEADLINE_POISED = re.compile(r"\bpoised\s+to\s+[a-z]+")
# "Germany to have to return to compulsory military draft — paper" (round 87): a headline's "will have to" with its
# "will" left out, a forecast (not "used to have to", "wants to have to": a past habit, a wish)
_HEADLINE_HAVE_TO = re.compile(
    r"^(?:[\w’'.-]+\s+){1,5}?(?<!\bused\s)(?<!\bought\s)(?<!\bgoing\s)(?<!\bwant\s)(?<!\bwants\s)(?<!\bhas\s)"
    r"(?<!\bhave\s)(?<!\bhad\s)(?<!\bgot\s)to\s+have\s+to\s+[a-z]+"
)


# what something would be, judged by its outcome, outside any quotation and with no one credited: the writer's
# hypothetical ("Failure to tap the assets would be devastating for Ukraine"), not a reported "will"
_HYPOTHETICAL_OUTCOME = re.compile(
    r"\bwould\s+(?:also\s+|surely\s+|probably\s+)?(?:be|prove)\s+(?:\w+ly\s+)?(?:devastating|catastrophic|"
    r"disastrous|ruinous|crippling|damaging|fatal|(?:an?\s+)?(?:disaster|catastrophe|blow|setback|boon|"
    r"game[\s-]changer))\b"
)


def _hypothetical_outcome(sentence: str) -> list[str]:
    """The cue of a hypothetical outcome outside quotations ("would be devastating"), if any."""
    if "would" not in sentence:
        return []  # every match has it, and blanking the quotations never makes it
    return [m.group() for m in _HYPOTHETICAL_OUTCOME.finditer(_QUOTED.sub(" ", sentence))][:1]


# "with the reported break-in attempt on Wednesday": the adjective hedges like "alleged" (round 26), outside quotations
# and not in a sentence that only says no one commented ("no immediate comment on the reported incidents")
_REPORTED_ADJECTIVE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+reported\s+(?!(?:by|on|in|to|that|figures?|numbers?|earnings|profits?|revenue|"
    r"results|income|losses|sales)\b)[a-z][\w-]+"
)
_NO_COMMENT_ON = re.compile(
    r"\b(?:no\s+(?:immediate\s+|further\s+)?comment|declined\s+(?:to\s+comment|(?:further\s+)?comment)|"
    r"did\s+not\s+(?:immediately\s+)?(?:respond|comment)|could\s+not\s+be\s+reached)\b"
)


def _reported_adjective(sentence: str) -> str:
    """The cue of "the reported <noun>" outside quotations, or ''."""
    if "reported" not in sentence or _NO_COMMENT_ON.search(sentence):
        return ""
    m = _REPORTED_ADJECTIVE.search(_QUOTED.sub(" ", sentence))
    return m.group() if m else ""


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


_HEDGE_WORD = re.compile(rf"(?:{'|'.join(_HEDGE_WORDS_TEXT.split())})", re.I)


def _outside_quotes(sentence: str, quoted_before: bool) -> str:
    """The sentence with its quoted words blanked (same length): the rest of a quotation opened before it, each
    quoted passage, and a quotation opened in it and left open to its end."""
    if quoted_before:
        closing = re.search(r"[\"”]", sentence)
        cut = closing.end() if closing else len(sentence)
        sentence = " " * cut + sentence[cut:]
    sentence = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    opened = re.search(r"[\"“]", sentence)
    return sentence[: opened.start()] + " " * (len(sentence) - opened.start()) if opened else sentence


def _unquoted_hedges(sentence: str, cues: list[str], quoted_before: bool) -> list[str]:
    """The cues less the hedge words ("supposedly", "allegedly") that stand only inside a quotation."""
    if not any(_HEDGE_WORD.fullmatch(c) for c in cues) or (
        not quoted_before and not re.search(r"[\"“”]", sentence)
    ):
        return cues
    outside = _outside_quotes(sentence, quoted_before)
    return [c for c in cues if not _HEDGE_WORD.fullmatch(c) or re.search(rf"\b{c}\b", outside, re.I)]


# suspected by no one named: "Assassins operating under the Kremlin's orders are suspected of trying to kill ..."
_SUSPECTED = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?suspected\s+of\b"
    # "will be held in pre-trial detention on suspicion of espionage", the headline "detained on espionage
    # suspicion": a passive arrest on a suspicion no one is named for (round 52); not an act whose subject holds
    # the suspicion ("police seized a cargo vessel ... on suspicion of", "Authorities are investigating ... on
    # suspicion of": rounds 30, 41, 44), nor "suspected drug vessels", an adjective
    r"|(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+){0,2}?(?:[a-z]+ed|held|taken|kept)\s+(?:[\w-]+\s+){0,6}?"
    r"|\b(?:[a-z]+ed|held)\s+)on\s+(?:(?:the\s+)?suspicion\s+(?:of|that)\b|(?:[a-z-]+\s+){1,2}suspicion\b)"
)


def _suspected_by_none(sentence: str) -> list[str]:
    """The cue of a suspicion no one is named for, in a sentence with no reporting verb (a named prosecutor's
    "The two are suspected of ..., the prosecutor told reporters" is the prosecutor's)."""
    m = _SUSPECTED.search(sentence)
    return [m.group()] if m and not SPEECH.search(sentence) else []


# "There were also reports of a black Audi leaving the garage": reports of no one named (round 29; the passive
# "were reported" is _reported_passive's)
_THERE_WERE_REPORTS = re.compile(
    r"\b[Tt]here\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+(?:also\s+)?(?:unconfirmed\s+|"
    r"several\s+|many\s+|numerous\s+|other\s+|further\s+)?reports?\s+(?:of|that)\b"
)


def _there_were_reports(sentence: str) -> list[str]:
    """ "there were reports of/that" outside quotations, in a sentence with no source of its own."""
    return [m.group() for m in _THERE_WERE_REPORTS.finditer(_QUOTED.sub(" ", sentence))]


# "Takaichi ... by saying a Chinese attack on Taiwan could be deemed an existential threat": what a thing counts as
# under a speaker's reading (a law's, a doctrine's) is that speaker's statement, not a forecast (round 27)
_CLASSED = re.compile(
    r"\b(?:could|may|might|can)\s+be\s+(?:deemed|considered|classified|treated\s+as|regarded\s+as|construed\s+as|"
    r"designated\s+as)\b"
)


def _classed_by_speaker(page: Page) -> None:
    """A named speaker's "could be deemed/considered/classified ..." as the sentence's only forecast is attributed."""
    sentences = page.sentences
    for sent in sentences:
        spec = sent.cues.get("speculative", [])
        if (
            sent.speaker
            and spec
            and sent.cues.get("attributed")
            and not sent.cues.get("reported")
            and all(c.lower() in ("could be", "may be", "might be", "can be") for c in spec)
            and len(_CLASSED.findall(sent.text))
            == len(re.findall(r"\b(?:could|may|might|can)\s+be\b", sent.text))
            and _CLASSED.search(sent.text)
        ):
            del sent.cues["speculative"]


# reported by no one named, in the passive: "No civilian casualties were reported", "clashes have been reported in
# western parts", "Deaths ... have been reported ... both by state media and rights groups" (rounds 28, 30); not "reported
# to/as/that" (REPORTED has those), not "were not reported" (a statement about the reports)
_PASSIVE_REPORTED = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|also\s+|first\s+)?reported\b(?!\s+(?:to|as|that|on|earlier)\b)"
)


_NAMES_SOURCE = re.compile(r"\b(?:said|says|say|told|tells|according\s+to|citing|cited)\b", re.I)


def _reported_passive(sentence: str) -> list[str]:
    """The cue of a passive "were reported" outside quotations in a sentence no source was found for (round 30)."""
    if "reported" not in sentence or _NO_COMMENT_ON.search(sentence):
        return []
    plain = _QUOTED.sub(" ", sentence)
    m = _PASSIVE_REPORTED.search(plain)
    if m is None:
        return []
    # a speech verb or "according to" elsewhere names a source the sentence has, found or not ("... have been
    # reported infected with measles, according to the US Centers for Disease Control")
    rest = plain[: m.start()] + " " + plain[m.end() :]
    return [] if _NAMES_SOURCE.search(rest) else [m.group()]
