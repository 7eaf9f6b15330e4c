"""Ljungby kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in tkr and mnkr with hyphen-minus deviations ("-2 650"), header with
the adoption date in February: the tax-financed result "-3,2 mnkr … jämfört med tilldelad budget" and the
outcome "1,1 mnkr bättre än prognosen i delårsrapporten" (a forecast change with no cause); a verksamhet table;
plain headings whose first sentence carries the amount in varied shapes: "gick 2,65 mnkr back", a reason-only
surplus (the row's "310"), "redovisar ett underskott på 1 480 tkr" followed by its reasons, "överskred budgeten
med drygt en halv miljon kronor" (in words), "ett överskott mot budget om 690 tkr, som främst beror på",
"hamnade 450 tkr under budget"; the fee-financed water and sewage "ett överskott på 1,85 mnkr mot budget" with
its transfer to the fund in the same sentence and the fund's balance apart (other); investments "Av
investeringsbudgeten på 58,4 mnkr användes 41,7 mnkr" (16,7 never written out); an action for next year with
its effect and goal fulfilment (other). Liberation Serif (Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Ljungby kommun", "Tekniska nämnden, antagen 2026-02-18"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "", f"Sida {n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "31 400", "34 050", "-2 650"),
            ("Park och natur", "12 800", "12 490", "310"),
            ("Fastighet", "-2 300", "-820", "-1 480"),
            ("Kost", "28 600", "29 120", "-520"),
            ("Lokalvård", "17 900", "17 210", "690"),
            ("Teknisk administration", "9 700", "9 250", "450"),
            ("Summa skattefinansierat", "98 100", "101 300", "-3 200"),
            ("Vatten och avlopp", "0", "-1 850", "1 850"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Tekniska nämnden", size=13, font="times", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Tekniska nämnden redovisar för 2025 ett resultat på -3,2 mnkr för den skattefinansierade verksamheten "
            "jämfört med tilldelad budget.",
            C(None, "-3,2 mnkr", "-"),
        ),
        P(
            "Resultatet är 1,1 mnkr bättre än prognosen i delårsrapporten.",
            F(None, "1,1 mnkr", "+", note="The outcome against the interim forecast, no cause."),
        ),
        table,
        H("Gata och trafik", 3),
        P(
            "Verksamheten gick 2,65 mnkr back, främst på grund av vinterväghållningen i januari och december, då "
            "snöfallen krävde fler plogningar än ett normalår.",
            C("Gata och trafik", "2,65 mnkr", "-", "ovrigt", note="'gick back': a deficit. Snow is ovrigt."),
        ),
        H("Park och natur", 3),
        P(
            "Lägre kostnader för entreprenader inom grönyteskötseln, sedan fler ytor sköts i egen regi.",
            C(
                "Park och natur",
                "310",
                "+",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Fastighet", 3),
        P(
            "Fastighet redovisar ett underskott på 1 480 tkr. Det förklaras av högre kostnader för el och "
            "uppvärmning samt akuta reparationer efter en vattenskada i en av kommunens skolor.",
            C("Fastighet", "1 480 tkr", "-", "prisokningar", "ovrigt"),
        ),
        H("Kost", 3),
        P(
            "Kostenheten överskred budgeten med drygt en halv miljon kronor till följd av högre livsmedelspriser.",
            C(
                "Kost",
                "drygt en halv miljon kronor",
                "-",
                "prisokningar",
                value=500_000,
                note="An amount in words: the stated figure (the table says -520).",
            ),
        ),
        H("Lokalvård", 3),
        P(
            "Lokalvården visar ett överskott mot budget om 690 tkr, som främst beror på vakanser och lägre "
            "sjuklönekostnader.",
            C("Lokalvård", "690 tkr", "+", "vakanser", "sjukfranvaro"),
        ),
        H("Teknisk administration", 3),
        P(
            "Administrationen hamnade 450 tkr under budget eftersom ett planerat IT-system för felanmälan inte hann "
            "upphandlas.",
            C("Teknisk administration", "450 tkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Vatten och avlopp", 3),
        P(
            "Den avgiftsfinansierade VA-verksamheten gick med ett överskott på 1,85 mnkr mot budget, tack vare högre "
            "anslutningsavgifter, och överskottet förs till VA-fonden.",
            C(
                "Vatten och avlopp",
                "1,85 mnkr",
                "+",
                "avgifter_intakter",
                note="The fund transfer in the same sentence: one cause item.",
            ),
        ),
        P(
            "VA-fondens balans uppgår efter avsättningen till 6,3 mnkr.",
            O("Vatten och avlopp", "reserver", note="The fund's balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 58,4 mnkr användes 41,7 mnkr. Förseningen av den nya gång- och cykelbron över "
            "Lagan förklarar merparten.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 58,4 mnkr användes 41,7 mnkr",
                "+",
                "periodisering",
                value=16_700_000,
                note="Under-spending of 16,7 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att samordna vinterväghållningen med grannkommunerna, vilket väntas sänka kostnaden "
            "med 0,8 mnkr per år.",
            A("Gata och trafik", "0,8 mnkr"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Nämnden uppfyllde två av tre verksamhetsmål 2025. Målet om kortare handläggningstid för "
            "felanmälningar nåddes inte.",
            O(None, note="Goal fulfilment: other."),
        ),
    ]
    return ReportSpec(
        file="ljungby-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
