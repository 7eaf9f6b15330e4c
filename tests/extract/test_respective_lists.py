""" "Respektive" lists whose later names leave out the words of the first (extract.respective_lists)."""

from pathlib import Path

import pytest

from extract.respective_lists import respective_amount, respective_items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grundskolan F–6 och 7–9 prognostiserar –1,2 respektive –1,1 mnkr. Båda stadierna har fler elever.",
            [("Grundskolan F–6", -1_200_000), ("Grundskolan 7–9", -1_100_000)],
        ),
        (
            "Grundskolans årskurser 4-6 och 7-9 går mot underskott på 3,6 respektive 1,1 mnkr.",
            [("Grundskolans årskurser 4-6", 3_600_000), ("Grundskolans årskurser 7-9", 1_100_000)],
        ),
    ],
)
def test_a_grade_range_after_och_takes_the_first_names_words(
    text: str, expected: list[tuple[str, int]]
) -> None:
    items = respective_items(text)
    assert [(name, amount.sek) for name, amount in items] == expected
    for name, sek in expected:  # each area finds its own figure in the list
        assert respective_amount(text, name).sek == sek  # type: ignore[union-attr]


def test_names_that_are_not_ranges_are_left_as_they_are() -> None:
    text = "Förskolan och fritidshemmen visar överskott på 0,4 respektive 0,2 mnkr."
    assert [name for name, _ in respective_items(text)] == ["Förskolan", "Fritidshemmen"]


def test_projects_moved_on_to_a_later_year_are_an_item_each_and_good() -> None:
    """ "X och Y förskjuts till 2027, vilket minskar årets utgifter med 31 respektive 9 mnkr": each project's
    under-spend; lower spending, said as "minskar årets utgifter" or "lägre utgifter", is good."""
    from extract.directions import direction_of

    text = (
        "Upprustningen av Torsviks torg och renoveringen av servicebyggnaden i Ekholmsnäsbacken förskjuts till 2027, "
        "vilket minskar årets utgifter med 31 respektive 9 mnkr."
    )
    items = respective_items(text)
    assert [(name, amount.sek) for name, amount in items] == [
        ("Upprustningen av Torsviks torg", 31_000_000),
        ("Renoveringen av servicebyggnaden i Ekholmsnäsbacken", 9_000_000),
    ]
    assert direction_of(text, items[0][1], investment=True) == "positive"
    assert direction_of("Det ger 3 mnkr lägre utgifter i år än budgeterat.", None) == "positive"
    assert direction_of("Det ökar kostnaderna med 2 mnkr.", None) == "negative"


def test_the_names_of_a_list_after_a_contrast_are_those_after_its_connector() -> None:
    text = (
        "Underskottet finns inom funktionsstöd och personlig assistans, medan äldreomsorgen och myndighetsutövningen "
        "redovisar överskott på 3 100 tkr respektive 900 tkr."
    )
    assert [(name, amount.sek) for name, amount in respective_items(text)] == [
        ("Äldreomsorgen", 3_100_000),
        ("Myndighetsutövningen", 900_000),
    ]


def test_shares_of_the_deviation_in_a_respektive_list_are_shares() -> None:
    from extract.deviation_shares import share_of_deviation

    assert share_of_deviation(
        "Förseningar i ombyggnaden av Ringvägen etapp 2 och i den nya kajen i Norra hamnen svarar för 14,0 "
        "respektive 8,0 mnkr av avvikelsen."
    )


def test_the_names_after_a_fronted_inom_and_its_verb_are_the_lists() -> None:
    text = "Inom området visar logopedin och audiologin +0,6 respektive −0,3 mnkr."
    assert [(name, amount.sek) for name, amount in respective_items(text)] == [
        ("Logopedin", 600_000),
        ("Audiologin", -300_000),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the names after a run-in label
        (
            "Omsorg och stöd: Hemsjukvården och dagverksamheten visar −1,4 mkr respektive +0,6 mkr.",
            [("Hemsjukvården", -1_400_000), ("Dagverksamheten", 600_000)],
        ),
        # the label's own names, when the text after it opens on no name
        (
            "Fritidsgårdar och bibliotek: Båda verksamheterna visar överskott, 450 respektive 300 tkr.",
            [("Fritidsgårdar", 450_000), ("Bibliotek", 300_000)],
        ),
    ],
)
def test_the_names_of_a_list_after_a_run_in_label(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(name, amount.sek) for name, amount in respective_items(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inom verksamheten står hemtjänsten och hemsjukvården för −3 200 respektive −1 400 tkr.",
            [("Hemtjänsten", -3_200_000), ("Hemsjukvården", -1_400_000)],
        ),
        (
            "Av underskottet svarar Centralsjukhuset och Lasarettet i Ljungby för −90 respektive −25 miljoner kronor.",
            [("Centralsjukhuset", -90_000_000), ("Lasarettet i Ljungby", -25_000_000)],
        ),
        (
            "Inom området står akutmottagningarna i Växjö och i Ljungby för −12 respektive −4 miljoner kronor.",
            [("Akutmottagningarna i Växjö", -12_000_000), ("Akutmottagningarna i Ljungby", -4_000_000)],
        ),
    ],
)
def test_names_after_står_or_svarar_för_and_a_place_said_without_its_head(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(name, amount.sek) for name, amount in respective_items(text)] == expected


def test_two_places_each_with_its_own_head_keep_them() -> None:
    text = "Två projekt drar över: förskolan i Rälla och hamnbron i Borgholm, med 1,2 respektive 0,7 mnkr."
    assert [name for name, _ in respective_items(text)] == ["Förskolan i Rälla", "Hamnbron i Borgholm"]


def test_the_last_of_three_names_keeps_an_och_of_its_own() -> None:
    """ "A, B och C och D" with three figures: the list's "och" comes before its last name, which holds the
    second ("Inom fritidsgårdarna, Simhallen och park och natur …")."""
    text = "Inom fritidsgårdarna, Simhallen och park och natur beräknas överskott på 0,2, 0,5 respektive 0,9 mnkr."
    assert [(name, amount.sek) for name, amount in respective_items(text)] == [
        ("Fritidsgårdarna", 200_000),
        ("Simhallen", 500_000),
        ("Park och natur", 900_000),
    ]


def test_the_names_after_a_fronted_phrase_and_är_det_främst() -> None:
    text = "Sett till verksamheter är det främst hemtjänsten och korttidsboendet som avviker, med 2,4 respektive 0,7 mnkr."
    assert [(name, amount.sek) for name, amount in respective_items(text)] == [
        ("Hemtjänsten", 2_400_000),
        ("Korttidsboendet", 700_000),
    ]


def test_a_clause_drawing_the_conclusion_after_the_names_is_no_name() -> None:
    text = (
        "Bryggan vid badplatsen och upprustningen av elljusspåret skjuts till 2027, och av den anledningen blir "
        "utfallet 2,0 respektive 0,5 mnkr lägre än budgeterat."
    )
    assert [(name, amount.sek) for name, amount in respective_items(text)] == [
        ("Bryggan vid badplatsen", 2_000_000),
        ("Upprustningen av elljusspåret", 500_000),
    ]


def test_the_names_after_avvikelsen_avser_främst() -> None:
    text = (
        "Avvikelsen avser främst Akademiska sjukhuset och Lasarettet i Enköping, med −64 respektive −17 mnkr."
    )
    assert [name for name, _ in respective_items(text)] == ["Akademiska sjukhuset", "Lasarettet i Enköping"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "För helåret beräknas personalkostnaderna och den köpta vården avvika med −12 respektive −5 mnkr.",
            ["Personalkostnaderna", "Den köpta vården"],
        ),
        (
            "Sett per kostnadsslag överskrider personalkostnaderna och lokalkostnaderna budget med 1,1 respektive "
            "0,4 mnkr.",
            ["Personalkostnaderna", "Lokalkostnaderna"],
        ),
    ],
)
def test_the_names_after_a_fronted_year_or_framing_and_the_verb(text: str, names: list[str]) -> None:
    assert [name for name, _ in respective_items(text)] == names


def test_a_run_in_label_set_as_a_heading_names_the_figures_under_it(tmp_path: Path) -> None:
    """ "Vuxenutbildning och central administration:" in bold over "Överskott på 0,4 respektive 0,8 mnkr, …": the
    label, read as a heading, names the two areas of the figures, and belongs to each item (LABELS.md)."""
    from pdf_builder import extracted_causes

    label = "Vuxenutbildning och central administration:"
    text = "Överskott på 0,4 respektive 0,8 mnkr, främst genom statsbidrag för yrkesvux och en vakant tjänst."
    blocks: list[tuple[str, object]] = [("h2", "Kommentarer per verksamhet"), ("bold", label), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Lilla Edets kommun · Utbildningsnämnden")
    assert [(e.area, e.amount_sek, e.text) for e in causes] == [
        ("Vuxenutbildning", 400_000, f"{label} {text}"),
        ("Central administration", 800_000, f"{label} {text}"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Av underskottet avser 12,4 respektive 6,2 miljoner kronor skolområde Norr och skolområde Väster.",
            [("Skolområde Norr", 12_400_000), ("Skolområde Väster", 6_200_000)],
        ),
        (
            "Inom gymnasieskolan blir kostnaderna för interkommunal ersättning 1,4 respektive 0,7 miljoner kronor "
            "lägre än budget för nationella program och introduktionsprogram, eftersom färre elever har valt "
            "skolor i andra kommuner.",
            [("Nationella program", 1_400_000), ("Introduktionsprogram", 700_000)],
        ),
    ],
)
def test_the_names_after_a_lists_figures(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(name, abs(amount.sek or 0)) for name, amount in respective_items(text)] == expected
