"""Jönköpings kommun, Kommunstyrelsen, månadsrapport september 2025 (all nämnder).

A kommunstyrelse's compilation: the whole kommun's result against the budgeted result with a
summary reason, a method note, a table per nämnd in mnkr with August's deviation and the
finansförvaltning, the nämnder's total with August's figure in brackets, then one generic heading
"Nämndernas prognoser" with every nämnd as a bullet carrying a signed amount and its reason after a
colon ("• Socialnämnden −12,4 mnkr: …"), a "Stadskontorets kommentar" with a forecast change and a
proposed measure, the finance items (taxes, finance net, pensions without a reason, land sales) as
causes, a contingency appropriation (other) and the investment outcome. DejaVu Sans Condensed.

Blind test set: the place is real; every figure, name and event is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

NAMNDER = "Nämnderna"


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.35,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(68.0, 72.0, 68.0, 72.0),
        header=lambda n, m: ("Jönköpings kommun", "Kommunstyrelsen – Månadsrapport september 2025"),
        footer=lambda n, m: ("", f"{n}", ""),
    )
    table = Table(
        caption="Nämndernas och finansförvaltningens prognoser 2025, mnkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("", "2025", "2025", "september", "augusti"),
        ),
        rows=(
            ("Kommunstyrelsen", "412,5", "406,3", "6,2", "5,0"),
            ("Barn- och utbildningsnämnden", "2 486,0", "2 494,7", "−8,7", "−6,9"),
            ("Utbildningsnämnden", "812,4", "809,1", "3,3", "2,8"),
            ("Socialnämnden", "1 104,8", "1 117,2", "−12,4", "−10,6"),
            ("Äldrenämnden", "1 688,3", "1 713,0", "−24,7", "−21,2"),
            ("Tekniska nämnden", "318,6", "323,4", "−4,8", "−2,2"),
            ("Kultur- och fritidsnämnden", "401,1", "400,3", "0,8", "0,2"),
            ("Summa nämnder", "7 223,7", "7 264,0", "−40,3", "−32,9"),
            ("Finansförvaltningen", "", "", "3,3", "3,5"),
            ("Årets resultat", "185,0", "148,0", "−37,0", "−29,4"),
        ),
        widths=(190.0, 64.0, 64.0, 66.0, 62.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=21, font="cond-bold"),
        Title("Uppföljning av nämndernas ekonomi – Kommunstyrelsen", size=12, font="cond", after=16),
        H("Sammanfattning", 1),
        P(
            "Kommunens resultat för 2025 beräknas bli 148 mnkr, vilket är 37 mnkr lägre än det budgeterade "
            "resultatet på 185 mnkr. Avvikelsen förklaras av nämndernas samlade underskott, som bara delvis vägs "
            "upp av högre skatteintäkter och ett bättre finansnetto.",
            C(
                None,
                "37 mnkr",
                "-",
                note="The whole kommun's result against its budgeted result (148 vs 185 mnkr).",
            ),
        ),
        P(
            "Rapporten bygger på nämndernas egna prognoser per den 30 september och på stadskontorets bedömning "
            "av finansförvaltningens poster."
        ),
        table,
        H("Nämndernas prognoser", 1),
        PS(
            (
                "Nämnderna prognostiserar sammantaget ett underskott på 40,3 mnkr (−32,9 mnkr i augusti).",
                C(NAMNDER, "40,3 mnkr", "-", note="The bracket is August's figure, not the amount."),
            ),
            ("Nedan redovisas varje nämnds prognos och de främsta orsakerna till avvikelsen.", None),
        ),
        Bullets(
            (
                "Kommunstyrelsen +6,2 mnkr: vakanta tjänster inom stadskontoret och lägre kostnader för "
                "IT-licenser efter omförhandlade avtal.",
                "Barn- och utbildningsnämnden −8,7 mnkr: fler barn och elever i behov av särskilt stöd samt högre "
                "kostnader för skolmåltider till följd av stigande livsmedelspriser.",
                "Utbildningsnämnden +3,3 mnkr: färre elever än budgeterat på gymnasiets introduktionsprogram och "
                "ett större statsbidrag för yrkesvux än beräknat.",
                "Socialnämnden −12,4 mnkr: köpt vård för barn och unga och för vuxna med missbruk, samt ett ökat "
                "ekonomiskt bistånd.",
                "Äldrenämnden −24,7 mnkr: fler beviljade hemtjänsttimmar än budgeterat, hög sjukfrånvaro som ger "
                "ökade kostnader för vikarier och övertid, samt inhyrda sjuksköterskor inom hemsjukvården.",
                "Tekniska nämnden −4,8 mnkr: reparationer av gator och dagvattenledningar efter skyfallet den 14 "
                "augusti samt högre elpriser för gatubelysningen.",
                "Kultur- och fritidsnämnden +0,8 mnkr: högre intäkter från evenemang och entréer på kulturhuset, "
                "medan baden och idrottsanläggningarna följer budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "+6,2 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Barn- och utbildningsnämnden", "−8,7 mnkr", "-", "volymer", "prisokningar"),
                C("Utbildningsnämnden", "+3,3 mnkr", "+", "volymer", "statsbidrag"),
                C("Socialnämnden", "−12,4 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Äldrenämnden",
                    "−24,7 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    "overtid",
                    "inhyrd_personal",
                ),
                C(
                    "Tekniska nämnden",
                    "−4,8 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Cloudburst damage: ovrigt; electricity prices: prisokningar.",
                ),
                C("Kultur- och fritidsnämnden", "+0,8 mnkr", "+", "avgifter_intakter"),
            ),
        ),
        H("Stadskontorets kommentar", 2),
        P(
            "Nämndernas samlade prognos har försämrats med 7,4 mnkr sedan augusti, främst hos äldrenämnden och "
            "tekniska nämnden.",
            F(NAMNDER, "7,4 mnkr", "-"),
        ),
        P(
            "Stadskontoret bedömer att äldrenämnden och socialnämnden behöver vidta ytterligare åtgärder. "
            "Kommunstyrelsen föreslås därför ge de båda nämnderna i uppdrag att senast i november redovisa "
            "åtgärdsplaner för en ekonomi i balans.",
            A(None, note="Proposed measure directed at two nämnder."),
        ),
        H("Finansförvaltningen", 1),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 9,6 mnkr högre än budget enligt Sveriges "
            "Kommuner och Regioners skatteunderlagsprognos från augusti.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "9,6 mnkr",
                "+",
                note="The SKR forecast is the source, not a cause: no tag.",
            ),
        ),
        P(
            "Finansnettot blir 4,1 mnkr bättre än budgeterat, eftersom nyupplåningen har kunnat skjutas fram när "
            "flera investeringsprojekt är försenade.",
            C("Finansnetto", "4,1 mnkr", "+", "periodisering"),
        ),
        P(
            "Pensionskostnaderna beräknas överstiga budget med 6,4 mnkr enligt KPA:s senaste prognos.",
            C("Pensionskostnader", "6,4 mnkr", "-"),
        ),
        P(
            "Intäkterna från försäljning av exploateringsmark blir 4,0 mnkr lägre än budget, eftersom två "
            "tomtförsäljningar i ett nytt verksamhetsområde har flyttats till 2026.",
            C("Exploateringsintäkter", "4,0 mnkr", "-", "avgifter_intakter", "periodisering"),
        ),
        P(
            "Kommunstyrelsens anslag för oförutsedda behov på 15 mnkr ingår i budgeten. Av anslaget har 6 mnkr "
            "fördelats till nämnderna under året, och resterande del antas förbrukas under hösten.",
            O(None, "reserver", note="Contingency appropriation: reserve statement, no deviation."),
        ),
        H("Investeringar", 1),
        P(
            "Investeringsutgifterna beräknas till 1 140 mnkr för helåret mot en investeringsbudget på 1 420 "
            "mnkr, vilket innebär att 280 mnkr inte förbrukas. Huvuddelen av avvikelsen förklaras av att "
            "byggstarten för två skolor och en simhall har senarelagts.",
            C(
                "Investeringar",
                "280 mnkr",
                "+",
                "periodisering",
                note="Investering: spending under the investment budget.",
            ),
        ),
    ]
    return ReportSpec(
        file="jonkoping-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
