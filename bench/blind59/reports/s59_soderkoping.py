"""Söderköpings kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure year-end report whose result table is pasted as an image (every amount lives in the
prose), with a footer carrying the nämnd's meeting in February: the result "ett överskott på 1,3 miljoner
kronor mot budget", the outcome against the interim forecast with a reason (a forecast change); bold run-in
verksamheter with a colon in varied shapes: "lämnar ett överskott på 420 tkr", a deficit with reasons only
(amount null: the image has no text layer), revenue "0,6 miljoner kronor högre än budget", a closure with a
repair cost that is a part before "Sammantaget blev utfallet 1,1 miljoner kronor sämre än budgeterat", "följde
budget" (boilerplate), grants "0,9 miljoner kronor" below budget, "Överskottet på 800 tkr" from fewer
meetings; investments "1,8 miljoner kronor lägre än budget" after two levels; visitors against last year and
the surplus not carried over (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Söderköpings kommun", ""),
        footer=lambda n, m: ("Verksamhetsberättelse 2025 – Kultur- och fritidsnämnden", "", f"{n}"),
        header_size=8.5,
    )
    image = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Bibliotek", "9 860", "9 440", "420"),
            ("Fritidsgårdar", "6 120", "6 460", "-340"),
            ("Idrottsanläggningar", "11 300", "10 700", "600"),
            ("Simhall", "7 480", "8 580", "-1 100"),
            ("Kulturskola", "5 940", "5 920", "20"),
            ("Föreningsbidrag", "4 650", "3 750", "900"),
            ("Nämnd och administration", "3 410", "2 610", "800"),
            ("Summa", "48 760", "47 460", "1 300"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="serif-italic", after=6),
        P("Behandlad av kultur- och fritidsnämnden 2026-02-12.", size=8.5),
        H("Året i korthet", 2),
        P(
            "Under 2025 öppnade det nya meröppna biblioteket i Östra Ryd, och sommarens lovaktiviteter lockade "
            "fler ungdomar än något tidigare år."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar ett överskott på 1,3 miljoner kronor mot budget för 2025.",
            C(None, "1,3 miljoner kronor", "+"),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev resultatet 0,8 miljoner kronor bättre, främst genom att "
            "två föreningar inte ansökte om anläggningsbidrag.",
            F(None, "0,8 miljoner kronor", "+", "volymer", note="Fewer applications than expected: volymer."),
        ),
        image,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Bibliotek:",
            "Biblioteket lämnar ett överskott på 420 tkr, främst för att en bibliotekarietjänst stod vakant under "
            "hösten.",
            C("Bibliotek", "420 tkr", "+", "vakanser"),
        ),
        LP(
            "Fritidsgårdar:",
            "Verksamheten gick med underskott. Sommarlovsaktiviteterna blev fler än planerat och bemanningen "
            "förstärktes, samtidigt som statsbidraget för lovaktiviteter blev lägre än året innan.",
            C(
                "Fritidsgårdar",
                None,
                "-",
                "volymer",
                "bemanning",
                "statsbidrag",
                note="Reasons only beside a table pasted as an image: amount null.",
            ),
        ),
        LP(
            "Idrottsanläggningar:",
            "Intäkterna från uthyrning av sporthallarna blev 0,6 miljoner kronor högre än budget, bland annat "
            "tack vare nya hyresgäster under helgerna.",
            C("Idrottsanläggningar", "0,6 miljoner kronor", "+", "avgifter_intakter"),
        ),
        LP(
            "Simhall:",
            "Simhallen var stängd i sju veckor under våren efter ett haveri i reningsanläggningen, vilket gav "
            "lägre entréintäkter. Reparationen kostade 780 000 kronor. Sammantaget blev utfallet 1,1 miljoner "
            "kronor sämre än budgeterat.",
            C(
                "Simhall",
                "1,1 miljoner kronor",
                "-",
                "ovrigt",
                "avgifter_intakter",
                note="The repair cost is a part; the total comes last.",
            ),
        ),
        LP("Kulturskola:", "Kulturskolan följde budget.", BP("Kulturskola")),
        LP(
            "Föreningsbidrag:",
            "Bidragen till föreningarna blev 0,9 miljoner kronor lägre än budgeterat, eftersom färre föreningar "
            "än väntat ansökte om anläggnings- och aktivitetsbidrag.",
            C("Föreningsbidrag", "0,9 miljoner kronor", "+", "volymer"),
        ),
        LP(
            "Nämnd och administration:",
            "Överskottet på 800 tkr kommer från lägre arvodeskostnader, eftersom nämnden har haft färre "
            "sammanträden än planerat.",
            C("Nämnd och administration", "800 tkr", "+", "ovrigt", note="Members' fees: ovrigt."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 3,2 miljoner kronor mot budgeterade 5,0 miljoner kronor, vilket är 1,8 "
            "miljoner kronor lägre än budget. Konstgräsplanen vid Vikingavallen kunde inte färdigställas under "
            "året och slutförs våren 2026.",
            C("Investeringar", "1,8 miljoner kronor", "+", "periodisering"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök på biblioteken ökade med 6 procent jämfört med 2024, till drygt 118 000.",
            O("Bibliotek", note="Visitors against the previous year: other."),
        ),
        P(
            "Enligt kommunens regler för resultatöverföring förs nämndens överskott inte över till 2026.",
            O(None, "reserver", note="A rule on carrying the surplus over: other."),
        ),
    ]
    return ReportSpec(
        file="soderkoping-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Söderköping",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Söderköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
