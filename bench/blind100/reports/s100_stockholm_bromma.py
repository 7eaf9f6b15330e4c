"""Stockholms stad, Bromma stadsdelsnämnd, tertialrapport 1 2026.

A stadsdelsnämnd's first tertial report in mnkr with en dashes as minus signs, footer with the nämnd's meeting
date in May and "Sida n av m": the full year "ett underskott på 6,8 mnkr … motsvarande 0,5 procent" and the
period "visar ett underskott på 1,9 mnkr mot periodiserad budget" in two paragraphs; a verksamhetsområde table,
then two columns of headings that carry the area and amount ("Äldreomsorg –8,7 mnkr") with one paragraph each,
a "varav" part in the elderly-care paragraph, a heading "+0,4 mnkr" over "i nivå med budget" (boilerplate) and
two small areas as a "respektive" pair; the change since February with its cause, investments "förbrukas fullt
ut" (boilerplate), two actions as bullets (one with its effect), a result fund (other) and sick leave against last year with "beror
på" (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Bromma stadsdelsförvaltning", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Stadsdelsnämnden 2026-05-21", "Dnr BRO 2026/231", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Nettokostnad per verksamhetsområde 2026, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskoleverksamhet", "512,4", "508,1", "4,3"),
            ("Äldreomsorg", "468,9", "477,6", "–8,7"),
            ("Individ- och familjeomsorg", "146,2", "151,0", "–4,8"),
            ("Funktionsnedsättning", "171,3", "170,9", "0,4"),
            ("Ekonomiskt bistånd", "38,6", "36,9", "1,7"),
            ("Stadsmiljöverksamhet", "14,8", "14,6", "0,2"),
            ("Nämnd och administration", "9,8", "9,7", "0,1"),
            ("Summa", "1 362,0", "1 368,8", "–6,8"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-bold", after=2),
        Title("Bromma stadsdelsnämnd", size=12.5, font="serif", after=12),
        H("Nämndens samlade bedömning", 2),
        P(
            "Nämnden prognostiserar ett underskott på 6,8 mnkr för helåret, motsvarande 0,5 procent av budgeten på "
            "1 362,0 mnkr.",
            C(
                None,
                "6,8 mnkr",
                "-",
                note="A percentage and the budget beside the deviation: not the amount.",
            ),
        ),
        P(
            "Utfallet för januari–april visar ett underskott på 1,9 mnkr mot periodiserad budget.",
            C(None, "1,9 mnkr", "-", note="The period in a paragraph of its own: its own item."),
        ),
        table,
        H("Verksamhetsområden", 2),
        Columns(2),
        HP(
            "Äldreomsorg –8,7 mnkr",
            "Köpta platser i vård- och omsorgsboende hos externa utförare har ökat, och hemtjänsttimmarna är fler än "
            "budgeterat. Av underskottet avser 2,1 mnkr nattpatrullen, som har förstärkts sedan januari.",
            C(
                "Äldreomsorg",
                "–8,7 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "bemanning",
                note="A 'varav' part in the same paragraph: one item with the heading's total.",
            ),
        ),
        HP(
            "Individ- och familjeomsorg –4,8 mnkr",
            "Kostnaderna för placeringar av ungdomar på HVB och i stödboende är högre än budgeterat. Dessutom har "
            "förvaltningen haft kostnader för konsulter för att täcka vakanta socialsekreterartjänster.",
            C(
                "Individ- och familjeomsorg",
                "–4,8 mnkr",
                "-",
                "kopt_verksamhet",
                "inhyrd_personal",
                "vakanser",
            ),
        ),
        HP(
            "Förskoleverksamhet +4,3 mnkr",
            "Antalet inskrivna barn är 140 färre än budgeterat, vilket ger lägre intäkter från barnpengen men ännu "
            "lägre kostnader, eftersom två avdelningar har avvecklats.",
            C("Förskoleverksamhet", "+4,3 mnkr", "+", "volymer", "omstallning"),
        ),
        HP(
            "Ekonomiskt bistånd +1,7 mnkr",
            "Färre hushåll än beräknat har behövt försörjningsstöd under årets första månader.",
            C("Ekonomiskt bistånd", "+1,7 mnkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Funktionsnedsättning +0,4 mnkr",
            "Prognosen är i nivå med budget.",
            BP("Funktionsnedsättning", note="A heading with +0,4 over 'i nivå med budget': boilerplate."),
        ),
        P(
            "Stadsmiljöverksamheten och nämnd och administration visar överskott på 0,2 respektive 0,1 mnkr.",
            C(
                "Stadsmiljöverksamhet",
                "0,2",
                "+",
                unit="mnkr",
                note="A 'respektive' pair with no reasons: two items, no tags.",
                also=(C("Nämnd och administration", "0,1 mnkr", "+"),),
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen är 2,2 mnkr sämre än i februari, då äldreomsorgen räknade med att beläggningen på de egna "
            "boendena skulle öka under våren.",
            F(None, "2,2 mnkr", "-", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 6,5 mnkr avser inventarier och lekutrustning i förskolorna och beräknas "
            "förbrukas fullt ut.",
            BP("Investeringar"),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "Hemtjänstens scheman samordnas mellan grupperna för att minska antalet delade turer.",
                "Placerade ungdomar flyttas hem till öppenvård där det är möjligt, med en beräknad effekt på 1,5 mnkr "
                "under året.",
            ),
            labels=(
                A("Äldreomsorg", None, "bemanning"),
                A("Individ- och familjeomsorg", "1,5 mnkr", "kopt_verksamhet"),
            ),
        ),
        P(
            "Nämnden har 2,4 mnkr i resultatfond från 2025, som kan användas för att täcka en del av underskottet "
            "efter beslut i kommunstyrelsen.",
            O(None, "reserver", note="A result fund: a reserve statement, other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 7,4 procent under perioden, lägre än samma period 2025, vilket beror på färre "
            "influensafall.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-bromma-sdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Bromma stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Bromma stadsdelsnämnd", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
