"""Norrbottens läns kollektivtrafikmyndighet (kommunalförbund), Direktionen, delårsrapport januari–augusti 2025.

A regional public-transport kommunalförbund's interim report in tkr and mnkr, footer with the direktion's
meeting date in September: the period's result "3,8 mnkr, att jämföra med ett periodiserat budgeterat resultat
på 0 mnkr", the full year "ett underskott på 2,6 mnkr mot budget" and the reason for the difference (amount
null) in three sentences; a kostnadsslag table with hyphen-minus deficits ("-6 100"); paragraphs where the area
is the subject ("Biljettintäkterna beräknas bli 6,1 mnkr lägre än budgeterat"), a possessive ("Busstrafikens
kostnader blir 3,4 mnkr lägre"), after "För" ("För tågtrafiken … en merkostnad på 1,8 mnkr") and two areas with
their own amounts and reasons in one sentence; "följer budget" (boilerplate); the change since the tertial
report, investments "24,0 mnkr … 9,5 mnkr användas" (14,5 never written out), an action with its effect,
equity and journeys against last year with "beror på" (others). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Norrbottens läns kollektivtrafikmyndighet", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-09-26", "Dnr 2025/61", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag 2025, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "373 200", "373 200", "0"),
            ("Biljettintäkter", "118 000", "111 900", "-6 100"),
            ("Trafikkostnader busstrafik", "-395 800", "-392 400", "3 400"),
            ("Trafikkostnader tåg", "-64 200", "-66 000", "-1 800"),
            ("Anropsstyrd trafik", "-18 400", "-17 900", "500"),
            ("Administration", "-12 800", "-11 400", "1 400"),
            ("Resultat", "0", "-2 600", "-2 600"),
        ),
        widths=(160.0, 80.0, 80.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="narrow-bold", after=2),
        Title("Norrbottens läns kollektivtrafikmyndighet", size=13, font="narrow", after=12),
        H("Uppdrag", 2),
        P(
            "Kommunalförbundet är regional kollektivtrafikmyndighet i Norrbottens län. Trafiken utförs av "
            "Länstrafiken i Norrbotten på uppdrag av förbundet och finansieras genom medlemsbidrag och "
            "biljettintäkter."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Resultatet för perioden är 3,8 mnkr, att jämföra med ett periodiserat budgeterat resultat på 0 mnkr.",
                C(
                    None,
                    "3,8 mnkr",
                    "+",
                    note="A period result against a budgeted zero: the result is the amount.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott på 2,6 mnkr mot budget.",
                C(None, "2,6 mnkr", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Skillnaden förklaras av att kostnaderna för höstens förstärkta skoltrafik faktureras först från "
                "september.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason in a sentence of its own: amount null.",
                ),
            ),
        ),
        table,
        P(
            "Biljettintäkterna beräknas bli 6,1 mnkr lägre än budgeterat. Resandet har inte återhämtat sig i den takt "
            "som antogs i budgeten, och fler resenärer använder det subventionerade ungdomskortet.",
            C("Biljettintäkter", "6,1 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Busstrafikens kostnader blir 3,4 mnkr lägre än budget eftersom indexuppräkningen av trafikavtalen blev "
            "lägre än vad som antogs.",
            C("Trafikkostnader busstrafik", "3,4 mnkr", "+", "prisokningar"),
        ),
        P(
            "För tågtrafiken väntas en merkostnad på 1,8 mnkr, till följd av ersättningsbussar under banarbetet "
            "mellan Luleå och Boden i juni.",
            C("Trafikkostnader tåg", "1,8 mnkr", "-", "ovrigt", note="Track works: ovrigt."),
        ),
        P(
            "Den anropsstyrda trafiken visar ett överskott om 0,5 mnkr, då färre resor har beställts än beräknat, "
            "och administrationen ett överskott om 1,4 mnkr genom en vakant tjänst som trafikplanerare.",
            C(
                "Anropsstyrd trafik",
                "0,5 mnkr",
                "+",
                "volymer",
                note="Two areas with their own amounts and reasons in one sentence: two items.",
                also=(C("Administration", "1,4 mnkr", "+", "vakanser"),),
            ),
        ),
        P("Medlemsbidragen följer budget.", BP("Medlemsbidrag")),
        H("Jämfört med tertialrapporten", 2),
        P(
            "Prognosen är 1,2 mnkr bättre än i tertialrapporten, främst tack vare den lägre indexuppräkningen.",
            F(None, "1,2 mnkr", "+", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 24,0 mnkr för nya biljettautomater och realtidsskyltar beräknas 9,5 mnkr "
            "användas under 2025. Resten skjuts till 2026, eftersom leveranserna är försenade.",
            C(
                "Investeringar",
                "investeringsbudgeten på 24,0 mnkr för nya biljettautomater och realtidsskyltar beräknas 9,5 mnkr",
                "+",
                "periodisering",
                value=14_500_000,
                note="Under-spending of 14,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat om en kampanj för att öka resandet under hösten, som väntas ge 0,8 mnkr i ökade "
            "biljettintäkter.",
            A("Biljettintäkter", "0,8 mnkr", "avgifter_intakter"),
        ),
        H("Eget kapital och resande", 2),
        P(
            "Förbundets egna kapital uppgår till 18,3 mnkr och täcker det prognostiserade underskottet.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        P(
            "Antalet resor under januari–augusti var 5,9 miljoner, 3 procent fler än samma period 2024, vilket beror "
            "på fler resor med stadsbussarna i Luleå.",
            O(None, "volymer", note="Journeys against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="norrbottens-lans-kollektivtrafikmyndighet-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Norrbottens läns kollektivtrafikmyndighet",
                "Kommunalförbundet Norrbottens läns kollektivtrafikmyndighet",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Norrbottens läns kollektivtrafikmyndighet",
            "author": "Norrbottens läns kollektivtrafikmyndighet",
        },
        style=style,
        blocks=blocks,
    )
