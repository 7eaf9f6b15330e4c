"""Lessebo kommun, Barn- och utbildningsnämnden, ekonomisk lägesrapport oktober 2025.

A school committee's month report in DejaVu Serif, two columns for the verksamheter: the full year "−3 480 tkr
(−2 950 tkr i september)" with the areas that pull over (September's figure is not the amount), the period's
deficit against the periodised budget in its own paragraph with a timing reason, the change since September
"530 tkr" with a cause and an offsetting one; a table with October's and September's deviation; bold run-in
verksamheter: a reason-only row (the table's "230"), "Överskottet på 820 tkr förklaras av", "gör av med 5 940
tkr mer än budgeterat" with a part (1 650 tkr) followed in the same paragraph by a financing caveat (other),
"i nivå med budget" (boilerplate), a gymnasium row with reasons and "ett överskott mot budget" but no amount
(the table's "1 120"), adult education whose forecast "vänder … från −250 tkr i september till +290 tkr" (the
current +290 is the amount); an action with its effect and investments used in full (boilerplate).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only: the table row's October cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("LESSEBO KOMMUN", "Ekonomisk lägesrapport, oktober 2025"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Nämnd och förvaltning", "5 640", "5 410", "230", "180"),
            ("Förskola", "62 300", "61 480", "820", "700"),
            ("Grundskola F–9", "128 900", "134 840", "−5 940", "−4 700"),
            ("Fritidshem", "14 200", "14 200", "0", "0"),
            ("Gymnasieskola", "48 700", "47 580", "1 120", "1 120"),
            ("Vuxenutbildning", "7 350", "7 060", "290", "−250"),
            ("Totalt", "267 090", "270 570", "−3 480", "−2 950"),
        ),
        widths=(140.0, 68.0, 68.0, 86.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk lägesrapport oktober 2025", size=18, font="serif-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif", after=12),
        H("Läget i korthet", 2),
        P(
            "Nämnden redovisar en helårsprognos på −3 480 tkr (−2 950 tkr i september). Det är framför allt "
            "grundskolan som drar över, medan gymnasieskolan och förskolan ger visst överskott.",
            C(
                None,
                "−3 480 tkr",
                "-",
                note="September's figure in brackets is not the amount; areas only, no tags.",
            ),
        ),
        P(
            "Periodens utfall visar ett underskott mot periodiserad budget på 2 610 tkr. Det är lägre än "
            "helårsprognosen, eftersom skolskjutsarna för hösten faktureras i efterhand.",
            C(None, "2 610 tkr", "-", "periodisering", note="The period, in a paragraph of its own."),
        ),
        P(
            "Försämringen sedan september, 530 tkr, beror på att ytterligare två elever har tagits emot i den "
            "kommungemensamma resursskolan. Den motverkas delvis av att vuxenutbildningen har fått besked om "
            "högre statsbidrag.",
            F(None, "530 tkr", "-", "volymer", "statsbidrag"),
        ),
        table,
        H("Verksamheterna", 2),
        Columns(2),
        LP(
            "Nämnd och förvaltning.",
            "En vakant tjänst som förvaltningsekonom har inte återbesatts.",
            C("Nämnd och förvaltning", "230", "+", "vakanser", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Förskola.",
            "Överskottet på 820 tkr förklaras av att barnantalet under hösten blev lägre än prognosen från i våras, "
            "vilket gjort det möjligt att inte ersätta två barnskötare som har gått i pension.",
            C("Förskola", "820 tkr", "+", "volymer", "bemanning"),
        ),
        LP(
            "Grundskola F–9.",
            "Grundskolan gör av med 5 940 tkr mer än budgeterat. Kostnaderna för elevassistenter och för skolskjuts "
            "till särskilda undervisningsgrupper i Växjö har ökat kraftigt, och skolskjutsarna står ensamma för 1 650 "
            "tkr av underskottet.",
            C(
                "Grundskola F–9",
                "5 940 tkr",
                "-",
                "bemanning",
                "volymer",
                note="The transport share (1 650 tkr) is a part.",
            ),
            (
                "Grundskolan bär också hela kostnaden för resursskolan, som får täckning först när nämnden beslutar om "
                "fördelningen av det riktade statsbidraget i december.",
                O("Grundskola F–9", note="A financing caveat in the same paragraph: its own item."),
            ),
        ),
        LP("Fritidshem.", "Prognosen är i nivå med budget.", BP("Fritidshem")),
        LP(
            "Gymnasieskola.",
            "Fler elever än beräknat har valt utbildningar i Nybro och Emmaboda, där den interkommunala ersättningen "
            "är lägre än i Växjö. Det ger ett överskott mot budget.",
            C(
                "Gymnasieskola",
                "1 120",
                "+",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note=ROW + " Interkommunal ersättning for pupils elsewhere is kopt_verksamhet.",
            ),
        ),
        LP(
            "Vuxenutbildning.",
            "Efter beskedet om höjt statsbidrag för yrkesvux vänder prognosen från −250 tkr i september till +290 "
            "tkr.",
            C(
                "Vuxenutbildning",
                "+290 tkr",
                "+",
                "statsbidrag",
                note="The current deviation is the amount; September's −250 is the previous forecast.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsstopp för elevassistenter och ser tillsammans med tekniska "
            "förvaltningen över skolskjutsorganisationen. Effekten bedöms till 300 tkr under november och december.",
            A("Grundskola F–9", "300 tkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 2 500 tkr används i sin helhet, bland annat till nya möbler i Bruksskolans "
            "matsal.",
            BP("Investeringar", note="An investment budget used in full: no deviation."),
        ),
    ]
    return ReportSpec(
        file="lessebo-bun-ekonomisk-lagesrapport-2025-10.pdf",
        report={
            "municipality": "Lessebo",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport oktober 2025", "author": "Lessebo kommun"},
        style=style,
        blocks=blocks,
    )
