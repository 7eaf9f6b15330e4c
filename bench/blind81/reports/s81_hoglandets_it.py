"""Höglandets IT (the Höglandet kommuners joint IT organisation), IT-nämnden, budgetuppföljning januari–maj 2026.

A joint body's month follow-up in Liberation Sans Narrow, footer with the nämnd's meeting date in June: the
period "överskott på 940 tkr mot periodiserad budget" and the full year "underskott på 1 600 tkr" with a
percentage of the turnover beside it in two sentences (two causes), the period's timing reason apart (amount
null); a kostnadsslag table in tkr with en-dash minus signs; bold run-in leads that carry the kostnadsslag and
amount ("Licenser och programvaror –2 200 tkr.") in varied shapes, one "Avskrivningarna följer budget"
(boilerplate) beside a row of 100; investments whose frame "väntas användas fullt ut" (boilerplate) and a
project "0,8 mnkr dyrare än planerat" with its financing in the same sentence; a worsening since March with
its cause, an action with an effect, and the cost sharing among the kommuner (other). Liberation Sans
Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Höglandets IT", "Budgetuppföljning januari–maj 2026"),
        footer=lambda n, m: ("IT-nämnden 2026-06-12", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter från medlemskommunerna", "98 400", "98 400", "0"),
            ("Övriga intäkter", "6 200", "7 050", "850"),
            ("Personalkostnader", "–54 300", "–55 550", "–1 250"),
            ("Licenser och programvaror", "–28 900", "–31 100", "–2 200"),
            ("Konsulttjänster", "–6 800", "–5 900", "900"),
            ("Lokalkostnader", "–3 900", "–3 900", "0"),
            ("Avskrivningar", "–10 700", "–10 600", "100"),
            ("Resultat", "0", "–1 600", "–1 600"),
        ),
        widths=(180.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Budgetuppföljning januari–maj 2026", size=18, font="narrow-bold", after=2),
        Title("Höglandets IT", size=12.5, font="narrow", after=12),
        H("Ekonomiskt läge", 1),
        PS(
            (
                "Höglandets IT redovisar efter maj ett överskott på 940 tkr mot periodiserad budget.",
                C(None, "940 tkr", "+", note="The period in a sentence of its own."),
            ),
            (
                "Prognosen för helåret är ett underskott på 1 600 tkr, motsvarande 1,4 procent av omslutningen.",
                C(None, "1 600 tkr", "-", note="A percentage of the turnover beside it is not the amount."),
            ),
        ),
        P(
            "Periodens överskott är tillfälligt och förklaras av att flera licensavtal faktureras först under hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "it_digitalisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Prognosen har försämrats med 450 tkr sedan mars på grund av det nya licensavtalet för kontorsprogram.",
            F(None, "450 tkr", "-", "it_digitalisering"),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Licenser och programvaror –2 200 tkr.",
            "Leverantören av kommunernas e-postplattform och kontorsprogram har höjt priserna med elva procent från "
            "årsskiftet, och flera avtal räknas upp med växelkursen.",
            C(
                "Licenser och programvaror",
                "–2 200 tkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                note="A run-in lead that carries the amount is part of the item.",
            ),
        ),
        LP(
            "Personalkostnader –1 250 tkr.",
            "Två tjänster inom drift har tillsatts tidigare än planerat för att ersätta konsulter, och "
            "jourersättningen har ökat efter det nya avtalet om beredskap.",
            C("Personalkostnader", "–1 250 tkr", "-", "periodisering", "lonekostnader"),
        ),
        LP(
            "Konsulttjänster +900 tkr.",
            "Behovet av inhyrda konsulter har minskat när tjänsterna inom drift har tillsatts.",
            C("Konsulttjänster", "+900 tkr", "+", "inhyrd_personal"),
        ),
        LP(
            "Övriga intäkter +850 tkr.",
            "Försäljningen av datorer och mobiltelefoner till de kommunala bolagen har blivit större än beräknat.",
            C("Övriga intäkter", "+850 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Avskrivningar.",
            "Avskrivningarna följer budget.",
            BP("Avskrivningar", note="'Följer budget' beside a row of 100: boilerplate."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 12,5 mnkr väntas användas fullt ut.",
            BP("Investeringar", note="A frame used in full: boilerplate."),
        ),
        P(
            "Utbytet av nätverksutrustning i skolorna blir 0,8 mnkr dyrare än planerat, vilket ryms genom att "
            "utbytet av servrar skjuts upp till 2027.",
            C(
                "Utbyte av nätverksutrustning",
                "0,8 mnkr",
                "-",
                note="A project overrun with its financing in the same sentence: one cause, no reason given.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "IT-chefen har fått i uppdrag att omförhandla licensavtalen och pröva om färre licenser kan användas, "
            "med en beräknad effekt om 600 tkr för helåret.",
            A("Licenser och programvaror", "600 tkr", "it_digitalisering"),
        ),
        H("Fördelning av resultatet", 2),
        P(
            "Ett underskott vid årets slut fördelas enligt samverkansavtalet på kommunerna efter deras andel av "
            "debiteringen.",
            O(None, note="How a deficit is financed: other."),
        ),
    ]
    return ReportSpec(
        file="hoglandets-it-budgetuppfoljning-2026-05.pdf",
        report={
            "municipality": ["Höglandets IT", "Höglandets IT-nämnd"],
            "committee": ["IT-nämnden", "Höglandets IT-nämnd", "Gemensamma IT-nämnden"],
            "period": ["2026-05"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning januari–maj 2026 Höglandets IT", "author": "Höglandets IT"},
        style=style,
        blocks=blocks,
    )
