"""Räddningstjänsten Skaraborg (kommunalförbund), Direktionen, delårsrapport januari–augusti 2025.

A fire and rescue kommunalförbund's interim report in tkr, footer with the direktion's adoption date in
September: the period "1 630 tkr bättre än periodiserad budget" and the full year as two levels "350 tkr,
jämfört med budgeterade 1 800 tkr" (1 450 never written out) in two sentences (two items), the period
surplus's timing reason apart (amount null), the members' contributions "enligt budget" (boilerplate); a
kostnadsslag table whose note says a negative figure is a cost over budget, then bold run-in kostnadsslag
with a colon: revenue "1 250 tkr lägre än budgeterat", staff "överstiger budget med 1 650 tkr" with overtime
for a grass fire, substitutes and sick leave, on-call staff "blir kostnaden 500 tkr lägre än budget" at the end
of the sentence, "Underskottet, –900 tkr, avser", premises with a reason only (the row's "650") and "ger ett
överskott på 1 200 tkr"; investments "7,5 mnkr av investeringsbudgeten på 22,0 mnkr vara outnyttjat", an
action with "cirka 300 tkr", equity and call-outs against 2024 with "beror på" (others). DejaVu Sans
Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Räddningstjänsten Skaraborg", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Fastställd av direktionen 2025-09-25", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag 2025, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "214 600", "214 600", "0"),
            ("Externa intäkter", "18 900", "17 650", "-1 250"),
            ("Personalkostnader heltid", "-121 300", "-122 950", "-1 650"),
            ("Räddningspersonal i beredskap", "-48 200", "-47 700", "500"),
            ("Fordon och materiel", "-21 400", "-22 300", "-900"),
            ("Lokaler", "-26 100", "-25 450", "650"),
            ("Övriga kostnader", "-14 700", "-13 500", "1 200"),
            ("Resultat", "1 800", "350", "-1 450"),
        ),
        widths=(170.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Räddningstjänsten Skaraborg", size=12.5, font="cond", after=12),
        H("Förbundets ekonomi", 2),
        PS(
            (
                "Förbundets resultat för perioden uppgår till 4 812 tkr, vilket är 1 630 tkr bättre än periodiserad "
                "budget.",
                C(None, "1 630 tkr", "+", note="The period's deviation after the period's result."),
            ),
            (
                "För helåret prognostiseras ett resultat på 350 tkr, jämfört med budgeterade 1 800 tkr.",
                C(
                    None,
                    "350 tkr, jämfört med budgeterade 1 800 tkr",
                    "-",
                    value=1_450_000,
                    note="The full year as two levels, the deviation never written out: the computed value.",
                ),
            ),
        ),
        P(
            "Att periodens resultat är bättre än helårets förklaras av att utbildningar och reparationer av fordon "
            "är planerade till hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Medlemsbidragen från de elva medlemskommunerna betalas ut enligt budget.",
            BP("Medlemsbidrag"),
        ),
        P("Avvikelse: negativt värde innebär en kostnad över eller en intäkt under budget.", size=8.5),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Externa intäkter:",
            "Intäkterna från tillsyn och automatlarm blir 1 250 tkr lägre än budgeterat, då två större "
            "industrikunder har sagt upp sina avtal om larmmottagning.",
            C("Externa intäkter", "1 250 tkr", "-", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader heltid:",
            "Personalkostnaderna för heltidsstyrkan överstiger budget med 1 650 tkr. Orsaken är övertid i samband "
            "med den stora gräsbranden vid Hornborgasjön i juni och kostnader för vikarier för sjukskrivna "
            "brandmän.",
            C(
                "Personalkostnader heltid",
                "1 650 tkr",
                "-",
                "overtid",
                "ovrigt",
                "vikarier",
                "sjukfranvaro",
                note="A fire is ovrigt.",
            ),
        ),
        LP(
            "Räddningspersonal i beredskap:",
            "Eftersom flera deltidsstationer, bland annat i Gullspång och Hova, inte har full bemanning blir "
            "kostnaden 500 tkr lägre än budget.",
            C(
                "Räddningspersonal i beredskap",
                "500 tkr",
                "+",
                "vakanser",
                "bemanning",
                note="The amount at the end of the sentence, after the reason.",
            ),
        ),
        LP(
            "Fordon och materiel:",
            "Underskottet, –900 tkr, avser främst reparationer av två höjdfordon och dyrare drivmedel.",
            C("Fordon och materiel", "–900 tkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        LP(
            "Lokaler:",
            "Hyran för brandstationen i Skövde har sänkts sedan hyresvärden tog över ansvaret för ventilationen.",
            C(
                "Lokaler",
                "650",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Övriga kostnader:",
            "Lägre kostnader för utbildning och kurser under våren ger ett överskott på 1 200 tkr, men delar av "
            "detta väntas användas under hösten.",
            C("Övriga kostnader", "1 200 tkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Förbundet bedömer att 7,5 mnkr av investeringsbudgeten på 22,0 mnkr kommer att vara outnyttjat vid "
            "årets slut, eftersom leveransen av två nya släckbilar har försenats till våren 2026.",
            C("Investeringar", "7,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att skjuta upp två planerade större övningar till 2026, vilket minskar "
            "kostnaderna med cirka 300 tkr i år.",
            A(None, "cirka 300 tkr", "periodisering"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets egna kapital uppgår till 31,4 mnkr och påverkas endast marginellt av årets lägre resultat.",
            O(None, "reserver", note="Equity."),
        ),
        P(
            "Antalet räddningsinsatser under perioden var 2 315, vilket är 9 procent fler än under samma period 2024 "
            "och främst beror på fler bränder i skog och mark.",
            O(None, "volymer", note="Call-outs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-skaraborg-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Räddningstjänsten Skaraborg", "Kommunalförbundet Räddningstjänsten Skaraborg"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Räddningstjänsten Skaraborg",
            "author": "Räddningstjänsten Skaraborg",
        },
        style=style,
        blocks=blocks,
    )
