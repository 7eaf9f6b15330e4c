"""Avesta kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report in DejaVu Sans Condensed, footer with the nämnd's meeting date
in February: the result "ett överskott på knappt en miljon kronor mot budget" in words with the net cost against
the budget as levels in the next sentence, the outcome "0,6 mnkr bättre" than the interim forecast with its cause
(a forecast change), a verksamhet table in tkr, then headings that carry the verksamhet and a signed amount with
no space ("Bibliotek +420 tkr", "Kulturverksamhet -410 tkr", "Föreningsbidrag ±0 tkr", boilerplate): a rainy
summer stage, lower electricity prices with a rent shortfall "260 tkr lägre" that is a part, a youth club closed
for renovation, fewer meetings; investments "1,4 mnkr begärs ombudgeterade", an action without an amount and next
year's smaller frame "vilket beror på kommunfullmäktiges beslut" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Avesta kommun", "Bokslut 2025 – Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("KFN 2026-02-11", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "4 800", "4 620", "180"),
            ("Bibliotek", "12 600", "12 180", "420"),
            ("Kulturverksamhet", "8 900", "9 310", "-410"),
            ("Fritidsanläggningar", "27 400", "27 020", "380"),
            ("Föreningsbidrag", "5 200", "5 200", "0"),
            ("Ungdomsverksamhet", "3 300", "2 970", "330"),
            ("Summa", "62 200", "61 300", "900"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på knappt en miljon kronor mot budget. "
            "Nettokostnaden blev 61,3 mnkr mot en budget på 62,2 mnkr.",
            C(
                None,
                "knappt en miljon kronor",
                "+",
                value=1_000_000,
                note="An amount in words with 'knappt': the stated figure. The next sentence gives two levels.",
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev resultatet 0,6 mnkr bättre, främst eftersom "
            "energikostnaderna i ishallen blev lägre än befarat.",
            F(None, "0,6 mnkr", "+", "prisokningar"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Bibliotek +420 tkr",
            "Biblioteket i Krylbo har haft kortare öppettider under hösten på grund av vakanser, och inköpen av "
            "medier har hållits tillbaka.",
            C("Bibliotek", "+420 tkr", "+", "vakanser"),
        ),
        HP(
            "Kulturverksamhet -410 tkr",
            "Sommarens utomhusscen blev dyrare än planerat, då kostnaderna för ljud och scenteknik steg och "
            "intäkterna från biljettförsäljningen blev lägre på grund av det regniga vädret.",
            C("Kulturverksamhet", "-410 tkr", "-", "prisokningar", "avgifter_intakter", "ovrigt"),
        ),
        HP(
            "Fritidsanläggningar +380 tkr",
            "Lägre elpriser under våren och en kortare säsong i utomhusbadet gav lägre driftkostnader. Samtidigt "
            "blev hyresintäkterna från ishallen 260 tkr lägre än budgeterat.",
            C(
                "Fritidsanläggningar",
                "+380 tkr",
                "+",
                "prisokningar",
                "avgifter_intakter",
                note="The rent shortfall of 260 tkr is a part: the heading's amount is the item's.",
            ),
        ),
        HP(
            "Ungdomsverksamhet +330 tkr",
            "Fritidsgården i Horndal har varit stängd i tre månader för renovering av ventilationen.",
            C("Ungdomsverksamhet", "+330 tkr", "+", "ovrigt", note="A closure for renovation: ovrigt."),
        ),
        HP(
            "Nämnd och administration +180 tkr",
            "Nämnden har haft färre sammanträden än planerat och kostnaderna för utbildning blev lägre.",
            C("Nämnd och administration", "+180 tkr", "+", "ovrigt"),
        ),
        HP("Föreningsbidrag ±0 tkr", "Bidragen har betalats ut enligt budget.", BP("Föreningsbidrag")),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 3,5 mnkr har 2,1 mnkr använts. Ombyggnaden av omklädningsrummen i sporthallen "
            "har skjutits till 2026 och 1,4 mnkr begärs ombudgeterade.",
            C("Investeringar", "1,4 mnkr", "+", "periodisering"),
        ),
        H("Viktiga händelser", 2),
        P(
            "Under hösten infördes meröppet på biblioteket i Fors, vilket ska ge längre öppettider utan ökade "
            "personalkostnader.",
            A("Bibliotek", None, "bemanning"),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 är nämndens ram 1,2 mnkr lägre än för 2025, vilket beror på kommunfullmäktiges beslut om "
            "effektiviseringar.",
            O(None, note="Next year's frame against this year's: other."),
        ),
    ]
    return ReportSpec(
        file="avesta-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Avesta",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Avesta kommun"},
        style=style,
        blocks=blocks,
    )
