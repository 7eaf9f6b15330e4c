"""Layouts and wordings from DOMAIN.md, built as PDFs in code."""

from pathlib import Path

import pytest
from pdf_builder import ReportSpec, build_report

from extract import cues
from extract.amounts import pick_amount
from extract.areas import subject_area
from extract.explanations import direction_of, split_passages
from extract.layout import Row
from extract.money_talk import reading_guide
from extract.passage_rules import classify_kind
from extract.pipeline import extract_report
from extract.sections import Paragraph, _is_heading, build_paragraphs


def _report(tmp_path: Path, blocks: list, header: str = "Lerums kommun · Socialnämnden · Maj 2024") -> Path:  # type: ignore[type-arg]
    return build_report(
        tmp_path / "rapport.pdf", ReportSpec(title="Månadsrapport", header=header, blocks=blocks)
    )


def test_two_column_pages_are_read_column_by_column(tmp_path: Path) -> None:
    areas = [
        (
            "Hemtjänst",
            "Hemtjänsten visar ett underskott på 3,1 mnkr som beror på fler beviljade timmar och "
            "ökade kostnader för timvikarier under sommaren.",
        ),
        (
            "Särskilt boende",
            "Särskilt boende prognostiserar ett överskott på 1,2 mnkr eftersom två avdelningar "
            "har stått tomma under ombyggnaden av Solgården.",
        ),
        (
            "Individ- och familjeomsorg",
            "Individ- och familjeomsorgen går 4,0 mnkr över budget till följd av "
            "fler externa placeringar av barn och unga på HVB.",
        ),
        (
            "Funktionsstöd",
            "Funktionsstöd visar ett underskott om 2,5 mnkr på grund av att Försäkringskassan "
            "har dragit in assistansersättning för två brukare.",
        ),
    ]
    result = extract_report(_report(tmp_path, [("h1", "Avvikelser per verksamhet"), ("columns", areas)]))
    by_area = {e.area: e for e in result.explanations}
    assert set(by_area) == {a for a, _ in areas}
    assert by_area["Särskilt boende"].amount_sek == 1_200_000
    assert by_area["Individ- och familjeomsorg"].amount_sek == -4_000_000
    assert (
        "HVB" in by_area["Individ- och familjeomsorg"].text and "Solgården" not in by_area["Hemtjänst"].text
    )
    assert by_area["Funktionsstöd"].bbox[0] > 290  # the right column


def test_an_inline_list_of_areas_becomes_one_explanation_each(tmp_path: Path) -> None:
    text = (
        "Socialnämnden prognostiserar en negativ avvikelse om 7,5 mnkr mot tilldelad driftsbudgetram. "
        "Köpta platser SoL psykiatri, en kammarrättsdom innebär att kommunen tar över betalningsansvaret, "
        "-0,9 mnkr. Försäkringskassan ersätter inte alla utförda timmar inom personlig assistans, -3,3 mnkr. "
        "Lokalkostnadsökningar för korttidsboendet -0,9 mnkr."
    )
    blocks = [("h2", "Nämnder"), ("p", text)]
    result = extract_report(
        _report(tmp_path, blocks, header="Kommunstyrelsen · Månadsuppföljning april 2024")
    )
    amounts = sorted(e.amount_sek for e in result.explanations if e.kind == "cause")  # type: ignore[type-var]
    assert amounts == [-7_500_000, -3_300_000, -900_000, -900_000]
    assert "Köpta platser SoL psykiatri" in {e.area for e in result.explanations}


def test_bullets_with_their_own_amounts_are_split_but_continuing_bullets_stay(tmp_path: Path) -> None:
    blocks = [
        ("h2", "Resultat"),
        (
            "p",
            "Nämnden redovisar ett underskott på 4,1 miljoner kronor. Avvikelsen fördelar sig enligt följande:",
        ),
        (
            "bullets",
            [
                "5,3 miljoner kronor i underskott inom idrott och anläggningar till följd av högre elpriser.",
                "1,2 miljoner kronor i överskott inom fritidsgårdar på grund av vakanta tjänster.",
            ],
        ),
        ("h2", "Äldreomsorg"),
        ("p", "Äldreomsorgen visar ett underskott på 6,0 mnkr. Avvikelsen förklaras av följande faktorer:"),
        (
            "bullets",
            ["Hemtjänsten utför fler timmar än budgeterat.", "Hög sjukfrånvaro har gett ökad övertid."],
        ),
    ]
    result = extract_report(_report(tmp_path, blocks))
    causes = [e for e in result.explanations if e.kind == "cause"]
    assert {e.amount_sek for e in causes} == {-4_100_000, -5_300_000, 1_200_000, -6_000_000}
    elder = next(e for e in causes if e.area == "Äldreomsorg")
    assert "Hög sjukfrånvaro" in elder.text


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Intäkterna beräknas bli 1,8 mnkr högre än budgeterat.", "positive"),
        ("Kostnaderna för ekonomiskt bistånd väntas bli 3,4 mnkr högre än budget.", "negative"),
        ("Lokalhyrorna överskrider budget med 0,5 mnkr.", "negative"),
        ("Övriga kostnader beräknas understiga budget med 1,5 mnkr.", "positive"),
        ("Personalkostnaderna prognostiseras i balans.", "balanced"),
        ("Verksamheten landar på ett negativt resultat, vilket är ett framsteg sedan oktober.", "negative"),
        ("Lägre kostnader för köpta platser ger ett överskott.", "positive"),
        ("Nämndens avvikelse fortsätter att öka i linje med aprilprognosen.", "negative"),
        ("Kostnaderna för köpt verksamhet har ökat med 1,1 mnkr jämfört med budget.", "negative"),
        ("Hemtjänsten visar minus 3 mnkr mot budget efter april.", "negative"),
        (
            "Resultatet uppgår till 139 mnkr, vilket är 64 mnkr bättre än den periodiserade budgeten.",
            "positive",
        ),
        ("Reparationen av ishallen kostade 1,4 miljoner kronor. Kostnaden var inte budgeterad.", "negative"),
        (
            "Budgeterat överskott är 29,6 mnkr och prognosen visar en negativ avvikelse mot budget med 7,3 mnkr.",
            "negative",
        ),
        # a result below the budgeted result is bad, though "lägre än budget" is good for a cost
        (
            "Årets resultat väntas bli 12 mnkr, vilket är 8 mnkr lägre än det budgeterade resultatet.",
            "negative",
        ),
        ("Resultatet blir 3,5 mnkr högre än budgeterat resultat tack vare vakanser.", "positive"),
        # the budget named first, the comparison last
        ("Jämfört med budget blev avgiftsintäkterna 2 mnkr högre under våren.", "positive"),
        ("Jämfört med budgeten är kostnaderna för skolskjuts 1,2 mnkr högre.", "negative"),
        # a result set against the budget's figure, read from the two figures
        ("Kostverket redovisar ett resultat på −1,4 mnkr mot budgeterade +0,5 mnkr.", "negative"),
        # work put off: its cost falls in a later year (revenue put off comes later: bad)
        ("Ombyggnaden av köket färdigställdes inte under året. Resterande arbete görs i vår.", "positive"),
        ("Upphandlingen har försenats och utbildningsinsatserna senareläggs till hösten.", "positive"),
        ("Ersättningen från Migrationsverket har försenats och betalas ut först nästa år.", "negative"),
        # a comparison with the past says nothing of the budget; the later comparison with budget decides
        (
            "Kostnaderna för tolk blev högre än tidigare år. Totalt blev kostnaderna ändå lägre än budget.",
            "positive",
        ),
        # a sign the sentence reads out itself (a report whose "−" is a surplus)
        (
            "• Individ- och familjeomsorg −1 500 tkr, dvs. ett överskott, eftersom två tjänster är vakanta.",
            "positive",
        ),
        # a result is good when higher: lower than budget is a deficit
        (
            "Regionens resultat för januari–augusti är 188 mnkr, vilket är 41 mnkr lägre än budget.",
            "negative",
        ),
        ("Resultatet blev 3 mnkr högre än budgeterat tack vare vakanser.", "positive"),
        ("Förvaltningen prognostiserar ett helårsresultat som är 2 150 tkr lägre än budget.", "negative"),
        # grants the nämnd pays out are costs: more is worse
        ("Uppräkningen av bidragen till studieförbunden blev högre än budgeterat, 0,4 mnkr.", "negative"),
        ("Resultatet visar att kostnaderna för hemtjänst blev 3 mnkr högre än budget.", "negative"),
        # the opening sets the result against the budget's figure: that decides before later words
        (
            "Nämndens helårsprognos visar ett resultat på −8,6 mnkr mot budgeterade −2,0 mnkr. Det budgeterade "
            "underskottet motsvarar en del av nämndens ackumulerade överskott.",
            "negative",
        ),
        (
            "Stadens resultat prognostiseras till 61,5 mnkr (68,0), att jämföra med det budgeterade resultatet "
            "på 88,0 mnkr. Prognosen understiger därmed budget med 26,5 mnkr.",
            "negative",
        ),
        # the forecast named alone is the unit's result; the forecast of a cost is a cost
        ("Helårsprognosen är −165 mnkr mot budgeterade +50 mnkr.", "negative"),
        ("Helårsprognosen är 12 mnkr mot budgeterade 10 mnkr.", "positive"),
        ("Prognosen för personalkostnaderna är 50 mnkr mot budgeterade 45 mnkr.", "negative"),
        # the side of the contrast the amount stands on
        (
            "Nämndens utfall för januari–april är 3 410 tkr bättre än periodens budget, men för helåret bedöms "
            "kostnaderna överstiga budgeten med 6 900 tkr.",
            "negative",
        ),
        # a result that falls short of or passes the budgeted result, with the budget's figure between
        (
            "Resultatet för helåret beräknas till 9,5 mnkr, vilket understiger det budgeterade resultatet på "
            "20,0 mnkr med 10,5 mnkr.",
            "negative",
        ),
        (
            "Resultatet för helåret beräknas till 25,5 mnkr, vilket överstiger det budgeterade resultatet på "
            "20,0 mnkr med 5,5 mnkr.",
            "positive",
        ),
        # the cost named last is the subject, whatever revenue word comes before it
        (
            "Det nya avtalet, som höjde ersättningarna för beredskap, gör att personalkostnaderna hamnar 1,4 mnkr "
            "över budget.",
            "negative",
        ),
        ("Intäkterna från uthyrning, som ökat under året, blev 0,6 mnkr högre än budget.", "positive"),
        # the period's and the year's figure in one sentence: the year's side
        (
            "Periodens resultat är 18,5 mnkr, 6,2 mnkr bättre än periodiserad budget, och för helåret "
            "prognostiseras ett resultat på 4,1 mnkr, 2,4 mnkr sämre än budget.",
            "negative",
        ),
        ("Tekniska nämnden beräknas gå back med 3,1 mnkr för 2026.", "negative"),
        # what lessens the deficit is good, unless the figure is the deficit left
        (
            "Finansförvaltningen dämpar underskottet och visar ett överskott mot budget på 12,5 mnkr.",
            "positive",
        ),
        ("Åtgärderna minskar underskottet med 2,0 mnkr.", "positive"),
        ("Åtgärderna minskar underskottet till 2,0 mnkr.", "negative"),
    ],
)
def test_direction_reads_swedish_wording(text: str, direction: str) -> None:
    assert direction_of(text, pick_amount(text)) == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (
            "Investeringsutgifterna beräknas till 40 mnkr mot en budget på 55 mnkr, en avvikelse på 15 mnkr.",
            "positive",
        ),
        ("Projektet kostar 9 mnkr mot en budget på 6 mnkr.", "negative"),
        ("Prognosen är 210 mnkr, vilket innebär att 35 mnkr inte förbrukas under året.", "positive"),
        ("Nämnden förbrukar inte hela investeringsramen i år.", "positive"),
        ("Av budgeten för gångbron har 16,9 mnkr inte använts.", "positive"),
        ("Av investeringsbudgeten på 24,0 mnkr beräknas 15,5 mnkr användas under året.", "positive"),
        ("Nämndens investeringar uppgick till 14,4 mnkr av budgeterade 15,0 mnkr.", "positive"),
        ("Bygget uppgick till 16,4 mnkr av budgeterade 15,0 mnkr.", "negative"),
        ("Bygget är försenat, och 11,8 mnkr av årets budget behöver föras över till nästa år.", "positive"),
        ("Ombyggnaden av skolan och ledningen förskjuts med 31 respektive 18 Mkr till 2027.", "positive"),
    ],
)
def test_an_investment_under_its_budget_is_positive(text: str, direction: str) -> None:
    assert direction_of(text, pick_amount(text), investment=True) == direction


@pytest.mark.parametrize(
    ("text", "sek"),
    [
        ("Resultatet uppgår till 993,0 mnkr, en avvikelse från budget på -35,3 mnkr.", -35_300_000),
        ("Verksamheten gör ett positivt resultat på cirka 85,5 mnkr, 5,8 mnkr över budget.", 5_800_000),
        (
            "Nämnden prognostiserar ett underskott om 21,4 mnkr, vilket är 3,1 mnkr sämre än föregående prognos.",
            21_400_000,
        ),
        ("Statsbidraget på cirka 400 tkr kommer inte att användas i år.", 400_000),  # unspent: the deviation
        (
            "Det ackumulerade resultatet uppgår till −171 miljoner kronor, vilket är 168 miljoner kronor sämre "
            "än den periodiserade budgeten.",
            168_000_000,
        ),
        (
            "Förväntat resultat enligt budget är +7,5 mkr, en positiv avvikelse mot budget med 6,5 mkr.",
            6_500_000,
        ),
        ("Personalkostnaderna överskrider budget med 2,4 mnkr på grund av höga vikariekostnader.", 2_400_000),
        ("Skolskjutsar visar en merkostnad på 0,5 mnkr på grund av nytt avtal.", 500_000),
        ("Hemtjänsten visar minus 3 mnkr mot budget efter april.", 3_000_000),
        ("Avvikelse mot budget: +1,1 mnkr Kommentar: Vakanta tjänster under våren.", 1_100_000),
        ("Prognos: -2,3 mnkr Orsak: Fler beviljade timmar.", 2_300_000),
        (
            "Nämnden prognostiserar ett underskott om 15,1 mnkr: 3,4 mnkr i underskott inom förskola.",
            15_100_000,
        ),
        (
            "Äldreomsorgen har en prognos på -5,0 mnkr, en förbättring med 1,0 mnkr sedan förra månaden.",
            5_000_000,
        ),
        ("De beslutade åtgärderna ger effekt och prognosen för helåret är 0 miljoner kronor.", None),
        ("Statsbidraget har uteblivit, vilket ger ett intäktsbortfall på 2,1 mnkr.", 2_100_000),
        (
            "Prognosen för kommunens resultat är 62,8 mkr, vilket innebär ett budgetöverskott om 17,8 mkr.",
            17_800_000,
        ),
        (
            "Resultatet prognostiseras till -17 mnkr vid årets slut, vilket är 35 mnkr sämre än årsbudgeten.",
            35_000_000,
        ),
    ],
)
def test_the_deviation_amount_is_picked_not_totals_or_comparisons(text: str, sek: float | None) -> None:
    amount = pick_amount(text)
    assert (abs(amount.sek or 0) if amount else None) == (abs(sek) if sek is not None else None)


@pytest.mark.parametrize(
    ("text", "kind", "direction"),
    [
        ("Förvaltningen arbetar aktivt med att minska sjukfrånvaron.", "action", None),
        ("Verksamheten bedöms bedrivas inom budget.", "other", "balanced"),
        ("Kostnaderna ryms inom budgetramen.", "other", "balanced"),
        ("Verksamheten klarar sig inte inom budget på grund av fler brukare.", "cause", "negative"),
    ],
)
def test_within_budget_is_boilerplate_unless_negated_and_actions_read_with_adverbs(
    text: str, kind: str, direction: str | None
) -> None:
    verdict = classify_kind(text, ())
    assert verdict is not None and verdict[0] == kind
    assert direction_of(text, pick_amount(text)) == direction


def test_a_risk_or_a_comparison_with_budget_is_read_as_such() -> None:
    assert classify_kind("En risk för ett överskridande om 0,3 mnkr finns inom revisionen.", ()) == (
        "other",
        False,
    )
    text = "Kostnaderna för köpt verksamhet har ökat med 1,1 mnkr jämfört med budget."
    assert classify_kind(text, ()) == ("cause", False)
    assert classify_kind("Socialnämnden lämnar en prognos om -14,2 mnkr för 2024.", ()) == ("cause", False)
    text = "Resultatet för perioden är -3,4 mnkr jämfört med periodiserad budget."
    amount = pick_amount(text)
    assert classify_kind(text, ()) == ("cause", False) and amount is not None and amount.sek == -3_400_000


def test_an_unbudgeted_cost_is_a_cause() -> None:
    text = "Kylanläggningen havererade och fick ersättas, vilket kostade 1,4 miljoner kronor. Kostnaden var inte budgeterad."
    assert classify_kind(text, ("Idrott",)) == ("cause", False)
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 1_400_000


def test_kinds_forecast_change_action_and_skipped_decision_text(tmp_path: Path) -> None:
    blocks = [
        ("h2", "Förslag till beslut"),
        ("p", "Nämnden godkänner uppföljningen med ett negativt resultat på 9 miljoner kronor."),
        ("h2", "Prognos"),
        ("p", "Jämfört med aprilprognosen har underskottet ökat med 1,2 mnkr, främst inom hemtjänsten."),
        ("p", "För att minska underskottet har förvaltningen infört anställningsprövning och inköpsstopp."),
        ("p", "Om inga åtgärder vidtas kan underskottet öka med ytterligare 2 mnkr."),
    ]
    kinds = [e.kind for e in extract_report(_report(tmp_path, blocks)).explanations]
    assert kinds == ["forecast_change", "action", "other"]


def test_split_passages_keeps_a_single_explanation_whole() -> None:
    paragraph = Paragraph(
        "Köp av tjänster avviker negativt med 9,6 mkr. Avvikelsen beror på fler placeringar.",
        ("Köp av tjänster",),
        1,
        (0, 0, 1, 1),
        ((1, (0, 0, 1, 1)),),
        0,
    )
    assert split_passages(paragraph) == [paragraph.text]


def test_bullets_drawn_with_a_symbol_font_glyph_are_bullets() -> None:
    """Word writes list bullets as U+F0B7 in the Symbol font: each bulleted amount is its own explanation."""
    lines = [
        "Nämnden prognostiserar ett underskott om 8,1 miljoner kronor:",
        "\uf0b7 3,4 miljoner kronor i underskott mot budget inom förskola till följd av fler barn.",
        "\uf0b7 4,7 miljoner kronor i underskott mot budget inom grundskolan till följd av fler elever.",
    ]
    rows = [
        Row(1, (text,), ((60, 100 + 14 * n, 500, 110 + 14 * n),), 10, False) for n, text in enumerate(lines)
    ]
    [paragraph], _ = build_paragraphs(rows)
    passages = split_passages(paragraph)
    assert [subject_area(p, [], None) for p in passages[1:]] == ["Förskola", "Grundskolan"]


def test_one_sentence_listing_committees_with_amounts_gives_one_explanation_each(tmp_path: Path) -> None:
    """Avesta's monthly report: last month's value in brackets, a note on the brackets after the list."""
    text = (
        "Kommunstyrelsen redovisar ett överskott med +5,9 mkr (+2,6), Omsorgsstyrelsen -1,4 mkr (+0,4), "
        "Bildningsstyrelsen -7,2 mkr (-6,6) och Miljö- och byggnadsnämnden +0,7 mkr (+0,3). "
        "(Siffra inom parentes är avvikelse föregående månad.)"
    )
    found = extract_report(_report(tmp_path, [("h2", "Driftredovisning"), ("p", text)])).explanations
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Kommunstyrelsen", 5_900_000),
        ("Omsorgsstyrelsen", -1_400_000),
        ("Bildningsstyrelsen", -7_200_000),
        ("Miljö- och byggnadsnämnden", 700_000),
    ]
    assert all(e.kind == "cause" for e in found)


def test_items_run_together_after_last_months_bracket_are_split(tmp_path: Path) -> None:
    """Upplands Väsby's list lost its line breaks: 'Ledning +0,5 mkr (+0,6 mkr) Individ- och …'."""
    text = "Ledning +0,5 mkr (+0,6 mkr) Individ- och familjeomsorg -6,2 mkr (-6,0 mkr)."
    found = extract_report(_report(tmp_path, [("h2", "Resultat per verksamhet"), ("p", text)])).explanations
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Ledning", 500_000),
        ("Individ- och familjeomsorg", -6_200_000),
    ]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Arbetsmarknadsenheten: −1,6 mnkr (−1,2). Ersättningen från Arbetsförmedlingen för", False),
        ("Bilaga 1. Driftredovisning per verksamhet", True),
        ("Hälso- och sjukvård +1,1 mnkr", True),
    ],
)
def test_a_bold_line_where_one_sentence_ends_and_the_next_goes_on_is_not_a_heading(
    text: str, heading: bool
) -> None:
    row = Row(page=1, cells=(text,), cell_boxes=((50.0, 100.0, 500.0, 112.0),), size=10.0, bold=True)
    assert _is_heading(row, 10.0) is heading


@pytest.mark.parametrize(
    ("text", "guide"),
    [
        ("Driftredovisning per verksamhet, tkr (positiv avvikelse = överskott)", True),
        ("Investeringar, mnkr (avvikelse: + = högre utgift än budget)", True),
        ("Avvikelsen redovisas som budget minus prognos.", True),
        ("Tabell 1. Prognos per verksamhet, mnkr (negativt värde = underskott)", True),
        ("Avvikelse = budget − prognos; negativt värde innebär underskott.", True),
        ("Ett positivt värde innebär alltså att utgiften beräknas överstiga investeringsbudgeten.", True),
        ("Hemtjänsten har ett negativt värde på 2 mnkr jämfört med budget.", False),
        ("Kommentera varje verksamhet med en avvikelse. Ange belopp och orsak.", True),
        ("Nämnden redovisar en positiv avvikelse på 2,4 mnkr.", False),
        ("Ett negativt belopp i kolumnerna för avvikelse innebär ett underskott mot budget.", True),
        (
            "Ett positivt belopp i kolumnen Avvikelse innebär ett överskott, ett negativt belopp ett underskott.",
            True,
        ),
        ("Ett negativt belopp i kassan innebär att nämnden fick låna.", False),
        ("Angelägna underhållsinsatser har ökat kostnaderna.", False),
        ("Underskott anges inom parentes.", True),
        ("Driftredovisning 2025, tkr (avvikelse: negativt tal inom parentes)", True),
        ("Överskott och underskott anges utan tecken i respektive kolumn.", True),
        (
            "Avvikelse avser prognos minus budget, vilket innebär att ett positivt tal är en kostnad över budget.",
            True,
        ),
        ("Avvikelsen i tabellen beräknas som prognos minus budget.", True),
        ("Kostnader redovisas med positivt tecken och intäkter med negativt.", True),
        ("Orsakerna till avvikelserna beskrivs i avsnittet Analys av avvikelserna.", True),
        ("Förvaltningen har tagit fram en åtgärdsplan som redovisas i avsnitt 4.", False),
        ("Kostnaderna för köpt vård redovisas inom hälso- och sjukvården.", False),
        ("Negativa belopp avser kostnader respektive sämre utfall än budget.", True),
        ("Kolumnen Prognos avvikelse helår visar den beräknade avvikelsen mot årsbudgeten.", True),
        ("Kolumnerna anger tusen kronor.", True),
        ("Prognos per nämnd 2025, miljoner kronor (avvikelse: + bättre, − sämre än budget)", True),
        ("Den negativa avvikelsen avser främst köpt vård.", False),
        ("Avvikelsen är beräknad som prognos minus budget.", True),
        (
            "Nämndernas nettokostnader 2025, mnkr. Differens = prognos minus budget (plus = högre kostnad).",
            True,
        ),
        ("Helårsprognos, avvikelse mot budget per månad, tkr (minus = underskott)", True),
        ("Driftredovisning per verksamhet, tkr (avvikelse: positivt = bättre än budget)", True),
        ("Skillnaden mot budget beror på fler placeringar.", False),
        ("Nämnden beräknar ett plus på 1,2 mnkr mot budget.", False),
        (
            "Nämnderna redovisar nedan sina helårsprognoser och de viktigaste orsakerna till avvikelserna.",
            True,
        ),
        (
            "För intäkterna innebär ett positivt tal ett bättre utfall än budget, för kostnaderna ett sämre.",
            True,
        ),
        ("Ett negativt tal är ett överskott.", True),
        ("Driftredovisning 2025, tkr (underskott inom parentes)", True),
        ("Resultat per verksamhetsområde, mnkr (+ = bättre än budget)", True),
        ("Läsanvisning: avvikelsen är beräknad som prognos minus budget.", True),
        ("Värdet inom parentes är föregående månads avvikelse.", True),
        ("Underskottet inom parentes avser förra året.", True),
        ("Avvikelse med minustecken = underskott.", True),
    ],
)
def test_how_to_read_the_figures_or_fill_in_the_form_is_never_an_explanation(text: str, guide: bool) -> None:
    assert reading_guide(text) is guide


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ("Tabell 1.", True),
        ("Diagram 3 visar sjukfrånvaron per månad.", True),
        ("Resultat per verksamhet, tkr.", True),
        ("Hemtjänsten visar ett underskott, 3 mnkr.", False),
        ("Nedanstående bild visar prognosen per verksamhet.", True),
        ("Tabletter och förbrukningsmaterial kostar mer än budgeterat.", False),
        ("Se kommentar nedan.", True),
        ("Se kommentarerna under respektive verksamhet.", True),
        ("Semesterlönerna blev högre än budgeterat.", False),
    ],
)
def test_a_caption_or_a_pointer_to_a_figure_is_never_an_explanation(text: str, pointer: bool) -> None:
    assert (cues.DESCRIPTIVE.match(text) is not None) is pointer


def test_money_left_unspent_is_the_deviation_and_positive() -> None:
    text = "Fritidsgården kommer inte att förbruka ca 2 300 tkr. Orsaken är att ombyggnaden drog ut på tiden."
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 2_300_000
    assert direction_of(text, amount) == "positive"
