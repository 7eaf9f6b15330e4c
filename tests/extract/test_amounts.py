"""Which amount in a passage states the deviation (LABELS.md): Swedish wordings, one case per row."""

import pytest

from extract.amounts import heading_amount, item_amount, pick_amount, zero_amount
from extract.respective_lists import respective_amount


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
        ("Ombyggnaden beräknas kosta 14,8 mnkr mot budgeterade 11,5 mnkr.", 3_300_000),
        (
            "Regionen prognostiserar ett resultat för 2025 på 38 mnkr, att jämföra med budgeterade 95 mnkr. "
            "Avvikelsen, - 57 mnkr, finns nästan helt inom hälso- och sjukvården.",
            57_000_000,
        ),
        # a result or deviation that "uppgår till" is one; a budget or cost that does is not
        (
            "Det ackumulerade utfallet per maj uppgår till 1,4 mnkr efter hänsyn till semesterlöneskulden.",
            1_400_000,
        ),
        ("Underskottet uppgår till 3,5 mnkr och beror på köpt vård.", 3_500_000),
        ("Nämndens budget uppgår till 250 mnkr.", None),
        ("Budgeten är 12 mnkr för året.", None),
        ("Sjukkostnader: Utfall nov 2,5 mnkr. Ack jan-nov 24,1 mnkr.", None),
        # the deviation stated against the budget before or after the figure, or as a consequence
        (
            "Jämfört med budget var intäkterna 22 miljoner kronor högre, främst av riktade statsbidrag.",
            22_000_000,
        ),
        (
            "Kostnaden för inhyrd personal uppgick till 118 miljoner kronor till och med maj, vilket är "
            "47 miljoner kronor mer än budget.",
            47_000_000,
        ),
        ("Nämndens buffert om 4,0 mkr har inte använts och redovisas som överskott.", 4_000_000),
        (
            "Investeringsbudgeten uppgår till 612 mnkr. Prognosen för årets investeringsutgifter är 498 mnkr, "
            "vilket innebär att 114 mnkr inte förbrukas under året.",
            114_000_000,
        ),
        ("Investeringsprognosen är 164 mnkr mot en budget på 231 mnkr, en avvikelse på 67 mnkr.", 67_000_000),
        # the budget's figure in brackets after the result
        (
            "Årets resultat uppgår till 412 tkr (budget 1 000 tkr). Intäkterna blev lägre än beräknat.",
            588_000,
        ),
        ("Hemtjänsten visar ett underskott på 1,2 mnkr (föregående månad 0,9 mnkr).", 1_200_000),
        # last month's figure between the result and the budget's, which is named as a result
        (
            "Stadens resultat prognostiseras till 61,5 mnkr (68,0), att jämföra med det budgeterade resultatet på "
            "88,0 mnkr.",
            26_500_000,
        ),
        (
            "Lokalanpassningen blev inte färdig. Detta innebär att engångskostnaden om 250 tusen kronor kommer "
            "upparbetas under 2023. Hyrestillägget är 500 tusen kronor per år.",
            250_000,
        ),
        (
            "Prognosen innehåller en ökad placering på externa vård- och omsorgsboende med 17 miljoner kronor.",
            17_000_000,
        ),
        # a headline sentence of its own states the deviation; a cost inside the explanation does not
        (
            "Tekniska nämnden −1,1 mnkr (−,3). Stormen i oktober orsakade skador på gatubelysningen, som har "
            "kostat omkring 1 mnkr att åtgärda.",
            1_100_000,
        ),
        # money budgeted but not spent
        (
            "Statsbidraget Motverka ensamheten på cirka 400 tkr kommer inte användas, vilket har tagits hänsyn "
            "till i helårsprognosen.",
            400_000,
        ),
        # a figure of the budget left unused, or to be used, against the budget's own figure
        ("Av budgeten för gångbron har 16,9 mnkr inte använts.", 16_900_000),
        ("Av investeringsbudgeten på 24,0 mnkr beräknas 15,5 mnkr användas under året.", 8_500_000),
        ("Nämndens investeringar uppgick till 14,4 mnkr av budgeterade 15,0 mnkr.", 600_000),
        ("Investeringarna beräknas uppgå till 610 mnkr, mot en investeringsbudget på 780 mnkr.", 170_000_000),
        # money carried over to next year
        (
            "Arbetet beräknas vara klart i maj 2026, och 11,8 mnkr av årets budget behöver därför föras över till "
            "nästa år.",
            11_800_000,
        ),
        # a footnote mark after the unit
        (
            "Det är den största orsaken till divisionens underskott på 61 mnkr¹. Därtill kommer övertid.",
            61_000_000,
        ),
        # a range states no one amount
        ("Folktandvårdens underskott bedöms hamna mellan 8 och 10 mnkr, beroende på hösten.", None),
        ("Underskottet väntas bli 8–10 mnkr.", None),
        # the deviation stated after a forecast given as a bare figure
        (
            "Helårsprognosen är −240 mnkr. Det innebär en negativ avvikelse mot det budgeterade resultatet på "
            "390 mnkr.",
            390_000_000,
        ),
        # the year's forecast beside the period's figure; a later sentence that restates or sums up
        (
            "Hemtjänsten har ett ackumulerat underskott på 4,1 mnkr och prognostiserar −11,4 mnkr för helåret.",
            11_400_000,
        ),
        (
            "Socialnämndens utfall för januari–april är 4,2 miljoner kronor sämre än den periodiserade budgeten, "
            "och för helåret prognostiseras ett underskott på 11,3 miljoner kronor.",
            11_300_000,
        ),
        (
            "Nämndens utfall är 4,2 mnkr sämre än budget. För helåret prognostiseras ett underskott på 11,3 mnkr.",
            4_200_000,
        ),
        (
            "Nämndens ackumulerade resultat efter augusti är −214 mnkr. Det är 198 mnkr sämre än budget.",
            198_000_000,
        ),
        (
            "Reparationerna efter skyfallet har kostat 2,4 mnkr, som inte ryms i budgeten. Därutöver har "
            "vinterväghållningen överstigit budget med 1,2 mnkr. Sammantaget prognostiserar verksamheten ett "
            "underskott på 4,1 mnkr.",
            4_100_000,
        ),
        (  # what the cause costs, said after it
            "Inom särskilt boende har nämnden betalat för tomma platser under ombyggnaden, vilket kostar 2,1 mnkr.",
            2_100_000,
        ),
        (  # the net of a part over and a part under the budget, summed up after them
            "Snöröjningen har kostat 3,4 mnkr mer än budgeterat efter en kall vinter. Samtidigt har underhållet av "
            "broarna skjutits upp, vilket minskar kostnaden med 1,1 mnkr i år. Sammantaget beräknas verksamheten "
            "överskrida budgeten med 2,3 mnkr.",
            2_300_000,
        ),
        (
            "Investeringsbudgeten uppgick till 96,2 mkr. Utfallet blev 71,5 mkr, och 24,7 mkr återstår. "
            "Avvikelsen beror på att etapp 2 har försenats.",
            24_700_000,
        ),
        # a label and its signed figure, last month's in brackets
        (
            "Ekonomiskt bistånd: −4,0 mnkr (−3,6). Utbetalningarna ligger på i genomsnitt 5,9 mnkr per månad "
            "mot budgeterade 5,5 mnkr.",
            4_000_000,
        ),
        # the deviation stated, not the figure in the reason given for it
        (
            "Området beräknas överskrida budget med 55 mnkr, eftersom kostnaderna för det nya "
            "vårdinformationsstödet blir 67 mnkr högre än budgeterat.",
            55_000_000,
        ),
        ("Tekniska nämnden beräknas gå back med 3,1 mnkr för 2026.", 3_100_000),
        # a result against the budgeted result, a year between them
        (
            "Förbundet redovisar ett resultat på 6,8 mnkr för 2025, jämfört med ett budgeterat resultat på "
            "2,0 mnkr.",
            4_800_000,
        ),
        # … but "a deviation against the budgeted result of 390 mnkr" is the deviation
        (
            "Helårsprognosen är −240 mnkr. Det innebär en negativ avvikelse mot det budgeterade resultatet på "
            "390 mnkr.",
            390_000_000,
        ),
        # "than the frame" is than the budget; a level a cost passes is no deviation
        (
            "Vuxna. Kostnaderna blir 2,7 mnkr högre än ramen, främst för köpta platser. Ett gemensamt boende "
            "bedöms minska kostnaderna med cirka 1,5 mnkr per år.",
            2_700_000,
        ),
        ("Placeringarna tar mer i anspråk än budgeterat. Dygnskostnaden överstiger 8 000 kronor.", None),
        (
            "Socialnämndens utfall för januari–april är 1,9 mnkr bättre än periodiserad budget, men för helåret "
            "räcker inte budgeten: prognosen pekar på ett negativt utfall jämfört med budget om 8,4 mnkr.",
            8_400_000,
        ),
        # the period's and the year's deviation in one sentence: the year's
        (
            "Nämndens utfall för januari–april är 3 410 tkr bättre än periodens budget, men för helåret bedöms "
            "kostnaderna överstiga budgeten med 6 900 tkr.",
            6_900_000,
        ),
        (
            "Efter februari ligger nämnden 0,4 mnkr under periodiserad budget, men helårsprognosen pekar mot att "
            "kostnaderna överstiger ramen med 5,3 mnkr.",
            5_300_000,
        ),
        # "över/under" a budget named with its period or as budgeted
        ("Ackumulerat utfall till och med oktober ligger 1,9 mnkr över periodens budget.", 1_900_000),
        ("Förbundets resultat uppgår till 18,6 mnkr, vilket är 7,4 mnkr över periodens budget.", 7_400_000),
        (
            "Prognosen för helåret är ett resultat på 6,5 mnkr, 8,5 mnkr under budgeterade 15,0 mnkr.",
            8_500_000,
        ),
        ("Av nämndens investeringsram återstår 0,9 mnkr vid årets slut.", 900_000),
        ("Avfallsverksamheten gick 250 tkr back, en följd av högre avgifter.", 250_000),
        (
            "Prognosen uppgår till 214 mnkr, vilket är 72 mnkr under den beslutade investeringsbudgeten.",
            72_000_000,
        ),
        ("Utfallet är 97 mnkr och helårsprognosen 201 mnkr, vilket lämnar 85 mnkr outnyttjade.", 85_000_000),
        (
            "Helårsprognosen för investeringarna stannar vid 9,0 mnkr, att ställa mot budgeterade 14,2 mnkr.",
            5_200_000,
        ),
        ("Av en investeringsbudget på 48,8 mnkr har 37,4 mnkr upparbetats under året.", 11_400_000),
        # the year's figure after the period's, with a reason between; a deviation against the period's budget
        (
            "Utfallet till och med april är 3,2 mnkr lägre än budget för perioden, men eftersom höstterminens "
            "kostnader ännu inte belastar redovisningen bedöms helåret sluta med ett underskott om 2,9 mnkr.",
            2_900_000,
        ),
        (
            "Ackumulerat till och med oktober redovisar nämnden ett överskott mot periodbudget på 0,6 mnkr.",
            600_000,
        ),
        # the deviation worked out from the figures just given, after the result in the opening sentence
        (
            "Kommunens prognos för 2025 är ett resultat på 21,7 mnkr. Budgeterat resultat är 34,0 mnkr och "
            "avvikelsen därmed −12,3 mnkr.",
            12_300_000,
        ),
        (
            "Resultatet för årets första åtta månader blev 71,4 mnkr. Budgeten för samma period var 52,0 mnkr, "
            "vilket ger ett plus på 19,4 mnkr.",
            19_400_000,
        ),
        # a share restating the figure between it and the budget; a negative deviation "given" by the figures
        ("Lönekostnaderna beräknas bli 3,2 mnkr, eller 1,8 procent, högre än budget.", 3_200_000),
        (
            "Nämndens resultat efter april uppgår till 12,1 mnkr. Enligt budget borde resultatet ha varit 14,0 "
            "mnkr, vilket ger en negativ avvikelse på 1,9 mnkr.",
            1_900_000,
        ),
        # a reserve left untouched is the surplus
        ("Nämndens ofördelade reserv på 1,1 mnkr bedöms inte behöva tas i anspråk under året.", 1_100_000),
        (  # the forecast concluded from what the period cost so far
            "Vinterväghållningen har hittills i år kostat 1 020 000 kronor mer än budgeterat, på grund av de många "
            "snöfallen i februari. Verksamheten beräknas därför överskrida budget med 1 450 tkr.",
            1_450_000,
        ),
        (
            "Förbundet redovisar ett resultat på −2 360 tkr för 2025. Det budgeterade resultatet var 400 tkr, vilket "
            "ger en negativ budgetavvikelse på 2 760 tkr.",
            2_760_000,
        ),
        ("Gång- och cykelbron blev 1,3 mnkr dyrare än kalkylen, eftersom stålpriset steg.", 1_300_000),
        # the budget, the spending so far and the forecast are levels; the part not to be spent is stated
        (
            "Investeringsbudgeten för 2026 uppgår till 48 mnkr. Efter april har 9 mnkr förbrukats. "
            "Helårsprognosen är 40 mnkr, och de 8 mnkr som inte beräknas förbrukas avser brandstationen.",
            8_000_000,
        ),
        ("Kulturskolan visar ett positivt utfall på 0,5 mnkr.", 500_000),
        ("För helåret bedöms nämnden i stället hamna 1,5 mnkr över sin ram.", 1_500_000),
        ("Miljöenheten ser ut att göra ett litet plus, 0,2 mnkr, genom fler tillsynsbesök.", 200_000),
        ("Finansförvaltningen bidrar positivt med 0,5 mnkr tack vare lägre räntor.", 500_000),
        (
            "Periodens resultat uppgår till 40,5 mnkr. Resultatet för helåret beräknas till 9,5 mnkr, vilket "
            "understiger det budgeterade resultatet på 20,0 mnkr med 10,5 mnkr.",
            10_500_000,
        ),
        # "ett minus"/"ett plus" said as the deviation
        ("Förvaltningen räknar med att gå med ett minus på 420 tusen kronor vid årets slut.", 420_000),
        # the part of the budget left unspent, said of its figure, beats the budget less what is spent so far
        (
            "Av investeringsramen på 3,5 mnkr har 0,4 mnkr använts. Ombyggnaden av entrén skjuts upp, och "
            "2,6 mnkr av ramen kommer därför inte att användas under året.",
            2_600_000,
        ),
        # a part that offsets the deviation is not the deviation
        (
            "Fler elever än budgeterat i grundsärskolan. Underskottet dämpas med 0,6 mnkr av ett tillfälligt "
            "statsbidrag.",
            None,
        ),
        # the period's and the year's figure in one sentence, with a decimal comma between: the year's
        (
            "Periodens resultat är 18,5 mnkr, 6,2 mnkr bättre än periodiserad budget, och för helåret "
            "prognostiseras ett resultat på 4,1 mnkr, 2,4 mnkr sämre än budget.",
            2_400_000,
        ),
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
        ("Fastighetsförvaltning (+3,7 mnkr)", 3_700_000),  # the only figure, in brackets after the name
        ("Ledning +0,5 mkr (+0,6 mkr)", 500_000),  # last month's in brackets
        ("IT och digitalisering – budget 9,4 mnkr, prognos 10,3 mnkr, avvikelse −0,9 mnkr", -900_000),
        ("Hemtjänst, underskott 4,5 mnkr", -4_500_000),  # the verdict in words gives the sign
        ("Kost och städ: överskott 0,5 mnkr", 500_000),
        ("Personalkostnader", None),
        ("Budget 2026", None),
    ],
)
def test_a_heading_carries_the_amount_of_the_passage_under_it(heading: str, sek: float | None) -> None:
    amount = heading_amount(("Kommentarer per huvudverksamhet", heading))
    assert (amount.sek if amount else None) == sek


_RESPEKTIVE = (
    "Avdelningarna Äldreboende samt Personlig assistans och stöd prognostiserar ett underskott om 14 mkr, "
    "respektive 21 mkr."
)
_RESPEKTIVE_OCH = (
    "Särskilt boende och personlig assistans står för underskotten med 14,2 mkr respektive 20,8 mkr."
)


@pytest.mark.parametrize(
    ("text", "area", "sek"),
    [
        (_RESPEKTIVE, "Äldreboende", 14_000_000),
        (_RESPEKTIVE, "Personlig assistans och stöd", 21_000_000),
        (_RESPEKTIVE_OCH, "Särskilt boende", 14_200_000),
        (_RESPEKTIVE_OCH, "Personlig assistans", 20_800_000),
        (_RESPEKTIVE_OCH, "Hemtjänst", None),
        (_RESPEKTIVE, None, None),
        (
            "Intäkter, personal och lokaler avviker med 1 mnkr, 2 mnkr respektive 3 mnkr.",
            "Lokalhyror",
            3_000_000,
        ),
        ("Personalkostnaderna avviker med 2 mnkr.", "Personalkostnader", None),
    ],
)
def test_a_respektive_list_gives_each_area_its_own_amount(
    text: str, area: str | None, sek: float | None
) -> None:
    amount = respective_amount(text, area)
    assert (amount.sek if amount else None) == sek


@pytest.mark.parametrize(
    ("text", "zero"),
    [
        ("De beslutade åtgärderna ger effekt och prognosen för helåret är 0 miljoner kronor.", True),
        ("Kultur- och fritidsnämnden ±0 mnkr (−,3). Nämnden bedömer att budgeten hålls.", True),
        ("Politisk verksamhet +/- 0 tkr", True),
        ("Prognosen för helåret kvarstår på 0,0 mnkr.", True),
        ("Vi har 0 kr kvar i fonden efter att 300 personer fick stöd under året.", False),
        ("Underskottet är 3 mnkr.", False),
    ],
)
def test_a_stated_zero_deviation(text: str, zero: bool) -> None:
    assert (zero_amount(text) is not None) is zero


@pytest.mark.parametrize(
    ("text", "sek"),
    [
        ("• Socialnämnden -6,4 mnkr till följd av fler placeringar.", -6_400_000),
        ("Psykiatri, - 11 mnkr: hyrläkare på alla mottagningar.", -11_000_000),
        ("Fritidshem +1,2 mnkr. Vistelsetiderna har blivit kortare än budgeterat.", 1_200_000),
        # the signed figure first, then whose it is
        ("• -28,6 miljoner kronor för socialnämnden. Placeringarna ligger långt över budget.", -28_600_000),
        ("+4,3 mnkr för kommunstyrelsen.", 4_300_000),
        ("-2,0 mnkr för att täcka hyran.", None),  # a purpose, not a name
        # a clause before the figure is no name: the item's amount is its deviation, found as any passage's
        (
            "Resultatet för helåret prognostiseras till −298 mnkr, vilket är 131 mnkr sämre än årsbudgeten.",
            None,
        ),
        # the closing figure is the budget's own
        ("Helårsprognosen är ett resultat på −41,0 mnkr mot budgeterade −12,0 mnkr.", None),
    ],
)
def test_a_list_items_amount_follows_its_name(text: str, sek: float | None) -> None:
    amount = item_amount(text)
    assert (amount.sek if amount else None) == sek


@pytest.mark.parametrize(
    ("text", "sek", "direction"),
    [
        (
            "Personlig assistans och LSS: Ett budgetöverdrag på 2,3 mnkr. Ansökan har avslagits.",
            2_300_000,
            "negative",
        ),
        (  # the levels first, the gap to balance last
            "Socialnämndens prognos efter maj är en nettokostnad på 176,4 mnkr. Med en budget på 172,9 mnkr "
            "saknas alltså 3,5 mnkr för att nå balans.",
            3_500_000,
            "negative",
        ),
        (
            "Resultatet för januari–september uppgår till 31,6 mnkr. Det är 4,2 mnkr mer än det periodiserade "
            "budgeterade resultatet.",
            4_200_000,
            "positive",
        ),
        (  # revenue at a higher level than budgeted, no figure
            "Schablonersättningen för nyanlända ligger kvar på en högre nivå än budgeterat.",
            None,
            "positive",
        ),
    ],
)
def test_more_words_for_the_deviation_and_its_direction(text: str, sek: float | None, direction: str) -> None:
    from extract.directions import direction_of

    amount = pick_amount(text)
    assert (amount.sek if amount else None, direction_of(text, amount)) == (sek, direction)


def test_a_name_with_its_signed_figure_in_brackets_states_the_deviation() -> None:
    """ "Avgifter och ersättningar (+1 450 tkr)." is a run-in lead with its area's deviation; a bracket after
    another figure is an earlier one ("9,4 mnkr (7,9 i augusti)")."""
    lead = pick_amount("Avgifter och ersättningar (+1 450 tkr). Fler onödiga automatlarm har debiterats.")
    later = pick_amount("Socialnämnden: underskottet växer till 9,4 mnkr (7,9 mnkr i augusti).")
    assert (lead.sek if lead else None, later.sek if later else None) == (1_450_000, 9_400_000)


def test_the_deviation_concluded_after_the_result_is_the_amount() -> None:
    text = (
        "För helåret prognostiseras däremot ett resultat på -2,7 mnkr, vilket innebär att det budgeterade "
        "överskottet på 3,0 mnkr inte nås och att avvikelsen blir -5,7 mnkr."
    )
    amount = pick_amount(text)
    assert amount is not None and amount.sek == -5_700_000


def test_the_sentence_with_the_figure_sets_the_direction_after_reasons_without_one() -> None:
    """Reasons with no figure before the deviation's own sentence: that sentence's words decide ("ökat mindre
    än beräknat" would say less cost; the revenue is lower)."""
    from extract.directions import direction_of

    text = (
        "Intäkter avfallstaxa. Antalet abonnemang har ökat mindre än beräknat. "
        "Taxeintäkterna blir därför 2,9 mnkr lägre än budget."
    )
    assert direction_of(text, pick_amount(text)) == "negative"


@pytest.mark.parametrize(
    ("text", "sek"),
    [
        # the year's figure after the period's is the deviation, also after "men" without a comma
        (
            "Välfärdsnämnden redovisar ett överskott mot periodbudgeten på 1,8 mnkr men räknar för helåret med "
            "ett underskott på 5,6 mnkr.",
            -5_600_000,
        ),
        (
            "Kommunstyrelsens verksamheter har under första kvartalet förbrukat 1,2 mnkr mindre än budget, men "
            "för helåret väntas ett underskott om 1,5 mnkr.",
            -1_500_000,
        ),
        (
            "Till och med september har nämnden förbrukat 1,9 mnkr mer än vad som motsvarar periodens budget.",
            -1_900_000,
        ),
    ],
)
def test_the_years_deviation_after_the_periods_and_spending_beyond_the_periods_budget(
    text: str, sek: int
) -> None:
    from extract.directions import direction_of

    amount = pick_amount(text)
    assert amount is not None and amount.sek is not None
    signed = abs(amount.sek) if direction_of(text, amount) == "positive" else -abs(amount.sek)
    assert round(signed) == sek
