"""Ystads kommun, Vård- och omsorgsnämnden, verksamhetsberättelse 2025.

An elderly-care committee's year-end report (period = the year) in "miljoner kronor" and "mnkr" with U+2212
minus signs, footer with the date the nämnd adopted it in February: the result "ett underskott på 9,6
miljoner kronor jämfört med tilldelad budget", the outcome against the interim report's forecast with its
cause (a forecast change), net cost growth against 2024 (other); a kostnadsslag table, then one sentence with
three kostnadsslag, two as a "respektive" pair and one after "medan" (three items, no tags); two columns of
headings with the amount after a colon ("Hemtjänst: −6,2 mnkr"), one of them with hours against the budget
inside (not the amount) and one followed by an occupancy rate against 2024 (other), so the deficit is
explained twice; investments "3,4 mnkr av budgeterade 5,0 mnkr" (1,6 never written out), an action with its
full-year effect and a goal not met with "beror på" (other). DejaVu Serif 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount after a colon."
THREE = "Three kostnadsslag in one sentence: three items, same text, no tags (naming an account group)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Ystads kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden", "Antagen 2026-02-19", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag 2025, mnkr",
        header=(("Kostnadsslag", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Intäkter", "148,2", "153,9", "5,7"),
            ("Personalkostnader", "−512,4", "−521,8", "−9,4"),
            ("Köp av verksamhet", "−61,5", "−68,3", "−6,8"),
            ("Lokalkostnader", "−72,0", "−71,1", "0,9"),
            ("Övriga kostnader", "−44,6", "−44,6", "0,0"),
            ("Nettokostnad", "−542,3", "−551,9", "−9,6"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt utfall", 2),
        P(
            "Vård- och omsorgsnämnden redovisar för 2025 ett underskott på 9,6 miljoner kronor jämfört med "
            "tilldelad budget.",
            C(None, "9,6 miljoner kronor", "-"),
        ),
        P(
            "Det är 2,1 miljoner kronor bättre än prognosen i delårsrapporten, vilket beror på att statsbidraget "
            "för äldreomsorgens bemanning blev högre än beräknat.",
            F(
                None,
                "2,1 miljoner kronor",
                "+",
                "statsbidrag",
                note="The outcome against the interim forecast.",
            ),
        ),
        P(
            "Nettokostnaderna ökade med 5,8 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year: other."),
        ),
        table,
        P(
            "Personalkostnaderna och köp av verksamhet överskrider budget med 9,4 respektive 6,8 mnkr, medan "
            "intäkterna blev 5,7 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "9,4",
                "-",
                unit="mnkr",
                note=THREE,
                also=(
                    C("Köp av verksamhet", "6,8 mnkr", "-", note=THREE),
                    C("Intäkter", "5,7 mnkr", "+", note=THREE),
                ),
            ),
        ),
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst: −6,2 mnkr",
            "Antalet beviljade hemtjänsttimmar ökade under hösten till i genomsnitt 31 400 timmar per månad, "
            "vilket är 2 600 timmar fler än budgeterat. Sjukfrånvaron var hög och har krävt timvikarier och "
            "övertid.",
            C(
                "Hemtjänst",
                "−6,2 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                note=HEAD + " The hours are not the amount.",
            ),
        ),
        Para(
            (
                (
                    "Korttidsplatserna har haft hög beläggning och två platser har köpts externt under sommaren. "
                    "Sjuksköterskebemanningen har delvis lösts med bemanningsföretag.",
                    C(
                        "Särskilt boende",
                        "−4,8 mnkr",
                        "-",
                        "volymer",
                        "kopt_verksamhet",
                        "inhyrd_personal",
                        note=HEAD,
                    ),
                ),
                (
                    "Beläggningen på de ordinarie boendeplatserna var 97 procent, samma nivå som 2024.",
                    O("Särskilt boende", "volymer", note="Occupancy against the previous year: other."),
                ),
            ),
            head="Särskilt boende: −4,8 mnkr",
            head_level=3,
        ),
        HP(
            "Hälso- och sjukvård: +1,9 mnkr",
            "Kostnaderna för hjälpmedel och förbrukningsmaterial blev lägre än budgeterat, och två "
            "sjukskötersketjänster har varit vakanta under delar av året.",
            C("Hälso- och sjukvård", "+1,9 mnkr", "+", "material_hjalpmedel", "vakanser", note=HEAD),
        ),
        HP(
            "Funktionsstöd: −2,3 mnkr",
            "Försäkringskassan har dragit in assistansersättningen för en brukare, och nämnden har därmed fått "
            "bära hela kostnaden för den personliga assistansen.",
            C("Funktionsstöd", "−2,3 mnkr", "-", "ersattning_fk", note=HEAD),
        ),
        HP(
            "Myndighet och ledning: +1,8 mnkr",
            "Det statsbidrag som nämnden erhållit har till största delen bokförts här, vilket ger ett överskott.",
            C("Myndighet och ledning", "+1,8 mnkr", "+", "statsbidrag", note=HEAD),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 3,4 mnkr av budgeterade 5,0 mnkr. Bytet av trygghetslarm på boendet "
            "Lindängen slutfördes inte under året.",
            C(
                "Investeringar",
                "3,4 mnkr av budgeterade 5,0 mnkr",
                "+",
                "periodisering",
                value=1_600_000,
                note="Investment under-spending of 1,6 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i oktober om en handlingsplan med bland annat ny schemaläggning i hemtjänsten och "
            "en översyn av korttidsplatserna. Helårseffekten beräknas till 4,5 mnkr från 2026.",
            A(None, "4,5 mnkr", "bemanning"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Två av nämndens fyra mål uppnåddes. Målet om minskad sjukfrånvaro nåddes inte, vilket beror på en "
            "långvarig influensasäsong under våren.",
            O(None, "sjukfranvaro", note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="ystad-von-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Vård- och omsorgsnämnden", "author": "Ystads kommun"},
        style=style,
        blocks=blocks,
    )
