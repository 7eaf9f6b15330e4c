"""Nybro kommun, Kommunstyrelsen, finansrapport per den 30 juni 2026 (no budget follow-up).

A treasury report under the finance policy, full of amounts, "beror på", "förklaras av", "lägre än den ram"
and a policy limit that is exceeded ("överskrider därmed policyns gräns … Avvikelsen beror på"), but with no
budget deviation at all: debt and its change since the year end, the average interest rate against the year
end, a table of policy limits, liquidity against the previous year, guarantees below the ram set by
fullmäktige, the guarantee fee against 2025 and the swaps' market value. Every passage is `other`; the
introduction, the table and the decision proposal are unlabelled. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import O

NONE = "A treasury report has no budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("Nybro kommun", "Finansrapport 2026-06-30"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-08-25", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Riskbegränsningar enligt finanspolicyn",
        header=(("Mått", "Policy", "2026-06-30", "2025-12-31"),),
        rows=(
            ("Genomsnittlig kapitalbindning", "minst 2,0 år", "2,4 år", "2,6 år"),
            ("Andel lån som förfaller inom 12 månader", "högst 40 %", "43 %", "31 %"),
            ("Genomsnittlig räntebindning", "2–5 år", "2,8 år", "3,1 år"),
            ("Andel lån med räntebindning under 1 år", "högst 50 %", "38 %", "41 %"),
            ("Största enskilda långivare, andel", "högst 60 %", "54 %", "57 %"),
        ),
        widths=(206.0, 76.0, 70.0, 70.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Finansrapport per den 30 juni 2026", size=17, font="times-bold", after=10),
        H("Inledning", 2),
        P(
            "Enligt kommunens finanspolicy ska kommunstyrelsen två gånger per år få en rapport om låneskuld, "
            "likviditet, borgensåtaganden och hur policyns riskbegränsningar har följts. Rapporten omfattar Nybro "
            "kommun och de kommunala bolagen inom koncernen."
        ),
        H("Låneskuld", 2),
        P(
            "Kommunens låneskuld uppgick den 30 juni till 1 146 mnkr, en ökning med 85 mnkr sedan årsskiftet. "
            "Ökningen beror på upplåning för den nya skolan i Orrefors och för bostadsbolagets nybyggnation i "
            "kvarteret Kvarnen.",
            O(None, note=NONE + " Debt against the year end, with 'beror på'."),
        ),
        P(
            "Den genomsnittliga räntan var 2,64 procent, att jämföra med 2,91 procent vid årsskiftet. Sänkningen "
            "förklaras av att två lån med fast ränta förföll i mars och ersattes till lägre ränta.",
            O(None, note=NONE + " An interest rate against the year end."),
        ),
        H("Riskbegränsningar enligt finanspolicyn", 2),
        table,
        PS(
            (
                "Andelen lån som förfaller inom tolv månader är 43 procent och överskrider därmed policyns gräns på "
                "40 procent. Avvikelsen beror på att ett obligationslån på 120 mnkr förfaller i februari 2027.",
                O(None, note=NONE + " A deviation from a policy limit, not from budget."),
            ),
            (
                "Finansenheten avser att refinansiera lånet under hösten med längre löptid, så att gränsen åter "
                "klaras före årsskiftet.",
                O(None, note=NONE + " A measure against a policy limit, not a budget action."),
            ),
        ),
        H("Likviditet", 2),
        P(
            "Likvida medel uppgick till 74 mnkr vid halvårsskiftet, 38 mnkr mindre än vid samma tidpunkt 2025. Den "
            "checkräkningskredit på 100 mnkr som kommunen har hos sin bank har inte utnyttjats.",
            O(None, note=NONE + " Liquidity against the previous year."),
        ),
        H("Borgensåtaganden", 2),
        P(
            "Kommunens borgensåtaganden för de kommunala bolagen uppgår till 1 412 mnkr, vilket är 60 mnkr lägre än "
            "den ram som kommunfullmäktige har beslutat för 2026.",
            O(None, note=NONE + " Guarantees below a ram set by fullmäktige: not a budget deviation."),
        ),
        P(
            "Borgensavgiften för 2026 är 0,45 procent, vilket ger kommunen intäkter på 6,4 mnkr för helåret, 0,3 mnkr "
            "mer än 2025.",
            O(None, note=NONE + " A fee income against the previous year."),
        ),
        H("Räntederivat", 2),
        P(
            "Kommunen har ränteswappar till ett nominellt belopp av 350 mnkr. Marknadsvärdet var negativt med 8,2 "
            "mnkr den 30 juni, vilket beror på att marknadsräntorna har sjunkit sedan avtalen ingicks. Värdet "
            "påverkar inte resultatet så länge swapparna behålls till förfall.",
            O(None, note=NONE + " A market value with 'beror på'."),
        ),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsen lägger finansrapporten per den 30 juni 2026 till handlingarna."),
    ]
    return ReportSpec(
        file="nybro-ks-finansrapport-2026-06.pdf",
        report={
            "municipality": "Nybro",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-06"],
            "report_type": "finansrapport",
        },
        metadata={"title": "Finansrapport per den 30 juni 2026", "author": "Nybro kommun"},
        style=style,
        blocks=blocks,
    )
