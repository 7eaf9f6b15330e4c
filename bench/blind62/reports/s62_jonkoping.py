"""Jönköpings kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026.

An education committee's tertial report with a footer naming the nämnd's meeting in May: the full year
"överskrids med 21 400 tkr" with a percentage (not the amount), the period's deficit in its own paragraph, a
reading note on trailing minus signs, a verksamhet table in tkr with trailing minus ("18 600-") and the
February deviation beside it; bold run-in verksamheter ending in a colon: a surplus in mnkr against the
table's tkr, a deficit "mer i kostnader än budget", a reason-only deficit (the row's "6 700-"), "en negativ
avvikelse om 4,5 miljoner kronor", two verksamheter with "1,5 mnkr vardera" (two items), "i nivå med budget"
(boilerplate); the net change since February, an action with its effect, investments whose whole budget
"beräknas användas" (boilerplate) and fewer children than last year (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("JÖNKÖPINGS KOMMUN", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Rapport till barn- och utbildningsnämnden 2026-05-27", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Förskola", "842 300", "836 900", "5 400", "3 000"),
            ("Grundskola", "1 395 600", "1 414 200", "18 600-", "14 000-"),
            ("Anpassad grundskola", "96 800", "103 500", "6 700-", "6 000-"),
            ("Fritidshem", "158 200", "158 200", "0", "0"),
            ("Skolskjuts", "61 400", "65 900", "4 500-", "4 500-"),
            ("Modersmål och studiehandledning", "38 100", "36 600", "1 500", "1 000"),
            ("Gemensamt och ledning", "74 900", "73 400", "1 500", "500"),
            ("Summa", "2 667 300", "2 688 700", "21 400-", "20 000-"),
        ),
        widths=(160.0, 72.0, 76.0, 66.0, 90.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Barn- och utbildningsnämnden beräknar att årets budget överskrids med 21 400 tkr. Det motsvarar 0,9 "
            "procent av nettobudgeten.",
            C(None, "21 400 tkr", "-", note="The percentage is not the amount."),
        ),
        P(
            "Utfallet till och med april visar ett underskott på 5 870 tkr jämfört med periodens budget.",
            C(None, "5 870 tkr", "-", note="The period."),
        ),
        P(
            "Tabellen visar belopp i tkr. Negativa avvikelser markeras med minustecken efter beloppet.",
            size=8.5,
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Förskola:",
            "Färre barn än beräknat är inskrivna, framför allt i de centrala delarna av staden, och två avdelningar "
            "har kunnat slås ihop. Verksamheten beräknas därför gå med ett överskott på 5,4 mnkr.",
            C("Förskola", "5,4 mnkr", "+", "volymer", note="Prose in mnkr, table in tkr."),
        ),
        LP(
            "Grundskola:",
            "Grundskolans prognos visar 18 600 tkr mer i kostnader än budget. Tilläggsbeloppen för elever i behov "
            "av särskilt stöd har ökat kraftigt och fler elever än beräknat går i fristående skolor i andra "
            "kommuner.",
            C("Grundskola", "18 600 tkr", "-", "volymer", "kopt_verksamhet"),
        ),
        LP(
            "Anpassad grundskola:",
            "Elevantalet har ökat från 212 till 231 sedan budgeten beslutades, vilket innebär att verksamheten inte "
            "ryms inom ramen.",
            C(
                "Anpassad grundskola",
                "6 700-",
                "-",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only in the prose: the table row's cell, trailing minus.",
            ),
        ),
        LP(
            "Skolskjuts:",
            "Det nya avtalet för skolskjuts som började gälla i januari är dyrare än det tidigare, vilket ger en "
            "negativ avvikelse om 4,5 miljoner kronor.",
            C(
                "Skolskjuts",
                "4,5 miljoner kronor",
                "-",
                "prisokningar",
                note="A dearer contract: prisokningar.",
            ),
        ),
        LP(
            "Modersmål och studiehandledning samt gemensamt och ledning:",
            "båda verksamheterna visar ett överskott på 1,5 mnkr vardera, till följd av vakanta tjänster.",
            C(
                "Modersmål och studiehandledning",
                "1,5 mnkr",
                "+",
                "vakanser",
                note="Two areas 'vardera': one item each with the same amount.",
                also=(C("Gemensamt och ledning", "1,5 mnkr", "+", "vakanser"),),
            ),
        ),
        LP("Fritidshem:", "Prognosen är i nivå med budget.", BP("Fritidshem")),
        P(
            "Sedan februariprognosen har underskottet ökat med 1 400 tkr netto. Grundskolans försämring motverkas "
            "delvis av att förskolans överskott har ökat.",
            F(None, "1 400 tkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över organisationen av skolskjutsar inför höstterminen och har infört "
            "anställningsprövning för alla tjänster utanför undervisningen. Åtgärderna beräknas ge en effekt om 3 "
            "mnkr under 2026.",
            A(None, "3 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgår hittills till 4,1 mnkr av en budget om 18 mnkr. Hela budgeten beräknas "
            "användas under året.",
            BP("Investeringar", note="The whole frame is to be used: boilerplate."),
        ),
        H("Omvärld", 2),
        P(
            "Antalet barn i förskoleålder i kommunen har minskat med 340 jämfört med samma tidpunkt föregående år.",
            O("Förskola", "volymer"),
        ),
    ]
    return ReportSpec(
        file="jonkoping-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Jönköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
