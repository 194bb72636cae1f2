"""Hedges and non-verifications (issue 11, helper hedges81): a hedge word inside a quotation that goes on is the
quoted speaker's, not the outlet's; "what X's press service said" is X's account; "she said" goes on with the account
of the person just named; "the governor said" before "Governor X said" is one report; a comment not given is no claim
a non-verification refers to; what a list provides is no forecast; "a US report suggesting" is a report no one is
named for (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Reuters": "ORG",
    "Norland": "GPE",
    "Ostland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


def test_a_quoted_hedge_does_not_stop_the_quote_going_on(res: analyse.Resources) -> None:
    # round 70: '"Not the way (Trump) intends, as if that oil belongs to them because we supposedly owe them. / We
    # do not owe anything to the United States."' after '"...," Rangel said.': the speaker's words, not a report
    body = "\n".join(
        [
            "Port board member Anna Berg told Reuters the buyers will need to pay international prices.",
            '"If they want to buy it, they will have it in due time," Berg said. "Not the way Norland intends, as if '
            'that grain belongs to them because we supposedly owe them. We do not owe anything to Norland."',
        ]
    )
    assert _row(res, body, '"Not the way') == ("attributed", "Anna Berg")
    assert _row(res, body, "We do not owe") == ("attributed", "Anna Berg")


def test_a_hedge_outside_the_quotation_stays_a_hedge(res: analyse.Resources) -> None:
    body = "\n".join(
        [
            "The ship allegedly carried 200 migrants when it sank off the coast of Ostland.",
            "Rescue teams searched the waters through the night.",
        ]
    )
    assert _row(res, body, "The ship allegedly")[0] == "reported"


def test_what_a_persons_office_said_is_their_account(res: analyse.Resources) -> None:
    # round 59: "Reuters was not able to immediately verify the reported Kherson region attack or photographs of what
    # Saldo's press service said was the aftermath": Saldo's claims, the sentence itself no claim
    body = "\n".join(
        [
            "Anna Berg, the Norland-installed governor of the region, said three drones had hit the celebrations in a "
            "coastal village.",
            "She said that many people had been burnt alive.",
            "Norland said on Thursday it would send Ostland proof of an earlier attack.",
            "Reuters was not able to immediately verify the reported attack or photographs of what Berg's press "
            "service said was the aftermath on Thursday.",
        ]
    )
    assert _row(res, body, "Anna Berg, the") == ("unverified", "Anna Berg")
    assert _row(res, body, "She said that") == ("unverified", "Anna Berg")
    assert _row(res, body, "Reuters was not able") == ("unflagged", "")


def test_her_account_goes_on_in_she_said(res: analyse.Resources) -> None:
    # round 59: "Morgan Smith, ..., turned to those resources ... / After her wallet ..., she said: ..." then
    # "Reuters was unable to confirm Smith's account independently."
    body = "\n".join(
        [
            "Anna Berg, a 31-year-old teacher in Ostland, turned to the agency when she realized she had been a "
            "victim of identity theft.",
            "After her wallet was stolen from her car, she learned that someone had opened accounts in her name, "
            "she said.",
            "Reuters was unable to confirm Berg's account independently.",
        ]
    )
    assert _row(res, body, "After her wallet") == ("unverified", "Anna Berg")
    assert _row(res, body, "Reuters was unable") == ("unflagged", "")


def test_the_governor_said_then_governor_x_is_one_report(res: analyse.Resources) -> None:
    # round 65: "One man was killed ..., the governor said on Sunday. / Governor Vyacheslav Gladkov said ... /
    # Firefighters put out the fire ..., he added. / Reuters was unable to independently verify the report."
    body = "\n".join(
        [
            "One man was killed and a child was injured by a drone attack on a vehicle in Ostland's border region, "
            "the governor said on Sunday.",
            "Governor Tomas Lind said on the Telegram messaging app the injured were hospitalised. Firefighters put "
            "out the fire, which had engulfed the car, he added.",
            "Reuters was unable to independently verify the report.",
        ]
    )
    assert _row(res, body, "One man was killed")[0] == "unverified"
    assert _row(res, body, "Governor Tomas Lind") == ("unverified", "Tomas Lind")
    assert _row(res, body, "Firefighters put out") == ("unverified", "Tomas Lind")


def test_a_comment_not_given_is_not_what_went_unverified(res: analyse.Resources) -> None:
    # "There was no immediate official comment from Ukraine about the attack. Reuters could not independently verify
    # the report or the extent of the damage.": the claim before the missing comment is the one not verified
    body = "\n".join(
        [
            "Tomas Lind, a local resident, said a series of explosions was heard over the port late on Tuesday.",
            "Several Ostland media, including the Ostland Daily outlet, posted photos on Telegram appearing to show a "
            "large fire burning at night.",
            "There was no immediate official comment from Ostland about the attack. Reuters could not independently "
            "verify the report or the extent of the damage.",
        ]
    )
    assert _row(res, body, "There was no immediate") == ("unflagged", "")
    assert _row(res, body, "Several Ostland media")[0] == "unverified"
    assert _row(res, body, "Tomas Lind, a local")[0] == "attributed"


def test_what_a_list_provides_is_no_forecast(res: analyse.Resources) -> None:
    # round 70: "has put 25 more countries on a list of nations whose citizens could be required to post bonds":
    # what the list provides, not a forecast
    body = (
        "The government has put 25 more countries on a list of nations whose citizens could be required to post "
        "bonds of up to $15,000 to apply for entry into Norland."
    )
    assert _row(res, body, "The government has put")[0] != "speculative"
    forecast = "Citizens of 25 more countries could be required to post bonds next year."
    assert _row(res, forecast, "Citizens of 25")[0] == "speculative"


def test_a_report_no_one_is_named_for_is_reported(res: analyse.Resources) -> None:
    # round 68: '"...," Lai said when asked about a US report suggesting China could have the capability to win a
    # conflict over Taiwan by 2027.': the report's claim, no one named for it
    body = (
        '"Whether Norland can achieve its goals on schedule is one thing," Anna Berg said when asked about a US '
        "report suggesting Norland could have the capability to win a conflict by 2027."
    )
    assert _row(res, body, '"Whether Norland') == ("reported", "Anna Berg")
