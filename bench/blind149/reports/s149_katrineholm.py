"""Katrineholms kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026 (januari–april).

An elderly-care committee's tertial report, header with the förvaltning, footer with the nämnd's meeting in
May: the full year "ett underskott mot budget på 7,8 mkr", the period "1,6 mkr högre än den periodiserade
budgeten" (a net cost above the budget, negative) and the change since February with its cause (a forecast
change) in one paragraph, three kostnadsslag in one sentence ("5,2 mkr och köp av verksamhet med 3,9 mkr,
medan intäkterna blir 1,3 mkr högre"), a table per verksamhet in tkr with deficits in brackets ("(4 900)");
then two columns of bold run-in verksamheter ending in a full stop: a reason-only deficit (the row's
"(4 900)"), "Underskottet på 3,1 mkr beror på", a paragraph with only parts ("0,9 mkr" and "0,3 mkr", so the
row's "(1 200)"), "ger ett överskott på 0,4 mkr", "ett överskott som motsvarar 650 tkr" (a closure for
renovation) and "Följer i stort budget" beside a row of 350 (boilerplate); an action with its effect, sick
leave against 2025 and a grant risk (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only: the table row's cell (tkr, deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "VON 2026-05-20", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "12 400", "3 850", "12 050", "350"),
            ("Hemtjänst", "186 300", "65 120", "191 200", "(4 900)"),
            ("Särskilt boende", "254 700", "87 440", "257 800", "(3 100)"),
            ("Hälso- och sjukvård", "61 800", "21 360", "63 000", "(1 200)"),
            ("Biståndshandläggning", "14 900", "4 710", "14 500", "400"),
            ("Dagverksamhet", "8 600", "2 240", "7 950", "650"),
            ("Summa", "538 700", "184 720", "546 500", "(7 800)"),
        ),
        widths=(124.0, 76.0, 78.0, 76.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Vård- och omsorgsnämnden prognostiserar för 2026 ett underskott mot budget på 7,8 mkr.",
                C(None, "7,8 mkr", "-"),
            ),
            (
                "Nettokostnaderna för januari–april är 1,6 mkr högre än den periodiserade budgeten.",
                C(None, "1,6 mkr", "-", note="A net cost above the periodised budget: negative."),
            ),
            (
                "Prognosen är 2,3 mkr sämre än i februari, då kostnaderna för köpt korttidsvård har ökat.",
                F(None, "2,3 mkr", "-", "kopt_verksamhet"),
            ),
        ),
        P(
            "Personalkostnaderna beräknas överstiga budget med 5,2 mkr och köp av verksamhet med 3,9 mkr, medan "
            "intäkterna blir 1,3 mkr högre än budget tack vare högre omvårdnadsavgifter.",
            C(
                "Personalkostnader",
                "5,2 mkr",
                "-",
                note="Three kostnadsslag in one sentence: three items; naming an account group gives no tag.",
                also=(
                    C("Köp av verksamhet", "3,9 mkr", "-"),
                    C("Intäkter", "1,3 mkr", "+", "avgifter_intakter"),
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Hemtjänst.",
            "Antalet beviljade hemtjänsttimmar har ökat med drygt 8 procent sedan årsskiftet, och verksamheten har "
            "haft svårt att planera bort dubbelbemanning på kvällar och helger.",
            C("Hemtjänst", "(4 900)", "-", "volymer", "bemanning", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Särskilt boende.",
            "Underskottet på 3,1 mkr beror på höga sjuklönekostnader och på att vikarier har satts in från första "
            "dagen vid frånvaro.",
            C("Särskilt boende", "3,1 mkr", "-", "sjukfranvaro", "vikarier"),
        ),
        LP(
            "Hälso- och sjukvård.",
            "Kostnaderna för inkontinenshjälpmedel och andra förbrukningsartiklar överstiger budget med 0,9 mkr. En "
            "vakant sjukskötersketjänst har dessutom bemannats via bemanningsföretag, vilket har kostat "
            "ytterligare 0,3 mkr.",
            C(
                "Hälso- och sjukvård",
                "(1 200)",
                "-",
                "material_hjalpmedel",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Only parts (0,9 and 0,3 mkr), no total: the row's cell.",
            ),
        ),
        LP(
            "Biståndshandläggning.",
            "Två handläggartjänster har varit vakanta under perioden, vilket ger ett överskott på 0,4 mkr.",
            C("Biståndshandläggning", "0,4 mkr", "+", "vakanser"),
        ),
        LP(
            "Dagverksamhet.",
            "Solgläntans dagverksamhet har hållits stängd under renoveringen i mars och april, och prognosen visar "
            "ett överskott som motsvarar 650 tkr.",
            C("Dagverksamhet", "650 tkr", "+", "ovrigt", note="A closure for renovation is ovrigt."),
        ),
        LP(
            "Nämnd och ledning.",
            "Följer i stort budget.",
            BP("Nämnd och ledning", note="'Följer i stort budget' beside a row of 350: boilerplate."),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Från maj sätts vikarier inte längre in från första dagen vid kortare frånvaro inom särskilt boende. "
            "Åtgärden beräknas minska kostnaderna med 1,0 mkr under resten av året.",
            A("Särskilt boende", "1,0 mkr", "vikarier"),
        ),
        H("Risker och personal", 2),
        P(
            "Det finns en risk att statsbidraget för en äldreomsorg med bättre kvalitet blir lägre än vad nämnden "
            "har räknat med, eftersom fördelningen för 2026 ännu inte är beslutad.",
            O(None, "statsbidrag", note="A risk."),
        ),
        P(
            "Sjukfrånvaron inom särskilt boende var 9,8 procent under perioden, jämfört med 8,1 procent under samma "
            "period 2025.",
            O("Särskilt boende", "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Katrineholms kommun"},
        style=style,
        blocks=blocks,
    )
