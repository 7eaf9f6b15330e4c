"""Hallstahammars kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report in tkr and mnkr, footer with the adoption date in February:
an unlabelled review of the year; the result "−1,3 mnkr mot budget" and, in the next sentence, the outcome
against the interim forecast ("0,5 mnkr mindre än vad som prognostiserades", a forecast change); a table whose
deficits have a trailing minus ("1 140-") and whose budget and outcome have no sign; plain headings over
paragraphs in varied shapes: "överskred budget med 1 140 tkr" with a closure for repairs, lost entrance fees
and electricity, a reason-only deficit (the row's "260-"), "ett mindre överskott, 180 tkr, som beror på",
"ett överskott mot budget på 320 tkr" followed by a part ("140 tkr från sponsring"), "blev 400 tkr högre än
budgeterat till följd av", "motsvarade budget" (boilerplate); investments "1,5 mnkr lägre än budgeterat" and a
project that "kostade däremot 0,4 mnkr mer än projektbudgeten"; an action for next year with its effect and
visits against last year with "beror på" (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Hallstahammars kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen av nämnden 2026-02-12", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "6 100", "6 500", "400-"),
            ("Bibliotek", "11 800", "11 620", "180"),
            ("Fritidsgårdar", "7 400", "7 660", "260-"),
            ("Idrottsanläggningar", "24 900", "26 040", "1 140-"),
            ("Kultur och evenemang", "5 200", "4 880", "320"),
            ("Föreningsbidrag", "4 600", "4 600", "0"),
            ("Summa", "60 000", "61 300", "1 300-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="narrow", after=12),
        H("Året i korthet", 2),
        P(
            "Under 2025 invigdes den nya konstgräsplanen vid Kvarnvallen, biblioteket utökade sina meröppna "
            "timmar och fritidsgårdarna höll öppet fler kvällar under sommarlovet. Simhallen var stängd under "
            "sju veckor i oktober och november."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar för 2025 ett resultat på −1,3 mnkr mot budget.",
                C(None, "−1,3 mnkr", "-"),
            ),
            (
                "Underskottet är 0,5 mnkr mindre än vad som prognostiserades i delårsrapporten per augusti.",
                F(None, "0,5 mnkr", "+", note="The outcome against the interim forecast: a forecast change."),
            ),
        ),
        table,
        H("Idrottsanläggningar", 3),
        P(
            "Idrottsanläggningarna överskred budget med 1 140 tkr. Simhallen var stängd i sju veckor under hösten "
            "när bassängens reningssystem byttes ut, vilket gav uteblivna entréintäkter, samtidigt som "
            "elkostnaderna för ishallen blev högre än beräknat.",
            C(
                "Idrottsanläggningar",
                "1 140 tkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                "prisokningar",
                note="A closure for repairs: ovrigt; electricity costs: prisokningar.",
            ),
        ),
        H("Fritidsgårdar", 3),
        P(
            "Fler kvällsöppna dagar under sommarlovet gav ökade personalkostnader, och statsbidraget för "
            "sommarlovsaktiviteter blev lägre än vad nämnden hade ansökt om.",
            C(
                "Fritidsgårdar",
                "260-",
                "-",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell, with a trailing minus.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "Biblioteket redovisar ett mindre överskott, 180 tkr, som beror på att en bibliotekarietjänst stod "
            "vakant under hösten.",
            C("Bibliotek", "180 tkr", "+", "vakanser"),
        ),
        H("Kultur och evenemang", 3),
        P(
            "Kultur och evenemang visar ett överskott mot budget på 320 tkr. Av överskottet kommer 140 tkr från "
            "sponsring av höstmarknaden och resten från lägre artistkostnader än planerat.",
            C("Kultur och evenemang", "320 tkr", "+", "avgifter_intakter", note="140 tkr is a part."),
        ),
        H("Nämnd och administration", 3),
        P(
            "Kostnaderna blev 400 tkr högre än budgeterat till följd av införandet av ett nytt bokningssystem för "
            "lokaler och anläggningar, vars licenser och konsultstöd inte fanns med i budgeten.",
            C("Nämnd och administration", "400 tkr", "-", "it_digitalisering"),
        ),
        H("Föreningsbidrag", 3),
        P("Utbetalda föreningsbidrag motsvarade budget.", BP("Föreningsbidrag")),
        H("Investeringar", 2),
        PS(
            (
                "Investeringarna blev 1,5 mnkr lägre än budgeterat, eftersom utbytet av belysningen i elljusspåret "
                "har skjutits till 2026.",
                C("Investeringar", "1,5 mnkr", "+", "periodisering"),
            ),
            (
                "Konstgräsplanen vid Kvarnvallen kostade däremot 0,4 mnkr mer än projektbudgeten, då "
                "markförhållandena krävde en mer omfattande dränering än projekterat.",
                C(
                    "Konstgräsplan vid Kvarnvallen",
                    "0,4 mnkr",
                    "-",
                    "ovrigt",
                    note="A project overrun for ground conditions: ovrigt.",
                ),
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att höja entréavgifterna i simhallen med 10 procent från 2026, vilket beräknas ge "
            "150 tkr i ökade intäkter.",
            A("Idrottsanläggningar", "150 tkr", "avgifter_intakter"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök i simhallen minskade med 18 procent jämfört med 2024, vilket beror på höstens "
            "stängning.",
            O("Idrottsanläggningar", "ovrigt", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hallstahammar-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Hallstahammar",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Hallstahammars kommun",
        },
        style=style,
        blocks=blocks,
    )
