"""Hässleholms kommun, Tekniska nämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in mnkr, "miljoner kronor" and words, footer with the decision date in
September: the tax-financed part "3,4 miljoner kronor sämre än budget" and the fee-financed water and sewage
"2,1 miljoner kronor bättre än budgeterat" with its cause, its transfer to the result fund in a sentence of
its own (other); a verksamhet table with en-dash minus signs and a separate VA result row; plain headings per
verksamhet with the amount placed differently: "går mot ett underskott på 2,7 mnkr" with a percentage that is
not the amount, "landar på –2,2 mnkr" at the end of the paragraph, "plus åttahundratusen kronor" in words, a
possessive "Måltidsverksamhetens överskott om 0,9 mnkr kan härledas till", "överskrider budget med 400 tkr"
and "bedöms i stort sett hålla budget" (boilerplate, row 0,2); investments as a budget, an outcome, a forecast
and "en avvikelse på 25,5 mnkr", a project "4,3 mnkr dyrare än projektbudgeten" and reinvestments that "följer
plan" (boilerplate); an action, the change since April with its cause and a price risk (other). Liberation
Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-italic"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Hässleholms kommun", "Delårsrapport 2025 – Tekniska nämnden"),
        footer=lambda n, m: ("Beslutad av tekniska nämnden 2025-09-25", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "58,6", "41,2", "61,3", "–2,7"),
            ("Vinterväghållning", "14,0", "12,8", "16,2", "–2,2"),
            ("Parker och grönområden", "22,4", "14,1", "21,6", "0,8"),
            ("Måltidsverksamhet", "48,3", "31,0", "47,4", "0,9"),
            ("Färdtjänst", "11,7", "8,4", "12,1", "–0,4"),
            ("Administration", "9,8", "6,3", "9,6", "0,2"),
            ("Summa skattefinansierat", "164,8", "113,8", "168,2", "–3,4"),
            ("VA-verksamhetens resultat", "1,5", "3,9", "3,6", "2,1"),
        ),
        widths=(150.0, 68.0, 74.0, 70.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Tekniska nämnden", size=12, font="arial", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Tekniska nämndens skattefinansierade verksamhet prognostiserar ett utfall som är 3,4 miljoner kronor "
            "sämre än budget för helåret.",
            C("Skattefinansierad verksamhet", "3,4 miljoner kronor", "-"),
        ),
        PS(
            (
                "Vatten och avlopp, som finansieras med avgifter, beräknas ge ett resultat som är 2,1 miljoner kronor "
                "bättre än budgeterat, vilket främst beror på lägre kostnader för el och kemikalier i reningsverken.",
                C("Vatten och avlopp", "2,1 miljoner kronor", "+", "prisokningar", "material_hjalpmedel"),
            ),
            (
                "Överskottet förs till VA-kollektivets resultatfond, som efter årets prognos uppgår till 6,8 miljoner "
                "kronor.",
                O(
                    "Vatten och avlopp",
                    "reserver",
                    note="The fund transfer and balance in a sentence of its own.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Gator och vägar", 3),
        P(
            "Verksamheten går mot ett underskott på 2,7 mnkr. Asfaltspriserna har stigit med närmare 15 procent sedan "
            "budgeten lades, och flera vägtrummor har fått bytas akut efter skyfallet i Tyringe i juni.",
            C(
                "Gator och vägar",
                "2,7 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The percentage is not the amount; a cloudburst is ovrigt.",
            ),
        ),
        H("Vinterväghållning", 3),
        P(
            "Snörika januari och februari gjorde att vinterbudgeten för hela året var förbrukad redan i mars. "
            "Prognosen förutsätter en normal vinter under november och december och landar på –2,2 mnkr.",
            C(
                "Vinterväghållning",
                "–2,2 mnkr",
                "-",
                "ovrigt",
                note="The amount at the end of the paragraph.",
            ),
        ),
        H("Parker och grönområden", 3),
        P(
            "Parkverksamheten beräknas gå med plus åttahundratusen kronor, eftersom två tjänster som parkarbetare har "
            "varit vakanta under sommaren.",
            C(
                "Parker och grönområden",
                "åttahundratusen kronor",
                "+",
                "vakanser",
                value=800_000,
                note="An amount in words.",
            ),
        ),
        H("Måltidsverksamhet", 3),
        P(
            "Måltidsverksamhetens överskott om 0,9 mnkr kan härledas till lägre livsmedelskostnader än befarat och "
            "färre serverade portioner inom äldreomsorgen.",
            C("Måltidsverksamhet", "0,9 mnkr", "+", "prisokningar", "volymer"),
        ),
        H("Färdtjänst", 3),
        P(
            "Fler resor än budgeterat, särskilt under våren, gör att kostnaderna för färdtjänst överskrider budget "
            "med 400 tkr.",
            C("Färdtjänst", "400 tkr", "-", "volymer"),
        ),
        H("Administration", 3),
        P(
            "Administrationen bedöms i stort sett hålla budget.",
            BP("Administration", note="The row says 0,2."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2025 uppgår till 96,5 mnkr. Utfallet till och med augusti är 38,2 mnkr "
            "och helårsprognosen 71,0 mnkr, vilket ger en avvikelse på 25,5 mnkr. Avvikelsen beror främst på att "
            "ombyggnaden av lekplatsen i stadsparken och gång- och cykelvägen mot Finja har senarelagts till 2026.",
            C(
                "Investeringar",
                "25,5 mnkr",
                "+",
                "periodisering",
                note="Budget, outcome and forecast before the deviation: under-spending is positive.",
            ),
        ),
        P(
            "Projektet Ny huvudvattenledning Hässleholm–Vinslöv beräknas bli 4,3 mnkr dyrare än projektbudgeten till "
            "följd av att markförhållandena var sämre än vad förundersökningen visade.",
            C("Ny huvudvattenledning Hässleholm–Vinslöv", "4,3 mnkr", "-", "ovrigt"),
        ),
        P(
            "Reinvesteringar i gatubelysning och beläggning följer plan.",
            BP("Reinvesteringar", note="An investment frame that follows plan: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet har nämnden beslutat att skjuta planerat beläggningsunderhåll för 1,5 mnkr "
            "till 2026.",
            A("Gator och vägar", "1,5 mnkr", "periodisering"),
        ),
        H("Förändring sedan april", 2),
        P(
            "Jämfört med prognosen i april har nämndens resultat förbättrats med 0,6 mnkr, då kostnaderna för "
            "vinterväghållningen i mars blev lägre än befarat.",
            F(None, "0,6 mnkr", "+", "ovrigt"),
        ),
        H("Risker", 2),
        P(
            "Prisutvecklingen på entreprenader är fortsatt osäker och kan påverka både drift och investeringar under "
            "hösten.",
            O(None, "prisokningar", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="hassleholm-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Tekniska nämnden", "author": "Hässleholms kommun"},
        style=style,
        blocks=blocks,
    )
