"""Örebro kommun, Fritidsnämnden, månadsuppföljning mars 2026.

A leisure committee's month follow-up whose table is pasted as an image (every amount in the prose) in mnkr
with en dashes, header with the date the report was written in April: the full year "ett underskott på 3,9
mnkr … 1,4 procent av budgetramen", "Prognosen är oförändrad" (a boilerplate forecast change), the period "0,7
mnkr lägre än den periodiserade budgeten" with its timing reason after "men"; the areas named in varied ways:
after "Inom" ("Inom idrottsanläggningarna uppgår underskottet till 2,7 mnkr"), after "För" ("För baden
beräknas intäkterna bli 1,9 mnkr lägre"), a reason-only surplus whose amount lives only in the image (amount
null), an amount in words ("en halv miljon kronor"), "bedöms hamna i nivå med budget" (boilerplate) and
"blir 0,4 mnkr högre än budget"; investments used in full (boilerplate); an action with its effect, an
uncertainty and visits against last year (others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Örebro kommun  Fritidsnämnden", "2026-04-09"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "Dnr Fri 2026/214", f"Sida {n}"),
        header_size=8.0,
    )
    image = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Idrottsanläggningar", "118,4", "121,1", "–2,7"),
            ("Bad", "42,6", "44,5", "–1,9"),
            ("Fritidsgårdar", "36,2", "35,6", "0,6"),
            ("Föreningsstöd", "48,0", "48,0", "0,0"),
            ("Friluftsliv och naturområden", "14,8", "14,3", "0,5"),
            ("Gemensamt", "19,5", "19,9", "–0,4"),
            ("Summa", "279,5", "283,4", "–3,9"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="cond-bold", after=2),
        Title("Fritidsnämnden", size=12, font="cond", after=12),
        H("Ekonomisk prognos", 2),
        P(
            "Fritidsnämnden prognostiserar ett underskott på 3,9 mnkr för helåret 2026, vilket motsvarar 1,4 "
            "procent av budgetramen.",
            C(None, "3,9 mnkr", "-"),
        ),
        P("Prognosen är oförändrad jämfört med februari.", BF(None)),
        P(
            "Utfallet till och med mars visar en nettokostnad som är 0,7 mnkr lägre än den periodiserade budgeten, "
            "men det förklaras av att föreningsbidragen betalas ut först i april.",
            C(None, "0,7 mnkr", "+", "periodisering", note="The period's surplus with its timing reason."),
        ),
        image,
        H("Avvikelser per verksamhet", 2),
        P(
            "Inom idrottsanläggningarna uppgår underskottet till 2,7 mnkr. Fjärrvärme och el har blivit dyrare än "
            "budgeten räknade med, och den nya konstgräsplanen vid Ekbergsvallen har tillkommit utan att ramen "
            "räknats upp för driften.",
            C(
                "Idrottsanläggningar",
                "2,7 mnkr",
                "-",
                "prisokningar",
                "lokaler",
                note="Area after 'Inom'. Energy costs are prisokningar, a new facility's running costs lokaler.",
            ),
        ),
        P(
            "För baden beräknas intäkterna bli 1,9 mnkr lägre än budgeterat, eftersom Nordbadet har varit stängt "
            "sedan januari för byte av bassängduk.",
            C("Bad", "1,9 mnkr", "-", "avgifter_intakter", "ovrigt", note="A closure for repair is ovrigt."),
        ),
        P(
            "Fritidsgårdarna visar ett överskott. Två fritidsledartjänster har varit vakanta under första kvartalet, "
            "och helgöppet startar först i maj.",
            C(
                "Fritidsgårdar",
                None,
                "+",
                "vakanser",
                "periodisering",
                note="Reason only, the table is an image with no text layer: amount null.",
            ),
        ),
        P(
            "Friluftsliv och naturområden väntas lämna ett överskott på en halv miljon kronor, då statsbidraget för "
            "tillgängliga naturområden beviljades med ett högre belopp än budgeterat.",
            C(
                "Friluftsliv och naturområden",
                "en halv miljon kronor",
                "+",
                "statsbidrag",
                value=500_000,
                note="An amount in words.",
            ),
        ),
        P("Föreningsstödet bedöms hamna i nivå med budget.", BP("Föreningsstöd")),
        P(
            "Gemensamma kostnader blir 0,4 mnkr högre än budget till följd av licens- och införandekostnader för "
            "det nya bokningssystemet.",
            C("Gemensamt", "0,4 mnkr", "-", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 8,0 mnkr bedöms förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder och osäkerheter", 2),
        P(
            "Förvaltningen ser över öppettiderna i anläggningarna och föreslår nämnden i maj hur underskottet kan "
            "minskas med 1,5 mnkr.",
            A(None, "1,5 mnkr"),
        ),
        P(
            "Osäkerheten i prognosen är stor eftersom energipriserna under hösten är svåra att bedöma.",
            O(None, "prisokningar", note="An uncertainty."),
        ),
        P(
            "Antalet besök på fritidsgårdarna var 14 procent fler än under samma period 2025.",
            O("Fritidsgårdar", "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="orebro-fn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Fritidsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Fritidsnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
