"""Finsam Göteborg (Samordningsförbundet Göteborg), Styrelsen, delårsrapport januari–augusti 2025.

A samordningsförbund's interim report with the styrelse's meeting date in September in the footer: the
members' contributions against 2024 (other); the period's result "5 810 tkr bättre än budget för perioden",
its reasons in a paragraph of their own (amount null), the full year "1 900 tkr bättre än det budgeterade
resultatet" between two negative levels, a planned deficit financed with equity (other); a table in tkr with
bracketed negatives ("(4 800)", "(700)"); bullets per insats: "redovisar ett överskott på 1,4 mnkr", "kostar
mer än budgeterat, 0,7 mnkr", a reason-only run-in (the row's "800"), "i stort sett enligt budget" beside a
row of (200) (boilerplate), "understiger budget med 600 tkr"; participants against 2024 (other), the change
since April, and a call for new projects with its amount (an action). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Finsam Göteborg", "Delårsrapport 2025"),
        footer=lambda n, m: ("Samordningsförbundet Göteborg", "Styrelsen 2025-09-26", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultatprognos per insats, tkr (negativa belopp inom parentes)",
        header=(("Post", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "38 000", "38 000", "0"),
            ("Steget ut (unga vuxna)", "18 600", "17 200", "1 400"),
            ("Vägen vidare", "14 200", "14 900", "(700)"),
            ("Aktiv vardag", "5 300", "4 500", "800"),
            ("Uppsökande team", "2 900", "3 100", "(200)"),
            ("Kansli och styrelse", "1 800", "1 200", "600"),
            ("Årets resultat", "(4 800)", "(2 900)", "1 900"),
        ),
        widths=(170.0, 80.0, 80.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    bullets = Bullets(
        items=(
            "Steget ut (unga vuxna) redovisar ett överskott på 1,4 mnkr. Två coacher började först i maj, och "
            "antalet deltagare har varit lägre än planerat under våren.",
            "Vägen vidare kostar mer än budgeterat, 0,7 mnkr, eftersom insatsen har förlängts med en extra "
            "deltagargrupp efter beslut i styrelsen i mars.",
            "Aktiv vardag: lägre kostnader för lokaler efter flytten till en av stadens mötesplatser i nordost.",
            "Uppsökande team: i stort sett enligt budget.",
            "Kansliets kostnader understiger budget med 600 tkr, då en tjänst som processledare inte har ersatts "
            "under en föräldraledighet.",
        ),
        labels=(
            C("Steget ut", "1,4 mnkr", "+", "periodisering", "volymer"),
            C("Vägen vidare", "0,7 mnkr", "-", "volymer"),
            C(
                "Aktiv vardag",
                "800",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note="Reason only: the table row's amount.",
            ),
            BP("Uppsökande team", note="'i stort sett enligt budget' beside a row of (200): boilerplate."),
            C("Kansli och styrelse", "600 tkr", "+", "vakanser"),
        ),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-cond-bold", after=2),
        Title("Finsam Göteborg – Samordningsförbundet Göteborg", size=12, font="serif-cond", after=14),
        H("Förvaltningsberättelse", 2),
        P(
            "Förbundet finansieras av Göteborgs Stad, Västra Götalandsregionen, Försäkringskassan och "
            "Arbetsförmedlingen. Medlemsbidragen för 2025 uppgår till 38,0 mnkr, samma nivå som 2024.",
            O(None, note="Financing and a comparison with the previous year: other."),
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden är 4 210 tkr, vilket är 5 810 tkr bättre än budget för perioden.",
            C(
                None,
                "5 810 tkr",
                "+",
                note="The period against the periodised budget; the level is not the amount.",
            ),
        ),
        P(
            "Överskottet beror på att flera insatser startade senare än planerat och att två samordnartjänster var "
            "vakanta under våren.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "vakanser",
                note="The period surplus's reasons apart from its amount: amount null.",
            ),
        ),
        PS(
            (
                "För helåret prognostiseras ett resultat på –2 900 tkr, vilket är 1 900 tkr bättre än det "
                "budgeterade resultatet på –4 800 tkr.",
                C(None, "1 900 tkr", "+", note="The full year between two negative levels."),
            ),
            (
                "Det budgeterade underskottet är ett medvetet beslut för att minska förbundets eget kapital, som vid "
                "årets början uppgick till 11,6 mnkr.",
                O(None, note="A planned deficit financed with equity: other."),
            ),
        ),
        table,
        H("Kommentarer per insats", 2),
        bullets,
        H("Deltagare", 2),
        P(
            "Antalet deltagare i förbundets insatser var 612 under perioden, jämfört med 540 samma period 2024.",
            O(None, "volymer", note="Participants against the previous year: other."),
        ),
        H("Prognosförändring och åtgärder", 2),
        P(
            "Jämfört med prognosen i april har helårsprognosen förbättrats med 700 tkr.",
            F(None, "700 tkr", "+"),
        ),
        P(
            "Styrelsen har beslutat att utlysa 1,5 mnkr för nya samverkansinsatser under hösten, så att en del av "
            "överskottet kommer målgruppen till del redan i år.",
            A(None, "1,5 mnkr", note="A measure to use the surplus: an action with its amount."),
        ),
    ]
    return ReportSpec(
        file="finsam-goteborg-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Finsam Göteborg", "Samordningsförbundet Göteborg"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Finsam Göteborg"},
        style=style,
        blocks=blocks,
    )
