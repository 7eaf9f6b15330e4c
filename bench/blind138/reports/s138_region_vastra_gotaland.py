"""Västra Götalandsregionen, Styrelsen för Kungälvs sjukhus, delårsrapport januari–augusti 2025.

A hospital board's interim report in "miljoner kronor", Liberation Sans 9.5 pt, footer with the board's
meeting date in September: the period "31,0 miljoner kronor sämre än periodens budget" and, in the next
sentence, the full year as two levels "−52 miljoner kronor mot ett budgeterat resultat på −8 miljoner kronor"
(44 never written out), their shared reasons in a paragraph of their own (amount null), the change since
April without a cause; a table per verksamhetsområde with U+2212 and "+"; then two columns of bold run-in
areas ending in a full stop: "Avvikelsen på −14,6 miljoner kronor beror nästan helt på", "Underskottet är
18,9 miljoner kronor", a reason-only area (the row's "−6,2"), "ett överskott på 2,1 miljoner kronor till
följd av", two sub-areas as a "respektive" pair under the lead "Diagnostik." and "belastar sjukhuset med 3,0
miljoner kronor mer än budgeterat"; hired staff against last year (other), two actions and a medical
equipment frame that "beräknas användas" in full (boilerplate).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Västra Götalandsregionen", "Kungälvs sjukhus – Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsen för Kungälvs sjukhus 2025-09-19", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde 2025, miljoner kronor",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Akutmottagning", "−96,4", "−111,0", "−14,6"),
            ("Medicinkliniken", "−288,7", "−307,6", "−18,9"),
            ("Kirurgi och ortopedi", "−241,5", "−247,7", "−6,2"),
            ("Geriatrik och rehabilitering", "−118,2", "−116,1", "+2,1"),
            ("Diagnostik", "−84,9", "−88,3", "−3,4"),
            ("Sjukhusgemensamt", "−52,0", "−55,0", "−3,0"),
            ("Summa", "", "", "−44,0"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Kungälvs sjukhus", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Kungälvs sjukhus redovisar för januari–augusti ett resultat på −38,2 miljoner kronor, vilket är 31,0 "
                "miljoner kronor sämre än periodens budget.",
                C(None, "31,0 miljoner kronor", "-", note="The period in a sentence of its own."),
            ),
            (
                "Helårsprognosen är −52 miljoner kronor mot ett budgeterat resultat på −8 miljoner kronor.",
                C(
                    None,
                    "−52 miljoner kronor mot ett budgeterat resultat på −8 miljoner kronor",
                    "-",
                    value=44_000_000,
                    note="The full year as two levels, 44 miljoner kronor never written out: the computed value.",
                ),
            ),
        ),
        P(
            "Den negativa avvikelsen förklaras främst av kostnader för inhyrda sjuksköterskor och hyrläkare inom "
            "akutmottagningen och medicinkliniken samt av att köpt vård från andra sjukhus i regionen har ökat mer "
            "än beräknat.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Prognosen har försämrats med 9 miljoner kronor sedan tertialrapporten per april.",
            F(None, "9 miljoner kronor", "-"),
        ),
        table,
        H("Verksamhetsområdenas avvikelser", 2),
        Columns(2),
        LP(
            "Akutmottagningen.",
            "Avvikelsen på −14,6 miljoner kronor beror nästan helt på hyrläkare under sommaren och ett högre "
            "patientflöde än planerat.",
            C("Akutmottagning", "−14,6 miljoner kronor", "-", "inhyrd_personal", "volymer"),
        ),
        LP(
            "Medicinkliniken.",
            "Underskottet är 18,9 miljoner kronor. Bemanningsföretag har anlitats för att hålla vårdplatserna "
            "öppna, och kostnaderna för läkemedel inom hematologin har ökat kraftigt.",
            C("Medicinkliniken", "18,9 miljoner kronor", "-", "inhyrd_personal", "material_hjalpmedel"),
        ),
        LP(
            "Kirurgi och ortopedi.",
            "Operationsvolymerna har varit lägre än planerat på grund av vakanta tjänster som "
            "narkossjuksköterska, vilket har gett lägre intäkter från vårdval och från andra regioner.",
            C(
                "Kirurgi och ortopedi",
                "−6,2",
                "-",
                "vakanser",
                "volymer",
                "avgifter_intakter",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Geriatrik och rehabilitering.",
            "Verksamheten redovisar ett överskott på 2,1 miljoner kronor till följd av vakanser bland "
            "arbetsterapeuter och fysioterapeuter.",
            C("Geriatrik och rehabilitering", "2,1 miljoner kronor", "+", "vakanser"),
        ),
        LP(
            "Diagnostik.",
            "Röntgen och klinisk kemi överskrider budget med 2,5 respektive 0,9 miljoner kronor, främst till följd "
            "av höjda priser på kontrastmedel och reagenser.",
            C(
                "Röntgen",
                "2,5",
                "-",
                "prisokningar",
                unit="mnkr",
                note="Two sub-areas as a 'respektive' pair under one lead: two items.",
                also=(C("Klinisk kemi", "0,9 miljoner kronor", "-", "prisokningar"),),
            ),
        ),
        LP(
            "Sjukhusgemensamt.",
            "Kostnaderna för det nya vårdinformationssystemet belastar sjukhuset med 3,0 miljoner kronor mer än "
            "budgeterat.",
            C("Sjukhusgemensamt", "3,0 miljoner kronor", "-", "it_digitalisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Inhyrd personal", 2),
        P(
            "Kostnaden för inhyrd personal uppgår till 41,3 miljoner kronor för perioden, att jämföra med 29,6 "
            "miljoner kronor samma period 2024.",
            O(None, "inhyrd_personal", note="Against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusledningen har beslutat att stoppa inhyrning av sjuksköterskor från bemanningsföretag från och med "
            "den 1 oktober, vilket beräknas minska kostnaderna med 4 miljoner kronor under resten av året.",
            A(None, "4 miljoner kronor", "inhyrd_personal"),
        ),
        P(
            "Samtliga verksamhetsområden har fått i uppdrag att ta fram handlingsplaner för en ekonomi i balans "
            "2026.",
            A(None),
        ),
        H("Investeringar", 2),
        P(
            "Av den tilldelade investeringsramen för medicinteknisk utrustning, 14,0 miljoner kronor, beräknas hela "
            "ramen användas under året.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-kungalvs-sjukhus-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Kungälvs sjukhus", "Kungälvs sjukhus"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Kungälvs sjukhus",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
