"""Lekebergs kommun, Kommunstyrelsen, verksamhetsberättelse 2025.

A kommunstyrelse's year-end report for its own verksamheter (administration, streets, property, meals and
cleaning, labour market), footer with the adoption date in March: the result "ett underskott på 2,3 mnkr mot
budget", the outcome against the interim forecast with its cause (a forecast change whose sentence pair
gives the earlier forecast and the reason); a table in tkr with hyphen-minus and last year's deviation beside
this year's; bold run-in verksamheter ending in a full stop: "Överskottet på 1 450 tkr förklaras av", reasons
first and "Verksamheten går därför 1,55 mnkr över budget" last, a reason-only deficit (the row's "-1 180"),
"Kostnaderna överskreds med 1 420 tkr", a surplus "om 400 tkr" after its cause, the member fee that
"motsvarade budget" (boilerplate); investments "18,7 mnkr, att jämföra med budgeterade 31,2 mnkr" (12,5 never
written out) and a project "0,4 mnkr dyrare än budgeterat" with no reason; an action for next year, goal
fulfilment with "beror på" and sick leave against last year (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Lekebergs kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kommunstyrelsen", "Antagen 2026-03-03", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 2. Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Avvikelse 2024"),),
        rows=(
            ("Kommunledning och administration", "38 400", "36 950", "1 450", "820"),
            ("Gata, park och trafik", "12 600", "14 150", "-1 550", "-980"),
            ("Fastighetsförvaltning", "21 300", "22 480", "-1 180", "-400"),
            ("Kost och lokalvård", "26 900", "28 320", "-1 420", "-650"),
            ("Arbetsmarknad och integration", "8 700", "8 300", "400", "150"),
            ("Räddningstjänst", "9 450", "9 450", "0", "0"),
            ("Summa", "117 350", "119 650", "-2 300", "-1 060"),
        ),
        widths=(176.0, 66.0, 66.0, 70.0, 84.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="sans", after=12),
        H("Ekonomiskt utfall", 1),
        P(
            "Kommunstyrelsens verksamheter redovisar för 2025 ett underskott på 2,3 mnkr mot budget.",
            C(None, "2,3 mnkr", "-"),
        ),
        P(
            "I delårsrapporten pekade prognosen på −3,0 mnkr. Utfallet blev 0,7 mnkr bättre än så, främst därför att "
            "november och december var milda med lite snö.",
            F(None, "0,7 mnkr", "+", "ovrigt", note="The outcome against the interim forecast."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        LP(
            "Kommunledning och administration.",
            "Överskottet på 1 450 tkr förklaras av vakanta tjänster inom HR och ekonomi under våren samt att "
            "kostnaden för det nya ärendehanteringssystemet blev lägre än budgeterat.",
            C("Kommunledning och administration", "1 450 tkr", "+", "vakanser", "it_digitalisering"),
        ),
        LP(
            "Gata, park och trafik.",
            "Vinterväghållningen i januari och februari krävde många plogningar och sandningar, och gatubelysningen "
            "längs Storgatan i Fjugesta har fått bytas ut efter en kabelskada. Verksamheten går därför 1,55 mnkr över "
            "budget.",
            C(
                "Gata, park och trafik",
                "1,55 mnkr",
                "-",
                "ovrigt",
                note="Reasons first, the amount last. Snow and a cable fault are ovrigt.",
            ),
        ),
        LP(
            "Fastighetsförvaltning.",
            "Underskottet beror på oförutsedda reparationer av ventilationen på Tulpanens förskola och på högre "
            "kostnader för el och fjärrvärme än budgeterat.",
            C(
                "Fastighetsförvaltning",
                "-1 180",
                "-",
                "ovrigt",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Kost och lokalvård.",
            "Kostnaderna överskreds med 1 420 tkr. Livsmedelspriserna har fortsatt att stiga och under hösten "
            "behövdes timvikarier för att täcka långa sjukskrivningar i köket på Hasselskolan.",
            C("Kost och lokalvård", "1 420 tkr", "-", "prisokningar", "vikarier", "sjukfranvaro"),
        ),
        LP(
            "Arbetsmarknad och integration.",
            "Högre statsbidrag för extratjänster än beräknat gav ett överskott om 400 tkr.",
            C("Arbetsmarknad och integration", "400 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Räddningstjänst.",
            "Medlemsavgiften till räddningstjänstförbundet motsvarade budget.",
            BP("Räddningstjänst"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 18,7 mnkr, att jämföra med budgeterade 31,2 mnkr. Ombyggnaden av Kastanjens "
            "förskola och gång- och cykelvägen mellan Fjugesta och Mullhyttan har förskjutits till 2026.",
            C(
                "Investeringar",
                "18,7 mnkr, att jämföra med budgeterade 31,2 mnkr",
                "+",
                "periodisering",
                value=12_500_000,
                note="Investment under-spending of 12,5 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Projektet gatubelysning etapp 2 blev 0,4 mnkr dyrare än budgeterat.",
            C("Gatubelysning etapp 2", "0,4 mnkr", "-", note="A project overrun with no reason."),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Kost och lokalvård inför en gemensam matsedel för förskolor och skolor och minskar antalet "
            "tillagningskök från fem till fyra, vilket beräknas ge en besparing på 600 tkr per år.",
            A("Kost och lokalvård", "600 tkr", "omstallning"),
        ),
        H("Måluppfyllelse och personal", 2),
        P(
            "Två av kommunstyrelsens fem mål uppfylldes. Målet om nöjda företagare nåddes inte, vilket beror på "
            "längre handläggningstider för bygglov.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
        P(
            "Sjukfrånvaron inom kost och lokalvård var 8,9 procent, högre än 2024.",
            O("Kost och lokalvård", "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="lekeberg-ks-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Lekeberg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kommunstyrelsen", "author": "Lekebergs kommun"},
        style=style,
        blocks=blocks,
    )
