"""Falkenbergs kommun, Socialnämnden, delårsrapport 2025-08.

A social committee's interim report (individ- och familjeomsorg, funktionsstöd and elderly care), footer
with the nämnd's meeting in September: the full year "underskott på 18,5 mkr … motsvarande 1,9 procent" (the
percentage is not the amount) and the period "9,7 mkr sämre än periodiserad budget" in separate sentences; a
kostnadsslag table with hyphen-minus deficits, then kostnadsslag paragraphs ("Köp av verksamhet överskrider
budget med 14,2 mkr, varav 9,8 mkr" (one item with the total), revenue "3,1 mkr högre än budgeterat" and a
reason-only personnel paragraph (the table's "-2,4"), other costs "överstiger budget med 5,5 mkr" and a
reason-only premises paragraph (the row's "0,5")); bold run-in verksamheter with a colon
("Individ- och familjeomsorg:") in varied shapes ("prognostiserar −12,6 mkr", "Underskottet på 4,3 mkr
förklaras av", "beräknas gå 0,3 mkr back"), home care and residential care as a "respektive" pair with signs
("−3,4 mkr respektive +2,1 mkr"); the change since April with its cause; actions as bullets (one without an
effect, one "beräknad effekt 0,8 mkr"); a risk (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 76.0),
        header=lambda n, m: ("Falkenbergs kommun", "Socialnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025, behandlad 2025-09-25", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, mkr",
        header=(("", "Budget 2025", "Utfall jan-aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "142,0", "98,1", "145,1", "3,1"),
            ("Personalkostnader", "-688,5", "-462,3", "-690,9", "-2,4"),
            ("Köp av verksamhet", "-176,3", "-127,9", "-190,5", "-14,2"),
            ("Lokalkostnader", "-58,7", "-38,8", "-58,2", "0,5"),
            ("Övriga kostnader", "-192,5", "-131,4", "-198,0", "-5,5"),
            ("Nettokostnad", "-974,0", "-662,3", "-992,5", "-18,5"),
        ),
        widths=(150.0, 72.0, 78.0, 72.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Socialnämnden prognostiserar ett underskott på 18,5 mkr för helåret, motsvarande 1,9 procent "
                    "av nämndens budgetram.",
                    C(
                        None,
                        "18,5 mkr",
                        "-",
                        note="The full year; the percentage of the frame is not the amount.",
                    ),
                ),
                (
                    "Per augusti är utfallet 9,7 mkr sämre än periodiserad budget.",
                    C(None, "9,7 mkr", "-", note="The period in a sentence of its own."),
                ),
            )
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        P(
            "Köp av verksamhet överskrider budget med 14,2 mkr, varav 9,8 mkr avser placeringar av barn och unga "
            "på HVB och i familjehem. Resten avser köpta platser inom LSS för vuxna.",
            C(
                "Köp av verksamhet",
                "14,2 mkr",
                "-",
                "kopt_verksamhet",
                note="One item with the total; the 'varav' is a part.",
            ),
        ),
        P(
            "Intäkterna beräknas bli 3,1 mkr högre än budgeterat, tack vare högre riktade statsbidrag inom "
            "äldreomsorgen och ersättningar från Migrationsverket.",
            C("Intäkter", "3,1 mkr", "+", "statsbidrag"),
        ),
        P(
            "Personalkostnaderna påverkas av att vakanta sjukskötersketjänster har fått täckas med övertid och "
            "timanställda under sommaren.",
            C(
                "Personalkostnader",
                "-2,4",
                "-",
                "vakanser",
                "overtid",
                "vikarier",
                unit="mkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        P(
            "Övriga kostnader överstiger budget med 5,5 mkr, främst på grund av högre kostnader för ekonomiskt "
            "bistånd och för förbrukningsmaterial inom hemtjänsten.",
            C("Övriga kostnader", "5,5 mkr", "-", "ekonomiskt_bistand", "material_hjalpmedel"),
        ),
        P(
            "Lokalkostnaderna blir lägre sedan en gruppbostad har flyttat till mindre lokaler.",
            C(
                "Lokalkostnader",
                "0,5",
                "+",
                "lokaler",
                unit="mkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Individ- och familjeomsorg:",
            "Verksamheten prognostiserar −12,6 mkr. Antalet placerade barn och unga har ökat sedan årsskiftet, och "
            "försörjningsstödet ökar när fler hushåll saknar arbete.",
            C(
                "Individ- och familjeomsorg",
                "−12,6 mkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "ekonomiskt_bistand",
                note="A bold run-in verksamhet with a colon.",
            ),
        ),
        LP(
            "Funktionsstöd:",
            "Underskottet på 4,3 mkr förklaras av två nya ärenden inom personlig assistans där Försäkringskassan "
            "har avslagit ansökan om assistansersättning, samt av utökad bemanning i en gruppbostad.",
            C("Funktionsstöd", "4,3 mkr", "-", "ersattning_fk", "bemanning"),
        ),
        LP(
            "Vård och omsorg:",
            "Hemtjänsten och särskilt boende visar −3,4 mkr respektive +2,1 mkr. Hemtjänsttimmarna har ökat med "
            "9 procent sedan januari, medan en korttidsavdelning på ett särskilt boende har hållits stängd under "
            "sommaren.",
            C(
                "Hemtjänst",
                "−3,4 mkr",
                "-",
                "volymer",
                note="A 'respektive' pair: home care's item, its own reason.",
                also=(
                    C(
                        "Särskilt boende",
                        "+2,1 mkr",
                        "+",
                        "ovrigt",
                        note="A 'respektive' pair: residential care's item. A closed unit is ovrigt.",
                    ),
                ),
            ),
        ),
        LP(
            "Ledning och administration:",
            "Ledning och administration beräknas gå 0,3 mkr back på grund av licenskostnader för det nya "
            "verksamhetssystemet.",
            C("Ledning och administration", "0,3 mkr", "-", "it_digitalisering", note="'Gå back': negative."),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Jämfört med prognosen per april är det en försämring med 6,0 mkr, som i huvudsak beror på nya "
            "placeringar inom individ- och familjeomsorgen.",
            F(None, "6,0 mkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av samtliga externa placeringar, med målet att fler barn ska kunna tas emot i kommunens "
                "egna familjehem.",
                "Anställningsstopp för administrativa tjänster under hösten, beräknad effekt 0,8 mkr.",
            ),
            labels=(
                A(
                    "Individ- och familjeomsorg",
                    None,
                    "kopt_verksamhet",
                    note="An action with no stated effect.",
                ),
                A(None, "0,8 mkr", "vakanser"),
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för placeringar ökar ytterligare under hösten, eftersom flera "
            "utredningar pågår som kan leda till placering.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="falkenberg-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Falkenberg",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Socialnämnden", "author": "Falkenbergs kommun"},
        style=style,
        blocks=blocks,
    )
