"""Sörmlandskustens Räddningstjänst (kommunalförbund), Direktionen, årsredovisning 2025.

A fire and rescue kommunalförbund's annual report in tkr and mnkr with U+2212 minus signs, footer with the
direktion's adoption date in March 2026: the result "−2 360 tkr" against a budgeted 400 tkr, "en negativ
budgetavvikelse på 2 760 tkr" (the deviation is the amount); the members' fees "enligt budget" (boilerplate);
a kostnadsslag table with a note that a negative figure is worse than budget; bold run-in kostnadsslag ending
in a colon: "2,7 mnkr högre än budgeterat" (negative), revenue that "överstiger budget med 1 300 tkr"
(positive), a reason-only row (the table's "−550"), "nästan en miljon kronor" in words against the row's
"−960" and a cost "150 tkr lägre än budget" with no reason; the outcome against the interim report's forecast
with a cause (a forecast change of "1,3 mnkr"); investments "2,8 mnkr förs över till 2026"; equity and
balanskrav, and call-outs against last year (other); an action "800 tkr lägre kostnader 2026". DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Sörmlandskustens Räddningstjänst", "Årsredovisning 2025"),
        footer=lambda n, m: ("Fastställd av direktionen 2026-03-26", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag 2025, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "118 200", "118 200", "0"),
            ("Övriga intäkter", "14 600", "15 900", "1 300"),
            ("Personalkostnader", "−104 900", "−107 600", "−2 700"),
            ("Lokalkostnader", "−11 800", "−12 350", "−550"),
            ("Fordon och material", "−9 700", "−10 660", "−960"),
            ("Övriga kostnader", "−4 300", "−4 150", "150"),
            ("Finansiella poster", "−1 700", "−1 700", "0"),
            ("Årets resultat", "400", "−2 360", "−2 760"),
        ),
        widths=(150.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="cond-bold", after=2),
        Title("Sörmlandskustens Räddningstjänst", size=13, font="cond", after=12),
        H("Förvaltningsberättelse", 2),
        P(
            "Förbundet ansvarar för räddningstjänst och förebyggande verksamhet i Nyköpings, Oxelösunds, Gnestas och "
            "Trosas kommuner. Året präglades av en torr försommar med många bränder i skog och mark, och av att den "
            "nya brandstationen i Gnesta togs i bruk."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Förbundet redovisar ett resultat på −2 360 tkr för 2025. Det budgeterade resultatet var 400 tkr, vilket "
            "ger en negativ budgetavvikelse på 2 760 tkr.",
            C(
                None,
                "2 760 tkr",
                "-",
                note="The result and the budget as levels; the deviation is the amount.",
            ),
        ),
        P("Medlemsavgifterna har betalats in enligt budget.", BP("Medlemsavgifter")),
        P("Avvikelse: negativt tal innebär ett sämre utfall än budget.", size=9.0),
        table,
        LP(
            "Personalkostnader:",
            "Kostnaderna för räddningspersonal i beredskap blev 2,7 mnkr högre än budgeterat. Antalet larm ökade "
            "kraftigt under den torra försommaren, och det nya avtalet för deltidsbrandmän höjde ersättningen från "
            "maj.",
            C("Personalkostnader", "2,7 mnkr", "-", "volymer", "lonekostnader"),
        ),
        LP(
            "Övriga intäkter:",
            "Intäkterna överstiger budget med 1 300 tkr tack vare fler utbildningar för externa kunder och "
            "ersättning för insatser vid trafikolyckor på E4:an.",
            C("Övriga intäkter", "1 300 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Lokalkostnader:",
            "Hyran för den nya brandstationen i Gnesta började debiteras i mars, två månader tidigare än budgeterat.",
            C(
                "Lokalkostnader",
                "−550",
                "-",
                "lokaler",
                "periodisering",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Fordon och material:",
            "Reparationen av ett höjdfordon och dyrare drivmedel innebar att budgeten överskreds med nästan en miljon "
            "kronor.",
            C(
                "Fordon och material",
                "nästan en miljon kronor",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                value=1e6,
                note="An amount in words: the stated figure, not the row's −960.",
            ),
        ),
        LP(
            "Övriga kostnader:",
            "Posten blev 150 tkr lägre än budget.",
            C("Övriga kostnader", "150 tkr", "+", note="No reason: no tags."),
        ),
        H("Jämförelse med prognosen i delårsrapporten", 2),
        P(
            "I delårsrapporten per augusti prognostiserades ett underskott mot budget på 1,5 mnkr. Utfallet blev 1,3 "
            "mnkr sämre än den prognosen, främst på grund av reparationen av höjdfordonet i november.",
            F(None, "1,3 mnkr", "-", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Förbundet investerade 6,2 mnkr av budgeterade 9,0 mnkr. Den nya tankbilen levererades inte före "
            "årsskiftet, och 2,8 mnkr förs över till 2026.",
            C("Investeringar", "2,8 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Eget kapital och balanskrav", 2),
        P(
            "Det egna kapitalet uppgår efter årets underskott till 7,9 mnkr. Direktionen föreslår att underskottet "
            "regleras mot eget kapital och att balanskravsresultatet inte återställs, med hänvisning till synnerliga "
            "skäl.",
            O(None, "reserver", note="Equity and balanskrav."),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Direktionen har beslutat att minska antalet övningstimmar för deltidspersonalen och att se över "
            "bemanningen på stationen i Trosa, vilket beräknas ge 800 tkr lägre kostnader 2026.",
            A("Personalkostnader", "800 tkr", "bemanning"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet larm under 2025 var 2 310, vilket är 14 procent fler än 2024 och beror främst på bränderna i "
            "juni.",
            O(None, "volymer", note="Call-outs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="sormlandskustens-raddningstjanst-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Sörmlandskustens Räddningstjänst",
                "Kommunalförbundet Sörmlandskustens Räddningstjänst",
                "Sörmlandskustens räddningstjänstförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025 Sörmlandskustens Räddningstjänst",
            "author": "Sörmlandskustens Räddningstjänst",
        },
        style=style,
        blocks=blocks,
    )
