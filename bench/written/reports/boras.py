"""Borås Stad, Vård- och omsorgsnämnden, månadsuppföljning mars 2025.

A result table per verksamhet in tkr (positive deviation = surplus), then one heading per verksamhet
that carries its area and amount ("Hemtjänst −4 120 tkr") with one short paragraph each, a cue-less
second sentence ("Även livsmedelskostnaderna väntas bli något högre …"), a buffer as a cause, a
forecast change, actions as bullets with their effect, a sick-leave table with a year-on-year "beror
på" (other) and a risk. Liberation Sans (Arial), U+2212 minus signs.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.32,
        heading_sizes=(13.0, 11.5, 10.5),
        margins=(68.0, 72.0, 68.0, 70.0),
        header=lambda n, m: ("Borås Stad", "Vård- och omsorgsnämnden – Månadsuppföljning mars 2025"),
        footer=lambda n, m: ("", "", f"{n} ({m})"),
        rule_under_header=True,
    )
    result = Table(
        caption="Tabell 1. Driftredovisning per verksamhet, tkr (positiv avvikelse = överskott)",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–mar", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "28 400", "6 950", "28 900", "−500"),
            ("Hemtjänst", "412 600", "107 300", "416 720", "−4 120"),
            ("Särskilt boende", "588 900", "150 800", "592 550", "−3 650"),
            ("Hälso- och sjukvård", "96 300", "25 100", "97 780", "−1 480"),
            ("Funktionsstöd LSS", "231 400", "56 900", "230 640", "760"),
            ("Personlig assistans", "74 200", "19 800", "76 400", "−2 200"),
            ("Myndighetsutövning", "41 700", "10 100", "41 310", "390"),
            ("Buffert", "1 000", "0", "0", "1 000"),
            ("Summa", "1 474 500", "376 950", "1 484 300", "−9 800"),
        ),
        widths=(150.0, 72.0, 72.0, 72.0, 60.0),
        bold_rows=frozenset({8}),
        shade=(0.85, 0.9, 0.95),
        grid=True,
        size=8.5,
    )
    sick = Table(
        caption="Tabell 2. Sjukfrånvaro i procent av ordinarie arbetstid, januari–mars",
        header=(("Verksamhet", "2025", "2024"),),
        rows=(
            ("Hemtjänst", "10,8", "9,1"),
            ("Särskilt boende", "9,6", "8,8"),
            ("Hälso- och sjukvård", "6,2", "6,5"),
            ("Funktionsstöd", "8,1", "7,4"),
            ("Totalt", "9,3", "8,2"),
        ),
        widths=(150.0, 60.0, 60.0),
        bold_rows=frozenset({4}),
        shade=(0.85, 0.9, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning mars 2025", size=20, font="arial-bold"),
        Title("Vård- och omsorgsnämnden", size=13, font="arial", after=14),
        H("1. Sammanfattning", 1),
        P(
            "Vård- och omsorgsnämnden prognostiserar ett underskott på 9,8 mnkr för helåret 2025. "
            "Underskottet finns framför allt inom hemtjänst och särskilt boende, där behoven har ökat "
            "snabbare än vad som förutsågs när budgeten beslutades.",
            C(None, "9,8 mnkr", "-", "volymer", note="Whole-committee forecast; table 1 Summa −9 800."),
        ),
        P(
            "Jämfört med februariprognosen är det en försämring med 2,1 mnkr.",
            F(None, "2,1 mnkr", "-"),
        ),
        P(
            "Utfallet för januari–mars visar en negativ avvikelse mot periodiserad budget med 2,9 mnkr.",
            C(None, "2,9 mnkr", "-", note="Period deviation against the periodised budget."),
        ),
        P(
            "Förvaltningen har tagit fram en åtgärdsplan som redovisas i avsnitt 4.",
            A(None, note="Pointer to the action plan."),
        ),
        H("2. Ekonomiskt resultat per verksamhet", 1),
        result,
        HP(
            "Nämnd och förvaltningsledning −500 tkr",
            "Kostnader för konsultstöd i samband med upphandlingen av ett nytt planeringssystem för "
            "hemtjänsten belastar förvaltningsledningen. Kostnaden var inte budgeterad.",
            C(
                "Nämnd och förvaltningsledning",
                "−500 tkr",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                note="Consultants for an IT procurement: konsulter (inhyrd_personal) and IT system.",
            ),
        ),
        HP(
            "Hemtjänst −4 120 tkr",
            "Antalet beviljade hemtjänsttimmar har ökat med drygt 6 procent sedan budgeten fastställdes, "
            "samtidigt som ersättningen per timme ligger kvar på 2024 års nivå. Sjukfrånvaron i "
            "hemtjänstgrupperna i norr och väster har varit hög under årets första månader, vilket ger "
            "ökade kostnader för sjuklön och timvikarier.",
            C("Hemtjänst", "−4 120 tkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        HP(
            "Särskilt boende −3 650 tkr",
            "Underskottet förklaras i huvudsak av att nattbemanningen på tre boenden har förstärkts efter "
            "beslut om ökad tillsyn, utan att budgeten har justerats. Även livsmedelskostnaderna väntas bli "
            "något högre än budgeterat till följd av att kostenhetens priser höjdes i januari.",
            C("Särskilt boende", "−3 650 tkr", "-", "bemanning", "prisokningar"),
        ),
        P(
            "Beläggningen har under perioden legat på 97 procent, vilket är i nivå med budget.",
            O("Särskilt boende", "volymer", note="Occupancy in line with budget: context, no deviation."),
        ),
        HP(
            "Hälso- och sjukvård −1 480 tkr",
            "Svårigheter att rekrytera sjuksköterskor till kvällar och helger har gjort att enheten under "
            "perioden har anlitat bemanningsföretag. Kostnaden för hyrsjuksköterskor uppgick till 1 150 tkr "
            "till och med mars.",
            C(
                "Hälso- och sjukvård",
                "−1 480 tkr",
                "-",
                "vakanser",
                "inhyrd_personal",
                note="1 150 tkr is the period's cost of agency nurses, a supporting figure; the deviation is the heading's.",
            ),
        ),
        HP(
            "Funktionsstöd LSS +760 tkr",
            "Två planerade gruppbostadsplatser har ännu inte tagits i bruk, och vakanta tjänster inom daglig "
            "verksamhet har inte återbesatts fullt ut.",
            C("Funktionsstöd LSS", "+760 tkr", "+", "volymer", "vakanser"),
        ),
        HP(
            "Personlig assistans −2 200 tkr",
            "Försäkringskassan har vid omprövning dragit in assistansersättningen för två brukare, och "
            "kommunen bär nu hela kostnaden för deras insatser. Därtill har antalet beslut om personlig "
            "assistans enligt LSS ökat med tre sedan årsskiftet.",
            C("Personlig assistans", "−2 200 tkr", "-", "ersattning_fk", "volymer"),
        ),
        HP(
            "Myndighetsutövning +390 tkr",
            "Överskottet beror på vakanta handläggartjänster under första kvartalet.",
            C("Myndighetsutövning", "+390 tkr", "+", "vakanser"),
        ),
        HP(
            "Buffert +1 000 tkr",
            "Nämndens buffert är inte fördelad och redovisas som ett överskott i prognosen.",
            C("Buffert", "+1 000 tkr", "+", "reserver"),
        ),
        H("3. Prognosförändring", 1),
        P(
            "Prognosen har försämrats med 2,1 mnkr sedan februari. Förändringen avser främst hemtjänsten, där "
            "antalet beviljade timmar fortsatte att öka under mars.",
            F(None, "2,1 mnkr", "-", "volymer"),
        ),
        P(
            "För övriga verksamheter är prognosen oförändrad jämfört med februari.",
            BF(None),
        ),
        H("4. Åtgärder", 1),
        P("För att minska underskottet genomförs följande åtgärder under året:"),
        Bullets(
            (
                "Översyn av scheman och delade turer inom hemtjänsten, beräknad helårseffekt 1,2 mnkr.",
                "Samordnad vikarieanskaffning via bemanningsenheten för att minska användningen av "
                "timvikarier, beräknad effekt 0,6 mnkr.",
                "Anställningsprövning av samtliga tjänster inom administrationen.",
                "Avtalet med bemanningsföretaget för sjuksköterskor avslutas senast den 30 juni.",
            ),
            labels=(
                A("Hemtjänst", "1,2 mnkr", "bemanning"),
                A(None, "0,6 mnkr", "vikarier"),
                A(None),
                A("Hälso- och sjukvård", None, "inhyrd_personal"),
            ),
            glyph="–",
        ),
        P(
            "Åtgärdernas effekter är inte inräknade i prognosen.",
            O(None, note="Forecast method: the actions' effects are left out."),
        ),
        H("5. Personal", 1),
        sick,
        P(
            "Sjukfrånvaron har ökat jämfört med samma period föregående år, vilket främst beror på en "
            "influensavåg i februari.",
            O(None, "sjukfranvaro", note="Year-on-year comparison with 'beror på', not against budget."),
        ),
        P(
            "Antalet årsarbetare har ökat med 14 jämfört med mars 2024, främst inom särskilt boende där två nya "
            "avdelningar har öppnat.",
            O("Särskilt boende", "volymer", note="Year-on-year staffing figure."),
        ),
        P(
            "Antalet beviljade hemtjänsttimmar uppgick i mars till 41 200, jämfört med 38 700 i mars 2024.",
            O("Hemtjänst", "volymer", note="Year-on-year volume figure."),
        ),
        H("6. Risker och osäkerheter", 1),
        P(
            "Prognosen bygger på att antalet hemtjänsttimmar planar ut under våren. Om ökningen fortsätter i "
            "samma takt som under första kvartalet kan underskottet bli ytterligare 2–3 mnkr.",
            O("Hemtjänst", "volymer", note="Risk."),
        ),
        P(
            "Nämnden har inget eget kapital att ta i anspråk, eftersom fullmäktige beslutade att nollställa "
            "nämndernas resultatfonder i samband med bokslutet 2024.",
            O(None, "reserver", note="Equity statement."),
        ),
    ]
    return ReportSpec(
        file="boras-von-manadsuppfoljning-2025-03.pdf",
        report={
            "municipality": "Borås",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2025 – Vård- och omsorgsnämnden", "author": "Borås Stad"},
        style=style,
        blocks=blocks,
    )
