"""Malmö stad, Funktionsstödsnämnden, delårsrapport januari–augusti 2025.

A large disability-services committee's interim report in "Mkr": the period's result against the periodised
budget in a sentence of its own (a cause), the full year's "negativ budgetavvikelse om 44,0 Mkr" whose
paragraph ends "tre faktorer:" and runs on into a bullet list that belongs to the same item, the change since
the tertial report with April's level inside; a verksamhetsområde table with the tertial report's deviation
beside this one; then headings that carry the area and amount after a comma ("Bostad med särskild service,
−28,6 Mkr") with figures that are not the deviation inside (a unit-cost percentage, a sensitivity "Varje
procentenhets skillnad motsvarar ungefär 3,9 Mkr", a part "1,1 Mkr"), one heading's paragraph that adds its
own change since April (a forecast change), a surplus from an undistributed reserve; an action plan with its
effect this year and on a full-year basis, investments whose period spending and budget are not the deviation
("avvikelsen på 5,5 Mkr"), sick leave against last year and a risk (others). 9 scored causes. Liberation Sans
Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Malmö stad", "Funktionsstödsnämnden"),
        footer=lambda n, m: ("Delårsrapport januari–augusti 2025", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Tabell 2. Budgetavvikelse per verksamhetsområde, Mkr",
        header=(
            ("Verksamhetsområde", "Nettobudget", "Prognos", "Avvikelse", "Avvikelse"),
            ("", "2025", "2025", "helår", "T1"),
        ),
        rows=(
            ("Nämnd och förvaltningsledning", "48,2", "45,9", "2,3", "1,8"),
            ("Bostad med särskild service", "1 012,4", "1 041,0", "−28,6", "−24,1"),
            ("Daglig verksamhet", "236,8", "234,1", "2,7", "2,0"),
            ("Personlig assistans", "388,5", "401,7", "−13,2", "−11,0"),
            ("Boendestöd och korttidstillsyn", "142,0", "145,3", "−3,3", "−3,9"),
            ("Externa placeringar", "96,3", "100,2", "−3,9", "−2,3"),
            ("Summa", "1 924,2", "1 968,2", "−44,0", "−37,5"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.86, 0.9, 0.95),
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="narrow-bold", after=2),
        Title("Funktionsstödsnämnden", size=13, font="narrow", after=12),
        H("Ekonomiskt utfall och helårsprognos", 2),
        P(
            "Funktionsstödsnämnden redovisar för perioden januari–augusti ett resultat på −31,7 Mkr i förhållande "
            "till periodiserad budget.",
            C(
                None,
                "−31,7 Mkr",
                "-",
                note="The period against the periodised budget, in a sentence of its own.",
            ),
        ),
        P(
            "Helårsprognosen visar en negativ budgetavvikelse om 44,0 Mkr. Underskottet förklaras i huvudsak av tre "
            "faktorer:",
            C(
                None,
                "44,0 Mkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "ersattning_fk",
                "lonekostnader",
                note="The bullet list continues the paragraph: one item with its bullets.",
            ),
        ),
        Bullets(
            (
                "ökade volymer inom bostad med särskild service, där 14 fler personer än budgeterat har fått sina "
                "beslut verkställda,",
                "fortsatt höga kostnader för externa platser för personer med komplex problematik,",
                "att Försäkringskassans schablonersättning för personlig assistans har räknats upp med 1,5 procent, "
                "medan lönekostnaderna för assistenterna har ökat med 3,4 procent.",
            ),
            continues=True,
        ),
        P(
            "Det är 6,5 Mkr sämre än prognosen i tertialrapporten per april, då underskottet bedömdes till 37,5 Mkr.",
            F(None, "6,5 Mkr", "-", note="37,5 Mkr is April's level, not the change."),
        ),
        P("Belopp i miljoner kronor. Negativ avvikelse innebär underskott.", size=8.5),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "Bostad med särskild service, −28,6 Mkr",
            "Under året har två nya gruppbostäder öppnat i Hyllie och Kirseberg, med sammanlagt tolv platser. Antalet "
            "verkställda beslut har ändå ökat snabbare än utbyggnaden, och 19 personer bor i tillfälliga lösningar "
            "med förstärkt bemanning. Den genomsnittliga kostnaden per plats har ökat med 6 procent.",
            C(
                "Bostad med särskild service",
                "−28,6 Mkr",
                "-",
                "volymer",
                "bemanning",
                note="The heading carries the amount; 6 procent is a unit cost, not the deviation.",
            ),
        ),
        HP(
            "Personlig assistans, −13,2 Mkr",
            "Försäkringskassans timschablon täcker inte nämndens kostnader för assistansen. För 2025 höjdes schablonen "
            "med 1,5 procent, medan kostnaderna ökade med 3,4 procent till följd av det nya kollektivavtalet. Varje "
            "procentenhets skillnad motsvarar ungefär 3,9 Mkr.",
            C(
                "Personlig assistans",
                "−13,2 Mkr",
                "-",
                "ersattning_fk",
                "lonekostnader",
                note="3,9 Mkr per percentage point is a sensitivity, not the amount.",
            ),
        ),
        HP(
            "Externa placeringar, −3,9 Mkr",
            "Fyra personer med omfattande behov har under våren placerats på HVB och i privata boenden utanför Malmö, "
            "eftersom nämndens egna verksamheter inte har kunnat ta emot dem.",
            C("Externa placeringar", "−3,9 Mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        Para(
            (
                (
                    "Efterfrågan på korttidstillsyn för skolungdomar över tolv år har ökat kraftigt, och fler ungdomar "
                    "än tidigare behöver en egen personal under hela vistelsen.",
                    C("Boendestöd och korttidstillsyn", "−3,3 Mkr", "-", "volymer", "bemanning"),
                ),
                (
                    "Underskottet har minskat med 0,6 Mkr sedan april, eftersom två nya avdelningar har kunnat bemannas "
                    "med tillsvidareanställda i stället för timavlönade.",
                    F(
                        "Boendestöd och korttidstillsyn",
                        "0,6 Mkr",
                        "+",
                        "vikarier",
                        "bemanning",
                        note="The change since April inside the area's paragraph: its own item.",
                    ),
                ),
            ),
            head="Boendestöd och korttidstillsyn, −3,3 Mkr",
            head_level=3,
        ),
        HP(
            "Daglig verksamhet, +2,7 Mkr",
            "Färre deltagare än beräknat har påbörjat daglig verksamhet under året. Dessutom har två enheter "
            "samlokaliserats i Rosengård, vilket har sänkt hyreskostnaderna med 1,1 Mkr.",
            C("Daglig verksamhet", "+2,7 Mkr", "+", "volymer", "lokaler", note="1,1 Mkr is a part."),
        ),
        HP(
            "Nämnd och förvaltningsledning, +2,3 Mkr",
            "Överskottet är främst en effekt av att nämndens budgetreserv ännu inte har fördelats till "
            "verksamheterna.",
            C("Nämnd och förvaltningsledning", "+2,3 Mkr", "+", "reserver"),
        ),
        H("Åtgärder för en ekonomi i balans", 2),
        P(
            "Nämnden antog i maj en handlingsplan med tio åtgärder. De åtgärder som hittills har genomförts, bland "
            "annat en översyn av nattbemanningen i gruppbostäderna och hemtagning av två externa placeringar, bedöms "
            "minska kostnaderna med 2,7 Mkr under 2025 och med 8,0 Mkr på helårsbasis.",
            A(
                None,
                "2,7 Mkr",
                "bemanning",
                "kopt_verksamhet",
                note="The effect this year; 8,0 Mkr is the full-year effect.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 15,0 Mkr har 4,2 Mkr använts under perioden. Helårsprognosen är 9,5 Mkr, och "
            "avvikelsen på 5,5 Mkr beror på att leveranserna av larm- och trygghetsteknik till de nya gruppbostäderna "
            "har försenats.",
            C(
                "Investeringar",
                "5,5 Mkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Under-spending: positive. 4,2 Mkr is the period's spending, 15,0 Mkr the budget.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 9,8 procent under perioden, vilket är 0,7 procentenheter lägre än "
            "motsvarande period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Prognosen är osäker eftersom Försäkringskassans omprövningar av assistansbeslut kan leda till att staden "
            "får ta över ansvaret för fler ärenden under hösten.",
            O("Personlig assistans", "ersattning_fk", note="Risk."),
        ),
    ]
    return ReportSpec(
        file="malmo-fsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Funktionsstödsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Funktionsstödsnämnden",
            "author": "Malmö stad",
        },
        style=style,
        blocks=blocks,
    )
