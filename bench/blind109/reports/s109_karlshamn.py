"""Karlshamns kommun, Socialnämnden, månadsrapport februari 2026.

A social committee's month report in tkr, header with the date the report was written in March: the full
year "ett underskott om 6 850 tkr jämfört med tilldelad budget" and the period "1 120 tkr högre än periodens
budget" (negative) in separate paragraphs, then personnel costs under budget and bought services over it as two
items of one sentence ("medan"); a table whose deficits carry a trailing minus ("5 250-"); bold run-in
verksamheter ending in a full stop or a colon: "Verksamheten prognostiserar ett underskott på 5 250 tkr",
a reason-only run-in (the row's "1 850-"), "kostnaderna överstiger budget med 1,2 mnkr" after a colon, a
surplus with a risk sentence in the same paragraph (other), "följer i stort budget" beside a row of 300
(boilerplate); the change since January with its cause; two actions in bullets; households against last year
(other). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reason only: the table row's cell (trailing minus)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Karlshamns kommun  Socialförvaltningen", "2026-03-12"),
        footer=lambda n, m: ("Månadsrapport februari 2026", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "8 400", "8 100", "300"),
            ("Barn och unga", "61 200", "66 450", "5 250-"),
            ("Vuxen", "24 800", "26 650", "1 850-"),
            ("Ekonomiskt bistånd", "31 500", "32 700", "1 200-"),
            ("Arbetsmarknadsenheten", "14 900", "13 750", "1 150"),
            ("Summa", "140 800", "147 650", "6 850-"),
        ),
        widths=(170.0, 85.0, 85.0, 80.0),
        bold_rows=frozenset({5}),
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämndens prognos för helåret 2026 pekar på ett underskott om 6 850 tkr jämfört med tilldelad "
            "budget.",
            C(None, "6 850 tkr", "-"),
        ),
        P(
            "Utfallet för januari–februari är 1 120 tkr högre än periodens budget.",
            C(None, "1 120 tkr", "-", note="A net cost higher than the period's budget: negative."),
        ),
        P(
            "Personalkostnaderna ligger 400 tkr under budget till följd av vakanser, medan köp av verksamhet "
            "överstiger budget med 7 300 tkr.",
            C(
                "Personalkostnader",
                "400 tkr",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence: split.",
                also=(
                    C("Köp av verksamhet", "7 300 tkr", "-", note="An account group with no reason: no tag."),
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och unga.",
            "Verksamheten prognostiserar ett underskott på 5 250 tkr. Sedan årsskiftet har fyra barn placerats på "
            "HVB med höga dygnskostnader, och konsulentstödda familjehem används i större omfattning än "
            "budgeterat.",
            C("Barn och unga", "5 250 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxen.",
            "Två vakanta socialsekreterartjänster har ersatts med inhyrda konsulter, vilket tillsammans med en ny "
            "LVM-placering gör att verksamheten går back.",
            C(
                "Vuxen",
                "1 850-",
                "-",
                "vakanser",
                "inhyrd_personal",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "kostnaderna överstiger budget med 1,2 mnkr. Fler hushåll är beroende av försörjningsstöd under längre "
            "tid, bland annat efter att flera större arbetsgivare i regionen varslat personal.",
            C("Ekonomiskt bistånd", "1,2 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Arbetsmarknadsenheten.",
            "Ett överskott om 1 150 tkr väntas, eftersom statsbidraget för extratjänster blev högre än vad som "
            "budgeterats.",
            C("Arbetsmarknadsenheten", "1 150 tkr", "+", "statsbidrag"),
            (
                "Det finns en risk att antalet anvisade deltagare från Arbetsförmedlingen minskar under hösten.",
                O("Arbetsmarknadsenheten", note="A risk in the same paragraph: its own item."),
            ),
        ),
        LP(
            "Nämnd och ledning.",
            "Verksamheten följer i stort budget.",
            BP("Nämnd och ledning", note="'Följer budget' beside a row of 300: boilerplate."),
        ),
        H("Förändring jämfört med föregående prognos", 2),
        P(
            "Prognosen har försämrats med 2 100 tkr sedan januari, vilket förklaras av två nya placeringar inom "
            "barn och unga.",
            F(None, "2 100 tkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Hemmaplanslösningar prövas i varje ärende innan placering på HVB beslutas.",
                "Rekrytering av två socialsekreterare pågår för att ersätta konsulterna, med en beräknad besparing "
                "på 600 tkr under året.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Vuxen", "600 tkr", "inhyrd_personal", "vakanser"),
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet hushåll med försörjningsstöd var i februari 412, att jämföra med 371 samma månad 2025.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="Volumes against the previous year.",
            ),
        ),
    ]
    return ReportSpec(
        file="karlshamn-sn-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Socialnämnden", "author": "Karlshamns kommun"},
        style=style,
        blocks=blocks,
    )
