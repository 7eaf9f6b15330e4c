"""Lilla Edets kommun, Omsorgsnämnden, månadsrapport november 2025 (elderly care).

An elderly-care month report in mkr with U+2212 minus signs, DejaVu Serif 9.5 pt with sans headings, footer
with the nämnd's meeting date in December: the full year "ett underskott mot budget på 7,9 mkr (−8,6 mkr i
oktober)" with its reasons in the next sentence, then the improvement since October with its cause (a forecast
change); a kostnadsslag table in tkr with a trailing minus ("6 500-"); bold run-in kostnadsslag ending in a
colon: "Överskridandet på 6,5 mkr", a reason-only one (the row's "2 600-") and income "1,7 mkr mer än
budget"; then two columns of headings that carry the verksamhet and amount ("Hemtjänst −4,8 mkr",
"Biståndsenheten +0,6 mkr", "Nämnd och administration ±0,0 mkr" over "bedöms hålla budget"), so the deficit
is explained twice; two actions (one with next year's effect) and a risk. 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Lilla Edets kommun | Omsorgsnämnden", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Omsorgsnämndens sammanträde 2025-12-10", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr (minus efter beloppet = negativ avvikelse)",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "58 400", "60 100", "1 700"),
            ("Personalkostnader", "214 300", "220 800", "6 500-"),
            ("Köp av tjänster", "21 600", "24 200", "2 600-"),
            ("Lokalkostnader", "31 200", "31 200", "0"),
            ("Övriga kostnader", "18 900", "19 400", "500-"),
            ("Nettokostnad", "227 600", "235 500", "7 900-"),
        ),
        widths=(160.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="sans-bold", after=3),
        Title("Omsorgsnämnden – vård och omsorg om äldre", size=11.5, font="serif-italic", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Omsorgsnämndens helårsprognos efter november visar ett underskott mot budget på 7,9 mkr (−8,6 mkr "
                "i oktober). Underskottet förklaras i huvudsak av fler beviljade timmar i hemtjänsten, höga "
                "kostnader för bemanningssjuksköterskor och att två avdelningar på Ekbacken har hållits öppna "
                "utöver budget.",
                C(
                    None,
                    "7,9 mkr",
                    "-",
                    "volymer",
                    "inhyrd_personal",
                    "omstallning",
                    note="October's figure in brackets is not the amount; the reasons follow in the next sentence.",
                ),
            ),
            (
                "Prognosen har därmed förbättrats med 0,7 mkr sedan förra månaden, främst för att sjukfrånvaron "
                "inom hemtjänsten har minskat.",
                F(None, "0,7 mkr", "+", "sjukfranvaro"),
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 3),
        LP(
            "Personalkostnader:",
            "Överskridandet på 6,5 mkr beror på ökad bemanning i hemtjänsten, övertid under sommaren och "
            "sjuklönekostnader i början av året.",
            C("Personalkostnader", "6,5 mkr", "-", "bemanning", "overtid", "sjukfranvaro"),
        ),
        LP(
            "Köp av tjänster:",
            "Hyrsjuksköterskor har behövts nattetid under hela hösten.",
            C(
                "Köp av tjänster",
                "2 600-",
                "-",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Intäkter:",
            "Högre omvårdnadsavgifter och ett riktat statsbidrag för äldreomsorgen som inte var budgeterat ger "
            "1,7 mkr mer än budget.",
            C("Intäkter", "1,7 mkr", "+", "avgifter_intakter", "statsbidrag"),
        ),
        PageBreak(),
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst −4,8 mkr",
            "Antalet beviljade timmar har ökat med 11 procent sedan januari, främst i Lödöse och Nygård. "
            "Verksamheten har inte kunnat anpassa personalstyrkan i samma takt, vilket har lett till mertid och "
            "timvikarier.",
            C(
                "Hemtjänst",
                "−4,8 mkr",
                "-",
                "volymer",
                "overtid",
                "vikarier",
                note="The deficit is explained a second time, by verksamhet: an item for every passage.",
            ),
        ),
        HP(
            "Särskilt boende −2,9 mkr",
            "Två avdelningar på Ekbacken har hållits öppna under året trots att de enligt budgeten skulle ha "
            "avvecklats i mars. Beläggningen har varit full.",
            C("Särskilt boende", "−2,9 mkr", "-", "omstallning", "volymer"),
        ),
        HP(
            "Hälso- och sjukvård −1,6 mkr",
            "Kostnaderna för sjuksköterskor från bemanningsföretag har varit höga nattetid. Även "
            "hjälpmedelskostnaderna ligger något över budget.",
            C("Hälso- och sjukvård", "−1,6 mkr", "-", "inhyrd_personal", "material_hjalpmedel"),
        ),
        HP(
            "Biståndsenheten +0,6 mkr",
            "En handläggartjänst har varit vakant sedan augusti.",
            C("Biståndsenheten", "+0,6 mkr", "+", "vakanser"),
        ),
        HP(
            "Dagverksamhet +0,8 mkr",
            "Dagverksamheten i Göta har varit stängd under renoveringen, vilket ger lägre personal- och "
            "livsmedelskostnader.",
            C("Dagverksamhet", "+0,8 mkr", "+", "ovrigt", note="A closure for renovation: ovrigt."),
        ),
        HP(
            "Nämnd och administration ±0,0 mkr",
            "Verksamheten bedöms hålla budget.",
            BP("Nämnd och administration"),
        ),
        Columns(1),
        H("Åtgärder", 2),
        PS(
            (
                "Under december fortsätter arbetet med heltidsplanering och resursplanering i hemtjänsten. Effekten "
                "i år bedöms som liten, men för 2026 beräknas den till 2,0 mkr.",
                A("Hemtjänst", "2,0 mkr", "bemanning"),
            ),
            (
                "Nämnden har beslutat att avveckla en avdelning på Ekbacken den 1 februari 2026.",
                A("Särskilt boende", None, "omstallning"),
            ),
        ),
        P(
            "Kostnader för vinterns influensa och ökad sjukfrånvaro i december är en risk som inte ingår i "
            "prognosen.",
            O(None, "sjukfranvaro", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="lilla-edet-on-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Lilla Edet",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Omsorgsnämnden", "author": "Lilla Edets kommun"},
        style=style,
        blocks=blocks,
    )
