"""Samordningsförbundet Uppsala län, Styrelsen, delårsrapport januari–augusti 2025.

A financial-coordination association's (Finsam) interim report set in Arial Narrow, footer with the board
meeting in September: the period "3 340 tkr bättre än periodiserad budget" and its reason in the next sentence
(amount null), the full year "350 tkr bättre än budget" after two levels, equity financing the budgeted
deficit (other), the members' contributions that "följer budget" (boilerplate); a table in tkr with U+2212
minus signs where costs are negative; bold run-in areas ending in a full stop: a delayed start "ger ett
överskott på 600 tkr för helåret", a reason-only surplus (the row's "150"), "Kansliets kostnader överstiger
budget med 400 tkr" with an interim director from a consultancy and a move, and fees "i nivå med budget"
(boilerplate); the change since the tertial report with its cause, participants against last year (other)
and a decision not to start new efforts (an action without an amount).

The place is real (the association of Försäkringskassan, Arbetsförmedlingen, Region Uppsala and the
kommuner of Uppsala län); every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=11.0,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet Uppsala län", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsens sammanträde 2025-09-19", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per område, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "14 000", "9 333", "14 000", "0"),
            ("Individinriktade insatser", "−10 900", "−4 703", "−10 300", "600"),
            ("Strukturövergripande insatser", "−1 600", "−580", "−1 450", "150"),
            ("Kansli", "−2 700", "−1 560", "−3 100", "−400"),
            ("Styrelse och revision", "−600", "−350", "−600", "0"),
            ("Resultat", "−1 800", "2 140", "−1 450", "350"),
        ),
        widths=(150.0, 68.0, 72.0, 68.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="narrow-bold", after=2),
        Title("Samordningsförbundet Uppsala län", size=13, font="narrow", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Förbundets resultat för perioden januari–augusti är 2 140 tkr, vilket är 3 340 tkr bättre än "
                "periodiserad budget.",
                C(None, "3 340 tkr", "+", note="The period: a result level, then the deviation."),
            ),
            (
                "Överskottet beror främst på att två insatser startade senare än planerat och att "
                "personalkostnaderna i kansliet varit lägre under en vakans.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    "vakanser",
                    note="The period surplus's reason apart from its amount: a cause with amount null.",
                ),
            ),
            (
                "För helåret prognostiseras ett resultat på −1 450 tkr mot budgeterade −1 800 tkr, alltså 350 tkr "
                "bättre än budget.",
                C(None, "350 tkr", "+", note="The full year after two levels."),
            ),
        ),
        P(
            "Det budgeterade underskottet finansieras med eget kapital, som vid årets början uppgick till 6 920 tkr.",
            O(None, "reserver", note="Equity financing the budgeted deficit: other."),
        ),
        P(
            "Medlemsavgifterna från Försäkringskassan, Arbetsförmedlingen, Region Uppsala och länets åtta kommuner "
            "följer budget.",
            BP("Medlemsavgifter"),
        ),
        table,
        H("Kommentarer per område", 3),
        LP(
            "Individinriktade insatser.",
            "Insatsen Steg vidare i Enköping startade först i maj i stället för i januari, vilket ger ett överskott "
            "på 600 tkr för helåret.",
            C("Individinriktade insatser", "600 tkr", "+", "periodisering"),
        ),
        LP(
            "Strukturövergripande insatser.",
            "Utbildningssatsningen för handläggare har blivit billigare än beräknat då den genomförs digitalt.",
            C(
                "Strukturövergripande insatser",
                "150",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell. Training held online is ovrigt.",
            ),
        ),
        LP(
            "Kansli.",
            "Kansliets kostnader överstiger budget med 400 tkr. Avvikelsen beror på att en konsult har anlitats som "
            "tillförordnad förbundschef under rekryteringen och på kostnader för flytten till nya lokaler.",
            C("Kansli", "400 tkr", "-", "inhyrd_personal", "lokaler"),
        ),
        LP(
            "Styrelse och revision.",
            "Arvodena till styrelsen och kostnaderna för revision ligger i nivå med budget.",
            BP("Styrelse och revision"),
        ),
        H("Förändring sedan tertialrapporten", 3),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsresultatet förbättrats med 250 tkr, eftersom "
            "insatsen Steg vidare startade senare än antaget.",
            F(None, "250 tkr", "+", "periodisering"),
        ),
        H("Verksamheten", 2),
        P(
            "Under perioden deltog 486 personer i förbundets insatser, 38 fler än samma period 2024. Ökningen beror "
            "på att Arbetsförmedlingen har anvisat fler deltagare till insatserna i Tierp och Östhammar.",
            O(None, "volymer", note="Participants against the previous year: other."),
        ),
        H("Beslut om hösten", 3),
        P(
            "Styrelsen har beslutat att inte starta några nya insatser under hösten, så att förbrukningen av det "
            "egna kapitalet hålls inom den nivå som medlemmarna har godkänt.",
            A(None, None, "reserver"),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-uppsala-lan-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Samordningsförbundet Uppsala län",
                "Samordningsförbundet i Uppsala län",
                "Finsam Uppsala län",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Samordningsförbundet Uppsala län",
            "author": "Samordningsförbundet Uppsala län",
        },
        style=style,
        blocks=blocks,
    )
