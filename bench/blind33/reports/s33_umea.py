"""Umeå kommun, Äldrenämnden, ekonomisk månadsuppföljning mars 2026.

An elderly-care committee's month report in mnkr and tkr, set in DejaVu Serif, footer with the date it was
drawn up in April: the period "4,1 mnkr sämre än periodiserad budget" and the full year "ett underskott mot
budget på 14,0 mnkr" in one sentence (one item, the full year's), an assumption behind the forecast (other);
a kostnadsslag table whose deviations carry a trailing minus ("21 800-"); bold run-in kostnadsslag with a
colon: revenue that "överstiger budget med 6,5 mnkr" (positive), personnel "Här finns nämndens största
avvikelse, 21,8 mnkr över budget" with four causes, a reason-only surplus in a verbless sentence (the row's
"800"), premises "2,4 mnkr högre per år än i budgeten" and a second reason-only row ("2 900"); then en-dash
bullets per verksamhet "prognos −5 200 tkr", "+1 900 tkr tack vare", so the deficit is explained twice, by
kostnadsslag and by verksamhet; an action plan "med sammanlagt 8,5 mnkr" and the change since February with
its cause. DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Umeå kommun", "Äldrenämnden"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "Upprättad 2026-04-08", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, tkr (minus efter beloppet = sämre än budget)",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter", "312 000", "318 500", "6 500"),
            ("Personalkostnader", "1 048 000", "1 069 800", "21 800-"),
            ("Köp av verksamhet", "284 000", "283 200", "800"),
            ("Lokalkostnader", "168 500", "170 900", "2 400-"),
            ("Övriga kostnader", "95 600", "92 700", "2 900"),
            ("Nettokostnad", "1 284 100", "1 298 100", "14 000-"),
        ),
        widths=(160.0, 90.0, 90.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk månadsuppföljning mars 2026", size=17, font="sans-bold", after=2),
        Title("Äldrenämnden", size=12, font="serif", after=12),
        H("Resultat och prognos", 2),
        P(
            "Äldrenämnden redovisar efter mars ett resultat som är 4,1 mnkr sämre än periodiserad budget, och "
            "helårsprognosen visar ett underskott mot budget på 14,0 mnkr.",
            C(
                None,
                "14,0 mnkr",
                "-",
                note="The period and the full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Prognosen bygger på att sjukfrånvaron går ned under andra kvartalet.",
            O(None, "sjukfranvaro", note="An assumption behind the forecast: other."),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter:",
            "Intäkterna överstiger budget med 6,5 mnkr, främst genom högre omvårdnadsavgifter efter avgiftsöversynen "
            "och fler belagda korttidsplatser som faktureras andra kommuner.",
            C("Intäkter", "6,5 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personalkostnader:",
            "Här finns nämndens största avvikelse, 21,8 mnkr över budget. Sjuklönekostnaderna har varit höga under "
            "vinterns influensaperiod, och på flera särskilda boenden har timvikarier och övertid använts för att "
            "klara bemanningen. Det nya kollektivavtalet för undersköterskor ger dessutom en kostnad som inte var "
            "känd när budgeten lades.",
            C(
                "Personalkostnader",
                "21,8 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "lonekostnader",
            ),
        ),
        LP(
            "Köp av verksamhet:",
            "Något färre externa platser än budgeterat.",
            C(
                "Köp av verksamhet",
                "800",
                "+",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="A verbless reason only: the table row's cell.",
            ),
        ),
        LP(
            "Lokalkostnader:",
            "Hyran för det nya vård- och omsorgsboendet på Ersboda blev 2,4 mnkr högre per år än i budgeten, "
            "eftersom byggkostnaderna steg under projektets gång.",
            C("Lokalkostnader", "2,4 mnkr", "-", "lokaler"),
        ),
        LP(
            "Övriga kostnader:",
            "Kostnaderna för förbrukningsmaterial och inventarier har hållits nere under första kvartalet.",
            C(
                "Övriga kostnader",
                "2 900",
                "+",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell, surplus (no trailing minus).",
            ),
        ),
        H("Verksamheternas prognoser", 2),
        Bullets(
            items=(
                "Hemtjänst i egen regi: prognos −5 200 tkr. Antalet beviljade timmar har ökat med 6 procent sedan "
                "budgeten lades.",
                "Särskilt boende: prognos −9 600 tkr, till följd av hög sjukfrånvaro och extra bemanning för "
                "boende med demenssjukdom.",
                "Korttidsvård och växelvård: +1 900 tkr tack vare intäkter från andra kommuner.",
                "Nämnd och ledning: −1 100 tkr. Kostnaden för det nya planeringssystemet för hemtjänsten har "
                "belastat ledningen.",
            ),
            labels=(
                C("Hemtjänst i egen regi", "−5 200 tkr", "-", "volymer"),
                C("Särskilt boende", "−9 600 tkr", "-", "sjukfranvaro", "bemanning"),
                C("Korttidsvård och växelvård", "+1 900 tkr", "+", "avgifter_intakter"),
                C("Nämnd och ledning", "−1 100 tkr", "-", "it_digitalisering"),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i februari om en åtgärdsplan med sammanlagt 8,5 mnkr: minskad användning av "
            "timvikarier, översyn av scheman på särskilt boende och att lediga korttidsplatser används i stället för "
            "externa köp.",
            A(None, "8,5 mnkr", "vikarier", "bemanning", "kopt_verksamhet"),
        ),
        H("Förändring sedan föregående månad", 2),
        P(
            "Prognosen är 2,3 mnkr bättre än i februari, eftersom influensaperioden blev kortare än befarat.",
            F(None, "2,3 mnkr", "+", "sjukfranvaro"),
        ),
    ]
    return ReportSpec(
        file="umea-aldn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Äldrenämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Ekonomisk månadsuppföljning mars 2026 Äldrenämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
