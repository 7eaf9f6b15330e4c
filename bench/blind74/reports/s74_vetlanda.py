"""Vetlanda kommun, Barn- och utbildningsnämnden, månadsrapport februari 2026.

A school committee's month report whose verksamhet table is pasted as an image (every amount lives in the
prose), with en dashes as minus signs and last month's figure in brackets ("–6,2 mnkr (–5,5)"), footer with the
arbetsutskott's meeting date in March: the full year and the change since January in two sentences, then
plain headings whose paragraphs carry the amount in varied shapes ("beräknas gå 1,9 mnkr över budget",
"prognosen är –3,1 mnkr (–3,0)", "cirka en miljon kronor högre än budgeterat", "Överskott: 0,4 mnkr.",
"överskrida budget med drygt 0,6 mnkr"), a reason-only surplus whose amount is only in the image (amount
null), "följer budget" (boilerplate), investments "2,5 mnkr lägre än budget", an action with no amount and sick
leave against last year with "beror på" (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Vetlanda kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämndens arbetsutskott 2026-03-11", "", f"Sida {n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avv. jan"),),
        rows=(
            ("Nämnd och förvaltning", "24,1", "24,4", "–0,3", "–0,3"),
            ("Förskola", "168,5", "170,4", "–1,9", "–1,4"),
            ("Grundskola", "412,7", "415,8", "–3,1", "–3,0"),
            ("Gymnasieskola", "121,3", "122,3", "–1,0", "–1,0"),
            ("Vuxenutbildning", "22,6", "22,2", "0,4", "0,4"),
            ("Elevhälsa", "18,9", "18,6", "0,3", "0,3"),
            ("Måltidsverksamhet", "41,2", "41,8", "–0,6", "–0,5"),
            ("Kulturskola", "9,4", "9,4", "0,0", "0,0"),
            ("Summa", "818,7", "824,9", "–6,2", "–5,5"),
        ),
        widths=(150.0, 70.0, 70.0, 70.0, 64.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden prognostiserar ett underskott på –6,2 mnkr (–5,5) för helåret.",
                C(None, "–6,2 mnkr", "-", note="The bracketed figure is January's, not the amount."),
            ),
            (
                "Prognosen har försämrats med 0,7 mnkr sedan januari, framför allt på grund av fler barn i förskolan "
                "i Vetlanda tätort.",
                F(None, "0,7 mnkr", "-", "volymer"),
            ),
        ),
        table,
        H("Förskola", 3),
        P(
            "Förskolan beräknas gå 1,9 mnkr över budget. Barnantalet har ökat mer än prognosen och två tillfälliga "
            "avdelningar i paviljong har öppnats i Ekenässjön.",
            C("Förskola", "1,9 mnkr", "-", "volymer", "lokaler", note="A rented pavilion: lokaler."),
        ),
        H("Grundskola", 3),
        P(
            "För grundskolan är prognosen –3,1 mnkr (–3,0). Underskottet beror på kostnader för elevassistenter till "
            "fler elever med stora stödbehov och på högre skolskjutskostnader efter den nya upphandlingen.",
            C("Grundskola", "–3,1 mnkr", "-", "volymer", "prisokningar"),
        ),
        H("Gymnasieskola", 3),
        P(
            "Interkommunala ersättningar till andra huvudmän blir cirka en miljon kronor högre än budgeterat eftersom "
            "fler ungdomar valt gymnasieprogram i Växjö och Jönköping.",
            C(
                "Gymnasieskola",
                "cirka en miljon kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                value=1e6,
                note="An amount in words. Interkommunal ersättning: kopt_verksamhet.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Överskott: 0,4 mnkr. Statsbidraget för regionalt yrkesvux har beviljats med ett högre belopp än det som "
            "budgeterades.",
            C("Vuxenutbildning", "0,4 mnkr", "+", "statsbidrag"),
        ),
        H("Elevhälsa", 3),
        P(
            "Elevhälsan har haft en vakant skolpsykologtjänst sedan december, vilket ger ett överskott mot budget.",
            C(
                "Elevhälsa",
                None,
                "+",
                "vakanser",
                note="A reason only, and the table is an image with no text layer: amount null.",
            ),
        ),
        H("Måltidsverksamhet", 3),
        P(
            "Livsmedelskostnaderna har ökat snabbare än budgeterat, och måltidsverksamheten beräknas överskrida "
            "budget med drygt 0,6 mnkr.",
            C("Måltidsverksamhet", "drygt 0,6 mnkr", "-", "prisokningar"),
        ),
        H("Kulturskola", 3),
        P("Kulturskolan följer budget.", BP("Kulturskola")),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 14,5 mnkr, 2,5 mnkr lägre än budget, eftersom inventarierna till den nya "
            "förskolan i Holsbybrunn levereras först 2027.",
            C("Investeringar", "2,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över möjligheten att samla förskoleverksamheten i Vetlanda tätort till färre enheter "
            "från hösten. Effekten är ännu inte beräknad.",
            A("Förskola", None, "omstallning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i februari var 8,4 procent, vilket är 1,2 procentenheter lägre än i februari 2025 och "
            "beror på en mildare influensasäsong.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vetlanda-bun-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport februari 2026 Barn- och utbildningsnämnden",
            "author": "Vetlanda kommun",
        },
        style=style,
        blocks=blocks,
    )
