"""Haninge kommun, Socialnämnden, månadsuppföljning februari 2026.

A social committee's month report in "miljoner kronor" and "mnkr", its footer carrying the nämnd's meeting date
in March: the period "3,2 miljoner kronor högre än periodiserad budget" and the full year's "underskott på 11,5
miljoner kronor" with a percentage of the frame in the same paragraph (two items), the full year's reasons in a
paragraph of their own (amount null), a table with hyphen-minus deficits, then bullets under a generic heading
in varied shapes: "redovisar det största underskottet, 9,5 mnkr", "Inom Vuxen … drygt två miljoner kronor"
(words, the row says −2,3), "Ekonomiskt bistånd: prognosen pekar på ett underskott om 3,5 mnkr", a possessive
"Socialpsykiatrins överskott", a reason-only surplus (the row's "2,0") and "bedöms följa budget"
(boilerplate); the change since January with its cause, actions with and without an effect after an unlabelled
lead-in, a risk and placements against last year (others). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "A reason-only bullet: the table row's cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Haninge kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden 2026-03-24", "Dnr SN 2026/41", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Helårsprognos per verksamhetsområde 2026, mnkr",
        header=(("Verksamhetsområde", "Budget 2026", "Utfall feb", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "14,2", "2,3", "14,2", "0,0"),
            ("Barn och familj", "198,4", "34,9", "207,9", "-9,5"),
            ("Vuxen", "96,0", "16,8", "98,3", "-2,3"),
            ("Ekonomiskt bistånd", "142,5", "25,1", "146,0", "-3,5"),
            ("Socialpsykiatri", "88,7", "14,2", "86,9", "1,8"),
            ("Förebyggande och öppenvård", "41,3", "6,5", "39,3", "2,0"),
            ("Summa", "581,1", "99,8", "592,6", "-11,5"),
        ),
        widths=(160.0, 66.0, 62.0, 62.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämndens ackumulerade utfall efter februari är 3,2 miljoner kronor högre än periodiserad "
                "budget.",
                C(
                    None,
                    "3,2 miljoner kronor",
                    "-",
                    note="The period's net cost above the periodised budget.",
                ),
            ),
            (
                "För helåret prognostiseras ett underskott på 11,5 miljoner kronor, motsvarande 1,6 procent av "
                "nämndens budgetram.",
                C(None, "11,5 miljoner kronor", "-", note="The full year; the percentage is not the amount."),
            ),
        ),
        P(
            "Underskottet beror i huvudsak på att behovet av placeringar för barn och unga har fortsatt att öka "
            "under vintern, samtidigt som kostnaderna för ekonomiskt bistånd ligger kvar på en hög nivå.",
            C(
                None,
                None,
                "-",
                "kopt_verksamhet",
                "volymer",
                "ekonomiskt_bistand",
                note="The full year's reasons apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Bullets(
            (
                "Barn och familj redovisar det största underskottet, 9,5 mnkr. Antalet barn och unga som är "
                "placerade i HVB och familjehem har ökat från 41 till 49 sedan årsskiftet, och dygnskostnaden för "
                "de externa placeringarna har stigit.",
                "Inom Vuxen blir kostnaderna för köpt vård enligt LVM och SoL drygt två miljoner kronor högre än "
                "budgeterat, eftersom två klienter har behövt långa vårdtider på behandlingshem.",
                "Ekonomiskt bistånd: prognosen pekar på ett underskott om 3,5 mnkr. Fler hushåll är långvarigt "
                "beroende av försörjningsstöd efter att flera arbetsmarknadsinsatser avslutades vid årsskiftet.",
                "Socialpsykiatrins överskott på 1,8 mnkr förklaras av vakanta tjänster som boendestödjare och av att "
                "ett gruppboende har haft två tomma platser.",
                "Förebyggande och öppenvård går med överskott, eftersom statsbidraget för att stärka den sociala "
                "barn- och ungdomsvården täcker en större del av personalkostnaderna än vad som budgeterats.",
                "Nämnd och ledning bedöms följa budget.",
            ),
            labels=(
                C(
                    "Barn och familj",
                    "9,5 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "prisokningar",
                    note="The count of placements against the turn of the year stays inside the bullet.",
                ),
                C(
                    "Vuxen",
                    "drygt två miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    value=2_000_000,
                    note="An amount in words after 'Inom' (the row says -2,3): the stated figure.",
                ),
                C("Ekonomiskt bistånd", "3,5 mnkr", "-", "ekonomiskt_bistand", "volymer"),
                C("Socialpsykiatri", "1,8 mnkr", "+", "vakanser", "volymer", note="A possessive area."),
                C(
                    "Förebyggande och öppenvård",
                    "2,0",
                    "+",
                    "statsbidrag",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
                BP("Nämnd och ledning"),
            ),
        ),
        H("Förändring jämfört med januari", 2),
        P(
            "Prognosen har försämrats med 1,4 mnkr sedan januari, helt till följd av två nya placeringar inom Barn "
            "och familj.",
            F(None, "1,4 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        PS(
            ("Förvaltningen arbetar enligt den handlingsplan som nämnden antog i januari.", None),
            (
                "Samtliga nya externa placeringar prövas av en placeringsgrupp, och lösningar på hemmaplan ska "
                "övervägas i första hand.",
                A("Barn och familj", None, "kopt_verksamhet"),
            ),
            (
                "Genom att två familjehemssekreterare anställs i egen regi i stället för att konsultstöd köps bedöms "
                "kostnaderna minska med 0,8 mnkr under året.",
                A("Barn och familj", "0,8 mnkr", "inhyrd_personal"),
            ),
        ),
        H("Risker och omvärld", 2),
        P(
            "Det finns en risk att antalet ansökningar om ekonomiskt bistånd ökar ytterligare om arbetslösheten i "
            "regionen stiger under våren.",
            O("Ekonomiskt bistånd", note="A risk."),
        ),
        P(
            "Jämfört med februari 2025 har kostnaderna för placeringar av barn och unga ökat med 18 procent.",
            O("Barn och familj", note="Against the previous year, not the budget."),
        ),
    ]
    return ReportSpec(
        file="haninge-sn-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Socialnämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
