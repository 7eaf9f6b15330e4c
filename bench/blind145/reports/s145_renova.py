"""Renova (Renova Miljö AB, the waste company jointly owned by Göteborg and ten other kommuner), delårsrapport
januari–augusti 2025 to the board.

A jointly owned company's interim report in tkr and mnkr, DejaVu Sans Condensed, footer with the board's
meeting date in October: the period's result "13,8 mnkr bättre än budget" and the full year "6 mnkr över
budget" in paragraphs of their own, the change since the tertial report with its cause; a table of the
period in tkr with hyphen-minus signs; paragraphs in varied shapes: energy sales that "överstiger budget med
23,3 mnkr" (revenue over budget, positive), treatment fees "7,2 mnkr lägre än budget för perioden", a bold
run-in lead that carries the amount ("Underhåll och reparationer: -6,8 mnkr."), collection that "går 3,5 mnkr
sämre än budget", a reason-only surplus (the row's "2 400") and "en positiv avvikelse på 5,6 mnkr" that is a
timing difference; investments "i nivå med budget" (boilerplate); an action with "1,2 mnkr", tonnes received
against 2024 and an electricity price sensitivity (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Renova Miljö AB", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-10-02", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat januari–augusti 2025, tkr",
        header=(("", "Budget jan–aug", "Utfall jan–aug", "Avvikelse"),),
        rows=(
            ("Behandlingsavgifter", "412 300", "405 100", "-7 200"),
            ("Energiförsäljning", "298 600", "321 900", "23 300"),
            ("Insamling, netto", "-186 400", "-189 900", "-3 500"),
            ("Återvinningscentraler", "-74 200", "-71 800", "2 400"),
            ("Underhåll och reparationer", "-96 800", "-103 600", "-6 800"),
            ("Övriga kostnader", "-305 500", "-299 900", "5 600"),
            ("Resultat efter finansiella poster", "48 000", "61 800", "13 800"),
        ),
        widths=(170.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.88, 0.93, 0.88),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Renova Miljö AB", size=12, font="cond", after=12),
        H("Ekonomisk översikt", 2),
        P(
            "Renovas resultat efter finansiella poster för januari–augusti är 61,8 mnkr, vilket är 13,8 mnkr bättre "
            "än budget.",
            C(
                None,
                "13,8 mnkr",
                "+",
                note="The period's result against budget; the level is not the amount.",
            ),
        ),
        P(
            "Helårsprognosen är ett resultat på 72 mnkr, 6 mnkr över budget.",
            C(None, "6 mnkr", "+", note="The full year in a paragraph of its own."),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsprognosen förbättrats med 4 mnkr, tack vare de högre "
            "energipriserna.",
            F(None, "4 mnkr", "+", "prisokningar"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        P(
            "Energiförsäljningen överstiger budget med 23,3 mnkr. Kalla perioder i februari och mars gav större "
            "värmeleveranser till fjärrvärmenätet, och elpriset har legat högre än budgeterat.",
            C(
                "Energiförsäljning",
                "23,3 mnkr",
                "+",
                "volymer",
                "prisokningar",
                note="Revenue over budget: positive; energy prices are prisokningar.",
            ),
        ),
        P(
            "Intäkterna från behandlingsavgifter är 7,2 mnkr lägre än budget för perioden eftersom mängden "
            "verksamhetsavfall från industrikunder har minskat.",
            C("Behandlingsavgifter", "7,2 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Underhåll och reparationer: -6,8 mnkr.",
            "Ett oplanerat stopp i en av pannorna under maj krävde byte av överhettartuber och inhyrda montörer.",
            C(
                "Underhåll och reparationer",
                "-6,8 mnkr",
                "-",
                "ovrigt",
                "inhyrd_personal",
                note="The run-in lead carries the amount; a breakdown is ovrigt.",
            ),
        ),
        P(
            "Insamlingen går 3,5 mnkr sämre än budget, vilket förklaras av dyrare drivmedel och fler hämtställen för "
            "matavfall.",
            C(
                "Insamling",
                "3,5 mnkr",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                "volymer",
                note="Fuel: material_hjalpmedel, dearer: prisokningar.",
            ),
        ),
        P(
            "Återvinningscentralerna har haft lägre kostnader för transporter av grovavfall sedan det nya avtalet "
            "med åkeriet började gälla.",
            C(
                "Återvinningscentraler",
                "2 400",
                "+",
                "prisokningar",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell. A cheaper contract: prisokningar.",
            ),
        ),
        P(
            "Övriga kostnader visar en positiv avvikelse på 5,6 mnkr, som i huvudsak är en tidsförskjutning av "
            "konsultuppdrag till hösten.",
            C("Övriga kostnader", "5,6 mnkr", "+", "periodisering", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna för helåret beräknas till 340 mnkr, vilket är i nivå med budget.",
            BP("Investeringar"),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har skjutit upp rekryteringen av två driftingenjörer till 2026, vilket minskar "
            "personalkostnaderna med 1,2 mnkr i år.",
            A(None, "1,2 mnkr", "vakanser"),
        ),
        H("Volymer och känslighet", 2),
        P(
            "Mängden avfall som tagits emot vid kraftvärmeverket var 352 000 ton under perioden, 3 procent mindre än "
            "samma period 2024.",
            O(None, "volymer", note="Tonnes against the previous year."),
        ),
        P(
            "Resultatet för helåret är känsligt för elpriset under hösten. En förändring med 10 öre per "
            "kilowattimme påverkar resultatet med cirka 5 mnkr.",
            O(None, note="A sensitivity: other."),
        ),
    ]
    return ReportSpec(
        file="renova-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Renova", "Renova Miljö AB", "Renova AB"],
            "committee": ["Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Renova Miljö AB"},
        style=style,
        blocks=blocks,
    )
