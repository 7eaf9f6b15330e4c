"""Oskarshamns kommun, Socialnämnden, månadsrapport oktober 2025.

A social committee's month report in tkr with deficits in brackets, footer with the arbetsutskott's meeting
date in November: the full year "ett underskott på 11 200 tkr" with a percentage and the frame in "miljoner
kronor" (not the amount) and the period "8 750 tkr högre än den periodiserade budgeten" (negative) in two
paragraphs, the change since September with its cause; a verksamhet table with "(6 300)"; two columns of bold
run-in verksamheter with a colon: "Underskottet på 6 300 tkr beror på" with a per-day cost that is not the
amount, followed in the same paragraph by family homes "i nivå med budget" (boilerplate), a reason-only
deficit (the row's "(2 900)"), "blir 3,1 mnkr dyrare än budgeterat", "ett överskott på 400 tkr tack vare",
"sammantaget 900 tkr bättre resultat än budget" and a reason-only administration (the row's "(200)"); two
action bullets (one with a full-year effect) and households against October 2024 (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Oskarshamns kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämndens arbetsutskott 2025-11-12", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn och familj", "98 400", "104 700", "(6 300)"),
            ("Vuxen och missbruk", "41 600", "44 500", "(2 900)"),
            ("Ekonomiskt bistånd", "38 900", "42 000", "(3 100)"),
            ("Arbetsmarknadsenheten", "27 300", "26 900", "400"),
            ("Socialpsykiatri", "56 800", "55 900", "900"),
            ("Administration och nämnd", "66 000", "66 200", "(200)"),
            ("Summa", "329 000", "340 200", "(11 200)"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=14),
        H("Resultat och prognos", 2),
        P(
            "Socialnämndens prognos för helåret pekar på ett underskott på 11 200 tkr, vilket motsvarar 3,4 procent "
            "av nämndens ram på 329 miljoner kronor.",
            C(None, "11 200 tkr", "-", note="The percentage and the frame are not the amount."),
        ),
        P(
            "Till och med oktober är utfallet 8 750 tkr högre än den periodiserade budgeten.",
            C(
                None,
                "8 750 tkr",
                "-",
                note="The period's deviation in a paragraph of its own: a net cost over.",
            ),
        ),
        P(
            "Prognosen har förbättrats med 600 tkr sedan september, eftersom en placering på HVB har avslutats "
            "tidigare än beräknat.",
            F(None, "600 tkr", "+", "kopt_verksamhet"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Barn och familj:",
            "Underskottet på 6 300 tkr beror på att fyra ungdomar har placerats på HVB med förstärkt tillsyn, där "
            "dygnskostnaden uppgår till 9 800 kronor.",
            C(
                "Barn och familj",
                "6 300 tkr",
                "-",
                "kopt_verksamhet",
                note="The per-day cost is not the amount.",
            ),
            ("Familjehemsvården ligger i nivå med budget.", BP("Familjehemsvård")),
        ),
        LP(
            "Vuxen och missbruk:",
            "Fler placeringar enligt LVM och ökade kostnader för skyddat boende för våldsutsatta.",
            C(
                "Vuxen och missbruk",
                "(2 900)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell in brackets.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Försörjningsstödet blir 3,1 mnkr dyrare än budgeterat. Fler hushåll söker bistånd efter varslen inom "
            "industrin, och hushållen har längre tid med bistånd.",
            C("Ekonomiskt bistånd", "3,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Arbetsmarknadsenheten:",
            "Enheten visar ett överskott på 400 tkr tack vare högre lönebidrag från Arbetsförmedlingen för "
            "deltagarna i kommunens arbetsträning.",
            C("Arbetsmarknadsenheten", "400 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Socialpsykiatri:",
            "Två vakanta tjänster som boendestödjare och lägre kostnader för köpta platser ger sammantaget 900 tkr "
            "bättre resultat än budget.",
            C("Socialpsykiatri", "900 tkr", "+", "vakanser", "kopt_verksamhet"),
        ),
        LP(
            "Administration och nämnd:",
            "Konsultstöd vid införandet av ett nytt verksamhetssystem belastar administrationen.",
            C(
                "Administration och nämnd",
                "(200)",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                unit="tkr",
                table=True,
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        Bullets(
            (
                "Veckovisa genomgångar av alla externa placeringar i förvaltningens placeringsgrupp.",
                "Utökad öppenvård på hemmaplan som alternativ till HVB, med en förväntad besparing på 1,5 mnkr på "
                "helårsbasis.",
            ),
            labels=(
                A("Barn och familj", None, "kopt_verksamhet"),
                A("Barn och familj", "1,5 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet hushåll med försörjningsstöd var 318 i oktober, jämfört med 274 i oktober 2024.",
            O("Ekonomiskt bistånd", note="A volume against the previous year, no cause: other."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Socialnämnden", "author": "Oskarshamns kommun"},
        style=style,
        blocks=blocks,
    )
