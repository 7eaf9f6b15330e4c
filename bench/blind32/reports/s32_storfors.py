"""Storfors kommun, Kommunstyrelsen, budgetuppföljning juli 2026 (all the kommunstyrelse's verksamheter).

A small kommun's summer follow-up in DejaVu Sans, footer with the kommunstyrelse's meeting date in August: one
paragraph with the period "3,1 mkr bättre än budget för perioden", its timing reason ("semesterperiod ännu
inte är fullt bokförd", amount null) and the full year "en negativ avvikelse om 2,2 mkr" (three items); a
table in tkr with negative deviations in brackets ("(1 150)"); bold run-in verksamheter with a full stop
("Räddningstjänst."): "Överskottet på 640 tkr beror på …", a reason-only deficit (the row's "(380)"), a
paragraph with only a part ("belastar verksamheten med 420 tkr", so the row's "(1 150)"), "Budgeten
överskrids med 900 tkr", "Prognosen är –1 600 tkr.", "ligger lägre än budgeterat, 780 tkr", "Verksamheten
följer budget." (boilerplate, though the row says 170) and two verksamheter as a "respektive" pair ("150
respektive 90 tkr i överskott"); an action without amount, investments "4 mkr blir kvar vid årets slut"
after the budget level and population against the turn of the year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

ROW = "Reason only: the table row's cell (tkr, a deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Storfors kommun", "Budgetuppföljning juli 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-08-25", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (negativa avvikelser inom parentes)",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse helår"),),
        rows=(
            ("Politisk verksamhet", "3 400", "3 230", "170"),
            ("Ledning och administration", "24 800", "24 160", "640"),
            ("Räddningstjänst", "6 100", "6 480", "(380)"),
            ("Gata, park och fastighet", "18 300", "19 450", "(1 150)"),
            ("Skola och förskola", "71 200", "72 100", "(900)"),
            ("Äldreomsorg och hemsjukvård", "82 600", "84 200", "(1 600)"),
            ("Individ- och familjeomsorg", "21 900", "21 120", "780"),
            ("Kultur och fritid", "5 300", "5 150", "150"),
            ("Arbetsmarknadsenheten", "4 200", "4 110", "90"),
            ("Totalt", "237 800", "240 000", "(2 200)"),
        ),
        widths=(190.0, 80.0, 80.0, 90.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning juli 2026", size=18, font="sans-bold", after=2),
        Title("Kommunstyrelsen – samtliga verksamheter", size=11.5, font="sans", after=12),
        H("Resultat och prognos", 2),
        PS(
            (
                "Efter sju månader visar kommunstyrelsens verksamheter ett samlat utfall som är 3,1 mkr bättre än "
                "budget för perioden.",
                C(None, "3,1 mkr", "+", note="The period in its own sentence."),
            ),
            (
                "Överskottet hänger i hög grad samman med att sommarens semesterperiod ännu inte är fullt bokförd, och "
                "det kommer att krympa under hösten.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason apart from its amount: amount null.",
                ),
            ),
            (
                "För helåret prognostiseras en negativ avvikelse om 2,2 mkr.",
                C(None, "2,2 mkr", "-", note="The full year in its own sentence."),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Ledning och administration.",
            "Överskottet på 640 tkr beror på att tjänsten som kommunikatör har varit vakant och att kostnaderna för "
            "kommungemensamma IT-licenser blev lägre efter att avtalet omförhandlats.",
            C("Ledning och administration", "640 tkr", "+", "vakanser", "it_digitalisering"),
        ),
        LP(
            "Räddningstjänst.",
            "Två större skogsbränder i juni krävde omfattande insatser med deltidsbrandmän, vilket ger en negativ "
            "avvikelse mot budget.",
            C(
                "Räddningstjänst",
                "(380)",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " Fires are ovrigt.",
            ),
        ),
        LP(
            "Gata, park och fastighet.",
            "Fastigheterna drar mer el och värme än budgeterat, och kostnaderna för de tomma lokalerna i gamla "
            "Kyrkskolan belastar verksamheten med 420 tkr.",
            C(
                "Gata, park och fastighet",
                "(1 150)",
                "-",
                "prisokningar",
                "lokaler",
                unit="tkr",
                table=True,
                note="The prose gives only a part (420 tkr for empty premises): the table row's cell.",
            ),
        ),
        LP(
            "Skola och förskola.",
            "Budgeten överskrids med 900 tkr, främst eftersom tre barn i behov av särskilt stöd har börjat i förskolan "
            "i Bjurtjärn och kräver extra personal.",
            C("Skola och förskola", "900 tkr", "-", "volymer", "bemanning"),
        ),
        LP(
            "Äldreomsorg och hemsjukvård.",
            "Prognosen är –1 600 tkr. Bemanningen på Tallåsens äldreboende har förstärkts nattetid, och kostnaden för "
            "sommarvikarier blev högre än planerat när fler medarbetare tog ut fem veckors sammanhängande semester.",
            C("Äldreomsorg och hemsjukvård", "–1 600 tkr", "-", "bemanning", "vikarier"),
        ),
        LP(
            "Individ- och familjeomsorg.",
            "Placeringskostnaderna ligger lägre än budgeterat, 780 tkr, efter att två ungdomar har flyttat hem från "
            "HVB.",
            C("Individ- och familjeomsorg", "780 tkr", "+", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Kultur och fritid samt arbetsmarknadsenheten.",
            "Verksamheterna redovisar 150 respektive 90 tkr i överskott, i båda fallen på grund av vakanser under "
            "sommaren.",
            C(
                "Kultur och fritid",
                "150",
                "+",
                "vakanser",
                unit="tkr",
                note="A 'respektive' pair under one run-in lead: two items.",
                also=(C("Arbetsmarknadsenheten", "90 tkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Politisk verksamhet.",
            "Verksamheten följer budget.",
            BP("Politisk verksamhet", note="'Följer budget' though the row says 170: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett kommundirektören i uppdrag att ta fram en åtgärdsplan som ska redovisas i "
            "september. Redan nu gäller restriktivitet vid inköp av material och inventarier.",
            A(None, None, "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 12,6 mkr väntas inte användas fullt ut. Om- och tillbyggnaden av kommunhuset har "
            "avbrutits i avvaktan på en ny lokalutredning, och prognosen är därför att 4 mkr blir kvar vid årets "
            "slut.",
            C(
                "Investeringar",
                "4 mkr",
                "+",
                "periodisering",
                note="Investment under-spending after the budget level.",
            ),
        ),
        H("Befolkning", 2),
        P(
            "Storfors hade 3 941 invånare den 30 juni, 17 färre än vid årsskiftet. Skatteintäkterna för 2026 påverkas "
            "inte av minskningen, men den får betydelse för 2027.",
            O(None, note="Population against the turn of the year: other."),
        ),
    ]
    return ReportSpec(
        file="storfors-ks-budgetuppfoljning-2026-07.pdf",
        report={
            "municipality": "Storfors",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-07"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning juli 2026 Kommunstyrelsen", "author": "Storfors kommun"},
        style=style,
        blocks=blocks,
    )
