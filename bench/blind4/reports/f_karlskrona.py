"""Karlskrona kommun, Idrotts- och fritidsnämnden, verksamhetsberättelse 2025.

A committee's year-end report (period = the year) that opens with a long narrative of the year and a
goal paragraph (not labelled), then the economy: the year's result against a budget of zero, a result
table per kontogrupp in tkr with budget, outcome, deviation (outcome − budget, not stated) and last
year's outcome; bold run-in kontogrupp labels with one paragraph each, amounts with no-break spaces
("1 340 tkr"), a cue-less paragraph whose amount lives only in the table (a hall's rent charged from
March instead of September: timing), an amount in words ("drygt två miljoner kronor") in a paragraph
that runs over the page break, two rows without a comment; investments: the total ("14,4 mnkr av
budgeterade 15,0 mnkr"), a project table whose "Kvar" column is negative for overspending, a project
over budget from drainage work, a delayed project under budget followed by a carry-over request
(other); and a year-on-year comparison with its cause (other). DejaVu Serif Condensed 10 pt, no running
header, a footer with the nämnd's name and the page number.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, C, O

NBSP = "\u00a0"
INVESTMENT = "Investment section: "


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-cond-bold"),
        margins=(76.0, 70.0, 76.0, 76.0),
        footer=lambda n, m: ("Idrotts- och fritidsnämnden, verksamhetsberättelse 2025", "", f"{n}"),
        header_size=8.0,
    )
    result = Table(
        caption="Resultatredovisning per kontogrupp, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Taxor och avgifter", "14 200", "12 860", "−1 340", "13 950"),
            ("Bidrag", "3 100", "4 480", "1 380", "2 870"),
            ("Personalkostnader", "−41 500", "−39 820", "1 680", "−39 140"),
            ("Lokalkostnader", "−52 300", "−53 940", "−1 640", "−50 210"),
            ("Föreningsbidrag", "−18 600", "−18 600", "0", "−17 900"),
            ("Övriga kostnader", "−12 400", "−10 110", "2 290", "−11 780"),
            ("Kapitalkostnader", "−6 800", "−6 440", "360", "−6 120"),
            ("Kommunbidrag", "114 300", "114 300", "0", "109 800"),
            ("Årets resultat", "0", "2 730", "2 730", "1 470"),
        ),
        widths=(150.0, 72.0, 72.0, 64.0, 72.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    projects = Table(
        caption="Investeringsprojekt 2025, tkr",
        header=(("Projekt", "Budget", "Utfall", "Kvar"),),
        rows=(
            ("Konstgräsplan Nättraby", "7 500", "8 620", "−1 120"),
            ("Ishallen, inventarier och utrustning", "4 000", "3 850", "150"),
            ("Upprustning av motionsspår", "2 200", "640", "1 560"),
            ("Tillgänglighet vid badplatser", "1 300", "1 310", "−10"),
            ("Summa", "15 000", "14 420", "580"),
        ),
        widths=(200.0, 64.0, 64.0, 64.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=22, font="serif-bold"),
        Title("Idrotts- och fritidsnämnden", size=13, font="serif-italic", after=16),
        H("Året i korthet", 1),
        P(
            "2025 blev året då den nya ishallen vid Rosenholm togs i bruk. Hallen ersätter den gamla ishallen, som "
            "hade passerat sin tekniska livslängd, och ger föreningarna 40 procent fler istider. Under sommaren "
            "arrangerade nämnden tillsammans med föreningslivet en lovverksamhet som lockade drygt 4 000 barn och "
            "unga, med aktiviteter i alla kommundelar och i skärgården."
        ),
        P(
            "Simhallen var stängd i elva veckor under hösten när bassängduken byttes, och simskolorna flyttades "
            "till skolbassängerna. Nämnden har också tagit fram en ny plan för idrottsanläggningar 2026–2035, som "
            "ska behandlas av kommunfullmäktige i mars. Arbetet med planen har skett i dialog med idrottsrådet och "
            "med de föreningar som använder kommunens anläggningar mest. Planen pekar ut ett behov av två nya "
            "fullstora idrottshallar och en ny simhall före 2032. Den gamla ishallen har sålts till ett privat "
            "bolag."
        ),
        H("Måluppfyllelse", 2),
        P(
            "Nämndens mål att öka andelen flickor bland deltagarna i föreningslivet har delvis uppnåtts: andelen "
            "deltagartillfällen för flickor ökade från 38 till 41 procent, mot målet 45 procent. Antalet besök i "
            "kommunens fritidsgårdar ökade med 12 procent."
        ),
        H("Ekonomi", 1),
        P(
            "Idrotts- och fritidsnämnden redovisar ett resultat på 2,7 mnkr för 2025. Nämndens budget var satt till "
            "noll.",
            C(None, "2,7 mnkr", "+", note="The year's result against a budget of zero."),
        ),
        result,
        LP(
            "Taxor och avgifter.",
            f"Intäkterna blev 1{NBSP}340 tkr lägre än budgeterat. Simhallen var stängd under hösten, och "
            "uthyrningen av idrottshallarna till externa arrangörer minskade.",
            C(
                "Taxor och avgifter",
                f"1{NBSP}340 tkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="A closure for repairs: ovrigt. No-break space in the amount.",
            ),
        ),
        LP(
            "Personalkostnader.",
            f"Överskottet på 1{NBSP}680 tkr förklaras av vakanser bland fritidsledarna och av att tjänsten som "
            "anläggningschef var obesatt i fem månader.",
            C("Personalkostnader", f"1{NBSP}680 tkr", "+", "vakanser"),
        ),
        LP(
            "Lokalkostnader.",
            "Hyran för den nya ishallen började debiteras i mars i stället för i september, eftersom hallen blev "
            "klar tidigare än planerat. Till det kommer högre kostnader för el och uppvärmning.",
            C(
                "Lokalkostnader",
                "−1 640",
                "-",
                "lokaler",
                "periodisering",
                "prisokningar",
                unit="tkr",
                table=True,
                note="No amount and no cue word in the passage: the amount is the table row's.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Övriga kostnader blev drygt två miljoner kronor lägre än budgeterat, framför allt för att planerade "
            "inköp av inventarier till fritidsgårdarna sköts upp till 2026.",
            C(
                "Övriga kostnader",
                "drygt två miljoner kronor",
                "+",
                "material_hjalpmedel",
                "periodisering",
                value=2_000_000,
                note="Amount in words (table 2 290 tkr).",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 14,4 mnkr av budgeterade 15,0 mnkr.",
            C(
                "Investeringar",
                "14,4 mnkr av budgeterade 15,0 mnkr",
                "+",
                value=600_000,
                note=INVESTMENT + "spending under the investment budget by 0,6 mnkr (table 580 tkr).",
            ),
        ),
        projects,
        P(
            "Konstgräsplanen i Nättraby blev 1,1 mnkr dyrare än budgeterat, eftersom markarbetena krävde mer "
            "dränering än vad förundersökningen visade.",
            C(
                "Konstgräsplan Nättraby",
                "1,1 mnkr",
                "-",
                "ovrigt",
                note=INVESTMENT + "ground conditions: ovrigt.",
            ),
        ),
        PS(
            (
                f"Upprustningen av motionsspåren har försenats av en överprövad upphandling, och 1{NBSP}560 tkr av "
                "budgeten har inte använts.",
                C(
                    "Upprustning av motionsspår",
                    f"1{NBSP}560 tkr",
                    "+",
                    "periodisering",
                    note=INVESTMENT + "a delayed project under budget.",
                ),
            ),
            (
                "Nämnden begär att beloppet förs över till investeringsbudgeten 2026.",
                O("Upprustning av motionsspår", "reserver", note="Carry-over request: financing."),
            ),
        ),
        H("Jämförelse med 2024", 2),
        P(
            "Nettokostnaden ökade med 4,6 procent jämfört med 2024, främst till följd av hyran för den nya "
            "ishallen.",
            O(None, "lokaler", note="Year-on-year comparison with its cause."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-ifn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Idrotts- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Idrotts- och fritidsnämnden",
            "author": "Karlskrona kommun",
        },
        style=style,
        blocks=blocks,
    )
