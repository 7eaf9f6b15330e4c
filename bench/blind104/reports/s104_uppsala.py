"""Uppsala kommun, Räddningsnämnden, tertialrapport januari–april 2026.

A rescue service committee's tertial report in DejaVu Sans, header with Uppsala brandförsvar and footer with
the nämnd's May meeting: the full year "ett överskott om 1,2 miljoner kronor", the period "0,8 miljoner kronor
bättre än periodiserad budget" with its timing reason in the same sentence; a table in tkr with hyphen-minus;
bold run-in areas with a colon: "Avvikelsen är -1 450 tkr." with overtime, a fire and vacancies, fee revenue
"620 tkr högre än budgeterat", a reason-only surplus (the row's "380"), "lägre än budget, 450 tkr, efter att
avtalet … omförhandlats", delayed vehicles "900 tkr lägre kapitalkostnader", "följer budget" beside a row of
300 (boilerplate); "prognosen är oförändrad" (boilerplate forecast change); investments "16,2 miljoner kronor"
of 24,0 (7,8 never written out); an action and call-outs against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Uppsala kommun – Uppsala brandförsvar", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Räddningsnämnden 2026-05-28", "RÄN-2026-00117", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (avvikelse = budget − prognos)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Operativ räddningstjänst", "142 300", "143 750", "-1 450"),
            ("Förebyggande verksamhet", "18 600", "17 980", "620"),
            ("Utbildning", "3 900", "3 520", "380"),
            ("Ledningscentral", "11 250", "10 800", "450"),
            ("Fordon och materiel", "21 400", "20 500", "900"),
            ("Administration och nämnd", "9 550", "9 250", "300"),
            ("Summa", "207 000", "205 800", "1 200"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Räddningsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Räddningsnämnden prognostiserar ett överskott om 1,2 miljoner kronor för 2026.",
            C(None, "1,2 miljoner kronor", "+"),
        ),
        P(
            "Utfallet efter april är 0,8 miljoner kronor bättre än periodiserad budget, vilket till största delen "
            "beror på att inköpen av skyddsutrustning görs under hösten.",
            C(None, "0,8 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
        table,
        H("Kommentarer per verksamhet", 3),
        LP(
            "Operativ räddningstjänst:",
            "Avvikelsen är -1 450 tkr. Övertid och beredskapsersättningar har ökat efter den stora industribranden "
            "i mars och vakanser bland deltidsbrandmännen som har fått täckas med övertid.",
            C("Operativ räddningstjänst", "-1 450 tkr", "-", "overtid", "ovrigt", "vakanser"),
        ),
        LP(
            "Förebyggande verksamhet:",
            "Intäkterna från tillsyn och från avgifter för onödiga automatlarm blir 620 tkr högre än budgeterat.",
            C("Förebyggande verksamhet", "620 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Utbildning:",
            "Fler externa kurser i brandskydd har sålts till företag och till kommunens egna förvaltningar, "
            "vilket ger ett överskott.",
            C(
                "Utbildning",
                "380",
                "+",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Ledningscentral:",
            "Kostnaden för den gemensamma ledningscentralen blir lägre än budget, 450 tkr, efter att avtalet med "
            "de samverkande kommunerna omförhandlats.",
            C("Ledningscentral", "450 tkr", "+", "kopt_verksamhet"),
        ),
        LP(
            "Fordon och materiel:",
            "Leveransen av två nya höjdfordon har försenats till 2027, vilket ger 900 tkr lägre kapitalkostnader än "
            "budgeterat i år.",
            C("Fordon och materiel", "900 tkr", "+", "material_hjalpmedel", "periodisering"),
        ),
        LP(
            "Administration och nämnd:",
            "Verksamheten följer budget.",
            BP("Administration och nämnd", note="'följer budget' beside a row of 300: boilerplate."),
        ),
        P(
            "Jämfört med februariprognosen är prognosen oförändrad.",
            BF(None),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 24,0 miljoner kronor beräknas 16,2 miljoner kronor att användas under året, "
            "eftersom höjdfordonen levereras först 2027.",
            C(
                "Investeringar",
                "16,2 miljoner kronor",
                "+",
                "periodisering",
                value=7_800_000,
                note="Under-spending of 7,8 never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska övertiden rekryteras sex nya deltidsbrandmän till stationerna i Storvreta och "
            "Björklinge under maj.",
            A("Operativ räddningstjänst", None, "overtid", "vakanser"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet räddningsinsatser var 1 140 under perioden, 9 procent fler än motsvarande period 2025.",
            O(None, "volymer", note="Call-outs against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-rn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Räddningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Räddningsnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
