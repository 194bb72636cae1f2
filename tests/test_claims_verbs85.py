"""Status rules (issue 11, helper verbs85): a verb of stating known by its frame ("counters that", "proposed in
September that" + a clause with its own finite verb) after a name or a named office; a calendar's "is about to
expire" is no forecast; a charge after a preposition ("linked to allegations that"), what "online footage" shows and
"led some to question" are `reported`; an indefinite judge's second verb ("..., but said"), "citing the local
authority" and ", they said" after an unnamed group are `reported` (a small fake entity finder; paragraphs joined by
a single newline, as in feed text)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Reuters": "ORG",
    "Dagbladet": "ORG",
    "Norland": "GPE",
    "Ostland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


def test_a_verb_with_a_that_clause_after_a_named_office_is_a_statement(res: analyse.Resources) -> None:
    # round 80: "But Venezuela's attorney general counters that the United States lacks jurisdiction ..."
    body = "\n".join(
        [
            "The port board met on Monday to discuss the case.",
            "But Norland's attorney general counters that Ostland lacks jurisdiction and that the port remains open.",
        ]
    )
    assert _row(res, body, "But Norland's attorney general") == ("attributed", "Norland's attorney general")


def test_a_verb_with_a_time_and_a_that_clause_after_a_name_is_a_statement(res: analyse.Resources) -> None:
    # round 80: "Russian President Vladimir Putin proposed in September that both parties should agree ..."
    body = "\n".join(
        [
            "The port board met on Monday to discuss the case.",
            "Port chief Anna Berg proposed in September that both ports stayed open through the winter.",
        ]
    )
    assert _row(res, body, "Port chief Anna Berg") == ("attributed", "Anna Berg")


def test_a_finding_a_noun_or_a_relative_clause_before_that_is_no_statement(res: analyse.Resources) -> None:
    body = "\n".join(
        [
            "The port board met on Monday to discuss the case.",
            "Anna Berg found that the levels were high in the harbour.",
            "What do we know about Norland accusations that Ostland attacked the harbour?",
            "Crews from Norland tchadensis that lived near the harbour were moved.",
        ]
    )
    # (restated in the fifty-first session: a finding its maker states is a statement, "Pew Research Center in May
    # found that ...", "Kapwing ... found that ..." as rounds 13 and 150 label it; the frame rule itself still reads
    # no finding)
    assert _row(res, body, "Anna Berg found") == ("attributed", "Anna Berg")
    assert _row(res, body, "What do we know")[0] == "unflagged"
    assert _row(res, body, "Crews from")[0] == "unflagged"


def test_a_term_about_to_run_out_is_no_forecast(res: analyse.Resources) -> None:
    # round 80: "The last Russia-US nuclear treaty is about to expire." (as "is scheduled to")
    body = "\n".join(
        [
            "The last Norland-Ostland port treaty is about to expire.",
            "The port authority is about to collapse, its critics fear.",
        ]
    )
    assert _row(res, body, "The last Norland-Ostland")[0] == "unflagged"
    assert _row(res, body, "The port authority")[0] != "unflagged"


def test_a_charge_footage_and_doubts_no_one_is_named_for_are_reported(res: analyse.Resources) -> None:
    # round 74: "graft offences linked to allegations that about $4.5 billion was stolen", "The alert follows online
    # footage showing locals scavenging debris", "which has led some to question both its role"
    body = "\n".join(
        [
            "Lind, 72, has been in jail since 2022 on graft offences linked to allegations that $4.5 billion was "
            "stolen from a port fund.",
            "The alert follows online footage showing locals scavenging debris at strike sites in Ostland.",
            "Norland's navy operates both ferries that sank on Sunday, which has led some to question its role.",
        ]
    )
    assert _row(res, body, "Lind, 72")[0] == "reported"
    assert _row(res, body, "The alert follows")[0] == "reported"
    assert _row(res, body, "Norland's navy operates")[0] == "reported"


def test_an_indefinite_judges_second_verb_is_reported(res: analyse.Resources) -> None:
    # round 74: "A Utah judge overseeing the trial ... on Monday ordered the release of ..., but said media outlets
    # ... did not need special status"
    body = (
        "A Norland judge overseeing the trial of the accused on Monday ordered the release of most of the "
        "transcript of a closed hearing, but said media outlets who had asked for the records did not need special "
        "status to cover it."
    )
    assert _row(res, body, "A Norland judge")[0] == "reported"


def test_a_local_body_cited_and_they_after_an_unnamed_group_are_reported(res: analyse.Resources) -> None:
    # round 77: "Swedish police are investigating a serious incident ..., they said on Thursday, with daily
    # Aftonbladet reporting ..." / "A number of people had been taken to hospital, the paper said, citing the local
    # authority."
    body = "\n".join(
        [
            "Norland police are investigating a serious incident in the northern town of Lund, they said on "
            "Thursday, with daily Dagbladet reporting that injured people had been taken to hospital.",
            "A number of people had been taken to hospital, Dagbladet said, citing the local authority.",
        ]
    )
    assert _row(res, body, "Norland police")[0] == "reported"
    assert _row(res, body, "A number of people") == ("reported", "Dagbladet")


def test_a_list_of_states_and_others_is_several_named_sources(res: analyse.Resources) -> None:
    # round 77: "The humanitarian situation in Gaza has worsened again ..., Britain, Canada, France and others said in
    # a joint statement": several states, none alone, not a source no one named
    body = "The situation in the ports has worsened again, Norland, Ostland and others said in a joint statement."
    assert _row(res, body, "The situation in the ports") == ("attributed", "")
