"""Västra Götalandsregionen, Styrelsen för Södra Älvsborgs Sjukhus, delårsrapport januari–augusti 2025.

A hospital group's interim report in "miljoner kronor" and "mnkr" with U+2212 minus signs, footer with the
styrelse's meeting date in September: one sentence with the period's result, "71,2 miljoner kronor sämre än
periodens budget", and the full year "−142 miljoner kronor mot budget" (one item, the full year's), the
reasons in a paragraph of their own (amount null); a result table pasted as an image (no text layer); then two
columns of bold run-in verksamhetsområden ending in a full stop, some carrying the amount ("Medicinområdet
−58 mnkr."), some not ("Kirurgiområdet." with the amount in the prose), a reason-only deficit whose amount
lives only in the image (null), a change since April inside a run-in paragraph (a forecast change), a rent
that "leder till ett underskott på 27 mnkr"; inhyrd personal "49 mnkr mer än budgeterat" after its level,
drugs "överstiger budget med 17 mnkr", investments "31 mnkr för helåret, att jämföra med en budget på 45
mnkr" (14 never written out), an action with its effect, and personnel costs and emergency visits against last
year (others). DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

IMAGE = "The result table is an image, so only the prose's amount can be taken."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: (
            "Västra Götalandsregionen  Södra Älvsborgs Sjukhus",
            "Delårsrapport augusti 2025",
        ),
        footer=lambda n, m: (
            "Styrelsen för Södra Älvsborgs Sjukhus 2025-09-24",
            "SÄS 2025-00873",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, mnkr",
        header=(
            ("Verksamhetsområde", "Utfall jan–aug", "Budget jan–aug", "Avvikelse jan–aug", "Avvikelse helår"),
        ),
        rows=(
            ("Medicinområdet", "−41,0", "−2,5", "−38,5", "−58"),
            ("Kirurgiområdet", "−25,9", "−1,8", "−24,1", "−39"),
            ("Kvinna och barn", "−7,6", "−0,8", "−6,8", "−11"),
            ("Psykiatriområdet", "−10,6", "−0,7", "−9,9", "−16"),
            ("Diagnostik och service", "6,2", "0,6", "5,6", "9"),
            ("Sjukhusgemensamt", "−17,5", "−20,0", "2,5", "−27"),
            ("Summa", "−96,4", "−25,2", "−71,2", "−142"),
        ),
        widths=(150.0, 70.0, 74.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Styrelsen för Södra Älvsborgs Sjukhus", size=12, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Södra Älvsborgs Sjukhus redovisar ett ackumulerat resultat på −96,4 miljoner kronor per augusti, "
            "vilket är 71,2 miljoner kronor sämre än periodens budget, och helårsprognosen är −142 miljoner "
            "kronor mot budget.",
            C(
                None,
                "−142 miljoner kronor",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Underskottet förklaras främst av kostnader för inhyrd personal och köpt vård, och av att "
            "produktionen inom den planerade vården inte har nått upp till den nivå som budgeten förutsätter.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "volymer",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        table,
        H("Verksamhetsområdenas resultat", 2),
        Columns(2),
        LP(
            "Medicinområdet −58 mnkr.",
            "Överbeläggningar på akutvårdsavdelningarna har krävt extra vårdplatser bemannade med inhyrda "
            "sjuksköterskor, och övertiden är hög.",
            C(
                "Medicinområdet",
                "−58 mnkr",
                "-",
                "inhyrd_personal",
                "overtid",
                "volymer",
                note="The run-in lead carries the amount.",
            ),
        ),
        LP(
            "Kirurgiområdet.",
            "Kirurgin prognostiserar ett underskott på 39 mnkr. Operationskapaciteten har begränsats av vakanta "
            "tjänster för operationssjuksköterskor, och patienter har remitterats till privata vårdgivare för "
            "att klara vårdgarantin.",
            C("Kirurgiområdet", "39 mnkr", "-", "vakanser", "kopt_verksamhet"),
        ),
        LP(
            "Kvinna och barn.",
            "Neonatalvården har haft fler vårddygn än planerat, vilket ger ett underskott.",
            C("Kvinna och barn", None, "-", "volymer", note="Reason only. " + IMAGE),
        ),
        LP(
            "Psykiatriområdet −16 mnkr.",
            "Kostnaderna för hyrläkare inom vuxenpsykiatrin ligger fortsatt högt.",
            C("Psykiatriområdet", "−16 mnkr", "-", "inhyrd_personal"),
            (
                "Jämfört med aprilprognosen har underskottet minskat med 4 mnkr, sedan två specialistläkare har "
                "anställts.",
                F("Psykiatriområdet", "4 mnkr", "+", "vakanser", note="A change since April: its own item."),
            ),
        ),
        LP(
            "Diagnostik och service +9 mnkr.",
            "Högre intäkter från laboratorieanalyser som säljs till primärvården och lägre kostnader för reagens "
            "ger ett överskott.",
            C("Diagnostik och service", "+9 mnkr", "+", "avgifter_intakter", "material_hjalpmedel"),
        ),
        LP(
            "Sjukhusgemensamt.",
            "Hyran för de nya lokalerna för psykiatrisk öppenvård i Borås började debiteras i april, men "
            "finansieringen har ännu inte beslutats. Detta leder till ett underskott på 27 mnkr.",
            C("Sjukhusgemensamt", "27 mnkr", "-", "lokaler"),
        ),
        PageBreak(),
        Columns(1),
        H("Kostnadsutveckling", 2),
        P(
            "Personalkostnaderna inklusive inhyrd personal har ökat med 6,8 procent jämfört med samma period 2024.",
            O("Personalkostnader", "inhyrd_personal", note="Cost growth against last year: other."),
        ),
        P(
            "Kostnaden för inhyrd personal uppgår till 84 mnkr för perioden, 49 mnkr mer än budgeterat, varav "
            "hyrsjuksköterskor står för drygt hälften.",
            C(
                "Inhyrd personal",
                "49 mnkr",
                "-",
                "inhyrd_personal",
                note="The level (84) is not the deviation.",
            ),
        ),
        P(
            "Läkemedelskostnaderna överstiger budget med 17 mnkr, framför allt på grund av nya behandlingar inom "
            "onkologin.",
            C("Läkemedel", "17 mnkr", "-", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas uppgå till 31 mnkr för helåret, att jämföra med "
            "en budget på 45 mnkr. Leveransen av en ny datortomograf har försenats till 2026.",
            C(
                "Investeringar",
                "31 mnkr för helåret, att jämföra med en budget på 45 mnkr",
                "+",
                "periodisering",
                value=14_000_000,
                note="Investment under-spending of 14 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhuset har beslutat om en handlingsplan med stopp för inhyrda sjuksköterskor på vårdavdelningarna "
            "från oktober. Planen beräknas förbättra resultatet med 22 mnkr under 2026.",
            A(None, "22 mnkr", "inhyrd_personal"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök på akutmottagningarna i Borås och Skene var 4 procent fler än samma period föregående år.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-sas-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Södra Älvsborgs Sjukhus", "Södra Älvsborgs Sjukhus"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Södra Älvsborgs Sjukhus",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
