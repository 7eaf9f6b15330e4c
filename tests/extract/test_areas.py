"""The area a passage names: its subject, a run-in label, a heading; never a time or all the units together."""

import pytest

from extract import cues
from extract.area_candidates import (
    AreaCandidate,
    area_candidates,
    area_of_amount_heading,
    candidate_features,
    own_subject_under_area_heading,
    says_when,
)
from extract.areas import subject_area
from extract.types import TableRow


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Hemtjänsten har ett underskott på 2,1 mnkr till följd av fler timmar.", "Hemtjänsten"),
        ("Ledning +0,5 mkr (+0,6 mkr).", "Ledning"),
        ("Lokalkostnadsökningar motsvarande -0,9 mnkr.", "Lokalkostnadsökningar"),
        ("Personalkostnaderna överskrider budget med 2,4 mnkr på grund av vikarier.", "Personalkostnaderna"),
        (
            "Budgetavvikelsen för gymnasieskolan beräknas till +1,2 mnkr, främst på grund av färre elever.",
            "Gymnasieskolan",
        ),
        ("Prognosen för helåret visar på ett underskott på 12,3 miljoner kronor.", None),
        ("Barn och unga: Placeringskostnaderna överstiger budget med 5,6 mnkr.", "Barn och unga"),
        ("Kostnaderna för försörjningsstöd ligger 2,3 mnkr över budget.", "Försörjningsstöd"),
        ("Parkeringsintäkterna ser ut att bli 1 400 000 kr högre än budgeterat.", "Parkeringsintäkterna"),
        ("Renhållningen kostade 5 mnkr mer än vad nämnden hade budgeterat.", "Renhållningen"),
        ("Enheten har haft hög sjukfrånvaro, vilket medfört ökade kostnader för vikarier med 600 tkr.", None),
        ("• 3,6 miljoner kronor i underskott mot budget för fler elever inom grundskolan.", "Grundskolan"),
        ("• 1,6 mnkr i överskott inom gymnasiesärskolan än budget.", "Gymnasiesärskolan"),
        ("Förväntat resultat enligt budget är +7,5 mkr, vilket innebär en positiv avvikelse.", None),
        ("Budgeterat överskott år 2015 uppgår till 29,6 miljoner kronor, prognosen visar 22,3.", None),
        ("Hyrpersonalkostnaderna var 4 miljoner kronor högre än budget.", "Hyrpersonalkostnaderna"),
        ("Kostnaden för färdtjänst uppgick till 7 mnkr, 1 mnkr över budget.", "Färdtjänst"),
        ("Det var 2 mnkr mer än budgeterat.", None),
        ("IT-kostnader och licenser överskred budget med 1 240 tkr.", "IT-kostnader och licenser"),
        # another nämnd, in a whole-kommun report, by its verb, its name in full, or its result's owner
        ("Kulturnämnden bedömer att underskottet blir drygt fjorton miljoner kronor.", "Kulturnämnden"),
        (
            "• Vård- och omsorgsnämnden beräknar ett underskott på 28,4 mnkr (−23,1).",
            "Vård- och omsorgsnämnden",
        ),
        (
            "• 11,0 miljoner kronor i underskott inom vård- och omsorgsnämnden, där timmarna ökar.",
            "Vård- och omsorgsnämnden",
        ),
        (
            "Utbildningsnämndens underskott, nästan tio miljoner kronor, har två huvudorsaker.",
            "Utbildningsnämnden",
        ),
        (
            "• Barn- och ungdomsnämndens prognos är −15,2 mnkr. Fler barn i behov av stöd.",
            "Barn- och ungdomsnämnden",
        ),
        ("Nämndernas sammanlagda prognos är ett underskott på 41,3 mnkr (april: −28,6 mnkr).", "Nämnderna"),
        ("Socialnämndens underskott beror på fler placeringar.", None),  # the report's own nämnd
        ("Förbundet redovisar för januari–augusti ett resultat på 6,8 mnkr.", None),  # a union's own body
        # a cleft after how it is counted
        (
            "Per kostnadsslag är det köp av verksamhet som avviker mest, med 6,2 mnkr över budget.",
            "Köp av verksamhet",
        ),
        ("Av investeringsramen på 1 500 tkr har 240 tkr använts.", None),
        (
            "• Bygg- och miljönämnden tappar intäkter när bygglovsansökningarna minskar.",
            "Bygg- och miljönämnden",
        ),
        ("De generella statsbidragen överträffade budget med 5,2 mnkr.", "De generella statsbidragen"),
        ("Till detta kommer pensionskostnader som blir 2,1 mnkr lägre än budgeterat.", "Pensionskostnader"),
        (  # a run-in label with its figure in brackets
            "• Vård- och omsorgsnämnden (−9,3 mnkr): Nettokostnaden för hemtjänsten växer snabbare än budget.",
            "Vård- och omsorgsnämnden",
        ),
        ("Nämndernas sammantagna prognos är ett underskott på 14,6 mnkr.", "Nämnderna"),
        (  # a nämnd's own deviation and its figure, before any verb
            "• Miljö- och tillsynsnämndens underskott på 1,4 mnkr hänger samman med lägre intäkter.",
            "Miljö- och tillsynsnämnden",
        ),
        # any unit's result in the genitive names the unit; the whole unit's, a period's or the nämnd's own do not
        ("• Gymnasieskolans prognos är –1,2 mnkr. Fler elever läser i andra kommuner.", "Gymnasieskolan"),
        ("Hemtjänstens resultat blev 2,3 mnkr sämre än budget.", "Hemtjänsten"),
        ("Förskolans underskott på 1,2 mnkr beror på fler barn.", "Förskolan"),
        ("Tertialets resultat är 3,1 mnkr bättre än budget.", None),
        ("Kommunens underskott på 3 mnkr beror på lägre skatteintäkter.", None),
        ("Nämndens prognos är ett underskott på 2 mnkr.", None),
        # a fronted "per"/"sett till" before the verb and its subject
        ("Sett till kostnadsslag blir personalkostnaderna 1,3 mnkr lägre än budget.", "Personalkostnaderna"),
        ("Per kostnadsslag blev köp av verksamhet 3,6 mnkr högre än budget.", "Köp av verksamhet"),
        # after "Inom X", an outcome or bare costs/revenue as the subject: X is where it is
        (
            "Inom Ortopedi och rehabilitering är utfallet 2,4 mnkr bättre än budget.",
            "Ortopedi och rehabilitering",
        ),
        ("Inom vuxenutbildningen blir intäkterna 0,4 mnkr högre än budgeterat.", "Vuxenutbildningen"),
        ("Per kostnadsslag beräknas lokalkostnaderna bli 1,2 mnkr högre än budget.", "Lokalkostnaderna"),
        # after a fronted word, an outcome or the economy as a whole names no area
        ("Per april är utfallet 4,6 mkr sämre än periodiserad budget.", None),
        ("Sammanfattningsvis bedöms ekonomin vara i balans.", None),
        ("Försörjningsstödet låg däremot 0,6 miljoner kronor under budget.", "Försörjningsstödet"),
        ("Föregående månad låg helårsprognosen på −4,9 mnkr.", None),
        # what is added to the item before it names no area of its own
        (
            "Till detta kommer att lönerevisionen för lärare blev 0,4 procentenheter högre än budgeterat.",
            None,
        ),
    ],
)
def test_the_area_a_sentence_names_is_its_subject_not_a_result_phrase(text: str, area: str | None) -> None:
    assert subject_area(text, [], "Socialnämnden") == area


def test_a_label_written_as_a_sentence_of_its_own_is_a_run_in_area() -> None:
    found = area_candidates(
        "Barnpsykiatri. Prognosen är −14 mnkr efter fler remisser.", ("Områden",), [], None, False
    )
    assert ("Barnpsykiatri", "run_in") in [(c.text, c.source) for c in found]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Nettokostnaden för hemtjänsten växer snabbare än resursfördelningen.", "Hemtjänsten"),
        ("Kostnaderna inom vård- och omsorgsnämnden stiger.", "Vård- och omsorgsnämnden"),
        ("Vakanser inom ekonomi- och personalavdelningarna.", "Ekonomi- och personalavdelningarna"),
        ("Inom avdelning vuxna fortsätter kostnaderna att ligga på en hög nivå.", "Avdelning vuxna"),
        ("Inom funktionsstöd överskrids budgeten med knappt två miljoner kronor.", "Funktionsstöd"),
        (
            "• För kultur- och fritidsnämnden väntas ett litet överskott, knappt en miljon kronor.",
            "Kultur- och fritidsnämnden",
        ),
    ],
)
def test_a_phrase_after_för_or_inom_ends_before_its_verb_and_keeps_a_hyphenated_pair_also_opening_a_sentence(
    text: str, phrase: str
) -> None:
    found = [c.text for c in area_candidates(text, (), [], None, False) if c.source == "within"]
    assert found == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Utfallet för januari–augusti är 3,1 mnkr bättre än periodiserad budget.",
        "Resultatet för helåret prognostiseras till −298 mnkr, vilket är 131 mnkr sämre än årsbudgeten.",
        "Periodens utfall är 158,6 mkr, vilket är 2,8 mkr högre än budget.",
        "Resultatet för årets första åtta månader blev 71,4 mnkr.",
        "Ackumulerat till och med september är utfallet 2,2 mnkr sämre än budget.",
        "På helår prognostiserar nämnden ett underskott på 1,4 mkr.",
        "Per den 30 april visar nämnden ett överskott mot periodiserad budget på 0,8 miljoner kronor.",
    ],
)
def test_a_time_is_never_an_area(text: str) -> None:
    """'för januari–augusti', 'för helåret', 'Periodens utfall' say when, not where."""
    found = area_candidates(text, (), [], None, False)
    assert found and all(says_when(c) for c in found)


@pytest.mark.parametrize(
    ("heading", "generic"),
    [
        ("Verksamhetsområden", True),
        ("Verksamheter", True),
        ("Verksamheternas avvikelser", True),
        ("Intäkter och kostnader", True),
        # a tjänsteskrivelse's own sections
        ("Ärendebeskrivning", True),
        ("Beslutsunderlag", True),
        ("Verksamhetsområde Äldreomsorg", False),
        ("Ekonomiskt bistånd", False),
    ],
)
def test_a_heading_that_lists_the_areas_is_not_an_area(heading: str, generic: bool) -> None:
    assert (cues.GENERIC_HEADING.match(heading) is not None) == generic


def test_all_the_nämnder_together_are_not_one_of_their_table_rows() -> None:
    from extract.types import TableRow

    rows = [
        TableRow(label, ("Avvikelse",), (-1e6,), "mnkr", 1, (0, 0, 1, 1))
        for label in ("Bildningsnämnden", "Socialnämnden", "Hemtjänst")
    ]
    text = "Nämnderna redovisar sammantaget ett överskott mot budget på 4,6 mnkr."
    assert subject_area(text, rows, None) == "Nämnderna"
    assert subject_area("Hemtjänsten visar ett underskott på 2 mnkr.", rows, None) == "Hemtjänst"


def test_a_total_row_named_in_the_sentence_is_no_area() -> None:
    """ "Helårsprognosen är ett resultat på −41 mnkr …" names the table's 'Resultat' row, which is the whole
    unit, not an area of it; a row of the table named in the sentence is."""
    from extract.types import TableRow

    rows = [
        TableRow(label, ("Avvikelse",), (-1e6,), "mnkr", 1, (0, 0, 1, 1))
        for label in ("Biljettintäkter", "Tågtrafik", "Resultat")
    ]
    whole = area_candidates(
        "Helårsprognosen är ett resultat på −41,0 mnkr mot budgeterade −12,0 mnkr.", (), rows, None, False
    )
    assert "Resultat" not in [c.text for c in whole if c.source == "row"]
    part = area_candidates(
        "Ersättningsbussar under banarbetet gör att tågtrafik kostar 7 mnkr mer än budgeterat.",
        (),
        rows,
        None,
        False,
    )
    assert ("Tågtrafik", "row") in [(c.text, c.source) for c in part]


def test_a_heading_with_its_sign_in_words_names_the_area_of_its_amount() -> None:
    from extract.area_candidates import area_of_amount_heading

    assert [
        area_of_amount_heading([heading])
        for heading in (
            "Individ- och familjeomsorg, minus 3,4 mnkr",
            "Nämnd och administration, plus 0,8 mnkr",
            "Boendestöd och korttidstillsyn, −3,3 Mkr",  # a unit written with a capital
        )
    ] == ["Individ- och familjeomsorg", "Nämnd och administration", "Boendestöd och korttidstillsyn"]


def test_a_heading_naming_a_unit_of_the_administration_names_an_area_but_the_whole_administration_none() -> (
    None
):
    """ "Central förvaltning +0,7 mnkr" heads that unit's item like any area's heading (its text then holds the
    heading, as LABELS.md has it); "Hela förvaltningen −2,1 mnkr" is the whole unit, no area of it."""
    from extract.area_candidates import area_of_amount_heading

    assert [
        area_of_amount_heading([heading])
        for heading in (
            "Central förvaltning +0,7 mnkr",
            "Förvaltningsledning +1,5 mnkr",
            "Förvaltningsgemensamt – överskott 350 tkr",
            "Hela förvaltningen −2,1 mnkr",
            "Förvaltningen totalt +3,0 mnkr",
        )
    ] == ["Central förvaltning", "Förvaltningsledning", "Förvaltningsgemensamt", None, None]


def test_a_project_over_budget_or_with_its_share_of_the_deviation_is_its_own_area() -> None:
    from extract.areas import project_area

    assert [
        project_area(text, ("Investeringar",), None)
        for text in (
            "Projektet Nytt reningsverk Högboda går däremot över budget med 3,8 mnkr.",
            "Gång- och cykelvägen längs Klarälven står för 9,0 mnkr av avvikelsen.",
            "Investeringarna går 12 mnkr under budget.",  # the section's total, not a project
            "Den nya reservvattentäkten i Särna blir däremot 2,3 mkr dyrare än projektbudgeten.",
            "Projektet gång- och cykelväg Lyckeby–Nättraby beräknas kosta 3,1 mnkr mer än projektbudgeten.",
            "Projektet med nya vattenledningar i Hedenäset blir 1,8 mnkr dyrare än kalkylen.",
            "Den största skillnaden gäller reningsverket i Rätan, där 9,0 mnkr förskjuts till 2027.",
        )
    ] == [
        "Nytt reningsverk Högboda",
        "Gång- och cykelvägen längs Klarälven",
        None,
        "Reservvattentäkten i Särna",
        "Gång- och cykelväg Lyckeby–Nättraby",
        "Nya vattenledningar i Hedenäset",
        "Reningsverket i Rätan",
    ]


def test_a_subject_takes_a_table_rows_name_only_from_a_words_start() -> None:
    from extract.types import TableRow

    rows = [TableRow(label, ("Avvikelse",), (1.0,), "tkr", 1, (0, 0, 1, 1)) for label in ("Hemtjänst", "LSS")]
    text = "Tjänsten som verksamhetschef för vård och omsorg var vakant under första halvåret."
    assert subject_area(text, rows, None) != "Hemtjänst"
    assert subject_area("Hemtjänsten i egen regi har fler timmar än budgeterat.", rows, None) == "Hemtjänst"


def test_a_table_row_with_a_hyphenated_name_is_named_in_the_opening() -> None:
    """ "Miljö- och tillsynsnämnden" in the table and in the sentence is one name (labels are compared without
    their hyphens), and "För att …" names no area."""
    row = TableRow("Miljö- och tillsynsnämnden", ("Avvikelse",), (-1_400_000,), "tkr", 1, (0, 0, 1, 1))
    text = "Inom miljö- och tillsynsnämnden blir intäkterna lägre. För att klara budget ses taxan över."
    found = [(c.text, c.source) for c in area_candidates(text, (), [row], None, True)]
    assert ("Miljö- och tillsynsnämnden", "within") in found
    found = [
        (c.text, c.source)
        for c in area_candidates(
            "Nämnden ser över taxan i Miljö- och tillsynsnämnden.", (), [row], None, True
        )
    ]
    assert ("Miljö- och tillsynsnämnden", "row") in found
    assert not [
        c
        for c in area_candidates("För att klara budgeten ses taxan över.", (), [], None, False)
        if c.source == "within"
    ]


def test_a_row_is_named_from_a_words_start_and_a_short_label_only_as_a_word() -> None:
    """ "Kost" is no row of "… lägre kemikaliekostnader" or "kostnaderna"; "Personalkostnader" is one of
    "personalkostnaderna", and "Kost" of "inom kost och städ"."""
    rows = [
        TableRow(label, ("Avvikelse",), (-1e6,), "mnkr", 1, (0, 0, 1, 1))
        for label in ("Kost", "Personalkostnader")
    ]

    def named(text: str) -> list[str]:
        return [c.text for c in area_candidates(text, (), rows, None, False)]

    assert "Kost" not in named(
        "VA-verksamheten ger ett överskott genom lägre kemikaliekostnader vid reningsverket."
    )
    assert "Kost" not in named("Kostnaderna för städ blir lägre än budget.")
    assert "Personalkostnader" in named("Personalkostnaderna blir 1,1 mnkr lägre än budget.")
    assert "Kost" in named("Inom kost och städ blir utfallet bättre än budget.")


def test_a_heading_with_its_figure_and_verdict_names_its_area() -> None:
    from extract.area_candidates import area_of_amount_heading

    assert area_of_amount_heading(("Tertialrapport", "Måltidsservice, 1,7 miljoner kronor över budget")) == (
        "Måltidsservice"
    )
    assert area_of_amount_heading(("Tertialrapport", "Resultat i förhållande till budget")) is None


@pytest.mark.parametrize(
    ("subject", "text", "claims"),
    [
        ("Färdtjänsten", "Färdtjänsten väntas däremot bli 1,1 mnkr billigare än budgeterat.", True),
        (
            "Patientavgifterna",
            "Patientavgifterna blir sammantaget 12 miljoner kronor bättre än budget.",
            True,
        ),
        ("Sjukfrånvaron", "Sjukfrånvaron har varit hög under våren, vilket har krävt vikarier.", False),
    ],
)
def test_the_area_model_knows_a_subject_that_states_its_own_deviation(
    subject: str, text: str, claims: bool
) -> None:
    """A subject with its own deviation and figure in its clause is more likely the area than the heading over it."""
    features = candidate_features(AreaCandidate(subject, "subject"), text, ("Kollektivtrafik",), [], False)
    assert ("subject_claims" in features) is claims


def test_the_organisations_own_costs_under_a_heading_with_their_figure_are_an_area() -> None:
    """ "Förvaltningens egna kostnader +12 mnkr" names a part of the organisation; "Kommunen totalt" does not."""
    from extract.area_candidates import area_of_amount_heading

    assert (
        area_of_amount_heading(("Kommentarer", "Nämndens egna kostnader +4 mnkr"))
        == "Nämndens egna kostnader"
    )
    assert area_of_amount_heading(("Kommentarer", "Kommunen totalt +3,1 mnkr")) is None


def test_a_subject_naming_one_kind_of_the_headings_class_of_accounts_is_the_narrower_area() -> None:
    from extract.area_candidates import narrower_subject

    text = "Läkemedelskostnaderna prognostiseras till 212 mnkr, vilket är 11 mnkr mer än budgeterat."
    found = area_candidates(text, ("Ekonomi", "Kostnader"), [], None, False)
    heading = next(c for c in found if c.source == "heading")
    assert narrower_subject(heading, found).text == "Läkemedelskostnaderna"  # type: ignore[union-attr]
    other = area_candidates(text, ("Ekonomi", "Hälso- och sjukvård"), [], None, False)
    assert narrower_subject(next(c for c in other if c.source == "heading"), other) is None


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Läkemedelskostnaderna inom förmånen ligger 47 mnkr över budget för helåret.",
            "Läkemedelskostnaderna inom förmånen",
        ),
        (
            "Digitala vårdtjänster beräknas gå med ett överskott om drygt 6 miljoner kronor.",
            "Digitala vårdtjänster",
        ),
        ("Hälsovalet har också fått fler listade invånare än budgeterat.", None),  # the heading's own area
        ("Kostnaderna blir 2 mnkr högre än budgeterat.", None),  # no subject of its own
        (
            "Läkemedelskostnaderna inom förmånen har ökat med 4 procent sedan förra året.",
            None,
        ),  # no deviation
    ],
)
def test_a_later_paragraph_under_an_areas_amount_heading_may_open_on_a_subject_of_its_own(
    text: str, own: str | None
) -> None:
    """LABELS.md: a heading with its area and amount belongs to the item right under it. A later paragraph that
    opens on a subject of its own and states that subject's deviation is that subject's, not the heading's."""
    headings = ("Verksamheternas avvikelser", "Hälsoval, privata vårdgivare +14 mnkr")
    assert own_subject_under_area_heading(text, headings) == own


def test_a_unit_named_for_the_economy_is_an_area_and_an_event_told_with_som_is_no_subject_area() -> None:
    """ "Ekonomi och upphandling +420 tkr" names a unit (not the generic "Ekonomi" of a report's section), and
    "Föräldraledigheter som inte ersatts fullt ut ger ett överskott." under it tells what happened there: the
    heading's area stays."""
    headings = ("Kommentarer per verksamhet", "Ekonomi och upphandling +420 tkr")
    assert area_of_amount_heading(headings) == "Ekonomi och upphandling"
    text = "Föräldraledigheter som inte ersatts fullt ut ger ett överskott."
    assert own_subject_under_area_heading(text, headings) is None
    for generic in (
        "Ekonomi",
        "Ekonomi och verksamhet",
        "Ekonomiavdelningens kommentar",
        "Ekonomisk översikt",
    ):
        assert cues.GENERIC_HEADING.match(generic), generic
    assert not cues.GENERIC_HEADING.match("Ekonomiavdelningen")


def test_a_committees_own_buffer_is_an_area_but_its_result_is_not() -> None:
    assert area_of_amount_heading(("Kommentarer", "Nämndens buffert +1 000 tkr")) == "Nämndens buffert"
    assert area_of_amount_heading(("Kommentarer", "Förvaltningens ofördelade reserv +0,5 mnkr")) is not None
    assert area_of_amount_heading(("Kommentarer", "Nämndens resultat +1 000 tkr")) is None


def test_a_project_named_as_the_largest_deviation_is_its_area_however_its_figure_is_said() -> None:
    from extract.areas import project_area

    text = "Den största avvikelsen avser nya Vallaskolan, där byggstarten har skjutits upp och 41 mnkr inte förbrukas."
    assert project_area(text, ("Investeringar",), None) == "Vallaskolan"


def test_a_name_of_two_words_joined_by_och_after_inom_is_kept_whole() -> None:
    text = "Inom nämnd och administration finns ett överskott som beror på lägre kostnader för IT-stöd."
    assert AreaCandidate("Nämnd och administration", "within") in area_candidates(text, (), [], None, False)
    # "och" before a new clause still ends the name
    text = "Inom hemtjänsten och kostnaderna för larm har underskottet ökat."
    assert AreaCandidate("Hemtjänsten", "within") in area_candidates(text, (), [], None, False)


def test_the_subject_after_a_fronted_phrase_and_a_verb_in_the_past_is_the_area() -> None:
    text = (
        "Sett till kostnadsslag överskred personalkostnaderna budget med 3 950 tkr, främst inom hemtjänsten."
    )
    assert subject_area(text, [], None) == "Personalkostnaderna"
