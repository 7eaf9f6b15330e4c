"""Trelleborgs kommun, Samhällsbyggnadsnämnden, månadsuppföljning maj 2025.

A technical committee's month report: the full-year deficit with April's forecast in brackets, an
improvement since April with its reason (forecast change), a reading note that states the sign
convention (not labelled), then a comment table in tkr (verksamhet | budget | prognos | avvikelse |
kommentar) whose comments are short notes without cue words: asphalt prices, vacancies, empty premises
and district-heating prices, food prices, a comment that states its own amount as money that will not
be used ("Kommer inte att förbruka ca 1 200 tkr …"), more housing-adaptation applications, a row
"Följer budget." (boilerplate) and rows without a comment; the investment forecast under budget, a
narrative of events and a key-figure table (not labelled), an action with its effect, a disputed
contract as a legal risk (other), a year-on-year cost figure (other) and a public-transport goal (not
labelled). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "Amount from the comment table's row (Avvikelse, positive = överskott as the note says)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(60.0, 74.0, 60.0, 72.0),
        header=lambda n, m: ("Trelleborgs kommun", "Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning maj 2025", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gata och trafik", "42 300", "44 100", "−1 800"),
                "Beläggningsprogrammet blir dyrare. Asfaltpriserna i årets avtal är 12 procent högre än i "
                "budgeten.",
                C("Gata och trafik", "−1 800", "-", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Park och natur", "23 800", "23 100", "700"),
                "Två trädgårdsmästartjänster vakanta under våren.",
                C("Park och natur", "700", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fastighet", "8 600", "11 200", "−2 600"),
                "Tomställda lokaler efter flytten av särskilt boende Lindgården, samt högre fjärrvärmepris än "
                "budgeterat.",
                C("Fastighet", "−2 600", "-", "lokaler", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Måltidsservice", "31 400", "32 300", "−900"),
                "Livsmedel dyrare än budgeterat, framför allt frukt, grönt och kaffe.",
                C("Måltidsservice", "−900", "-", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kollektivtrafik och färdtjänst", "27 900", "26 700", "1 200"),
                "Kommer inte att förbruka ca 1 200 tkr av budgeten för färdtjänst, då antalet resor ligger kvar "
                "under nivån före pandemin.",
                C(
                    "Kollektivtrafik och färdtjänst",
                    "ca 1 200 tkr",
                    "+",
                    "volymer",
                    note="The comment states its own amount; no usual cue word.",
                ),
            ),
            (
                ("Bostadsanpassning", "6 500", "7 200", "−700"),
                "Fler ansökningar än tidigare år, bland annat tre större ombyggnader av badrum.",
                C("Bostadsanpassning", "−700", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fritidshamnar", "−1 200", "−1 200", "0"),
                "Följer budget.",
                BP("Fritidshamnar"),
            ),
            (("Administration och nämnd", "12 000", "12 000", "0"), "", None),
            (("Summa", "151 300", "155 400", "−4 100"), "", None),
        ),
        widths=(124.0, 46.0, 46.0, 50.0),
        size=9.0,
    )
    keyfigures = Table(
        caption="Nyckeltal januari–maj",
        header=(("", "2025", "2024"),),
        rows=(
            ("Färdtjänstresor", "21 480", "20 950"),
            ("Beslut om bostadsanpassning", "146", "118"),
            ("Serverade måltider, tusental", "1 212", "1 198"),
            ("Sjukfrånvaro, procent", "5,9", "6,4"),
        ),
        widths=(190.0, 60.0, 60.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning maj 2025", size=20, font="narrow-bold"),
        Title("Samhällsbyggnadsnämnden", size=12, font="narrow", after=14),
        H("Prognos för helåret", 1),
        P(
            "Samhällsbyggnadsnämnden prognostiserar ett underskott på 4,1 mnkr för helåret (april: −4,7 mnkr).",
            C(None, "4,1 mnkr", "-", note="The bracket is April's forecast."),
        ),
        P(
            "Prognosen har förbättrats med 0,6 mnkr sedan april, eftersom fastighetsavdelningen har kunnat säga "
            "upp hyresavtalet för de tomma lokalerna på Hedvägen tidigare än väntat.",
            F(None, "0,6 mnkr", "+", "lokaler"),
        ),
        P(
            "Tabellen visar budget och helårsprognos per verksamhet i tkr. Ett positivt belopp i kolumnen "
            "Avvikelse innebär ett överskott mot budget, ett negativt belopp ett underskott."
        ),
        H("Prognos per verksamhet", 2),
        table,
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2025 är 71,5 mnkr, vilket är 24,5 mnkr lägre än investeringsbudgeten. "
            "Ombyggnaden av Kontinentgatan kan inte påbörjas förrän ledningsarbetena i gatan är klara och flyttas "
            "därför till 2026.",
            C(
                "Investeringar",
                "24,5 mnkr",
                "+",
                "periodisering",
                note="Investment forecast under budget (delay).",
            ),
        ),
        H("Väsentliga händelser", 2),
        P(
            "I april invigdes den nya lekplatsen i Stadsparken. Arbetet med kommunens trafikstrategi har påbörjats "
            "och ska redovisas för nämnden i oktober. Förvaltningen har under maj genomfört en medarbetarenkät, "
            "som besvarades av 84 procent av medarbetarna."
        ),
        keyfigures,
        H("Åtgärder", 2),
        P(
            "Förvaltningen skjuter upp beläggningen av Västra Vallgatan och två villagator till 2026. Det minskar "
            "underskottet inom gata och trafik med 0,8 mnkr och ingår inte i prognosen.",
            A("Gata och trafik", "0,8 mnkr"),
        ),
        H("Risker", 2),
        P(
            "Kommunen och entreprenören för ombyggnaden av Hamngatan är oense om slutregleringen av kontraktet. "
            "Om tingsrätten ger entreprenören rätt kan nämnden behöva betala upp till 3 mnkr under 2025.",
            O("Gata och trafik", "ovrigt", note="Risk: a legal dispute, not yet a deviation."),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nämndens nettokostnader till och med maj är 3,8 procent högre än under samma period 2024, främst på "
            "grund av högre kostnader för energi och livsmedel.",
            O(None, "prisokningar", note="Year-on-year comparison with its drivers."),
        ),
        H("Mål", 2),
        P(
            "Andelen resor med kollektivtrafik ska öka med två procentenheter till 2026. Under våren har antalet "
            "påstigande på stadsbussarna ökat med 5 procent."
        ),
    ]
    return ReportSpec(
        file="trelleborg-sbn-manadsuppfoljning-2025-05.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning maj 2025 Samhällsbyggnadsnämnden",
            "author": "Trelleborgs kommun",
        },
        style=style,
        blocks=blocks,
    )
