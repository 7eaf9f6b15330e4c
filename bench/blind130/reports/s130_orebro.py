"""Örebro kommun, Funktionsstödsnämnden, verksamhetsberättelse 2025.

A disability committee's year-end report in DejaVu Sans (Serif headings), footer with the date the nämnd
adopted it in February: the result "ett underskott på 11,6 miljoner kronor jämfört med budget" with a share of
the frame, the outcome "2,4 miljoner kronor mindre än vad som prognostiserades i delårsrapporten" with its
cause (a forecast change, positive); a table in tkr with a trailing minus for deficits ("8 850-"); headings
that carry the area and amount after a colon ("Bostäder med särskild service: −8,9 mnkr", a rounding of the
row), a reason-only surplus under a plain heading (the row's "1 750"), a level before "0,9 mnkr mer än
budgeterat", "gör ett överskott på 2,1 miljoner kronor", "överskrider budget med en halv miljon kronor" in
words; investments "en avvikelse på 1,8 mnkr"; net cost growth and a count against 2024 (others) and an
action for 2026 with its effect. 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount after a colon."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Örebro kommun", "Verksamhetsberättelse 2025 – Funktionsstödsnämnden"),
        footer=lambda n, m: ("Antagen av funktionsstödsnämnden 2026-02-12", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhet, tkr (minus efter beloppet = underskott)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Bostäder med särskild service", "412 300", "421 150", "8 850-"),
            ("Personlig assistans", "268 400", "273 600", "5 200-"),
            ("Daglig verksamhet", "118 700", "116 950", "1 750"),
            ("Korttidsvistelse och avlösning", "44 200", "45 100", "900-"),
            ("Socialpsykiatri", "96 800", "94 700", "2 100"),
            ("Myndighet och ledning", "38 900", "39 400", "500-"),
            ("Summa", "979 300", "990 900", "11 600-"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="serif-bold", after=2),
        Title("Funktionsstödsnämnden", size=13, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Funktionsstödsnämnden redovisar för 2025 ett underskott på 11,6 miljoner kronor jämfört med budget, "
            "vilket motsvarar 1,2 procent av budgetramen.",
            C(None, "11,6 miljoner kronor", "-"),
        ),
        P(
            "Underskottet är 2,4 miljoner kronor mindre än vad som prognostiserades i delårsrapporten, bland annat "
            "för att flera boenden kunde bemannas med egen personal i stället för bemanningsföretag under hösten.",
            F(
                None,
                "2,4 miljoner kronor",
                "+",
                "inhyrd_personal",
                note="The outcome against the interim forecast.",
            ),
        ),
        table,
        H("Verksamheternas resultat", 2),
        HP(
            "Bostäder med särskild service: −8,9 mnkr",
            "Sex nya brukare med omfattande behov flyttade in i den nystartade gruppbostaden på Lövstavägen, "
            "samtidigt som sjukfrånvaron på flera boenden har krävt vikarier och inhyrd personal under första "
            "halvåret.",
            C(
                "Bostäder med särskild service",
                "−8,9 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                "inhyrd_personal",
                note=HEAD + " The heading rounds the row's 8 850-.",
            ),
        ),
        HP(
            "Personlig assistans: −5,2 mnkr",
            "Försäkringskassan har dragit in assistansersättningen för två brukare, vars assistans kommunen i stället "
            "har fått finansiera, och timschablonen har inte följt kostnadsutvecklingen.",
            C("Personlig assistans", "−5,2 mnkr", "-", "ersattning_fk", note=HEAD),
        ),
        H("Daglig verksamhet", 3),
        P(
            "Färre deltagare än budgeterat har haft beslut om daglig verksamhet, och två grupper slogs samman efter "
            "sommaren.",
            C(
                "Daglig verksamhet",
                "1 750",
                "+",
                "volymer",
                "omstallning",
                unit="tkr",
                table=True,
                note="A reason-only surplus: the table row's amount.",
            ),
        ),
        H("Korttidsvistelse och avlösning", 3),
        P(
            "Kostnaderna för korttidsvistelse blev 45,1 mnkr, vilket är 0,9 mnkr mer än budgeterat, då fler barn "
            "har beviljats korttidsvistelse i köpt verksamhet.",
            C(
                "Korttidsvistelse och avlösning",
                "0,9 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="A level first (45,1), then the deviation.",
            ),
        ),
        H("Socialpsykiatri", 3),
        P(
            "Socialpsykiatrin gör ett överskott på 2,1 miljoner kronor eftersom boendestödet har haft svårt att "
            "rekrytera och flera tjänster har stått vakanta.",
            C("Socialpsykiatri", "2,1 miljoner kronor", "+", "vakanser"),
        ),
        H("Myndighet och ledning", 3),
        P(
            "Myndighet och ledning överskrider budget med en halv miljon kronor, till följd av kostnader för "
            "införandet av det nya verksamhetssystemet.",
            C(
                "Myndighet och ledning",
                "en halv miljon kronor",
                "-",
                "it_digitalisering",
                value=500_000,
                note="An amount in words.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet blev 3,2 mnkr mot budgeterade 5,0 mnkr, en avvikelse på 1,8 mnkr som beror på att "
            "inredningen till den nya gruppbostaden levererades först i januari 2026.",
            C("Investeringar", "1,8 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Nyckeltal", 2),
        P(
            "Nämndens nettokostnad ökade med 4,7 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year."),
        ),
        P(
            "Antalet personer med beslut om insatser enligt LSS var 1 412 vid årets slut, vilket är 38 fler än vid "
            "utgången av 2024.",
            O(None, "volymer", note="A count against the previous year."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat om en handlingsplan med en samlad effekt på 6 mnkr under 2026, bland annat genom "
            "samordnad nattbemanning mellan gruppbostäderna.",
            A(None, "6 mnkr", "bemanning"),
        ),
    ]
    return ReportSpec(
        file="orebro-fstn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Funktionsstödsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Funktionsstödsnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
