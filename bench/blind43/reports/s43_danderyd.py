"""Danderyds kommun, Fastighetsnämnden, kvartalsrapport mars och prognos 1 2026.

A property committee's first-quarter report in tkr and mnkr, with a header naming the administration and a
footer carrying the nämnd's meeting date in April: the full year "3,4 mnkr sämre än budget" with its reasons
in the next sentence (one item), the period "0,6 mnkr bättre än periodiserad budget" as planned maintenance
falls in summer (its own item); a kostnadsslag table with hyphen-minus and a budgeted result of zero; bold
run-in kostnadsslag ending in a full stop: rent revenue lost on two empty preschools, an insurance payment
"ger ett överskott på 0,8 mnkr", roof repairs after snow "överstiga budget med drygt tre miljoner kronor"
(words; the table says 3 100), electricity "ett positivt utfall jämfört med budget med 1,8 mnkr", two posts as
a "respektive" pair under one lead, a reason-only vacancy (the row's "400"), planned maintenance "inom
budget" (boilerplate); investments "25,6 mnkr lägre än budgeterat" and a project "1,4 mnkr dyrare än
projektbudgeten"; an action with "cirka 0,9 mnkr" and a risk (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: (
            "DANDERYDS KOMMUN – Tekniska kontoret",
            "Kvartalsrapport mars och prognos 1 2026",
        ),
        footer=lambda n, m: ("Fastighetsnämnden 2026-04-22", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr (negativ avvikelse = sämre än budget)",
        header=(("Kostnadsslag", "Budget 2026", "Utfall mars", "Prognos 1", "Avvikelse"),),
        rows=(
            ("Hyresintäkter", "248 600", "61 300", "246 400", "-2 200"),
            ("Övriga intäkter", "4 100", "1 500", "4 900", "800"),
            ("Driftkostnader", "-41 800", "-9 900", "-42 300", "-500"),
            ("Planerat underhåll", "-28 000", "-3 100", "-28 000", "0"),
            ("Akut underhåll", "-9 500", "-4 800", "-12 600", "-3 100"),
            ("Media (el, värme, vatten)", "-31 900", "-10 700", "-30 100", "1 800"),
            ("Kapitalkostnader", "-118 400", "-29 400", "-119 000", "-600"),
            ("Personal och administration", "-23 100", "-5 400", "-22 700", "400"),
            ("Resultat", "0", "-500", "-3 400", "-3 400"),
        ),
        widths=(150.0, 70.0, 66.0, 66.0, 62.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.91, 0.95),
    )
    blocks = [
        Title("Kvartalsrapport mars och prognos 1 2026", size=17, font="sans-bold", after=2),
        Title("Fastighetsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Fastighetsnämnden prognostiserar ett resultat för 2026 som är 3,4 mnkr sämre än budget. Det beror främst "
            "på akuta takreparationer efter vinterns snölast och på lägre hyresintäkter när två förskolor har "
            "tomställts.",
            C(None, "3,4 mnkr", "-", "ovrigt", "lokaler", "avgifter_intakter"),
        ),
        P(
            "Per mars är utfallet 0,6 mnkr bättre än periodiserad budget, eftersom planerat underhåll normalt utförs "
            "under sommarhalvåret.",
            C(None, "0,6 mnkr", "+", "periodisering"),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Hyresintäkter.",
            "Förskolorna Björkhagen och Sjöglimten har lämnats tomma efter barn- och utbildningsnämndens beslut om ny "
            "förskoleorganisation, och hyresintäkterna blir därför 2,2 mnkr lägre än budgeterat.",
            C(
                "Hyresintäkter",
                "2,2 mnkr",
                "-",
                "lokaler",
                "avgifter_intakter",
                note="Empty premises (lokaler) and lost rent revenue.",
            ),
        ),
        LP(
            "Övriga intäkter.",
            "Försäkringsersättningen för vattenskadan i en idrottshall i Enebyberg ger ett överskott på 0,8 mnkr.",
            C("Övriga intäkter", "0,8 mnkr", "+", "ovrigt"),
        ),
        LP(
            "Akut underhåll.",
            "Snölasten i februari orsakade läckage i taket på fyra skolor och ett äldreboende. Reparationerna har fått "
            "göras omedelbart, och kostnaden för akut underhåll beräknas överstiga budget med drygt tre miljoner "
            "kronor.",
            C(
                "Akut underhåll",
                "drygt tre miljoner kronor",
                "-",
                "ovrigt",
                value=3_000_000,
                note="An amount in words with 'drygt': the stated figure (the table says -3 100 tkr).",
            ),
        ),
        LP(
            "Media.",
            "Elpriset har hittills legat under budgetens antagande och solcellerna på kommunhusets tak har producerat "
            "mer än beräknat, vilket ger ett positivt utfall jämfört med budget med 1,8 mnkr.",
            C("Media", "1,8 mnkr", "+", "prisokningar", note="Lower electricity prices."),
        ),
        LP(
            "Driftkostnader och kapitalkostnader.",
            "Driftkostnaderna och kapitalkostnaderna blir 0,5 respektive 0,6 mnkr högre än budget, det senare eftersom "
            "två ombyggnader har aktiverats tidigare än planerat.",
            C(
                "Driftkostnader",
                "0,5",
                "-",
                unit="mnkr",
                note="A 'respektive' pair under one lead; the reason belongs to the second.",
                also=(C("Kapitalkostnader", "0,6 mnkr", "-", "periodisering"),),
            ),
        ),
        LP(
            "Personal och administration.",
            "En fastighetsförvaltartjänst har varit vakant under första kvartalet.",
            C(
                "Personal och administration",
                "400",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the table row's amount.",
            ),
        ),
        LP(
            "Planerat underhåll.",
            "Underhållsplanen för 2026 bedöms kunna genomföras inom budget.",
            BP("Planerat underhåll"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 86,4 mnkr, 25,6 mnkr lägre än budgeterat. Nybyggnaden av en förskola i "
            "Djursholm har försenats av ett överklagat bygglov och flyttas delvis till 2027.",
            C("Investeringar", "25,6 mnkr", "+", "periodisering"),
        ),
        P(
            "Energiprojektet med bergvärme i tre skolor beräknas däremot bli 1,4 mnkr dyrare än projektbudgeten till "
            "följd av högre entreprenadpriser.",
            C(
                "Energiprojektet med bergvärme",
                "1,4 mnkr",
                "-",
                "prisokningar",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen undersöker möjligheten att hyra ut de tomställda förskolorna till en extern hyresgäst från "
            "hösten, vilket skulle minska intäktsbortfallet med cirka 0,9 mnkr.",
            A("Hyresintäkter", "cirka 0,9 mnkr", "lokaler"),
        ),
        P(
            "Om nästa vinter blir lika snörik finns en risk för ytterligare kostnader för akut underhåll.",
            O("Akut underhåll", "ovrigt", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-fn-kvartalsrapport-2026-03.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Fastighetsnämnden"],
            "period": ["2026-03"],
            "report_type": "kvartalsrapport",
        },
        metadata={
            "title": "Kvartalsrapport mars och prognos 1 2026 Fastighetsnämnden",
            "author": "Danderyds kommun",
        },
        style=style,
        blocks=blocks,
    )
