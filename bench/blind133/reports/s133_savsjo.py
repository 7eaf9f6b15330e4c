"""Sävsjö kommun, Kommunstyrelsen, tertialrapport 1 2026 (the whole kommun).

A whole-kommun tertial report in "mkr", footer with the fullmäktige date in June: the result "6,1 mkr lägre
än budgeterat resultat" between two levels, one sentence splitting it into the nämnder's "underskott mot
budget på 11,3 mkr" and the finance function's "överskott på 5,2 mkr" (two items), the change since the
February forecast (no cause), a table per nämnd with en-dash minus signs ("–6,2"), then en-dash bullets
under a generic heading ("Ekonomiavdelningens kommentarer") in varied shapes ("prognostiserar ett
underskott på 6,2 mkr. Det beror främst på", "underskott 5,6 mkr" after a colon, a possessive
"Kommunstyrelsens överskott om 0,8 mkr", "håller sin budget", a reason-only "når inte budget" taking the row's
"–0,5"), taxes and pensions as one sentence with two amounts ("3,9 mkr högre … och pensionskostnaderna 1,3 mkr
lägre"), investments "Av årets investeringsbudget på 64,0 mkr beräknas 41,5 mkr förbrukas", an action with no
amount, balanskrav and an uncertainty (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Sävsjö kommun", "Tertialrapport januari–april 2026"),
        footer=lambda n, m: ("Behandlas i kommunfullmäktige 2026-06-15", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mkr",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "97,6", "0,8"),
            ("Barn- och utbildningsnämnden", "312,0", "318,2", "–6,2"),
            ("Vård- och omsorgsnämnden", "296,5", "302,1", "–5,6"),
            ("Kultur- och fritidsnämnden", "24,8", "24,6", "0,2"),
            ("Miljö- och byggnadsnämnden", "8,1", "8,6", "–0,5"),
            ("Summa nämnder", "739,8", "751,1", "–11,3"),
        ),
        widths=(180.0, 72.0, 72.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.88, 0.92, 0.96),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Sävsjö kommun", size=13, font="sans", after=14),
        H("Kommunens resultat och prognos", 2),
        P(
            "Kommunens prognos för 2026 är ett resultat på 9,4 mkr, vilket är 6,1 mkr lägre än budgeterat resultat på "
            "15,5 mkr.",
            C(None, "6,1 mkr", "-", note="The deviation between two levels."),
        ),
        P(
            "Nämndernas sammanlagda prognos är ett underskott mot budget på 11,3 mkr, medan finansförvaltningen väntas "
            "ge ett överskott på 5,2 mkr.",
            C(
                "Nämnderna",
                "11,3 mkr",
                "-",
                note="The result split into the nämnder and the finance function: two items, same text.",
                also=(C("Finansförvaltningen", "5,2 mkr", "+"),),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har resultatet försämrats med 2,4 mkr, främst inom vård- och "
            "omsorgsnämnden.",
            F(None, "2,4 mkr", "-", note="An area named, no reason: no tags."),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            items=(
                "Barn- och utbildningsnämnden prognostiserar ett underskott på 6,2 mkr. Det beror främst på fler elever "
                "i behov av särskilt stöd och på att kostnaderna för elever i fristående skolor och andra kommuner "
                "ökar.",
                "Vård- och omsorgsnämnden: underskott 5,6 mkr. Hemtjänsttimmarna har ökat med 14 procent sedan budgeten "
                "lades, och sjukfrånvaron på de särskilda boendena har krävt många timvikarier.",
                "Kommunstyrelsens överskott om 0,8 mkr kommer i huvudsak från vakanta tjänster inom "
                "kommunledningsförvaltningen.",
                "Kultur- och fritidsnämnden håller sin budget.",
                "Miljö- och byggnadsnämnden når inte budget, främst eftersom intäkterna från bygglov har minskat.",
            ),
            labels=(
                C("Barn- och utbildningsnämnden", "6,2 mkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Vård- och omsorgsnämnden",
                    "5,6 mkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    note="The amount after a colon.",
                ),
                C("Kommunstyrelsen", "0,8 mkr", "+", "vakanser", note="A possessive names the area."),
                BP("Kultur- och fritidsnämnden", note="Although the row says 0,2."),
                C(
                    "Miljö- och byggnadsnämnden",
                    "–0,5",
                    "-",
                    "avgifter_intakter",
                    unit="mkr",
                    table=True,
                    note="A reason only: the table row's cell.",
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 3,9 mkr högre än budget enligt SKR:s prognos i april, "
            "och pensionskostnaderna 1,3 mkr lägre.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "3,9 mkr",
                "+",
                note="Two finance items with their own amounts in one sentence: two items. Finance items: no tags.",
                also=(C("Pensionskostnader", "1,3 mkr", "+"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 64,0 mkr beräknas 41,5 mkr förbrukas. Den största avvikelsen gäller den nya "
            "förskolan Solrosen, där byggstarten har flyttats till hösten.",
            C(
                "Investeringar",
                "64,0 mkr beräknas 41,5 mkr",
                "+",
                "periodisering",
                value=22_500_000,
                note="Under-spending of 22,5 mkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har uppdragit åt barn- och utbildningsnämnden och vård- och omsorgsnämnden att ta fram "
            "åtgärdsplaner som minskar underskotten med minst hälften till årets slut.",
            A(None, note="No effect in kronor."),
        ),
        H("Balanskrav och osäkerheter", 2),
        PS(
            (
                "Resultatet uppfyller balanskravet och det finansiella målet om ett resultat på minst 1 procent av "
                "skatter och statsbidrag.",
                O(None, note="Balanskrav and the financial goal."),
            ),
            (
                "Prognosen för skatteintäkterna är osäker, eftersom konjunkturen kan påverka skatteunderlaget under "
                "hösten.",
                O("Skatteintäkter", note="An uncertainty."),
            ),
        ),
    ]
    return ReportSpec(
        file="savsjo-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Sävsjö kommun"},
        style=style,
        blocks=blocks,
    )
