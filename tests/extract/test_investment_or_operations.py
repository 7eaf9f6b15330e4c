"""Whether a passage is an investment deviation or an operating one (extract.passage_rules.is_investment)."""

import pytest

from extract.passage_rules import is_investment


@pytest.mark.parametrize(
    ("text", "headings", "investment"),
    [
        ("Investeringsutgifterna beräknas bli 18 mnkr lägre än budgeterat.", (), True),
        ("Investeringsprojektet Nya Torget blir 4 mnkr dyrare än kalkylerat.", (), True),
        ("Prognosen visar att 35 mnkr av investeringsbudgeten inte förbrukas under året.", (), True),
        ("Ombyggnaden blir 2 mnkr dyrare än budgeterat.", ("Investeringar",), True),
        # an operation that debits its hours to investment projects, or finances investments: no investment
        (
            "Färre timmar än planerat har kunnat debiteras investeringsprojekten, eftersom flera projekt har pausats.",
            ("Avvikelser per verksamhetsområde", "Projektering och byggledning (-1,2 mnkr)"),
            False,
        ),
        (
            "Finansnettot blir 4,1 mnkr bättre än budgeterat, eftersom nyupplåningen för investeringarna har skjutits upp.",
            ("Finansförvaltningen",),
            False,
        ),
    ],
)
def test_an_investment_is_named_by_its_spending_its_opening_or_its_heading(
    text: str, headings: tuple[str, ...], investment: bool
) -> None:
    assert is_investment(text, headings) is investment
