"""Speakers across sentences (issue 11, "the right speaker or none"): a quotation's sentences are its speaker's
wherever the one sentence that names the speaker stands, by construction (a small fake entity finder; paragraphs
joined by a single newline, as in feed text)."""

from __future__ import annotations

from briefing import analyse
from briefing.phrases import split_sentences
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Nicolas Feraud": "PERSON",
    "Crans-Montana": "GPE",
    "Norland": "GPE",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


def test_a_sentence_that_opens_a_quotation_left_open_is_the_speaker_who_closes_it(
    res: analyse.Resources,
) -> None:
    # the words before the mark lead into the quotation; its speaker is named once, where it closes
    rows = _rows(
        res,
        "Norland port reopens",
        'Although the port was inspected in 2019 and 2021, "no one checked the cranes after that. '
        'We should have done it," Tomas Lind told reporters on Monday.',
    )
    assert row_of(rows, "Although the port") == ("attributed", "Tomas Lind")
    assert row_of(rows, "We should have") == ("attributed", "Tomas Lind")


def test_a_sentence_opening_a_quotation_for_unnamed_officials_is_theirs(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Norland roads close",
        'With snow still falling on Monday, "the roads will stay shut for now. '
        'Nobody should travel," officials said.',
    )
    assert row_of(rows, "With snow still") == ("reported", "")


def test_a_sentence_whose_quotation_closes_in_it_is_left_alone(res: analyse.Resources) -> None:
    # a quotation opened and closed in the sentence: nothing goes on to the next sentence's speaker
    rows = _rows(
        res,
        "Norland port reopens",
        'The port was called "a mess" in 2019. "We should have done it," Tomas Lind told reporters on Monday.',
    )
    assert row_of(rows, "The port was called") == ("unflagged", "")


def test_a_sentence_opening_a_quotation_with_its_own_speaker_keeps_it(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Norland port reopens",
        'Anna Berg said on Monday that "no one checked the cranes after that. '
        'We should have done it," Lind added.',
    )
    assert row_of(rows, "Anna Berg said") == ("attributed", "Anna Berg")


def test_a_real_mayors_quotation_opened_after_his_own_words(res: analyse.Resources) -> None:
    # round 37 (Reuters, Crans-Montana)
    rows = _rows(
        res,
        "Swiss officials admit safety inspections lapse at bar",
        'Although inspections including fire safety were conducted in 2016, 2018 and 2019, "periodic inspections '
        'were not conducted between 2020 and 2025. We bitterly regret this," Crans-Montana mayor Nicolas Feraud '
        "told a press conference, five days on from the disaster.",
    )
    assert row_of(rows, "Although inspections") == ("attributed", "Nicolas Feraud")


def test_a_sentence_whose_verb_is_quoted_goes_on_with_the_speaker_before(res: analyse.Resources) -> None:
    # the words outside the marks are only the subject: what the quotation says is the last speaker's
    rows = _rows(
        res,
        "Norland rebel leader missing",
        '"We were told he would board the plane," Anna Berg said on Tuesday. Tomas Lind "left for an unknown '
        'destination".',
    )
    assert row_of(rows, "Tomas Lind") == ("attributed", "Anna Berg")


def test_a_quoted_predicate_opening_the_next_paragraph_goes_on_too(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Norland buys patrol boats",
        "Anna Berg said the ministry had approved the purchase of four patrol boats.\n"
        'The purchase has "strengthened the security of a close partner in the region".',
    )
    assert row_of(rows, "The purchase has") == ("attributed", "Anna Berg")


def test_a_sentence_with_its_own_verb_outside_the_quotation_is_left_alone(res: analyse.Resources) -> None:
    # "called ... a": the outlet's sentence with a quoted phrase, not a quotation going on
    rows = _rows(
        res,
        "Norland rebel leader missing",
        '"We were told he would board the plane," Anna Berg said on Tuesday. The move drew comparisons with "a betrayal".',
    )
    assert row_of(rows, "The move drew") == ("unflagged", "")


def test_a_quoted_predicate_after_a_headline_is_left_alone(res: analyse.Resources) -> None:
    rows = _rows(res, "Anna Berg says Norland will buy patrol boats", 'The boats "will arrive next year".')
    assert row_of(rows, "The boats") != ("attributed", "Anna Berg")


def test_a_real_quoted_flight_after_the_coalition_spokesmans_quote(res: analyse.Resources) -> None:
    # round 70 (Guardian, Yemen)
    rows = claim_rows(
        res,
        "Yemen's separatist leader flees ahead of talks",
        '"The legitimate government and the coalition received intelligence indicating that al-Zubaidi had moved '
        'a large force," al-Malki said. Al-Zubaidi "fled to an unknown location".',
        {"al-Malki": "PERSON", "Al-Zubaidi": "PERSON", "al-Zubaidi": "PERSON"},
    )
    status, speaker = row_of(rows, "Al-Zubaidi")
    assert (status, speaker.split("-")[-1]) == ("attributed", "Malki")


def test_a_name_with_dotted_initials_does_not_end_the_sentence() -> None:
    # "said H.M. Nazmul Alam" (round 66): split there, the quotation's speaker was a sentence of its own
    text = '"That voice is now strained," said K.T. Berg, an analyst. "Movements fall when they lose unity."'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        '"That voice is now strained," said K.T. Berg, an analyst.',
        '"Movements fall when they lose unity."',
    ]
    # a single letter after a lower-case word still ends one ("posted on X. Speaking ...")
    assert len(split_sentences("He posted on X. Speaking later, he said more.")) == 2


def test_the_quotation_after_an_initialled_speaker_goes_on_with_him(res: analyse.Resources) -> None:
    rows = claim_rows(
        res,
        "Norland youth party faces revolt",
        '"The party was a fresh voice. That voice is now strained," said K.T. Berg, an analyst. "Movements do not '
        'fall only when they lose votes. They fall when they lose unity."',
        {"K.T. Berg": "PERSON"},
    )
    assert row_of(rows, '"Movements do not') == ("attributed", "K.T. Berg")
    assert row_of(rows, "They fall when") == ("attributed", "K.T. Berg")


def test_a_real_academics_quotation_after_his_initials(res: analyse.Resources) -> None:
    # round 66 (Reuters, Dhaka)
    rows = claim_rows(
        res,
        "Bangladesh's Gen-Z party faces revolt over Islamist alliance",
        '"The NCP presented itself as a youth-driven alternative to traditional power structures. That identity is '
        'now under serious strain," said H.M. Nazmul Alam, an academic. "Youth-based movements do not collapse only '
        'because they lose elections. They collapse when they lose clarity and internal unity."',
        {"H.M. Nazmul Alam": "PERSON", "NCP": "ORG"},
    )
    assert row_of(rows, '"Youth-based movements') == ("attributed", "H.M. Nazmul Alam")


def test_the_noun_said_is_the_body_that_spoke_under_a_name_ending_with_it(res: analyse.Resources) -> None:
    # "the coalition said" is the coalition that spoke two sentences before, not the council that spoke last
    rows = claim_rows(
        res,
        "Rebel leader left for the coast, coalition says",
        "The Norland-led coalition said on Thursday the rebel leader had left the capital by plane.\n"
        "The Southern Council said he was overseeing operations in the port city.\n"
        '"The plane turned off its transponder over the sea," the coalition said.',
        {"Norland": "GPE", "Southern Council": "ORG"},
    )
    assert row_of(rows, "The Southern Council") == ("attributed", "Southern Council")
    assert row_of(rows, '"The plane turned') == ("attributed", "Norland-led coalition")


def test_the_noun_said_after_a_body_of_another_name_stays_with_the_last(res: analyse.Resources) -> None:
    # no body before is named with the noun: whoever spoke last, as before
    rows = claim_rows(
        res,
        "Rebel leader left for the coast",
        "The Southern Council said on Thursday the rebel leader had left the capital by plane.\n"
        '"The plane turned off its transponder over the sea," the council added.',
        {"Southern Council": "ORG"},
    )
    assert row_of(rows, '"The plane turned') == ("attributed", "Southern Council")


def test_a_real_coalitions_words_after_the_separatists(res: analyse.Resources) -> None:
    # round 67 (Reuters, Yemen)
    rows = claim_rows(
        res,
        "Saudi-led coalition says Yemen separatist leader arrives in Abu Dhabi",
        'In a statement on Thursday, the Saudi-led coalition said the plane to Mogadishu was "under the supervision '
        'of UAE officers".\n'
        "After al-Zubaidi's unexplained absence from the Riyadh talks, the Southern Transitional Council said he was "
        "overseeing military and security operations in the southern port city of Aden.\n"
        'The plane from Mogadishu "turned off its identification system over the Gulf of Oman," the coalition said.',
        {"Southern Transitional Council": "ORG", "Mogadishu": "GPE", "Aden": "GPE", "UAE": "GPE"},
    )
    assert row_of(rows, "The plane from Mogadishu") == ("attributed", "Saudi-led coalition")


def test_a_reactions_label_naming_its_channel_is_the_speaker_of_the_quotation_below(
    res: analyse.Resources,
) -> None:
    # "NAME ON X:" on a line of its own: the quotation under it is the name's, named once in the label
    rows = claim_rows(
        res,
        "World reacts to Norland flood",
        "NORLAND PRIME MINISTER TOMAS LIND ON X:\n"
        '"Our thoughts are with the families. We will rebuild every home. The army is on its way."\n'
        "ANNA BERG IN A STATEMENT:\n"
        '"We stand with the people of Norland."',
        {"Norland": "GPE"},
    )
    assert row_of(rows, '"Our thoughts') == ("attributed", "Tomas Lind")
    assert row_of(rows, "We will rebuild") == ("attributed", "Tomas Lind")
    assert row_of(rows, "The army is on") == ("attributed", "Tomas Lind")


def test_a_reactions_label_of_a_body_still_names_the_body(res: analyse.Resources) -> None:
    rows = claim_rows(
        res,
        "World reacts to Norland flood",
        'NORLAND FOREIGN MINISTRY ON TELEGRAM:\n"We are sending rescue teams to the region."',
        {"Norland": "GPE"},
    )
    assert row_of(rows, '"We are sending') == ("attributed", "Norland Foreign Ministry")


def test_a_real_foreign_ministers_post_under_his_label(res: analyse.Resources) -> None:
    # round 59 (Reuters reactions list, Crans-Montana)
    rows = claim_rows(
        res,
        "World reacts to fatal fire at Swiss ski resort bar",
        "CZECH FOREIGN MINISTER PETR MACINKA ON X:\n"
        '"With deep sorrow, I am following the news of the tragic explosion at the ski resort in Crans-Montana. I '
        "extend my condolences to the families of the victims and wish a swift recovery to all those injured. "
        'Czechia stands with Switzerland in this difficult moment."',
        {"Crans-Montana": "GPE", "Czechia": "GPE", "Switzerland": "GPE"},
    )
    assert row_of(rows, '"With deep sorrow') == ("attributed", "Petr Macinka")
    assert row_of(rows, "Czechia stands") == ("attributed", "Petr Macinka")


def test_a_spokesperson_of_no_one_named_right_after_a_body_is_that_bodys(res: analyse.Resources) -> None:
    rows = claim_rows(
        res,
        "Norland regulator questions app maker",
        "The media regulator Ofcon said it was aware of serious concerns about the app.\n"
        '"We have contacted the company to understand what it has done. We expect answers," a spokesperson said.',
        {"Ofcon": "ORG"},
    )
    assert row_of(rows, '"We have contacted') == ("attributed", "Ofcon")
    assert row_of(rows, "We expect answers") == ("attributed", "Ofcon")


def test_a_spokesperson_after_a_person_stays_unnamed(res: analyse.Resources) -> None:
    rows = claim_rows(
        res,
        "Norland regulator questions app maker",
        "Tomas Lind said he was aware of serious concerns about the app.\n"
        '"We have contacted the company," a spokesperson said.',
        {"Tomas Lind": "PERSON"},
    )
    assert row_of(rows, '"We have contacted') == ("reported", "")


def test_a_real_regulators_spokesperson(res: analyse.Resources) -> None:
    # round 52 (Reuters, Grok)
    rows = claim_rows(
        res,
        "Britain demands Elon Musk's Grok answers concerns about sexualised photos",
        'British media regulator Ofcom said it was aware of "serious concerns" raised about the feature.\n'
        '"We have made urgent contact with X and xAI to understand what steps they have taken to comply with their '
        'legal duties to protect users in the UK," a spokesperson said.',
        {"Ofcom": "ORG", "xAI": "ORG", "UK": "GPE"},
    )
    assert row_of(rows, '"We have made') == ("attributed", "Ofcom")


def test_the_police_after_a_police_force_named_is_that_force(res: analyse.Resources) -> None:
    # two paragraphs on from the force's name, "the police" goes on with the force that spoke just before
    rows = claim_rows(
        res,
        "Bus crash kills nine in Norland",
        "A bus crash killed nine people on Friday, the Norland Highway Police said.\n"
        "Another five people were injured in the crash on a coastal road, the police said.\n"
        "Rescuers struggled to reach the bus because of the sand on the road, the police said.",
        {"Norland Highway Police": "ORG", "Norland": "GPE"},
    )
    assert row_of(rows, "Rescuers struggled") == ("attributed", "Norland Highway Police")


def test_the_police_with_no_force_named_stay_unnamed(res: analyse.Resources) -> None:
    rows = claim_rows(
        res,
        "Bus crash kills nine in Norland",
        "A bus crash killed nine people on Friday, Tomas Lind said.\n"
        "Another five people were injured in the crash on a coastal road, he said.\n"
        "Rescuers struggled to reach the bus because of the sand on the road, the police said.",
        {"Tomas Lind": "PERSON", "Norland": "GPE"},
    )
    assert row_of(rows, "Rescuers struggled") == ("reported", "")


def test_a_real_highway_police_said_three_times(res: analyse.Resources) -> None:
    # round 84 (Reuters, Brazil)
    rows = claim_rows(
        res,
        "Eleven killed as bus crashes head-on into truck in southern Brazil",
        "A head-on collision between a bus and a truck left at least 11 people dead on Friday in southern Brazil, "
        "the country's Federal Highway Police said.\n"
        "Another seven people were injured in the accident, which took place on a federal highway, the police said.\n"
        "Part of the truck's sand cargo ended up inside the bus as a result of the crash, making it difficult for "
        "rescuers to access the vehicle, the police said.",
        {"Federal Highway Police": "ORG", "Brazil": "GPE"},
    )
    assert row_of(rows, "Part of the truck") == ("attributed", "Federal Highway Police")


def test_a_spokesperson_of_a_name_the_model_missed_speaks_for_it(res: analyse.Resources) -> None:
    # "An HM Treasury spokesperson said": the capitalised words are the body, and its quotation goes on with it
    rows = _rows(
        res,
        "Norland museum loan to be insured",
        'An NR Exchequer spokesperson said: "The indemnity scheme lets museums borrow valuable works.\n'
        '"Without it, museums would pay a large insurance premium."',
    )
    assert row_of(rows, "An NR Exchequer") == ("attributed", "NR Exchequer")
    assert row_of(rows, '"Without it') == ("attributed", "NR Exchequer")


def test_a_spokesperson_of_a_demonym_stays_unnamed(res: analyse.Resources) -> None:
    rows = _rows(res, "Norland museum loan", "A Norlandian spokesman said the loan would go ahead next year.")
    assert row_of(rows, "A Norlandian spokesman") == ("reported", "")


def test_a_real_treasury_spokesperson_and_the_quotation_after(res: analyse.Resources) -> None:
    # round 92 (Guardian, the Bayeux tapestry)
    rows = _rows(
        res,
        "Bayeux tapestry to be insured for £800m for British Museum exhibition",
        'An HM Treasury spokesperson said: "The Government Indemnity Scheme is a longstanding scheme that allows '
        "museums and galleries to borrow high value works for major exhibitions, increasing visitor numbers and "
        "providing public benefits.\n"
        '"Without this cover, public museums and galleries would face a substantial commercial insurance premium, '
        'which would be significantly less cost effective."',
    )
    assert row_of(rows, "An HM Treasury") == ("attributed", "HM Treasury")
    assert row_of(rows, '"Without this cover') == ("attributed", "HM Treasury")
