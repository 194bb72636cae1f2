"""Speaker forms from the short-item rounds 81, 82 and 84 (issue 11), by construction: TASS's headline "<claim> —
<owner>'s office" is the claim of the person the summary names at once; an office the summary credits with no one
named in the summary ("The US leader also noted", "According to the US leader's special representative", "According
to the Special Representative of the US president") is the one person the headline names; a summary that opens with
"He"/"She" and names no one is the headline's first-named person's; a headline crediting a body by a lower-case kind
("..., prisons authority says") is the one organisation the summary credits (a small fake entity finder; paragraphs
joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Norland": "GPE",
    "China": "GPE",
    "Ministry of Water Services": "ORG",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize("tail", ["Norland PM's office", "MP's office"])
@pytest.mark.parametrize(
    "body",
    [
        "Anna Berg said there is neither a consensus nor conditions for a treaty",
        "Anna Berg reported that the prime minister had briefed his cabinet in detail",
    ],
)
def test_a_dash_headline_of_an_office_is_the_summary_speakers(
    res: analyse.Resources, tail: str, body: str
) -> None:
    # rounds 82 and 84: "... — MP's office" / "... — Hungarian PM's office" over "Gergely Gulyas said/reported that"
    title = f"The union is hindering, not helping peace — {tail}"
    assert row_of(_rows(res, title, body), "The union is hindering") == ("attributed", "Anna Berg")


def test_a_dash_headline_of_an_office_over_no_speaker_stays_as_written(res: analyse.Resources) -> None:
    title = "The union is hindering, not helping peace — Norland PM's office"
    body = "The meeting in the capital lasted four hours."
    assert row_of(_rows(res, title, body), "The union is hindering")[1] != "Anna Berg"


@pytest.mark.parametrize(
    "body",
    [
        "According to the US leader's special representative, one of the topics was economic assistance",
        "According to the Special Representative of the Norland president, the parties held a separate meeting",
    ],
)
def test_an_office_in_the_summary_is_the_person_after_the_headlines_dash(
    res: analyse.Resources, body: str
) -> None:
    # rounds 81 and 84: "... — Witkoff" / "According to the US leader's special representative, ..."
    title = "Norland discussed security guarantees with its neighbours — Lind"
    assert row_of(_rows(res, title, body), "According to") == ("attributed", "Lind")


def test_an_office_in_the_summary_is_the_headlines_subject(res: analyse.Resources) -> None:
    # round 81: "Trump threatens Democrats with 'last Christmas' ..." / "The US leader also noted that ..."
    title = "Lind threatens rivals with a long winter over the water case"
    body = 'The Norland leader also noted that rivals will "have a lot of explaining to do" when the files come out'
    assert row_of(_rows(res, title, body), "The Norland leader") == ("attributed", "Lind")


def test_an_office_in_the_summary_stays_as_written_when_the_headline_names_two(
    res: analyse.Resources,
) -> None:
    title = "Lind and Berg discuss the water case"
    body = 'The Norland leader also noted that rivals will "have a lot of explaining to do" when the files come out'
    assert row_of(_rows(res, title, body), "The Norland leader")[1] not in ("Lind", "Tomas Lind", "Anna Berg")


def test_an_office_with_a_holder_named_in_the_summary_is_not_the_headlines(res: analyse.Resources) -> None:
    title = "Lind threatens rivals with a long winter over the water case"
    body = "The Norland leader, Anna Berg, also noted that rivals would have a lot of explaining to do"
    assert row_of(_rows(res, title, body), "The Norland leader")[1] not in ("Lind", "Tomas Lind")


def test_a_summary_opening_with_he_is_the_headlines_first_person(res: analyse.Resources) -> None:
    # round 84: "Xi Jinping ready to work with Putin to achieve new heights in 2026 — TV" / "He recalled that ..."
    title = "Tomas Lind ready to work with Berg to achieve new heights in 2026 — TV"
    body = "He recalled that the two countries were planning to hold a series of events in 2026"
    assert row_of(_rows(res, title, body), "He recalled") == ("attributed", "Tomas Lind")


def test_a_headline_crediting_a_kind_of_body_is_the_one_body_the_summary_credits(
    res: analyse.Resources,
) -> None:
    # round 81: "Venezuela frees 99 prisoners ..., prisons authority says" / "..., the Ministry of Penitentiary
    # Services said."
    title = "Norland frees 99 prisoners detained after protests, water authority says"
    body = (
        "Norland released 99 prisoners on Monday, officials said.\n"
        '"Each case was evaluated individually," the Ministry of Water Services said.'
    )
    assert row_of(_rows(res, title, body), "Norland frees") == ("attributed", "Ministry of Water Services")


@pytest.mark.parametrize(
    "body",
    [
        "Anna Berg said the ceasefire is being implemented.",
        "The ceasefire is being implemented, the Chinese foreign ministry said on Monday.\n"
        "China hopes both sides will keep it, said ministry spokesperson Anna Berg at a regular news conference.",
    ],
)
def test_a_headline_ending_says_a_state_is_the_states(res: analyse.Resources, body: str) -> None:
    # round 84: "Thailand-Cambodia ceasefire 'gradually' being implemented, says China" (as "..., China says")
    title = "Ceasefire 'gradually' being implemented, says China"
    assert row_of(_rows(res, title, body), "Ceasefire") == ("attributed", "China")


def test_an_office_without_its_owner_stays_as_written(res: analyse.Resources) -> None:
    # rounds 20 and 24 keep "The opposition leader ... said" as written: no owner, no rule
    title = "Lind threatens rivals with a long winter over the water case"
    body = "The opposition leader also said that rivals would have a lot of explaining to do"
    assert row_of(_rows(res, title, body), "The opposition leader")[1] not in ("Lind", "Tomas Lind")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norland Water Ministry Spokesman Anna Berg condemned the interference, stating that the ministry "
            "strongly protests against such actions",
            "Anna Berg",
        ),
        ("Anna Berg said the talks went well.", "Water Ministry"),
    ],
)
def test_a_dash_headline_of_a_body_is_its_named_spokespersons(
    res: analyse.Resources, body: str, expected: str
) -> None:
    # round 84: "The Pentagon seeks to sow discord ... — MFA" / "Chinese Foreign Ministry Spokesman Lin Jian
    # condemned ..."; a body whose spokesperson the summary does not name stays as written
    title = "Rivals seek to sow discord in relations with neighbours — Water Ministry"
    assert row_of(claim_rows(res, title, body, {**NAMES, "Water Ministry": "ORG"}), "Rivals seek") == (
        "attributed",
        expected,
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Anna Berg called for the condemnation of the statements as a violation of the charter",
            "Anna Berg",
        ),
        ("The council met on Monday to discuss the statements.", "Norland's envoy to UN"),
    ],
)
def test_a_dash_headline_of_an_office_is_the_person_the_summary_opens_with(
    res: analyse.Resources, body: str, expected: str
) -> None:
    # round 81: "... — Iran's envoy to UN" / "Amir Saeed Iravani called for condemnation ..." (no reporting verb)
    title = "Threats against Norland equate to incitement to violence — Norland's envoy to UN"
    assert row_of(_rows(res, title, body), "Threats against") == ("attributed", expected)


def test_an_office_in_the_summary_is_the_headlines_subject_when_a_person_is_spoken_of_after_it(
    res: analyse.Resources,
) -> None:
    # TASS: "Trump says not satisfied with progress of his contacts with Putin on Ukraine" / "The American leader
    # again stated that he inherited this conflict from his predecessor as head of state Joe Biden": the person
    # named after the office's verb is spoken of, not the office's holder
    title = "Lind says not satisfied with progress of his contacts with Berg on water"
    body = "The Norland leader again stated that he inherited this dispute from his predecessor Anna Berg"
    assert row_of(_rows(res, title, body), "The Norland leader") == ("attributed", "Lind")


def test_an_office_in_the_summary_is_not_the_headlines_person_when_the_body_names_him(
    res: analyse.Resources,
) -> None:
    # Guardian digest: "Trump news at a glance: Nigeria says ..." / "Country's foreign minister says his president
    # signed off on US air attack" ... "Donald Trump had announced the strikes": where the text means him it names him
    title = "Lind news at a glance: Norland says it shared maps for the raids"
    body = (
        "The Norland water minister said his office signed off on the raids, key stories at a glance.\n"
        "Tomas Lind had announced the raids after weeks of warnings."
    )
    assert row_of(_rows(res, title, body), "The Norland water minister")[1] not in ("Lind", "Tomas Lind")
