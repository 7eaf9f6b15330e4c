"""Heby kommun, Kommunstyrelsen, utredning om samordnad måltidsverksamhet (March 2026).

Not a budget follow-up: an investigation of the kommun's school and elderly-care kitchens put to the
kommunstyrelse, full of amounts, "beror på", "högre än" and "mer än": the cost per portion against comparable
kommuner, food costs against 2024, staff costs and sick leave, the bildningsnämnd's kitchen deficit reported in
its own verksamhetsberättelse (a statement about someone else), transport costs, the investment and capital
costs of a central kitchen, the estimated savings of the proposal and the transition costs. Eight `other`
items and no cause; the decision proposal, the background, the kitchen table and the timetable are unlabelled.
Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "An investigation, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("HEBY KOMMUN", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Utredning om samordnad måltidsverksamhet", "2026-03-17", f"{n} (av {m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    kitchens = Table(
        caption="Tillagningskök 2025",
        header=(("Kök", "Portioner per dag", "Årsarbetare", "Kostnad per portion, kr"),),
        rows=(
            ("Centralskolan, Heby", "640", "7,5", "49"),
            ("Östervåla skola", "410", "5,0", "54"),
            ("Morgongåva skola", "290", "4,0", "61"),
            ("Tärnsjö skola", "230", "3,5", "66"),
            ("Vittinge skola", "120", "2,0", "74"),
            ("Äldreboendet Lindgården", "180", "3,0", "71"),
        ),
        widths=(170.0, 92.0, 72.0, 116.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Utredning om samordnad måltidsverksamhet", size=18, font="times-bold", after=4),
        Title("Kommunstyrelsen", size=13, font="times", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen tar del av utredningen och ger kommundirektören i uppdrag att ta fram ett underlag för "
            "ett gemensamt tillagningskök i Heby, att behandlas i samband med budget 2027."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunstyrelsen gav i juni 2025 förvaltningen i uppdrag att utreda förutsättningarna för en samordnad "
            "måltidsverksamhet för förskola, skola och äldreomsorg. I dag lagas maten i sex kök med olika "
            "huvudmän inom kommunen."
        ),
        kitchens,
        H("Kostnader i dag", 2),
        P(
            "Den genomsnittliga kostnaden per portion var 58 kronor 2025, att jämföra med 46 kronor i de kommuner i "
            "länet som har ett centralkök. Skillnaden beror till stor del på de många små köken, där personal- och "
            "lokalkostnaderna fördelas på få portioner.",
            O(None, note=NOT_BUDGET + " A cost per portion against other kommuner, with 'beror på'."),
        ),
        P(
            "Livsmedelskostnaderna ökade med 11 procent jämfört med 2024, vilket främst beror på prisökningar på "
            "mejeriprodukter, kött och frukt.",
            O(None, "prisokningar", note=NOT_BUDGET + " Food costs against the previous year."),
        ),
        P(
            "Personalkostnaderna uppgick 2025 till 21,4 mnkr. Sjukfrånvaron i köken var 9,1 procent, vilket är högre "
            "än genomsnittet för kommunens anställda.",
            O(None, "sjukfranvaro", note=NOT_BUDGET + " Staff costs and sick leave, no budget."),
        ),
        P(
            "Bildningsnämnden redovisade i sin verksamhetsberättelse för 2025 ett underskott för skolmåltiderna på 1,2 "
            "mnkr, vilket nämnden förklarade med höjda livsmedelspriser.",
            O(
                "Bildningsnämnden",
                amount="1,2 mnkr",
                direction="-",
                note="Another nämnd's deficit as reported in its own report: a statement about someone else, other.",
            ),
        ),
        P(
            "Transporterna av mat mellan köken och mottagningsköken kostar i dag 640 000 kronor per år. Kostnaden "
            "beror främst på antalet leveransställen och skulle öka något med ett centralkök.",
            O(None, note=NOT_BUDGET + " Transport costs."),
        ),
        H("Ett gemensamt tillagningskök", 2),
        P(
            "Ett nytt tillagningskök i anslutning till Centralskolan beräknas kosta 48 mnkr att bygga, vilket ger "
            "kapitalkostnader om cirka 3,1 mnkr per år.",
            O(None, note=NOT_BUDGET + " The investment and its capital costs."),
        ),
        P(
            "Utredningen bedömer att samordningen kan minska kommunens kostnader för måltider med 2,6 mnkr per år "
            "från 2028, när kapitalkostnaderna är avräknade. Besparingen beror främst på färre kök och en jämnare "
            "bemanning.",
            O(
                None,
                "bemanning",
                note=NOT_BUDGET + " The estimated savings of a proposal, not a measure against a deviation.",
            ),
        ),
        P(
            "Under övergången 2027 uppstår dubbla kostnader för personal och lokaler på uppskattningsvis 1,5 mnkr.",
            O(None, "omstallning", note=NOT_BUDGET + " Transition costs."),
        ),
        H("Fortsatt arbete", 2),
        P(
            "Ett fördjupat underlag med lokalisering, tidplan och finansiering redovisas för kommunstyrelsen i "
            "september 2026. Fackliga organisationer och berörda nämnder har fått lämna synpunkter under arbetet."
        ),
    ]
    return ReportSpec(
        file="heby-ks-utredning-samordnad-maltidsverksamhet-2026.pdf",
        report={
            "municipality": "Heby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026", "2026-03"],
            "report_type": "utredning",
        },
        metadata={"title": "Utredning om samordnad måltidsverksamhet", "author": "Heby kommun"},
        style=style,
        blocks=blocks,
    )
