"""Actors found without the watch list: the repairs that followed the fiftieth labelling round, pooled with the
first-sight errors left from rounds 47-49 (a capitalised "Aide" before a name, a ministry named after a TASS
headline's dash, a quotation's speaker the model calls a work of art, an owner and its adjective taken for a speaker,
a body's name given with its short form after ", or"), each on a short text written for it. The model's spans are
given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre keywords) and the
word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_an_aide_before_a_name_is_a_title(res: analyse.Resources) -> None:
    # "Kremlin Aide Yury Ushakov revealed that ..." (round 50: "Aide Yury Ushakov")
    text = "Kremlin Aide Pavel Velmarov revealed that the two presidents spoke on Monday."
    names = {"Kremlin": "ORG", "Velmarov": "PERSON"}
    assert actors_of(res, text, names) == ["Kremlin", "Pavel Velmarov"]


def test_a_ministry_after_a_headlines_dash(res: analyse.Resources) -> None:
    # "Belarus will judge US security policy by concrete actions — defense ministry official" (round 50)
    title = "Belarus will not host foreign troops — defense ministry official"
    text = "The official said the decision had been taken in Minsk."
    assert actors_of(res, text, {}, title=title) == ["defense ministry"]
    # with no state named, whose ministry it is is not said
    title = "Talks will go on — defense ministry official"
    assert actors_of(res, text, {}, title=title) == []


def test_a_quotations_speaker_the_model_calls_a_work_of_art(res: analyse.Resources) -> None:
    # '"Actions speak louder than words," Pavel Muraveiko' (round 50: a WORK_OF_ART to the model)
    text = '"Actions speak louder than words," Pavel Velmarov'
    assert actors_of(res, text, {"Pavel Velmarov": "WORK_OF_ART"}) == ["Pavel Velmarov"]
    # a title in quotation marks stays a work
    text = 'She read "Animal Farm" aloud.'
    assert actors_of(res, text, {"Animal Farm": "WORK_OF_ART"}) == []


def test_an_owner_and_its_adjective_are_no_speaker(res: analyse.Resources) -> None:
    # "Opinion: Chappelle's Trumpian claims of 'cancel culture' are laughable" (round 50: "Chappelle's Trumpian")
    text = "Opinion: Velmarov's Trumpian claims of 'free speech' are laughable"
    # (the model found the owner in the headline only; here it finds him nowhere)
    assert actors_of(res, text, {"Trumpian": "NORP"}) == []


def test_a_bodys_name_with_its_short_form_after_or(res: analyse.Resources) -> None:
    # "Thiam's Democratic Party of Ivory Coast, or PDCI, won 32 seats" (round 48: "PDCI", the model's span; the
    # short form spells the French name)
    text = "Ouattara's Republican Union of Velmaria, or URV, won 32 seats, down from 65."
    names = {"Ouattara": "PERSON", "URV": "ORG"}
    assert actors_of(res, text, names) == ["Ouattara", "Republican Union of Velmaria"]
