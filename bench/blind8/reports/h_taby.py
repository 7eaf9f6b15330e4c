"""Täby kommun, Barn- och grundskolenämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report with a footer carrying the nämnd's meeting date in May: the period's
deviation (a surplus) and the full year's (a deficit) in one sentence with opposite directions ("bättre än
periodens budget, men för helåret bedöms kostnaderna överstiga budgeten med 6 900 tkr"; the full year's is
the amount), the reason for the period's surplus in a paragraph of its own (timing, amount null), the
change since February with its cause; a reading note that gives the unit ("tusen kronor") and the sign
convention, and a table per verksamhet with U+2212 minus signs and a "Budgetavvikelse helår" column; then
two columns of bold run-in verksamheter: förskola with its amount, grundskola with reasons and no amount
(the table row's "−7 100") followed in the same paragraph by its own change since February (two items),
fritidshem and skolskjuts in one "kostar … respektive … mer än planerat" sentence with paired causes (two
items), anpassad grundskola "överstiger budgeten" with a "varav" that counts pupils, not money, and a
paragraph that runs from one column to the next, elevhälsa's surplus from vacancies followed by an outlook
sentence (other), and an unallocated central reserve; an action with no amount, a risk, and a quality goal
and a staff statistic that say "beror på" with no money (two others). Liberation Sans (Arial) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "No amount in the prose: the table row's (tkr, given in the reading note)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Täby kommun", "Barn- och grundskolenämnden"),
        footer=lambda n, m: (
            "Tertialrapport 1 2026",
            "Nämndens sammanträde 2026-05-19, BGN 2026/0113",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Driftredovisning per verksamhet 2026",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Budgetavvikelse helår"),),
        rows=(
            ("Förskola", "612 400", "198 300", "608 900", "3 500"),
            ("Grundskola F–9", "1 134 800", "372 100", "1 141 900", "−7 100"),
            ("Fritidshem", "148 200", "47 900", "149 000", "−800"),
            ("Anpassad grundskola", "96 300", "33 500", "101 100", "−4 800"),
            ("Elevhälsa", "71 500", "22 100", "69 600", "1 900"),
            ("Skolskjuts", "38 600", "13 800", "40 100", "−1 500"),
            ("Nämnd och förvaltningsledning", "52 700", "16 200", "50 800", "1 900"),
            ("Summa", "2 154 500", "703 900", "2 161 400", "−6 900"),
        ),
        widths=(150.0, 66.0, 70.0, 70.0, 100.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.91, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold"),
        Title("Barn- och grundskolenämnden – uppföljning januari–april", size=11.5, font="arial", after=12),
        H("Sammanfattning", 1),
        P(
            "Barn- och grundskolenämndens utfall för januari–april är 3 410 tkr bättre än periodens budget, men för "
            "helåret bedöms kostnaderna överstiga budgeten med 6 900 tkr.",
            C(
                None,
                "6 900 tkr",
                "-",
                note="The period's deviation (a surplus) and the full year's (a deficit) in one sentence: the full "
                "year's is the amount and gives the direction.",
            ),
        ),
        P(
            "Att perioden visar ett överskott förklaras främst av att kostnaderna för höstterminens elevökning och för "
            "de nya förskoleavdelningarna i Hägernäs ännu inte har belastat utfallet.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The reason for the period's surplus, in a paragraph of its own: timing; the amount is in the "
                "paragraph before, so null here.",
            ),
        ),
        P(
            "Jämfört med prognosen i februari har helårsprognosen försämrats med 2 300 tkr, främst eftersom fler "
            "elever än beräknat har skrivits in i anpassad grundskola och i grundskolor i andra kommuner.",
            F(None, "2 300 tkr", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Ekonomiskt utfall per verksamhet", 1),
        P(
            "Belopp anges i tusen kronor. Ett positivt belopp i kolumnen Budgetavvikelse helår innebär ett överskott "
            "mot budget och ett negativt belopp ett underskott.",
            size=8.5,
        ),
        table,
        Columns(2),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Förskola.",
            "Verksamheten bedöms få ett överskott på 3 500 tkr. Antalet inskrivna barn har under våren i genomsnitt "
            "varit 140 färre än vad budgeten bygger på, främst i Roslags-Näsby och Gribbylund, och två avdelningar "
            "har därför inte öppnats.",
            C("Förskola", "3 500 tkr", "+", "volymer"),
        ),
        LP(
            "Grundskola F–9.",
            "Ersättningen till fristående skolor och andra kommuner ökar, eftersom fler täbyelever än beräknat har "
            "valt en skola utanför den kommunala grundskolan. Därtill kommer kostnader för ett större antal elever "
            "med tilläggsbelopp.",
            C(
                "Grundskola F–9",
                "−7 100",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
            (
                "Sedan februari har prognosen för grundskolan försämrats med 1 100 tkr.",
                F(
                    "Grundskola F–9",
                    "1 100 tkr",
                    "-",
                    note="Its own change since February, in the same paragraph.",
                ),
            ),
        ),
        P(
            "Fritidshemmen och skolskjutsen kostar 800 tkr respektive 1 500 tkr mer än planerat, till följd av en "
            "högre inskrivningsgrad i årskurs 4 respektive det nya skolskjutsavtalet, som upphandlades till "
            "betydligt högre priser än det tidigare.",
            C(
                "Fritidshem",
                "800 tkr",
                "-",
                "volymer",
                note="'Kostar … mer än planerat' with 'respektive' pairing two verksamheter, amounts and causes: two "
                "items, tags split.",
                also=(C("Skolskjuts", "1 500 tkr", "-", "prisokningar"),),
            ),
        ),
        LP(
            "Anpassad grundskola.",
            "Kostnaderna överstiger budgeten med 4 800 tkr. Nio elever har tillkommit sedan årsskiftet, varav fyra "
            "behöver en elevassistent under hela skoldagen.",
            C(
                "Anpassad grundskola",
                "4 800 tkr",
                "-",
                "volymer",
                "bemanning",
                note="'Överstiger budgeten' without 'avvikelse'; the 'varav' counts pupils, not money.",
            ),
        ),
        LP(
            "Elevhälsa.",
            "Elevhälsan visar ett överskott på 1 900 tkr, eftersom två tjänster som skolpsykolog och en tjänst som "
            "kurator har varit vakanta under våren.",
            C("Elevhälsa", "1 900 tkr", "+", "vakanser"),
            (
                "Tjänsterna är nu tillsatta, och överskottet väntas därför inte växa under hösten.",
                O("Elevhälsa", "vakanser", note="Outlook, after the cause."),
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Nämndens centrala reserv för oförutsedda kostnader, 1 900 tkr, har ännu inte fördelats och redovisas "
            "som överskott.",
            C("Nämnd och förvaltningsledning", "1 900 tkr", "+", "reserver"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över organisationen av elevassistenter i anpassad grundskola och har infört en "
            "gemensam bedömning av alla ansökningar om tilläggsbelopp. Åtgärderna väntas dämpa kostnaderna under "
            "hösten, men effekten är inte beräknad och ingår inte i prognosen.",
            A(None, None, "bemanning", "kopt_verksamhet", note="An action with no amount."),
        ),
        H("Risker", 2),
        P(
            "Prognosen bygger på elevprognosen från mars. Blir antalet elever till höstterminen högre än beräknat kan "
            "underskottet inom grundskolan öka.",
            O("Grundskola F–9", "volymer", note="Risk."),
        ),
        H("Måluppfyllelse och personal", 2),
        P(
            "Andelen elever i årskurs 6 som upplever studiero på lektionerna ökade till 78 procent, vilket beror på "
            "det gemensamma arbetet med lektionsstruktur i alla kommunala skolor.",
            O(None, note="A quality goal that says 'beror på', with no money: other (context)."),
        ),
        P(
            "Sjukfrånvaron bland medarbetarna var 5,8 procent, lägre än under samma period 2025. Minskningen beror "
            "främst på lägre korttidsfrånvaro inom förskolan.",
            O(None, "sjukfranvaro", note="A staff statistic against last year that says 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="taby-bgn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Barn- och grundskolenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och grundskolenämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
