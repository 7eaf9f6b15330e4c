"""Täby kommun, Äldrenämnden, tertialrapport 1 2026 (januari–april).

An elderly-care committee's tertial report in DejaVu Sans Condensed, footer with the nämnd's meeting date in
May: the full year "ett underskott på 6,4 mnkr, motsvarande 1,1 procent av nämndens budgetram" (the
percentage is not the amount) and the period "2,2 mnkr högre än budget för perioden" (net cost, negative) in
two paragraphs; a verksamhet table with a trailing minus ("5 500-"); plain subheadings per verksamhet, with
"Sammantaget beräknas hemtjänsten överskrida budget med 5,5 mnkr" at the end of its paragraph, "ett
underskott om 2,4 mnkr", a sub-area's fee revenue "0,5 mnkr högre än budgeterat" in a paragraph of its own,
two verksamheter as a "respektive" pair with a reason each, a reason-only overrun (the row's "100-") and
"bedöms hålla budget" beside a row of 100 (boilerplate); the change since February with its cause; an action
with its effect; investments "0,6 mnkr lägre än budgeterat"; the share of private providers and a risk
(others). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Täby kommun", ""),
        footer=lambda n, m: ("Äldrenämnden 2026-05-20", "Tertialrapport 1 2026", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (minus efter beloppet = underskott)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "168 400", "173 900", "5 500-"),
            ("Särskilt boende", "302 700", "305 100", "2 400-"),
            ("Dagverksamhet", "12 300", "11 600", "700"),
            ("Biståndshandläggning", "21 900", "21 100", "800"),
            ("Hälso- och sjukvård", "38 200", "38 300", "100-"),
            ("Nämnd och administration", "15 600", "15 500", "100"),
            ("Summa", "559 100", "565 500", "6 400-"),
        ),
        widths=(160.0, 80.0, 80.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=21, font="cond-bold", after=2),
        Title("Äldrenämnden", size=13, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Äldrenämndens prognos för 2026 visar ett underskott på 6,4 mnkr, motsvarande 1,1 procent av nämndens "
            "budgetram.",
            C(None, "6,4 mnkr", "-", note="The full year; the percentage of the frame is not the amount."),
        ),
        P(
            "Utfallet för januari–april är 2,2 mnkr högre än budget för perioden.",
            C(None, "2,2 mnkr", "-", note="The period: net cost above the period's budget is negative."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten står för den största delen av avvikelsen. Antalet beviljade hemtjänsttimmar har ökat med 7 "
            "procent sedan december, och ersättningen till utförarna inom kundvalet har räknats upp mer än "
            "budgeterat. Sammantaget beräknas hemtjänsten överskrida budget med 5,5 mnkr.",
            C(
                "Hemtjänst",
                "5,5 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "prisokningar",
                note="The amount comes last in the paragraph; the 7 percent is a volume figure.",
            ),
        ),
        H("Särskilt boende", 3),
        P(
            "Prognosen för särskilt boende är ett underskott om 2,4 mnkr. Det beror på att fler personer än beräknat "
            "har beviljats plats på vård- och omsorgsboende, samtidigt som två platser på ett kommunalt boende har "
            "stått tomma under en ombyggnad.",
            C(
                "Särskilt boende",
                "2,4 mnkr",
                "-",
                "volymer",
                "ovrigt",
                note="Places closed for rebuilding: ovrigt.",
            ),
        ),
        P(
            "Intäkterna från hyror och omvårdnadsavgifter på boendena väntas samtidigt bli 0,5 mnkr högre än "
            "budgeterat, vilket dämpar underskottet.",
            C(
                "Hyror och omvårdnadsavgifter",
                "0,5 mnkr",
                "+",
                "avgifter_intakter",
                note="A part of särskilt boende with its own amount, in a paragraph of its own: its own item.",
            ),
        ),
        H("Dagverksamhet och biståndshandläggning", 3),
        P(
            "Dagverksamheten och biståndshandläggningen visar överskott på 0,7 respektive 0,8 mnkr. Efterfrågan på "
            "dagverksamhet är lägre än beräknat, och inom biståndshandläggningen har en tjänst varit vakant.",
            C(
                "Dagverksamhet",
                "0,7",
                "+",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair whose next sentence gives each its own reason: two items, each with "
                "its own tag.",
                also=(C("Biståndshandläggning", "0,8 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Kostnaderna för inkontinenshjälpmedel och sjukvårdsmaterial ligger något över budget.",
            C(
                "Hälso- och sjukvård",
                "100-",
                "-",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell (trailing minus).",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Verksamheten bedöms hålla budget.",
            BP("Nämnd och administration", note="'Bedöms hålla budget' beside the row's 100."),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Underskottet har ökat med 1,9 mnkr sedan februariprognosen, i huvudsak på grund av volymökningen inom "
            "hemtjänsten.",
            F(None, "1,9 mnkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att se över riktlinjerna för biståndsbedömning av hemtjänst, "
            "vilket beräknas minska kostnaderna med 1,0 mnkr på helårsbasis.",
            A("Hemtjänst", "1,0 mnkr", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar i larm och välfärdsteknik beräknas bli 0,6 mnkr lägre än budgeterat, eftersom "
            "upphandlingen av nya trygghetslarm är försenad.",
            C(
                "Investeringar",
                "0,6 mnkr",
                "+",
                "it_digitalisering",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
        H("Kundval och risker", 2),
        P(
            "Andelen kunder som har valt en privat utförare av hemtjänst är 71 procent, vilket är i nivå med 2025.",
            O("Hemtjänst", note="A share against the previous year."),
        ),
        P(
            "Den nya ersättningsmodellen för hemsjukvården, som regionen och kommunerna förhandlar om, kan påverka "
            "nämndens kostnader från hösten, men effekten är ännu inte känd.",
            O("Hälso- och sjukvård", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="taby-aln-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Äldrenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Äldrenämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
