"""Vetlanda kommun, Barn- och utbildningsnämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A cover letter dated in April for the period to March, in Liberation Sans (Arial metrics) 10 pt: a decision
proposal (unlabelled), the full year "ett underskott på 6,3 mnkr" with a percentage of the frame and the
frame itself; headings that carry the area and the word for the direction ("Grundskola, underskott 3,9
mnkr", "Förskola, överskott 1,2 mnkr", "Måltider, ±0 mnkr" over "bedöms hålla budget", boilerplate) with one
short paragraph each, a price rise in percent that is not the amount, interkommunal ersättning and lower
revenue from other kommuner, an undistributed development fund "om 0,4 mnkr" (reserver); personnel costs for
the period "0,9 mnkr över periodens budget" (a kostnadsslag across the areas); investments "1,5 mnkr bli kvar
vid årets slut"; the change since February, an action with its effect and a grant risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("VETLANDA KOMMUN", "TJÄNSTESKRIVELSE 2026-04-08"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "Dnr BUN 2026/41", f"{n}({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=11.5, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen per den 31 mars 2026 och uppdrar "
            "åt förvaltningen att redovisa ytterligare åtgärder vid nämndens sammanträde i maj."
        ),
        H("Sammanfattning", 2),
        P(
            "Förvaltningen prognostiserar ett underskott på 6,3 mnkr för 2026, vilket motsvarar 1,2 procent av "
            "nämndens ram på 531,0 mnkr.",
            C(None, "6,3 mnkr", "-", note="The percentage and the frame are not the amount."),
        ),
        H("Ärendet", 2),
        HP(
            "Grundskola, underskott 3,9 mnkr",
            "Elevantalet i årskurs 7–9 har ökat mer än resursfördelningen förutsatte, och två nya "
            "undervisningsgrupper har startats på Kvarndammsskolan. Kostnaden för elever med omfattande behov av "
            "stöd är också högre än budget.",
            C("Grundskola", "3,9 mnkr", "-", "volymer"),
        ),
        HP(
            "Förskola, överskott 1,2 mnkr",
            "Barnantalet är lägre än budgeterat i flera av de mindre orterna, där två avdelningar har slagits ihop. "
            "Därmed har personalkostnaderna kunnat anpassas.",
            C("Förskola", "1,2 mnkr", "+", "volymer", "bemanning"),
        ),
        HP(
            "Gymnasieskola, underskott 2,6 mnkr",
            "Ersättningarna till andra huvudmän och fristående gymnasieskolor blir högre än budgeterat, då fler "
            "elever än beräknat har valt utbildningar i Jönköping och Växjö. Samtidigt är intäkterna för elever "
            "från andra kommuner lägre.",
            C("Gymnasieskola", "2,6 mnkr", "-", "kopt_verksamhet", "volymer", "avgifter_intakter"),
        ),
        HP(
            "Skolskjuts, underskott 1,4 mnkr",
            "Det nya avtalet för skolskjuts, som gäller från januari, innebär en prishöjning med 11 procent. "
            "Avtalet var inte känt när budgeten fastställdes.",
            C(
                "Skolskjuts",
                "1,4 mnkr",
                "-",
                "prisokningar",
                note="The 11 procent is a price rise, not the amount.",
            ),
        ),
        HP(
            "Måltider, ±0 mnkr",
            "Verksamheten bedöms hålla budget.",
            BP("Måltider"),
        ),
        HP(
            "Central administration och nämnd, överskott 0,4 mnkr",
            "Utvecklingsmedel om 0,4 mnkr har ännu inte fördelats till enheterna.",
            C("Central administration och nämnd", "0,4 mnkr", "+", "reserver"),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna för hela nämnden ligger 0,9 mnkr över periodens budget, bland annat på grund av "
            "hög sjukfrånvaro och höga kostnader för vikarier under februari.",
            C("Personalkostnader", "0,9 mnkr", "-", "sjukfranvaro", "vikarier"),
        ),
        H("Investeringar", 3),
        P(
            "Av investeringsramen på 4,5 mnkr för inventarier och digitala verktyg beräknas 1,5 mnkr bli kvar vid "
            "årets slut, eftersom möbleringen av den nya förskolan i Landsbro skjuts till 2027.",
            C("Investeringar", "1,5 mnkr", "+", "periodisering"),
        ),
        H("Förändring sedan februari", 3),
        P(
            "Prognosen har försämrats med 1,1 mnkr sedan februari, främst till följd av skolskjutsavtalet.",
            F(None, "1,1 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen föreslår att två vakanta tjänster inom den centrala elevhälsan inte tillsätts under "
            "resten av året, vilket beräknas minska kostnaderna med 0,8 mnkr.",
            A("Elevhälsa", "0,8 mnkr", "vakanser"),
        ),
        H("Risker", 3),
        P(
            "Det finns en osäkerhet kring statsbidraget för mindre barngrupper i förskolan, där nivån för 2026 ännu "
            "inte är beslutad. Ett lägre bidrag kan försämra prognosen med upp till 0,9 mnkr.",
            O("Förskola", "statsbidrag", note="A risk: other."),
        ),
        P("Barn- och utbildningsförvaltningen, ekonomienheten", size=9.0),
    ]
    return ReportSpec(
        file="vetlanda-bun-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse ekonomisk uppföljning mars 2026 Barn- och utbildningsnämnden",
            "author": "Vetlanda kommun",
        },
        style=style,
        blocks=blocks,
    )
