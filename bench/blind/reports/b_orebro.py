"""Örebro kommun, Vård- och omsorgsnämnden, tertialrapport 1 2025 (januari–april).

A result table per verksamhetsområde in tkr whose deviation column writes "+" for a surplus and a
hyphen for a deficit, then one heading per area WITHOUT an amount and a paragraph under it; a
hemtjänst paragraph that mixes the cause (volumes, sick leave) with a measure and an outlook (three
items); agency nurses whose period cost (2 950 tkr) is a supporting figure while the deviation lives
only in the table; a forecast change against February, actions as bullets, a buffer already allocated
(other) and a year-on-year sick-leave figure (other). A method note and an introduction are left
unlabelled. DejaVu Sans 9.5 pt, "Sida n av m".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        heading_sizes=(13.0, 11.0, 10.0),
        margins=(64.0, 72.0, 64.0, 72.0),
        header=lambda n, m: ("Örebro kommun", "Vård- och omsorgsnämnden – Tertialrapport 1 2025"),
        footer=lambda n, m: ("", "", f"Sida {n} av {m}"),
        rule_under_header=True,
    )
    result = Table(
        caption="Tabell 1. Driftredovisning per verksamhetsområde, tkr",
        header=(
            ("", "Budget", "Utfall", "Prognos", "Avvikelse"),
            ("Verksamhetsområde", "2025", "jan–apr", "2025", "(+ överskott)"),
        ),
        rows=(
            ("Nämnd och förvaltningsgemensamt", "46 200", "14 980", "44 950", "+1 250"),
            ("Myndighetsenheten", "38 400", "12 300", "37 900", "+500"),
            ("Hemtjänst", "521 800", "181 200", "531 300", "-9 500"),
            ("Vård- och omsorgsboende", "702 500", "236 100", "705 600", "-3 100"),
            ("Hälso- och sjukvård", "168 300", "58 900", "173 900", "-5 600"),
            ("Funktionsstöd", "455 900", "149 200", "453 800", "+2 100"),
            ("Summa", "1 933 100", "652 680", "1 947 450", "-14 350"),
        ),
        widths=(170.0, 64.0, 64.0, 64.0, 70.0),
        bold_rows=frozenset({6}),
        shade=(0.88, 0.92, 0.88),
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2025", size=20, font="sans-bold"),
        Title("Vård- och omsorgsnämnden", size=13, font="sans", after=4),
        Title("Uppföljning januari–april med helårsprognos", size=10, font="sans-italic", after=14),
        H("1 Inledning", 1),
        P(
            "Tertialrapporten redovisar nämndens ekonomiska läge efter årets fyra första månader tillsammans med en "
            "prognos för helåret. Uppföljningen av nämndens mål och uppdrag redovisas i delårsrapporten per "
            "augusti. Prognosen bygger på utfallet till och med april samt kända förändringar under resten av "
            "året."
        ),
        H("2 Ekonomisk sammanfattning", 1),
        P(
            "Vård- och omsorgsnämnden prognostiserar ett underskott på 14 350 tkr för 2025. De största "
            "avvikelserna finns inom hemtjänsten och hälso- och sjukvården.",
            C(
                None,
                "14 350 tkr",
                "-",
                note="Whole-committee forecast; table 1 Summa -14 350. No reason given.",
            ),
        ),
        P(
            "Utfallet för perioden januari–april visar en negativ avvikelse mot periodiserad budget på 8,3 mnkr.",
            C(None, "8,3 mnkr", "-", note="Period deviation against the periodised budget, in mnkr."),
        ),
        P(
            "Jämfört med prognosen i februariuppföljningen har helårsprognosen försämrats med 3 200 tkr, "
            "framför allt inom hälso- och sjukvården.",
            F(None, "3 200 tkr", "-"),
        ),
        result,
        P("Verksamhetsområdena kommenteras nedan i samma ordning som i tabell 1."),
        H("Nämnd och förvaltningsgemensamt", 3),
        P(
            "Överskottet på 1 250 tkr beror på att införandet av det nya verksamhetssystemet för "
            "dokumentation har senarelagts till 2026. Kostnaderna för licenser och konsulter blir därmed lägre "
            "än budgeterat i år.",
            C(
                "Nämnd och förvaltningsgemensamt",
                "1 250 tkr",
                "+",
                "it_digitalisering",
                "inhyrd_personal",
                "periodisering",
                note="Postponed IT system: licences (it_digitalisering), consultants (inhyrd_personal), delay.",
            ),
        ),
        H("Myndighetsenheten", 3),
        P(
            "Myndighetsenheten beräknas lämna ett överskott på 500 tkr till följd av vakanta "
            "biståndshandläggartjänster under våren.",
            C("Myndighetsenheten", "500 tkr", "+", "vakanser"),
        ),
        H("Hemtjänst", 3),
        PS(
            (
                "Hemtjänsten prognostiserar ett underskott på 9 500 tkr. Antalet beviljade hemtjänsttimmar "
                "ligger 7 procent över den nivå som budgeten bygger på, och ökningen är störst i områdena "
                "Väster och Norr. Sjukfrånvaron bland medarbetarna har samtidigt legat över 11 procent under "
                "perioden, vilket har gett höga kostnader för sjuklön och timvikarier.",
                C(
                    "Hemtjänst",
                    "9 500 tkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    note="Only the contiguous cause sentences; the measure and the outlook that follow are "
                    "their own items.",
                ),
            ),
            (
                "Förvaltningen har påbörjat en översyn av planeringen i samtliga hemtjänstområden och infört "
                "digitalt stöd för ruttplanering, vilket beräknas minska kostnaderna med 1 800 tkr på helår.",
                A("Hemtjänst", "1 800 tkr", "bemanning"),
            ),
            (
                "Om timvolymerna fortsätter att öka i samma takt under hösten kan underskottet bli större än "
                "prognosen.",
                O("Hemtjänst", "volymer", note="Outlook / risk in the same paragraph."),
            ),
        ),
        H("Vård- och omsorgsboende", 3),
        P(
            "Verksamheten redovisar en negativ avvikelse om 3 100 tkr. Nattbemanningen på två boenden har "
            "förstärkts för boende med stora omvårdnadsbehov, och priserna på livsmedel och "
            "förbrukningsmaterial har stigit mer än vad som ryms i budgeten.",
            C(
                "Vård- och omsorgsboende",
                "3 100 tkr",
                "-",
                "bemanning",
                "prisokningar",
                "material_hjalpmedel",
            ),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Det har under perioden varit svårt att rekrytera sjuksköterskor till den kommunala hemsjukvården, "
            "och vakanserna har till stor del täckts med personal från bemanningsföretag. Kostnaden för inhyrda "
            "sjuksköterskor uppgick till 2 950 tkr under januari–april, vilket inte är budgeterat. "
            "Verksamheten beräknas därför överskrida budgeten för helåret.",
            C(
                "Hälso- och sjukvård",
                "-5 600",
                "-",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="2 950 tkr is the period's cost of agency nurses, a supporting figure; the deviation is "
                "the table row (-5 600 tkr).",
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Funktionsstöd visar ett överskott på 2 100 tkr. Två nya gruppbostäder enligt LSS öppnar först i "
            "oktober i stället för i april som planerat, vilket ger lägre personalkostnader under året.",
            C(
                "Funktionsstöd",
                "2 100 tkr",
                "+",
                "volymer",
                "periodisering",
                note="Delayed opening of new units.",
            ),
        ),
        H("3 Åtgärder", 1),
        P("Utöver översynen av hemtjänstens planering genomförs följande åtgärder:"),
        Bullets(
            (
                "Avtalet med bemanningsföretaget för sjuksköterskor avslutas i september, och en "
                "rekryteringskampanj riktad till nyutexaminerade sjuksköterskor har startat.",
                "Hemtjänstgrupperna med högst sjukfrånvaro får förstärkt stöd från företagshälsovården för "
                "tidig rehabilitering.",
            ),
            labels=(
                A("Hälso- och sjukvård", None, "inhyrd_personal", "vakanser"),
                A("Hemtjänst", None, "sjukfranvaro"),
            ),
            glyph="–",
        ),
        P(
            "Nämndens buffert på 6 000 tkr fördelades redan i internbudgeten till hemtjänsten och kan inte "
            "användas för att täcka det prognostiserade underskottet.",
            O(None, "reserver", note="Buffer statement: financing, other."),
        ),
        H("4 Personal", 1),
        P(
            "Sjukfrånvaron för nämndens medarbetare var 9,4 procent under januari–april, jämfört med 8,7 "
            "procent under samma period 2024.",
            O(None, "sjukfranvaro", note="Year-on-year staff figure."),
        ),
        P(
            "Antalet tillsvidareanställda var 4 120 den 30 april. Andelen medarbetare som arbetar heltid var 81 "
            "procent."
        ),
    ]
    return ReportSpec(
        file="orebro-von-tertialrapport-2025-04.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2025 Vård- och omsorgsnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
