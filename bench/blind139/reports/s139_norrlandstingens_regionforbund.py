"""Norrlandstingens regionförbund (kommunalförbund of the four northern regions), Förbundsdirektionen,
delårsrapport januari–augusti 2025.

A small regional kommunalförbund's interim report in tkr and mnkr, footer with the direktion's meeting date in
October: the period's result "2,6 mnkr, att jämföra med ett periodiserat budgeterat resultat på 0,4 mnkr"
(2,2 never written out), its timing reason in a paragraph of its own (amount null) and the full year "ett överskott på 1,8 mnkr jämfört med budget" in two paragraphs;
the change since April; a kostnadsslag table whose note says a positive figure is better than budget; bold
run-in kostnadsslag with a colon: the members' fees that "följer budget" (boilerplate), project revenue
"600 tkr högre än budgeterat", a reason-only surplus (the row's "+900"), bought services "−400 tkr" at the
end of the sentence, travel "hamnar 0,5 mnkr under budget" and premises "200 tkr lägre"; an action with no
amount and equity (other). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Norrlandstingens regionförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsdirektionen 2025-10-02", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "21 600", "14 400", "21 600", "0"),
            ("Projektintäkter", "3 200", "2 700", "3 800", "+600"),
            ("Personalkostnader", "-11 900", "-6 800", "-11 000", "+900"),
            ("Köpta tjänster", "-6 800", "-4 200", "-7 200", "-400"),
            ("Resor och möten", "-2 300", "-1 100", "-1 800", "+500"),
            ("Lokaler och IT", "-3 800", "-2 400", "-3 600", "+200"),
            ("Resultat", "0", "2 600", "1 800", "+1 800"),
        ),
        widths=(130.0, 72.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-cond-bold", after=2),
        Title("Norrlandstingens regionförbund", size=12.5, font="serif-cond", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Norrlandstingens regionförbund är ett kommunalförbund för de fyra nordligaste regionerna. Förbundet "
            "samordnar den regionala cancervården och kunskapsstyrningen i sjukvårdsregionen och ansvarar för "
            "gemensamma utredningar."
        ),
        H("Ekonomi", 2),
        P(
            "Förbundets resultat för perioden uppgår till 2,6 mnkr, att jämföra med ett periodiserat budgeterat "
            "resultat på 0,4 mnkr.",
            C(
                None,
                "2,6 mnkr, att jämföra med ett periodiserat budgeterat resultat på 0,4 mnkr",
                "+",
                value=2.2e6,
                note="The period's result against a periodised budgeted result: the difference, never written out.",
            ),
        ),
        P(
            "Det positiva resultatet för perioden beror främst på att Socialstyrelsens ersättning för hela året "
            "betalades ut i juni.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Helårsprognosen är ett överskott på 1,8 mnkr jämfört med budget.",
            C(None, "1,8 mnkr", "+"),
        ),
        P(
            "Jämfört med prognosen i april har helårsprognosen förbättrats med 0,7 mnkr.",
            F(None, "0,7 mnkr", "+"),
        ),
        P("Avvikelse: positivt tal innebär ett bättre utfall än budget.", size=9.0),
        table,
        H("Kommentarer per kostnadsslag", 3),
        LP("Medlemsavgifter:", "Regionernas avgifter följer budget.", BP("Medlemsavgifter")),
        LP(
            "Projektintäkter:",
            "Ersättningen från Socialstyrelsen för arbetet med nationella vårdförlopp blev 600 tkr högre än "
            "budgeterat.",
            C(
                "Projektintäkter",
                "600 tkr",
                "+",
                "statsbidrag",
                note="State funding through Socialstyrelsen.",
            ),
        ),
        LP(
            "Personalkostnader:",
            "Två av kansliets handläggartjänster har varit vakanta under våren, vilket förklarar överskottet.",
            C(
                "Personalkostnader",
                "+900",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Köpta tjänster:",
            "Konsultstödet i utredningen om gemensam upphandling av specialistvård kostar mer än beräknat, −400 tkr.",
            C(
                "Köpta tjänster",
                "−400 tkr",
                "-",
                "inhyrd_personal",
                note="The amount at the end of the sentence.",
            ),
        ),
        LP(
            "Resor och möten:",
            "Fler möten än budgeterat har hållits digitalt, och resekostnaderna hamnar 0,5 mnkr under budget.",
            C(
                "Resor och möten",
                "0,5 mnkr",
                "+",
                "it_digitalisering",
                note="Digital meetings instead of travel: it_digitalisering.",
            ),
        ),
        LP(
            "Lokaler och IT:",
            "Hyresavtalet för kansliet har omförhandlats, och kostnaden blir 200 tkr lägre än budgeterat.",
            C("Lokaler och IT", "200 tkr", "+", "lokaler"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att en av de vakanta handläggartjänsterna inte tillsätts förrän 2026.",
            A("Personalkostnader", None, "vakanser"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgår till 9,4 mnkr. Enligt förbundsordningen ska överskott som inte behövs "
            "återbetalas till medlemmarna.",
            O(None, "reserver", note="Equity and its use: other."),
        ),
    ]
    return ReportSpec(
        file="norrlandstingens-regionforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Norrlandstingens regionförbund",
                "Norrlandstingens Regionförbund",
                "Kommunalförbundet Norrlandstingens regionförbund",
                "NRF",
            ],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Norrlandstingens regionförbund",
            "author": "Norrlandstingens regionförbund",
        },
        style=style,
        blocks=blocks,
    )
