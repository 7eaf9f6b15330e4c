"""Grums kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mkr", DejaVu Serif with DejaVu Sans headings, deficits in brackets in the
nämnd table ("(10,4)") with April's deviation beside it, footer with the fullmäktige date in October: the
period "8,9 mkr bättre än periodiserad budget" with its reason in the same sentence, the full year "6,8 mkr
sämre än det budgeterade resultatet", the nämnder's deficit and the finance function's surplus joined by
"medan" (two items), then en-dash bullets under a generic heading ("Ekonomiavdelningens kommentarer") in
varied shapes: last month's figure in brackets, a possessive "Barn- och utbildningsnämndens prognos visar ett
minus på 5,6 mkr", "håller sig 1,3 mkr under budget", a run-in "Teknik och fritid: 1,1 mkr mer än
budgeterat", "en halv miljon kronor" in words; tax revenue, pensions and the finance net (the last two joined
by "och", two items, no tags); investments "23,3 mkr lägre än investeringsbudgeten", a postponed project and
a project "2,2 mkr dyrare än budgeterat"; the change since April without a cause, an action without an
effect, the balanskrav and a financial goal not met with "beror på" (others). 15 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Grums kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "Dnr KS 2025/318", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Tabell 2. Driftredovisning per nämnd och verksamhet, helårsprognos, mkr",
        header=(("Nämnd/verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen, ledning och stöd", "62,4", "61,1", "1,3", "0,6"),
            ("Kommunstyrelsen, teknik och fritid", "35,8", "36,9", "(1,1)", "(0,7)"),
            ("Barn- och utbildningsnämnden", "312,5", "318,1", "(5,6)", "(3,9)"),
            ("Socialnämnden", "356,0", "366,4", "(10,4)", "(8,2)"),
            ("Revision och överförmyndare", "4,1", "3,6", "0,5", "0,3"),
            ("Summa nämnder", "770,8", "786,1", "(15,3)", "(11,9)"),
        ),
        widths=(180.0, 56.0, 56.0, 64.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=21, font="sans-bold", after=2),
        Title("Grums kommun, perioden januari–augusti", size=12, font="serif-italic", after=14),
        H("Förvaltningsberättelse", 1),
        H("Resultat och prognos", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 21,6 mkr. Resultatet är 8,9 mkr bättre än "
            "periodiserad budget, främst därför att skatteintäkterna har utvecklats starkare än beräknat.",
            C(
                None,
                "8,9 mkr",
                "+",
                note="The period against the periodised budget with its reason (tax revenue: a finance item, no tag).",
            ),
        ),
        P(
            "Helårsprognosen är ett resultat på 4,2 mkr, vilket är 6,8 mkr sämre än det budgeterade resultatet på "
            "11,0 mkr.",
            C(None, "6,8 mkr", "-", note="The full year against the budgeted result, between two levels."),
        ),
        P(
            "Nämndernas sammanlagda prognos är ett underskott på 15,3 mkr medan finansförvaltningen väntas ge ett "
            "överskott om 8,5 mkr.",
            C(
                "Nämnderna",
                "15,3 mkr",
                "-",
                note="Two parts joined by 'medan': two items.",
                also=(C("Finansförvaltningen", "8,5 mkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har kommunens helårsresultat försämrats med 3,1 mkr.",
            F(None, "3,1 mkr", "-", note="A change against April's forecast without a cause."),
        ),
        table,
        Space(8),
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Socialnämnden prognostiserar ett underskott på 10,4 mkr (8,2 mkr i april). Inom äldreomsorgen har "
                "behovet av hemtjänst ökat kraftigt, och individ- och familjeomsorgen har haft fler externa "
                "placeringar än budgeterat.",
                "Barn- och utbildningsnämndens prognos visar ett minus på 5,6 mkr. Det beror framför allt på fler "
                "elever i behov av särskilt stöd och på att de interkommunala ersättningarna för gymnasieelever "
                "blir högre än budgeterat.",
                "Kommunstyrelsens verksamhet ledning och stöd håller sig 1,3 mkr under budget, då två tjänster på "
                "ekonomi- och personalavdelningen har varit vakanta under våren.",
                "Teknik och fritid: 1,1 mkr mer än budgeterat, en följd av högre elpriser i badhuset och kostnader "
                "för att åtgärda en vattenskada i sporthallen.",
                "Revision och överförmyndare visar ett mindre överskott, en halv miljon kronor, eftersom antalet "
                "ärenden hos överförmyndaren har minskat.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "10,4 mkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="April's figure in brackets is not the amount.",
                ),
                C("Barn- och utbildningsnämnden", "5,6 mkr", "-", "volymer", "kopt_verksamhet"),
                C("Kommunstyrelsen, ledning och stöd", "1,3 mkr", "+", "vakanser"),
                C(
                    "Kommunstyrelsen, teknik och fritid",
                    "1,1 mkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Electricity prices; a water damage is ovrigt.",
                ),
                C(
                    "Revision och överförmyndare",
                    "en halv miljon kronor",
                    "+",
                    "volymer",
                    value=500_000,
                    note="An amount in words.",
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 6,2 mkr högre än budget.",
            C("Skatteintäkter och generella statsbidrag", "6,2 mkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna blir 1,4 mkr lägre och finansnettot 0,9 mkr bättre än budgeterat.",
            C(
                "Pensionskostnader",
                "1,4 mkr",
                "+",
                note=NO_TAG + " Two items in one sentence joined by 'och'.",
                also=(C("Finansnetto", "0,9 mkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna beräknas till 41,7 mkr för helåret, vilket är 23,3 mkr lägre än "
            "investeringsbudgeten på 65,0 mkr.",
            C("Investeringar", "23,3 mkr", "+", note="Investment under-spending, no reason given."),
        ),
        P(
            "Den största avvikelsen finns i projektet Ny förskola i Slottsbron, där byggstarten har skjutits upp till "
            "2026, vilket ger en avvikelse på 14,0 mkr.",
            C("Ny förskola i Slottsbron", "14,0 mkr", "+", "periodisering", note="A postponed project."),
        ),
        P(
            "Ombyggnaden av reningsverket blir däremot 2,2 mkr dyrare än budgeterat på grund av ökade "
            "entreprenadkostnader.",
            C("Ombyggnad av reningsverket", "2,2 mkr", "-", "prisokningar", note="An investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat att socialnämnden och barn- och utbildningsnämnden ska redovisa "
            "åtgärdsplaner för en budget i balans vid sina sammanträden i oktober.",
            A(None, None, note="A decided measure without a stated effect."),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 3,8 mkr och balanskravet uppfylls. Kommunen har inte några "
            "tidigare underskott att återställa.",
            O(None, note="Balanskrav."),
        ),
        P(
            "Målet om ett resultat på minst 2 procent av skatteintäkter och generella statsbidrag nås inte, vilket "
            "beror på nämndernas underskott.",
            O(None, note="A financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="grums-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Grums",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Grums kommun"},
        style=style,
        blocks=blocks,
    )
