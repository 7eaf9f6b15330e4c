"""Västra Sörmlands Räddningstjänst (kommunalförbund), Direktionen, budgetuppföljning januari–juni 2026.

A fire and rescue kommunalförbund's half-year follow-up in tkr and mnkr with U+2212 signs, footer with the
direktion's meeting date in August: the period's result "640 tkr, att jämföra med ett periodiserat
budgeterat resultat på 250 tkr" (390 never written out) and the full year "ett underskott mot budget med 1 150
tkr" in two sentences, the members' contributions that "följer budget" (boilerplate), a kostnadsslag table,
then en-dash bullets under a generic heading: personnel costs "beräknas överskrida budget med 1,8 mnkr" after
a forest fire, "Externa intäkter: +700 tkr", vehicles "400 tkr högre än budget", a reason-only surplus (the
row's "350") and premises "i nivå med budget" (boilerplate); the change since the tertial report with its
cause, investments "Av årets investeringsbudget på 6,2 mnkr beräknas 4,0 mnkr användas" (2,2 never written
out), an action "cirka 300 tkr", equity and call-outs against last year with "beror på" (others). DejaVu
Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Västra Sörmlands Räddningstjänst", "Budgetuppföljning juni 2026"),
        footer=lambda n, m: ("Direktionen 2026-08-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("", "Budget 2026", "Utfall jan–jun", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "92 600", "46 300", "92 600", "0"),
            ("Externa intäkter", "8 400", "4 900", "9 100", "700"),
            ("Personalkostnader", "−76 800", "−39 200", "−78 600", "−1 800"),
            ("Fordon och materiel", "−7 300", "−3 700", "−7 700", "−400"),
            ("Lokaler", "−9 800", "−4 850", "−9 800", "0"),
            ("Övriga kostnader", "−6 100", "−2 810", "−5 750", "350"),
            ("Resultat", "1 000", "640", "−150", "−1 150"),
        ),
        widths=(122.0, 72.0, 78.0, 72.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning januari–juni 2026", size=18, font="sans-bold", after=2),
        Title("Västra Sörmlands Räddningstjänst", size=12, font="sans", after=12),
        H("Resultat och prognos", 2),
        PS(
            (
                "Förbundets resultat för första halvåret är 640 tkr, att jämföra med ett periodiserat budgeterat "
                "resultat på 250 tkr.",
                C(
                    None,
                    "640 tkr, att jämföra med ett periodiserat budgeterat resultat på 250 tkr",
                    "+",
                    value=390e3,
                    note="The period's deviation (390 tkr) is never written out: the computed value.",
                ),
            ),
            (
                "Helårsprognosen pekar på ett underskott mot budget med 1 150 tkr.",
                C(None, "1 150 tkr", "-", note="The full year in a sentence of its own."),
            ),
        ),
        P("Medlemsbidragen från medlemskommunerna följer budget.", BP("Medlemsbidrag")),
        table,
        H("Kommentarer till avvikelser", 2),
        Bullets(
            (
                "Personalkostnaderna beräknas överskrida budget med 1,8 mnkr. Skogsbranden vid Forssjö i maj krävde "
                "förstärkt beredskap under två veckor, och ersättningen till deltidsbrandmän har blivit dyrare efter "
                "det nya RIB-avtalet.",
                "Externa intäkter: +700 tkr, främst från fler utbildningar i brandskydd för företag och högre "
                "intäkter från automatlarm.",
                "Kostnaderna för fordon och materiel är 400 tkr högre än budget på grund av en motorreparation på "
                "höjdfordonet i Katrineholm.",
                "Övriga kostnader blir lägre än budget, då den planerade övningsveckan har ställts in.",
                "Lokalkostnaderna ligger i nivå med budget.",
            ),
            labels=(
                C(
                    "Personalkostnader",
                    "1,8 mnkr",
                    "-",
                    "ovrigt",
                    "lonekostnader",
                    note="A forest fire: ovrigt. A dearer agreement for part-time firefighters: lonekostnader.",
                ),
                C("Externa intäkter", "+700 tkr", "+", "avgifter_intakter", "volymer"),
                C(
                    "Fordon och materiel",
                    "400 tkr",
                    "-",
                    "material_hjalpmedel",
                    "ovrigt",
                    note="A repair: ovrigt, a vehicle: material_hjalpmedel.",
                ),
                C(
                    "Övriga kostnader",
                    "350",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="A reason only: the table row's amount. A cancelled exercise: ovrigt.",
                ),
                BP("Lokaler"),
            ),
            glyph="–",
        ),
        H("Förändring mot tertialrapporten", 2),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 900 tkr, vilket helt beror på skogsbranden vid "
            "Forssjö.",
            F(None, "900 tkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 6,2 mnkr beräknas 4,0 mnkr användas. Leveransen av en ny släckbil har "
            "försenats till 2027.",
            C(
                "Investeringar",
                "investeringsbudget på 6,2 mnkr beräknas 4,0 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=2.2e6,
                note="The under-spend (2,2 mnkr) is never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att skjuta upp nyanställningen av en brandinspektör till 2027, vilket minskar "
            "årets kostnader med cirka 300 tkr.",
            A("Personalkostnader", "cirka 300 tkr", "vakanser"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 7,9 mnkr och räcker för att täcka årets "
            "prognostiserade underskott.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
        P(
            "Antalet larm under första halvåret var 612, vilket är 14 procent fler än samma period 2025 och beror på "
            "den torra våren.",
            O(None, "volymer", note="Call-outs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="vastra-sormlands-raddningstjanst-budgetuppfoljning-2026-06.pdf",
        report={
            "municipality": [
                "Västra Sörmlands Räddningstjänst",
                "Kommunalförbundet Västra Sörmlands Räddningstjänst",
                "VSR",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Budgetuppföljning juni 2026 Västra Sörmlands Räddningstjänst",
            "author": "Västra Sörmlands Räddningstjänst",
        },
        style=style,
        blocks=blocks,
    )
