"""Landskrona stad, Individ- och familjenämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in mnkr set in Liberation Sans Narrow, footer with the nämnd's meeting in
September: the period's "underskott på 6,8 mnkr" and the full year's "9,5 mnkr mot budget" in one sentence
(one item, the full year's amount), the change since the tertial report without a cause; a table whose
deficits have a minus separated by a space ("- 4,2"); plain headings over paragraphs: placements "beräknas
överstiga budget med 4,2 mnkr" followed by a per-day cost (other), economic assistance whose amount comes last
as "Helårsavvikelsen beräknas till - 4,1 mnkr", a reason-only deficit (the row's "- 1,8"), "gett 0,6 mnkr lägre
kostnader än beräknat", "Här finns ett överskott om 1,1 mnkr som en följd av" with a consultant cost that is a
part, and an IT system that "kostar mer än planerat" with the amount in the next sentence ("hamnar därför
1,1 mnkr över budget"); three actions as bullets (one with an effect) and sick leave against last year
(other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Landskrona stad", "Delårsrapport 2025 – Individ- och familjenämnden"),
        footer=lambda n, m: ("Individ- och familjenämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per verksamhet, helårsprognos, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn och unga", "88,4", "92,6", "- 4,2"),
            ("Vuxna, missbruk och beroende", "41,5", "43,3", "- 1,8"),
            ("Ekonomiskt bistånd", "96,0", "100,1", "- 4,1"),
            ("Socialpsykiatri", "22,6", "22,0", "0,6"),
            ("Mottagning och utredning", "34,1", "33,0", "1,1"),
            ("Ledning och administration", "15,4", "16,5", "- 1,1"),
            ("Summa", "298,0", "307,5", "- 9,5"),
        ),
        widths=(180.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="narrow-bold", after=2),
        Title("Individ- och familjenämnden", size=13, font="narrow", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Nämnden redovisar ett underskott på 6,8 mnkr för perioden januari–augusti och bedömer att underskottet "
            "för helåret blir 9,5 mnkr mot budget.",
            C(
                None,
                "9,5 mnkr",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Prognosen är 2,3 mnkr sämre än i tertialrapporten.",
            F(None, "2,3 mnkr", "-", note="A forecast change with no cause."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        H("Barn och unga", 3),
        PS(
            (
                "Kostnaderna för placeringar av barn och unga beräknas överstiga budget med 4,2 mnkr. Det beror "
                "framför allt på att fyra ungdomar har placerats på HVB med hög dygnskostnad sedan maj, samtidigt "
                "som bristen på egna familjehem har gjort att konsulentstödda familjehem har behövts.",
                C("Barn och unga", "4,2 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
            (
                "Dygnskostnaden för den dyraste placeringen är 14 500 kronor.",
                O("Barn och unga", note="A per-day cost, a supporting figure: other."),
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalningarna av försörjningsstöd ligger över budget. Fler hushåll har behövt stöd när "
            "arbetslösheten ökat, och fler personer har fått vänta på etableringsersättning. Helårsavvikelsen "
            "beräknas till - 4,1 mnkr.",
            C(
                "Ekonomiskt bistånd",
                "- 4,1 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The amount comes last, with a minus separated by a space.",
            ),
        ),
        H("Vuxna, missbruk och beroende", 3),
        P(
            "Verksamheten har köpt fler platser i skyddat boende än budgeterat, vilket ger ett underskott.",
            C(
                "Vuxna, missbruk och beroende",
                "- 1,8",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Socialpsykiatri", 3),
        P(
            "Ett boendestöd har bedrivits med lägre bemanning under sommaren, vilket gett 0,6 mnkr lägre kostnader "
            "än beräknat.",
            C("Socialpsykiatri", "0,6 mnkr", "+", "bemanning"),
        ),
        H("Mottagning och utredning", 3),
        P(
            "Här finns ett överskott om 1,1 mnkr som en följd av att två socialsekreterartjänster har varit "
            "vakanta. Förvaltningen har samtidigt köpt in konsulter för utredningar till en kostnad av 0,4 mnkr, "
            "vilket ingår i prognosen.",
            C(
                "Mottagning och utredning",
                "1,1 mnkr",
                "+",
                "vakanser",
                "inhyrd_personal",
                note="The consultants' 0,4 mnkr is a part of the net surplus.",
            ),
        ),
        H("Ledning och administration", 3),
        P(
            "Införandet av ett nytt verksamhetssystem för individ- och familjeomsorgen kostar mer än planerat, och "
            "licenskostnaden har räknats upp. Ledning och administration hamnar därför 1,1 mnkr över budget.",
            C("Ledning och administration", "1,1 mnkr", "-", "it_digitalisering", "prisokningar"),
        ),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Hemtagning av placerade ungdomar till egna öppenvårdsinsatser, med en beräknad effekt på 1,5 "
                "mnkr på helår.",
                "Rekrytering av egna familjehem genom en gemensam kampanj med Svalöv och Bjuv.",
                "Ett fördjupat samarbete med arbetsmarknadsenheten för hushåll med långvarigt bistånd.",
            ),
            labels=(
                A("Barn och unga", "1,5 mnkr", "kopt_verksamhet"),
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 8,1 procent under perioden, jämfört med 9,0 procent samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="landskrona-ifn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Individ- och familjenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Individ- och familjenämnden", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
