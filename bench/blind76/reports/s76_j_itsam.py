"""Kommunalförbundet ITSAM, Direktionen, delårsrapport januari–augusti 2025 (a joint IT body).

A joint IT kommunalförbund's interim report in tkr, footer with the direktion's meeting date in October: the
period's result "1 240 tkr, att jämföra med ett periodiserat budgeterat resultat på 300 tkr, en positiv
avvikelse på 940 tkr", the full year "ett nollresultat i enlighet med budget" (boilerplate), the period
surplus's timing reason in a paragraph of its own (amount null) and "oförändrad" against the tertial report
(boilerplate); a table in tkr with en-dash minus signs; bold run-in leads that carry the amount
("Licenser och avtal –1 450 tkr.") over reasons, one followed by an outlook (other), "Verksamheten följer
budget." (boilerplate) and a reason-only lead without amount (the row's "300"); investments "1 800 tkr lägre
än budget" after two levels; members' fees and equity (other) and an action "cirka 350 tkr". Liberation Sans
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Kommunalförbundet ITSAM", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-10-09", "", f"Sid {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Drift och infrastruktur", "18 400", "17 850", "550"),
            ("Licenser och avtal", "12 900", "14 350", "–1 450"),
            ("Systemförvaltning", "6 200", "5 600", "600"),
            ("Servicedesk", "4 800", "4 800", "0"),
            ("Förbundsledning och administration", "2 700", "2 400", "300"),
            ("Medlemsavgifter", "–45 000", "–45 000", "0"),
            ("Resultat", "0", "0", "0"),
        ),
        widths=(190.0, 75.0, 75.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Kommunalförbundet ITSAM", size=12, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden uppgår till 1 240 tkr, att jämföra med ett periodiserat budgeterat "
            "resultat på 300 tkr, en positiv avvikelse på 940 tkr.",
            C(None, "940 tkr", "+", note="The period's deviation stated after two levels: the deviation."),
        ),
        P(
            "Det positiva utfallet för perioden beror främst på att fakturor för licenser och support avseende "
            "hösten ännu inte har kommit in.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "it_digitalisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        PS(
            ("För helåret prognostiseras ett nollresultat i enlighet med budget.", BP(None)),
            ("Prognosen är oförändrad jämfört med tertialrapporten.", BF(None)),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        LP(
            "Drift och infrastruktur +550 tkr.",
            "Elkostnaderna i serverhallen har blivit lägre än budgeterat sedan det nya elavtalet började gälla.",
            C(
                "Drift och infrastruktur",
                "+550 tkr",
                "+",
                "prisokningar",
                note="The run-in lead carries the amount.",
            ),
        ),
        LP(
            "Licenser och avtal –1 450 tkr.",
            "Leverantören av kontorsprogramvaran höjde sina licenspriser med 9 procent i våras, och "
            "medlemskommunerna har beställt fler licenser för skolornas elevdatorer än vad som ingick i budgeten.",
            C(
                "Licenser och avtal",
                "–1 450 tkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                "volymer",
                note="A percentage price rise is not the amount.",
            ),
        ),
        LP(
            "Systemförvaltning +600 tkr.",
            "Två tjänster som systemförvaltare har varit vakanta sedan maj.",
            C("Systemförvaltning", "+600 tkr", "+", "vakanser"),
            (
                "Rekrytering pågår och tjänsterna väntas vara tillsatta i november.",
                O("Systemförvaltning", note="Outlook after the cause: other."),
            ),
        ),
        LP("Servicedesk.", "Verksamheten följer budget.", BP("Servicedesk")),
        LP(
            "Förbundsledning och administration.",
            "Lägre kostnader för direktionens sammanträden och för utbildning ger ett mindre överskott.",
            C(
                "Förbundsledning och administration",
                "300",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell. Direktion meetings and training: ovrigt.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 3 500 tkr har 1 100 tkr använts. Bytet av brandväggar har senarelagts "
            "till 2026, och investeringarna bedöms därför bli 1 800 tkr lägre än budget.",
            C("Investeringar", "1 800 tkr", "+", "periodisering"),
        ),
        H("Medlemsavgifter och eget kapital", 2),
        P(
            "Medlemskommunernas avgifter för 2025 uppgår till 45 000 tkr enligt förbundsordningens fördelningsnyckel. "
            "Förbundets egna kapital var 2 860 tkr vid utgången av augusti.",
            O(None, note="Members' fees and equity: other."),
        ),
        H("Åtgärder", 2),
        P(
            "För att möta prisökningen har direktionen beslutat att avveckla 400 äldre licenser för e-post, vilket "
            "minskar kostnaderna med cirka 350 tkr under hösten.",
            A("Licenser och avtal", "cirka 350 tkr", "it_digitalisering"),
        ),
    ]
    return ReportSpec(
        file="itsam-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["ITSAM", "Kommunalförbundet ITSAM"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Kommunalförbundet ITSAM"},
        style=style,
        blocks=blocks,
    )
