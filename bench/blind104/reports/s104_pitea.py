"""Piteå kommun, Fastighets- och servicenämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse in Liberation Serif (Times) dated in June, footer with the diarienummer: the decision
proposal and background unlabelled; the full year "ett underskott på 2 350 tkr" with the April forecast's level
in the same sentence (not the amount); a table in tkr with hyphen-minus; headings that carry the verksamhet
and the amount in brackets ("Fastighetsförvaltning (−1 150 tkr)") over a paragraph that gives a part in whole
kronor (not the amount), "(+300 tkr)", and "(±0 tkr)" over "bedöms gå jämnt ut" (boilerplate); kostnadsslag in
one sentence ("överstiger budget, med 1 900 tkr, medan personalkostnaderna blir 640 tkr lägre"), so the
deficit is explained twice; investments "prognosen för helåret 39,5 mnkr" against a budget of 48,0 mnkr in
another sentence (8,5 never written out); an action with its effect and the rule for carrying a surplus
(other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Piteå kommun", "Tjänsteskrivelse 2026-06-04"),
        footer=lambda n, m: ("Fastighets- och serviceförvaltningen", "Dnr FSN 2026/41", f"Sida {n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Fastighetsförvaltning", "96 400", "97 550", "-1 150"),
            ("Måltidsservice", "58 200", "59 100", "-900"),
            ("Lokalvård", "31 800", "31 500", "300"),
            ("Fordonsservice", "4 900", "5 500", "-600"),
            ("Administration", "7 300", "7 300", "0"),
            ("Summa", "198 600", "200 950", "-2 350"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="times-bold", after=10),
        H("Förslag till beslut", 2),
        P("Fastighets- och servicenämnden godkänner den ekonomiska uppföljningen per maj 2026."),
        H("Ärendet", 2),
        P(
            "Nämnden ska enligt kommunens riktlinjer för ekonomistyrning följa upp sin ekonomi efter februari, "
            "maj, augusti och oktober. Uppföljningen omfattar drift och investeringar."
        ),
        P(
            "Nämndens prognos för helåret visar ett underskott på 2 350 tkr, jämfört med ett underskott på 1 600 "
            "tkr i aprilprognosen.",
            C(
                None,
                "2 350 tkr",
                "-",
                note="The previous forecast's level in the same sentence is not the amount.",
            ),
        ),
        table,
        HP(
            "Fastighetsförvaltning (−1 150 tkr)",
            "Underskottet beror på akuta reparationer efter en vattenskada i Solbackens förskola och på högre "
            "elpriser under vintern än budgeterat. Av avvikelsen avser 430 000 kronor elkostnader för januari och "
            "februari.",
            C(
                "Fastighetsförvaltning",
                "−1 150 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Heading with the amount in brackets. A part in whole kronor is not the amount.",
            ),
        ),
        HP(
            "Måltidsservice (−900 tkr)",
            "Livsmedelspriserna har ökat mer än budgeterat och det nya avtalet för transporter av mat till "
            "äldreboendena blev dyrare.",
            C("Måltidsservice", "−900 tkr", "-", "prisokningar"),
        ),
        HP(
            "Lokalvård (+300 tkr)",
            "Lokalvården redovisar ett mindre överskott, då två tjänster står vakanta i väntan på den nya "
            "organisationen.",
            C("Lokalvård", "+300 tkr", "+", "vakanser", "omstallning"),
        ),
        HP(
            "Fordonsservice (−600 tkr)",
            "Leasingkostnaderna för de nya elbilarna är högre än beräknat, och intäkterna från bilpoolen blir lägre "
            "än budgeterat eftersom förvaltningarna bokar färre bilar.",
            C("Fordonsservice", "−600 tkr", "-", "material_hjalpmedel", "avgifter_intakter"),
        ),
        HP(
            "Administration (±0 tkr)",
            "Administrationen bedöms gå jämnt ut.",
            BP("Administration", note="A heading '(±0 tkr)' over 'gå jämnt ut': boilerplate."),
        ),
        H("Kostnadsslag", 2),
        P(
            "Sett till kostnadsslag är det främst material och tjänster som överstiger budget, med 1 900 tkr, medan "
            "personalkostnaderna blir 640 tkr lägre än budgeterat.",
            C(
                "Material och tjänster",
                "1 900 tkr",
                "-",
                note="Two kostnadsslag in one sentence: two items; the deficit is explained twice.",
                also=(C("Personalkostnader", "640 tkr", "+"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 48,0 mnkr. Utfallet till och med maj är 9,4 mnkr och prognosen för "
            "helåret 39,5 mnkr, främst för att bytet av ventilation i stadshuset har flyttats till 2027.",
            C(
                "Investeringar",
                "39,5 mnkr",
                "+",
                "periodisering",
                value=8_500_000,
                note="Under-spending of 8,5 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för inventarier inom måltidsservice resten av året, vilket "
            "beräknas ge 250 tkr.",
            A("Måltidsservice", "250 tkr", "material_hjalpmedel"),
        ),
        P(
            "Enligt kommunens regler för resultatöverföring får nämnden föra över högst 2 procent av ett "
            "överskott till nästa år, medan ett underskott ska återställas inom två år.",
            O(None, note="A rule for carrying results: other."),
        ),
        P("Ekonomichef Fastighets- och serviceförvaltningen"),
    ]
    return ReportSpec(
        file="pitea-fsn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Fastighets- och servicenämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
