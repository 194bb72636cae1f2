"""A headline's singular description of its speaker ("..., says population expert") is the person the summary's
first sentence credits ("Sarah Harper says ..."), and so is the body's "a leading population expert has said"
(round 107, issue 11; the ruling under "Speaker =" in tests/data/claims/README.md); a plural stays unnamed (a small fake entity finder; paragraphs joined by a single newline)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Erik Dahl": "PERSON",
    "Dahl": "PERSON",
    "Norland": "GPE",
}


def test_a_headline_expert_is_the_person_the_summary_credits(res: analyse.Resources) -> None:
    # round 107, real: "Concerns about ageing society ignore huge opportunities, says population expert" over
    # "Sarah Harper says society must create new ways of living ..."
    title = "Fears about Norland's ageing society ignore huge opportunities, says population expert"
    body = (
        "Anna Berg says society must create new ways of living and working\n"
        "Concerns over an ageing population are overblown and society should learn to celebrate its older adults, "
        "a leading population expert has said.\n"
        "Continue reading..."
    )
    rows = claim_rows(res, title, body, NAMES)
    assert row_of(rows, "Fears about") == ("attributed", "Anna Berg")
    assert row_of(rows, "Concerns over") == ("attributed", "Anna Berg")


def test_experts_in_the_plural_stay_unnamed(res: analyse.Resources) -> None:
    title = "Fears about Norland's ageing society are overblown, say population experts"
    body = "Anna Berg says society must create new ways of living and working\nContinue reading..."
    assert row_of(claim_rows(res, title, body, NAMES), "Fears about") == ("reported", "")
