"""The budget's own figure beside a figure of the prose, and the deviation between them (extract.budget_figures):
a result against the budget's level, an investment against its budget or the year's forecast, money moved on."""

from pathlib import Path

import pytest

from extract.amounts import pick_amount
from extract.money_talk import measured_against


def test_the_budgeted_result_is_no_deviation_and_gives_no_direction() -> None:
    from extract.directions import direction_of

    text = (
        "Fullmäktige budgeterade ett överskott på 9,0 mkr för 2025. Helårsprognosen landar på 4,6 mkr, alltså "
        "ett resultat som är 4,4 mkr svagare än planerat."
    )
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 4_400_000
    assert direction_of(text, amount) == "negative"
    # the year's surplus against a zero budget, not the period's result
    text = (
        "Förbundet redovisar för januari–augusti ett resultat på 6,8 mnkr. Helårsprognosen är ett överskott på "
        "1,9 mnkr, att jämföra med ett budgeterat nollresultat."
    )
    assert pick_amount(text).sek == 1_900_000  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "sek"),
    [
        # the investment budget set against the year's forecast: the difference, never written out
        (
            "Investeringsbudgeten för 2025 uppgår till 164 mnkr, men prognosen stannar vid 97 mnkr. Gästhamnen "
            "förskjuts till nästa år.",
            -67_000_000,
        ),
        (
            "Investeringsbudgeten för 2025 är 27,0 mnkr. Utfallet per augusti är 9,3 mnkr och prognosen för "
            "helåret 21,5 mnkr.",
            -5_500_000,
        ),
        # the quarter's spending is a level: the year's forecast after it states the deviation
        (
            "Av investeringsbudgeten på 6,8 mnkr har 0,4 mnkr använts under kvartalet. Helårsprognosen är att "
            "budgeten underskrids med 2,5 mnkr, eftersom ombyggnaden skjuts till 2027.",
            2_500_000,
        ),
        # the budget in apposition, the year's use after it; the use said with "förbrukades med"; the forecast
        # as "Prognosen är att X används"
        ("Årets investeringsbudget, 41 mkr, bedöms förbrukas till cirka 34 mkr.", -7_000_000),
        ("Nämndens investeringsbudget om 2,4 mnkr förbrukades med 1,1 mnkr.", -1_300_000),
        (
            "Investeringsbudgeten för 2026 uppgår till 58,2 mnkr. Prognosen är att 43,7 mnkr används under året.",
            -14_500_000,
        ),
        # what the budget is for between the budget and what will be used of it
        (
            "Av investeringsbudgeten på 6,0 mnkr för inventarier och digitala verktyg beräknas 4,2 mnkr användas.",
            -1_800_000,
        ),
        # the forecast after "och prognosen", and a result against "ett periodiserat budgetresultat"
        (
            "Investeringsbudgeten är 4 800 tkr och prognosen 5 600 tkr, eftersom tankbilen blev dyrare.",
            800_000,
        ),
        (
            "Förbundets resultat för första halvåret är 1 480 tkr, att jämföra med ett periodiserat budgetresultat "
            "på 620 tkr.",
            860_000,
        ),
        # but the part that will not be used is the deviation itself
        (
            "Investeringsbudgeten för 2025 uppgår till 164 mnkr. Prognosen är att 43 mnkr inte används under året.",
            43_000_000,
        ),
        # what remains of the frame is the under-spend, not the frame
        ("Av investeringsramen på 1 200 tkr återstår 560 tkr vid årets slut.", 560_000),
        # an investment frame stated, then the year's forecast
        (
            "Nämndens investeringsram för 2025 är 12,0 mnkr. Prognosen är 7,5 mnkr, främst för att en upphandling har överprövats.",
            -4_500_000,
        ),
        # the deviation against the frame, the frame's figure after it
        (
            "För helåret beräknas investeringarna bli 240 mnkr lägre än den beslutade investeringsramen på 1 150 mnkr.",
            240_000_000,
        ),
        # the frame named with what it is for, then its use for the year
        (
            "Av årets investeringsram för fordon och maskiner på 12 mnkr beräknas 9 mnkr användas, eftersom "
            "leveransen av en sopbil har försenats.",
            -3_000_000,  # what is used less the frame (direction_of reads it as spending, below budget: good)
        ),
        # a grant set against the sum the budget was built on
        (
            "Statsbidraget uppgår i år till 4,3 mnkr, vilket är 1,1 mnkr mindre än det belopp som låg till grund "
            "för budgeten.",
            1_100_000,
        ),
    ],
)
def test_an_investment_or_grant_set_against_its_budgets_own_figure(text: str, sek: int) -> None:
    amount = pick_amount(text)
    assert amount is not None and amount.sek == pytest.approx(sek)


def test_money_moved_on_to_a_later_year_is_the_investments_under_spend() -> None:
    from extract.directions import direction_of
    from extract.money_talk import investment_against_budget

    text = "Den största delen avser Alsike skola, etapp 2, där 24,5 mnkr förskjuts till 2027 sedan byggstarten försenats."
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 24_500_000
    assert direction_of(text, amount, investment=True) == "positive"
    assert investment_against_budget(text)
    text = "Investeringarna prognostiseras till 129,8 mnkr, vilket innebär en underförbrukning om 27,2 mnkr."
    assert direction_of(text, pick_amount(text), investment=True) == "positive"


@pytest.mark.parametrize(
    ("text", "sek", "direction"),
    [
        # two levels: the deviation is their difference
        (
            "Resultatet för januari–september uppgår till 31,6 mnkr, att jämföra med en periodiserad budget på "
            "36,5 mnkr.",
            -4_900_000,
            "negative",
        ),
        # against a budgeted zero the result is the deviation, and goes its own sign's way
        (
            "Resultatet för januari–juni uppgår till 612 tkr, att jämföra med ett budgeterat nollresultat.",
            612_000,
            "positive",
        ),
        ("Resultatet blev -1,2 mnkr mot en budget i balans.", -1_200_000, "negative"),
        (
            "Förbundet redovisar ett underskott på 1,2 mnkr mot ett budgeterat nollresultat.",
            1_200_000,
            "negative",
        ),
    ],
)
def test_a_result_set_against_its_budgets_level(text: str, sek: int, direction: str) -> None:
    from extract.directions import direction_of

    amount = pick_amount(text)
    assert amount is not None and amount.sek is not None
    assert round(amount.sek) == sek
    assert direction_of(text, amount) == direction


def test_the_investment_budget_against_the_years_forecast_said_with_bedöms() -> None:
    text = (
        "Investeringsbudgeten för 2025 uppgår till 64,0 mnkr. Utfallet till och med september är 21,3 mnkr "
        "och för helåret bedöms 38 mnkr användas."
    )
    amount = pick_amount(text)
    assert amount is not None and abs(amount.sek or 0) == 26_000_000


@pytest.mark.parametrize(
    ("text", "investment", "sek", "direction"),
    [
        (
            "Resultatet för perioden uppgår till 1 840 tkr, att jämföra med ett budgeterat resultat på 350 tkr.",
            False,
            1_490_000,
            "positive",
        ),
        (
            "Helåret landar enligt prognosen på 18,6 mnkr, att jämföra med budgeterade 35,0 mnkr.",
            False,
            -16_400_000,
            "negative",
        ),
        (
            "Nämnden redovisar ett nettoutfall på 41,7 mnkr mot en budget på 42,3 mnkr.",
            False,
            -600_000,
            "positive",
        ),
        (
            "Investeringsutgifterna uppgick till 58,3 mnkr, att jämföra med en investeringsbudget inklusive "
            "ombudgeteringar på 81,0 mnkr.",
            True,
            -22_700_000,
            "positive",
        ),
    ],
)
def test_a_level_against_its_budgets_level_goes_by_what_the_level_is(
    text: str, investment: bool, sek: int, direction: str
) -> None:
    """The difference of two levels: above the budget is good for a result or a forecast, bad for a net cost
    or an investment's spending."""
    from extract.directions import direction_of

    amount = pick_amount(text)
    assert amount is not None and round(amount.sek or 0) == sek
    assert direction_of(text, amount, investment) == direction


def test_what_the_years_level_comes_to_against_budget_beats_the_periods_level_before_it() -> None:
    text = (
        "Kommunen redovisar för årets fyra första månader ett resultat på 7,8 Mkr. Helårsprognosen landar på "
        "2,1 Mkr, vilket är 4,4 Mkr lägre än det budgeterade resultatet på 6,5 Mkr."
    )
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 4_400_000


def test_a_surplus_below_the_budgeted_result_is_a_negative_deviation() -> None:
    """ "ett överskott på 38,6 mkr" is the result's level; the deviation is below the budgeted result."""
    from extract.directions import direction_of

    text = (
        "Regionens prognos för helåret är ett överskott på 12,4 mnkr, vilket är 9,1 mnkr lägre än det budgeterade "
        "resultatet på 21,5 mnkr."
    )
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 9_100_000
    assert direction_of(text, amount) == "negative"


def test_a_service_granted_is_no_gain_but_money_granted_is() -> None:
    from extract.directions import sentence_direction

    assert (
        sentence_direction("Fler barn har beviljats skolskjuts, och hyran har blivit högre än planerat.")
        == "negative"
    )
    assert sentence_direction("Nämnden har beviljats 0,8 mnkr mer än budgeterat i statsbidrag.") == "positive"


def test_grants_a_nämnd_pays_out_are_its_costs() -> None:
    from extract.directions import sentence_direction

    assert (
        sentence_direction("Driftbidragen till studieförbunden understeg budget med 0,6 mnkr.") == "positive"
    )
    assert sentence_direction("Aktivitetsbidragen blev 0,3 mnkr högre än budgeterat.") == "negative"
    assert sentence_direction("Statsbidragen blev 0,3 mnkr högre än budgeterat.") == "positive"
    # what is paid "till" someone is a cost, what comes "från" someone revenue
    assert (
        sentence_direction("Ersättningen till de privata utförarna blir 4 mnkr lägre än budgeterat.")
        == "positive"
    )
    assert (
        sentence_direction("Ersättningen från Migrationsverket blir 4 mnkr lägre än budgeterat.")
        == "negative"
    )


def test_a_part_of_the_frame_left_unspent_is_the_deviation_and_good() -> None:
    from extract.directions import direction_of

    text = "• Kultur- och fritidsnämnden räknar med att 0,7 mnkr av ramen blir oförbrukad, då intäkterna har ökat."
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 700_000
    assert direction_of(text, amount) == "positive"


def test_a_budget_stated_with_its_owner_is_no_explanation_of_its_own() -> None:
    from extract.money_talk import states_a_budget

    assert states_a_budget("Nämndens investeringsbudget för 2025 uppgår till 96,5 mnkr.")
    assert states_a_budget("Nämndens investeringsbudget på 28 mnkr avser främst ombyggnaden av simhallen.")
    assert states_a_budget("Nämndens investeringsbudget för inventarier och IT-utrustning är 12,0 mnkr.")
    assert states_a_budget("Nämndens budgetram för 2026 är 92,6 miljoner kronor.")
    assert not states_a_budget(
        "Nämndens investeringsbudget uppgår till 96,5 mnkr, men utfallet blir 4 mnkr lägre än budget."
    )


def test_an_investment_budget_with_its_owner_then_its_use_is_one_investment_cause(tmp_path: Path) -> None:
    """ "Förbundet har en investeringsbudget på 600 tkr …" states the budget; the year's use forecast in the next
    sentence ("… och prognosen är att 420 tkr förbrukas, eftersom …") makes the two one investment deviation; a
    breakdown that names the unspent figure again ("Av de 9 mnkr som inte bedöms användas …") stays in the item
    after a sentence with the spending so far and the year's forecast."""
    from pdf_builder import extracted_causes

    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Förbundet har en investeringsbudget på 600 tkr för nya andningsskydd. Hittills har 110 tkr använts och "
            "prognosen är att 420 tkr förbrukas, eftersom leveransen av de sista skydden har skjutits till våren.",
        ),
        ("h2", "Investeringar i fastigheter"),
        (
            "p",
            "Investeringsbudgeten för fastigheter uppgår till 31,0 mnkr. Utfallet till och med augusti är 8,2 mnkr "
            "och för helåret bedöms 22 mnkr användas. Av de 9 mnkr som inte bedöms användas i år avser 6 mnkr "
            "ombyggnaden av Ekbackens skola, där upphandlingen har överprövats.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby räddningstjänstförbund · Direktionen")
    assert [(round(abs(e.amount_sek or 0)), e.direction) for e in found] == [
        (180_000, "positive"),
        (9_000_000, "positive"),
    ]
    assert found[0].text.startswith("Förbundet har en investeringsbudget") and "Ekbackens" in found[1].text


@pytest.mark.parametrize(
    ("text", "sek", "direction"),
    [
        # the budget with its owner, or with what it is for in several words, then the year's use
        ("Av förbundets investeringsram på 7,5 mnkr beräknas 4,1 mnkr användas.", 3_400_000, "positive"),
        (
            "Nämndens investeringsbudget för fordon och maskiner är 12,0 miljoner kronor, och prognosen är att 9,5 "
            "miljoner kronor används.",
            2_500_000,
            "positive",
        ),
        # the part left unused, the negation before its verb
        (
            "Av investeringsramen på 4,0 mnkr kommer 1,8 mnkr inte att användas under året.",
            1_800_000,
            "positive",
        ),
        ("Prognosen är att 12 mnkr inte används i år.", 12_000_000, "positive"),
        (
            "Av årets investeringsbudget om 64 mnkr bedöms drygt 9 mnkr inte upparbetas.",
            9_000_000,
            "positive",
        ),
        # a deviation from the frame "för 2025", whose figure is no budget
        (
            "Nämnden beräknas överskrida sin budgetram för 2025 med närmare sex miljoner kronor.",
            6_000_000,
            "negative",
        ),
    ],
)
def test_an_investment_budgets_use_and_what_is_left_unused(text: str, sek: int, direction: str) -> None:
    from extract.directions import direction_of

    amount = pick_amount(text)
    assert amount is not None and abs(round(amount.sek or 0)) == sek
    assert direction_of(text, amount, investment=True) == direction


def test_only_a_small_part_of_the_investment_budget_used_is_an_under_spend() -> None:
    from extract.directions import direction_of

    text = "Av årets investeringsbudget på 3,5 mnkr beräknas endast en mindre del förbrukas, eftersom leveransen dröjer."
    assert direction_of(text, None, investment=True) == "positive"


@pytest.mark.parametrize(
    ("following", "measured"),
    [
        ("Prognosen är 11,5 mnkr, eftersom ombyggnaden av lokalerna har skjutits upp till 2026.", True),
        ("Helårsprognosen landar på 20,1 mnkr.", True),
        ("Ombyggnaden av lokalerna har skjutits upp till 2026.", False),  # no level set against it
        ("Prognosen är osäker, eftersom upphandlingen inte är klar.", False),
    ],
)
def test_a_budget_stated_then_the_level_set_against_it_state_a_deviation(
    following: str, measured: bool
) -> None:
    """ "Nämnden har en investeringsbudget på 18,0 mnkr …" then "Prognosen är 11,5 mnkr, eftersom …": the two
    sentences state a deviation of 6,5 mnkr together, so they are one cause, not a budget and an other."""
    budget = "Nämnden har en investeringsbudget på 18,0 mnkr för inventarier och IT-utrustning."
    assert measured_against(budget, following) is measured


def test_an_investment_budget_and_the_years_forecast_after_it_are_one_cause(tmp_path: Path) -> None:
    text = (
        "Nämnden har en investeringsbudget på 18,0 mnkr för inventarier och IT-utrustning i vuxenutbildningens "
        "lokaler. Prognosen är 11,5 mnkr, eftersom ombyggnaden av undervisningslokalerna har skjutits upp till 2026."
    )
    from pdf_builder import extracted_causes

    blocks: list[tuple[str, object]] = [("h2", "Investeringar"), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Stockholms stad · Arbetsmarknadsnämnden")
    assert [(e.kind, e.text, e.amount_sek) for e in causes] == [("cause", text, 6_500_000)]


def test_an_investment_budget_and_what_will_be_used_in_one_sentence_is_a_cause(tmp_path: Path) -> None:
    """ "Investeringsbudgeten för 2026 är 64,0 mnkr, men endast 51,5 mnkr beräknas användas, eftersom …": the budget
    and the level set against it in one sentence state the deviation, unlike a budget's figure alone."""
    from pdf_builder import extracted_causes

    text = (
        "Investeringsbudgeten för 2026 är 64,0 mnkr, men endast 51,5 mnkr beräknas användas, eftersom upphandlingen "
        "av den nya reningsanläggningen har överprövats."
    )
    blocks: list[tuple[str, object]] = [("h2", "Investeringar"), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Västerviks kommun · Tekniska nämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [(text, 12_500_000)]


def test_an_investment_budget_and_its_forecast_before_the_projects_is_its_own_cause(tmp_path: Path) -> None:
    """ "Investeringsbudgeten för 2025 är 86,3 mkr och prognosen 71,0 mkr." before the projects' own figures is the
    investments' own item; before "Avvikelsen på 15,3 mkr består av …" it is part of that item."""
    from pdf_builder import extracted_causes

    total = "Investeringsbudgeten för 2025 är 86,3 mkr och prognosen 71,0 mkr."
    projects = (
        "Ombyggnaden av resecentrum och gång- och cykelvägen längs Skolgatan beräknas bli 6,2 respektive 3,4 mkr "
        "billigare i år än budgeterat, eftersom arbetena startat senare än planerat."
    )
    blocks: list[tuple[str, object]] = [("h2", "Investeringar"), ("p", f"{total} {projects}")]
    causes = extracted_causes(tmp_path, blocks, "Piteå kommun · Samhällsbyggnadsnämnden")
    assert [(e.text, e.amount_sek) for e in causes if e.text == total] == [(total, 15_300_000)]
