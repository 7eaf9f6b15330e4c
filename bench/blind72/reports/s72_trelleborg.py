"""Trelleborgs kommun, Tekniska nämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in DejaVu Sans Condensed 10 pt, footer with the nämnd's adoption date
in September: the period's "överskott på 2 350 tkr mot periodiserad budget" and the full year's "underskott om
3 100 tkr" in one sentence (one item, the full year's), the change since the tertial report in the next
sentence, the period surplus's timing reason in a paragraph of its own (amount null); a verksamhet table in
tkr with hyphen-minus; bold run-in verksamheter, one lead carrying the amount ("Gata och trafik -1 800 tkr:"),
the others with a colon: a storm "överstiger budget med 950 tkr", "ett negativt resultat på 1,45 mnkr" with
three causes, a reason-only surplus (the row's "+600"), "följer budget" beside a row of +300 (boilerplate),
"200 000 kronor" from extended leases; net costs against 2024 with "beror på" (other); investments "86,4 mnkr
mot en budget på 112,0 mnkr" (25,6 never written out) and two projects "3,2 respektive 1,1 mnkr" over their
budgets; an action with its effect and a snow risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Trelleborgs kommun", "Tekniska nämnden"),
        footer=lambda n, m: (
            "Delårsrapport augusti 2025",
            "Fastställd av tekniska nämnden 2025-09-30",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "58 200", "36 900", "60 000", "-1 800"),
            ("Park och natur", "31 400", "21 800", "32 350", "-950"),
            ("Kost och service", "12 100", "9 300", "13 550", "-1 450"),
            ("Lokalvård", "4 800", "2 700", "4 200", "+600"),
            ("Fastighet", "-6 300", "-4 600", "-6 600", "+300"),
            ("Fordonsenheten", "1 900", "1 100", "1 700", "+200"),
            ("Nämnd och ledning", "5 400", "3 500", "5 400", "0"),
            ("Summa", "107 500", "70 700", "110 600", "-3 100"),
        ),
        widths=(140.0, 72.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        shade=(0.88, 0.92, 0.96),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="cond", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "Tekniska nämnden redovisar för perioden ett överskott på 2 350 tkr mot periodiserad budget, medan "
                "helårsprognosen visar ett underskott om 3 100 tkr.",
                C(
                    None,
                    "3 100 tkr",
                    "-",
                    note="Period and full year in one sentence: the full year's is the amount.",
                ),
            ),
            ("Prognosen är 0,8 mnkr sämre än i tertialrapporten.", F(None, "0,8 mnkr", "-")),
        ),
        P(
            "Periodens överskott beror främst på att underhållsarbeten på gator och broar är planerade till hösten.",
            C(None, None, "+", "periodisering", note="The period surplus's reason apart: amount null."),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Gata och trafik -1 800 tkr:",
            "Vinterväghållningen i januari och februari blev betydligt dyrare än normalt efter flera snöfall, och "
            "kostnaderna för el till gatubelysningen har ökat.",
            C(
                "Gata och trafik",
                "-1 800 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The run-in lead carries the amount. Snow is ovrigt, electricity prisokningar.",
            ),
        ),
        LP(
            "Park och natur:",
            "Stormen i juni fällde ett hundratal träd i kommunens naturreservat, och det omfattande röjningsarbetet "
            "gör att kostnaderna överstiger budget med 950 tkr.",
            C("Park och natur", "950 tkr", "-", "ovrigt"),
        ),
        LP(
            "Kost och service:",
            "Enheten får ett negativt resultat på 1,45 mnkr. Livsmedelspriserna har fortsatt att stiga och "
            "intäkterna från skolorna blev lägre när antalet beställda portioner minskade.",
            C("Kost och service", "1,45 mnkr", "-", "prisokningar", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Lokalvård:",
            "Verksamheten har haft vakanser under våren som inte har ersatts fullt ut.",
            C(
                "Lokalvård",
                "+600",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Fastighet:",
            "Verksamheten följer budget.",
            BP("Fastighet", note="Boilerplate beside a row of +300."),
        ),
        LP(
            "Fordonsenheten:",
            "Ett överskott på 200 000 kronor beräknas, eftersom leasingavtalen för tolv bilar har förlängts i stället "
            "för att bilarna byts ut.",
            C("Fordonsenheten", "200 000 kronor", "+", "material_hjalpmedel"),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna för perioden är 4,1 procent högre än samma period 2024, vilket beror på prisökningar och "
            "snöfallen i början av året.",
            O(None, note="Net costs against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Prognosen för nämndens investeringar är 86,4 mnkr mot en budget på 112,0 mnkr. Ombyggnaden av en av "
            "korsningarna vid infarten från Malmö har skjutits till 2026 i väntan på ett beslut från Trafikverket.",
            C(
                "Investeringar",
                "86,4 mnkr mot en budget på 112,0 mnkr",
                "+",
                "periodisering",
                value=25_600_000,
                note="Under-spending of 25,6 mnkr never written out: the computed value.",
            ),
        ),
        P(
            "Projekten Cykelväg längs kusten och Lekplats i Stadsparken beräknas överskrida sina projektbudgetar med "
            "3,2 respektive 1,1 mnkr, till följd av högre entreprenadpriser.",
            C(
                "Cykelväg längs kusten",
                "3,2",
                "-",
                "prisokningar",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("Lekplats i Stadsparken", "1,1 mnkr", "-", "prisokningar"),),
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Nämnden har beslutat att skjuta upp planerat underhåll av parkmöbler och belysning i parkerna, vilket "
            "minskar kostnaderna med 400 tkr i år.",
            A("Park och natur", "400 tkr"),
        ),
        P(
            "Om vintern blir lika snörik som i början av året kan kostnaderna för vinterväghållning öka med "
            "ytterligare 1,0 mnkr.",
            O("Gata och trafik", "ovrigt", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Tekniska nämnden",
            "author": "Trelleborgs kommun",
        },
        style=style,
        blocks=blocks,
    )
