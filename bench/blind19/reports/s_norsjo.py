"""Norsjö kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025 (year end).

A technical committee's year-end report in Liberation Serif (Times metrics) 10.5 pt, footer with the nämnd's
meeting date in February: the year's surplus "lämnar därmed ett överskott på 0,6 mnkr, trots ett betydande
underskott inom vinterväghållningen" after the levels (41,7 against 42,3); the outcome against the interim
report's forecast (a forecast change with causes); a verksamhet table in tkr (budget − utfall); headings
that carry the area and amount with a U+2212 minus or a "+" ("Gata och park −612 tkr"): asphalt prices and
a bridge repair, snow and an index clause, energy prices and postponed maintenance with a part (400 tkr),
building permit fees; "Övriga verksamheter avviker endast marginellt" (boilerplate); investments "14,2 mnkr
mot en budget på 21,9 mnkr" (7,7 never written out), a note that the investment table's "+" means more
spending, a project table, an overrun "740 tkr dyrare än kalkylerat", a delayed project whose prose keeps
the table's sign ("en avvikelse på −5 850 tkr", an under-spend: positive) and a carry-over request (other),
two projects "0,5 respektive 2,1 mnkr lägre än budget"; permits against last year with "beror på" and
future capital costs (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Norsjö kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2026-02-18", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    drift = Table(
        caption="Driftredovisning 2025, tkr (avvikelse = budget − utfall)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "1 820", "1 705", "115"),
            ("Gata och park", "8 940", "9 552", "−612"),
            ("Vinterväghållning", "3 600", "4 480", "−880"),
            ("Fastighetsförvaltning", "18 760", "17 125", "1 635"),
            ("Lokalvård", "4 300", "4 190", "110"),
            ("Fysisk planering och bygglov", "1 980", "1 728", "252"),
            ("Kollektivtrafik", "2 900", "2 920", "−20"),
            ("Summa", "42 300", "41 700", "600"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    invest = Table(
        caption="Investeringsredovisning 2025, tkr (avvikelse = utfall − budget)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Cirkulationsplats Norsjövallen", "6 500", "7 240", "+740"),
            ("Ombyggnad simhall, etapp 1", "9 000", "3 150", "−5 850"),
            ("Gatubelysning LED", "2 400", "1 860", "−540"),
            ("Reinvestering VA-ledningar", "4 000", "1 950", "−2 050"),
            ("Summa", "21 900", "14 200", "−7 700"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="times-italic", after=14),
        H("Året i korthet", 1),
        P(
            "Under 2025 färdigställdes den nya cirkulationsplatsen vid Norsjövallen, och arbetet med att byta "
            "gatubelysningen till LED i Norsjö samhälle och Bastuträsk fortsatte. Nämnden antog också en ny "
            "underhållsplan för de kommunala fastigheterna."
        ),
        H("Ekonomiskt utfall", 1),
        P(
            "Samhällsbyggnadsnämnden redovisar för 2025 ett nettoutfall på 41,7 mnkr mot en budget på 42,3 mnkr. "
            "Nämnden lämnar därmed ett överskott på 0,6 mnkr, trots ett betydande underskott inom "
            "vinterväghållningen.",
            C(
                None,
                "0,6 mnkr",
                "+",
                note="The levels 41,7 and 42,3 are not the amount. The winter maintenance is named as an area that "
                "pulls the other way, without its cause: no tag.",
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten, som pekade mot ett underskott på 0,4 mnkr, blev utfallet 1,0 "
            "mnkr bättre. Den milda och snöfattiga hösten och lägre kapitalkostnader när investeringar försenats "
            "förklarar förbättringen.",
            F(
                None,
                "1,0 mnkr",
                "+",
                "ovrigt",
                "periodisering",
                note="The year's outcome against the interim forecast: a forecast change; 0,4 is the old forecast.",
            ),
        ),
        drift,
        HP(
            "Gata och park −612 tkr",
            "Kostnaderna för beläggningsunderhåll blev högre än budgeterat när asfaltspriserna steg med nära 20 "
            "procent jämfört med föregående upphandling. Därtill kom akuta reparationer av en bro i Bastuträsk "
            "efter vårflödet.",
            C(
                "Gata och park",
                "−612 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The heading carries the amount.",
            ),
        ),
        HP(
            "Vinterväghållning −880 tkr",
            "Snörika månader i januari och februari krävde fler plogningar och sandningar än normalt, och avtalet "
            "med entreprenören innehåller en indexklausul som slog igenom fullt ut.",
            C("Vinterväghållning", "−880 tkr", "-", "ovrigt", "prisokningar"),
        ),
        HP(
            "Fastighetsförvaltning +1 635 tkr",
            "Överskottet förklaras till största delen av lägre energikostnader än budgeterat, då elpriset i "
            "elområde 2 har legat lågt under året. Planerat underhåll för 400 tkr har också skjutits till 2026 på "
            "grund av brist på entreprenörer.",
            C(
                "Fastighetsförvaltning",
                "+1 635 tkr",
                "+",
                "prisokningar",
                "periodisering",
                note="Lower energy prices: prisokningar. The postponed maintenance (400 tkr) is a part.",
            ),
        ),
        HP(
            "Fysisk planering och bygglov +252 tkr",
            "Fler bygglovsärenden än väntat, bland annat för fritidshus vid Norsjön, gav högre avgiftsintäkter.",
            C("Fysisk planering och bygglov", "+252 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        P(
            "Övriga verksamheter avviker endast marginellt från budget.",
            BP("Övriga verksamheter", note="Three small rows (115, 110, −20) summed up as marginal."),
        ),
        H("Investeringar", 1),
        PS(
            (
                "Investeringsredovisningen visar utgifter på 14,2 mnkr mot en budget på 21,9 mnkr.",
                C(
                    "Investeringar",
                    "14,2 mnkr mot en budget på 21,9 mnkr",
                    "+",
                    value=7_700_000,
                    note="Under-spending of 7,7 mnkr never written out in the prose: the computed value.",
                ),
            ),
            (
                "Avvikelsen i tabellen anges som utfall minus budget, så ett positivt tal innebär att projektet "
                "kostat mer än planerat.",
                None,
            ),
        ),
        invest,
        P(
            "Cirkulationsplatsen blev 740 tkr dyrare än kalkylerat, främst på grund av att ledningar i marken "
            "behövde flyttas.",
            C("Cirkulationsplats Norsjövallen", "740 tkr", "-", "ovrigt"),
        ),
        PS(
            (
                "Simhallens ombyggnad startade först i oktober efter att upphandlingen fick göras om, vilket ger en "
                "avvikelse på −5 850 tkr mot budget.",
                C(
                    "Ombyggnad simhall, etapp 1",
                    "−5 850 tkr",
                    "+",
                    "periodisering",
                    note="The prose keeps the table's sign (utfall − budget), but a delayed project is an "
                    "under-spend: positive.",
                ),
            ),
            (
                "Nämnden begär att de outnyttjade medlen förs över till 2026.",
                O("Ombyggnad simhall, etapp 1", note="A carry-over request: financing, other."),
            ),
        ),
        P(
            "LED-projektet och VA-reinvesteringarna blev 0,5 respektive 2,1 mnkr lägre än budget, eftersom båda "
            "fick anpassas till Trafikverkets försenade ombyggnad av väg 370 genom Norsjö samhälle.",
            C(
                "Gatubelysning LED",
                "0,5",
                "+",
                "periodisering",
                unit="mnkr",
                note="A 'respektive' pair with a shared cause: one item each.",
                also=(C("Reinvestering VA-ledningar", "2,1 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Verksamhetsmått", 1),
        P(
            "Antalet beviljade bygglov ökade från 48 år 2024 till 71 år 2025, vilket främst beror på "
            "fritidshusbyggandet.",
            O("Fysisk planering och bygglov", "volymer", note="Permits against the previous year: other."),
        ),
        H("Framtid", 1),
        P(
            "När simhallen är färdigställd kommer kapitalkostnaderna att belasta nämndens budget med cirka 1,2 mnkr "
            "per år från 2027, vilket inte ryms inom nuvarande ram.",
            O(None, note="Future capital costs: other."),
        ),
    ]
    return ReportSpec(
        file="norsjo-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Norsjö",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden", "author": "Norsjö kommun"},
        style=style,
        blocks=blocks,
    )
