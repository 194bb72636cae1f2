"""Status forms from the short-item round 89 (issue 11), by construction: "In <name>'s view, ..." credits the view;
a headline's "Politician says" is the person the summary names at once; TASS's "— top <demonym> diplomat" is a
unique office and its "— news agency" a source not named; "..., <body> states" credits as "says" does; "testified
at the trial" is an appearance; "Now, X is suing ..., alleging that" and "The 45-year-old activist said" keep their
speakers (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Nordic Herald": "ORG",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    "body",
    [
        # round 89: "In Viktor Medvedchuk's view, conducting a referendum is another crazy idea floated by ..."
        "In Anna Berg's view, holding a vote now is another reckless idea of the government",
        "In the opinion of Anna Berg, holding a vote now is another reckless idea of the government",
    ],
)
def test_a_view_credited_to_a_named_person_is_hers(res: analyse.Resources, body: str) -> None:
    rows = _rows(res, "Norland vote plan draws fire", body)
    assert row_of(rows, "In ") == ("attributed", "Anna Berg")


def test_a_view_of_no_one_named_stays_plain(res: analyse.Resources) -> None:
    rows = _rows(
        res, "Norland vote plan draws fire", "In the end, holding a vote now was seen as too costly."
    )
    assert row_of(rows, "In the end") == ("unflagged", "")


def test_a_politician_headline_is_the_person_the_summary_names(res: analyse.Resources) -> None:
    # round 89: "Politician says impossible to conduct legitimate referendum in Ukraine" / "In Viktor Medvedchuk's
    # view, ..."
    title = "Politician says impossible to hold fair vote in Norland"
    body = "In Anna Berg's view, holding a vote now is another reckless idea of the government"
    assert row_of(_rows(res, title, body), "Politician says") == ("attributed", "Anna Berg")


def test_a_politician_headline_with_no_one_named_is_unnamed(res: analyse.Resources) -> None:
    title = "Politician says impossible to hold fair vote in Norland"
    assert row_of(_rows(res, title, "The vote was due in May."), "Politician says") == ("reported", "")


def test_a_top_diplomat_is_a_unique_office(res: analyse.Resources) -> None:
    # round 89: "AZAL plane incident doesn't crash Moscow-Baku dialogue — top Azerbaijani diplomat" / "According to
    # the minister, the meeting ... marked a major step"
    title = "Air crash does not end the dialogue with the south — top Norlandic diplomat"
    body = (
        "According to the minister, the meeting of the two presidents marked a major step toward normal ties"
    )
    rows = _rows(res, title, body)
    assert row_of(rows, "Air crash") == ("attributed", "top Norlandic diplomat")
    assert row_of(rows, "According to the minister") == ("attributed", "top Norlandic diplomat")


def test_a_top_official_named_at_once_is_that_person(res: analyse.Resources) -> None:
    # round 89: "... — top Belarusian defense official" / "According to Viktor Khrenin, this is evidenced by ..."
    title = "Neighbours really preparing for war — top Norlandic defense official"
    body = "According to Tomas Lind, this is shown by the drills held along the border"
    assert row_of(_rows(res, title, body), "Neighbours") == ("attributed", "Tomas Lind")


def test_a_plain_diplomat_stays_unnamed(res: analyse.Resources) -> None:
    # round 81's rule kept: "— diplomat" (not the top one) is a source not named unless the body says so
    title = "Talks to resume next week — diplomat"
    body = "Tomas Lind said the weather was fine"
    assert row_of(_rows(res, title, body), "Talks") == ("reported", "")


@pytest.mark.parametrize("tail", ["news agency", "agency"])
def test_a_dash_news_agency_with_no_agency_named_is_unnamed(res: analyse.Resources, tail: str) -> None:
    # round 89: "Trump administration recalls heads of nearly 30 foreign diplomatic missions — news agency" /
    # "According to its information, the heads of US missions abroad have been notified ..."
    title = f"Norland recalls the heads of 30 missions abroad — {tail}"
    body = "According to its information, the envoys have been told their terms end in January"
    rows = _rows(res, title, body)
    assert row_of(rows, "Norland recalls") == ("reported", "")
    assert row_of(rows, "According to its") == ("reported", "")


def test_a_named_agency_keeps_its_name(res: analyse.Resources) -> None:
    title = "Norland recalls the heads of 30 missions abroad — Nordic Herald"
    assert row_of(_rows(res, title, "The envoys leave in January."), "Norland recalls")[0] == "attributed"


def test_a_headline_body_that_states_is_credited(res: analyse.Resources) -> None:
    # round 89: "Thailand-Cambodia ceasefire remains tenuous, Thai Foreign Ministry states"
    title = "Border truce remains fragile, Norland Foreign Ministry states"
    assert row_of(_rows(res, title, "The truce began in May."), "Border truce") == (
        "attributed",
        "Norland Foreign Ministry",
    )


def test_the_united_states_is_no_crediting_clause(res: analyse.Resources) -> None:
    title = "Norland cuts tariffs on goods from the United States"
    assert row_of(_rows(res, title, "The cut starts in May."), "Norland cuts") == ("unflagged", "")


def test_testifying_at_a_trial_is_an_appearance(res: analyse.Resources) -> None:
    # round 89: "Two sisters testified at Harvey Weinstein's most recent criminal trial."
    rows = _rows(
        res, "Norland doctor sued by her sister", "Two brothers testified at the trial of Tomas Lind."
    )
    assert row_of(rows, "Two brothers") == ("unflagged", "")


def test_testifying_that_is_a_statement(res: analyse.Resources) -> None:
    body = "Two brothers testified at the trial that Tomas Lind had paid them."
    assert row_of(_rows(res, "Norland doctor sued by her sister", body), "Two brothers")[0] == "reported"


def test_an_opening_now_keeps_the_subject_speaking(res: analyse.Resources) -> None:
    # round 89: "Now, Ewa Sokola is suing Kaja for defamation, alleging in a lawsuit filed on Tuesday ... that ..."
    body = "Now, Anna Berg is suing Tomas Lind for defamation, alleging in a lawsuit filed on Tuesday that his remarks are libel."
    assert row_of(_rows(res, "Norland doctor sued by her sister", body), "Now, Anna Berg") == (
        "attributed",
        "Anna Berg",
    )


@pytest.mark.parametrize("description", ["The 45-year-old", "The 45-year-old activist"])
def test_a_person_described_by_age_is_the_person_named_before(
    res: analyse.Resources, description: str
) -> None:
    # round 89: "Britain's King Charles called for ... / The 77-year-old monarch said he found it ..."
    body = f"Anna Berg called for calm on Thursday. {description} said she found the response encouraging."
    assert row_of(_rows(res, "Norland activist calls for calm", body), description) == (
        "attributed",
        "Anna Berg",
    )


def test_an_age_in_a_plain_sentence_is_no_speaker(res: analyse.Resources) -> None:
    body = "The 45-year-old man died at the scene on Thursday."
    assert row_of(_rows(res, "Norland crash kills one", body), "The 45-year-old") == ("unflagged", "")


def test_the_real_round89_forms(res: analyse.Resources) -> None:
    # round 89's own sentences, as written (TASS, 2026-01-04 and -05)
    names = {"Viktor Medvedchuk": "PERSON", "Vladimir Zelensky": "PERSON"}
    rows = claim_rows(
        res,
        "Politician says impossible to conduct legitimate referendum in Ukraine",
        "In Viktor Medvedchuk's view, conducting a referendum is another crazy idea floated by Vladimir Zelensky who "
        '"has invented a new excuse to whitewash himself"',
        names,
    )
    assert row_of(rows, "Politician says") == ("attributed", "Viktor Medvedchuk")
    assert row_of(rows, "In Viktor") == ("attributed", "Viktor Medvedchuk")
    title = "Thailand-Cambodia ceasefire remains tenuous, Thai Foreign Ministry states"
    rows = claim_rows(res, title, "Cambodia and Thailand agreed to a ceasefire", names)
    assert row_of(rows, "Thailand-Cambodia") == ("attributed", "Thai Foreign Ministry")


def test_a_dash_of_documents_is_a_source_not_named(res: analyse.Resources) -> None:
    # round 89: "Putin warned Bush that NATO membership would split Ukraine — declassified documents"
    title = "Tomas Lind warned the envoy that the pact would split the south — declassified documents"
    assert row_of(_rows(res, title, "The meeting was held in May."), "Tomas Lind warned") == (
        "reported",
        "Tomas Lind",
    )


def test_a_dash_report_stays_a_source_not_named(res: analyse.Resources) -> None:
    title = "Norland security service finds a spy ring — report"
    assert row_of(_rows(res, title, "The ring was found in May."), "Norland security") == ("reported", "")


@pytest.mark.parametrize(
    "title",
    ["Top Norlandic diplomat says ties enter new stage", "Norlandic top diplomat says ties enter new stage"],
)
def test_a_top_diplomat_as_subject_is_the_person_named_at_once(res: analyse.Resources, title: str) -> None:
    # corpus check: "Top Syrian diplomat says country's relations with Russia enter new stage" / "According to Asaad
    # al-Shaibani, Syria ..."; "German top diplomat says ..." / "Johann Wadephul also noted ..."
    body = "According to Tomas Lind, Norland seeks balanced relations with all"
    assert row_of(_rows(res, title, body), title[:12]) == ("attributed", "Tomas Lind")


def test_a_top_diplomat_travelling_is_no_claim(res: analyse.Resources) -> None:
    body = "According to Tomas Lind, Norland seeks balanced relations with all"
    assert row_of(_rows(res, "Top Norlandic diplomat heads to the south", body), "Top Norlandic") == (
        "unflagged",
        "",
    )


def test_a_described_politician_named_at_once_is_that_person(res: analyse.Resources) -> None:
    # corpus check: "Finnish politician says European Commission president building 'Fourth Reich'" / "Armando Mema
    # added that ..."
    title = "Finnish politician says the commission is building an empire"
    body = "Tomas Lind added that the union wants to defeat Norland"
    assert row_of(_rows(res, title, body), "Finnish politician") == ("attributed", "Tomas Lind")
