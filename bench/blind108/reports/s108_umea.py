"""Umeå kommun, För- och grundskolenämnden, tjänsteskrivelse: ekonomisk uppföljning februari 2026.

A tjänsteskrivelse dated in March for the period to February, in "miljoner kronor" in the prose and tkr with
a trailing minus in the table ("8 400-"): the decision proposal (unlabelled), the full year "ett underskott
på 12,5 miljoner kronor" with a percentage of the frame, the period "2,9 miljoner kronor högre än periodiserad
budget" (negative) in a paragraph of its own; plain headings where the area is the subject ("Grundskola F–6
prognostiserar ett underskott på"), a reason-only deficit (the row's "3 100-"), "beräknas gå med ett
överskott om", "blir 1,9 miljoner kronor högre än budget", a possessive "Fritidshemmens positiva avvikelse",
a price index percentage with the amount only in the table ("1 500-") and "visar ett underskott på 0,5
miljoner kronor"; an action, a risk about a grant and net cost against last year with "beror på" (others).
DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("UMEÅ KOMMUN", "Tjänsteskrivelse 2026-03-11"),
        footer=lambda n, m: ("För- och grundskoleförvaltningen", "Diarienr: FGN-2026/00187", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (minus efter talet = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "812 600", "810 300", "2 300"),
            ("Grundskola F–6", "1 046 200", "1 054 600", "8 400-"),
            ("Grundskola 7–9", "498 700", "501 800", "3 100-"),
            ("Anpassad grundskola", "86 300", "88 200", "1 900-"),
            ("Fritidshem", "142 500", "141 900", "600"),
            ("Skolskjuts", "38 900", "40 400", "1 500-"),
            ("Central administration", "64 800", "65 300", "500-"),
            ("Summa", "2 690 000", "2 702 500", "12 500-"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning februari 2026", size=17, font="sans-bold", after=10),
        H("Förslag till beslut", 2),
        P("För- och grundskolenämnden godkänner den ekonomiska uppföljningen per februari 2026."),
        H("Sammanfattning", 2),
        P(
            "Nämnden prognostiserar ett underskott på 12,5 miljoner kronor för helåret, vilket motsvarar 0,5 "
            "procent av nämndens budgetram.",
            C(None, "12,5 miljoner kronor", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Utfallet per februari är 2,9 miljoner kronor högre än periodiserad budget.",
            C(
                None,
                "2,9 miljoner kronor",
                "-",
                note="The net cost above the periodised budget: a negative period deviation in its own paragraph.",
            ),
        ),
        table,
        H("Grundskola F–6", 3),
        P(
            "Grundskola F–6 prognostiserar ett underskott på 8,4 miljoner kronor. Det beror främst på fler elever "
            "än beräknat i de nya bostadsområdena på Ön och i Tomtebo och på höga kostnader för vikarier vid "
            "sjukfrånvaro.",
            C("Grundskola F–6", "8,4 miljoner kronor", "-", "volymer", "vikarier", "sjukfranvaro"),
        ),
        H("Grundskola 7–9", 3),
        P(
            "Högstadieskolorna har fler elever med behov av särskilt stöd än budgeterat, och kostnaderna för "
            "elevassistenter överstiger budget.",
            C(
                "Grundskola 7–9",
                "3 100-",
                "-",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell with its trailing minus.",
            ),
        ),
        H("Förskola", 3),
        P(
            "Förskolan beräknas gå med ett överskott om 2,3 miljoner kronor eftersom barnantalet är drygt 140 barn "
            "lägre än i budgeten.",
            C("Förskola", "2,3 miljoner kronor", "+", "volymer"),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Kostnaderna för anpassad grundskola blir 1,9 miljoner kronor högre än budget. Fler elever har skrivits "
            "in under hösten och två elever går i skolor i andra kommuner.",
            C(
                "Anpassad grundskola",
                "1,9 miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="Pupils in other kommuners' schools: kopt_verksamhet.",
            ),
        ),
        H("Fritidshem", 3),
        P(
            "Fritidshemmens positiva avvikelse på 0,6 miljoner kronor förklaras av högre föräldraavgifter än "
            "beräknat.",
            C("Fritidshem", "0,6 miljoner kronor", "+", "avgifter_intakter"),
        ),
        H("Skolskjuts", 3),
        P(
            "Skolskjutsavtalet har räknats upp med 7 procent enligt avtalets index, vilket är mer än vad som "
            "ryms i budgeten.",
            C(
                "Skolskjuts",
                "1 500-",
                "-",
                "prisokningar",
                unit="tkr",
                table=True,
                note="The index percentage is not the amount: the row's cell.",
            ),
        ),
        H("Central administration", 3),
        P(
            "Den centrala administrationen visar ett underskott på 0,5 miljoner kronor till följd av "
            "licenskostnader för det nya systemet för elevdokumentation.",
            C("Central administration", "0,5 miljoner kronor", "-", "it_digitalisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen tar fram en åtgärdsplan som presenteras för nämnden i april. Redan nu gäller "
            "restriktivitet vid nyanställningar utanför undervisningen.",
            A(None, None, "bemanning"),
        ),
        H("Risker och jämförelse med föregående år", 2),
        P(
            "Statsbidraget för ökad jämlikhet i förskolan och grundskolan har ännu inte beslutats för 2026, vilket "
            "är en osäkerhet i prognosen.",
            O(None, "statsbidrag", note="A risk."),
        ),
        P(
            "Jämfört med februari 2025 är nettokostnaden 3,8 procent högre, vilket främst beror på löneökningar.",
            O(None, "lonekostnader", note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="umea-fgn-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["För- och grundskolenämnden"],
            "period": ["2026-02", "2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning februari 2026", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
