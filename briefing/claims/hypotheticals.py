"""A counterfactual conditional is no forecast (issue 11, thirty-third session, round 119's pool): "If I wanted fish
sperm on my face, I would tickle some pollocks", "if they were physical objects, they could make a decent-sized
museum collection" (round 49), "If the plan had succeeded, the results could have been devastating" (round 74), "I
would give anything in the world if, in this address, I could say that peace will also come".

An "if" clause whose subject is followed by a past verb ("were", "had" and a participle, "wanted", "could say")
and a "would/could/might/'d" in the clause it governs imagines what is not so: the modal names no possibility of what
is to come. The span from "if" to that modal (or from the modal to the "if" clause's verb, the other way round) is
blanked before the forecast cues are read, so a forecast elsewhere in the sentence still counts. Not "if
confirmed, it would mark" (no subject: a possibility), nor "if Iran attacks, it would" (a present verb), nor "if the
talks were to fail" (what may yet happen).
"""

from __future__ import annotations

import re

# the "if" clause: a subject (a pronoun, or up to four words) and a past verb; up to eight words after it
_IF_PAST = (
    r"\bif(?:,\s*in\s+[^,]{1,40},)?\s+(?:I|we|you|he|she|it|they|there|(?:the|a|an|this|that|these|those|"
    r"his|her|its|their|our|my|your)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:only\s+|really\s+|ever\s+|still\s+)?"
    r"(?:were(?!\s+to\b)|had\s+(?:not\s+|never\s+)?[a-z]+(?:ed|en|ne|wn|un|ht|ft|lt|pt)|wanted|knew|could\s+[a-z]+|"
    r"did(?:\s+not|n['’]t)\s+[a-z]+)\b"
)
_MODAL = r"(?:would|could|might|['’]d)(?:\s+(?:not|never|only|also|easily|probably|certainly))?(?:\s+have)?"
HYPOTHETICAL = re.compile(
    # "If we were trapped in a burning building, the last words I'd hear would be": the clause it governs, up to the
    # sentence's next clause or its end
    rf"{_IF_PAST}[^.;:!?]{{0,80}}?,\s+[^.;:!?\"“”]*?\b{_MODAL}\b[^.;:!?\"“”,]*"
    # "I would give anything in the world if, in this address, I could say": the modal before its "if"
    rf"|\b{_MODAL}\s+(?:[\w’'-]+\s+){{1,8}}?{_IF_PAST}",
    re.I,
)
