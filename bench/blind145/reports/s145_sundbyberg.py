"""Sundbybergs stad, Social- och arbetsmarknadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse dated in April for the period to March, set in Times (Liberation Serif), with a decision
proposal (unlabelled), a summary giving the full year "ett underskott på 7,3 miljoner kronor" and the period
"2,1 miljoner kronor högre än den periodiserade budgeten" (a net cost over budget: negative) in two sentences
of their own, the change since February with its cause; then headings that carry the area and the amount in
brackets with U+2212 minus signs ("Försörjningsstöd (−4 600 tkr)", "Ledning och administration (±0 tkr)",
boilerplate), a part in whole kronor inside a heading's paragraph that is not the amount ("1 150 000 kronor"),
a surplus from fewer placements and a deficit from withdrawn assistance compensation; investments that
"bedöms förbrukas fullt ut" (boilerplate), an action with "1 000 tkr", a risk and households against last
year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Sundbybergs stad  Tjänsteskrivelse  2026-04-08", "Dnr SAN-2026/117"),
        footer=lambda n, m: ("Social- och arbetsmarknadsförvaltningen", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="arial-bold", after=4),
        Title("Social- och arbetsmarknadsnämnden", size=12, font="times-italic", after=12),
        H("Förslag till beslut", 2),
        P(
            "Social- och arbetsmarknadsnämnden godkänner den ekonomiska uppföljningen per mars 2026 och överlämnar "
            "den till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Nämnden prognostiserar ett underskott på 7,3 miljoner kronor för 2026.",
                C(None, "7,3 miljoner kronor", "-", note="The full year in the summary."),
            ),
            (
                "Utfallet för januari–mars är 2,1 miljoner kronor högre än den periodiserade budgeten.",
                C(None, "2,1 miljoner kronor", "-", note="A net cost over the periodised budget: negative."),
            ),
        ),
        P(
            "Jämfört med februari har prognosen försämrats med 1,4 miljoner kronor, vilket främst beror på en ny "
            "placering inom barn och unga.",
            F(None, "1,4 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        H("Ärendet", 2),
        HP(
            "Försörjningsstöd (−4 600 tkr)",
            "Utbetalningarna av ekonomiskt bistånd ligger högre än budgeterat. Fler hushåll har ett långvarigt behov, "
            "och en större andel av de sökande saknar rätt till ersättning från a-kassan.",
            C("Försörjningsstöd", "−4 600 tkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Barn och unga (−3 900 tkr)",
            "Två ungdomar har placerats på särskilda ungdomshem och kostnaderna för HVB-placeringar överstiger "
            "budget. Av underskottet avser 1 150 000 kronor en enskild placering som inleddes i februari.",
            C(
                "Barn och unga",
                "−3 900 tkr",
                "-",
                "kopt_verksamhet",
                note="The heading carries the amount; the part in whole kronor is not it.",
            ),
        ),
        HP(
            "Vuxen (+1 200 tkr)",
            "Färre externa placeringar för vuxna med missbruk än budgeterat ger ett överskott.",
            C("Vuxen", "+1 200 tkr", "+", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Arbetsmarknad (+1 900 tkr)",
            "Statsbidragen för extratjänster har blivit högre än beräknat, och fler deltagare i "
            "arbetsmarknadsanställningar har lett till högre intäkter från Arbetsförmedlingen.",
            C("Arbetsmarknad", "+1 900 tkr", "+", "statsbidrag", "volymer"),
        ),
        HP(
            "Funktionsnedsättning (−1 600 tkr)",
            "Personlig assistans kostar mer än budgeterat eftersom Försäkringskassan har dragit in "
            "assistansersättningen för två brukare, som staden nu finansierar helt.",
            C("Funktionsnedsättning", "−1 600 tkr", "-", "ersattning_fk"),
        ),
        HP(
            "Socialpsykiatri (−300 tkr)",
            "Boendestödet har haft högre personalkostnader än budget på grund av sjukfrånvaro och inhyrd personal "
            "under februari.",
            C("Socialpsykiatri", "−300 tkr", "-", "sjukfranvaro", "inhyrd_personal"),
        ),
        HP(
            "Ledning och administration (±0 tkr)",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Ledning och administration", note="A heading '(±0 tkr)' over 'gå jämnt ut': boilerplate."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,5 miljoner kronor för inventarier till det nya boendet med särskild "
            "service i Ursvik bedöms förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört veckovis uppföljning av försörjningsstödet och förstärkt arbetet med vägar "
            "till egen försörjning, vilket beräknas minska kostnaderna med 1 000 tkr under resten av året.",
            A("Försörjningsstöd", "1 000 tkr", "ekonomiskt_bistand"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att ytterligare placeringar blir nödvändiga, och prognosen för barn och unga är "
            "därför osäker.",
            O("Barn och unga", note="A risk."),
        ),
        P(
            "Antalet hushåll med försörjningsstöd var i genomsnitt 612 per månad, jämfört med 571 under första "
            "kvartalet 2025.",
            O("Försörjningsstöd", "volymer", note="Households against the previous year."),
        ),
        Title("Anna Lindqvist, förvaltningschef", size=10, font="times-italic", after=4),
    ]
    return ReportSpec(
        file="sundbyberg-san-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Social- och arbetsmarknadsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per mars 2026",
            "author": "Sundbybergs stad",
        },
        style=style,
        blocks=blocks,
    )
