"""Oskarshamns kommun, Omsorgsnämnden, månadsrapport november 2025.

An elderly-care and LSS committee's month report in Times (Liberation Serif), footer with the nämnd's meeting
date in December: the full year "ett underskott på 9 850 tkr" and the period "8 920 tkr över den periodiserade
budgeten" (negative) in two sentences, the change since October with its cause, a verksamhet table in tkr
with a trailing minus ("6 250-"), then bold run-in verksamheter ending in a full stop: a prose amount in mnkr
that rounds the row ("6,3 mnkr" against "6 250-"), a reason-only deficit (the row's "3 800-"), a surplus "1 150
tkr" despite hired staff, a paragraph with only a part ("0,9 mnkr" of the row's "1 750-"), "ett positivt
utfall om 800 tkr"; investments that "förbrukas fullt ut" (boilerplate), an action "cirka 400 tkr", sick leave
against last year and the lack of equity (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=6.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 76.0, 72.0, 72.0),
        header=lambda n, m: ("OSKARSHAMNS KOMMUN", "Omsorgsförvaltningen"),
        footer=lambda n, m: ("Omsorgsnämnden 2025-12-17", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Resultat per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "98 400", "104 650", "6 250-"),
            ("Särskilt boende", "176 300", "180 100", "3 800-"),
            ("Hemsjukvård", "54 200", "53 050", "1 150"),
            ("LSS och socialpsykiatri", "88 700", "90 450", "1 750-"),
            ("Myndighet och administration", "22 600", "21 800", "800"),
            ("Summa", "440 200", "450 050", "9 850-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="times-bold", after=2),
        Title("Omsorgsnämnden", size=13, font="times", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "Omsorgsnämndens prognos för helåret är ett underskott på 9 850 tkr.",
                C(None, "9 850 tkr", "-"),
            ),
            (
                "Utfallet efter november ligger 8 920 tkr över den periodiserade budgeten.",
                C(None, "8 920 tkr", "-", note="Net cost over the periodised budget: negative period item."),
            ),
        ),
        P(
            "Prognosen är 600 tkr sämre än i oktober, då kostnaderna för nattbemanningen på Solbacken har ökat.",
            F(None, "600 tkr", "-", "bemanning"),
        ),
        table,
        H("Kommentarer per verksamhet", 3),
        LP(
            "Hemtjänst.",
            "Antalet beviljade hemtjänsttimmar har ökat med 11 procent sedan årsskiftet, och verksamheten har under "
            "hösten behövt ta in timvikarier för att täcka sjukfrånvaro. Hemtjänsten beräknas därför överskrida "
            "budget med 6,3 mnkr.",
            C(
                "Hemtjänst",
                "6,3 mnkr",
                "-",
                "volymer",
                "vikarier",
                "sjukfranvaro",
                note="The prose amount rounds the row's 6 250 tkr: from the prose.",
            ),
        ),
        LP(
            "Särskilt boende.",
            "Underskottet förklaras av att två avdelningar på Solbacken har haft dubbel nattbemanning för boende "
            "med hög vårdtyngd, samt av ökade livsmedelspriser.",
            C(
                "Särskilt boende",
                "3 800-",
                "-",
                "bemanning",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Hemsjukvård.",
            "Vakanta sjukskötersketjänster under våren ger ett överskott på 1 150 tkr, trots att bemanningsföretag "
            "har anlitats under sommaren.",
            C("Hemsjukvård", "1 150 tkr", "+", "vakanser", "inhyrd_personal"),
        ),
        LP(
            "LSS och socialpsykiatri.",
            "Uppstartskostnaderna för den nya gruppbostaden i Kristineberg blev högre än beräknat, och ett externt "
            "köpt boende för en brukare kostar 0,9 mnkr mer än budgeterat.",
            C(
                "LSS och socialpsykiatri",
                "1 750-",
                "-",
                "omstallning",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="The 0,9 mnkr is only a part: the row's cell.",
            ),
        ),
        LP(
            "Myndighet och administration.",
            "Verksamheten visar ett positivt utfall om 800 tkr till följd av en vakant tjänst som "
            "biståndshandläggare.",
            C("Myndighet och administration", "800 tkr", "+", "vakanser"),
        ),
        H("Investeringar", 3),
        P(
            "Investeringsbudgeten på 3,2 mnkr för inventarier och trygghetslarm beräknas förbrukas fullt ut.",
            BP("Investeringar"),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen har infört inköpsstopp och en särskild prövning av alla vikarieanställningar, vilket "
            "beräknas minska kostnaderna med cirka 400 tkr under december.",
            A(None, "cirka 400 tkr", "vikarier"),
        ),
        H("Personal och eget kapital", 3),
        P(
            "Sjukfrånvaron inom förvaltningen var 9,4 procent i oktober, jämfört med 8,7 procent i oktober 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        P(
            "Nämnden har inget eget kapital att täcka underskottet med, och kommunstyrelsen har informerats om "
            "prognosen.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-on-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Omsorgsnämnden", "author": "Oskarshamns kommun"},
        style=style,
        blocks=blocks,
    )
