"""Sentences that name several areas with an amount each: respektive lists, lists of names with signed
figures, contrasts."""

import pytest

from extract.area_lists import areas_with_amounts, listed_amounts
from extract.numbers import find_amounts
from extract.respective_lists import respective_items


@pytest.mark.parametrize(
    "text",
    [
        "Resultatet är -3 mnkr jämfört med -2 mnkr i mars.",
        "Nämnden prognostiserar -2 mnkr och förvaltningen visar +1 mnkr.",
    ],
)
def test_a_sentence_with_several_amounts_is_no_list_of_areas_unless_each_follows_a_name(text: str) -> None:
    assert listed_amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Underskottet är 3 mnkr, men det beror på vakanser.",
        "Hemtjänsten har ett underskott på 2 mnkr, samtidigt som antalet timmar har ökat.",
    ],
)
def test_a_contrast_without_an_amount_on_each_side_names_no_areas(text: str) -> None:
    assert areas_with_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Särskilt boende och personlig assistans står för de största underskotten med 14,2 mkr "
            "respektive 20,8 mkr.",
            ["Särskilt boende", "Personlig assistans"],
        ),
        (
            "Underskotten inom hemtjänst och LSS uppgår till 3,1 mnkr respektive 2,4 mnkr.",
            ["Hemtjänst", "LSS"],
        ),
        (
            "Underskottet finns främst inom gymnasieskolan samt anpassad grundskola, som beräknas avvika "
            "negativt med 4 mnkr respektive 7 mnkr.",
            ["Gymnasieskolan", "Anpassad grundskola"],
        ),
        (
            "Underskotten finns inom grundskola och anpassad grundskola, som prognostiserar −7 480 tkr "
            "respektive −3 910 tkr.",
            ["Grundskola", "Anpassad grundskola"],
        ),
        (  # a bullet before the first name; a verb of comparison after the last
            "• Förskolenämnden och skolnämnden visar underskott om 6,5 mnkr respektive 2,2 mnkr.",
            ["Förskolenämnden", "Skolnämnden"],
        ),
        (
            "Läkemedelskostnaderna och utomlänsvården överskrider budget med 24 mnkr respektive 12 mnkr.",
            ["Läkemedelskostnaderna", "Utomlänsvården"],
        ),
        (  # the first figure borrows the unit of the second; a name elided with a hyphen is one name
            "Kommunstyrelsen och gymnasie- och vuxenutbildningsnämnden visar överskott på 7,8 respektive 3,1 mnkr.",
            ["Kommunstyrelsen", "Gymnasie- och vuxenutbildningsnämnden"],
        ),
        (
            "Busstrafiken och tågtrafiken överskrider budget med 21 respektive 7 mnkr.",
            ["Busstrafiken", "Tågtrafiken"],
        ),
        ("Kostnaderna ökade med 3 mnkr respektive år.", []),
        ("Kostnaderna ökade med 3 mnkr.", []),
    ],
)
def test_respektive_lists_name_their_areas_in_order(text: str, names: list[str]) -> None:
    """Each name takes the figure in its place; the clause after the names ("…, som beräknas …") is none."""
    items = respective_items(text)
    assert [name for name, _ in items] == names
    amounts = [a for a in find_amounts(text) if a.sek]
    assert [amount for _, amount in items] == (amounts if names else [])


def test_a_list_of_names_with_signed_figures_may_open_with_the_first_names_verb() -> None:
    text = (
        "Kommunstyrelsen redovisar ett överskott med +4,1 mnkr (+3,6), barn- och utbildningsnämnden −9,8 mnkr "
        "(−8,4) och samhällsbyggnadsnämnden −6,3 mnkr (−5,8)."
    )
    assert [(name, round(amount.sek or 0)) for name, amount in listed_amounts(text)] == [
        ("Kommunstyrelsen", 4_100_000),
        ("Barn- och utbildningsnämnden", -9_800_000),
        ("Samhällsbyggnadsnämnden", -6_300_000),
    ]
    assert listed_amounts("Socialnämnden prognostiserar −2 mnkr, och nämnden prognostiserar −3 mnkr.") == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Grundskolan och gymnasieskolan står för de största underskotten, −8,1 respektive −6,0 miljoner kronor, "
            "medan förskolan redovisar ett överskott på 2,9 miljoner kronor.",
            [("Grundskolan", -8_100_000), ("Gymnasieskolan", -6_000_000), ("Förskolan", 2_900_000)],
        ),
        (
            "Förskola och fritidshem visar överskott på 5,8 respektive 1,4 mnkr, medan grundskolan visar ett "
            "underskott på 3,1 mnkr.",
            [("Förskola", 5_800_000), ("Fritidshem", 1_400_000), ("Grundskolan", -3_100_000)],
        ),
        # a cleft puts the owner of the deficit first; a contrast may open with a dash
        (
            "Det är nämndernas samlade underskott på 12,5 mnkr som drar ned resultatet, medan "
            "finansförvaltningen väntas ge ett överskott om 6,5 mnkr.",
            [("Nämnderna", -12_500_000), ("Finansförvaltningen", 6_500_000)],
        ),
        (
            "Det är förvaltningarnas verksamheter som står för avvikelsen – tillsammans 20,5 mnkr sämre än budget "
            "– medan finansieringen ger ett tillskott på 4,5 mnkr.",
            [("Förvaltningarna", -20_500_000), ("Finansieringen", 4_500_000)],
        ),
        # a clause of its own after ", och" whose claim is a signed figure
        (
            "Nämnderna prognostiserar tillsammans −10,5 mnkr, och finansieringen väger delvis upp med +4,5 mnkr.",
            [("Nämnderna", -10_500_000), ("Finansieringen", 4_500_000)],
        ),
        # a second finance item that adds more of the same, its subject named with an article and adjective
        (
            "Skatteintäkterna beräknas bli 2,5 mnkr högre än budget, och det kommunala utjämningsbidraget ger "
            "ytterligare 1,5 mnkr.",
            [("Skatteintäkterna", 2_500_000), ("Kommunala utjämningsbidraget", 1_500_000)],
        ),
        # the total, then what offsets it, a respektive list of its own
        (
            "Nämnderna prognostiserar sammantaget ett underskott på 8,5 mnkr, vilket delvis vägs upp av att "
            "skatteintäkterna och finansnettot utvecklas bättre än budgeterat med 2,5 mnkr respektive 1,1 mnkr.",
            [("Nämnderna", -8_500_000), ("Skatteintäkterna", 2_500_000), ("Finansnettot", 1_100_000)],
        ),
        # three names and figures, then a name of two nouns joined by "och" on the other side
        (
            "Kultur, fritid och turism beräknas visa underskott på 1,2, 0,8 respektive 0,3 mnkr, medan kost och "
            "städ lämnar ett överskott på 0,4 mnkr.",
            [("Kultur", -1_200_000), ("Fritid", -800_000), ("Turism", -300_000), ("Kost och städ", 400_000)],
        ),
    ],
)
def test_a_respektive_list_on_one_side_of_a_contrast_gives_each_area_its_item(
    text: str, items: list[tuple[str, float]]
) -> None:
    from extract.area_lists import areas_with_amounts

    assert [(name, amount.sek if amount else None) for name, amount in areas_with_amounts(text)] == items


def test_the_parts_after_varav_are_named_without_it() -> None:
    from extract.area_lists import areas_with_amounts

    text = "Finansförvaltningen visar +35 mnkr, varav skatteintäkter +52 mnkr och pensionskostnader −17 mnkr."
    assert [name for name, _ in areas_with_amounts(text)] == [
        "Finansförvaltningen",
        "Skatteintäkter",
        "Pensionskostnader",
    ]


def test_a_total_before_varav_is_an_item_beside_its_parts() -> None:
    from extract.area_lists import areas_with_amounts

    text = (
        "Nämnderna prognostiserar sammantaget ett underskott på 24,3 mnkr (september: −21,0 mnkr), varav SN "
        "−15,6 mnkr, BUN −7,4 mnkr och TN −2,6 mnkr."
    )
    found = [(name, amount.sek if amount else None) for name, amount in areas_with_amounts(text)]
    assert found == [("Nämnderna", -24_300_000), ("SN", -15_600_000), ("BUN", -7_400_000), ("TN", -2_600_000)]


def test_the_parts_a_deficit_consists_of_and_the_area_set_against_them_are_each_an_item() -> None:
    text = (
        "Nämnden redovisar ett underskott på 14,2 mnkr. Underskottet består av hemtjänst −8,9 mnkr, vård- och "
        "omsorgsboende −4,1 mnkr och myndighetsutövning −2,6 mnkr, medan nämnd och ledning visar ett "
        "överskott på 1,4 mnkr. Det beror på vakanser."
    )
    assert [(name, amount.sek and round(amount.sek)) for name, amount in areas_with_amounts(text)] == [
        ("Hemtjänst", -8_900_000),
        ("Vård- och omsorgsboende", -4_100_000),
        ("Myndighetsutövning", -2_600_000),
        ("Nämnd och ledning", 1_400_000),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Skatteintäkterna beräknas bli 41 miljoner kronor högre än budgeterat och pensionskostnaderna 22 "
            "miljoner kronor lägre.",
            [("Skatteintäkterna", 41_000_000), ("Pensionskostnaderna", 22_000_000)],
        ),
        (
            "Personalkostnaderna blev 3,2 mnkr högre än budget och intäkterna 1,1 mnkr lägre.",
            [("Personalkostnaderna", -3_200_000), ("Intäkterna", -1_100_000)],
        ),
        ("Kostnaderna blev 3,2 mnkr högre än budget och det beror på två nya placeringar.", []),
    ],
)
def test_a_second_area_that_leaves_its_verb_out_is_an_item_signed_by_its_own_comparison(
    text: str, found: list[tuple[str, int]]
) -> None:
    assert [(name, amount and round(amount.sek or 0)) for name, amount in areas_with_amounts(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (  # a clause of its own after ", och", with its own subject, figure and claim
            "Pensionskostnaderna blir 6,2 mnkr lägre än budgeterat, och finansnettot bidrar med 6,3 mnkr till "
            "överskottet tack vare högre ränteintäkter.",
            [("Pensionskostnaderna", 6_200_000), ("Finansnettot", 6_300_000)],
        ),
        (
            "Skatteintäkterna beräknas bli 24 miljoner kronor högre än budget, och finansnettot förbättras med "
            "11 miljoner kronor tack vare högre avkastning.",
            [("Skatteintäkterna", 24_000_000), ("Finansnettot", 11_000_000)],
        ),
        (  # a third area after the contrast, its verb left out
            "Hälso- och sjukvården har en prognos på –152 miljoner kronor mot budget, medan regional utveckling "
            "beräknas ge ett överskott på 12 miljoner kronor och finansförvaltningen ett överskott på 35 "
            "miljoner kronor.",
            [
                ("Hälso- och sjukvården", -152_000_000),
                ("Regional utveckling", 12_000_000),
                ("Finansförvaltningen", 35_000_000),
            ],
        ),
        # a reason, not an area: no subject of its own after ", och", or no claim of its own
        ("Kostnaderna blev 5 mnkr högre än budget, och det beror på att 2 mnkr i statsbidrag uteblev.", []),
        ("Hemtjänsten visar ett underskott på 4 mnkr, och timmarna har ökat med 2 000 jämfört med 2024.", []),
        # one area, the period's and the year's deviation: no contrast of areas
        (
            "Nämndens utfall för januari–april är 3 410 tkr bättre än periodens budget, men för helåret bedöms "
            "kostnaderna överstiga budgeten med 6 900 tkr.",
            [],
        ),
    ],
)
def test_each_clause_with_a_subject_figure_and_claim_of_its_own_is_an_item(
    text: str, found: list[tuple[str, int]]
) -> None:
    assert [(name, amount and round(amount.sek or 0)) for name, amount in areas_with_amounts(text)] == found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Föreningsbidragen och nämnd och administration visar överskott på 0,5 respektive 0,4 mnkr.",
            ["Föreningsbidragen", "Nämnd och administration"],
        ),
        (
            "Våld i nära relationer och nämnd och förvaltningsledning redovisar överskott på 0,3 respektive "
            "0,7 miljoner kronor.",
            ["Våld i nära relationer", "Nämnd och förvaltningsledning"],
        ),
    ],
)
def test_respektive_names_joined_by_och_keep_the_och_of_the_later_name(text: str, names: list[str]) -> None:
    assert [name for name, _ in respective_items(text)] == names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Dagverksamheten har ett överskott och hälso- och sjukvården ett underskott på vardera 0,65 mnkr.",
            [("Dagverksamheten", 650_000), ("Hälso- och sjukvården", -650_000)],
        ),
        (
            "Förskolan och grundskolan visar överskott på vardera 2 mnkr.",
            [("Förskolan", 2_000_000), ("Grundskolan", 2_000_000)],
        ),
        (  # the figure each has after the names
            "Lokaler och övrigt. Lägre kostnader för lokaler och övriga kostnader, 150 tkr vardera, beror på att "
            "hyran har omförhandlats.",
            [("Lokaler", 150_000), ("Övriga kostnader", 150_000)],
        ),
        ("Två placeringar har kostat vardera 1,2 mnkr mer än budgeterat.", []),
        (  # three names, the unit printed once after the last figure
            "Sahlgrenska Universitetssjukhuset, Södra Älvsborgs Sjukhus och Skaraborgs Sjukhus prognostiserar "
            "−245, −118 respektive −96 miljoner kronor.",
            [
                ("Sahlgrenska Universitetssjukhuset", -245_000_000),
                ("Södra Älvsborgs Sjukhus", -118_000_000),
                ("Skaraborgs Sjukhus", -96_000_000),
            ],
        ),
        (  # the names after their verb
            "Inom nämndens ram visar Universitetssjukhuset Örebro och närsjukvården −168 respektive −61 miljoner kronor.",
            [("Universitetssjukhuset Örebro", -168_000_000), ("Närsjukvården", -61_000_000)],
        ),
        (  # two nouns with a claim each
            "Därtill kommer en pensionskostnad som är 41 miljoner kronor lägre än budgeterat och ett finansnetto som "
            "är 15 miljoner kronor bättre än budget.",
            [("Pensionskostnad", 41_000_000), ("Finansnetto", 15_000_000)],
        ),
    ],
)
def test_more_list_shapes_give_each_area_its_own_figure_and_sign(
    text: str, found: list[tuple[str, int]]
) -> None:
    assert [(name, amount and round(amount.sek or 0)) for name, amount in areas_with_amounts(text)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # names joined by "respektive", figures by "och"
            "Pensionskostnaderna respektive räntekostnaderna beräknas bli 0,9 och 0,6 mnkr lägre än budget.",
            [("Pensionskostnaderna", 900_000), ("Räntekostnaderna", 600_000)],
        ),
        (  # the names after a colon, a bare "med" before the figures
            "Två projekt drar över: räddningsstationen i Storuman och bredbandsutbyggnaden i Gunnarn, med 1,2 "
            "respektive 0,7 mnkr, i båda fallen till följd av högre entreprenadpriser.",
            [("Räddningsstationen i Storuman", 1_200_000), ("Bredbandsutbyggnaden i Gunnarn", 700_000)],
        ),
        (  # the costs first, the deviations second, each figure signed by its own word
            "En ny släckbil och ett nytt övningsfält beräknas kosta 4,1 respektive 1,6 mnkr, vilket är 0,3 mnkr "
            "mer respektive 0,8 mnkr mindre än budgeterat.",
            [("En ny släckbil", -300_000), ("Ett nytt övningsfält", 800_000)],
        ),
        (  # revenue: more is better
            "Intäkterna från hyror och taxor blev 0,3 mnkr högre respektive 0,8 mnkr lägre än budgeterat.",
            [("Intäkterna från hyror", 300_000), ("Taxor", -800_000)],
        ),
    ],
)
def test_respektive_lists_in_more_shapes(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(name, amount.sek) for name, amount in respective_items(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the second verb left out, the comparison said once at the end
            "Detta vägs upp av att pensionskostnaderna blir 1,6 mnkr lägre och finansnettot 1,3 mnkr bättre än "
            "budget.",
            [("Pensionskostnaderna", 1_600_000), ("Finansnettot", 1_300_000)],
        ),
        (  # a clause of its own after ", och", its comparison against the calculation
            "Finansnettot blir 4,1 mnkr bättre än budget genom lägre räntor, och pensionskostnaderna blir 3,1 mnkr "
            "lägre än beräknat.",
            [("Finansnettot", 4_100_000), ("Pensionskostnaderna", 3_100_000)],
        ),
        (  # its subject an abbreviation
            "Nämnd och administration visar ett litet överskott på 150 tkr genom lägre kostnader för utbildning, "
            "och LSS beräknas lämna 250 tkr bättre än budget.",
            [("Nämnd och administration", 150_000), ("LSS", 250_000)],
        ),
        (  # each figure before its area's name
            "Avvikelsen består av −14,3 mnkr hos nämnderna och +6,7 mnkr i finansieringen.",
            [("Nämnderna", -14_300_000), ("Finansieringen", 6_700_000)],
        ),
        (  # the subject after its verb, then one more area with the verb left out, then a contrast
            "Sett per kostnadsslag överstiger personalkostnaderna budget med 2,1 mnkr och köp av verksamhet med "
            "1,4 mnkr, medan övriga kostnader blir 0,6 mnkr lägre än budgeterat.",
            [
                ("Personalkostnaderna", -2_100_000),
                ("Köp av verksamhet", -1_400_000),
                ("Övriga kostnader", 600_000),
            ],
        ),
        (  # whose deviation it is, named after it
            "Bakom helårsavvikelsen ligger ett sammantaget underskott i nämnderna på 12,9 mnkr, medan "
            "finansförvaltningen ger ett överskott på 7,3 mnkr.",
            [("Nämnderna", -12_900_000), ("Finansförvaltningen", 7_300_000)],
        ),
        (  # a side whose subject lists several names keeps them all
            "Nämnderna prognostiserar ett underskott på 12,9 mnkr, medan skatteintäkter, generella statsbidrag "
            "och finansnetto ger ett överskott på 7,3 mnkr.",
            [
                ("Nämnderna", -12_900_000),
                ("Skatteintäkter, generella statsbidrag och finansnetto", 7_300_000),
            ],
        ),
        ("Underskottet är −3 mnkr i april och −2 mnkr i mars.", []),  # figures of two months: no areas
    ],
)
def test_two_areas_with_a_figure_each_in_more_sentence_shapes(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(name, pytest.approx(amount.sek)) for name, amount in areas_with_amounts(text)] == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Socialnämndens underskott fördelas på äldreomsorgen med −4,1 mkr och individ- och familjeomsorgen "
            "med −2,7 mkr.",
            [("Äldreomsorgen", -4_100_000), ("Individ- och familjeomsorgen", -2_700_000)],
        ),
        (
            "Överskottet fördelar sig med 1,2 mnkr på yrkesprogrammen och 0,7 mnkr på de högskoleförberedande "
            "programmen.",
            [("Yrkesprogrammen", 1_200_000), ("Högskoleförberedande programmen", 700_000)],
        ),
        (
            "Av underskottet hänförs 2 600 tkr till hemtjänsten och 800 tkr till korttidsvården.",
            [("Hemtjänsten", -2_600_000), ("Korttidsvården", -800_000)],
        ),
        (  # no word for the deviation's way: the figures as printed
            "Av avvikelsen avser 4,0 mnkr behandlingsavgifter och 2,7 mnkr materialförsäljning.",
            [("Behandlingsavgifter", 4_000_000), ("Materialförsäljning", 2_700_000)],
        ),
        ("Underskottet fördelas på flera verksamheter inom nämnden.", []),
        ("Av underskottet avser 4,3 mnkr grundskolan.", []),  # one part: the total's breakdown
    ],
)
def test_a_deviation_distributed_over_its_parts_is_an_item_per_part(
    text: str, parts: list[tuple[str, int]]
) -> None:
    found = areas_with_amounts(text)
    assert [(name, round(amount.sek or 0)) for name, amount in found if amount] == parts


def test_names_after_what_they_offset_are_the_areas() -> None:
    text = "Det vägs upp av ett finansnetto och pensionskostnader som blir 1,9 respektive 1,2 mnkr bättre än budget."
    assert [(name, amount.sek) for name, amount in areas_with_amounts(text) if amount] == [
        ("Finansnetto", 1_900_000),
        ("Pensionskostnader", 1_200_000),
    ]


def test_a_respektive_pair_after_a_clause_and_och() -> None:
    text = "Ombyggnaden av Järntorget och inköpen av fordon har senarelagts, och 4,6 respektive 2,1 mnkr begärs överförda."
    assert [(name, amount.sek) for name, amount in areas_with_amounts(text) if amount] == [
        ("Ombyggnaden av Järntorget", 4_600_000),
        ("Inköpen av fordon", 2_100_000),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the second side's comparison left out: it goes the first side's way
            "Skatteintäkterna blir 3,8 mnkr högre än budget enligt SKR:s prognos, och de generella statsbidragen "
            "0,9 mnkr högre.",
            [("Skatteintäkterna", 3_800_000), ("Generella statsbidragen", 900_000)],
        ),
        (  # "de" with an adjective opens a subject; "överträffade budget" is a claim of its own
            "Skatteintäkterna blev 4,9 mnkr högre än budget efter slutavräkningen, och de generella statsbidragen "
            "överträffade budget med 5,2 mnkr.",
            [("Skatteintäkterna", 4_900_000), ("Generella statsbidragen", 5_200_000)],
        ),
        (  # a subject without an article: "och" is no part of its name
            "Skatteintäkterna beräknas bli 2,9 mkr lägre än budget, och finansnettot väntas bli 2,5 mnkr bättre tack "
            "vare högre ränteintäkter.",
            [("Skatteintäkterna", -2_900_000), ("Finansnettot", 2_500_000)],
        ),
    ],
)
def test_a_second_area_after_och_with_its_own_claim(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(name, round(amount.sek or 0)) for name, amount in areas_with_amounts(text) if amount] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lokal- och övriga kostnader. Lägre hyra för Ågården efter en omförhandling och återhållsamhet med inköp "
            "ger sammantaget 0,8 respektive 1,1 mnkr i överskott.",
            [("Lokalkostnader", 800_000), ("Övriga kostnader", 1_100_000)],
        ),
        (
            "Övriga kostnader och kapitalkostnader. Lägre kostnader för utbildning samt lägre avskrivningar "
            "förbättrar resultatet med 750 respektive 800 tkr.",
            [("Övriga kostnader", 750_000), ("Kapitalkostnader", 800_000)],
        ),
    ],
)
def test_a_run_in_label_that_coordinates_two_names_names_the_respektive_figures(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(name, round(amount.sek or 0)) for name, amount in areas_with_amounts(text) if amount] == expected


def test_a_respektive_list_of_levels_without_a_word_of_deviation_is_no_list() -> None:
    text = (
        "Under hösten har tre barn placerats på HVB, och två av placeringarna, med dygnskostnader på 5 200 "
        "respektive 7 800 kronor, väntas pågå året ut."
    )
    assert areas_with_amounts(text) == []


def test_going_over_ones_frames_and_a_contribution_against_budget_are_two_sides() -> None:
    text = (
        "Avvikelsen förklaras av verksamheterna, som sammantaget räknar med att gå 7,9 mnkr över sina ramar, "
        "medan finansieringen väntas ge ett tillskott mot budget på 1,5 mnkr."
    )
    assert [(name, round(amount.sek or 0)) for name, amount in areas_with_amounts(text) if amount] == [
        (None, -7_900_000),
        ("Finansieringen", 1_500_000),
    ]
