"""Tierps kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025.

A planning and streets committee's year-end report (period = the year), footer with the date the nämnd
adopted it in February: the tax-funded result "−2 640 tkr" (the nämnd's result is its deviation) and, in the
next sentence, the outcome against the interim forecast (a forecast change); a verksamhet table in tkr; then
two columns of headings that carry the area and a rounded amount in mnkr ("Gator och vägar −3,6 mnkr" beside
the table's "−3 580"), with snow counts and frost damage, fee income from more building permits, a vacant
head of administration and consultants for a plan; a reason-only park section (the table's "280") and
"följer i stort budget" (boilerplate, although the row says 60); the fee-funded water service's deficit with
its fund in a sentence of its own (other) and the waste service's surplus; investments in a table whose
deviation column is "+ = överskridande", so "+740" is an overrun and "−4 700" an under-spend: the total under-
spend never written out (20,3 of 24,3 mnkr: the computed 4,0 mnkr), a water main pushed to 2026 and a cycle
path "0,7 mnkr dyrare än kalkylerat"; an outlook for the winter budget (other). 11 scored causes. DejaVu Sans
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Tierps kommun", "Verksamhetsberättelse 2025 – Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Fastställd av samhällsbyggnadsnämnden 2026-02-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    operations = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 420", "6 010", "410"),
            ("Gator och vägar", "21 300", "24 880", "−3 580"),
            ("Parker och grönområden", "8 900", "8 620", "280"),
            ("Planering och exploatering", "5 750", "6 130", "−380"),
            ("Bygglov och miljötillsyn", "3 960", "3 390", "570"),
            ("Kollektivtrafik", "14 300", "14 240", "60"),
            ("Summa skattefinansierat", "60 630", "63 270", "−2 640"),
        ),
        widths=(190.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    investments = Table(
        caption="Investeringsprojekt 2025, tkr (avvikelse: + = överskridande)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gång- och cykelväg Tierp–Siggbo", "4 500", "5 240", "+740"),
            ("Ny huvudvattenledning Söderfors", "12 000", "7 300", "−4 700"),
            ("Beläggningsprogram", "6 000", "6 020", "+20"),
            ("Lekplats Centralparken", "1 800", "1 750", "−50"),
            ("Summa", "24 300", "20 310", "−3 990"),
        ),
        widths=(190.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="sans", after=12),
        H("Året i korthet", 2),
        P(
            "Under 2025 antogs den nya trafikstrategin, och detaljplanen för bostadsområdet vid Siggbo vann laga "
            "kraft. Nämnden handlade 412 bygglovsärenden, det högsta antalet på tio år."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Samhällsbyggnadsnämnden redovisar ett resultat på −2 640 tkr för den skattefinansierade "
                "verksamheten.",
                C(
                    "Skattefinansierad verksamhet",
                    "−2 640 tkr",
                    "-",
                    note="The nämnd's result is its deviation from budget.",
                ),
            ),
            (
                "Det är 1 150 tkr bättre än prognosen i delårsrapporten.",
                F(None, "1 150 tkr", "+", note="The outcome against the interim forecast."),
            ),
        ),
        operations,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Gator och vägar −3,6 mnkr",
            "Vintern gav 61 snöröjningstillfällen mot normalt cirka 35, och halkbekämpningen på landsbygdsvägarna "
            "fick göras med sand i stället för saltlake. Därtill kom reparationer av tjälskadade gator i Örbyhus "
            "efter vårens tjällossning.",
            C(
                "Gator och vägar",
                "−3,6 mnkr",
                "-",
                "ovrigt",
                note="The heading rounds the table's −3 580 tkr; snow and frost damage are ovrigt.",
            ),
        ),
        HP(
            "Bygglov och miljötillsyn +0,6 mnkr",
            "Fler bygglovsansökningar än väntat, bland annat för fritidshus längs Hållnäskusten, har gett högre "
            "avgiftsintäkter.",
            C("Bygglov och miljötillsyn", "+0,6 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Nämnd och förvaltningsledning +0,4 mnkr",
            "Förvaltningschefstjänsten var vakant i fyra månader och upprätthölls under tiden av en tillförordnad "
            "chef.",
            C("Nämnd och förvaltningsledning", "+0,4 mnkr", "+", "vakanser"),
        ),
        HP(
            "Planering och exploatering −0,4 mnkr",
            "Konsultkostnaderna för den fördjupade översiktsplanen för Tierps köping blev högre än budgeterat, "
            "eftersom planen fick kompletteras efter samrådet.",
            C(
                "Planering och exploatering",
                "−0,4 mnkr",
                "-",
                "inhyrd_personal",
                note="Consultants: inhyrd_personal.",
            ),
        ),
        H("Parker och grönområden", 3),
        P(
            "Verksamheten redovisar ett mindre överskott, vilket beror på att en redskapsbärare som skulle ha "
            "leasats i stället köptes in som en investering.",
            C(
                "Parker och grönområden",
                "280",
                "+",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's '280'.",
            ),
        ),
        H("Kollektivtrafik", 3),
        P(
            "Kostnaderna för kollektivtrafiken följer i stort budget.",
            BP("Kollektivtrafik", note="Although the row says 60."),
        ),
        PageBreak(),
        Columns(1),
        H("Taxefinansierad verksamhet", 2),
        PS(
            (
                "VA-verksamheten redovisar ett underskott mot budget på 4,1 mnkr till följd av högre kostnader för "
                "kemikalier och el vid reningsverket i Tierp och ett ovanligt stort antal vattenläckor i Karlholm.",
                C(
                    "VA-verksamheten",
                    "4,1 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Water leaks: ovrigt.",
                ),
            ),
            (
                "Underskottet regleras mot VA-kollektivets resultatfond, som efter årets uttag uppgår till 1,2 mnkr.",
                O("VA-verksamheten", note="Financing from the fund: other."),
            ),
        ),
        P(
            "Renhållningen visar ett överskott mot budget på 0,8 mnkr. Mängden hushållsavfall har minskat, vilket "
            "sänker behandlingskostnaderna.",
            C("Renhållning", "0,8 mnkr", "+", "volymer"),
        ),
        H("Investeringar", 2),
        investments,
        PS(
            (
                "Totalt har 20,3 mnkr av investeringsbudgeten på 24,3 mnkr använts.",
                C(
                    "Investeringar",
                    "20,3 mnkr av investeringsbudgeten på 24,3 mnkr",
                    "+",
                    value=4_000_000,
                    note="The under-spend is never written out: the computed 4,0 mnkr (the table's sum row says "
                    "−3 990).",
                ),
            ),
            (
                "Huvudvattenledningen till Söderfors har förskjutits, då ledningsdragningen genom naturreservatet "
                "krävde ett nytt tillstånd från länsstyrelsen, och 4,7 mnkr föreslås överföras till 2026.",
                C(
                    "Ny huvudvattenledning Söderfors",
                    "4,7 mnkr",
                    "+",
                    "periodisering",
                    note="The carried-over amount is the project's under-spend.",
                ),
            ),
        ),
        P(
            "Gång- och cykelvägen mellan Tierp och Siggbo blev 0,7 mnkr dyrare än kalkylerat, främst därför att en "
            "trumma under järnvägen fick bytas.",
            C(
                "Gång- och cykelväg Tierp–Siggbo",
                "0,7 mnkr",
                "-",
                "ovrigt",
                note="An overrun: negative, although the table writes it '+740'.",
            ),
        ),
        H("Framtid", 2),
        P(
            "Nämnden bedömer att budgeten för vinterväghållning behöver ses över inför 2027, eftersom de tre senaste "
            "vintrarna alla har kostat mer än budgeterat.",
            O("Gator och vägar", note="An outlook about next year's budget: other."),
        ),
    ]
    return ReportSpec(
        file="tierp-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Tierp",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden", "author": "Tierps kommun"},
        style=style,
        blocks=blocks,
    )
