"""Lomma kommun, Socialnämnden, tertialrapport januari–april 2026.

A social committee's tertial report in DejaVu Serif 9.5 pt, footer with the nämnd's meeting date in May: one
sentence with the period's surplus and the full year's "underskott om 2,6 mkr" (one item, the full year's
amount), the period surplus's timing reason in a sentence of its own (amount null); two kostnadsslag in one
sentence ("köp av verksamhet … 3,9 mkr över budget, medan personalkostnaderna … 1,3 mkr lägre", two items); a
table in mkr with a trailing minus ("3,7-"); then two columns of headings that carry the verksamhet and amount
with U+2212 minus ("Individ- och familjeomsorg −3,7 mkr"), one with a risk sentence at its end (other); the
change since February; two actions as bullets, one with an effect. 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, Para, ReportSpec, Space, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 74.0),
        header=lambda n, m: ("Lomma kommun · Socialnämnden", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Sammanträde 2026-05-20", "SN 2026/61", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mkr (minus efter beloppet = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Individ- och familjeomsorg", "48,2", "51,9", "3,7-"),
            ("Ekonomiskt bistånd", "9,6", "9,1", "0,5"),
            ("LSS och socialpsykiatri", "62,4", "63,0", "0,6-"),
            ("Arbetsmarknad", "7,8", "7,1", "0,7"),
            ("Nämnd och administration", "12,1", "11,6", "0,5"),
            ("Summa", "140,1", "142,7", "2,6-"),
        ),
        widths=(180.0, 70.0, 70.0, 75.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Socialnämnden, januari–april", size=12, font="serif-italic", after=12),
        H("Ekonomiskt läge", 1),
        P(
            "Socialnämnden visar efter årets fyra första månader ett överskott mot periodiserad budget på 0,7 mkr, "
            "men helårsprognosen pekar på ett underskott om 2,6 mkr.",
            C(
                None,
                "2,6 mkr",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Överskottet för perioden beror på att lönerevisionen för 2026 ännu inte har betalats ut.",
            C(
                None,
                None,
                "+",
                "lonekostnader",
                "periodisering",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        P(
            "Sett till kostnadsslag är det köp av verksamhet som avviker mest, med 3,9 mkr över budget, medan "
            "personalkostnaderna beräknas bli 1,3 mkr lägre än budgeterat på grund av vakanser.",
            C(
                "Köp av verksamhet",
                "3,9 mkr",
                "-",
                note="Two kostnadsslag in one sentence: two items; naming the account group gives no tag.",
                also=(C("Personalkostnader", "1,3 mkr", "+", "vakanser"),),
            ),
        ),
        table,
        Space(6),
        Columns(2),
        HP(
            "Individ- och familjeomsorg −3,7 mkr",
            "Placeringar av barn och unga i HVB och i familjehem via konsulentstödda bolag ökar och kostar mer än "
            "vad som ryms i budget. Sedan januari har även två unga vuxna placerats på stödboende.",
            C("Individ- och familjeomsorg", "−3,7 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Ekonomiskt bistånd +0,5 mkr",
            "Färre hushåll än beräknat har sökt försörjningsstöd, sannolikt tack vare att fler deltar i kommunens "
            "arbetsmarknadsinsatser.",
            C("Ekonomiskt bistånd", "+0,5 mkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        Para(
            (
                (
                    "En ny gruppbostad öppnade i februari, och uppstartskostnaderna med dubbelbemanning har inte "
                    "budgeterats. Försäkringskassan har dessutom dragit in assistansersättningen för en brukare, "
                    "vilket nämnden nu bär själv.",
                    C(
                        "LSS och socialpsykiatri",
                        "−0,6 mkr",
                        "-",
                        "omstallning",
                        "bemanning",
                        "ersattning_fk",
                    ),
                ),
                (
                    "Det finns en risk att ytterligare två ärenden omprövas under hösten.",
                    O(
                        "LSS och socialpsykiatri",
                        note="A risk sentence at the end of a cause paragraph: its own item.",
                    ),
                ),
            ),
            head="LSS och socialpsykiatri −0,6 mkr",
        ),
        HP(
            "Arbetsmarknad +0,7 mkr",
            "Överskottet beror på högre statsbidrag för extratjänster än budgeterat.",
            C("Arbetsmarknad", "+0,7 mkr", "+", "statsbidrag"),
        ),
        HP(
            "Nämnd och administration +0,5 mkr",
            "En vakant tjänst som nämndsekreterare och lägre kostnader för licenser ger ett överskott.",
            C("Nämnd och administration", "+0,5 mkr", "+", "vakanser", "it_digitalisering"),
        ),
        Columns(1),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen har försämrats med 1,2 mkr jämfört med februari, till följd av två nya placeringar inom barn "
            "och unga.",
            F(None, "1,2 mkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Samtliga pågående placeringar ses över tillsammans med Region Skåne.",
                "Öppenvården på hemmaplan utökas med två behandlare, vilket beräknas minska placeringskostnaderna med "
                "0,8 mkr på helår.",
            ),
            labels=(
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
                A("Individ- och familjeomsorg", "0,8 mkr", "kopt_verksamhet"),
            ),
        ),
    ]
    return ReportSpec(
        file="lomma-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Lomma",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Lomma kommun"},
        style=style,
        blocks=blocks,
    )
