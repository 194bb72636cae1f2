"""Actors found without the watch list: the repairs that followed the forty-ninth labelling round, pooled with the
first-sight errors left from rounds 47-48 (a body's name cut at "and" that the item's short form spells whole, a
news agency's noun inside the model's span, the US or UK the model's span of a body left out, a state's name before
its body and a member's title), each on a short text written for it. The model's spans are given by a fake finder
(no model is loaded); the phrase index (gazetteer, outlets, theatre keywords) and the word-frequency lists are the
real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of, kinds_of


def test_a_body_cut_at_and_that_its_short_form_spells_whole(res: analyse.Resources) -> None:
    # "Colorado Parks and Wildlife spokesperson Kara Van Hoose ... CPW officers responded" (round 49: "Colorado
    # Parks" the model's span)
    text = "Oregon Fish and Wildlife spokesperson Ann Lee said the trail was shut. OFW officers responded."
    names = {"Oregon Fish": "ORG", "Ann Lee": "PERSON", "OFW": "ORG"}
    assert actors_of(res, text, names) == ["Ann Lee", "Oregon Fish and Wildlife"]
    # without a short form that spells it, "and" joins two bodies
    text = "Velmari Mining and Okantek signed the deal on Monday."
    names = {"Velmari Mining": "ORG", "Okantek": "ORG"}
    assert actors_of(res, text, names) == ["Okantek", "Velmari Mining"]


def test_a_news_agencys_noun_inside_the_models_span_makes_an_outlet(res: analyse.Resources) -> None:
    # "in a statement reported by the official Saba Net news agency" (round 49: a body to the model)
    text = "The governor said so in a statement reported by the official Velmar Net news agency on Friday."
    kinds = kinds_of(res, "Report", text, {"Velmar Net news agency": "ORG"})
    assert kinds.get("Velmar Net news agency", "outlet") == "outlet"
    assert actors_of(res, text, {"Velmar Net news agency": "ORG"}) == []


def test_the_us_before_a_body_the_models_span_left_out(res: analyse.Resources) -> None:
    # "U.S. District Court Judge Matthew Sharbaugh ordered Brian Cole ..." (round 48: "District Court")
    text = "U.S. Claims Tribunal Judge Ann Lee ordered the man held without bail."
    names = {"Claims Tribunal": "ORG", "Ann Lee": "PERSON"}
    assert actors_of(res, text, names) == ["Ann Lee", "U.S. Claims Tribunal"]
    # a body's span of five words or more with the state in it stays when the item's short form spells it
    # ("US Immigration and Customs Enforcement (ICE)"; the span longer than a name around a place usually is)
    text = (
        "US Velmar Transit and Customs Enforcement (VTCE) has planned a media blitz. VTCE said it would act."
    )
    names = {"US Velmar Transit and Customs Enforcement": "ORG", "VTCE": "ORG"}
    assert actors_of(res, text, names) == ["US Velmar Transit and Customs Enforcement"]
    # a state's ministry under another name is labelled without the state ("US Justice Department")
    text = "The US Treasury Department said on Monday it would act."
    assert actors_of(res, text, {"Treasury Department": "ORG"}) == ["Treasury Department"]
    text = "The UK Ministry of Defence said on Monday it would act."
    assert actors_of(res, text, {"Ministry of Defence": "ORG"}) == ["Ministry of Defence"]


def test_a_states_name_before_its_body_and_a_members_title(res: analyse.Resources) -> None:
    # "Brazil Supreme Court Justice Alexandre de Moraes on Friday ordered ..." (round 49: "Brazil Supreme Court")
    text = "Chile Supreme Court Justice Ana Velmar on Friday ordered the former police chief held."
    names = {"Chile Supreme Court": "ORG", "Ana Velmar": "PERSON"}
    assert actors_of(res, text, names) == ["Ana Velmar", "Supreme Court"]
    # a company whose name opens on a state's, with no member's title after it, keeps it
    text = "Japan Airlines said on Friday it would add flights."
    assert actors_of(res, text, {"Japan Airlines": "ORG"}) == ["Japan Airlines"]
