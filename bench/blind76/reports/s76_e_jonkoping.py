"""Jönköpings kommun, Äldrenämnden, månadsuppföljning november 2025 (elderly care).

An elderly-care committee's month report in tkr, footer with the nämnd's meeting date in December: the
period's net cost "21 450 tkr högre än den periodiserade budgeten" (negative) and the full year "ett
underskott på 23 800 tkr" in separate paragraphs, an improvement since October with its cause; two
kostnadsslag in one sentence ("17 300 tkr över budget, medan köp av verksamhet överstiger budget med 4 100
tkr"); a verksamhet table with en-dash minus signs; bold run-in verksamheter with a colon in varied shapes:
the amount at the end of the paragraph ("beräknas överskrida budget med 14 600 tkr"), "Prognosen är –9 900
tkr." followed by an outlook sentence (other), a reason-only run-in (the row's "–3 100"), two verksamheter as
a "respektive" pair, an undistributed buffer "Överskottet på 1 600 tkr kommer från" (reserver); an action with
its effect and home-care volumes against last year with "beror på" (other). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("Jönköpings kommun", "Äldreförvaltningen"),
        footer=lambda n, m: ("Äldrenämnden 2025-12-10", "Månadsuppföljning november 2025", f"Sida {n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "612 400", "627 000", "–14 600"),
            ("Särskilt boende", "884 900", "894 800", "–9 900"),
            ("Hemsjukvård", "142 300", "145 400", "–3 100"),
            ("Korttidsvistelse", "58 700", "57 400", "1 300"),
            ("Dagverksamhet", "21 600", "20 700", "900"),
            ("Förvaltningsgemensamt", "46 800", "45 200", "1 600"),
            ("Summa", "1 766 700", "1 790 500", "–23 800"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=19, font="times-bold", after=2),
        Title("Äldrenämnden", size=13, font="times", after=12),
        H("Resultat och prognos", 2),
        P(
            "Äldrenämndens ackumulerade nettokostnad efter november är 21 450 tkr högre än den periodiserade "
            "budgeten.",
            C(
                None,
                "21 450 tkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P("För helåret prognostiseras ett underskott på 23 800 tkr.", C(None, "23 800 tkr", "-")),
        P(
            "Det är en förbättring med 1 200 tkr jämfört med oktoberprognosen, främst tack vare lägre kostnader för "
            "inhyrda sjuksköterskor.",
            F(None, "1 200 tkr", "+", "inhyrd_personal"),
        ),
        P(
            "Sett till kostnadsslag är det personalkostnaderna som avviker mest, 17 300 tkr över budget, medan köp "
            "av verksamhet överstiger budget med 4 100 tkr.",
            C(
                "Personalkostnader",
                "17 300 tkr",
                "-",
                note="Two kostnadsslag in one sentence, no reason: two items with the same text.",
                also=(C("Köp av verksamhet", "4 100 tkr", "-"),),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Hemtjänst:",
            "Beviljade hemtjänsttimmar har ökat med 9 procent sedan årsskiftet, och sjukfrånvaron i de kommunala "
            "hemtjänstgrupperna har krävt timvikarier och övertid. Verksamheten beräknas överskrida budget med "
            "14 600 tkr.",
            C(
                "Hemtjänst",
                "14 600 tkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                note="The amount at the end of the paragraph.",
            ),
        ),
        LP(
            "Särskilt boende:",
            "Prognosen är –9 900 tkr. Det nya boendet på Råslätt öppnade i september med full bemanning trots att "
            "bara hälften av platserna var belagda, och nattbemanningen har förstärkts på två boenden efter en "
            "tillsyn.",
            C("Särskilt boende", "–9 900 tkr", "-", "omstallning", "bemanning"),
            (
                "Beläggningen på Råslätt väntas vara full i januari.",
                O("Särskilt boende", note="Outlook in the cause's paragraph: other."),
            ),
        ),
        LP(
            "Hemsjukvård:",
            "Kostnaderna för inhyrda sjuksköterskor förklarar hela underskottet.",
            C(
                "Hemsjukvård",
                "–3 100",
                "-",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Korttidsvistelse och dagverksamhet:",
            "Båda verksamheterna visar överskott, 1 300 respektive 900 tkr, genom lägre beläggning på "
            "korttidsplatserna och att en dagverksamhet för personer med demenssjukdom har hållits stängd under "
            "renovering.",
            C(
                "Korttidsvistelse",
                "1 300",
                "+",
                "volymer",
                unit="tkr",
                note="A 'respektive' pair under one lead: two items.",
                also=(C("Dagverksamhet", "900 tkr", "+", "ovrigt", note="Closed for renovation: ovrigt."),),
            ),
        ),
        LP(
            "Förvaltningsgemensamt:",
            "Överskottet på 1 600 tkr kommer från den centrala bufferten som inte har fördelats.",
            C("Förvaltningsgemensamt", "1 600 tkr", "+", "reserver"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen fortsätter arbetet med heltid och schemaläggning i hemtjänsten. Arbetet beräknas minska "
            "kostnaderna för övertid med 2 000 tkr på årsbasis.",
            A("Hemtjänst", "2 000 tkr", "bemanning", "overtid"),
        ),
        H("Volymer", 2),
        P(
            "Antalet personer med hemtjänst var 2 318 i november, 146 fler än i november 2024, vilket beror på den "
            "demografiska utvecklingen.",
            O("Hemtjänst", "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-aldn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Äldrenämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning november 2025 Äldrenämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
