"""Speakers referred back (round 104, issue 11): an office, a description or a body's kind noun used as a speaker is
the person or body the same item names (the ruling under "Speaker =" in tests/data/claims/README.md), and stays as
written when the item names no one who fits or several (a small fake entity finder; paragraphs joined by a single
newline, as in feed text)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Erik Dahl": "PERSON",
    "Dahl": "PERSON",
    "Karin Holm": "PERSON",
    "Norland": "GPE",
    "Sudria": "GPE",
    "Popular Front": "ORG",
    "Rail Workers Union": "ORG",
    "Anti-Graft Commission": "ORG",
}


def _row(res: analyse.Resources, title: str, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


def test_an_office_is_the_one_person_its_own_paragraph_names_before_it(res: analyse.Resources) -> None:
    # round 101, real: "What did Volodymyr Zelenskyy say about the deal? The Ukrainian president wrote ..." after a
    # paragraph naming Kristi Noem and Donald Trump: the paragraph itself comes before the one before it
    body = (
        "How has the government responded? The interior secretary, Anna Berg, has ordered a review at Karin "
        "Holm's direction.\n"
        'What did Erik Dahl say about the deal? The Norlandic president wrote on social media that the deal "is '
        'significant support".'
    )
    assert _row(res, "First Thing: harbour reopens after storm", body, "The Norlandic president") == (
        "attributed",
        "Erik Dahl",
    )


def test_a_post_in_other_words_is_the_person_written_with_that_title(res: analyse.Resources) -> None:
    # round 62, real: "Chinese Foreign Minister Wang Yi said ..." then '"...," China's top diplomat said'
    body = (
        "Norland Foreign Minister Anna Berg said on Monday that the talks would resume.\n"
        "The border had been closed since March.\n"
        '"We cannot accept any country acting as a judge," Norland\'s top diplomat said.'
    )
    assert _row(res, "Norland says talks to resume", body, '"We cannot accept') == ("attributed", "Anna Berg")


def test_an_office_with_its_owner_is_the_person_the_paragraph_before_opens_with(
    res: analyse.Resources,
) -> None:
    # round 104, real: "Volodymyr Zelenskyy is expected to travel ... with Donald Trump ... / The Ukrainian president
    # announced the visit ..."
    body = (
        "Erik Dahl is expected to travel to Sudria in the coming days for a meeting with Anna Berg.\n"
        "The Norlandic president announced the visit on Friday in a social media post."
    )
    assert _row(res, "Dahl to meet Berg soon as winter nears", body, "The Norlandic president") == (
        "attributed",
        "Erik Dahl",
    )


def test_a_lawyer_of_a_person_is_the_one_written_as_that_persons_lawyer(res: analyse.Resources) -> None:
    # round 74, real: "..., Najib Razak's lawyer said. ... Najib's lawyer Muhammad Farhan Shafee confirmed ..."
    body = (
        "Jailed former minister Tomas Lind has filed an appeal against his conviction, Tomas Lind's lawyer said.\n"
        "The court had sentenced him to 15 years.\n"
        "Lind's lawyer Karin Holm confirmed in a text message that the appeal had been filed on Monday night."
    )
    assert _row(res, "Lind files appeal", body, "Jailed former minister") == ("attributed", "Karin Holm")


def test_a_kind_noun_is_the_one_body_of_that_kind_that_speaks(res: analyse.Resources) -> None:
    # rounds 86 and 101, real: "Israel-backed militia kill two Hamas operatives in Gaza, militia says" over "The armed
    # group, known as the Popular Forces, said"; "..., says union" over "RMT estimates ..."
    body = "The armed group, known as the Popular Front, said in a statement it had carried out a raid in the north."
    assert _row(res, "Armed group raids northern town, militia says", body, "Armed group raids") == (
        "attributed",
        "Popular Front",
    )


def test_an_office_the_window_names_apart_from_the_person_stays_as_written(res: analyse.Resources) -> None:
    # round 16, real: "... damaged, governor says, while Donald Trump says peace talks going 'OK'" then "..., the
    # regional governor said": the governor is not the person the standfirst names
    title = "War briefing: port attacked twice in one day"
    body = (
        "Crews at work after the port was damaged, governor says, while Erik Dahl says talks are going well.\n"
        "Forces struck the port late on Monday and damaged a ship, the regional governor said."
    )
    rows = claim_rows(res, title, body, NAMES)
    assert row_of(rows, "Forces struck the port") == ("attributed", "regional governor")


def test_an_office_beside_two_people_neither_opening_a_sentence_stays_as_written(
    res: analyse.Resources,
) -> None:
    body = (
        "The deal was agreed after talks between the governments of Erik Dahl and Anna Berg.\n"
        "The Norlandic president said the deal would hold."
    )
    assert _row(res, "Deal agreed", body, "The Norlandic president") == ("attributed", "Norlandic president")


def test_a_states_body_described_stays_as_written(res: analyse.Resources) -> None:
    # round 59, real: "Malaysia's anti-graft agency said on Monday ..." is labelled as written although the item
    # names the Malaysian Anti-Corruption Commission later (a state's body, like "Romania's Defense Ministry")
    body = (
        "Norland's anti-graft agency said on Monday that it had raided several firms.\n"
        "The Anti-Graft Commission said it had seized documents."
    )
    assert _row(res, "Raids on firms", body, "Norland's anti-graft agency") == (
        "attributed",
        "Norland's anti-graft agency",
    )


def test_another_ministers_post_is_not_the_prime_ministers(res: analyse.Resources) -> None:
    # corpus, real: "Canadian Prime Minister Mark Carney will visit China ... / Carney has previously stressed ... /
    # Canada's agriculture minister said in November his weeklong trip ..."
    body = (
        "Norland Prime Minister Erik Dahl will visit Sudria next week, his office said.\n"
        "Dahl has previously stressed the need to restart trade.\n"
        "Norland's agriculture minister said in November his trip to Sudria was evidence of a thaw."
    )
    assert _row(res, "Dahl to visit Sudria", body, "Norland's agriculture minister") == (
        "attributed",
        "Norland's agriculture minister",
    )


def test_a_company_spokesperson_is_no_company_referred_back(res: analyse.Resources) -> None:
    # corpus, real: '"ConocoPhillips is monitoring developments ... It would be premature to speculate ...," a company
    # spokesperson said' after "Chevron, the only US oil company ..." had spoken
    body = (
        "The Popular Front said on Monday it would keep its offices open.\n"
        '"We are monitoring developments closely. It would be premature to speculate," a company spokesperson '
        "said in emailed comments."
    )
    rows = claim_rows(res, "Firms weigh return to Sudria", body, NAMES)
    assert row_of(rows, "It would be premature")[1] != "Popular Front"


def test_an_office_a_passive_acts_on_is_not_named_as_its_speaker(res: analyse.Resources) -> None:
    # corpus, real: "Venezuelan president accused of running a 'corrupt' government ..." under a headline naming
    # Nicolás Maduro: the accused is no speaker, and naming him would credit him with the charge
    title = "Indictment reveals charges against Erik Dahl"
    body = "Norlandic president accused of running a corrupt government, the indictment says."
    rows = claim_rows(res, title, body, NAMES)
    assert row_of(rows, "Norlandic president accused")[1] != "Erik Dahl"
