"""Mora kommun, Barn- och utbildningsnämnden, månadsrapport mars 2026.

A school committee's month report with en dashes as minus signs and last month's figure in brackets
("–6,3 mnkr (–5,1)"), header with the letter date in April: the full year and the period as two sentences of
one paragraph (two causes); the result table pasted as an image, so the amounts live only in the prose;
bullets under a generic heading in varied shapes ("Förskolan: underskott –2,4 mnkr.", "överskrider budgeten
med drygt tre och en halv miljon kronor" in words, "Gymnasieskolans prognos är –1,2 mnkr", a reason-only
surplus whose amount lives only in the image (amount null), "överskott 0,3 mnkr tack vare", "bedöms följa
budget" (boilerplate)); substitutes "0,7 mnkr högre än budgeterat under första kvartalet"; the change since
February with its cause; an applied-for grant not in the forecast (other); an action with its effect in
words; investments used in full (boilerplate). DejaVu Serif Condensed 10 pt with DejaVu Sans Condensed
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 72.0),
        header=lambda n, m: ("Mora kommun – Barn- och utbildningsförvaltningen", "Datum 2026-04-14"),
        footer=lambda n, m: ("Månadsrapport mars 2026", "Dnr BUN 2026/52", f"Sida {n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avv. feb"),),
        rows=(
            ("Förskola", "118,6", "121,0", "–2,4", "–2,1"),
            ("Grundskola", "246,3", "249,9", "–3,6", "–2,6"),
            ("Fritidshem", "21,4", "21,1", "0,3", "0,3"),
            ("Gymnasieskola", "97,2", "98,4", "–1,2", "–1,2"),
            ("Barn- och elevhälsa", "14,8", "14,2", "0,6", "0,5"),
            ("Gemensamt", "19,7", "19,7", "0,0", "0,0"),
            ("Summa", "518,0", "524,3", "–6,3", "–5,1"),
        ),
        widths=(150.0, 64.0, 64.0, 64.0, 64.0),
        bold_rows=frozenset({6}),
        grid=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif-cond", after=12),
        H("Ekonomisk prognos", 2),
        Para(
            (
                (
                    "Nämndens prognos för helåret är –6,3 mnkr (–5,1) i förhållande till budget.",
                    C(None, "–6,3 mnkr", "-", note="The bracket is February's forecast, not the amount."),
                ),
                (
                    "Utfallet till och med mars är 1,9 mnkr sämre än periodens budget.",
                    C(None, "1,9 mnkr", "-", note="The period in a sentence of its own."),
                ),
            )
        ),
        table,
        H("Kommentarer till prognosen", 2),
        Bullets(
            (
                "Förskolan: underskott –2,4 mnkr. Barnantalet är högre än budgeterat efter inflyttning, och en ny "
                "avdelning har öppnats i tillfälliga moduler.",
                "Grundskolan överskrider budgeten med drygt tre och en halv miljon kronor, främst på grund av fler "
                "elever i behov av särskilt stöd och dyrare skolskjutsar efter den nya upphandlingen.",
                "Gymnasieskolans prognos är –1,2 mnkr. Fler elever än budgeterat läser program i andra kommuner, "
                "vilket ökar den interkommunala ersättningen.",
                "Barn- och elevhälsan har en vakant skolpsykologtjänst, vilket ger ett överskott.",
                "Fritidshemmen: överskott 0,3 mnkr tack vare högre föräldraavgifter.",
                "Gemensamma kostnader för nämnd och förvaltningsledning bedöms följa budget.",
            ),
            labels=(
                C("Förskola", "–2,4 mnkr", "-", "volymer", "lokaler"),
                C(
                    "Grundskola",
                    "drygt tre och en halv miljon kronor",
                    "-",
                    "volymer",
                    "prisokningar",
                    value=3_500_000,
                    note="An amount in words: the stated figure (the image says –3,6).",
                ),
                C("Gymnasieskola", "–1,2 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Barn- och elevhälsa",
                    None,
                    "+",
                    "vakanser",
                    note="Reason only, and the table is an image: amount null.",
                ),
                C("Fritidshem", "0,3 mnkr", "+", "avgifter_intakter"),
                BP("Gemensamt"),
            ),
        ),
        P(
            "Kostnaderna för vikarier är 0,7 mnkr högre än budgeterat under första kvartalet, till följd av hög "
            "sjukfrånvaro under influensaperioden i februari.",
            C("Vikarier", "0,7 mnkr", "-", "vikarier", "sjukfranvaro"),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen har försämrats med 1,2 mnkr sedan februari. Försämringen beror på att skolskjutsavtalet blev "
            "dyrare än beräknat.",
            F(None, "1,2 mnkr", "-", "prisokningar"),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har ansökt om statsbidrag för likvärdig skola på 4,8 mnkr. Beslutet väntas i maj och ingår inte "
            "i prognosen.",
            O(None, note="A grant applied for, not in the forecast: uncertainty."),
        ),
        H("Åtgärder", 2),
        P(
            "Samtliga rektorer har fått i uppdrag att se över bemanningen inför höstterminen. Vikarier sätts endast "
            "in efter beslut av rektor, vilket beräknas minska kostnaderna med ungefär en miljon kronor.",
            A(None, "ungefär en miljon kronor", "bemanning", "vikarier", value=1_000_000),
        ),
        H("Investeringar", 2),
        P("Investeringsbudgeten på 3,5 mnkr beräknas användas fullt ut.", BP("Investeringar")),
    ]
    return ReportSpec(
        file="mora-bun-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Mora",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Barn- och utbildningsnämnden", "author": "Mora kommun"},
        style=style,
        blocks=blocks,
    )
