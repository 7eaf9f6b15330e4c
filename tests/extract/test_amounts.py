"""Which amount in a passage states the deviation (LABELS.md): Swedish wordings, one case per row."""

import pytest

from extract.amounts import heading_amount, pick_amount


@pytest.mark.parametrize(
    ("text", "sek"),
    [
        # amounts in words
        ("Verksamhetens intäkter prognostiseras positivt med elva miljoner kronor.", 11_000_000),
        ("Lokalhyrorna prognostiseras avvika negativt med en miljon kronor.", 1_000_000),
        ("Köp av tjänster visar ett underskott på drygt en halv miljon kronor.", 500_000),
        ("Nämnden prognostiserar ett överskott om tjugofem miljoner kronor.", 25_000_000),
        ("Avvikelsen mot budget uppgår till ungefär tvåhundra tusen kronor.", 200_000),
        # approximate wordings keep the figure
        ("Personalkostnaderna beräknas överskrida budget med ca 2,4 mnkr.", 2_400_000),
        ("Underskottet inom hemtjänsten uppgår till omkring 3 mnkr.", 3_000_000),
        ("Prognosen visar ett överskott på knappt 800 tkr.", 800_000),
        # last month's figure in brackets is not the amount
        ("Individ- och familjeomsorg visar en avvikelse på -12 300 tkr (-11 900 tkr).", 12_300_000),
        ("Kommunstyrelsen redovisar ett överskott med +5,9 mkr (+2,6 mkr).", 5_900_000),
        # the deviation, not the result it is computed from
        (
            "Årets negativa resultat blev -584 tusen kronor mot budgeterade -500 tusen kronor, vilket ger "
            "en negativ avvikelse på -84 tusen kronor.",
            84_000,
        ),
        (
            "Årsresultatet blev 740 tusen kronor mot budgeterade -750 tusen kronor, vilket ger en positiv "
            "avvikelse med 1 490 tusen kronor.",
            1_490_000,
        ),
        ("Resultatet blev 740 tkr mot budgeterade -750 tkr.", 1_490_000),  # no deviation stated: computed
        # a result or deviation that "uppgår till" is one; a budget or cost that does is not
        (
            "Det ackumulerade utfallet per maj uppgår till 1,4 mnkr efter hänsyn till semesterlöneskulden.",
            1_400_000,
        ),
        ("Underskottet uppgår till 3,5 mnkr och beror på köpt vård.", 3_500_000),
        ("Nämndens budget uppgår till 250 mnkr.", None),
        ("Budgeten är 12 mnkr för året.", None),
        ("Sjukkostnader: Utfall nov 2,5 mnkr. Ack jan-nov 24,1 mnkr.", None),
    ],
)
def test_the_deviation_amount_of_a_passage(text: str, sek: float | None) -> None:
    amount = pick_amount(text)
    assert (abs(amount.sek or 0) if amount else None) == (pytest.approx(sek) if sek is not None else None)


@pytest.mark.parametrize(
    ("heading", "sek"),
    [
        ("Förskola + 6 239 tkr", 6_239_000),
        ("Grundskola - 1 942 tkr", -1_942_000),
        ("Barn- och ungdomsnämnden +5,0 mnkr", 5_000_000),
        ("Äldreomsorg, avvikelse 1,2 mnkr", 1_200_000),
        ("Personalkostnader", None),
        ("Budget 2026", None),
    ],
)
def test_a_heading_carries_the_amount_of_the_passage_under_it(heading: str, sek: float | None) -> None:
    amount = heading_amount(("Kommentarer per huvudverksamhet", heading))
    assert (amount.sek if amount else None) == sek
