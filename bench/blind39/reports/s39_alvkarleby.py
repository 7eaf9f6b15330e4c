"""Älvkarleby kommun, Kommunstyrelsen, ekonomisk lägesrapport februari 2026 (the styrelse's own verksamheter).

An early-year status report in Mkr with U+2212 minus signs, footer with the arbetsutskott's meeting date in
March: the full year "underskott mot budget om 2,7 Mkr" and the period "i nivå med periodiserad budget"
(boilerplate) in two sentences; an uncertainty (other); a table per verksamhet; bold run-in verksamheter ending
in a full stop: "beräknas göra ett överskott på 0,6 Mkr, främst på grund av", snow costs whose levels ("1,9 Mkr
av årets budget på 2,2 Mkr") come before "överskrida budget med 1,5 Mkr", reasons first and "Prognosen är
−0,9 Mkr." last, two verksamheter under one lead as a "respektive" pair with each one's reason in the next
sentence, "vilket ger ett överskott på 0,6 Mkr" after the reason; investments whose frame is used "i huvudsak"
but "4,5 Mkr inte kommer att användas i år"; an action whose effect is the deficit. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        header=lambda n, m: ("Älvkarleby kommun", "Ekonomisk lägesrapport februari 2026"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-03-24", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Kommunstyrelsens prognos per verksamhet, Mkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kommunledningskontoret", "42,3", "41,7", "+0,6"),
            ("Gata och park", "18,6", "20,1", "−1,5"),
            ("Kost och städ", "31,4", "32,3", "−0,9"),
            ("Arbetsmarknadsenheten", "9,2", "10,4", "−1,2"),
            ("Kollektivtrafik", "7,8", "8,1", "−0,3"),
            ("Fastighet", "12,5", "11,9", "+0,6"),
            ("Summa", "121,8", "124,5", "−2,7"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.9, 0.9, 0.9),
    )
    blocks = [
        Title("Ekonomisk lägesrapport februari 2026", size=18, font="arial-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunstyrelsens prognos för helåret är ett underskott mot budget om 2,7 Mkr.",
                C(None, "2,7 Mkr", "-"),
            ),
            (
                "Utfallet för januari–februari ligger i nivå med periodiserad budget.",
                BP(None, note="The period in balance: boilerplate."),
            ),
        ),
        P(
            "Osäkerheten i prognosen är stor så tidigt på året, särskilt för vinterväghållningen.",
            O("Gata och park", "ovrigt", note="Uncertainty: other."),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        LP(
            "Kommunledningskontoret.",
            "Kontoret beräknas göra ett överskott på 0,6 Mkr, främst på grund av att tjänsterna som HR-strateg och "
            "upphandlare är vakanta under våren.",
            C("Kommunledningskontoret", "0,6 Mkr", "+", "vakanser"),
        ),
        LP(
            "Gata och park.",
            "Snöröjningen i januari och februari har redan förbrukat 1,9 Mkr av årets budget på 2,2 Mkr för "
            "vinterväghållning, och verksamheten räknar med att överskrida budget med 1,5 Mkr om november och "
            "december blir normala vintermånader.",
            C(
                "Gata och park",
                "1,5 Mkr",
                "-",
                "ovrigt",
                note="The levels before the deviation are not the amount.",
            ),
        ),
        LP(
            "Kost och städ.",
            "Livsmedel och städmaterial har blivit dyrare än budgeterat. Prognosen är −0,9 Mkr.",
            C(
                "Kost och städ",
                "−0,9 Mkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                note="Cleaning material: material_hjalpmedel.",
            ),
        ),
        LP(
            "Arbetsmarknadsenheten och kollektivtrafiken.",
            "Verksamheterna beräknas överskrida budget med 1,2 respektive 0,3 Mkr. För arbetsmarknadsenheten beror "
            "det på att ersättningarna från Arbetsförmedlingen för anställningar med lönestöd har minskat, och för "
            "kollektivtrafiken på att kommunens tillköpta turer hos UL har blivit dyrare.",
            C(
                "Arbetsmarknadsenheten",
                "1,2",
                "-",
                "statsbidrag",
                unit="mnkr",
                note="Two verksamheter under one lead as a 'respektive' pair, each with its own reason: two items. "
                "Arbetsförmedlingen's wage subsidies: statsbidrag.",
                also=(C("Kollektivtrafik", "0,3 Mkr", "-", "prisokningar"),),
            ),
        ),
        LP(
            "Fastighet.",
            "Kapitalkostnaderna blir lägre än budgeterat eftersom flera investeringar från 2025 aktiverades först "
            "vid årsskiftet, vilket ger ett överskott på 0,6 Mkr.",
            C("Fastighet", "0,6 Mkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Kommunstyrelsens investeringsbudget om 31,2 Mkr bedöms i huvudsak förbrukas enligt plan. Ombyggnaden "
            "av biblioteket i Skutskär flyttas dock till 2027, vilket gör att 4,5 Mkr inte kommer att användas i år.",
            C("Investeringar", "4,5 Mkr", "+", "periodisering", note="The frame is not the amount."),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett kommundirektören i uppdrag att till aprilrapporten ta fram åtgärder som "
            "motsvarar underskottet, 2,7 Mkr.",
            A(None, "2,7 Mkr"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron under januari var 8,2 procent, högre än i januari 2025, vilket främst beror på en "
            "influensavåg i kost- och städverksamheten.",
            O("Kost och städ", "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="alvkarleby-ks-ekonomisk-lagesrapport-2026-02.pdf",
        report={
            "municipality": "Älvkarleby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-02"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={
            "title": "Ekonomisk lägesrapport februari 2026 Kommunstyrelsen",
            "author": "Älvkarleby kommun",
        },
        style=style,
        blocks=blocks,
    )
