"""Pajala kommun, Barn- och utbildningsnämnden, tjänsteskrivelse om tilldelning av skolskjutsavtal 2026.

A cover letter proposing the award of a school transport contract: no budget follow-up at all, but full of
amounts, "beror på", "mer än", "dyrare än" and a contract "avvikelse", footer with the letter date in
February. Last year's cost against 2024 with its reason, the spread of the bids with its reason, the winning
bid against the current contract with its reason, the financing ("ryms inom den ram"), the taxi costs on top,
the risk if no decision is taken and the follow-up of the old contract's deviations are all `other`; the
decision proposal, the background and the table of bids are unlabelled. The document has no cause.
Liberation Serif (Times) 11 pt.

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
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("PAJALA KOMMUN", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "2026-02-09", f"{n} ({m})"),
        header_size=8.5,
    )
    bids = Table(
        caption="Inkomna anbud, pris per år",
        header=(("Anbudsgivare", "Pris per år, tkr", "Poäng kvalitet", "Utvärderat pris, tkr"),),
        rows=(
            ("Anbudsgivare A", "3 940", "85", "3 660"),
            ("Anbudsgivare B", "4 310", "90", "3 910"),
            ("Anbudsgivare C", "4 780", "70", "4 600"),
            ("Anbudsgivare D", "5 210", "95", "4 720"),
        ),
        widths=(130.0, 95.0, 95.0, 110.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tilldelning av avtal för skolskjuts 2026–2030", size=16, font="times-bold", after=4),
        P("Diarienummer BUN 2026/14", size=9.5),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden beslutar att anta anbudsgivare A som leverantör av skolskjuts för "
            "perioden 1 juli 2026 till 30 juni 2030 med möjlighet till förlängning i två år."
        ),
        H("Ärendet", 2),
        P(
            "Det nuvarande avtalet för skolskjuts löper ut den 30 juni 2026. Upphandlingen har genomförts som ett "
            "öppet förfarande enligt lagen om offentlig upphandling, med pris och kvalitet som grund för "
            "utvärderingen."
        ),
        P(
            "Kostnaden för skolskjuts uppgick 2025 till 14,6 miljoner kronor, vilket är 1,2 miljoner kronor mer än "
            "2024. Ökningen beror på fler linjer efter att skolan i en av byarna stängdes.",
            O(None, "volymer", note="A cost against the previous year with 'beror på': other."),
        ),
        P(
            "Fyra anbud har kommit in. Det lägsta anbudet uppgår till 3,9 mnkr per år och det högsta till 5,2 mnkr "
            "per år. Skillnaden beror främst på hur många fordon anbudsgivarna räknar med.",
            O(None, note="The spread of the bids: other."),
        ),
        bids,
        P(
            "Det vinnande anbudet för den upphandlade delen är 0,4 mnkr dyrare per år än nuvarande avtal, vilket "
            "beror på högre drivmedelspriser och kravet på fordon med förnybart bränsle.",
            O(
                None,
                "prisokningar",
                note="A price against the current contract, not against a budget: other.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Kostnaden ryms inom den ram som kommunfullmäktige har beslutat för barn- och utbildningsnämnden 2026.",
            O(None, note="A financing statement: other."),
        ),
        P(
            "Utöver avtalet tillkommer kostnader för resor med taxi för elever med särskilda behov, som beräknas "
            "till cirka 600 tkr per år.",
            O(None, note="A supporting figure: other."),
        ),
        P(
            "Om nämnden inte fattar beslut före den 15 mars kan anbuden inte längre antas, vilket skulle innebära "
            "en direktupphandling till en högre kostnad.",
            O(None, note="A risk: other."),
        ),
        H("Uppföljning av nuvarande avtal", 2),
        P(
            "Förvaltningen har i samband med upphandlingen följt upp 2025 års avtal. Avvikelserna från avtalet "
            "gällde främst förseningar på två linjer, och vitet för dessa uppgick till 85 tusen kronor.",
            O(None, note="A contract 'avvikelse', not a budget deviation: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-02-09. Anbudsutvärdering 2026-02-02.", size=9.5),
    ]
    return ReportSpec(
        file="pajala-bun-tilldelning-skolskjuts-2026.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026", "2026-02"],
            "report_type": "beslut",
        },
        metadata={"title": "Tilldelning av avtal för skolskjuts 2026–2030", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
