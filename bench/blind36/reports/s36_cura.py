"""Cura Individutveckling (kommunalförbund), Direktionen, tertialrapport 1 2026 (januari–april).

A Blekinge kommunalförbund's tertial report (care and education bought by its member kommuner), with the
direktion's May meeting in the footer: the period's result "−2,1 mnkr" beside a periodised budget "ett
nollresultat" (the result is the amount), the full year's "underskott på 3,5 mnkr mot budget" with its cause in
the next sentence; a result table whose budget column is zero for every verksamhet; then headings that carry
the verksamhet and the amount in brackets ("Ungdomsboenden (−4 300 tkr)", "Lärcentrum (+1 150 tkr)") over short
paragraphs: occupancy percentages that are not the amount, "Fler uppdrag … har gett högre intäkter", "förklaras
av sjukfrånvaro", a grant higher "än förbundet räknade med" and "bedöms i stort sett klara budget" followed by a
small deficit with its reason (a cause, not boilerplate); two actions, one with a full-year effect; equity and
the members' contributions (other). Liberation Sans Narrow 10.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Cura Individutveckling", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-27", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet, helårsprognos 2026, tkr",
        header=(("Verksamhet", "Resultat budget", "Resultat prognos", "Avvikelse"),),
        rows=(
            ("Ungdomsboenden", "0", "−4 300", "−4 300"),
            ("Familjecentrum", "0", "650", "650"),
            ("Vuxenenheten", "0", "−900", "−900"),
            ("Lärcentrum", "0", "1 150", "1 150"),
            ("Förbundsledning", "0", "−100", "−100"),
            ("Förbundet totalt", "0", "−3 500", "−3 500"),
        ),
        widths=(150.0, 90.0, 90.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Kommunalförbundet Cura Individutveckling – januari–april", size=12, font="narrow", after=12),
        P(
            "Förbundet ägs av sina medlemskommuner, och verksamheten finansieras i huvudsak genom att kommunerna köper "
            "platser och insatser."
        ),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Förbundets resultat för januari–april är −2,1 mnkr. Den periodiserade budgeten för perioden är ett "
            "nollresultat.",
            C(
                None,
                "−2,1 mnkr",
                "-",
                note="The period's result against a periodised budgeted result of zero: the result is the amount.",
            ),
        ),
        P(
            "Helårsprognosen är ett underskott på 3,5 mnkr mot budget. Det beror i huvudsak på lägre beläggning på "
            "ungdomsboendena än vad budgeten bygger på.",
            C(None, "3,5 mnkr", "-", "volymer", "avgifter_intakter"),
        ),
        table,
        H("Verksamheterna", 2),
        HP(
            "Ungdomsboenden (−4 300 tkr)",
            "Beläggningen har i genomsnitt varit 71 procent mot budgeterade 85 procent, eftersom medlemskommunerna "
            "har placerat färre ungdomar. Personalkostnaderna har inte kunnat anpassas i samma takt, då boendena måste "
            "ha en grundbemanning dygnet runt.",
            C(
                "Ungdomsboenden",
                "−4 300 tkr",
                "-",
                "volymer",
                "avgifter_intakter",
                "bemanning",
                note="The heading carries the amount in brackets; the percentages are occupancy.",
            ),
        ),
        HP(
            "Familjecentrum (+650 tkr)",
            "Fler uppdrag för familjebehandling än budgeterat har gett högre intäkter.",
            C("Familjecentrum", "+650 tkr", "+", "volymer", "avgifter_intakter"),
        ),
        HP(
            "Vuxenenheten (−900 tkr)",
            "Underskottet förklaras av sjukfrånvaro som har täckts med timvikarier och övertid under vintern.",
            C("Vuxenenheten", "−900 tkr", "-", "sjukfranvaro", "vikarier", "overtid"),
        ),
        HP(
            "Lärcentrum (+1 150 tkr)",
            "Lärcentrum har fått ett högre statsbidrag för regional yrkesutbildning än förbundet räknade med i "
            "budgeten.",
            C("Lärcentrum", "+1 150 tkr", "+", "statsbidrag"),
        ),
        HP(
            "Förbundsledning (−100 tkr)",
            "Förbundsledningen bedöms i stort sett klara budget. Den mindre avvikelsen avser högre kostnader för "
            "revision.",
            C(
                "Förbundsledning",
                "−100 tkr",
                "-",
                "ovrigt",
                note="'I stort sett klara budget' with a stated deficit and its reason: a cause, not boilerplate.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundsdirektören i uppdrag att anpassa antalet platser på ungdomsboendena till "
            "efterfrågan. Ett boende med sex platser avvecklas från den 1 september, vilket beräknas ge en "
            "helårseffekt på 2,8 mnkr.",
            A("Ungdomsboenden", "2,8 mnkr", "volymer", "omstallning"),
        ),
        P(
            "Förbundet för också en dialog med medlemskommunerna om en ny prismodell, där en del av ersättningen "
            "betalas som en fast avgift.",
            A(None, None, "avgifter_intakter"),
        ),
        H("Eget kapital och medlemsbidrag", 2),
        P(
            "Förbundets egna kapital uppgick till 8,6 mnkr vid årsskiftet. Om prognosen står sig minskar det till 5,1 "
            "mnkr, vilket fortfarande är över den nivå som direktionen har fastställt.",
            O(None, note="Equity: other."),
        ),
        P(
            "Medlemskommunernas bidrag för 2026 är 22,4 mnkr, oförändrat jämfört med 2025.",
            O(None, note="The members' contributions against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="cura-individutveckling-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Cura Individutveckling",
                "Kommunalförbundet Cura Individutveckling",
                "Kommunsamverkan Cura Individutveckling",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Cura Individutveckling"},
        style=style,
        blocks=blocks,
    )
