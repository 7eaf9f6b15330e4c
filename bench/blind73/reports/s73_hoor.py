"""Höörs kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report whose first sentence gives the period's surplus and the full year's
deficit ("ett överskott mot periodiserad budget på 2,3 mnkr men … ett underskott på 4,8 mnkr": the full
year's is the amount), the period surplus's timing reason in the next paragraph (amount null); a comment table
in tkr with en-dash minus signs ("–3 100") whose comments name their own amount ("Underskottet på 2,1 mnkr"),
give reasons only (the row's cell), say "Prognos i nivå med budget" (boilerplate), point elsewhere ("Se
kommentar nedan", unlabelled) or are empty; then a reason-only surplus for the row without comment (the
row's "1 400"), two förvaltningsgemensamma posts "överskrider budget med 0,9 respektive 0,4 mnkr" (two
items), the change since February with its cause, an action with its effect, a preschool volume against
last year and a grant risk (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "Reason only: the comment's row cell (tkr, en-dash minus)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("HÖÖRS KOMMUN", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026, behandlad i nämnden 2026-05-27", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "112 400", "110 900", "1 500"),
                "Färre inskrivna barn än budgeterat, framför allt i Tjörnarp, och två avdelningar har kunnat "
                "slås ihop.",
                C("Förskola", "1 500", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–6", "168 200", "170 300", "–2 100"),
                "Underskottet på 2,1 mnkr beror på fler elever i behov av särskilt stöd och på hyran för "
                "tillfälliga paviljonger vid en av skolorna.",
                C("Grundskola F–6", "2,1 mnkr", "-", "volymer", "lokaler"),
            ),
            (
                ("Grundskola 7–9", "96 500", "96 500", "0"),
                "Prognos i nivå med budget.",
                BP("Grundskola 7–9"),
            ),
            (
                ("Grundsärskola", "21 300", "24 400", "–3 100"),
                "Tre nya elever har placerats i grundsärskola i andra kommuner, och de interkommunala "
                "ersättningarna överstiger budget.",
                C(
                    "Grundsärskola",
                    "–3 100",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Gymnasieskola", "88 700", "89 900", "–1 200"),
                "Interkommunal ersättning blir 1 200 tkr dyrare än budgeterat eftersom fler elever valt "
                "yrkesprogram med högre programpris.",
                C("Gymnasieskola", "1 200 tkr", "-", "kopt_verksamhet"),
            ),
            (("Elevhälsa", "14 800", "13 400", "1 400"), "", None),
            (("Förvaltningsgemensamt", "25 600", "26 900", "–1 300"), "Se kommentar nedan.", None),
            (("Summa", "527 500", "532 300", "–4 800"), "", None),
        ),
        widths=(118.0, 54.0, 54.0, 58.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden, januari–april", size=12, font="sans", after=12),
        H("1. Ekonomisk sammanfattning", 2),
        P(
            "Nämnden redovisar efter april ett överskott mot periodiserad budget på 2,3 mnkr men prognostiserar för "
            "helåret ett underskott på 4,8 mnkr.",
            C(
                None,
                "4,8 mnkr",
                "-",
                note="The period's surplus and the full year's deficit in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Att perioden visar ett överskott beror främst på att kostnaderna för lovskola och sommarskola "
            "uppstår först i juni–augusti.",
            C(None, None, "+", "periodisering", note="The period surplus's reason apart: amount null."),
        ),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 1,2 mnkr, främst till följd av att ytterligare "
            "elever placerats i grundsärskola i andra kommuner.",
            F(None, "1,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("2. Prognos per verksamhet (tkr)", 2),
        table,
        H("Elevhälsa", 3),
        P(
            "Två tjänster som skolpsykolog har varit vakanta sedan årsskiftet. Rekrytering pågår, men tjänsterna "
            "bedöms inte kunna tillsättas före höstterminen.",
            C(
                "Elevhälsa",
                "1 400",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("Förvaltningsgemensamt", 3),
        P(
            "Skolskjutsar och modersmålsundervisning, som ingår i förvaltningsgemensamt, överskrider budget med "
            "0,9 respektive 0,4 mnkr. Det nya skolskjutsavtalet är dyrare än det tidigare, och antalet elever som "
            "läser modersmål har ökat.",
            C(
                "Skolskjutsar",
                "0,9",
                "-",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair with the causes in the next sentence: two items with the same text.",
                also=(C("Modersmålsundervisning", "0,4 mnkr", "-", "volymer"),),
            ),
        ),
        H("3. Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla administrativa tjänster och ser över "
            "organisationen för modersmål. Åtgärderna beräknas minska kostnaderna med 0,8 mnkr under 2026.",
            A(None, "0,8 mnkr", "bemanning"),
        ),
        H("4. Volymer och omvärld", 2),
        P(
            "Antalet inskrivna barn i förskolan var i april 42 färre än i april 2025, medan antalet elever i "
            "grundskolan är i stort sett oförändrat.",
            O("Förskola", "volymer", note="Volumes against the previous year: other."),
        ),
        P(
            "Statsbidraget för likvärdig skola för 2026 är ännu inte beslutat. Om det blir lägre än i fjol kan "
            "prognosen försämras med upp till 1,5 mnkr.",
            O(None, "statsbidrag", note="A grant risk: other."),
        ),
    ]
    return ReportSpec(
        file="hoor-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Höörs kommun"},
        style=style,
        blocks=blocks,
    )
