"""Actors found without the watch list: the repairs that followed the twenty-fifth labelling round (a Title Case
headline's noun before a noun, a verb's rare -s form before an institution's word), each on a short text written
for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from briefing.actors import model_headline
from tests.test_actors_repairs import kinds_of

_BODY = "The transfer follows months of talks between the two governments."


def _bodies(found: dict[str, str]) -> list[str]:
    return sorted(name for name, kind in found.items() if kind == "organisation")


def test_a_headline_noun_before_a_noun_is_no_body(res: analyse.Resources) -> None:
    # the model called "Cartel" of "Suspected Cartel Members" a body: a noun the headline capitalised
    title = "Peru Hands Over 40 Suspected Bandit Members to Chile"
    assert _bodies(kinds_of(res, title, _BODY, {"Bandit": "ORG"})) == []
    # the text below naming it makes it a name ("the Bandit"), and a name rare in English stays a body
    text = "The Bandit has run the port for a decade, officials said."
    assert _bodies(kinds_of(res, title, text, {"Bandit": "ORG"})) == ["Bandit"]
    title = "Peru Hands Over 40 Suspected Velmarra Fighters to Chile"
    assert _bodies(kinds_of(res, title, _BODY, {"Velmarra": "ORG"})) == ["Velmarra"]


def test_a_verbs_rare_form_before_an_institution_word_is_not_its_name(res: analyse.Resources) -> None:
    # "U.K. Loosens Bank Capital Demands" gave the body "Loosens Bank"
    title = "Regulator Tightens Bank Capital Rules for First Time in a Decade"
    text = "Lenders will need to hold more capital under the plan, the regulator said."
    assert _bodies(kinds_of(res, title, text, {})) == []
    assert model_headline(title, res.index).startswith("Regulator tightens ")
    # a bank's own name before the word stays whole
    title = "Velmarra Bank Tightens Lending Rules for First Time in a Decade"
    assert _bodies(kinds_of(res, title, text, {})) == ["Velmarra Bank"]
