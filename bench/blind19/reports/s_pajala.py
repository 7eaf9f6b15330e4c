"""Pajala kommun, Tekniska nämnden, månadsrapport november 2025.

A technical committee's month report in DejaVu Serif Condensed 10 pt whose result table is pasted as an
image (a figure the prose does not state is not in the text layer), footer with the nämnd's meeting date in
December and "miljoner kronor" with two decimals: the full year "2,35 miljoner kronor högre än budget", the
period against the periodised budget in a paragraph of its own, the change since October with its cause
after October's level; snow clearing whose "plogningsbudgeten redan överskridits med 1,9 miljoner kronor"
(so far, December remaining: the stated figure), a water damage with the insurance excess (a part) and the
insurance decision as a risk in the same paragraph (other), the kitchen that "går back med cirka 300 000
kronor", the airport's surplus, an administration surplus from a vacancy with no amount (null: the table is
an image); the fee-financed water and sewage deviation as a cause and its coverage from the VA fund
(other); an action with its effect already in the forecast, investments expected to keep the budget with a
"resterande 1,9 miljoner kronor" that is not a deviation (boilerplate), and the winter costs against last
year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

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
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Pajala kommun – Tekniska förvaltningen", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Tekniska nämnden 2025-12-10", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Administration", "3,40", "2,92", "3,20", "0,20"),
            ("Gator och vägar", "11,60", "12,55", "13,80", "-2,20"),
            ("Fastigheter", "24,10", "22,98", "24,60", "-0,50"),
            ("Kost", "9,80", "9,30", "10,10", "-0,30"),
            ("Flygplats", "4,20", "3,41", "3,75", "0,45"),
            ("Summa", "53,10", "51,16", "55,45", "-2,35"),
        ),
        widths=(130.0, 70.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="serif-cond-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="serif-cond", after=12),
        P(
            "Rapporten omfattar utfall till och med november och prognos för helåret. Den behandlas av tekniska "
            "nämnden i december och lämnas därefter till kommunstyrelsen."
        ),
        H("Prognos för helåret", 2),
        P(
            "Nämnden beräknar att årets kostnader blir 2,35 miljoner kronor högre än budget.",
            C(None, "2,35 miljoner kronor", "-"),
        ),
        P(
            "Utfallet till och med november ligger 2,0 miljoner kronor över den periodiserade budgeten.",
            C(
                None,
                "2,0 miljoner kronor",
                "-",
                note="The period against the periodised budget apart: a cause.",
            ),
        ),
        P(
            "I oktober bedömdes underskottet till 1,6 miljoner kronor. Försämringen med 0,75 miljoner kronor beror "
            "på de stora snömängderna i slutet av november.",
            F(None, "0,75 miljoner kronor", "-", "ovrigt", note="1,6 is October's forecast, not the change."),
        ),
        table,
        H("Gator och vägar", 3),
        P(
            "Vinterväghållningen är den enskilt största orsaken till underskottet. Efter ett snörikt januari och ett "
            "lika snörikt slut på november har plogningsbudgeten redan överskridits med 1,9 miljoner kronor, och "
            "december återstår.",
            C(
                "Gator och vägar",
                "1,9 miljoner kronor",
                "-",
                "ovrigt",
                note="The overrun so far is the only figure in the prose (the table is an image): the stated "
                "figure.",
            ),
        ),
        H("Fastigheter", 3),
        PS(
            (
                "Fastighetsavdelningen redovisar ett underskott om 0,5 miljoner kronor. En vattenskada i "
                "Tornedalsskolans kök krävde omfattande sanering under hösten, och försäkringen täcker skadan först "
                "efter en självrisk på 250 000 kronor.",
                C(
                    "Fastigheter",
                    "0,5 miljoner kronor",
                    "-",
                    "ovrigt",
                    note="The insurance excess in whole kronor is a part, not the amount.",
                ),
            ),
            (
                "Försäkringsbolagets besked om ersättning för det tillfälliga köket väntas i januari och kan "
                "förbättra utfallet.",
                O("Fastigheter", note="An uncertainty in the cause's paragraph: its own item."),
            ),
        ),
        H("Kost", 3),
        P(
            "Kostenheten går back med cirka 300 000 kronor. Livsmedelspriserna har stigit mer än budgeterat, och "
            "antalet portioner till äldreomsorgen har ökat sedan det nya boendet i Junosuando öppnade, utan att "
            "internpriset har räknats upp.",
            C("Kost", "cirka 300 000 kronor", "-", "prisokningar", "volymer"),
        ),
        H("Flygplats", 3),
        P(
            "Pajala flygplats beräknas lämna ett överskott på 0,45 miljoner kronor tack vare fler charterlandningar "
            "under vintersäsongen och högre landningsavgifter än budgeterat.",
            C("Flygplats", "0,45 miljoner kronor", "+", "volymer", "avgifter_intakter"),
        ),
        H("Administration", 3),
        P(
            "Förvaltningens administration visar ett överskott, eftersom tjänsten som fastighetschef har varit "
            "obesatt sedan augusti.",
            C(
                "Administration",
                None,
                "+",
                "vakanser",
                note="A reason without an amount beside a table pasted as an image (no text layer to take the "
                "cell from): null.",
            ),
        ),
        H("Vatten och avlopp (avgiftsfinansierat)", 3),
        P(
            "VA-verksamheten väntas redovisa ett underskott mot budget på 0,6 miljoner kronor. Två större läckor på "
            "huvudledningen i Pajala, i augusti och oktober, har gett kostnader som inte fanns med i budgeten.",
            C("Vatten och avlopp", "0,6 miljoner kronor", "-", "ovrigt"),
        ),
        P(
            "Underskottet täcks av VA-kollektivets tidigare överskott i VA-fonden och påverkar inte nämndens "
            "resultat.",
            O("Vatten och avlopp", "reserver", note="Coverage from the VA fund: a financing statement."),
        ),
        H("Åtgärder", 2),
        P(
            "För att begränsa underskottet har nämnden beslutat att skjuta upp beläggningsarbeten på kommunala gator "
            "i Pajala tätort till 2026. Det minskar årets kostnader med cirka 0,4 miljoner kronor, som redan är "
            "inräknade i prognosen.",
            A("Gator och vägar", "cirka 0,4 miljoner kronor", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 12,8 miljoner kronor har 10,9 miljoner kronor upparbetats. Resterande "
            "1,9 miljoner kronor avser ny belysning på flygplatsens plattform, som beräknas bli klar i december. "
            "Investeringarna väntas därmed hålla budget.",
            BP(
                "Investeringar",
                note="The remaining 1,9 miljoner kronor is budget still to spend, not a deviation: in balance.",
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Jämfört med samma period förra året har kostnaderna för vinterväghållning ökat med 38 procent.",
            O("Gator och vägar", note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="pajala-tn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Tekniska nämnden", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
