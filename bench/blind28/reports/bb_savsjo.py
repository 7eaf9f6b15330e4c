"""Sävsjö kommun, Vård- och omsorgsnämnden, månadsuppföljning november 2025.

An elderly-care and disability committee's November follow-up in DejaVu Serif Condensed with U+2212 minus
signs: the year's "negativ budgetavvikelse på 7,8 mnkr (−8,3 mnkr i oktober)" (October's figure in brackets is
not the amount) and, in the same paragraph, the improvement "med en halv miljon kronor sedan förra månaden"
(an amount in words, a forecast change); a kostnadsslag table with October's deviation as its last column; one
sentence with personnel costs over and revenue above budget (two items); headings with a colon that carry the
verksamhet and its amount ("Hemtjänst: −4,6 mnkr") with an hours level and a percentage inside, a part
("vilket har kostat 1,8 mnkr") inside särskilt boende, LSS with Försäkringskassan's compensation, a plain heading
whose paragraph says "beräknas gå 1,2 mnkr över budget", a one-line reason under "Nämnd och ledning: +0,5 mnkr";
an action with its December effect, the äldreomsorgslyft grant used in full (other), investments "underskridas
med 0,4 mnkr", and sick leave against last October (other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Sävsjö kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning november 2025", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr (positiv avvikelse = bättre än budget)",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse okt"),),
        rows=(
            ("Verksamhetens intäkter", "58 400", "60 300", "1 900", "1 700"),
            ("Personalkostnader", "−231 600", "−238 500", "−6 900", "−7 300"),
            ("Köp av verksamhet", "−18 900", "−18 200", "700", "700"),
            ("Lokalkostnader", "−24 300", "−24 500", "−200", "−200"),
            ("Hjälpmedel och förbrukningsmaterial", "−9 800", "−11 000", "−1 200", "−1 100"),
            ("Övriga kostnader", "−12 700", "−14 800", "−2 100", "−2 100"),
            ("Nettokostnad", "−238 900", "−246 700", "−7 800", "−8 300"),
        ),
        widths=(170.0, 68.0, 68.0, 60.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=18, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="serif-cond", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Vård- och omsorgsnämnden prognostiserar för 2025 en negativ budgetavvikelse på 7,8 mnkr "
                "(−8,3 mnkr i oktober).",
                C(None, "7,8 mnkr", "-", note="October's figure in brackets is not the amount."),
            ),
            (
                "Prognosen har alltså förbättrats med en halv miljon kronor sedan förra månaden, främst genom lägre "
                "kostnader för inhyrda sjuksköterskor.",
                F(None, "en halv miljon kronor", "+", "inhyrd_personal", value=500_000),
            ),
        ),
        table,
        P(
            "Personalkostnaderna överstiger budget med 6,9 mnkr, samtidigt som intäkterna är 1,9 mnkr högre än "
            "budgeterat.",
            C(
                "Personalkostnader",
                "6,9 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items, no reasons.",
                also=(C("Verksamhetens intäkter", "1,9 mnkr", "+"),),
            ),
        ),
        H("Verksamheterna", 2),
        HP(
            "Hemtjänst: −4,6 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat stadigt under året och ligger nu på cirka 10 200 timmar per "
            "månad, 12 procent fler än budgeten räknar med. Ökningen har mötts med timanställda och övertid.",
            C(
                "Hemtjänst",
                "−4,6 mnkr",
                "-",
                "volymer",
                "vikarier",
                "overtid",
                note=HEAD + " The hours level and the percentage are volumes, not the amount.",
            ),
        ),
        HP(
            "Särskilt boende: −3,9 mnkr",
            "Bemanningen på Lindgården har förstärkts nattetid på grund av flera boende med stora omvårdnadsbehov. "
            "Under sommaren anlitades dessutom bemanningsföretag för sjuksköterskor, vilket har kostat 1,8 mnkr.",
            C(
                "Särskilt boende",
                "−3,9 mnkr",
                "-",
                "bemanning",
                "inhyrd_personal",
                note=HEAD + " The 1,8 mnkr for agency nurses is a part.",
            ),
        ),
        HP(
            "LSS och socialpsykiatri: +1,4 mnkr",
            "Ersättningen från Försäkringskassan för personlig assistans har blivit högre än budgeterat efter att två "
            "brukare har fått utökat antal timmar. Dessutom har en extern placering avslutats.",
            C("LSS och socialpsykiatri", "+1,4 mnkr", "+", "ersattning_fk", "kopt_verksamhet", note=HEAD),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Hälso- och sjukvården beräknas gå 1,2 mnkr över budget, där hjälpmedelskostnaderna står för nästan hela "
            "avvikelsen.",
            C("Hälso- och sjukvård", "1,2 mnkr", "-", "material_hjalpmedel"),
        ),
        HP(
            "Nämnd och ledning: +0,5 mnkr",
            "Effekt av en vakant enhetschefstjänst under våren.",
            C("Nämnd och ledning", "+0,5 mnkr", "+", "vakanser", note=HEAD),
        ),
        H("Åtgärder", 2),
        P(
            "Sedan oktober prövas alla nya timanställningar inom hemtjänsten av verksamhetschefen, och planeringen av "
            "hemtjänstens turer ses över för att minska övertiden. Åtgärderna bedöms minska kostnaderna med 0,3 mnkr "
            "under december.",
            A("Hemtjänst", "0,3 mnkr", "bemanning", "overtid"),
        ),
        H("Statsbidrag", 2),
        P(
            "Statsbidraget för äldreomsorgslyftet, 2,2 mnkr, har använts fullt ut och ingår i prognosen.",
            O(None, "statsbidrag", note="A grant used as planned: financing, other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten om 1,5 mnkr för trygghetslarm och inventarier beräknas underskridas med 0,4 mnkr, "
            "eftersom bytet av larm på Lindgården har skjutits till februari.",
            C("Investeringar", "0,4 mnkr", "+", "periodisering"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom vård och omsorg var 7,9 procent i oktober, jämfört med 9,1 procent i oktober 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="savsjo-von-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning november 2025 Vård- och omsorgsnämnden",
            "author": "Sävsjö kommun",
        },
        style=style,
        blocks=blocks,
    )
