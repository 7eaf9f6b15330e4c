"""Region Stockholm, Fastighets- och servicenämnden, tertialrapport 1 2026.

A region's property and service committee's first tertial report in Liberation Serif (Times), footer with the
förvaltning's letter date in May: the period and the full year in one sentence (the full year's "överskott på
15,0 mnkr" is the amount), a result table in mnkr with en dashes as minus signs, then plain headings whose
paragraphs name the area as the subject: rents "22,5 mnkr högre än budget" (index and early move-ins),
energy "överstiger budget med 8,0 mnkr" (a cold winter), planned and emergency maintenance "6,4 respektive
4,1 mnkr" over budget in one sentence (two items, the table has only their sum), capital costs "9,5 mnkr lägre
än budgeterat", a reason-only personnel surplus (the row's "3,0"), service functions that "bedöms hålla
budget" (boilerplate), investments "230 mnkr lägre än budget" and a project "överskrida sin projektbudget med
45 mnkr", an action without an effect, the vacancy rate (other) and a risk (other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Region Stockholm", "Fastighets- och serviceförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-05-19", "FSN 2026-0231", f"Sida {n} av {m}"),
        header_size=8.5,
    )
    table = Table(
        caption="Tabell 1. Resultaträkning, mnkr",
        header=(("", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Hyresintäkter", "5 812,0", "5 834,5", "22,5"),
            ("Personalkostnader", "–412,6", "–409,6", "3,0"),
            ("Energikostnader", "–298,4", "–306,4", "–8,0"),
            ("Underhåll", "–631,0", "–641,5", "–10,5"),
            ("Kapitalkostnader", "–3 905,2", "–3 895,7", "9,5"),
            ("Övriga kostnader", "–540,8", "–542,3", "–1,5"),
            ("Resultat", "24,0", "39,0", "15,0"),
        ),
        widths=(170.0, 90.0, 90.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=3),
        Title("Fastighets- och servicenämnden", size=13, font="times-italic", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämndens resultat för januari–april är 18,4 mnkr, vilket är 9,2 mnkr bättre än budget, och "
            "helårsprognosen pekar på ett överskott på 15,0 mnkr jämfört med budget.",
            C(
                None,
                "15,0 mnkr",
                "+",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        H("Hyresintäkter", 3),
        P(
            "Hyresintäkterna beräknas bli 22,5 mnkr högre än budget. Det beror på att hyrorna har räknats upp "
            "med ett högre index än vad som antogs i budgeten och på att två nya vårdbyggnader har tagits i bruk "
            "tidigare än planerat.",
            C("Hyresintäkter", "22,5 mnkr", "+", "avgifter_intakter", "prisokningar", "periodisering"),
        ),
        H("Energikostnader", 3),
        P(
            "Kostnaderna för el och värme överstiger budget med 8,0 mnkr, främst på grund av den kalla vintern och "
            "högre nätavgifter.",
            C("Energikostnader", "8,0 mnkr", "-", "prisokningar", "ovrigt", note="Weather is ovrigt."),
        ),
        H("Underhåll", 3),
        P(
            "Planerat respektive akut underhåll överskrider budget med 6,4 respektive 4,1 mnkr. Flera "
            "vattenskador i äldre sjukhusbyggnader har krävt akuta insatser, och entreprenadpriserna har stigit.",
            C(
                "Planerat underhåll",
                "6,4",
                "-",
                "ovrigt",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair: two items with the same text (the table has only their sum).",
                also=(C("Akut underhåll", "4,1 mnkr", "-", "ovrigt", "prisokningar"),),
            ),
        ),
        H("Kapitalkostnader", 3),
        P(
            "Kapitalkostnaderna blir 9,5 mnkr lägre än budgeterat, eftersom flera byggprojekt har försenats och "
            "aktiveras senare under året.",
            C("Kapitalkostnader", "9,5 mnkr", "+", "periodisering"),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna ligger under budget, då flera tjänster inom förvaltningen ännu inte har tillsatts.",
            C(
                "Personalkostnader",
                "3,0",
                "+",
                "vakanser",
                unit="mnkr",
                table=True,
                note="A reason-only passage: the table row's cell.",
            ),
        ),
        H("Service", 3),
        P(
            "Måltids-, städ- och transportservice bedöms sammantaget hålla budget för helåret.",
            BP("Service"),
        ),
        H("Investeringar", 2),
        P(
            "Prognosen för årets investeringar är 1 420 mnkr, vilket är 230 mnkr lägre än budget. Avvikelsen beror "
            "främst på att upphandlingen av en ny vårdbyggnad vid ett av länets närsjukhus har överprövats.",
            C("Investeringar", "230 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Projektet för en ny psykiatrisk vårdbyggnad beräknas överskrida sin projektbudget med 45 mnkr, till "
            "följd av högre priser på installationer.",
            C("Ny psykiatrisk vårdbyggnad", "45 mnkr", "-", "prisokningar", note="An investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om energieffektiviseringar i tolv fastigheter, som väntas sänka elförbrukningen "
            "med fem procent.",
            A("Energikostnader", None, "prisokningar"),
        ),
        H("Lokalförsörjning och risker", 2),
        P(
            "Andelen outhyrda lokaler i beståndet är 3,1 procent, jämfört med 2,7 procent vid samma tid 2025.",
            O(None, "lokaler", note="The vacancy rate against the previous year."),
        ),
        P(
            "Det finns en risk att fler vattenskador upptäcks vid höstens statusinventering, vilket kan öka "
            "kostnaderna för akut underhåll.",
            O("Akut underhåll", "ovrigt", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-fsn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Fastighets- och servicenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Fastighets- och servicenämnden",
            "author": "Region Stockholm",
        },
        style=style,
        blocks=blocks,
    )
