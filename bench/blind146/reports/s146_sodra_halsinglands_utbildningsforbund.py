"""Södra Hälsinglands Utbildningsförbund, direktionen, delårsrapport januari–augusti 2025.

An education kommunalförbund's interim report in Liberation Sans (Arial metrics) 10 pt, footer with the direktion's meeting date in October: the period's result "4,8
mkr, att jämföra med ett periodiserat budgeterat resultat på 1,5 mkr" (3,3 mkr never written out), the full
year "ett överskott mot budget om 1,2 mkr" and the timing reason for the difference (amount null), each its
own sentence; personnel costs with a level and "1,9 mkr över budget"; a table in tkr with deficits in brackets
("(1 100)"); headings that carry the school and its amount in mkr with a comma ("Torsbergsgymnasiet, −1,1
mkr"), then plain headings: "redovisar en positiv avvikelse på 1,6 mkr", a reason-only deficit (the row's
"(800)") and "blir 600 tkr lägre än budgeterat" (a buffer, reserver); the change since April with its cause;
an action with its full-year effect; investments that "beräknas förbrukas fullt ut" (boilerplate); the
members' contributions and equity (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the school and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Södra Hälsinglands Utbildningsförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-10-02", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per verksamhet, tkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Torsbergsgymnasiet", "168 400", "169 500", "(1 100)"),
            ("Staffangymnasiet", "142 700", "141 800", "900"),
            ("Vuxenutbildning", "46 300", "44 700", "1 600"),
            ("Köp av utbildning", "39 800", "40 600", "(800)"),
            ("Förbundsgemensamt", "15 400", "14 800", "600"),
            ("Summa", "412 600", "411 400", "1 200"),
        ),
        widths=(170.0, 85.0, 85.0, 85.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Södra Hälsinglands Utbildningsförbund", size=12, font="arial", after=12),
        H("Resultat", 2),
        Para(
            (
                (
                    "Förbundets resultat för perioden uppgår till 4,8 mkr, att jämföra med ett periodiserat "
                    "budgeterat resultat på 1,5 mkr.",
                    C(
                        None,
                        "4,8 mkr, att jämföra med ett periodiserat budgeterat resultat på 1,5 mkr",
                        "+",
                        value=3_300_000,
                        note="The period's deviation of 3,3 mkr, never written out: the computed value.",
                    ),
                ),
                (
                    "För helåret prognostiseras ett överskott mot budget om 1,2 mkr.",
                    C(None, "1,2 mkr", "+", note="The full year in a sentence of its own."),
                ),
                (
                    "Skillnaden mellan periodens resultat och helårsprognosen förklaras av att höstterminens "
                    "kostnader för lärarlöner och läromedel är högre än vårterminens.",
                    C(
                        None,
                        None,
                        "+",
                        "periodisering",
                        note="The period surplus's timing reason apart from its amount: amount null.",
                    ),
                ),
            )
        ),
        P(
            "Personalkostnaderna uppgår till 198,2 mkr för perioden, vilket är 1,9 mkr över budget. Det beror på "
            "den lönerevision som blev högre än budgeterat och på ökade kostnader för sjukfrånvaro.",
            C(
                "Personalkostnader",
                "1,9 mkr",
                "-",
                "lonekostnader",
                "sjukfranvaro",
                note="The level (198,2 mkr) is not the deviation.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Torsbergsgymnasiet, −1,1 mkr",
            "Fler elever än budgeterat har valt de yrkesförberedande programmen, som har en högre kostnad per elev. "
            "Dessutom har två lärare på el- och energiprogrammet ersatts av konsulter under våren.",
            C("Torsbergsgymnasiet", "−1,1 mkr", "-", "volymer", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Staffangymnasiet, +0,9 mkr",
            "Överskottet beror på lägre lokalkostnader sedan förbundet lämnade en av paviljongerna vid årsskiftet.",
            C("Staffangymnasiet", "+0,9 mkr", "+", "lokaler", note=HEAD),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen redovisar en positiv avvikelse på 1,6 mkr. Statsbidraget för regional yrkesvux blev "
            "större än beräknat och har täckt fler platser än planerat.",
            C("Vuxenutbildning", "1,6 mkr", "+", "statsbidrag"),
        ),
        H("Köp av utbildning", 3),
        P(
            "Kostnaderna för elever som går i andra huvudmäns skolor överstiger budget, vilket beror på att fler "
            "elever från Bollnäs och Ovanåker har valt utbildningar i Gävle.",
            C(
                "Köp av utbildning",
                "(800)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell as printed (brackets for a deficit).",
            ),
        ),
        H("Förbundsgemensamt", 3),
        P(
            "De förbundsgemensamma kostnaderna blir 600 tkr lägre än budgeterat, eftersom den centrala bufferten för "
            "oförutsedda kostnader inte har behövt användas.",
            C("Förbundsgemensamt", "600 tkr", "+", "reserver"),
        ),
        H("Förändring sedan april", 2),
        P(
            "Helårsprognosen har förbättrats med 0,8 mkr sedan tertialrapporten i april, främst tack vare det höjda "
            "statsbidraget till vuxenutbildningen.",
            F(None, "0,8 mkr", "+", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att inte återbesätta två tjänster inom administrationen, vilket ger en "
            "besparing på 0,7 mkr på helårsbasis.",
            A(None, "0,7 mkr", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 6,0 mkr beräknas förbrukas fullt ut under året.",
            BP("Investeringar", note="The whole frame will be used: boilerplate."),
        ),
        H("Medlemsbidrag och eget kapital", 2),
        P(
            "Medlemskommunernas bidrag för 2025 uppgår till 412,6 mkr och fördelas efter antalet elever från "
            "respektive kommun.",
            O(None, note="The members' contributions: other."),
        ),
        P(
            "Förbundets eget kapital uppgick den 31 augusti till 28,4 mkr.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="sodra-halsinglands-utbildningsforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Södra Hälsinglands Utbildningsförbund",
                "Kommunalförbundet Södra Hälsinglands Utbildningsförbund",
                "SHU",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari-augusti 2025",
            "author": "Södra Hälsinglands Utbildningsförbund",
        },
        style=style,
        blocks=blocks,
    )
