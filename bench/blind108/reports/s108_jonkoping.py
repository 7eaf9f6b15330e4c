"""Jönköpings kommun, Fritidsnämnden, verksamhetsberättelse 2025.

A leisure committee's year-end report in tkr with hyphen-minus signs, footer with the nämnd's meeting date
in February: the result "−3 240 tkr jämfört med budget" and the outcome "1 100 tkr sämre än prognosen i
delårsrapporten" (a forecast change with no cause); a verksamhet table, then headings that carry the area and
the amount ("Simhallar och bad -1 860 tkr", "Fritidsgårdar +520 tkr", "Nämnd och administration ±0 tkr"
over "Verksamheten har följt budget", boilerplate) with one short paragraph each, two with two causes;
investments "18,4 mnkr mot en budget på 26,0 mnkr" with the unused "7,6 mnkr" written out; visitors against
last year and the resultatfond (others) and an action. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("JÖNKÖPINGS KOMMUN", "Fritidsförvaltningen"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Fritidsnämnden 2026-02-19", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Simhallar och bad", "38 400", "40 260", "-1 860"),
            ("Idrottsanläggningar", "71 900", "72 840", "-940"),
            ("Fritidsgårdar", "24 600", "24 080", "520"),
            ("Föreningsbidrag", "31 200", "32 380", "-1 180"),
            ("Friluftsliv och spår", "6 800", "6 580", "220"),
            ("Nämnd och administration", "9 100", "9 100", "0"),
            ("Totalt", "182 000", "185 240", "-3 240"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=10.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=22, font="arial-bold", after=2),
        Title("Fritidsnämnden", size=13, font="times-italic", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Fritidsnämnden redovisar för 2025 ett resultat på −3 240 tkr jämfört med budget.",
            C(None, "−3 240 tkr", "-", note="U+2212 in the prose, hyphen-minus in the table and headings."),
        ),
        P(
            "Utfallet är 1 100 tkr sämre än prognosen i delårsrapporten per augusti.",
            F(None, "1 100 tkr", "-", note="The outcome against the interim forecast, no cause."),
        ),
        table,
        HP(
            "Simhallar och bad -1 860 tkr",
            "Underskottet förklaras av att det centrala badhuset har haft färre besökare än budgeterat sedan "
            "entréavgifterna höjdes i mars, samtidigt som energikostnaderna har varit höga.",
            C("Simhallar och bad", "-1 860 tkr", "-", "avgifter_intakter", "volymer", "prisokningar"),
        ),
        HP(
            "Idrottsanläggningar -940 tkr",
            "Kostnaderna för drift av konstgräsplaner blev högre än beräknat då två planer fick bytas ut efter "
            "skador på underlaget. Dessutom har hyran för den nya idrottshallen i Bankeryd belastat verksamheten "
            "från oktober.",
            C(
                "Idrottsanläggningar",
                "-940 tkr",
                "-",
                "ovrigt",
                "lokaler",
                note="Damage to the pitches is ovrigt, a new hall's rent lokaler.",
            ),
        ),
        HP(
            "Fritidsgårdar +520 tkr",
            "Överskottet beror på vakanta fritidsledartjänster under våren.",
            C("Fritidsgårdar", "+520 tkr", "+", "vakanser"),
        ),
        HP(
            "Föreningsbidrag -1 180 tkr",
            "Fler föreningar än budgeterat har fått aktivitetsstöd, och ett extra lokalbidrag beslutades i juni "
            "till föreningar med egna anläggningar.",
            C(
                "Föreningsbidrag",
                "-1 180 tkr",
                "-",
                "volymer",
                "lokaler",
                note="A grant towards clubs' premises is lokaler.",
            ),
        ),
        HP(
            "Friluftsliv och spår +220 tkr",
            "Den snöfattiga vintern innebar att spårpreparering inte behövdes i samma omfattning som budgeterat.",
            C("Friluftsliv och spår", "+220 tkr", "+", "ovrigt", note="Weather: ovrigt."),
        ),
        HP(
            "Nämnd och administration ±0 tkr",
            "Verksamheten har följt budget.",
            BP("Nämnd och administration"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 18,4 mnkr mot en budget på 26,0 mnkr. Den ej använda delen, 7,6 "
            "mnkr, beror på att upphandlingen av ny belysning i elljusspåren blev försenad.",
            C("Investeringar", "7,6 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att se över öppettiderna i simhallarna inför 2026 för att minska underskottet.",
            A("Simhallar och bad"),
        ),
        H("Verksamhet och resultatfond", 2),
        P(
            "Antalet besök på fritidsgårdarna ökade med 9 procent jämfört med 2024.",
            O("Fritidsgårdar", note="Visitors against the previous year: other."),
        ),
        P(
            "Underskottet belastar enligt kommunens regler nämndens resultatfond, som efter bokslutet uppgår till "
            "2,1 mnkr.",
            O(None, note="Financing of the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-fn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Fritidsnämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
