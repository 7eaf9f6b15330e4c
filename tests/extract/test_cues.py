import pytest

from extract import cues
from extract.cues import CAUSE, Cue, lower
from extract.directions import sentence_direction
from extract.money_talk import reading_guide


def test_cue_matches_any_case_at_positions_of_the_original():
    text = "Underskottet BEROR främst på ökade kostnader."
    found = CAUSE.search(text)
    assert found is not None
    assert text[found.start() : found.end()] == "BEROR främst på"


def test_lower_keeps_every_position():
    text = "İdrott och Ångström"  # "İ" lowers to two characters
    assert len(lower(text)) == len(text)
    assert lower(text).endswith("ångström")


def test_sub_keeps_the_case_outside_the_match():
    goal = Cue(r"nå\s+en\s+budget\s+i\s+balans")
    assert goal.sub("", "Arbetet för att NÅ en budget i balans Fortsätter.") == "Arbetet för att  Fortsätter."
    assert goal.sub("", "Ingen träff här.") == "Ingen träff här."


def test_a_cue_must_be_written_in_lower_case():
    with pytest.raises(ValueError, match="lower case"):
        Cue(r"Avvikelse")
    assert Cue(r"\W\S\D\b").search("a") is None  # escapes are not letters


def test_search_opening_answers_for_the_first_sentence_and_the_whole():
    cue = Cue(r"beror\s+(\w+\s+){0,3}på")
    first = "Underskottet beror främst på vikarier."
    in_first, anywhere = cue.search_opening(first, first + " Mer text.")
    assert in_first is not None and in_first.end() <= len(first) and anywhere
    assert cue.search_opening("Underskottet är stort.", "Underskottet är stort. Det beror på hyror.") == (
        None,
        True,
    )
    assert cue.search_opening("Inget här.", "Inget här. Inte heller här.") == (None, False)
    # a match that runs past the first sentence is looked for again inside it
    found, anywhere = cue.search_opening("Det beror", "Det beror på hyror.")
    assert found is None and anywhere


@pytest.mark.parametrize(
    ("text", "deviates"),
    [
        ("Reparationerna kostade omkring 800 tkr, som inte ryms i budgeten.", True),
        ("Priserna på livsmedel har stigit mer än vad som ryms i budgeten.", True),
        ("Utegymmet kostar cirka 350 tkr och ryms inom tekniska nämndens investeringsbudget.", False),
        # more than the budget holds, said with "utöver"
        ("Tilläggsavtalen om extra operationer belastar nämnden med 48 miljoner kronor utöver budget.", True),
        ("Vinterväghållningen har kostat 2,1 mnkr utöver vad som budgeterats.", True),
        ("Utöver de budgeterade tjänsterna har två lärare anställts med statsbidrag.", False),
    ],
)
def test_a_cost_the_budget_does_not_hold_is_a_negative_deviation(text: str, deviates: bool) -> None:
    assert (cues.DEVIATION.search(text) is not None) is deviates
    assert (sentence_direction(text) == "negative") is deviates


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Generella statsbidrag och utjämning överstiger budget med 24,1 mnkr.", "positive"),
        ("Personalkostnaderna överstiger budgeten med 3 mnkr.", "negative"),
        ("Intäkterna understiger budget med 2 mnkr.", "negative"),
        ("Kostnaderna för material understiger budget.", "positive"),
        ("Renhållningen kostade 5 mnkr mer än vad tekniska nämnden hade budgeterat.", "negative"),
        ("Uteblivna statsbidrag ger ett underskott.", "negative"),
        ("I resultatet ingår ej budgeterade realisationsvinster på 12,8 mnkr.", "positive"),
        ("I resultatet ingår ej budgeterade kostnader för konsulter.", "negative"),
        ("Fler besök och höjd avgift för uteblivna besök.", None),  # a no-show fee, nothing missing
        # every tense of going over or under: "överskred", "underskridas"
        ("IT-kostnaderna överskred budget med 1 240 tkr.", "negative"),
        ("Ombyggnaden av förrådet överskred däremot projektbudgeten med 0,9 mnkr.", "negative"),
        ("Investeringsramen på 12,5 mnkr beräknas underskridas med 3,2 mnkr.", "positive"),
        ("Bidragen underskred budgeten med 2 mnkr.", "negative"),
        # "plus" and "minus" as words; a result under the budgeted one
        ("Kultur- och fritidsnämnden beräknar ett plus på 1,2 Mkr mot budget.", "positive"),
        ("Socialnämnden räknar med ett minus om 3 mnkr.", "negative"),
        (
            "Prognosen för helåret är ett resultat på 6,5 mnkr, 8,5 mnkr under budgeterade 15,0 mnkr.",
            "negative",
        ),
        ("Kostnaderna blev 2 mnkr över budgeterade 40 mnkr.", "negative"),
        ("Ackumulerat utfall till och med oktober ligger 1,9 mnkr över periodens budget.", "negative"),
        ("Nämnden har ett utfall som ligger 0,4 mnkr under periodiserad budget.", "positive"),
        ("Personalkostnaderna avviker, med ett överdrag på 5,2 mnkr.", "negative"),
        ("Av nämndens investeringsram återstår 0,9 mnkr vid årets slut.", "positive"),
        (
            "Helårsprognosen innebär ett utfall 60 miljoner kronor under det budgeterade resultatet.",
            "negative",
        ),
        ("Nämnden bedömer att budgeten hålls.", None),  # "bedömer" holds no "mer"
        ("Reparationen av höjdfordonet drog över med 0,7 Mkr.", "negative"),
        ("Avfallsverksamheten gick 250 tkr back.", "negative"),
        ("Två projekt går över sina budgetar.", "negative"),
        ("Att perioden ändå visar ett plus förklaras av statsbidraget.", "positive"),
        ("Nettokostnaderna hamnar 6,8 mnkr över den ram som fullmäktige har beslutat.", "negative"),
        ("Prognosen är 72 mnkr under den beslutade investeringsbudgeten.", "positive"),
        ("Helårsprognosen 201 mnkr lämnar 85 mnkr outnyttjade vid årets slut.", "positive"),
        ("Medlen för höjdfordonet förs över till investeringsbudgeten 2026.", None),  # a move, no deviation
        ("Bidragen från Migrationsverket understeg budget med 0,4 mnkr.", "negative"),  # revenue under: bad
        ("Personalkostnaderna översteg budget med 1,2 mnkr.", "negative"),
        ("Taxeintäkterna överträffade budget med 900 tkr.", "positive"),
        ("Prognosen för helåret är en avvikelse på plus 1,4 miljoner kronor.", "positive"),
        ("Prognosen innebär att 6,0 mnkr inte kommer att förbrukas under året.", "positive"),
        ("Prognosen landar på 0,9 mnkr över ramen.", "negative"),
        ("Avgiftsintäkterna hamnar 0,3 mnkr över ramen.", "positive"),
        ("Finansieringen ger ett tillskott på 4,0 mnkr.", "positive"),
        ("Finansförvaltningens poster förbättrar resultatet med 23,6 miljoner kronor.", "positive"),
        ("Kapitalkostnaderna försämrade utfallet med 1,1 mnkr.", "negative"),
        ("Periodens resultat, 4,1 mnkr, överträffar den periodiserade budgeten med 2,1 mnkr.", "positive"),
        ("Nämnden har beviljats 1,1 mnkr mer än budgeterat i statsbidrag.", "positive"),  # received: a gain
        ("För sektor utbildning spås ett minusresultat om 2,8 Mkr.", "negative"),
        ("Skatteunderlagsprognosen ger 2,6 Mkr mer i skatteintäkter.", "positive"),
        (
            "Till och med september har nämnden förbrukat 1,9 mnkr mer än vad som motsvarar periodens budget.",
            "negative",
        ),
        ("Energikostnaderna blev drygt två miljoner kronor högre än vad som ryms i budgeten.", "negative"),
        ("Nämnden visar en helårsprognos som ligger 2,75 mnkr över tilldelad ram.", "negative"),
        ("Miljöenheten ser ut att göra ett litet plus, 0,2 mnkr.", "positive"),
        ("Ett plus för miljön är att resorna minskar.", None),  # an advantage, no deviation
        (
            "Interkommunala ersättningar för elever i andra kommuner blir lägre än budgeterat.",
            "positive",
        ),  # paid
        (
            "Felaktiga automatlarm: faktureringen ger 400 tkr mindre än budgeterat.",
            "negative",
        ),  # invoiced: revenue
        (
            "Elevpengen för elever från andra kommuner ger 3,2 miljoner kronor mer än budgeterat.",
            "positive",
        ),  # given
        ("Vakanser ger 400 tkr lägre kostnader än budgeterat.", "positive"),
        ("Pensionskostnaderna och finansnettot bidrar med 2,1 respektive 1,3 mnkr.", "positive"),
        ("Hemtjänsten bidrar med 3,0 mnkr till underskottet.", "negative"),
        (
            "• Föreningsbidrag: drygt en halv miljon kronor under budget.",
            "positive",
        ),  # grants paid out: a cost
        (
            "Avskrivningar och finansnetto blir 700 respektive 200 tkr lägre än budget.",
            "positive",
        ),  # capital costs
        ("Uppdragsersättningen överstiger budget med 32 mnkr.", "negative"),  # paid to the driftnämnder
        (  # the forecast of a result, named by the budgeted result before it
            "Budgeterat resultat är 4,0 miljoner kronor, så prognosen ligger 1,6 miljoner kronor lägre än budget.",
            "negative",
        ),
    ],
)
def test_exceeding_the_budget_is_bad_for_costs_and_good_for_revenue(text: str, direction: str | None) -> None:
    assert sentence_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Kostnaderna för bl.a. vikarier ökar. Intäkterna minskar.", 2),
        ("Tabell 1. Helårsprognos per kostnadsslag, mnkr (+ = bättre än budget)", 1),  # a caption's number
        ("Underskottet är 3 mnkr. Bemanningen är låg.", 2),
    ],
)
def test_sentences_end_at_a_full_stop_but_not_after_an_abbreviation_or_a_captions_number(
    text: str, parts: int
) -> None:
    from extract.sentences import sentences

    assert len(sentences(text)) == parts


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("Sedan februari har prognosen för grundskolan försämrats med 1 100 tkr.", True),
        ("Nämndernas prognos har försämrats med 4,7 mnkr sedan september.", True),
        ("Jämfört med februariprognosen har underskottet ökat med 0,8 mnkr.", True),
        ("Prognosen för helåret är ett underskott på 3 mnkr.", False),
        ("Kostnaderna har ökat med 2 mnkr jämfört med budget.", False),
    ],
)
def test_a_sentence_that_says_the_forecast_itself_has_moved(text: str, moved: bool) -> None:
    from extract.kind_rules import _FORECAST_MOVED

    assert (_FORECAST_MOVED.search(text) is not None) is moved


@pytest.mark.parametrize(
    ("text", "boilerplate"),
    [
        ("Verksamheten bedöms hålla budget.", True),
        ("Två områden håller sina ramar.", True),
        ("Nämnden håller inte budget.", False),
    ],
)
def test_holding_the_budget_is_boilerplate_and_balanced(text: str, boilerplate: bool) -> None:
    assert (cues.BOILERPLATE.match(text) is not None) is boilerplate
    assert (cues.BALANCED.search(text) is not None) is boilerplate


def test_the_year_landing_below_its_budgeted_figure_is_a_result_short_of_it() -> None:
    from extract.amounts import pick_amount
    from extract.directions import direction_of

    text = "Helåret landar enligt prognosen på 18,6 mnkr, att jämföra med budgeterade 35,0 mnkr."
    assert direction_of(text, pick_amount(text)) == "negative"


@pytest.mark.parametrize(
    ("sentence", "conditional"),
    [
        ("Om bidraget blir lägre påverkas prognosen negativt.", True),
        ("Om inget förändras kommer underskottet att uppgå till 9 mnkr.", False),  # the forecast itself
        ("Om- och tillbyggnaden av Strandskolan beräknas kosta 2,1 mnkr mer än projektbudgeten.", False),
    ],
)
def test_a_condition_opens_with_om_but_a_name_with_om_and_a_hyphen_is_none(
    sentence: str, conditional: bool
) -> None:
    assert bool(cues.CONDITIONAL.match(sentence)) is conditional


@pytest.mark.parametrize(
    ("text", "deviates"),
    [
        (
            "Lokalkostnaderna blir 550 tkr lägre, eftersom den nya brandstationen tas i bruk först i februari.",
            True,
        ),
        ("Pensionskostnaderna bedöms bli 1 100 tkr lägre enligt KPA:s senaste prognos.", True),
        (
            "Verksamhetens intäkter var 15 miljoner kronor högre än föregående år.",
            False,
        ),  # last year, no budget
    ],
)
def test_a_cost_that_becomes_a_figure_lower_states_a_deviation(text: str, deviates: bool) -> None:
    assert (cues.DEVIATION.search(text) is not None) is deviates


@pytest.mark.parametrize(
    "text",
    [
        "Avvikelse mot budget i tkr; underskott anges med efterställt minustecken.",
        "Avvikelse i tabellen: positivt tal är bättre än budget, ett minustecken efter beloppet innebär ett utfall "
        "sämre än budget.",
        "Minustecken efter beloppet anger underskott.",
        "Minustecken innebär att kostnaderna översteg budget.",
        "Avvikelse i tkr: minus efter beloppet innebär att kostnaden överstiger budget.",
        "Negativa tal visar att nämnden gick med underskott.",
        "Negativa avvikelser markeras med ett minustecken efter beloppet.",
        "Avvikelse i tabellen är budget minus prognos.",
        "Negativa tal i kolumnen Avvik. är underskott mot budget.",
    ],
)
def test_a_note_on_how_the_sign_is_printed_is_a_reading_guide(text: str) -> None:
    assert reading_guide(text)


@pytest.mark.parametrize(
    ("text", "conditional"),
    [
        ("Blir även den säsongen snörik kan underskottet öka med ytterligare 2 mnkr.", True),
        ("Fortsätter placeringarna att öka riskerar underskottet att växa.", True),
        ("Blir utfallet 2 mnkr bättre än budget beror det på vakanser.", False),
    ],
)
def test_a_condition_said_by_inversion_is_conditional(text: str, conditional: bool) -> None:
    assert (cues.CONDITIONAL.match(text) is not None) is conditional
