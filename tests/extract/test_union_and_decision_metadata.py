"""Metadata of a kommunalförbund that describes itself on a line of its own, and of a decision for a year that
follows up no budget."""

import pytest

from extract.metadata import find_municipality, read_metadata


def test_a_union_described_on_its_title_page_is_its_own_municipality_not_a_member_it_names() -> None:
    """ "Brandkåren Norra Dalarna, kommunalförbund för Mora, Orsa och Älvdalen": the members, and "Älvdalens
    kommun" in the first paragraph, are not the report's body."""
    title = [
        "Tertialrapport 2 – januari–augusti 2025",
        "Brandkåren Norra Dalarna, kommunalförbund för Mora, Orsa och Älvdalen",
        "Förbundets ekonomi",
        "Förbundet visar efter augusti ett överskott mot periodiserad budget på 0,7 mnkr.",
        "Helårsprognosen är ett underskott, och det är sommarens bränder i Älvdalens kommun som ligger bakom.",
    ]
    meta = read_metadata(title, [], {"title": "Tertialrapport 2 2025"}, "\n".join(title), "rapport.pdf")
    assert (meta.municipality, meta.period, meta.report_type) == (
        "Brandkåren Norra Dalarna",
        "2025-08",
        "tertialrapport",
    )


def test_a_grant_distribution_is_a_decision_for_its_year_and_no_interim_report() -> None:
    """ "Kommunstyrelsen fördelar föreningsbidrag" is no "delår" ("fördelar"), and the applications due on
    31 January do not make the period January: the document is the year's decision."""
    title = [
        "Fördelning av föreningsbidrag 2026",
        "Kommunstyrelsen",
        "Förslag till beslut",
        "Kommunstyrelsen fördelar föreningsbidrag för 2026 enligt bilaga 1.",
        "Kultur- och fritidsenheten har gått igenom de ansökningar som kom in till och med den 31 januari 2026.",
    ]
    meta = read_metadata(
        title, [], {"title": "Fördelning av föreningsbidrag 2026"}, "\n".join(title), "rapport.pdf"
    )
    assert (meta.municipality, meta.period, meta.report_type) == (None, "2026", "bidragsfördelning")


def test_a_union_that_names_itself_kommunalforbund_is_its_own_municipality() -> None:
    """ "Vafab Miljö Kommunalförbund" on the title line; "Förbundets ekonomi" is a heading, not a name."""
    title = [
        "Tertialrapport 2 2025",
        "Vafab Miljö Kommunalförbund – januari–augusti",
        "Förbundets ekonomi",
        "Periodens resultat, 4,1 mnkr, överträffar den periodiserade budgeten med 2,1 mnkr.",
    ]
    meta = read_metadata(title, [], {"title": "Tertialrapport 2 2025"}, "\n".join(title), "rapport.pdf")
    assert meta.municipality == "Vafab Miljö Kommunalförbund"


def test_a_union_named_in_the_genitive_with_kommunalförbund_is_its_own_municipality() -> None:
    title = [
        "Årsredovisning 2025",
        "Fyrbodals kommunalförbund",
        "Förbundet samverkar med Västra Götalandsregionen.",
    ]
    meta = read_metadata(title, [], {"title": "Årsredovisning 2025"}, "\n".join(title), "rapport.pdf")
    assert meta.municipality == "Fyrbodals kommunalförbund"


def test_a_unions_name_on_a_title_line_goes_before_a_member_a_sentence_on_the_title_page_names() -> None:
    title = [
        "Delårsrapport januari–augusti 2025",
        "Kalmarsunds gymnasieförbund",
        "Förbundets resultat för perioden är 9,4 mnkr, vilket är 5,1 mnkr bättre än periodens budget.",
        "Medlemskommunernas bidrag uppgår till 612,5 mnkr, varav Kalmar kommun svarar för 71 procent.",
    ]
    meta = read_metadata(title, [], {"title": "Delårsrapport 2025"}, "\n".join(title), "rapport.pdf")
    assert meta.municipality == "Kalmarsunds gymnasieförbund"


def test_a_union_named_as_one_word_or_after_a_place_and_a_dash_keeps_its_whole_name() -> None:
    title = ["Tertialrapport 1 2026", "Höglandsförbundet – januari–april", "Ekonomisk översikt"]
    meta = read_metadata(title, [], {"author": "Höglandsförbundet"}, "\n".join(title), "rapport.pdf")
    assert meta.municipality == "Höglandsförbundet"
    title = ["Årsredovisning 2025", "Ystad–Österlenregionens miljöförbund", "Förbundschefen har ordet"]
    meta = read_metadata(title, [], {}, "\n".join(title), "rapport.pdf")
    assert meta.municipality == "Ystad–Österlenregionens miljöförbund"


def test_a_union_named_without_forbund_on_its_title_line_is_its_own_municipality() -> None:
    """ "Tolkförmedling Väst" on the title line and "Förbundets resultat" in the text: the union, not the member
    a sentence names."""
    title = [
        "Tertialrapport 2 2025",
        "Tolkförmedling Väst, perioden januari–augusti",
        "Ekonomiskt resultat",
        "Förbundets resultat för perioden är +3,4 mnkr. Göteborgs Stad står för hälften av uppdragen.",
    ]
    meta = read_metadata(title, [], {}, "\n".join(title), "rapport.pdf")
    assert meta.municipality == "Tolkförmedling Väst"


def test_a_union_named_as_one_region_of_kommuner_is_its_own_municipality() -> None:
    """ "Göteborgsregionen – Förbundsstyrelsen" over "Förbundets prognos …": the union, not Göteborg."""
    title = [
        "Tertialrapport januari–april 2026",
        "Göteborgsregionen – Förbundsstyrelsen",
        "Förbundets prognos för 2026 är ett resultat på 1 200 tkr, 2 300 tkr lägre än budgeterat.",
    ]
    meta = read_metadata(title, [], {}, "\n".join(title), "rapport.pdf")
    assert meta.municipality == "Göteborgsregionen"
    assert meta.committee == "Förbundsstyrelsen"


def test_a_committee_named_nämnden_för_ends_at_its_last_lower_case_word() -> None:
    """ "Nämnden för Teknik" on a line before "Förslag till beslut": the next line is no part of its name."""
    title = [
        "Tjänsteskrivelse",
        "Ekonomisk uppföljning per april 2026, Nämnden för Teknik",
        "Förslag till beslut",
        "Nämnden för Teknik godkänner den ekonomiska uppföljningen per april 2026.",
    ]
    meta = read_metadata(title, [], {}, "\n".join(title), "kungsbacka-uppfoljning.pdf")
    assert meta.committee == "Nämnden för Teknik"
    assert read_metadata(["Nämnden för arbete och välfärd"], [], {}, "", "x.pdf").committee == (
        "Nämnden för arbete och välfärd"
    )
    assert read_metadata(
        ["Månadsrapport november 2025", "Nämnd för folkhälsa och sjukvård"], [], {}, "", "x.pdf"
    ).committee == ("Nämnd för folkhälsa och sjukvård")


def test_a_report_that_opens_on_the_kommuns_result_is_the_kommunstyrelsens() -> None:
    """No committee in the title; the body opens on "Kommunens resultat …" and names Socialnämnden twice later,
    as one part of the kommun: the whole kommun's report."""
    title = ["Delårsrapport januari–augusti 2025", "Kinda kommun", "Ekonomiskt resultat"]
    body = (
        "Kommunens resultat för perioden uppgår till 24,6 miljoner kronor, vilket är 8,2 miljoner kronor bättre än "
        "periodens budget, och prognosen för helåret är ett resultat på 6,1 miljoner kronor, elva miljoner kronor "
        "lägre än budgeterat. Försämringen mot budget förklaras i huvudsak av underskott inom vård och omsorg och "
        "individ- och familjeomsorgen, medan skatteintäkterna väntas bli något högre än beräknat.\nSocialnämnden har beslutat om en handlingsplan för hemtjänsten.\nPlaceringarna inom "
        "socialnämndens verksamheter har ökat."
    )
    meta = read_metadata(title, [], {}, body, "kinda-ks-delarsrapport-2025-08.pdf")
    assert meta.committee == "Kommunstyrelsen"


def test_a_regions_board_of_one_hospital_is_the_committee() -> None:
    title = ["Månadsrapport november 2025", "Styrelsen för Skaraborgs Sjukhus", "Region Västra Götaland"]
    meta = read_metadata(title, [], {}, "\n".join(title), "skas-manadsrapport.pdf")
    assert meta.committee == "Styrelsen för Skaraborgs Sjukhus"


def test_a_regions_report_titled_by_its_hospital_is_that_hospitals_boards() -> None:
    title = ["Verksamhetsberättelse 2025", "Karolinska Universitetssjukhuset"]
    body = "Karolinska Universitetssjukhuset redovisar för 2025 ett resultat på −412 mnkr. Hälso- och sjukvårdsnämnden …"
    meta = read_metadata(title, ["Region Stockholm"], {}, body, "region-stockholm-karolinska-2025.pdf")
    assert meta.committee == "Styrelsen för Karolinska Universitetssjukhuset"


def test_a_samordningsförbund_is_run_by_its_styrelse() -> None:
    title = ["Delårsrapport januari–augusti 2025", "Samordningsförbundet Östra Södertörn"]
    body = "Förbundets resultat för januari–augusti är 90 tkr.\nStyrelsen har beslutat att inte starta nya insatser."
    meta = read_metadata(title, ["Styrelsens sammanträde 2025-09-26"], {}, body, "samordningsforbundet.pdf")
    assert meta.committee == "Styrelsen"
    # by law, whether or not its text names the board with a capital
    body = (
        "Förbundets resultat för 2025 är −1 240 tkr. Under hösten beslutade styrelsen att förlänga insatsen."
    )
    assert read_metadata(title, [], {}, body, "samordningsforbundet.pdf").committee == "Styrelsen"


def test_a_committee_of_three_names_keeps_them_all() -> None:
    title = ["Verksamhetsberättelse 2025", "Kultur-, idrotts- och fritidsnämnden"]
    meta = read_metadata(
        title, [], {}, "Nämnden redovisar ett resultat på +3,6 miljoner kronor.", "vasteras.pdf"
    )
    assert meta.committee == "Kultur-, idrotts- och fritidsnämnden"


def test_a_company_the_kommuner_own_is_its_own_body_and_its_board_the_committee() -> None:
    title = ["Delårsrapport januari–augusti 2025", "Gryaab AB"]
    body = "Resultatet efter finansiella poster för perioden uppgick till 14,6 mnkr, vilket är 5,2 mnkr bättre än budget."
    meta = read_metadata(title, [], {}, body, "gryaab-delarsrapport-2025-08.pdf")
    assert (meta.municipality, meta.committee, meta.period) == ("Gryaab AB", "Styrelsen", "2025-08")


@pytest.mark.parametrize(
    ("company", "owners", "running"),
    [
        (
            "Falun Borlänge-regionen AB",
            "Ägarbidragen från Falu kommun och Borlänge kommun följer budget.",
            [],
        ),
        (
            "Uppsala Vatten och Avfall AB",
            "Bolaget ägs av Uppsala kommun.",
            ["Uppsala Vatten och Avfall AB | Sida 2"],
        ),
    ],
)
def test_a_company_named_after_a_kommun_is_still_its_own_body(
    company: str, owners: str, running: list[str]
) -> None:
    """The kommun in the company's own name is not a line naming the kommun ("Falun" in "Falun Borlänge-regionen
    AB"): the company reports, not its owner; a kommun named on a line of its own still wins (the test above)."""
    title = ["Ekonomisk uppföljning per juni 2025", company, "Resultat och prognos"]
    body = f"Bolaget redovisar ett resultat på −420 tkr för januari–juni, mot budgeterade 150 tkr. {owners}"
    meta = read_metadata(title, running, {}, body, "bolaget-uppfoljning-2025-06.pdf")
    assert (meta.municipality, meta.committee) == (company, "Styrelsen")


def test_a_committee_named_with_an_abbreviation_is_named_as_the_report_spells_it_out() -> None:
    """ "Styrelsen för NSVO, sammanträde …" in the running header of a report titled "Norra sjukvårdsområdet
    (NSVO)": the board of the spelled-out name, which is what a reader searches for."""
    title = ["Tertialrapport 2 2025", "Norra sjukvårdsområdet (NSVO)"]
    body = "NSVO redovisar för perioden ett resultat på −12,4 miljoner kronor, 8,1 miljoner kronor sämre än budget."
    running = ["Styrelsen för NSVO, sammanträde 2025-09-30"]
    meta = read_metadata(title, running, {}, body, "region-exempel-nsvo-tertialrapport-2025-08.pdf")
    assert meta.committee == "Styrelsen för Norra sjukvårdsområdet"
    # an abbreviation the report never spells out stays as it is
    meta = read_metadata(["Tertialrapport 2 2025"], running, {}, body, "nsvo-2025-08.pdf")
    assert meta.committee == "Styrelsen för NSVO"


def test_a_joint_committee_of_several_kommuner_is_a_body_of_its_own() -> None:
    """ "Västra Mälardalens överförmyndarnämnd – gemensam nämnd för Köping, Arboga och Kungsör": the joint committee
    is the report's body, not one of the kommuner it serves; so when the text says it is one."""
    title = [
        "Delårsrapport januari–augusti 2025",
        "Östra Vätterns bygg- och miljönämnd – gemensam nämnd för Vadstena och Ödeshög",
    ]
    meta = read_metadata(
        title, [], {}, "Resultatet för perioden är +420 tkr.", "ostra-vatterns-bmn-2025-08.pdf"
    )
    assert meta.municipality == "Östra Vätterns bygg- och miljönämnd"
    body = "Östra Vätterns bygg- och miljönämnd är en gemensam nämnd för Vadstena och Ödeshög. Resultatet är +420 tkr."
    assert find_municipality(["Delårsrapport januari–augusti 2025"], body, "delarsrapport-2025-08.pdf") == (
        "Östra Vätterns bygg- och miljönämnd"
    )


@pytest.mark.parametrize(
    ("heading", "committee"),
    [
        ("Nämnd för trafik, infrastruktur och miljö", "Nämnd för trafik, infrastruktur och miljö"),
        ("Styrelsen för NU-sjukvården", "Styrelsen för NU-sjukvården"),
    ],
)
def test_a_regions_committee_keeps_its_whole_name(heading: str, committee: str) -> None:
    """A list of fields before "och", and a hyphen in a board's name, are part of the committee's name."""
    meta = read_metadata(
        ["Delårsrapport januari–augusti 2025", heading], [], {}, "", "region-exempel-2025-08.pdf"
    )
    assert meta.committee == committee


def test_a_union_named_with_its_county_is_that_union_not_the_town_in_its_name() -> None:
    """ "Arkivcentrum Västmanlands län" on the title page of a report that calls itself "förbundet": the union,
    not the kommun its county is named after."""
    title = ["Ekonomisk uppföljning januari–juni 2026", "Arkivcentrum Västmanlands län"]
    body = "Förbundets resultat för första halvåret är 412 tkr, vilket är 268 tkr bättre än budget."
    meta = read_metadata(title, [], {}, body, "arkivcentrum-2026-06.pdf")
    assert meta.municipality == "Arkivcentrum Västmanlands län"


def test_a_company_with_och_in_its_name_and_a_drift_committee_with_a_list_of_fields() -> None:
    """ "Dala Vatten och Avfall AB", a company the kommuner own, is its own body, run by its Styrelsen; a region's
    "Driftnämnden Ambulans, diagnostik och hälsa" keeps every field it is named for."""
    body = "Bolagets resultat efter finansiella poster för januari–april blev 3 420 tkr."
    meta = read_metadata(
        ["Tertialrapport januari–april 2026", "Mälar Energi och Vatten AB"], [], {}, body, "x.pdf"
    )
    assert (meta.municipality, meta.committee) == ("Mälar Energi och Vatten AB", "Styrelsen")
    # an ampersand for the "och", and the owners named in its first sentence
    body = "Styrelsen föreslår att kommunfullmäktige i Sundsvall, Timrå och Nordanstig antar taxan."
    meta = read_metadata(["Förslag till VA-taxa 2027", "Norrvatten & Avfall AB"], [], {}, body, "x.pdf")
    assert (meta.municipality, meta.committee) == ("Norrvatten & Avfall AB", "Styrelsen")
    title = ["Månadsrapport januari–november 2025", "Driftnämnden Ambulans, diagnostik och hälsa"]
    meta = read_metadata(title, ["Region Halland"], {}, "", "region-halland-2025-11.pdf")
    assert meta.committee == "Driftnämnden Ambulans, diagnostik och hälsa"


def test_a_council_of_kommuner_titled_by_its_one_word_name_is_its_own_body_run_by_its_board() -> None:
    """ "Hälsingerådet – Utvecklingskontoret" over a text on its member kommuner: a joint body named neither kommun
    nor förbund, whose report is its board's."""
    title = ["Ekonomisk rapport januari–augusti 2025", "Mälardalsrådet – Kansliet", "Resultat och prognos"]
    body = (
        "Mälardalsrådet finansieras genom årsavgifter från de sex medlemskommunerna Arboga, Köping, Kungsör, Eskilstuna,"
        " Strängnäs och Västerås. Resultatet för perioden är ett överskott på 612 tkr."
    )
    meta = read_metadata(title, [], {}, body, "radet-2025-08.pdf")
    assert (meta.municipality, meta.committee, meta.period) == ("Mälardalsrådet", "Styrelsen", "2025-08")


def test_a_body_titled_by_its_place_and_kind_that_its_text_names_by_its_kind_is_its_own_body() -> None:
    """ "Höje å vattenråd" over "Vattenrådets resultat …": a council of kommuner and others, named neither kommun nor
    förbund, whose report is its board's; a title line the text does not speak of as itself names no body."""
    title = ["Ekonomisk uppföljning januari–september 2025", "Kävlingeåns vattenråd", "Resultat"]
    body = "Vattenrådets resultat för januari–september är 412 tkr, att jämföra med ett budgeterat resultat på 150 tkr."
    meta = read_metadata(title, [], {}, body, "vattenrad-2025-09.pdf")
    assert (meta.municipality, meta.committee) == ("Kävlingeåns vattenråd", "Styrelsen")
    elsewhere = "Resultatet för januari–september är 412 tkr. Rådet för folkhälsa har inte sammanträtt."
    assert read_metadata(title, [], {}, elsewhere, "vattenrad-2025-09.pdf").municipality is None


@pytest.mark.parametrize(
    ("name", "body"),
    [
        # a body that says what it is
        (
            "Östersjörådet",
            "Östersjörådet är en ideell förening där kommuner och regioner samverkar kring trafik.",
        ),
        # a one-word name the text opens its figures with
        (
            "Storgöta",
            "Storgötas resultat för perioden är 2 140 tkr, att jämföra med ett budgeterat resultat på 600 tkr.",
        ),
    ],
)
def test_a_joint_body_named_by_one_word_is_its_own_body_run_by_its_board(name: str, body: str) -> None:
    meta = read_metadata(
        ["Delårsrapport januari–augusti 2025", name, "Ekonomiskt resultat"], [], {}, body, "x.pdf"
    )
    assert (meta.municipality, meta.committee) == (name, "Styrelsen")


def test_a_one_word_title_that_names_a_committee_or_a_kommun_is_no_joint_body() -> None:
    body = "Socialnämndens resultat för perioden är 2 140 tkr bättre än budget."
    meta = read_metadata(["Delårsrapport 2025", "Socialnämnden"], [], {}, body, "x.pdf")
    assert meta.municipality is None and meta.committee == "Socialnämnden"


def test_a_joint_committee_titled_by_its_name_beats_its_host_kommun_on_the_letterhead() -> None:
    """ "Norrhälsinge miljö- och räddningsnämnd" over "Nämnden är en gemensam nämnd för Hudiksvalls och Nordanstigs
    kommuner med Hudiksvall som värdkommun", the host kommun in the running footer: the joint committee reports."""
    title = ["Delårsrapport januari–augusti 2025", "Västhälsinge bygg- och miljönämnd", "Nämndens uppdrag"]
    body = "Nämnden är en gemensam nämnd för Bollnäs och Ovanåkers kommuner med Bollnäs som värdkommun."
    meta = read_metadata(
        title, ["Delårsrapport 2025 | Bollnäs kommun"], {"author": "Bollnäs kommun"}, body, "x.pdf"
    )
    assert meta.municipality == "Västhälsinge bygg- och miljönämnd"


def test_a_joint_body_whose_text_opens_on_its_own_figures_and_a_union_named_with_its_area() -> None:
    """ "Mittskåne Vatten" over "Mittskåne Vattens prognos för 2025 är …": the body that reports; and a
    samordningsförbund named with the area it serves keeps it ("Samordningsförbundet RAR i Sörmland")."""
    body = "Nordväst Vattens prognos för 2025 är ett underskott på 2,8 mnkr mot budget."
    meta = read_metadata(
        ["Delårsrapport januari–augusti 2025", "Nordväst Vatten", "Resultat"], [], {}, body, "x.pdf"
    )
    assert meta.municipality == "Nordväst Vatten"
    body = "Förbundets resultat för perioden är 843 tkr."
    title = ["Delårsrapport 2025-08-31", "Samordningsförbundet RAR i Sörmland", "Förbundets uppdrag"]
    assert read_metadata(title, [], {}, body, "x.pdf").municipality == "Samordningsförbundet RAR i Sörmland"


def test_a_union_named_after_a_place_of_two_words_is_run_by_the_board_its_text_names() -> None:
    """ "Göta älvs vattenvårdsförbund": a place of two words in the genitive, the second in lower case; its text
    speaks of "styrelsen" in lower case, so its board reports, not a direktion."""
    title = ["Delårsrapport januari–augusti 2025", "Dals älvs vattenvårdsförbund", "Verksamheten"]
    body = "Förbundets resultat för perioden är 312 tkr. Vid styrelsemötet i juni beslutade styrelsen om nya prover."
    meta = read_metadata(title, [], {}, body, "x.pdf")
    assert (meta.municipality, meta.committee) == ("Dals älvs vattenvårdsförbund", "Styrelsen")


def test_a_union_serving_a_county_keeps_its_name_and_is_no_committee_it_pays_in_passing() -> None:
    """ "Samordningsförbundet i Västernorrlands län": the county it serves, "län" included; and a förbund whose
    text mentions a committee only in lower case, as the object of a sentence ("högre arvoden till revisorerna"),
    is reported by its board."""
    title = ["Delårsrapport januari–augusti 2025", "Samordningsförbundet i Västernorrlands län", "Uppdraget"]
    body = "Förbundets resultat för perioden är ett överskott på 1 146 tkr mot periodiserad budget."
    assert (
        read_metadata(title, [], {}, body, "x.pdf").municipality
        == "Samordningsförbundet i Västernorrlands län"
    )
    title = ["Verksamhetsberättelse 2025", "Norra Bohusläns vattenvårdsförbund", "Verksamheten under året"]
    body = (
        "Förbundet har under året genomfört kontrollprogrammet för kustvattnet. "
        * 4
        + "Förbundets resultat blev ett underskott på 184 tkr. Administrationen kostade 51 tkr mer än budgeterat. "
        "Merkostnaden avser högre arvoden till revisorerna. Styrelsen har beslutat att upphandla analyser."
    )
    meta = read_metadata(title, [], {}, body, "x.pdf")
    assert (meta.municipality, meta.committee) == ("Norra Bohusläns vattenvårdsförbund", "Styrelsen")


def test_a_company_with_its_abbreviation_first_and_an_association_its_text_calls_by_the_last_part_of_its_kind() -> (
    None
):
    """ "SNVA – Södra Norrlands Vatten och Avlopp AB" is the company; "Klarälvens Vattenvårdsförening", whose text
    says "Föreningens prognos …", the association run by its board."""
    body = "Bolagets resultat för januari–april är 3,0 mkr bättre än periodens budget."
    title = ["Tertialrapport 1 2026", "SNVA – Södra Norrlands Vatten och Avlopp AB", "Ekonomisk översikt"]
    meta = read_metadata(title, [], {}, body, "x.pdf")
    assert (meta.municipality, meta.committee) == ("Södra Norrlands Vatten och Avlopp AB", "Styrelsen")
    body = (
        "Föreningen samordnar recipientkontrollen i älven för sina medlemmar. Föreningens prognos för helåret är "
        "ett överskott på 186 tkr jämfört med budget. Styrelsen följer kostnaderna för provtagningen."
    )
    title = ["Ekonomisk uppföljning januari–augusti 2025", "Klarälvens Vattenvårdsförening", "Resultat"]
    meta = read_metadata(title, [], {}, body, "x.pdf")
    assert (meta.municipality, meta.committee) == ("Klarälvens Vattenvårdsförening", "Styrelsen")


def test_a_hospital_board_named_in_a_footer_takes_the_care_unit_on_the_title_line() -> None:
    title = ["Verksamhetsberättelse 2025", "Skånevård Sund", "Året i korthet"]
    body = "Skånevård Sund redovisar för 2025 ett resultat som är 184 miljoner kronor sämre än budget."
    running = [
        "Region Skåne",
        "Skånevård Sund",
        "Sjukhusstyrelsen 2026-02-19",
    ]  # the header's lines, then the footer's
    meta = read_metadata(title, running, {"author": "Region Skåne"}, body, "x.pdf")
    assert (meta.municipality, meta.committee) == ("Region Skåne", "Sjukhusstyrelse Skånevård Sund")


def test_a_company_titled_by_its_short_name_and_what_it_is_in_words_is_its_boards() -> None:
    title = ["Delårsrapport januari–augusti 2025", "Vafra – Västra Skånes avfallsaktiebolag", "Resultat"]
    body = "Rörelseresultatet för perioden är 11,3 mkr bättre än budgeterat. Revisionen av panna 2 flyttas till oktober."
    meta = read_metadata(title, [], {}, body, "x.pdf")
    assert (meta.municipality, meta.committee) == ("Vafra", "Styrelsen")


def test_a_water_association_is_run_by_its_board_and_a_board_named_above_a_heading_stops_before_it() -> None:
    title = ["Ekonomisk uppföljning januari–juni 2026", "Hedströmmens vattenförbund", "Resultat"]
    body = "Förbundets resultat för perioden är 212 tkr bättre än budget."
    meta = read_metadata(title, [], {}, body, "x.pdf")
    assert (meta.municipality, meta.committee) == ("Hedströmmens vattenförbund", "Styrelsen")
    title = ["Delårsrapport januari–augusti 2025", "Styrelsen för Regionservice Ekonomiskt resultat"]
    body = "Regionservice redovisar ett överskott på 14 miljoner kronor mot budget."
    meta = read_metadata(title, [], {"author": "Västra Götalandsregionen"}, body, "x.pdf")
    assert meta.committee == "Styrelsen för Regionservice"


def test_a_nämnd_named_for_the_kommuner_that_share_it_is_its_own_body() -> None:
    title = [
        "Delårsrapport januari–augusti 2025",
        "Miljönämnden för Tranemo och Svenljunga kommuner",
        "Verksamheten",
    ]
    body = "Nämnden ansvarar för tillsyn i de två kommunerna. Miljönämndens resultat är 286 tkr bättre än budget."
    meta = read_metadata(title, [], {}, body, "x.pdf")
    assert (meta.municipality, meta.committee) == (
        "Miljönämnden för Tranemo och Svenljunga kommuner",
        "Miljönämnden",
    )
