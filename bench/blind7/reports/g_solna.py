"""Solna stad, Omvårdnadsnämnden, månadsrapport oktober 2025.

An elderly-care committee's month report with numbered headings and a footer carrying the meeting date in
November: the full-year deficit and, in a sentence of its own, the change since September without a
cause (two items in one paragraph); a "består av" sentence that breaks the total into four verksamheter
with their own amounts, one of them a surplus after "medan" (four items, same text); the budget's burn
rate against the straight-line benchmark (other); a reading note that gives the table's unit ("tusen
kronor") in the prose only, and a table whose caption names no unit, with September's and October's
forecasts and the change between them; then a level-2 heading per verksamhet (not part of the item):
hemtjänst's reasons with no amount and no cue word (the table row's amount) followed by its own change
since September with a cause (a second item), "blir 4,1 mnkr högre än budgeterat" and "har 2,6 mnkr
högre personalkostnader än budgeterat" (no "avvikelse", no "underskott"), "Lägre kostnader än budgeterat
…, 1,4 mnkr, beror på" an unused central reserve, and two verksamheter with opposite directions and one
shared amount ("ett överskott och … ett underskott på vardera 0,65 mnkr", two items, causes split); an
unlabelled lead-in over three actions as bullets with their effects (one only next year), a risk (other)
and a key-figure table (not labelled). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Solna stad", "Omvårdnadsnämnden"),
        footer=lambda n, m: ("Omvårdnadsnämndens sammanträde 2025-11-20", "ON/2025:0412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Helårsprognos per verksamhet",
        header=(("Verksamhet", "Budget 2025", "Prognos sep", "Prognos okt", "Avvikelse okt", "Förändring"),),
        rows=(
            ("Nämnd och ledning", "38 600", "37 300", "37 200", "1 400", "100"),
            ("Myndighetsutövning", "41 200", "43 500", "43 800", "−2 600", "−300"),
            ("Hemtjänst", "212 400", "220 000", "221 300", "−8 900", "−1 300"),
            ("Vård- och omsorgsboende", "486 900", "490 800", "491 000", "−4 100", "−200"),
            ("Dagverksamhet", "18 300", "17 650", "17 650", "650", "0"),
            ("Hälso- och sjukvård", "64 500", "65 250", "65 150", "−650", "100"),
            ("Summa", "861 900", "874 500", "876 100", "−14 200", "−1 600"),
        ),
        widths=(132.0, 62.0, 62.0, 62.0, 68.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.92, 0.96),
    )
    figures = Table(
        caption="Tabell 2. Nyckeltal januari–oktober",
        header=(("", "2025", "2024"),),
        rows=(
            ("Beviljade hemtjänsttimmar per månad", "58 200", "52 400"),
            ("Antal brukare i hemtjänst", "1 412", "1 356"),
            ("Belagda platser i vård- och omsorgsboende", "671", "664"),
            ("Sjukfrånvaro, procent", "8,1", "8,6"),
        ),
        widths=(220.0, 60.0, 60.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="sans-bold"),
        Title("Omvårdnadsnämnden – ekonomisk uppföljning januari–oktober", size=11, font="sans", after=12),
        H("1. Sammanfattning", 1),
        PS(
            (
                "Omvårdnadsnämnden prognostiserar ett underskott på 14,2 mnkr mot budget för 2025.",
                C(None, "14,2 mnkr", "-", note="The whole unit's full-year deficit, no cause."),
            ),
            (
                "Det är 1,6 mnkr sämre än prognosen i september.",
                F(
                    None,
                    "1,6 mnkr",
                    "-",
                    note="The change since September in a sentence of its own, no cause.",
                ),
            ),
        ),
        P(
            "Underskottet består av hemtjänst −8,9 mnkr, vård- och omsorgsboende −4,1 mnkr och myndighetsutövning "
            "−2,6 mnkr, medan nämnd och ledning visar ett överskott på 1,4 mnkr.",
            C(
                "Hemtjänst",
                "−8,9 mnkr",
                "-",
                note="A 'består av' sentence that breaks the total into verksamheter with their own amounts: four "
                "items, same text (the total itself is in the sentence before).",
                also=(
                    C("Vård- och omsorgsboende", "−4,1 mnkr", "-"),
                    C("Myndighetsutövning", "−2,6 mnkr", "-"),
                    C("Nämnd och ledning", "1,4 mnkr", "+"),
                ),
            ),
        ),
        P(
            "Nämndens budget för 2025 uppgår till 861,9 mnkr. Utfallet till och med oktober är 725,4 mnkr, vilket "
            "motsvarar 84,2 procent av årsbudgeten, jämfört med riktvärdet 83,3 procent.",
            O(
                None,
                note="The burn rate against the straight-line benchmark: a supporting figure, not the deviation.",
            ),
        ),
        H("2. Ekonomisk uppföljning", 1),
        P(
            "Samtliga belopp i tabellen anges i tusen kronor. Negativa belopp i kolumnen Avvikelse innebär underskott "
            "mot budget, och kolumnen Förändring visar förändringen av prognosen sedan september.",
            size=8.5,
        ),
        table,
        H("3. Kommentarer per verksamhet", 1),
        H("3.1 Hemtjänst", 2),
        PS(
            (
                "Hemtjänsten står för den största delen av nämndens underskott. Antalet beviljade hemtjänsttimmar har "
                "ökat med 11 procent sedan januari, främst bland brukare över 85 år, och den nya ersättningsmodellen "
                "för privata utförare har gett en högre timersättning än vad som förutsattes i budgeten.",
                C(
                    "Hemtjänst",
                    "−8 900",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note="No amount and no cue word in the prose: the table row's (its unit, tkr, is given only in "
                    "the reading note above the table).",
                ),
            ),
            (
                "Jämfört med september har prognosen försämrats med 1,3 mnkr, eftersom ytterligare fyra brukare med "
                "behov av dubbelbemanning har tillkommit.",
                F("Hemtjänst", "1,3 mnkr", "-", "volymer"),
            ),
        ),
        H("3.2 Vård- och omsorgsboende", 2),
        P(
            "Kostnaderna för vård- och omsorgsboende blir 4,1 mnkr högre än budgeterat. Beläggningen på de egna "
            "boendena har legat nära 100 procent under hela året, och nämnden har därför köpt i genomsnitt sex "
            "platser av externa utförare. Därtill har den höga sjukfrånvaron på Skogsbackens boende krävt fler "
            "timvikarier än planerat.",
            C(
                "Vård- och omsorgsboende",
                "4,1 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "sjukfranvaro",
                "vikarier",
                note="'Högre än budgeterat' without 'avvikelse' or 'underskott'.",
            ),
        ),
        H("3.3 Myndighetsutövning", 2),
        P(
            "Myndighetsutövningen har 2,6 mnkr högre personalkostnader än budgeterat. Fyra biståndshandläggare har "
            "hyrts in från ett konsultföretag sedan i våras, eftersom tjänsterna inte har gått att tillsätta och "
            "handläggningstiderna annars skulle ha blivit för långa.",
            C("Myndighetsutövning", "2,6 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        H("3.4 Nämnd och ledning", 2),
        P(
            "Lägre kostnader än budgeterat för nämnd och ledning, 1,4 mnkr, beror på att den centrala reserven för "
            "oförutsedda kostnader inte har behövt tas i anspråk.",
            C(
                "Nämnd och ledning",
                "1,4 mnkr",
                "+",
                "reserver",
                note="'Lägre kostnader än budgeterat' opens the sentence.",
            ),
        ),
        H("3.5 Dagverksamhet samt hälso- och sjukvård", 2),
        P(
            "Dagverksamheten har ett överskott och hälso- och sjukvården ett underskott på vardera 0,65 mnkr. "
            "Överskottet beror på färre deltagare än planerat och underskottet på högre kostnader för "
            "sjukvårdsmaterial och hjälpmedel.",
            C(
                "Dagverksamhet",
                "0,65 mnkr",
                "+",
                "volymer",
                note="Two verksamheter, opposite directions, one shared amount ('vardera'): two items, the whole "
                "paragraph each, causes split.",
                also=(C("Hälso- och sjukvård", "0,65 mnkr", "-", "material_hjalpmedel"),),
            ),
        ),
        H("4. Åtgärder", 1),
        P("Nämndens åtgärdsplan från juni omfattar bland annat följande:"),
        Bullets(
            (
                "Översyn av alla hemtjänstbeslut över 100 timmar per månad, med en beräknad effekt på 1,1 mnkr för "
                "helåret.",
                "Hemtagning av externa platser när ytterligare en avdelning öppnar på Ulriksdals vård- och "
                "omsorgsboende i november, vilket beräknas ge 0,8 mnkr lägre kostnader.",
                "Avslut av konsultavtalen inom myndighetsutövningen vid årsskiftet; effekten, 2,4 mnkr, uppstår först "
                "2026.",
            ),
            labels=(
                A("Hemtjänst", "1,1 mnkr", "volymer"),
                A("Vård- och omsorgsboende", "0,8 mnkr", "kopt_verksamhet"),
                A("Myndighetsutövning", "2,4 mnkr", "inhyrd_personal", note="Its effect is for next year."),
            ),
        ),
        P("Effekten av de två första åtgärderna ingår i prognosen."),
        H("5. Risker", 1),
        P(
            "Prognosen förutsätter att beläggningen på vård- och omsorgsboendena inte ökar ytterligare. Om nämnden "
            "behöver köpa fler externa platser under november och december kan underskottet öka med upp till 1 mnkr.",
            O("Vård- och omsorgsboende", "kopt_verksamhet", note="Risk."),
        ),
        H("6. Nyckeltal", 1),
        figures,
    ]
    return ReportSpec(
        file="solna-on-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Solna",
            "committee": ["Omvårdnadsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Omvårdnadsnämnden", "author": "Solna stad"},
        style=style,
        blocks=blocks,
    )
