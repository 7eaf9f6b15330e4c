"""Names that differ only in their diacritics, a union named with a direction, an abbreviation spelled out, a
document of a year."""

import pytest

from extract.committees import spelled_out
from extract.metadata import find_municipality, find_period, known_municipality, read_metadata


def test_a_name_spelled_with_its_diacritics_is_not_the_one_spelled_without() -> None:
    """Håbo (Uppsala län) and Habo (Jönköpings län) fold to one spelling; the text's spelling decides."""
    body = "Nämnden redovisar ett underskott på 6,4 mnkr."
    meta = read_metadata(["Delårsrapport augusti 2025"], [], {"author": "Håbo kommun"}, body, "x.pdf")
    assert meta.municipality == "Håbo"
    meta = read_metadata(["Delårsrapport augusti 2025"], [], {"author": "Habo kommun"}, body, "x.pdf")
    assert meta.municipality == "Habo"
    assert known_municipality("Håbo") == "Håbo"
    assert known_municipality("Habo") == "Habo"
    assert known_municipality("Goteborg") == "Göteborg"  # without diacritics where no other name is meant


@pytest.mark.parametrize(
    "name", ["Västra Mälardalens Myndighetsförbund", "Nordvästra Smålands Räddningstjänstförbund"]
)
def test_a_union_named_with_a_direction_keeps_it(name: str) -> None:
    title = [f"Årsredovisning 2025\n{name}"]
    body = "Förbundet utövar myndighetsutövning för medlemskommunerna Arboga, Köping och Kungsör."
    assert find_municipality(title, body, "x.pdf") == name


def test_a_committee_named_with_an_abbreviation_takes_the_words_of_a_title_line_with_its_initials() -> None:
    title = ["Månadsrapport oktober 2025", "Norra Älvsborgs Länssjukhus"]
    body = "Resultatet för perioden är 40 miljoner kronor sämre än budget."
    assert spelled_out("Styrelsen för NÄL", [*title, body]) == "Styrelsen för Norra Älvsborgs Länssjukhus"
    # a sentence whose words happen to have those initials is no name
    body = "Nämnden äger lokalerna, vilket gör att kostnaderna stiger när räntan höjs under året."
    assert spelled_out("Styrelsen för NÄL", [body]) == "Styrelsen för NÄL"


def test_a_document_of_a_year_is_that_year_whatever_date_its_tables_measure_at() -> None:
    title = "Hallstahammars kommun\nKommunstyrelsen\nLönekartläggning 2025\nFörslag till beslut"
    caption = "Medellön per yrkesgrupp, kronor per månad, oktober 2025"
    prose = "Kartläggningen omfattar samtliga månadsavlönade medarbetare per den 1 oktober 2025."
    assert find_period([f"{title}\n{prose}\n{caption}"], "x.pdf", prose) == "2025"
    # also with the letterhead in the title's block, and another body's follow-up per month in its text
    title = "Hörby kommun Tjänsteskrivelse\nTaxor och avgifter 2026\nFörslag till beslut"
    prose = "Socialnämnden har i sin uppföljning per september redovisat ett underskott."
    assert find_period([f"{title}\n{prose}"], "x.pdf", prose) == "2026"
    # a year's analysis is an annual report, whatever month an earlier forecast it names was made in
    title = "Årsanalys 2025\nKulturnämnden, Malmö stad"
    prose = "Utfallet är därmed 1,7 miljoner kronor sämre än prognosen i delårsrapporten per augusti."
    assert find_period([f"{title}\n{prose}"], "x.pdf", prose) == "2025"
    # a follow-up of months is not: its month stays
    title = "Hallstahammars kommun\nKommunstyrelsen\nMånadsrapport 2025"
    assert find_period([title], "x.pdf", "Utfallet per oktober visar …") == "2025-10"


def test_a_union_named_with_a_direction_in_lower_case_that_calls_itself_förbundet() -> None:
    title = ["Budgetuppföljning per maj 2026", "Miljösamverkan västra Värmland"]
    body = (
        "Resultatet för perioden är 300 tkr. För helåret prognostiserar förbundet ett underskott om 200 tkr."
    )
    assert find_municipality(title, body, "x.pdf") == "Miljösamverkan västra Värmland"


def test_a_diary_number_is_no_year_of_the_document() -> None:
    title = "Robertsfors kommun\nDnr KS 2025/311\nTjänsteskrivelse\nBorgensram och borgensavgift för kommunens bolag 2026"
    body = "Bostadsbolagets behov av borgen ökar med 22 mnkr jämfört med 2025."
    assert find_period([title], "robertsfors-ks-borgensram-2026.pdf", body) == "2026"


def test_a_company_named_only_as_the_documents_author_is_the_body() -> None:
    meta = read_metadata(
        ["Tertialrapport januari–april 2026", "Vattenverket producerar dricksvatten till delägarkommunerna."],
        [],
        {"author": "Vattenbolaget Väst AB", "title": "Tertialrapport januari–april 2026"},
        "Resultatet efter finansiella poster uppgår till 9,7 Mkr för perioden, vilket är 4,2 Mkr bättre än budget.",
        "x.pdf",
    )
    assert (meta.municipality, meta.committee) == ("Vattenbolaget Väst AB", "Styrelsen")


def test_a_samordningsförbund_keeps_the_län_of_its_name() -> None:
    title = ["Delårsrapport januari–augusti 2025", "Samordningsförbundet Gävleborgs län"]
    body = "Förbundets resultat för perioden är 1 200 tkr, vilket är 900 tkr bättre än periodiserad budget."
    assert find_municipality(title, body, "x.pdf") == "Samordningsförbundet Gävleborgs län"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kommunalförbundet Vård och stöd i Roslagen", "Kommunalförbundet Vård och stöd i Roslagen"),
        ("Kommunalförbundet Sydnärkes Utbildning – januari–april", "Kommunalförbundet Sydnärkes Utbildning"),
        (
            "Östergötland-Småland miljö- och räddningsförbund",
            "Östergötland-Småland miljö- och räddningsförbund",
        ),
    ],
)
def test_a_kommunalförbund_named_in_lower_case_words_keeps_them_to_the_end_of_its_line(
    line: str, name: str
) -> None:
    title = ["Delårsrapport januari–augusti 2025", line]
    body = "Förbundets resultat för perioden uppgår till −4,2 mnkr mot ett budgeterat nollresultat."
    assert find_municipality(title, body, "x.pdf") == name


def test_the_auditors_report_is_theirs_but_an_answer_to_it_is_not() -> None:
    body = "Granskningen visar att nämnderna i huvudsak har en ändamålsenlig budgetuppföljning."
    audit = read_metadata(
        ["Granskning av budgetuppföljning", "Revisorerna i Lerums kommun"], [], {}, body, "x.pdf"
    )
    assert audit.committee == "Revisorerna"
    answer = read_metadata(
        ["Yttrande över revisorernas granskning av prognossäkerhet", "Kommunstyrelsen"], [], {}, body, "x.pdf"
    )
    assert answer.committee == "Kommunstyrelsen"


def test_a_joint_body_named_neither_kommun_nor_förbund_is_the_name_its_text_reports_as() -> None:
    title = ["Budgetuppföljning januari–april 2026", "Västbygdens IT"]
    body = "Västbygdens IT redovisar efter april ett överskott på 610 tkr mot periodiserad budget."
    assert find_municipality(title, body, "x.pdf") == "Västbygdens IT"


@pytest.mark.parametrize(
    ("title", "author", "committee"),
    [
        ("Ekonomisk uppföljning per april 2026\nFritids- och tekniska nämnden", "Sundbybergs stad", None),
        ("Månadsrapport mars 2026\nMälarsjukhuset AB", "Region Sörmland", "Styrelsen för Mälarsjukhuset AB"),
        (
            "Månadsrapport mars 2026\nUddevalla sjukhus",
            "Västra Götalandsregionen",
            "Styrelsen för Uddevalla sjukhus",
        ),
        ("Delårsrapport 2025\nCapio sjukhus AB", "Region Stockholm", "Styrelsen för Capio sjukhus AB"),
        (
            "Månadsrapport maj 2025\nS:t Görans Barnsjukhus AB",
            "Region Stockholm",
            "Styrelsen för S:t Görans Barnsjukhus AB",
        ),
        (
            "Månadsrapport maj 2025\nTiohundra Vård och omsorg AB",
            "Region Stockholm",
            "Styrelsen för Tiohundra Vård och omsorg AB",
        ),
        (
            "Tertialrapport 1 2026\nMedicinsk transport i Mellansverige AB (MTM)",
            "Region Stockholm",
            "Styrelsen för Medicinsk transport i Mellansverige AB",
        ),
        (
            "Delårsrapport 2025\nStyrelsen för Nacka sjukhus AB, sammanträde 2025-09-20",
            "Region Stockholm",
            None,
        ),
    ],
)
def test_a_committee_in_more_spellings(title: str, author: str, committee: str | None) -> None:
    """A nämnd whose name ends in an adjective after "X- och"; a region's hospital company named in one word; a
    hospital under the region's other name ("Västra Götalandsregionen")."""
    body = "Den som läser detta ser att nämnden redovisar ett underskott."
    meta = read_metadata(
        title.split("\n"), [], {"author": author, "title": title.replace("\n", " ")}, body, "x.pdf"
    )
    if committee is None:
        committee = title.split("\n")[1].split(",")[0]
    assert meta.committee == committee


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            ["Delårsrapport januari–augusti 2025", "Jämtlands läns kollektivtrafikmyndighet"],
            "Jämtlands läns kollektivtrafikmyndighet",
        ),
        (
            ["Årsredovisning 2025", "Samordningsförbundet Göteborgs stad"],
            "Samordningsförbundet Göteborgs stad",
        ),
    ],
)
def test_a_union_named_after_its_county_or_city(title: list[str], name: str) -> None:
    body = "Kommunalförbundet är regional myndighet i länet. Förbundets resultat för perioden är 2,1 mnkr."
    assert find_municipality(title, body, "x.pdf") == name


def test_a_district_nämnd_is_named_with_its_district_though_a_footer_says_only_stadsdelsnämnden() -> None:
    body = "Nämnden prognostiserar ett underskott på 2,4 mnkr för helåret."
    meta = read_metadata(
        ["Tertialrapport 1 2026", "Spånga-Tensta stadsdelsnämnd"],
        ["Stadsdelsnämndens sammanträde 2026-05-20"],
        {"author": "Stockholms stad"},
        body,
        "x.pdf",
    )
    assert meta.committee == "Spånga-Tensta stadsdelsnämnd"


def test_a_company_titled_by_its_name_is_its_own_body_though_its_owners_are_named_below() -> None:
    body = "Resultatet efter finansiella poster uppgick till 8,1 Mkr, vilket är 1,2 Mkr lägre än budget."
    meta = read_metadata(
        [
            "Tertialrapport 1 2026",
            "Västkustens Färjor AB – rapport till ägarna",
            "Bolaget ägs till lika delar av Kungsbacka kommun och Varbergs kommun och driver färjelederna.",
        ],
        [],
        {},
        body,
        "x.pdf",
    )
    assert (meta.municipality, meta.committee) == ("Västkustens Färjor AB", "Styrelsen")


@pytest.mark.parametrize(
    ("title", "municipality", "committee"),
    [
        # a joint committee titled by a place that is no kommun
        (
            ["Delårsrapport 2025", "Roslagens överförmyndarnämnd"],
            "Roslagens överförmyndarnämnd",
            "Överförmyndarnämnden",
        ),
        # a region's nämnd for a part of it, named by its direction
        (
            ["Delårsrapport januari–augusti 2025", "Södra hälso- och sjukvårdsnämnden"],
            "Västra Götalandsregionen",
            "Södra hälso- och sjukvårdsnämnden",
        ),
        # a joint committee named after the area it serves
        (
            ["Tertialrapport 1 2026", "Miljönämnden i Mellersta Bohuslän"],
            "Miljönämnden i Mellersta Bohuslän",
            "Miljönämnden",
        ),
        # a region's hospital board, named in full or by its hospital
        (
            ["Månadsrapport mars 2026", "Sjukhusstyrelse Norrlands universitetssjukhus"],
            "Region Västerbotten",
            "Sjukhusstyrelse Norrlands universitetssjukhus",
        ),
        (
            ["Månadsrapport mars 2026", "Kungälvs lasarett"],
            "Västra Götalandsregionen",
            "Styrelsen för Kungälvs lasarett",
        ),
        (
            ["Månadsrapport mars 2026", "Sjukhusstyrelse Skånevård Sund"],
            "Region Skåne",
            "Sjukhusstyrelse Skånevård Sund",
        ),
        (  # a hospital's name ends its board's, before the next heading run on to it
            [
                "Delårsrapport augusti 2025",
                "Styrelsen för Sahlgrenska Universitetssjukhuset",
                "Ekonomiskt resultat",
            ],
            "Västra Götalandsregionen",
            "Styrelsen för Sahlgrenska Universitetssjukhuset",
        ),
        (  # the unit's name before a dash, the board after it
            ["Månadsrapport oktober 2025", "Skånevård Sint Lucia – Sjukhusstyrelsen", "Ekonomiskt resultat"],
            "Region Skåne",
            "Sjukhusstyrelse Skånevård Sint Lucia",
        ),
        (
            ["Månadsrapport mars 2026", "Styrelsen för Rehabilitering & Hjälpmedel", "Sammanfattning"],
            "Västra Götalandsregionen",
            "Styrelsen för Rehabilitering & Hjälpmedel",
        ),
        (
            ["Månadsrapport mars 2026", "Mölndals Specialistsjukhus"],
            "Västra Götalandsregionen",
            "Styrelsen för Mölndals Specialistsjukhus",
        ),
    ],
)
def test_joint_committees_and_hospital_boards(title: list[str], municipality: str, committee: str) -> None:
    body = "Nämnden prognostiserar ett underskott mot budget på 1,2 mnkr för helåret."
    author = "" if "nämnd" in municipality else municipality
    meta = read_metadata(
        title,
        ["Sjukhusstyrelsen 2026-04-15"] if "Sjukhus" in committee else [],
        {"author": author},
        body,
        "x.pdf",
    )
    assert (meta.municipality, meta.committee) == (municipality, committee)


def test_an_abbreviation_may_take_a_letter_from_each_part_of_a_compound_word() -> None:
    """SLSO: Stockholms läns sjukvårds-område; the title line spells it out without the abbreviation."""
    title = ["Månadsrapport oktober 2025", "Stockholms läns sjukvårdsområde"]
    body = "SLSO:s resultat för januari–oktober är 121 miljoner kronor sämre än budget."
    assert (
        spelled_out("Styrelsen för SLSO", [*title, body]) == "Styrelsen för Stockholms läns sjukvårdsområde"
    )
    # a title line that spells only part of it is not the name
    assert spelled_out("Styrelsen för SLSO", ["Stockholms län", body]) == "Styrelsen för SLSO"


def test_an_abbreviation_leaves_out_och_and_the_name_keeps_its_commas() -> None:
    title = ["Delårsrapport 2025", "Ambulans, diagnostik och hälsa", "Ekonomiskt resultat"]
    assert spelled_out("Driftnämnden ADH", title) == "Driftnämnden Ambulans, diagnostik och hälsa"
