"""Bjurholms kommun, Kommunstyrelsen, tjänsteskrivelse: investeringsbeslut för en ny förskola (2026).

Not a budget follow-up: a cover letter to kommunfullmäktige proposing an investment after a förstudie, set in
DejaVu Sans 10 pt. Full of amounts and of words that look like deviations: the calculated cost, a calculation
"4,2 mnkr högre än den bedömning som gjordes i lokalutredningen" with "beror på" (an estimate against an
earlier estimate, not against a budget), running-cost consequences (capital cost, rent that ends), financing
by borrowing, the number of children against the population forecast, and a risk "kan kostnaden öka med upp
till 2 mnkr". Six `other` items and no cause: the decision proposal, the background and the signature are
unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_FU = "An investment proposal, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("Bjurholms kommun", "Tjänsteskrivelse 2026-02-02"),
        footer=lambda n, m: ("Kommunstyrelsen", "Dnr KS 2025/118", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Investeringskalkyl, mnkr",
        header=(("Post", "Belopp"),),
        rows=(
            ("Projektering och byggherrekostnader", "2,9"),
            ("Mark och dagvatten", "3,6"),
            ("Byggnad", "22,8"),
            ("Inventarier och utemiljö", "2,2"),
            ("Summa", "31,5"),
        ),
        widths=(220.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Investeringsbeslut – ny förskola i Bjurholm", size=17, font="sans-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att anslå 31,5 mnkr i investeringsbudgeten för 2026–2027 till "
            "en ny förskola med fyra avdelningar vid Västergatan, samt att kapitalkostnaderna ska inrymmas i "
            "barn- och utbildningsnämndens driftram från 2028."
        ),
        H("Bakgrund", 2),
        P(
            "Förskoleverksamheten bedrivs i dag i Centrumhuset och i en tillfällig paviljong vid Norrgårdsskolan. "
            "Paviljongens bygglov upphör sommaren 2027, och Centrumhusets lokaler uppfyller inte kraven på "
            "arbetsmiljö och tillgänglighet. En förstudie genomfördes under hösten 2025."
        ),
        P(
            "I dag är 68 barn inskrivna i förskolan, och befolkningsprognosen pekar på ungefär 75 barn år 2030.",
            O(None, "volymer", note=NOT_FU + " Numbers of children and a population forecast."),
        ),
        H("Förstudiens resultat", 2),
        P(
            "Förstudien visar att en ny förskola med fyra avdelningar beräknas kosta 31,5 mnkr inklusive projektering, "
            "markarbeten och inventarier.",
            O(None, note=NOT_FU + " The calculated cost."),
        ),
        table,
        P(
            "Kalkylen är 4,2 mnkr högre än den bedömning som gjordes i lokalutredningen 2023. Ökningen beror på "
            "högre byggpriser och på krav på en ny lösning för dagvatten.",
            O(
                None,
                "prisokningar",
                note=NOT_FU + " A calculation against an earlier estimate, not against a budget.",
            ),
        ),
        H("Driftkostnadskonsekvenser", 2),
        P(
            "Kapitalkostnaden beräknas till 1,6 mnkr per år de första åren. Hyran för de nuvarande lokalerna i "
            "Centrumhuset, 0,9 mnkr per år, upphör när den nya förskolan tas i bruk.",
            O(None, "lokaler", note=NOT_FU + " Running-cost consequences."),
        ),
        H("Finansiering", 2),
        P(
            "Investeringen föreslås finansieras genom upplåning. Kommunens låneskuld ökar därmed till 142 mnkr.",
            O(None, note=NOT_FU + " Financing."),
        ),
        H("Risker", 2),
        P(
            "Om markarbetena visar sig mer omfattande än de geotekniska undersökningarna tyder på kan kostnaden öka "
            "med upp till 2 mnkr.",
            O(None, note=NOT_FU + " A risk."),
        ),
        H("Beslutsunderlag", 2),
        P("Förstudie ny förskola, Bjurholms kommun, december 2025. Investeringskalkyl, bilaga 1."),
        P("Per Nordin, kommunchef          Maria Holmgren, ekonomichef", size=9.5),
    ]
    return ReportSpec(
        file="bjurholm-ks-tjansteskrivelse-investering-ny-forskola-2026.pdf",
        report={
            "municipality": "Bjurholm",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026"],
            "report_type": "investeringsbeslut",
        },
        metadata={"title": "Investeringsbeslut ny förskola i Bjurholm", "author": "Bjurholms kommun"},
        style=style,
        blocks=blocks,
    )
