"""Speakers from round 99 (issue 11), by construction: a "he/she said" that no earlier rule resolved takes the one
person of its paragraph or the one before whom the pronoun may mean, or the person who spoke last there; when
another fitting person may be meant, it stays unnamed (a small fake entity finder; paragraphs joined by a single
newline, as in feed text)."""

from __future__ import annotations

import re

from briefing import analyse
from briefing.actors import Found
from briefing.claims.coref import pronoun_speakers
from briefing.claims.status import Page, _Sentence
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Karin Holm": "PERSON",
    "Erik Dahl": "PERSON",
    "Dahl": "PERSON",
    "Norland": "GPE",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


def test_he_said_opening_a_sentence_after_a_woman_quoted_is_the_man_named(res: analyse.Resources) -> None:
    # round 41, real: Machado's quotations, "Machado said she had not spoken to Trump since October 10 ... He has
    # said the United States needs to help ..." (the "he" is Trump, the one man named)
    body = (
        '"We believe that this transition should move forward," Anna Berg told reporters on Monday.\n'
        "Berg said she had not spoken to Tomas Lind since October. He has said the country needs to hold a "
        "new vote first."
    )
    assert row_of(_rows(res, "Berg vows to return to Norland", body), "He has said") == (
        "attributed",
        "Tomas Lind",
    )


def test_she_said_closing_a_quotation_is_the_woman_named_before(res: analyse.Resources) -> None:
    # round 99, real: "... through his mother, Laila Soueif, in 2021 ... / She confirmed his return on Facebook: ..."
    # (here the other word order: the quotation first, "she said" after it)
    body = (
        "The release of Tomas Lind, who obtained citizenship through his mother, Karin Holm, in 2021, prompted "
        "wide relief.\n"
        '"He reached the capital safely and we are grateful," she said on Friday.'
    )
    assert row_of(_rows(res, "Lind arrives in Norland after release", body), '"He reached') == (
        "attributed",
        "Karin Holm",
    )


def test_she_confirmed_opening_a_sentence_is_the_woman_named_before(res: analyse.Resources) -> None:
    body = (
        "The release of Tomas Lind, who obtained citizenship through his mother, Karin Holm, in 2021, prompted "
        "wide relief.\n"
        'She confirmed his return on Facebook: "He reached the capital safely".'
    )
    assert row_of(_rows(res, "Lind arrives in Norland after release", body), "She confirmed") == (
        "attributed",
        "Karin Holm",
    )


def _pass(paragraphs: list[list[tuple[str, str]]], names: list[str]) -> list[str]:
    """The speakers `pronoun_speakers` leaves on sentences (text, speaker) laid out in paragraphs (the first is the
    headline); each sentence with a speaker or a pronoun is flagged; `names` are people found wherever written."""
    text, sentences = "", []
    for para, sents in enumerate(paragraphs, start=1):
        for sentence, speaker in sents:
            start = len(text)
            text += sentence + " "
            sent = _Sentence(start, start + len(sentence), sentence, para, speaker=speaker)
            sent.speaker_kind = "person" if speaker else ""
            if speaker or " said" in sentence or " denied" in sentence:
                sent.cues["attributed"] = ["said"]
            sentences.append(sent)
        text = text[:-1] + "\n"
    found = [
        Found(m.start(), m.end(), name, "person")
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]
    pronoun_speakers(Page(text, text, sentences, found))
    return [s.speaker for s in sentences]


def test_the_pass_names_the_one_fitting_person_in_either_order() -> None:
    for said in ("He said the talks had been useful.", '"The talks were useful," he said.'):
        speakers = _pass(
            [
                [("NORLAND TALKS", "")],
                [("Tomas Lind visited the burnt estate on Monday.", "")],
                [(said, "")],
            ],
            ["Tomas Lind"],
        )
        assert speakers[-1] == "Tomas Lind"


def test_the_pass_leaves_a_pronoun_unnamed_for_a_person_only_spoken_of() -> None:
    # "The storm cut off Maria Lind at the shelter. She said ..." (an earlier ruling): no one of the other gender named
    # there, and the one person named is no subject
    speakers = _pass(
        [
            [("NORLAND TALKS", "")],
            [("The fire hit the estate of Tomas Lind on Monday.", "")],
            [("He said it hurt.", "")],
        ],
        ["Tomas Lind"],
    )
    assert speakers[-1] == ""


def test_the_pass_leaves_a_pronoun_unnamed_when_two_people_fit() -> None:
    speakers = _pass(
        [
            [("NORLAND TALKS", "")],
            [("Tomas Lind met Erik Dahl on Monday.", "")],
            [("He said the talks went well.", "")],
        ],
        ["Tomas Lind", "Erik Dahl"],
    )
    assert speakers[-1] == ""


def test_the_pass_leaves_a_pronoun_unnamed_after_another_man_who_spoke_before() -> None:
    # corpus, real: "Cole denied in the FBI interview that ... / The pipe bombs were not discovered until ..., just as
    # a mob of supporters of President Donald Trump surged ... / He initially denied planting the devices" (Cole)
    speakers = _pass(
        [
            [("Arson suspect confessed", "")],
            [("Erik Dahl denied in the interview that the fire was linked to the vote.", "Erik Dahl")],
            [("The fire was found at noon, as supporters of Tomas Lind marched.", "")],
            [("He initially denied setting the fire.", "")],
        ],
        ["Tomas Lind", "Erik Dahl"],
    )
    assert speakers[-1] == ""


def test_the_pass_leaves_a_pronoun_unnamed_after_a_subject_no_name_covers() -> None:
    # "Trump knew Epstein socially ... He has said ..." with "Trump" not found: the "he" may be the unread subject
    speakers = _pass(
        [
            [("Files to be reviewed", "")],
            [("Walker knew Tomas Lind in the 1990s.", ""), ("He has said they parted.", "")],
        ],
        ["Tomas Lind"],
    )
    assert speakers[-1] == ""


def test_the_abbreviated_us_does_not_end_the_sentence_that_tells_a_persons_gender(
    res: analyse.Resources,
) -> None:
    # round 41, real: "... Machado has vowed to return home quickly, praising U.S. President Donald Trump for toppling
    # her enemy ...": "her" is Machado's, not the president's (the dot of "U.S." ended the sentence there)
    body = (
        "Anna Berg has vowed to return home, praising U.S. President Tomas Lind for toppling her enemy.\n"
        '"We believe that this transition should move forward," Berg told reporters on Monday.\n'
        "Berg said she had not spoken to Lind since October. He has said the country needs to hold a new vote first."
    )
    assert row_of(_rows(res, "Berg vows to return to Norland", body), "He has said") == (
        "attributed",
        "Tomas Lind",
    )
