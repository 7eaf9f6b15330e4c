"""Ödeshögs kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in tkr and mnkr, footer with the nämnd's meeting date in September: one
paragraph of three sentences, each its own item: the net cost to August "1,1 mnkr lägre än den periodiserade
budgeten" (a lower net cost: positive), the full year "en negativ avvikelse på 2,6 mnkr" and the change since
the tertial report; a verksamhet table in tkr with "Avvikelse = budget − prognos"; two columns of bold
run-in verksamheter with a colon: preschool with reasons only (the table row's "−1 150"), F–6 "Överskottet
om 640 tkr", 7–9 "gå 1,4 mnkr över budget", school transport "900 tkr över budget" after a new contract,
upper-secondary school and culture school as a "respektive" pair with different causes (two items), the
administration with reasons only (the table row's "940"), and a fritidshem that "följer budget"
(boilerplate); investments "Hela budgeten beräknas användas" (boilerplate, the spending so far is a level);
an action with its effect and the merit rating against last year (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only: the table row's deviation (tkr, budget − prognos)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Ödeshögs kommun", "Delårsrapport 2025 – Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("BUN 2025-09-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (Avvikelse = budget − prognos)",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltning", "9 870", "5 910", "8 930", "940"),
            ("Förskola", "38 400", "26 350", "39 550", "−1 150"),
            ("Fritidshem", "7 900", "4 880", "7 900", "0"),
            ("Grundskola F–6", "52 600", "34 190", "51 960", "640"),
            ("Grundskola 7–9", "31 200", "21 640", "32 600", "−1 400"),
            ("Skolskjuts", "6 300", "4 420", "7 200", "−900"),
            ("Gymnasieskola", "27 800", "17 540", "28 420", "−620"),
            ("Kulturskola", "2 400", "1 610", "2 510", "−110"),
            ("Summa", "176 470", "116 540", "179 070", "−2 600"),
        ),
        widths=(136.0, 72.0, 78.0, 74.0, 66.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="cond", after=12),
        H("Viktiga händelser", 2),
        P(
            "Den nya byggnaden för årskurs 7–9 vid Fristadsskolan togs i bruk vid höstterminens start. Under "
            "våren genomfördes en översyn av skolskjutsarna inför den nya upphandlingen."
        ),
        H("Ekonomisk analys", 2),
        PS(
            (
                "Nämndens nettokostnad till och med augusti är 1,1 mnkr lägre än den periodiserade budgeten.",
                C(
                    None,
                    "1,1 mnkr",
                    "+",
                    note="The period: a net cost below the periodised budget is positive.",
                ),
            ),
            (
                "För helåret prognostiseras ändå en negativ avvikelse på 2,6 mnkr.",
                C(None, "2,6 mnkr", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Det är 0,8 mnkr sämre än bedömningen i tertialrapporten.",
                F(None, "0,8 mnkr", "-"),
            ),
        ),
        table,
        Space(4),
        Columns(2),
        LP(
            "Förskola:",
            "Barnantalet har under våren legat ett tjugotal barn över det budgeterade, främst i Ödeshögs "
            "tätort, och en extra avdelning har öppnats i en paviljong vid Stavabackens förskola.",
            C(
                "Förskola",
                "−1 150",
                "-",
                "volymer",
                "lokaler",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Grundskola F–6:",
            "Överskottet om 640 tkr förklaras av att statsbidraget för stärkt läsförmåga blev högre än "
            "nämnden räknade med.",
            C("Grundskola F–6", "640 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Grundskola 7–9:",
            "Verksamheten beräknas gå 1,4 mnkr över budget. Fler elever behöver stöd av elevassistent, och en "
            "lärartjänst i matematik har fått tillsättas via bemanningsföretag.",
            C("Grundskola 7–9", "1,4 mnkr", "-", "volymer", "inhyrd_personal"),
        ),
        LP(
            "Skolskjuts:",
            "Det nya avtalet från augusti har ett högre pris per kilometer, och prognosen ligger därför 900 tkr "
            "över budget.",
            C("Skolskjuts", "900 tkr", "-", "prisokningar"),
        ),
        LP(
            "Gymnasieskola och kulturskola:",
            "Högre interkommunala ersättningar till Mjölby och Linköping för gymnasieelever och lägre "
            "elevavgifter i kulturskolan ger underskott om 620 respektive 110 tkr.",
            C(
                "Gymnasieskola",
                "620",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                note="A 'respektive' pair under a shared lead: two items, each with its own cause.",
                also=(C("Kulturskola", "110 tkr", "-", "avgifter_intakter"),),
            ),
        ),
        LP(
            "Nämnd och förvaltning:",
            "Vakanser inom elevhälsan och förvaltningsledningen samt ännu inte fördelade medel för "
            "kompetensutveckling ger ett överskott.",
            C(
                "Nämnd och förvaltning",
                "940",
                "+",
                "vakanser",
                "reserver",
                unit="tkr",
                table=True,
                note=ROW + " Unallocated funds are reserver.",
            ),
        ),
        LP(
            "Fritidshem:",
            "Verksamheten följer budget.",
            BP("Fritidshem"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 2,5 mnkr har 0,4 mnkr förbrukats per augusti. Hela budgeten "
            "beräknas användas under hösten, när möbler och digitala skärmar till den nya 7–9-byggnaden "
            "levereras.",
            BP("Investeringar", note="The spending so far is a level; the full year is in balance."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över skolskjutsslingorna inför vårterminen 2026, och anställningsstopp gäller för "
            "administrativa tjänster resten av året, vilket bedöms ge 300 tkr.",
            A(None, "300 tkr", note="Two measures in one sentence; the effect belongs to the hiring freeze."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Det genomsnittliga meritvärdet i årskurs 9 var 221,4 våren 2025, jämfört med 209,8 året innan.",
            O(None, note="Results against the previous year."),
        ),
    ]
    return ReportSpec(
        file="odeshog-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Ödeshög",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Barn- och utbildningsnämnden", "author": "Ödeshögs kommun"},
        style=style,
        blocks=blocks,
    )
