"""Piteå kommun, Fastighets- och servicenämnden, verksamhetsberättelse 2025.

A technical service committee's year-end report in tkr and mnkr, footer with the adoption date in February:
the result "−4,7 mnkr jämfört med tilldelad budget" and the outcome "1,2 mnkr sämre än prognosen i
delårsrapporten" with its cause (a forecast change); a table whose note says a trailing minus is a deficit
("3 400-"); bold run-in verksamheter ending in a full stop: "överstiger budget med 3,4 mnkr" (electricity
prices and snow), a reason-only surplus (the row's "650"), a deficit whose amount comes in a second sentence
("Underskottet blir 1 250 tkr."), "ger ett överskott på 300 tkr", "slutar 0,4 mnkr under budget"
(consultants) and empty premises that "kostar 1,4 mnkr mer än budgeterat", then personnel costs
"2,1 mnkr högre än budget" by kostnadsslag (wage revision) beside the verksamheter; investments with the deviation
written out ("Avvikelsen på 24,2 mnkr") and a project "1,6 mnkr dyrare än projektbudgeten"; an action with
a yearly effect, net cost growth against 2024 with "beror på" and energy use against 2024 (other). Liberation
Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Piteå kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Fastighets- och servicenämnden, fastställd 2026-02-18", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Fastighetsdrift", "142 600", "146 000", "3 400-"),
            ("Lokalvård", "48 300", "47 650", "650"),
            ("Kost", "61 900", "63 150", "1 250-"),
            ("Fordonsservice", "4 200", "3 900", "300"),
            ("Ledning och administration", "11 800", "11 400", "400"),
            ("Lokalförsörjning", "6 500", "7 900", "1 400-"),
            ("Totalt", "275 300", "280 000", "4 700-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Fastighets- och servicenämnden", size=13, font="narrow", after=12),
        H("Ekonomiskt utfall", 2),
        P(
            "Fastighets- och servicenämnden redovisar för 2025 ett resultat på −4,7 mnkr jämfört med tilldelad "
            "budget.",
            C(None, "−4,7 mnkr", "-"),
        ),
        P(
            "Utfallet är 1,2 mnkr sämre än prognosen i delårsrapporten, vilket till största delen beror på den "
            "kalla och snörika december.",
            F(
                None,
                "1,2 mnkr",
                "-",
                "ovrigt",
                note="Outcome against the interim forecast: a forecast change.",
            ),
        ),
        P("Minustecken efter beloppet anger underskott mot budget.", size=9.0),
        table,
        H("Kommentarer till utfallet", 2),
        LP(
            "Fastighetsdrift.",
            "Kostnaderna för snöröjning, el och uppvärmning överstiger budget med 3,4 mnkr. Elpriset var under "
            "årets sista månader högre än budgeterat och snömängderna i december krävde extra skottning av tak.",
            C(
                "Fastighetsdrift",
                "3,4 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="Electricity prices are prisokningar, snow is ovrigt.",
            ),
        ),
        LP(
            "Lokalvård.",
            "Lokalvården har haft vakanta tjänster under delar av året och redovisar därför ett överskott.",
            C(
                "Lokalvård",
                "650",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Kost.",
            "Livsmedelspriserna har fortsatt att stiga och portionspriset till skolorna och äldreboendena har "
            "inte räknats upp i samma takt. Underskottet blir 1 250 tkr.",
            C(
                "Kost",
                "1 250 tkr",
                "-",
                "prisokningar",
                note="The amount in the paragraph's second sentence.",
            ),
        ),
        LP(
            "Fordonsservice.",
            "Intäkterna från uthyrning av bilpoolens fordon blev högre än beräknat, vilket ger ett överskott på "
            "300 tkr.",
            C("Fordonsservice", "300 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Ledning och administration.",
            "Lägre kostnader för konsulttjänster gör att verksamheten slutar 0,4 mnkr under budget.",
            C(
                "Ledning och administration",
                "0,4 mnkr",
                "+",
                "inhyrd_personal",
                note="Consultants without a vacancy are inhyrd_personal, as in the ninth set.",
            ),
        ),
        LP(
            "Lokalförsörjning.",
            "Tomställda lokaler efter flytten av den gamla verkstaden kostar 1,4 mnkr mer än budgeterat eftersom "
            "ingen ny hyresgäst har hittats.",
            C("Lokalförsörjning", "1,4 mnkr", "-", "lokaler"),
        ),
        P(
            "Sett till kostnadsslag blev personalkostnaderna 2,1 mnkr högre än budget, eftersom lönerevisionen "
            "blev högre än den kompensation nämnden fick i ramen.",
            C(
                "Personalkostnader",
                "2,1 mnkr",
                "-",
                "lonekostnader",
                note="A kostnadsslag beside the verksamheter: its own item.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 96,0 mnkr användes 71,8 mnkr under året. Avvikelsen på 24,2 mnkr beror "
            "främst på att byggstarten för den nya förskolan i Norrfjärden sköts upp till 2026.",
            C("Investeringar", "24,2 mnkr", "+", "periodisering", note="Under-spending: positive."),
        ),
        P(
            "Energieffektiviseringen av ishallen blev 1,6 mnkr dyrare än projektbudgeten, till följd av att "
            "kylanläggningen visade sig vara i sämre skick än vad förstudien visade.",
            C(
                "Energieffektivisering av ishallen",
                "1,6 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative. Worn plant found during the works is ovrigt.",
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att avveckla två förhyrda lokaler under våren 2026, vilket minskar "
            "hyreskostnaderna med 0,9 mnkr per år.",
            A("Lokalförsörjning", "0,9 mnkr", "lokaler"),
        ),
        H("Nyckeltal", 2),
        P(
            "Nämndens nettokostnad ökade med 3,1 procent jämfört med 2024, vilket främst beror på högre "
            "livsmedels- och energipriser.",
            O(None, "prisokningar", note="Net cost growth against the previous year: other."),
        ),
        P(
            "Energianvändningen i kommunens lokaler minskade med 4 procent per kvadratmeter jämfört med 2024.",
            O(None, note="A key figure against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="pitea-fsn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Fastighets- och servicenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Fastighets- och servicenämnden",
            "author": "Piteå kommun",
        },
        style=style,
        blocks=blocks,
    )
