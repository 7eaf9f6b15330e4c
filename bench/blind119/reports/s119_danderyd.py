"""Danderyds kommun, Fastighetsnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A property committee's cover letter with the follow-up after May, dated in June (header), set in DejaVu Sans
9.5 pt: a decision proposal (unlabelled), the full year "ett överskott om 0,8 mnkr", the period "3,4 mnkr
bättre än periodiserad budget" with its timing reason in the same sentence and the change since the tertial
report; headings that carry the area and a U+2212 or plus amount ("Fastighetsunderhåll −1 900 tkr",
"Mediakostnader +1 500 tkr") with reasons only below, one paragraph whose second sentence is an action with
its effect (its own item); investments as "212,0 mnkr mot en budget på 246,5 mnkr, det vill säga 34,5 mnkr
lägre än budgeterat" followed by two projects as a "respektive" pair (three items, the total with its own
sentence) and an overrun "knappt två miljoner kronor" in words; an energy-price risk and the maintenance
backlog against the start of the year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and amount and belongs to the item; reasons only below."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("DANDERYDS KOMMUN", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Fastighetskontoret", "Dnr FN 2026/0091", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="sans-bold", after=2),
        Title("Fastighetsnämnden", size=12, font="sans", after=12),
        H("Förslag till beslut", 2),
        P(
            "Fastighetsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Fastighetsnämnden prognostiserar för 2026 ett överskott om 0,8 mnkr jämfört med budget.",
            C(None, "0,8 mnkr", "+"),
        ),
        P(
            "Utfallet för januari–maj är 3,4 mnkr bättre än periodiserad budget, vilket främst beror på att det "
            "planerade underhållet utförs under sommaren när skolorna är stängda.",
            C(None, "3,4 mnkr", "+", "periodisering"),
        ),
        P(
            "Jämfört med tertialrapporten har helårsprognosen förbättrats med 0,5 mnkr.",
            F(None, "0,5 mnkr", "+"),
        ),
        H("Driftredovisning", 2),
        HP(
            "Fastighetsunderhåll −1 900 tkr",
            "Vattenskador på två skolor och en brand i köket på en förskola under februari har krävt akuta åtgärder "
            "som inte ryms i underhållsbudgeten.",
            C(
                "Fastighetsunderhåll",
                "−1 900 tkr",
                "-",
                "ovrigt",
                note=HEAD + " Water damage and a fire: ovrigt.",
            ),
        ),
        HP(
            "Mediakostnader +1 500 tkr",
            "El- och värmekostnaderna blir lägre än budgeterat tack vare lägre elpriser under vintern och de nya "
            "solcellsanläggningarna på tre skolor.",
            C("Mediakostnader", "+1 500 tkr", "+", "prisokningar", note=HEAD),
        ),
        Para(
            (
                (
                    "De före detta kontorslokalerna i Enebyberg har stått tomma sedan hyresgästen sade upp avtalet vid "
                    "årsskiftet, och intäkterna blir därför lägre än beräknat.",
                    C("Hyresintäkter", "−700 tkr", "-", "lokaler", "avgifter_intakter", note=HEAD),
                ),
                (
                    "Förvaltningen för samtal med två intresserade hyresgäster och bedömer att hyresbortfallet kan "
                    "minska med 0,4 mnkr under hösten.",
                    A(
                        "Hyresintäkter",
                        "0,4 mnkr",
                        "lokaler",
                        note="An action sentence in the paragraph: its own item.",
                    ),
                ),
            ),
            head="Hyresintäkter −700 tkr",
            head_level=3,
        ),
        HP(
            "Lokalförsörjning och projektledning +1 900 tkr",
            "Två tjänster som projektledare är vakanta, vilket ger ett överskott trots att en del av arbetet har "
            "köpts in från konsulter.",
            C(
                "Lokalförsörjning och projektledning",
                "+1 900 tkr",
                "+",
                "vakanser",
                "inhyrd_personal",
                note=HEAD,
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsprognosen för 2026 är 212,0 mnkr mot en budget på 246,5 mnkr, det vill säga 34,5 mnkr "
                "lägre än budgeterat.",
                C(
                    "Investeringar",
                    "34,5 mnkr",
                    "+",
                    note="The total in a sentence of its own: the levels are not it.",
                ),
            ),
            (
                "Ombyggnaden av Björkskolan och nybyggnaden av förskolan Tallkotten har försenats och ger 21,0 "
                "respektive 9,5 mnkr lägre utgifter i år.",
                C(
                    "Ombyggnaden av Björkskolan",
                    "21,0",
                    "+",
                    "periodisering",
                    unit="mnkr",
                    note="Two projects as a 'respektive' pair: one item each.",
                    also=(C("Förskolan Tallkotten", "9,5 mnkr", "+", "periodisering"),),
                ),
            ),
        ),
        P(
            "Renoveringen av idrottshallen i Enebyberg beräknas däremot överskrida projektbudgeten med knappt två "
            "miljoner kronor, eftersom asbest upptäcktes i väggarna vid rivningen.",
            C(
                "Renoveringen av idrottshallen i Enebyberg",
                "knappt två miljoner kronor",
                "-",
                "ovrigt",
                value=2_000_000,
                note="An overrun in words with 'knappt': the stated figure, negative.",
            ),
        ),
        H("Risker", 2),
        P(
            "Elpriset under hösten är osäkert. Om priserna stiger till förra vinterns nivå kan överskottet för "
            "mediakostnader minska med upp till 1 mnkr.",
            O("Mediakostnader", note="A risk: other."),
        ),
        P(
            "Det eftersatta underhållet i nämndens fastigheter uppskattas till 148 mnkr, vilket är 12 mnkr mer än vid "
            "årets början.",
            O(None, note="The maintenance backlog against the start of the year: other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-fn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Fastighetsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Fastighetsnämnden",
            "author": "Danderyds kommun",
        },
        style=style,
        blocks=blocks,
    )
