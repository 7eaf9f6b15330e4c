"""Motala kommun, Socialnämnden, delårsrapport januari–augusti 2025 (social services and elderly care).

A social committee's interim report in "mkr", header with the nämnd's meeting date in September: the period
and the full year in one sentence (the full year's "underskott på 19,0 mkr" is the amount), the change since
the tertial report with its cause (a forecast change); a result table whose last column is each row's comment,
with U+2212 minus signs: reason-only comments that take their row's cell ("−12,4", "−6,5", "1,1"), a comment
that names its own amount ("kommunen bär hela kostnaden, 3,6 mkr"), a central buffer "på 2,4 mkr" (reserver)
and "Prognosen följer budget" (boilerplate); then headings with the amount after a colon ("Hemtjänst: −7,9
mkr", "Särskilt boende: −4,5 mkr"), so the elderly-care deficit is explained twice, an hours level that is
not the amount; financial support "0,8 mkr lägre än budgeterat" (a surplus inside the deficit area);
investments "6,5 mkr inte används i år"; three action bullets (one with an effect) and the equity (other). 10
scored causes. Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mkr)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Motala kommun | Socialnämnden", "Sammanträde 2025-09-25"),
        footer=lambda n, m: ("Delårsrapport 2025", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhetsområde, mkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Äldreomsorg", "612,0", "624,4", "−12,4"),
                "Hemtjänsten har fler beviljade timmar än budgeterat och kostnaderna för inhyrda sjuksköterskor på "
                "särskilda boenden är fortsatt höga.",
                C(
                    "Äldreomsorg",
                    "−12,4",
                    "-",
                    "volymer",
                    "inhyrd_personal",
                    unit="mkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Funktionsstöd", "318,5", "322,1", "−3,6"),
                "Två nya ärenden med personlig assistans där Försäkringskassan inte har beviljat "
                "assistansersättning, och kommunen bär hela kostnaden, 3,6 mkr.",
                C(
                    "Funktionsstöd",
                    "3,6 mkr",
                    "-",
                    "ersattning_fk",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Individ- och familjeomsorg", "204,3", "210,8", "−6,5"),
                "Placeringar av barn och unga i familjehem och på HVB överstiger budget.",
                C(
                    "Individ- och familjeomsorg",
                    "−6,5",
                    "-",
                    "kopt_verksamhet",
                    unit="mkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Arbetsmarknad och integration", "42,0", "40,9", "1,1"),
                "Lägre kostnader för anställningsstöd, då färre deltagare än planerat har gått vidare till "
                "anställning.",
                C("Arbetsmarknad och integration", "1,1", "+", "volymer", unit="mkr", table=True, note=ROW),
            ),
            (
                ("Gemensamt och nämnd", "38,2", "35,8", "2,4"),
                "Den centrala bufferten på 2,4 mkr har inte behövt fördelas.",
                C(
                    "Gemensamt och nämnd",
                    "2,4 mkr",
                    "+",
                    "reserver",
                    note="An undistributed central buffer as the reason for a surplus: reserver.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "55,0", "55,0", "0,0"),
                "Prognosen följer budget.",
                BP("Hälso- och sjukvård"),
            ),
            (("Summa", "1 270,0", "1 289,0", "−19,0"), "", None),
        ),
        widths=(124.0, 44.0, 44.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="arial-bold", after=2),
        Title("Socialnämnden – perioden januari–augusti", size=12, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Socialnämnden har efter augusti ett resultat som är 12,6 mkr sämre än periodens budget, och "
            "helårsprognosen är ett underskott på 19,0 mkr.",
            C(
                None,
                "19,0 mkr",
                "-",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        P(
            "Det innebär en förbättring med 2,5 mkr jämfört med prognosen i tertialrapporten, främst för att "
            "statsbidraget för äldreomsorgen blev högre än väntat.",
            F(None, "2,5 mkr", "+", "statsbidrag"),
        ),
        comments,
        H("Äldreomsorgens avvikelser", 2),
        HP(
            "Hemtjänst: −7,9 mkr",
            "Antalet beviljade hemtjänsttimmar är i genomsnitt 6 300 per månad, vilket är 540 timmar fler än "
            "budgeterat. Kostnaden per timme ligger i nivå med budget.",
            C("Hemtjänst", "−7,9 mkr", "-", "volymer", note="The hours level is not the amount."),
        ),
        HP(
            "Särskilt boende: −4,5 mkr",
            "Sjuksköterskor från bemanningsföretag har behövts på fyra av nämndens boenden under sommaren, då "
            "ordinarie tjänster har varit vakanta.",
            C("Särskilt boende", "−4,5 mkr", "-", "inhyrd_personal", "vakanser"),
        ),
        H("Individ- och familjeomsorg", 2),
        P(
            "Inom individ- och familjeomsorgen minskar kostnaden för ekonomiskt bistånd och blir 0,8 mkr lägre än "
            "budgeterat, vilket dämpar underskottet för placeringarna.",
            C(
                "Ekonomiskt bistånd",
                "0,8 mkr",
                "+",
                "ekonomiskt_bistand",
                note="A sub-area's surplus inside a deficit area: its own item.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår hittills till 4,1 mkr av budgeterade 11,0 mkr. Upphandlingen av ett nytt "
            "digitalt trygghetslarm har försenats och slutförs först under 2026, vilket gör att 6,5 mkr inte "
            "används i år.",
            C(
                "Investeringar",
                "6,5 mkr",
                "+",
                "it_digitalisering",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av nattbemanningen på särskilda boenden, beräknad effekt 1,8 mkr på helår.",
                "Utökade insatser på hemmaplan för barn och unga i stället för placering på HVB.",
                "Stopp för inhyrda sjuksköterskor utom vid synnerliga skäl.",
            ),
            labels=(
                A("Äldreomsorg", "1,8 mkr", "bemanning"),
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
                A("Äldreomsorg", None, "inhyrd_personal"),
            ),
        ),
        H("Eget kapital", 2),
        P(
            "Nämnden har inget eget kapital att ta i anspråk för att täcka underskottet, som därför kommer att "
            "belasta kommunens resultat.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="motala-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Motala",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Socialnämnden", "author": "Motala kommun"},
        style=style,
        blocks=blocks,
    )
