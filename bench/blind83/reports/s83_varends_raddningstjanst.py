"""Värends Räddningstjänst (kommunalförbund), Direktionen, delårsrapport januari–augusti 2025.

A fire and rescue kommunalförbund's interim report in tkr, footer with the direktion's meeting date in
September: the period "620 tkr bättre än periodiserad budget" and the full year "ett underskott på 1 300 tkr
mot budget" with the areas named but no reasons (no tags), the members' contributions that "följer budget"
(boilerplate); a table whose minus is set apart by a space ("- 1 450") with a note that a negative deviation is
worse than budget; plain headings whose prose carries the amount ("överskrider budget med 1 450 tkr", "För
fordon och materiel blir kostnaden 800 tkr högre än budgeterat", "beräknas bli 650 tkr högre än budget") and a
reason-only premises surplus (the row's "300"); the change since the tertial report with its cause;
investments "4,5 mnkr lägre än budgeterat"; an action with its effect, equity and call-outs against last year
with "beror på" (others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Värends Räddningstjänst", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Direktionen 2025-09-25", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag 2025, tkr. Negativ avvikelse innebär ett sämre utfall än budget.",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "96 800", "96 800", "0"),
            ("Externa intäkter", "8 400", "9 050", "650"),
            ("Personalkostnader", "-78 900", "-80 350", "- 1 450"),
            ("Fordon och materiel", "-9 600", "-10 400", "- 800"),
            ("Lokaler", "-11 200", "-10 900", "300"),
            ("Övriga kostnader", "-5 000", "-5 000", "0"),
            ("Resultat", "500", "-800", "- 1 300"),
        ),
        widths=(150.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Värends Räddningstjänst", size=12.5, font="cond", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Värends Räddningstjänst är ett kommunalförbund som svarar för räddningstjänst och förebyggande arbete i "
            "Växjö och Alvesta kommuner. Förbundet har heltidsstyrkor i Växjö och Alvesta och deltidsstyrkor på sex "
            "orter."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Resultatet för perioden januari–augusti uppgår till 1 940 tkr, vilket är 620 tkr bättre än "
            "periodiserad budget.",
            C(None, "620 tkr", "+", note="The period: the deviation, not the result, is the amount."),
        ),
        P(
            "Helårsprognosen visar ett underskott på 1 300 tkr mot budget. Det är framför allt personalkostnaderna "
            "och fordonen som drar över.",
            C(None, "1 300 tkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P("Medlemsbidragen från Växjö kommun och Alvesta kommun följer budget.", BP("Medlemsbidrag")),
        table,
        H("Personal", 3),
        P(
            "Personalkostnaderna överskrider budget med 1 450 tkr. Sommarens skogsbränder och den långa torkan "
            "krävde att deltidsstyrkorna förstärktes med extra beredskap, och det nya avtalet för personal i "
            "beredskap innebär högre timersättningar från maj.",
            C(
                "Personalkostnader",
                "1 450 tkr",
                "-",
                "ovrigt",
                "lonekostnader",
                note="Forest fires: ovrigt. A new agreement's rates: lonekostnader.",
            ),
        ),
        H("Fordon och materiel", 3),
        P(
            "För fordon och materiel blir kostnaden 800 tkr högre än budgeterat, sedan två tankbilar har fått "
            "omfattande reparationer och priset på diesel har stigit.",
            C("Fordon och materiel", "800 tkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        H("Intäkter", 3),
        P(
            "De externa intäkterna beräknas bli 650 tkr högre än budget. Fler företag har beställt utbildning i "
            "brandskydd och förbundet har fakturerat fler onödiga automatlarm.",
            C("Externa intäkter", "650 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Lokaler", 3),
        P(
            "Lokalkostnaderna ligger under budget eftersom den nya brandstationen i Alvesta blev färdig först i juni "
            "och hyran därför började löpa senare än planerat.",
            C(
                "Lokaler",
                "300",
                "+",
                "lokaler",
                "periodisering",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Förändring jämfört med tertialrapporten", 2),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 900 tkr, i huvudsak på grund av sommarens "
            "skogsbränder.",
            F(None, "900 tkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 4,5 mnkr lägre än budgeterat, då upphandlingen av ett nytt räddningsfordon "
            "har överklagats och leveransen därför inte hinner ske i år.",
            C("Investeringar", "4,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att skjuta upp inköpet av ny skyddsutrustning till 2026, vilket minskar "
            "kostnaderna med 300 tkr i år.",
            A("Fordon och materiel", "300 tkr", "material_hjalpmedel"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Det egna kapitalet uppgår till 6,1 mnkr efter delåret och räcker för att täcka årets underskott.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
        P(
            "Antalet larm under perioden var 1 126, 14 procent fler än under januari–augusti 2024, vilket beror på den "
            "torra sommaren.",
            O(None, "volymer", note="Call-outs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="varends-raddningstjanst-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Värends Räddningstjänst",
                "Kommunalförbundet Värends Räddningstjänst",
                "Värends räddningstjänstförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Värends Räddningstjänst",
            "author": "Värends Räddningstjänst",
        },
        style=style,
        blocks=blocks,
    )
