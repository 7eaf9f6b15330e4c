"""Kungsbacka kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025.

A whole-kommun interim report with a footer carrying fullmäktige's adoption date in October: the period's
result level and the full year "37 miljoner kronor lägre än budgeterat", one sentence splitting it into the
nämnder's underskott and the tax revenue "medan … 21 miljoner kronor högre" (two items), a nämnd table in mnkr
with hyphen-minus and the April deviation beside it, then bullets under a generic heading
("Kommunledningskontorets kommentar") in varied shapes (subject, colon, possessive, "den största avvikelsen",
"ett nollresultat" as boilerplate, a "respektive" pair with "+0,5 respektive -0,5"), the change since April,
an action without effect, pensions and the finance net as a "respektive" pair, balanskrav (other),
investments "318 miljoner kronor inte förbrukas" and a project overrun. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Kungsbacka kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Fastställd av kommunfullmäktige 2025-10-14", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas prognostiserade avvikelse mot budget 2025, miljoner kronor",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "412,0", "405,5", "6,5", "4,0"),
            ("Förskola & Grundskola", "2 104,3", "2 121,1", "-16,8", "-12,0"),
            ("Gymnasie & Arbetsmarknad", "612,8", "609,6", "3,2", "1,5"),
            ("Individ & Familjeomsorg", "438,9", "468,4", "-29,5", "-22,0"),
            ("Vård & Omsorg", "1 386,2", "1 411,0", "-24,8", "-18,5"),
            ("Kultur & Fritid", "246,7", "246,7", "0,0", "0,0"),
            ("Teknik", "198,4", "195,3", "3,1", "2,0"),
            ("Miljö & Hälsoskydd", "31,5", "31,0", "0,5", "0,3"),
            ("Byggnadsnämnden", "12,6", "13,1", "-0,5", "0,4"),
            ("Summa nämnder", "5 443,4", "5 501,7", "-58,3", "-44,3"),
        ),
        widths=(150.0, 72.0, 76.0, 70.0, 90.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Kungsbacka kommun", size=12, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 312 miljoner kronor. För helåret "
            "prognostiseras ett resultat på 148 miljoner kronor, vilket är 37 miljoner kronor lägre än budgeterat.",
            C(
                None,
                "37 miljoner kronor",
                "-",
                note="The period's and the year's result levels are not the amount.",
            ),
        ),
        P(
            "Försämringen mot budget förklaras framför allt av att nämnderna sammantaget prognostiserar ett "
            "underskott på 58 miljoner kronor, medan skatteintäkter och generella statsbidrag beräknas bli 21 "
            "miljoner kronor högre än budget.",
            C(
                "Nämnderna",
                "58 miljoner kronor",
                "-",
                note="One sentence, two areas: the nämnder's deficit (rounded from the table's -58,3).",
                also=(
                    C(
                        "Skatteintäkter och generella statsbidrag",
                        "21 miljoner kronor",
                        "+",
                        note="Finance items get no tag.",
                    ),
                ),
            ),
        ),
        table,
        H("Kommunledningskontorets kommentar", 3),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 6,5 miljoner kronor, främst på grund av vakanta "
                "tjänster inom digitaliseringsenheten och lägre kostnader för facklig tid.",
                "Nämnden för Förskola & Grundskola: underskottet på 16,8 miljoner kronor beror på att elevantalet i "
                "grundskolan är lägre än budgeterat samtidigt som lokalkostnaderna inte minskar i samma takt. Den "
                "nya skolan i Hede har dessutom fått högre hyra än beräknat.",
                "Gymnasie & Arbetsmarknad hamnar 3,2 miljoner kronor bättre än budget tack vare fler elever från "
                "andra kommuner än beräknat.",
                "Individ & Familjeomsorg har den största avvikelsen, -29,5 miljoner kronor. Externa placeringar av "
                "barn och unga samt vuxna med missbruk kostar betydligt mer än budgeterat, och kostnaderna för "
                "ekonomiskt bistånd ökar.",
                "Vård & Omsorgs prognos är ett underskott om 24,8 miljoner kronor. Antalet beviljade "
                "hemtjänsttimmar har ökat med elva procent sedan årsskiftet och sjukfrånvaron inom särskilt boende "
                "är fortsatt hög.",
                "Kultur & Fritid beräknas göra ett nollresultat.",
                "Teknik: överskott 3,1 miljoner kronor, främst lägre energikostnader än budgeterat för kommunens "
                "fastigheter.",
                "Miljö & Hälsoskydd och Byggnadsnämnden avviker med +0,5 respektive -0,5 miljoner kronor, "
                "tillsynsavgifterna är högre än budgeterat medan bygglovsintäkterna är lägre.",
            ),
            labels=(
                C("Kommunstyrelsen", "6,5 miljoner kronor", "+", "vakanser", "ovrigt"),
                C("Nämnden för Förskola & Grundskola", "16,8 miljoner kronor", "-", "volymer", "lokaler"),
                C(
                    "Gymnasie & Arbetsmarknad",
                    "3,2 miljoner kronor",
                    "+",
                    "volymer",
                    note="Pupils from other kommuner: more volume (interkommunal revenue).",
                ),
                C(
                    "Individ & Familjeomsorg",
                    "-29,5 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                ),
                C(
                    "Vård & Omsorg",
                    "24,8 miljoner kronor",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    note="A possessive names the area.",
                ),
                BP("Kultur & Fritid"),
                C("Teknik", "3,1 miljoner kronor", "+", "prisokningar", note="Energy costs: prisokningar."),
                C(
                    "Miljö & Hälsoskydd",
                    "+0,5",
                    "+",
                    "avgifter_intakter",
                    unit="mnkr",
                    note="A 'respektive' pair: one item per area.",
                    also=(C("Byggnadsnämnden", "-0,5 miljoner kronor", "-", "avgifter_intakter"),),
                ),
            ),
        ),
        P(
            "Jämfört med aprilprognosen har nämndernas sammantagna underskott ökat med 14,0 miljoner kronor, där "
            "Individ & Familjeomsorg står för 7,5 miljoner kronor.",
            F(None, "14,0 miljoner kronor", "-"),
        ),
        P(
            "Kommunstyrelsen har gett Nämnden för Individ & Familjeomsorg och Nämnden för Vård & Omsorg i uppdrag "
            "att ta fram åtgärdsplaner som ska redovisas i oktober. Anställningsprövning gäller sedan juni i hela "
            "kommunen.",
            A(None, None, "bemanning"),
        ),
        H("Finansiering och balanskrav", 2),
        P(
            "Pensionskostnaderna och finansnettot avviker med -6,2 respektive +4,0 miljoner kronor mot budget.",
            C(
                "Pensionskostnader",
                "-6,2",
                "-",
                unit="mnkr",
                note="A 'respektive' pair of finance items: no tags.",
                also=(C("Finansnetto", "+4,0 miljoner kronor", "+"),),
            ),
        ),
        P(
            "Balanskravsresultatet beräknas till 131 miljoner kronor och kommunens soliditet uppgår till 42 procent.",
            O(None),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten för 2025 uppgår till 1 060 miljoner kronor. Prognosen är att 742 miljoner "
                "kronor används, vilket innebär att 318 miljoner kronor inte förbrukas under året. Den största "
                "avvikelsen finns för en ny skola i norra Kungsbacka, där upphandlingen överprövats och byggstarten "
                "flyttats till 2026.",
                C("Investeringar", "318 miljoner kronor", "+", "periodisering"),
            ),
            (
                "Projektet ny simhall beräknas däremot överskrida projektbudgeten med 24 miljoner kronor på grund "
                "av höjda entreprenadpriser.",
                C("Ny simhall", "24 miljoner kronor", "-", "prisokningar"),
            ),
        ),
    ]
    return ReportSpec(
        file="kungsbacka-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Kungsbacka",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Kungsbacka kommun"},
        style=style,
        blocks=blocks,
    )
