"""Höörs kommun, Vård- och omsorgsnämnden, delårsrapport per augusti 2025.

An elderly-care interim report in DejaVu Serif Condensed whose footer carries the nämnd's meeting in
September: the period "3 215 tkr sämre än periodens budget" and the full year "ett underskott på 5 900 tkr"
in two sentences (two items, a percentage of the frame beside the full year is not the amount), the change
since April with its causes (a forecast change); a kostnadsslag table in tkr with hyphen-minus; three
kostnadsslag in one sentence ("överstiger budget med 6 400 tkr och köp av verksamhet med 1 300 tkr, medan
intäkterna blir 2 600 tkr högre", three items), two reason-only kostnadsslag that take their rows' cells
("600", "-1 400", one after "Inom"); then en-dash bullets under a generic heading ("Verksamheternas
kommentarer") in varied shapes ("Hemtjänsten: underskottet om 4 100 tkr", "landar på ett överskott om 1 200
tkr", "För hälso- och sjukvården blir prognosen −2 300 tkr", "budget bedöms räcka" (boilerplate), "ett
mindre överskott, 300 tkr"); an action with its effect, home-care clients against last year (other) and
investments "bedöms förbrukas fullt ut" (boilerplate). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "A reason-only passage: the table row's cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Höörs kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden", "Sammanträde 2025-09-24", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "41 200", "43 800", "2 600"),
            ("Personalkostnader", "-268 900", "-275 300", "-6 400"),
            ("Köp av verksamhet", "-18 700", "-20 000", "-1 300"),
            ("Lokalkostnader", "-31 500", "-30 900", "600"),
            ("Övriga kostnader", "-22 400", "-23 800", "-1 400"),
            ("Nettokostnad", "-300 300", "-306 200", "-5 900"),
        ),
        widths=(150.0, 90.0, 90.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="serif-cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="serif-cond", after=14),
        H("Ekonomisk uppföljning", 1),
        P(
            "Vård- och omsorgsnämnden redovisar per den 31 augusti ett resultat som är 3 215 tkr sämre än "
            "periodens budget.",
            C(None, "3 215 tkr", "-", note="The period, a sentence of its own."),
        ),
        P(
            "För helåret prognostiseras ett underskott på 5 900 tkr, vilket motsvarar 1,8 procent av nämndens "
            "ram.",
            C(None, "5 900 tkr", "-", note="The full year; the percentage of the frame is not the amount."),
        ),
        P(
            "I jämförelse med aprilprognosen är det en försämring med 2 100 tkr, som framför allt förklaras av "
            "ökade kostnader för sjuklön och övertid under sommaren.",
            F(None, "2 100 tkr", "-", "sjukfranvaro", "overtid"),
        ),
        table,
        P(
            "Personalkostnaderna överstiger budget med 6 400 tkr och köp av verksamhet med 1 300 tkr, medan "
            "intäkterna blir 2 600 tkr högre än budgeterat tack vare det förstärkta statsbidraget till "
            "äldreomsorgen.",
            C(
                "Personalkostnader",
                "6 400 tkr",
                "-",
                note="Three kostnadsslag in one sentence: three items with the same text, the grant only for "
                "the revenue.",
                also=(
                    C("Köp av verksamhet", "1 300 tkr", "-"),
                    C("Intäkter", "2 600 tkr", "+", "statsbidrag"),
                ),
            ),
        ),
        P(
            "Lokalkostnaderna blir lägre än budget, eftersom hyran för det nya korttidsboendet började debiteras "
            "först i juni.",
            C("Lokalkostnader", "600", "+", "lokaler", "periodisering", unit="tkr", table=True, note=ROW),
        ),
        P(
            "Inom övriga kostnader är det framför allt inkontinenshjälpmedel och förbrukningsmaterial som kostar "
            "mer än budgeterat.",
            C("Övriga kostnader", "-1 400", "-", "material_hjalpmedel", unit="tkr", table=True, note=ROW),
        ),
        H("Verksamheternas kommentarer", 2),
        Bullets(
            (
                "Hemtjänsten: underskottet om 4 100 tkr beror på att antalet utförda timmar har ökat med 9 procent "
                "sedan årsskiftet och på höga kostnader för timvikarier.",
                "Särskilt boende landar på ett överskott om 1 200 tkr, främst eftersom en avdelning på Lärkängens "
                "boende har hållits stängd under renovering.",
                "För hälso- och sjukvården blir prognosen −2 300 tkr. Nattsjuksköterskor har behövt hyras in från "
                "bemanningsföretag under sommaren.",
                "Myndighetsenhetens budget bedöms räcka hela året.",
                "Dagverksamhet och anhörigstöd visar ett mindre överskott, 300 tkr, på grund av lägre efterfrågan.",
            ),
            labels=(
                C("Hemtjänst", "4 100 tkr", "-", "volymer", "vikarier"),
                C("Särskilt boende", "1 200 tkr", "+", "ovrigt", note="A closure for renovation is ovrigt."),
                C("Hälso- och sjukvård", "−2 300 tkr", "-", "inhyrd_personal"),
                BP("Myndighetsenheten"),
                C("Dagverksamhet och anhörigstöd", "300 tkr", "+", "volymer"),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i juni om en åtgärdsplan med minskad användning av timvikarier och översyn av "
            "delade turer. Effekten beräknas till 1 500 tkr för resten av året.",
            A(None, "1 500 tkr", "vikarier", "bemanning"),
        ),
        H("Volymer och investeringar", 2),
        P(
            "Antalet personer med hemtjänst var 412 i augusti jämfört med 385 ett år tidigare.",
            O("Hemtjänst", "volymer", note="Volumes against last year: other."),
        ),
        P(
            "Investeringsbudgeten på 2,5 mnkr bedöms förbrukas fullt ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate, as in the 32nd set."),
        ),
    ]
    return ReportSpec(
        file="hoor-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Vård- och omsorgsnämnden", "author": "Höörs kommun"},
        style=style,
        blocks=blocks,
    )
