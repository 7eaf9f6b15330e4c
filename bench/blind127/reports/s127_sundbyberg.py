"""Sundbybergs stad, Förskolenämnden, månadsrapport oktober 2025.

A preschool committee's month report in "mkr", footer with the nämnd's meeting date in November: the full
year "ett överskott på 6,8 mkr" with last month's figure in brackets ("(september: +5,9 mkr)", not the
amount) and the period "7,4 mkr lägre än periodiserad budget" in the next sentence (two causes), the
period surplus's reason (a retroactive wage round) in a paragraph of its own (amount null), the change since
September with its reason; a table whose deficits carry a trailing minus ("1,6-"); then bullets
under a generic heading ("Förvaltningens kommentar") in varied shapes: a colon after the area ("Barnpeng till
fristående förskolor: … ger ett överskott på 3,2 mkr"), the area as subject ("landar 2,9 mkr bättre än
budget"), empty premises that "överskrider budget med 1,6 mkr", "i nivå med budget" (boilerplate), "kostar
0,4 mkr mer än planerat", "ett överskott om 1,9 mkr" and a closure for renovation; investments that "bedöms
förbrukas fullt ut" (boilerplate), an action with its yearly effect, a population risk and enrolled children
against last year (others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Sundbybergs stad", "Månadsrapport oktober 2025, förskolenämnden"),
        footer=lambda n, m: ("Förskolenämnden 2025-11-19", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunala förskolor", "412,5", "409,6", "2,9"),
            ("Barnpeng till fristående förskolor", "188,3", "185,1", "3,2"),
            ("Pedagogisk omsorg", "6,2", "6,2", "0,0"),
            ("Öppen förskola", "4,9", "4,1", "0,8"),
            ("Modersmålsstöd", "3,6", "4,0", "0,4-"),
            ("Lokaler", "96,7", "98,3", "1,6-"),
            ("Nämnd och förvaltning", "31,8", "29,9", "1,9"),
            ("Summa", "744,0", "737,2", "6,8"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="cond-bold", after=2),
        Title("Förskolenämnden", size=12.5, font="cond", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Förskolenämnden prognostiserar ett överskott på 6,8 mkr för helåret (september: +5,9 mkr).",
                C(None, "6,8 mkr", "+", note="The full year; the bracketed figure is last month's."),
            ),
            (
                "Utfallet till och med oktober är 7,4 mkr lägre än periodiserad budget.",
                C(None, "7,4 mkr", "+", note="The period in a sentence of its own: a net cost below budget."),
            ),
        ),
        P(
            "Att periodens överskott är större än helårets beror på att lönerevisionen för förskollärare betalas ut "
            "retroaktivt i november.",
            C(
                None,
                None,
                "+",
                "lonekostnader",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Prognosen har förbättrats med 0,9 mkr sedan september, främst för att färre barn än beräknat är "
            "inskrivna i förskola under hösten.",
            F(None, "0,9 mkr", "+", "volymer"),
        ),
        table,
        H("Förvaltningens kommentar", 2),
        Bullets(
            (
                "Barnpeng till fristående förskolor: färre barn än budgeterat i de fristående förskolorna ger ett "
                "överskott på 3,2 mkr.",
                "De kommunala förskolorna landar 2,9 mkr bättre än budget. Antalet inskrivna barn har minskat i "
                "Rissne och Hallonbergen, och personalstyrkan har anpassats i takt med det.",
                "Lokalkostnaderna överskrider budget med 1,6 mkr till följd av tomställda lokaler efter att två "
                "avdelningar i Duvbo har avvecklats.",
                "Pedagogisk omsorg: i nivå med budget.",
                "Modersmålsstödet kostar 0,4 mkr mer än planerat, eftersom fler barn har rätt till stöd på fler "
                "språk.",
                "Nämnd och förvaltning redovisar ett överskott om 1,9 mkr, vilket förklaras av vakanta tjänster i "
                "förvaltningens stab och lägre kostnader för kompetensutveckling.",
                "Öppen förskola: överskottet på 0,8 mkr beror på att verksamheten i Ör har varit stängd för "
                "renovering under hösten.",
            ),
            labels=(
                C("Barnpeng till fristående förskolor", "3,2 mkr", "+", "volymer"),
                C("Kommunala förskolor", "2,9 mkr", "+", "volymer", "bemanning"),
                C("Lokaler", "1,6 mkr", "-", "lokaler", "omstallning"),
                BP("Pedagogisk omsorg"),
                C("Modersmålsstöd", "0,4 mkr", "-", "volymer"),
                C("Nämnd och förvaltning", "1,9 mkr", "+", "vakanser"),
                C("Öppen förskola", "0,8 mkr", "+", "ovrigt", note="A closure for renovation: ovrigt."),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för inventarier och utemiljöer på 5,5 mkr bedöms förbrukas fullt ut.",
            BP("Investeringar"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen har inlett arbetet med att lämna tillbaka ytterligare två förskolelokaler till "
            "fastighetsägaren, vilket från 2026 beräknas minska lokalkostnaderna med 2,4 mkr per år.",
            A("Lokaler", "2,4 mkr", "lokaler"),
        ),
        P(
            "Befolkningsprognosen pekar på fortsatt minskande barnkullar i stadens södra delar, vilket innebär en "
            "risk för ökande tomhyror.",
            O("Lokaler", "volymer", "lokaler", note="A risk."),
        ),
        P(
            "Antalet inskrivna barn i de kommunala förskolorna var 2 874 i oktober, vilket är 96 färre än i oktober "
            "2024.",
            O("Kommunala förskolor", "volymer", note="Children against the previous year."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-fn-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Förskolenämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Förskolenämnden", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
