"""Arboga kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with en dashes as minus signs, footer with the kommunfullmäktige's
meeting date in October: the period's result level and "11,2 mnkr bättre än det periodiserade budgeterade
resultatet" (a cause), the full year "8,5 mnkr under budgeterade 15,0 mnkr" in the next paragraph (a cause),
the period surplus's reason in a paragraph of its own (holiday pay debt, amount null), the change since the
tertial report; a nämnd table with the finance function; two columns of plain nämnd headings (no amount in
them) with paragraphs in varied shapes: "beräknar att budgeten överskrids med 13,3 mnkr" followed by a
sub-area "står för 4,6 mnkr av underskottet" with its own reason (its own item), "ett underskott på 6,2 mnkr",
a reason-only kommunstyrelse (the table's "2,3"), an amount after the reason ("räknar med ett underskott på
0,7 mnkr"), "bedömer att budgeten kommer att hållas" (boilerplate); tax revenue and pensions in two
sentences (two items, no tags); investments "närmare 40 mnkr av budgeten inte kommer att användas" (the
stated figure, not the 39 mnkr the figures give); an action with its effect and the balanskrav (other).
DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Arboga kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-23", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budgetavvikelse per nämnd, helårsprognos 2025 (mnkr)",
        header=(("Nämnd", "Nettobudget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "96,4", "94,1", "2,3"),
            ("Barn- och utbildningsnämnden", "412,8", "419,0", "–6,2"),
            ("Socialnämnden", "498,5", "511,8", "–13,3"),
            ("Kultur- och fritidsnämnden", "38,2", "38,9", "–0,7"),
            ("Tekniska nämnden", "41,7", "41,7", "0,0"),
            ("Summa nämnder", "1 087,6", "1 105,5", "–17,9"),
            ("Finansförvaltningen", "", "", "9,4"),
            ("Totalt", "", "", "–8,5"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Arboga kommun", size=12.5, font="serif-italic", after=14),
        H("Ekonomisk översikt", 1),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 42,7 mnkr. Det är 11,2 mnkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(None, "11,2 mnkr", "+", note="The period; the result level is not the amount."),
        ),
        P(
            "Prognosen för helåret är ett resultat på 6,5 mnkr, 8,5 mnkr under budgeterade 15,0 mnkr.",
            C(None, "8,5 mnkr", "-", note="The full year in a paragraph of its own: its own item."),
        ),
        P(
            "Att periodens resultat är bättre än helårets beror till stor del på semesterlöneskulden, som har minskat "
            "under sommaren och byggs upp igen under hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lonekostnader",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten per april har helårsresultatet försämrats med 4,0 mnkr, i första "
            "hand inom socialnämnden.",
            F(None, "4,0 mnkr", "-"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        Columns(2),
        H("Socialnämnden", 3),
        P(
            "Socialnämnden beräknar att budgeten överskrids med 13,3 mnkr. Inom äldreomsorgen har behovet av "
            "korttidsplatser varit stort sedan i våras, och platser har fått köpas av en grannkommun. Hemtjänsten har "
            "samtidigt haft svårt att rekrytera undersköterskor, vilket har lett till mycket övertid.",
            C("Socialnämnden", "13,3 mnkr", "-", "volymer", "kopt_verksamhet", "vakanser", "overtid"),
        ),
        P(
            "Individ- och familjeomsorgen står för 4,6 mnkr av underskottet, i huvudsak till följd av placeringar av "
            "barn och unga.",
            C(
                "Individ- och familjeomsorg",
                "4,6 mnkr",
                "-",
                "kopt_verksamhet",
                note="A sub-area's part with its own reason in a paragraph of its own: its own item.",
            ),
        ),
        H("Barn- och utbildningsnämnden", 3),
        P(
            "Prognosen för barn- och utbildningsnämnden är ett underskott på 6,2 mnkr. Antalet barn i förskolan har "
            "inte minskat i den takt som budgeten förutsatte, och tre nya elever i anpassad grundskola har tillkommit "
            "under våren.",
            C("Barn- och utbildningsnämnden", "6,2 mnkr", "-", "volymer"),
        ),
        H("Kommunstyrelsen", 3),
        P(
            "Kommunstyrelsen går mot ett överskott, främst för att utvecklingsmedlen för digitalisering inte har tagits "
            "i anspråk och på grund av vakanser inom kommunledningsförvaltningen.",
            C(
                "Kommunstyrelsen",
                "2,3",
                "+",
                "it_digitalisering",
                "vakanser",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's amount.",
            ),
        ),
        H("Kultur- och fritidsnämnden", 3),
        P(
            "Intäkterna från sim- och sporthallen har minskat, eftersom hallen var stängd i sex veckor för reparation "
            "av bassängduken. Nämnden räknar med ett underskott på 0,7 mnkr.",
            C(
                "Kultur- och fritidsnämnden",
                "0,7 mnkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="The amount comes after the reason; a repair closure is ovrigt.",
            ),
        ),
        H("Tekniska nämnden", 3),
        P("Tekniska nämnden bedömer att budgeten kommer att hållas.", BP("Tekniska nämnden")),
        PageBreak(),
        Columns(1),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna ökar mer än budgeterat och ger tillsammans med en högre slutavräkning ett tillskott på "
            "7,1 mnkr.",
            C("Skatteintäkter", "7,1 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna blir 2,3 mnkr lägre än beräknat enligt KPA:s prognos i augusti.",
            C("Pensionskostnader", "2,3 mnkr", "+", note=NO_TAG),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgick till 38,4 mnkr under perioden. Helårsprognosen är 92 mnkr av budgeterade "
            "131 mnkr, vilket innebär att närmare 40 mnkr av budgeten inte kommer att användas i år, främst eftersom "
            "byggstarten för förskolan i Medåker har flyttats till 2026.",
            C(
                "Investeringar",
                "närmare 40 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: the stated figure ('närmare 40'), not the 39 the figures give.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en åtgärdsplan med bland annat hemtagning av köpta korttidsplatser och ett "
            "centralt bemanningsstöd för hemtjänsten. Effekten för 2025 beräknas till 1,0 mnkr.",
            A("Socialnämnden", "1,0 mnkr", "kopt_verksamhet", "bemanning"),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 5,9 mnkr. Av fullmäktiges fem finansiella mål bedöms tre uppnås.",
            O(None, note="Balanskrav and financial goals."),
        ),
    ]
    return ReportSpec(
        file="arboga-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Arboga kommun"},
        style=style,
        blocks=blocks,
    )
