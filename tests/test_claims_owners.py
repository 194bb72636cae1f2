"""A state's body with a name many states' bodies bear ("Defence Ministry", "Central Bank", "Border Guard") is
credited with its owner, as written ("Norland's Defence Ministry"), and so are the sentences that refer back to it
("the ministry said", "it added", a headline's "— ministry"); a body's own name stays as it is (forty-seventh
session; the labels write the owner every time: 35 dev sentences). Sentences written for these tests, with invented
names (a small fake entity finder)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Norland": "GPE",
    "Vesland": "GPE",
    "Defence Ministry": "ORG",
    "Central Bank": "ORG",
    "Border Guard": "ORG",
    "National Defence Ministry": "ORG",
    "Armed Forces": "ORG",
    "Norgas": "ORG",
}


def test_a_generic_body_is_credited_with_its_owner(res: analyse.Resources) -> None:
    for sentence, speaker in (
        ("Norland's Defence Ministry said its forces had taken two villages.", "Norland's Defence Ministry"),
        ("Vesland's Central Bank said it would raise its main rate to 9%.", "Vesland's Central Bank"),
        ("The ship was boarded at sea, Norland's Border Guard said.", "Norland's Border Guard"),
    ):
        rows = claim_rows(res, "Talks in Geneva", sentence, NAMES)
        assert row_of(rows, sentence[:20]) == ("attributed", speaker), sentence


def test_the_sentences_that_refer_back_to_it_carry_the_owner_too(res: analyse.Resources) -> None:
    body = (
        "Norland's Defence Ministry said its forces had taken two villages.\n\n"
        '"The operation is going to plan," the ministry said in a statement.\n\n'
        "It added that 40 drones had been shot down overnight."
    )
    rows = claim_rows(res, "Norland says forces advance", body, NAMES)
    assert row_of(rows, '"The operation') == ("attributed", "Norland's Defence Ministry")
    assert row_of(rows, "It added") == ("attributed", "Norland's Defence Ministry")


def test_a_headline_credited_to_the_ministry_is_the_owned_body_the_text_names(res: analyse.Resources) -> None:
    title = "Fighting leaves 60,000 displaced — ministry"
    body = "The latest data from Vesland's National Defence Ministry indicates that 31 civilians were killed."
    rows = claim_rows(res, title, body, NAMES)
    assert row_of(rows, "Fighting leaves") == ("attributed", "Vesland's National Defence Ministry")


def test_a_body_of_its_own_name_and_a_body_inside_another_phrase_stay_as_they_were(
    res: analyse.Resources,
) -> None:
    # a company's own name: its owner says only whose it is
    rows = claim_rows(res, "Gas prices", "Norland's Norgas said exports would fall by a fifth.", NAMES)
    assert row_of(rows, "Norland's Norgas") == ("attributed", "Norgas")
    # the owned body is inside the phrase that speaks: not cut to "Norland's Armed Forces"
    sentence = "The ferry was seriously damaged, the General Staff of Norland's Armed Forces reported."
    rows = claim_rows(res, "Ferry hit", sentence, NAMES)
    assert row_of(rows, "The ferry")[1] != "Norland's Armed Forces"
