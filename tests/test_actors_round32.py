"""Actors found without the watch list: the repairs that followed the thirty-second labelling round, pooled with
the first-sight errors of rounds 29 to 31 (a body under its full name beside its short form, an office read as a
body, a region glued to the next sentence, a land read as a body), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from briefing.actors import names_of_the_run
from briefing.models import Actor
from briefing.phrases import PhraseIndex
from tests.test_actors_repairs import actors_of


def test_a_body_and_its_short_form_go_under_the_full_name(res: analyse.Resources) -> None:
    # "Ukraine's SBU" in the headline, "the Security Service of Ukraine (SBU)" below: one body, the full name
    title = "Man says Velmaria's KRB ordered the attack"
    text = "He said the Kestrel Review Bureau (KRB) had recruited him last year."
    names = {"KRB": "ORG", "Kestrel Review Bureau": "ORG"}
    assert actors_of(res, text, names, title) == ["Kestrel Review Bureau"]
    # a full name the item miswrites stays behind the short form it writes first
    # ("an undercover FBI (Federal bureau of Investigation) agent")
    text = "He spoke to an undercover KRB (Kestrel bureau of Inquiry) agent last year."
    assert actors_of(res, text, {"KRB": "ORG", "Kestrel bureau of Inquiry": "ORG"}, title) == ["KRB"]
    # and so does one whose span the model cut short ("the National Anti-Corruption Bureau (NABU)" read from "Anti")
    text = "He said the National Kestrel Review Bureau (NKRB) had recruited him."
    title = "Man says Velmaria's NKRB ordered the attack"
    assert actors_of(res, text, {"NKRB": "ORG", "Kestrel Review Bureau": "ORG"}, title) == ["NKRB"]


def test_an_office_of_english_words_is_no_body(res: analyse.Resources) -> None:
    # "the traditionally US-occupied Nato position of Supreme Allied Commander, Europe"
    text = "He will take the alliance's post of Supreme Naval Commander, Atlantic, next month."
    assert actors_of(res, text, {"Supreme Naval Commander": "ORG"}) == []
    # a body whose name ends on no holder's word stays
    text = "The Joint Naval Board said on Monday it would meet again."
    assert actors_of(res, text, {"Joint Naval Board": "ORG"}) == ["Joint Naval Board"]


def test_a_region_glued_to_the_next_sentence_is_no_body(res: analyse.Resources) -> None:
    # "troops stationed across EuropeNo one knows": a scrape lost the sentence's end
    text = "The US has troops stationed across EuropeNo one knows what comes next."
    assert actors_of(res, text, {"EuropeNo": "ORG"}) == []


def test_a_land_after_a_preposition_of_extent_is_no_body(res: analyse.Resources) -> None:
    # "Indigenous Guard across the Amazon unite forces"
    text = "Farmers across the Velmaro say the rains came late this year."
    assert actors_of(res, text, {"Velmaro": "ORG"}) == []
    text = "Boats along the Velmaro were stopped. The Velmaro Trust said it would help."
    assert actors_of(res, text, {"Velmaro": "ORG", "Velmaro Trust": "ORG"}) == ["Velmaro Trust"]
    # the same word acting is a body
    text = "Velmaro said on Monday it would cut jobs."
    assert actors_of(res, text, {"Velmaro": "ORG"}) == ["Velmaro"]


def test_a_legal_status_is_no_body(res: analyse.Resources) -> None:
    # "the administration's decisions to end Temporary Protected Status for some 89,000 migrants"
    text = "The court blocked the decision to end Provisional Sheltered Status for 60,000 migrants."
    assert actors_of(res, text, {"Provisional Sheltered Status": "ORG"}) == []
    # and so is its short form, wherever the item writes it
    text += " The PSS program protects them. PSS was created in 1990."
    assert actors_of(res, text, {"Provisional Sheltered Status": "ORG", "PSS": "ORG"}) == []


def test_two_english_words_written_as_one_are_no_name(res: analyse.Resources) -> None:
    # "Rightwing parties want to follow in US's footsteps" opening a standfirst: a person to the model
    text = "Leftwing parties want to follow suit, the report says."
    assert actors_of(res, text, {"Leftwing": "PERSON"}) == []
    text = "Seabed cables were cut on Monday."
    assert actors_of(res, text, {"Seabed": "ORG"}) == []
    # a name as common abroad as in English stays, compound or not ("Goldman", "Farage")
    text = "Goldman said on Monday it would cut jobs. Farage disagreed."
    assert actors_of(res, text, {"Goldman": "ORG", "Farage": "PERSON"}) == ["Farage", "Goldman"]
    # and so does one the item capitalises inside a sentence: a name there ("live auction site Whatnot")
    text = "Seabed said it would grow. Buyers flock to the auction site Seabed every night."
    assert actors_of(res, text, {"Seabed": "ORG"}) == ["Seabed"]


def test_two_names_read_as_one_are_two(res: analyse.Resources) -> None:
    # "Both Trump and Zelenskiy said on Sunday", "Mali, Burkina Faso restrict entry": one span of the model's
    text = "Both Velmar and Zostek said on Sunday the talks would go on."
    assert actors_of(res, text, {"Velmar and Zostek": "ORG"}) == ["Velmar", "Zostek"]
    text = "Putin ordered a buffer zone in Ukraine's Sumy, Kharkiv in 2026."
    assert actors_of(res, text, {"Sumy, Kharkiv": "ORG"}) == []
    # a body's name with English words or an institution's word in it stays whole
    text = "Agents of Immigration and Customs Enforcement arrested him. The Velmar and Zostek Institute objected."
    names = {"Immigration and Customs Enforcement": "ORG", "Velmar and Zostek Institute": "ORG"}
    assert actors_of(res, text, names) == [
        "Immigration and Customs Enforcement",
        "Velmar and Zostek Institute",
    ]


def test_a_federations_region_is_no_body(res: analyse.Resources) -> None:
    # "gunmen attacked a market in Nigeria's Niger State", "a boat capsized in Yobe State"
    text = "A boat capsized in Velmara State, officials said. Another sank in northern Zostek State."
    names = {"Velmara State": "PERSON", "Zostek State": "ORG"}
    assert actors_of(res, text, names) == []
    # a group named with an English word and "State" stays ("Islamic State")
    text = "Fighters of Islamic State attacked the town."
    assert actors_of(res, text, {"Islamic State": "ORG"}) == ["Islamic State"]


def test_a_surname_as_common_abroad_stays_after_a_title(res: analyse.Resources) -> None:
    # "U.S. President Donald Trump" past the model's reach was cut to "Donald" (22 of 2,000 corpus items): a
    # word after a title is dropped as a headline's next word only if it is English ("Prince Charles Proud")
    text = "Talks went on, with President Donald Trump saying on Monday that he would call."
    assert actors_of(res, text, {}) == ["Donald Trump"]
    assert actors_of(res, "Prince Charles Proud of his work, aides say.", {}) == ["Charles"]
    # and a possessive ends the name, not the word before it ("President Donald Trump's administration" gave
    # "Donald", "Prime Minister Anwar Ibrahim's" "Anwar")
    text = "Talks went on, prompting mediation by President Velmor Tasko's envoys."
    assert actors_of(res, text, {}) == ["Velmor Tasko"]


def test_a_misread_name_opening_with_a_surname_does_not_make_it_a_given_name() -> None:
    # in 2,000 corpus items as one run, "Trump Media" and "Trump Greenland" read as people (3 items) beside 536
    # items naming Trump made "Trump" a given name, so the run's pass left him an organisation in 34 items
    okonjo = (Actor("Amar Okonjo", "person"),)
    texts = [f"Amar Okonjo spoke in Lagos, report {i}." for i in range(10)]
    actors = [okonjo] * 10
    texts.append("Okonjo Media shares rose.")
    actors.append((Actor("Okonjo Media", "person"),))
    texts.append("Okonjo said the talks would go on.")
    actors.append((Actor("Okonjo", "organisation"),))
    found = names_of_the_run(texts, actors, PhraseIndex())
    assert [(a.name, a.kind) for a in found[-1]] == [("Okonjo", "person")]
    # a word that opens full names about as often as it ends them stays a given name ("Ali")
    texts[-2], actors[-2] = "Okonjo Bello spoke.", (Actor("Okonjo Bello", "person"),)
    texts.insert(0, "Okonjo Bello spoke again.")
    actors.insert(0, (Actor("Okonjo Bello", "person"),))
    found = names_of_the_run(texts, actors, PhraseIndex())
    assert [(a.name, a.kind) for a in found[-1]] == [("Okonjo", "organisation")]
