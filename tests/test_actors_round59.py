"""Actors found without the watch list: the repairs that followed the fifty-ninth labelling round (a hidden joiner
inside a name, an officer introduced by a town's possessive, a body's name the model cut at "and", things named
after "called", short forms of things in lower case, an acronym after "a" or "an"), each on a short text written
for it and on one real one. The model's spans are given by a fake finder (no model is loaded); the phrase index
(gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of, kinds_of


def test_a_hidden_joiner_inside_a_name(res: analyse.Resources) -> None:
    title = "Ministers meet to discuss the budget"
    # the feed hides a word joiner after "the": the model reads a space, and so do the index and the repairs
    text = 'Hungary has threatened to leave the EU. "This is bad for the \u2060European Union," an official said.'
    assert actors_of(res, text, {"EU": "ORG", "the \u2060European Union": "ORG"}, title=title) == [
        "European Union"
    ]
    text = "The \u2060European Union and the EU's members agreed on Friday."
    assert actors_of(res, text, {"The \u2060European Union": "ORG", "EU": "ORG"}, title=title) == [
        "European Union"
    ]
    # a name the model never read, found by its title across a joiner, keeps one space
    text = "Drones were downed near the capital, Mayor Ilya \u200bKorotkov said."
    assert actors_of(res, text, {}, title=title) == ["Ilya Korotkov"]
    real_title = "Poland urges European Commission to investigate TikTok over AI-generated content"
    real = (
        "Poland has asked the European Commission to investigate TikTok after the social media platform hosted "
        "AI-generated content \u200cincluding calls for Poland to withdraw from the EU, it said on Tuesday.\n"
        '"The disclosed content poses a threat to public order in Poland and across the \u2060European Union," '
        "Deputy Digitalisation Minister Dariusz Standerski said."
    )
    names = {
        "European Commission": "ORG",
        "Poland": "GPE",
        "EU": "ORG",
        "the \u2060European Union": "ORG",
        "Dariusz Standerski": "PERSON",
    }
    assert actors_of(res, real, names, title=real_title) == [
        "Dariusz Standerski",
        "European Commission",
        "European Union",
    ]


def test_an_officer_introduced_by_a_towns_possessive(res: analyse.Resources) -> None:
    title = "Flooding closes roads in the valley"
    # ", the town's clerk" says who the person is; ", the town of ..." would say what a place is
    text = "Three roads were shut on Monday, according to Marta Feeney, the town's emergency manager."
    assert actors_of(res, text, {"Marta Feeney": "PERSON"}, title=title) == ["Marta Feeney"]
    text = "Water rose overnight, according to Owen Pritchard, the village’s council clerk."
    assert actors_of(res, text, {"Owen Pritchard": "PERSON"}, title=title) == ["Owen Pritchard"]
    # the place itself in apposition stays a place
    text = "Water rose overnight in Lowick, the town hit hardest."
    assert actors_of(res, text, {"Lowick": "ORG"}, title=title) == []
    real_title = "One person dead and one injured after two helicopters crash in New Jersey"
    real = (
        "Police in Hammonton, New Jersey, responded to a report of an aviation crash at about 11.25am on Sunday, "
        "according to Denise Mazzeo, the town's deputy municipal clerk."
    )
    names = {"Hammonton": "GPE", "New Jersey": "GPE", "Denise Mazzeo": "PERSON"}
    assert actors_of(res, real, names, title=real_title) == ["Denise Mazzeo"]


def test_a_bodys_name_the_model_cut_after_and(res: analyse.Resources) -> None:
    title = "Regulator warns on supermarket prices"
    # no name ends in "and": the span before it and the body's span after it are one body
    text = "The Northern Fisheries and Wildlife Board's report was published on Friday."
    names = {"The Northern Fisheries and": "EVENT", "Wildlife Board's": "ORG"}
    assert actors_of(res, text, names, title=title) == ["Northern Fisheries and Wildlife Board"]
    # a person's span before "and" is a person, then another name
    text = "Sara Lindqvist and Harbour Authority staff met on Friday."
    names = {"Sara Lindqvist and": "PERSON", "Harbour Authority": "ORG"}
    assert actors_of(res, text, names, title=title) == ["Harbour Authority", "Sara Lindqvist"]
    real_title = "Three ways Australia can stop tech giants from walking away from journalism | Rod Sims"
    real = (
        "The background to all this is important. The Australian Competition and Consumer Commission's digital "
        "platform inquiry, which was completed in mid-2019, recommended what became the news media bargaining code."
    )
    names = {"Rod Sims": "PERSON", "The Australian Competition and": "EVENT", "Consumer Commission's": "ORG"}
    assert actors_of(res, real, names, title=real_title) == [
        "Australian Competition and Consumer Commission",
        "Rod Sims",
    ]


def test_a_thing_named_after_called(res: analyse.Resources) -> None:
    title = "Village wins the regional draw"
    # a thing's noun, then "called": the name is the thing's, wherever the item writes it
    text = "Everyone holding the winning ticket of the top prize, called La Grossa, will be paid. La Grossa is big."
    assert actors_of(res, text, {"La Grossa": "ORG"}, title=title) == []
    text = "The men were flown to a remote jail known as the Northern Holding Facility."
    assert actors_of(res, text, {"the Northern Holding Facility": "ORG"}, title=title) == []
    # a body's or a person's noun before "called" says nothing of the kind
    text = "The money went to a charity called Open Doors Trust, and a man named Piet Vos ran it."
    names = {"Open Doors Trust": "ORG", "Piet Vos": "PERSON"}
    assert actors_of(res, text, names, title=title) == ["Open Doors Trust", "Piet Vos"]
    real_title = "Spanish town reaches deal to share El Gordo jackpot after ticket error"
    real = (
        "A small town in northern Spain has reached a compromise after a ticket sales error.\nSpanish media "
        "reported on Saturday that everyone holding a ticket with the winning number of the main prize, called El "
        "Gordo (The Fat One), will now receive almost their full winnings."
    )
    names = {"El Gordo": "ORG", "Spain": "GPE", "Spanish": "NORP"}
    assert actors_of(res, real, names, title=real_title) == []


def test_short_forms_of_things_in_lower_case(res: analyse.Resources) -> None:
    title = "Ministers set out the new rules"
    # the lower-case words in front spell the short form: a scheme's, not a body's
    text = "The carbon border adjustment mechanism (CBAM) starts in January. Importers say CBAM is costly."
    assert actors_of(res, text, {"CBAM": "ORG"}, title=title) == []
    # lower-case words that end in an institution's noun are a body's (as the Guardian writes them)
    text = "The case went to the international criminal court (ICC) on Monday."
    assert actors_of(res, text, {"ICC": "ORG"}, title=title) == ["ICC"]
    real_title = "Three ways Australia can stop tech giants from walking away from journalism | Rod Sims"
    real = (
        "The government's news bargaining incentive (NBI) consultation paper is welcome but it has taken too long. "
        "The inquiry recommended what became the news media bargaining code (NMBC)."
    )
    names = {"Rod Sims": "PERSON", "NBI": "ORG", "NMBC": "ORG"}
    assert actors_of(res, real, names, title=real_title) == ["Rod Sims"]


def test_an_acronym_after_a_or_an(res: analyse.Resources) -> None:
    title = "Singer declines OBE"
    # "an OBE in ...": one of many, a common noun (an honour), wherever the item writes it
    text = "The singer said she turned down an OBE in the summer. The OBE was offered in June."
    assert actors_of(res, text, {"OBE": "ORG"}, title=title) == []
    # an acronym before a noun qualifies it: the body stays
    text = "An FBI agent said the FBI had opened a case."
    assert actors_of(res, text, {"FBI": "ORG"}, title=title) == ["FBI"]
    real_title = "Campaigner turned down MBE over 'scapegoating' of people with disabilities"
    real = (
        "The head of one of Scotland's foremost disability rights charities says she turned down an MBE in the "
        "recent new year honours.\nTressa Burke, chief executive officer of the Glasgow Disability Alliance, had "
        "been recommended for the honour."
    )
    names = {
        "MBE": "ORG",
        "Scotland": "GPE",
        "Tressa Burke": "PERSON",
        "the Glasgow Disability Alliance": "ORG",
    }
    assert actors_of(res, real, names, title=real_title) == ["Glasgow Disability Alliance", "Tressa Burke"]


def test_a_connective_before_a_name(res: analyse.Resources) -> None:
    title = "Who should pay for the new bridge? | Letters"
    text = "Moira Quist says the toll is unfair. Plus Tomasz Wrobel on the cost of repairs."
    names = {"Moira Quist": "PERSON", "Plus Tomasz Wrobel": "PERSON"}
    assert actors_of(res, text, names, title=title) == ["Moira Quist", "Tomasz Wrobel"]
    text = "Also Henrike Baal, the mayor, spoke."
    assert actors_of(res, text, {"Also Henrike Baal": "PERSON"}, title=title) == ["Henrike Baal"]
    real_title = "Who should pay for slavery reparations? And to whom? | Letters"
    real = (
        "Graham Hadibi-Williams says current debate on reparations is one of theory rather than justice. Plus "
        "Abhishek Kalyankar on India's colonial experience"
    )
    names = {"Graham Hadibi-Williams": "PERSON", "Plus Abhishek Kalyankar": "PERSON", "India": "GPE"}
    assert actors_of(res, real, names, title=real_title) == ["Abhishek Kalyankar", "Graham Hadibi-Williams"]


def test_a_royal_title_before_a_possessive_in_s(res: analyse.Resources) -> None:
    title = "Hundreds named in the honours list"
    # "King Charles' list": the apostrophe closes a possessive, the name before it is the king's
    text = "The names were published in King Charles' birthday honours list on Friday."
    assert actors_of(res, text, {}, title=title) == ["Charles"]
    text = "Fans cheered Queen Mathilde's visit, and Prince Nicholas' speech."
    assert actors_of(res, text, {}, title=title) == ["Mathilde", "Nicholas"]
    # an apostrophe inside a name is no possessive: "O" alone is no name
    text = "Guests included President O'Donnell and others."
    assert "O" not in actors_of(res, text, {}, title=title)
    real_title = "Actor Idris Elba, ice legends Torvill and Dean among hundreds recognised in UK honours"
    real = (
        "Actor Idris Elba and ice dancers Jayne Torvill and Christopher Dean were among the hundreds named in "
        "British King Charles' New Year \u200chonours list published on Monday."
    )
    names = {
        "Idris Elba": "PERSON",
        "Jayne Torvill": "PERSON",
        "Christopher Dean": "PERSON",
        "British": "NORP",
    }
    assert actors_of(res, real, names, title=real_title) == [
        "Charles",
        "Christopher Dean",
        "Idris Elba",
        "Jayne Torvill",
    ]


def test_a_name_between_the_and_a_bodys_noun(res: analyse.Resources) -> None:
    title = "Research funding cut"
    # the model calls the name a place or a people: "the ... agency", "the ... CEO" say it is a body
    text = "Nadia Osei, a director at the Velora agency, said funding was cut."
    names = {"Nadia Osei": "PERSON", "Velora": "GPE"}
    assert actors_of(res, text, names, title=title) == ["Nadia Osei", "Velora"]
    text = "The Zentrix CEO, Paul Abara, said sales fell."
    assert actors_of(res, text, {"Zentrix": "NORP", "Paul Abara": "PERSON"}, title=title) == [
        "Paul Abara",
        "Zentrix",
    ]
    # a place or a people the index knows stays what it is
    text = "The Ukrainian agency said, and the Kherson group agreed."
    assert actors_of(res, text, {"Ukrainian": "NORP", "Kherson": "GPE"}, title=title) == []
    real_title = "World 'may not have time' to prepare for AI safety risks, says leading researcher"
    real = (
        "David Dalrymple, a programme director and AI safety expert at the Aria agency, told the Guardian people "
        "should be concerned about the growing capability of the technology."
    )
    names = {"David Dalrymple": "PERSON", "AI": "ORG", "Aria": "GPE", "Guardian": "ORG"}
    assert actors_of(res, real, names, title=real_title) == ["Aria", "David Dalrymple"]


def test_a_place_after_neighbouring(res: analyse.Resources) -> None:
    title = "Fire in the Alps"
    text = "The injured were flown to hospitals in neighbouring Martigny and Lausanne on Friday."
    assert actors_of(res, text, {"Martigny": "PERSON", "Lausanne": "GPE"}, title=title) == []
    real_title = "Swiss bar fire owners under investigation"
    real = (
        "Damiano Vizioli, a 24-year-old living in neighbouring Sion, was in Le Constellation on New Year's Eve "
        "but had gone out."
    )
    names = {"Damiano Vizioli": "PERSON", "Sion": "PERSON", "Le Constellation": "FAC"}
    assert actors_of(res, real, names, title=real_title) == ["Damiano Vizioli"]


def test_a_person_before_an_age_the_model_calls_a_body(res: analyse.Resources) -> None:
    title = "Fire in the Alps"
    text = "Lorenz Abegglen, a 31-year-old from Bern, said he heard screams."
    assert actors_of(res, text, {"Lorenz Abegglen": "ORG"}, title=title) == ["Lorenz Abegglen"]
    # a body followed by "who" stays a body ("the club, who won")
    text = "Torvale Harriers, who won on Saturday, top the table."
    assert actors_of(res, text, {"Torvale Harriers": "ORG"}, title=title) == ["Torvale Harriers"]
    real_title = "Swiss bar fire owners under investigation"
    real = (
        "Damiano Vizioli, a 24-year-old living in neighbouring Sion, was in Le Constellation on New Year's Eve "
        "but had gone out."
    )
    names = {"Damiano Vizioli": "ORG", "Sion": "PERSON", "Le Constellation": "FAC"}
    assert actors_of(res, real, names, title=real_title) == ["Damiano Vizioli"]


def test_a_club_the_model_calls_a_person(res: analyse.Resources) -> None:
    title = "Late goal settles the derby"
    # the name is found either way: what it is (a club, not a person) is what the rule decides
    text = "Kendal Rovers' striker scored in the 90th minute of the fixtures' last round."
    assert kinds_of(res, title, text, {"Kendal Rovers": "PERSON"}) == {"Kendal Rovers": "organisation"}
    # outside football the name is a person's
    text = "Maria Villa, a teacher, said the school will reopen."
    assert kinds_of(res, title, text, {"Maria Villa": "PERSON"}) == {"Maria Villa": "person"}
    real_title = "Weekend sport: what to watch"
    real = (
        "In the Premier League 's festive fixtures, an inspired Rayan Cherki was both goalscorer and provider. "
        "Arsenal reclaimed top spot soon afterwards, while Ollie Watkins led Aston Villa to an eleventh straight "
        "victory."
    )
    names = {"Rayan Cherki": "PERSON", "Ollie Watkins": "PERSON", "Aston Villa": "PERSON"}
    assert kinds_of(res, real_title, real, names)["Aston Villa"] == "organisation"


def test_a_company_the_model_calls_a_person_after_its_noun(res: analyse.Resources) -> None:
    title = "Prices rise again"
    # a company's noun after a qualifier says the name after it is the company's
    text = "Energy firm Voltaro Nord said prices would rise in March."
    assert kinds_of(res, title, text, {"Voltaro Nord": "PERSON"}) == {"Voltaro Nord": "organisation"}
    # a determiner before the noun makes a clause ("the company Musk founded"); a trade's noun names a person
    text = "The company Halvard Brekke founded said prices would rise. Film producer Oskar Lindahl agreed."
    names = {"Halvard Brekke": "PERSON", "Oskar Lindahl": "PERSON"}
    assert kinds_of(res, title, text, names) == {"Halvard Brekke": "person", "Oskar Lindahl": "person"}
    real_title = "Berlin blackout likely caused by far-left attack, officials say"
    real = (
        "A fire in southwest Berlin that has left tens of thousands in the German capital without electricity was "
        "likely the result of a far-left extremist attack, officials said on Sunday.\nGrid company Stromnetz Berlin "
        "said on Saturday that the suspected arson attack could leave up to 45,000 households without power."
    )
    names = {"Berlin": "GPE", "German": "NORP", "Stromnetz Berlin": "PERSON"}
    assert kinds_of(res, real_title, real, names)["Stromnetz Berlin"] == "organisation"
