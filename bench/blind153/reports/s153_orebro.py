"""Örebro kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in tkr and mnkr whose table prints deficits in brackets ("(18 600)"),
footer with the nämnd's meeting date in September: the period's result and the full year's "underskott mot
kommunbidraget på 32,0 mnkr" in one sentence (one item, the full year's), the period deficit's reason in a
paragraph of its own (amount null), a change since April with no cause; plain headings per verksamhetsområde:
"beräknas få ett underskott på 18,6 mnkr" followed in the same paragraph by two sub-areas as a "respektive"
pair ("−12,4 respektive −5,1 mnkr", their own items), a paragraph with only a part ("kostar nämnden 6,1 mnkr
mer än budgeterat" and an unquantified addition, so the row's "(9 200)"), "ligger 6,3 mnkr över budget",
a reason-only surplus (the row's "1 700"), "ett litet plus, 0,4 mnkr", "följer budget" (boilerplate); two
kostnadsslag in one sentence that pull in opposite directions ("3,8 mnkr lägre … men … 2,9 mnkr mer"); an
investment frame that "beräknas förbrukas fullt ut" (boilerplate); two actions, cost growth against 2024 and
equity (others). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Örebro kommun", "Socialnämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-09-24", "Ärendenummer SN 587/2025", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, tkr (underskott inom parentes)",
        header=(("Verksamhetsområde", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Barn och familj", "412 500", "289 900", "431 100", "(18 600)"),
            ("Vuxen missbruk", "168 300", "117 800", "177 500", "(9 200)"),
            ("Ekonomiskt bistånd", "231 000", "158 700", "237 300", "(6 300)"),
            ("Socialpsykiatri", "96 400", "62 600", "94 700", "1 700"),
            ("Familjerätt och stöd", "42 800", "28 200", "42 400", "400"),
            ("Nämnd och ledning", "38 200", "25 500", "38 200", "0"),
            ("Summa", "989 200", "682 700", "1 021 200", "(32 000)"),
        ),
        widths=(150.0, 74.0, 78.0, 74.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="narrow-bold", after=2),
        Title("Socialnämnden", size=13, font="narrow", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämnden redovisar ett resultat för januari–augusti på −21,4 mnkr, och prognosen för helåret är "
            "ett underskott mot kommunbidraget på 32,0 mnkr.",
            C(
                None,
                "32,0 mnkr",
                "-",
                note="The period's and the full year's deviation in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Underskottet för perioden beror till stor del på att kostnaderna för placeringar har ökat under "
            "sommaren.",
            C(
                None,
                None,
                "-",
                "kopt_verksamhet",
                note="The period deficit's reason in a paragraph of its own: amount null.",
            ),
        ),
        P("Jämfört med prognosen i april har underskottet ökat med 7,5 mnkr.", F(None, "7,5 mnkr", "-")),
        table,
        H("Barn och familj", 3),
        PS(
            (
                "Verksamheten beräknas få ett underskott på 18,6 mnkr. Antalet placerade barn och unga på HVB har "
                "ökat från 21 till 29 sedan årsskiftet, och konsulentstödda familjehem är dyrare än egna.",
                C("Barn och familj", "18,6 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
            (
                "Inom området visar institutionsvård och familjehemsvård −12,4 respektive −5,1 mnkr.",
                C(
                    "Institutionsvård",
                    "−12,4",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Familjehemsvård", "−5,1 mnkr", "-"),),
                ),
            ),
        ),
        H("Vuxen missbruk", 3),
        P(
            "Köpta platser på behandlingshem kostar nämnden 6,1 mnkr mer än budgeterat, och därtill kommer högre "
            "kostnader för skyddat boende.",
            C(
                "Vuxen missbruk",
                "(9 200)",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="Only a part of the deviation in the prose: the table row's cell (in brackets).",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalningarna av försörjningsstöd ligger 6,3 mnkr över budget, vilket beror på att fler hushåll saknar "
            "inkomst efter etableringstiden.",
            C("Ekonomiskt bistånd", "6,3 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Socialpsykiatri", 3),
        P(
            "Ett boende med särskild service har öppnat senare än planerat, och personalkostnaderna har därför blivit "
            "lägre.",
            C(
                "Socialpsykiatri",
                "1 700",
                "+",
                "periodisering",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Familjerätt och stöd", 3),
        P(
            "Familjerätten och stödenheten visar ett litet plus, 0,4 mnkr, tack vare ett riktat statsbidrag för "
            "arbetet mot våld i nära relationer.",
            C("Familjerätt och stöd", "0,4 mnkr", "+", "statsbidrag"),
        ),
        H("Nämnd och ledning", 3),
        P("Nämnd och ledning följer budget.", BP("Nämnd och ledning")),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna är 3,8 mnkr lägre än budgeterat till följd av vakanta socialsekreterartjänster, men "
            "det vägs upp av att inhyrda socialsekreterare kostar 2,9 mnkr mer än budget.",
            C(
                "Personalkostnader",
                "3,8 mnkr",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence: two items.",
                also=(C("Inhyrd personal", "2,9 mnkr", "-", "inhyrd_personal"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 3,5 mnkr beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att alla nya placeringar ska prövas i en central placeringsgrupp, med målet att "
            "minska kostnaderna med 4 mnkr under hösten.",
            A("Barn och familj", "4 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Arbetet med att rekrytera egna familjehem förstärks med två tjänster.",
            A("Barn och familj", None, "kopt_verksamhet"),
        ),
        H("Övrigt", 2),
        P(
            "Kostnaden för ekonomiskt bistånd är 9 procent högre än under samma period 2024.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="Against the previous year: other."),
        ),
        P(
            "Nämnden har inget eget kapital att täcka underskottet med, och kommunstyrelsen har aviserat att "
            "underskottet ska hanteras i budget 2026.",
            O(None, "reserver", note="Equity and financing: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
