"""Haninge kommun, Förskolenämnden, månadsrapport oktober 2025.

A preschool committee's month report with a footer naming the meeting in November: the full year "–5,8 mnkr
(–4,9) mot budget" with last month's figure in brackets and its reasons in the next sentence; en-dash bullets
under a generic heading, each opening with the area and its amount and last month's in brackets followed by
a colon ("Kommunala förskolor –4,2 mnkr (–3,6):"), one "följer budget" (boilerplate); the change since
September; a kostnadsslag table pasted as an image followed by a reason-only cost overrun (amount null) and
parental fees "drygt en halv miljon kronor lägre" in words; an action with its effect and the number of
children against last October (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

BR = "The bracketed figure is last month's, not the amount."


def spec() -> ReportSpec:
    style = Style(
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Haninge kommun", "Förskolenämnden – månadsrapport"),
        footer=lambda n, m: ("Sammanträde 2025-11-19", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    image = Table(
        caption="Ekonomisk sammanställning per kostnadsslag, mnkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Föräldraavgifter", "-38,2", "-37,6", "–0,6"),
            ("Statsbidrag", "-21,4", "-21,4", "0,0"),
            ("Personalkostnader", "512,7", "516,9", "–4,2"),
            ("Lokalkostnader", "118,3", "121,2", "–2,9"),
            ("Barnpeng fristående", "186,0", "184,9", "1,1"),
            ("Övriga kostnader", "44,1", "43,3", "0,8"),
            ("Summa", "801,5", "807,3", "–5,8"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, after=2),
        Title("Förskolenämnden", size=12, font="body", after=12),
        H("Prognos", 2),
        P(
            "Förskolenämndens helårsprognos är –5,8 mnkr (–4,9) mot budget. Underskottet förklaras främst av att "
            "barnantalet i de kommunala förskolorna sjunker snabbare än personalstyrkan kan anpassas.",
            C(None, "–5,8 mnkr", "-", "volymer", "bemanning", note=BR),
        ),
        H("Avvikelser per verksamhet", 3),
        Bullets(
            (
                "Kommunala förskolor –4,2 mnkr (–3,6): färre inskrivna barn ger lägre barnpeng, medan "
                "personalkostnaderna ligger kvar på budgeterad nivå.",
                "Fristående förskolor +1,1 mnkr (+1,3): antalet barn i fristående verksamhet är lägre än "
                "budgeterat.",
                "Lokaler –2,9 mnkr (–2,9): två förskolor som avvecklats under våren står tomma i väntan på ny "
                "hyresgäst.",
                "Pedagogisk omsorg 0,0 mnkr (0,0): följer budget.",
                "Förvaltningsgemensamt +0,2 mnkr (+0,3): vakant tjänst som controller under hösten.",
            ),
            labels=(
                C("Kommunala förskolor", "–4,2 mnkr", "-", "volymer", "bemanning", note=BR),
                C("Fristående förskolor", "+1,1 mnkr", "+", "volymer", note=BR),
                C(
                    "Lokaler",
                    "–2,9 mnkr",
                    "-",
                    "lokaler",
                    "omstallning",
                    note=BR + " Empty premises: lokaler.",
                ),
                BP("Pedagogisk omsorg"),
                C("Förvaltningsgemensamt", "+0,2 mnkr", "+", "vakanser", note=BR),
            ),
            glyph="–",
        ),
        P(
            "Prognosen har försämrats med 0,9 mnkr sedan september, vilket beror på att barnantalet i oktober blev "
            "lägre än i tidigare prognoser.",
            F(None, "0,9 mnkr", "-", "volymer"),
        ),
        H("Kostnadsslag", 3),
        image,
        P(
            "Personalkostnaderna överskrider budget, främst till följd av höga vikariekostnader under sommaren och "
            "sjukfrånvaro i början av hösten.",
            C(
                "Personalkostnader",
                None,
                "-",
                "vikarier",
                "sjukfranvaro",
                note="Reasons only; the row is in a table pasted as an image: amount null.",
            ),
        ),
        P(
            "Intäkterna från föräldraavgifter blir drygt en halv miljon kronor lägre än budgeterat, eftersom fler "
            "familjer har inkomster under gränsen för full avgift.",
            C(
                "Föräldraavgifter",
                "drygt en halv miljon kronor",
                "-",
                "avgifter_intakter",
                value=500_000,
                note="Amount in words with 'drygt': the stated figure.",
            ),
        ),
        P(
            "Investeringsramen för 2025, 6,0 mnkr, beräknas underskridas med 2,2 mnkr eftersom leveransen av "
            "utrustning till utemiljön vid en ny förskola har försenats.",
            C("Investeringar", "2,2 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen har beslutat att inte återbesätta tjänster som blir lediga vid fyra förskolor och att "
            "slå ihop två förskoleenheter från januari. Helårseffekten beräknas till 3,5 mnkr.",
            A("Kommunala förskolor", "3,5 mnkr", "bemanning", "omstallning"),
        ),
        P(
            "Antalet inskrivna barn var 4 612 i oktober, vilket är 188 färre än i oktober 2024.",
            O(None, "volymer", note="Against last year: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-fn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Förskolenämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Förskolenämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
