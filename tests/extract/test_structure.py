"""Report structures real reports use, each drawn in code: headings that carry the amount, run-in areas,
a bullet per nämnd under a generic heading, investment sections and whole-unit summaries. Each must give
one explanation per area with its own amount ("respektive" lists and other items: test_items)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_builder import ReportSpec, Table, build_report, extracted_causes

from extract.pipeline import extract_report
from extract.types import Explanation


def test_headings_that_carry_area_and_amount_give_each_paragraph_its_area_and_amount(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Kommentarer per verksamhet"),
        ("bold", "Förskola + 2 450 tkr"),
        ("p", "Färre barn än budgeterat under våren och fler sökta statsbidrag för mindre barngrupper."),
        ("bold", "Grundskola - 3 120 tkr"),
        ("p", "Fler elever med behov av särskilt stöd och högre kostnader för skolskjuts än beräknat."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Kungsbacka kommun · Förskole- och grundskolenämnden")
    assert {(e.area, e.amount_sek) for e in causes} == {("Förskola", 2_450_000), ("Grundskola", -3_120_000)}


def test_run_in_areas_name_their_paragraphs(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Verksamheternas prognoser"),
        (
            "runin",
            ("Hemtjänst:", "Ett underskott på 2,8 mnkr prognostiseras till följd av fler beviljade timmar."),
        ),
        ("runin", ("Särskilt boende:", "Överskottet på 1,1 mnkr beror på vakanta tjänster under våren.")),
    ]
    causes = extracted_causes(tmp_path, blocks, "Kalix kommun · Socialnämnden")
    assert {(e.area, e.amount_sek) for e in causes} == {
        ("Hemtjänst", -2_800_000),
        ("Särskilt boende", 1_100_000),
    }


def test_a_bullet_per_committee_under_a_generic_heading_gives_one_explanation_each(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Kommunledningskontorets kommentar"),
        ("p", "Nämnderna prognostiserar sammantaget ett underskott mot budget. Avvikelserna per nämnd:"),
        (
            "bullets",
            [
                "Socialnämnden -6,4 mnkr till följd av fler placeringar av barn och unga.",
                "Barn- och utbildningsnämnden -2,1 mnkr på grund av fler elever i grundskolan.",
                "Tekniska nämnden +1,3 mnkr då vinterväghållningen kostade mindre än budgeterat.",
            ],
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Tranås kommun · Kommunstyrelsen")
    per_committee = {(e.area, e.amount_sek) for e in causes if e.area and "nämnden" in e.area}
    assert per_committee == {
        ("Socialnämnden", -6_400_000),
        ("Barn- och utbildningsnämnden", -2_100_000),
        ("Tekniska nämnden", 1_300_000),
    }


def test_bullets_that_name_their_area_then_a_comma_and_a_spaced_sign_are_one_item_each(
    tmp_path: Path,
) -> None:
    """ "• Psykiatri, - 11 mnkr: hyrläkare …": the name, a comma, then the amount with its sign apart."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Hälso- och sjukvård"),
        ("p", "Hälso- och sjukvårdsnämnden prognostiserar ett underskott på 61 mnkr."),
        (
            "bullets",
            [
                "Specialistvård, - 34 mnkr: sjuksköterskor från bemanningsföretag under semesterperioden.",
                "Psykiatri, - 11 mnkr: hyrläkare under hela perioden, då överläkartjänster är vakanta.",
                "Närvård, + 6 mnkr: ersättningen från andra regioner blev högre än väntat.",
            ],
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Region Gotland · Regionstyrelsen")
    assert {(e.area, e.amount_sek) for e in causes if not (e.area or "").startswith("Hälso")} == {
        ("Specialistvård", -34_000_000),
        ("Psykiatri", -11_000_000),
        ("Närvård", 6_000_000),
    }


def test_an_investment_deviation_is_marked_and_its_direction_follows_the_words(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Driftredovisning"),
        ("p", "Nämnden prognostiserar ett underskott på 1,5 mnkr som beror på högre kostnader för vikarier."),
        ("h2", "Investeringsredovisning"),
        (
            "p",
            "Investeringsutgifterna för ombyggnaden av Ekbackens skola beräknas bli 4,2 mnkr lägre än "
            "budgeterat, eftersom upphandlingen har försenats till hösten.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Mjölby kommun · Barn- och utbildningsnämnden")
    investment = [e for e in causes if e.investment]
    operating = [e for e in causes if not e.investment]
    assert len(investment) == 1 and investment[0].direction == "positive"
    assert abs(investment[0].amount_sek or 0) == 4_200_000
    assert [e.amount_sek for e in operating] == [-1_500_000]


def test_an_investment_headings_plus_is_more_spending_than_budgeted(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        ("bold", "Huvudgatan etapp 2 +6 600 tkr"),
        (
            "p",
            "Mer berg än projekteringen visade behövde sprängas bort under den nya huvudgatan. Projektet är avslutat.",
        ),
    ]
    [street] = extracted_causes(tmp_path, blocks, "Kiruna kommun · Tekniska nämnden")
    assert street.investment and street.area == "Huvudgatan etapp 2"
    assert street.direction == "negative" and street.amount_sek == -6_600_000


def test_the_output_contract_says_investment() -> None:
    from extract.types import Report

    report = Report("r", "x.pdf", "0" * 64, None, None, None, None, 1)
    made = Explanation("e", "r", "cause", None, "positive", 1.0, "t", 1, (0, 0, 1, 1), flags=("investment",))
    assert made.contract(report)["investment"] is True
    assert (
        Explanation("e", "r", "cause", None, None, None, "t", 1, (0, 0, 1, 1)).contract(report)["investment"]
        is False
    )


def test_a_whole_unit_summary_without_a_reason_is_a_cause_of_the_unit(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Sammanfattning"),
        ("p", "Verksamheten prognostiserar ett samlat överskott på 12,5 mnkr för helåret."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Lomma kommun · Kultur- och fritidsnämnden")
    assert [(e.amount_sek, e.direction) for e in causes] == [(12_500_000, "positive")]


def test_one_more_account_group_added_in_a_paragraph_is_its_own_explanation(tmp_path: Path) -> None:
    """ "Även lägre personalkostnader …" after the unit's result and its revenue: one more claim about
    another account group, so its own explanation, with its own direction."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomisk uppföljning"),
        (
            "p",
            "Uppföljningen per april visar ett överskott om 2,1 mnkr mot budget. Överskottet förklaras främst "
            "av högre intäkter än budgeterat för avgifter och ersättningar. Även lägre personalkostnader till "
            "följd av vakanser och fördröjda rekryteringar bidrar till resultatet.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Lysekils kommun · Socialnämnden")
    assert len(causes) == 2, [e.text for e in causes]
    added = causes[1]
    assert added.text.startswith("Även lägre personalkostnader")
    assert added.direction == "positive"
    assert causes[0].amount_sek == 2_100_000


def test_under_a_heading_with_its_area_and_amount_an_added_account_group_is_one_more_reason(
    tmp_path: Path,
) -> None:
    """ "Förskola +6 240 tkr": the heading names the area; "Därtill … statsbidrag" is one more reason for
    its deviation, not a claim about another area."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Kommentarer per verksamhet"),
        ("bold", "Förskola +6 240 tkr"),
        (
            "p",
            "Antalet inskrivna barn har varit lägre än budgeterat under hela perioden. Därtill har nämnden "
            "fått statsbidrag för mindre barngrupper som inte var känt när budgeten beslutades.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Umeå kommun · Barn- och utbildningsnämnden")
    assert (cause.area, cause.amount_sek) == ("Förskola", 6_240_000)
    assert cause.text.endswith("när budgeten beslutades.")


@pytest.mark.parametrize(
    ("heading", "area"),
    [
        ("Förskola + 6 239 tkr", "Förskola"),
        (
            "Interkommunala ersättningar och fristående skolor +7,9 mnkr (+6,8)",
            "Interkommunala ersättningar och fristående skolor",
        ),
        ("Socialnämnden −3,2 mnkr", "Socialnämnden"),
        ("Alingsås kommun −12 mnkr", None),
        ("Hemtjänst (−3 250 tkr)", "Hemtjänst"),  # the only figure, in brackets after the name
        ("Räddningstjänst – budget 24,8 mnkr, prognos 26,1 mnkr, avvikelse −1,3 mnkr", "Räddningstjänst"),
        ("Socialnämnden (2025)", None),
    ],
)
def test_a_heading_with_its_amount_names_its_area_even_with_last_months_figure(
    heading: str, area: str | None
) -> None:
    from extract.area_candidates import area_of_amount_heading

    assert area_of_amount_heading((heading,)) == area


def test_a_label_written_as_a_sentence_of_its_own_belongs_to_its_item_and_names_its_area(
    tmp_path: Path,
) -> None:
    """ "Stadsbadet. Entréavgifterna har …": the label names the area (not "Entréavgifterna") and, like a
    heading, belongs to the item's text."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Verksamheternas prognoser"),
        (
            "p",
            "Stadsbadet. Entréavgifterna har hittills i år legat under budget eftersom badet var stängt i "
            "tre veckor. Intäkterna väntas bli ungefär 1 500 tkr lägre än budgeterat.",
        ),
        ("p", "Utifrån uppföljningen föreslår förvaltningen att nämnden:"),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Eskilstuna kommun · Kultur- och fritidsnämnden")
    assert cause.area == "Stadsbadet" and cause.text.startswith("Stadsbadet. Entréavgifterna")
    assert cause.amount_sek == -1_500_000


def test_the_largest_deviation_of_an_account_group_with_its_amount_is_its_own_explanation(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Resultat"),
        (
            "p",
            "Nämndens resultat för perioden januari till oktober visar en negativ avvikelse mot budget på "
            "38,2 mnkr. Den största avvikelsen rör personalkostnader, som visar ett underskott om -29,5 mnkr. "
            "Underskottet finns framför allt inom hemtjänsten och korttidsboendet.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Ludvika kommun · Omsorgsnämnden")
    assert [e.amount_sek for e in causes] == [-38_200_000, -29_500_000], [e.text for e in causes]
    assert causes[1].text.endswith("korttidsboendet.")


def test_the_text_under_a_heading_with_its_amount_is_that_deviation_even_without_cue_words(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Kommentarer per område"),
        ("bold", "Hemsjukvård +1,3 mnkr"),
        ("p", "Vakanta tjänster för distriktssköterskor under sommaren."),
        ("bold", "Daglig verksamhet -0,8 mnkr"),
        ("p", "Två nya deltagare med omfattande behov sedan mars."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Ljusdals kommun · Omsorgsnämnden")
    assert {(e.area, e.amount_sek) for e in causes} == {
        ("Hemsjukvård", 1_300_000),
        ("Daglig verksamhet", -800_000),
    }
    # LABELS.md: the heading belongs to the item under it
    assert {e.text.split(" Vakanta")[0] for e in causes if e.area == "Hemsjukvård"} == {
        "Hemsjukvård +1,3 mnkr"
    }


def test_a_sentence_naming_each_area_with_its_own_amount_gives_one_explanation_per_area(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Nämndernas prognoser"),
        (
            "p",
            "De största avvikelserna per augusti finns hos socialnämnden -14,2 mnkr (-11,0), "
            "kultur- och fritidsnämnden -3,1 mnkr (-2,5) och tekniska nämnden +2,4 mnkr (+1,9).",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Kommunstyrelsen")
    assert [(e.area, e.amount_sek, e.direction) for e in causes] == [
        ("Socialnämnden", -14_200_000, "negative"),
        ("Kultur- och fritidsnämnden", -3_100_000, "negative"),
        ("Tekniska nämnden", 2_400_000, "positive"),
    ]
    assert len({e.text for e in causes}) == 1  # the same sentence, as with "respektive"


def test_the_reason_after_an_area_headline_stays_with_it_even_with_a_figure_of_its_own(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Nämndernas prognoser"),
        (
            "p",
            "Fritidsnämnden +0,4 mnkr (+0,2). Färre bokningar av sporthallen under hösten. "
            "Tekniska nämnden -1,1 mnkr (-0,3). Stormen i oktober orsakade skador på gatubelysningen, "
            "som har kostat omkring 1 mnkr att åtgärda.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Kommunstyrelsen")
    technical = [e for e in causes if e.area == "Tekniska nämnden"]
    assert [(e.amount_sek, "Stormen" in e.text) for e in technical] == [(-1_100_000, True)]
    assert not [e for e in causes if e.text.startswith("Stormen")]


def test_a_contrast_of_two_areas_with_their_own_amounts_gives_one_explanation_each(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Prognos per kontogrupp"),
        (
            "p",
            "Personalkostnaderna överstiger budget med 2,6 mnkr på grund av vikarier, medan "
            "lokalkostnaderna beräknas understiga budget med 0,9 mnkr.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Socialnämnden")
    assert [(e.area, e.amount_sek, e.direction) for e in causes] == [
        ("Personalkostnaderna", -2_600_000, "negative"),
        ("Lokalkostnaderna", 900_000, "positive"),
    ]


def test_the_units_result_said_in_words_without_a_figure_is_a_summary_cause(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Förvaltningens bedömning"),
        ("p", "Resultatet för förvaltningen är negativt per oktober."),
        ("p", "Förvaltningen följer utvecklingen noga och rapporterar till nämnden varje månad."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Kulturnämnden")
    assert [(e.text, e.direction) for e in causes] == [
        ("Resultatet för förvaltningen är negativt per oktober.", "negative")
    ]


def test_an_additive_sentence_that_names_its_account_group_late_is_its_own_explanation(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Prognos per kontogrupp"),
        (
            "p",
            "Personalkostnaderna visar ett överskott till följd av vakanser inom hemtjänsten och fördröjda "
            "rekryteringar. Samtidigt kvarstår behovet av konsulter inom myndighetsutövningen, vilket påverkar "
            "kostnadsutvecklingen inom köp av tjänster negativt.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Lysekils kommun · Socialnämnden")
    assert [e.text.split()[0] for e in causes] == ["Personalkostnaderna", "Samtidigt"], [
        e.text for e in causes
    ]


def test_reserve_talk_and_conditions_are_not_causes_of_their_own(tmp_path: Path) -> None:
    summary = "Nämndens utfall mot periodiserad budget avviker till och med oktober med -4 miljoner kronor."
    blocks: list[tuple[str, object]] = [
        ("h2", "Sammanfattning"),
        (
            "p",
            f"{summary} Nämnden har beviljats att använda eget kapital på upp till 10 miljoner kronor för "
            "att säkerställa köp av externa platser.",
        ),
        ("p", "Om resultatet ändå blir negativt måste det återställas inom tre år."),
        (
            "p",
            "Balanskravsresultatet beräknas till 58,2 mnkr, vilket är 4,1 mnkr lägre än budgeterat, främst "
            "till följd av lägre realisationsvinster.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Äldrenämnden")
    assert [e.text for e in causes] == [summary]


def test_a_later_paragraph_under_an_amount_heading_that_opens_with_another_row_is_that_rows(
    tmp_path: Path,
) -> None:
    table = Table(
        "Belopp i tkr",
        ["Budget", "Utfall", "Avvikelse"],
        [
            ("Fastighetsförvaltning", ["12 600", "13 980", "-1 380"]),
            ("Färdtjänst och kollektivtrafik", ["15 200", "13 880", "1 320"]),
            ("Gång- och cykelväg Lombolo", ["6 500", "2 100", "4 400"]),
        ],
    )
    blocks: list[tuple[str, object]] = [
        ("table", table),
        ("h2", "Fastighetsförvaltning -1 380 tkr"),
        ("p", "Kostnaderna för el och fjärrvärme blev högre än budgeterat."),
        (
            "p",
            "Färdtjänsten och kollektivtrafiken kostade 1 320 tkr mindre än budgeterat, då färre resor gjordes.",
        ),
        (
            "p",
            "Gång- och cykelvägen i Lombolo blev 4 400 tkr billigare än budget, eftersom bygget försenades.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Kiruna kommun · Tekniska nämnden")
    assert [e.area for e in causes] == [
        "Fastighetsförvaltning",  # an area unit of the nämnd, not an organisation
        "Färdtjänst och kollektivtrafik",
        "Gång- och cykelväg Lombolo",
    ]
    assert causes[0].amount_sek == -1_380_000


def test_the_finance_items_of_a_whole_kommun_report_are_each_their_own(tmp_path: Path) -> None:
    """Skatteintäkter, pensionskostnader and finansnetto are account groups of their own: a sentence that goes
    on to another of them with its own figure is its own item."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Finansförvaltningen"),
        (
            "p",
            "Skatteintäkter och generella statsbidrag beräknas bli 9,6 mnkr högre än budget enligt SKR:s prognos "
            "från oktober. Pensionskostnaderna blir 5,2 mnkr lägre än budgeterat, främst till följd av att "
            "prisbasbeloppet blev lägre än antaget.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Mölndals stad · Kommunstyrelsen")
    assert [(e.amount_sek, e.text.split()[0]) for e in causes] == [
        (9_600_000, "Skatteintäkter"),
        (5_200_000, "Pensionskostnaderna"),
    ]


def test_a_fee_proposal_explains_no_budget_deviation(tmp_path: Path) -> None:
    """LABELS.md: a document with no budget follow-up has no cause items, however it reasons about money."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Bakgrund"),
        (
            "p",
            "Taxorna räknades senast upp 2023. Sedan dess har nämndens kostnader för drift av anläggningarna "
            "ökat med 14 procent, vilket beror på högre kostnader för energi och underhåll.",
        ),
        ("h2", "Konsekvenser"),
        ("p", "Intäkterna från uthyrning beräknas öka med 620 000 kronor, vilket ingår i budgetförslaget."),
    ]
    spec = ReportSpec(
        title="Översyn av taxor och avgifter för 2026", header="Sandvikens kommun", blocks=blocks
    )
    found = extract_report(build_report(tmp_path / "taxor.pdf", spec))
    assert found.report.report_type == "taxor och avgifter"
    assert [e.text for e in found.explanations if e.kind == "cause"] == []


def test_a_run_in_label_names_its_area_under_a_heading_that_is_an_area_too(tmp_path: Path) -> None:
    table = Table(
        "Tabell 1. Avvikelse mot budget per verksamhetsområde, mnkr",
        ["Avvikelse jan-aug", "Helårsprognos"],
        [("Hälso- och sjukvård", ["-187", "-318"]), ("Regiongemensamt", ["11", "14"])],
    )
    blocks: list[tuple[str, object]] = [
        ("h2", "Resultat"),
        ("table", table),
        ("h2", "Hälso- och sjukvård"),
        ("p", "Inhyrd personal. Kostnaderna för hyrläkare beräknas bli 135 mnkr högre än budgeterat."),
        ("p", "Köpt vård. Utomlänsvården överstiger budget med 88 mnkr, främst på grund av fler remisser."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Region Kalmar län · Regionstyrelsen")
    assert [(e.area, e.amount_sek) for e in causes] == [
        ("Inhyrd personal", -135_000_000),
        ("Köpt vård", -88_000_000),
    ]


def test_a_heading_whose_only_figure_is_in_brackets_gives_the_amount_not_a_part_of_it(tmp_path: Path) -> None:
    """ "Särskilt boende (-4 100 tkr)" over a paragraph that names a part of the deficit: the heading's figure
    is the item's amount, and the paragraph, whatever the kind model makes of it, that area's cause."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Verksamheternas avvikelser"),
        ("bold", "Särskilt boende (-4 100 tkr)"),
        (
            "p",
            "Bemanningen på demensavdelningarna har förstärkts för att möta de boendes behov. Av underskottet "
            "avser 1 300 tkr sjuklönekostnader.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Partille kommun · Omsorgsnämnden")
    assert (cause.area, cause.amount_sek) == ("Särskilt boende", -4_100_000)
    assert cause.text.startswith("Särskilt boende (-4 100 tkr) Bemanningen")
