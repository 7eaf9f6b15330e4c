"""Which figure of a passage is its deviation (extract.amounts.pick_amount), in shapes found on unseen reports:
the deviation named after the levels it comes from, the year's forecast against the frame after the period's
figure, a name with its figure in brackets before a colon, what was left of an investment frame, and the part
of a budget named between the budget and what will be used."""

import pytest

from extract.amounts import pick_amount
from extract.directions import direction_of


@pytest.mark.parametrize(
    ("text", "sek", "direction"),
    [
        (
            "Kommunens resultat för perioden januari–oktober uppgår till 41,3 mnkr. Periodens budget var 28,6 mnkr, "
            "och avvikelsen på 12,7 mnkr förklaras framför allt av säsongsintäkterna.",
            12_700_000,
            None,
        ),
        (
            "Nämndens utfall efter april ligger 0,9 mnkr under periodiserad budget, men prognosen för helåret pekar "
            "på en nettokostnad som är 6,1 mnkr högre än tilldelad ram.",
            6_100_000,  # unsigned: its direction comes from the words
            "negative",
        ),
        # the year's figure, then the period's in the same sentence
        (
            "Nämnden beräknas gå med ett underskott på 2,1 mnkr för 2025, samtidigt som utfallet efter elva månader "
            "ligger 1,4 mnkr över periodiserad budget.",
            2_100_000,
            "negative",
        ),
        # a run-in label names the revenue the later sentence compares
        (
            "Behandlingsavgifter och försäljning. Mottagna mängder avfall har minskat med 12 procent. Prognosen "
            "ligger 6,7 mnkr under budget.",
            6_700_000,
            "negative",
        ),
        # the deviation concluded from the budget's level: "inte når upp till budget med"
        (
            "Helårsprognosen landar på ett resultat om 11,5 miljoner kronor. Budgeterat resultat är 18,0 miljoner "
            "kronor, vilket gör att kommunen inte når upp till budget med 6,5 miljoner kronor.",
            6_500_000,
            "negative",
        ),
        # a result against the budgeted result "för perioden"; a cost against its budget's level
        (
            "Förbundets resultat för perioden januari–augusti är +3,4 mnkr, att jämföra med ett budgeterat resultat "
            "för perioden på +0,8 mnkr.",
            2_600_000,
            "positive",
        ),
        ("Vinterväghållningen kostade 2,9 mnkr mot budgeterade 1,4 mnkr.", 1_500_000, "negative"),
        # "Trots det" opens the claim, and the figure's decimal comma ends no clause
        (
            "Trots det räknar förvaltningen med att helåret slutar med ett underskott mot budget på 4,3 mnkr.",
            4_300_000,
            "negative",
        ),
        # payments to other kommuner are a cost, though named "ersättningar"
        (
            "Interkommunala ersättningar till Skövde och Lidköping ökar med 2,2 mnkr när fler elever väljer program "
            "där. Ersättningen per elev har också räknats upp mer än budgeterat.",
            2_200_000,
            "negative",
        ),
        # more ways of saying which way a figure goes
        (
            "Snöröjning och halkbekämpning belastade resultatet med 4,1 mnkr utöver budget.",
            4_100_000,
            "negative",
        ),
        (
            "Eftersom portionspriserna bara räknades upp med 2 procent gick verksamheten 1,9 mnkr back.",
            1_900_000,
            "negative",
        ),
        (
            "Mer slam har kunnat spridas på åkermark, vilket ger en besparing mot budget på 1,8 mnkr.",
            1_800_000,
            "positive",
        ),
        (
            "Med nuvarande utbetalningstakt saknas 2,9 miljoner kronor för att nå budget vid årets slut.",
            2_900_000,
            "negative",
        ),
        # a price or premium named with its comparative; the year's figure after "men eftersom …"
        (
            "Övriga kostnader: Avvikelsen på 0,4 mnkr gäller främst högre försäkringspremier.",
            400_000,
            "negative",
        ),
        (
            "Utfallet till och med april är 3,2 mnkr lägre än budget för perioden, men eftersom höstterminens "
            "kostnader ännu inte belastar redovisningen bedöms helåret sluta med ett underskott om 2,9 mnkr.",
            2_900_000,
            "negative",
        ),
        # a comparative with its noun before "än budgeterat"
        (
            "Höstterminen startade med 4 386 elever, vilket är 112 fler än budgeterat. Eftersom medlemskommunerna "
            "betalar per elev ger det 3,3 mnkr högre medlemsbidrag än budgeterat för helåret.",
            3_300_000,
            "positive",
        ),
        # the figure a forecast moved to, not from
        (
            "Vuxenutbildning. Efter beskedet om höjt statsbidrag vänder prognosen från −250 tkr i september till "
            "+290 tkr.",
            290_000,
            "positive",
        ),
        # a concession before the claim does not set its direction
        (
            "Trots högre kostnader för kemikalier och en reparation av reningsverket blev utfallet 100 tkr bättre "
            "än budget, tack vare fler besökare.",
            100_000,
            "positive",
        ),
        (
            "• Kultur- och fritidsnämnden (+0,9 mkr): personalkostnaderna blir lägre än budgeterat eftersom tjänster "
            "har stått vakanta.",
            900_000,
            "positive",
        ),
        # the deficit "för 2025 på" its figure, then the frame it is set against
        (
            "Socialnämnden redovisar ett underskott för 2025 på 3,6 miljoner kronor jämfört med tilldelad budgetram "
            "på 168,2 miljoner kronor.",
            3_600_000,
            "negative",
        ),
        # the level, then the deviation in apposition
        (
            "Styrelsens resultat för januari–oktober är –186 mnkr, en negativ avvikelse mot periodens budget på 141 "
            "mnkr.",
            141_000_000,
            "negative",
        ),
        # a signed figure a unit shows, its reason after it
        (
            "Nämnd och administration visar +180 tkr, till följd av färre sammanträden än planerat.",
            180_000,
            "positive",
        ),
        ("Kulturskolan visar −120 tkr, främst på grund av lägre avgiftsintäkter.", -120_000, "negative"),
        # a deviation said in a compound ("budgetavvikelse") before the budgeted result: itself, not a difference
        (
            "Helårsprognosen pekar på ett resultat om 41,0 mnkr, vilket innebär en negativ budgetavvikelse på "
            "12,5 mnkr mot det budgeterade resultatet på 53,5 mnkr.",
            12_500_000,
            "negative",
        ),
        # the deviation restated after "det vill säga" beats the forecast's level before it
        (
            "Helårsprognosen är ett underskott på 60 miljoner kronor jämfört med ett budgeterat resultat på −15 "
            "miljoner kronor, det vill säga en avvikelse mot budget på −45 miljoner kronor.",
            -45_000_000,
            "negative",
        ),
        # a result said in words, set against the frame: the result is the deviation, not the frame less it
        (
            "Nämnden redovisar för 2025 ett negativt resultat på 2 310 tkr jämfört med tilldelad budgetram om "
            "96 400 tkr.",
            2_310_000,
            "negative",
        ),
        # what is already spent of the budget is a level; the overrun after it is the deviation
        (
            "Gata och park. Snöröjningen i januari och februari har redan förbrukat 1,9 Mkr av årets budget på 2,2 Mkr "
            "för vinterväghållning, och verksamheten räknar med att överskrida budget med 1,5 Mkr.",
            1_500_000,
            "negative",
        ),
        # the period's result better than budget, ", och prognosen för helåret" lower than budgeted: the year's way
        (
            "Kommunens resultat för perioden uppgår till 24,6 miljoner kronor, vilket är 8,2 miljoner kronor bättre "
            "än periodens budget, och prognosen för helåret är ett resultat på 6,1 miljoner kronor, elva miljoner "
            "kronor lägre än budgeterat.",
            11_000_000,
            "negative",
        ),
        # the deviation concluded after the budgeted result: "och avvikelsen blir därmed"
        (
            "Kommunens samlade prognos för 2025 är ett resultat på −3,8 miljoner kronor. Budgeterat resultat är 2,0 "
            "miljoner kronor, och avvikelsen blir därmed −5,8 miljoner kronor.",
            -5_800_000,
            "negative",
        ),
        # the deficit, the budgeted result, then the deviation in apposition, said with "med"
        (
            "Helårsprognosen är ett underskott på 95 miljoner kronor jämfört med ett budgeterat resultat på 10 "
            "miljoner kronor, en negativ avvikelse mot budget med 105 miljoner kronor.",
            105_000_000,
            "negative",
        ),
        # money granted beyond the budget
        (
            "Statsbidrag för kortare väntetider har tillförts nämnden med 12 miljoner kronor utöver budget.",
            12_000_000,
            "positive",
        ),
        # the year's deficit, its year named before it, then the period's figure in the same sentence
        (
            "Grundskolenämndens prognos för helåret är ett underskott om 14,5 mnkr, och utfallet för januari–april "
            "ligger 3,9 mnkr över periodens budget.",
            14_500_000,
            "negative",
        ),
        # the period's outcome set against a budgeted result, the budget's figure named after an adjective
        (
            "Utfallet till och med september är 61,0 mnkr, att jämföra med ett periodiserat budgeterat resultat på "
            "44,5 mnkr.",
            16_500_000,
            "positive",
        ),
        # grants paid out set against their budget: spending above it is a deficit
        (
            "Bostadsanpassningsbidragen uppgick till 3,2 mnkr, att jämföra med budgeterade 2,5 mnkr.",
            700_000,
            "negative",
        ),
    ],
)
def test_the_deviation_among_other_figures(text: str, sek: int, direction: str | None) -> None:
    amount = pick_amount(text)
    assert amount is not None and amount.sek == pytest.approx(sek)
    assert direction_of(text, amount) == direction


@pytest.mark.parametrize(
    ("text", "sek"),
    [
        # what was left of the frame at the year's end is the under-spend, not the frame
        (
            "Av årets investeringsram på 71,0 mnkr återstod 22,7 mnkr vid årets slut. Den största delen, 15,0 mnkr, "
            "avser den nya förskolan.",
            22_700_000,
        ),
        # the budget "not used in full", then what is left at the year's end
        (
            "Investeringsbudgeten på 12,6 mkr väntas inte användas fullt ut. Ombyggnaden har avbrutits, och "
            "prognosen är därför att 4 mkr blir kvar vid årets slut.",
            4_000_000,
        ),
        # the rest "används inte i år" after the year's forecast
        (
            "Nämndens investeringsbudget på 1,2 mnkr avser inventarier och prognostiseras till 0,4 mnkr. Resterande "
            "0,8 mnkr används inte i år, eftersom inflyttningen har skjutits fram.",
            800_000,
        ),
        # the budget's part named between the budget and what will be used
        (
            "Av investeringsbudgeten på 18,2 mnkr, varav 6,0 mnkr är ombudgeterade från 2025, beräknas 12,5 mnkr "
            "användas under året.",
            -5_700_000,
        ),
        # "investeringsram" without its article
        ("Av årets investeringsram på 9,5 mnkr beräknas 6,2 mnkr användas.", -3_300_000),
        # what is left, said before the figure: "blir 1,2 mnkr kvar"
        (
            "Av investeringsbudgeten på 2,0 mnkr för välfärdsteknik blir 1,2 mnkr kvar vid årets slut, eftersom "
            "upphandlingen dröjer.",
            1_200_000,
        ),
        # the budget, then what it "har använts till"
        ("Nämndens investeringsbudget på 3,5 mnkr har använts till 2,1 mnkr.", -1_400_000),
        # what is left "återstå" at the year's end
        (
            "Av investeringsbudgeten på 64,0 mkr beräknas 22,5 mkr återstå vid årets slut, eftersom ombyggnaden har "
            "skjutits till 2026.",
            22_500_000,
        ),
        # the budget, then "och utfallet blev", "och prognosen till", or "och prognosen" with its verb left out
        ("Investeringsbudgeten för 2025 var 46,5 mnkr och utfallet blev 31,2 mnkr.", -15_300_000),
        ("Investeringsbudgeten uppgår till 64,0 mnkr och prognosen till 52,5 mnkr.", -11_500_000),
        ("Investeringsbudgeten för 2025 är 86,3 mkr och prognosen 71,0 mkr.", -15_300_000),
        # the year's forecast against a frame named without "budget"
        ("Helårsprognosen för investeringarna är 4,5 mnkr mot en ram på 6,0 mnkr.", -1_500_000),
        # the forecast, then the part of the budget, with its figure, that is not used
        (
            "Investeringsprognosen är 612 miljoner kronor, vilket innebär att 148 miljoner kronor av "
            "investeringsbudgeten på 760 miljoner kronor inte förbrukas.",
            148_000_000,
        ),
        # a pot of money "beräknas … vara outnyttjade"
        (
            "Förfogandemedel. Av kommunstyrelsens förfogandemedel på 3,0 mnkr beräknas 1,1 mnkr vara outnyttjade vid "
            "årets slut.",
            1_100_000,
        ),
    ],
)
def test_an_investment_frame_against_what_is_used_or_left(text: str, sek: int) -> None:
    amount = pick_amount(text)
    assert amount is not None and amount.sek == pytest.approx(sek)
    assert direction_of(text, amount, investment=True) == "positive"


def test_the_budget_of_a_named_cost_against_the_years_forecast_gives_their_difference() -> None:
    text = (
        "Den sista februari var 23 barn placerade. Budgeten för placeringar är 18,2 miljoner kronor, medan "
        "prognosen uppgår till 22,3 miljoner kronor."
    )
    amount = pick_amount(text)
    assert amount is not None and abs(amount.sek or 0) == pytest.approx(4_100_000)


def test_a_counter_remark_with_daremot_does_not_set_the_items_way() -> None:
    """ "Elkostnaderna blev däremot lägre …" after the item's own reason: the item's way is not read from it."""
    text = (
        "Flera skolor har drabbats av vattenskador som krävt akuta reparationer utöver underhållsplanen. "
        "Elkostnaderna blev däremot lägre än befarat efter ett milt höstväder och lägre spotpriser."
    )
    assert direction_of(text, None) is None


def test_a_deviation_set_against_the_budgeted_result_is_no_level() -> None:
    """ "… en negativ avvikelse på 3,0 mnkr mot budgeterat resultat om 0,8 mnkr": 3,0 is the deviation, not a
    result to subtract 0,8 from."""
    text = (
        "Förbundet prognostiserar ett resultat på −2,2 mnkr för helåret, vilket innebär en negativ avvikelse på "
        "3,0 mnkr mot budgeterat resultat om 0,8 mnkr."
    )
    amount = pick_amount(text)
    assert amount is not None and amount.sek == pytest.approx(3_000_000)
    assert direction_of(text, amount) == "negative"


def test_a_deviation_concluded_from_more_than_two_levels_is_the_amount() -> None:
    text = (
        "Snöröjning och halkbekämpning under januari och februari kostade 9,8 mnkr, att jämföra med en helårsbudget "
        "på 4,5 mnkr. Verksamheten prognostiserar därför ett underskott på 6,5 mnkr, även om sommarens skötsel av "
        "grönytor har hållits nere."
    )
    amount = pick_amount(text)
    assert amount is not None and amount.sek == pytest.approx(6_500_000)


def test_the_deviation_in_apposition_in_the_opening_beats_a_parts_figure_later() -> None:
    """ "… redovisar det största underskottet, 41,2 mnkr. … och ekonomiskt bistånd ligger 12 mnkr över budget":
    the nämnd's deviation, stated first, not the part's."""
    text = (
        "Vård- och omsorgsnämnden redovisar det största underskottet, 23,5 mnkr. Hemtjänsttimmarna fortsätter att "
        "öka, och korttidsboendet ligger 6 mnkr över budget."
    )
    assert pick_amount(text).sek == 23_500_000  # type: ignore[union-attr]


def test_the_years_forecast_after_the_periods_result_by_the_same_subject_goes_its_own_way() -> None:
    text = (
        "Nämnden redovisar för januari–april ett överskott på 0,9 mnkr mot periodiserad budget och prognostiserar "
        "för helåret ett underskott på 2,2 mnkr."
    )
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 2_200_000
    assert direction_of(text, amount) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        # the plan said as what the nämnd counted on, which is its budget
        "• Statsbidraget för mindre barngrupper blev 1,8 mnkr högre än vad nämnden räknade med.",
        "De riktade statsbidragen blev 1,8 mnkr högre än vad som budgeterats, vilket minskar underskottet.",
    ],
)
def test_a_figure_against_what_was_counted_on_or_budgeted_is_its_deviation(text: str) -> None:
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 1_800_000
    assert direction_of(text, amount) == "positive"


def test_a_deviation_concluded_in_a_sentence_of_its_own_beats_the_level_before_it() -> None:
    """The result, the budgeted result, then "Avvikelsen mot budget är därmed −134 tkr.": the concluded figure."""
    text = (
        "Förbundets resultat för 2025 blev ett underskott på 218 tkr, att jämföra med ett budgeterat underskott "
        "på 60 tkr. Avvikelsen mot budget är därmed −158 tkr."
    )
    found = pick_amount(text)
    assert found is not None and found.sek == -158_000


def test_going_back_by_a_figure_in_words_is_a_deficit() -> None:
    text = "Högstadiet går knappt en miljon kronor back, främst på grund av vikariekostnader."
    found = pick_amount(text)
    assert found is not None and abs(found.sek or 0) == 1_000_000
    assert direction_of(text, found) == "negative"


def test_a_signed_figure_a_group_shows_together_is_its_deviation() -> None:
    text = (
        "Hälso- och sjukvårdsnämnderna. De fem nämnderna visar sammantaget +55 miljoner kronor, vilket förklaras av "
        "att färre patienter än beräknat har utnyttjat tandvårdsstödet."
    )
    found = pick_amount(text)
    assert found is not None and found.sek == 55_000_000


def test_the_sum_after_a_part_with_its_figure_and_another_in_words_is_the_deviation() -> None:
    text = (
        "Köp av entreprenader. Vinterväghållningen i januari, med två stora snöfall, kostade 6,4 mnkr mer än "
        "budgeterat. Därtill har entreprenadindex för driftavtalen stigit mer än beräknat. Sammantaget blir "
        "underskottet 9,1 mnkr."
    )
    found = pick_amount(text)
    assert found is not None and abs(found.sek or 0) == 9_100_000


def test_a_negative_result_against_the_allocated_budget_is_the_deviation_not_a_level() -> None:
    text = "Omsorgsnämnden redovisar för 2025 ett negativt resultat på 6,4 mnkr jämfört med tilldelad budget om 288,1 mnkr."
    found = pick_amount(text)
    assert found is not None and abs(found.sek or 0) == 6_400_000
