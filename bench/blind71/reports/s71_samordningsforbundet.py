"""Samordningsförbundet Centrala Östergötland, styrelsen, delårsrapport augusti 2025.

A financial coordination association's interim report in tkr, DejaVu Sans Condensed 10 pt, footer with the
styrelse's date in September: the period "2 460 tkr bättre än periodiserad budget" with its timing reason,
the full year "en positiv avvikelse med 1 500 tkr" after two budgeted and forecast results (negative levels),
the change since April (a forecast change); a table with hyphen-minus results; plain headings: insatser
"1,3 mnkr lägre än budget" (positive), a reason-only personnel post (the row's "270"), IT and premises that
"överskrider budget med 120 tkr", other costs that "följer i stort sett budget" beside a row of 50
(boilerplate); the members' contributions, equity above the recommended level and a goal not met with
"beror på" (others) and an action. 5 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet Centrala Östergötland", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsens sammanträde 2025-09-26", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "9 600", "9 600", "0"),
            ("Insatser", "-8 700", "-7 400", "1 300"),
            ("Personal och kansli", "-2 250", "-1 980", "270"),
            ("IT och lokaler", "-400", "-520", "-120"),
            ("Övriga kostnader", "-650", "-600", "50"),
            ("Resultat", "-2 400", "-900", "1 500"),
        ),
        widths=(170.0, 76.0, 80.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=3),
        Title("Samordningsförbundet Centrala Östergötland", size=12, font="cond", after=14),
        P(
            "Förbundet finansierar insatser för personer som behöver samordnat stöd från flera myndigheter för "
            "att komma i arbete. Medlemmarna är Försäkringskassan, Arbetsförmedlingen, Region Östergötland och "
            "kommunerna i förbundets område."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat efter augusti är 2 460 tkr bättre än periodiserad budget, vilket främst beror på "
            "att två insatser har startat senare än planerat.",
            C(
                None,
                "2 460 tkr",
                "+",
                "periodisering",
                note="The period against the periodised budget, its reason.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på −900 tkr mot ett budgeterat resultat på −2 400 tkr, det "
            "vill säga en positiv avvikelse med 1 500 tkr.",
            C(None, "1 500 tkr", "+", note="Two negative levels, then the deviation."),
        ),
        P(
            "Jämfört med prognosen i april har helårsresultatet förbättrats med 700 tkr.",
            F(None, "700 tkr", "+"),
        ),
        table,
        H("Insatser", 3),
        P(
            "Kostnaderna för insatser beräknas bli 1,3 mnkr lägre än budget. Insatsen för unga som varken arbetar "
            "eller studerar startade först i september, och en arbetsträningsinsats har avslutats i förtid "
            "eftersom deltagarna var färre än väntat.",
            C("Insatser", "1,3 mnkr", "+", "periodisering", "volymer"),
        ),
        H("Personal och kansli", 3),
        P(
            "Förbundschefens tjänst var vakant i två månader under våren.",
            C(
                "Personal och kansli",
                "270",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("IT och lokaler", 3),
        P(
            "IT och lokaler överskrider budget med 120 tkr till följd av ett nytt ärendehanteringssystem som "
            "infördes i mars.",
            C("IT och lokaler", "120 tkr", "-", "it_digitalisering"),
        ),
        H("Övriga kostnader", 3),
        P(
            "Övriga kostnader följer i stort sett budget.",
            BP("Övriga kostnader", note="Beside a row of 50: boilerplate."),
        ),
        H("Medlemsavgifter och eget kapital", 2),
        P(
            "Medlemmarnas bidrag för 2025 uppgår till 9 600 tkr och betalas ut enligt budget. Staten står för "
            "hälften och regionen och kommunerna för en fjärdedel var.",
            O("Medlemsavgifter", note="The members' contributions: other."),
        ),
        P(
            "Det egna kapitalet beräknas vid årets slut uppgå till 4,6 mnkr, vilket överstiger den rekommenderade "
            "nivån på 20 procent av medlemsbidragen.",
            O(None, "reserver", note="Equity: other."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Målet att 40 procent av deltagarna ska gå vidare till arbete eller studier nås inte under perioden, "
            "vilket beror på att flera deltagare har haft längre sjukskrivningar än väntat.",
            O(None, note="A goal not met with 'beror på': other."),
        ),
        P(
            "Styrelsen har gett förbundschefen i uppdrag att ta fram ytterligare insatser under hösten så att en "
            "större del av det egna kapitalet används.",
            A(None, None, note="An action with no amount."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-centrala-ostergotland-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Samordningsförbundet Centrala Östergötland", "SCÖ"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025", "author": "Samordningsförbundet Centrala Östergötland"},
        style=style,
        blocks=blocks,
    )
