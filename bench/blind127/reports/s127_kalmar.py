"""Kalmar kommun, Omsorgsnämnden, månadsrapport mars 2026.

An elderly-care and disability committee's month report, footer with the nämnd's meeting date in April: the
period "underskott på 4,1 mnkr jämfört med periodiserad budget" with last month's figure in brackets
("(februari: −2,7 mnkr)", not the amount) and the full year in the next sentence (two causes), the change
since February with its reason; a verksamhet table in tkr whose deficits are written with a minus sign
set apart by a space ("- 8 500"); personnel costs for the period with a "varav" part; then two columns of
headings that carry the verksamhet and amount after a comma ("Hemtjänst, –8,5 mnkr"), so the deficit is
explained twice (by kostnadsslag and by verksamhet); a utilisation rate against last year (other), a
delayed opening and assistance compensation, bold run-in verksamheter with a reason-only surplus (the row's
"700"), "Prognosen följer budget" (boilerplate) and internal revenue not debited; an action plan with its
effect and an uncertainty (other). Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Kalmar kommun", "Månadsrapport mars 2026 – Omsorgsnämnden"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-04-23", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget helår", "Utfall jan–mar", "Prognos helår", "Avvikelse helår"),),
        rows=(
            ("Nämnd och administration", "24 600", "5 700", "23 900", "700"),
            ("Hemtjänst", "312 400", "81 200", "320 900", "- 8 500"),
            ("Särskilt boende", "498 300", "123 800", "502 600", "- 4 300"),
            ("Hemsjukvård och rehabilitering", "118 700", "29 100", "120 100", "- 1 400"),
            ("Funktionsstöd LSS", "286 500", "70 900", "285 200", "1 300"),
            ("Korttidsvård", "42 100", "10 800", "42 100", "0"),
            ("Bemanningsenhet", "11 400", "3 700", "11 700", "- 300"),
            ("Summa", "1 294 000", "325 200", "1 306 500", "- 12 500"),
        ),
        widths=(150.0, 72.0, 74.0, 72.0, 82.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="arial-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Omsorgsnämnden redovisar efter mars ett underskott på 4,1 mnkr jämfört med periodiserad budget "
                "(februari: −2,7 mnkr).",
                C(None, "4,1 mnkr", "-", note="The period; the bracketed figure is last month's."),
            ),
            (
                "Helårsprognosen är ett underskott på 12,5 mnkr.",
                C(None, "12,5 mnkr", "-", note="The full year in a sentence of its own: a cause of its own."),
            ),
        ),
        P(
            "Jämfört med februariprognosen har helårsprognosen försämrats med 3,0 mnkr, främst inom hemtjänsten där "
            "antalet beviljade timmar fortsätter att öka.",
            F(None, "3,0 mnkr", "-", "volymer"),
        ),
        table,
        P(
            "Personalkostnaderna är 5,6 mnkr högre än budget för perioden, varav timvikarier står för 2,3 mnkr.",
            C(
                "Personalkostnader",
                "5,6 mnkr",
                "-",
                "vikarier",
                note="A period deviation by kostnadsslag with a 'varav' part: one item, the total.",
            ),
        ),
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst, –8,5 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med närmare 6 procent sedan budgeten fastställdes, och "
            "sjukfrånvaron bland undersköterskorna i ytterområdena har gjort att timvikarier och övertid behövts i "
            "större utsträckning än planerat.",
            C("Hemtjänst", "–8,5 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid"),
        ),
        HP(
            "Särskilt boende, –4,3 mnkr",
            "Kostnaderna överstiger budgeten främst för att två avdelningar med förhöjd bemanning för personer med "
            "demenssjukdom har behövt öppnas. Dessutom har livsmedelspriserna i kostavtalet höjts med 7 procent "
            "från januari.",
            C("Särskilt boende", "–4,3 mnkr", "-", "bemanning", "prisokningar"),
        ),
        P(
            "Beläggningen var 97 procent i mars, jämfört med 94 procent samma månad 2025.",
            O("Särskilt boende", "volymer", note="Utilisation against last year."),
        ),
        HP(
            "Hemsjukvård och rehabilitering, –1,4 mnkr",
            "Inhyrda sjuksköterskor under vakansperioder står för hela underskottet.",
            C("Hemsjukvård och rehabilitering", "–1,4 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        HP(
            "Funktionsstöd LSS, +1,3 mnkr",
            "Överskottet beror på att den nya gruppbostaden i Smedby öppnar först i september i stället för i maj, "
            "och på högre ersättning från Försäkringskassan för personlig assistans.",
            C("Funktionsstöd LSS", "+1,3 mnkr", "+", "periodisering", "ersattning_fk"),
        ),
        LP(
            "Nämnd och administration.",
            "Vakanta tjänster som verksamhetsutvecklare ger ett överskott.",
            C(
                "Nämnd och administration",
                "700",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP("Korttidsvård.", "Prognosen följer budget.", BP("Korttidsvård")),
        LP(
            "Bemanningsenhet.",
            "Underskottet på 300 tkr beror på att fler timmar än beräknat inte har kunnat debiteras verksamheterna.",
            C("Bemanningsenhet", "300 tkr", "-", "avgifter_intakter"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en åtgärdsplan med bland annat skärpt uppföljning av beviljade timmar och "
            "minskad användning av timvikarier. Planen beräknas ge en effekt på 4,0 mnkr under 2026.",
            A(None, "4,0 mnkr", "volymer", "vikarier"),
        ),
        H("Osäkerheter", 2),
        P(
            "Prognosen är osäker eftersom effekten av den nya biståndsbedömningen i hemtjänsten syns först under "
            "hösten.",
            O("Hemtjänst", note="An uncertainty."),
        ),
    ]
    return ReportSpec(
        file="kalmar-on-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Omsorgsnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
