"""Claims by structure on sentences written for these tests: headlines, quotes of institutions, sources named by
their documents, lists of states, unnamed people, forecasts and what is not one (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from briefing.models import Claim
from tests.test_claims import FakeFinder, item


def claims_of(
    res: analyse.Resources, title: str, text: str, names: dict[str, str] | None = None
) -> list[Claim]:
    return list(analyse.analyse_items([item(text, title)], res, FakeFinder(names or {}))[0].claims)


def claim_rows(
    res: analyse.Resources, title: str, body: str, names: dict[str, str]
) -> list[tuple[str, str, str]]:
    """(text, status, speaker) of each claim of an item with `title` over `body`."""
    return [(c.text, c.status, c.attributed_to) for c in claims_of(res, title, f"{title}\n\n{body}", names)]


def row_of(rows: list[tuple[str, str, str]], start: str) -> tuple[str, str]:
    """(status, speaker) of the claim among `rows` that starts with `start`, or ('unflagged', '')."""
    return next(((st, who) for text, st, who in rows if text.startswith(start)), ("unflagged", ""))


def status_of(
    res: analyse.Resources, title: str, text: str, sentence: str, names: dict[str, str]
) -> tuple[str, str]:
    """(status, speaker) of the claim that starts with `sentence`, or ('unflagged', '')."""
    for c in claims_of(res, title, text, names):
        if c.text.startswith(sentence):
            return c.status, c.attributed_to
    return "unflagged", ""


# --- headlines ------------------------------------------------------------------------------------------------

PEOPLE = {"Anna Berg": "PERSON", "Orban": "PERSON", "Tomas Lind": "PERSON"}


@pytest.mark.parametrize(
    "body",
    [
        "The reform could fail this winter, said Anna Berg, speaker of the parliament, on Monday.",
        "Anna Berg, speaker of the parliament, said on Monday that the reform could fail this winter.",
    ],
)
@pytest.mark.parametrize(
    "title",
    [
        "Reform could fail this winter, parliament speaker says",
        "Parliament speaker says reform could fail this winter",
        "Reform could fail this winter — head of the parliament",
    ],
)
def test_a_headline_that_describes_its_speaker_is_credited_to_the_person_the_body_names(
    res: analyse.Resources, title: str, body: str
) -> None:
    assert status_of(res, title, body, title[:12], PEOPLE) == ("speculative", "Anna Berg")


def test_a_headline_with_a_man_who_says_is_the_man_the_body_names(res: analyse.Resources) -> None:
    title = "Farmer 'admits' to burning the barn, says neighbour paid him"
    body = "A video shows a farmer admitting the fire. Police named him as Tomas Lind, who said he had been paid."
    assert status_of(res, title, body, "Farmer", PEOPLE) == ("attributed", "Tomas Lind")


def test_a_headline_speaker_is_never_taken_from_far_in_the_body(res: analyse.Resources) -> None:
    body = "Rain fell. Roads closed.\nSchools shut.\nShops shut.\nAnna Berg said it was the worst week."
    assert status_of(res, "Storm was the worst in years, mayor says", body, "Storm", PEOPLE)[1] == "mayor"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("The union is breaking apart — Orban", ("attributed", "Orban")),
        ("Drones were used to find air defences — diplomat", ("reported", "")),
        ("Floods leave 6,000 homeless — ministry", ("attributed", "ministry")),
        ("Storm over the north sea — latest updates", ("unflagged", "")),
        ("Thirty dead in floods, officials say", ("reported", "")),
        ("Leader tells army to press on with the offensive", ("unflagged", "")),
    ],
)
def test_what_ends_a_headline_after_a_dash_or_a_comma(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    body = "Anna Berg said the talks went well."
    assert status_of(res, title, body, title[:12], PEOPLE) == expected


# --- institutions quoted over several sentences ----------------------------------------------------------------

BANK = {"Northern Bank": "ORG", "Anna Berg": "PERSON"}


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            '"Prices rose faster than planned," the Northern Bank said in a statement.\n"Wages keep rising."',
            '"Wages',
        ),
        (
            'The Northern Bank said in a statement: "Prices rose faster than planned."\n"Wages keep rising."',
            '"Wages',
        ),
        (
            '"Prices rose faster than planned. Wages keep rising," the Northern Bank said in a statement.',
            '"Prices',
        ),
        ('"Prices rose," the Northern Bank said.\n"Wages keep rising," the statement continued.', '"Wages'),
    ],
)
def test_an_institutions_quote_goes_on_in_either_order(
    res: analyse.Resources, text: str, sentence: str
) -> None:
    assert status_of(res, "Rates", text, sentence, BANK) == ("attributed", "Northern Bank")


def test_a_plain_sentence_after_an_institutions_statement_is_not_its_quote(res: analyse.Resources) -> None:
    text = 'The Northern Bank said prices rose faster than planned.\n"Wages keep rising," Anna Berg said.'
    assert status_of(res, "Rates", text, '"Wages', BANK) == ("attributed", "Anna Berg")
    text = 'The Northern Bank said prices rose faster than planned.\n"Wages keep rising."'
    assert status_of(res, "Rates", text, '"Wages', BANK) == ("unflagged", "")


def test_continued_speaks_only_after_a_quote(res: analyse.Resources) -> None:
    text = "The Northern Bank raised rates on Friday.\nFighting continued in the east of the country."
    assert status_of(res, "Rates", text, "Fighting", BANK) == ("unflagged", "")


def test_what_it_said_is_the_subject_not_a_name_after_it(res: analyse.Resources) -> None:
    names = {"Baza": "ORG", "Telegram": "ORG", "Shot": "ORG"}
    text = "The Telegram channel Baza published Shot footage of what it said was the blast."
    assert status_of(res, "Blast", text, "The Telegram", names) == ("attributed", "Baza")


# --- sources named by their data, their documents, lists of states, a subject before a parenthesis ---------------

STATS = {"Statistics Office": "ORG", "Anna Berg": "PERSON", "France": "GPE", "Germany": "GPE", "Spain": "GPE"}


@pytest.mark.parametrize(
    "text",
    [
        "Data from the Statistics Office shows that prices rose for six months.",
        "Prices rose for six months, figures published by the Statistics Office showed.",
        "Prices rose for six months, according to estimates by the Statistics Office.",
        "According to data from the Statistics Office, prices rose for six months.",
    ],
)
def test_data_speak_for_whom_they_come_from_in_either_order(res: analyse.Resources, text: str) -> None:
    assert status_of(res, "Prices", text, text[:10], STATS) == ("attributed", "Statistics Office")


def test_estimates_by_an_institution_are_that_institutions_not_the_last_officials(
    res: analyse.Resources,
) -> None:
    text = "Troops arrested 20 people, the defence minister said.\nMost farms grow coca, according to estimates by the army."
    assert status_of(res, "Coca", text, "Most farms", STATS) == ("attributed", "army")


@pytest.mark.parametrize(
    "text",
    [
        "France, Germany and Spain voiced support for the plan.",
        "France and Spain said on Monday that they back the plan.",
        '"We back the plan," France, Germany and Spain said in a joint statement.',
    ],
)
def test_a_list_of_states_speaks_but_no_one_of_them(res: analyse.Resources, text: str) -> None:
    assert status_of(res, "Plan", text, text[:10], STATS) == ("attributed", "")


def test_a_state_alone_still_speaks_and_a_list_after_a_preposition_does_not(res: analyse.Resources) -> None:
    assert status_of(res, "Plan", "Spain said it backs the plan.", "Spain", STATS) == ("attributed", "Spain")
    text = "Talks between France and Spain ended, Anna Berg said."
    assert status_of(res, "Plan", text, "Talks", STATS) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "text",
    [
        "The Statistics Office, in a statement to state media, said prices rose.",
        "Prices rose, the Statistics Office, in a statement to state media, said.",
        "Anna Berg, speaking on national television, said prices rose.",
    ],
)
def test_the_subject_before_a_parenthesis_speaks(res: analyse.Resources, text: str) -> None:
    who = "Anna Berg" if "Anna" in text else "Statistics Office"
    assert status_of(res, "Prices", text, text[:10], STATS) == ("attributed", who)


def test_a_document_that_says_is_credited_as_written(res: analyse.Resources) -> None:
    text = 'The draft law says "screens harm sleep".\nIt also seeks to ban phones in schools.'
    found = claims_of(res, "Screens", text, STATS)
    assert [(c.status, c.attributed_to) for c in found] == [("attributed", "draft law")]


# --- people described but not named; forecasts and what only looks like one -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A local mother whose son drowned sued the city in May, alleging the pool had no guard.",
        "A man said the pool had no guard.",
        '"The pool had no guard," a grieving father told reporters.',
    ],
)
def test_a_person_described_but_not_named_is_an_unnamed_source(res: analyse.Resources, text: str) -> None:
    assert status_of(res, "Pool", text, text[:8], PEOPLE) == ("reported", "")


@pytest.mark.parametrize(
    "text",
    [
        "That would introduce the risk of a split between the allies.",
        "Such a move would trigger a vote of no confidence.",
        "Integrating the militia into the army would end the last open conflict.",
        "But this would likely delay the vote.",
    ],
)
def test_a_bare_would_after_what_was_said_is_a_forecast(res: analyse.Resources, text: str) -> None:
    assert status_of(res, "Vote", text, text[:8], PEOPLE) == ("speculative", "")


@pytest.mark.parametrize(
    "text",
    [
        "The bill would allow two people to sign a contract at a notary's office.",
        "It would be their first meeting since April.",
        "During the talks the envoy would not take questions.",
        "Inflation is running well above the central bank's April forecast.",
        "Prices rose faster than forecasts had suggested.",
        "To watch this video, you may need to disable your ad blocker.",
        "One of your browser extensions seems to be blocking the player.",
    ],
)
def test_what_only_looks_like_a_forecast_or_a_hedge_stays_plain(res: analyse.Resources, text: str) -> None:
    assert status_of(res, "Vote", text, text[:8], PEOPLE) == ("unflagged", "")


def test_a_forecast_still_counts_when_someone_makes_it(res: analyse.Resources) -> None:
    assert (
        status_of(res, "Rates", "The bank forecasts that prices will rise.", "The bank", PEOPLE)[0]
        == "speculative"
    )
    text = '"You may pay more for bread next year," Anna Berg said.'
    assert status_of(res, "Rates", text, '"You', PEOPLE) == ("speculative", "Anna Berg")


def test_a_deliberation_told_by_a_spokeswoman_is_attributed_not_a_forecast(res: analyse.Resources) -> None:
    text = "The president is considering several options, his spokeswoman Anna Berg said on Tuesday."
    assert status_of(res, "Options", text, "The president", PEOPLE) == ("attributed", "Anna Berg")


# --- he said, outlets through their staff, people where they are, naming, answers to accusations ---------------

CAST = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Daily Courier": "ORG",
    "Reuters": "ORG",
    "Norway": "GPE",
    "Oslo": "GPE",
    "Northern League": "ORG",
}


def test_he_said_is_the_person_named_after_the_last_speaker(res: analyse.Resources) -> None:
    text = (
        'Anna Berg said the bridge was closed. "It will stay closed," she wrote. Later Tomas Lind vowed to reopen it.\n'
        '"We will not wait for spring," he said.'
    )
    assert status_of(res, "Bridge", text, '"We will', CAST) == ("attributed", "Tomas Lind")


def test_he_said_after_a_quote_is_still_its_speaker(res: analyse.Resources) -> None:
    text = 'Anna Berg said on Monday that Tomas Lind\'s plan will fail.\n"Nobody wants it," she added.'
    assert status_of(res, "Plan", text, '"Nobody', CAST) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "quote",
    [
        '"I spoke with Tomas Lind yesterday and he ruled out a closure," he said.',
        '"I spoke with Tomas Lind yesterday," he said, "and he ruled out a closure."',
        '"Tomas Lind called me, and he ruled out a closure," he told the radio.',
    ],
)
def test_he_said_is_not_someone_the_quotation_names(res: analyse.Resources, quote: str) -> None:
    # the "he" inside the quotation is Lind; the one that speaks is outside it and is the minister
    text = f"Tomas Berg, the transport minister, spoke on the radio on Monday.\n{quote}"
    names = {**CAST, "Tomas Berg": "PERSON"}
    assert status_of(res, "Bridge", text, quote[:8], names) == ("attributed", "Tomas Berg")


@pytest.mark.parametrize(
    "text",
    [
        "Shots were heard near the port, Reuters witnesses said.",
        "Reuters reporters said shots were heard near the port.",
        "The Daily Courier newspaper said shots were heard near the port.",
        "Shots were heard near the port, the Daily Courier newspaper reported.",
    ],
)
def test_an_outlet_speaks_through_its_staff_and_its_paper(res: analyse.Resources, text: str) -> None:
    who = "Reuters" if "Reuters" in text else "Daily Courier"
    assert status_of(res, "Port", text, text[:8], CAST) == ("attributed", who)


@pytest.mark.parametrize(
    "text",
    [
        "Reuters accompanied workers of the committee in two provinces, speaking to dozens of families it helped.",
        "The BBC travelled to the border town, speaking to residents who fled the shelling.",
    ],
)
def test_an_outlet_speaking_to_people_tells_how_it_reported_not_a_claim(
    res: analyse.Resources, text: str
) -> None:
    # forty-first session: the corpus's "Reuters accompanied people working with the government committee ...,
    # speaking to dozens of Alawites" was credited to Reuters
    assert status_of(res, "Border", text, text[:8], {**CAST, "BBC": "ORG"}) == ("unflagged", "")


def test_a_person_speaking_to_reporters_still_speaks(res: analyse.Resources) -> None:
    text = "Anna Berg visited the border town, speaking to reporters about a ceasefire she called close."
    assert status_of(res, "Border", text, text[:8], CAST) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        # forty-first session, a replayed 2026-01-08: "the party has said" stood as "party" after "Pele Broberg, the
        # leader of Naleraq, the largest opposition party"; the model read Naleraq as a place
        (
            "Naleraq, the largest opposition party, won a quarter of the vote.\n"
            "Although excluded from the coalition, the party has said it wants a defence agreement.",
            {"Naleraq": "GPE"},
            "Naleraq",
        ),
        (
            "Ofcom, the British media regulator, opened an inquiry on Monday.\n"
            "The regulator said it would report in March.",
            {"Ofcom": "ORG"},
            "Ofcom",
        ),
    ],
)
def test_the_body_a_text_described_as_of_a_kind_is_who_the_kind_noun_means(
    res: analyse.Resources, text: str, names: dict[str, str], speaker: str
) -> None:
    sentence = text.split("\n")[1]
    assert status_of(res, "Vote", text, sentence[:12], names) == ("attributed", speaker)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forty-first session, a replayed 2026-01-07: credited to "controls security forces" by "accused"
        (
            "Tomas Lind, who controls security forces accused of widespread abuses, is one of a handful of loyalists "
            "that the president has decided to rely on, said one source briefed on the plans.",
            ("reported", ""),
        ),
        (
            "Norland executed a man accused of spying for its neighbour, the judiciary's outlet Daily Courier "
            "reported on Wednesday.",
            ("attributed", "Daily Courier"),
        ),
        # no verb of the sentence speaks: the accusation is by no one named, as with a single verb
        (
            "A woman accused of killing her two children after a judge demanded she comply has been extradited.",
            ("reported", ""),
        ),
    ],
)
def test_an_accusation_a_participle_describes_gives_way_to_the_sentences_own_verb(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    names = {**CAST, "Norland": "GPE"}
    assert status_of(res, "Loyalists", f"The talks ended.\n{sentence}", sentence[:12], names) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ruling or a refusal is an act, not a claim (dev labels; the corpus's "U.S. courts have dismissed civil
        # lawsuits against heads of state" was credited to the courts)
        (
            "Earlier in the day, Judge Anna Berg rejected a request from the defence to adjourn.",
            ("unflagged", ""),
        ),
        ("The Daily Courier rejects a takeover bid again and tells shareholders to wait.", ("unflagged", "")),
        ("Norland's courts have dismissed lawsuits against foreign heads of state.", ("unflagged", "")),
        # a denial or a verdict in words stays a claim
        ("Tomas Lind has rejected the charges against him as fabricated.", ("attributed", "Tomas Lind")),
        ("Anna Berg dismissed the claim that the charges were invented.", ("attributed", "Anna Berg")),
    ],
)
def test_dismissing_or_rejecting_a_case_or_a_request_is_an_act(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    names = {**CAST, "Norland": "GPE"}
    assert status_of(res, "Court", f"The talks ended.\n{sentence}", sentence[:12], names) == expected


def test_the_two_sides_said_is_both_of_them_no_one_speaker(res: analyse.Resources) -> None:
    sentence = "Anna Berg spoke to Tomas Lind in a call on Tuesday about transfers, the two sides said in statements."
    assert status_of(res, "Call", f"The talks ended.\n{sentence}", sentence[:12], CAST) == ("attributed", "")


def test_a_time_opening_the_sentence_without_a_comma_is_no_part_of_its_subject(
    res: analyse.Resources,
) -> None:
    # "On Tuesday the coalition said ..." was credited to "On Tuesday the coalition"
    text = (
        "The Saudi-led coalition launched air strikes on Friday.\n"
        "On Tuesday the coalition said it had hit a dock used by the separatists."
    )
    names = {"Saudi-led coalition": "ORG"}
    assert status_of(res, "Strikes", text, "On Tuesday", names) == ("attributed", "Saudi-led coalition")
    text = "In March the ministry said the dock had been destroyed."
    assert status_of(res, "Strikes", text, "In March", {})[1] in ("", "ministry")


def test_a_place_after_whom_it_locates_is_not_the_speaker(res: analyse.Resources) -> None:
    text = "Tomas Lind was charged on Monday.\nThe case is closed, his lawyers in Norway said."
    assert status_of(res, "Case", text, "The case", CAST) == ("attributed", "Tomas Lind's lawyers")
    text = "The case is closed, officials in Oslo said."
    assert status_of(res, "Case", text, "The case", CAST) == ("reported", "")


@pytest.mark.parametrize(
    "text",
    [
        'In one post, the Northern League called the government a "foreign puppet".',
        'The government is a "foreign puppet", the Northern League said.',
    ],
)
def test_calling_something_a_quoted_name_is_a_statement(res: analyse.Resources, text: str) -> None:
    assert status_of(res, "Post", text, text[:8], CAST) == ("attributed", "Northern League")


def test_calling_for_or_calling_off_is_no_statement(res: analyse.Resources) -> None:
    text = "The Northern League called for new elections and called off its rally."
    assert status_of(res, "Rally", text, "The Northern", CAST) == ("unflagged", "")


def test_a_non_verification_marks_the_accusation_not_the_answer_to_it(res: analyse.Resources) -> None:
    text = (
        "The government said the Northern League had blocked roads into the city.\n"
        "The Northern League told Reuters it rejected the accusations.\n"
        "Reuters could not verify the accusations."
    )
    found = {c.text[:16]: c.status for c in claims_of(res, "Roads", text, CAST)}
    assert found == {"The government s": "unverified", "The Northern Lea": "attributed"}


def test_a_headline_with_a_plural_subject_is_not_given_one_person(res: analyse.Resources) -> None:
    body = '"The vote must be free," Anna Berg said on behalf of the group.'
    assert status_of(res, "Vote must be free, EU countries say", body, "Vote", PEOPLE)[1] == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Norway said they detained a rights activist.", ("reported", "")),
        ("The embassy in Oslo said it was closed on Monday.", ("attributed", "embassy")),
        ("Norway's region, which Norway claimed as its own in 1920, is cold.", ("unflagged", "")),
        ("The company could not immediately be reached for comment.", ("unflagged", "")),
        ("The company could not be contacted on Monday.", ("unflagged", "")),
    ],
)
def test_a_place_is_where_the_speaker_is_and_other_non_claims(
    res: analyse.Resources, text: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Norway", text, text[:8], CAST) == expected


def test_an_institution_in_a_headline_is_not_a_person_described(res: analyse.Resources) -> None:
    body = "Drones are used as decoys, Anna Berg, a representative of military intelligence, said."
    title = "Drones used as decoys, military intelligence says"
    assert status_of(res, title, body, "Drones used", PEOPLE)[1] != "Anna Berg"


def test_alleged_before_a_noun_is_no_reporting_verb(res: analyse.Resources) -> None:
    text = "Norway sentences a citizen to prison for alleged spying."
    assert status_of(res, "Spy", text, "Norway", CAST) == ("reported", "")
    text = "Norway alleged that the citizen spied for a neighbour."
    assert status_of(res, "Spy", text, "Norway", CAST) == ("attributed", "Norway")


def test_a_verb_inside_a_quotation_opened_in_the_sentence_before_is_not_the_attribution(
    res: analyse.Resources,
) -> None:
    text = (
        '"The ships are leaving. As Norway has not announced the end, the centre stays open," Anna Berg said.'
    )
    found = [(c.attributed_to, c.text[:10]) for c in claims_of(res, "Ships", text, CAST)]
    assert found == [("Anna Berg", '"The ships'), ("Anna Berg", "As Norway ")]
    text = (
        'Anna Berg said: "The ships are leaving. As Norway has not announced the end, the centre stays open."'
    )
    assert status_of(res, "Ships", text, "As Norway", CAST) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "text",
    [
        "The chief, Anna Berg, has said the leader's envoy, Tomas Lind, and his aide have left the country.",
        "Anna Berg said the leader's envoy, Tomas Lind, and his aide have left the country.",
        "The envoy and his aide have left the country, said Anna Berg, the chief.",
        '"The envoy and his aide have left," said Anna Berg.',
    ],
)
def test_a_name_after_the_verb_is_its_subject_only_in_inverted_order(
    res: analyse.Resources, text: str
) -> None:
    assert status_of(res, "Envoy", text, text[:8], CAST) == ("attributed", "Anna Berg")


def test_she_said_is_the_speaker_named_again_not_a_name_that_qualifies_another(
    res: analyse.Resources,
) -> None:
    text = (
        "Anna Berg said on Monday she had not spoken to the king since October.\n"
        "Berg - seen as Tomas Lind's main rival - left the country last month.\n"
        '"I will go back home soon," she said.'
    )
    assert status_of(res, "Berg", text, '"I will', PEOPLE) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The ministry said 40 drones were shot down.", "Defence Ministry"),
        ("The army posted a list of 23 names.", "army"),
        ("The court said it would rule on Monday.", "court"),
    ],
)
def test_the_institution_said_refers_back_only_to_one_that_fits(
    res: analyse.Resources, second: str, expected: str
) -> None:
    names = {"White House": "ORG", "Defence Ministry": "ORG"}
    first = (
        "The White House said sanctions would ease. "
        if "ministry" not in second
        else "The Defence Ministry said it was ready. "
    )
    found = claims_of(res, "Sanctions", first + second, names)
    assert found[-1].attributed_to == expected


def test_a_described_headline_speaker_nobody_names_is_kept_as_written(res: analyse.Resources) -> None:
    body = "Norway said on Thursday it is ready to help if asked."
    title = "Norway ready to help end the conflict, parliament speaker says"
    assert status_of(res, title, body, "Norway ready", CAST) == ("attributed", "parliament speaker")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom the passive is about never speaks; no accuser named: an accusation by no one named (round 16)
        ("Tomas Lind is accused of firing a single shot at the crowd.", ("reported", "")),
        ("The new rules were announced by the Northern League on Monday.", ("attributed", "Northern League")),
        ("The Northern League announced the new rules on Monday.", ("attributed", "Northern League")),
        ("The suspects were from the north, according to a Daily Courier source.", ("reported", "")),
        (
            "The suspects were from the north, according to the Daily Courier.",
            ("attributed", "Daily Courier"),
        ),
    ],
)
def test_the_passive_names_whom_it_is_about_and_an_outlets_source_stays_unnamed(
    res: analyse.Resources, text: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Rules", text, text[:8], CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Repairs could take a year, parliament speaker says", ("speculative", "parliament speaker")),
        ("Grid operator chief said power was back in the capital.", ("attributed", "Grid operator chief")),
        ("Power was back, law enforcement agencies announced.", ("reported", "")),
    ],
)
def test_a_bare_office_speaks_as_written_and_agencies_are_unnamed(
    res: analyse.Resources, text: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Power", "Power is back.\n" + text, text[:8], CAST) == expected


def test_he_said_finds_a_person_the_model_did_not_read(res: analyse.Resources) -> None:
    text = (
        'Anna Berg said the bridge was closed. "It will stay closed," she wrote. Later, army chief Oleksiy Brannik'
        ' vowed to reopen it.\n"We will not wait for spring," he said.'
    )
    assert status_of(res, "Bridge", text, '"We will', PEOPLE) == ("attributed", "Oleksiy Brannik")
    text = (
        'Anna Berg said the bridge was closed. Rain fell on New Year Day.\n"It will stay closed," she said.'
    )
    assert status_of(res, "Bridge", text, '"It will', PEOPLE) == ("attributed", "Anna Berg")


def test_he_said_repairs_a_name_the_model_cut_short(res: analyse.Resources) -> None:
    text = (
        'Anna Berg said the bridge was closed. "It will stay closed," she wrote. Later, army chief Oleksiy Brannik'
        ' vowed to reopen it.\n"We will not wait for spring," he said.'
    )
    names = {"Anna Berg": "PERSON", "Oleksiy": "ORG"}
    assert status_of(res, "Bridge", text, '"We will', names) == ("attributed", "Oleksiy Brannik")


def test_a_quote_that_closes_with_its_speaker_is_theirs_not_the_last_speakers(res: analyse.Resources) -> None:
    text = (
        "Anna Berg urged Tomas Lind to stop, after he repeated his wish to buy the island.\n"
        '"It makes no sense to talk about buying it. The island is not for sale," Anna Berg said.'
    )
    assert status_of(res, "Island", text, '"It makes', PEOPLE) == ("attributed", "Anna Berg")


def test_a_coalition_speaks_as_written(res: analyse.Resources) -> None:
    text = "The leader fled ahead of talks, the Saudi-led coalition said."
    assert status_of(res, "Talks", text, "The leader", PEOPLE) == ("attributed", "Saudi-led coalition")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An official close to Prime Minister Anna Berg has said the talks are over.", ("reported", "")),
        ("Prime Minister Anna Berg has said the talks are over.", ("attributed", "Anna Berg")),
        ("Survivors interviewed by the Daily Courier said the talks are over.", ("reported", "")),
    ],
)
def test_a_name_after_a_preposition_and_a_title_is_not_the_subject(
    res: analyse.Resources, text: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Talks", text, text[:8], CAST) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Norway's Tomas Lind oversees a missile test, warns of crisis", "Tomas Lind"),
        ("Farmer 'admits' to burning the barn, says neighbour paid him", "Anna Berg"),
        ("Europe will collapse if it stops rearming — Norwegian PM", "Anna Berg"),
    ],
)
def test_a_headline_subject_left_out_is_the_headlines_own_named_subject(
    res: analyse.Resources, title: str, expected: str
) -> None:
    body = "Anna Berg, who spoke on Monday, said the test went well."
    assert status_of(res, title, body, title[:8], {**CAST, "Norwegian": "NORP"})[1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Lawmaker Tomas Lind said on Monday that the security chief had resigned.",
            ("attributed", "Tomas Lind"),
        ),
        (
            "A lawmaker told Reuters the chief resigned. Anna Berg said on Monday she was surprised.",
            ("reported", ""),
        ),
    ],
)
def test_a_headlines_one_unnamed_source_is_the_person_the_body_names_with_that_noun(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    title = "Security chief submits his resignation — lawmaker"
    assert status_of(res, title, body, "Security", PEOPLE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said it was up to others to judge what the raid might mean for the island.",
            "attributed",
        ),
        ("How she could have left the party that morning, I am not sure.", "unflagged"),
        ("Anna Berg said the raid might change everything for the island.", "speculative"),
        ("Anna Berg said the raid could change what the island is worth.", "speculative"),
    ],
)
def test_a_modal_inside_a_question_asks_and_does_not_forecast(
    res: analyse.Resources, text: str, expected: str
) -> None:
    assert status_of(res, "Raid", text, text[:8], PEOPLE)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Only a third of voters back the plan, a Daily Courier/Ipsos poll found.",
        "A Daily Courier poll found that only a third of voters back the plan.",
        "Only a third of voters back the plan, Daily Courier/Ipsos poll finds",
    ],
)
def test_a_poll_or_study_speaks_for_whom_it_is(res: analyse.Resources, text: str) -> None:
    assert status_of(res, "Poll", "Voters.\n" + text, text[:8], CAST) == ("attributed", "Daily Courier")


def test_a_report_no_one_owns_stays_plain(res: analyse.Resources) -> None:
    text = "The report found that prices rose for six months."
    assert status_of(res, "Poll", text, text[:8], CAST)[1] == ""


def test_a_byline_after_a_headline_is_no_speaker(res: analyse.Resources) -> None:
    title = "Small plates are fiddly and cost a fortune – ban them | Tomas Lind"
    assert status_of(res, title, "I have eaten out for years.", "Small", CAST) == ("unflagged", "")


def test_a_title_the_model_takes_for_a_name_waits_for_the_bodys_person(res: analyse.Resources) -> None:
    body = "Judge Anna Berg said on Friday the agency must keep its funding."
    names = {"Judge": "PERSON", "Anna Berg": "PERSON"}
    assert status_of(res, "Judge says agency must keep its funding", body, "Judge says", names) == (
        "attributed",
        "Anna Berg",
    )


def test_a_name_after_of_and_a_title_before_a_participle_is_not_its_subject(res: analyse.Resources) -> None:
    text = (
        "Former premier Anna Berg, seen as a leading contender, called on Monday for the resignation of Prime"
        ' Minister Tomas Lind, accusing his office of "treason".'
    )
    assert status_of(res, "Treason", text, "Former", PEOPLE) == ("attributed", "Anna Berg")


def test_an_office_the_model_takes_for_an_organisation_waits_for_the_bodys_person(
    res: analyse.Resources,
) -> None:
    body = "Prime Minister Anna Berg said the country will not vote against the plan."
    names = {"PM": "ORG", "Anna Berg": "PERSON"}
    title = "Norway will not vote against the plan — PM"
    assert status_of(res, title, body, "Norway will", names) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway warns citizens against travel to the islands.", ("unflagged", "")),
        ("Norway warned its citizens not to travel to the islands.", ("unflagged", "")),
        ("Norway warned that travel to the islands was unsafe.", ("attributed", "Norway")),
        ("The win strengthens her mandate, potentially shaping the agenda for years.", ("speculative", "")),
        ("Dozens are feared dead after the blast, Swiss police said.", ("reported", "")),
        ("Police in Oslo said on Sunday the blast killed four.", ("reported", "")),
    ],
)
def test_advice_is_no_claim_police_are_unnamed_and_potentially_is_a_possibility(
    res: analyse.Resources, text: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Islands", text, text[:8], CAST) == expected


def test_a_headline_president_says_is_the_president_the_body_names(res: analyse.Resources) -> None:
    body = "Divers inspected a ship suspected of cutting the cable, President Anna Berg said on Wednesday."
    title = "Norway suspects ship of cutting cable, president says"
    assert status_of(res, title, body, "Norway suspects", CAST) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops left the town, according to a statement from the Northern League.",
            ("attributed", "Northern League"),
        ),
        (
            "The Northern League said troops left.\nThe town is empty, according to a statement from the group.",
            None,
        ),
        ("Troops left the town, according to reports.", ("reported", "")),
    ],
)
def test_according_to_a_statement_by_someone_is_theirs(
    res: analyse.Resources, text: str, expected: tuple[str, str] | None
) -> None:
    sentence = text.split("\n")[-1]
    assert status_of(res, "Town", text, sentence[:8], CAST) == (expected or ("attributed", "Northern League"))


# --- indefinite sources and documents (eighth round) ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The vase sold for 90,000 euros, an auction house has said.",
        "An auction house said on Friday that the vase sold for 90,000 euros.",
        "The clinic treated 40 patients overnight, a local hospital told reporters.",
    ],
)
def test_an_indefinite_speaker_is_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Vase sold", sentence, sentence[:12], {}) == ("reported", "")


def test_an_indefinite_subject_of_another_verb_is_no_source(res: analyse.Resources) -> None:
    sentence = "An image posted by the channel shows men in uniform at a checkpoint."
    assert status_of(res, "Images", sentence, sentence[:12], {}) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The county wants the widow to sit an exam before the trial, court filings show.",
        "According to court documents, the county wants the widow to sit an exam before the trial.",
    ],
)
def test_documents_nobody_is_named_for_are_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Exam", sentence, sentence[:12], {}) == ("reported", "")


# --- the eighth and ninth rounds' mechanisms -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant closed on Sunday, according to local broadcaster KTLA5.",
        "According to local broadcaster KTLA5, the plant closed on Sunday.",
    ],
)
def test_according_to_a_described_name_the_model_missed_is_that_name(
    res: analyse.Resources, sentence: str
) -> None:
    assert status_of(res, "Plant closed", sentence, sentence[:12], {}) == ("attributed", "KTLA5")


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Poland's Interior Ministry, 40 people were evacuated.",
        "Forty people were evacuated, according to Poland's Interior Ministry.",
    ],
)
def test_according_to_a_states_institution_is_that_institution(res: analyse.Resources, sentence: str) -> None:
    got = status_of(res, "Evacuation", sentence, sentence[:12], {"Poland": "GPE"})
    assert got == ("attributed", "Poland's Interior Ministry")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The fire started at dawn, according to the mayor.", "mayor"),
        ("According to the mayor, the fire started at dawn.", "mayor"),
        ("The fire started at dawn, according to the utility provider and the mayor.", ""),
    ],
)
def test_according_to_an_office_is_the_office_as_written_and_two_are_no_one_alone(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert status_of(res, "Fire", sentence, sentence[:12], {}) == ("attributed", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents detained 12 people, a spokesman for the Department of Homeland Security said.",
        "A spokeswoman for the Department of Homeland Security said agents detained 12 people.",
    ],
)
def test_a_spokesperson_for_a_named_organisation_speaks_for_it(res: analyse.Resources, sentence: str) -> None:
    names = {"Department of Homeland Security": "ORG"}
    got = status_of(res, "Raid", sentence, sentence[:12], names)
    assert got == ("attributed", "Department of Homeland Security")


def test_a_spokesperson_close_to_a_person_stays_unnamed(res: analyse.Resources) -> None:
    sentence = "A spokesman close to Anna Berg said the talks would go on."
    assert status_of(res, "Talks", sentence, sentence[:12], {"Anna Berg": "PERSON"}) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The finance minister Anna Berg offered an answer: The government would cut fuel taxes.",
        "Anna Berg had a simple message on Monday: the government will cut fuel taxes.",
    ],
)
def test_a_statement_a_colon_opens_is_its_speakers(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Taxes", sentence, sentence[:12], {"Anna Berg": "PERSON"}) == (
        "attributed",
        "Anna Berg",
    )


def test_an_answer_without_a_colon_is_no_statement(res: analyse.Resources) -> None:
    sentence = "Anna Berg had an answer for every question at the hearing."
    assert status_of(res, "Hearing", sentence, sentence[:12], {"Anna Berg": "PERSON"}) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            '"The shelling could stop within a week," Tomas Lind, who handles foreign policy, was quoted as '
            "saying by the Interfax news agency.",
            "speculative",
        ),
        ("Tomas Lind was quoted as saying by Interfax that the talks ended without a deal.", "attributed"),
    ],
)
def test_the_one_quoted_as_saying_speaks_not_the_agency(
    res: analyse.Resources, sentence: str, status: str
) -> None:
    names = {"Tomas Lind": "PERSON", "Interfax": "ORG"}
    assert status_of(res, "Talks", sentence, sentence[:12], names) == (status, "Tomas Lind")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Tomas Lind recalled that "the talks in Istanbul ended without a deal".',
            ("attributed", "Tomas Lind"),
        ),
        ("Tomas Lind floated the idea of a Christmas ceasefire on Friday.", ("attributed", "Tomas Lind")),
        ("Tomas Lind said he could envisage talks in January.", ("attributed", "Tomas Lind")),
        ("Tomas Lind recalled the ambassador from Paris on Friday.", ("unflagged", "")),
    ],
)
def test_recalled_that_floated_the_idea_and_could_envisage(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Talks", sentence, sentence[:12], {"Tomas Lind": "PERSON"}) == expected


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Grain exports fall, farm ministry says", "farm ministry"),
        ("Drones spotted, military intelligence says", "military intelligence"),
    ],
)
def test_a_headlines_lower_case_institution_speaks_as_written(
    res: analyse.Resources, title: str, speaker: str
) -> None:
    assert status_of(res, title, "Exports fell in December.", title[:12], {}) == ("attributed", speaker)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Poland's largest gas utility said on Monday it had restored deliveries.",
            ("attributed", "Poland's largest gas utility"),
        ),
        ("A regional gas utility said on Monday it had restored deliveries.", ("reported", "")),
    ],
)
def test_a_states_company_is_named_and_an_indefinite_one_is_not(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Gas", sentence, sentence[:12], {"Poland": "GPE"}) == expected


def test_a_headline_quoting_what_its_subject_did_is_the_bodys_speaker(res: analyse.Resources) -> None:
    title = "Army 'shells border villages' overnight, killing four"
    text = (
        "Anna Berg, the regional governor, said the shelling began at midnight.\n\nFour people were killed."
    )
    assert status_of(res, title, text, title[:12], {"Anna Berg": "PERSON"}) == ("attributed", "Anna Berg")
    plain = "Germany vows to pay its 'fair share' on defence"
    assert status_of(res, plain, text, plain[:12], {"Anna Berg": "PERSON"}) == ("unflagged", "")


def test_an_inverted_verb_credits_a_body_named_with_its_kind(res: analyse.Resources) -> None:
    sentence = "The striker hoped to play again, wrote the Fallen Heroes project, a memorial to athletes."
    got = status_of(res, "Athletes", sentence, sentence[:12], {})
    assert got == ("attributed", "Fallen Heroes project")


@pytest.mark.parametrize(
    "sentence",
    [
        "A statement from the Kremlin said the two presidents had spoken by phone.",
        "The two presidents had spoken by phone, a statement from the Kremlin said.",
    ],
)
def test_a_statement_from_an_institution_is_that_institutions(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Call", sentence, sentence[:12], {"Kremlin": "ORG"}) == ("attributed", "Kremlin")


@pytest.mark.parametrize(
    "sentence",
    [
        "He is worth $18 billion, according to the Bloomberg Billionaires Index.",
        "According to the Bloomberg Billionaires Index, he is worth $18 billion.",
    ],
)
def test_according_to_a_name_the_model_cut_short_is_the_whole_name(
    res: analyse.Resources, sentence: str
) -> None:
    got = status_of(res, "Wealth", sentence, sentence[:12], {"Bloomberg": "ORG"})
    assert got == ("attributed", "Bloomberg Billionaires Index")


@pytest.mark.parametrize(
    "sentence",
    [
        '"She was our best coach," the Letychiv community in Khmelnytskyi Oblast wrote on Facebook.',
        "The Letychiv community in Khmelnytskyi Oblast wrote on Facebook that she was their best coach.",
    ],
)
def test_a_body_in_a_region_the_model_took_for_an_organisation_is_the_body(
    res: analyse.Resources, sentence: str
) -> None:
    names = {"Letychiv": "ORG", "Khmelnytskyi Oblast": "ORG"}
    assert status_of(res, "Coach", sentence, sentence[:12], names) == ("attributed", "Letychiv community")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The head of the regional administration, Anna Berg, said three people were wounded.",
            ("attributed", "Anna Berg"),
        ),
        ("Anna Berg, the governor, said two officials were detained.", ("attributed", "Anna Berg")),
        ('"Three people were wounded," said two officials.', ("reported", "")),
        ('"Three people were wounded," said the officials, who asked not to be named.', ("reported", "")),
    ],
)
def test_an_unnamed_noun_after_said_is_the_source_only_when_nothing_is_said_of_it(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Wounded", sentence, sentence[:12], {"Anna Berg": "PERSON"}) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("According to the General Staff, Russia has lost 560,000 troops.", "General Staff"),
        (
            "Russia has lost 560,000 troops, according to the Institute for the Study of War.",
            "Institute for the Study of War",
        ),
    ],
)
def test_according_to_a_capitalised_body_the_model_missed_is_that_body(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert status_of(res, "Losses", sentence, sentence[:12], {"Russia": "GPE"}) == ("attributed", speaker)


def test_according_to_the_day_is_no_source(res: analyse.Resources) -> None:
    sentence = "The ships left on time, according to the Monday schedule."
    assert status_of(res, "Ships", sentence, sentence[:12], {}) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The tanker carried 1.8 million barrels, according to shipping data and documents seen by Reuters.",
        "Documents seen by Reuters show the tanker carried 1.8 million barrels.",
    ],
)
def test_documents_the_outlet_saw_are_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Tanker", sentence, sentence[:12], {"Reuters": "ORG"}) == ("reported", "")


def test_could_no_longer_is_no_forecast(res: analyse.Resources) -> None:
    sentence = "In a letter, Anna Berg said she could no longer support the budget."
    assert status_of(res, "Budget", sentence, sentence[:12], {"Anna Berg": "PERSON"}) == (
        "attributed",
        "Anna Berg",
    )


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        (
            "Goldman Sachs expects Brent to average $56 a barrel in 2026.",
            "Goldman",
            ("speculative", "Goldman Sachs"),
        ),
        (
            "Brent will average $56 a barrel in 2026, Goldman Sachs predicts.",
            "Brent",
            ("speculative", "Goldman Sachs"),
        ),
        (
            "Goldman Sachs expects Brent to average $56 a barrel.\nThe bank said in a note that supply was rising.",
            "The bank",
            ("attributed", "Goldman Sachs"),
        ),
        ("Brent rose to $60 a barrel, as expected.", "Brent", ("unflagged", "")),
    ],
)
def test_a_named_forecaster_keeps_its_name_and_the_bank_is_it(
    res: analyse.Resources, text: str, first: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Oil", text, first, {"Goldman Sachs": "ORG"}) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Anna Berg: 'We will not give up our land'", ("attributed", "Anna Berg")),
        ("'We will not give up our land', says Anna Berg", ("attributed", "Anna Berg")),
        # a closing quotation no one is named for (rounds 51, 107 and 127's labels; the forty-third session)
        ("Fire in a bar: 'We thought it was a joke'", ("reported", "")),
    ],
)
def test_a_headline_quoting_a_name_before_a_colon_is_that_names(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    body = "The president spoke in the capital on Sunday."
    assert status_of(res, title, body, title[:8], {"Anna Berg": "PERSON"}) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kyiv has dismissed the claim as propaganda.", ("attributed", "")),
        ('"The drones were Ukrainian," Moscow said on Monday.', ("attributed", "")),
        ("Officials in Kyiv said the drones were Russian.", ("reported", "")),
        (
            "The foreign ministers of Somalia and Somaliland said they had received no proposal.",
            ("attributed", "foreign ministers of Somalia and Somaliland"),
        ),
    ],
)
def test_a_city_for_its_government_speaks_but_is_never_the_speaker(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    names = {"Kyiv": "GPE", "Moscow": "GPE", "Somalia": "GPE", "Somaliland": "GPE"}
    assert status_of(res, "Drones", sentence, sentence[:12], names) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rescuers said they had pulled four people from the rubble.", ("reported", "")),
        ("Four people were pulled from the rubble, firefighters said.", ("reported", "")),
        (
            "The regional prosecutor's office said a criminal case had been opened.",
            ("attributed", "regional prosecutor's office"),
        ),
        (
            "A criminal case has been opened, the governor's press service said.",
            ("attributed", "governor's press service"),
        ),
    ],
)
def test_people_at_work_are_unnamed_and_a_titled_office_speaks_as_written(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Rubble", sentence, sentence[:12], {}) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian Telegram channels said a fire broke out at the plant.", ("reported", "")),
        ("A fire broke out at the plant, Russian Telegram channels said.", ("reported", "")),
        ("The Kommersant newspaper said a fire broke out at the plant.", ("attributed", "Kommersant")),
    ],
)
def test_channels_on_a_platform_are_unnamed_and_a_named_paper_is_named(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert (
        status_of(res, "Fire", sentence, sentence[:12], {"Telegram": "ORG", "Kommersant": "ORG"}) == expected
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Anna Berg posted a video of the operation on X.", ("unflagged", "")),
        ("Anna Berg posted a video on X saying the blockade would hold.", ("attributed", "Anna Berg")),
        ("Anna Berg posted on X that the blockade would hold.", ("attributed", "Anna Berg")),
    ],
)
def test_posting_a_video_shows_and_posting_words_says(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Blockade", sentence, sentence[:12], {"Anna Berg": "PERSON"}) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The power supply was cut on Sunday, the national electricity company said.",
            ("attributed", "national electricity company"),
        ),
        (
            "The national electricity company said the power supply was cut on Sunday.",
            ("attributed", "national electricity company"),
        ),
        ("A national electricity company said the power supply was cut on Sunday.", ("reported", "")),
        ("Reuters eyewitnesses said air defences were in action over the city.", ("attributed", "Reuters")),
    ],
)
def test_a_definite_institution_speaks_as_written_and_an_indefinite_one_is_unnamed(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert status_of(res, "Power", sentence, sentence[:12], {"Reuters": "ORG"}) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ('"We are ready to talk. This could take weeks," Anna Berg said.', '"We are'),
        (
            'Anna Berg spoke on Monday. "We are ready to talk," she said. "This could take weeks."',
            '"This could',
        ),
    ],
)
def test_a_quoted_forecast_keeps_the_quotes_speaker(res: analyse.Resources, text: str, first: str) -> None:
    found = claims_of(res, "Talks", text, {"Anna Berg": "PERSON"})
    assert {c.attributed_to for c in found} == {"Anna Berg"}
    assert [c.status for c in found if "weeks" in c.text] == ["speculative"]
    assert status_of(res, "Talks", text, first, {"Anna Berg": "PERSON"})[1] == "Anna Berg"


def test_the_news_agency_is_the_agency_named_before_with_its_kind(res: analyse.Resources) -> None:
    text = "North Korea's KCNA news agency said the test succeeded.\nAccording to the news agency, the missile flew far."
    names = {"North Korea": "GPE", "KCNA": "ORG"}
    assert status_of(res, "Test", text, "According", names) == ("attributed", "KCNA")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Maria Zakharova, the foreign ministry spokeswoman, said Europe was preparing for war.", "Maria"),
        ('"Europe is preparing for war," said Maria Zakharova, the foreign ministry spokeswoman.', '"Europe'),
        (
            "Maria Zakharova, the foreign ministry spokeswoman, said Moscow was ready.\n"
            '"Europe is preparing for war," she said.',
            '"Europe',
        ),
    ],
)
def test_a_name_the_model_did_not_read_before_its_description_speaks(
    res: analyse.Resources, text: str, first: str
) -> None:
    # no names given: as far into a long text, where the model does not read
    assert status_of(res, "War", text, first, {}) == ("attributed", "Maria Zakharova")


def test_a_description_between_commas_is_no_name(res: analyse.Resources) -> None:
    # a common-word run before a description is not taken for a name the model missed (7961a18); since the
    # forty-ninth session the parser reads the sentence's subject, and the sentence is credited as its short form
    # is ("European Union said ..."), never to its description
    sentence = "European Union, the bloc of 27 states, said the talks had failed."
    short = "European Union said the talks had failed."
    said = status_of(res, "Talks", sentence, sentence[:12], {})
    assert "bloc" not in said[1]
    assert said == status_of(res, "Talks", short, short[:12], {})


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Svyrydenko, who took office in July, said cuts were coming.", "Svyrydenko"),
        (
            "The figures were confirmed by Andriy Kovalenko, head of the disinformation centre.",
            "Andriy Kovalenko",
        ),
        ("Andriy Kovalenko, head of the disinformation centre, confirmed the figures.", "Andriy Kovalenko"),
    ],
)
def test_an_unread_name_before_a_relative_clause_or_after_by_speaks(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert status_of(res, "Cuts", sentence, sentence[:12], {}) == ("attributed", speaker)


def test_an_unnamed_noun_before_a_relative_clause_is_unnamed(res: analyse.Resources) -> None:
    sentence = "Officials, who asked not to be named, said cuts were coming."
    assert status_of(res, "Cuts", sentence, sentence[:12], {}) == ("reported", "")


# --- round 10: relative clauses, passive telling, relayed speech, appositive names --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Getlink, which runs the tunnel and its shuttle, said repairs were underway.",
        "Repairs were underway, Getlink, which runs the tunnel and its shuttle, said.",
        "Getlink (GETP.PA) , opens new tab , which runs the tunnel and its shuttle, said repairs were underway.",
    ],
)
def test_a_name_the_model_did_not_read_before_a_relative_clause_speaks(
    res: analyse.Resources, sentence: str
) -> None:
    assert status_of(res, "Tunnel", sentence, sentence[:12], {}) == ("attributed", "Getlink")


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesperson for Eurostar, which runs trains to Paris, Brussels and Amsterdam, said services had stopped.",
        "Services had stopped, a spokesperson for Eurostar, which runs trains to Paris, said.",
        "Eurostar (EUR.PA) , opens new tab , which runs trains to Paris, said services had stopped.",
    ],
)
def test_a_relative_clause_between_the_source_and_its_verb_is_skipped(
    res: analyse.Resources, sentence: str
) -> None:
    assert status_of(res, "Trains", sentence, sentence[:12], {"Eurostar": "ORG"}) == (
        "attributed",
        "Eurostar",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Travellers at the station were told operations had been halted for the day.",
        "Operations had been halted for the day, travellers at the station were told.",
        "Travellers were told by officials that operations had been halted for the day.",
        "Operations had been halted for the day, travellers were told by officials.",
    ],
)
def test_told_in_the_passive_with_no_one_named_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Trains", sentence, sentence[:12], {}) == ("reported", "")


def test_told_in_the_passive_to_do_something_is_an_order(res: analyse.Resources) -> None:
    sentence = "Travellers at the station were told to go home."
    assert status_of(res, "Trains", sentence, sentence[:12], {})[0] == "unflagged"


@pytest.mark.parametrize(
    "sentence",
    [
        "The phone held a book on sabotage, according to law enforcement.",
        "According to law enforcement, the phone held a book on sabotage.",
        "Law enforcement said the phone held a book on sabotage.",
    ],
)
def test_law_enforcement_is_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Phone", sentence, sentence[:12], {}) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement, the association has said it is being attacked by the government.",
        "It is being attacked by the government, the association said in a statement.",
    ],
)
def test_the_association_speaks_for_the_association_named_before(
    res: analyse.Resources, sentence: str
) -> None:
    text = (
        "The Argentine Football Association held a vote. A prosecutor charged it, La Nacion reported. "
        + sentence
    )
    names = {"Argentine Football Association": "ORG", "La Nacion": "ORG"}
    assert status_of(res, "Vote", text, sentence[:12], names) == (
        "attributed",
        "Argentine Football Association",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        'Spokeswoman Maud Bregeon reported Anna Berg as telling ministers: "We defend the law."',
        "Spokeswoman Maud Bregeon said Anna Berg added that the law must be defended.",
        'Anna Berg told ministers: "We defend the law," spokeswoman Maud Bregeon said.',
    ],
)
def test_a_named_persons_words_relayed_by_another_are_the_persons(
    res: analyse.Resources, sentence: str
) -> None:
    names = {"Maud Bregeon": "PERSON", "Anna Berg": "PERSON"}
    assert status_of(res, "Law", sentence, sentence[:12], names) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Maduro's vice president, Delcy Rodriguez, has taken over as interim leader, and said she wants talks.",
        "Maduro's vice president, Delcy Rodriguez, said she wants talks.",
    ],
)
def test_a_name_in_apposition_to_an_office_of_another_speaks(res: analyse.Resources, sentence: str) -> None:
    names = {"Maduro": "PERSON", "Delcy Rodriguez": "PERSON"}
    assert status_of(res, "Talks", sentence, sentence[:12], names) == ("attributed", "Delcy Rodriguez")


@pytest.mark.parametrize(
    "sentence",
    [
        "In March 2024, retired soccer star Carlos Tevez published a tweet hinting at bags of money in the suburb.",
        "In March 2024, Carlos Tevez published a tweet , opens new tab hinting at bags of money in the suburb.",
        "There were bags of money in the suburb, retired soccer star Carlos Tevez hinted in a tweet.",
        "The treasurer kept bags of money there, Carlos Tevez implied.",
    ],
)
def test_a_hint_or_an_implication_is_a_statement(res: analyse.Resources, sentence: str) -> None:
    names = {"Carlos Tevez": "PERSON"}
    assert status_of(res, "Villa", sentence, sentence[:12], names) == ("attributed", "Carlos Tevez")


def test_data_hinting_at_a_slowdown_is_no_statement(res: analyse.Resources) -> None:
    sentence = "Factory data for March were weak, hinting at a slowdown."
    assert status_of(res, "Data", sentence, sentence[:12], {}) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        'His comment clarified an initial reaction Anna Berg made that voters "can only rejoice" at the result.',
        'His comment clarified an initial reaction made by Anna Berg that voters "can only rejoice" at the result.',
    ],
)
def test_a_remark_a_named_person_made_is_theirs(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Vote", sentence, sentence[:12], {"Anna Berg": "PERSON"}) == (
        "attributed",
        "Anna Berg",
    )


def test_a_statement_that_names_someone_it_is_about_is_not_theirs(res: analyse.Resources) -> None:
    sentence = "The statement Anna Berg signed last year was torn up."
    assert status_of(res, "Vote", sentence, sentence[:12], {"Anna Berg": "PERSON"}) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Venezuela ally China said it "strongly condemns" the operation.', "China"),
        ("Kyiv's ally Britain said the strike was illegal.", "United Kingdom"),
        ("Longtime Maduro ally Cuba said the raid was state terrorism.", "Cuba"),
        ("Putin's friend Viktor Orban said the raid was illegal.", "Viktor Orban"),
        # the relation after the name leaves the name the subject
        ("Russia, a close ally of Venezuela, said the raid was illegal.", "Russia"),
    ],
)
def test_a_relation_before_a_name_makes_that_name_the_speaker(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    # "Venezuela ally China said": the name before "ally" only says whose ally it is (a brief credited China's
    # condemnation to Venezuela)
    names = {
        "Venezuela": "GPE",
        "China": "GPE",
        "Kyiv": "GPE",
        "Britain": "GPE",
        "Maduro": "PERSON",
        "Cuba": "GPE",
        "Putin": "PERSON",
        "Viktor Orban": "PERSON",
        "Russia": "GPE",
    }
    rows = claim_rows(res, "Reactions to the raid", sentence, names)
    assert row_of(rows, sentence[:20]) == ("attributed", speaker)


@pytest.mark.parametrize("names", [{"Norway": "GPE", "Hengaw": "ORG"}, {"Norway": "GPE"}])
def test_where_a_body_is_based_is_not_its_voice(res: analyse.Resources, names: dict[str, str]) -> None:
    # "The Norway-based Hengaw rights group said" was credited to Norway, and the group's "It said" after it to AFP
    body = (
        "The Norway-based Hengaw rights group said that guards opened fire on protesters, killing four. "
        "It said funerals took place on Sunday, AFP reported."
    )
    rows = claim_rows(res, "Protests spread in western Iran", body, names)
    status, speaker = row_of(rows, "The Norway-based")
    assert status == "attributed" and speaker != "Norway"
    if "Hengaw" in names:
        assert speaker == "Hengaw"
