"""Uppsala kommun, Socialnämnden, månadsuppföljning februari 2026.

A social committee's month report with a tkr table whose deficits carry a trailing minus ("9 400-"), footer
with the nämnd's meeting date in March: the period "3 150 tkr högre än periodiserad budget" with its reason
(one item), the full year "ett underskott på 14 800 tkr" in its own sentence and the change since January;
then headings that carry the verksamhet and the amount in mnkr with an en dash ("Barn och unga –9,4 mnkr",
"Familjerätt och familjestöd +1,6 mnkr", "Mottagning och utredning ±0 mnkr") over paragraphs of reasons only:
placements, a percentage price rise that is not the amount, a closure for renovation, households on
försörjningsstöd, vacancies and an undistributed buffer; "följer budget" (boilerplate), an action with its
effect and a risk about grants. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and the amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Uppsala kommun – Socialförvaltningen", "Månadsuppföljning februari 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-03-25", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (minus efter belopp = underskott)",
        header=(("Verksamhet", "Budget 2026", "Utfall feb", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "38 200", "5 810", "37 600", "600"),
            ("Mottagning och utredning", "64 500", "10 720", "64 500", "0"),
            ("Barn och unga", "281 300", "50 480", "290 700", "9 400-"),
            ("Familjerätt och familjestöd", "47 900", "7 390", "46 300", "1 600"),
            ("Vuxna med missbruk", "112 600", "19 950", "115 700", "3 100-"),
            ("Socialpsykiatri", "93 400", "15 870", "95 100", "1 700-"),
            ("Ekonomiskt bistånd", "176 000", "30 140", "178 800", "2 800-"),
            ("Summa", "813 900", "140 360", "828 700", "14 800-"),
        ),
        widths=(170.0, 68.0, 62.0, 70.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="serif-bold", after=2),
        Title("Socialnämnden", size=12.5, font="serif", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Socialnämnden redovisar för januari–februari ett utfall som är 3 150 tkr högre än periodiserad "
                "budget. Det beror till största delen på att kostnaderna för externa placeringar av barn och unga "
                "har legat kvar på höstens höga nivå.",
                C(
                    None,
                    "3 150 tkr",
                    "-",
                    "kopt_verksamhet",
                    note="The period's deviation of a net cost with its reason: one item, negative.",
                ),
            ),
            (
                "För helåret prognostiseras ett underskott på 14 800 tkr.",
                C(None, "14 800 tkr", "-", note="The full year in a sentence of its own: its own item."),
            ),
            ("Det är 2 300 tkr sämre än i januariprognosen.", F(None, "2 300 tkr", "-")),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        HP(
            "Barn och unga –9,4 mnkr",
            "Kostnaderna för placeringar på HVB och i konsulentstödda familjehem är betydligt högre än budgeterat. "
            "Under februari var 46 barn och unga placerade, att jämföra med budgetens 38.",
            C("Barn och unga", "–9,4 mnkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Vuxna med missbruk –3,1 mnkr",
            "Fler personer har behövt vård på institution enligt LVM, och dygnsavgiften hos Statens "
            "institutionsstyrelse har höjts med 8 procent.",
            C(
                "Vuxna med missbruk",
                "–3,1 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note=HEAD + " The percentage is not the amount.",
            ),
        ),
        HP(
            "Socialpsykiatri –1,7 mnkr",
            "Underskottet förklaras av att boendestöd måste köpas externt så länge det egna boendet på "
            "Tallbacken är stängt för renovering.",
            C(
                "Socialpsykiatri",
                "–1,7 mnkr",
                "-",
                "kopt_verksamhet",
                "ovrigt",
                note=HEAD + " A closure for renovation is ovrigt.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd –2,8 mnkr",
            "Antalet hushåll med försörjningsstöd har ökat till 2 140 i februari, vilket är 180 fler än "
            "budgeten bygger på.",
            C("Ekonomiskt bistånd", "–2,8 mnkr", "-", "ekonomiskt_bistand", "volymer", note=HEAD),
        ),
        HP(
            "Familjerätt och familjestöd +1,6 mnkr",
            "Två tjänster som familjebehandlare har varit vakanta sedan årsskiftet och rekrytering pågår.",
            C("Familjerätt och familjestöd", "+1,6 mnkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Nämnd och förvaltningsledning +0,6 mnkr",
            "Överskottet kommer från den ofördelade bufferten, som ännu inte har tagits i anspråk.",
            C("Nämnd och förvaltningsledning", "+0,6 mnkr", "+", "reserver", note=HEAD),
        ),
        HP(
            "Mottagning och utredning ±0 mnkr",
            "Verksamheten följer budget.",
            BP("Mottagning och utredning"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan som ska minska placeringskostnaderna med 5 mnkr på "
            "helårsbasis, bland annat genom att öppenvården i egen regi byggs ut.",
            A("Barn och unga", "5 mnkr", "kopt_verksamhet"),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Prognosen förutsätter att de statsbidrag som aviserats för införandet av den nya socialtjänstlagen "
            "betalas ut under våren. Uteblir de försämras resultatet med cirka 1,5 mnkr.",
            O(None, "statsbidrag", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="uppsala-sn-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Socialnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
