"""Synthetic feeds: N sources x M items of realistic world news, with near-duplicate retellings across sources.

Each *event* (a strike, a tanker seizure, talks, a protest ...) gets slots: a place in a theatre, people with
roles, organisations, numbers, a weekday. One to eight sources retell it: the same sentences with synonyms
swapped, a prefix or suffix on the headline, their own hedges and background. The mix of source kinds is
calibrated to the real feeds in demo/feeds and tests/data/feeds:

- headline (BBC, WSJ): a one-sentence description of 15-35 words;
- standfirst (El Pitazo): three or four sentences, 55-90 words;
- fulltext (Kyiv Independent): content:encoded with the article, 250-700 words.

`generate` is deterministic for a given seed and `now`; it writes feed-NNN.xml files (RSS 2.0 or Atom) and a
manifest.json that records which item links tell the same event (the ground truth for clustering).

    python -m benchmarks.generate --items 1000 --out benchmarks/work/feeds
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

# --- vocabulary ------------------------------------------------------------------------------------------------

# (place, country, theatre)
PLACES: tuple[tuple[str, str, str], ...] = (
    ("Kyiv", "Ukraine", "Europe"),
    ("Kharkiv", "Ukraine", "Europe"),
    ("Odesa", "Ukraine", "Europe"),
    ("Dnipro", "Ukraine", "Europe"),
    ("Zaporizhzhia", "Ukraine", "Europe"),
    ("Kherson", "Ukraine", "Europe"),
    ("Lviv", "Ukraine", "Europe"),
    ("Sumy", "Ukraine", "Europe"),
    ("Pokrovsk", "Ukraine", "Europe"),
    ("Kramatorsk", "Ukraine", "Europe"),
    ("Mykolaiv", "Ukraine", "Europe"),
    ("Chernihiv", "Ukraine", "Europe"),
    ("Belgorod", "Russia", "Europe"),
    ("Kursk", "Russia", "Europe"),
    ("Bryansk", "Russia", "Europe"),
    ("Novorossiysk", "Russia", "Europe"),
    ("Moscow", "Russia", "Europe"),
    ("Sevastopol", "Russia", "Europe"),
    ("Minsk", "Belarus", "Europe"),
    ("Warsaw", "Poland", "Europe"),
    ("Vilnius", "Lithuania", "Europe"),
    ("Riga", "Latvia", "Europe"),
    ("Tallinn", "Estonia", "Europe"),
    ("Chisinau", "Moldova", "Europe"),
    ("Tbilisi", "Georgia", "Europe"),
    ("Brussels", "Belgium", "Europe"),
    ("Berlin", "Germany", "Europe"),
    ("Caracas", "Venezuela", "Caribbean"),
    ("Maracaibo", "Venezuela", "Caribbean"),
    ("Puerto Cabello", "Venezuela", "Caribbean"),
    ("La Guaira", "Venezuela", "Caribbean"),
    ("Cumana", "Venezuela", "Caribbean"),
    ("Havana", "Cuba", "Caribbean"),
    ("Santiago de Cuba", "Cuba", "Caribbean"),
    ("Port-au-Prince", "Haiti", "Caribbean"),
    ("Cap-Haitien", "Haiti", "Caribbean"),
    ("Kingston", "Jamaica", "Caribbean"),
    ("Santo Domingo", "Dominican Republic", "Caribbean"),
    ("Port of Spain", "Trinidad and Tobago", "Caribbean"),
    ("Willemstad", "Curacao", "Caribbean"),
    ("Cucuta", "Colombia", "Caribbean"),
    ("Georgetown", "Guyana", "Caribbean"),
    ("Gaza City", "Gaza", "Middle East"),
    ("Rafah", "Gaza", "Middle East"),
    ("Khan Younis", "Gaza", "Middle East"),
    ("Beirut", "Lebanon", "Middle East"),
    ("Damascus", "Syria", "Middle East"),
    ("Aleppo", "Syria", "Middle East"),
    ("Tehran", "Iran", "Middle East"),
    ("Baghdad", "Iraq", "Middle East"),
    ("Erbil", "Iraq", "Middle East"),
    ("Sanaa", "Yemen", "Middle East"),
    ("Hodeidah", "Yemen", "Middle East"),
    ("Taipei", "Taiwan", "Indo-Pacific"),
    ("Manila", "Philippines", "Indo-Pacific"),
    ("Pyongyang", "North Korea", "Indo-Pacific"),
    ("Seoul", "South Korea", "Indo-Pacific"),
    ("Kaohsiung", "Taiwan", "Indo-Pacific"),
    ("Khartoum", "Sudan", "Africa"),
    ("El Fasher", "Sudan", "Africa"),
    ("Port Sudan", "Sudan", "Africa"),
    ("Goma", "DR Congo", "Africa"),
    ("Mogadishu", "Somalia", "Africa"),
    ("Bamako", "Mali", "Africa"),
    ("Niamey", "Niger", "Africa"),
    ("Tripoli", "Libya", "Africa"),
)
THEATRE_WEIGHTS = {"Europe": 0.4, "Caribbean": 0.2, "Middle East": 0.2, "Indo-Pacific": 0.1, "Africa": 0.1}

# (name, role, country or theatre they belong to)
PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("Volodymyr Zelensky", "Ukrainian President", "Europe"),
    ("Andrii Sybiha", "Ukrainian Foreign Minister", "Europe"),
    ("Kyrylo Budanov", "Ukraine's military intelligence chief", "Europe"),
    ("Oleh Syniehubov", "Kharkiv regional governor", "Europe"),
    ("Oleh Kiper", "Odesa regional governor", "Europe"),
    ("Ivan Fedorov", "Zaporizhzhia regional governor", "Europe"),
    ("Vladimir Putin", "Russian President", "Europe"),
    ("Dmitry Peskov", "Kremlin spokesman", "Europe"),
    ("Sergei Lavrov", "Russian Foreign Minister", "Europe"),
    ("Maria Zakharova", "Russian Foreign Ministry spokeswoman", "Europe"),
    ("Vyacheslav Gladkov", "Belgorod regional governor", "Europe"),
    ("Alexander Lukashenko", "Belarusian leader", "Europe"),
    ("Mark Rutte", "NATO Secretary General", "Europe"),
    ("Kaja Kallas", "EU foreign policy chief", "Europe"),
    ("Ursula von der Leyen", "European Commission President", "Europe"),
    ("Donald Tusk", "Polish Prime Minister", "Europe"),
    ("Friedrich Merz", "German Chancellor", "Europe"),
    ("Maia Sandu", "Moldovan President", "Europe"),
    ("Nicolas Maduro", "Venezuelan President", "Caribbean"),
    ("Diosdado Cabello", "Venezuelan Interior Minister", "Caribbean"),
    ("Delcy Rodriguez", "Venezuelan Vice President", "Caribbean"),
    ("Maria Corina Machado", "Venezuelan opposition leader", "Caribbean"),
    ("Edmundo Gonzalez", "Venezuelan opposition candidate", "Caribbean"),
    ("Vladimir Padrino Lopez", "Venezuelan Defence Minister", "Caribbean"),
    ("Miguel Diaz-Canel", "Cuban President", "Caribbean"),
    ("Gustavo Petro", "Colombian President", "Caribbean"),
    ("Luis Abinader", "Dominican President", "Caribbean"),
    ("Keith Rowley", "Trinidad and Tobago's former Prime Minister", "Caribbean"),
    ("Marco Rubio", "US Secretary of State", "Caribbean"),
    ("Pete Hegseth", "US Defence Secretary", "Caribbean"),
    ("Benjamin Netanyahu", "Israeli Prime Minister", "Middle East"),
    ("Abbas Araghchi", "Iranian Foreign Minister", "Middle East"),
    ("Masoud Pezeshkian", "Iranian President", "Middle East"),
    ("Ahmed al-Sharaa", "Syrian President", "Middle East"),
    ("Joseph Aoun", "Lebanese President", "Middle East"),
    ("Lai Ching-te", "Taiwanese President", "Indo-Pacific"),
    ("Ferdinand Marcos Jr", "Philippine President", "Indo-Pacific"),
    ("Lee Jae-myung", "South Korean President", "Indo-Pacific"),
    ("Kim Jong Un", "North Korean leader", "Indo-Pacific"),
    ("Abdel Fattah al-Burhan", "Sudanese army chief", "Africa"),
    ("Mohamed Hamdan Dagalo", "RSF commander", "Africa"),
    ("Felix Tshisekedi", "Congolese President", "Africa"),
    ("Antonio Guterres", "UN Secretary-General", "any"),
    ("Rafael Grossi", "IAEA Director General", "any"),
    ("Volker Turk", "UN human rights chief", "any"),
)
ORGS: dict[str, tuple[str, ...]] = {
    "Europe": (
        "NATO",
        "the Kremlin",
        "Ukraine's air force",
        "the SBU",
        "Russia's Defence Ministry",
        "the European Commission",
        "Ukraine's General Staff",
        "Rosatom",
        "Gazprom",
        "Ukrenergo",
    ),
    "Caribbean": (
        "the US Coast Guard",
        "US Southern Command",
        "the Venezuelan National Guard",
        "PDVSA",
        "the Organization of American States",
        "Caricom",
        "the US Treasury",
        "the Haitian National Police",
    ),
    "Middle East": (
        "the Israel Defence Forces",
        "Hamas",
        "Hezbollah",
        "the Houthis",
        "the UN agency for Palestinian refugees",
        "Iran's Revolutionary Guards",
        "the World Food Programme",
    ),
    "Indo-Pacific": (
        "China's coast guard",
        "the People's Liberation Army",
        "Taiwan's Defence Ministry",
        "the Philippine Coast Guard",
        "the US Seventh Fleet",
    ),
    "Africa": (
        "the Rapid Support Forces",
        "the Sudanese army",
        "the M23 rebels",
        "the African Union",
        "Africa Corps",
        "the UN refugee agency",
    ),
}
ATTACKERS = {
    "Ukraine": "Russian",
    "Russia": "Ukrainian",
    "Gaza": "Israeli",
    "Lebanon": "Israeli",
    "Syria": "Israeli",
    "Yemen": "US",
    "Iraq": "Iran-backed",
    "Sudan": "RSF",
    "DR Congo": "M23",
    "Mali": "jihadist",
    "Niger": "jihadist",
    "Somalia": "al-Shabab",
}
WEAPONS = (
    "drones",
    "ballistic missiles",
    "cruise missiles",
    "glide bombs",
    "rockets",
    "Shahed drones",
    "artillery shells",
)
TARGETS = (
    "energy facility",
    "oil depot",
    "rail hub",
    "apartment block",
    "port terminal",
    "power plant",
    "airfield",
    "ammunition depot",
    "bridge",
    "hospital",
    "substation",
    "refinery",
    "grain terminal",
    "market",
    "school",
    "gas pipeline",
    "fuel storage site",
    "military base",
    "radar station",
    "shipyard",
)
VESSEL_A = (
    "Ocean",
    "Pacific",
    "Star",
    "Nord",
    "Silver",
    "Bella",
    "Skipper",
    "Centuries",
    "Marinera",
    "Aurora",
    "Sea",
    "Kairos",
    "Virat",
    "Eventin",
    "Jaguar",
)
VESSEL_B = (
    "Glory",
    "Voyager",
    "Pride",
    "Dawn",
    "Spirit",
    "Queen",
    "Trader",
    "Explorer",
    "Horizon",
    "Legend",
    "Wind",
    "Crest",
)
FLAGS = (
    "Panama-flagged",
    "Cameroon-flagged",
    "Gabon-flagged",
    "Comoros-flagged",
    "unflagged",
    "Sierra Leone-flagged",
    "Liberia-flagged",
)
TOPICS = (
    "a ceasefire",
    "sanctions relief",
    "energy security",
    "a prisoner exchange",
    "migration",
    "oil exports",
    "air defence",
    "reconstruction funding",
    "election monitoring",
    "maritime security",
    "grain shipments",
    "nuclear safety",
    "drug trafficking",
    "border security",
    "humanitarian corridors",
    "debt relief",
)
GRIEVANCES = (
    "fuel shortages",
    "power cuts",
    "disputed election results",
    "the arrest of an opposition leader",
    "rising food prices",
    "conscription",
    "corruption allegations",
    "a new media law",
)
CHARGES = (
    "treason",
    "espionage",
    "sabotage",
    "terrorism",
    "corruption",
    "desertion",
    "collaboration",
    "arms trafficking",
)
DEFENDANTS = (
    "a former official",
    "an opposition activist",
    "a journalist",
    "a soldier",
    "a businessman",
    "a former mayor",
    "a blogger",
    "two foreign nationals",
)
SEAS = (
    "the Black Sea",
    "the Caribbean Sea",
    "the Red Sea",
    "the Baltic Sea",
    "the South China Sea",
    "the Gulf of Aden",
    "the Taiwan Strait",
    "the Eastern Mediterranean",
)
WEEKDAYS = (
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "overnight",
    "early on Thursday",
    "late on Sunday",
)
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
UNITS = (
    "the 47th Mechanised Brigade",
    "the 3rd Assault Brigade",
    "the 155th Marine Brigade",
    "the 92nd Assault Brigade",
    "a special forces unit",
    "the 1st Guards Tank Army",
    "a border guard detachment",
)
OUTLETS_CITED = (
    "Reuters",
    "the Associated Press",
    "AFP",
    "Bloomberg",
    "the Financial Times",
    "Interfax",
    "Ukrainska Pravda",
    "El Pitazo",
    "Efecto Cocuyo",
    "Al Jazeera",
    "the Kyiv Independent",
    "Meduza",
)

# Event kinds: (headlines, leads, details). An event takes one headline and one lead phrasing, so its retellings
# share them; other events of the same kind mostly use other phrasings, places, villages and officials, as real
# headlines about two different strikes share a few words, not most.
KINDS: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        (
            "{attacker} {weapon} strike {target} in {place}, {n} killed",
            "{n} dead after {attacker} attack on {a_target} in {village}",
            "{place} {target} hit by {attacker} {weapon}; {official} says {n} dead",
            "Death toll from strike on {village} {target} rises to {n}",
        ),
        (
            "{attacker} forces struck {a_target} in {place} {weekday}, killing at least {n} people and wounding {n2}, {role} {person} said.",
            "At least {n} people were killed when {attacker} {weapon} hit {a_target} in {village} near {place} {weekday}, {official_role} {official} said.",
        ),
        (
            "Emergency crews were still searching the rubble of the {target} hours after the attack.",
            "The attack involved {n3} {weapon}, of which {n4} were shot down, according to {org}.",
            "It was the {ordinal} attack on {place} this week.",
        ),
    ),
    (
        (
            "{org} says it shot down {n3} {weapon} over {place}",
            "Air defences down {n3} {weapon} aimed at {place}",
            "{place} under air raid alert as {n3} {weapon} launched",
            "Debris from downed {weapon} damages {target} in {village}",
        ),
        (
            "{org} said it intercepted {n3} {weapon} launched towards {place} {weekday}, and that debris damaged {a_target}.",
            "Falling debris from {weapon} shot down over {village} set fire to {a_target}, {official_role} {official} said {weekday}.",
        ),
        (
            "No casualties were reported in the first hours, {role} {person} said.",
            "Air raid alerts lasted for more than {n} hours across the region.",
            "Officials said {n4} of the {weapon} reached their targets.",
        ),
    ),
    (
        (
            "{country_adj} forces seize tanker {vessel} near {place}",
            "{flag} tanker {vessel} boarded off {place}",
            "Crew of seized tanker {vessel} held in {place}",
            "{vessel} seizure: {person} accuses {country2} of piracy",
        ),
        (
            "{country_adj} forces boarded the {flag} tanker {vessel} off {place} {weekday}, saying it was carrying {n}0,000 barrels of oil in breach of sanctions.",
            "The {flag} tanker {vessel} and its {n2} crew members were detained near {place} {weekday} after a chase lasting {n4} hours, {org} said.",
        ),
        (
            "The vessel was escorted to port with its {n2} crew members, {org} said.",
            "{person} called the seizure an act of piracy.",
            "Tracking data showed the {vessel} had switched off its transponder {n4} days earlier.",
        ),
    ),
    (
        (
            "{person} meets {person2} in {place} for talks on {topic}",
            "{person} and {person2} discuss {topic} at {place} meeting",
            "No breakthrough on {topic} after {person}-{person2} talks",
            "{place} talks: {person2} hopes for progress on {topic}",
        ),
        (
            "{role} {person} met {role2} {person2} in {place} {weekday} to discuss {topic}, their offices said.",
            "Talks between {person} and {person2} on {topic} ended in {place} {weekday} without a joint statement.",
        ),
        (
            "The two leaders agreed to hold a further round of talks within {n} days.",
            "{person2} said the meeting had been constructive but that differences remained over {topic}.",
            "It was their {ordinal} meeting this year.",
        ),
    ),
    (
        (
            "{org} announces sanctions on {n} companies over {topic}",
            "New sanctions hit {n} firms and {n2} individuals linked to {country}",
            "{country} vows response to {org_short} sanctions package",
            "Assets worth ${n3} million frozen in {org_short} sanctions move",
        ),
        (
            "{org} imposed sanctions on {n} companies and {n2} individuals {weekday} over their role in {topic}, freezing assets worth an estimated ${n3} million.",
            "Sanctions announced {weekday} by {org} target {n} shipping and trading firms registered in {place} and accused of helping {country} evade restrictions on {topic}.",
        ),
        (
            "The measures target firms registered in {place} and {country2}.",
            "{role} {person} said the sanctions would be lifted only if {topic} improved.",
            "{country} said it would respond in kind.",
        ),
    ),
    (
        (
            "Thousands protest in {place} for {ordinal} day over {grievance}",
            "Police detain {n} as protests over {grievance} spread in {place}",
            "{place} protesters defy ban on rallies",
            "{official} urges calm after clashes at {place} rally",
        ),
        (
            "Thousands of people marched through {place} {weekday} for the {ordinal} day running in protest at {grievance}, witnesses said.",
            "Riot police in {place} detained {n} people {weekday} as demonstrators angry about {grievance} blocked roads near {village}.",
        ),
        (
            "Police used tear gas to disperse crowds near the parliament building, and at least {n} people were detained.",
            "{role} {person} called on protesters to go home.",
            "Organisers said a general strike would begin within {n2} days.",
        ),
    ),
    (
        (
            "Power outages hit {place} after overnight attack on {target}",
            "{n}0,000 homes without electricity in {place} region",
            "Blackouts across {place} as grid operator reports damage at {village}",
            "{place} hospitals on generators after {target} hit",
        ),
        (
            "More than {n}0,000 households in {place} were left without power {weekday} after an attack on {a_target}, {org} said.",
            "Grid operators cut supply to large parts of {place} {weekday} after equipment at {a_target} near {village} was destroyed.",
        ),
        (
            "Engineers expected to restore supply within {n2} hours.",
            "Hospitals switched to backup generators, {role} {person} said.",
            "Rolling blackouts were announced for the rest of the week.",
        ),
    ),
    (
        (
            "Court in {place} jails {defendant} for {n} years on {charge} charges",
            "{defendant_cap} gets {n} years for {charge} in {place}",
            "{place} verdict: {n}-year term in {charge} case condemned by rights groups",
            "Prosecutors in {place} seek {n} years for {charge}",
        ),
        (
            "A court in {place} sentenced {defendant} to {n} years in prison {weekday} on charges of {charge}, state media reported.",
            "{official}, {defendant}, was found guilty of {charge} by a court in {place} {weekday} and given {n} years, {pronoun} lawyer said.",
        ),
        (
            "The defendant denied the charges, {pronoun} lawyer said.",
            "Rights groups called the trial politically motivated.",
            "The case is one of at least {n2} {charge} trials held in {country} this year.",
        ),
    ),
    (
        (
            "{country} expels {n} {country2_adj} diplomats over {topic}",
            "{country2_adj} envoy summoned as {country} orders out {n} diplomats",
            "Diplomatic row: {country2} vows to retaliate after expulsions",
            "{n} {country2_adj} diplomats given {n2} days to leave {country}",
        ),
        (
            "{country} ordered {n} {country2_adj} diplomats to leave within {n2} days {weekday}, citing their alleged involvement in {topic}.",
            "The {country2_adj} ambassador was summoned to the foreign ministry in {place} {weekday} and told that {n} embassy staff must leave the country.",
        ),
        (
            "{role} {person} said the diplomats had engaged in activities incompatible with their status.",
            "{country2} said it would retaliate.",
            "It was the {ordinal} round of expulsions between the two countries since January.",
        ),
    ),
    (
        (
            "{org} delivers {n}00 tonnes of aid to {place} as fighting continues",
            "Aid convoy reaches {place} after {n3}-day blockade",
            "{place} running out of food and medicine, {org_short} warns",
            "Famine fears grow as aid trucks wait at {village}",
        ),
        (
            "{org} said {weekday} it had delivered {n}00 tonnes of food and medicine to {place}, where {n2}0,000 people are cut off by fighting.",
            "A convoy of {n} trucks carrying flour, fuel and medicine reached {place} {weekday} after waiting {n3} days at a checkpoint near {village}.",
        ),
        (
            "Convoys had been blocked for {n3} days, {role} {person} said.",
            "Aid workers warned that supplies would last only {n4} weeks.",
            "The UN says famine conditions are spreading across the region.",
        ),
    ),
    (
        (
            "{attacker} troops claim capture of {village} near {place}",
            "{unit_cap} says it repelled assault on {village}",
            "Front line shifts near {place} as fighting for {village} intensifies",
            "{attacker} forces advance {n} km towards {place}, analysts say",
        ),
        (
            "{attacker} forces said {weekday} they had taken control of {village}, {n} kilometres from {place}, a claim {unit} disputed.",
            "Fighting for {village} on the approaches to {place} intensified {weekday}, with {unit} reporting {n2} assaults in a single day.",
        ),
        (
            "Fighting continued on the outskirts, {org} said.",
            "The village had a pre-war population of about {n2}00 people.",
            "Independent maps showed the front line moving by about {n4} kilometres this month.",
        ),
    ),
    (
        (
            "{country2} sends {n} warships to {sea} amid tensions with {country}",
            "{country2_adj} naval build-up in {sea} alarms {country}",
            "{country2_adj} carrier group arrives in {sea}",
            "{person} calls {country2_adj} deployment in {sea} a provocation",
        ),
        (
            "{country2} has deployed {n} warships and {n2} aircraft to {sea}, {org} said {weekday}, as tensions with {country} grow over {topic}.",
            "A {country2_adj} carrier strike group with {n} escort ships entered {sea} {weekday}, the largest such deployment in {n4} years.",
        ),
        (
            "{role} {person} called the deployment a provocation.",
            "The ships are expected to stay in the area for at least {n3} weeks.",
            "It is the largest deployment to {sea} in {n4} years.",
        ),
    ),
    (
        (
            "{country} and {country2} swap {n} prisoners of war",
            "{n} soldiers return home in exchange brokered by {mediator}",
            "Prisoner exchange frees {n} captured near {place}",
            "{person} hails return of {n} prisoners from {country2}",
        ),
        (
            "{country} and {country2} exchanged {n} prisoners of war each {weekday} in a deal brokered by {mediator}, officials said.",
            "Buses carrying {n} freed soldiers crossed the border near {village} {weekday}, in the {ordinal} exchange brokered by {mediator} this year.",
        ),
        (
            "Among those freed were {n2} soldiers captured near {place}.",
            "{role} {person} said work on further exchanges continued.",
            "It was the {ordinal} exchange this year.",
        ),
    ),
    (
        (
            "Explosion at {target} near {place} kills {n}, cause unclear",
            "Blast rips through {target} in {village}, {n} dead",
            "{place} {target} ablaze after explosion; {official} orders inquiry",
            "Investigators search for cause of deadly {village} blast",
        ),
        (
            "An explosion tore through {a_target} near {place} {weekday}, killing {n} people and injuring {n2}, {org} said.",
            "{n} people died and {n2} were hurt in a blast at {a_target} in {village}, {official_role} {official} said {weekday}.",
        ),
        (
            "The cause of the blast was not immediately clear.",
            "Video from the scene showed thick black smoke over the {target}.",
            "{role} {person} ordered an investigation.",
        ),
    ),
    (
        (
            "Opposition in {country} rejects official results of {election}",
            "{person} claims victory as rivals allege fraud in {country}",
            "Observers barred from count in {place}, {org_short} says",
            "{country} electoral council delays full results of {election}",
        ),
        (
            "The opposition in {country} rejected the official results of {election} {weekday}, saying its own tally from {n}0,000 polling stations showed a different winner.",
            "Election observers said {weekday} they had been kept away from the count in {place} and {village}, casting doubt on results announced by the electoral council.",
        ),
        (
            "{role} {person} called for a recount.",
            "Election observers from {org} said they had not been allowed to monitor the count in {place}.",
            "The electoral council has not published results by polling station.",
        ),
    ),
    (
        (
            "{person} warns {country2} against {action}",
            "{country} threatens firm response if {country2} keeps {action}",
            "{person2} dismisses warning from {person} over {topic}",
            "Tensions rise as {person} issues warning to {country2}",
        ),
        (
            "{role} {person} warned {country2} {weekday} against {action}, saying it would face a firm response.",
            "Speaking in {place} {weekday}, {person} said {country} would not tolerate {country2} {action} and hinted at retaliation.",
        ),
        (
            "{country2} dismissed the warning as empty rhetoric.",
            "The remarks came days after {n} {weapon} were launched towards {place}.",
            "Analysts said the warning reflected growing concern over {topic}.",
        ),
    ),
    (
        (
            "Cyberattack disrupts {org_short} systems in {country}",
            "Hackers linked to {country2} blamed for {place} outage",
            "{country} says it foiled cyberattack on {target} network",
            "Data leak exposes {n},000 records of {country_adj} officials",
        ),
        (
            "A cyberattack {weekday} took down booking, payment and email systems used by {org} in {place}, officials said.",
            "Security officials in {country} said {weekday} that hackers working for {country2} had tried to break into the control systems of {a_target} near {place}.",
        ),
        (
            "Systems were expected to be restored within {n2} hours.",
            "{role} {person} said the attack bore the hallmarks of a state-backed group.",
            "It was the {ordinal} such incident this year.",
        ),
    ),
    (
        (
            "Boat carrying {n2} migrants capsizes off {place}",
            "{n} missing after migrant vessel sinks near {place}",
            "Coast guard rescues {n2} people off {village}",
            "{country} tightens border after surge in arrivals at {place}",
        ),
        (
            "A boat carrying {n2} migrants capsized off {place} {weekday}, and {n} people are missing, the coast guard said.",
            "Rescuers pulled {n2} people from the sea near {village} {weekday} after their overcrowded boat sank, {official_role} {official} said.",
        ),
        (
            "Survivors said the boat had left {place2} {n4} days earlier.",
            "{org} said it was the deadliest incident on the route this year.",
            "{role} {person} promised tougher action against smugglers.",
        ),
    ),
    (
        (
            "{country_adj} oil exports fall {n} percent amid sanctions",
            "{org_short} cuts output at {place} facility",
            "Fuel prices soar in {place} as shortages deepen",
            "{country_adj} currency hits record low against the dollar",
        ),
        (
            "Oil exports from {country} fell {n} percent last month to their lowest level in {n4} years, shipping data showed {weekday}.",
            "Queues of cars stretched for kilometres outside petrol stations in {place} {weekday} as fuel prices rose {n} percent in a week.",
        ),
        (
            "Traders said buyers had become wary of sanctioned cargoes.",
            "{role} {person} blamed foreign interference for the shortages.",
            "Economists expect inflation to reach {n3} percent this year.",
        ),
    ),
    (
        (
            "{country} arrests {n} suspected {country2_adj} spies",
            "Alleged saboteur detained near {target} in {place}",
            "Security service says it broke up {country2_adj}-run network in {place}",
            "{official} among {n} held in {place} espionage probe",
        ),
        (
            "Security services in {country} said {weekday} they had arrested {n} people suspected of spying for {country2}, including {official}, {official_role}.",
            "A man suspected of planning to sabotage {a_target} near {place} was detained {weekday} with explosives in his car, {org} said.",
        ),
        (
            "The suspects face up to {n3} years in prison if convicted.",
            "{country2} denied any involvement.",
            "Investigators said the network had been active since at least {n4} years ago.",
        ),
    ),
    (
        (
            "Floods kill {n} in {place}, thousands evacuated",
            "Storm cuts power to {n}0,000 in {place}",
            "Earthquake of magnitude {mag} strikes near {place}",
            "Wildfire near {place} forces evacuation of {village}",
        ),
        (
            "Heavy rain caused rivers to burst their banks around {place} {weekday}, killing {n} people and forcing {n2}00 from their homes, {official_role} {official} said.",
            "An earthquake of magnitude {mag} struck near {place} {weekday}, damaging buildings in {village} and killing at least {n} people.",
        ),
        (
            "Rescue teams were struggling to reach villages cut off by landslides.",
            "{org} said it was sending emergency supplies.",
            "Forecasters warned of more bad weather in the coming {n4} days.",
        ),
    ),
    (
        (
            "Cholera outbreak in {place} kills {n}",
            "{org_short} warns of disease spreading in {place} camps",
            "Hospitals in {place} overwhelmed as cases rise",
            "Vaccines arrive in {place} after {n3}-day delay",
        ),
        (
            "At least {n} people have died of cholera in {place} since the start of the month, health officials said {weekday}, with {n2}0 new cases a day.",
            "Doctors in {village} near {place} said {weekday} they had run out of beds as a measles outbreak spread through displacement camps.",
        ),
        (
            "Clean water is scarce after the main pumping station was damaged.",
            "{org} said it had sent {n4} mobile clinics.",
            "{role} {person} appealed for international help.",
        ),
    ),
)
# Villages, districts and local officials are generated per theatre: they make two events of one kind differ.
VILLAGE_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Europe": (
        ("Novo", "Staro", "Velyka ", "Mala ", "Verkhnia ", "Nyzhnia ", "Zoloti ", "Kamiano"),
        (
            "mykhailivka",
            "pavlivka",
            "selydove",
            "dmytrivka",
            "oleksandrivka",
            "hryhorivka",
            "ivanivka",
            "vasylivka",
            "petrivka",
            "andriivka",
            "marivka",
            "lypivka",
            "berestove",
            "kurakhove",
        ),
    ),
    "Caribbean": (
        ("San ", "Santa ", "El ", "La ", "Los ", "Puerto ", "Villa ", "Ciudad "),
        (
            "Rafael",
            "Cruz",
            "Tigre",
            "Carupano",
            "Barinas",
            "Valle",
            "Paraiso",
            "Cumbre",
            "Esperanza",
            "Palmar",
            "Victoria",
            "Ocumare",
            "Guanare",
            "Tucupita",
        ),
    ),
    "Middle East": (
        ("Beit ", "Kafr ", "Tell ", "Deir ", "Ain ", "Khirbet ", "Jabal ", "Bir "),
        (
            "Hanoun",
            "Lahia",
            "Qasim",
            "Salem",
            "Zeit",
            "Shams",
            "Raha",
            "Nour",
            "Hamra",
            "Sabra",
            "Yunis",
            "Amal",
            "Balah",
            "Sahel",
        ),
    ),
    "Indo-Pacific": (
        ("Shi", "Jin", "Dong", "Nan", "Bei", "Xin", "San", "Ping"),
        (
            "men",
            "lin",
            "hai",
            "tou",
            "shan",
            "zhou",
            "gang",
            "yuan",
            "cheng",
            "qiao",
            "ling",
            "bao",
            "kou",
            "wan",
        ),
    ),
    "Africa": (
        ("Um ", "Abu ", "Bir ", "Wad ", "El ", "Jebel ", "Dar ", "Kafia "),
        (
            "Kadada",
            "Shouk",
            "Dukhun",
            "Madani",
            "Tawila",
            "Kutum",
            "Nyala",
            "Mellit",
            "Babanusa",
            "Kassala",
            "Sennar",
            "Kosti",
            "Rahad",
            "Geneina",
        ),
    ),
}
OFFICIAL_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Europe": (
        (
            "Oleksandr",
            "Ihor",
            "Serhii",
            "Andrii",
            "Olena",
            "Iryna",
            "Natalia",
            "Dmytro",
            "Yurii",
            "Vitalii",
            "Roman",
            "Svitlana",
        ),
        (
            "Kovalenko",
            "Shevchuk",
            "Bondarenko",
            "Tkachenko",
            "Kravchenko",
            "Melnyk",
            "Lysenko",
            "Marchenko",
            "Savchenko",
            "Rudenko",
            "Moroz",
            "Hnatiuk",
            "Prokopenko",
            "Zaitsev",
        ),
    ),
    "Caribbean": (
        (
            "Jose",
            "Carlos",
            "Maria",
            "Luisa",
            "Pedro",
            "Rafael",
            "Ana",
            "Gabriela",
            "Jean",
            "Marie",
            "Andres",
            "Yolanda",
        ),
        (
            "Perez",
            "Gonzalez",
            "Rodriguez",
            "Hernandez",
            "Martinez",
            "Salazar",
            "Mendoza",
            "Jean-Baptiste",
            "Pierre",
            "Castillo",
            "Rojas",
            "Guerrero",
            "Bolivar",
            "Ochoa",
        ),
    ),
    "Middle East": (
        (
            "Ahmed",
            "Mohammed",
            "Fatima",
            "Khaled",
            "Omar",
            "Layla",
            "Yousef",
            "Rana",
            "Hassan",
            "Nour",
            "Samir",
            "Ali",
        ),
        (
            "al-Masri",
            "Haddad",
            "Khalil",
            "Nasser",
            "Awad",
            "Saleh",
            "Barghouti",
            "Hamdan",
            "Qasem",
            "Mansour",
            "Darwish",
            "Sabbagh",
            "Zayed",
            "Halabi",
        ),
    ),
    "Indo-Pacific": (
        ("Wei", "Ming", "Hsiao", "Jun", "Andres", "Rosa", "Min-ji", "Sung", "Li", "Ramon", "Yu-ting", "Hyun"),
        (
            "Chen",
            "Lin",
            "Huang",
            "Santos",
            "Reyes",
            "Cruz",
            "Kim",
            "Park",
            "Tan",
            "Wu",
            "Tsai",
            "Bautista",
            "Choi",
            "Lee",
        ),
    ),
    "Africa": (
        (
            "Abdallah",
            "Mariam",
            "Ibrahim",
            "Aisha",
            "Joseph",
            "Grace",
            "Moussa",
            "Fatou",
            "Amadou",
            "Halima",
            "Yusuf",
            "Salma",
        ),
        (
            "Osman",
            "Mohamed",
            "Kabila",
            "Traore",
            "Diallo",
            "Abdelrahman",
            "Musa",
            "Keita",
            "Haroun",
            "Adam",
            "Mbeki",
            "Idris",
            "Sankara",
            "Ture",
        ),
    ),
}
OFFICIAL_ROLES = (
    "local official",
    "police spokesperson",
    "the mayor",
    "regional prosecutor",
    "army spokesperson",
    "district administrator",
    "emergency services chief",
    "hospital director",
)
ACTIONS = (
    "sending troops to the border",
    "expanding its military presence",
    "seizing more tankers",
    "resuming nuclear tests",
    "blocking shipping lanes",
    "interfering in the election",
    "arming militias",
)
ELECTIONS = (
    "Sunday's presidential election",
    "the regional elections",
    "the parliamentary vote",
    "last week's referendum",
)
MEDIATORS = ("the United Arab Emirates", "Turkey", "Qatar", "Saudi Arabia", "the Vatican", "Norway")
COUNTRY_ADJ = {
    "Ukraine": "Ukrainian",
    "Russia": "Russian",
    "Venezuela": "Venezuelan",
    "United States": "US",
    "Cuba": "Cuban",
    "Iran": "Iranian",
    "Israel": "Israeli",
    "China": "Chinese",
    "Taiwan": "Taiwanese",
    "Poland": "Polish",
    "Belarus": "Belarusian",
    "Colombia": "Colombian",
    "Moldova": "Moldovan",
    "Georgia": "Georgian",
    "Philippines": "Philippine",
    "Sudan": "Sudanese",
    "Mali": "Malian",
    "Haiti": "Haitian",
    "Lithuania": "Lithuanian",
    "Latvia": "Latvian",
    "Estonia": "Estonian",
    "Germany": "German",
    "Guyana": "Guyanese",
    "Syria": "Syrian",
    "Lebanon": "Lebanese",
    "Iraq": "Iraqi",
    "Yemen": "Yemeni",
    "Libya": "Libyan",
    "Niger": "Nigerien",
    "North Korea": "North Korean",
    "South Korea": "South Korean",
    "France": "French",
    "United Kingdom": "British",
    "Turkey": "Turkish",
}
RIVALS = {
    "Europe": (
        "Russia",
        "Ukraine",
        "Belarus",
        "Poland",
        "Lithuania",
        "Moldova",
        "Germany",
        "France",
        "United Kingdom",
    ),
    "Caribbean": ("Venezuela", "United States", "Cuba", "Colombia", "Guyana", "Haiti"),
    "Middle East": ("Israel", "Iran", "Lebanon", "Syria", "Iraq", "Yemen", "Turkey"),
    "Indo-Pacific": ("China", "Taiwan", "Philippines", "North Korea", "South Korea", "United States"),
    "Africa": ("Sudan", "Mali", "Niger", "Libya", "France", "Russia"),
}

# Hedged claims, the sentences the analysis should flag. Some belong to the event, some to one retelling.
HEDGES = (
    "The claim could not be independently verified.",
    "It was not immediately possible to confirm the reports.",
    "{person} reportedly ordered the operation personally, according to two people familiar with the matter.",
    "Unconfirmed reports on social media suggested the death toll could rise.",
    "{org} allegedly knew of the plans in advance, {outlet} reported, citing unnamed officials.",
    "Analysts said the move could signal a wider escalation in {sea_or_place}.",
    "Officials are considering further measures, a source close to the government said.",
    "{person2} said the figures were exaggerated and may include combatants.",
    "According to {outlet}, the number of casualties may be far higher.",
    "{country} has not commented on the claims, which {outlet} was unable to verify.",
)
BACKGROUND = (
    "{country} has faced mounting pressure over {topic} since the start of the year.",
    "Talks on {topic} stalled last month after {person} rejected a draft proposal.",
    "The region around {place} has been hit repeatedly in recent weeks.",
    "{org} estimates that more than {n}0,000 people have been displaced in the region since the fighting began.",
    "Prices for fuel and food in {place} have risen by about {n} percent this year, according to local traders.",
    "{person} is due to travel to {place2} next week for a summit on {topic}.",
    "Satellite images published by {outlet} showed new fortifications around {place2}.",
    '"We will not be intimidated," {person} told reporters in {place2}.',
    '"The situation is extremely serious," {role} {person} said in a televised address.',
    "Western governments have pledged {n} billion dollars in support this year.",
    "The {target} in {place2} was damaged in a similar attack {n} months ago.",
    "{country} and {country2} have traded accusations over {topic} for months.",
    "Local officials said schools in {place2} would remain closed until further notice.",
    "{org} said it had documented at least {n}00 incidents of this kind since January.",
    "Markets in {place2} reopened on {weekday_bare} after a {n}-day closure.",
    "Exports through {sea} have fallen by a third since the start of the year.",
)
# Word-level synonyms, one "word: alternatives" a line. An event's phrasing is first varied with them (so two
# events of one kind rarely share a sentence skeleton), then each retelling swaps a few more.
_SYNONYM_LINES = """
struck: hit, attacked, targeted, shelled
strike: hit, pound, target
wounding: injuring, hurting
injuring: wounding, hurting
people: civilians, residents
said: reported, stated, announced, confirmed
says: claims, reports, announces
intercepted: downed, destroyed
launched: fired, sent
towards: at, toward
debris: wreckage, fragments
damaged: hit, struck
boarded: seized, intercepted, stormed
carrying: transporting, loaded with
detained: held, arrested
chase: pursuit
met: received, hosted
discuss: address, review
offices: aides, spokespeople
talks: negotiations, discussions
ended: concluded, closed
joint: common, shared
statement: declaration, communique
imposed: announced, unveiled, introduced
companies: firms, businesses, entities
individuals: people, persons
freezing: blocking, seizing
assets: funds, holdings
target: cover, hit, name
accused: suspected
evade: dodge, circumvent, skirt
restrictions: curbs, limits, controls
Thousands: Hundreds, Tens of thousands
marched: rallied, demonstrated, paraded
witnesses: residents, bystanders, onlookers
demonstrators: protesters, marchers, crowds
angry: furious, incensed
blocked: barricaded, closed, shut
roads: streets, highways, junctions
households: homes, families, residences
power: electricity
attack: strike, assault, raid
operators: engineers, companies
cut: halted, suspended, stopped
supply: power, electricity
large: wide, big, significant
parts: areas, sections, swathes
equipment: infrastructure, machinery, transformers
destroyed: wrecked, damaged, knocked out
court: tribunal, judge
sentenced: jailed, condemned
prison: jail
charges: accusations, counts
state: official, government
reported: said
found: declared, ruled
given: handed
lawyer: attorney, counsel
ordered: told, instructed
diplomats: envoys, officials
leave: depart, quit, exit
citing: over
alleged: suspected, purported
involvement: role, part, participation
ambassador: envoy, emissary
told: informed, warned
embassy: mission
staff: personnel, employees, workers
delivered: sent, shipped, brought
food: provisions, rations
medicine: medical supplies, drugs
fighting: combat, clashes, hostilities
convoy: column, caravan
trucks: lorries, vehicles
flour: grain, wheat
fuel: diesel, petrol
reached: entered, arrived in
checkpoint: crossing, border post, roadblock
forces: troops, units, soldiers
kilometres: km
claim: assertion, statement
disputed: denied, rejected, contested
intensified: escalated, grew, worsened
approaches: outskirts, edges
reporting: recording, counting, citing
assaults: attacks, offensives
deployed: sent, dispatched, moved
warships: naval vessels, ships, frigates
aircraft: planes, jets, warplanes
grow: rise, mount, escalate
escort: support, accompanying
entered: reached, sailed into, moved into
largest: biggest
deployment: build-up, mobilisation
exchanged: swapped, traded, freed
prisoners: captives, detainees
each: apiece
deal: agreement, arrangement
brokered: mediated, arranged, negotiated
officials: authorities
buses: coaches, vehicles
freed: released, returning
soldiers: troops, servicemen, fighters
crossed: passed, reached
border: frontier
explosion: blast, detonation
Explosion: Blast
tore: ripped, swept
died: perished
hurt: injured, wounded
rejected: disputed, dismissed
official: declared, announced
results: outcome, tally
tally: count, figures
polling: voting
showed: indicated, suggested
different: another, rival
winner: victor
observers: monitors, inspectors
announced: released, published, declared
warned: cautioned
firm: strong, tough, decisive
response: reaction, reply
tolerate: accept, allow
hinted: signalled, suggested
retaliation: reprisals, countermeasures
cyberattack: hack, cyber assault
booking: ticketing, reservation
payment: billing
systems: networks, platforms, servers
hackers: attackers, intruders
working: acting, operating
tried: attempted, sought
capsized: sank, overturned
rescuers: rescue crews, coastguards
pulled: hauled, plucked, lifted
overcrowded: overloaded, crowded, packed
exports: shipments, sales abroad
fell: dropped, slumped, declined
level: point, volume
data: figures, records
queues: lines
cars: vehicles, motorists
stretched: extended, ran
prices: costs
rose: jumped, climbed, surged
arrested: detained, apprehended
suspected: accused
including: among them
planning: plotting, preparing
heavy: torrential, intense
rain: downpours, rainfall
burst: overflow, break
forcing: driving, pushing
homes: houses, dwellings
earthquake: quake, tremor
damaging: hitting, wrecking
buildings: houses, structures
health: medical
cases: infections
doctors: medics, physicians
outbreak: epidemic
camps: shelters, settlements
killed: dead
dead: killed
hit: struck, pounded
rises: climbs, jumps
aimed: fired, launched
damages: hits
seize: detain, capture
crew: sailors
held: detained, kept
meets: hosts
breakthrough: progress
hopes: presses, pushes
announces: unveils, imposes
firms: companies
linked: tied, connected
vows: promises, pledges
package: round
frozen: blocked, seized
move: step
detain: arrest, hold
spread: widen, grow
defy: flout, ignore
urges: calls for
calm: restraint
clashes: scuffles, violence
rally: march, demonstration
outages: cuts, failures
electricity: power
blackouts: power cuts
Blackouts: Power cuts
grid: network
hospitals: clinics
jails: sentences, imprisons
gets: receives
verdict: ruling
term: sentence
condemned: criticised, denounced
seek: demand, request
expels: orders out
envoy: ambassador
row: dispute, spat
retaliate: respond, hit back
delivers: sends, ships
continues: rages, persists
reaches: enters
blockade: siege
warns: cautions
fears: concerns, worries
repelled: repulsed, fought off
assault: attack, offensive
shifts: moves
intensifies: escalates, rages
advance: push, press
analysts: experts
sends: deploys, dispatches
alarms: worries, unsettles
calls: labels, brands
provocation: threat, escalation
swap: exchange, trade
frees: releases
captured: taken
hails: welcomes, praises
kills: leaves dead
unclear: unknown
blast: explosion
rips: tears
ablaze: burning, on fire
inquiry: investigation, probe
Investigators: Detectives, Experts
search: look, hunt
cause: reason, source
deadly: fatal, lethal
rejects: disputes
claims: declares
victory: win
rivals: opponents
fraud: rigging, irregularities
barred: blocked, kept
delays: postpones, withholds
full: final, detailed
threatens: promises
dismisses: rejects
warning: threat
issues: sends, delivers
disrupts: hits, paralyses
foiled: thwarted, stopped, blocked
leak: breach
exposes: reveals
records: files, details
capsizes: sinks, overturns
sinks: capsizes, goes down
rescues: saves
tightens: reinforces
surge: spike, jump, rise
soar: surge, jump, climb
deepen: worsen, grow
cuts: reduces, slashes
output: production
arrests: detains, holds
spies: agents
saboteur: plotter
network: ring, cell
probe: investigation, inquiry
storm: hurricane, gale
Storm: Hurricane, Gale
strikes: hits, shakes
wildfire: blaze
Wildfire: Blaze
overwhelmed: swamped, stretched
vaccines: doses
Vaccines: Doses
near: outside
"""
SYNONYMS: dict[str, tuple[str, ...]] = {
    word.strip(): tuple(alt.strip() for alt in alts.split(","))
    for word, _, alts in (line.partition(":") for line in _SYNONYM_LINES.strip().splitlines())
}
HEADLINE_PREFIXES = ("", "", "", "", "{theatre_tag}: ", "{place}: ", "Live: ", "Update: ")
HEADLINE_SUFFIXES = (
    "",
    "",
    "",
    ", officials say",
    " - reports",
    ", {org_short} says",
    ", report says",
    " (video)",
)
THEATRE_TAGS = {
    "Europe": "Ukraine war",
    "Caribbean": "Venezuela crisis",
    "Middle East": "Middle East",
    "Indo-Pacific": "Asia",
    "Africa": "Africa",
}
OUTLET_A = (
    "Daily",
    "Global",
    "Evening",
    "Continental",
    "Atlantic",
    "Eastern",
    "Northern",
    "Harbour",
    "Capital",
    "Frontier",
    "Meridian",
    "Baltic",
)
OUTLET_B = (
    "Herald",
    "Observer",
    "Post",
    "Wire",
    "Monitor",
    "Dispatch",
    "Courier",
    "Gazette",
    "Tribune",
    "Chronicle",
    "Ledger",
    "Review",
)
AUTHORS = (
    "Anna Kovalenko",
    "James Whitfield",
    "Maria Fernanda Rojas",
    "Olga Petrova",
    "Daniel Okafor",
    "Sofia Lindqvist",
    "Tomasz Nowak",
    "Leila Haddad",
    "Kenji Mori",
    "Grace Mensah",
)

# Per 20 sources 12 headline, 5 standfirst, 3 fulltext, as in the real feeds; any first five have all three kinds.
KIND_SHARE = tuple({"h": "headline", "s": "standfirst", "f": "fulltext"}[c] for c in "hshhfhshhshhfshhshhf")
RETELLINGS = ((1, 0.45), (2, 0.22), (3, 0.15), (4, 0.08), (5, 0.05), (6, 0.03), (8, 0.02))


@dataclass(frozen=True)
class SourceSpec:
    """One generated feed."""

    name: str
    slug: str
    file: str
    kind: str  # headline | standfirst | fulltext
    format: str  # rss | atom
    items: int
    publisher: str = ""


@dataclass(frozen=True)
class Corpus:
    """What `generate` wrote: the feeds, and which item links tell the same event."""

    folder: Path
    sources: tuple[SourceSpec, ...]
    items: int
    events: dict[str, list[str]] = field(default_factory=dict)  # event id -> item links
    words: int = 0  # words in titles and summaries, for the floors

    def manifest(self) -> dict[str, object]:
        return {
            "items": self.items,
            "words": self.words,
            "sources": [asdict(s) for s in self.sources],
            "events": self.events,
        }


@dataclass
class _Entry:
    title: str
    link: str
    guid: str
    published: datetime
    summary_html: str
    content_html: str
    author: str
    category: str


# --- text building ---------------------------------------------------------------------------------------------


def plan(items: int, sources: int | None = None) -> list[int]:
    """Items per source: about 100 per feed (real feeds carry 10-100), at least 5 feeds, at most 250."""
    n = sources or max(5, min(250, round(items / 100)))
    n = max(1, min(n, items))
    base, extra = divmod(items, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


def _source_specs(counts: Sequence[int]) -> list[SourceSpec]:
    specs = []
    for i, count in enumerate(counts):
        a, b = OUTLET_A[i % len(OUTLET_A)], OUTLET_B[(i // len(OUTLET_A) + i) % len(OUTLET_B)]
        round_no = i // (len(OUTLET_A) * len(OUTLET_B))
        name = f"The {a} {b}" + (f" {round_no + 1}" if round_no else "")
        slug = re.sub(r"[^a-z0-9]+", "", f"{a}{b}{round_no or ''}".lower())
        kind = KIND_SHARE[i % len(KIND_SHARE)]
        fmt = "atom" if i % 4 == 3 else "rss"
        specs.append(
            SourceSpec(
                name=name,
                slug=slug,
                file=f"feed-{i:03d}.xml",
                kind=kind,
                format=fmt,
                items=count,
                publisher=name,
            )
        )
    return specs


def _article(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _event_slots(rng: random.Random, theatre: str) -> dict[str, str]:
    here = [p for p in PLACES if p[2] == theatre]
    place, country, _ = rng.choice(here)
    place2 = rng.choice(here)[0]
    people = [p for p in PEOPLE if p[2] in (theatre, "any")]
    (person, role, _), (person2, role2, _) = rng.sample(people, 2)
    rivals = [c for c in RIVALS[theatre] if c != country] or list(RIVALS[theatre])
    country2 = rng.choice(rivals)
    target = rng.choice(TARGETS)
    org = rng.choice(ORGS[theatre])
    n = rng.randint(2, 60)
    prefixes, roots = VILLAGE_PARTS[theatre]
    village = rng.choice(prefixes) + rng.choice(roots)
    village = village[:1].upper() + village[1:]
    firsts, lasts = OFFICIAL_NAMES[theatre]
    unit = rng.choice(UNITS)
    defendant = rng.choice(DEFENDANTS)
    return {
        "theatre": theatre,
        "theatre_tag": THEATRE_TAGS[theatre],
        "place": place,
        "place2": place2,
        "country": country,
        "country_adj": COUNTRY_ADJ.get(country, country),
        "country2": country2,
        "country2_adj": COUNTRY_ADJ.get(country2, country2),
        "attacker": ATTACKERS.get(country, COUNTRY_ADJ.get(country2, country2)),
        "person": person,
        "role": role,
        "person2": person2,
        "role2": role2,
        "pronoun": rng.choice(("his", "her", "their")),
        "org": org,
        "org_short": org.removeprefix("the ").removeprefix("The "),
        "outlet": rng.choice(OUTLETS_CITED),
        "n": str(n),
        "n2": str(rng.randint(2, 90)),
        "n3": str(rng.randint(10, 120)),
        "n4": str(rng.randint(2, 9)),
        "weapon": rng.choice(WEAPONS),
        "target": target,
        "a_target": _article(target),
        "vessel": f"{rng.choice(VESSEL_A)} {rng.choice(VESSEL_B)}",
        "flag": rng.choice(FLAGS),
        "topic": rng.choice(TOPICS),
        "grievance": rng.choice(GRIEVANCES),
        "charge": rng.choice(CHARGES),
        "defendant": defendant,
        "defendant_cap": defendant[:1].upper() + defendant[1:],
        "sea": rng.choice(SEAS),
        "sea_or_place": rng.choice((place, rng.choice(SEAS))),
        "weekday": rng.choice(WEEKDAYS),
        "weekday_bare": rng.choice(WEEKDAYS[:7]).removeprefix("on "),
        "ordinal": rng.choice(ORDINALS),
        "unit": unit,
        "unit_cap": unit[:1].upper() + unit[1:],
        "village": village,
        "official": f"{rng.choice(firsts)} {rng.choice(lasts)}",
        "official_role": rng.choice(OFFICIAL_ROLES),
        "mag": f"{rng.randint(45, 72) / 10:.1f}",
        "action": rng.choice(ACTIONS),
        "election": rng.choice(ELECTIONS),
        "mediator": rng.choice(MEDIATORS),
    }


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[:1].upper() + text[1:]


def _retell(rng: random.Random, text: str, rate: float) -> str:
    """The same sentence with some words swapped for synonyms."""
    words = text.split(" ")
    for i, w in enumerate(words):
        core = w.rstrip(",.")
        if core in SYNONYMS and rng.random() < rate:
            words[i] = rng.choice(SYNONYMS[core]) + w[len(core) :]
    return " ".join(words)


def _background(rng: random.Random, theatre: str) -> str:
    """One background sentence with its own slots (so full texts differ between retellings)."""
    return _fill(rng.choice(BACKGROUND), _event_slots(rng, theatre))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def _words(text: str) -> int:
    return len(text.split())


def _entry(
    rng: random.Random,
    spec: SourceSpec,
    uid: str,
    kind: tuple[str, str, tuple[str, ...]],
    slots: dict[str, str],
    hedge: str,
    published: datetime,
) -> tuple[_Entry, str]:
    """One retelling of an event by one source; returns the entry and its plain text (title + summary)."""
    title_t, lead_t, details_t = kind
    title = _retell(rng, _fill(title_t, slots), 0.25)
    prefix = rng.choice(HEADLINE_PREFIXES).format(**slots)
    suffix = rng.choice(HEADLINE_SUFFIXES).format(**slots)
    title = prefix + title + suffix
    lead = _retell(rng, _fill(lead_t, slots), 0.2)
    details = [_retell(rng, _fill(d, slots), 0.2) for d in details_t]
    own_hedge = (
        _fill(rng.choice(HEDGES), {**slots, "outlet": rng.choice(OUTLETS_CITED)})
        if rng.random() < 0.3
        else ""
    )
    theatre = slots["theatre"]
    if spec.kind == "headline":
        sentences = [lead] + ([hedge] if hedge and rng.random() < 0.5 else [])
        summary_html = " ".join(sentences)
        content_html = ""
        text = summary_html
    elif spec.kind == "standfirst":
        sentences = [lead, *rng.sample(details, rng.randint(1, 2))]
        sentences += [s for s in (hedge, own_hedge) if s]
        if _words(" ".join(sentences)) < 55:
            sentences.append(_background(rng, theatre))
        summary_html = "<p>" + escape(" ".join(sentences)) + "</p>"
        content_html = ""
        text = " ".join(sentences)
    else:
        target_words = rng.randint(250, 700)
        paragraphs = [" ".join([lead, details[0]]), " ".join(details[1:])]
        if hedge or own_hedge:
            paragraphs.append(" ".join(s for s in (hedge, own_hedge) if s))
        while sum(_words(p) for p in paragraphs) < target_words:
            paragraphs.append(" ".join(_background(rng, theatre) for _ in range(rng.randint(2, 4))))
        summary_html = escape(lead)
        link_p = f'<p>Read more at <a href="https://www.{spec.slug}.example/">{escape(spec.name)}</a>.</p>'
        content_html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs) + link_p
        text = " ".join(paragraphs)
    day = published.strftime("%Y/%m/%d")
    link = f"https://www.{spec.slug}.example/world/{day}/{_slug(title)}-{uid}"
    if spec.format == "rss" and int(uid, 16) % 3 == 0:
        link += "?utm_source=rss&utm_medium=feed"  # tracking parameters, as many feeds add
    guid = link if int(uid, 16) % 2 else f"{spec.slug}:{uid}"
    entry = _Entry(
        title=title,
        link=link,
        guid=guid,
        published=published,
        summary_html=summary_html,
        content_html=content_html,
        author=rng.choice(AUTHORS),
        category=THEATRE_TAGS[theatre],
    )
    return entry, f"{title} {text}"


# --- feed writing ----------------------------------------------------------------------------------------------


def _rss(spec: SourceSpec, entries: Sequence[_Entry], now: datetime) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"<title>{escape(spec.name)} - World</title>",
        f"<link>https://www.{spec.slug}.example/world</link>",
        f"<description>World news from {escape(spec.name)}</description>",
        "<language>en-gb</language>",
        f"<lastBuildDate>{format_datetime(now)}</lastBuildDate>",
    ]
    for e in entries:
        perma = "true" if e.guid == e.link else "false"
        out.append("<item>")
        out.append(f"<title>{escape(e.title)}</title>")
        out.append(f"<link>{escape(e.link)}</link>")
        out.append(f'<guid isPermaLink="{perma}">{escape(e.guid)}</guid>')
        out.append(f"<pubDate>{format_datetime(e.published)}</pubDate>")
        out.append(f"<dc:creator>{escape(e.author)}</dc:creator>")
        out.append(f"<category>{escape(e.category)}</category>")
        out.append(f"<description>{escape(e.summary_html)}</description>")
        if e.content_html:
            out.append(f"<content:encoded><![CDATA[{e.content_html}]]></content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def _atom(spec: SourceSpec, entries: Sequence[_Entry], now: datetime) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        f"<title>{escape(spec.name)}</title>",
        f"<id>tag:{spec.slug}.example,2026:world</id>",
        f"<updated>{now.isoformat()}</updated>",
        f'<link rel="alternate" href={quoteattr(f"https://www.{spec.slug}.example/world")}/>',
    ]
    for e in entries:
        out.append("<entry>")
        out.append(f'<title type="text">{escape(e.title)}</title>')
        out.append(f'<link rel="alternate" href={quoteattr(e.link)}/>')
        out.append(
            f"<id>{escape(e.guid if e.guid.startswith('http') else 'tag:' + spec.slug + '.example,2026:' + e.guid)}</id>"
        )
        out.append(f"<published>{e.published.isoformat()}</published>")
        out.append(f"<updated>{e.published.isoformat()}</updated>")
        out.append(f"<author><name>{escape(e.author)}</name></author>")
        out.append(f"<category term={quoteattr(e.category)}/>")
        out.append(f'<summary type="html">{escape(e.summary_html)}</summary>')
        if e.content_html:
            out.append(f'<content type="html">{escape(e.content_html)}</content>')
        out.append("</entry>")
    out += ["</feed>", ""]
    return "\n".join(out)


# --- the generator ---------------------------------------------------------------------------------------------


def _retellings(rng: random.Random) -> int:
    r = rng.random()
    for k, p in RETELLINGS:
        r -= p
        if r < 0:
            return k
    return 1


def generate(
    folder: Path, items: int, sources: int | None = None, seed: int = 1, now: datetime | None = None
) -> Corpus:
    """Write `items` entries spread over feed files in `folder`, plus manifest.json; return what was written.

    Entries are dated in the 20 hours before `now`, so a brief for today's date takes all of them.
    """
    if items < 1:
        raise ValueError("items must be at least 1")
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    rng = random.Random(seed)
    specs = _source_specs(plan(items, sources))
    room = [s.items for s in specs]
    open_sources = [i for i, r in enumerate(room) if r > 0]
    per_source: list[list[_Entry]] = [[] for _ in specs]
    events: dict[str, list[str]] = {}
    seen_text: set[str] = set()
    theatres, weights = list(THEATRE_WEIGHTS), list(THEATRE_WEIGHTS.values())
    words = 0
    event_no = 0
    while open_sources:
        event_no += 1
        theatre = rng.choices(theatres, weights)[0]
        slots = _event_slots(rng, theatre)
        titles, leads, details = KINDS[rng.randrange(len(KINDS))]
        kind = (_retell(rng, rng.choice(titles), 0.6), _retell(rng, rng.choice(leads), 0.6), details)
        hedge = _fill(rng.choice(HEDGES), slots) if rng.random() < 0.4 else ""
        when = now - timedelta(minutes=rng.randint(60, 20 * 60))
        chosen = rng.sample(open_sources, min(_retellings(rng), len(open_sources)))
        event_id = f"e{event_no:06d}"
        for j, src in enumerate(chosen):
            uid = f"{event_no:06x}{j:02x}"
            published = min(now - timedelta(minutes=1), when + timedelta(minutes=rng.randint(0, 150)))
            for attempt in range(5):
                entry, text = _entry(rng, specs[src], uid, kind, slots, hedge, published)
                key = re.sub(r"\W+", " ", text.lower()).strip()
                if key not in seen_text or attempt == 4:
                    break
            if key in seen_text:  # the same words twice would be stored once: make this one differ
                entry.title += f" ({specs[src].name})"
                text = f"{specs[src].name} {text}"
                key = re.sub(r"\W+", " ", text.lower()).strip()
            seen_text.add(key)
            words += _words(text)
            per_source[src].append(entry)
            events.setdefault(event_id, []).append(entry.link)
            room[src] -= 1
        if any(room[i] == 0 for i in chosen):
            open_sources = [i for i in open_sources if room[i] > 0]
    folder.mkdir(parents=True, exist_ok=True)
    for spec, entries in zip(specs, per_source, strict=True):
        entries.sort(key=lambda e: e.published, reverse=True)
        xml = _rss(spec, entries, now) if spec.format == "rss" else _atom(spec, entries, now)
        (folder / spec.file).write_text(xml, encoding="utf-8")
    corpus = Corpus(folder=folder, sources=tuple(specs), items=items, events=events, words=words)
    (folder / "manifest.json").write_text(json.dumps(corpus.manifest(), indent=1), encoding="utf-8")
    return corpus


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=1000, help="Items in all feeds together.")
    ap.add_argument(
        "--sources", type=int, default=None, help="Number of feeds (default: about 100 items each)."
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/work/feeds"))
    args = ap.parse_args(argv)
    corpus = generate(args.out, args.items, args.sources, args.seed)
    multi = sum(1 for links in corpus.events.values() if len(links) > 1)
    print(
        f"{corpus.items} items in {len(corpus.sources)} feeds, {len(corpus.events)} events ({multi} told by more than one source), {corpus.words} words -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
