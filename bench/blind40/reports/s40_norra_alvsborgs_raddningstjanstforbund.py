"""Norra Älvsborgs Räddningstjänstförbund (kommunalförbund), Direktionen, tertialrapport januari–april 2026.

A fire and rescue kommunalförbund's tertial report in tkr and mnkr, footer with the direktion's meeting date
in May: the period's result "1 240 tkr, att jämföra med ett periodiserat budgeterat resultat på 400 tkr"
(840 never written out: the computed value), the full year "ett underskott om 1,6 mnkr mot budget" with the
posts that grow named without reasons; a kostnadsslag table whose "Diff" is forecast minus budget for
revenue and costs alike (so "1 800" for personnel is a deficit, "−300" for other costs a surplus), with its
note; plain level-3 headings per kostnadsslag: "1,8 mnkr högre än budget" with call-outs, sick leave and
overtime, "överskrider budget med 800 tkr" (vehicle repairs and spare-part prices), revenue "700 tkr bättre
än budget", a reason-only surplus whose cell is "−300", and two posts that "följer budget" in one sentence
(two boilerplate items); investments "överskrida budgeten med 5,5 mnkr" when fire engines arrive early; two
actions, equity and call-outs against last year with "beror på" (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("NÄRF – Norra Älvsborgs Räddningstjänstförbund", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-28", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, tkr",
        header=(("", "Budget 2026", "Prognos 2026", "Diff"),),
        rows=(
            ("Medlemsbidrag", "112 600", "112 600", "0"),
            ("Övriga intäkter", "9 800", "10 500", "700"),
            ("Personalkostnader", "94 300", "96 100", "1 800"),
            ("Fordon och materiel", "8 900", "9 700", "800"),
            ("Lokaler", "11 200", "11 200", "0"),
            ("Övriga kostnader", "6 100", "5 800", "−300"),
            ("Avskrivningar och räntor", "700", "700", "0"),
            ("Resultat", "1 200", "−400", "−1 600"),
        ),
        widths=(170.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=18, font="sans-bold", after=2),
        Title("Norra Älvsborgs Räddningstjänstförbund", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Förbundets resultat för januari–april är 1 240 tkr, att jämföra med ett periodiserat budgeterat "
            "resultat på 400 tkr.",
            C(
                None,
                "1 240 tkr, att jämföra med ett periodiserat budgeterat resultat på 400 tkr",
                "+",
                value=840_000,
                note="The period's result against a periodised budgeted result: 840 tkr, never written out.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett underskott om 1,6 mnkr mot budget. Det är framför allt kostnaderna för "
            "deltidsbrandmän och för fordonsunderhåll som ökar, medan intäkterna från externa utbildningar blir "
            "högre än budgeterat.",
            C(None, "1,6 mnkr", "-", note="Posts named without reasons: no tags."),
        ),
        P(
            "Diff i tabellen är prognos minus budget. För intäkter innebär ett positivt tal ett bättre utfall, för "
            "kostnader ett sämre.",
            size=8.5,
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna beräknas bli 1,8 mnkr högre än budget. Fler larm under årets första månader har "
            "gett höga kostnader för deltidsbrandmännens utryckningar, och två heltidsbrandmän har varit "
            "långtidssjukskrivna, vilket har täckts med övertid.",
            C("Personalkostnader", "1,8 mnkr", "-", "volymer", "sjukfranvaro", "overtid"),
        ),
        H("Fordon och materiel", 3),
        P(
            "Reparationen av motorn på ett av förbundets höjdfordon och högre priser på reservdelar gör att posten "
            "överskrider budget med 800 tkr.",
            C("Fordon och materiel", "800 tkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        H("Övriga intäkter", 3),
        P(
            "Intäkterna från utbildningar i brandskydd och hjärt- och lungräddning för företag bedöms bli 700 tkr "
            "bättre än budget, eftersom efterfrågan har ökat.",
            C("Övriga intäkter", "700 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Övriga kostnader", 3),
        P(
            "Lägre kostnader än beräknat för konsultstöd i upphandlingen av nytt ledningssystem ger ett överskott.",
            C(
                "Övriga kostnader",
                "−300",
                "+",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="A reason only: the cell as printed (forecast minus budget, so a surplus); consultants.",
            ),
        ),
        H("Medlemsbidrag och lokaler", 3),
        P(
            "Medlemsbidragen och lokalkostnaderna följer budget.",
            BP(
                "Medlemsbidrag",
                note="Two posts in one sentence: two boilerplate items.",
                also=(BP("Lokaler"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 14,0 mnkr. Leveransen av två nya släckbilar har tidigarelagts från "
            "2027, vilket gör att investeringarna i år beräknas överskrida budgeten med 5,5 mnkr.",
            C(
                "Investeringar",
                "5,5 mnkr",
                "-",
                "periodisering",
                "material_hjalpmedel",
                note="An investment overrun from an earlier delivery: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att skjuta upp rekryteringen av en brandingenjör till 2027, vilket minskar "
            "personalkostnaderna med 400 tkr i år.",
            A("Personalkostnader", "400 tkr", "vakanser"),
        ),
        P(
            "Förbundet har också infört stopp för övertid i samband med planerade övningar.",
            A("Personalkostnader", None, "overtid"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 9,8 mnkr, vilket räcker för att täcka det "
            "prognostiserade underskottet.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        P(
            "Antalet räddningsinsatser under januari–april var 612, vilket är 15 procent fler än samma period 2025 "
            "och främst beror på flera bränder i flerbostadshus.",
            O(None, "volymer", note="Call-outs against last year with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="norra-alvsborgs-raddningstjanstforbund-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Norra Älvsborgs Räddningstjänstförbund",
                "Kommunalförbundet Norra Älvsborgs Räddningstjänstförbund",
                "NÄRF",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Norra Älvsborgs Räddningstjänstförbund",
            "author": "Norra Älvsborgs Räddningstjänstförbund",
        },
        style=style,
        blocks=blocks,
    )
