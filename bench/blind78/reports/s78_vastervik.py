"""Västerviks kommun, Barn- och utbildningsnämnden, tjänsteskrivelse om resursfördelning till grundskolan 2027.

A tjänsteskrivelse dated in October 2026 proposing next year's school funding, which is no budget follow-up at
all, Liberation Sans 10 pt: full of amounts, "beror på", "mer än" and "ryms inom": the nämnd's frame for 2027 and
its increase against 2026, the reason for the increase, the grundbelopp per pupil against 2026, the
strukturtillägg, school transport "1,9 mnkr mer än i 2026 års budget, vilket beror på" a new contract (a
planning comparison, not a deviation), a small-school supplement with "eftersom" and a financing statement
("ryms inom nämndens ram"): seven `other` items and no cause. The decision proposal, the legal background and
the allocation table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_FOLLOW_UP = "A budget proposal for next year, no follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 66.0, 76.0),
        header=lambda n, m: ("Västerviks kommun", "Tjänsteskrivelse 2026-10-12"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "Dnr BUN 2026/231", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Föreslagen resursfördelning grundskola 2027, mnkr",
        header=(("Post", "Budget 2026", "Förslag 2027", "Förändring"),),
        rows=(
            ("Grundbelopp kommunala skolor", "268,4", "276,1", "7,7"),
            ("Ersättning till fristående skolor", "36,9", "38,0", "1,1"),
            ("Strukturtillägg", "10,8", "11,2", "0,4"),
            ("Småskaletillägg", "0,0", "3,4", "3,4"),
            ("Skolskjuts", "22,7", "24,6", "1,9"),
            ("Summa", "338,8", "353,3", "14,5"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Resursfördelning till grundskolan 2027", size=17, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden fastställer grundbelopp, strukturtillägg och småskaletillägg för grundskolan "
            "2027 enligt förvaltningens förslag."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt skollagen ska kommunen fördela resurser till utbildningen efter barnens och elevernas olika "
            "förutsättningar och behov. Bidraget till fristående skolor ska bestämmas efter samma grunder som "
            "kommunen tillämpar för sina egna skolor."
        ),
        P(
            "Nämndens ram för 2027 uppgår enligt kommunfullmäktiges beslut till 612,4 mnkr, en ökning med 14,8 mnkr "
            "jämfört med 2026.",
            O(None, note=NOT_FOLLOW_UP),
        ),
        P(
            "Ökningen beror främst på kompensation för löneökningar och på att antalet elever i årskurs 7–9 väntas öka "
            "med omkring 60.",
            O(
                None,
                "lonekostnader",
                "volymer",
                note=NOT_FOLLOW_UP + " 'beror på' explains a frame increase.",
            ),
        ),
        H("Ärendebeskrivning", 2),
        table,
        P(
            "Grundbeloppet per elev i grundskolan föreslås bli 78 450 kronor, vilket är 2 310 kronor mer än 2026.",
            O("Grundbelopp", note=NOT_FOLLOW_UP),
        ),
        P(
            "Strukturtillägget fördelas efter vårdnadshavarnas utbildningsnivå och andelen nyanlända elever och "
            "omfattar totalt 11,2 mnkr.",
            O("Strukturtillägg", note=NOT_FOLLOW_UP),
        ),
        P(
            "Kostnaden för skolskjuts beräknas till 24,6 mnkr, 1,9 mnkr mer än i 2026 års budget, vilket beror på det "
            "nya trafikavtalet som börjar gälla i augusti 2027.",
            O(
                "Skolskjuts",
                "prisokningar",
                note="A planning comparison with this year's budget, not a deviation from it: other.",
            ),
        ),
        P(
            "Förvaltningen bedömer att de minsta skolorna på landsbygden behöver ett särskilt småskaletillägg på "
            "totalt 3,4 mnkr, eftersom elevunderlaget där är för litet för att bära kostnaden med enbart grundbelopp.",
            O("Småskaletillägg", note=NOT_FOLLOW_UP),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förslaget ryms inom nämndens ram för 2027.",
            O(None, note="A financing statement, no deviation reported: other."),
        ),
        P(
            "Beslutet bedöms stärka likvärdigheten mellan skolorna och därmed gynna barn i hela kommunen.",
        ),
    ]
    return ReportSpec(
        file="vastervik-bun-tjansteskrivelse-resursfordelning-2027.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2027", "2026-10"],
            "report_type": "resursfördelning",
        },
        metadata={"title": "Resursfördelning till grundskolan 2027", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
