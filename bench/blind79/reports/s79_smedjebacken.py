"""Smedjebackens kommun, Kommunstyrelsen, månadsrapport maj 2026 (the kommunstyrelse's own verksamheter).

A small kommun's month report of the kommunstyrelse's own verksamheter, footer with the meeting date in June: the
period "överskott mot periodiserad budget på 1,7 mnkr" with its timing reason and the full year "underskott på
2,2 mnkr" in the next sentence (two items), a table in tkr with en-dash minus signs ("–1 180"); en-dash bullets
under a generic heading in varied shapes: a run-in name with a colon and the amount at the end ("ger ett
överskott på 550 tkr"), "beräknas gå 250 tkr back", "Prognos –1 180 tkr." after the reasons, a possessive
"Kostenhetens prognos är ett underskott om 1,4 mnkr", a reason-only surplus in a possessive (the row's "680")
and a reason-only deficit after a colon (the row's "–600"); "oförändrad" against April (boilerplate forecast
change), a purchase stop with its effect, investments "3,5 mnkr inte kommer att användas" and a mention of the
socialnämnd's deficit without an amount (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, O

ROW = "Reasons only: the table row's cell as printed."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Smedjebackens kommun", "Månadsrapport maj 2026"),
        footer=lambda n, m: (
            "Kommunstyrelsen",
            "Kommunstyrelsens sammanträde 2026-06-16",
            f"Sida {n} av {m}",
        ),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, helårsprognos (tkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunledning", "18 400", "17 850", "550"),
            ("Ekonomi och HR", "14 200", "14 450", "–250"),
            ("IT och digitalisering", "9 600", "10 780", "–1 180"),
            ("Kostenheten", "32 500", "33 900", "–1 400"),
            ("Arbetsmarknadsenheten", "11 300", "10 620", "680"),
            ("Kultur och fritid", "22 700", "23 300", "–600"),
            ("Summa", "108 700", "110 900", "–2 200"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.9, 0.9, 0.9),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=18, font="cond-bold", after=3),
        Title("Kommunstyrelsen", size=12.5, font="cond", after=14),
        H("Kommunstyrelsens resultat", 1),
        PS(
            (
                "Kommunstyrelsens verksamheter visar efter maj ett överskott mot periodiserad budget på 1,7 mnkr, "
                "vilket till stor del beror på att årets utvecklingsmedel ännu inte har tagits i anspråk.",
                C(None, "1,7 mnkr", "+", "periodisering", note="The period with its timing reason."),
            ),
            (
                "För helåret prognostiseras ett underskott på 2,2 mnkr.",
                C(None, "2,2 mnkr", "-", note="The full year in its own sentence, no reasons."),
            ),
        ),
        table,
        H("Förvaltningens kommentarer per verksamhet", 2),
        Bullets(
            (
                "Kommunledning: lägre kostnader för konsulter och för kommunens medlemsavgifter än budgeterat ger ett "
                "överskott på 550 tkr.",
                "Ekonomi och HR beräknas gå 250 tkr back, då en lönekonsult har anlitats under en längre "
                "sjukskrivning.",
                "IT och digitalisering: licenskostnaderna för kontorsprogrammen och det nya ärendehanteringssystemet "
                "blir högre än budgeterat. Prognos –1 180 tkr.",
                "Kostenhetens prognos är ett underskott om 1,4 mnkr. Livsmedelspriserna har fortsatt att stiga och "
                "antalet portioner till äldreomsorgen är fler än beräknat.",
                "Arbetsmarknadsenhetens intäkter från Arbetsförmedlingen för extratjänster har blivit högre än "
                "budgeterat.",
                "Kultur och fritid: simhallen hölls stängd i tre veckor efter ett vattenläckage och entréintäkterna "
                "blev lägre, samtidigt som reparationen kostade mer än planerat.",
            ),
            labels=(
                C(
                    "Kommunledning",
                    "550 tkr",
                    "+",
                    "inhyrd_personal",
                    "ovrigt",
                    note="Consultants are inhyrd_personal, membership fees ovrigt.",
                ),
                C("Ekonomi och HR", "250 tkr", "-", "inhyrd_personal", "sjukfranvaro"),
                C(
                    "IT och digitalisering",
                    "–1 180 tkr",
                    "-",
                    "it_digitalisering",
                    note="The amount after the reasons.",
                ),
                C("Kostenheten", "1,4 mnkr", "-", "prisokningar", "volymer"),
                C(
                    "Arbetsmarknadsenheten",
                    "680",
                    "+",
                    "statsbidrag",
                    unit="tkr",
                    table=True,
                    note=ROW + " State payments for extratjänster are statsbidrag.",
                ),
                C(
                    "Kultur och fritid",
                    "–600",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW + " A leak and closure are ovrigt.",
                ),
            ),
            glyph="–",
        ),
        H("Prognosförändring", 2),
        P("Jämfört med aprilprognosen är helårsprognosen oförändrad.", BF(None)),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har infört inköpsstopp för inventarier och förbrukningsmaterial under resten av året, "
            "utom inom kostenheten. Det beräknas minska kostnaderna med 400 tkr.",
            A(None, "400 tkr", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 7,8 mnkr har 1,2 mnkr använts. Prognosen är att 3,5 mnkr inte kommer att "
            "användas i år, eftersom upphandlingen av en ny kommunal telefonväxel har överklagats.",
            C("Investeringar", "3,5 mnkr", "+", "periodisering", note="The use so far is not the amount."),
        ),
        H("Övrigt", 2),
        P(
            "Kommunens samlade prognos redovisas i delårsrapporten. Socialnämnden har i sin egen rapport aviserat ett "
            "underskott, som inte ingår i kommunstyrelsens resultat.",
            O("Socialnämnden", direction="-", note="Another committee's deficit, no amount: other."),
        ),
    ]
    return ReportSpec(
        file="smedjebacken-ks-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Smedjebacken",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Kommunstyrelsen", "author": "Smedjebackens kommun"},
        style=style,
        blocks=blocks,
    )
