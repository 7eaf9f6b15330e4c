"""Stockholms stad, Enskede-Årsta-Vantörs stadsdelsnämnd, tertialrapport 1 2026.

A district committee's tertial report in DejaVu Sans Condensed 10 pt, footer with the nämnd's meeting date in
May: the full year "ett underskott på 12,4 mnkr efter resultatöverföringar" with a percentage of the budget,
the change since February with its cause; a verksamhetsområde table in mnkr; level-two headings: preschools
"ett överskott på 7,1 mnkr" followed in the same paragraph by a requested transfer of part of it to 2027 (its
own `other` item), elderly care "en negativ budgetavvikelse om 10,3 mnkr" followed by home care "i nivå med
budget" (a boilerplate item of its own), a subject-after-amount "Underskottet inom individ- och
familjeomsorgen, 8,8 mnkr, förklaras av", social assistance "1,9 mnkr högre än budget"; en-dash bullets under
a generic heading ("Övriga verksamhetsområden") with the area before a colon: "−1,1 mnkr", "överskott 1,8
mnkr" and a reason-only surplus (the row's "0,8"); two actions, one with "2,5 mnkr", and the accumulated
surplus from earlier years (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O


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
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Stockholms stad", "Enskede-Årsta-Vantörs stadsdelsförvaltning"),
        footer=lambda n, m: (
            "Tertialrapport 1 2026",
            "Stadsdelsnämndens sammanträde 2026-05-28",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, mnkr (positivt tal = överskott)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskoleverksamhet", "612,3", "605,2", "7,1"),
            ("Äldreomsorg", "498,6", "508,9", "−10,3"),
            ("Individ- och familjeomsorg", "187,4", "196,2", "−8,8"),
            ("Ekonomiskt bistånd", "74,2", "76,1", "−1,9"),
            ("Stöd och service till personer med funktionsnedsättning", "231,0", "232,1", "−1,1"),
            ("Stadsmiljöverksamhet", "58,7", "56,9", "1,8"),
            ("Kultur- och fritidsverksamhet", "42,1", "41,3", "0,8"),
            ("Summa", "1 704,3", "1 716,7", "−12,4"),
        ),
        widths=(250.0, 62.0, 62.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Enskede-Årsta-Vantörs stadsdelsnämnd", size=12.5, font="cond", after=14),
        H("Ekonomi", 1),
        P(
            "Nämnden prognostiserar ett underskott på 12,4 mnkr efter resultatöverföringar, motsvarande 0,7 procent "
            "av budgeten.",
            C(None, "12,4 mnkr", "-", note="The percentage of the budget is not the amount."),
        ),
        P(
            "Prognosen är 4,1 mnkr sämre än i månadsrapporten för februari, vilket förklaras av nya placeringar "
            "inom individ- och familjeomsorgen.",
            F(None, "4,1 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        Space(6),
        H("Förskoleverksamhet", 2),
        PS(
            (
                "Förskoleverksamheten beräknas ge ett överskott på 7,1 mnkr. Barnantalet har fortsatt att minska i "
                "Enskededalen och Årsta, och två förskoleenheter har avvecklats under våren.",
                C("Förskoleverksamhet", "7,1 mnkr", "+", "volymer", "omstallning"),
            ),
            (
                "Förvaltningen avser att begära att 3,0 mnkr av överskottet förs över till 2027.",
                O(
                    "Förskoleverksamhet",
                    "reserver",
                    note="A requested transfer of the surplus (resultatöverföring): other.",
                ),
            ),
        ),
        H("Äldreomsorg", 2),
        PS(
            (
                "Äldreomsorgen har en negativ budgetavvikelse om 10,3 mnkr. Det beror på att fler äldre än "
                "budgeterat har beviljats plats på vård- och omsorgsboende, vilket leder till ökade kostnader för "
                "köpta platser.",
                C("Äldreomsorg", "10,3 mnkr", "-", "volymer", "kopt_verksamhet"),
            ),
            (
                "Hemtjänsten ligger däremot i nivå med budget.",
                BP("Hemtjänst", note="A sub-area 'i nivå med budget' after the cause: a boilerplate item."),
            ),
        ),
        H("Individ- och familjeomsorg", 2),
        P(
            "Underskottet inom individ- och familjeomsorgen, 8,8 mnkr, förklaras av placeringar av barn och unga på "
            "HVB samt av skyddat boende för vuxna, som har ökat kraftigt sedan hösten.",
            C("Individ- och familjeomsorg", "8,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Ekonomiskt bistånd", 2),
        P(
            "Kostnaderna för ekonomiskt bistånd blir 1,9 mnkr högre än budget när fler hushåll får långvarigt "
            "bistånd.",
            C("Ekonomiskt bistånd", "1,9 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Övriga verksamhetsområden", 2),
        Bullets(
            (
                "Stöd och service till personer med funktionsnedsättning: −1,1 mnkr, främst på grund av ett nytt "
                "ärende med omfattande insatser i daglig verksamhet.",
                "Stadsmiljöverksamheten: överskott 1,8 mnkr eftersom den nya upphandlingen av parkskötsel blev "
                "billigare än beräknat.",
                "Kultur- och fritidsverksamheten: en tjänst som fritidsledare har varit vakant sedan januari.",
            ),
            labels=(
                C("Stöd och service till personer med funktionsnedsättning", "−1,1 mnkr", "-", "volymer"),
                C(
                    "Stadsmiljöverksamhet",
                    "1,8 mnkr",
                    "+",
                    "prisokningar",
                    note="A cheaper contract: prisokningar (lower).",
                ),
                C(
                    "Kultur- och fritidsverksamhet",
                    "0,8",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="Reason only, no direction word: the row's cell gives amount and direction.",
                ),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        PS(
            (
                "För att minska underskottet inom äldreomsorgen pågår en översyn av biståndsbedömningen vid "
                "ansökan om vård- och omsorgsboende.",
                A("Äldreomsorg"),
            ),
            (
                "Inom individ- och familjeomsorgen har en hemmaplanslösning för ungdomar startat, med en förväntad "
                "besparing på 2,5 mnkr under 2026.",
                A("Individ- och familjeomsorg", "2,5 mnkr", "kopt_verksamhet"),
            ),
        ),
        P(
            "Nämnden har ett ackumulerat överskott från tidigare år på 9,6 mnkr, som inte får tas i anspråk utan "
            "kommunstyrelsens beslut.",
            O(None, "reserver", note="Accumulated surplus: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-eav-sdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Enskede-Årsta-Vantörs stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Enskede-Årsta-Vantörs stadsdelsnämnd",
            "author": "Stockholms stad",
        },
        style=style,
        blocks=blocks,
    )
