"""Malung-Sälens kommun, Vård- och omsorgsnämnden, ekonomisk lägesrapport per oktober 2025.

An elderly-care committee's status report in DejaVu Sans 10 pt, footer with the nämnd's meeting date in
November: the full year's "negativ budgetavvikelse på 6,8 mnkr, varav hemtjänsten i Sälenfjällen står för
närmare hälften" (an unquantified part), the period against the periodised budget in a paragraph of its own,
the change since August; a budget supplement from the kommunstyrelse's reserve (other); fee revenue above
budget with a sentence that it is included in each area (unlabelled); a verksamhet table with August's
deviation; headings that carry the area and the amount ("Hemtjänst Sälen −3,1 mnkr", "Funktionsstöd ±0"),
one paragraph ending in its own change since August (a forecast change), one with an agency cost level and
a comparison with last year inside the cause; three bulleted actions (one with its effect) and a risk with a
monthly cost (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Malung-Sälens kommun", "Ekonomisk lägesrapport oktober 2025"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-11-19", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Nämnd och ledning", "8,2", "8,8", "−0,6", "−0,6"),
            ("Hemtjänst Malung", "31,5", "31,1", "+0,4", "+0,4"),
            ("Hemtjänst Sälen", "22,7", "25,8", "−3,1", "−2,4"),
            ("Särskilt boende", "96,3", "98,9", "−2,6", "−2,3"),
            ("Hälso- och sjukvård", "27,9", "28,8", "−0,9", "−0,7"),
            ("Funktionsstöd", "41,4", "41,4", "0,0", "0,0"),
            ("Summa", "228,0", "234,8", "−6,8", "−5,6"),
        ),
        widths=(150.0, 64.0, 64.0, 66.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk lägesrapport per oktober 2025", size=18, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="sans", after=12),
        H("Sammanfattande bedömning", 2),
        P(
            "Vård- och omsorgsnämnden bedömer att helåret slutar med en negativ budgetavvikelse på 6,8 mnkr, varav "
            "hemtjänsten i Sälenfjällen står för närmare hälften.",
            C(None, "6,8 mnkr", "-", note="An unquantified 'varav' part: the whole is the amount."),
        ),
        P(
            "Utfallet för januari–oktober är 5,1 mnkr sämre än periodiserad budget.",
            C(None, "5,1 mnkr", "-", note="The period in a paragraph of its own: a cause."),
        ),
        P("Prognosen är 1,2 mnkr sämre än i augusti.", F(None, "1,2 mnkr", "-")),
        P(
            "Sedan budgeten antogs har nämnden fått ett tillskott på 2,0 mnkr från kommunstyrelsens reserv för ökade "
            "volymer inom hemtjänsten. Tillskottet är inräknat i budgeten i tabellen nedan.",
            O(None, "reserver", note="A budget supplement from a reserve: financing, other."),
        ),
        PS(
            (
                "Omvårdnadsavgifterna ger 0,5 mnkr mer än budgeterat, eftersom maxtaxan har höjts och fler brukare "
                "har hemtjänst.",
                C("Omvårdnadsavgifter", "0,5 mnkr", "+", "avgifter_intakter", "volymer"),
            ),
            ("Intäkterna ingår i respektive verksamhets prognos nedan.", None),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Para(
            (
                (
                    "Antalet beviljade timmar i Sälenfjällen har fortsatt att öka, och under vintern tillkommer "
                    "brukare som bor i fritidshus under säsongen. Restiderna mellan Sälen, Lima och Transtrand gör "
                    "att andelen brukartid är låg, och verksamheten har inte kunnat anpassa bemanningen i samma takt "
                    "som behoven har ändrats.",
                    C(
                        "Hemtjänst Sälen",
                        "−3,1 mnkr",
                        "-",
                        "volymer",
                        "bemanning",
                        note="The heading carries the area and the amount.",
                    ),
                ),
                (
                    "Jämfört med augusti har avvikelsen ökat med 0,7 mnkr.",
                    F("Hemtjänst Sälen", "0,7 mnkr", "-"),
                ),
            ),
            head="Hemtjänst Sälen −3,1 mnkr",
            head_level=3,
        ),
        HP(
            "Hemtjänst Malung +0,4 mnkr",
            "Färre brukare under hösten och en lägre andel timanställda ger ett litet överskott.",
            C("Hemtjänst Malung", "+0,4 mnkr", "+", "volymer", "vikarier"),
        ),
        HP(
            "Särskilt boende −2,6 mnkr",
            "Sjuksköterskebristen på Lillbo och Solgården har gjort att bemanningsföretag har anlitats under hela "
            "sommaren och delar av hösten. Kostnaden för inhyrda sjuksköterskor uppgår hittills till 3,4 mnkr, "
            "vilket är 2,2 mnkr mer än motsvarande period i fjol. Därutöver har sjukfrånvaron bland "
            "undersköterskorna varit hög.",
            C(
                "Särskilt boende",
                "−2,6 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                "sjukfranvaro",
                note="The agency cost level (3,4) and the comparison with last year (2,2) are not the amount.",
            ),
        ),
        HP(
            "Hälso- och sjukvård −0,9 mnkr",
            "Kostnaderna för hjälpmedel och förbrukningsmaterial har ökat, främst inkontinensskydd och madrasser, "
            "efter att regionens hjälpmedelscentral höjde sina priser med 7 procent.",
            C("Hälso- och sjukvård", "−0,9 mnkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        HP(
            "Funktionsstöd ±0",
            "Verksamheten bedöms klara budgeten.",
            BP("Funktionsstöd", note="A heading with '±0' over an 'i balans' sentence."),
        ),
        HP(
            "Nämnd och ledning −0,6 mnkr",
            "Konsultstöd vid införandet av ett nytt verksamhetssystem och ett nytt trygghetslarmsystem har inte "
            "budgeterats.",
            C(
                "Nämnd och ledning",
                "−0,6 mnkr",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                note="Consultants: inhyrd_personal.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Hemtjänsten i Sälen inför digital ruttplanering och nyckelfria lås från december, med en beräknad "
                "effekt på 0,3 mnkr på årsbasis.",
                "Särskilt boende rekryterar två sjuksköterskor med start i januari, med målet att avsluta avtalet med "
                "bemanningsföretaget under första kvartalet 2026.",
                "Anställningsprövning gäller för samtliga tillsvidaretjänster inom nämnden.",
            ),
            labels=(
                A("Hemtjänst Sälen", "0,3 mnkr", "it_digitalisering"),
                A("Särskilt boende", None, "inhyrd_personal", "vakanser"),
                A(None, None, "vakanser"),
            ),
        ),
        H("Risker", 2),
        P(
            "Vintersäsongen i fjällen kan ge fler insatser än beräknat. Varje ytterligare brukare med "
            "dubbelbemanning i Sälen kostar cirka 80 tkr per månad.",
            O("Hemtjänst Sälen", "volymer", note="A risk with a monthly cost: other."),
        ),
    ]
    return ReportSpec(
        file="malung-salen-von-ekonomisk-lagesrapport-2025-10.pdf",
        report={
            "municipality": "Malung-Sälen",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport oktober 2025", "author": "Malung-Sälens kommun"},
        style=style,
        blocks=blocks,
    )
