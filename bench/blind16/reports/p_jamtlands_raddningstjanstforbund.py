"""Jämtlands Räddningstjänstförbund (kommunalförbund), Direktionen, ekonomisk rapport per oktober 2025.

A fire and rescue kommunalförbund's month report in Liberation Serif 10.5 pt, footer with the direktion's
meeting date in November: the full year "ett underskott mot budget på 2 350 tkr" with a part in the next
sentence ("Av detta hänförs 1 900 tkr till de två stora skogsbränderna": one item with the total), the period
against the periodised budget in a sentence of its own, the members' contributions "betalas enligt budget"
(boilerplate); a kostnadsslag table in tkr with September's forecast as a level column; run-in bold
kostnadsslag with a colon whose amounts come in new shapes ("gör att personalkostnaderna hamnar 2,8 mnkr över
budget", "Intäkterna ligger 1,15 mnkr över budget", "vilket ger ett överskott på 300 tkr", "Avvikelsen på 0,4
mnkr gäller främst") and one reason-only paragraph (the row's "−600"); the change since September with its
cause; investments "2,4 mnkr lägre än budgeterat" for a late vehicle; an action with no amount and equity
(other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Jämtlands Räddningstjänstförbund", "Ekonomisk rapport oktober 2025"),
        footer=lambda n, m: ("Direktionen 2025-11-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning och helårsprognos, tkr",
        header=(("", "Budget 2025", "Prognos okt", "Avvikelse", "Prognos sept"),),
        rows=(
            ("Medlemsavgifter", "148 600", "148 600", "0", "148 600"),
            ("Övriga intäkter", "12 400", "13 550", "1 150", "13 100"),
            ("Personalkostnader", "−120 900", "−123 700", "−2 800", "−123 400"),
            ("Fordon, materiel och drivmedel", "−14 300", "−14 900", "−600", "−14 700"),
            ("Lokalkostnader", "−17 200", "−16 900", "300", "−16 900"),
            ("Övriga kostnader", "−7 100", "−7 500", "−400", "−7 300"),
            ("Finansnetto", "−1 500", "−1 500", "0", "−1 500"),
            ("Resultat", "0", "−2 350", "−2 350", "−2 100"),
        ),
        widths=(160.0, 70.0, 70.0, 62.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk rapport per oktober 2025", size=20, font="times-bold", after=2),
        Title("Jämtlands Räddningstjänstförbund", size=13, font="times", after=14),
        H("Sammanfattande bedömning", 2),
        PS(
            (
                "Förbundets prognos för 2025 är ett underskott mot budget på 2 350 tkr. Av detta hänförs 1 900 tkr "
                "till de två stora skogsbränderna i Bräcke och Ragunda i juli, där staten bara ersätter en del av "
                "kostnaderna.",
                C(None, "2 350 tkr", "-", "ovrigt", note="The 1 900 tkr is a part: one item with the total."),
            ),
            (
                "Utfallet till och med oktober är 2,6 mnkr sämre än den periodiserade budgeten.",
                C(None, "2,6 mnkr", "-", note="The period in a sentence of its own: a second cause."),
            ),
        ),
        P(
            "Medlemsavgifterna från Östersund, Krokom, Strömsund, Bräcke, Berg, Åre, Ragunda och Härjedalen betalas "
            "enligt budget.",
            BP("Medlemsavgifter"),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Personalkostnader:",
            "Skogsbränderna och det nya avtalet för räddningspersonal i beredskap, som höjde timersättningarna från "
            "maj, gör att personalkostnaderna hamnar 2,8 mnkr över budget.",
            C("Personalkostnader", "2,8 mnkr", "-", "ovrigt", "lonekostnader", note="Fires are ovrigt."),
        ),
        LP(
            "Övriga intäkter:",
            "Intäkterna ligger 1,15 mnkr över budget. Staten har ersatt delar av släckningskostnaderna, och fler "
            "företag har köpt utbildning i brandskydd.",
            C("Övriga intäkter", "1,15 mnkr", "+", "statsbidrag", "avgifter_intakter"),
        ),
        LP(
            "Fordon, materiel och drivmedel:",
            "Förbrukningen av skum, slang och drivmedel under bränderna belastar kontot.",
            C(
                "Fordon, materiel och drivmedel",
                "−600",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Lokalkostnader:",
            "Stationen i Hammarstrand har fått lägre hyra sedan kommunen tog över fastigheten, vilket ger ett "
            "överskott på 300 tkr.",
            C("Lokalkostnader", "300 tkr", "+", "lokaler"),
        ),
        LP(
            "Övriga kostnader:",
            "Avvikelsen på 0,4 mnkr gäller främst högre försäkringspremier.",
            C("Övriga kostnader", "0,4 mnkr", "-", "prisokningar", note="The direction comes from 'högre'."),
        ),
        H("Förändring sedan september", 2),
        P(
            "Prognosen har försämrats med 250 tkr sedan september, främst för att efterarbetet på brandplatserna har "
            "tagit längre tid än beräknat.",
            F(None, "250 tkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna väntas bli 2,4 mnkr lägre än budgeterat, eftersom en beställd tankbil levereras först i "
            "mars 2026.",
            C("Investeringar", "2,4 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundsdirektören i uppdrag att söka ersättning från staten för ytterligare "
            "kostnader vid bränderna. Ett beslut väntas först under 2026 och ingår inte i prognosen.",
            A(None, None, "statsbidrag"),
        ),
        H("Eget kapital", 2),
        P(
            "Underskottet täcks av förbundets egna kapital, som uppgick till 11,2 mnkr vid ingången av året.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
    ]
    return ReportSpec(
        file="jamtlands-raddningstjanstforbund-ekonomisk-rapport-2025-10.pdf",
        report={
            "municipality": [
                "Jämtlands Räddningstjänstförbund",
                "Kommunalförbundet Jämtlands Räddningstjänstförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Ekonomisk rapport oktober 2025 Jämtlands Räddningstjänstförbund",
            "author": "Jämtlands Räddningstjänstförbund",
        },
        style=style,
        blocks=blocks,
    )
