"""Samordningsförbundet Västerås, Styrelsen, delårsrapport januari–augusti 2025.

A small finsam förbund's interim report in tkr, set in Liberation Sans Narrow, footer with the board's adoption
date in September: the period's result "+1 212 tkr" against a budgeted "−640 tkr" with "en positiv avvikelse på
1 852 tkr" and its timing reason in one paragraph (one item), the full year "450 tkr bättre än budget" between
two levels followed in the same paragraph by the use of equity (other); a result table with negative costs,
then bold run-in posts whose lead carries the amount ("Finansierade insatser +700 tkr.", "Personalkostnader
−230 tkr.") and "ligger i nivå med budget" (boilerplate); en-dash bullets per insats under a generic heading
("ett överskott på 680 tkr som beror på", "överstiger periodens budget med 310 tkr, vilket beror på", "bedrivs
enligt plan och budget", a cross-reference with no label); the change since the tertial report with its cause,
an action, equity against the recommended level and participants against 2024 (others).
Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet Västerås", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Fastställd av styrelsen 2025-09-26", "", f"{n}/{m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("Post", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "15 600", "15 600", "0"),
            ("Finansierade insatser", "−13 900", "−13 200", "700"),
            ("Personalkostnader kansli", "−2 150", "−2 380", "−230"),
            ("Övriga kostnader", "−1 150", "−1 170", "−20"),
            ("Årets resultat", "−1 600", "−1 150", "450"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="narrow-bold", after=2),
        Title("Samordningsförbundet Västerås", size=13, font="narrow", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Förbundets resultat för januari–augusti är +1 212 tkr. Det budgeterade resultatet för perioden var −640 "
            "tkr, vilket innebär en positiv avvikelse på 1 852 tkr. Periodens överskott förklaras av att flera "
            "insatser har startat senare än planerat och därför ännu inte fakturerats.",
            C(
                None,
                "1 852 tkr",
                "+",
                "periodisering",
                note="The period's result against a budgeted result: the deviation as written.",
            ),
        ),
        PS(
            (
                "För helåret prognostiseras ett resultat på −1 150 tkr mot budgeterade −1 600 tkr, alltså 450 tkr "
                "bättre än budget.",
                C(None, "450 tkr", "+", note="The full year between two levels."),
            ),
            (
                "Det negativa resultatet finansieras med förbundets egna kapital, i enlighet med medlemmarnas "
                "riktlinjer.",
                O(None, "reserver", note="Financing with equity: other."),
            ),
        ),
        table,
        H("Kommentarer till resultaträkningen", 2),
        LP(
            "Finansierade insatser +700 tkr.",
            "Insatsen Steget vidare startade i juni i stället för i mars, eftersom rekryteringen av coacher till "
            "insatsen drog ut på tiden.",
            C(
                "Finansierade insatser",
                "+700 tkr",
                "+",
                "periodisering",
                "vakanser",
                note="The run-in lead carries the amount.",
            ),
        ),
        LP(
            "Personalkostnader −230 tkr.",
            "Kansliet har under våren haft en tillfällig förstärkning med en processledare för att ta fram "
            "förbundets nya verksamhetsplan.",
            C("Personalkostnader", "−230 tkr", "-", "bemanning"),
        ),
        LP(
            "Övriga kostnader.",
            "Kostnaderna ligger i nivå med budget.",
            BP("Övriga kostnader", note="−20 in the table."),
        ),
        H("Kommentarer per insats", 2),
        Bullets(
            (
                "Aktivitetshuset Kompassen: ett överskott på 680 tkr mot periodens budget, som beror på lägre "
                "lokalkostnader efter flytten till kommunens lokaler i Bäckby.",
                "Ung Framtid: kostnaderna överstiger periodens budget med 310 tkr, vilket beror på att fler unga än "
                "planerat deltar sedan Arbetsförmedlingen ökat antalet anvisningar.",
                "Steget vidare: se kommentaren till finansierade insatser ovan.",
                "Hälsoguiden: insatsen bedrivs enligt plan och budget.",
            ),
            labels=(
                C(
                    "Aktivitetshuset Kompassen",
                    "680 tkr",
                    "+",
                    "lokaler",
                    note="The period's deviation of an insats.",
                ),
                C("Ung Framtid", "310 tkr", "-", "volymer"),
                None,
                BP("Hälsoguiden"),
            ),
            glyph="–",
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen är 380 tkr bättre än i tertialrapporten, eftersom Steget vidare startade senare än vad som då "
            "var känt.",
            F(None, "380 tkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att utlysa 500 tkr för en ny insats under hösten, så att en del av periodens "
            "överskott kommer deltagarna till del.",
            A(None, "500 tkr", note="A decision that spends part of the surplus."),
        ),
        H("Eget kapital och deltagare", 2),
        P(
            "Det egna kapitalet beräknas till 3 940 tkr vid årets slut, vilket är mer än den rekommenderade nivån om "
            "20 procent av medlemsavgifterna.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Under perioden har 214 deltagare tagit del av förbundets insatser, 38 fler än under samma period 2024.",
            O(None, note="Participants against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-vasteras-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Samordningsförbundet Västerås", "Finsam Västerås"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Samordningsförbundet Västerås"},
        style=style,
        blocks=blocks,
    )
