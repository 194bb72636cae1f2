"""Actors found without the watch list: the repairs that followed the fifty-first labelling round, pooled with the
first-sight errors left from rounds 44-49 (a body written before a person's capitalised title, a titled speaker the
model missed, a model's designation and a game taken for bodies, a Title Case headline's central bank, a word cut
from a span that ran across a line break, a plural noun taken for a surname, the real person an actor plays), each
on a short text written for it. The model's spans are given by a fake finder (no model is loaded); the phrase index
(gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of, kinds_of


def test_a_body_before_a_persons_title(res: analyse.Resources) -> None:
    # "Foreign Intelligence Service Chief Oleg Ivashchenko has been relieved" (round 51: the model tags the person)
    text = "Meanwhile, Foreign Intelligence Service Chief Pavel Velmarov has been relieved from his post."
    assert actors_of(res, text, {"Pavel Velmarov": "PERSON"}) == [
        "Foreign Intelligence Service",
        "Pavel Velmarov",
    ]
    # a state's adjective before the body only says whose it is
    text = "Ukrainian Migration Service Head Pavel Velmarov said the border was closed."
    assert actors_of(res, text, {"Pavel Velmarov": "PERSON"}) == ["Migration Service", "Pavel Velmarov"]
    # one English word alone names no body here
    text = "House Speaker Pavel Velmarov said the vote would be held on Friday."
    assert actors_of(res, text, {"Pavel Velmarov": "PERSON"}) == ["Pavel Velmarov"]


def test_a_titled_speaker_before_his_bodys_of(res: analyse.Resources) -> None:
    # '"...," Detective Chief Superintendent Risto Lohi of Finland's National Bureau of Investigation said' (round 48:
    # no span from the model)
    text = (
        '"The interviews have clarified the course of events," Detective Chief Superintendent Risto Velmaro of '
        "Finland's National Bureau of Investigation said in a statement."
    )
    names = {"National Bureau of Investigation": "ORG"}
    assert actors_of(res, text, names) == ["National Bureau of Investigation", "Risto Velmaro"]


def test_a_span_opening_on_a_designation_is_a_product(res: analyse.Resources) -> None:
    # "launched from an MQ‑9 Reaper" (round 48: an organisation to the model; a non-breaking hyphen)
    text = "Nigeria said debris fell after strikes launched from an MQ\u20119 Reaper near Sokoto."
    assert actors_of(res, text, {"MQ\u20119 Reaper": "ORG"}) == []
    text = "The air force flew its F-16 Fighting Falcon over the capital."
    assert actors_of(res, text, {"F-16 Fighting Falcon": "ORG"}) == []


def test_english_words_before_a_products_noun_name_the_product(res: analyse.Resources) -> None:
    # "co-creator of Call of Duty video game series" (round 51: a body to the model)
    text = "Vince Velmaro, co-creator of Call of Duty video game series, has died aged 55."
    assert actors_of(res, text, {"Vince Velmaro": "PERSON", "Call of Duty": "ORG"}) == ["Vince Velmaro"]
    # a company with a rarer word stays
    text = "Vince Velmaro, head of Respawn Entertainment game studio, has died aged 55."
    names = {"Vince Velmaro": "PERSON", "Respawn Entertainment": "ORG"}
    assert actors_of(res, text, names) == ["Respawn Entertainment", "Vince Velmaro"]
    # a league's games are its matches (corpus check: "broadcaster of National Football League games")
    text = "He was the play-by-play broadcaster of National Football League games on CBS for 40 years."
    assert actors_of(res, text, {"National Football League": "ORG"}) == ["National Football League"]


def test_a_headlines_institution_of_a_known_place(res: analyse.Resources) -> None:
    # "Bank of England Cuts Rates After Tight Vote" (round 51: the item's only mention of the bank)
    title = "Bank of England Cuts Rates After Tight Vote"
    text = "The U.K. central bank lowered its key rate for the fifth time in a year."
    assert actors_of(res, text, {"Bank of England": "ORG", "U.K.": "GPE"}, title=title) == ["Bank of England"]
    # an institution's word before no place is a Title Case headline's words
    title = "House of Cards Returns for Final Season"
    text = "The drama's last episodes will be shown next month."
    assert actors_of(res, text, {"House of Cards": "ORG"}, title=title) == []


def test_a_word_cut_from_a_span_across_a_line_break(res: analyse.Resources) -> None:
    # "... strikes on Islamists" + "Nigeria's army ..." (round 48: the model ran the headline's last word and the
    # text's first into one body)
    text = "US-backed strikes hit Islamists\nNigeria's army said on Friday that the strikes were over."
    assert actors_of(res, text, {"Islamists\nNigeria's": "ORG"}) == []


def test_a_plural_found_in_english_only_is_no_surname(res: analyse.Resources) -> None:
    # "Champagne Sparklers Likely Ignited Ceiling in Swiss New Year's Fire" (round 49: a person with the model's
    # "Champagne")
    title = "Champagne Sparklers Likely Ignited Ceiling in Swiss New Year's Fire"
    text = "Officials are to investigate criminal liability following the blaze."
    assert "Champagne Sparklers" not in kinds_of(res, title, text, {"Champagne": "ORG"})
    # a surname ending in "s" is as common abroad: the given name the model cut off is completed
    text = "Officials met Velmar Hodges on Monday."
    assert actors_of(res, text, {"Velmar": "ORG"}) == ["Velmar Hodges"]


def test_the_person_an_actor_plays(res: analyse.Resources) -> None:
    # "showing ... Sarah Murphree as Pam Dawber on the set" (round 44: no span from the model)
    text = "The video shows Sarah Velmaro as Pam Dawbery on the set of the show."
    assert actors_of(res, text, {"Sarah Velmaro": "PERSON"}) == ["Pam Dawbery", "Sarah Velmaro"]
    # an office or a body after "as" is no person
    text = "Senators confirmed Velmaro as Federal Reserve chair on Monday."
    assert actors_of(res, text, {"Velmaro": "PERSON"}) == ["Velmaro"]
