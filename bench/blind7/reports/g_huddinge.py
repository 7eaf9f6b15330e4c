"""Huddinge kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in "miljoner kronor", full width at first and in two columns from the
comments on, with a footer carrying the meeting date in May: the period's deviation and the full year's
in one sentence (the full year's is the amount), a table per verksamhetsområde in mnkr with the period's
deviation in its last column; then bold run-in verksamhetsområden: barn och ungdom whose amount sentence
carries the period's share after "varav" (the full year's is the amount), vuxen with a deviation given
only as a percentage ("3,3 procent över budget", the amount is the table row's), försörjningsstöd "högre
än budgeterat", mottagning och utredning whose surplus is followed in the same paragraph by a sub-account
over budget given only as a percentage with no table row (its own item, amount null; the paragraph runs
from one column to the next), and two verksamhetsområden in one "respektive" sentence with the unit after
each amount and paired causes ("till följd av … respektive …", two items, tags split); the change since
March with its cause, an action with its effect inside the forecast, a risk and a grant left out of the
forecast (two others), and staff figures (not labelled). Liberation Sans (Arial) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(13.5, 11.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("HUDDINGE KOMMUN", "Socialnämnden – Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2026-05-27", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Tabell 1. Prognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Avvikelse jan–apr"),),
        rows=(
            ("Barn och ungdom", "168,4", "176,2", "−7,8", "−3,0"),
            ("Vuxen", "94,7", "97,8", "−3,1", "−0,9"),
            ("Försörjningsstöd", "132,0", "135,6", "−3,6", "−1,1"),
            ("Våld i nära relationer", "12,3", "12,0", "0,3", "0,1"),
            ("Mottagning och utredning", "41,5", "39,3", "2,2", "0,8"),
            ("Nämnd och förvaltningsledning", "26,1", "25,4", "0,7", "−0,1"),
            ("Summa", "475,0", "486,3", "−11,3", "−4,2"),
        ),
        widths=(170.0, 62.0, 62.0, 66.0, 96.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold"),
        Title("Socialnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt utfall och prognos", 1),
        P(
            "Socialnämndens utfall för januari–april är 4,2 miljoner kronor sämre än den periodiserade budgeten, och "
            "för helåret prognostiseras ett underskott på 11,3 miljoner kronor.",
            C(
                None,
                "11,3 miljoner kronor",
                "-",
                note="The period's deviation and the full year's in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Tabellen visar helårsprognosen per verksamhetsområde. Negativ avvikelse innebär att prognosen är sämre än "
            "budget."
        ),
        table,
        Columns(2),
        H("Verksamhetsområdenas prognoser", 2),
        LP(
            "Barn och ungdom.",
            "Verksamhetsområdet prognostiserar ett underskott på 7,8 miljoner kronor, varav 3,0 miljoner kronor har "
            "uppstått under årets fyra första månader. Antalet barn och unga som är placerade på HVB har ökat från 14 "
            "vid årsskiftet till 21 i april, och flera placeringar har fått göras med kort varsel till höga "
            "dygnskostnader. Samtidigt har det varit svårt att rekrytera familjehem i egen regi, vilket har lett till "
            "att fler barn har placerats i konsulentstödda familjehem, som är betydligt dyrare än familjehem som "
            "förvaltningen själv rekryterar och handleder.",
            C(
                "Barn och ungdom",
                "7,8 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The full year's deficit with the period's share after 'varav': the full year's is the amount.",
            ),
        ),
        LP(
            "Vuxen.",
            "Kostnaderna inom verksamhetsområdet ligger 3,3 procent över budget. Det beror på fler vårddygn på "
            "behandlingshem enligt LVM än vad som förutsattes i budgeten. Två av placeringarna har pågått sedan i "
            "höstas och beräknas avslutas först under sommaren.",
            C(
                "Vuxen",
                "−3,1",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="A percentage only: the amount is the table row's.",
            ),
        ),
        LP(
            "Försörjningsstöd.",
            "Utbetalningarna av försörjningsstöd beräknas bli 3,6 miljoner kronor högre än budgeterat. Antalet "
            "hushåll är i stort sett oförändrat, men hushållens genomsnittliga behov har ökat eftersom fler saknar "
            "inkomster från a-kassa eller etableringsersättning.",
            C("Försörjningsstöd", "3,6 miljoner kronor", "-", "ekonomiskt_bistand"),
        ),
        LP(
            "Mottagning och utredning.",
            "Överskottet på 2,2 miljoner kronor beror på att sex tjänster som socialsekreterare har varit vakanta "
            "under våren.",
            C("Mottagning och utredning", "2,2 miljoner kronor", "+", "vakanser"),
            (
                "Kostnaderna för tolk ligger däremot drygt 20 procent över budget, eftersom fler utredningar har "
                "krävt tolk.",
                C(
                    "Tolk",
                    None,
                    "-",
                    "volymer",
                    note="A sub-account over budget inside the paragraph, given only as a percentage, with no table "
                    "row of its own: its own item, amount null.",
                ),
            ),
        ),
        P(
            "Våld i nära relationer och nämnd och förvaltningsledning redovisar överskott på 0,3 miljoner kronor "
            "respektive 0,7 miljoner kronor, till följd av färre placeringar i skyddat boende respektive en vakant "
            "tjänst som controller.",
            C(
                "Våld i nära relationer",
                "0,3 miljoner kronor",
                "+",
                "kopt_verksamhet",
                "volymer",
                note="'Respektive' with the unit after each amount and paired causes: two items, tags split.",
                also=(C("Nämnd och förvaltningsledning", "0,7 miljoner kronor", "+", "vakanser"),),
            ),
        ),
        H("Förändring sedan mars", 2),
        P(
            "Jämfört med prognosen i mars har underskottet ökat med 2,4 miljoner kronor, främst till följd av tre nya "
            "placeringar på HVB i april.",
            F(None, "2,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett placeringsråd där alla nya placeringar prövas av avdelningschef, och "
            "rekryteringen av familjehem i egen regi har förstärkts med en informationskampanj. Åtgärderna beräknas "
            "minska kostnaderna med 1,5 miljoner kronor under resten av året, vilket ingår i prognosen.",
            A("Barn och ungdom", "1,5 miljoner kronor", "kopt_verksamhet"),
        ),
        H("Risker och möjligheter", 2),
        P(
            "Prognosen förutsätter att antalet placerade barn och unga inte ökar ytterligare. En placering på HVB "
            "kostar i genomsnitt 1,4 miljoner kronor per år.",
            O("Barn och ungdom", "kopt_verksamhet", note="Risk."),
        ),
        P(
            "Nämnden har ansökt om statsbidrag för att stärka den sociala barn- och ungdomsvården. Bidraget, 2,0 "
            "miljoner kronor, ingår inte i prognosen.",
            O(None, "statsbidrag", note="An opportunity: a grant left out of the forecast."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 7,9 procent under perioden, jämfört med 8,4 procent under samma period 2025. "
            "Personalomsättningen bland socialsekreterare var 14 procent, och tre av fem enhetschefer inom barn och "
            "ungdom har rekryterats under våren."
        ),
    ]
    return ReportSpec(
        file="huddinge-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
