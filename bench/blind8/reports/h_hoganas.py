"""Höganäs kommun, Miljö- och byggnadsnämnden, delårsrapport januari–augusti 2025.

A small environment and building committee's interim report with a footer carrying the date the nämnd
adopted it in September: the task and the period's events (not labelled); "Nämnden redovisar ett samlat
överskott på 412 000 kronor" for the period (whole kronor, the table in tkr) and, in the next sentence, a
full year "i nivå med budget" (a cause and a boilerplate cause); a reading note that declares tkr and a
trailing minus for costs and deficits, and a table per verksamhet whose period deviation and full-year
deviation are separate columns ("840-", "900-"); bold run-in verksamheter with a colon: bygglov's revenue
under the period's budget and the full year's "900 tkr" in the prose (the full year's is the amount),
miljö- och hälsoskydd's vacancies partly offset by bought supervision (full year in prose), kart och mät
with no amount (the table row's full-year "300"), and administration's period surplus from a delayed case
system (the table row's period "402", as the full year is zero) followed by "För helåret bedöms
administrationen hålla budget" (boilerplate); the change since April for bygglov, net costs against the
previous year with "beror på" (other), a risk, and a processing-time KPI with "beror på" (other). DejaVu
Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Höganäs kommun", "Delårsrapport 2025 – Miljö- och byggnadsnämnden"),
        footer=lambda n, m: ("Fastställd av nämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(
            ("Verksamhet", "Budget", "Utfall", "Avvikelse", "Prognos"),
            ("", "jan–aug", "jan–aug", "jan–aug", "avvikelse helår"),
        ),
        rows=(
            ("Nämnd", "820-", "760-", "60", "0"),
            ("Bygglov", "2 140-", "2 980-", "840-", "900-"),
            ("Miljö- och hälsoskydd", "3 960-", "3 410-", "550", "600"),
            ("Kart och mät", "1 880-", "1 640-", "240", "300"),
            ("Administration", "1 420-", "1 018-", "402", "0"),
            ("Summa", "10 220-", "9 808-", "412", "0"),
        ),
        widths=(150.0, 62.0, 62.0, 66.0, 84.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=4),
        Title("Miljö- och byggnadsnämnden", size=12, font="cond", after=12),
        H("Nämndens uppdrag", 2),
        P(
            "Miljö- och byggnadsnämnden ansvarar för kommunens myndighetsutövning enligt plan- och bygglagen, "
            "miljöbalken och livsmedelslagstiftningen, samt för kart- och mätverksamheten. Nämnden har 34 "
            "medarbetare och en nettobudget på 15,3 mnkr för 2025."
        ),
        H("Viktiga händelser under perioden", 2),
        P(
            "I mars infördes en e-tjänst för anmälan om värmepump, och under sommaren genomfördes en särskild "
            "tillsynsinsats på campingplatserna längs Kullahalvöns kust. Detaljplanen för Väsby Hage etapp 3 vann "
            "laga kraft i juni."
        ),
        H("Ekonomisk uppföljning", 2),
        PS(
            (
                "Nämnden redovisar ett samlat överskott på 412 000 kronor för perioden januari–augusti.",
                C(
                    None,
                    "412 000 kronor",
                    "+",
                    note="The period's surplus in whole kronor (the table is in tkr), in a sentence of its own.",
                ),
            ),
            ("Helårsprognosen är ett resultat i nivå med budget.", BP(None)),
        ),
        P(
            "Belopp i tkr. Kostnader och underskott redovisas med minustecken efter beloppet. Kolumnen Prognos "
            "avvikelse helår visar den beräknade avvikelsen mot årsbudgeten.",
            size=8.5,
        ),
        table,
        H("Kommentarer", 3),
        LP(
            "Bygglov:",
            "Intäkterna från bygglov har varit lägre än periodens budget, eftersom antalet ansökningar om nybyggnad "
            "av småhus har minskat med en tredjedel jämfört med 2024. Även för helåret väntas intäkterna bli lägre "
            "än budgeterat, och prognosen är ett underskott på 900 tkr.",
            C(
                "Bygglov",
                "900 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="The period's deviation (table 840-) and the full year's in the prose: the full year's is the "
                "amount.",
            ),
            (
                "Jämfört med delårsprognosen i april är det en försämring med 400 tkr.",
                F("Bygglov", "400 tkr", "-"),
            ),
        ),
        LP(
            "Miljö- och hälsoskydd:",
            "Två inspektörstjänster har varit obesatta sedan i våras, vilket ger lägre personalkostnader. Överskottet "
            "för helåret beräknas till 600 tkr, trots att en del av livsmedelskontrollen har köpts från en "
            "grannkommun under sommaren.",
            C(
                "Miljö- och hälsoskydd",
                "600 tkr",
                "+",
                "vakanser",
                "kopt_verksamhet",
                note="Vacancies partly offset by bought supervision: both tagged.",
            ),
        ),
        LP(
            "Kart och mät:",
            "Försäljningen av nybyggnadskartor och lägeskontroller har varit större än väntat, främst till följd av "
            "exploateringen i Väsby Hage.",
            C(
                "Kart och mät",
                "300",
                "+",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note="No amount in the prose: the table row's full-year column (the period's is 240).",
            ),
        ),
        LP(
            "Administration:",
            "Periodens överskott beror på att kostnaderna för det nya ärendehanteringssystemet kommer först under "
            "hösten.",
            C(
                "Administration",
                "402",
                "+",
                "periodisering",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="The period's surplus with no amount: the table row's period column (the full year is zero).",
            ),
            ("För helåret bedöms administrationen hålla budget.", BP("Administration")),
        ),
        H("Jämförelse med föregående år", 3),
        P(
            "Nämndens nettokostnader är 6 procent högre än under samma period 2024, vilket beror på lönerevisionen "
            "och på att en ny tjänst som bygglovshandläggare inrättades vid årsskiftet.",
            O(None, "lonekostnader", note="Against the previous year, not the budget."),
        ),
        H("Framtid", 2),
        P(
            "Nämnden ser en risk att bygglovsintäkterna förblir låga även under 2026, om byggandet av småhus inte tar "
            "fart när räntorna sjunker.",
            O("Bygglov", "avgifter_intakter", note="Risk."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Handläggningstiden för kompletta bygglovsärenden var i genomsnitt 3,5 veckor, jämfört med lagens krav "
            "på tio veckor. Den korta handläggningstiden beror delvis på att färre ärenden har kommit in.",
            O("Bygglov", note="A KPI with 'beror på', no money: other."),
        ),
    ]
    return ReportSpec(
        file="hoganas-mbn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Höganäs",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Miljö- och byggnadsnämnden",
            "author": "Höganäs kommun",
        },
        style=style,
        blocks=blocks,
    )
