"""Västra Götalandsregionen, Styrelsen för Frölunda Specialistsjukhus, månadsrapport februari 2026.

A specialist hospital's month report in "mnkr" with a footer carrying the styrelse's meeting date in March:
the period's result against a zero budget ("6,8 mnkr sämre än periodens budget") and the full year in a
sentence of its own with an action plan already counted in (two causes); a kontogrupp table in text with
U+2212 minus signs and both the period's and the full year's deviation; headings that carry the area and
the period amount ("Personalkostnader −4,2 mnkr", "Inhyrd personal −1,9 mnkr"); bought care as the subject
("är 2,3 mnkr högre än budget för perioden"), revenue that "överstiger budget", drugs that "följer i stort
sett periodens budget" (boilerplate), a material surplus from a delayed delivery, a reason-only premises
deficit (the table row's "−0,6"); the full-year figures of three kontogrupper in one sentence, two as a
"respektive" pair and one after "medan" (three items); the change since January (a forecast change), two
action bullets with their effects and operations against last year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

ROW = "Reasons only: the table row's period deviation (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: (
            "Västra Götalandsregionen",
            "Frölunda Specialistsjukhus – Månadsrapport februari 2026",
        ),
        footer=lambda n, m: (
            "Styrelsen för Frölunda Specialistsjukhus, sammanträde 2026-03-26",
            "",
            f"Sida {n} av {m}",
        ),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Resultat per kontogrupp, mnkr (negativ avvikelse = sämre än budget)",
        header=(("Kontogrupp", "Budget helår", "Avvikelse jan–feb", "Prognos avvikelse helår"),),
        rows=(
            ("Intäkter", "1 412,0", "+1,6", "+5,0"),
            ("Personalkostnader", "−798,4", "−4,2", "−21,0"),
            ("Inhyrd personal", "0,0", "−1,9", "−4,0"),
            ("Köpt vård", "−96,0", "−2,3", "−9,0"),
            ("Läkemedel", "−58,2", "−0,1", "0,0"),
            ("Material och tjänster", "−241,7", "+0,9", "+2,0"),
            ("Lokalkostnader", "−118,3", "−0,6", "−2,0"),
            ("Övriga kostnader", "−99,4", "−0,2", "+4,0"),
            ("Resultat", "0,0", "−6,8", "−25,0"),
        ),
        widths=(150.0, 80.0, 100.0, 120.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        grid=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=19, font="sans-bold", after=2),
        Title("Frölunda Specialistsjukhus", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Resultatet efter februari är −6,8 mnkr, vilket är 6,8 mnkr sämre än periodens budget, som är ett "
            "nollresultat.",
            C(None, "6,8 mnkr", "-", note="The period against a zero budget: a cause."),
        ),
        P(
            "Prognosen för helåret är ett underskott på 25 mnkr mot budget, trots att sjukhusets åtgärdsplan om 18 "
            "mnkr är inräknad i prognosen.",
            C(
                None,
                "25 mnkr",
                "-",
                note="The full year in a paragraph of its own; the plan's 18 mnkr is a part.",
            ),
        ),
        table,
        H("Avvikelser per kontogrupp", 2),
        HP(
            "Personalkostnader −4,2 mnkr",
            "Den egna personalen kostar mer än budgeterat för perioden. Fler sjuksköterskor har anställts på "
            "vårdavdelningarna för att kunna avveckla den inhyrda bemanningen, men övergången sker med överlapp, "
            "och övertiden inom operation har varit hög under februari.",
            C("Personalkostnader", "−4,2 mnkr", "-", "bemanning", "overtid"),
        ),
        HP(
            "Inhyrd personal −1,9 mnkr",
            "Trots minskningen jämfört med 2025 ligger kostnaden för hyrsjuksköterskor över budget, som förutsätter "
            "att inhyrningen upphört helt från årsskiftet. Det gäller framför allt anestesin och den "
            "postoperativa avdelningen.",
            C("Inhyrd personal", "−1,9 mnkr", "-", "inhyrd_personal"),
        ),
        P(
            "Kostnaden för köpt vård är 2,3 mnkr högre än budget för perioden. Sjukhuset har remitterat fler "
            "ortopediska operationer till privata vårdgivare för att korta köerna inom vårdgarantin.",
            C("Köpt vård", "2,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Intäkterna överstiger budget med 1,6 mnkr, främst genom ersättning från andra regioner för "
            "utomlänspatienter inom handkirurgin.",
            C("Intäkter", "1,6 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        P(
            "Läkemedelskostnaderna följer i stort sett periodens budget.",
            BP("Läkemedel", note="Although the row says −0,1."),
        ),
        P(
            "Material och tjänster visar ett överskott om 0,9 mnkr. Leveransen av implantat till den nya "
            "robotassisterade ortopedin har skjutits till april, och kostnaden kommer därmed senare under året.",
            C("Material och tjänster", "0,9 mnkr", "+", "material_hjalpmedel", "periodisering"),
        ),
        P(
            "Lokalkostnaderna påverkas av hyran för de tillfälliga moduler som ersätter den stängda avdelning 12 "
            "under renoveringen, en kostnad som inte ingår i budget.",
            C("Lokalkostnader", "−0,6", "-", "lokaler", unit="mnkr", table=True, note=ROW),
        ),
        H("Helårsprognos", 2),
        Para(
            (
                (
                    "För helåret beräknas personalkostnaderna och den köpta vården avvika med −21 respektive −9 mnkr, "
                    "medan intäkterna väntas överträffa budget med 5 mnkr.",
                    C(
                        "Personalkostnader",
                        "−21",
                        "-",
                        unit="mnkr",
                        note="Three kontogrupper in one sentence, a 'respektive' pair and one after 'medan': three "
                        "items, same text, no reason given.",
                        also=(
                            C("Köpt vård", "−9 mnkr", "-"),
                            C("Intäkter", "5 mnkr", "+"),
                        ),
                    ),
                ),
            )
        ),
        P(
            "Jämfört med januarirapporten har det ackumulerade underskottet ökat med 2,9 mnkr, främst på grund av "
            "övertid under influensatoppen.",
            F(None, "2,9 mnkr", "-", "overtid"),
        ),
        H("Åtgärder", 2),
        P("Åtgärdsplanen omfattar bland annat följande:"),
        Bullets(
            (
                "Stopp för nya avtal om inhyrd personal från den 1 mars, med en beräknad effekt på 6 mnkr under 2026.",
                "Samordnad nattbemanning mellan avdelning 3 och 4, med en beräknad effekt på 2,5 mnkr.",
            ),
            labels=(
                A(None, "6 mnkr", "inhyrd_personal"),
                A(None, "2,5 mnkr", "bemanning"),
            ),
            glyph="•",
        ),
        H("Produktion", 2),
        P(
            "Antalet operationer i februari var 4 procent fler än samma månad 2025, och väntetiderna till "
            "höftprotesoperation har minskat.",
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
