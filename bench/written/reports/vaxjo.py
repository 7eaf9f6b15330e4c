"""Växjö kommun, Utbildningsnämnden, tertialrapport 1 2025.

Headings that carry the area and amount in tkr ("Grundskola F–6 −5 870 tkr", "Nämnd ±0 tkr") with one
short paragraph each, a table per verksamhet (avvikelse = budget − prognos), a whole-unit summary, an
unchanged forecast, a volume table and volume prose (other), goal follow-up with a year-on-year "beror
på" (other), an action and a risk. DejaVu Sans, numbered headings.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        size=9.5,
        leading=1.42,
        heading_sizes=(13.5, 11.0, 10.0),
        margins=(72.0, 76.0, 72.0, 72.0),
        header=lambda n, m: ("Växjö kommun", "Utbildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2025", "", f"{n}/{m}"),
    )
    per_unit = Table(
        caption="Driftredovisning per verksamhet, tkr. Avvikelse = budget − prognos.",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd", "2 100", "2 100", "0"),
            ("Central administration", "48 600", "46 550", "2 050"),
            ("Förskola", "612 300", "608 888", "3 412"),
            ("Fritidshem", "141 800", "141 800", "0"),
            ("Grundskola F–6", "838 200", "844 070", "−5 870"),
            ("Grundskola 7–9", "452 900", "454 140", "−1 240"),
            ("Anpassad grundskola", "76 400", "78 505", "−2 105"),
            ("Modersmål och studiehandledning", "14 300", "13 890", "410"),
            ("Skolskjuts", "39 700", "41 330", "−1 630"),
            ("Summa", "2 226 300", "2 231 273", "−4 973"),
        ),
        widths=(170.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({9}),
        shade=(0.9, 0.9, 0.9),
        size=8.5,
    )
    volumes = Table(
        caption="Antal barn och elever, genomsnitt för året",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "4 820", "4 724", "−96"),
            ("Grundskola F–6", "8 910", "9 050", "140"),
            ("Grundskola 7–9", "3 870", "3 885", "15"),
            ("Anpassad grundskola", "112", "115", "3"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        shade=(0.9, 0.9, 0.9),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2025", size=20),
        Title("Utbildningsnämnden", size=13, font="body", after=14),
        H("1 Ekonomisk sammanfattning", 1),
        P(
            "Utbildningsnämnden prognostiserar per april ett underskott om 5,0 mnkr för helåret, vilket "
            "motsvarar 0,2 procent av nämndens budget.",
            C(None, "5,0 mnkr", "-"),
        ),
        P("Prognosen är oförändrad jämfört med den som lämnades i februari.", BF(None)),
        P(
            "Underskottet finns i grundskolan och den anpassade grundskolan, medan förskolan och den centrala "
            "administrationen visar överskott. Elevantalet i grundskolan har ökat mer än vad som antogs i "
            "budgeten, samtidigt som antalet barn i förskolan minskar.",
            C(
                None,
                None,
                "-",
                "volymer",
                note="Summary of where the deficit lies and why; no amount stated.",
            ),
        ),
        per_unit,
        H("2 Kommentarer per verksamhet", 1),
        HP(
            "Nämnd ±0 tkr",
            "Nämndens kostnader för arvoden och utbildning följer budget.",
            BP("Nämnd", "±0 tkr"),
        ),
        HP(
            "Central administration +2 050 tkr",
            "Två tjänster som utvecklingsledare har stått vakanta under våren och rekryteringarna beräknas vara "
            "klara först i augusti. Kostnaderna för licenser blir dessutom lägre än budgeterat sedan avtalet "
            "för lärplattformen har omförhandlats.",
            C("Central administration", "+2 050 tkr", "+", "vakanser", "it_digitalisering"),
        ),
        HP(
            "Förskola +3 412 tkr",
            "Antalet inskrivna barn är i genomsnitt 96 färre än budgeterat. Enheterna har anpassat bemanningen "
            "efter barnantalet, men med viss eftersläpning.",
            C("Förskola", "+3 412 tkr", "+", "volymer", "bemanning"),
        ),
        HP("Fritidshem 0 tkr", "Ingen avvikelse mot budget.", BP("Fritidshem", "0 tkr")),
        HP(
            "Grundskola F–6 −5 870 tkr",
            "Inflyttningen har gett 140 fler elever i årskurs F–6 än budgeterat, de flesta i kommunens egna "
            "skolor i Teleborg och på Öster. Skolpengen täcker inte kostnaden för de extra klasser som har "
            "behövt startas.",
            C("Grundskola F–6", "−5 870 tkr", "-", "volymer"),
        ),
        HP(
            "Grundskola 7–9 −1 240 tkr",
            "Fler elever än budgeterat väljer fristående skolor och skolor i andra kommuner, vilket ökar "
            "kostnaden för interkommunal ersättning och skolpeng till fristående huvudmän.",
            C("Grundskola 7–9", "−1 240 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Anpassad grundskola −2 105 tkr",
            "Tre elever med omfattande behov har tillkommit sedan budgeten lades, och två av dem har fått plats "
            "på skola i annan kommun.",
            C("Anpassad grundskola", "−2 105 tkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Modersmål och studiehandledning +410 tkr",
            "Färre elever än beräknat har anmält sig till modersmålsundervisning.",
            C("Modersmål och studiehandledning", "+410 tkr", "+", "volymer"),
        ),
        HP(
            "Skolskjuts −1 630 tkr",
            "Det nya skolskjutsavtalet som gäller från januari har en högre ersättning per kilometer än det "
            "tidigare avtalet. Även indexuppräkningen i avtalet blev högre än vad som antogs i budgeten.",
            C("Skolskjuts", "−1 630 tkr", "-", "prisokningar"),
        ),
        H("3 Volymer", 1),
        volumes,
        P(
            "Antalet barn i förskolan beräknas bli 96 färre än budgeterat, medan antalet elever i grundskolan "
            "F–6 blir 140 fler. Avvikelserna avser genomsnittligt antal under året.",
            O(None, "volymer", note="Volume deviation (children and pupils), not kronor."),
        ),
        P(
            "Antalet elever i grundskolan har ökat med 2,3 procent jämfört med samma tid föregående år, vilket "
            "beror på inflyttning till de nya bostadsområdena.",
            O("Grundskola F–6", "volymer", note="Year-on-year with 'beror på'."),
        ),
        H("4 Uppföljning av mål", 1),
        P(
            "Målet Alla elever ska lämna grundskolan med godkända betyg i samtliga ämnen bedöms delvis uppfyllas. "
            "Andelen elever i årskurs 9 som är behöriga till ett yrkesprogram ska överstiga 90 procent; "
            "vårterminens prognos är 87 procent.",
            O("Grundskola 7–9", note="Goal follow-up."),
        ),
        P(
            "Andelen legitimerade förskollärare har ökat från 41 till 44 procent jämfört med föregående år, "
            "vilket beror på att fler barnskötare har studerat till förskollärare med bibehållen lön.",
            O("Förskola", note="Year-on-year goal indicator with 'beror på'."),
        ),
        P(
            "Sjukfrånvaron bland nämndens medarbetare var 6,1 procent under perioden, vilket är något lägre "
            "än samma period föregående år.",
            O(None, "sjukfranvaro", note="Year-on-year staff figure."),
        ),
        H("5 Åtgärder och risker", 1),
        P(
            "Förvaltningen har påbörjat en översyn av resursfördelningsmodellen för grundskolan så att den bättre "
            "speglar kostnaden för nya klasser. Ändringen kan tidigast få effekt från höstterminen 2026.",
            A("Grundskola F–6", None, "volymer"),
        ),
        P(
            "Det finns en risk att kostnaderna för skolskjuts ökar ytterligare om fler elever beviljas skolskjuts "
            "på grund av trafikfarliga skolvägar.",
            O("Skolskjuts", note="Risk."),
        ),
    ]
    return ReportSpec(
        file="vaxjo-un-tertialrapport-2025-04.pdf",
        report={
            "municipality": "Växjö",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2025 Utbildningsnämnden", "author": "Växjö kommun"},
        style=style,
        blocks=blocks,
    )
