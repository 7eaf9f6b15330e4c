"""Räddningstjänsten Väst (kommunalförbund of Varberg and Falkenberg), Direktionen, delårsrapport 2025-08.

A fire and rescue kommunalförbund's interim report in tkr and mnkr, footer with the direktion's meeting date
in September: the period "2 310 tkr bättre än periodiserad budget", the full year "ett resultat på 1 200 tkr
mot ett budgeterat nollresultat" (the result is the amount), the change since the tertial report with its
cause; a result table with plus signs for the better ("+1 450") and costs as negatives; a bold run-in lead that
carries the amount ("Övriga intäkter +1 450 tkr."), a heading that carries it ("Personalkostnader −1 700
tkr") with overtime, call-outs and the pay round, "250 tkr lägre än budgeterat" for premises, a reason-only
row with a plus sign (the row's "+300"), depreciation and the finance net as a "respektive" pair with one
reason (two items, the finance net without a tag); the members' contributions (other), an action, investments
"beräknas underskridas med 11,8 mnkr" and equity (other). 9 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("bold", "bold", "bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Räddningstjänsten Väst", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-09-25", "Dnr RTV 2025/46", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning i sammandrag, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "198 400", "198 400", "0"),
            ("Övriga intäkter", "14 600", "16 050", "+1 450"),
            ("Personalkostnader", "-156 200", "-157 900", "-1 700"),
            ("Lokalkostnader", "-18 900", "-18 650", "+250"),
            ("Övriga verksamhetskostnader", "-29 100", "-28 800", "+300"),
            ("Avskrivningar", "-8 300", "-7 600", "+700"),
            ("Finansnetto", "-500", "-300", "+200"),
            ("Resultat", "0", "1 200", "+1 200"),
        ),
        widths=(180.0, 80.0, 80.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="bold", after=2),
        Title(
            "Räddningstjänsten Väst – kommunalförbund för Varberg och Falkenberg",
            size=11,
            font="sans",
            after=12,
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för januari–augusti uppgår till 4 850 tkr, vilket är 2 310 tkr bättre än "
            "periodiserad budget.",
            C(None, "2 310 tkr", "+"),
        ),
        PS(
            (
                "Helårsprognosen är ett resultat på 1 200 tkr mot ett budgeterat nollresultat.",
                C(
                    None,
                    "1 200 tkr",
                    "+",
                    note="A förbund's full-year result against a budgeted zero: the result is the amount.",
                ),
            ),
            (
                "Prognosen är 600 tkr bättre än i tertialrapporten, till följd av högre intäkter från utbildningar "
                "och automatlarm.",
                F(None, "600 tkr", "+", "avgifter_intakter"),
            ),
        ),
        table,
        H("Avvikelser per post", 2),
        LP(
            "Övriga intäkter +1 450 tkr.",
            "Intäkterna från felaktiga automatlarm och från utbildningar för externa kunder har blivit högre än "
            "budgeterat, och förbundet har fakturerat Halmstads kommun för stöd vid en större brand i juli.",
            C(
                "Övriga intäkter",
                "+1 450 tkr",
                "+",
                "avgifter_intakter",
                note="The run-in lead carries the amount.",
            ),
        ),
        HP(
            "Personalkostnader −1 700 tkr",
            "Personalkostnaderna överskrider budget på grund av den höga insatsvolymen under sommaren, som har krävt "
            "mer övertid för heltidsstyrkorna och fler timmar för räddningspersonal i beredskap. Därtill blev "
            "lönerevisionen 0,4 procentenheter högre än budgeterat.",
            C(
                "Personalkostnader",
                "−1 700 tkr",
                "-",
                "overtid",
                "volymer",
                "lonekostnader",
                note="The heading carries the amount; the percentage points are not it.",
            ),
        ),
        P(
            "Lokalkostnaderna blir 250 tkr lägre än budgeterat, eftersom hyreshöjningen för brandstationen i "
            "Falkenberg blev lägre än den indexuppräkning som budgeten bygger på.",
            C("Lokalkostnader", "250 tkr", "+", "lokaler"),
        ),
        P(
            "Övriga verksamhetskostnader påverkas av att priset på diesel har varit lägre än beräknat.",
            C(
                "Övriga verksamhetskostnader",
                "+300",
                "+",
                "material_hjalpmedel",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's amount. Fuel is material_hjalpmedel.",
            ),
        ),
        P(
            "Avskrivningar och finansnetto blir 700 respektive 200 tkr lägre än budget, eftersom leveransen av två "
            "nya höjdfordon har försenats till 2026.",
            C(
                "Avskrivningar",
                "700",
                "+",
                "periodisering",
                "material_hjalpmedel",
                unit="tkr",
                note="A 'respektive' pair with one reason: two items; the finance net gets no tag.",
                also=(C("Finansnetto", "200 tkr", "+"),),
            ),
        ),
        P(
            "Medlemsbidragen från Varbergs och Falkenbergs kommuner uppgår till 198,4 mnkr enligt budget och "
            "fördelas efter invånarantal.",
            O("Medlemsbidrag", note="The members' contributions: other."),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska övertiden har förbundet under hösten anställt två brandmän på visstid, som placeras i "
            "de styrkor där övertiden har varit störst.",
            A("Personalkostnader", None, "overtid"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 22,5 mnkr beräknas underskridas med 11,8 mnkr, främst då höjdfordonen levereras "
            "först under 2026.",
            C("Investeringar", "11,8 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital beräknas uppgå till 14,6 mnkr vid årets slut, vilket är i linje med direktionens "
            "riktlinje om ett eget kapital på minst 5 procent av omslutningen.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-vast-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Räddningstjänsten Väst", "Kommunalförbundet Räddningstjänsten Väst"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Räddningstjänsten Väst"},
        style=style,
        blocks=blocks,
    )
