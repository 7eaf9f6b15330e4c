"""Bohus Räddningstjänstförbund, Direktionen, ekonomisk uppföljning januari–september 2025.

A fire and rescue kommunalförbund's follow-up in tkr with en-dash minus signs: the period's result "2 140 tkr,
vilket är 1 380 tkr bättre än periodiserad budget", the full year "ett underskott på 650 tkr, att jämföra med
ett budgeterat nollresultat" and the period surplus's timing reason in a third paragraph (amount null); a
kostnadsslag table with the members' contributions; bold run-in kostnadsslag leads that carry the amount
("Personalkostnader –1 650 tkr.") and one that does not ("Övriga kostnader.", the row's "850"), "följer
budget" (boilerplate), a forecast "oförändrad sedan augusti" (boilerplate); investments "Av årets investeringsbudget på 7,5 mnkr beräknas 4,2 mnkr användas" (3,3
mnkr never written out); an action with its effect, equity and next year's contributions (others). DejaVu
Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O

LEAD = "The run-in lead carries the kostnadsslag and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 72.0),
        header=lambda n, m: ("Bohus Räddningstjänstförbund", "Direktionen 2025-10-16"),
        footer=lambda n, m: ("", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, helår 2025, tkr",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "98 400", "98 400", "0"),
            ("Externa intäkter", "6 200", "6 900", "700"),
            ("Personalkostnader", "–71 300", "–72 950", "–1 650"),
            ("Lokalkostnader", "–11 800", "–11 800", "0"),
            ("Fordon och materiel", "–9 900", "–10 450", "–550"),
            ("Övriga kostnader", "–8 600", "–7 750", "850"),
            ("Kapitalkostnader", "–3 000", "–3 000", "0"),
            ("Resultat", "0", "–650", "–650"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–september 2025", size=17, font="sans-bold", after=2),
        Title("Bohus Räddningstjänstförbund", size=12, font="sans", after=14),
        H("Resultat och prognos", 2),
        P(
            "Förbundet redovisar ett resultat för perioden på 2 140 tkr, vilket är 1 380 tkr bättre än "
            "periodiserad budget.",
            C(None, "1 380 tkr", "+", note="The period's deviation, not its result, is the amount."),
        ),
        P(
            "Helårsprognosen är ett underskott på 650 tkr, att jämföra med ett budgeterat nollresultat.",
            C(None, "650 tkr", "-"),
        ),
        P(
            "Helårsprognosen är oförändrad sedan augusti.",
            BF(None, note="No change since the last forecast: a boilerplate forecast change."),
        ),
        P(
            "Att perioden visar ett överskott trots ett negativt helår förklaras av att kostnaderna för höstens "
            "utbildningar och fordonsservice ännu inte har belastat resultatet.",
            C(None, None, "+", "periodisering", note="The period surplus's reason apart: amount null."),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Personalkostnader –1 650 tkr.",
            "Fler larm än normalt under sommarens torka har gett mer övertid och fler timmar för räddningspersonal "
            "i beredskap. Dessutom blev lönerevisionen högre än budgeterat.",
            C(
                "Personalkostnader",
                "–1 650 tkr",
                "-",
                "volymer",
                "overtid",
                "lonekostnader",
                "ovrigt",
                note=LEAD + " Drought is weather: ovrigt.",
            ),
        ),
        LP(
            "Fordon och materiel –550 tkr.",
            "Reparationer av höjdfordonet och en äldre tankbil.",
            C("Fordon och materiel", "–550 tkr", "-", "material_hjalpmedel", note=LEAD),
        ),
        LP(
            "Externa intäkter +700 tkr.",
            "Intäkterna från utbildningar för företag och från felaktiga automatlarm är högre än beräknat.",
            C("Externa intäkter", "+700 tkr", "+", "avgifter_intakter", note=LEAD),
        ),
        LP(
            "Övriga kostnader.",
            "Lägre kostnader för konsulter och resor än budgeterat.",
            C(
                "Övriga kostnader",
                "850",
                "+",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        P("Lokalkostnaderna följer budget.", BP("Lokalkostnader")),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 7,5 mnkr beräknas 4,2 mnkr användas, eftersom leveransen av en ny "
            "släckbil har försenats till våren 2026.",
            C(
                "Investeringar",
                "7,5 mnkr beräknas 4,2 mnkr",
                "+",
                "periodisering",
                value=3_300_000,
                note="Under-spending of 3,3 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att övertid endast får beordras vid larm, vilket beräknas minska kostnaderna "
            "med 300 tkr under resten av året.",
            A("Personalkostnader", "300 tkr", "overtid"),
        ),
        H("Eget kapital och medlemsbidrag", 2),
        P(
            "Förbundets egna kapital beräknas vid årets slut uppgå till 8,9 mnkr efter att underskottet har täckts.",
            O(None, note="Equity: other."),
        ),
        P(
            "Medlemskommunernas bidrag för 2026 föreslås öka med 3,5 procent.",
            O(None, note="Next year's contributions: other."),
        ),
    ]
    return ReportSpec(
        file="bohus-raddningstjanstforbund-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": [
                "Bohus Räddningstjänstförbund",
                "Kommunalförbundet Bohus Räddningstjänstförbund",
                "Bohus Räddningstjänst",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-09"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Ekonomisk uppföljning januari–september 2025",
            "author": "Bohus Räddningstjänstförbund",
        },
        style=style,
        blocks=blocks,
    )
