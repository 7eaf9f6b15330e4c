"""Kommunförbundet Västernorrland, Förbundsstyrelsen, delårsrapport januari–augusti 2025.

A kommunalförbund's interim report in tkr, footer with the board's meeting date in October: the period's result
"1 284 tkr, att jämföra med ett periodiserat budgeterat resultat på 0 tkr" with its reason in the next sentence
(one item), the full year "420 tkr bättre än budget" after its level (both 420), "i stort sett oförändrad" against April
(a boilerplate forecast change), a table with U+2212 minus signs
in which the members' fees are negative; bold run-in leads that carry the area and the amount with a full stop
("Kansli och ledning +430 tkr."), a lead with no amount whose paragraph gives it ("vilket ger 400 tkr i
intäkter som inte var budgeterade"); no investments (unlabelled), equity and a goal reached with "beror på"
(others) and a decision not to fill a post with its effect (action). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, LP, A, C, O

LEAD = "The run-in lead carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Kommunförbundet Västernorrland", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsstyrelsen 2025-10-02", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet, helårsprognos (tkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kansli och ledning", "6 850", "6 420", "430"),
            ("FoU socialtjänst", "4 900", "5 280", "−380"),
            ("Utbildning och kompetens", "3 200", "2 870", "330"),
            ("E-tjänsteplattformen", "2 400", "2 760", "−360"),
            ("Medlemsavgifter", "−17 350", "−17 750", "400"),
            ("Resultat", "0", "−420", "420"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=3),
        Title("Kommunförbundet Västernorrland", size=12.5, font="serif", after=14),
        H("Ekonomiskt utfall", 1),
        P(
            "Förbundets resultat för perioden är 1 284 tkr, att jämföra med ett periodiserat budgeterat resultat på 0 "
            "tkr. Överskottet beror främst på att två projektledartjänster har varit vakanta under våren.",
            C(
                None,
                "1 284 tkr",
                "+",
                "vakanser",
                note="A period result against a periodised budgeted result of zero: the result is the amount.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat på 420 tkr, vilket är 420 tkr bättre än budget.",
            C(None, "420 tkr", "+", note="The full year, no reasons: no tags."),
        ),
        P("Prognosen är i stort sett oförändrad jämfört med tertialbokslutet i april.", BF(None)),
        table,
        P(
            "Tabellen redovisar kostnader som positiva belopp och intäkter som negativa. I kolumnen avvikelse innebär "
            "ett positivt belopp att verksamheten går bättre än budget.",
            size=9.0,
        ),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Kansli och ledning +430 tkr.",
            "Vakanta tjänster under våren och lägre resekostnader när fler möten har hållits digitalt.",
            C(
                "Kansli och ledning",
                "+430 tkr",
                "+",
                "vakanser",
                "ovrigt",
                note=LEAD + " Travel costs are ovrigt.",
            ),
        ),
        LP(
            "FoU socialtjänst −380 tkr.",
            "Projektet om barn i familjehem har förlängts till december, och det statliga bidraget för projektet "
            "täcker inte de tillkommande lönekostnaderna.",
            C("FoU socialtjänst", "−380 tkr", "-", "statsbidrag", note=LEAD),
        ),
        LP(
            "Utbildning och kompetens +330 tkr.",
            "Fler deltagare än beräknat på länets gemensamma chefsutbildning ger högre kursavgifter.",
            C("Utbildning och kompetens", "+330 tkr", "+", "avgifter_intakter", "volymer", note=LEAD),
        ),
        LP(
            "E-tjänsteplattformen −360 tkr.",
            "Leverantören har höjt licensavgiften med 15 procent från januari.",
            C(
                "E-tjänsteplattformen",
                "−360 tkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                note=LEAD + " The percentage is not the amount.",
            ),
        ),
        LP(
            "Medlemsavgifter.",
            "Två kommuner har anslutit sig till den gemensamma upphandlingsfunktionen, vilket ger 400 tkr i intäkter "
            "som inte var budgeterade.",
            C(
                "Medlemsavgifter",
                "400 tkr",
                "+",
                "avgifter_intakter",
                note="A lead without an amount: the prose's.",
            ),
        ),
        H("Investeringar", 2),
        P("Förbundet har inga investeringar under 2025."),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 3,9 mnkr. Med det prognostiserade resultatet uppgår "
            "det till 4,3 mnkr vid årets slut.",
            O(None, note="Equity: other."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Målet att minst 80 procent av medlemskommunerna ska delta i de gemensamma utbildningarna nås, vilket "
            "beror på det stora intresset för chefsutbildningen.",
            O(None, note="A goal with 'beror på': other."),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundsstyrelsen har beslutat att inte återbesätta den ena projektledartjänsten förrän 2026, vilket "
            "minskar kostnaderna med 250 tkr i år.",
            A("Kansli och ledning", "250 tkr", "vakanser"),
        ),
    ]
    return ReportSpec(
        file="kommunforbundet-vasternorrland-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Kommunförbundet Västernorrland",
                "Kommunalförbundet Kommunförbundet Västernorrland",
            ],
            "committee": ["Förbundsstyrelsen", "Styrelsen", "Direktionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Kommunförbundet Västernorrland"},
        style=style,
        blocks=blocks,
    )
