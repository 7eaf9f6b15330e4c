"""Haparanda stad, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report in tkr with U+2212 minus signs, footer with the nämnd's meeting date in
May: one sentence with the period's surplus against the periodised budget "men helårsprognosen pekar på ett
underskott på 4 600 tkr" (one item, the full year's), the period surplus's timing reason in a paragraph of its
own (amount null), the change since February with its cause in the next sentence (one item); a
verksamhet table (budget minus prognos); headings that carry the verksamhet and its amount in brackets
("Förskola (−2 350 tkr)", "Gymnasieskola (+900 tkr)") with one paragraph each: pupil numbers that are levels
("från 14 till 18 elever"), a one-off part "cirka 300 tkr" inside the surplus, a vacancy; the kulturskola that
"följer budget" (boilerplate); three actions as bullets after an unlabelled lead-in, one with an effect; sick
leave against last year (other). 8 scored causes. DejaVu Serif 10 pt with DejaVu Sans Condensed headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 76.0),
        header=lambda n, m: ("Haparanda stad", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-05-21", "", f"sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Budgetavvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "9 850", "3 020", "9 450", "400"),
            ("Förskola", "58 300", "19 050", "60 650", "−2 350"),
            ("Grundskola F–9", "112 400", "36 900", "114 350", "−1 950"),
            ("Grundsärskola", "6 700", "2 480", "7 900", "−1 200"),
            ("Gymnasieskola", "41 200", "13 200", "40 300", "900"),
            ("Kulturskola", "3 900", "1 290", "3 900", "0"),
            ("Vuxenutbildning", "10 600", "3 300", "11 000", "−400"),
            ("Summa", "242 950", "79 240", "247 550", "−4 600"),
        ),
        widths=(146.0, 64.0, 76.0, 72.0, 92.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 – 2026", size=20, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="serif-italic", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "För januari–april redovisar nämnden ett överskott på 1 870 tkr mot periodiserad budget, men "
            "helårsprognosen pekar på ett underskott på 4 600 tkr.",
            C(
                None,
                "4 600 tkr",
                "-",
                note="The period and the full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Periodens överskott är till största delen tillfälligt. Statsbidraget för lågstadiesatsningen har "
            "betalats ut i förskott, och personalkostnaderna för sommarens lovskola faller ut först i juni–augusti.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i februari är bedömningen 1 100 tkr sämre. Försämringen förklaras av att "
            "ytterligare fyra elever i grundsärskolan behöver elevassistent hela skoldagen.",
            F(
                None,
                "1 100 tkr",
                "-",
                "volymer",
                note="The change and its reason in the next sentence: one item.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola (−2 350 tkr)",
            "Barnantalet har inte minskat i den takt som befolkningsprognosen förutsatte. I stället för att slå ihop "
            "två avdelningar på Aspens förskola behöver båda hållas öppna hela året. Dessutom har "
            "vikariekostnaderna varit höga under en period med många sjukskrivningar.",
            C(
                "Förskola",
                "−2 350 tkr",
                "-",
                "volymer",
                "vikarier",
                "sjukfranvaro",
                note="The heading carries the area and the amount in brackets.",
            ),
        ),
        HP(
            "Grundskola F–9 (−1 950 tkr)",
            "Skolskjutsarna blir dyrare än budgeterat sedan det nya avtalet med taxibolaget trädde i kraft den 1 "
            "januari. Fler nyanlända elever än beräknat har också rätt till studiehandledning på modersmål, något "
            "som inte ryms i budgeten.",
            C("Grundskola F–9", "−1 950 tkr", "-", "prisokningar", "volymer"),
        ),
        HP(
            "Grundsärskola (−1 200 tkr)",
            "Elevgruppen har vuxit från 14 till 18 elever sedan höstterminen, och flera av de nya eleverna behöver "
            "en egen assistent.",
            C("Grundsärskola", "−1 200 tkr", "-", "volymer", note="Pupil numbers are levels, not amounts."),
        ),
        HP(
            "Gymnasieskola (+900 tkr)",
            "Färre ungdomar än budgeterat går gymnasieprogram i andra kommuner, vilket sänker kostnaderna för "
            "interkommunal ersättning. En del av överskottet, cirka 300 tkr, är dock av engångskaraktär eftersom "
            "en faktura från Luleå avsåg 2025 och redan hade reserverats i bokslutet.",
            C(
                "Gymnasieskola",
                "+900 tkr",
                "+",
                "kopt_verksamhet",
                "volymer",
                "periodisering",
                note="'Cirka 300 tkr' is a one-off part of the surplus, not the amount.",
            ),
        ),
        HP(
            "Vuxenutbildning (−400 tkr)",
            "Statsbidraget för regional yrkesvux blir lägre än budgeterat, eftersom fördelningen inom länet gav "
            "Haparanda färre platser än vi räknat med.",
            C("Vuxenutbildning", "−400 tkr", "-", "statsbidrag"),
        ),
        HP(
            "Nämnd och förvaltningsledning (+400 tkr)",
            "En tjänst som utvecklingsledare har lämnats vakant under våren.",
            C("Nämnd och förvaltningsledning", "+400 tkr", "+", "vakanser"),
        ),
        P("Kulturskolans kostnader och intäkter följer budget.", BP("Kulturskola")),
        H("Åtgärder för en budget i balans", 2),
        P("Förvaltningen föreslår följande åtgärder inför hösten:"),
        Bullets(
            (
                "en översyn av barngrupperna i förskolan inför höstterminen, med en möjlig besparing på 600 tkr under "
                "resten av året",
                "samordnade skolskjutsslingor för eleverna i Nikkala och Kukkola från augusti",
                "återhållsamhet med inköp av inventarier och läromedel till och med december",
            ),
            labels=(
                A("Förskola", "600 tkr", "bemanning"),
                A("Grundskola F–9", None),
                A(None, None, "material_hjalpmedel"),
            ),
            glyph="–",
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland nämndens medarbetare var 7,9 procent under perioden, jämfört med 6,4 procent under "
            "samma period förra året.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="haparanda-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Haparanda",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Haparanda stad"},
        style=style,
        blocks=blocks,
    )
