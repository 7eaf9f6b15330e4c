"""Örebro kommun, Socialnämnden, månadsrapport november 2025.

A social committee's month report in DejaVu Serif, footer with the meeting date in December: the period
"19,8 mnkr högre än periodiserad budget" (negative) and the full year "underskott på 23,4 mnkr" in separate
sentences (two items), the change since October with its cause in the same paragraph; a reading note that
brackets mean a deficit and a table in tkr with "(19 500)"; bold run-in verksamheter with a colon: a
reason-only deficit (the row's "(19 500)") with a percentage that is not the amount, "Prognosen visar ett
underskott på 5,6 mnkr. Det beror främst på", "beräknas överstiga budget med 6,5 mnkr" followed in the same
paragraph by an action, "Överskottet på 3,4 mnkr beror på", an undistributed buffer behind "ett positivt
utfall jämfört med budget om 4,8 mnkr" (reserver); overtime against last year with "beror på" (other), two
action bullets (one with "cirka 1,5 mnkr") and a risk. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Örebro kommun", "Socialnämnden – Månadsrapport november 2025"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2025-12-11", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Barn och familj", "412 300", "431 800", "(19 500)"),
            ("Vuxen", "286 100", "291 700", "(5 600)"),
            ("Ekonomiskt bistånd", "198 400", "204 900", "(6 500)"),
            ("Boende och stöd", "154 200", "150 800", "3 400"),
            ("Nämnd och förvaltningsledning", "47 900", "43 100", "4 800"),
            ("Summa", "1 098 900", "1 122 300", "(23 400)"),
        ),
        widths=(170.0, 84.0, 84.0, 78.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        shade=(0.88, 0.9, 0.94),
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Socialnämnden redovisar för perioden januari–november ett utfall som är 19,8 mnkr högre än "
                "periodiserad budget.",
                C(
                    None,
                    "19,8 mnkr",
                    "-",
                    note="The period: net cost above the periodised budget is negative. Its own sentence, its own item.",
                ),
            ),
            ("För helåret prognostiseras ett underskott på 23,4 mnkr.", C(None, "23,4 mnkr", "-")),
            (
                "Prognosen har försämrats med 1,2 mnkr jämfört med oktober, då ytterligare två ungdomar har placerats "
                "på särskilt ungdomshem.",
                F(None, "1,2 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        P("Belopp inom parentes avser underskott.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och familj:",
            "Underskottet förklaras av kostnader för placeringar i HVB och i familjehem via konsulentföretag, där "
            "antalet vårddygn är drygt 20 procent fler än budgeterat. Även köpta öppenvårdsinsatser har ökat.",
            C(
                "Barn och familj",
                "(19 500)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only (the percentage is not the amount): the table row's cell, a bracketed deficit.",
            ),
        ),
        LP(
            "Vuxen:",
            "Prognosen visar ett underskott på 5,6 mnkr. Det beror främst på fler placeringar enligt LVM och på att "
            "avtalet med ett behandlingshem har räknats upp med index.",
            C("Vuxen", "5,6 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Utbetalningarna av försörjningsstöd beräknas överstiga budget med 6,5 mnkr. Antalet hushåll med "
            "långvarigt bistånd har ökat och färre personer har gått vidare till arbete eller studier.",
            C("Ekonomiskt bistånd", "6,5 mnkr", "-", "ekonomiskt_bistand", "volymer"),
            (
                "Tillsammans med arbetsmarknadsförvaltningen har ett projekt startats för att fler ska gå från bistånd "
                "till egen försörjning.",
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
        ),
        LP(
            "Boende och stöd:",
            "Överskottet på 3,4 mnkr beror på vakanta tjänster på två boenden under våren och på att ett stödboende "
            "har stått delvis tomt under en ombyggnad.",
            C(
                "Boende och stöd",
                "3,4 mnkr",
                "+",
                "vakanser",
                "ovrigt",
                note="A closure for renovation: ovrigt.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "Här finns nämndens buffert på 4,0 mnkr, som inte har fördelats ut och som därför bidrar till ett "
            "positivt utfall jämfört med budget om 4,8 mnkr.",
            C(
                "Nämnd och förvaltningsledning",
                "4,8 mnkr",
                "+",
                "reserver",
                note="The buffer's size is not the amount, the deviation is.",
            ),
        ),
        H("Personal", 2),
        P(
            "Övertidskostnaderna inom barn och familj har minskat jämfört med november 2024, vilket beror på att fler "
            "socialsekreterare har anställts.",
            O("Barn och familj", "overtid", note="Overtime against the previous year: other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Hemtagning av placerade ungdomar till den egna förstärkta familjehemsverksamheten, med en beräknad "
                "effekt på cirka 1,5 mnkr under 2026.",
                "Översyn av samtliga avtal med externa utförare av öppenvård.",
            ),
            labels=(
                A("Barn och familj", "cirka 1,5 mnkr", "kopt_verksamhet"),
                A("Barn och familj", None, "kopt_verksamhet"),
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för placeringar ökar ytterligare under december, eftersom flera "
            "utredningar pågår.",
            O("Barn och familj", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="orebro-sn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Socialnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
