"""Bollnäs kommun, Omsorgsnämnden, månadsrapport mars 2026.

An elderly-care and disability committee's month report with the nämnd's meeting date in April in the
footer: the full year "ett underskott på 6,8 miljoner kronor" and the period "1,7 miljoner kronor sämre än
den periodiserade budgeten" in two paragraphs, the improvement since February with its cause; a verksamhet
table in tkr whose deficits carry a trailing minus ("4 500-") with a note saying so; then bullets under a
generic heading ("Förvaltningens kommentar") in varied shapes: "Särskilt boende: underskottet på 4,5 mnkr
beror", a percentage of hours that is not the amount, "redovisar ett plus på 0,9 mnkr tack vare", "Inom
funktionsstöd LSS blir kostnaderna 0,6 mnkr högre", "överskott 0,5 mnkr efter", a reason-only deficit (the
row's "500-") and "i stort sett i balans" (boilerplate) beside a row of 200; an action with its effect and a
volume against March 2025 (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Bollnäs kommun – Omsorgsförvaltningen", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-04-22", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–mar", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "5 600", "1 310", "5 400", "200"),
            ("Särskilt boende", "142 800", "37 100", "147 300", "4 500-"),
            ("Hemtjänst", "98 400", "25 900", "101 200", "2 800-"),
            ("Hemsjukvård och rehab", "46 200", "11 200", "45 300", "900"),
            ("Funktionsstöd LSS", "88 500", "22 400", "89 100", "600-"),
            ("Personlig assistans", "24 300", "5 900", "23 800", "500"),
            ("Bemanningsenhet", "3 200", "1 050", "3 700", "500-"),
            ("Summa", "409 000", "104 860", "415 800", "6 800-"),
        ),
        widths=(136.0, 70.0, 76.0, 70.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="serif-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="serif", after=12),
        H("Ekonomi i sammandrag", 2),
        P(
            "Omsorgsnämnden beräknas för helåret gå med ett underskott på 6,8 miljoner kronor.",
            C(None, "6,8 miljoner kronor", "-"),
        ),
        P(
            "Utfallet till och med mars är 1,7 miljoner kronor sämre än den periodiserade budgeten.",
            C(None, "1,7 miljoner kronor", "-", note="The period's deviation in a paragraph of its own."),
        ),
        P(
            "Jämfört med februari har helårsprognosen förbättrats med 0,9 miljoner kronor, eftersom ersättning från "
            "Försäkringskassan för två brukare med personlig assistans har beviljats retroaktivt.",
            F(None, "0,9 miljoner kronor", "+", "ersattning_fk", "periodisering"),
        ),
        P("Underskott markeras med minustecken efter beloppet.", size=8.5),
        table,
        H("Förvaltningens kommentar", 2),
        Bullets(
            items=(
                "Särskilt boende: underskottet på 4,5 mnkr beror till största delen på hög sjukfrånvaro och "
                "timvikarier på Vallmogården och Åsgården, där två avdelningar har krävt extra nattbemanning för "
                "boende med demenssjukdom.",
                "Hemtjänst: de beviljade timmarna har ökat med 7 procent sedan november, och kostnaderna överstiger "
                "budget med 2,8 mnkr. Körtiden i Arbrå- och Vallstaområdet har också blivit längre efter "
                "omläggningen av turerna.",
                "Hemsjukvård och rehab redovisar ett plus på 0,9 mnkr tack vare två vakanta sjukskötersketjänster och "
                "lägre kostnader för hjälpmedel.",
                "Inom funktionsstöd LSS blir kostnaderna 0,6 mnkr högre än budget, eftersom en ny gruppbostad i "
                "Rengsjö öppnade med full bemanning innan alla lägenheter var uthyrda.",
                "Personlig assistans: överskott 0,5 mnkr efter den retroaktiva ersättningen från Försäkringskassan.",
                "Bemanningsenhetens kostnader för inhyrda sjuksköterskor under vecka 6–10 ger ett underskott.",
                "Nämnd och ledning: i stort sett i balans.",
            ),
            labels=(
                C("Särskilt boende", "4,5 mnkr", "-", "sjukfranvaro", "vikarier", "bemanning"),
                C(
                    "Hemtjänst",
                    "2,8 mnkr",
                    "-",
                    "volymer",
                    "bemanning",
                    note="The 7 percent is a volume, not the amount.",
                ),
                C("Hemsjukvård och rehab", "0,9 mnkr", "+", "vakanser", "material_hjalpmedel"),
                C(
                    "Funktionsstöd LSS",
                    "0,6 mnkr",
                    "-",
                    "bemanning",
                    "omstallning",
                    note="Opening with full staff before the flats are let: start-up costs.",
                ),
                C("Personlig assistans", "0,5 mnkr", "+", "ersattning_fk", "periodisering"),
                C(
                    "Bemanningsenhet",
                    "500-",
                    "-",
                    "inhyrd_personal",
                    unit="tkr",
                    table=True,
                    note="A reason only: the table row's cell (trailing minus).",
                ),
                BP("Nämnd och ledning", note="'i balans' beside a row of 200: boilerplate."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tillsvidaretjänster och ser över nattbemanningen "
            "på de särskilda boendena. Förändringen av nattbemanningen beräknas minska kostnaderna med 1,2 mnkr på "
            "helår.",
            A("Särskilt boende", "1,2 mnkr", "bemanning"),
        ),
        H("Volymer", 2),
        P(
            "Antalet personer med hemtjänst var 612 i mars, 31 fler än i mars 2025. Av dem har 148 mer än 60 timmar "
            "beviljade per månad.",
            O("Hemtjänst", "volymer", note="A volume against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="bollnas-on-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Omsorgsnämnden", "author": "Bollnäs kommun"},
        style=style,
        blocks=blocks,
    )
