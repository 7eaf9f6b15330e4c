"""Sollefteå kommun, Kommunstyrelsen, tjänsteskrivelse: budgetramar 2027 och plan 2028–2029.

Not a budget follow-up: a tjänsteskrivelse proposing next year's frames, in DejaVu Serif 10 pt, dated in May,
full of amounts and "beror på" but with no deviation from a budget: tax revenue "28,6 mnkr mer än i planen"
(a forecast of the coming year against the plan), frames raised or lowered with their reasons ("Höjningen
beror på fler brukare", "vilket beror på att elevantalet sjunker"), capital costs that rise "till följd av" new
school premises, the socialnämnd's forecast deficit for the current year "som har beaktats vid ramberäkningen"
(a statement about someone else), the budgeted result below the financial goal "vilket beror på" the frame
increases, and the resultatutjämningsreserv. Eight `other` items and no cause; the decision proposal, the
background and the frame table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_FOLLOW_UP = "A budget proposal for the coming year, not a follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Sollefteå kommun", "Tjänsteskrivelse 2026-05-12"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "Dnr KS 2026/000318", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Förslag till driftramar 2027, mnkr",
        header=(("Verksamhet", "Ram 2026", "Förändring", "Ram 2027"),),
        rows=(
            ("Kommunstyrelsen", "164,8", "2,4", "167,2"),
            ("Socialnämnden", "612,3", "14,2", "626,5"),
            ("Förskola och skola", "498,6", "-3,5", "495,1"),
            ("Tekniska nämnden", "88,1", "1,9", "90,0"),
            ("Summa", "1 363,8", "15,0", "1 378,8"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Budgetramar 2027 och plan 2028–2029", size=16, font="serif-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="serif", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att fastställa driftramar för 2027 enligt bilaga 1, att "
            "skattesatsen för 2027 ska vara oförändrad samt att investeringsramen för 2027 fastställs till 85,0 mnkr."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens budgetprocess fastställer fullmäktige driftramar och investeringsram för kommande år "
            "i juni. Nämnderna fördelar därefter ramarna i sina detaljbudgetar under hösten."
        ),
        H("Ekonomiska förutsättningar", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas enligt SKR:s prognos från april till 1 512,4 mnkr för "
            "2027, vilket är 28,6 mnkr mer än i planen för 2027. Ökningen beror främst på en högre pris- och "
            "löneuppräkning av skatteunderlaget.",
            O(None, note="Tax revenue for the coming year against the plan: " + NOT_FOLLOW_UP),
        ),
        P(
            "Kapitalkostnaderna ökar med 6,8 mnkr 2027 till följd av investeringarna i nya skollokaler i Långsele och "
            "Ramsele.",
            O(None, "lokaler", note=NOT_FOLLOW_UP),
        ),
        H("Förändringar av nämndernas ramar", 2),
        table,
        P(
            "Socialnämndens ram höjs med 14,2 mnkr. Höjningen beror på fler brukare i hemtjänsten och helårseffekten "
            "av det nya särskilda boendet som öppnar i mars 2027.",
            O("Socialnämnden", "volymer", note=NOT_FOLLOW_UP),
        ),
        P(
            "Ramen för förskola och skola minskas med 3,5 mnkr, vilket beror på att elevantalet i grundskolan sjunker "
            "med drygt 60 elever till 2027.",
            O("Förskola och skola", "volymer", note=NOT_FOLLOW_UP),
        ),
        P(
            "Tekniska nämndens ram räknas upp med 1,9 mnkr för högre energi- och entreprenadpriser.",
            O("Tekniska nämnden", "prisokningar", note=NOT_FOLLOW_UP),
        ),
        P(
            "Socialnämndens prognos för 2026 visar ett underskott på 9,0 mnkr, som har beaktats vid ramberäkningen för "
            "hemtjänsten.",
            O(
                "Socialnämnden",
                note="Another committee's current-year forecast in a budget proposal: a statement about someone "
                "else, other.",
            ),
        ),
        H("Resultat och finansiella mål", 2),
        P(
            "Resultatet för 2027 budgeteras till 15,1 mnkr, vilket motsvarar 1,0 procent av skatter och statsbidrag. "
            "Det är lägre än det finansiella målet på 2 procent, vilket beror på ramhöjningen för socialnämnden.",
            O(None, note="A budgeted result against a financial goal: other."),
        ),
        P(
            "Kommunens resultatutjämningsreserv uppgår till 42,0 mnkr och föreslås inte användas under 2027.",
            O(None, "reserver", note="Reserve: other."),
        ),
    ]
    return ReportSpec(
        file="solleftea-ks-budgetramar-2027.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2027", "2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Budgetramar 2027 och plan 2028–2029", "author": "Sollefteå kommun"},
        style=style,
        blocks=blocks,
    )
