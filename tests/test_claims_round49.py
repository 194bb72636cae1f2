"""Speaker forms from the speaker errors of rounds 21-46 and the forty-ninth labelling round, by construction rather
than by sentence: "it said" for a body the model called a person ("Grid company Stromnetz Berlin said ... / On
Sunday, it said"), for an unnamed institution that opened the sentence before ("The nation's weather bureau issued
... / It also warned") or opens its own ("The army released maps of areas it said"); a closing "..., it added" after
names that are only what was said; "he"/"she" for the one other person the text's pronouns fit when the nearest
person is of the other gender; a name after "a" is no participle's subject ("resisted calls to set up a Royal
Commission, saying"); a sentence wholly inside a quotation is the closer's, whatever it names; a headline's "govt
says" is the body the text credits; "the statement said" after an unnamed source's statement (a small fake entity
finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Olof Palm": "PERSON",
    "Harbour Institute": "ORG",
    "Nordic Freight": "ORG",
    "Norland": "GPE",
    # a body the model read as a person (round 40's "Grid company Stromnetz Berlin")
    "Stromnetz Nord": "PERSON",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, TITLE, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        # round 40: "Grid company Stromnetz Berlin said on Saturday ... / On Sunday, it said efforts to restore power
        # were ongoing"
        (
            "Grid company Stromnetz Nord said on Saturday that the outage would last until Friday.\n"
            "On Sunday, it said repairs were under way.",
            "On Sunday",
            "Stromnetz Nord",
        ),
        (
            "Operator Stromnetz Nord said the line was cut.\nIt added that repairs would start soon.",
            "It added",
            "Stromnetz Nord",
        ),
        (
            "Grid company Stromnetz Nord restored power to 3,000 homes on Saturday.\nIt said repairs were under way.",
            "It said",
            "Stromnetz Nord",
        ),
        # round 41: "The nation's weather bureau issued severe or extreme heat warnings ... / It also warned of
        # extreme fire danger"
        (
            "The nation's weather bureau issued heat warnings for three states.\n"
            "It also warned of extreme fire danger in the north.",
            "It also",
            "nation's weather bureau",
        ),
        # round 41: "The Syrian army clashed with ... / The army released more than seven maps identifying areas it
        # said would be targeted"
        (
            "The Norland army clashed with rebels in the port on Thursday.\n"
            "The army released maps identifying areas it said would be targeted in strikes.",
            "The army released",
            "Norland army",
        ),
        # round 28: '"...," the Nigerian government statement said. / Intelligence indicated the camps were being
        # used by foreign Islamic State group elements ..., it added.'
        (
            '"The strikes hit two camps," the Harbour Institute statement said.\n'
            "Intelligence indicated the camps were used by Nordic Freight staff, it added.",
            "Intelligence",
            "Harbour Institute",
        ),
        # round 41: "Machado said she had not spoken to Trump since October 10 ... He has said the United States
        # needs to help"
        (
            "Tomas Lind said in May that his party would win.\n"
            "Anna Berg said she had not spoken to Tomas Lind since October. He has said the port needs new rules.",
            "He has said",
            "Tomas Lind",
        ),
    ],
)
def test_a_pronoun_finds_its_speaker(res: analyse.Resources, body: str, start: str, speaker: str) -> None:
    assert _row(res, body, start) == ("attributed", speaker)


def test_a_name_after_an_indefinite_article_is_no_participles_subject(res: analyse.Resources) -> None:
    # round 45: "Albanese had initially resisted calls to set up a Royal Commission, saying the process would take
    # years" (credited to the commission)
    body = "Anna Berg had initially resisted calls to set up a Harbour Institute, saying the process would take years."
    assert _row(res, body, "Anna Berg had") == ("attributed", "Anna Berg")


def test_a_sentence_wholly_inside_a_quotation_is_its_closers(res: analyse.Resources) -> None:
    # round 45: '"The EU recalls that ... must be upheld. Members of the United Nations Security Council have ...," the
    # EU's top diplomat Kaja Kallas said' (the first credited to the EU, which it only names)
    body = (
        '"The Harbour Institute recalls that the rules must be upheld. Members have a particular responsibility," '
        "Anna Berg said in a statement."
    )
    assert _row(res, body, '"The Harbour') == ("attributed", "Anna Berg")
    # corpus: a hedge of the speaker's own stays ('"This alleged strike story is a complete fabrication ..., " he said')
    body = '"This alleged strike by Nordic Freight is a fabrication. Typical lies," Anna Berg said.'
    assert _row(res, body, '"This alleged') == ("reported", "Anna Berg")


def test_a_headlines_short_body_noun_is_the_body_the_text_credits(res: analyse.Resources) -> None:
    # round 28: "US air strikes in Nigeria targeted IS group fighters ..., govt says" over "..., the Nigerian
    # government statement said" (credited to "govt")
    title = "Strikes hit two camps near the border, govt says"
    body = "Air strikes hit two camps near the border, the Norland government said on Friday."
    assert row_of(claim_rows(res, title, body, NAMES), "Strikes hit") == ("attributed", "Norland government")
    # a body noun the text never credits stays as written
    body = "Air strikes hit two camps near the border on Friday."
    assert row_of(claim_rows(res, title, body, NAMES), "Strikes hit") == ("attributed", "govt")


def test_an_unnamed_sources_statement_goes_on_unnamed(res: analyse.Resources) -> None:
    # corpus: "She confirmed his return on Facebook ... / In a longer statement, his family said ... / The statement
    # said he would shortly be reunited": the family's statement, not the woman who spoke before
    body = (
        "Anna Berg praised the release of Tomas Lind.\nShe confirmed his return on Facebook.\n"
        "In a longer statement, his family said he flew home on Friday.\nThe statement said he would rest."
    )
    assert _row(res, body, "The statement") == ("reported", "")


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        # guards: a company that opens the sentence as the subject of "it said" stays that company
        (
            "Nordic Freight said the port would reopen.\nThe Harbour Institute warned of delays, it said.",
            "The Harbour",
            "Harbour Institute",
        ),
        # "she" for the woman who spoke stays hers; a man met is not who "she" is
        (
            'Anna Berg met Tomas Lind in May.\n"This is the same playbook," she said.',
            '"This is',
            "Anna Berg",
        ),
        # two men the text may mean: "he" is not guessed
        (
            "Tomas Lind said in May that his party would win.\n"
            "Anna Berg said she met Tomas Lind and Olof Palm in May. He said the port needs new rules.",
            "He said",
            "",
        ),
        # "it" after a sentence about a person meeting a body: not guessed
        ("Tomas Lind met the Nordic Freight board.\nIt said repairs were under way.", "It said", ""),
        # a closing "it added" after a body that is the subject of what was said stays that subject
        (
            '"We are ready," the Harbour Institute statement said.\nNordic Freight has cut its fleet, it added.',
            "Nordic Freight",
            "Nordic Freight",
        ),
    ],
)
def test_guards(res: analyse.Resources, body: str, start: str, speaker: str) -> None:
    assert _row(res, body, start)[1] == speaker
