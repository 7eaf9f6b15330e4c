"""Gagnefs kommun, Miljö- och byggnämnden, tertialrapport 2 2025 (januari–augusti).

A small fee-financed environment and building committee's tertial report in tkr, footer with the nämnd's
meeting date and paragraph in September: the full year "ett underskott på 640 tkr mot budget" and the period
"210 tkr sämre än periodiserad budget" in two sentences of one paragraph (two items); a table whose deficits
carry a trailing minus ("520-"); bold run-in verksamheter ending in a full stop: revenue "520 tkr lägre än
budgeterat" (negative), the amount at the end after the reasons ("prognosen är –160 tkr"), "följer budget"
(boilerplate), a reason-only deficit (the row's "30-") and "ett överskott om 70 tkr"; a project "150 tkr
billigare än budgeterat"; a fee rise that is no deviation, an action "cirka 90 tkr", a forecast change since
tertial 1 with its causes and handling times against 2024 with "beror på" (others). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Gagnefs kommun", "Tertialrapport 2, 2025"),
        footer=lambda n, m: ("Miljö- och byggnämnden 2025-09-25 § 61", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd", "620", "550", "70"),
            ("Bygglov", "1 450", "1 970", "520-"),
            ("Miljö- och hälsoskydd", "2 380", "2 540", "160-"),
            ("Livsmedelskontroll", "410", "410", "0"),
            ("Kart och mät", "1 120", "1 150", "30-"),
            ("Summa nettokostnad", "5 980", "6 620", "640-"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 2, 2025", size=18, font="serif-cond-bold", after=2),
        Title("Miljö- och byggnämnden", size=12, font="serif-cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Nämndens prognos för helåret är ett underskott på 640 tkr mot budget.",
                C(None, "640 tkr", "-"),
            ),
            (
                "Utfallet till och med augusti är 210 tkr sämre än periodiserad budget.",
                C(None, "210 tkr", "-", note="The period in its own sentence: its own item."),
            ),
        ),
        table,
        H("Verksamheterna", 2),
        LP(
            "Bygglov.",
            "Bygglovsintäkterna beräknas bli 520 tkr lägre än budgeterat, eftersom antalet ansökningar om bygglov "
            "för fritidshus i Björbo och Mockfjärd har halverats jämfört med de senaste åren.",
            C(
                "Bygglov",
                "520 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Revenue under budget: negative.",
            ),
        ),
        LP(
            "Miljö- och hälsoskydd.",
            "En miljöinspektör har varit föräldraledig under våren och verksamheten har tagit in en konsult för att "
            "hinna med tillsynen av enskilda avlopp. Konsultkostnaden överstiger de sparade lönemedlen, och "
            "prognosen är –160 tkr.",
            C(
                "Miljö- och hälsoskydd",
                "–160 tkr",
                "-",
                "inhyrd_personal",
                note="The amount at the end, after the reasons.",
            ),
        ),
        LP(
            "Livsmedelskontroll.",
            "Avgiftsintäkterna och kostnaderna följer budget.",
            BP("Livsmedelskontroll"),
        ),
        LP(
            "Kart och mät.",
            "Mätuppdragen från exploatörer har blivit något färre än beräknat.",
            C(
                "Kart och mät",
                "30-",
                "-",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Nämnd.",
            "Nämnden har haft färre sammanträden än planerat, vilket ger ett överskott om 70 tkr.",
            C("Nämnd", "70 tkr", "+", "ovrigt", note="Members' fees: ovrigt."),
        ),
        H("Projekt", 2),
        P(
            "Digitaliseringen av bygglovsarkivet blir 150 tkr billigare än budgeterat eftersom en del av skanningen "
            "har gjorts av egen personal.",
            C("Digitalisering av bygglovsarkivet", "150 tkr", "+", "it_digitalisering"),
        ),
        H("Taxor och avgifter", 2),
        P(
            "Timavgiften för tillsyn höjdes den 1 januari från 1 180 kronor till 1 240 kronor, vilket ingår i "
            "budgeten.",
            O(None, note="A fee decision already in the budget: context."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att inte återbesätta en administratörstjänst som blir vakant i oktober, vilket "
            "minskar kostnaderna med cirka 90 tkr i år.",
            A(None, "cirka 90 tkr", "vakanser"),
        ),
        H("Jämförelse med tertial 1", 2),
        P(
            "Prognosen har försämrats med 400 tkr sedan tertial 1 till följd av det minskade antalet "
            "bygglovsansökningar.",
            F(None, "400 tkr", "-", "volymer", "avgifter_intakter"),
        ),
        H("Handläggningstider", 2),
        P(
            "Den genomsnittliga handläggningstiden för bygglov var 4,2 veckor, kortare än under 2024, vilket beror på "
            "färre ärenden.",
            O("Bygglov", "volymer", note="Handling times against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="gagnef-mbn-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Gagnef",
            "committee": ["Miljö- och byggnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Miljö- och byggnämnden", "author": "Gagnefs kommun"},
        style=style,
        blocks=blocks,
    )
