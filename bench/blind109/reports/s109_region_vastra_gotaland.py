"""Region Västra Götaland, Styrelsen för Habilitering & Hälsa, delårsrapport augusti 2025.

A regional health-care förvaltning's interim report in mnkr with U+2212 minus signs, footer with the board's
meeting date in September: one sentence with the period's "−14,2 mnkr" and the full year's "−22 mnkr" against a
budgeted zero result (one item, the full year's), the reasons for the whole in the next paragraph (amount null),
the change since the tertial report without a cause; a table with a grid; two columns of bold run-in
verksamheter with a colon: "Prognosen visar −16,2 mnkr" with three causes, a deficit whose amount ends the
sentence ("och prognosen är ett underskott på 7,9 mnkr"), a reason-only run-in (the row's "−1,8"), a surplus
"bidrar till ett överskott på 2,5 mnkr" followed by a context sentence (other), "ligger i nivå med budget"
beside "0,9" (boilerplate), "Överskottet om 0,5 mnkr kommer av"; personnel costs "1,2 procent lägre än
budget" (amount null) and aids "19,5 mnkr högre än budget" in one sentence; an action; investments "3,2 mnkr
under investeringsbudgeten"; sick leave against last year (other). DejaVu Serif Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "serif-cond-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Västra Götalandsregionen", "Habilitering & Hälsa"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "Styrelsen 2025-09-25", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn- och ungdomshabilitering", "312,0", "309,5", "2,5"),
            ("Vuxenhabilitering", "198,4", "200,2", "−1,8"),
            ("Hörselverksamhet", "254,6", "270,8", "−16,2"),
            ("Synverksamhet", "88,0", "87,1", "0,9"),
            ("Regionhälsan", "46,5", "54,4", "−7,9"),
            ("Förvaltningsgemensamt", "31,2", "30,7", "0,5"),
            ("Summa", "930,7", "952,7", "−22,0"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        grid=True,
        shade=(0.88, 0.92, 0.96),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="sans-bold", after=2),
        Title("Styrelsen för Habilitering & Hälsa", size=12.5, font="serif-cond", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Habilitering & Hälsa redovisar för januari–augusti ett resultat på −14,2 mnkr och prognostiserar ett "
            "helårsresultat på −22 mnkr, jämfört med ett budgeterat nollresultat.",
            C(
                None,
                "−22 mnkr",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Det negativa resultatet förklaras främst av högre kostnader för hörapparater och av att Regionhälsans "
            "uppdragsintäkter har minskat.",
            C(
                None,
                None,
                "-",
                "material_hjalpmedel",
                "avgifter_intakter",
                note="The reasons for the whole in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsprognosen försämrats med 6 mnkr.",
            F(None, "6 mnkr", "-"),
        ),
        table,
        H("Verksamheternas resultat", 2),
        Columns(2),
        LP(
            "Hörselverksamhet:",
            "Prognosen visar −16,2 mnkr. Antalet utprovade hörapparater har ökat med 11 procent, och den nya "
            "upphandlingen från mars har gett ett högre styckpris än det tidigare avtalet.",
            C("Hörselverksamhet", "−16,2 mnkr", "-", "volymer", "material_hjalpmedel", "prisokningar"),
        ),
        LP(
            "Regionhälsan:",
            "Uppdragsintäkterna från förvaltningarna har minskat när flera kunder avropat färre tjänster, och "
            "prognosen är ett underskott på 7,9 mnkr.",
            C("Regionhälsan", "7,9 mnkr", "-", "avgifter_intakter"),
        ),
        LP(
            "Vuxenhabilitering:",
            "Verksamheten har anlitat hyrpsykologer för att korta utredningskön inom neuropsykiatri, vilket ger ett "
            "mindre underskott.",
            C(
                "Vuxenhabilitering",
                "−1,8",
                "-",
                "inhyrd_personal",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Barn- och ungdomshabilitering:",
            "Vakanta tjänster som arbetsterapeut och logoped i södra länsdelen bidrar till ett överskott på 2,5 "
            "mnkr.",
            C("Barn- och ungdomshabilitering", "2,5 mnkr", "+", "vakanser"),
            (
                "Väntetiderna till första besök har samtidigt blivit längre.",
                O("Barn- och ungdomshabilitering", note="Context in the same paragraph: its own item."),
            ),
        ),
        LP(
            "Synverksamhet:",
            "Resultatet ligger i nivå med budget.",
            BP("Synverksamhet", note="Beside a row of 0,9: boilerplate."),
        ),
        LP(
            "Förvaltningsgemensamt:",
            "Överskottet om 0,5 mnkr kommer av lägre lokalkostnader efter att ett kontor i Vänersborg sagts upp.",
            C("Förvaltningsgemensamt", "0,5 mnkr", "+", "lokaler"),
        ),
        PageBreak(),
        Columns(1),
        H("Kostnader", 2),
        P(
            "Personalkostnaderna är 1,2 procent lägre än budget, medan kostnaderna för hjälpmedel och hörapparater "
            "är 19,5 mnkr högre än budget.",
            C(
                "Personalkostnader",
                None,
                "+",
                note="A percentage only: amount null. Two account groups in one sentence: split, no reasons.",
                also=(C("Hjälpmedel och hörapparater", "19,5 mnkr", "-"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat om en handlingsplan där bland annat riktlinjerna för förskrivning av "
            "hörapparater ses över, med en beräknad effekt på 4 mnkr under 2026.",
            A("Hörselverksamhet", "4 mnkr", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 9,8 mnkr, vilket är 3,2 mnkr under investeringsbudgeten, eftersom utbytet av "
            "mätutrustning på hörcentralerna har skjutits till nästa år.",
            C("Investeringar", "3,2 mnkr", "+", "periodisering"),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron var 6,4 procent under perioden, vilket är lägre än samma period föregående år.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-habilitering-och-halsa-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": [
                "Styrelsen för Habilitering & Hälsa",
                "Styrelsen för Habilitering och Hälsa",
                "Habilitering & Hälsa",
            ],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Habilitering & Hälsa",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
