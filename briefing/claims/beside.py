"""A named source beside an unnamed one in the same sentence (issue 11, round 107): the named one speaks.

Rule 2 of the claim labels (tests/data/claims/README.md): a sentence credited to a source not named is `reported`,
"Speaker '' unless a named source is also in the sentence". The sentence-level rules read the first subject and its
verb; when that subject is unnamed ("Venezuelan officials have said ...") and a second clause credits a named one
("..., and Cuba has said 32 members of its military ... were killed", "Police said ..., while the Red Cross said
...") or a relative clause gives a named person's word ("... linked to Najib, who has consistently denied
wrongdoing"), the sentence stayed unnamed. This pass names that one source: a person, organisation, outlet, unit or
state (a state as the subject of its own speech verb speaks, rule 4) found outside quotations, written after ", and",
", while", ", but", ", whereas" or ";" with a speech verb right after it (an apposition between allowed: "Anna Berg,
the mayor, said"), or with ", who (has) <said|denied|...>" after it. Two or more such names: still unnamed.
"""

from __future__ import annotations

import re

from briefing.claims.nouns import unnamed_reports
from briefing.claims.status import Page

_KINDS = ("person", "organisation", "outlet", "unit", "state")
# the clause that opens before the name: "..., and Cuba", "..., while the Red Cross", "...; Berg"
_CLAUSE_OPENS = re.compile(r"(?:,[\"”’]?\s*(?:and|while|but|whereas)|;)\s+(?:the\s+)?$")
_ADVERBS = r"(?:(?:has|had|have|also|later|earlier|separately|[a-z]+ly)\s+){0,2}"
# (COORDINATED_SPEECH_VERBS of claims.status without "tells", "wrote"; with alleged, announced, claimed, confirmed,
# denied, denies, reported)
_VERBS = r"(?:said|says|told|stated|announced|added|reported|confirmed|denied|denies|claimed|insisted|warned|alleged)\b"
# the speech verb right after the name, an apposition allowed between: " has said", ", the mayor, said"
_VERB_AFTER = re.compile(r"(?:,[^,;\"“”]{1,80},)?\s+" + _ADVERBS + _VERBS)
# a named person's own word in a relative clause: ", who has consistently denied wrongdoing"
_WHO_SAID = re.compile(r",\s+who\s+" + _ADVERBS + _VERBS)


def named_in_second_clause(page: Page) -> None:
    """A `reported` sentence left unnamed takes the one named source its second or relative clause credits."""
    text, sentences, found = page.text, page.sentences, page.found
    for sent, inside in unnamed_reports(text, sentences, found):
        names = set()
        for f in inside:
            if f.kind not in _KINDS:
                continue
            opens = _CLAUSE_OPENS.search(text, sent.start, f.start)
            if (
                opens is not None
                and opens.end() == f.start
                and _VERB_AFTER.match(text, f.end, sent.end)
                or _WHO_SAID.match(text, f.end, sent.end)
                and f.kind == "person"
            ):
                names.add((f.name, f.kind))
        if len(names) == 1:
            sent.speaker, sent.speaker_kind = names.pop()
