"""Speaker forms from rounds 56-61 (issue 11), by construction rather than by sentence: the subject of the clause
that closes on a headline's quoted words, a place that only qualifies the people before it, an adjunct between a
name and its verb, a headline's abbreviated institution, a hedged sentence opening with a name and a that-clause,
and an outlet that quotes someone not named (a small fake entity finder; paragraphs joined by a single newline, as
in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Reuters": "ORG",
    "Norland": "GPE",
    "Ostland": "GPE",
    "Sudan": "GPE",
    "Chad": "GPE",
    "Russia": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


def test_a_headlines_quoted_words_are_the_subject_of_the_clause_they_close(res: analyse.Resources) -> None:
    # "Zelensky holds talks with US envoys as Russia sees 'slow but steady' peace progress": Russia's words
    title = "Berg holds talks with envoys as Russia sees 'slow but steady' peace progress"
    body = 'Anna Berg said on Thursday she had had "very good" talks with the envoys.\n"We discussed details," she said.'
    assert _row(res, body, "Berg holds", title) == ("attributed", "Russia")


def test_a_headlines_quoted_words_stay_its_subjects_without_a_clause(res: analyse.Resources) -> None:
    # "Zelensky asked Trump for 'historic' 50-year guarantee": the headline's subject, whom the body credits first
    title = "Berg asks Lind for 'historic' 50-year guarantee"
    body = "Anna Berg said on Thursday she had asked Tomas Lind for a guarantee of 50 years."
    assert _row(res, body, "Berg asks", title) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "Separatists in southern Yemen accused Saudi Arabia ...": a place is never a speaker; a group not named
        (
            "Separatists in southern Sudan accused Chad on Friday of targeting their forces with air strikes.",
            "Separatists in",
            ("attributed", ""),
        ),
        # "Gaetan Lathion, a police spokesman in Wallis canton in southwestern Switzerland, said": the person
        (
            "Tomas Lind, a police spokesman in Wallis canton in southern Sudan, said the fire began in the basement.",
            "Tomas Lind",
            ("attributed", "Tomas Lind"),
        ),
        # "Judge Sequerah in reading the verdict had earlier said evidence had revealed ...": the judge, not the verdict
        (
            "Judge Lind in reading the verdict had earlier said evidence had revealed a bond between the two men.",
            "Judge Lind",
            ("attributed", "Tomas Lind"),
        ),
    ],
)
def test_the_subject_is_read_past_what_only_qualifies_it(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    names = {**NAMES, "Judge Lind": "PERSON"}
    rows = claim_rows(res, TITLE, body, names)
    got = row_of(rows, start)
    assert got[0] == expected[0]
    assert (got[1] or "").split()[-1:] == expected[1].split()[-1:]


def test_a_headlines_admin_is_an_administration(res: analyse.Resources) -> None:
    # "After missing Epstein files deadline, Trump admin says it may need 'few more weeks'": the administration
    title = "After missing deadline, Berg admin says it may need 'few more weeks'"
    body = (
        "The justice department said on Wednesday that it may need a few more weeks to release the records."
    )
    assert _row(res, body, "After missing", title) == ("speculative", "Berg admin")


def test_a_hedged_sentence_opening_with_a_name_and_a_that_clause_keeps_the_name(
    res: analyse.Resources,
) -> None:
    # "Putin boasts that it's impossible to intercept because of velocities reportedly exceeding Mach 10."
    body = (
        "Anna Berg visited the base on Monday.\n"
        "Berg boasts that it's impossible to intercept because of velocities reportedly exceeding Mach 10."
    )
    assert _row(res, body, "Berg boasts") == ("reported", "Anna Berg")


def test_an_outlet_quoting_someone_not_named_is_the_speaker(res: analyse.Resources) -> None:
    # "A preliminary review found that several firms had repeatedly secured high-value contracts, Bernama quoted one
    # of the sources as saying.": unnamed, through the outlet named
    body = (
        "A preliminary review found that several firms had repeatedly secured high-value contracts, Reuters quoted "
        "one of the sources as saying."
    )
    assert _row(res, body, "A preliminary review") == ("reported", "Reuters")


def test_a_report_relayed_by_a_named_outlet_still_goes_on_from_the_sentence_before(
    res: analyse.Resources,
) -> None:
    # round 59: "Citing sources, state news agency Bernama reported last week that ..." / "..., Bernama quoted one of
    # the sources as saying." / "Reuters was unable to independently verify the report.": both sentences marked
    body = (
        "Citing sources, Reuters reported last week that the agency had recorded statements from three people.\n"
        "A preliminary review found that several firms had repeatedly secured high-value contracts, Reuters quoted "
        "one of the sources as saying. The Ledger was unable to independently verify the report."
    )
    assert _row(res, body, "Citing sources")[0] == "unverified"
    assert _row(res, body, "A preliminary review") == ("unverified", "Reuters")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 60: "Several governments and police forces, including those in the capital Jakarta and on the popular
        # tourist island of Bali, have said they will not allow ...": the subject before the aside, bodies not named
        (
            "Several governments and police forces, including those in the capital Jakarta and on the island of "
            "Bali, have said they will not allow firework displays.",
            "Several governments",
            ("reported", ""),
        ),
        # a body named before the aside stays the speaker
        (
            "The European Union, including France and Germany, has said it will not recognise the vote.",
            "The European Union",
            ("attributed", "European Union"),
        ),
    ],
)
def test_the_subject_is_read_before_an_including_aside(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    names = {
        **NAMES,
        "Jakarta": "GPE",
        "Bali": "GPE",
        "European Union": "ORG",
        "France": "GPE",
        "Germany": "GPE",
    }
    assert row_of(claim_rows(res, TITLE, body, names), start) == expected
