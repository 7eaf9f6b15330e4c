"""Umeå kommun, Gymnasienämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse dated in April for the period to March, set in Times (Liberation Serif) with en dashes as
minus signs: the decision proposal (unlabelled), a consumed share of the budget against a benchmark (other),
"Prognosen för helåret visar en negativ avvikelse mot budget om –7,2 mnkr", a table in mnkr, then headings
that carry the area and a signed amount ("Gymnasieskolor –5,9 mnkr", "Vuxenutbildning +1,3 mnkr") over one
short paragraph each, one with a buffer part ("central buffert om 1,5 mnkr") inside the heading's "+1,9
mnkr"; the change since February with its cause, an action with its effect and investments "4,5 mnkr mot en
ram på 6,0 mnkr" (1,5 never written out). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Umeå kommun", "TJÄNSTESKRIVELSE 2026-04-09"),
        footer=lambda n, m: ("Gymnasienämnden", "Diarienummer GYN-2026/00041", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall mars", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gymnasieskolor", "455,0", "118,4", "460,9", "–5,9"),
            ("Anpassad gymnasieskola", "38,2", "10,3", "40,1", "–1,9"),
            ("Vuxenutbildning", "96,4", "22,8", "95,1", "1,3"),
            ("Interkommunala ersättningar", "62,0", "16,7", "64,6", "–2,6"),
            ("Nämnd och gemensamt", "21,4", "4,6", "19,5", "1,9"),
            ("Totalt", "673,0", "172,8", "680,2", "–7,2"),
        ),
        widths=(150.0, 72.0, 68.0, 72.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="times-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Gymnasienämnden godkänner den ekonomiska uppföljningen per mars 2026 och lägger den till handlingarna."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Förvaltningen redovisar varje månad utom januari och juli nämndens ekonomiska läge. Uppföljningen "
            "omfattar driftbudget, investeringar och vidtagna åtgärder."
        ),
        P(
            "Gymnasienämnden har efter mars förbrukat 25,7 procent av årsbudgeten, att jämföra med riktvärdet 25,0 "
            "procent.",
            O(None, note="A consumed share against a benchmark: a supporting figure."),
        ),
        P(
            "Prognosen för helåret visar en negativ avvikelse mot budget om –7,2 mnkr.",
            C(None, "–7,2 mnkr", "-", note="Summary statement without a reason."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gymnasieskolor –5,9 mnkr",
            "Avvikelsen beror främst på att lönerevisionen 2026 blev högre än kompensationen i ramen samt att "
            "elevantalet på Björkgymnasiet har minskat mer än beräknat utan att kostnaderna kunnat anpassas i samma "
            "takt.",
            C("Gymnasieskolor", "–5,9 mnkr", "-", "lonekostnader", "volymer"),
        ),
        HP(
            "Anpassad gymnasieskola –1,9 mnkr",
            "Fyra fler elever med omfattande behov av assistans har börjat under läsåret än vad som låg till grund "
            "för budgeten.",
            C("Anpassad gymnasieskola", "–1,9 mnkr", "-", "volymer"),
        ),
        HP(
            "Vuxenutbildning +1,3 mnkr",
            "Statsbidraget för regional yrkesvux blev högre än budgeterat, och fler kursplatser har kunnat säljas "
            "till Vindeln och Nordmaling.",
            C("Vuxenutbildning", "+1,3 mnkr", "+", "statsbidrag", "avgifter_intakter"),
        ),
        HP(
            "Interkommunala ersättningar –2,6 mnkr",
            "Fler ungdomar än väntat har valt program i Vännäs och Skellefteå samt hos fristående huvudmän.",
            C(
                "Interkommunala ersättningar",
                "–2,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Pupils in other huvudmäns schools: kopt_verksamhet.",
            ),
        ),
        HP(
            "Nämnd och gemensamt +1,9 mnkr",
            "Det beror på att den centrala bufferten om 1,5 mnkr inte har fördelats och att en controllertjänst har "
            "varit vakant sedan januari.",
            C(
                "Nämnd och gemensamt",
                "+1,9 mnkr",
                "+",
                "reserver",
                "vakanser",
                note="The buffer's 1,5 mnkr is a part: the heading's amount.",
            ),
        ),
        H("Förändring jämfört med föregående prognos", 2),
        P(
            "Jämfört med februariprognosen har prognosen försämrats med 1,1 mnkr, vilket helt hänförs till "
            "gymnasieskolornas lönekostnader.",
            F(None, "1,1 mnkr", "-", "lonekostnader"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen föreslår att antagningen till två program med få sökande pausas från hösten, vilket "
            "beräknas ge en besparing om 0,8 mnkr under 2026.",
            A("Gymnasieskolor", "0,8 mnkr", "omstallning", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Helårsprognosen för investeringarna är 4,5 mnkr mot en ram på 6,0 mnkr, eftersom upphandlingen av "
            "utrustning till fordonsprogrammet har överklagats.",
            C(
                "Investeringar",
                "4,5 mnkr mot en ram på 6,0 mnkr",
                "+",
                "periodisering",
                value=1_500_000,
                note="Under-spending of 1,5 mnkr, never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="umea-gyn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Gymnasienämnden"],
            "period": ["2026-03", "2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
