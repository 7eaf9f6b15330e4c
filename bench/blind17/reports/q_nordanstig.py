"""Nordanstigs kommun, Kommunstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per mars 2026 (the whole kommun).

A cover letter (tjänsteskrivelse) in Times, with the diary number and the letter's date in April: an
unlabelled decision proposal that asks a nämnd for an action plan and a background paragraph; the whole
kommun "ett resultat på −4,8 mnkr mot budgeterade +9,0 mnkr, en avvikelse på 13,8 mnkr" (no direction word:
it follows from the levels); one sentence with two nämnder's deficits as a "respektive" pair and a third
nämnd's surplus (three items); the two deficits explained again in paragraphs of their own without amounts
(each takes its table row's cell: "−11,2", "−4,5"); the finance function's "bidrar positivt med 0,5 mnkr"; a
small nämnd table; "bedöms följa budget" (boilerplate); investments where "hela budgeten kommer att användas"
(a boilerplate cause); an action with its effect on the second half-year; and the balanskrav consequence
(other). 7 scored causes. Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O

ROW = "Reasons only, in a paragraph of their own: the table row's cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(78.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Nordanstigs kommun", "TJÄNSTESKRIVELSE  2026-04-14"),
        footer=lambda n, m: ("Ekonomiavdelningen", "Dnr KS 2026/118", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per nämnd 2026, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "98,7", "97,3", "1,4"),
            ("Barn- och utbildningsnämnden", "231,5", "236,0", "−4,5"),
            ("Vård- och omsorgsnämnden", "246,2", "257,4", "−11,2"),
            ("Myndighetsnämnden", "3,1", "3,1", "0,0"),
            ("Summa nämnder", "579,5", "593,8", "−14,3"),
        ),
        widths=(176.0, 70.0, 70.0, 72.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=10.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="times-bold", after=4),
        P("Ärende: Ekonomisk uppföljning per den 31 mars 2026 för kommunens nämnder"),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen noterar uppföljningen och uppdrar åt vård- och omsorgsnämnden att återkomma med en "
            "åtgärdsplan senast i maj 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens riktlinjer för ekonomistyrning ska nämnderna lämna en helårsprognos efter mars, maj, "
            "augusti och oktober. Denna uppföljning bygger på bokfört utfall till och med mars."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognos för helåret visar ett resultat på −4,8 mnkr mot budgeterade +9,0 mnkr, en avvikelse "
            "på 13,8 mnkr.",
            C(
                None,
                "13,8 mnkr",
                "-",
                note="No direction word: the direction follows from the forecast result against the budgeted one.",
            ),
        ),
        P(
            "Vård- och omsorgsnämnden och barn- och utbildningsnämnden prognostiserar underskott på 11,2 respektive "
            "4,5 mnkr, medan kommunstyrelsen beräknas lämna ett överskott på 1,4 mnkr.",
            C(
                "Vård- och omsorgsnämnden",
                "11,2",
                "-",
                unit="mnkr",
                note="A 'respektive' pair and a third nämnd in one sentence: three items, no reasons.",
                also=(
                    C("Barn- och utbildningsnämnden", "4,5 mnkr", "-"),
                    C("Kommunstyrelsen", "1,4 mnkr", "+"),
                ),
            ),
        ),
        P(
            "Underskottet inom vård- och omsorgsnämnden beror i första hand på att hemtjänsten i Harmånger och "
            "Bergsjö har haft svårt att rekrytera undersköterskor och i stället har anlitat bemanningsföretag. "
            "Kostnaderna för köpta korttidsplatser är också högre än beräknat.",
            C(
                "Vård- och omsorgsnämnden",
                "−11,2",
                "-",
                "vakanser",
                "inhyrd_personal",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note=ROW + " The deficit is named again with its reasons: its own item.",
            ),
        ),
        P(
            "Barn- och utbildningsnämndens underskott förklaras av att fler barn än planerat är inskrivna i "
            "förskolan i Gnarp och av högre tilläggsbelopp till fristående förskolor.",
            C(
                "Barn- och utbildningsnämnden",
                "−4,5",
                "-",
                "volymer",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        P(
            "Finansförvaltningen bidrar positivt med 0,5 mnkr tack vare en högre slutavräkning av skatteintäkterna "
            "för 2025.",
            C("Finansförvaltningen", "0,5 mnkr", "+", note="A finance item: no cause tag."),
        ),
        table,
        P("Myndighetsnämnden bedöms följa budget.", BP("Myndighetsnämnden")),
        H("Investeringar", 2),
        P(
            "Under första kvartalet har 3,2 mnkr av årets investeringsbudget på 42,0 mnkr förbrukats. "
            "Förvaltningen bedömer i nuläget att hela budgeten kommer att användas.",
            BP(
                "Investeringar",
                note="Investments forecast to use the whole budget: an 'i balans' statement; the amount used so far "
                "is a level.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Vård- och omsorgsförvaltningen har inlett en rekryteringskampanj för undersköterskor och räknar med "
            "att minska kostnaderna för bemanningsföretag med 2,5 mnkr under andra halvåret.",
            A("Vård- och omsorgsnämnden", "2,5 mnkr", "inhyrd_personal", "vakanser"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Om underskotten inte åtgärdas klarar kommunen inte balanskravet 2026, och ett negativt resultat måste då "
            "återställas inom tre år.",
            O(None, note="The balanskrav consequence: other."),
        ),
        P("Maria Holmgren", size=10.0),
        P("Ekonomichef", size=10.0),
    ]
    return ReportSpec(
        file="nordanstig-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Nordanstig",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Nordanstigs kommun"},
        style=style,
        blocks=blocks,
    )
