"""Tranemo kommun, Kommunstyrelsen, bokslut 2025 (the kommunstyrelse's own verksamheter).

A year-end report (period = the year), footer with the kommunstyrelse's paragraph in March: the result "–2,2 mnkr
jämfört med budget", the outcome against the interim forecast and, in the next sentence, two verksamheter's changes
as a "respektive" pair (three forecast changes); a verksamhet table in tkr with deficits in brackets and a
percentage column; numbered headings per verksamhet with prose in varied shapes: "Överskottet på 420 tkr beror
på", "överskred budget med knappt 0,2 mnkr", a possessive "Fastighetsavdelningens underskott uppgår till",
winter road maintenance as two levels ("2,9 mnkr mot budgeterade 1,4 mnkr", a part) with the verksamhet's amount
only in the table ("(1 780)"), a surplus in words ("en kvarts miljon kronor") and a reason-only row ("350");
investments "återstår 14,6 mnkr" and a kitchen "överskred projektbudgeten med 18 procent" (a percentage only:
the project table's "-1 170", where Kvar = budget minus utfall); a preventive action, a raised winter budget for
2026 and the net cost against last year (others). 9 scored causes. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


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
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Tranemo kommun", "Kommunstyrelsen – Bokslut 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-03 § 38", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    drift = Table(
        caption="Driftredovisning per verksamhet 2025, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Avvikelse, %"),),
        rows=(
            ("Kommunledning och administration", "42 600", "42 180", "420", "1,0"),
            ("Näringsliv och turism", "5 200", "5 390", "(190)", "(3,7)"),
            ("Fastighet", "38 900", "40 150", "(1 250)", "(3,2)"),
            ("Gata och park", "14 300", "16 080", "(1 780)", "(12,4)"),
            ("Måltid och lokalvård", "27 800", "27 550", "250", "0,9"),
            ("Arbetsmarknad och integration", "9 100", "8 750", "350", "3,8"),
            ("Summa", "137 900", "140 100", "(2 200)", "(1,6)"),
        ),
        widths=(170.0, 62.0, 62.0, 66.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    invest = Table(
        caption="Investeringar 2025, tkr",
        header=(("Projekt", "Budget", "Utfall", "Kvar"),),
        rows=(
            ("Tillagningskök Ekbackaskolan", "6 500", "7 670", "-1 170"),
            ("Gatubelysning LED, etapp 3", "4 000", "3 880", "120"),
            ("Fastighetsunderhåll, reinvesteringar", "18 000", "14 320", "3 680"),
            ("IT-infrastruktur", "3 500", "2 010", "1 490"),
            ("Övriga projekt", "14 000", "3 520", "10 480"),
            ("Summa", "46 000", "31 400", "14 600"),
        ),
        widths=(186.0, 62.0, 62.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="narrow-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=13, font="narrow", after=14),
        H("1 Sammanfattning", 2),
        P(
            "Kommunstyrelsens verksamheter redovisar för 2025 ett resultat på –2,2 mnkr jämfört med budget.",
            C(None, "–2,2 mnkr", "-"),
        ),
        PS(
            (
                "Utfallet är 1,3 mnkr sämre än prognosen i delårsrapporten.",
                F(None, "1,3 mnkr", "-", note="The outcome against the interim forecast."),
            ),
            (
                "Gata och park och Fastighet blev 0,8 respektive 0,5 mnkr sämre än vad som prognostiserades i augusti, "
                "båda till följd av den kalla och snörika avslutningen på året.",
                F(
                    "Gata och park",
                    "0,8",
                    "-",
                    "ovrigt",
                    unit="mnkr",
                    note="Two forecast changes as a 'respektive' pair: two items; cold and snow are ovrigt.",
                    also=(F("Fastighet", "0,5 mnkr", "-", "ovrigt"),),
                ),
            ),
        ),
        drift,
        H("2 Kommentarer per verksamhet", 2),
        H("2.1 Kommunledning och administration", 3),
        P(
            "Överskottet på 420 tkr beror på att kostnaderna för det kommungemensamma ärendehanteringssystemet blev "
            "lägre än beräknat, eftersom införandet delvis sköts upp till 2026.",
            C("Kommunledning och administration", "420 tkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("2.2 Näringsliv och turism", 3),
        P(
            "Verksamheten överskred budget med knappt 0,2 mnkr. Sommarfestivalen på torget fick lägre "
            "sponsorintäkter än planerat.",
            C(
                "Näringsliv och turism",
                "knappt 0,2 mnkr",
                "-",
                "avgifter_intakter",
                note="'Knappt 0,2': the stated figure.",
            ),
        ),
        H("2.3 Fastighet", 3),
        P(
            "Fastighetsavdelningens underskott uppgår till 1 250 tkr. Uppvärmningskostnaderna steg under november och "
            "december när det blev kallt, och en vattenläcka på Lyckeåsskolan krävde omfattande reparationer som inte "
            "ryms i underhållsbudgeten. Hyresintäkterna från externa hyresgäster blev samtidigt högre än budgeterat, "
            "vilket dämpade underskottet.",
            C(
                "Fastighet",
                "1 250 tkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                note="A possessive subject; cold weather and a water leak are ovrigt.",
            ),
        ),
        H("2.4 Gata och park", 3),
        P(
            "Vinterväghållningen kostade 2,9 mnkr mot budgeterade 1,4 mnkr. Resten av underskottet förklaras av dyrare "
            "el till gatubelysningen.",
            C(
                "Gata och park",
                "(1 780)",
                "-",
                "ovrigt",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Winter maintenance as two levels (a 1,5 mnkr part, never written out): the verksamhet's "
                "deviation is only in the table (deficit in brackets).",
            ),
        ),
        H("2.5 Måltid och lokalvård", 3),
        P(
            "Livsmedelskostnaderna blev lägre än befarat när prisökningstakten mattades av under hösten, och "
            "verksamheten lämnar ett överskott på en kvarts miljon kronor.",
            C(
                "Måltid och lokalvård",
                "en kvarts miljon kronor",
                "+",
                "prisokningar",
                value=250_000,
                note="An amount in words.",
            ),
        ),
        H("2.6 Arbetsmarknad och integration", 3),
        P(
            "Färre deltagare i kommunens arbetsmarknadsinsatser än planerat har gett lägre kostnader för handledare "
            "och material.",
            C(
                "Arbetsmarknad och integration",
                "350",
                "+",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("3 Investeringar", 2),
        invest,
        P(
            "Av investeringsbudgeten återstår 14,6 mnkr vid årets slut. Flera mindre projekt har inte kunnat "
            "genomföras på grund av brist på projektledare.",
            C("Investeringar", "14,6 mnkr", "+", "vakanser", note="'Återstår': investment under-spending."),
        ),
        P(
            "Tillagningsköket på Ekbackaskolan överskred projektbudgeten med 18 procent. Det krävdes en ny ventilation "
            "som inte fanns med i den ursprungliga kalkylen.",
            C(
                "Tillagningskök Ekbackaskolan",
                "-1 170",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A percentage only, with the project row in the text layer: the row's cell (Kvar = budget minus "
                "utfall, so the minus is an overrun).",
            ),
        ),
        H("4 Åtgärder och framåtblick", 2),
        P(
            "Fastighetsavdelningen har påbörjat en genomgång av vattenledningarna i samtliga skolor för att förebygga "
            "liknande skador.",
            A("Fastighet"),
        ),
        P(
            "Inför 2026 har budgeten för vinterväghållning räknats upp med 0,8 mnkr.",
            O("Gata och park", note="A budget change for next year: financing, other."),
        ),
        P(
            "Kommunstyrelsens nettokostnad ökade med 4,1 procent jämfört med 2024.",
            O(None, note="Net cost against last year: other."),
        ),
    ]
    return ReportSpec(
        file="tranemo-ks-bokslut-2025.pdf",
        report={
            "municipality": "Tranemo",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kommunstyrelsen", "author": "Tranemo kommun"},
        style=style,
        blocks=blocks,
    )
