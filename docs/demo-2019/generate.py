#!/usr/bin/env python3
# Generates the demo data that reproduces the 2019 evaluation of ZVH Gooi en Vechtstreek
# ("Evaluatie Aanpak Uitbuiting en Mensenhandel 2019"; its facts are in the design notes, DOMAIN.md,
# "Facts from the source document"), so that the progress report of tenant zvh-gv for 2019 shows
# the evaluation's table:
#   - 36 trafficking situations taken up between March and December 2019: 25 sexual, 7 labour,
#     3 criminal and 1 other (forced marriage) exploitation; most in Hilversum, present in every
#     municipality of the region but Eemnes; mostly women, many younger than 30, often not Dutch;
#     with their clients, signals, status history, participations and care trajectories;
#   - 433 reviews of unlicensed sex advertisements on two websites in 2019, 176 (40.6 %) risky,
#     more than a quarter of the advertisers younger than 26, and the hand-overs of the risky ones
#     to the municipalities (and by some municipalities to the police).
# It writes the Flyway repeatable migration
#   ejb/src/main/resources/db/demo/R__demo_zvh_evaluation_2019.sql
# (demo data only: db/demo runs only with casustafel.demo-data=true).
#
# Re-run it after changing this script, from anywhere, with nothing but Python 3.9 or later:
#   python3 docs/demo-2019/generate.py
# The seed is fixed, so the same file comes out every time; commit both. Never edit the SQL by
# hand: Evaluation2019DemoTest (ejb) reads it back and checks the figures above.
#
# Every person is fictional. The names were checked against the other demo scripts, the tests and
# the GCOS samples (docs/*.csv), so that no search or duplicate check of a test finds them.

import datetime as dt
import random
import textwrap
from collections import namedtuple
from pathlib import Path

SEED = 2019
OUT = (
    Path(__file__).resolve().parents[2]
    / "ejb/src/main/resources/db/demo/R__demo_zvh_evaluation_2019.sql"
)

TENANT = "zvh-gv"
ZVH = "zvh-gooi-en-vechtstreek"
POLICE = "politie-midden-nederland"
VEILIG_THUIS = "veilig-thuis-gooi-en-vechtstreek"
GGD = "ggd-gooi-en-vechtstreek"
COMENSHA = "comensha"
DIRECTOR = "regisseur.gv"  # the ketenregisseur: triage, status, reviews
CARE_COORDINATOR = "zorgcoord.gv"  # registers the care trajectories

FIRST_CASE = 101  # clients, cases and referrals share the ids 101-136
FIRST_REVIEW = 1001
FIRST_HANDOVER = 1001

# The municipality partners of both demo tenants (partner.municipality, V13).
MUNICIPALITY_PARTNERS = {
    "gemeente-hilversum": "Hilversum",
    "gemeente-gooise-meren": "Gooise Meren",
    "gemeente-huizen": "Huizen",
    "gemeente-wijdemeren": "Wijdemeren",
    "gemeente-weesp": "Weesp",
    "gemeente-blaricum": "Blaricum",
    "gemeente-eemnes": "Eemnes",
    "gemeente-laren": "Laren",
    "gemeente-almere": "Almere",
    "gemeente-lelystad": "Lelystad",
}
PARTNER_OF = {name: partner for partner, name in MUNICIPALITY_PARTNERS.items()}

# One row per situation; the figures of the evaluation are counted from these rows, so they are
# written out, not drawn. Age is the age on the day the case was opened; born=False means only an
# estimated birth year is known. Columns: name, gender, nationality, age, born, form, sector or
# other text, exploitation municipality, home municipality, signal source, referrer, status,
# victim status, residence procedure (non-EU only), police report.
Person = namedtuple(
    "Person",
    "name gender nationality age born form detail place home source referrer status victim"
    " residence report",
)
P = Person
PEOPLE = [
    P("Femke Brouwer", "V", "Nederlands", 22, True, "SEXUAL", None, "Hilversum", "Hilversum",
      "PROFESSIONAL", POLICE, "CLOSED", "ACTUAL", None, "FILED"),
    P("Demi Verbeek", "V", "Nederlands", 19, True, "SEXUAL", None, "Hilversum", "Hilversum",
      "PROFESSIONAL", GGD, "CLOSED", "ACTUAL", None, "DECLINED"),
    P("Romy Kuijpers", "V", "Nederlands", 16, True, "CRIMINAL", None, "Hilversum", "Hilversum",
      "PROFESSIONAL", VEILIG_THUIS, "CLOSED", "ACTUAL", None, "FILED"),
    P("Tessa van Leeuwen", "V", "Nederlands", 17, True, "SEXUAL", None, "Gooise Meren",
      "Gooise Meren", "PROFESSIONAL", VEILIG_THUIS, "MONITORING", "ACTUAL", None, "FILED"),
    P("Jill Smeets", "V", "Nederlands", 15, True, "SEXUAL", None, "Huizen", "Huizen",
      "PROFESSIONAL", VEILIG_THUIS, "MONITORING", "ACTUAL", None, "CONSIDERING"),
    P("Naomi Timmermans", "V", "Nederlands", 24, True, "SEXUAL", None, "Hilversum", "Hilversum",
      "PROFESSIONAL", GGD, "CLOSED", "ACTUAL", None, "NONE"),
    P("Esmee de Graaf", "V", "Nederlands", 20, True, "SEXUAL", None, "Gooise Meren",
      "Gooise Meren", "PROFESSIONAL", GGD, "CLOSED", "POSSIBLE", None, "NONE"),
    P("Kim Dijkman", "V", "Nederlands", 27, True, "SEXUAL", None, "Wijdemeren", "Wijdemeren",
      "MAILBOX", ZVH, "CLOSED", "ACTUAL", None, "NONE"),
    P("Shirley Boersma", "V", "Nederlands", 34, True, "SEXUAL", None, "Huizen", "Huizen",
      "MAILBOX", ZVH, "CLOSED", "NOT_A_VICTIM", None, "NONE"),
    P("Dennis Roelofs", "M", "Nederlands", 31, True, "CRIMINAL", None, "Hilversum", "Hilversum",
      "PROFESSIONAL", POLICE, "CLOSED", "ACTUAL", None, "FILED"),
    P("Robin Prins", "X", "Nederlands", 21, True, "SEXUAL", None, "Blaricum", "Blaricum",
      "PROFESSIONAL", POLICE, "CLOSED", "POSSIBLE", None, "DECLINED"),
    P("Radostina Georgieva", "V", "Bulgaars", 23, True, "SEXUAL", None, "Hilversum", "Huizen",
      "ADVERTISEMENT_REVIEW", ZVH, "CLOSED", "ACTUAL", None, "FILED"),
    P("Tsvetelina Dimova", "V", "Bulgaars", 21, True, "SEXUAL", None, "Hilversum", "Hilversum",
      "WATCH_NEDERLAND", ZVH, "CLOSED", "ACTUAL", None, "DECLINED"),
    P("Kalina Stoyanova", "V", "Bulgaars", 19, True, "SEXUAL", None, "Gooise Meren", "Hilversum",
      "MELD_MISDAAD_ANONIEM", ZVH, "CLOSED", "ACTUAL", None, "NONE"),
    P("Plamen Vasilev", "M", "Bulgaars", 38, True, "LABOUR", "CONSTRUCTION", "Weesp", "Hilversum",
      "ENFORCEMENT_ACTION", ZVH, "CLOSED", "ACTUAL", None, "FILED"),
    P("Andreea Munteanu", "V", "Roemeens", 20, True, "SEXUAL", None, "Hilversum", "Hilversum",
      "ADVERTISEMENT_REVIEW", ZVH, "CLOSED", "ACTUAL", None, "DECLINED"),
    P("Bianca Dumitrescu", "V", "Roemeens", 18, True, "SEXUAL", None, "Huizen", "Huizen",
      "MELD_MISDAAD_ANONIEM", ZVH, "CLOSED", "ACTUAL", None, "FILED"),
    P("Cristina Bălan", "V", "Roemeens", 28, True, "LABOUR", "AGRICULTURE", "Wijdemeren",
      "Wijdemeren", "MAILBOX", ZVH, "CLOSED", "ACTUAL", None, "FILED"),
    P("Florin Stanciu", "M", "Roemeens", 44, True, "LABOUR", "AGRICULTURE", "Wijdemeren",
      "Wijdemeren", "MELD_MISDAAD_ANONIEM", ZVH, "CLOSED", "ACTUAL", None, "DECLINED"),
    P("Magdalena Wróbel", "V", "Pools", 25, True, "SEXUAL", None, "Gooise Meren", "Gooise Meren",
      "WATCH_NEDERLAND", ZVH, "CLOSED", "ACTUAL", None, "NONE"),
    P("Agnieszka Zielińska", "V", "Pools", 28, True, "SEXUAL", None, "Weesp", "Weesp",
      "WATCH_NEDERLAND", ZVH, "CLOSED", "ACTUAL", None, "FILED"),
    P("Tomasz Grabowski", "M", "Pools", 35, True, "LABOUR", "LOGISTICS", "Gooise Meren", "Huizen",
      "MELD_MISDAAD_ANONIEM", ZVH, "CLOSED", "NOT_A_VICTIM", None, "NONE"),
    P("Réka Szabó", "V", "Hongaars", 20, True, "SEXUAL", None, "Wijdemeren", "Wijdemeren",
      "MELD_MISDAAD_ANONIEM", ZVH, "CLOSED", "ACTUAL", None, "DECLINED"),
    P("Eszter Farkas", "V", "Hongaars", 22, True, "SEXUAL", None, "Blaricum", "Blaricum",
      "ADVERTISEMENT_REVIEW", ZVH, "CLOSED", "POSSIBLE", None, "NONE"),
    P("Blessing Okonkwo", "V", "Nigeriaans", 23, False, "SEXUAL", None, "Hilversum", "Hilversum",
      "PROFESSIONAL", POLICE, "MONITORING", "ACTUAL", "CONTINUED_PERMIT", "FILED"),
    P("Precious Adeyemi", "V", "Nigeriaans", 19, False, "SEXUAL", None, "Hilversum", "Hilversum",
      "WATCH_NEDERLAND", ZVH, "CLOSED", "ACTUAL", "TEMPORARY_PERMIT", "FILED"),
    P("Joy Nwosu", "V", "Nigeriaans", 19, True, "SEXUAL", None, "Gooise Meren", "Gooise Meren",
      "MELD_MISDAAD_ANONIEM", ZVH, "CLOSED", "POSSIBLE", "REFLECTION_PERIOD", "NONE"),
    P("Iryna Bondarenko", "V", "Oekraïens", 23, True, "SEXUAL", None, "Hilversum", "Hilversum",
      "WATCH_NEDERLAND", ZVH, "MONITORING", "ACTUAL", "TEMPORARY_PERMIT", "FILED"),
    P("Kateryna Melnyk", "V", "Oekraïens", 26, True, "SEXUAL", None, "Weesp", "Weesp",
      "ADVERTISEMENT_REVIEW", ZVH, "CLOSED", "ACTUAL", "CONTINUED_PERMIT", "FILED"),
    P("Larissa Ferreira", "V", "Braziliaans", 25, True, "SEXUAL", None, "Hilversum", "Hilversum",
      "ADVERTISEMENT_REVIEW", ZVH, "CLOSED", "ACTUAL", "REFUSED", "DECLINED"),
    P("Thaís Carvalho", "V", "Braziliaans", 29, True, "SEXUAL", None, "Laren", "Hilversum",
      "WATCH_NEDERLAND", ZVH, "CLOSED", "ACTUAL", "TEMPORARY_PERMIT", "FILED"),
    P("Yasmina Ouali", "V", "Marokkaans", 26, True, "OTHER", "gedwongen huwelijk", "Hilversum",
      "Hilversum", "PROFESSIONAL", VEILIG_THUIS, "MONITORING", "ACTUAL", "CONTINUED_PERMIT",
      "FILED"),
    P("Wang Xiulan", "V", "Chinees", 41, True, "LABOUR", "HOSPITALITY", "Hilversum", "Hilversum",
      "ENFORCEMENT_ACTION", ZVH, "CLOSED", "ACTUAL", "TEMPORARY_PERMIT", "FILED"),
    P("Pham Ngoc Mai", "V", "Vietnamees", 33, True, "LABOUR", "CLEANING", "Huizen", "Huizen",
      "MELD_MISDAAD_ANONIEM", ZVH, "CLOSED", "ACTUAL", "REFLECTION_PERIOD", "DECLINED"),
    P("Tran Van Duc", "M", "Vietnamees", 30, False, "CRIMINAL", None, "Huizen", "Huizen",
      "MELD_MISDAAD_ANONIEM", ZVH, "CLOSED", "POSSIBLE", "REFUSED", "DECLINED"),
    P("Senait Tesfay", "V", "Eritrees", 31, False, "LABOUR", "DOMESTIC_WORK", "Laren", "Laren",
      "PROFESSIONAL", POLICE, "MONITORING", "ACTUAL", "CONTINUED_PERMIT", "FILED"),
]

FORM_TEXT = {
    "SEXUAL": "seksuele uitbuiting",
    "LABOUR": "arbeidsuitbuiting",
    "CRIMINAL": "criminele uitbuiting",
    "OTHER": "een gedwongen huwelijk",
}
REASON = {
    POLICE: "Signaal van de politie: vermoedelijk slachtoffer van {form} aangetroffen in {place}.",
    VEILIG_THUIS: "Veilig Thuis ziet signalen van {form} in {place}.",
    GGD: "De SOA-poli van de GGD ziet bij een bezoeker signalen van {form} in {place}.",
    "MELD_MISDAAD_ANONIEM": "Anonieme melding via Meld Misdaad Anoniem over {form} in {place};"
    " na analyse is de persoon in beeld.",
    "WATCH_NEDERLAND": "Melding via Watch Nederland over {form} in {place}; na analyse is de"
    " persoon in beeld.",
    "ADVERTISEMENT_REVIEW": "Een risicovolle advertentie, verrijkt door de gemeente, leidde naar"
    " een vermoedelijk slachtoffer van {form} in {place}.",
    "MAILBOX": "Bericht in de mailbox mensenhandel over {form} in {place}.",
    "ENFORCEMENT_ACTION": "Bij een handhavingsactie in {place} zijn signalen van {form} gezien.",
}

RECRUITMENT = {  # the means of recruitment that fit a form (and for SEXUAL the origin)
    ("SEXUAL", "NL"): ["LOVERBOY", "ONLINE"],
    ("SEXUAL", "EU"): ["LOVERBOY", "JOB_OFFER", "ONLINE"],
    ("SEXUAL", "NON_EU"): ["JOB_OFFER", "DEBT", "ONLINE", "OTHER"],
    ("LABOUR", None): ["JOB_OFFER", "DEBT", "FAMILY"],
    ("CRIMINAL", None): ["LOVERBOY", "DEBT", "JOB_OFFER"],
    ("OTHER", None): ["FAMILY"],
}
RECRUITMENT_ORDER = ["LOVERBOY", "JOB_OFFER", "DEBT", "FAMILY", "ONLINE", "OTHER"]
CONTROL = {
    "SEXUAL": ["THREATS", "VIOLENCE", "ISOLATION", "DEPENDENCY", "DEBT_BONDAGE"],
    "LABOUR": ["DEBT_BONDAGE", "DOCUMENTS_TAKEN", "ISOLATION", "DEPENDENCY", "THREATS"],
    "CRIMINAL": ["THREATS", "VIOLENCE", "DEBT_BONDAGE", "DEPENDENCY"],
    "OTHER": ["ISOLATION", "THREATS", "DEPENDENCY"],
}
CONTROL_ORDER = [
    "DEBT_BONDAGE", "THREATS", "VIOLENCE", "ISOLATION", "DOCUMENTS_TAKEN", "DEPENDENCY", "OTHER"
]
EU = {"Bulgaars", "Roemeens", "Pools", "Hongaars"}
# CoMensha registers every (possible) victim the ZVH reports, but not those found not to be one,
# nor those the ZVH never reached in person.
NOT_AT_COMENSHA = {"Shirley Boersma", "Tomasz Grabowski", "Robin Prins", "Eszter Farkas"}

CARE_OUTCOME = {
    "SHELTER": "Uitgestroomd naar eigen woonruimte.",
    "CATEGORICAL": "Na de periode in de categorale opvang doorgeplaatst.",
    "PSYCHOLOGICAL": "Behandeling afgerond.",
    "PRACTICAL": "Schulden in beeld; regeling getroffen.",
    "LEGAL": "Juridische bijstand afgerond.",
    "MEDICAL": "Medische zorg afgerond; nazorg via de huisarts.",
}

# Advertisement reviews: the evaluation's 433 on two websites, a little over 40 % risky, a quarter
# aged 21-25 and more than a quarter younger than 26.
WEBSITES = {"advertentiesite-a.example": 251, "advertentiesite-b.example": 182}
AGE_BANDS = {
    "UNDER_18": 2, "AGE_18_20": 12, "AGE_21_25": 108, "AGE_26_29": 88, "AGE_30_39": 132,
    "AGE_40_PLUS": 52, "UNKNOWN": 39,
}
RISK_WEIGHT = {  # how likely a band's advertisement is risky; under 21 always is
    "AGE_21_25": 0.55, "AGE_26_29": 0.4, "AGE_30_39": 0.35, "AGE_40_PLUS": 0.3, "UNKNOWN": 0.5,
}
ADVERTISER_GENDERS = {"V": 407, "M": 17, "X": 9}
VERDICTS = {"RISKY": 176, "UNCLEAR": 17}  # the rest NOT_RISKY
INDICATORS = {
    "SAME_PHONE_SEVERAL_ADS": "Zelfde telefoonnummer in meerdere advertenties.",
    "LOOKS_YOUNGER_THAN_21": "Lijkt jonger dan 21.",
    "NO_OWN_CONTACT_DETAILS": "Geen eigen contactgegevens.",
    "THIRD_PARTY_WRITES": "Tekst lijkt door een derde geschreven.",
    "CHANGING_LOCATIONS": "Wisselende werklocaties.",
    "LOW_PRICE": "Opvallend lage prijs.",
    "UNSAFE_SERVICES": "Biedt onveilige diensten aan.",
    "NO_LANGUAGE": "Spreekt geen Nederlands of Engels.",
}
MILD_INDICATORS = ["SAME_PHONE_SEVERAL_ADS", "CHANGING_LOCATIONS", "LOW_PRICE", "NO_LANGUAGE"]
AD_PLACES = {
    "Hilversum": 45, "Gooise Meren": 15, "Huizen": 12, "Weesp": 8, "Wijdemeren": 7, "Laren": 5,
    "Blaricum": 5, "Eemnes": 3,
}
CALM_NOTES = [
    "Geen signalen van uitbuiting.",
    "Eigen contactgegevens en vaste werkplek; geen signalen.",
    "Zelfstandig werkend; geen signalen.",
    None,
]
ENRICHMENTS = [
    "Adres bekend bij de gemeente; geen vergunning voor sekswerk.",
    "Wisselend bewoond adres; eerder meldingen van buren.",
    "Niemand ingeschreven op het adres; bekend bij handhaving.",
    "Locatie is een hotel; eerder signalen van overlast.",
    "Adres hoort bij een kamerverhuurbedrijf; meerdere advertenties op dit adres.",
]
ENRICHED_COUNT = 60
TO_POLICE_COUNT = 25

DAY = dt.timedelta(days=1)


# --- values and rows ----------------------------------------------------------------------------


def sql(value):
    """A SQL literal of MariaDB; strings never hold a backslash (it would escape)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return "'" + value.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(value, dt.date):
        return "'" + value.isoformat() + "'"
    assert "\\" not in value and "\n" not in value, value
    return "'" + value.replace("'", "''") + "'"


def insert(table, columns, rows):
    """One INSERT with one row per line (Evaluation2019DemoTest relies on that)."""
    lines = [f"INSERT INTO {table} ({', '.join(columns)}) VALUES"]
    for i, row in enumerate(rows):
        assert len(row) == len(columns), (table, row)
        end = ";" if i == len(rows) - 1 else ","
        lines.append("  (" + ", ".join(sql(v) for v in row) + ")" + end)
    return "\n".join(lines)


# --- days and times -----------------------------------------------------------------------------


def workdays(first, last):
    days, d = [], first
    while d <= last:
        if d.weekday() < 5:
            days.append(d)
        d += DAY
    return days


def workday_between(rng, first, last):
    return rng.choice(workdays(first, last))


def next_workday(day, at_least):
    d = day + at_least * DAY
    while d.weekday() >= 5:
        d += DAY
    return d


def at(rng, day, first_hour=8, last_hour=15):
    """An instant on the day between 08:00 and 16:00 UTC: the same day in Amsterdam."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour),
                       rng.randrange(0, 60, 5))


def birth_date(rng, opened, age):
    """A date of birth that makes the person exactly `age` on the day the case was opened."""
    latest = opened.replace(year=opened.year - age)
    dob = latest - rng.randint(0, 360) * DAY
    years = opened.year - dob.year - ((opened.month, opened.day) < (dob.month, dob.day))
    assert years == age, (dob, opened, age)
    return dob


# --- cases --------------------------------------------------------------------------------------


def origin(person):
    if person.nationality == "Nederlands":
        return "NL"
    return "EU" if person.nationality in EU else "NON_EU"


def pick(rng, pool, order, least, most):
    chosen = rng.sample(pool, min(len(pool), rng.randint(least, most)))
    return ",".join(code for code in order if code in chosen)


def triage_days(rng):
    """The Tuesdays (triage day) on which the 36 cases were opened, March-December 2019."""
    tuesdays = [d for d in workdays(dt.date(2019, 3, 12), dt.date(2019, 12, 17))
                if d.weekday() == 1]
    return sorted(rng.choice(tuesdays) for _ in PEOPLE)


def build_cases(rng):
    people = list(PEOPLE)
    rng.shuffle(people)  # the references follow the day of opening, not the table
    cases = []
    for n, (person, day) in enumerate(zip(people, triage_days(rng))):
        case = {"id": FIRST_CASE + n, "person": person, "number": n + 1}
        case["opened"] = at(rng, day, 9, 14)
        case["received"] = at(rng, day - rng.choice([4, 5, 6]) * DAY)  # Wed-Fri before triage
        case["police"] = person.report == "FILED" or person.referrer == POLICE
        closed = None
        if person.status == "CLOSED":
            # Long trajectories, closed recently: the covenant's 24 months have not yet passed.
            closed = at(rng, workday_between(rng, dt.date(2025, 12, 1), dt.date(2026, 11, 20)))
        case["closed"] = closed
        monitored_from = max(day + 150 * DAY, dt.date(2020, 1, 15))
        case["monitoring"] = at(rng, workday_between(rng, monitored_from, dt.date(2024, 6, 28)))
        cases.append(case)
    return cases


def client_row(rng, case):
    p = case["person"]
    opened = case["opened"].date()
    dob = birth_date(rng, opened, p.age) if p.born else None
    estimated = None if p.born else opened.year - p.age
    return (case["id"], TENANT, p.name, dob, estimated, p.gender, p.nationality, p.home,
            case["received"])


def victim_status(rng, case):
    p, opened = case["person"], case["opened"].date()
    if p.victim == "POSSIBLE":
        by = ZVH
    elif p.victim == "NOT_A_VICTIM" or p.report == "FILED":
        by = POLICE
    else:
        by = COMENSHA
    return p.victim, by, opened + rng.randint(14, 42) * DAY


def case_row(rng, case):
    p, opened = case["person"], case["opened"]
    status, by, on = victim_status(rng, case)
    registered = p.name not in NOT_AT_COMENSHA
    means = RECRUITMENT[(p.form, origin(p) if p.form == "SEXUAL" else None)]
    return (
        case["id"], TENANT, f"MH-2019-{case['number']:03d}", "HUMAN_TRAFFICKING", p.form,
        p.detail if p.form == "LABOUR" else None, p.detail if p.form == "OTHER" else None,
        p.place, p.status, ZVH, case["id"], opened, case["closed"], case["id"],
        status, by, on,
        pick(rng, means, RECRUITMENT_ORDER, 1, 2),
        pick(rng, CONTROL[p.form], CONTROL_ORDER, 1, 3),
        registered, opened.date() + rng.randint(7, 35) * DAY if registered else None,
        p.residence, p.report,
    )


def referral_row(case):
    p = case["person"]
    professional = p.source == "PROFESSIONAL"
    reason = REASON[p.referrer if professional else p.source]
    informed = p.victim != "POSSIBLE" or p.source != "MELD_MISDAAD_ANONIEM"
    return (
        case["id"], TENANT, f"SG-2019-{case['id']:05d}", p.source, case["received"], DIRECTOR,
        p.referrer if professional else ZVH, "HUMAN_TRAFFICKING",
        reason.format(form=FORM_TEXT[p.form], place=p.place),
        "Veiligheid, opvang en één vast aanspreekpunt.",
        "Politie Midden-Nederland" if case["police"] else None,
        case["opened"].date(), False, case["id"], "OPEN_CASE",
        "Signalen van mensenhandel; een casusoverleg is nodig.", case["opened"], DIRECTOR,
        case["id"], informed, None if informed else "De persoon is nog niet veilig bereikbaar.",
    )


def status_rows(rng, case):
    """REGISTERED is skipped, as the application does: a case opened at triage starts TRIAGED."""
    opened = case["opened"]
    conference = at(rng, opened.date() + 7 * DAY, 9, 11)  # the next Tuesday's case conference
    rows = [
        (TENANT, case["id"], None, "TRIAGED", opened, DIRECTOR, None),
        (TENANT, case["id"], "TRIAGED", "IN_CONFERENCE", conference, DIRECTOR, None),
        (TENANT, case["id"], "IN_CONFERENCE", "MONITORING", case["monitoring"], DIRECTOR,
         "Plan loopt; de zorgcoördinator volgt de afspraken."),
    ]
    if case["closed"]:
        rows.append((TENANT, case["id"], "MONITORING", "CLOSED", case["closed"], DIRECTOR,
                     "Doelen bereikt; geen signalen van uitbuiting meer."))
    return rows


def participation_rows(case):
    partners = [ZVH] + ([POLICE] if case["police"] else [])
    return [(TENANT, case["id"], partner, DIRECTOR, case["opened"]) for partner in partners]


def first_care(rng, p):
    if p.victim == "NOT_A_VICTIM":
        return "PRACTICAL", "scharlaken-koord" if p.form == "SEXUAL" else "leger-des-heils"
    if p.age < 18:
        return "SHELTER", "kwintes"
    if origin(p) == "NON_EU" or (origin(p) == "EU" and rng.random() < 0.6):
        return "CATEGORICAL", "cosm"
    return "SHELTER", rng.choice(["kwintes", "leger-des-heils", "blijfgroep"])


def second_care(rng, p):
    if p.victim == "NOT_A_VICTIM":
        return None
    if p.report == "FILED":  # legal aid mostly goes with the report
        legal = rng.random() < 0.65
        return ("LEGAL", "advocatuur-mensenhandel") if legal else ("PSYCHOLOGICAL", "ggz")
    if rng.random() < 0.4:
        return None
    if p.form == "SEXUAL":
        return rng.choice([("MEDICAL", GGD), ("PSYCHOLOGICAL", "ggz"),
                           ("PRACTICAL", rng.choice(["scharlaken-koord", "pretty-woman"]))])
    return "PSYCHOLOGICAL", "ggz"


def care_rows(rng, case):
    p, opened = case["person"], case["opened"].date()
    rows = []
    for n, care in enumerate([first_care(rng, p), second_care(rng, p)]):
        if care is None:
            continue
        started = min(opened + rng.randint(1 + 7 * n, 21 + 21 * n) * DAY, dt.date(2019, 12, 31))
        ended = None
        if rng.random() < 0.5:  # about half end in 2019-2020
            ended = workday_between(rng, started + 30 * DAY, dt.date(2020, 12, 18))
        elif case["closed"]:
            ended = workday_between(rng, dt.date(2021, 2, 1), case["closed"].date() - 20 * DAY)
        rows.append((TENANT, case["id"], care[0], care[1], started, ended,
                     CARE_OUTCOME[care[0]] if ended else None, at(rng, started),
                     CARE_COORDINATOR))
    return rows


# --- advertisement reviews ----------------------------------------------------------------------


def spread(counts, rng):
    values = [value for value, count in counts.items() for _ in range(count)]
    rng.shuffle(values)
    return values


def verdicts(rng, bands):
    """Exactly VERDICTS: every advertiser under 21 risky, the other risky ones drawn by weight."""
    young = [i for i, b in enumerate(bands) if b in ("UNDER_18", "AGE_18_20")]
    others = [i for i, b in enumerate(bands) if i not in young]
    # Weighted sampling without replacement (Efraimidis-Spirakis): the largest keys win.
    keyed = sorted(others, key=lambda i: rng.random() ** (1 / RISK_WEIGHT[bands[i]]), reverse=True)
    risky = set(young) | set(keyed[: VERDICTS["RISKY"] - len(young)])
    rest = [i for i in range(len(bands)) if i not in risky]
    unclear = set(rng.sample(rest, VERDICTS["UNCLEAR"]))
    return ["RISKY" if i in risky else "UNCLEAR" if i in unclear else "NOT_RISKY"
            for i in range(len(bands))]


def indicators_of(rng, verdict, band):
    codes = list(INDICATORS)
    if verdict == "RISKY":
        chosen = set(rng.sample([c for c in codes if c != "LOOKS_YOUNGER_THAN_21"],
                                rng.choice([2, 2, 3, 3, 3, 4])))
        if band in ("UNDER_18", "AGE_18_20") or (band == "AGE_21_25" and rng.random() < 0.3):
            chosen.add("LOOKS_YOUNGER_THAN_21")
    elif verdict == "UNCLEAR":
        chosen = set(rng.sample(codes, rng.choice([1, 2])))
    else:
        chosen = {rng.choice(MILD_INDICATORS)} if rng.random() < 0.3 else set()
    return [c for c in codes if c in chosen]


def note_of(rng, verdict, indicators):
    if verdict == "RISKY":
        return " ".join(INDICATORS[c] for c in indicators[:2]) + " Doorgezet naar de gemeente."
    if verdict == "UNCLEAR":
        doubt = INDICATORS[indicators[0]].lower()
        return f"Twijfel: {doubt} Over vier weken opnieuw bekijken."
    return rng.choice(CALM_NOTES)


def build_reviews(rng):
    days = sorted(rng.choice(workdays(dt.date(2019, 1, 2), dt.date(2019, 12, 20)))
                  for _ in range(sum(WEBSITES.values())))
    sites, bands = spread(WEBSITES, rng), spread(AGE_BANDS, rng)
    genders, verdict = spread(ADVERTISER_GENDERS, rng), verdicts(rng, bands)
    places, weights = list(AD_PLACES), list(AD_PLACES.values())
    reviews = []
    for i, day in enumerate(days):
        codes = indicators_of(rng, verdict[i], bands[i])
        place = rng.choices(places, weights)[0]
        if verdict[i] != "RISKY" and rng.random() < 0.15:
            place = None  # the location is not always known; a risky one always is
        reviews.append({
            "id": FIRST_REVIEW + i, "day": day, "verdict": verdict[i], "place": place,
            "row": (FIRST_REVIEW + i, TENANT, sites[i], day, bands[i], genders[i], ",".join(codes),
                    note_of(rng, verdict[i], codes), verdict[i], place, DIRECTOR, at(rng, day)),
        })
    return reviews


def liaison(place):
    return "gemeente." + PARTNER_OF[place].removeprefix("gemeente-")


def build_handovers(rng, reviews):
    """To the municipality for every risky review; enriched by some, and by some to the police."""
    risky = [r for r in reviews if r["verdict"] == "RISKY"]
    enriched = set(r["id"] for r in rng.sample(risky, ENRICHED_COUNT))
    to_police = set(rng.sample(sorted(enriched), TO_POLICE_COUNT))
    steps = []
    for r in risky:
        municipality = PARTNER_OF[r["place"]]
        handed = at(rng, next_workday(r["day"], rng.randint(1, 3)))
        steps.append((handed, r["id"], "TO_MUNICIPALITY", municipality,
                      "Risicovolle advertentie ter verrijking.", DIRECTOR))
        if r["id"] in enriched:
            handed = at(rng, next_workday(handed.date(), rng.randint(3, 15)))
            steps.append((handed, r["id"], "ENRICHED", municipality, rng.choice(ENRICHMENTS),
                          liaison(r["place"])))
        if r["id"] in to_police:
            handed = at(rng, next_workday(handed.date(), rng.randint(1, 10)))
            steps.append((handed, r["id"], "TO_POLICE", POLICE,
                          "Doorgezet naar de politie voor nader onderzoek.", liaison(r["place"])))
    steps.sort(key=lambda s: (s[0], s[1]))
    return [(FIRST_HANDOVER + n, TENANT, review, step, partner, note, handed, by)
            for n, (handed, review, step, partner, note, by) in enumerate(steps)]


# --- the script ---------------------------------------------------------------------------------

INTRODUCTION = """\
-- Demo data (casustafel.demo-data=true only): the 2019 evaluation of ZVH Gooi en Vechtstreek
-- ("Evaluatie Aanpak Uitbuiting en Mensenhandel 2019"), so that the progress report of zvh-gv for
-- 2019 shows the evaluation's table. GENERATED by docs/demo-2019/generate.py (fixed seed): change
-- the script and run `python3 docs/demo-2019/generate.py`, never this file by hand.
-- Fictional people. Runs after R__demo_tenants_and_partners and R__demo_zvh_covenants (Flyway
-- orders repeatables by description: "demo zvh evaluation 2019" sorts after "demo tenants ..." and
-- every other "demo zvh ..."); it needs only their tenants and partners, no other demo rows.
-- Repeatable: its rows are replaced as a whole, with what users added to them.
--
-- What it holds (tenant zvh-gv only; instants UTC between 08:00 and 16:00, the same Amsterdam day):
"""
CONTENTS = [
    "the municipality of every municipality partner of both demo tenants (partner.municipality);",
    "clients, cases and signals {first}-{last} (MH-2019-001..{count:03d}): {count} situations"
    " opened on the Tuesday triage days of March-December 2019: {forms}; by municipality"
    " {places}; by source {sources}; victims {genders}, {under30} younger than 30, {dutch} Dutch,"
    " {eu} from the EU, {non_eu} from outside it. Each with its status history (TRIAGED,"
    " IN_CONFERENCE, MONITORING, CLOSED), the ZVH on every case and the police on {police};"
    " {care} care trajectories started in 2019, {ended} of them ended in 2019-2020. {closed} cases"
    " are CLOSED, between 1 December 2025 and 20 November 2026: long trajectories, closed so"
    " recently that the covenant's retention (24 months after closure) has not run, so no"
    " destruction list proposes them before December 2027; {monitoring} are still MONITORING;",
    "advertisement reviews {review_first}-{review_last}: {reviews} reviews in 2019 on two"
    " websites, {risky} risky ({share}), {unclear} unclear; {young} advertisers younger than 26"
    " ({young_share}); hand-overs {handover_first}-{handover_last}: every risky review to its"
    " municipality ({to_municipality}), {enriched} enriched by the municipality, {to_police}"
    " passed on by it to the police.",
]

CASES = f"BETWEEN {FIRST_CASE} AND {FIRST_CASE + len(PEOPLE) - 1}"
CASE_SET = (f"case_id {CASES} OR case_id IN (SELECT id FROM case_file WHERE client_id {CASES})")


def deletes(reviews, handovers):
    review_range = f"BETWEEN {FIRST_REVIEW} AND {FIRST_REVIEW + len(reviews) - 1}"
    handover_range = f"BETWEEN {FIRST_HANDOVER} AND {FIRST_HANDOVER + len(handovers) - 1}"
    items = f"SELECT id FROM agenda_item WHERE {CASE_SET}"
    return "\n".join([
        "-- What hangs on these rows first, then the rows themselves; also a case that a merge",
        "-- moved to one of these clients, which would otherwise keep that client.",
        "DELETE FROM advertisement_handover"
        f" WHERE review_id {review_range} OR id {handover_range};",
        f"DELETE FROM advertisement_review WHERE id {review_range};",
        f"DELETE FROM client_merge WHERE from_client_id {CASES} OR into_client_id {CASES};",
        f"UPDATE client SET merged_into = NULL WHERE id {CASES} OR merged_into {CASES};",
        f"DELETE FROM referral WHERE id {CASES} OR client_id {CASES} OR {CASE_SET};",
        f"DELETE FROM agenda_invitee WHERE agenda_item_id IN ({items});",
        f"DELETE FROM minutes_paragraph WHERE {CASE_SET} OR agenda_item_id IN ({items});",
        f"DELETE FROM agreement WHERE {CASE_SET} OR agenda_item_id IN ({items});",
        f"DELETE FROM agenda_item WHERE {CASE_SET};",
        f"UPDATE conference SET case_id = NULL WHERE {CASE_SET};",
        *(f"DELETE FROM {table} WHERE {CASE_SET};" for table in [
            "care_episode", "case_status_change", "case_information", "confidentiality_statement",
            "case_participation", "case_lead_handover", "case_break_glass", "case_meeting",
            "crisis_card"]),
        f"DELETE FROM destruction_entry WHERE case_id {CASES} OR client_id {CASES};",
        f"DELETE FROM client_alias WHERE client_id {CASES};",
        f"DELETE FROM case_file WHERE id {CASES} OR client_id {CASES};",
        f"DELETE FROM client WHERE id {CASES};",
    ])


def municipalities():
    cases = "\n".join(f"  WHEN '{p}' THEN '{m}'" for p, m in MUNICIPALITY_PARTNERS.items())
    ids = ", ".join(f"'{p}'" for p in MUNICIPALITY_PARTNERS)
    return ("-- The municipality each municipality partner is: its liaison sees that one.\n"
            f"UPDATE partner SET municipality = CASE id\n{cases}\n  END\n"
            f"WHERE id IN ({ids});")


def tally(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return ", ".join(f"{k} {n}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def header(cases, care, reviews, handovers):
    people = [c["person"] for c in cases]
    risky = sum(r["verdict"] == "RISKY" for r in reviews)
    young = sum(r["row"][4] in ("UNDER_18", "AGE_18_20", "AGE_21_25") for r in reviews)
    steps = [h[3] for h in handovers]
    facts = dict(
        first=FIRST_CASE, last=FIRST_CASE + len(cases) - 1, count=len(cases),
        forms=tally(p.form for p in people), places=tally(p.place for p in people),
        sources=tally(p.source for p in people), genders=tally(p.gender for p in people),
        under30=sum(p.age < 30 for p in people),
        dutch=sum(origin(p) == "NL" for p in people), eu=sum(origin(p) == "EU" for p in people),
        non_eu=sum(origin(p) == "NON_EU" for p in people),
        police=sum(c["police"] for c in cases), care=len(care),
        ended=sum(1 for e in care if e[5] and e[5].year <= 2020),
        closed=sum(p.status == "CLOSED" for p in people),
        monitoring=sum(p.status == "MONITORING" for p in people),
        review_first=FIRST_REVIEW, review_last=FIRST_REVIEW + len(reviews) - 1,
        reviews=len(reviews), risky=risky, share=f"{100 * risky / len(reviews):.1f} %",
        unclear=sum(r["verdict"] == "UNCLEAR" for r in reviews), young=young,
        young_share=f"{100 * young / len(reviews):.1f} %",
        handover_first=FIRST_HANDOVER, handover_last=FIRST_HANDOVER + len(handovers) - 1,
        to_municipality=steps.count("TO_MUNICIPALITY"), enriched=steps.count("ENRICHED"),
        to_police=steps.count("TO_POLICE"),
    )
    lines = [INTRODUCTION.rstrip("\n")]
    for item in CONTENTS:
        lines += textwrap.wrap(item.format(**facts), 100, initial_indent="--   - ",
                               subsequent_indent="--     ")
    return "\n".join(lines)


def main():
    rng = random.Random(SEED)
    cases = build_cases(rng)
    clients = [client_row(rng, c) for c in cases]
    files = [case_row(rng, c) for c in cases]
    referrals = [referral_row(c) for c in cases]
    history = [row for c in cases for row in status_rows(rng, c)]
    participations = [row for c in cases for row in participation_rows(c)]
    care = [row for c in cases for row in care_rows(rng, c)]
    reviews = build_reviews(rng)
    handovers = build_handovers(rng, reviews)
    parts = [
        header(cases, care, reviews, handovers),
        municipalities(),
        deletes(reviews, handovers),
        insert("client", ["id", "tenant_id", "name", "date_of_birth", "estimated_birth_year",
                          "gender", "nationality", "municipality", "registered_at"], clients),
        insert("case_file", [
            "id", "tenant_id", "reference", "type", "exploitation_form", "exploitation_sector",
            "exploitation_other", "exploitation_municipality", "status", "lead_partner_id",
            "client_id", "opened_at", "closed_at", "referral_id", "victim_status",
            "victim_status_by", "victim_status_on", "recruitment_means", "control_means",
            "comensha_registered", "comensha_registered_on", "residence_procedure",
            "police_report"], files),
        insert("referral", [
            "id", "tenant_id", "reference", "source", "received_at", "received_by",
            "referrer_partner_id", "case_type", "reason", "goal", "partners_to_invite",
            "triage_date", "repeat_signal", "client_id", "outcome", "outcome_reason",
            "decided_at", "decided_by", "case_id", "person_informed", "not_informed_reason"],
            referrals),
        insert("case_status_change", ["tenant_id", "case_id", "from_status", "to_status",
                                      "changed_at", "changed_by", "reason"], history),
        insert("case_participation", ["tenant_id", "case_id", "partner_id", "invited_by",
                                      "invited_at"], participations),
        insert("care_episode", ["tenant_id", "case_id", "kind", "provider_id", "started_on",
                                "ended_on", "outcome", "created_at", "created_by"], care),
        insert("advertisement_review", [
            "id", "tenant_id", "website", "reviewed_on", "advertiser_age_band",
            "advertiser_gender", "indicators", "notes", "verdict", "municipality", "reviewed_by",
            "created_at"], [r["row"] for r in reviews]),
        insert("advertisement_handover", ["id", "tenant_id", "review_id", "step", "to_partner_id",
                                          "note", "handed_at", "handed_by"], handovers),
    ]
    OUT.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
