"""Laholms kommun, Kommunstyrelsen, tjänsteskrivelse: sammanställning av externt finansierade projekt 2025.

A document that is no budget follow-up at all: the kommunstyrelse's yearly account of projects with external
funding, dated in March. Full of amounts, "beror på", "mindre än beviljat", "dyrare än bidraget" and "ryms
inom ramen", but no deviation of the committee's own budget is reported: the total granted (with a "varav"),
the kommun's co-financing against 2024 with "Ökningen beror på", a claim for repayment with "Återkravet beror
på", a project that used less than granted "vilket beror på" a departure (it does not touch the result), the
co-financing that "ryms inom ramen" (a financing statement), another nämnd's project that becomes dearer than
its grant (a statement about someone else) and the applications for 2026: seven `other` items and no cause.
The decision proposal, the background and the table per project are unlabelled. Liberation Serif (Times
metrics) 11 pt with Liberation Sans headings.

The place is real; every figure, event and project name is invented.
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
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("LAHOLMS KOMMUN  Kommunledningsförvaltningen", "TJÄNSTESKRIVELSE 2026-03-11"),
        footer=lambda n, m: ("Dnr KS 2026/0094", "Kommunstyrelsen", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Projekt med extern finansiering 2025, tkr",
        header=(("Projekt", "Finansiär", "Beviljat", "Upparbetat", "Egen insats"),),
        rows=(
            ("Steget vidare", "ESF", "4 800", "4 650", "950"),
            ("Unga in i arbetslivet", "ESF", "3 900", "3 720", "820"),
            ("Kustnära turism", "Tillväxtverket", "3 100", "1 700", "560"),
            ("Digital bygglovsprocess", "Boverket", "1 200", "1 350", "0"),
            ("Övriga sju projekt", "Flera", "5 600", "5 210", "1 570"),
            ("Summa", "", "18 600", "16 630", "3 900"),
        ),
        widths=(150.0, 90.0, 66.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Sammanställning av externt finansierade projekt 2025", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsen lägger sammanställningen av externt finansierade projekt 2025 till handlingarna."),
        H("Ärendet", 2),
        P(
            "Enligt kommunens riktlinjer för extern finansiering ska kommunstyrelsen varje år få en sammanställning "
            "av de projekt som har fått bidrag från EU, staten eller andra finansiärer, och av kommunens egen "
            "medfinansiering."
        ),
        H("Sammanställning", 2),
        P(
            "Under 2025 pågick elva projekt med extern finansiering, med beviljade medel på sammanlagt 18,6 "
            "miljoner kronor, varav 8,7 miljoner kronor från Europeiska socialfonden.",
            O(None, note="Supporting figures: granted money, not a budget deviation."),
        ),
        table,
        P(
            "Kommunens egen medfinansiering uppgick till 3,9 miljoner kronor, vilket är 0,7 miljoner kronor mer än "
            "2024. Ökningen beror på att två nya projekt inom arbetsmarknadsområdet startade under våren.",
            O(None, note="A comparison with the previous year, with 'beror på': other."),
        ),
        P(
            "Kommunens medfinansiering budgeteras med 4,0 miljoner kronor per år inom kommunstyrelsens anslag för "
            "utvecklingsinsatser, och årets insats ryms därmed inom ramen.",
            O(None, note="A financing statement: no deviation of the committee's result is reported."),
        ),
        H("Särskilda händelser", 2),
        P(
            "Projektet Steget vidare har fått ett beslut om återbetalning av 240 000 kronor från Svenska ESF-rådet. "
            "Återkravet beror på att delar av personalkostnaderna inte kunde styrkas med tidrapporter.",
            O("Steget vidare", note="A funder's decision about a project: other."),
        ),
        P(
            "Projektet Kustnära turism har upparbetat 1,4 miljoner kronor mindre än beviljat, vilket beror på att "
            "projektledaren slutade i maj. Det påverkar inte kommunens resultat, eftersom bidraget betalas ut mot "
            "redovisade kostnader.",
            O("Kustnära turism", note="Less used than granted, with no effect on the result: other."),
        ),
        P(
            "Samhällsbyggnadsnämndens projekt Digital bygglovsprocess blir 150 000 kronor dyrare än bidraget från "
            "Boverket, en kostnad som nämnden själv bär inom sin budget.",
            O("Samhällsbyggnadsnämnden", note="A statement about another committee's project: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Inför 2026 har ansökningar om ytterligare 6,5 miljoner kronor lämnats in till Europeiska socialfonden "
            "och Tillväxtverket. Beslut väntas under andra kvartalet.",
            O(None, note="Applications: other."),
        ),
        P("Anna Lindström, kommundirektör    Peter Ek, utvecklingsstrateg", size=10.0),
    ]
    return ReportSpec(
        file="laholm-ks-externt-finansierade-projekt-2025.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-03"],
            "report_type": "sammanställning",
        },
        metadata={
            "title": "Sammanställning av externt finansierade projekt 2025",
            "author": "Laholms kommun",
        },
        style=style,
        blocks=blocks,
    )
