"""Laholms kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the period to May (Liberation Sans 10 pt): the decision proposal and
background (not labelled), the full year's "underskott på 6,8 miljoner kronor", the period "1,4 miljoner
kronor lägre än den periodiserade budgeten" of a net cost (positive) and its timing reason in a sentence of
its own (amount null), the change since March; a table in tkr with deficits in brackets ("(3 900)"); bold
run-in verksamheter ending in a full stop: one with the amount in the prose, two as a "respektive" pair with
a reason each, a reason-only surplus (the row's "1 100"), one that "bedöms hålla budget" beside a row of
"(200)"; hired social workers as a kostnadsslag of their own; an action with its effect, a risk and the number
of households against May last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A reason-only passage: the table row's cell (tkr, brackets for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Laholms kommun", "Tjänsteskrivelse 2026-06-09"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2026/0214", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Myndighet och administration", "18 450", "18 650", "(200)"),
            ("Barn och unga", "46 300", "50 200", "(3 900)"),
            ("Vuxenenheten", "21 700", "23 300", "(1 600)"),
            ("Ekonomiskt bistånd", "24 800", "27 000", "(2 200)"),
            ("Funktionsstöd", "88 900", "87 800", "1 100"),
            ("Summa", "200 150", "206 950", "(6 800)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per maj 2026 och översänder den till kommunstyrelsen."
        ),
        H("Beskrivning av ärendet", 2),
        P(
            "Enligt kommunens regler för ekonomistyrning ska nämnderna lämna en prognos för helåret efter mars, "
            "maj och oktober samt i delårsrapporten. Uppföljningen bygger på bokfört utfall till och med den 31 maj."
        ),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 6,8 miljoner kronor för 2026.",
                C(None, "6,8 miljoner kronor", "-", note="The full year against budget, no reason: no tags."),
            ),
            (
                "Nettokostnaden till och med maj är samtidigt 1,4 miljoner kronor lägre än den periodiserade budgeten.",
                C(None, "1,4 miljoner kronor", "+", note="A net cost below the periodised budget: positive."),
            ),
            (
                "Att perioden ser bättre ut än helåret beror på att fakturor från två HVB-hem för mars och april ännu "
                "inte har kommit in.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason in a sentence of its own: a cause, amount null.",
                ),
            ),
        ),
        P(
            "Jämfört med prognosen i mars har underskottet ökat med 1,2 miljoner kronor, eftersom ytterligare två "
            "barn har placerats i familjehem via konsulentstödda organisationer.",
            F(None, "1,2 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och unga.",
            "Verksamheten beräknas överskrida budget med 3,9 mnkr. Tre ungdomar har placerats på HVB sedan februari "
            "och kostnaden för familjehemsvården fortsätter att öka.",
            C(
                "Barn och unga",
                "3,9 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The run-in lead is part of the item.",
            ),
        ),
        LP(
            "Vuxna och försörjning.",
            "Vuxenenheten och ekonomiskt bistånd prognostiserar underskott om 1,6 respektive 2,2 mnkr, till följd av "
            "fler placeringar på behandlingshem för missbruk och av att fler hushåll behöver försörjningsstöd när "
            "arbetslösheten stiger.",
            C(
                "Vuxenenheten",
                "1,6",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with a reason each: two items, each with its own reason's tags.",
                also=(C("Ekonomiskt bistånd", "2,2 mnkr", "-", "ekonomiskt_bistand", "volymer"),),
            ),
        ),
        LP(
            "Funktionsstöd.",
            "Två tjänster som personlig assistent har varit vakanta sedan årsskiftet, och ersättningen från "
            "Försäkringskassan för assistans har räknats upp mer än lönerna.",
            C(
                "Funktionsstöd",
                "1 100",
                "+",
                "vakanser",
                "ersattning_fk",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Myndighet och administration.",
            "Verksamheten bedöms hålla budget för året.",
            BP("Myndighet och administration", note="Although the row says (200)."),
        ),
        H("Kostnader för inhyrd personal", 3),
        P(
            "Kostnaderna för inhyrda socialsekreterare blir 0,9 mnkr högre än budgeterat, eftersom tre tjänster inom "
            "barn och unga inte har gått att rekrytera.",
            C("Inhyrd personal", "0,9 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en ny rutin där varje extern placering följs upp var sjätte vecka för att pröva "
            "om hemmaplanslösningar är möjliga. Rutinen beräknas minska kostnaderna med 0,8 mnkr under hösten.",
            A("Barn och unga", "0,8 mnkr", "kopt_verksamhet"),
        ),
        H("Risker och volymer", 2),
        Para(
            (
                (
                    "Prognosen förutsätter att inga fler ungdomar behöver placeras under året. Varje ny placering på "
                    "HVB kostar i genomsnitt 130 000 kronor per månad.",
                    O("Barn och unga", note="A risk with a unit cost: other."),
                ),
            )
        ),
        P(
            "I maj fick 312 hushåll försörjningsstöd, att jämföra med 281 hushåll i maj 2025.",
            O("Ekonomiskt bistånd", "volymer", note="Households against last year."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-06-09. Driftredovisning per maj 2026, bilaga."),
        P("Karin Lundqvist, socialchef    Erik Svahn, ekonom", size=9.5),
    ]
    return ReportSpec(
        file="laholm-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 Socialnämnden", "author": "Laholms kommun"},
        style=style,
        blocks=blocks,
    )
