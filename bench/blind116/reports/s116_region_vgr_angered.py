"""Region Västra Götaland, Styrelsen för Angereds Närsjukhus, månadsrapport mars 2026.

A hospital board's month report in mkr whose result table is pasted as an image (every amount in the prose or
the headings), footer with the board's meeting date in April: the period "8,9 mkr sämre än budget för
perioden" and the full year "ett underskott på 28 mkr mot ett budgeterat nollresultat" in two paragraphs;
headings that carry the kostnadsslag and its full-year deviation with U+2212 and "+" ("Personalkostnader
−14,2 mkr"), one paragraph whose second sentence gives two units' parts as a "respektive" pair (their own
items), "Regionersättning ±0 mkr" with "följer budget" (boilerplate); the change since February with a
"varav"; an action with its effect and sick leave against last year (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Västra Götalandsregionen – Angereds Närsjukhus", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Styrelsen för Angereds Närsjukhus 2026-04-22", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning januari–mars 2026 och helårsprognos, mkr",
        header=(("", "Utfall ack.", "Budget ack.", "Prognos helår", "Budget helår", "Avvikelse"),),
        rows=(
            ("Regionersättning", "214,6", "214,6", "868,4", "868,4", "0,0"),
            ("Patientavgifter och övriga intäkter", "24,9", "23,8", "97,3", "95,2", "2,1"),
            ("Personalkostnader", "−158,3", "−152,2", "−622,6", "−608,4", "−14,2"),
            ("Köpt vård", "−38,7", "−36,9", "−154,1", "−147,6", "−6,5"),
            ("Läkemedel", "−21,4", "−20,5", "−85,8", "−82,0", "−3,8"),
            ("Lokaler och service", "−20,1", "−20,4", "−80,4", "−81,6", "1,2"),
            ("Övriga kostnader", "−12,4", "−10,9", "−50,8", "−44,0", "−6,8"),
            ("Resultat", "−11,4", "−2,5", "−28,0", "0,0", "−28,0"),
        ),
        widths=(150.0, 62.0, 64.0, 68.0, 62.0, 58.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="cond-bold", after=2),
        Title("Angereds Närsjukhus", size=12.5, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Angereds Närsjukhus redovisar ett ackumulerat resultat på −11,4 mkr för januari–mars, vilket är 8,9 mkr "
            "sämre än budget för perioden.",
            C(None, "8,9 mkr", "-"),
        ),
        P(
            "Helårsprognosen är ett underskott på 28 mkr mot ett budgeterat nollresultat.",
            C(None, "28 mkr", "-"),
        ),
        table,
        H("Avvikelser per kostnadsslag, helår", 2),
        Para(
            (
                (
                    "Kostnaderna för inhyrda sjuksköterskor och hyrläkare på närakuten och barnakuten överstiger "
                    "budget. Därtill har övertiden ökat under vårens influensatopp.",
                    C(
                        "Personalkostnader",
                        "−14,2 mkr",
                        "-",
                        "inhyrd_personal",
                        "overtid",
                        note="The heading carries the area and amount.",
                    ),
                ),
                (
                    "Av avvikelsen står närakuten och barnakuten för −8,6 respektive −3,1 mkr.",
                    C(
                        "Närakuten",
                        "−8,6",
                        "-",
                        unit="mkr",
                        note="Two units' parts inside another area's paragraph: their own items.",
                        also=(C("Barnakuten", "−3,1 mkr", "-"),),
                    ),
                ),
            ),
            head="Personalkostnader −14,2 mkr",
            head_level=3,
        ),
        HP(
            "Köpt vård −6,5 mkr",
            "Fler patienter än beräknat har remitterats till länssjukvården för röntgen och laboratorieanalyser, "
            "och priserna i de nya avtalen är högre.",
            C("Köpt vård", "−6,5 mkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        HP(
            "Läkemedel −3,8 mkr",
            "Kostnadsutvecklingen för nya läkemedel mot diabetes och fetma är högre än vad budgeten rymmer.",
            C("Läkemedel", "−3,8 mkr", "-", "material_hjalpmedel", note="Drugs are material_hjalpmedel."),
        ),
        HP(
            "Patientavgifter och övriga intäkter +2,1 mkr",
            "Fler besök i öppenvården och högre ersättning för utomlänspatienter ger intäkter över budget.",
            C("Patientavgifter och övriga intäkter", "+2,1 mkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Regionersättning ±0 mkr",
            "Ersättningen från hälso- och sjukvårdsnämnden följer budget.",
            BP("Regionersättning"),
        ),
        HP(
            "Lokaler och service +1,2 mkr",
            "Hyran för den nya mottagningen för barn och unga debiteras från september i stället för från januari.",
            C("Lokaler och service", "+1,2 mkr", "+", "lokaler", "periodisering"),
        ),
        HP(
            "Övriga kostnader −6,8 mkr",
            "Engångskostnader för införandet av ett digitalt incheckningssystem och licenser för det nya "
            "bokningsstödet.",
            C("Övriga kostnader", "−6,8 mkr", "-", "it_digitalisering", "periodisering"),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen har försämrats med 4 mkr sedan februari, varav 3 mkr avser hyrpersonal.",
            F(None, "4 mkr", "-", "inhyrd_personal", note="A 'varav' part: the total is the amount."),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusledningen har beslutat att fasa ut hyrläkarna på närakuten till sommaren, vilket beräknas minska "
            "kostnaderna med 5 mkr på helår.",
            A("Personalkostnader", "5 mkr", "inhyrd_personal"),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron var 6,8 procent i mars, jämfört med 7,4 procent i mars 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-angereds-narsjukhus-manadsrapport-2026-03.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Angereds Närsjukhus", "Angereds Närsjukhus"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport mars 2026 Angereds Närsjukhus",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
