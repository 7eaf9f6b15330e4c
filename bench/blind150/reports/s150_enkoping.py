"""Enköpings kommun, Bygg- och miljönämnden, tertialrapport 1 2026 (building permits and environmental health).

A small building and environment committee's tertial report in tkr, footer with the nämnd's meeting date in
May: the full year "ett underskott på 1 350 tkr jämfört med budget" and the period "410 tkr sämre än budget för
perioden" in two paragraphs; a table per verksamhet with hyphen-minus deficits; headings that carry the area
and the amount in brackets ("Bygglov (−1 600 tkr)", "Miljö- och hälsoskydd (+420 tkr)", "Kart och mät (250
tkr)", no sign), one plain heading whose paragraph gives "ett underskott om 270 tkr" and one "överstiger
budgeten med 150 tkr"; the change since February with its cause, an action with its effect, a risk
with an amount, a handling-time comparison with 2025 with "beror på" and a fee revision for next year (others). DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Enköpings kommun", "Tertialrapport 1 2026 – Bygg- och miljönämnden"),
        footer=lambda n, m: ("Bygg- och miljönämnden 2026-05-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Utfall jan–apr", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "3 100", "1 160", "3 250", "-150"),
            ("Bygglov", "-2 400", "-410", "-800", "-1 600"),
            ("Miljö- och hälsoskydd", "9 850", "2 980", "9 430", "420"),
            ("Livsmedelskontroll", "1 240", "620", "1 510", "-270"),
            ("Kart och mät", "4 610", "1 390", "4 360", "250"),
            ("Summa", "16 400", "5 740", "17 750", "-1 350"),
        ),
        widths=(150.0, 62.0, 78.0, 62.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Bygg- och miljönämnden", size=12.5, font="cond", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Bygg- och miljönämndens helårsprognos efter april visar ett underskott på 1 350 tkr jämfört med budget.",
            C(None, "1 350 tkr", "-"),
        ),
        P(
            "Utfallet för januari–april ligger 410 tkr sämre än budget för perioden.",
            C(None, "410 tkr", "-", note="The period, in a paragraph of its own."),
        ),
        table,
        HP(
            "Bygglov (−1 600 tkr)",
            "Intäkterna från bygglovsavgifter blir lägre än budgeterat. Antalet ansökningar om bygglov för nya "
            "småhus har minskat kraftigt sedan hösten 2025, och två större ärenden i Bredsand har skjutits upp av "
            "byggherren.",
            C(
                "Bygglov",
                "−1 600 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="The heading carries the amount in brackets.",
            ),
        ),
        HP(
            "Miljö- och hälsoskydd (+420 tkr)",
            "Två miljöinspektörstjänster har varit vakanta under perioden. Tjänsterna är tillsatta från juni.",
            C("Miljö- och hälsoskydd", "+420 tkr", "+", "vakanser"),
        ),
        H("Livsmedelskontroll", 3),
        P(
            "Livsmedelskontrollen prognostiserar ett underskott om 270 tkr, eftersom den nya taxemodellen med "
            "efterhandsdebitering ger intäkter först när kontrollen är utförd.",
            C("Livsmedelskontroll", "270 tkr", "-", "avgifter_intakter", "periodisering"),
        ),
        HP(
            "Kart och mät (250 tkr)",
            "Verksamheten har fått fler uppdrag om nybyggnadskartor från exploateringsprojekt än väntat.",
            C(
                "Kart och mät",
                "250 tkr",
                "+",
                "volymer",
                "avgifter_intakter",
                note="No sign in the heading: the direction from the prose.",
            ),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Kostnaderna för nämnd och ledning överstiger budgeten med 150 tkr på grund av en extern utredning av "
            "handläggningstiderna.",
            C(
                "Nämnd och ledning",
                "150 tkr",
                "-",
                "inhyrd_personal",
                note="An external review: inhyrd_personal.",
            ),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen är 300 tkr sämre än i februari, då bygglovsintäkterna har fortsatt att minska.",
            F(None, "300 tkr", "-", "avgifter_intakter"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen avvaktar med att återbesätta en administratörstjänst inom bygglov under resten av året, "
            "vilket minskar kostnaderna med cirka 300 tkr.",
            A("Bygglov", "cirka 300 tkr", "vakanser"),
        ),
        P(
            "Om bostadsmarknaden inte återhämtar sig under hösten finns en risk att bygglovsintäkterna blir "
            "ytterligare 400 tkr lägre.",
            O("Bygglov", "avgifter_intakter", note="A risk with an amount: other."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Handläggningstiden för kompletta bygglovsärenden var i genomsnitt 4,1 veckor, kortare än under "
            "motsvarande period 2025, vilket främst beror på färre ärenden.",
            O("Bygglov", "volymer", note="Handling time against the previous year: other."),
        ),
        P(
            "Nämnden kommer under hösten att föreslå en höjning av timavgiften för tillsyn med 4 procent från 2027.",
            O(None, "avgifter_intakter", note="A fee proposal for a later year: other."),
        ),
    ]
    return ReportSpec(
        file="enkoping-bmn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Bygg- och miljönämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Bygg- och miljönämnden", "author": "Enköpings kommun"},
        style=style,
        blocks=blocks,
    )
