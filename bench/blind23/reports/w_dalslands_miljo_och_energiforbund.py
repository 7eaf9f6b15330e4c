"""Dalslands miljö- och energiförbund (kommunalförbund), Förbundsdirektionen, delårsrapport januari–juni 2025.

An environmental-health and energy-advice kommunalförbund's half-year report in tkr, footer with the
direktion's meeting date in August: the period's result "612 tkr, att jämföra med ett budgeterat
nollresultat" and the full year's "underskott på 150 tkr mot budget" in two sentences (two items), the
period's reason in a paragraph of its own (amount null); a kostnadsslag table with costs and revenue both
written as positive figures and "Diff = prognos − budget", so that "−380" for personnel is a surplus and
"+40" for premises a deficit while "−260" for fees is a shortfall; bold run-in kostnadsslag with a full stop:
fees "260 tkr lägre än budgeterat" after two closures, personnel "understiga budget med 380 tkr" with a
vacancy and a hired consultant, energy advice that will "gå back med 230 tkr" after a lower state grant,
premises with a reason only (the table row's "+40") and member contributions that "följer budget"
(boilerplate); the change since April with its cause, an action with its effect, equity and the number of
inspections against last year (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Dalslands miljö- och energiförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsdirektionen 2025-08-28", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr (Diff = prognos − budget)",
        header=(("", "Budget 2025", "Utfall jan–jun", "Prognos 2025", "Diff"),),
        rows=(
            ("Avgiftsintäkter", "5 840", "3 910", "5 580", "−260"),
            ("Medlemsbidrag", "9 200", "4 600", "9 200", "0"),
            ("Bidrag energi- och klimatrådgivning", "1 050", "410", "820", "−230"),
            ("Personalkostnader", "12 400", "6 210", "12 020", "−380"),
            ("Lokalkostnader", "1 310", "680", "1 350", "+40"),
            ("Övriga kostnader", "2 380", "1 418", "2 380", "0"),
            ("Resultat", "0", "612", "−150", "−150"),
        ),
        widths=(172.0, 66.0, 74.0, 70.0, 48.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–juni 2025", size=18, font="arial-bold", after=2),
        Title("Dalslands miljö- och energiförbund", size=12, font="arial", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Förbundet utövar tillsyn enligt miljöbalken och livsmedelslagstiftningen och ger energi- och "
            "klimatrådgivning åt invånare och företag i medlemskommunerna Bengtsfors, Dals-Ed, Färgelanda, "
            "Mellerud och Åmål."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Resultatet för januari–juni uppgår till 612 tkr, att jämföra med ett budgeterat nollresultat "
                "för perioden.",
                C(
                    None,
                    "612 tkr",
                    "+",
                    note="The period's result against a zero budget: the result is the deviation.",
                ),
            ),
            (
                "För helåret prognostiseras ett underskott på 150 tkr mot budget.",
                C(None, "150 tkr", "-", note="The full year in the next sentence: its own item."),
            ),
        ),
        P(
            "Det positiva halvårsresultatet beror på att årsavgifterna för tillsyn faktureras under våren, medan "
            "kostnaderna fördelas jämnt över året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "avgifter_intakter",
                note="The period result's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen per april har helårsprognosen sänkts med 150 tkr, i huvudsak på grund av "
            "att två livsmedelsföretag i Åmål har lagt ned sin verksamhet.",
            F(None, "150 tkr", "-", "avgifter_intakter"),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Avgiftsintäkter.",
            "Intäkterna från timavgifter inom livsmedelskontrollen väntas bli 260 tkr lägre än budgeterat, "
            "eftersom två större livsmedelsföretag i Åmål har upphört.",
            C(
                "Avgiftsintäkter",
                "260 tkr",
                "-",
                "avgifter_intakter",
                note="Revenue below budget: negative.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna beräknas understiga budget med 380 tkr, främst därför att en inspektörstjänst "
            "var vakant under våren. En del av utrymmet används till en inhyrd konsult för inventeringen av "
            "enskilda avlopp.",
            C(
                "Personalkostnader",
                "380 tkr",
                "+",
                "vakanser",
                "inhyrd_personal",
                note="A surplus (−380 in a table where + means more).",
            ),
        ),
        LP(
            "Energi- och klimatrådgivning.",
            "Bidraget från Energimyndigheten har sänkts för 2025, och verksamheten beräknas därför gå back med "
            "230 tkr.",
            C("Energi- och klimatrådgivning", "230 tkr", "-", "statsbidrag"),
        ),
        LP(
            "Lokalkostnader.",
            "Hyran för kontoret i Mellerud har räknats upp med konsumentprisindex, som blev högre än budgeten "
            "förutsatte.",
            C(
                "Lokalkostnader",
                "+40",
                "-",
                "lokaler",
                "prisokningar",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell (+ = a cost over budget here).",
            ),
        ),
        LP(
            "Medlemsbidrag.",
            "Medlemsbidragen följer budget.",
            BP("Medlemsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att höja timavgiften för offentlig kontroll från den 1 september, vilket "
            "beräknas ge 90 tkr under resten av året.",
            A("Avgiftsintäkter", "90 tkr", "avgifter_intakter"),
        ),
        H("Eget kapital och verksamhetsmått", 2),
        P(
            "Förbundets egna kapital uppgick till 1 940 tkr den 30 juni och räcker för att täcka årets "
            "prognostiserade underskott.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        P(
            "Under första halvåret genomfördes 312 tillsynsbesök, jämfört med 287 under samma period 2024.",
            O(None, "volymer", note="Inspections against the previous year."),
        ),
    ]
    return ReportSpec(
        file="dalslands-miljo-och-energiforbund-delarsrapport-2025-06.pdf",
        report={
            "municipality": [
                "Dalslands miljö- och energiförbund",
                "Kommunalförbundet Dalslands miljö- och energiförbund",
                "DMEF",
            ],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025-06"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Dalslands miljö- och energiförbund",
            "author": "Dalslands miljö- och energiförbund",
        },
        style=style,
        blocks=blocks,
    )
