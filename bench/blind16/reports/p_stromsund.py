"""Strömsunds kommun, Tekniska nämnden, månadsuppföljning juni 2026.

A technical committee's half-year month report in DejaVu Sans 9.5 pt, footer with the nämnd's meeting date in
August: the summary gives the net cost's forecast and budget as levels and the deficit between commas
("Budgetöverdraget, 2,8 mnkr, hänger till största delen ihop med vinterns snöröjning"), and the VA
operation's surplus "som förs till VA-fonden" in a sentence of its own; a table whose note says a positive
deviation is a cost over budget (prognos minus budget), and headings that carry the verksamhet and the amount
with that table's sign ("Gator och vägar +3,3 mnkr" is a deficit, "Fastighetsförvaltning −0,6 mnkr" a
surplus): the direction follows the prose, not the sign; the snow paragraph ends with an outlook sentence (its
own `other` item); a reason-only heading paragraph with no verb of deviation ("Färre ansökningar om
bostadsanpassning än beräknat."); "följer budget" (boilerplate), the VA surplus explained a second time under
its own heading; "oförändrad jämfört med maj" (boilerplate forecast change); investments whose budget
includes a carry-over, with the spending so far and the forecast as levels and "en avvikelse på 6,5 mnkr";
an action with its effect.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, O

SIGN = "The heading follows the table's sign (+ = cost over budget): the direction is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Strömsunds kommun – Tekniska förvaltningen", "Månadsuppföljning juni 2026"),
        footer=lambda n, m: ("Tekniska nämnden 2026-08-25", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–jun", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "21 600", "16 900", "24 900", "+3 300"),
            ("Parker och grönytor", "4 200", "1 300", "4 200", "0"),
            ("Fastighetsförvaltning", "38 900", "18 200", "38 300", "−600"),
            ("Måltidsservice", "16 800", "8 100", "17 100", "+300"),
            ("Bostadsanpassning", "3 000", "1 900", "2 800", "−200"),
            ("Skattefinansierat", "84 500", "46 400", "87 300", "+2 800"),
            ("VA (taxefinansierat)", "0", "−2 400", "−1 100", "−1 100"),
        ),
        widths=(150.0, 70.0, 76.0, 72.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning januari–juni 2026", size=18, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12, font="sans", after=12),
        H("Nämndens ekonomiska läge", 2),
        P(
            "Tekniska nämndens skattefinansierade verksamhet prognostiserar för helåret en nettokostnad på 87,3 mnkr "
            "mot budgeterade 84,5 mnkr. Budgetöverdraget, 2,8 mnkr, hänger till största delen ihop med vinterns "
            "snöröjning.",
            C(
                None,
                "2,8 mnkr",
                "-",
                "ovrigt",
                note="Forecast and budget are levels; the deficit sits between commas. Snow is ovrigt.",
            ),
        ),
        P(
            "VA-verksamheten redovisas separat och väntas gå med ett överskott på 1,1 mnkr mot budget, som förs till "
            "VA-fonden.",
            C(
                "VA-verksamhet",
                "1,1 mnkr",
                "+",
                note="No reason given: no tags (the fund is where it goes, not why).",
            ),
        ),
        P("Avvikelse = prognos minus budget. Ett positivt tal innebär en kostnad över budget.", size=8.5),
        table,
        H("Kommentarer per verksamhet", 2),
        Para(
            (
                (
                    "Snöröjningen under januari och februari kostade nästan dubbelt så mycket som under en normal vinter, "
                    "och hela vinterbudgeten var förbrukad redan i mars.",
                    C("Gator och vägar", "+3,3 mnkr", "-", "ovrigt", note=SIGN),
                ),
                (
                    "Prognosen förutsätter en normal höst och förvinter.",
                    O("Gator och vägar", note="An outlook sentence in the cause paragraph: its own item."),
                ),
            ),
            head="Gator och vägar +3,3 mnkr",
        ),
        HP(
            "Fastighetsförvaltning −0,6 mnkr",
            "Elpriset har under första halvåret legat lägre än budgeterat, och två vakanta fastighetsskötartjänster "
            "har inte återbesatts.",
            C("Fastighetsförvaltning", "−0,6 mnkr", "+", "prisokningar", "vakanser", note=SIGN),
        ),
        HP(
            "Måltidsservice +0,3 mnkr",
            "Livsmedelskostnaderna ökar mer än den uppräkning som gjordes i budgeten.",
            C("Måltidsservice", "+0,3 mnkr", "-", "prisokningar", note=SIGN),
        ),
        HP(
            "Bostadsanpassning −0,2 mnkr",
            "Färre ansökningar om bostadsanpassning än beräknat.",
            C("Bostadsanpassning", "−0,2 mnkr", "+", "volymer", note=SIGN + " No verb of deviation."),
        ),
        HP("Parker och grönytor ±0", "Verksamheten följer budget.", BP("Parker och grönytor")),
        HP(
            "VA-verksamhet −1,1 mnkr",
            "Intäkterna från anslutningsavgifter har blivit högre än väntat tack vare nybyggda fritidshus kring "
            "Flåsjön.",
            C(
                "VA-verksamhet",
                "−1,1 mnkr",
                "+",
                "avgifter_intakter",
                note=SIGN + " The VA surplus explained a second time: an item for each passage.",
            ),
        ),
        H("Förändring mot maj", 2),
        P("Prognosen för de skattefinansierade verksamheterna är oförändrad jämfört med maj.", BF(None)),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten uppgår till 31,0 mnkr inklusive 8,2 mnkr som förts över från 2025. Hittills har "
            "9,4 mnkr förbrukats. Helårsprognosen är 24,5 mnkr, en avvikelse på 6,5 mnkr, eftersom renoveringen av "
            "simhallen i Strömsund flyttas till 2027 i väntan på ett nytt beslut om lokalbehovet.",
            C(
                "Investeringar",
                "6,5 mnkr",
                "+",
                "periodisering",
                note="Under-spending; the budget, carry-over, spending so far and forecast are levels.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har infört återhållsamhet med underhåll som kan vänta till 2027, i första hand målning och "
            "utvändiga arbeten. Det bedöms minska underskottet med 0,9 mnkr.",
            A(None, "0,9 mnkr"),
        ),
    ]
    return ReportSpec(
        file="stromsund-tn-manadsuppfoljning-2026-06.pdf",
        report={
            "municipality": "Strömsund",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-06"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning juni 2026 Tekniska nämnden", "author": "Strömsunds kommun"},
        style=style,
        blocks=blocks,
    )
