"""Helsingborgs stad, Kommunstyrelsen, uppföljning av kommunfullmäktiges uppdrag 2025.

A follow-up of the council's assignments (a directive follow-up), no budget follow-up at all, in Liberation
Serif (Times), dated in February: the decision proposal, the background and a status table of the
assignments are unlabelled; eight passages full of amounts, "beror på" and "mer än" are `other`: a summer
bus card that cost "0,8 mnkr mer än vad fullmäktige avsatte" because more pupils used it, a delayed swimming
hall study, hired staff against 2024 (about another administration), a premises plan's investment need, the
summer jobs against last year, a reprioritisation, an unspent allocation carried to 2026 and the financing
of the follow-up itself. The document has no cause.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_FOLLOW_UP = "A directive follow-up, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Helsingborgs stad", "Tjänsteskrivelse 2026-02-11"),
        footer=lambda n, m: ("Kommunstyrelsens förvaltning", "Dnr 000312/2026", f"{n} ({m})"),
        header_size=8.5,
    )
    table = Table(
        caption="Status för kommunfullmäktiges uppdrag till kommunstyrelsen",
        header=(("Uppdrag", "Beslutat", "Status"),),
        rows=(
            ("Sommarkort för skolungdomar", "2024", "Genomfört"),
            ("Utredning av nytt badhus", "2024", "Försenat"),
            ("Minskad inhyrd personal", "2024", "Pågår"),
            ("Plan för lokalförsörjning", "2023", "Genomfört"),
            ("Feriejobb för unga", "2025", "Genomfört"),
            ("Digital bygglovsprocess", "2025", "Pågår"),
        ),
        widths=(220.0, 80.0, 100.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av kommunfullmäktiges uppdrag 2025", size=16, font="times-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att lägga uppföljningen av uppdragen 2025 till handlingarna."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige ger varje år kommunstyrelsen ett antal uppdrag i budgeten och i enskilda beslut. "
            "Uppdragen följs upp en gång per år i denna rapport, som omfattar samtliga uppdrag som var pågående vid "
            "ingången av 2025."
        ),
        table,
        H("Uppföljning av uppdragen", 2),
        P(
            "Sommarkortet för skolungdomar infördes sommaren 2025. Kostnaden blev 4,2 mnkr, vilket är 0,8 mnkr mer "
            "än vad fullmäktige avsatte, och ökningen beror på att fler ungdomar än beräknat hämtade ut kortet.",
            O(None, note=NOT_FOLLOW_UP + " The cost of one assignment against its allocation."),
        ),
        P(
            "Utredningen av ett nytt badhus har försenats. Förseningen beror på att detaljplanen för området har "
            "överklagats, och utredningen beräknas vara klar hösten 2026.",
            O(None, note=NOT_FOLLOW_UP),
        ),
        P(
            "Stadens kostnader för inhyrd personal var 61,5 mnkr under 2025 jämfört med 74,0 mnkr under 2024. "
            "Minskningen beror främst på att vård- och omsorgsförvaltningen har anställt egna sjuksköterskor.",
            O(None, note=NOT_FOLLOW_UP + " A cost against the previous year, about another administration."),
        ),
        P(
            "Planen för lokalförsörjning är antagen. Den visar ett behov av investeringar på 1,9 miljarder kronor "
            "under perioden 2026–2030, främst i förskolor och skolor.",
            O(None, note=NOT_FOLLOW_UP),
        ),
        P(
            "Antalet feriejobb var 1 420, vilket är 180 fler än 2024. Kostnaden på 18,3 mnkr finansierades med "
            "statsbidrag och med medel ur kommunstyrelsens utvecklingsreserv.",
            O(None, note=NOT_FOLLOW_UP + " Volume against the previous year and its financing."),
        ),
        P(
            "Uppdraget om en digital bygglovsprocess har tagit längre tid än planerat, vilket beror på att resurser "
            "har prioriterats om till arbetet med civilt försvar.",
            O(None, note=NOT_FOLLOW_UP),
        ),
        P(
            "Av de 3,0 mnkr som fullmäktige anvisade till den digitala bygglovsprocessen har 1,1 mnkr använts. "
            "Återstående medel förs över till 2026.",
            O(None, note=NOT_FOLLOW_UP + " An allocation carried over, no deviation reported."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Uppföljningen medför inga kostnader. De uppdrag som kvarstår ryms inom kommunstyrelsens budget för 2026.",
            O(None, note=NOT_FOLLOW_UP + " A financing statement."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-ks-uppfoljning-uppdrag-2025.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2026-02"],
            "report_type": "uppföljning av uppdrag",
        },
        metadata={"title": "Uppföljning av kommunfullmäktiges uppdrag 2025", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
