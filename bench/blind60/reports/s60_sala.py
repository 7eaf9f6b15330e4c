"""Sala kommun, Vård- och omsorgsnämnden, månadsuppföljning november 2025.

An elderly-care month report in Liberation Sans 10 pt: the full year "underskott på 7,9 mkr (−8,6 mkr i
oktober)" (the bracket is last month's) and the period "7,1 mkr sämre än periodens budget" in one paragraph
(two items), the change since October with its cause; a kostnadsslag table in tkr with a trailing minus
("6 450-"); bold run-in kostnadsslag with a colon: a reason-only personnel line with a sick-leave percentage
(the row's "6 450-"), "Överskridandet på 3,6 mkr" rounding the row's "3 550-" and "Intäkterna blir 1,7 mkr
högre än budget"; then bullets per verksamhet under a generic heading: "beräknas gå med ett underskott på 2,4
mkr", "För de särskilda boendena pekar prognosen mot −5,1 mkr", "ett överskott på 0,9 mkr eftersom",
"håller sin budget" (boilerplate) and "Korttidsvistelse: −1,3 mkr, se köp av verksamhet ovan" (no reason of its
own); an action with "cirka 2 mkr" and a risk.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Sala kommun  Vård- och omsorgsförvaltningen", "2025-12-04"),
        footer=lambda n, m: ("Månadsuppföljning november 2025", "", f"{n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr (minus efter beloppet = negativ avvikelse)",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "96 400", "98 100", "1 700"),
            ("Personalkostnader", "388 200", "394 650", "6 450-"),
            ("Köp av verksamhet", "41 300", "44 850", "3 550-"),
            ("Lokalkostnader", "52 800", "52 800", "0"),
            ("Övriga kostnader", "30 100", "29 700", "400"),
            ("Summa", "", "", "7 900-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=18, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="arial", after=12),
        H("Resultat och prognos", 2),
        Para(
            (
                (
                    "Nämndens prognos för helåret är ett underskott på 7,9 mkr (−8,6 mkr i oktober).",
                    C(None, "7,9 mkr", "-", note="The bracket is last month's figure."),
                ),
                (
                    "Utfallet till och med november är 7,1 mkr sämre än periodens budget.",
                    C(None, "7,1 mkr", "-", note="The period in a sentence of its own."),
                ),
            )
        ),
        P(
            "Förbättringen sedan oktober med 0,7 mkr förklaras av att nämnden fått besked om ett högre statsbidrag "
            "för äldreomsorgens bemanning än vad som tidigare beräknats.",
            F(None, "0,7 mkr", "+", "statsbidrag"),
        ),
        table,
        H("Kostnadsslag", 2),
        LP(
            "Personalkostnader:",
            "Sjukfrånvaron har legat över 9 procent under hösten och har till stor del ersatts med timvikarier och "
            "övertid, framför allt på de särskilda boendena.",
            C(
                "Personalkostnader",
                "6 450-",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell with its trailing minus; the percentage is not the amount.",
            ),
        ),
        LP(
            "Köp av verksamhet:",
            "Överskridandet på 3,6 mkr avser främst köpta korttidsplatser i andra kommuner när Vallmons "
            "korttidsboende var stängt för renovering under våren.",
            C(
                "Köp av verksamhet",
                "3,6 mkr",
                "-",
                "kopt_verksamhet",
                "ovrigt",
                note="The prose rounds the row's 3 550-. A renovation closure is ovrigt.",
            ),
        ),
        LP(
            "Intäkter:",
            "Intäkterna blir 1,7 mkr högre än budget, huvudsakligen genom statsbidrag och fler betalande brukare "
            "i hemtjänsten.",
            C("Intäkter", "1,7 mkr", "+", "statsbidrag", "avgifter_intakter", "volymer"),
        ),
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "Hemtjänsten beräknas gå med ett underskott på 2,4 mkr. Antalet beviljade timmar har ökat med 11 "
                "procent sedan januari, och planeringen av insatserna har inte anpassats fullt ut.",
                "För de särskilda boendena pekar prognosen mot −5,1 mkr, där sjukfrånvaro och extra bemanning "
                "kring boende med stora vårdbehov är de största posterna.",
                "Den kommunala hälso- och sjukvården redovisar ett överskott på 0,9 mkr eftersom två "
                "sjukskötersketjänster inte har gått att tillsätta.",
                "Myndighet och administration håller sin budget.",
                "Korttidsvistelse: −1,3 mkr, se köp av verksamhet ovan.",
            ),
            labels=(
                C("Hemtjänst", "2,4 mkr", "-", "volymer", "bemanning"),
                C("Särskilda boenden", "−5,1 mkr", "-", "sjukfranvaro", "bemanning"),
                C("Hälso- och sjukvård", "0,9 mkr", "+", "vakanser"),
                BP("Myndighet och administration"),
                C("Korttidsvistelse", "−1,3 mkr", "-", note="A reference to another passage: no tags."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Under december fortsätter arbetet med att ersätta timvikarier genom att utöka grundbemanningen med "
            "tillsvidareanställda, vilket på helårsbasis bedöms minska kostnaderna med cirka 2 mkr.",
            A(None, "cirka 2 mkr", "bemanning", "vikarier"),
        ),
        P(
            "Osäkerheten i prognosen bedöms som låg eftersom endast en månad återstår av året.",
            O(None, note="A risk statement."),
        ),
    ]
    return ReportSpec(
        file="sala-von-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Sala",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning november 2025", "author": "Sala kommun"},
        style=style,
        blocks=blocks,
    )
