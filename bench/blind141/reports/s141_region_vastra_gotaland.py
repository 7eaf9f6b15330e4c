"""Västra Götalandsregionen, Styrelsen för Skaraborgs Sjukhus, delårsrapport januari–augusti 2025.

A hospital's interim report, DejaVu Serif body with DejaVu Sans headings, footer with the styrelse's meeting
date in September: the period "96 miljoner kronor sämre än budget för perioden" and the full year's
"budgetavvikelsen för helåret beräknas till −160 miljoner kronor" beside a forecast result of −215 (a level,
not the amount), in two paragraphs; a kostnadsslag table of the period's deviation with a trailing minus
("38-"); bold run-in kostnadsslag with a colon in varied shapes ("överstiger budget med 38 miljoner kronor",
"kostar 22 miljoner kronor mer än budget", drugs "27 mnkr högre än budget" followed by a forecast level of 498
that is not the amount, material and bought care as a "respektive" pair with shared causes in the next
sentence, reason-only revenue taking the row's "+6"); three områden as a "41, 33 respektive 19 miljoner
kronor" triple with the shared causes in the next sentence, and a surplus "eftersom"; the change since
tertial 1 with a "varav" part; three actions as bullets (one with an effect); investments "23 mnkr lägre än
investeringsbudgeten"; equity and care places against last year (others). 13 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import LP, A, C, F, O

TRIPLE = (
    "Three områden as a 'respektive' triple with shared causes in the next sentence: three items, same tags."
)
PAIR = (
    "Two kostnadsslag as a 'respektive' pair with shared causes in the next sentence: two items, same tags."
)


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Skaraborgs Sjukhus"),
        footer=lambda n, m: (
            "Delårsrapport augusti 2025",
            "Styrelsen för Skaraborgs Sjukhus 2025-09-18",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget januari–augusti per kostnadsslag, mnkr (minus efter beloppet = sämre än budget)",
        header=(("Kostnadsslag", "Budget jan–aug", "Utfall jan–aug", "Avvikelse"),),
        rows=(
            ("Patientavgifter och övriga intäkter", "412", "418", "+6"),
            ("Regionersättning", "3 960", "3 960", "0"),
            ("Personalkostnader, egen personal", "2 684", "2 706", "22-"),
            ("Inhyrd personal", "41", "79", "38-"),
            ("Läkemedel", "298", "325", "27-"),
            ("Medicinskt material", "226", "237", "11-"),
            ("Köpt vård", "118", "127", "9-"),
            ("Övriga kostnader", "1 051", "1 046", "+5"),
            ("Periodens avvikelse", "", "", "96-"),
        ),
        widths=(190.0, 84.0, 84.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="sans-bold", after=2),
        Title("Styrelsen för Skaraborgs Sjukhus", size=12.5, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Skaraborgs Sjukhus redovisar ett resultat för perioden januari–augusti på −142 miljoner kronor, vilket "
            "är 96 miljoner kronor sämre än budget för perioden.",
            C(None, "96 miljoner kronor", "-", note="The period: the deviation, not the result level."),
        ),
        P(
            "Prognosen för helåret är ett underskott på 215 miljoner kronor, och budgetavvikelsen för helåret "
            "beräknas till −160 miljoner kronor.",
            C(
                None,
                "−160 miljoner kronor",
                "-",
                note="The full year: the forecast result (−215) is a level, the budget deviation is the amount.",
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 3),
        LP(
            "Inhyrd personal:",
            "Kostnaderna för inhyrda sjuksköterskor och hyrläkare överstiger budget med 38 miljoner kronor. Behovet "
            "är störst på akutmottagningen i Skövde och på medicinkliniken i Lidköping, där flera tjänster som "
            "specialistläkare är vakanta.",
            C("Inhyrd personal", "38 miljoner kronor", "-", "inhyrd_personal", "vakanser"),
        ),
        LP(
            "Personalkostnader:",
            "Egen personal kostar 22 miljoner kronor mer än budget, främst till följd av övertid och mertid under "
            "sommaren och av att löneöversynen blev dyrare än vad som fanns budgeterat.",
            C("Personalkostnader", "22 miljoner kronor", "-", "overtid", "lonekostnader"),
        ),
        LP(
            "Läkemedel:",
            "Läkemedelskostnaderna är 27 mnkr högre än budget. Prognosen för helåret är 498 miljoner kronor. "
            "Ökningen förklaras av fler patienter som behandlas med nya cancerläkemedel.",
            C(
                "Läkemedel",
                "27 mnkr",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="The forecast level (498) is not the amount. Drugs are material_hjalpmedel.",
            ),
        ),
        LP(
            "Medicinskt material och köpt vård:",
            "Kostnaderna för medicinskt förbrukningsmaterial och köpt vård ligger 11 respektive 9 miljoner kronor "
            "över budget. Det beror på den höga operationsvolymen under våren och på fler patienter som har "
            "remitterats till Sahlgrenska Universitetssjukhuset för högspecialiserad vård.",
            C(
                "Medicinskt material",
                "11",
                "-",
                "material_hjalpmedel",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                note=PAIR + " The run-in names both.",
                also=(
                    C(
                        "Köpt vård",
                        "9 miljoner kronor",
                        "-",
                        "material_hjalpmedel",
                        "kopt_verksamhet",
                        "volymer",
                        note=PAIR,
                    ),
                ),
            ),
        ),
        LP(
            "Intäkter:",
            "Patientavgifterna och intäkterna från utomlänspatienter är högre än beräknat.",
            C(
                "Intäkter",
                "+6",
                "+",
                "avgifter_intakter",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell (Patientavgifter och övriga intäkter).",
            ),
        ),
        H("Områdenas resultat", 3),
        P(
            "Område akut, Område medicin och Område kirurgi redovisar underskott på 41, 33 respektive 19 miljoner "
            "kronor för perioden. Underskotten beror i huvudsak på inhyrd personal och på ett högt tryck på "
            "vårdplatserna.",
            C(
                "Område akut",
                "41",
                "-",
                "inhyrd_personal",
                "volymer",
                unit="mnkr",
                note=TRIPLE,
                also=(
                    C("Område medicin", "33", "-", "inhyrd_personal", "volymer", unit="mnkr", note=TRIPLE),
                    C("Område kirurgi", "19 miljoner kronor", "-", "inhyrd_personal", "volymer", note=TRIPLE),
                ),
            ),
        ),
        P(
            "Område psykiatri visar ett överskott på 4 miljoner kronor, eftersom ett antal läkartjänster har varit "
            "vakanta.",
            C("Område psykiatri", "4 miljoner kronor", "+", "vakanser"),
        ),
        H("Förändring sedan tertial 1", 3),
        P(
            "Helårsprognosen har försämrats med 25 miljoner kronor jämfört med tertial 1, varav 15 miljoner kronor "
            "avser högre kostnader för inhyrd personal under sommaren.",
            F(None, "25 miljoner kronor", "-", "inhyrd_personal", note="The total, not the 'varav' part."),
        ),
        H("Åtgärder", 3),
        Bullets(
            (
                "Beslut om inhyrd personal fattas av sjukhusdirektören från och med september.",
                "En översyn av vårdplatserna ska minska antalet överbeläggningar.",
                "Sjukhusets handlingsplan för ekonomi i balans beräknas ge en effekt på 30 miljoner kronor på helår.",
            ),
            labels=(
                A(None, None, "inhyrd_personal"),
                A(None, None, "volymer"),
                A(None, "30 miljoner kronor"),
            ),
        ),
        Space(4),
        H("Investeringar", 3),
        P(
            "Investeringarna i medicinteknisk utrustning uppgår till 38 mnkr per augusti, och helårsprognosen är 72 "
            "mnkr. Det är 23 mnkr lägre än investeringsbudgeten, eftersom leveransen av två datortomografer har "
            "skjutits till 2026.",
            C("Investeringar", "23 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Eget kapital och volymer", 3),
        P(
            "Sjukhusets eget kapital är negativt och uppgår till −312 miljoner kronor.",
            O(None, "reserver", note="Equity."),
        ),
        P(
            "Antalet disponibla vårdplatser var i genomsnitt 612, vilket är 14 fler än under samma period 2024.",
            O(None, "volymer", note="Care places against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-skas-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Skaraborgs Sjukhus", "Skaraborgs Sjukhus"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Skaraborgs Sjukhus",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
