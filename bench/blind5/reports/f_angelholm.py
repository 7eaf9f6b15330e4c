"""Ängelholms kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report (period = the year) with a footer carrying the adoption date in
February 2026: a narrative of the year with the demonym "ängelholmarna" (not labelled), the year's
deficit in tkr with last year's surplus in brackets ("(2024: överskott 1 204 tkr)", not the amount), a
table per verksamhet in tkr with last year's deviation; headings that carry the area and amount over one
paragraph each: streets (a November snowstorm with a part amount, an asphalt index), meals (food prices
and a rented cold room), parks (an October storm); bold run-in lines that carry area and amount for the
surpluses (vacancies, lower electricity prices and postponed maintenance), a row without a comment;
investments: the outcome against the budget with the 23,3 mnkr not written out, a project table whose
caption states "positivt belopp = högre utgift än budget", a bold run-in project "+2 310 tkr" that is
an overrun (negative), a delayed bridge under budget whose cause is only in the paragraph before the
table (no tag) followed by a carry-over request (other); the
year-on-year net-cost increase with its causes (other) and goals (not labelled). DejaVu Sans 9.5 pt
with DejaVu Serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, LP, C, O

INVESTMENT = "Investment section: "


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 72.0, 66.0, 74.0),
        footer=lambda n, m: (
            "Tekniska nämnden · Verksamhetsberättelse 2025",
            "",
            f"Fastställd 2026-02-18 · sida {n}",
        ),
        header_size=8.0,
    )
    result = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Avvikelse 2024"),),
        rows=(
            ("Nämnd och administration", "12 400", "11 980", "420", "310"),
            ("Gata och trafik", "46 800", "50 980", "−4 180", "−1 050"),
            ("Park och natur", "21 300", "21 910", "−610", "240"),
            ("Måltidsservice", "18 900", "20 026", "−1 126", "−410"),
            ("Lokalvård", "3 200", "2 355", "845", "560"),
            ("Fastighet", "9 700", "7 910", "1 790", "1 554"),
            ("Summa", "112 300", "115 161", "−2 861", "1 204"),
        ),
        widths=(160.0, 70.0, 70.0, 64.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    projects = Table(
        caption="Investeringsprojekt 2025, tkr (avvikelse = utfall − budget; positivt belopp = högre utgift än budget)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gång- och cykelbro över Rönne å", "18 000", "1 150", "−16 850"),
            ("Ombyggnad av Stationsallén", "14 500", "16 810", "2 310"),
            ("Beläggningsprogram 2025", "12 000", "11 640", "−360"),
            ("Lekplatser och parkmiljöer", "6 000", "4 220", "−1 780"),
            ("Fordon och maskiner", "9 000", "7 600", "−1 400"),
            ("Övriga projekt", "12 000", "6 780", "−5 220"),
            ("Summa", "71 500", "48 200", "−23 300"),
        ),
        widths=(210.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="serif-bold"),
        Title("Tekniska nämnden, Ängelholms kommun", size=12, font="sans", after=14),
        H("Året som gått", 1),
        P(
            "2025 var året då den nya cirkulationsplatsen vid Södra infarten öppnade och trafiken genom centrum "
            "minskade märkbart. Under sommaren invigdes den upprustade strandpromenaden, och ängelholmarna fick "
            "två nya lekplatser i Ekeby och på Väster. Måltidsservicen ställde om till fler vegetariska rätter och "
            "minskade matsvinnet i skolrestaurangerna med en femtedel."
        ),
        P(
            "Hösten präglades av vädret. Stormen i oktober fällde träd i hela kommunen, och i slutet av november "
            "kom ett snöoväder som krävde insatser dygnet runt. Nämnden påbörjade också arbetet med en ny plan för "
            "gatubelysningen, där all belysning ska vara utbytt till LED före 2030."
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Tekniska nämnden redovisar för 2025 ett underskott mot budget på 2 861 tkr (2024: överskott 1 204 tkr).",
            C(None, "2 861 tkr", "-", note="The bracket is last year's result, not the amount."),
        ),
        result,
        HP(
            "Gata och trafik −4 180 tkr",
            "Snöovädret i slutet av november krävde plogning och sandning dygnet runt i fem dygn, och "
            "vinterväghållningen kostade därmed 2,6 mnkr mer än budgeterat. Den nya beläggningsentreprenaden "
            "indexregleras mot asfaltsindex, som steg kraftigt under våren.",
            C(
                "Gata och trafik",
                "−4 180 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Heading amount; 2,6 mnkr is a part. Weather: ovrigt.",
            ),
        ),
        HP(
            "Måltidsservice −1 126 tkr",
            "Livsmedelspriserna fortsatte att stiga under året. Under ombyggnaden av centralköket fick ett extra "
            "kylrum dessutom hyras i fyra månader.",
            C("Måltidsservice", "−1 126 tkr", "-", "prisokningar", "lokaler", note="No cue word."),
        ),
        HP(
            "Park och natur −610 tkr",
            "Stormen i oktober fällde ett hundratal träd i stadsparken och längs strandpromenaden, och röjningen "
            "fick köpas av en extern entreprenör.",
            C("Park och natur", "−610 tkr", "-", "ovrigt", note="Storm damage: ovrigt."),
        ),
        LP(
            "Lokalvård +845 tkr.",
            "Två vakanta tjänster som lokalvårdare har inte tillsatts i väntan på den nya organisationen.",
            C("Lokalvård", "+845 tkr", "+", "vakanser"),
        ),
        LP(
            "Fastighet +1 790 tkr.",
            "Energikostnaderna blev lägre än budgeterat tack vare lägre elpriser, och en del av det planerade "
            "underhållet har skjutits till 2026.",
            C("Fastighet", "+1 790 tkr", "+", "prisokningar", "periodisering"),
        ),
        H("Investeringar", 1),
        P(
            "Investeringsutfallet blev 48,2 mnkr mot en budget på 71,5 mnkr. Den främsta orsaken är att bygget av "
            "gång- och cykelbron över Rönne å inte har kunnat påbörjas, eftersom upphandlingen överprövades.",
            C(
                "Investeringar",
                "48,2 mnkr mot en budget på 71,5 mnkr",
                "+",
                "periodisering",
                value=23_300_000,
                note=INVESTMENT + "spending 23,3 mnkr under the investment budget (not written out).",
            ),
        ),
        projects,
        LP(
            "Stationsallén +2 310 tkr.",
            "Vid schaktningen hittades ledningar som inte fanns med på kartorna och som måste flyttas, vilket "
            "förlängde arbetet med sex veckor.",
            C(
                "Stationsallén",
                "+2 310 tkr",
                "-",
                "ovrigt",
                note=INVESTMENT + "'+' is spending above the budget (the caption says so): negative.",
            ),
        ),
        PS(
            (
                "Av budgeten för bron över Rönne å har 16,9 mnkr inte använts.",
                C(
                    "Gång- och cykelbro över Rönne å",
                    "16,9 mnkr",
                    "+",
                    note=INVESTMENT
                    + "a delayed project under budget; its cause is only in the paragraph above, "
                    "so no tag.",
                ),
            ),
            (
                "Nämnden begär att beloppet förs över till 2026 års investeringsbudget.",
                O("Gång- och cykelbro över Rönne å", "reserver", note="Carry-over request: financing."),
            ),
        ),
        H("Jämförelse med föregående år", 1),
        P(
            "Nämndens nettokostnader ökade med 6,1 procent jämfört med 2024. Ökningen beror främst på högre "
            "kostnader för vinterväghållning och livsmedel.",
            O(None, "ovrigt", "prisokningar", note="Year-on-year comparison with its causes."),
        ),
        H("Måluppfyllelse", 1),
        P(
            "Målet att minska matsvinnet i skolrestaurangerna med 15 procent uppnåddes. Målet om nöjda invånare "
            "med snöröjningen uppnåddes inte, vilket beror på att novemberovädret gav långa väntetider på "
            "villagatorna."
        ),
    ]
    return ReportSpec(
        file="angelholm-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Ängelholm",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Ängelholms kommun"},
        style=style,
        blocks=blocks,
    )
