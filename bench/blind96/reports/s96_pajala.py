"""Pajala kommun, Barn- och utbildningsnämnden, månadsrapport mars 2026.

A school committee's month report in DejaVu Serif 10 pt whose result table is pasted as an image (every
amount lives in the prose, or nowhere), footer with the arbetsutskott's meeting in April: the full year
"–3,4 mnkr (–2,9 mnkr i februari)" (the bracket is last month's) and the change since February with its cause
but no amount, the period "0,7 mnkr sämre än periodiserad budget" in a sentence of its own; bold run-in
verksamheter with a colon in varied shapes: "Prognosen för förskolan är +0,6 mnkr", a reason-only deficit
whose amount is only in the image (null), "blir 2,1 miljoner kronor dyrare än budgeterat", "omkring 900 tusen
kronor mer än budget", "bedöms hålla budget" (boilerplate), "ett överskott om 0,3 mnkr"; a grant "0,4 mnkr
lägre än vad som budgeterats"; an action with "cirka 0,2 mnkr" and pupil numbers against last year with
"beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Pajala kommun – Barn- och utbildningsförvaltningen", ""),
        footer=lambda n, m: ("Barn- och utbildningsnämndens arbetsutskott 2026-04-14", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avv. feb"),),
        rows=(
            ("Förskola", "38,2", "37,6", "0,6", "0,5"),
            ("Grundskola", "96,4", "97,7", "–1,3", "–1,1"),
            ("Gymnasieskola", "31,5", "33,6", "–2,1", "–1,6"),
            ("Skolskjuts", "12,8", "13,7", "–0,9", "–0,9"),
            ("Elevhälsa", "6,1", "6,1", "0,0", "0,0"),
            ("Kulturskola", "4,4", "4,1", "0,3", "0,2"),
            ("Summa", "189,4", "192,8", "–3,4", "–2,9"),
        ),
        widths=(130.0, 64.0, 64.0, 66.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="serif-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif", after=14),
        H("Ekonomisk uppföljning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden prognostiserar ett helårsutfall på –3,4 mnkr (–2,9 mnkr i "
                "februari).",
                C(None, "–3,4 mnkr", "-", note="The bracket is last month's figure, not the amount."),
            ),
            (
                "Försämringen jämfört med februari beror på högre kostnader för gymnasieelever i andra kommuner.",
                F(
                    None,
                    None,
                    "-",
                    "kopt_verksamhet",
                    note="A change with its cause and no amount in the prose.",
                ),
            ),
        ),
        P(
            "Utfallet för januari–mars är 0,7 mnkr sämre än periodiserad budget.",
            C(None, "0,7 mnkr", "-", note="The period's deviation in a paragraph of its own."),
        ),
        table,
        H("Kommentarer per verksamhet", 3),
        LP(
            "Förskola:",
            "Prognosen för förskolan är +0,6 mnkr. Barnantalet i Korpilombolo har minskat och en avdelning har "
            "hållits stängd sedan januari.",
            C("Förskola", "+0,6 mnkr", "+", "volymer"),
        ),
        LP(
            "Grundskola:",
            "Grundskolan beräknas gå med underskott. Antalet elever med behov av elevassistent har ökat och två "
            "lärartjänster i Muodoslompolo bemannas med lärare från ett bemanningsföretag.",
            C(
                "Grundskola",
                None,
                "-",
                "volymer",
                "inhyrd_personal",
                note="Reasons only, and the table is an image with no text layer: amount null.",
            ),
        ),
        LP(
            "Gymnasieskola:",
            "Interkommunala ersättningar till Luleå, Kiruna och Haparanda för elever som valt program som inte "
            "erbjuds på hemorten blir 2,1 miljoner kronor dyrare än budgeterat.",
            C("Gymnasieskola", "2,1 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        LP(
            "Skolskjuts:",
            "Skolskjutsarna kostar omkring 900 tusen kronor mer än budget, eftersom det nya avtalet innehåller en "
            "indexuppräkning av drivmedelspriset.",
            C("Skolskjuts", "900 tusen kronor", "-", "prisokningar"),
        ),
        LP("Elevhälsa:", "Elevhälsan bedöms hålla budget.", BP("Elevhälsa")),
        LP(
            "Kulturskola:",
            "En vakant tjänst som musiklärare ger ett överskott om 0,3 mnkr.",
            C("Kulturskola", "0,3 mnkr", "+", "vakanser"),
        ),
        H("Statsbidrag", 3),
        P(
            "Statsbidraget för en likvärdig skola blir 0,4 mnkr lägre än vad som budgeterats, eftersom "
            "bidragsramen för Pajala har sänkts.",
            C("Statsbidrag", "0,4 mnkr", "-", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över skolskjutsarnas turplanering inför höstterminen, vilket väntas minska "
            "kostnaderna med cirka 0,2 mnkr i år.",
            A("Skolskjuts", "cirka 0,2 mnkr"),
        ),
        H("Elevantal", 2),
        P(
            "Elevantalet i grundskolan är 14 färre än i mars 2025, vilket främst beror på utflyttning.",
            O("Grundskola", "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="pajala-bun-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Barn- och utbildningsnämnden", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
