"""Smedjebackens kommun, Kommunstyrelsen, tjänsteskrivelse: budgetdirektiv och ramar 2027.

A budget directive for next year, which is no budget follow-up at all: full of amounts, "beror på", "höjs",
"minskas", "mer än" and a previous year's budget, but no deviation from a budget: the growth of tax revenue
against this year's budget with its cause, three nämnder's frames raised or lowered with "beror på"/"för att
täcka"/"då", the wage compensation, the result target against this year's budgeted result, the rule that a
deficit is to be covered within the nämnd's own frame and the equity: eight `other` items and no cause. The
decision proposal, the background and the frame table are unlabelled. Liberation Serif (Times) 11 pt.

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
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Smedjebackens kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Kommunledningskontoret 2026-03-09", "Dnr KS 2026/00057", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    frames = Table(
        caption="Ramar 2027 per nämnd, mkr",
        header=(("Nämnd", "Budget 2026", "Ram 2027", "Förändring"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "121,0", "2,6"),
            ("Barn- och utbildningsnämnden", "286,2", "289,7", "3,5"),
            ("Socialnämnden", "341,5", "347,5", "6,0"),
            ("Tekniska nämnden", "42,8", "41,6", "-1,2"),
            ("Summa nämnder", "788,9", "799,8", "10,9"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Budgetdirektiv och ramar 2027 med plan för 2028–2029", size=16, font="arial-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att fastställa budgetdirektiv och ramar för 2027 enligt "
            "bilaga, och att ge nämnderna i uppdrag att senast den 15 september lämna förslag till "
            "verksamhetsplan inom tilldelad ram."
        ),
        H("Bakgrund", 2),
        P(
            "Budgetprocessen inleds varje år med att kommunstyrelsen föreslår ekonomiska ramar för nämnderna. "
            "Ramarna bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från februari och på "
            "befolkningsprognosen för kommunen."
        ),
        H("Ekonomiska förutsättningar", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas öka med 14,2 mkr till 2027 jämfört med budget 2026. "
            "Ökningen beror främst på ett högre skatteunderlag och på det nya statsbidraget till kommunerna.",
            O(None, "statsbidrag", note="Growth against this year's budget, not a deviation: other."),
        ),
        P(
            "Löneökningar och PO-pålägg kompenseras med 3,1 procent, vilket motsvarar 17,8 mkr.",
            O(None, "lonekostnader", note="Wage compensation in next year's frames: other."),
        ),
        frames,
        H("Nämndernas ramar", 2),
        P(
            "Barn- och utbildningsnämndens ram höjs med 3,5 mkr, vilket beror på fler elever i grundskolan från "
            "hösten 2027.",
            O("Barn- och utbildningsnämnden", "volymer", note="A frame raised, with 'beror på': other."),
        ),
        P(
            "Socialnämndens ram höjs med 6,0 mkr för att täcka volymökningar inom hemtjänsten och LSS.",
            O("Socialnämnden", "volymer"),
        ),
        P(
            "Tekniska nämndens ram minskas med 1,2 mkr, då lokalkostnaderna sjunker när Ekbackens paviljong avvecklas.",
            O("Tekniska nämnden", "lokaler"),
        ),
        H("Resultatmål", 2),
        P(
            "Resultatmålet om 2 procent av skatter och bidrag innebär ett budgeterat resultat på 19,4 mkr. Det är 4,6 "
            "mkr mer än det resultat som budgeten för 2026 bygger på.",
            O(None, note="Next year's target against this year's budget: other."),
        ),
        P(
            "Nämnderna ska i sina budgetförslag redovisa konsekvenserna om ramen inte räcker, och ett eventuellt "
            "underskott ska täckas inom nämndens egen ram.",
            O(None, note="A decision rule: other."),
        ),
        P(
            "Kommunens eget kapital uppgick vid senaste bokslutet till 212,6 mkr, varav 15,0 mkr är avsatta i en "
            "resultatutjämningsreserv.",
            O(None, "reserver", note="Equity and reserve: other."),
        ),
    ]
    return ReportSpec(
        file="smedjebacken-ks-budgetdirektiv-ramar-2027.pdf",
        report={
            "municipality": "Smedjebacken",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2027", "2026-03"],
            "report_type": "budgetdirektiv",
        },
        metadata={"title": "Budgetdirektiv och ramar 2027", "author": "Smedjebackens kommun"},
        style=style,
        blocks=blocks,
    )
