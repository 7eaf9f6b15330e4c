"""Södertörns brandförsvarsförbund, Direktionen, ekonomisk uppföljning januari–juni 2025 (prognos 2).

A kommunalförbund's half-year follow-up for its direktion: the forecast result against the budgeted
result (the deviation written out), a context line on member fees (not labelled), a result table in tkr
with budget, outcome, forecast and a deviation column whose convention is not stated (a row without a
comment), then personnel over budget with its causes (a forest fire: overtime, reinforcement and
ovrigt; the pay revision), a contrast sentence where the second amount is only "lika mycket" (its
amount comes from the table row), a telegraphic bold run-in line with its amount only in the table, a
bold run-in line with "cirka 2,4 miljoner kronor"; the investment forecast over its budget (two new fire
engines, exchange rate), an action with its effect, balanskrav and equity (other), call-outs against
last year explained with "beror främst på" (other) and a response-time goal (not labelled). Liberation
Serif (Times) 10.5 pt, a header with the meeting date, page count and a rule, no footer.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.32,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 74.0, 74.0, 70.0),
        header=lambda n, m: ("Södertörns brandförsvarsförbund", f"Direktionen 2025-08-27 · {n}/{m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    result = Table(
        caption="Resultaträkning och helårsprognos, tkr",
        header=(("", "Budget 2025", "Utfall jan–jun", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "398 400", "199 200", "398 400", "0"),
            ("Tillsyn, tillstånd och utbildning", "21 600", "9 310", "19 800", "−1 800"),
            ("Automatlarm och övriga intäkter", "42 300", "22 980", "44 100", "1 800"),
            ("Personalkostnader", "−336 900", "−171 420", "−341 700", "−4 800"),
            ("Lokalkostnader", "−52 400", "−26 050", "−52 400", "0"),
            ("Fordon och materiel", "−29 800", "−16 880", "−31 600", "−1 800"),
            ("Övriga kostnader", "−25 700", "−11 340", "−23 300", "2 400"),
            ("Finansnetto", "−12 000", "−5 410", "−11 200", "800"),
            ("Resultat", "5 500", "390", "2 100", "−3 400"),
        ),
        widths=(170.0, 66.0, 70.0, 70.0, 60.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–juni 2025", size=18, font="times-bold"),
        Title("Prognos 2 – Södertörns brandförsvarsförbund", size=12, font="times-italic", after=12),
        H("Sammanfattning", 1),
        P(
            "Förbundet prognostiserar för 2025 ett resultat på 2,1 mnkr, vilket är 3,4 mnkr lägre än det "
            "budgeterade resultatet på 5,5 mnkr.",
            C(None, "3,4 mnkr", "-"),
        ),
        P(
            "Medlemsavgifterna är oförändrade enligt förbundsordningen och utgör 86 procent av förbundets intäkter. "
            "Prognosen bygger på utfallet till och med juni och på kända händelser fram till den 10 augusti."
        ),
        result,
        H("Kommentarer till prognosen", 2),
        P(
            "Personalkostnaderna överstiger budget med 4,8 mnkr. Skogsbranden i juli krävde övertid och förstärkning "
            "med deltidsbrandmän under tre veckor, och lönerevisionen för brandmän blev högre än budgeterat.",
            C(
                "Personalkostnader",
                "4,8 mnkr",
                "-",
                "overtid",
                "bemanning",
                "ovrigt",
                "lonekostnader",
                note="Forest fire: ovrigt. Reinforcement with part-time firefighters: bemanning.",
            ),
        ),
        P(
            "Intäkterna från tillsyn, tillstånd och utbildning blir 1,8 mnkr lägre än budgeterat eftersom två "
            "inspektörstjänster har varit vakanta, medan intäkterna från automatlarm och övriga intäkter blir lika "
            "mycket högre genom fler debiterade felaktiga larm.",
            C(
                "Tillsyn, tillstånd och utbildning",
                "1,8 mnkr",
                "-",
                "avgifter_intakter",
                "vakanser",
                note="A contrast ('medan') with two areas; the second amount is only 'lika mycket'.",
                also=(
                    C(
                        "Automatlarm och övriga intäkter",
                        "1 800",
                        "+",
                        "avgifter_intakter",
                        "volymer",
                        unit="tkr",
                        table=True,
                        note="'Lika mycket': the amount is the table row's.",
                    ),
                ),
            ),
        ),
        LP(
            "Fordon och materiel.",
            "Reparation av ett höjdfordon efter en trafikolycka i mars, dyrare reservdelar.",
            C(
                "Fordon och materiel",
                "−1 800",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Telegraphic, no amount in the line: the table row's. A traffic accident: ovrigt.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Utbildningar som var planerade till våren har skjutits till 2026, vilket ger ett överskott om cirka "
            "2,4 miljoner kronor.",
            C("Övriga kostnader", "cirka 2,4 miljoner kronor", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 är 46,0 mnkr. Prognosen är 51,5 mnkr, vilket överskrider budgeten med "
            "5,5 mnkr. Två nya släckbilar har blivit dyrare än i upphandlingen till följd av den svaga kronan.",
            C(
                "Investeringar",
                "5,5 mnkr",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note="Investment forecast over budget; fire engines (fordon) and the exchange rate.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundsledningen har infört restriktivitet med övertid för dagtidspersonal och skjutit upp inköp av "
            "materiel som inte är nödvändiga. Åtgärderna beräknas förbättra resultatet med 1,0 mnkr under andra "
            "halvåret.",
            A(None, "1,0 mnkr", "overtid", "material_hjalpmedel"),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Även med den nya prognosen uppfyller förbundet balanskravet. Det egna kapitalet beräknas uppgå till 38,6 "
            "mnkr vid årets slut.",
            O(None, "reserver", note="Balanskrav and equity."),
        ),
        H("Verksamheten", 2),
        PS(
            (
                "Antalet räddningsinsatser under första halvåret var 4 212, vilket är 6 procent fler än samma period "
                "2024. Ökningen beror främst på fler bränder i skog och mark under den torra försommaren.",
                O(None, "volymer", note="Call-outs against the previous year, with a cue phrase: other."),
            ),
            (
                "Målet att den första resursen ska vara på plats inom tio minuter vid minst 80 procent av insatserna "
                "i tätort uppnåddes med 83 procent.",
                None,
            ),
        ),
    ]
    return ReportSpec(
        file="sodertorns-brandforsvarsforbund-ekonomisk-uppfoljning-2025-06.pdf",
        report={
            "municipality": ["Södertörns brandförsvarsförbund"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-06"],
            "report_type": "ekonomisk uppföljning",
        },
        metadata={
            "title": "Ekonomisk uppföljning januari–juni 2025 Södertörns brandförsvarsförbund",
            "author": "Södertörns brandförsvarsförbund",
        },
        style=style,
        blocks=blocks,
    )
