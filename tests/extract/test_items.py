"""How a passage becomes items, drawn in code: a "respektive" sentence gives one per area and its reasons
go with each; a total and its parts after "varav" are items of their own; the period's result and the year's
forecast are two; how the forecast has moved stands apart from the cause; an introduction to a list of
figures, or a heading read as a line, is none."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_builder import ReportSpec, Table, build_report, extracted_causes

from extract.pipeline import extract_report


def test_a_respektive_sentence_gives_one_explanation_per_area(tmp_path: Path) -> None:
    text = (
        "Avdelningarna Äldreboende samt Personlig assistans och stöd prognostiserar ett underskott om "
        "14 mkr, respektive 21 mkr."
    )
    blocks: list[tuple[str, object]] = [("h2", "Sammanfattning"), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Alingsås kommun · Vård- och omsorgsnämnden")
    assert sorted((e.area, e.amount_sek) for e in causes) == [
        ("Personlig assistans och stöd", -21_000_000),
        ("Äldreboende", -14_000_000),
    ]


def test_a_heading_that_names_two_areas_with_a_figure_each_gives_an_item_per_area(tmp_path: Path) -> None:
    """LABELS.md: a heading that carries the area and amount belongs to the item under it; with two areas and
    "respektive" figures it is two items, the heading and its paragraph the text of each."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Hemtjänst - minus 2,6 mnkr"),
        ("p", "De beviljade timmarna har ökat med åtta procent sedan årsskiftet."),
        ("h2", "Särskilt boende och korttidsvård - plus 0,6 respektive 0,2 mnkr"),
        ("p", "Beläggningen har varit lägre än normalt medan en avdelning renoverades."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Grästorps kommun · Vård- och omsorgsnämnden")
    assert sorted((e.area, e.amount_sek, e.direction) for e in causes) == [
        ("Hemtjänst", -2_600_000, "negative"),
        ("Korttidsvård", 200_000, "positive"),
        ("Särskilt boende", 600_000, "positive"),
    ]
    assert all(e.text.startswith(("Hemtjänst - minus", "Särskilt boende och korttidsvård")) for e in causes)


def test_the_reasons_after_a_respektive_sentence_belong_to_each_of_its_areas(tmp_path: Path) -> None:
    """LABELS.md: one item per area, the same text each; the reasons that follow without a figure of their own
    are part of it, as they are of any area's explanation; a measure that follows is not."""
    reasons = (
        "Förskolenämnden och skolnämnden visar underskott om 6,5 mnkr respektive 2,2 mnkr. Båda nämnderna har "
        "fler barn och elever med behov av särskilt stöd än budgeterat."
    )
    measure = (
        "Hemtjänsten och särskilt boende visar underskott om 3 mnkr respektive 4 mnkr. Förvaltningen arbetar "
        "med en handlingsplan för att minska underskotten."
    )
    blocks: list[tuple[str, object]] = [
        ("h2", "Nämnderna"),
        ("p", reasons),
        ("h2", "Äldreomsorg"),
        ("p", measure),
    ]
    causes = extracted_causes(tmp_path, blocks, "Mölndals stad · Kommunstyrelsen")
    texts = {e.area: e.text for e in causes}
    assert texts["Förskolenämnden"] == texts["Skolnämnden"] == reasons
    assert texts["Hemtjänsten"] == texts["Särskilt boende"] == measure.split(". ")[0] + "."


@pytest.mark.parametrize(
    "reason",
    [
        # names each of the areas
        "I förskolan är 142 färre barn inskrivna än budgeterat, och fritidshemmen har inte lyckats rekrytera "
        "till sju vakanta tjänster.",
        # a reason of both before one of one area's own
        "Personalkostnaderna räknas upp med ett index som har ökat mer än budgeterat, och för fritidshemmen "
        "tillkommer vikarier under sommaren.",
    ],
)
def test_reasons_that_name_each_area_or_none_at_their_opening_belong_to_all(
    tmp_path: Path, reason: str
) -> None:
    listing = "Förskola och fritidshem visar överskott på 5,8 respektive 1,4 mnkr."
    blocks: list[tuple[str, object]] = [("h2", "Verksamheterna"), ("p", f"{listing} {reason}")]
    causes = extracted_causes(tmp_path, blocks, "Tyresö kommun · Barn- och utbildningsnämnden")
    assert [(e.area, e.text) for e in causes] == [
        ("Förskola", f"{listing} {reason}"),
        ("Fritidshem", f"{listing} {reason}"),
    ]


@pytest.mark.parametrize(
    ("following", "theirs"),
    [
        ("Båda avdelningarna har fler brukare än budgeterat.", True),
        ("I hemtjänsten ökar timmarna, och i särskilt boende har sjuklönerna stigit.", True),  # names each
        ("Personalkostnaderna räknas upp med ett index, och för hemtjänsten tillkommer vikarier.", True),
        ("I prognosen för hemtjänsten ingår ett nytt planeringssystem.", False),  # names one at its opening
        # a reason per area, in their order, the first naming its area
        ("Hemtjänsten har fler brukare än väntat, och två boenden har haft höga sjuklönekostnader.", True),
        # the same without the comma: the second clause has a subject and a verb of its own
        (
            "Hemtjänsttimmarna har varit färre än planerat och två boenden har haft höga sjuklönekostnader.",
            True,
        ),
        ("Avdelningarna Hemtjänst och Särskilt boende arbetar med handlingsplaner.", False),  # a measure
        ("Hemtjänsten har dessutom ett underskott på 1 mkr för larm.", False),  # a figure of its own
        # one reason per area in parallel clauses, the second under an abbreviation of its name
        ("Inom hemtjänsten är det sjuklönerna, inom SÄBO är det hyrpersonalen.", True),
        # one reason per area joined by "och för", the first in a compound of its area's name
        (
            "Kostnaderna för hemtjänstinsatser på natten och för nya boendeplatser har ökat med fler brukare.",
            True,
        ),
    ],
)
def test_which_sentences_after_a_respektive_sentence_give_the_reasons_of_each_area(
    following: str, theirs: bool
) -> None:
    from extract.passage_features import Candidate
    from extract.sentence_bounds import reasons_of_all

    listing = "Avdelningarna Hemtjänst samt Särskilt boende prognostiserar ett underskott om 4 mkr, respektive 6 mkr."
    a, b = (
        Candidate(text, 0, i, 2, 1, ("Prognos",), False, False, "cause")
        for i, text in enumerate([listing, following])
    )
    assert reasons_of_all(a, b, joined=True) is theirs


def test_a_heading_read_as_a_line_of_text_is_no_explanation(tmp_path: Path) -> None:
    summary = "Läkemedlen och utomlänsvården överskrider budget med 24 mnkr respektive 12 mnkr."
    blocks: list[tuple[str, object]] = [("h2", "Prognos"), ("p", summary), ("bullets", ["Åtgärder"])]
    causes = extracted_causes(tmp_path, blocks, "Region Exempel · Regionstyrelsen")
    assert [e.text for e in causes] == [summary, summary]


def test_how_the_forecast_has_moved_is_an_item_of_its_own_after_the_cause(tmp_path: Path) -> None:
    cause = (
        "Socialnämndens underskott har fortsatt att växa under sommaren. Kostnaderna för placeringar av barn "
        "och unga ligger långt över budget."
    )
    moved = "Sedan tertial 1 har prognosen försämrats med 3,5 mnkr, främst till följd av två nya placeringar."
    blocks: list[tuple[str, object]] = [("h2", "Socialnämnden"), ("p", f"{cause} {moved}")]
    spec = ReportSpec(
        title="Delårsrapport augusti 2025", header="Lerums kommun · Kommunstyrelsen", blocks=blocks
    )
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    assert [(e.kind, e.text) for e in found] == [("cause", cause), ("forecast_change", moved)]


def test_an_introduction_to_a_list_of_figures_is_no_explanation_of_its_own(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Nämndernas prognoser"),
        ("p", "Tre nämnder prognostiserar underskott mot budget:"),
        (
            "bullets",
            [
                "socialnämnden -21,4 mnkr",
                "barn- och utbildningsnämnden -9,8 mnkr",
                "tekniska nämnden -4,6 mnkr.",
            ],
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Lerums kommun · Kommunstyrelsen")
    assert [e.amount_sek for e in causes] == [-21_400_000, -9_800_000, -4_600_000]
    assert not any(e.text.startswith("Tre nämnder") for e in causes), [e.text for e in causes]


def test_after_a_run_in_label_an_added_account_group_is_still_that_areas_reason(tmp_path: Path) -> None:
    text = (
        "Vård- och omsorgsboende. Underskottet beror på att två avdelningar har stått tomma sedan augusti, men "
        "personalen har inte kunnat omplaceras fullt ut. Sjuklönekostnaderna har dessutom varit höga under hösten."
    )
    blocks: list[tuple[str, object]] = [("h2", "Verksamheterna"), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Kungsbacka kommun · Nämnden för Vård & Omsorg")
    assert [e.text for e in causes] == [text]


def test_the_periods_result_and_the_full_years_forecast_are_two_items(tmp_path: Path) -> None:
    period = "Regionens ackumulerade resultat till och med november är 187 mnkr sämre än periodiserad budget."
    year = "Helårsprognosen är -165 mnkr mot budgeterade +50 mnkr."
    blocks: list[tuple[str, object]] = [("h2", "Sammanfattande bedömning"), ("p", f"{period} {year}")]
    causes = extracted_causes(tmp_path, blocks, "Region Västernorrland · Regionstyrelsen")
    assert [(e.text, e.amount_sek, e.direction) for e in causes] == [
        (period, -187_000_000, "negative"),
        (year, -215_000_000, "negative"),
    ]


def test_a_total_and_its_parts_after_varav_are_items_named_as_the_table_defines_them(tmp_path: Path) -> None:
    table = Table(
        "Prognos per nämnd, mnkr",
        ["Budget", "Prognos", "Avvikelse"],
        [
            ("Socialnämnden (SN)", ["400,0", "415,6", "-15,6"]),
            ("Barn- och utbildningsnämnden (BUN)", ["600,0", "607,4", "-7,4"]),
            ("Tekniska nämnden (TN)", ["90,0", "92,6", "-2,6"]),
        ],
    )
    text = (
        "Nämnderna prognostiserar sammantaget ett underskott på 24,3 mnkr, varav SN -15,6 mnkr, BUN -7,4 mnkr "
        "och TN -2,6 mnkr."
    )
    blocks: list[tuple[str, object]] = [("h2", "Nämndernas prognoser"), ("table", table), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Vetlanda kommun · Kommunstyrelsen")
    assert [(e.area, e.amount_sek) for e in causes if e.text == text] == [
        ("Nämnderna", -24_300_000),
        ("Socialnämnden (SN)", -15_600_000),
        ("Barn- och utbildningsnämnden (BUN)", -7_400_000),
        ("Tekniska nämnden (TN)", -2_600_000),
    ], [(e.area, e.amount_sek, e.text) for e in causes]


def test_a_respektive_sentence_is_an_item_of_its_own_inside_a_paragraph(tmp_path: Path) -> None:
    listing = "Avdelningarna Hemtjänst samt Särskilt boende prognostiserar ett underskott om 4 mkr, respektive 6 mkr."
    blocks: list[tuple[str, object]] = [
        ("h2", "Prognos"),
        (
            "p",
            "Prognosen är osäker och flera avdelningar prognostiserar ett underskott. "
            f"{listing} I prognosen för hemtjänsten ingår kostnader för ett nytt planeringssystem.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Vård- och omsorgsnämnden")
    listed = [(e.area, e.amount_sek) for e in causes if e.text == listing]
    assert listed == [("Hemtjänst", -4_000_000), ("Särskilt boende", -6_000_000)], [e.text for e in causes]


def test_the_units_result_not_set_against_its_budget_introduces_the_years_deviation(tmp_path: Path) -> None:
    """LABELS.md: a result is a deviation only against the budget; "Regionens resultat … uppgår till −96
    miljoner kronor." states none, so it opens the year's item rather than being one."""
    text = (
        "Regionens resultat för perioden januari-augusti uppgår till -96 miljoner kronor. För helåret "
        "prognostiseras ett resultat på -142 miljoner kronor, vilket innebär en negativ avvikelse mot budget "
        "på 262 miljoner kronor."
    )
    blocks: list[tuple[str, object]] = [("h2", "Sammanfattning"), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Region Kalmar län · Regionstyrelsen")
    assert [(e.text, e.amount_sek) for e in causes] == [(text, -262_000_000)]


def test_a_total_broken_down_into_its_cost_parts_is_one_item(tmp_path: Path) -> None:
    """ "Överskottet består av lägre personalkostnader, 1 130 tkr, … och av riktade statsbidrag, 712 tkr":
    the parts of the figure just stated, not one more account group's claim."""
    text = (
        "Förbundets resultat för 2025 uppgår till 1 842 tkr, att jämföra med ett budgeterat resultat på 0 "
        "kronor. Överskottet består av lägre personalkostnader, 1 130 tkr, till följd av vakanta tjänster "
        "under våren, och av riktade statsbidrag för validering, 712 tkr, som inte fanns med i budgeten."
    )
    blocks: list[tuple[str, object]] = [("h2", "Årets resultat"), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Boråsregionen Sjuhärads kommunalförbund · Direktionen")
    assert [(e.text, e.amount_sek, e.direction) for e in causes] == [(text, 1_842_000, "positive")]


def test_a_budgets_figure_goes_with_the_sentence_that_measures_against_it_and_is_nothing_alone(
    tmp_path: Path,
) -> None:
    """ "Investeringsbudgeten för 2025 uppgår till 46,0 mnkr …" states no deviation: it opens the cause after
    it, and standing alone (before a list of projects, each an item) it is no explanation."""
    budget = "Investeringsbudgeten för 2025 uppgår till 46,0 mnkr inklusive ombudgeteringar från 2024."
    outcome = (
        "Utfallet till och med september är 17,3 mnkr och helårsprognosen 29,5 mnkr, vilket ger ett överskott "
        "mot budget på 16,5 mnkr."
    )
    listing = (
        "Räddningsstationen i Storuman och bredbandsutbyggnaden i Gunnarn blir 1,2 respektive 0,7 mnkr dyrare "
        "än budgeterat."
    )
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        ("p", f"{budget} {outcome}"),
        ("h2", "Större projekt"),
        ("p", f"Investeringsbudgeten för projekten uppgår till 12,0 mnkr. {listing}"),
    ]
    causes = extracted_causes(tmp_path, blocks, "Storumans kommun · Kommunstyrelsen")
    assert [(e.text, e.amount_sek) for e in causes] == [
        (f"{budget} {outcome}", 16_500_000),
        (listing, -1_200_000),
        (listing, -700_000),
    ]


def test_a_parts_share_of_the_deviation_in_a_paragraph_of_its_own_is_its_item_the_breakdown_is_not(
    tmp_path: Path,
) -> None:
    """ "Av underskottet hänförs 1,9 mnkr till gymnasieskolan" breaks down the deviation before it and stays in
    its item; "Gång- och cykelvägen … står för 9,0 mnkr av avvikelsen" in a paragraph of its own is an item
    with the part's amount, going the way of the deviation under the same heading."""
    total = (
        "Barn- och utbildningsnämnden. Nämnden går mot ett underskott på 5,4 mnkr. Fler barn än planerat i "
        "förskolan förklarar avvikelsen. Av underskottet hänförs 1,9 mnkr till gymnasieskolan."
    )
    share = "Gång- och cykelvägen längs Klarälven står för 9,0 mnkr av avvikelsen."
    blocks: list[tuple[str, object]] = [
        ("h2", "Nämndernas ekonomi"),
        ("p", total),
        ("h2", "Investeringar"),
        ("p", "Investeringarna blev 14,2 mnkr lägre än budgeterat, eftersom flera projekt har försenats."),
        ("p", share),
    ]
    causes = extracted_causes(tmp_path, blocks, "Forshaga kommun · Tekniska nämnden")
    assert [(e.text, e.amount_sek, e.direction) for e in causes][0] == (total, -5_400_000, "negative")
    assert (share, 9_000_000, "positive") in [(e.text, e.amount_sek, e.direction) for e in causes]


def test_a_sentence_that_concludes_from_the_figures_before_it_stays_in_their_item(tmp_path: Path) -> None:
    """ "Nämnden lämnar därmed ett överskott på 0,6 mnkr" sums up the result against the budget before it;
    "Det, tillsammans med …, ger en negativ avvikelse om 1,6 mnkr" prices the sentence before it, which
    names no money of its own."""
    result = (
        "Samhällsbyggnadsnämnden redovisar för 2025 ett nettoutfall på 41,7 mnkr mot en budget på 42,3 mnkr. "
        "Nämnden lämnar därmed ett överskott på 0,6 mnkr, trots ett underskott inom vinterväghållningen."
    )
    priced = (
        "Solgläntan har sedan februari haft en avdelning med förstärkt nattbemanning för två boende. Det, "
        "tillsammans med sjuksköterskor från bemanningsföretag, ger en negativ avvikelse om 1,6 mnkr."
    )
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomiskt utfall"),
        ("p", result),
        ("h2", "Särskilt boende"),
        ("p", priced),
    ]
    causes = extracted_causes(tmp_path, blocks, "Norsjö kommun · Samhällsbyggnadsnämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [(result, 600_000), (priced, -1_600_000)]


def test_a_list_of_the_deviations_parts_gives_each_its_figure_and_the_deviations_way(tmp_path: Path) -> None:
    """ "Underskottet fördelar sig enligt följande:" then bullets that open with their figure: each bullet is an
    item with that figure, going the deficit's way unless it says otherwise."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Sammanfattning"),
        (
            "p",
            "Efter två månader pekar prognosen på ett underskott om 6,4 miljoner kronor för helåret. Underskottet "
            "fördelar sig enligt följande:",
        ),
        (
            "bullets",
            [
                "4,1 miljoner kronor inom individ- och familjeomsorgen, där fyra barn har placerats i familjehem.",
                "2,9 miljoner kronor inom ekonomiskt bistånd, som fortsätter att öka.",
                "Ett överskott på 0,6 miljoner kronor inom arbetsmarknadsenheten, tack vare högre ersättningar.",
            ],
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Skurups kommun · Socialnämnden")
    assert [(e.amount_sek, e.direction) for e in causes] == [
        (-6_400_000, "negative"),
        (-4_100_000, "negative"),
        (-2_900_000, "negative"),
        (600_000, "positive"),
    ]


def test_under_a_financing_heading_each_paragraphs_subject_is_its_area(tmp_path: Path) -> None:
    """ "Taxefinansierad verksamhet" groups the units it lists: "Renhållningen gick med ett underskott …" is
    Renhållningen's."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Taxefinansierad verksamhet"),
        (
            "p",
            "VA-verksamheten redovisar ett överskott mot budget på 1,4 mnkr, som beror på högre brukningsavgifter.",
        ),
        (
            "p",
            "Renhållningen gick med ett underskott på 0,4 mnkr, vilket beror på högre behandlingsavgifter.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Klippans kommun · Samhällsbyggnadsnämnden")
    assert [(e.area, e.amount_sek) for e in causes] == [
        ("VA-verksamheten", 1_400_000),
        ("Renhållningen", -400_000),
    ]


def test_a_bullet_with_its_rows_label_and_only_reasons_takes_the_rows_deviation(tmp_path: Path) -> None:
    """ "• Särskilt boende: Sjukfrånvaron har legat högt …" names no figure and no cue word in its opening: the
    row of its label states the deviation, as for a paragraph of its own (a later "Därtill har
    livsmedelskostnaderna ökat." is part of it)."""
    table = Table(
        "Helårsprognos per verksamhet, mnkr",
        ["Budget", "Prognos", "Avvikelse"],
        [
            ("Särskilt boende", ["112,6", "115,7", "-3,1"]),
            ("Hemtjänst", ["74,3", "76,9", "-2,6"]),
            ("Hemsjukvård", ["31,8", "30,9", "0,9"]),
        ],
    )
    bullets = [
        "Särskilt boende: Sjukfrånvaron har legat högt under hösten, och korttidsfrånvaron har täckts med övertid "
        "och timvikarier. Därtill har livsmedelskostnaderna ökat.",
        "Hemtjänsten överskrider budget med 2,6 mnkr. De beviljade timmarna har ökat med 9 procent sedan januari.",
        "Hemsjukvård visar ett överskott om 0,9 mnkr, främst till följd av vakanta tjänster.",
    ]
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomiskt resultat"),
        ("table", table),
        ("h2", "Kommentarer till avvikelserna"),
        ("bullets", bullets),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Omsorgsnämnden")
    assert [(e.area, e.amount_sek) for e in causes] == [
        ("Särskilt boende", -3_100_000),
        ("Hemtjänst", -2_600_000),
        ("Hemsjukvård", 900_000),
    ], [(e.area, e.amount_sek, e.text) for e in causes]
