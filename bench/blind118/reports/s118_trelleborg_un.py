"""Trelleborgs kommun, Utbildningsnämnden, månadsrapport mars 2026.

A school committee's month report with en dashes as minus signs and last month's figure in brackets ("–4,7
mnkr (–3,9 mnkr i februari)"), footer with the letter date in April: the change since February "ökat med 0,8
mnkr" with its cause (forecast change); a verksamhet table with the deviation in March and February side by
side; plain headings whose paragraphs say the deviation in varied shapes: "står för den största delen av
underskottet, –3,8 mnkr", interkommunal ersättning that "överstiger budgeten med 1,6 mnkr" followed by
"Prognosen är oförändrad" (a boilerplate forecast change), a reason-only surplus (the row's "+1,1"), "beräknas
gå 0,8 mnkr över budget till följd av", "visar ett plus på 0,4 mnkr, då"; sick leave against March 2025
(other) and an action with its effect; the
common costs that "bedöms hålla budget" (boilerplate) and furniture investments "underskridas med 2,5 mnkr"
in one paragraph. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("TRELLEBORGS KOMMUN", "Utbildningsförvaltningen"),
        footer=lambda n, m: ("Månadsrapport mars 2026", "Datum 2026-04-09", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse mars", "Avvikelse feb"),),
        rows=(
            ("Grundskola", "612,4", "616,2", "–3,8", "–3,2"),
            ("Gymnasieskola", "248,9", "250,5", "–1,6", "–1,6"),
            ("Förskola", "387,0", "385,9", "+1,1", "+1,1"),
            ("Vuxenutbildning", "58,3", "57,9", "+0,4", "0,0"),
            ("Elevhälsa", "41,2", "42,0", "–0,8", "–0,2"),
            ("Gemensamt", "36,6", "36,6", "0,0", "0,0"),
            ("Summa", "1 384,4", "1 389,1", "–4,7", "–3,9"),
        ),
        widths=(120.0, 74.0, 74.0, 76.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="times-bold", after=2),
        Title("Utbildningsnämnden", size=13, font="times", after=14),
        H("Ekonomiskt läge", 2),
        P(
            "Utbildningsnämnden prognostiserar efter mars en negativ avvikelse mot budget på –4,7 mnkr (–3,9 mnkr i "
            "februari).",
            C(None, "–4,7 mnkr", "-", note="Last month's figure in brackets is not the amount."),
        ),
        P(
            "Avvikelsen har alltså ökat med 0,8 mnkr sedan förra månaden, vilket framför allt hänger samman med fler "
            "nyanlända elever i grundskolan.",
            F(None, "0,8 mnkr", "-", "volymer"),
        ),
        table,
        H("Grundskola", 3),
        P(
            "Grundskolan står för den största delen av underskottet, –3,8 mnkr. Under våren har 46 fler elever än "
            "budgeterat skrivits in, och kostnaderna för grundbelopp till fristående skolor har ökat.",
            C("Grundskola", "–3,8 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Gymnasieskola", 3),
        PS(
            (
                "Kostnaden för interkommunal ersättning till Malmö och Lund överstiger budgeten med 1,6 mnkr, eftersom "
                "fler ungdomar än beräknat har valt program som inte finns i Trelleborg.",
                C("Gymnasieskola", "1,6 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
            ("Prognosen är oförändrad jämfört med februari.", BF("Gymnasieskola")),
        ),
        H("Förskola", 3),
        P(
            "Inom förskolan är barnantalet lägre än i budgetens planeringsunderlag, vilket ger ett överskott.",
            C(
                "Förskola",
                "+1,1",
                "+",
                "volymer",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's March cell.",
            ),
        ),
        H("Elevhälsa", 3),
        P(
            "Elevhälsan beräknas gå 0,8 mnkr över budget till följd av att två skolsköterskor hyrs in från ett "
            "bemanningsföretag i väntan på rekrytering.",
            C("Elevhälsa", "0,8 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen visar ett plus på 0,4 mnkr, då statsbidraget för regional yrkesvux blev högre än "
            "beräknat.",
            C("Vuxenutbildning", "0,4 mnkr", "+", "statsbidrag"),
        ),
        H("Gemensamt och investeringar", 3),
        PS(
            (
                "De gemensamma kostnaderna för nämnd och förvaltningsledning bedöms hålla budget.",
                BP("Gemensamt"),
            ),
            (
                "Investeringsramen på 12,0 mnkr för inventarier beräknas underskridas med 2,5 mnkr, eftersom "
                "möbleringen av den nya skolan i Anderslöv skjuts till 2027.",
                C("Investeringar", "2,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 6,8 procent i mars, vilket är 0,5 procentenheter högre än i mars 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över organisationen av grundskolans lågstadium och prövar varje nyanställning i ett "
            "gemensamt forum. Effekten beräknas till 1,0 mnkr för 2026.",
            A("Grundskola", "1,0 mnkr", "bemanning", "omstallning"),
        ),
    ]
    return ReportSpec(
        file="trelleborg-un-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Utbildningsnämnden", "author": "Trelleborgs kommun"},
        style=style,
        blocks=blocks,
    )
