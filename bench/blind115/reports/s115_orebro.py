"""Örebro kommun, Byggnadsnämnden, delårsrapport januari–augusti 2025.

A building committee's interim report in mnkr with deficits in brackets in the table ("(2,6)"), footer with
the nämnd's meeting date in September: the period's "+0,8 mnkr" and the full year's "underskott på 1,5 mnkr"
in one sentence (one item, the full year's), the reason for the whole in a paragraph of its own (amount null);
plain headings in which the heading's name differs from the table's row ("Lantmäteri" over "Kommunal
lantmäterimyndighet"): revenue "2,6 mnkr lägre än budget" with applications at a low since 2013 in the same
paragraph, "ett överskott på 700 000 kronor tack vare", a reason-only surplus beside "följer budget" (the
row's "0,6") and a cost "0,2 mnkr mer än budgeterat"; the change since April with its cause; an investment
"0,4 mnkr billigare än budgeterat"; an action with its effect and processing times against last year (other).
Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Örebro kommun", "Byggnadsnämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Beslutad av Byggnadsnämnden 2025-09-23", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Nettokostnad per verksamhet, mnkr (negativa avvikelser inom parentes)",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Bygglov", "4,8", "7,4", "(2,6)"),
            ("Kommunal lantmäterimyndighet", "1,2", "0,5", "0,7"),
            ("Kart och geodata", "9,6", "9,0", "0,6"),
            ("Nämnd och ledning", "3,4", "3,6", "(0,2)"),
            ("Summa", "19,0", "20,5", "(1,5)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="narrow-bold", after=2),
        Title("Byggnadsnämnden", size=12.5, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Byggnadsnämnden redovisar ett periodresultat på +0,8 mnkr och prognostiserar för helåret ett underskott "
            "på 1,5 mnkr.",
            C(None, "1,5 mnkr", "-", note="The period and the full year in one sentence: the full year's."),
        ),
        P(
            "Underskottet förklaras av minskade bygglovsintäkter när bostadsbyggandet i kommunen har bromsat in.",
            C(
                None,
                None,
                "-",
                "avgifter_intakter",
                "volymer",
                note="The reason for the whole in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Bygglov", 3),
        P(
            "Bygglovsenhetens intäkter blir 2,6 mnkr lägre än budget. Antalet inkomna ansökningar om bygglov för "
            "flerbostadshus är det lägsta sedan 2013.",
            C("Bygglov", "2,6 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        H("Lantmäteri", 3),
        P(
            "Förrättningsverksamheten väntas ge ett överskott på 700 000 kronor tack vare flera stora "
            "fastighetsbildningar i nya bostadsområden.",
            C(
                "Kommunal lantmäterimyndighet",
                "700 000 kronor",
                "+",
                "avgifter_intakter",
                "volymer",
                note="The heading's 'Lantmäteri' is the table's row.",
            ),
        ),
        H("Kart och geodata", 3),
        P(
            "Försäljningen av kartprodukter och nybyggnadskartor följer budget, men en tjänst som GIS-ingenjör har "
            "stått vakant sedan mars, vilket ger ett överskott.",
            C(
                "Kart och geodata",
                "0,6",
                "+",
                "vakanser",
                unit="mnkr",
                table=True,
                note="Reason only beside 'följer budget' for a part: the row's cell.",
            ),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Utbildningen av nämndens ledamöter i den nya plan- och bygglagstiftningen har kostat 0,2 mnkr mer än "
            "budgeterat.",
            C("Nämnd och ledning", "0,2 mnkr", "-", "ovrigt"),
        ),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 0,5 mnkr, då två stora bostadsprojekt har "
            "skjutits upp.",
            F(None, "0,5 mnkr", "-", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringen i ett digitalt arkiv för bygglovshandlingar blir 0,4 mnkr billigare än budgeterat, "
            "eftersom skanningen har kunnat göras av egen personal.",
            C("Digitalt arkiv", "0,4 mnkr", "+", "it_digitalisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har minskat antalet konsulter inom bygglov från tre till en, vilket sänker kostnaderna med "
            "0,9 mnkr på helår.",
            A("Bygglov", "0,9 mnkr", "inhyrd_personal"),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Handläggningstiden för ett bygglov var i genomsnitt 4,1 veckor, jämfört med 5,3 veckor under samma "
            "period 2024.",
            O(None, note="Processing times against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-byn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Byggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Byggnadsnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
