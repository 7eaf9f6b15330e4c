"""Skövde kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

An education committee's interim report in tkr whose table prints deficits in brackets ("(8 950)") and says so
in a reading note, footer with the adoption date in September: three sentences give the period "4 150 tkr bättre
än periodiserad budget", its timing reason (amount null) and the full year "ett negativt resultat jämfört med
budget om 7 900 tkr"; bold run-in verksamheter ending in a full stop, with the amount in the first sentence
("beräknas överskrida budget med 8 950 tkr"), a reason-only deficit (the row's "(3 450)"), "ett positivt utfall
på 3 250 tkr", "cirka 1,5 mnkr" in a tkr report, a vacancy surplus, an undistributed buffer (reserver) and
"följer budget" (boilerplate); the change since April, investments "9,8 mnkr mot en budget på 14,0 mnkr" (4,2
never written out), an action with its effect, a risk and pupil numbers against last year (other). DejaVu Sans
10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Skövde kommun", "Barn- och utbildningsnämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Fastställd av barn- och utbildningsnämnden 2025-09-24", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Förskola", "412 600", "409 350", "3 250"),
            ("Fritidshem", "98 400", "98 400", "0"),
            ("Grundskola F–9", "846 200", "855 150", "(8 950)"),
            ("Grundsärskola", "41 300", "44 750", "(3 450)"),
            ("Elevhälsa", "52 700", "51 900", "800"),
            ("Skolskjuts", "28 900", "30 400", "(1 500)"),
            ("Nämnd och förvaltning", "36 800", "34 850", "1 950"),
            ("Summa", "1 516 900", "1 524 800", "(7 900)"),
        ),
        widths=(160.0, 86.0, 86.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk uppföljning", 2),
        PS(
            (
                "Utfallet per den 31 augusti är 4 150 tkr bättre än periodiserad budget.",
                C(None, "4 150 tkr", "+", note="The period's deviation."),
            ),
            (
                "Det beror framför allt på att kostnaderna för läromedel och för sommarens lovskola ännu inte har "
                "bokförts.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason in a sentence of its own: amount null.",
                ),
            ),
            (
                "För helåret prognostiserar nämnden däremot ett negativt resultat jämfört med budget om 7 900 tkr.",
                C(None, "7 900 tkr", "-", note="The full year in a third sentence: its own item."),
            ),
        ),
        P("Tabellen visar avvikelse mot budget i tkr. Negativa avvikelser anges inom parentes.", size=9.0),
        table,
        LP(
            "Grundskola F–9.",
            "Grundskolan beräknas överskrida budget med 8 950 tkr. Fler elever än beräknat har flyttat till Skövde "
            "under våren, och skolornas organisation har inte kunnat anpassas lika snabbt som resurserna.",
            C("Grundskola F–9", "8 950 tkr", "-", "volymer"),
        ),
        LP(
            "Grundsärskola.",
            "Tre nya elever med omfattande behov av stöd har placerats i en annan kommuns grundsärskola.",
            C(
                "Grundsärskola",
                "(3 450)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's bracketed cell.",
            ),
        ),
        LP(
            "Förskola.",
            "Förskolan visar ett positivt utfall på 3 250 tkr, som beror på mindre barnkullar och på att två "
            "förskolor i Ryd har slagits samman.",
            C("Förskola", "3 250 tkr", "+", "volymer", "omstallning"),
        ),
        LP(
            "Skolskjuts.",
            "Det nya avtalet för skolskjutsar har blivit dyrare än budgeterat, cirka 1,5 mnkr för helåret.",
            C("Skolskjuts", "cirka 1,5 mnkr", "-", "prisokningar", note="mnkr in a tkr report."),
        ),
        LP(
            "Elevhälsa.",
            "Två vakanta tjänster som skolpsykolog ger ett överskott på 800 tkr.",
            C("Elevhälsa", "800 tkr", "+", "vakanser"),
        ),
        LP(
            "Nämnd och förvaltning.",
            "Den centrala bufferten på 1 950 tkr har inte fördelats och redovisas som överskott.",
            C("Nämnd och förvaltning", "1 950 tkr", "+", "reserver"),
        ),
        LP("Fritidshem.", "Verksamheten följer budget.", BP("Fritidshem")),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Helårsprognosen har försämrats med 2 400 tkr sedan tertialrapporten i april, framför allt inom "
            "grundsärskolan.",
            F(None, "2 400 tkr", "-"),
        ),
        H("Investeringar", 2),
        P(
            "Prognosen för investeringarna är 9,8 mnkr mot en budget på 14,0 mnkr, eftersom upphandlingen av möbler "
            "till den nya skolan på Norrmalm har blivit försenad.",
            C(
                "Investeringar",
                "9,8 mnkr mot en budget på 14,0 mnkr",
                "+",
                "periodisering",
                value=4_200_000,
                note="Under-spending of 4,2 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Nämnden har infört inköpsstopp för läromedel och inventarier under hösten, med en beräknad effekt på "
            "1 200 tkr.",
            A(None, "1 200 tkr", "material_hjalpmedel"),
        ),
        P(
            "Det finns en risk att ytterligare elever i grundsärskolan behöver placeras externt under hösten.",
            O("Grundsärskola", note="A risk: other."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet elever i grundskolan var 6 420 i augusti, 180 fler än ett år tidigare, vilket beror på "
            "inflyttning.",
            O(None, "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="skovde-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Barn- och utbildningsnämnden", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
