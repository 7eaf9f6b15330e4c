"""Ragunda kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A small kommun's interim report, set in Liberation Serif (Times metrics) 10.5 pt with Liberation Sans headings
and the kommunfullmäktige's meeting date in the footer: the period's result (a level, inside the cause's
paragraph) and the full year "5,9 mnkr lägre än budgeterat"; a verksamhet table whose deviation column is
prognosis minus budget ("ett positivt tal är ett underskott"), so "−0,8" is a surplus; two columns of
bold run-in verksamheter ending in a full stop: a reason-only surplus (the row's "−0,8", direction from the
prose), "överskrida sin ram med 2,6 mnkr", "Underskottet på 5,1 mnkr består till största delen av" followed
by a sub-area's surplus (its own item) and a previous-year comparison (other) inside the same paragraph,
placements that "bedöms kosta 2,0 mnkr mer än budgeterat" followed by "ligger i nivå med budget" for a
sub-area (boilerplate), and "Sammantaget ett underskott på 0,5 mnkr" after its reasons; tax revenue "överstiga
budget med 3,5 mnkr"; the change since the tertial report with areas only (no tag); investments whose
under-spend (5,5 mnkr) is never written out, a school project "ungefär 1,2 mnkr dyrare än projektbudgeten"; an
action without an effect, a risk about hired nurses and the balanskrav (both other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ODD_SIGN = (
    "The table's deviation is prognosis minus budget (positive = deficit): the direction follows the prose."
)


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Ragunda kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse*"),),
        rows=(
            ("Kommunledning", "28,4", "17,9", "27,6", "−0,8"),
            ("Bildning", "98,2", "64,0", "100,8", "2,6"),
            ("Vård och omsorg", "141,7", "98,5", "146,8", "5,1"),
            ("Individ- och familjeomsorg", "24,9", "18,3", "26,9", "2,0"),
            ("Samhällsbyggnad", "31,6", "21,7", "32,1", "0,5"),
            ("Summa verksamheter", "324,8", "220,4", "334,2", "9,4"),
        ),
        widths=(150.0, 70.0, 76.0, 72.0, 60.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Ragunda kommun", size=13, font="arial", after=14),
        H("Kommunens ekonomiska resultat", 1),
        P(
            "Resultatet för perioden januari–augusti är 18,6 mnkr. Prognosen för helåret är ett resultat på 2,1 mnkr, "
            "vilket är 5,9 mnkr lägre än budgeterat.",
            C(
                None,
                "5,9 mnkr",
                "-",
                note="The period's result is a level with no budget comparison. The full year's deviation is the amount.",
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har resultatet försämrats med 2,8 mnkr. Försämringen ligger "
            "nästan helt inom vård och omsorg.",
            F(None, "2,8 mnkr", "-", note="The change is placed in an area, no cause given: no tag."),
        ),
        P(
            "* Avvikelsen anges som prognos minus budget, vilket innebär att ett positivt tal är ett underskott.",
            size=9.0,
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        LP(
            "Kommunledning.",
            "Lägre arvoden till förtroendevalda och en vakant tjänst som näringslivsutvecklare under våren ger ett "
            "överskott.",
            C(
                "Kommunledning",
                "−0,8",
                "+",
                "ovrigt",
                "vakanser",
                unit="mnkr",
                table=True,
                note="A reason only: the row's cell as printed. "
                + ODD_SIGN
                + " Fees to elected members: ovrigt.",
            ),
        ),
        LP(
            "Bildning.",
            "Verksamheten bedöms överskrida sin ram med 2,6 mnkr. Förskolan i Hammarstrand har fått öppna en extra "
            "avdelning under hösten, och Jämtlands Gymnasieförbunds avgift per elevplats har höjts mer än vad som "
            "räknades med i budgeten.",
            C("Bildning", "2,6 mnkr", "-", "volymer", "kopt_verksamhet", "prisokningar"),
        ),
        LP(
            "Vård och omsorg.",
            "Underskottet på 5,1 mnkr består till största delen av personalkostnader i särskilt boende, där "
            "sjukfrånvaro och svårigheter att rekrytera sjuksköterskor har gjort att inhyrd personal använts under "
            "hela sommaren.",
            C("Vård och omsorg", "5,1 mnkr", "-", "sjukfranvaro", "vakanser", "inhyrd_personal"),
            (
                "Hemtjänsten gör däremot ett överskott på 0,4 mnkr sedan det nya planeringssystemet gett kortare "
                "restider.",
                C(
                    "Hemtjänst",
                    "0,4 mnkr",
                    "+",
                    "it_digitalisering",
                    note="A sub-area's deviation inside another area's paragraph: its own item.",
                ),
            ),
            (
                "Inom hemsjukvården har kostnaderna för hjälpmedel och förbrukningsmaterial ökat med 0,7 mnkr jämfört "
                "med samma period i fjol.",
                O("Hemsjukvård", "material_hjalpmedel", note="Against the previous year: other."),
            ),
        ),
        LP(
            "Individ- och familjeomsorg.",
            "Placeringar av barn och unga bedöms kosta 2,0 mnkr mer än budgeterat, då tre barn har placerats på "
            "institution sedan mars.",
            C("Individ- och familjeomsorg", "2,0 mnkr", "-", "kopt_verksamhet", "volymer"),
            (
                "Kostnaden för ekonomiskt bistånd ligger i nivå med budget.",
                BP("Ekonomiskt bistånd", note="A sub-area in balance inside the paragraph: boilerplate."),
            ),
        ),
        LP(
            "Samhällsbyggnad.",
            "Intäkterna från slamtömning och bygglov har blivit lägre än förväntat, och vinterväghållningen under "
            "januari och februari drog över. Sammantaget ett underskott på 0,5 mnkr.",
            C(
                "Samhällsbyggnad",
                "0,5 mnkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="The amount after its reasons. Winter road maintenance (snow): ovrigt.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Skatteintäkter och finansiering", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas överstiga budget med 3,5 mnkr, främst till följd av en "
            "högre slutavräkning för 2024.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "3,5 mnkr",
                "+",
                note="A finance item: no cause tag.",
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten för 2025 är 27,0 mnkr. Utfallet per augusti är 9,3 mnkr och prognosen för "
                "helåret 21,5 mnkr. Skillnaden beror främst på att upphandlingen av en ny räddningsbil har gjorts om, "
                "så att leveransen sker först 2026.",
                C(
                    "Investeringar",
                    "21,5 mnkr",
                    "+",
                    "periodisering",
                    "material_hjalpmedel",
                    value=5_500_000,
                    note="Investment under-spending of 5,5 mnkr (27,0 − 21,5), never written out: the computed "
                    "value. The period's outcome is a level. A vehicle delivered later: periodisering and "
                    "material_hjalpmedel.",
                ),
            ),
        ),
        P(
            "Ombyggnaden av skolan i Stugun blir ungefär 1,2 mnkr dyrare än projektbudgeten, sedan fuktskador "
            "upptäcktes i bjälklaget vid rivningen.",
            C(
                "Ombyggnad av skolan i Stugun",
                "ungefär 1,2 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun: damage.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen beslutade i juni om anställningsstopp för administrativa tjänster och om återhållsamhet "
            "med inköp under resten av året.",
            A(None, None, "bemanning"),
        ),
        H("Osäkerheter", 2),
        P(
            "Den största osäkerheten i prognosen finns inom vård och omsorg, där inhyrda sjuksköterskor kan behövas "
            "även under hösten om rekryteringarna drar ut på tiden.",
            O("Vård och omsorg", "inhyrd_personal", note="A risk: other."),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till 1,4 mnkr efter justering för realisationsvinster, och kommunen har "
            "inga tidigare underskott att återställa.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="ragunda-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Ragunda",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Ragunda kommun", "author": "Ragunda kommun"},
        style=style,
        blocks=blocks,
    )
