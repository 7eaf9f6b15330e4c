"""Södertörns överförmyndarnämnd (a joint committee of the Södertörn kommuner), delårsrapport januari–augusti
2025.

A joint committee's interim report in Liberation Sans Narrow, footer with the nämnd's September meeting: the
full year "ett underskott mot budget på 1 840 tkr", the period "överskott på 310 tkr" with its timing reason in
the same sentence; a table per post in tkr with en dashes as minus; plain headings: fees to guardians
"beräknas överstiga budget med 2,5 mnkr" with a case-count rise in percent, vacancies "ger ett överskott på 750
tkr", premises and IT as a "respektive" pair with their own reasons, other costs and other revenue in one
sentence (two items); the members' shares (other), a forecast change, an action without amount and case numbers
against last year (other).

The body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Södertörns överförmyndarnämnd", "Delårsrapport 2025"),
        footer=lambda n, m: ("Sammanträde 2025-09-18, ärende 6", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per post 2025, tkr",
        header=(("Post", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Arvoden till ställföreträdare", "24 600", "27 100", "–2 500"),
            ("Personalkostnader", "31 400", "30 650", "750"),
            ("Lokaler", "3 900", "4 150", "–250"),
            ("IT och system", "2 100", "2 640", "–540"),
            ("Övriga kostnader", "1 800", "1 600", "200"),
            ("Övriga intäkter", "–1 200", "–1 700", "500"),
            ("Summa nettokostnad", "62 600", "64 440", "–1 840"),
        ),
        widths=(170.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="narrow-bold", after=2),
        Title("Södertörns överförmyndarnämnd", size=12.5, font="narrow", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Nämndens prognos för helåret är ett underskott mot budget på 1 840 tkr.",
            C(None, "1 840 tkr", "-"),
        ),
        P(
            "Periodens utfall visar ett överskott på 310 tkr jämfört med periodiserad budget, vilket beror på att "
            "arvodena för andra halvåret betalas ut först i februari nästa år.",
            C(None, "310 tkr", "+", "periodisering"),
        ),
        table,
        H("Arvoden till ställföreträdare", 3),
        P(
            "Kostnaden för arvoden till gode män och förvaltare beräknas överstiga budget med 2,5 mnkr. Antalet "
            "ärenden har ökat med 7 procent sedan årsskiftet, framför allt bland äldre med demenssjukdom, och fler "
            "ställföreträdare har rätt till förhöjt arvode i komplicerade ärenden.",
            C(
                "Arvoden till ställföreträdare",
                "2,5 mnkr",
                "-",
                "volymer",
                note="A percentage is not the amount.",
            ),
        ),
        H("Personal", 3),
        P(
            "Två handläggartjänster har varit vakanta under våren, vilket ger ett överskott på 750 tkr.",
            C("Personalkostnader", "750 tkr", "+", "vakanser"),
        ),
        H("Lokaler och IT", 3),
        P(
            "Lokalkostnaderna och kostnaderna för IT och system överskrider budget med 250 respektive 540 tkr, "
            "efter hyreshöjningen i det nya hyresavtalet och införandet av en e-tjänst för årsräkningar.",
            C(
                "Lokaler",
                "250",
                "-",
                "lokaler",
                unit="tkr",
                note="A 'respektive' pair: two items, each with its own cause.",
                also=(C("IT och system", "540 tkr", "-", "it_digitalisering"),),
            ),
        ),
        H("Övriga kostnader och intäkter", 3),
        P(
            "Lägre kostnader för tolk och porto bidrar med 200 tkr, och intäkterna blir 500 tkr högre än "
            "budgeterat tack vare ersättning från Migrationsverket för gode män till ensamkommande barn.",
            C(
                "Övriga kostnader",
                "200 tkr",
                "+",
                note="Two posts with their own amounts in one sentence: two items.",
                also=(C("Övriga intäkter", "500 tkr", "+", "statsbidrag"),),
            ),
        ),
        H("Finansiering", 2),
        P(
            "Kommunernas andelar av nettokostnaden fördelas efter antal invånare enligt samverkansavtalet, där "
            "den största kommunens andel är 26 procent.",
            O(None, note="The members' shares: a financing statement, other."),
        ),
        P(
            "Prognosen är 600 tkr sämre än i tertialrapporten.",
            F(None, "600 tkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över rutinerna för arvodesbeslut och kommer under hösten att pröva arvodena i de "
            "mest omfattande ärendena.",
            A("Arvoden till ställföreträdare", None),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet pågående ärenden var 4 920 den 31 augusti, jämfört med 4 610 ett år tidigare.",
            O(None, "volymer", note="Case numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sodertorns-overformyndarnamnd-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Södertörns överförmyndarnämnd", "Södertörns överförmyndare"],
            "committee": ["Södertörns överförmyndarnämnd", "Överförmyndarnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Södertörns överförmyndarnämnd"},
        style=style,
        blocks=blocks,
    )
