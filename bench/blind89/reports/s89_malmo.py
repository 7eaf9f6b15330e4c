"""Malmö stad, Fritidsnämnden, uppföljningsrapport april 2026.

A leisure committee's follow-up report in Liberation Sans (Arial), footer with the nämnd's meeting date in May:
the full year "ett underskott om 3,8 mnkr gentemot kommunbidraget" with its reason in the next sentence (one
item), the period's "överskott om 2,2 mnkr mot periodiserad budget" with its timing reason, the change since February with its cause; a table in mnkr with hyphen-minus deficits; then one
paragraph per verksamhetsområde, the area named in varied ways: after "Inom" ("uppgår avvikelsen till -3,6
mnkr"), after "För" ("prognostiseras ett underskott om 1,9 mnkr"), a possessive ("Fritidsgårdarnas och
mötesplatsernas överskott, 1,5 mnkr,"), a cost "0,8 mnkr lägre än budget" (positive), a label with a colon
where the amount comes last ("gå back med 0,7 mnkr") and "håller budget" beside a row of 0,1 (boilerplate);
investments "34 mnkr under budget"; actions as bullets under a generic heading (one with its effect) and a
risk. 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Fritidsnämnden"),
        footer=lambda n, m: ("Uppföljningsrapport april 2026", "Fritidsnämnden 2026-05-19", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Bad", "112,4", "114,3", "-1,9"),
            ("Idrottsanläggningar", "268,0", "271,6", "-3,6"),
            ("Fritidsgårdar och mötesplatser", "94,5", "93,0", "1,5"),
            ("Föreningsstöd", "76,8", "76,0", "0,8"),
            ("Evenemang", "18,2", "18,9", "-0,7"),
            ("Nämnd och ledning", "41,3", "41,2", "0,1"),
            ("Totalt", "611,2", "615,0", "-3,8"),
        ),
        widths=(180.0, 78.0, 78.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.9, 0.9, 0.9),
        size=8.5,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=20, font="arial-bold", after=2),
        Title("Fritidsnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Fritidsnämnden prognostiserar för helåret ett underskott om 3,8 mnkr gentemot kommunbidraget. "
            "Underskottet härrör i huvudsak från ökade kapitalkostnader och hyror för nya anläggningar, som bara "
            "delvis har kompenserats i budgeten.",
            C(None, "3,8 mnkr", "-", "lokaler", note="The full year with its reason: one item."),
        ),
        P(
            "Utfallet för januari–april visar ett överskott om 2,2 mnkr mot periodiserad budget, vilket främst "
            "beror på att huvuddelen av föreningsbidragen betalas ut under hösten.",
            C(
                None,
                "2,2 mnkr",
                "+",
                "periodisering",
                note="The period surplus with its timing reason, in a paragraph of its own: a cause.",
            ),
        ),
        P(
            "Prognosen har försämrats med 1,3 mnkr sedan februari, då energikostnaderna för isbanorna har blivit "
            "högre än beräknat.",
            F(None, "1,3 mnkr", "-", "prisokningar"),
        ),
        table,
        H("Analys per verksamhetsområde", 2),
        P(
            "Inom Idrottsanläggningar uppgår avvikelsen till -3,6 mnkr. Den nya multiarenan i Hyllie har tagits i "
            "drift och hyran är högre än vad som ryms i budgeten, samtidigt som elkostnaden för kylning av "
            "isytorna har stigit.",
            C("Idrottsanläggningar", "-3,6 mnkr", "-", "lokaler", "prisokningar"),
        ),
        P(
            "För Bad prognostiseras ett underskott om 1,9 mnkr. Entréintäkterna väntas bli lägre än budgeterat "
            "eftersom den stora bassängen i ett av baden var stängd i fem veckor för reparation av reningsverket.",
            C(
                "Bad",
                "1,9 mnkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="Area after 'För'; a repair closure is ovrigt.",
            ),
        ),
        P(
            "Fritidsgårdarnas och mötesplatsernas överskott, 1,5 mnkr, förklaras av vakanta fritidsledartjänster "
            "i Rosengård och Fosie under våren.",
            C(
                "Fritidsgårdar och mötesplatser",
                "1,5 mnkr",
                "+",
                "vakanser",
                note="A possessive names the area.",
            ),
        ),
        P(
            "Föreningsstödet väntas bli 0,8 mnkr lägre än budget eftersom färre föreningar än beräknat har sökt "
            "aktivitetsstöd.",
            C("Föreningsstöd", "0,8 mnkr", "+", "volymer", note="A cost below budget: positive."),
        ),
        P(
            "Evenemang: Kostnaderna för säkerhet och bevakning vid de större evenemangen har ökat, och verksamheten "
            "beräknas gå back med 0,7 mnkr.",
            C("Evenemang", "0,7 mnkr", "-", "ovrigt", note="Security costs: ovrigt; the amount comes last."),
        ),
        P(
            "Nämnd och ledning håller budget.",
            BP("Nämnd och ledning", note="Boilerplate although the row says 0,1."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 86 mnkr, vilket är 34 mnkr under budget. Bygget av den nya sporthallen i "
            "Kirseberg har försenats efter att detaljplanen överklagats.",
            C("Investeringar", "34 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "Översyn av öppettiderna på samtliga bad under lågsäsong, med en beräknad effekt på 0,6 mnkr.",
                "Dialog med stadskontoret om kompensation för kapitalkostnaderna för nya anläggningar.",
                "Återhållsamhet med inköp av inventarier och utrustning under resten av året.",
            ),
            labels=(
                A("Bad", "0,6 mnkr"),
                A("Idrottsanläggningar", None, "lokaler"),
                A(None, None, "material_hjalpmedel"),
            ),
            glyph="–",
        ),
        H("Risker", 2),
        P(
            "Om kylanläggningen i en av ishallarna måste bytas under året kan kostnaden uppgå till 5 mnkr, som inte "
            "ryms i prognosen.",
            O("Idrottsanläggningar", note="A risk with an amount."),
        ),
    ]
    return ReportSpec(
        file="malmo-frn-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={"title": "Uppföljningsrapport april 2026 Fritidsnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
