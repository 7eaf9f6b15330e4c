"""Umeå kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report adopted in February: the result "-7,4 mnkr jämfört med budget" and,
in the next sentence, the outcome against the interim forecast (a forecast change); a table in mnkr with
bracketed deficits ("(9,9)") and a net-revenue row with negative budget and outcome; headings that carry the
area with the amount in brackets ("Vinterväghållning (-9,9 mnkr)") with a count of call-outs and a part
("1,2 mnkr elkostnader") that are not the amount; a plain heading over "lämnar ett överskott på 4,4 mnkr";
bold run-in verksamheter ending in a full stop, one reason-only (the row's "(1,3)"), revenue "översteg
budget", "bättre än budget", "ett litet underskott, 0,5 mnkr"; fullmäktige's rule for snow (other); an action
without effect; investments "41,7 mnkr lägre än budget" and a bridge "6,2 mnkr dyrare än projektbudgeten".
Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

HEAD = "The heading carries the area and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Umeå kommun · Tekniska nämnden", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Beslutad i tekniska nämnden 2026-02-19", "", str(n)),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning 2025, mnkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gata och park", "168,2", "171,0", "(2,8)"),
            ("Vinterväghållning", "54,0", "63,9", "(9,9)"),
            ("Fastighet", "22,5", "18,1", "4,4"),
            ("Måltidsservice", "6,0", "5,2", "0,8"),
            ("Fordonsenheten", "0,0", "1,3", "(1,3)"),
            ("Parkering", "-18,5", "-20,4", "1,9"),
            ("Nämnd och administration", "9,4", "9,9", "(0,5)"),
            ("Summa", "241,6", "249,0", "(7,4)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Tekniska nämnden", size=13, font="narrow", after=12),
        H("Årets resultat", 2),
        PS(
            (
                "Tekniska nämnden redovisar för 2025 ett resultat på -7,4 mnkr jämfört med budget.",
                C(None, "-7,4 mnkr", "-"),
            ),
            (
                "Resultatet blev därmed 3,4 mnkr sämre än prognosen i delårsrapporten.",
                F(None, "3,4 mnkr", "-", note="The outcome against the interim forecast, no cause."),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Vinterväghållning (-9,9 mnkr)",
            "Vintermånaderna i början och slutet av året innebar fler snöröjningstillfällen än ett normalår, "
            "sammanlagt 38 utryckningar mot budgeterade 26. Kostnaderna för sandupptagning blev också högre.",
            C("Vinterväghållning", "-9,9 mnkr", "-", "ovrigt", note=HEAD + " Snow is ovrigt."),
        ),
        HP(
            "Gata och park (-2,8 mnkr)",
            "Underskottet förklaras av reparationer efter skadegörelse i lekparker och högre kostnader för "
            "gatubelysningens el. Av underskottet avser 1,2 mnkr elkostnader.",
            C(
                "Gata och park",
                "-2,8 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The 1,2 mnkr for electricity is a part.",
            ),
        ),
        H("Fastighet", 3),
        P(
            "Fastighetsavdelningen lämnar ett överskott på 4,4 mnkr. Planerat underhåll för 3,0 mnkr har skjutits "
            "till 2026 eftersom entreprenören inte hunnit, och hyresintäkterna från externa hyresgäster blev högre "
            "än budgeterat.",
            C(
                "Fastighet",
                "4,4 mnkr",
                "+",
                "periodisering",
                "avgifter_intakter",
                note="The postponed maintenance (3,0 mnkr) is a part.",
            ),
        ),
        H("Övriga verksamheter", 3),
        LP(
            "Fordonsenheten.",
            "Högre kostnader för reparationer av äldre fordon och leasing av ersättningsfordon gav ett underskott.",
            C(
                "Fordonsenheten",
                "(1,3)",
                "-",
                "material_hjalpmedel",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's bracketed cell.",
            ),
        ),
        LP(
            "Parkering.",
            "Intäkterna från parkeringsavgifter översteg budget med 1,9 mnkr efter att avgiftszonerna utökades i maj.",
            C("Parkering", "1,9 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Måltidsservice.",
            "Resultatet blev 0,8 mnkr bättre än budget tack vare lägre livsmedelspriser än beräknat under hösten.",
            C("Måltidsservice", "0,8 mnkr", "+", "prisokningar"),
        ),
        LP(
            "Nämnd och administration.",
            "Kostnaderna för konsulter i samband med omorganisationen av förvaltningen gav ett litet underskott, "
            "0,5 mnkr.",
            C("Nämnd och administration", "0,5 mnkr", "-", "inhyrd_personal", "omstallning"),
        ),
        P(
            "Kommunfullmäktige har beslutat att underskott för vinterväghållning som överstiger 5 mnkr täcks av "
            "kommunstyrelsens reserv för oförutsedda kostnader.",
            O("Vinterväghållning", note="A financing rule: other."),
        ),
        P(
            "Inför 2026 har nämnden beslutat att minska fordonsparken med åtta fordon och att samordna "
            "reparationerna med kommunens verkstad.",
            A("Fordonsenheten", None, "material_hjalpmedel"),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,6 procent jämfört med 2024.",
            O(None, note="Against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nettoinvesteringarna uppgick till 186,3 mnkr, vilket är 41,7 mnkr lägre än budget. Den största "
            "avvikelsen avser ombyggnaden av en huvudgata i centrum som har försenats på grund av arkeologiska "
            "utgrävningar.",
            C("Investeringar", "41,7 mnkr", "+", "periodisering", "ovrigt"),
        ),
        P(
            "Projektet gång- och cykelbro över älven blev 6,2 mnkr dyrare än projektbudgeten, främst på grund av "
            "ökade stålpriser.",
            C("Gång- och cykelbro", "6,2 mnkr", "-", "prisokningar"),
        ),
    ]
    return ReportSpec(
        file="umea-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
