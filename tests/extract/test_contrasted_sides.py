"""The sides of a contrast, each with its own subject, figure and sign (extract.contrasted_sides)."""

from pathlib import Path

import pytest

from extract.amounts import pick_amount
from extract.area_lists import areas_with_amounts
from extract.contrasted_sides import contrasted_amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the opposite comparison with "än budget" left out goes its own word's way
            "Skatteintäkterna beräknas bli 2,9 mkr lägre än budget enligt SKR:s augustiprognos, medan de generella "
            "statsbidragen och utjämningen blir 5,8 mkr högre.",
            [("Skatteintäkterna", -2_900_000), ("Generella statsbidragen och utjämningen", 5_800_000)],
        ),
        (  # a list of names as the second side's subject, with an adverb before its verb
            "Nämnderna prognostiserar tillsammans ett underskott på 17,6 mkr, medan skatteintäkter, statsbidrag och "
            "finansiella poster sammantaget beräknas bli 6,6 mkr bättre än budget.",
            [("Nämnderna", -17_600_000), ("Skatteintäkter, statsbidrag och finansiella poster", 6_600_000)],
        ),
        (
            "Nämnderna redovisar sammantaget ett underskott mot budget på 14,1 mnkr, medan skatteintäkter, generella "
            "statsbidrag och finansnetto förbättrar resultatet med 8,3 mnkr.",
            [
                ("Nämnderna", -14_100_000),
                ("Skatteintäkter, generella statsbidrag och finansnetto", 8_300_000),
            ],
        ),
        (  # "som" instead of "vilket" before what offsets it, and last month's figure in brackets
            "Verksamheterna visar tillsammans ett underskott på 5,0 mnkr (−4,6 mnkr i oktober), som delvis vägs upp "
            "av att skatteintäkterna blir 2,6 mnkr högre än budgeterat.",
            [("Verksamheterna", -5_000_000), ("Skatteintäkterna", 2_600_000)],
        ),
        (  # "dyrare" as the opposite comparison left out
            "Personalkostnaderna blev 5,1 mnkr lägre än budget, medan köp av verksamhet blev 2,0 mnkr dyrare.",
            [("Personalkostnaderna", 5_100_000), ("Köp av verksamhet", -2_000_000)],
        ),
        (  # two names that each give the same figure
            "Lokalkostnaderna och övriga kostnader ger vardera ett överskott om 350 tkr, det förra till följd av en "
            "lägre hyra.",
            [("Lokalkostnaderna", 350_000), ("Övriga kostnader", 350_000)],
        ),
        (  # a cost the budget never held is that much over it
            "Personalkostnaderna ligger 2,1 mnkr under budget till följd av vakanser, medan kostnaderna för inhyrda "
            "konsulter inom barn och familj uppgår till 3,4 mnkr, vilket inte var budgeterat.",
            [("Personalkostnaderna", 2_100_000), ("Inhyrda konsulter inom barn och familj", -3_400_000)],
        ),
        (  # another unit's figure offsets the deficit, both named in the genitive
            "Nämndernas sammantagna underskott om 21,3 mnkr vägs delvis upp av finansförvaltningens +14,7 mnkr.",
            [("Nämnderna", -21_300_000), ("Finansförvaltningen", 14_700_000)],
        ),
        (  # the same after what the deviation consists of, the offset in a clause with its own noun
            "Avvikelsen består av nämndernas sammantagna underskott på −24,6 mnkr, som delvis vägs upp av "
            "finansförvaltningens överskott på 9,2 mnkr.",
            [("Nämnderna", -24_600_000), ("Finansförvaltningen", 9_200_000)],
        ),
        (  # the first side's subject after a reason lead of more than one word ("förklaras till stor del av att")
            "Avvikelsen mot budget förklaras till stor del av att nämnderna gemensamt prognostiserar ett underskott på "
            "27 mnkr, medan skatteintäkterna beräknas bli 9 mnkr högre än budget.",
            [("Nämnderna", -27_000_000), ("Skatteintäkterna", 9_000_000)],
        ),
        (  # the second side's "över" with the budget left out, after a comparison with "den periodiserade budgeten"
            "Lönekostnaderna är 1,6 mnkr lägre än den periodiserade budgeten, medan lokalkostnaderna ligger 0,9 mnkr över.",
            [("Lönekostnaderna", 1_600_000), ("Lokalkostnaderna", -900_000)],
        ),
        (  # a second clause of its own after "och" without a comma, its verb "ger"
            "Avskrivningarna blir 1,1 mkr lägre än budget och finansnettot ger ett tillskott på 0,7 mkr.",
            [("Avskrivningarna", 1_100_000), ("Finansnettot", 700_000)],
        ),
        (  # a third area with its verb and "än budget" left out
            "Personalkostnaderna överstiger budget med 4,2 mnkr, medan köp av verksamhet blir 1,1 mnkr dyrare än "
            "budgeterat och intäkterna från hyror 0,6 mnkr lägre.",
            [
                ("Personalkostnaderna", -4_200_000),
                ("Köp av verksamhet", -1_100_000),
                ("Intäkterna från hyror", -600_000),
            ],
        ),
        (  # one comparison said once for two figures, before the contrast
            "Inom finansförvaltningen blir skatteintäkterna 3,2 mnkr och de generella statsbidragen 0,8 mnkr högre än "
            "budgeterat, medan pensionskostnaderna blir 0,5 mnkr högre än budget.",
            [
                ("Skatteintäkterna", 3_200_000),
                ("Generella statsbidragen", 800_000),
                ("Pensionskostnaderna", -500_000),
            ],
        ),
        (  # two claims named by a plural noun and a relative clause each
            "Avvikelsen består av kostnader som är 8,7 mnkr högre än budget och intäkter som blir 5,5 mnkr högre "
            "än budgeterat.",
            [("Kostnader", -8_700_000), ("Intäkter", 5_500_000)],
        ),
        (  # the first side's owner after "Avvikelsen fördelar sig på"
            "Avvikelsen fördelar sig på nämndernas sammantagna underskott om 38,9 mnkr, som delvis vägs upp av "
            "finansförvaltningens överskott om 22,4 mnkr.",
            [("Nämnderna", -38_900_000), ("Finansförvaltningen", 22_400_000)],
        ),
        (  # the other side holds two claims of its own, the second a reserve left untouched
            "Skatteintäkter och generella statsbidrag beräknas bli 4,2 mnkr lägre än budget enligt SKR:s prognos, "
            "medan pensionskostnaderna blir 3,1 mnkr lägre än budgeterat och den centrala lönereserven på 14,8 mnkr "
            "inte behöver tas i anspråk.",
            [
                ("Skatteintäkter och generella statsbidrag", -4_200_000),
                ("Pensionskostnaderna", 3_100_000),
                (None, 14_800_000),
            ],
        ),
    ],
)
def test_each_side_of_a_contrast_is_named_and_signed(
    text: str, expected: list[tuple[str | None, int]]
) -> None:
    assert [(name, round(amount.sek or 0)) for name, amount in areas_with_amounts(text) if amount] == expected


def test_a_change_against_the_budget_is_the_deviation_not_a_forecasts_move(tmp_path: Path) -> None:
    """ "Förbättringen jämfört med budget beror främst på …" explains the deviation from the budget: causes, one per
    side of its contrast, though "Förbättringen" is how a forecast's move since the last report is said too."""
    from pdf_builder import extracted_causes

    blocks: list[tuple[str, object]] = [
        ("h2", "Resultat och prognos"),
        (
            "p",
            "Förbättringen jämfört med budget beror främst på att skatteintäkterna beräknas bli 14 miljoner kronor "
            "högre än budgeterat, medan nämnderna sammantaget prognostiserar ett underskott på 6 miljoner kronor.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Kommunstyrelsen")
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Skatteintäkterna", 14_000_000),
        ("Nämnderna", -6_000_000),
    ]


def test_a_financed_activity_is_named_by_what_it_does(tmp_path: Path) -> None:
    """ "Den taxefinansierade renhållningen …" is renhållningen's; "För de skattefinansierade verksamheterna …" the
    tax-financed part's, in the plural too."""
    from pdf_builder import extracted_causes

    blocks: list[tuple[str, object]] = [
        ("h2", "Prognos per verksamhet"),
        (
            "p",
            "Den taxefinansierade renhållningen beräknas gå med ett överskott på 0,6 mnkr tack vare fler abonnenter.",
        ),
        (
            "p",
            "För de skattefinansierade verksamheterna visar prognosen för helåret en negativ avvikelse mot budget med "
            "2 400 tkr, främst på grund av vinterväghållningen.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Samhällsbyggnadsnämnden")
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Renhållningen", 600_000),
        ("Skattefinansierad verksamhet", -2_400_000),
    ]


def test_the_years_deviation_and_the_periods_outcome_in_one_sentence_are_one_claim() -> None:
    """ "X prognostiserar ett underskott på 2,2 mnkr för helåret, samtidigt som utfallet för januari–maj är 0,4 mnkr
    bättre än budget för perioden": one unit over two periods, not two areas."""
    text = (
        "Tekniska nämnden prognostiserar ett underskott på 1,6 mnkr för helåret, samtidigt som utfallet för "
        "januari–april är 0,3 mnkr bättre än budget för perioden."
    )
    assert areas_with_amounts(text) == []
    # nor the same unit's forecast after the period's outcome
    text = (
        "Nämndens utfall till och med september är 1 300 tkr högre än periodiserad budget och helårsprognosen visar ett "
        "underskott på 2 900 tkr."
    )
    assert areas_with_amounts(text) == []
    # the same subject with a verb of its own after "och" names no second area
    text = (
        "Kulturnämnden redovisar ett överskott på 1,9 mnkr för perioden och prognostiserar ett överskott mot budget "
        "på 0,8 mnkr för helåret."
    )
    assert areas_with_amounts(text) == []


def test_the_name_in_a_cleft_after_a_framing_is_the_sides_area() -> None:
    text = (
        "Ser man till kostnadsslagen är det lokalkostnaderna som avviker mest, med -2,4 mnkr, medan "
        "personalkostnaderna ligger 0,6 mnkr under budget tack vare vakanser."
    )
    assert [(name, amount.sek) for name, amount in areas_with_amounts(text)] == [
        ("Lokalkostnaderna", -2_400_000),
        ("Personalkostnaderna", 600_000),
    ]


def test_the_items_own_unit_said_again_after_och_is_no_other_side() -> None:
    """ "…, och området visar därför ett överskott om 9 mnkr": the unit the item is about, concluded, not another
    area with a claim of its own."""
    text = (
        "Förlossningsvården har fått ett riktat statsbidrag på 14 mnkr som inte var budgeterat, och området visar "
        "därför ett överskott om 9 mnkr."
    )
    assert areas_with_amounts(text) == []


def test_a_level_and_the_deviation_said_after_och_are_one_claim_with_the_deviations_figure() -> None:
    """ "Prognosen för helåret är ett underskott på 230 miljoner kronor, och budgetavvikelsen för helåret beräknas
    till −170 miljoner kronor": the forecast's level, then its deviation; not two sides with a figure each."""
    text = (
        "Prognosen för helåret är ett underskott på 230 miljoner kronor, och budgetavvikelsen för helåret "
        "beräknas till −170 miljoner kronor."
    )
    assert contrasted_amounts(text) == []
    found = pick_amount(text)
    assert found is not None and found.sek == -170_000_000
