"""Stockholms stad, Spånga-Tensta stadsdelsnämnd, tertialrapport 1 2026.

A stadsdelsnämnd's tertial report in mnkr with U+2212 minus signs, footer with the nämnd's meeting date in
May and a diary number: the period "2,9 mnkr sämre än den periodiserade budgeten" and the full year
"underskott på 7,4 mnkr mot budget efter resultatöverföring" (with the areas named, no reasons) in two
sentences; a table per verksamhetsområde; two columns of headings that carry the area and the amount
("Äldreomsorg −6,6 mnkr"), one of them with a "respektive" pair of units inside the paragraph and a part "1,9
mnkr" that is not the amount, one "±0,0 mnkr" that "beräknas gå jämnt ut" (boilerplate), one reason-only
"−0,1 mnkr" in the heading; the change since February with its causes, two bulleted actions (one with its
effect), a risk and investments "förbrukas fullt ut" (boilerplate). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Spånga-Tensta stadsdelsförvaltning", "Tertialrapport 1 2026"),
        footer=lambda n, m: (
            "Stadsdelsnämndens sammanträde 2026-05-21",
            "Dnr SPT 2026/0418",
            f"Sida {n} ({m})",
        ),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "38,6", "38,1", "0,5"),
            ("Förskoleverksamhet", "214,9", "211,7", "3,2"),
            ("Individ- och familjeomsorg", "156,3", "162,1", "−5,8"),
            ("Ekonomiskt bistånd", "98,7", "97,3", "1,4"),
            ("Äldreomsorg", "289,4", "296,0", "−6,6"),
            ("Funktionsnedsättning", "131,2", "131,2", "0,0"),
            ("Stadsmiljöverksamhet", "12,8", "12,9", "−0,1"),
            ("Summa", "941,9", "949,3", "−7,4"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Spånga-Tensta stadsdelsnämnd", size=12, font="sans", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Utfallet för januari–april är 2,9 mnkr sämre än den periodiserade budgeten.",
                C(None, "2,9 mnkr", "-", note="The period in a sentence of its own."),
            ),
            (
                "För helåret prognostiserar nämnden ett underskott på 7,4 mnkr mot budget efter "
                "resultatöverföring, motsvarande 0,8 procent av budgeten. Underskottet finns inom äldreomsorgen och "
                "individ- och familjeomsorgen, medan förskoleverksamheten och ekonomiskt bistånd bidrar med "
                "överskott.",
                C(
                    None,
                    "7,4 mnkr",
                    "-",
                    note="The full year with the areas named and no reasons: no tags. The percentage is not "
                    "the amount.",
                ),
            ),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Äldreomsorg −6,6 mnkr",
            "Köpta platser i vård- och omsorgsboende har i genomsnitt varit elva fler än budgeterat, samtidigt som "
            "hemtjänsttimmarna i egen regi har minskat och intäkterna därmed blivit lägre. Sjukfrånvaron i "
            "hemtjänstgruppen Tensta centrum har också lett till ökade kostnader för timvikarier.",
            C(
                "Äldreomsorg",
                "−6,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "sjukfranvaro",
                "vikarier",
            ),
        ),
        Para(
            (
                (
                    "Underskottet avser främst placeringar av ungdomar på HVB och i stödboende, där både antalet "
                    "och dygnskostnaderna har ökat. Av underskottet kan 1,9 mnkr härledas till en enskild "
                    "skyddsplacering som inleddes i mars.",
                    C(
                        "Individ- och familjeomsorg",
                        "−5,8 mnkr",
                        "-",
                        "kopt_verksamhet",
                        "volymer",
                        "prisokningar",
                        note="The heading carries the amount. The single placement's 1,9 mnkr is a part.",
                    ),
                ),
                (
                    "Barn och unga samt vuxenenheten visar −4,6 respektive −1,2 mnkr.",
                    C(
                        "Barn och unga",
                        "−4,6",
                        "-",
                        unit="mnkr",
                        note="Units inside the area's paragraph: their own items ('respektive').",
                        also=(C("Vuxenenheten", "−1,2 mnkr", "-"),),
                    ),
                ),
            ),
            head="Individ- och familjeomsorg −5,8 mnkr",
            head_level=3,
        ),
        HP(
            "Förskoleverksamhet +3,2 mnkr",
            "Barnantalet är lägre än budgeterat, i genomsnitt 64 färre barn, och två avdelningar på förskolan "
            "Solvändan har stängts. Överskottet minskas något av ökade lokalkostnader.",
            C("Förskoleverksamhet", "+3,2 mnkr", "+", "volymer", "omstallning", "lokaler"),
        ),
        HP(
            "Ekonomiskt bistånd +1,4 mnkr",
            "Antalet hushåll med försörjningsstöd har minskat med 4 procent sedan årsskiftet, främst genom att fler "
            "har gått vidare till arbete via jobbtorget.",
            C("Ekonomiskt bistånd", "+1,4 mnkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Nämnd och administration +0,5 mnkr",
            "En vakant tjänst som controller och en försenad rekrytering av en enhetschef ger ett mindre överskott.",
            C("Nämnd och administration", "+0,5 mnkr", "+", "vakanser"),
        ),
        HP(
            "Funktionsnedsättning ±0,0 mnkr",
            "Verksamheten beräknas gå jämnt ut.",
            BP("Funktionsnedsättning"),
        ),
        HP(
            "Stadsmiljöverksamhet −0,1 mnkr",
            "Kostnaderna för klotterborttagning i parkerna är något högre än budgeterat.",
            C("Stadsmiljöverksamhet", "−0,1 mnkr", "-", "ovrigt", note="Graffiti: ovrigt."),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 2,3 mnkr, vilket beror på den nya "
            "skyddsplaceringen inom individ- och familjeomsorgen och fler köpta platser i vård- och omsorgsboende.",
            F(None, "2,3 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder för en ekonomi i balans", 2),
        Bullets(
            (
                "Genomgång av samtliga externa placeringar inom individ- och familjeomsorgen med målet att minska "
                "kostnaderna med 1,5 mnkr under året.",
                "Översyn av schemaläggningen i hemtjänsten för att öka andelen brukartid.",
            ),
            labels=(
                A("Individ- och familjeomsorg", "1,5 mnkr", "kopt_verksamhet"),
                A("Äldreomsorg", None, "bemanning"),
            ),
        ),
        H("Risker", 2),
        P(
            "Det råder osäkerhet kring volymerna inom äldreomsorgen under sommaren och kring stadens beslut om "
            "ersättningsnivåer i hemtjänsten, vilket kan påverka prognosen med upp till 2 mnkr.",
            O("Äldreomsorg", note="A risk with an amount: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 3,5 mnkr för inventarier och utrustning beräknas förbrukas fullt ut.",
            BP("Investeringar"),
        ),
    ]
    return ReportSpec(
        file="stockholm-spanga-tensta-sdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Spånga-Tensta stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Spånga-Tensta stadsdelsnämnd",
            "author": "Stockholms stad",
        },
        style=style,
        blocks=blocks,
    )
