"""Marks kommun, Teknik- och servicenämnden, månadsrapport oktober 2025.

A technical committee's month report, footer with the nämnd's meeting date in November: the tax-financed
full year "underskott på 3,1 mnkr … (−2,7 mnkr i september)" and, in a sentence of its own, the period "1,9
mnkr sämre än periodiserad budget" (two causes); a table in tkr with deficits in brackets ("(1 650)"); a
heading that carries the area and amount with U+2212 ("Gata och park −1 650 tkr") over a reasons-only
paragraph; a plain heading whose paragraph rounds the row ("underskott mot budget på 1,4 mnkr" against
"(1 420)") beside a price percentage that is not the amount; a bold run-in lead ending in a full stop over a
reason-only surplus (the row's "380"); "beräknas gå 720 tkr över budget" followed by a risk sentence in the
same paragraph (other); "en positiv avvikelse om 310 tkr"; "följer budget" and "ligger i nivå med budget"
(boilerplate); the fee-financed water and sewage surplus with its transfer to the VA fund in one sentence;
the change since September, an action with its effect, and investments "14,6 mnkr lägre än
investeringsbudgeten". Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Marks kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Teknik- och servicenämnden 2025-11-20", "", f"sid {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, helårsprognos, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gata och park", "48 300", "49 950", "(1 650)"),
            ("Kost", "61 200", "62 620", "(1 420)"),
            ("Lokalvård", "34 800", "34 420", "380"),
            ("Fastighetsförvaltning", "22 100", "22 820", "(720)"),
            ("Fritidsanläggningar", "18 400", "18 090", "310"),
            ("Förvaltningsgemensamt", "9 600", "9 600", "0"),
            ("Summa", "194 400", "197 500", "(3 100)"),
        ),
        widths=(170.0, 90.0, 90.0, 90.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=2),
        Title("Teknik- och servicenämnden", size=12.5, font="arial", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämndens skattefinansierade verksamhet prognostiserar ett underskott på 3,1 mnkr för helåret (−2,7 "
            "mnkr i september).",
            C(None, "3,1 mnkr", "-", note="Last month's figure in brackets is not the amount."),
        ),
        P(
            "Utfallet efter tio månader är 1,9 mnkr sämre än periodiserad budget.",
            C(None, "1,9 mnkr", "-", note="The period, in a paragraph of its own: a cause of its own."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gata och park −1 650 tkr",
            "Kostnaderna för gatubelysning har ökat sedan det nya elavtalet började gälla i april. Till detta "
            "kommer reparationer av tre gång- och cykelbroar i Kinna som inte fanns med i budgeten.",
            C(
                "Gata och park",
                "−1 650 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The heading carries the area and its amount. Electricity is prisokningar, repairs ovrigt.",
            ),
        ),
        H("Kost", 3),
        P(
            "Kostenheten visar ett underskott mot budget på 1,4 mnkr. Livsmedelspriserna har stigit med cirka 9 "
            "procent sedan budgeten lades, och antalet portioner till förskolorna är fler än beräknat.",
            C(
                "Kost",
                "1,4 mnkr",
                "-",
                "prisokningar",
                "volymer",
                note="The prose rounds the row's (1 420): the prose is the amount. 9 procent is not.",
            ),
        ),
        LP(
            "Lokalvård.",
            "Lokalvården har lägre kostnader än budgeterat, främst på grund av två vakanta tjänster under våren.",
            C(
                "Lokalvård",
                "380",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason-only run-in paragraph: the table row's cell.",
            ),
        ),
        H("Fastighetsförvaltning", 3),
        Para(
            (
                (
                    "Fastighetsförvaltningen beräknas gå 720 tkr över budget. Avvikelsen beror på akuta "
                    "vattenskador i Björkängsskolan och på Solbackens äldreboende.",
                    C("Fastighetsförvaltning", "720 tkr", "-", "ovrigt", note="Water damage is ovrigt."),
                ),
                (
                    "Det finns en risk att fler fuktskador upptäcks vid den inventering som pågår under hösten.",
                    O("Fastighetsförvaltning", note="A risk in the same paragraph: its own item."),
                ),
            )
        ),
        H("Fritidsanläggningar", 3),
        P(
            "Fritidsanläggningarna redovisar en positiv avvikelse om 310 tkr tack vare högre hyresintäkter från "
            "ishallen, där fler föreningar har hyrt istider.",
            C("Fritidsanläggningar", "310 tkr", "+", "avgifter_intakter"),
        ),
        H("Förvaltningsgemensamt", 3),
        P("De förvaltningsgemensamma kostnaderna följer budget.", BP("Förvaltningsgemensamt")),
        H("Avgiftsfinansierad verksamhet", 2),
        P(
            "VA-verksamheten beräknas få ett överskott på 1,2 mnkr mot budget, som förs till VA-fonden vid "
            "årets slut. Överskottet beror på högre brukningsavgifter efter taxehöjningen och lägre kostnader för "
            "kemikalier i vattenverken.",
            C(
                "Vatten och avlopp",
                "1,2 mnkr",
                "+",
                "avgifter_intakter",
                "material_hjalpmedel",
                note="The fee-financed result with its fund transfer in one sentence: one cause. Chemicals are "
                "material_hjalpmedel.",
            ),
        ),
        P("Renhållningen ligger i nivå med budget.", BP("Renhållning")),
        H("Förändring sedan föregående månad", 2),
        P(
            "Prognosen har försämrats med 0,4 mnkr sedan september, vilket beror på reparationerna av broarna i "
            "Kinna.",
            F(None, "0,4 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för förbrukningsmaterial och inventarier under november och "
            "december, vilket beräknas ge en besparing på cirka 300 tkr.",
            A(None, "cirka 300 tkr", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet för året beräknas till 38,2 mnkr, vilket är 14,6 mnkr lägre än "
            "investeringsbudgeten. Huvudorsaken är att ombyggnaden av Västra vattenverket har försenats efter "
            "att upphandlingen fick göras om.",
            C(
                "Investeringar",
                "14,6 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: positive.",
            ),
        ),
    ]
    return ReportSpec(
        file="mark-tsn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Mark",
            "committee": ["Teknik- och servicenämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Teknik- och servicenämnden", "author": "Marks kommun"},
        style=style,
        blocks=blocks,
    )
