"""Oskarshamns kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in "mkr" with hyphen-minus deficits, footer with the nämnd's meeting in
September: the period ("2,3 mkr sämre än periodiserad budget") and the full year ("ett underskott på 5,9
mkr") in one sentence with the reasons in the next (one item, the full year's amount), the change since
April without a cause; a table with April's deviation beside August's; bullets under a generic heading in
varied shapes: "Barn och familj:" with the amount inside the sentence and a daily rate that is not the
amount, "överskrider budget med en och en halv miljon kronor" (words), "2,2 mkr över budget" after a colon,
"visar ett positivt resultat mot budget, 1,4 mkr", an en-dash amount after the name ("–0,8 mkr:") and a
reason-only surplus from an unused buffer (the row's "0,8", `reserver`); an action with its effect, an
investment frame that "beräknas förbrukas" in full (boilerplate), sick leave against last year and a risk
(others). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Oskarshamns kommun", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Socialnämnden", "Sammanträde 2025-09-25", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos helår per verksamhet, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Nämnd och förvaltningsgemensamt", "12,4", "11,6", "0,8", "0,5"),
            ("Barn och familj", "58,2", "61,8", "-3,6", "-2,9"),
            ("Vuxna och beroende", "24,6", "26,1", "-1,5", "-0,6"),
            ("Ekonomiskt bistånd", "31,0", "33,2", "-2,2", "-1,9"),
            ("Funktionsstöd", "96,5", "95,1", "1,4", "1,2"),
            ("Arbetsmarknad och integration", "18,3", "19,1", "-0,8", "-0,3"),
            ("Summa", "241,0", "246,9", "-5,9", "-4,0"),
        ),
        widths=(170.0, 56.0, 56.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-cond-bold", after=3),
        Title("Socialnämnden", size=12.5, font="serif-cond", after=12),
        H("Nämndens ekonomi", 1),
        P(
            "Utfallet för perioden är 2,3 mkr sämre än periodiserad budget, och för helåret prognostiserar nämnden "
            "ett underskott på 5,9 mkr. Underskottet beror i huvudsak på placeringar av barn och unga och på ökade "
            "kostnader för ekonomiskt bistånd.",
            C(
                None,
                "5,9 mkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="The period and the full year in one sentence, reasons after: one item, the full year's "
                "amount.",
            ),
        ),
        P(
            "Prognosen har försämrats med 1,9 mkr sedan april.",
            F(None, "1,9 mkr", "-", note="A change against April without a cause."),
        ),
        table,
        Space(6),
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "Barn och familj: Underskottet på 3,6 mkr förklaras av att fyra ungdomar har placerats på HVB sedan "
                "maj, till en dygnskostnad på drygt 5 000 kronor. Fler barn i konsulentstödda familjehem bidrar "
                "också.",
                "Vuxna och beroende överskrider budget med en och en halv miljon kronor, eftersom behovet av vård "
                "enligt LVM och av köpta platser på behandlingshem har ökat.",
                "Ekonomiskt bistånd: 2,2 mkr över budget. Fler hushåll är beroende av försörjningsstöd sedan flera "
                "arbetsgivare i kommunen har varslat personal, och en större andel av hushållen har ett långvarigt "
                "behov.",
                "Funktionsstöd visar ett positivt resultat mot budget, 1,4 mkr. Ett nytt gruppboende enligt LSS "
                "öppnar senare än planerat, och ersättningen från Försäkringskassan för assistansärenden har blivit "
                "högre.",
                "Arbetsmarknad och integration –0,8 mkr: statsbidraget för etableringsinsatser blev lägre än "
                "budgeterat.",
                "Inom nämnd och förvaltningsgemensamt finns ett överskott, främst eftersom en central buffert för "
                "oförutsedda kostnader inte har behövt användas.",
            ),
            labels=(
                C(
                    "Barn och familj",
                    "3,6 mkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The daily rate of 'drygt 5 000 kronor' is not the amount.",
                ),
                C(
                    "Vuxna och beroende",
                    "en och en halv miljon kronor",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    value=1_500_000,
                    note="An amount in words.",
                ),
                C("Ekonomiskt bistånd", "2,2 mkr", "-", "ekonomiskt_bistand", "volymer"),
                C(
                    "Funktionsstöd",
                    "1,4 mkr",
                    "+",
                    "periodisering",
                    "ersattning_fk",
                    note="A delayed opening is periodisering.",
                ),
                C("Arbetsmarknad och integration", "–0,8 mkr", "-", "statsbidrag"),
                C(
                    "Nämnd och förvaltningsgemensamt",
                    "0,8",
                    "+",
                    "reserver",
                    unit="mkr",
                    table=True,
                    note="A reason-only surplus: the table row's cell; an unused buffer is reserver.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för att minska antalet externa "
            "placeringar, bland annat genom att bygga ut öppenvården för barn och unga. Effekten beräknas till 1,0 "
            "mkr under 2025.",
            A("Barn och familj", "1,0 mkr", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsram på 2,5 mkr har 0,4 mkr använts hittills. Hela ramen beräknas förbrukas "
            "under hösten, främst till möbler för det nya gruppboendet.",
            BP("Investeringar", note="The whole frame will be used: boilerplate."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom förvaltningen har minskat från 8,1 procent till 7,4 procent jämfört med samma "
            "period förra året.",
            O(None, note="Sick leave against the previous year."),
        ),
        H("Risker", 2),
        P(
            "Antalet orosanmälningar för barn har ökat kraftigt under sommaren. Om fler placeringar blir "
            "nödvändiga kan underskottet bli större än prognosen.",
            O("Barn och familj", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Socialnämnden",
            "author": "Oskarshamns kommun",
        },
        style=style,
        blocks=blocks,
    )
