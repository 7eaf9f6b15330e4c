"""Dalarnas kommunförbund, Förbundsstyrelsen, delårsrapport januari–augusti 2025.

A kommunalförbund's interim report in tkr, footer with the styrelse's meeting date in October: the period's
result "1 840 tkr" against a periodised budgeted result of 200 tkr, "vilket ger en positiv avvikelse på 1 640
tkr" (one item, two sentences), the full year "350 tkr bättre än budget" and the period surplus's timing
reason in a paragraph of its own (amount null); a table with U+2212 minus signs ("−320"); bold run-in
verksamheter ending in a full stop ("Kansliet.") in varied shapes ("blir 250 tkr lägre än budget",
"prognostiserar ett underskott på 320 tkr. Det beror på", a reason-only surplus taking the row's "420",
"följer budget" (boilerplate)); an EU-financed project's costs and revenues, the members' contributions and
equity, and the balanskrav (others); an action; investments "investeringsbudget på 400 tkr … prognosen är att
250 tkr förbrukas" (150 tkr never written out). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

LEAD = "A bold run-in verksamhet ending in a full stop: part of the item."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Dalarnas kommunförbund", "Delårsrapport 2025-01-01 – 2025-08-31"),
        footer=lambda n, m: ("Förbundsstyrelsen 2025-10-02", "Dnr DKF 2025/41", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kansliet", "6 400", "6 150", "250"),
            ("Välfärd och hälsa", "8 200", "8 520", "−320"),
            ("Lärande och kompetens", "5 900", "5 480", "420"),
            ("Samhällsbyggnad och digitalisering", "3 700", "3 700", "0"),
            ("Summa verksamheter", "24 200", "23 850", "350"),
        ),
        widths=(190.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Dalarnas kommunförbund", size=12, font="cond", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Dalarnas kommunförbund är ett samarbetsorgan för länets kommuner. Förbundet samordnar utveckling och "
            "kompetensförsörjning inom välfärd, utbildning och samhällsbyggnad."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden är 1 840 tkr. Det periodiserade budgeterade resultatet var 200 tkr, "
            "vilket ger en positiv avvikelse på 1 640 tkr.",
            C(
                None,
                "1 640 tkr",
                "+",
                note="The period's result against the periodised budget: the deviation stated.",
            ),
        ),
        P(
            "Helårsprognosen visar ett resultat på 650 tkr, vilket är 350 tkr bättre än budget.",
            C(None, "350 tkr", "+", note="The full year after the level."),
        ),
        P(
            "Periodens överskott beror till stor del på att kostnaderna för höstens utbildningsinsatser kommer "
            "först under september–november.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Kansliet.",
            "Kansliets kostnader blir 250 tkr lägre än budget, då en handläggartjänst har stått vakant under våren "
            "och inte har ersatts fullt ut.",
            C("Kansliet", "250 tkr", "+", "vakanser", note=LEAD),
        ),
        LP(
            "Välfärd och hälsa.",
            "Verksamheten prognostiserar ett underskott på 320 tkr. Det beror på att konsultstöd har anlitats för "
            "den regionala uppföljningen av äldreomsorgen, och på att en hyreshöjning för lokalerna i Falun "
            "trädde i kraft i april.",
            C("Välfärd och hälsa", "320 tkr", "-", "inhyrd_personal", "lokaler", note=LEAD),
        ),
        LP(
            "Lärande och kompetens.",
            "Intäkterna från kursavgifter överstiger budget, eftersom fler medlemskommuner än beräknat har köpt "
            "platser på ledarskapsutbildningen för skolledare.",
            C(
                "Lärande och kompetens",
                "420",
                "+",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note=LEAD + " Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Samhällsbyggnad och digitalisering.",
            "Verksamheten följer budget.",
            BP("Samhällsbyggnad och digitalisering"),
        ),
        H("Projekt", 2),
        P(
            "Projektet Kompetenslyft Dalarna finansieras med medel från Europeiska socialfonden. Projektets "
            "kostnader uppgår till 3 150 tkr för perioden, och motsvarande intäkter har bokförts.",
            O("Projekt", note="A project's financing: costs and revenues match, no deviation."),
        ),
        H("Medlemsavgifter och eget kapital", 2),
        P(
            "Medlemskommunernas avgifter uppgår till 14 200 tkr för 2025 och är oförändrade mot föregående år. "
            "Förbundets egna kapital uppgår till 4 960 tkr.",
            O(None, note="Members' contributions and equity."),
        ),
        P("Balanskravet beräknas uppfyllas för 2025.", O(None, note="Balanskrav.")),
        H("Åtgärder", 2),
        P(
            "Förbundsstyrelsen har beslutat att inte tillsätta den vakanta kommunikatörstjänsten under hösten, "
            "vilket minskar kostnaderna med ca 180 tkr.",
            A("Kansliet", "ca 180 tkr", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Förbundet har en investeringsbudget på 400 tkr för IT-utrustning. Hittills har 95 tkr använts och "
            "prognosen är att 250 tkr förbrukas, eftersom bytet av servrar har skjutits till 2026.",
            C(
                "Investeringar",
                "investeringsbudget på 400 tkr",
                "+",
                "it_digitalisering",
                "periodisering",
                value=150_000,
                note="Under-spending of 150 tkr never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="dalarnas-kommunforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Dalarnas kommunförbund",
                "Dalarnas Kommunförbund",
                "Kommunalförbundet Dalarnas kommunförbund",
            ],
            "committee": ["Förbundsstyrelsen", "Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Dalarnas kommunförbund"},
        style=style,
        blocks=blocks,
    )
