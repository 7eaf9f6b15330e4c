"""Sydvatten AB, the drinking-water company owned jointly by kommuner in western Skåne, tertialrapport 1 2026.

A joint body's tertial report in "Mkr" with U+2212 minus signs, footer with the board meeting in June: the
period's result "4,2 Mkr bättre än budget", the full year "i nivå med budget" (boilerplate), water sales
"1,6 Mkr lägre än budgeterat" after a wet spring (volumes and weather); a table by post whose sign
convention is stated (positive = better than budget); bold run-in posts whose lead carries the amount
("Elkostnader +3,3 Mkr.", "Kemikalier −1,2 Mkr."), a reason-only lead (the row's "1,7"), "0,9 Mkr lägre än
budgeterat" after a colon and two posts as a "respektive" pair that give "bättre utfall än budget";
investments "45 Mkr lägre än investeringsbudgeten" and a project that will "överskrida sin budget med 12
Mkr", "Prognosen är oförändrad" (a boilerplate forecast change), an action with its effect and a
tariff risk (other). Liberation Sans Narrow 10.5 pt.

The place is real (the company and its two plants exist); every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O

LEAD = "The run-in lead carries the post and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Sydvatten AB", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsemöte 2026-06-05", "Ärende 6", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per post januari–april 2026, Mkr (positivt tal = bättre än budget)",
        header=(("Post", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Vattenförsäljning", "142,0", "140,4", "−1,6"),
            ("Övriga intäkter", "2,1", "2,9", "0,8"),
            ("Elkostnader", "−18,5", "−15,2", "3,3"),
            ("Kemikalier", "−9,8", "−11,0", "−1,2"),
            ("Personalkostnader", "−24,6", "−22,9", "1,7"),
            ("Underhåll och reparationer", "−14,0", "−13,1", "0,9"),
            ("Avskrivningar", "−52,0", "−51,6", "0,4"),
            ("Finansnetto", "−19,7", "−19,8", "−0,1"),
            ("Resultat efter finansiella poster", "5,5", "9,7", "4,2"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        shade=(0.86, 0.91, 0.97),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=19, font="narrow-bold", after=4),
        P(
            "Sydvatten producerar dricksvatten till delägarkommunerna i västra Skåne från Ringsjöverket och "
            "Vombverket. Rapporten lämnas till styrelsen och till ägarsamrådet."
        ),
        H("Resultat", 2),
        P(
            "Resultatet efter finansiella poster uppgår till 9,7 Mkr för perioden, vilket är 4,2 Mkr bättre än "
            "budget.",
            C(None, "4,2 Mkr", "+", note="The period against budget."),
        ),
        P(
            "Helårsprognosen är ett resultat på 12,0 Mkr, i nivå med budget.",
            BP(None, note="The full year 'i nivå med budget': boilerplate."),
        ),
        P(
            "Vattenförsäljningen till delägarna är 1,6 Mkr lägre än budgeterat efter en regnig och sval vår med "
            "lägre förbrukning.",
            C(
                "Vattenförsäljning",
                "1,6 Mkr",
                "-",
                "volymer",
                "ovrigt",
                note="Revenue under budget: negative. Weather is ovrigt, lower consumption volymer.",
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Elkostnader +3,3 Mkr.",
            "Elpriset har varit betydligt lägre än det pris som budgeten bygger på, och solcellsparken vid "
            "Vombverket har producerat mer än beräknat.",
            C("Elkostnader", "+3,3 Mkr", "+", "prisokningar", note=LEAD),
        ),
        LP(
            "Kemikalier −1,2 Mkr.",
            "Högre halter av humus i råvattnet har krävt större doser fällningskemikalier, och priset på "
            "fällningskemikalier höjdes vid årsskiftet.",
            C(
                "Kemikalier",
                "−1,2 Mkr",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note=LEAD + " Water-treatment chemicals are material_hjalpmedel.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Tre tjänster inom drift och laboratorium har varit vakanta under perioden.",
            C(
                "Personalkostnader",
                "1,7",
                "+",
                "vakanser",
                unit="mnkr",
                table=True,
                note="A reason-only lead: the table row's cell.",
            ),
        ),
        LP(
            "Underhåll och reparationer:",
            "0,9 Mkr lägre än budgeterat, eftersom planerat underhåll av filterbäddarna har flyttats till hösten.",
            C("Underhåll och reparationer", "0,9 Mkr", "+", "periodisering"),
        ),
        LP(
            "Övriga intäkter och avskrivningar.",
            "Övriga intäkter och avskrivningar ger 0,8 respektive 0,4 Mkr bättre utfall än budget. Intäkterna "
            "kommer från uthyrning av ledningskapacitet, och avskrivningarna är lägre eftersom den nya reservoaren "
            "har tagits i bruk senare än planerat.",
            C(
                "Övriga intäkter",
                "0,8",
                "+",
                "avgifter_intakter",
                unit="mnkr",
                note="A 'respektive' pair: two items with the same text, the unit written once.",
                also=(C("Avskrivningar", "0,4 Mkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Prognosen är oförändrad jämfört med den prognos som lämnades till ägarsamrådet i mars.",
            BF(None, note="No change since the previous forecast: a boilerplate forecast change."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna under perioden uppgår till 68 Mkr. För helåret beräknas 310 Mkr, vilket är 45 Mkr "
            "lägre än investeringsbudgeten, främst eftersom bygget av en ny överföringsledning i nordvästra Skåne "
            "har försenats av överklaganden.",
            C("Investeringar", "45 Mkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Projektet för en ny UV-anläggning vid Ringsjöverket beräknas däremot överskrida sin budget med 12 Mkr "
            "till följd av prisökningar i byggentreprenaden.",
            C("UV-anläggning vid Ringsjöverket", "12 Mkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har tecknat ett nytt elavtal med fast pris för 2027, vilket beräknas minska elkostnaderna med "
            "omkring 2 Mkr per år.",
            A("Elkostnader", "omkring 2 Mkr", "prisokningar"),
        ),
        H("Risker", 2),
        P(
            "Vattentaxan till delägarna för 2027 beslutas i november. Ökade räntekostnader för de stora "
            "investeringarna kan kräva en höjning med upp till 6 procent.",
            O(None, note="A tariff risk: other."),
        ),
    ]
    return ReportSpec(
        file="sydvatten-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Sydvatten", "Sydvatten AB"],
            "committee": ["Styrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport januari–april 2026", "author": "Sydvatten AB"},
        style=style,
        blocks=blocks,
    )
