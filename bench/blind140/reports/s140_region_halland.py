"""Region Halland, Hälso- och sjukvårdsnämnden, delårsrapport januari–augusti 2025.

A region's health-care committee's interim report whose result table is pasted as an image (every amount in
the prose), footer with the nämnd's meeting date in September: the period's accumulated result "−74 mnkr …
74 mnkr sämre än budget för perioden", then in one paragraph the full year "Helårsprognosen är −118 mnkr."
and the change since the tertial report with its causes (a forecast change); under a generic heading, bold
run-in areas with a colon in varied shapes ("beräknas överstiga budget med 38 miljoner kronor" with a price
percentage that is not the amount, "Prognosen är −41 mnkr, varav ungefär hälften", "ger en negativ
avvikelse på 46 mnkr", "Avvikelsen −9 mnkr hänger samman med", "visar +12 mnkr, eftersom"), two areas as a
"respektive" pair with a reason each ("+7 respektive −3 mnkr"); an action with its yearly effect, a financial
goal not met because of the deficit and an uncertainty about late invoices (others). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Region Halland", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden 2025-09-25", "HSN 2025/0345", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per område 2025, mnkr",
        header=(("Område", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Specialiserad vård", "3 412", "3 458", "-46"),
            ("Vårdval Halland", "1 986", "1 974", "12"),
            ("Psykiatri", "684", "693", "-9"),
            ("Utomlänsvård", "512", "550", "-38"),
            ("Läkemedel", "1 105", "1 146", "-41"),
            ("Tandvård", "214", "207", "7"),
            ("Hjälpmedel", "168", "171", "-3"),
            ("Summa", "8 081", "8 199", "-118"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        shade=(0.88, 0.92, 0.88),
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12.5, font="arial", after=12),
        H("Sammanfattning av ekonomin", 1),
        P(
            "Hälso- och sjukvårdsnämnden redovisar ett ackumulerat resultat på −74 mnkr efter augusti, vilket är 74 "
            "mnkr sämre än budget för perioden.",
            C(None, "74 mnkr", "-", note="The period's result against a budgeted zero."),
        ),
        PS(
            ("Helårsprognosen är −118 mnkr.", C(None, "−118 mnkr", "-", note="The full year, no reason.")),
            (
                "Det är en försämring med 31 mnkr jämfört med prognosen i tertialrapporten, främst inom läkemedel och "
                "vård i andra regioner.",
                F(None, "31 mnkr", "-", "material_hjalpmedel", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Avvikelser per område", 2),
        LP(
            "Utomlänsvård:",
            "Kostnaderna för vård i andra regioner, framför allt högspecialiserad vård vid universitetssjukhusen i "
            "Göteborg och Lund, beräknas överstiga budget med 38 miljoner kronor. Fler patienter har remitterats för "
            "cancerbehandling och thoraxkirurgi, och de andra regionernas priser har höjts med 5,1 procent.",
            C(
                "Utomlänsvård",
                "38 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="The price percentage is not the amount.",
            ),
        ),
        LP(
            "Läkemedel:",
            "Läkemedelskostnaderna ökar snabbare än budgeterat. Prognosen är −41 mnkr, varav ungefär hälften avser "
            "nya cancerläkemedel och resten läkemedel mot diabetes och fetma.",
            C("Läkemedel", "−41 mnkr", "-", "material_hjalpmedel", note="Drugs: material_hjalpmedel."),
        ),
        LP(
            "Specialiserad vård:",
            "Ersättningen till Hallands sjukhus för vård utöver uppdraget, främst operationer för att korta köerna "
            "inom ortopedi och gynekologi, ger en negativ avvikelse på 46 mnkr.",
            C("Specialiserad vård", "46 mnkr", "-", "volymer"),
        ),
        LP(
            "Psykiatri:",
            "Avvikelsen −9 mnkr hänger samman med fler vårddygn inom rättspsykiatrin hos andra regioner.",
            C("Psykiatri", "−9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vårdval Halland:",
            "Vårdvalet i primärvården visar +12 mnkr, eftersom antalet listade invånare har ökat långsammare än "
            "budgeterat och ersättningen till vårdcentralerna därmed blivit lägre.",
            C("Vårdval Halland", "+12 mnkr", "+", "volymer"),
        ),
        LP(
            "Tandvård och hjälpmedel:",
            "Tandvården och hjälpmedlen avviker med +7 respektive −3 mnkr. Tandvårdsstödet till äldre har nyttjats "
            "mindre än väntat, medan fler förskrivna rullstolar och hörapparater har ökat hjälpmedelskostnaderna.",
            C(
                "Tandvård",
                "+7",
                "+",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with a reason each: two items.",
                also=(C("Hjälpmedel", "−3 mnkr", "-", "material_hjalpmedel", "volymer"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skärpa uppföljningen av remisser till andra regioner och att införa "
            "läkemedelsgenomgångar för patienter med fler än tio läkemedel. Effekten beräknas till 8 mnkr på "
            "helårsbasis från 2026.",
            A(None, "8 mnkr", "kopt_verksamhet", "material_hjalpmedel"),
        ),
        H("Måluppfyllelse och osäkerhet", 2),
        P(
            "Nämndens underskott gör att regionen som helhet inte beräknas nå det finansiella målet om ett resultat "
            "på 2 procent av skatter och bidrag.",
            O(None, note="A financial goal not met: other."),
        ),
        P(
            "Osäkerheten i prognosen är stor för utomlänsvården, där fakturor för perioden ofta kommer med flera "
            "månaders fördröjning.",
            O("Utomlänsvård", note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="region-halland-hsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Halland",
        },
        style=style,
        blocks=blocks,
    )
