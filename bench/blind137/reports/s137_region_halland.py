"""Region Halland, Driftnämnden Psykiatri, delårsrapport januari–augusti 2025 (psychiatric care).

A region's health-care interim report in mnkr with U+2212 minus signs, footer with the driftnämnd's meeting
date in September: one sentence with the period's "−24,6 mnkr" and the full year's "negativ avvikelse om
38,0 mnkr" (one item, the full year's), the reasons for the full-year deficit in a paragraph of its own
(amount null), a forecast change with a "varav" part; a kostnadsslag table with the period's and the full
year's deviation side by side; bold run-in kostnadsslag ending in a full stop whose first sentence carries the
full-year amount in varied shapes ("överstiger budget med 42,8 mnkr på helår", "blir 16,3 mnkr lägre än
budgeterat", "beräknas avvika negativt med 17,4 mnkr", "9,6 mnkr högre än budget", "ligger 2,2 mnkr över
budget", "bedöms överskrida budget med 1,5 mnkr"); three verksamhetsområden in one sentence, two as a
"respektive" pair and one after "medan" (three items); two actions, volumes against 2024 with "beror på" and
central funds not yet distributed (others). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Region Halland", "Psykiatri Halland"),
        footer=lambda n, m: ("Driftnämnden Psykiatri 2025-09-24", "Diarienummer RS250318", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag, mnkr",
        header=(
            ("", "Budget", "Utfall", "Avvikelse", "Prognos avv."),
            ("", "jan–aug", "jan–aug", "jan–aug", "helår"),
        ),
        rows=(
            ("Driftnämndsersättning", "612,4", "612,4", "0,0", "0,0"),
            ("Övriga intäkter", "38,1", "44,9", "6,8", "9,6"),
            ("Personalkostnader egen personal", "−402,7", "−391,5", "11,2", "16,3"),
            ("Inhyrd personal", "−8,0", "−36,3", "−28,3", "−42,8"),
            ("Köpt vård", "−61,2", "−72,4", "−11,2", "−17,4"),
            ("Läkemedel", "−22,6", "−23,9", "−1,3", "−2,2"),
            ("Övriga kostnader", "−156,0", "−157,8", "−1,8", "−1,5"),
            ("Resultat", "0,0", "−24,6", "−24,6", "−38,0"),
        ),
        widths=(170.0, 66.0, 66.0, 70.0, 74.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="times-bold", after=2),
        Title("Driftnämnden Psykiatri", size=13, font="times", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Psykiatri Halland redovisar ett resultat mot budget för perioden på −24,6 mnkr, och helårsprognosen "
            "pekar på en negativ avvikelse om 38,0 mnkr.",
            C(
                None,
                "38,0 mnkr",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Underskottet beror framför allt på kostnader för inhyrda läkare och sjuksköterskor, men också på att "
            "köpt vård från andra regioner och privata vårdgivare har ökat.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                note="The full-year deficit's reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Prognosen är 6,5 mnkr sämre än i tertialrapporten, varav 4,0 mnkr avser rättspsykiatrisk vård som "
            "köpts från andra regioner.",
            F(None, "6,5 mnkr", "-", "kopt_verksamhet", note="A 'varav' part: one item with the total."),
        ),
        table,
        H("Kommentarer till kostnadsslagen", 2),
        LP(
            "Inhyrd personal.",
            "Kostnaderna för hyrläkare och hyrsjuksköterskor överstiger budget med 42,8 mnkr på helår. Vakanta "
            "överläkartjänster inom vuxenpsykiatrin i Halmstad och Varberg har krävt inhyrning för att upprätthålla "
            "jourlinjen.",
            C("Inhyrd personal", "42,8 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna för egen personal blir 16,3 mnkr lägre än budgeterat, vilket är en direkt följd av "
            "vakanserna.",
            C("Personalkostnader egen personal", "16,3 mnkr", "+", "vakanser"),
        ),
        LP(
            "Köpt vård.",
            "Köpt vård beräknas avvika negativt med 17,4 mnkr. Fler patienter har remitterats till rättspsykiatrisk "
            "vård och till privata vårdgivare för neuropsykiatriska utredningar.",
            C("Köpt vård", "17,4 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Övriga intäkter.",
            "Intäkterna blir 9,6 mnkr högre än budget, främst genom riktade statsbidrag för psykisk hälsa som inte "
            "var kända när budgeten lades.",
            C("Övriga intäkter", "9,6 mnkr", "+", "statsbidrag"),
        ),
        LP(
            "Läkemedel.",
            "Läkemedelskostnaderna ligger 2,2 mnkr över budget till följd av ökad förskrivning av läkemedel mot "
            "ADHD.",
            C("Läkemedel", "2,2 mnkr", "-", "material_hjalpmedel", "volymer"),
        ),
        LP(
            "Övriga kostnader.",
            "Övriga kostnader bedöms överskrida budget med 1,5 mnkr, bland annat för IT-stöd och tolkar.",
            C("Övriga kostnader", "1,5 mnkr", "-", "it_digitalisering"),
        ),
        H("Verksamhetsområden", 2),
        P(
            "Vuxenpsykiatrin och barn- och ungdomspsykiatrin prognostiserar −29,1 respektive −11,4 mnkr, medan "
            "rättspsykiatrin och den gemensamma administrationen tillsammans visar ett överskott på 2,5 mnkr.",
            C(
                "Vuxenpsykiatri",
                "−29,1",
                "-",
                unit="mnkr",
                note="Three areas in one sentence: a 'respektive' pair and one after 'medan'.",
                also=(
                    C("Barn- och ungdomspsykiatri", "−11,4 mnkr", "-"),
                    C("Rättspsykiatri och gemensam administration", "2,5 mnkr", "+"),
                ),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Driftnämnden har antagit en handlingsplan för att minska beroendet av hyrpersonal, med målet att "
                "halvera kostnaderna för hyrläkare till 2026. Under hösten beräknas åtgärderna ge 3,0 mnkr.",
                A("Inhyrd personal", "3,0 mnkr", "inhyrd_personal"),
            ),
            (
                "Dessutom införs en rekryteringsbonus för specialistsjuksköterskor inom barn- och ungdomspsykiatrin.",
                A("Barn- och ungdomspsykiatri", None, "vakanser"),
            ),
        ),
        H("Produktion och finansiering", 2),
        P(
            "Antalet vårdkontakter var 4 procent fler än samma period 2024, vilket beror på en ökad efterfrågan på "
            "utredningar.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
        P(
            "Regionfullmäktige har avsatt 20 mnkr centralt för att täcka delar av psykiatrins underskott, men medlen "
            "har ännu inte fördelats till nämnden.",
            O(None, "reserver", note="Central funds not yet distributed: a financing statement."),
        ),
    ]
    return ReportSpec(
        file="region-halland-dn-psykiatri-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Driftnämnden Psykiatri", "Psykiatri Halland"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Driftnämnden Psykiatri",
            "author": "Region Halland",
        },
        style=style,
        blocks=blocks,
    )
