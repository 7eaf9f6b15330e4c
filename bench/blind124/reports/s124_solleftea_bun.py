"""Sollefteå kommun, Barn- och utbildningsnämnden, månadsuppföljning mars 2026.

A school committee's month report in Times (Liberation Serif), amounts in "miljoner kronor", footer with the
arbetsutskott's date in April: the period "1,3 miljoner kronor högre än periodens budget" (a net cost, so
negative), the full year "en negativ avvikelse om 4,6 miljoner kronor (–3,9 i februari)" with last month's
figure in brackets, and the change since February with its cause; the table pasted as an image (every amount
in the prose or nowhere); bullets under a generic heading in varied shapes ("Förskolan: överskott 0,8 miljoner
kronor, eftersom", "överstiger ramen med 3,7 miljoner kronor", "ger en avvikelse på –1,5 miljoner kronor",
"Gymnasiets underskott, 0,9 miljoner kronor, hänger samman med", "följer budget" and a reason-only surplus
whose amount lives only in the image: null); an action with an effect, a risk and a volume against last year.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 78.0, 72.0, 74.0),
        header=lambda n, m: ("Sollefteå kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämndens arbetsutskott 2026-04-14", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, miljoner kronor",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "98,4", "97,6", "0,8"),
            ("Grundskola", "176,2", "179,9", "–3,7"),
            ("Anpassad skola", "14,8", "16,3", "–1,5"),
            ("Gymnasium", "88,5", "89,4", "–0,9"),
            ("Skolskjuts", "19,7", "19,7", "0,0"),
            ("Central administration", "22,9", "22,2", "0,7"),
            ("Totalt", "420,5", "425,1", "–4,6"),
        ),
        widths=(150.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="times-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=13, font="times", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Barn- och utbildningsnämnden redovisar efter mars ett utfall som är 1,3 miljoner kronor högre än "
                "periodens budget.",
                C(None, "1,3 miljoner kronor", "-", note="A net cost above the period's budget: negative."),
            ),
            (
                "Helårsprognosen visar en negativ avvikelse om 4,6 miljoner kronor (–3,9 i februari).",
                C(
                    None,
                    "4,6 miljoner kronor",
                    "-",
                    note="The figure in brackets is last month's, not the amount.",
                ),
            ),
        ),
        P(
            "Försämringen sedan februari, 0,7 miljoner kronor, beror på att ytterligare två elever har placerats i "
            "anpassad grundskola i Härnösand.",
            F(None, "0,7 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 3),
        Bullets(
            (
                "Förskolan: överskott 0,8 miljoner kronor, eftersom barnantalet i Långsele och Ramsele är lägre än "
                "budgeterat.",
                "Grundskolans kostnader överstiger ramen med 3,7 miljoner kronor. Elevassistenter för elever i behov "
                "av särskilt stöd och vikarier under vinterns höga sjukfrånvaro förklarar merparten.",
                "Anpassad skola: fler elever i anpassad grundskola i Härnösand och Sundsvall än beräknat ger en "
                "avvikelse på –1,5 miljoner kronor.",
                "Gymnasiets underskott, 0,9 miljoner kronor, hänger samman med att fler ungdomar väljer utbildningar "
                "i Kramfors och Örnsköldsvik, vilket ökar de interkommunala ersättningarna.",
                "Skolskjutsen följer budget.",
                "Central administration visar ett plus som beror på att en tjänst som utvecklingsledare har stått "
                "vakant sedan december.",
            ),
            labels=(
                C("Förskola", "0,8 miljoner kronor", "+", "volymer"),
                C("Grundskola", "3,7 miljoner kronor", "-", "bemanning", "vikarier", "sjukfranvaro"),
                C("Anpassad skola", "–1,5 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Gymnasium",
                    "0,9 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    note="Interkommunal ersättning for pupils elsewhere is kopt_verksamhet.",
                ),
                BP("Skolskjuts"),
                C(
                    "Central administration",
                    None,
                    "+",
                    "vakanser",
                    note="Reason only, and the row's figure is in the image table: amount null.",
                ),
            ),
        ),
        H("Åtgärder", 3),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en åtgärdsplan för grundskolan som ska minska "
            "kostnaderna med 2 miljoner kronor på helår.",
            A("Grundskola", "2 miljoner kronor"),
        ),
        P(
            "Prognosen bygger på att inga fler elever placeras utanför kommunen under våren. Varje ny placering i "
            "anpassad grundskola kostar cirka 0,4 miljoner kronor per år.",
            O("Anpassad skola", note="A risk: other."),
        ),
        P(
            "Antalet inskrivna barn i förskolan var 612 i mars, 24 färre än i mars 2025.",
            O("Förskola", "volymer", note="A volume against last year: other."),
        ),
    ]
    return ReportSpec(
        file="solleftea-bun-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning mars 2026 Barn- och utbildningsnämnden",
            "author": "Sollefteå kommun",
        },
        style=style,
        blocks=blocks,
    )
