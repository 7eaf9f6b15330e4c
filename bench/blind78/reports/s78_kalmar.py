"""Kalmar kommun, Socialnämnden, tertialrapport januari–april 2026.

A social committee's tertial report in tkr, DejaVu Serif 10 pt, footer with the nämnd's meeting date in May:
the period "ett överskott på 1,2 mnkr mot periodiserad budget", the full year "däremot ett underskott på 9,5
mnkr" and the period surplus's timing reason as three sentences of one paragraph (three items, the reason's
amount null); a reading note that declares "tusen kronor" and brackets for negative deviations, a table with
"(6 800)"; then headings that carry the verksamhet and amount with U+2212 and "+" ("Barn och unga −6 800
tkr", "Arbetsmarknad och integration +1 700 tkr", "Socialpsykiatri ±0 tkr" over "bedöms klara sin budget",
boilerplate), a sub-area "respektive" pair in a paragraph of its own after the Barn och unga paragraph, a
count of households in the ekonomiskt bistånd paragraph that is no amount, nämnd fees (ovrigt), an action
with its effect, a count of placed children against last year and a risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("KALMAR KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Socialnämnden 2026-05-27", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 400", "5 600", "17 900", "500"),
            ("Barn och unga", "96 200", "35 100", "103 000", "(6 800)"),
            ("Vuxna missbruk", "41 800", "13 400", "44 300", "(2 500)"),
            ("Ekonomiskt bistånd", "58 600", "20 100", "61 900", "(3 300)"),
            ("Arbetsmarknad och integration", "32 500", "9 800", "30 800", "1 700"),
            ("Socialpsykiatri", "27 300", "9 000", "27 300", "0"),
            ("Familjerätt och familjebehandling", "12 100", "3 900", "11 200", "900"),
            ("Summa", "286 900", "96 900", "296 400", "(9 500)"),
        ),
        widths=(168.0, 66.0, 70.0, 70.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="serif-bold", after=2),
        Title("Socialnämnden, januari–april", size=12.5, font="serif", after=14),
        H("Ekonomisk översikt", 2),
        PS(
            (
                "Socialnämndens utfall för januari–april visar ett överskott på 1,2 mnkr mot periodiserad budget.",
                C(None, "1,2 mnkr", "+", note="The period's deviation in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras däremot ett underskott på 9,5 mnkr.",
                C(
                    None,
                    "9,5 mnkr",
                    "-",
                    note="The full year's deviation in the next sentence: its own item.",
                ),
            ),
            (
                "Periodens överskott beror på att flera familjehemsplaceringar har upphört tidigare än planerat och att "
                "fakturor för vård i april ännu inte har kommit in.",
                C(
                    None,
                    None,
                    "+",
                    "kopt_verksamhet",
                    "periodisering",
                    note="The period surplus's reason, apart from its amount: amount null.",
                ),
            ),
        ),
        P(
            "Belopp anges i tusen kronor. Negativa avvikelser, det vill säga kostnader över budget, anges inom parentes.",
            size=9.0,
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Barn och unga −6 800 tkr",
            "Kostnaderna för placeringar på HVB och i konsulentstödda familjehem överstiger budget. Under perioden har "
            "fyra nya ungdomsplaceringar tillkommit, och dygnskostnaden för de externa platserna har stigit.",
            C("Barn och unga", "−6 800 tkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        P(
            "Inom verksamheten står institutionsvården och familjehemsvården för −4 100 respektive −2 700 tkr.",
            C(
                "Institutionsvård",
                "−4 100",
                "-",
                unit="tkr",
                note="Sub-areas in a paragraph of their own ('respektive'): two items, no reasons.",
                also=(C("Familjehemsvård", "−2 700 tkr", "-"),),
            ),
        ),
        HP(
            "Vuxna missbruk −2 500 tkr",
            "Avvikelsen kan härledas till köpt vård enligt LVM och till fler platser i skyddat boende för våldsutsatta "
            "än budgeterat.",
            C("Vuxna missbruk", "−2 500 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Ekonomiskt bistånd −3 300 tkr",
            "Antalet hushåll med försörjningsstöd har ökat från 1 020 i december till 1 140 i april. Ökningen beror "
            "främst på att fler personer har lämnat etableringsprogrammet utan egen försörjning.",
            C(
                "Ekonomiskt bistånd",
                "−3 300 tkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Household counts in the paragraph are no amount.",
            ),
        ),
        HP(
            "Arbetsmarknad och integration +1 700 tkr",
            "Överskottet förklaras av vakanta handläggartjänster och ett statsbidrag för feriearbete som inte var "
            "budgeterat.",
            C("Arbetsmarknad och integration", "+1 700 tkr", "+", "vakanser", "statsbidrag"),
        ),
        HP(
            "Familjerätt och familjebehandling +900 tkr",
            "Verksamheten har haft lägre kostnader för köpta samtalsinsatser, och en behandlartjänst har stått vakant "
            "sedan februari.",
            C("Familjerätt och familjebehandling", "+900 tkr", "+", "kopt_verksamhet", "vakanser"),
        ),
        HP(
            "Nämnd och förvaltningsledning +500 tkr",
            "Lägre kostnader för nämndens arvoden och för utbildning.",
            C(
                "Nämnd och förvaltningsledning",
                "+500 tkr",
                "+",
                "ovrigt",
                note="Nämnd members' fees are ovrigt, as in the ninth set.",
            ),
        ),
        Para(
            (("Verksamheten bedöms klara sin budget.", BP("Socialpsykiatri")),),
            head="Socialpsykiatri ±0 tkr",
            head_level=3,
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inrättat en placeringsgrupp som prövar varje ny extern placering och ser över "
            "möjligheten till insatser på hemmaplan. Åtgärden beräknas minska kostnaderna med 2,0 mnkr under 2026.",
            A("Barn och unga", "2,0 mnkr", "kopt_verksamhet"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet placerade barn och unga var 62 vid utgången av april, åtta fler än vid samma tid 2025.",
            O("Barn och unga", "volymer", note="A count against the previous year: other."),
        ),
        P(
            "Prognosen förutsätter att inga nya placeringar tillkommer under hösten, och osäkerheten är därför stor.",
            O("Barn och unga", "kopt_verksamhet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="kalmar-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
