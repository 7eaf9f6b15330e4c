"""Grums kommun, Barn- och utbildningsnämnden, månadsuppföljning februari 2026.

A school committee's short month report whose result table is pasted as an image (every amount lives in the
prose), en dashes as minus signs, footer with the nämnd's meeting date in March: the full year "–2,4 mnkr
jämfört med budget" and, in a paragraph of its own, the period "0,7 mnkr högre än periodens budget" (a net
cost over budget: negative) with its reason, and the change since January with its cause; plain headings over
short sections: a surplus with last month's figure in brackets ("0,7 mnkr (0,4 i januari)"), two school stages
as a "respektive" pair whose shared and separate causes follow in the next sentence (two items, different
tags), "drygt en miljon kronor" in words, a premises surplus "350 tkr lägre än budget" (a kostnadsslag across
the verksamheter) and "ligger i nivå med budget" (boilerplate); an action with its effect and a grant reduced
against last year that "påverkar inte prognosen" (other). DejaVu Serif 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Grums kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-03-19", "", f"Sida {n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftuppföljning februari 2026, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–feb", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "58,3", "9,6", "57,6", "0,7"),
            ("Grundskola F–6", "72,1", "12,4", "73,3", "–1,2"),
            ("Grundskola 7–9", "39,8", "6,9", "40,9", "–1,1"),
            ("Gymnasieskola", "44,6", "7,7", "45,6", "–1,0"),
            ("Kulturskola", "3,2", "0,5", "3,1", "0,1"),
            ("Elevhälsa", "9,4", "1,5", "9,3", "0,1"),
            ("Summa", "227,4", "38,6", "229,8", "–2,4"),
        ),
        widths=(118.0, 70.0, 86.0, 76.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        P(
            "Nämndens helårsprognos efter februari är –2,4 mnkr jämfört med budget.",
            C(None, "–2,4 mnkr", "-", note="En dash as the minus sign."),
        ),
        P(
            "Utfallet för januari–februari är 0,7 mnkr högre än periodens budget, framför allt på grund av att "
            "lönerevisionen ännu inte har fördelats ut i enheternas budgetar.",
            C(
                None,
                "0,7 mnkr",
                "-",
                "lonekostnader",
                "periodisering",
                note="A net cost higher than the period's budget: negative.",
            ),
        ),
        P(
            "Jämfört med januariprognosen är det en försämring med 0,5 mnkr, som främst beror på att fler elever än "
            "väntat har sökt gymnasieprogram i Karlstad.",
            F(None, "0,5 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer", 2),
        H("Förskola", 3),
        P(
            "Förskolan beräknas lämna ett överskott på 0,7 mnkr (0,4 i januari). Färre barn är inskrivna i Slottsbron "
            "än vid budgeteringen, och en avdelning på Solrosens förskola hålls stängd vårterminen ut.",
            C(
                "Förskola",
                "0,7 mnkr",
                "+",
                "volymer",
                note="The bracketed figure is last month's, not the amount.",
            ),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolan F–6 och 7–9 prognostiserar –1,2 respektive –1,1 mnkr. Båda stadierna har fler elever med "
            "omfattande stödbehov än budgeterat, och på Vänerskolan krävs dessutom vikarier för två långtidssjukskrivna "
            "lärare i årskurs 7–9.",
            C(
                "Grundskola F–6",
                "–1,2",
                "-",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with shared and separate causes in the next sentence: two items, same "
                "text, each with its own tags.",
                also=(C("Grundskola 7–9", "–1,1 mnkr", "-", "volymer", "vikarier", "sjukfranvaro"),),
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Kostnaderna för köp av gymnasieplatser i Karlstad blir drygt en miljon kronor högre än budgeterat, "
            "eftersom fler elever än beräknat har valt program som inte finns i Grums.",
            C("Gymnasieskola", "drygt en miljon kronor", "-", "kopt_verksamhet", "volymer", value=1.0e6),
        ),
        H("Kulturskola och elevhälsa", 3),
        P("Kulturskolan och elevhälsan ligger i nivå med budget.", BP("Kulturskola och elevhälsa")),
        H("Lokaler", 3),
        P(
            "Nämndens lokalkostnader blir 350 tkr lägre än budget sedan paviljongen vid Vänerskolan lämnades tillbaka "
            "vid årsskiftet.",
            C("Lokalkostnader", "350 tkr", "+", "lokaler", note="A kostnadsslag across the verksamheter."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över organisationen inför läsåret 2026/27 och har stoppat inköp av läromedel och "
            "inventarier som inte är nödvändiga under våren. Inköpsstoppet väntas ge ungefär 0,4 mnkr.",
            A(None, "0,4 mnkr", "material_hjalpmedel"),
        ),
        H("Statsbidrag", 2),
        P(
            "Det riktade statsbidraget för läxhjälp har minskat med 0,3 mnkr jämfört med 2025, men det påverkar inte "
            "prognosen eftersom bidraget har budgeterats på den lägre nivån.",
            O(None, "statsbidrag", note="Against the previous year, no deviation from budget."),
        ),
    ]
    return ReportSpec(
        file="grums-bun-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Grums",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning februari 2026 Barn- och utbildningsnämnden",
            "author": "Grums kommun",
        },
        style=style,
        blocks=blocks,
    )
