"""Mariestads kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report (period = the year) in "mkr", whose negative numbers carry a plain
hyphen-minus, with a footer carrying the adoption date in February 2026: the year in brief (not labelled),
the tax-financed result against budget followed by a context sentence (not part of the item), a table per
verksamhet with last year's deviation; headings that carry the verksamhet and its signed amount ("Gata och
park -2,3 mkr", "Kost +0,6 mkr") over one paragraph each (the heading is part of the item): weather with a
part amount and an asphalt index, a water-damaged sports hall with a part amount and energy prices, lower
food prices after a procurement and fewer portions, a vacancy in one telegraphic sentence; the harbour "i
nivå med budget" (boilerplate); then the taxe-financed services as bold run-ins: VA's deficit (chemical
prices, lower fees after a rainy summer) running over the page break, followed in the same paragraph by
its coverage from the result fund (other), and waste's surplus from sales of scrap followed by its
transfer to the fund (other); investments under budget with a delayed delivery ("24,7 mkr återstår"), a
project table whose "Avvikelse" is budget − utfall (positive = money left), a cycle path over its budget
and a harbour project postponed with its carry-over in the same sentence; the net cost against last year
(other) and an outlook (not labelled). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(72.0, 76.0, 72.0, 72.0),
        header=lambda n, m: ("Mariestads kommun", "Tekniska nämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Antagen av tekniska nämnden 2026-02-12", f"{n}"),
        header_size=8.0,
    )
    areas = Table(
        caption="Tabell 1. Driftredovisning 2025, mkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Avvikelse 2024"),),
        rows=(
            ("Nämnd och administration", "6,8", "6,3", "0,5", "0,2"),
            ("Gata och park", "38,4", "40,7", "-2,3", "-1,1"),
            ("Fastighet", "12,9", "15,1", "-2,2", "0,4"),
            ("Kost", "31,2", "30,6", "0,6", "-0,8"),
            ("Hamnverksamhet", "1,4", "1,4", "0,0", "0,0"),
            ("Summa skattefinansierat", "90,7", "94,1", "-3,4", "-1,3"),
        ),
        widths=(170.0, 60.0, 60.0, 64.0, 86.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    projects = Table(
        caption="Tabell 2. Investeringsprojekt 2025, mkr (avvikelse = budget - utfall)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Ekuddens reningsverk, etapp 2", "42,0", "26,3", "15,7"),
            ("GC-väg Marieholm–Hasslerör", "8,5", "9,8", "-1,3"),
            ("Upprustning Mariestads hamn", "11,0", "6,7", "4,3"),
            ("Fordon och maskiner", "5,2", "5,6", "-0,4"),
            ("Övriga projekt", "29,5", "23,1", "6,4"),
            ("Summa", "96,2", "71,5", "24,7"),
        ),
        widths=(190.0, 60.0, 60.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="serif-cond-bold"),
        Title("Tekniska nämnden", size=13, font="serif-cond", after=14),
        H("Året i korthet", 1),
        P(
            "Under året färdigställdes den nya gång- och cykelvägen mellan Marieholm och Hasslerör, och arbetet med "
            "etapp 2 av Ekuddens reningsverk fortsatte. En vattenskada i Vadsbogymnasiets idrottshall i mars höll "
            "hallen stängd i sju veckor."
        ),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Tekniska nämnden redovisar för 2025 ett resultat om -3,4 mkr mot budget för den skattefinansierade "
                "verksamheten.",
                C(None, "-3,4 mkr", "-", note="The tax-financed result against budget, hyphen-minus."),
            ),
            (
                "De taxefinansierade verksamheterna vatten och avlopp samt avfall redovisas separat nedan.",
                None,
            ),
        ),
        areas,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gata och park -2,3 mkr",
            "Vinterväghållningen kostade 4,1 mkr, vilket är 1,6 mkr mer än budgeterat, efter en snörik februari och "
            "många halkbekämpningar i november. Därtill blev beläggningsunderhållet dyrare när asfaltpriserna "
            "räknades upp med index i april.",
            C(
                "Gata och park",
                "-2,3 mkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The heading carries area and amount; 1,6 mkr is a part (winter, weather).",
            ),
        ),
        HP(
            "Fastighet -2,2 mkr",
            "Underskottet förklaras av två händelser som inte kunde förutses i budgeten: vattenskadan i "
            "Vadsbogymnasiets idrottshall, där självrisken och de delar som inte täcktes av försäkringen uppgick till "
            "1,2 mkr, och högre priser på el och fjärrvärme än budgeterat.",
            C("Fastighet", "-2,2 mkr", "-", "ovrigt", "prisokningar", note="1,2 mkr is a part (damage)."),
        ),
        HP(
            "Kost +0,6 mkr",
            "Livsmedelskostnaderna blev lägre än befarat sedan en ny upphandling av mejeriprodukter gav lägre priser "
            "från april. Dessutom har färre portioner serverats inom äldreomsorgen.",
            C("Kost", "+0,6 mkr", "+", "prisokningar", "volymer"),
        ),
        HP(
            "Nämnd och administration +0,5 mkr",
            "En tjänst som trafikingenjör var vakant under större delen av året.",
            C("Nämnd och administration", "+0,5 mkr", "+", "vakanser"),
        ),
        P("Hamnverksamheten redovisar ett resultat i nivå med budget.", BP("Hamnverksamhet")),
        H("Taxefinansierad verksamhet", 2),
        LP(
            "Vatten och avlopp.",
            "Verksamheten redovisar ett underskott på 1,9 mkr, jämfört med ett budgeterat nollresultat. Priserna på "
            "fällningskemikalier vid Ekuddens reningsverk har stigit kraftigt, och intäkterna från brukningsavgifter "
            "blev lägre än budgeterat, eftersom vattenförbrukningen minskade under den regniga sommaren.",
            C(
                "Vatten och avlopp",
                "1,9 mkr",
                "-",
                "prisokningar",
                "avgifter_intakter",
                "ovrigt",
                note="Runs over the page break; the fund sentence after it is its own item.",
            ),
            (
                "Underskottet täcks av VA-kollektivets resultatfond, som efter årets uttag uppgår till 4,6 mkr.",
                O("Vatten och avlopp", "reserver", note="Financing from the fund."),
            ),
        ),
        LP(
            "Avfall.",
            "Avfallsverksamheten visar ett överskott på 0,8 mkr, då intäkterna från försäljning av metallskrot och "
            "wellpapp blev högre än budgeterat.",
            C("Avfall", "0,8 mkr", "+", "avgifter_intakter"),
            ("Överskottet förs till avfallsfonden.", O("Avfall", "reserver", note="Transfer to the fund.")),
        ),
        H("Investeringar", 1),
        P(
            "Nämndens investeringsbudget för 2025, inklusive medel som förts över från 2024, uppgick till 96,2 mkr. "
            "Utfallet blev 71,5 mkr, och 24,7 mkr återstår. Avvikelsen beror främst på att etapp 2 av Ekuddens "
            "reningsverk har försenats, eftersom leveransen av den nya biologiska reningen flyttades från september "
            "till februari.",
            C(
                "Investeringar",
                "24,7 mkr",
                "+",
                "periodisering",
                note="Investments under budget: a delayed delivery.",
            ),
        ),
        projects,
        P(
            "Gång- och cykelvägen mellan Marieholm och Hasslerör blev 1,3 mkr dyrare än budgeterat, eftersom "
            "ledningsomläggningar som inte fanns med i projekteringen blev nödvändiga.",
            C(
                "GC-väg Marieholm–Hasslerör",
                "1,3 mkr",
                "-",
                "ovrigt",
                note="An investment project over its budget.",
            ),
        ),
        P(
            "Upprustningen av Mariestads hamn har skjutits upp i avvaktan på en ny detaljplan, och 4,3 mkr föreslås "
            "föras över till 2026.",
            C(
                "Upprustning Mariestads hamn",
                "4,3 mkr",
                "+",
                "periodisering",
                note="A postponed project; the carry-over is in the same sentence as its amount.",
            ),
        ),
        H("Jämförelse med föregående år", 1),
        P(
            "Nettokostnaden för den skattefinansierade verksamheten ökade med 5,2 procent jämfört med 2024, främst på "
            "grund av vinterväghållningen och högre energipriser.",
            O(None, "ovrigt", "prisokningar", note="Against the previous year, not the budget."),
        ),
        H("Framtid", 1),
        P(
            "Inför 2026 står nämnden inför stora investeringar i vatten och avlopp, där etapp 2 av Ekuddens "
            "reningsverk ska slutföras och överföringsledningen till Hasslerör ska projekteras. VA-taxan höjs med 9 "
            "procent från januari. Nämnden kommer också att se över hur fastighetsunderhållet kan planeras över flera "
            "år, så att akuta skador som den i Vadsbogymnasiet blir färre."
        ),
    ]
    return ReportSpec(
        file="mariestad-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Mariestad",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Mariestads kommun"},
        style=style,
        blocks=blocks,
    )
