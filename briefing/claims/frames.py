"""What a named speaker does inside a statement, an interview or a speech is said by them (issue 11, round 107).

"In an interview with the Wall Street Journal, Trump robustly defended his health ...", "In a Christmas greeting
published earlier on the Kremlin website, Putin praised the Russian Orthodox Church ...": the opening phrase names
the occasion of speaking, so the verb after the subject ("defended", "praised") is what the subject said, though it
is no speech verb of its own. The labels credit such sentences to their subject (`attributed`, rule 4 of
tests/data/claims/README.md). This pass flags a sentence no other rule flagged, outside quotations, that opens with
"In/During a|an|his|her|its|their ... statement|interview|speech|address|post|message|greeting|letter|video|op-ed"
and a comma, followed at once by a person, organisation or state found there (after "the" at most) and a verb that
says something by judging, praising, denying or promising ("defended", "praised", "lambasted", "vowed"); not an
act the occasion only frames ("DHS posted a photo", "called on ... to come together": an appeal, rule 5). A pronoun subject ("In a statement he congratulated ...") stays as it was: who "he" is
belongs to the pronoun pass, which reads speech verbs only.
"""

from __future__ import annotations

import re

from briefing.claims.status import Page

_FRAME = re.compile(
    r"(?:In|During)\s+(?:a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|interview|speech|address|post|message|greeting|letter|video|op-ed|column|broadcast|"
    r"news\s+conference|press\s+conference)\b[^,;:\"“”]{0,120},\s+(?:the\s+)?"
)
# the subject's verb: one that says something by judging, praising, denying or promising ("defended", "has praised",
# "robustly defended", "lambasted"); not an act the occasion only frames ("posted a photo", "called on ... to", an
# appeal is no statement: rule 5's "urged residents to remain calm")
# (many are in claims.status.SPEECH too, "denied", "condemned", which reads them anywhere; here only after the frame)
_STANCE = (
    r"defend|defended|defends|praise|praised|praises|hail|hailed|hails|lambast|lambasted|lambasts|criticis|criticiz|"
    r"condemn|condemned|condemns|denounce|denounced|denounces|den(?:y|ied|ies)|dismiss|dismissed|dismisses|reject|"
    r"rejected|rejects|accus|blame|blamed|blames|attack|attacked|attacks|thank|thanked|thanks|congratulat|welcom|"
    r"vow|vowed|vows|pledg|promis|insist|insisted|insists|reiterat|describ|acknowledg|admit|admitted|admits|"
    r"apologis|apologiz|defied|defies|slam|slammed|slams|blast|blasted|blasts|mock|mocked|mocks"
)
_VERB = re.compile(
    r"(?:,[^,;\"“”]{1,60},)?\s+(?:(?:has|had|also|again|[a-z]+ly)\s+){0,2}(?:" + _STANCE + r")[a-z]*\b"
)
_KINDS = ("person", "organisation", "state")


def framed_statements(page: Page) -> None:
    """An unflagged sentence whose subject acts in a named occasion of speaking is that subject's statement."""
    text, sentences, found = page.text, page.sentences, page.found
    for sent in sentences:
        if sent.cues or sent.quote or sent.meta or sent.speaker:
            continue
        frame = _FRAME.match(text, sent.start, sent.end)
        if frame is None:
            continue
        subject = next((f for f in found if f.start == frame.end() and f.kind in _KINDS), None)
        if subject is None or not _VERB.match(text, subject.end, sent.end):
            continue
        sent.speaker, sent.speaker_kind = subject.name, subject.kind
        sent.cues["attributed"] = [text[frame.start() : frame.end()].rstrip(", ")]
