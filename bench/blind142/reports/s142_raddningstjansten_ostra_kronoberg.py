"""Räddningstjänsten Östra Kronoberg (kommunalförbund), Direktionen, delårsrapport 2025-08.

A fire and rescue kommunalförbund's interim report in tkr with the direktion's meeting date in October in
the footer: the period "740 tkr bättre än budget" after two results, the full year "en negativ avvikelse mot
budgeterat resultat (600 tkr) med 950 tkr" (the bracket is the budgeted level), the members' fees that
"följer budget" (boilerplate), the change since the tertial report with its cause; a post table with en-dash
minus ("–1 550"); bold run-in posts: a forest fire's cost "överstiga budget med 1 550 tkr" after its
reasons, a reason-only deficit (the row's "–280"), revenue "420 tkr högre än budgeterat", a postponed rent
rise "260 tkr lägre kostnader än budget", a reason-only surplus (the row's "200"); investments "1,7 mnkr
förs därför över till nästa år", an action "cirka 200 tkr" and equity (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A reason only: the table row's cell (tkr, en-dash minus)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Östra Kronoberg", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-10-02", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per post, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "52 800", "52 800", "0"),
            ("Övriga intäkter", "3 100", "3 520", "420"),
            ("Personalkostnader", "–41 600", "–43 150", "–1 550"),
            ("Fordon och materiel", "–5 200", "–5 480", "–280"),
            ("Lokaler", "–4 900", "–4 640", "260"),
            ("Övriga kostnader", "–3 200", "–3 000", "200"),
            ("Avskrivningar och finansiella poster", "–400", "–400", "0"),
            ("Resultat", "600", "–350", "–950"),
        ),
        widths=(180.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport 1 januari – 31 augusti 2025", size=18, font="sans-bold", after=2),
        Title("Räddningstjänsten Östra Kronoberg", size=12, font="sans", after=12),
        H("Förbundet", 2),
        P(
            "Räddningstjänsten Östra Kronoberg är ett kommunalförbund med Uppvidinge, Lessebo och Tingsryds kommuner "
            "som medlemmar. Förbundet svarar för räddningstjänst, tillsyn och förebyggande arbete i de tre "
            "kommunerna och har deltidsstyrkor på åtta orter."
        ),
        H("Ekonomi", 2),
        P(
            "Förbundets resultat för perioden är 1 140 tkr. Det periodiserade budgeterade resultatet var 400 tkr, "
            "och perioden är därmed 740 tkr bättre än budget.",
            C(None, "740 tkr", "+", note="The period: two results, then the deviation."),
        ),
        P(
            "För helåret prognostiseras ett resultat på −350 tkr, vilket innebär en negativ avvikelse mot "
            "budgeterat resultat (600 tkr) med 950 tkr.",
            C(
                None,
                "950 tkr",
                "-",
                note="The bracket is the budgeted result, not last month's value or the amount.",
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har resultatet försämrats med 600 tkr till följd av "
            "skogsbranden vid Ryd.",
            F(None, "600 tkr", "-", "ovrigt"),
        ),
        P(
            "Medlemsavgifterna från de tre kommunerna följer budget.",
            BP("Medlemsavgifter"),
        ),
        table,
        LP(
            "Personalkostnader.",
            "Skogsbranden vid Ryd i juli krävde förstärkt beredskap under elva dygn, och deltidsbrandmännens "
            "ersättningar för larm och övningar har varit höga. Sammantaget beräknas personalkostnaderna överstiga "
            "budget med 1 550 tkr.",
            C("Personalkostnader", "1 550 tkr", "-", "ovrigt", note="A forest fire: ovrigt."),
        ),
        LP(
            "Fordon och materiel.",
            "Reparationen av höjdfordonet i Lessebo och högre dieselpriser ger ett underskott.",
            C(
                "Fordon och materiel",
                "–280",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Övriga intäkter.",
            "Fler utbildningar i brandskydd för företag och skolor, och ersättning från staten för släckinsatsen vid "
            "Ryd, gör att intäkterna blir 420 tkr högre än budgeterat.",
            C("Övriga intäkter", "420 tkr", "+", "avgifter_intakter", "ovrigt"),
        ),
        LP(
            "Lokaler.",
            "Den planerade hyreshöjningen för stationen i Tingsryd skjuts till 2026, vilket ger 260 tkr lägre "
            "kostnader än budget.",
            C("Lokaler", "260 tkr", "+", "lokaler", "periodisering"),
        ),
        LP(
            "Övriga kostnader.",
            "Kostnaderna för utbildning vid MSB:s skolor blir lägre än planerat när två kurser ställdes in.",
            C("Övriga kostnader", "200", "+", "ovrigt", unit="tkr", table=True, note=ROW),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 4,5 mnkr beräknas 2,8 mnkr användas. Leveransen av en ny tankbil har "
            "försenats till våren 2026, och 1,7 mnkr förs därför över till nästa år.",
            C("Investeringar", "1,7 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat om restriktivitet med övningar utanför ordinarie schema under hösten, vilket "
            "väntas ge cirka 200 tkr.",
            A("Personalkostnader", "cirka 200 tkr"),
        ),
        H("Larm och insatser", 2),
        P(
            "Antalet larm under perioden var 412, jämfört med 367 samma period 2024. Ökningen beror främst på fler "
            "automatlarm och den torra sommaren.",
            O(None, note="Call-outs against the previous year, with 'beror på': other."),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick till 3,9 mnkr vid periodens slut. Med helårsprognosen minskar det till "
            "2,4 mnkr vid årets slut.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-ostra-kronoberg-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Östra Kronoberg",
                "Kommunalförbundet Räddningstjänsten Östra Kronoberg",
                "Räddningstjänstförbundet Östra Kronoberg",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025", "author": "Räddningstjänsten Östra Kronoberg"},
        style=style,
        blocks=blocks,
    )
