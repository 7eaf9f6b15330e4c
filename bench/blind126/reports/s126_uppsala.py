"""Uppsala kommun, Kulturnämnden, delårsrapport januari–augusti 2025.

A culture committee's interim report in "miljoner kronor" with en dashes as minus signs in the table,
footer with the nämnd's meeting in September: the period "+3,4 miljoner kronor jämfört med periodiserad
budget" and the full year's "underskott på 1,8 miljoner kronor" in two sentences, the period's timing reason
in a paragraph of its own (amount null); a verksamhet table; two columns of plain headings: libraries that
"väntas överskrida budget med 2,3 miljoner kronor", a reason-only deficit (the row's "–1,3"), a surplus
named between commas ("Kulturskolans överskott, 0,8 miljoner kronor, är en följd av"), grants "i nivå med
budget" (boilerplate), a surplus in whole kronor ("600 000 kronor") and an unused reserve; a change since
the tertial report, investments "1,8 miljoner kronor lägre än budget", an action with its effect and library
visits against last year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 76.0, 58.0, 70.0),
        gutter=20.0,
        header=lambda n, m: ("UPPSALA KOMMUN", "KULTURNÄMNDEN"),
        footer=lambda n, m: ("Delårsrapport 2025 – Kulturnämnden, sammanträde 2025-09-25", "", f"{n}"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, miljoner kronor",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "12,4", "12,0", "0,4"),
            ("Bibliotek", "118,6", "120,9", "–2,3"),
            ("Kulturhus och scenkonst", "64,2", "65,5", "–1,3"),
            ("Kulturskola", "58,0", "57,2", "0,8"),
            ("Stöd till kulturlivet", "46,8", "46,8", "0,0"),
            ("Museer och konst", "27,5", "26,9", "0,6"),
            ("Summa", "327,5", "329,3", "–1,8"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Kulturnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kulturnämnden redovisar ett resultat efter augusti på +3,4 miljoner kronor jämfört med periodiserad "
                "budget.",
                C(None, "+3,4 miljoner kronor", "+", note="The period's deviation."),
            ),
            (
                "För helåret prognostiseras ett underskott på 1,8 miljoner kronor.",
                C(None, "1,8 miljoner kronor", "-", note="The full year in a sentence of its own."),
            ),
        ),
        P(
            "Det positiva periodresultatet förklaras av att flera evenemang i höstens festivalprogram och "
            "konsertsäsongen har sina största kostnader efter augusti.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period's reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        H("Bibliotek", 3),
        P(
            "Biblioteken väntas överskrida budget med 2,3 miljoner kronor. Merparten avser ordningsvakter från "
            "bevakningsföretag vid två bibliotek sedan i våras samt ett nytt mediesystem som införts under året.",
            C(
                "Bibliotek",
                "2,3 miljoner kronor",
                "-",
                "inhyrd_personal",
                "it_digitalisering",
                note="Guards hired from a company: inhyrd_personal.",
            ),
        ),
        H("Kulturhus och scenkonst", 3),
        P(
            "Biljettintäkterna för scenkonstprogrammet blev lägre än beräknat under våren, och en teknisk renovering av "
            "stora salen ledde till inställda föreställningar i juni.",
            C(
                "Kulturhus och scenkonst",
                "–1,3",
                "-",
                "avgifter_intakter",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell. A closure for renovation is ovrigt.",
            ),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolans överskott, 0,8 miljoner kronor, är en följd av att två lärartjänster i dans inte har kunnat "
            "tillsättas.",
            C("Kulturskola", "0,8 miljoner kronor", "+", "vakanser"),
        ),
        H("Stöd till kulturlivet", 3),
        P(
            "Verksamhetsstöden och projektbidragen till föreningar och fria grupper ligger i nivå med budget.",
            BP("Stöd till kulturlivet"),
        ),
        H("Museer och konst", 3),
        P(
            "För museer och konst beräknas ett överskott på 600 000 kronor, främst genom högre entréintäkter till "
            "sommarens utställning i konsthallen.",
            C(
                "Museer och konst",
                "600 000 kronor",
                "+",
                "avgifter_intakter",
                note="An amount in whole kronor.",
            ),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Inom nämnd och ledning finns en ej fördelad reserv om 0,4 miljoner kronor, som bedöms bli kvar vid årets "
            "slut.",
            C("Nämnd och ledning", "0,4 miljoner kronor", "+", "reserver"),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen har försämrats med 0,9 miljoner kronor sedan tertialrapporten, främst på grund av renoveringen "
            "av stora salen.",
            F(None, "0,9 miljoner kronor", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna väntas bli 1,8 miljoner kronor lägre än budget, eftersom upphandlingen av ny ljudutrustning "
            "till stora salen har försenats.",
            C("Investeringar", "1,8 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att korta öppettiderna på två filialbibliotek under december, vilket beräknas minska "
            "kostnaderna med 0,3 miljoner kronor.",
            A("Bibliotek", "0,3 miljoner kronor"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök på biblioteken var 1,1 miljoner under januari–augusti, 6 procent fler än samma period 2024.",
            O("Bibliotek", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-kln-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Kulturnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Kulturnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
