"""Eslövs kommun, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2025.

An elderly-care interim report in tkr and mnkr, footer with the nämnd's meeting date in September: one
sentence with the period's "överskott på 1,8 mnkr mot periodiserad budget" and the full year "överstiga
budgetramen med 7,6 mnkr" (the full year's is the amount), the change since the tertial report with its
cause, three kostnadsslag in one sentence ("överskrider budget med 9,3 mnkr och köp av verksamhet med 1,2
mnkr, medan intäkterna blir 2,9 mnkr högre"), a reading note that declares deficits in brackets and a
verksamhet table "(4 100)", then two columns of headings that carry the verksamhet and amount ("Hemtjänst
−4,1 mnkr"), so the deficit is explained twice, with a percentage that is not the amount and a cost against
last year in the same paragraph as a cause (its own `other` item); en-dash bullets of actions and a risk with
"beror på" (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Eslövs kommun", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Delårsrapport 2025, Vård- och omsorgsnämnden 2025-09-24", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "18 400", "11 900", "17 700", "700"),
            ("Hemtjänst", "156 200", "108 300", "160 300", "(4 100)"),
            ("Särskilt boende", "241 800", "162 400", "244 600", "(2 800)"),
            ("Hälso- och sjukvård", "62 300", "40 100", "63 900", "(1 600)"),
            ("Funktionsstöd", "118 500", "77 600", "118 000", "500"),
            ("Hjälpmedel", "9 600", "6 900", "9 900", "(300)"),
            ("Summa", "606 800", "407 200", "614 400", "(7 600)"),
        ),
        widths=(140.0, 72.0, 78.0, 72.0, 96.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="serif", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Nämnden redovisar för januari–augusti ett överskott på 1,8 mnkr mot periodiserad budget, men för helåret "
            "bedöms kostnaderna överstiga budgetramen med 7,6 mnkr.",
            C(
                None,
                "7,6 mnkr",
                "-",
                note="The period's and the full year's deviation in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har underskottet ökat med 2,2 mnkr, som främst beror på ett "
            "högre antal beviljade hemtjänsttimmar under sommaren.",
            F(None, "2,2 mnkr", "-", "volymer"),
        ),
        P(
            "Personalkostnaderna överskrider budget med 9,3 mnkr och köp av verksamhet med 1,2 mnkr, medan intäkterna "
            "blir 2,9 mnkr högre än budgeterat, främst genom högre omvårdnadsavgifter.",
            C(
                "Personalkostnader",
                "9,3 mnkr",
                "-",
                note="Three kostnadsslag in one sentence: three items, the reason belongs to the revenue only.",
                also=(
                    C("Köp av verksamhet", "1,2 mnkr", "-"),
                    C("Intäkter", "2,9 mnkr", "+", "avgifter_intakter"),
                ),
            ),
        ),
        P("Belopp i tabellen anges i tusen kronor. Negativa avvikelser anges inom parentes.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst −4,1 mnkr",
            "Antalet beviljade timmar har ökat med 9 procent sedan årsskiftet, och den ökade vårdtyngden har krävt "
            "dubbelbemanning hos fler brukare. Sjukfrånvaron bland undersköterskorna har dessutom lett till dyra "
            "korttidsvikarier.",
            C(
                "Hemtjänst",
                "−4,1 mnkr",
                "-",
                "volymer",
                "bemanning",
                "sjukfranvaro",
                "vikarier",
                note="The heading carries the amount, the percentage is not it.",
            ),
        ),
        HP(
            "Särskilt boende −2,8 mnkr",
            "Underskottet beror på att Solgläntans nya avdelning öppnade redan i mars i stället för i september, "
            "vilket gav personalkostnader som inte fanns med i budgeten. Livsmedelspriserna har också stigit mer än "
            "beräknat.",
            C("Särskilt boende", "−2,8 mnkr", "-", "periodisering", "prisokningar"),
        ),
        Para(
            (
                (
                    "Svårigheten att rekrytera sjuksköterskor har gjort att verksamheten tagit in "
                    "hyrsjuksköterskor under sommaren.",
                    C("Hälso- och sjukvård", "−1,6 mnkr", "-", "vakanser", "inhyrd_personal"),
                ),
                (
                    "Kostnaden för bemanningsföretag uppgick till 2,3 mnkr under perioden, jämfört med 0,9 mnkr "
                    "samma period förra året.",
                    O(
                        "Hälso- och sjukvård",
                        "inhyrd_personal",
                        note="A cost against the previous year in the cause's paragraph: its own item.",
                    ),
                ),
            ),
            head="Hälso- och sjukvård −1,6 mnkr",
            head_level=3,
        ),
        HP(
            "Funktionsstöd +0,5 mnkr",
            "Två platser i gruppbostad har stått tomma under våren i väntan på nya brukare, vilket ger lägre "
            "personalkostnader än budgeterat.",
            C("Funktionsstöd", "+0,5 mnkr", "+", "volymer"),
        ),
        HP(
            "Nämnd och administration +0,7 mnkr",
            "Överskottet förklaras av en vakant controllertjänst och lägre kostnader för utbildning.",
            C("Nämnd och administration", "+0,7 mnkr", "+", "vakanser"),
        ),
        HP(
            "Hjälpmedel −0,3 mnkr",
            "Fler förskrivna hygienhjälpmedel och högre priser på vårdsängar ger en kostnad över budget.",
            C("Hjälpmedel", "−0,3 mnkr", "-", "material_hjalpmedel", "volymer", "prisokningar"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "Översyn av alla hemtjänstbeslut med dubbelbemanning, med en beräknad effekt på 0,8 mnkr under "
                "hösten.",
                "Stopp för nya avtal med bemanningsföretag från den 1 oktober.",
            ),
            labels=(
                A("Hemtjänst", "0,8 mnkr", "bemanning"),
                A("Hälso- och sjukvård", None, "inhyrd_personal"),
            ),
            glyph="–",
        ),
        H("Risker", 2),
        P(
            "Om statsbidraget för äldreomsorgens bemanning inte betalas ut i sin helhet finns en risk för ytterligare "
            "1,5 mnkr i underskott, vilket beror på att redovisningskraven har skärpts.",
            O(None, "statsbidrag", note="A risk with an amount and 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="eslov-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Eslöv",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Vård- och omsorgsnämnden", "author": "Eslövs kommun"},
        style=style,
        blocks=blocks,
    )
