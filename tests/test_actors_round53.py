"""Actors found without the watch list: the repairs that followed the fifty-third labelling round, pooled with the
first-sight errors left from rounds 44-51 (the state before a body its short form spells), on a short text written
for it. The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets,
theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_the_state_before_a_body_its_short_form_spells(res: analyse.Resources) -> None:
    # "outside the US Immigration and Customs Enforcement (ICE) facility" (round 47: the model's span, around the
    # state, is dropped; the words the short form spells were found without the state, which the labels keep, as
    # they keep "US Federal Reserve")
    text = "Protesters gathered outside the US Maritime and Border Enforcement (MBE) office in Tacoma."
    names = {"the US Maritime and Border Enforcement": "ORG"}
    assert actors_of(res, text, names) == ["US Maritime and Border Enforcement"]
