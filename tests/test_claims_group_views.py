"""Groups no one names that voice a view (fifty-second session, from dev misses of rounds 104-152): a number or a state
before the group's noun ("10 nations warn", "UK firms expect"), an expected change told by its noun, a doubt voiced
("families question"), a group beside the main clause ("with Democrats warning about"), and a doubt in the passive
("has been called into question"); and an estimate or a finding with its clause ("The think tank estimates that",
"found in a report this week that", rounds 140 and 138) is its maker's. A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Norland": "GPE", "Ostland": "GPE"}


@pytest.mark.parametrize(
    "title",
    [
        "Norland to ban aid agencies as 10 nations warn about suffering",
        "Sunshine Saturday: UK firms expect 5% January rise in holiday bookings",
        "A year on, crash report delayed as families question probe's credibility",
    ],
)
def test_a_headlines_group_no_one_names_voicing_a_view_is_reported(
    res: analyse.Resources, title: str
) -> None:
    rows = claim_rows(res, title, "The report was due in March.", NAMES)
    assert row_of(rows, title[:12]) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The gift kicked up a storm, with Democrats warning about ethical implications.",
        "The operation's legality has been called into question, with even some of Berg's allies suggesting it was "
        "unlawful.",
    ],
)
def test_a_group_beside_the_clause_or_a_passive_doubt_is_reported(
    res: analyse.Resources, sentence: str
) -> None:
    rows = claim_rows(res, "Gift", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland firms expect the new rules on Monday.",
        "The committee will question the minister's record on Friday.",
        "With prices rising, shops closed early.",
    ],
)
def test_no_view_voiced_stays_plain(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Economy", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The think tank estimates that Ostland still owes Norland more than $12 billion.", "think tank"),
        (
            "Norland's anti-corruption body found in a report this week that the wall broke the rules.",
            "Norland's",
        ),
    ],
)
def test_an_estimate_or_a_finding_with_its_clause_is_its_makers(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    rows = claim_rows(res, "Debt", sentence, NAMES)
    status, who = row_of(rows, sentence[:12])
    assert status == "attributed" and who.startswith(speaker)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The central bank confirmed that rates would rise in March.", "central bank"),
        ("The charity revealed that donations fell by a third.", "charity"),
        (
            "The bilingual handbook similarly emphasizes that the caller should act quickly.",
            "bilingual handbook",
        ),
    ],
)
def test_a_bodys_plain_noun_with_a_verb_of_saying_and_its_clause_speaks(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    rows = claim_rows(res, "Bank", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", speaker)


def test_another_story_is_no_speaker(res: analyse.Resources) -> None:
    sentence = "Another story revealed that the army built a tool to analyse the data."
    rows = claim_rows(res, "Stories", sentence, NAMES)
    assert row_of(rows, sentence[:12])[1] != "Another story"
