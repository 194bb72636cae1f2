"""Headline verbs and bodies (issue 11, "the right speaker or none", second wave): a headline's subject with a
verb of stance in the present tense speaks, by construction (a small fake entity finder; paragraphs joined by a
single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Anna Berg": "PERSON",
    "Norland": "GPE",
    "Vesterby": "GPE",
    "Somalia": "GPE",
    "Somaliland": "GPE",
    "China": "GPE",
    "Ukraine": "GPE",
    "Kherson": "GPE",
    "Vladimir Saldo": "PERSON",
    "Nordcorp": "ORG",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("title", "body", "speaker"),
    [
        # a governor described by the place he governs: the person the body names
        (
            "Vesterby governor accuses Norland of shelling a school",
            "Tomas Lind said on Monday that two shells hit the school.",
            "Tomas Lind",
        ),
        (
            "Acting Vesterby governor insists the vote was fair",
            "Anna Berg told reporters the count was checked twice.",
            "Anna Berg",
        ),
        # no one named in the body: the office as written
        (
            "Vesterby governor denounces the strike as a crime",
            "The strike hit a bridge.",
            "Vesterby governor",
        ),
        # a real one (round 65)
        (
            "Russian-installed Kherson governor accuses Ukraine of killing 24 in New Year drone strike",
            "Vladimir Saldo said on Thursday that a drone had hit a cafe.",
            "Vladimir Saldo",
        ),
    ],
)
def test_an_office_qualified_by_a_place_speaks_in_a_headline(
    res: analyse.Resources, title: str, body: str, speaker: str
) -> None:
    assert row_of(_rows(res, title, body), title[:20]) == ("attributed", speaker)


@pytest.mark.parametrize(
    ("title", "body", "speaker"),
    [
        ("Norland opposes new fishing quotas", "The quotas take effect in May.", "Norland"),
        ("Tomas Lind signals support for the rail strike", "The strike starts on Monday.", "Tomas Lind"),
        ("Nordcorp reveals years of hidden losses", "The shares fell.", "Nordcorp"),
        # an office: its holder the body names
        (
            "Norland PM objects to sending troops abroad",
            "Anna Berg said on Monday the army was needed at home.",
            "Anna Berg",
        ),
        # a real one (round 46)
        (
            "China opposes recognition of Somaliland, affirms support for Somalia",
            "The move drew criticism across the region.",
            "China",
        ),
    ],
)
def test_a_headline_stance_in_the_present_tense_is_its_subjects(
    res: analyse.Resources, title: str, body: str, speaker: str
) -> None:
    assert row_of(_rows(res, title, body), title[:20]) == ("attributed", speaker)


@pytest.mark.parametrize(
    "title",
    [
        "Nordcorp reveals a new plan for its phones",  # a thing made public, an act
        "Tomas Lind reveals Norland-backed 12-point peace plan",  # the same, its article left out
        "Traffic signals fail across Norland",  # a noun
        "Probe reveals failures at Norland port",  # no one named speaks
    ],
)
def test_not_a_headline_stance(res: analyse.Resources, title: str) -> None:
    assert row_of(_rows(res, title, "Nothing else was said."), title[:15]) == ("unflagged", "")


def test_a_place_in_a_body_sentence_before_an_office_with_a_name_is_not_an_office(
    res: analyse.Resources,
) -> None:
    # a name that is not a place in the phrase: not read as an office
    rows = _rows(res, "Norland port reopens", "Nordcorp chief Tomas Lind said the port would reopen.")
    assert row_of(rows, "Nordcorp chief") == ("attributed", "Tomas Lind")


def test_a_former_office_with_its_country_is_left_to_the_body(res: analyse.Resources) -> None:
    # "Ex-Norland PM": a former office, whom the body names (not "former minister", one of many, unnamed)
    rows = _rows(
        res,
        "Ex-Norland PM accuses Anna Berg of treason over alleged payments to aides",
        "Former Norland premier Tomas Lind on Monday called for Berg to resign.",
    )
    assert row_of(rows, "Ex-Norland PM") != ("reported", "")


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Norland PM visits the port, argues tariffs must fall", "Anna Berg"),
        ("Tomas Lind visits the port, insists trade will grow", "Tomas Lind"),
        ("Anna Berg tours the border, alleges smuggling by the army", "Anna Berg"),
    ],
)
def test_every_verb_of_saying_credits_a_headline_after_its_acts(
    res: analyse.Resources, title: str, speaker: str
) -> None:
    rows = _rows(res, title, "Anna Berg said on Monday the port would grow.")
    assert row_of(rows, title[:15]) == ("attributed", speaker)


def test_a_headline_that_insists_on_something_demands_it(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Norland PM visits the port, insists on a new quay",
        "Anna Berg said on Monday the port would grow.",
    )
    assert row_of(rows, "Norland PM") == ("unflagged", "")


ORGS = {**NAMES, "Mountain Rescue": "PERSON"}


def test_the_organisation_is_the_body_the_model_read_as_a_person(res: analyse.Resources) -> None:
    # no body named in these paragraphs: the name that spoke last, never called "he" or "she", is the organisation
    rows = claim_rows(
        res,
        "Avalanche hits Norland valley",
        "A first avalanche killed one hiker near Vesterby, Mountain Rescue said.\n"
        "Teams set out on foot after winds grounded the helicopters, the organisation said in a statement.",
        ORGS,
    )
    assert row_of(rows, "Teams set out") == ("attributed", "Mountain Rescue")


def test_the_organisation_is_not_a_person_called_she(res: analyse.Resources) -> None:
    rows = claim_rows(
        res,
        "Avalanche hits Norland valley",
        "A first avalanche killed one hiker, Anna Berg said, adding that she had seen it.\n"
        "Teams set out on foot after winds grounded the helicopters, the organisation said in a statement.",
        ORGS,
    )
    assert row_of(rows, "Teams set out")[1] != "Anna Berg"


def test_the_organisation_real(res: analyse.Resources) -> None:
    # round 42's Alpine Rescue (Soccorso Alpino), which the model reads as a person
    rows = claim_rows(
        res,
        "Avalanches in Italian Alps kill two",
        "A first avalanche hit the southwest Alpine Maira Valley, near the French border in the Italian region of "
        "Piedmont, killing one person and injuring two others, Alpine Rescue (Soccorso Alpino) said. One of them is "
        "in critical condition.\n"
        "Rescue teams set out on foot from lower altitudes after the strong winds prevented helicopter crews from "
        "reaching the site, the organisation said in a statement.",
        {"Alpine Rescue": "PERSON", "Soccorso Alpino": "PERSON", "Piedmont": "GPE"},
    )
    assert row_of(rows, "Rescue teams set out") == ("attributed", "Alpine Rescue")


def test_a_headlines_closing_credit_of_an_office_is_its_holder(res: analyse.Resources) -> None:
    # round 25's "..., Malaysia PM says": the holder the body names, as before (not the office as written, which
    # then went on to "The junta has denied")
    rows = claim_rows(
        res,
        "ASEAN to assess post-election developments in Myanmar, Malaysia PM says",
        "KUALA LUMPUR, Dec 30 (Reuters) - Malaysian Prime Minister Anwar Ibrahim said on Tuesday that leaders from "
        "the Southeast Asian bloc ASEAN will consider developments in Myanmar.\n"
        "The junta has denied the charge, saying the election was not being conducted through coercion.",
        {"ASEAN": "ORG", "Myanmar": "GPE", "Malaysia": "GPE", "Anwar Ibrahim": "PERSON"},
    )
    assert row_of(rows, "ASEAN to assess") == ("attributed", "Anwar Ibrahim")
    assert row_of(rows, "The junta has denied") == ("attributed", "junta")
