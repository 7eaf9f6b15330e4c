"""Lidingö stad, Teknik- och fastighetsnämnden, tertialrapport 1 2026.

A technical committee's tertial report with hyphen-minus signs in its table: the full year "ett underskott på
3,1 mnkr jämfört med budget" and the period "1,2 mnkr sämre än periodiserad budget, till stor del beroende
på vinterväghållningen" in two sentences of one paragraph (two items); headings that carry the area and its
amount after a colon ("Gator och vägar: −2,8 mnkr") over paragraphs with a contract's index percentage (not the
amount), a storm, lower electricity prices with rental income, a damaged pier and "Ingen väsentlig avvikelse."
under "+0,1 mnkr" (boilerplate); investments "164 mnkr, att jämföra med en budget på 212 mnkr" (48 mnkr never
written out) followed by two projects "31 respektive 9 mnkr" in the next sentence and a project that
"beräknas överskrida projektbudgeten med 2,3 mnkr"; an action with its effect and a winter risk with an amount
(other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Lidingö stad", "Teknik- och fastighetsnämnden"),
        footer=lambda n, m: ("TFN 2026-05-20, § 41", "", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "68 400", "71 200", "-2 800"),
            ("Park och natur", "31 500", "32 100", "-600"),
            ("Fastighetsförvaltning", "24 800", "23 900", "900"),
            ("Bryggor och hamnar", "4 200", "4 900", "-700"),
            ("Nämnd och administration", "9 600", "9 500", "100"),
            ("Totalt", "138 500", "141 600", "-3 100"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.86, 0.9, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Teknik- och fastighetsnämnden", size=12.5, font="arial", after=14),
        H("Ekonomisk uppföljning", 1),
        Para(
            (
                (
                    "Teknik- och fastighetsnämndens helårsprognos visar ett underskott på 3,1 mnkr jämfört med "
                    "budget.",
                    C(None, "3,1 mnkr", "-", note="The full year in its own sentence."),
                ),
                (
                    "Efter årets första fyra månader är utfallet 1,2 mnkr sämre än periodiserad budget, till stor "
                    "del beroende på vinterväghållningen.",
                    C(None, "1,2 mnkr", "-", "ovrigt", note="The period; snow clearance is ovrigt."),
                ),
            )
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Gator och vägar: −2,8 mnkr",
            "Vintern var snörik och halkbekämpningen krävde fler insatser än ett normalår. Dessutom har "
            "entreprenadavtalet för gatudrift indexuppräknats med 6,2 procent, mer än budgeterat.",
            C(
                "Gator och vägar",
                "−2,8 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The index percentage is not the amount.",
            ),
        ),
        HP(
            "Park och natur: −0,6 mnkr",
            "Stormen i februari fällde ett stort antal träd i stadens naturreservat, och röjningen har köpts av "
            "en extern entreprenör.",
            C("Park och natur", "−0,6 mnkr", "-", "ovrigt", note=HEAD + " A storm is ovrigt."),
        ),
        HP(
            "Fastighetsförvaltning: +0,9 mnkr",
            "Elpriserna har varit lägre än budgeterat, och hyresintäkterna ökar när Stockbyskolans nya paviljong "
            "hyrs ut till en förening på kvällstid.",
            C(
                "Fastighetsförvaltning",
                "+0,9 mnkr",
                "+",
                "prisokningar",
                "avgifter_intakter",
                note=HEAD + " Lower electricity prices are prisokningar.",
            ),
        ),
        HP(
            "Bryggor och hamnar: −0,7 mnkr",
            "Reparationen av den skadade ångbåtsbryggan i Gåshaga blev dyrare än beräknat.",
            C(
                "Bryggor och hamnar",
                "−0,7 mnkr",
                "-",
                "ovrigt",
                note=HEAD + " A repair after damage is ovrigt.",
            ),
        ),
        HP(
            "Nämnd och administration: +0,1 mnkr",
            "Ingen väsentlig avvikelse.",
            BP(
                "Nämnd och administration", note="'Ingen väsentlig avvikelse' under '+0,1 mnkr': boilerplate."
            ),
        ),
        H("Investeringar", 2),
        Para(
            (
                (
                    "Investeringsprognosen för 2026 är 164 mnkr, att jämföra med en budget på 212 mnkr.",
                    C(
                        "Investeringar",
                        "164 mnkr, att jämföra med en budget på 212 mnkr",
                        "+",
                        value=48_000_000,
                        note="Under-spending of 48 mnkr, never written out: the computed value; the total with "
                        "its own sentence only.",
                    ),
                ),
                (
                    "Upprustningen av Torsviks torg och renoveringen av servicebyggnaden i Ekholmsnäsbacken "
                    "förskjuts till 2027, vilket minskar årets utgifter med 31 respektive 9 mnkr.",
                    C(
                        "Upprustningen av Torsviks torg",
                        "31",
                        "+",
                        "periodisering",
                        unit="mnkr",
                        note="Two projects as a 'respektive' pair: two items.",
                        also=(
                            C(
                                "Renoveringen av servicebyggnaden i Ekholmsnäsbacken",
                                "9 mnkr",
                                "+",
                                "periodisering",
                            ),
                        ),
                    ),
                ),
            )
        ),
        P(
            "Den nya konstgräsplanen på Lidingövallen beräknas överskrida projektbudgeten med 2,3 mnkr, eftersom "
            "markentreprenaden upphandlades till ett högre pris än kalkylerat.",
            C("Konstgräsplanen på Lidingövallen", "2,3 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att senarelägga viss beläggning och att sänka skötselnivån i delar av parkerna, "
            "vilket beräknas förbättra resultatet med 1,0 mnkr.",
            A(None, "1,0 mnkr"),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter en normal vinter under november och december. En snörik höst kan ge ytterligare "
            "kostnader på upp till 2 mnkr.",
            O("Gator och vägar", note="A risk with an amount: other."),
        ),
    ]
    return ReportSpec(
        file="lidingo-tfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Lidingö",
            "committee": ["Teknik- och fastighetsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Lidingö stad"},
        style=style,
        blocks=blocks,
    )
