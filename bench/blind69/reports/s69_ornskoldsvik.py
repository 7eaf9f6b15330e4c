"""Örnsköldsviks kommun, Samhällsbyggnadsnämnden, delårsrapport per 31 augusti 2025.

A technical committee's interim report in DejaVu Sans 9.5 pt, footer with the nämnd's meeting in September:
the period "3,4 mkr bättre än periodens budget" with its timing reason in the same paragraph (one item) and
the full year "ett underskott på 6,9 mkr" in a paragraph of its own; a table in tkr with deficits in brackets
("(4 800)"); bold run-in verksamheter ending in a full stop, with the amount late in the paragraph ("beräknas
till 4,8 mkr, förutsatt en normal vinter"), "Underskottet mot budget om 1,7 mkr", a reason-only repair (the
row's "(850)"), "ger ett överskott på 0,5 mkr", a deficit with sick leave, and two verksamheter as a
"respektive" pair under one lead; a forecast change since the tertial report; investments "Av nämndens
investeringsbudget på 86,0 mkr beräknas 71,3 mkr" (14,7 never written out) and two projects "6,1 respektive
3,4 mkr billigare i år"; an action with its effect and a winter risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Örnsköldsviks kommun", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden, sammanträde 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, tkr (negativa avvikelser inom parentes)",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "5 400", "5 250", "150"),
            ("Gata och park", "68 900", "70 600", "(1 700)"),
            ("Vinterväghållning", "31 500", "36 300", "(4 800)"),
            ("Fastighet", "12 800", "13 650", "(850)"),
            ("Bygg och miljö", "9 700", "9 200", "500"),
            ("Lokalvård", "0", "400", "(400)"),
            ("Mark och exploatering", "1 200", "1 000", "200"),
            ("Summa", "129 500", "136 400", "(6 900)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport per 31 augusti 2025", size=18, font="sans-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Nämnden redovisar efter augusti ett utfall som är 3,4 mkr bättre än periodens budget. Överskottet beror "
            "till stor del på att underhållsarbeten på fastigheterna har planerats till hösten.",
            C(
                None,
                "3,4 mkr",
                "+",
                "periodisering",
                note="The period's deviation and its reason in contiguous sentences: one item.",
            ),
        ),
        P("Helårsprognosen visar ett underskott på 6,9 mkr.", C(None, "6,9 mkr", "-")),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Vinterväghållning.",
            "Den snörika vintern i början av året gjorde att budgeten för snöröjning och halkbekämpning var "
            "förbrukad redan i mars. Avvikelsen för helåret beräknas till 4,8 mkr, förutsatt en normal vinter i "
            "november och december.",
            C(
                "Vinterväghållning",
                "4,8 mkr",
                "-",
                "ovrigt",
                note="Snow is ovrigt; the amount late in the paragraph.",
            ),
        ),
        LP(
            "Gata och park.",
            "Underskottet mot budget om 1,7 mkr förklaras av höjda entreprenadpriser för beläggningsarbeten och av "
            "att elkostnaden för gatubelysningen har blivit högre än budgeterat.",
            C("Gata och park", "1,7 mkr", "-", "prisokningar"),
        ),
        LP(
            "Fastighet.",
            "Akut reparation av ett vattenskadat tak på kommunens förråd i Bjästa har belastat verksamheten.",
            C(
                "Fastighet",
                "(850)",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell, a deficit in brackets.",
            ),
        ),
        LP(
            "Bygg och miljö.",
            "Fler bygglovsansökningar än väntat, framför allt för fritidshus i kustområdet, ger ett överskott på "
            "0,5 mkr.",
            C("Bygg och miljö", "0,5 mkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Lokalvård.",
            "Lokalvården har ett underskott mot budget på 0,4 mkr till följd av sjukfrånvaro som har ersatts med "
            "timanställda.",
            C("Lokalvård", "0,4 mkr", "-", "sjukfranvaro", "vikarier"),
        ),
        LP(
            "Nämnd och ledning samt Mark och exploatering.",
            "De båda verksamheterna redovisar överskott om 0,15 respektive 0,2 mkr, genom lägre konsultkostnader "
            "respektive en tomtförsäljning i Domsjö.",
            C(
                "Nämnd och ledning",
                "0,15",
                "+",
                "inhyrd_personal",
                unit="mkr",
                note="Two verksamheter as a 'respektive' pair under one lead: two items, each with its own reason.",
                also=(C("Mark och exploatering", "0,2 mkr", "+", "avgifter_intakter"),),
            ),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen är 1,2 mkr sämre än i tertialrapporten, eftersom kostnaderna för vinterväghållningen blev "
            "högre än vad som beräknades i april.",
            F(None, "1,2 mkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Av nämndens investeringsbudget på 86,0 mkr beräknas 71,3 mkr att användas under 2025.",
                C(
                    "Investeringar",
                    "Av nämndens investeringsbudget på 86,0 mkr beräknas 71,3 mkr",
                    "+",
                    value=14_700_000,
                    note="Under-spending of 14,7 mkr, never written out: the computed value.",
                ),
            ),
            (
                "Gång- och cykelvägen mot Gullänget och ombyggnaden av busstorget blir 6,1 respektive 3,4 mkr "
                "billigare i år än budgeterat, eftersom upphandlingarna har försenats.",
                C(
                    "Gång- och cykelväg Gullänget",
                    "6,1",
                    "+",
                    "periodisering",
                    unit="mkr",
                    note="Two projects as a 'respektive' pair: two items.",
                    also=(C("Busstorget", "3,4 mkr", "+", "periodisering"),),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta planerat underhåll av lekplatser till 2026, vilket minskar kostnaderna "
            "med 0,6 mkr i år.",
            A("Gata och park", "0,6 mkr"),
        ),
        H("Risker", 2),
        P(
            "Vinterns utfall i november och december är den största osäkerheten. En vinter med lika mycket snö som "
            "i januari–mars skulle kunna öka underskottet med ytterligare 2–3 mkr.",
            O("Vinterväghållning", "ovrigt", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="ornskoldsvik-sbn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Örnsköldsvik",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Samhällsbyggnadsnämnden",
            "author": "Örnsköldsviks kommun",
        },
        style=style,
        blocks=blocks,
    )
