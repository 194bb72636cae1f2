"""A headline's view in a verb the reporting verbs do not read (issue 11, round 115): "Trump sees good chance for
resolving Ukrainian conflict", "Japanese MP, who visits Moscow, notes Russia's might", "Vance rings alarm bell over
growing 'Islamist' presence", "CSTO refutes information about ...", "Russia Doubles Down on Allegations ...",
"Ukraine's ex-premier describes Zelensky's plan as attempt to stall talks".

These are verbs of a view or a statement in a headline's present tense; in a body they are as often something else
("the region sees a spike in cases", "provide notes on", "a bell rings"), so they are read only in a headline, with a
named or described subject (a person, a body, a state, an office its holder fills), as `_stance_subject` reads
"China opposes ...". "sees" speaks only of a judgement ("sees good chance", "sees common cause", "sees X as Y"), not of
what happens to its subject ("US sees spike in flu cases", "California sees third death"). A subject may carry a
relative clause between commas ("Japanese MP, who visits Moscow, notes ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.actors import Found
from briefing.claims.headlines import HEADLINE_KIND_NOUNS
from briefing.claims.nouns import _description, _headline, _Source
from briefing.claims.status import Page
from briefing.claims.subjects import _phrase_before

# what "sees" can see as a view: a chance, a risk, a need, a cause, a role ..., or "X as Y"
_JUDGED = (
    r"chances?|opportunit(?:y|ies)|risks?|threats?|dangers?|need|nuances?|common\s+cause|hopes?|signs?|room|"
    r"progress|potential|merit|value|possibilit(?:y|ies)|prospects?|reasons?|path|role|future|breakthrough|grounds|"
    r"basis|problems?|benefits?|advantages?|obstacles?|alternatives?|urgency|limits?|no\s+need|no\s+reason|"
    r"no\s+alternative|no\s+threat|no\s+sign|no\s+chance|no\s+grounds|no\s+obstacles?"
)
_HEADLINE_VIEW = re.compile(
    r"\s+("
    rf"sees(?=\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_JUDGED})\b|\s+(?:[\w’'-]+\s+){{1,5}}?as\s)"
    r"|notes(?=\s+(?:that\s+)?[\w’'‘\"“])"
    r"|rings\s+(?:the\s+)?alarm(?:\s+bells?)?(?=\s+(?:on|over|about)\b)"
    r"|sounds\s+(?:the\s+)?alarm(?=\s+(?:on|over|about)\b)"
    r"|refutes(?=\s)"
    r"|doubles\s+down\s+on(?=\s+(?:[\w’'-]+\s+){0,2}?(?:claims?|allegations?|accusations?|assertions?|remarks?|"
    r"comments?|rhetoric|threats?|warnings?|stance|position|criticism)\b)"
    r"|describes(?=\s+(?:[\w’'-]+\s+){1,6}?as\s)"
    r")",
    re.I,
)
# a body known by its kind alone, as claims.headlines reads it after "says"
_KIND_NOUNS = frozenset(noun.lower() for noun in HEADLINE_KIND_NOUNS)
# a relative clause between the subject and its verb: "Japanese MP, who visits Moscow, notes ..."
_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,]{1,60},\s*$")


def view_subject(text: str, s: int, e: int, inside: Sequence[Found]) -> _Source | None:
    """The named or described subject of a headline's view in a verb of _HEADLINE_VIEW, or None."""
    m = _HEADLINE_VIEW.search(text, s, e)
    if m is None:
        return None
    end = m.start()
    before = text[s:end]
    if "," in before:
        rel = _RELATIVE.search(before)
        if rel is None or "," in before[: rel.start()]:
            return None
        end = s + rel.start()
    src = _phrase_before(text, s, end, [f for f in inside if f.end <= end])
    if src is not None and src.kind == "phrase" and src.name.split()[-1].lower() in _KIND_NOUNS:
        # "Australia social media watchdog sees ...": a body by its kind, no one named (as "Watchdog warns ...")
        return _Source("", "unnamed", " ".join(m.group(1).split()).lower())
    if src is None or not (
        src.kind in ("person", "organisation", "state", "unit")
        or (src.kind == "phrase" and _description(src.name))
    ):
        return None
    return _Source(src.name, src.kind, " ".join(m.group(1).split()).lower())


# a headline's belief no one is named for, its auxiliary left out: "Cremation pyre in Africa thought to be world's
# oldest", "many feared dead after blast", "takahē pair thought to be infertile" (the body's "is thought to be" and
# ", believed to be" are claims.status.REPORTED's; not a person's own thought: "I thought an edible would ...")
_HEADLINE_BELIEF = re.compile(
    r"\b(?!(?:i|we|you|he|she|they|who|it)\b)[\w’'-]+\s+(?:(?:feared|presumed)\s+(?:dead|killed|drowned|missing)|"
    r"thought\s+to\s+(?:be|have))\b",
    re.I,
)


def headline_beliefs(page: Page) -> None:
    """A headline no reader flagged that states a belief no one is named for is `reported` (rule 2's hedge)."""
    sentences = page.sentences
    title = _headline(sentences)
    m = _HEADLINE_BELIEF.search(title.text) if title is not None and not title.cues else None
    if title is not None and m is not None:
        title.cues["reported"] = [" ".join(m.group().split()[1:])]
        title.unnamed = True
