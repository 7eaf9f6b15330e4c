"""Sollentuna kommun, Kultur- och fritidsnämnden, tertialrapport 2 2025 (januari–augusti).

A culture and leisure committee's tertial report in Liberation Sans 10 pt: the full year "överskott på 1,6
mnkr", the period as a share of the periodised budget "motsvarande ett överskott på 2,9 mnkr" and the
period surplus's timing reason in a third sentence (amount null); a table in tkr whose deficits carry a
trailing minus ("500-", "1 100-"); then two columns of bold run-in verksamheter ending in a colon, in varied
shapes ("Överskottet beräknas till 700 tkr" after the reason, "Här beräknas ett underskott om 1,1 mnkr",
"sammanlagt cirka 0,6 mnkr", reason-only rows taking their cell, one with a grant that is a part, "ligger i
nivå med budgeten" beside a row of 300 (boilerplate)); the change since tertial 1 with its cause,
investments "3,8 mnkr under budget", an action and a risk. 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

CELL = "Reason only: the amount is the row's cell, a deficit with a trailing minus."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.5),
        margins=(58.0, 74.0, 58.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Sollentuna kommun", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2025-09-24", "KFN/2025:58", str(n)),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (minus = underskott)",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 400", "6 100", "300"),
            ("Bibliotek", "38 900", "38 200", "700"),
            ("Kulturverksamhet", "21 300", "21 800", "500-"),
            ("Kulturskola", "24 600", "24 000", "600"),
            ("Fritid och föreningsbidrag", "31 700", "31 100", "600"),
            ("Idrottsanläggningar", "52 800", "53 900", "1 100-"),
            ("Ungdomsverksamhet", "14 200", "13 200", "1 000"),
            ("Totalt", "189 900", "188 300", "1 600"),
        ),
        widths=(190.0, 85.0, 85.0, 80.0),
        bold_rows=frozenset({7}),
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2, januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            ("Nämnden prognostiserar ett överskott på 1,6 mnkr för helåret.", C(None, "1,6 mnkr", "+")),
            (
                "Under perioden har nämnden förbrukat 96,2 procent av den periodiserade budgeten, motsvarande ett "
                "överskott på 2,9 mnkr.",
                C(None, "2,9 mnkr", "+", note="The period; the percentage is not the amount."),
            ),
            (
                "Periodens överskott beror till stor del på att fakturor för höstens evenemang ännu inte har kommit.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Bibliotek:",
            "Biblioteket i Edsberg har hållit stängt i sex veckor för renovering, vilket ger lägre kostnader för "
            "personal och öppethållande. Överskottet beräknas till 700 tkr.",
            C("Bibliotek", "700 tkr", "+", "ovrigt", note="A closure for renovation: ovrigt."),
        ),
        LP(
            "Kulturverksamhet:",
            "Stadsfesten blev dyrare än planerat på grund av ökade kostnader för säkerhet och scenteknik.",
            C("Kulturverksamhet", "500-", "-", "prisokningar", unit="tkr", table=True, note=CELL),
        ),
        LP(
            "Kulturskola:",
            "Fler elever än budgeterat har tagits emot, och avgiftsintäkterna blir därför högre, sammanlagt cirka "
            "0,6 mnkr.",
            C("Kulturskola", "cirka 0,6 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        LP(
            "Fritid och föreningsbidrag:",
            "Färre föreningar än väntat har ansökt om anläggningsbidrag, vilket ger ett överskott på 600 tkr.",
            C("Fritid och föreningsbidrag", "600 tkr", "+", "volymer"),
        ),
        LP(
            "Idrottsanläggningar:",
            "Här beräknas ett underskott om 1,1 mnkr. Energikostnaderna i ishallen och simhallen är högre än "
            "budgeterat, och en konstgräsplan har fått repareras efter vattenskador.",
            C(
                "Idrottsanläggningar",
                "1,1 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="Energy costs: prisokningar.",
            ),
        ),
        LP(
            "Ungdomsverksamhet:",
            "Fritidsgården Tornet har haft två vakanta fritidsledartjänster sedan våren. Dessutom har nämnden fått "
            "400 tkr i statsbidrag för sommarlovsaktiviteter som inte fanns med i budgeten.",
            C(
                "Ungdomsverksamhet",
                "1 000",
                "+",
                "vakanser",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="No total in the prose: the row's cell; the 400 tkr grant is a part.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "Kostnaderna ligger i nivå med budgeten.",
            BP(
                "Nämnd och förvaltningsledning",
                note="'I nivå med budgeten' beside a row of 300: boilerplate.",
            ),
        ),
        Columns(1),
        H("Prognosförändring", 2),
        P(
            "Jämfört med tertialrapport 1 har prognosen förbättrats med 0,9 mnkr, främst genom det nya "
            "statsbidraget för sommarlovsaktiviteter.",
            F(None, "0,9 mnkr", "+", "statsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 12,4 mnkr, vilket är 3,8 mnkr under budget. Upphandlingen av ny belysning "
            "på Sollentunavallen har överprövats, och arbetet startar först 2026.",
            C("Investeringar", "3,8 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen har sänkt temperaturen i ishallens omklädningsrum och förkortat öppettiderna i simhallen "
            "under september, vilket beräknas spara 150 tkr.",
            A("Idrottsanläggningar", "150 tkr", "prisokningar"),
        ),
        P(
            "Om elpriserna stiger under vintern kan kostnaderna för idrottsanläggningarna öka ytterligare.",
            O("Idrottsanläggningar", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="sollentuna-kfn-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Sollentuna",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Kultur- och fritidsnämnden", "author": "Sollentuna kommun"},
        style=style,
        blocks=blocks,
    )
