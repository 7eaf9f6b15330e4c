"""Huddinge kommun, Äldreomsorgsnämnden, tjänsteskrivelse om ersättning till utförare i hemtjänst 2027.

A decision on the hourly compensation paid to home-care providers under LOV, which is no budget follow-up at
all, Liberation Serif 11 pt, footer with the diarienummer: a raise "beror på" wage increases, the own
home care's cost per hour "21 kronor mer än ersättningen" with "beror främst på" sick leave, an unchanged
travel allowance, the cost of the raise "6,8 miljoner kronor", a financing statement "ryms inom den ram",
penalties for two providers with "beror på" (about someone else), hours against last year and providers'
car costs "ökat mer än index": eight `other` items and no cause. The decision proposal, the background and
the table of rates are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Huddinge kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Äldreomsorgsförvaltningen", "Dnr ÄON-2026/412", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Ersättning per utförd timme, kronor",
        header=(("Insats", "2026", "Förslag 2027", "Förändring"),),
        rows=(
            ("Service och omvårdnad, dag", "495", "512", "+17"),
            ("Omvårdnad, kväll och helg", "548", "567", "+19"),
            ("Dubbelbemanning, per person", "495", "512", "+17"),
            ("Restidsersättning per besök", "38", "38", "0"),
        ),
        widths=(190.0, 70.0, 80.0, 76.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="times-bold", after=2),
        Title("Ersättning till utförare av hemtjänst enligt LOV 2027", size=13, font="times", after=6),
        P("2026-09-14", size=10.0),
        H("Förslag till beslut", 2),
        P(
            "Äldreomsorgsnämnden fastställer ersättningen till utförare av hemtjänst enligt lagen om valfrihetssystem "
            "till 512 kronor per utförd timme från och med den 1 januari 2027."
        ),
        H("Sammanfattning", 2),
        P(
            "Förvaltningen föreslår att timersättningen höjs med 3,4 procent, från 495 till 512 kronor. Höjningen "
            "beror på avtalade löneökningar och höjda arbetsgivaravgifter.",
            O(None, "lonekostnader", note="A price decision with 'beror på': no budget deviation."),
        ),
        H("Bakgrund", 2),
        P(
            "Ersättningen räknas fram utifrån den kommunala hemtjänstens kostnader och räknas upp varje år med "
            "hänsyn till löne- och prisutvecklingen."
        ),
        P(
            "Den kommunala hemtjänstens kostnad per utförd timme var 516 kronor 2025, vilket är 21 kronor mer än "
            "ersättningen till de privata utförarna. Skillnaden beror främst på högre sjukfrånvaro och längre "
            "restider i den egna regin.",
            O(None, "sjukfranvaro", note="A cost comparison between providers, not against the budget."),
        ),
        table,
        P(
            "Restidsersättningen för insatser i Skogås och Trångsund behålls oförändrad på 38 kronor per besök.",
            O(None, note="An unchanged rate: a decision detail."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Kostnaden för höjningen beräknas till 6,8 miljoner kronor för 2027, räknat på 420 000 utförda timmar.",
            O(None, note="A supporting figure."),
        ),
        P(
            "Höjningen ryms inom den ram som kommunfullmäktige har angett i budgetanvisningarna för 2027.",
            O(None, note="A financing statement: no deviation reported."),
        ),
        H("Uppföljning av utförarna", 2),
        P(
            "Två utförare har under 2026 fått vite på sammanlagt 145 000 kronor för brister i dokumentationen, vilket "
            "beror på att de inte har följt nämndens riktlinjer.",
            O(None, note="About someone else (the providers)."),
        ),
        P(
            "Antalet utförda hemtjänsttimmar har ökat med 4,1 procent jämfört med samma period 2025.",
            O(None, "volymer", note="Against the previous year: other."),
        ),
        P(
            "Utförarnas kostnader för drivmedel och leasing av bilar har ökat mer än index, vilket är ett av skälen "
            "till att branschorganisationen har begärt en högre ersättning än den som förvaltningen föreslår.",
            O(None, "prisokningar", "material_hjalpmedel", note="The providers' costs: about someone else."),
        ),
    ]
    return ReportSpec(
        file="huddinge-aon-ersattning-hemtjanst-lov-2027.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Äldreomsorgsnämnden"],
            "period": ["2027", "2026-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ersättning till utförare av hemtjänst enligt LOV 2027",
            "author": "Huddinge kommun",
        },
        style=style,
        blocks=blocks,
    )
