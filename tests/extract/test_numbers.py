import pytest

from extract.numbers import caption_unit, find_amounts, format_sek, number_word, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-1 172 630", -1172630.0),
        ("17,2", 17.2),
        ("- 1 129,5", -1129.5),
        ("\u22123,0", -3.0),
        ("\u20133,0", -3.0),
        ("(3,2)", -3.2),
        ("( 6,6)", -6.6),
        ("1\u00a0262", 1262.0),
        ("0", 0.0),
        ("1 500-", -1500.0),  # a trailing minus, as some financial systems export it
        ("12,5\u2212", -12.5),
        ("Lokalhyror", None),
        ("-", None),
        ("", None),
    ],
)
def test_parse_number_reads_swedish_cells(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "sek", "approximate"),
    [
        ("avvika negativt med 17,2 mkr", 17_200_000, False),
        ("en avvikelse på −3,0 mnkr", -3_000_000, False),
        ("cirka 35 mkr", 35_000_000, True),
        ("400 tkr", 400_000, False),
        ("på - 9 miljoner kronor", -9_000_000, False),
        ("med – 51,9 mnkr", -51_900_000, False),
        ("totalt 1 200 kr", 1_200, False),
        ("ett underskott på 12 MSEK", 12_000_000, False),
        ("överskott om 450 KSEK", 450_000, False),
        ("cirka 4 milj. kr", 4_000_000, True),
        ("med 2,3 mn kr", 2_300_000, False),
    ],
)
def test_find_amounts_converts_to_kronor(text: str, sek: float, approximate: bool) -> None:
    [amount] = find_amounts(text)
    assert amount.sek == pytest.approx(sek)
    assert amount.approximate is approximate


def test_percentages_are_not_kronor() -> None:
    [amount] = find_amounts("motsvarande 1,8 procent av kommunbidraget")
    assert amount.is_percent and amount.sek is None and amount.value == 1.8


def test_years_and_bare_numbers_are_not_amounts() -> None:
    assert find_amounts("under 2024 och 2025 med 100 platser") == []


@pytest.mark.parametrize(
    ("caption", "unit"),
    [
        ("Belopp i tkr", "tkr"),
        ("Total (tkr)", "tkr"),
        ("Mnkr", "mnkr"),
        ("Belopp i KSEK", "ksek"),
        ("Driftredovisning", None),
    ],
)
def test_caption_unit(caption: str, unit: str | None) -> None:
    assert caption_unit(caption) == unit


def test_format_sek_uses_a_real_minus_and_decimal_comma() -> None:
    assert format_sek(-9_600_000) == "\u22129,6 mnkr"
    assert format_sek(400_000) == "400 tkr"
    assert format_sek(None) == "–"


def test_a_lost_leading_zero_and_bracketed_values() -> None:
    amounts = find_amounts("Kommunstyrelsens prognos +,5 mkr (+,3 mkr) och Omsorgsstyrelsen -1,4 mkr (+,4).")
    assert [(a.sek, a.bracketed) for a in amounts] == [(500_000, False), (300_000, True), (-1_400_000, False)]


@pytest.mark.parametrize(
    ("text", "sek", "approximate", "signed"),
    [
        ("prognostiseras positivt med elva miljoner kronor", 11_000_000, False, False),
        ("avvika negativt med en miljon kronor", 1_000_000, False, False),
        ("ett överskott på tretton miljoner", 13_000_000, False, False),
        ("drygt en halv miljon kronor", 500_000, True, False),
        ("två och en halv miljoner kronor", 2_500_000, False, False),
        ("ungefär en kvarts miljon kronor", 250_000, True, False),
        ("tre kvarts miljon kronor", 750_000, False, False),
        ("tjugofem miljoner kronor", 25_000_000, False, False),
        ("trettioen miljoner kronor", 31_000_000, False, False),
        ("femhundra tusen kronor", 500_000, False, False),
        ("ungefär tvåhundrafemtio tusen kr", 250_000, True, False),
        ("minus tre miljoner kronor", -3_000_000, False, True),
        ("en miljard kronor", 1_000_000_000, False, False),
        ("-84 tusen kronor", -84_000, False, True),
        ("1,2 miljarder kronor", 1_200_000_000, False, False),
        ("underskott om 3 mdr kr", 3_000_000_000, False, False),
        ("överskott på 4,5 miljoner kr", 4_500_000, False, False),
        ("drygt sexhundratusen kronor", 600_000, True, False),  # hundreds of thousands in one word
        ("trehundrafemtiotusen kronor", 350_000, False, False),
    ],
)
def test_amounts_in_words_and_spelled_out_units(
    text: str, sek: float, approximate: bool, signed: bool
) -> None:
    [amount] = find_amounts(text)
    assert amount.sek == pytest.approx(sek)
    assert (amount.approximate, amount.explicit_sign) == (approximate, signed)


@pytest.mark.parametrize(
    "text",
    ["några miljoner kronor", "tusen invånare", "flera miljoner", "en miljonärsfamilj", "Tusentals brukare"],
)
def test_words_that_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_amounts_in_words_and_digits_come_in_order_and_brackets_count() -> None:
    text = "Prognosen är -12 300 tkr (elva miljoner kronor föregående månad), en miljon kronor sämre."
    amounts = find_amounts(text)
    assert [(a.sek, a.bracketed) for a in amounts] == [
        (-12_300_000, False),
        (11_000_000, True),
        (1_000_000, False),
    ]
    assert text[amounts[1].start : amounts[1].end] == "elva miljoner kronor"


@pytest.mark.parametrize(
    ("word", "value"),
    [("tre", 3), ("tretton", 13), ("sexton", 16), ("sjuttio", 70), ("nittionio", 99), ("hundra", 100)]
    + [("etthundra", 100), ("tvåhundrafemtio", 250), ("niohundranittionio", 999), ("halv", None)]
    + [("tiohundra", None), ("tjugotjugo", None), ("trettonfem", None)],
)
def test_number_words(word: str, value: int | None) -> None:
    assert number_word(word) == value


def test_a_sign_in_words_signs_the_figure_after_it() -> None:
    """ "Funktionsstöd, minus 2,2 mnkr" and "Ekonomiskt bistånd, plus 0,6 mnkr": headings that carry their
    area's deviation with the sign spelled out; "ett plus på 3 mnkr" names no sign of the figure."""
    minus, plus, noun = (
        find_amounts(text)
        for text in (
            "Funktionsstöd, minus 2,2 mnkr",
            "Ekonomiskt bistånd, plus 0,6 mnkr",
            "ett plus på 3 mnkr",
        )
    )
    assert [(a.sek, a.explicit_sign) for a in (*minus, *plus, *noun)] == [
        (-2_200_000, True),
        (600_000, True),
        (3_000_000, False),
    ]


def test_a_rough_million_in_words() -> None:
    (amount,) = find_amounts("Avvikelsen mot budget blir en dryg miljon kronor.")
    assert amount.sek == 1_000_000 and amount.approximate
