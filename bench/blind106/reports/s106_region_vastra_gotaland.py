"""Västra Götalandsregionen, Styrelsen för Frölunda Specialistsjukhus, månadsrapport februari 2026.

A specialist hospital's month report in mnkr, header with the report's date in March: the period's and the
full year's deviation in one sentence ("5,1 mnkr sämre än budget för perioden, och helårsprognosen är ett
underskott mot budget på 18 mnkr": one item, the full year's amount), the causes of the whole in the next
paragraph (amount null); a table with a trailing minus for deficits ("9,5-") and the period's and the full
year's deviation side by side; a heading that carries the area and its amount ("Ortopedi, helårsprognos
−9,5 mnkr") over a reasons-only paragraph; "prognostiserar ett underskott på 7,0 mnkr"; "ser det ljusare
ut: … ett överskott på 2,0 mnkr"; a reason-only paragraph that takes the row's "3,5-"; staff costs and
bought services as a "respektive" pair for the period; drugs "1,4 mnkr över budget för perioden"; "Övriga
kostnader och intäkter följer i stort budget" (boilerplate); the change since January with a "varav", an
action with its effect and operations against last year (other). DejaVu Serif 9.5 pt with DejaVu Sans
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 72.0),
        header=lambda n, m: ("Frölunda Specialistsjukhus", "Månadsrapport februari 2026 · 2026-03-11"),
        footer=lambda n, m: ("Västra Götalandsregionen", "Dnr FSS 2026-00038", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per område, mnkr (minus = sämre än budget)",
        header=(("Område", "Avvikelse jan–feb", "Avvikelse helår"),),
        rows=(
            ("Ortopedi", "2,6-", "9,5-"),
            ("Operation och intensivvård", "1,9-", "7,0-"),
            ("Medicin och rehabilitering", "0,6", "2,0"),
            ("Sjukhusgemensamt", "1,2-", "3,5-"),
            ("Totalt", "5,1-", "18,0-"),
        ),
        widths=(190.0, 100.0, 100.0),
        bold_rows=frozenset({4}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="sans-bold", after=2),
        Title("Frölunda Specialistsjukhus", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        P(
            "Sjukhuset redovisar ett ackumulerat resultat efter februari på −6,3 mnkr, vilket är 5,1 mnkr sämre än "
            "budget för perioden, och helårsprognosen är ett underskott mot budget på 18 mnkr.",
            C(
                None,
                "18 mnkr",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Underskottet beror till stor del på att uppdraget att korta köerna har krävt fler operationer på "
            "kvällar och helger med övertidsersättning, samtidigt som ersättningen för den extra produktionen ännu "
            "inte är avtalad.",
            C(None, None, "-", "overtid", "volymer", note="The whole's causes in a paragraph of their own."),
        ),
        table,
        H("Områdenas resultat", 2),
        HP(
            "Ortopedi, helårsprognos −9,5 mnkr",
            "Hyrläkare har behövts under hela perioden eftersom två överläkartjänster är vakanta. Dessutom har "
            "kostnaderna för höft- och knäimplantat stigit efter den nya upphandlingen.",
            C(
                "Ortopedi",
                "−9,5 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                "material_hjalpmedel",
                "prisokningar",
                note="The heading carries the area and its amount. Implants are material_hjalpmedel.",
            ),
        ),
        H("Operation och intensivvård", 3),
        P(
            "Operation och intensivvård prognostiserar ett underskott på 7,0 mnkr. Det förklaras av övertid och "
            "inhyrda operationssjuksköterskor för att hålla kvälls- och helgoperationerna igång.",
            C("Operation och intensivvård", "7,0 mnkr", "-", "overtid", "inhyrd_personal"),
        ),
        H("Medicin och rehabilitering", 3),
        P(
            "Inom medicin och rehabilitering ser det ljusare ut: området beräknas lämna ett överskott på 2,0 mnkr "
            "tack vare högre intäkter för patienter från andra regioner.",
            C("Medicin och rehabilitering", "2,0 mnkr", "+", "avgifter_intakter"),
        ),
        H("Sjukhusgemensamt", 3),
        P(
            "De sjukhusgemensamma kostnaderna belastas av högre hyra för de nya lokalerna för sterilteknik, som "
            "togs i bruk i januari.",
            C(
                "Sjukhusgemensamt",
                "3,5-",
                "-",
                "lokaler",
                unit="mnkr",
                table=True,
                note="A reason-only paragraph: the row's full-year cell with its trailing minus.",
            ),
        ),
        H("Kostnader och intäkter", 2),
        Para(
            (
                (
                    "Personalkostnaderna och kostnaderna för köpta tjänster överstiger budget för perioden med 2,8 "
                    "respektive 1,1 mnkr.",
                    C(
                        "Personalkostnader",
                        "2,8",
                        "-",
                        unit="mnkr",
                        note="A 'respektive' pair: two items with the same text.",
                        also=(C("Köpta tjänster", "1,1 mnkr", "-"),),
                    ),
                ),
                (
                    "Läkemedelskostnaderna ligger 1,4 mnkr över budget för perioden, vilket främst beror på ökad "
                    "användning av biologiska läkemedel vid reumatisk sjukdom.",
                    C("Läkemedel", "1,4 mnkr", "-", "material_hjalpmedel", "volymer"),
                ),
                (
                    "Övriga kostnader och intäkter följer i stort budget.",
                    BP("Övriga kostnader och intäkter"),
                ),
            )
        ),
        H("Förändring mot föregående månad", 2),
        P(
            "Helårsprognosen är 2,0 mnkr sämre än i januari, varav 1,5 mnkr avser ortopedin.",
            F(None, "2,0 mnkr", "-", note="'Varav' a part: one item with the total."),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusledningen har beslutat att avveckla all inhyrd personal inom operation senast i september. "
            "Åtgärden beräknas minska kostnaderna med 3 mnkr under 2026.",
            A("Operation och intensivvård", "3 mnkr", "inhyrd_personal"),
        ),
        H("Produktion", 2),
        P(
            "Antalet genomförda operationer är 11 procent fler än under samma period 2025.",
            O(None, "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-frolunda-specialistsjukhus-manadsrapport-2026-02.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Frölunda Specialistsjukhus", "Frölunda Specialistsjukhus"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport februari 2026 Frölunda Specialistsjukhus",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
