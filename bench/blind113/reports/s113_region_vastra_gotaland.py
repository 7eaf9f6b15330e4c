"""Västra Götalandsregionen, Styrelsen för Folktandvården, månadsrapport april 2026.

A region's dental-care month report in "mnkr", footer with the styrelse's meeting date in May: the period "9,8
mnkr lägre än budget för perioden" (a result below budget: negative) and the full year as two levels ("18 mnkr
mot ett budgeterat resultat på 45 mnkr", 27 never written out); a result table with en-dash minus signs and
the full year's deviation before the period's; a heading that carries the area and its amount ("Patientintäkter
–62 mnkr"); "blir 12 mnkr högre än budgeterat" for revenue, a reason-only personnel surplus "både för perioden
och för helåret" (the row's full-year "34"), bought dental technique "överstiger budget med 16 mnkr" with a
price percentage that is not the amount, two kostnadsslag as a "respektive" pair ("med 6 och 2 mnkr"), other
costs "13 mnkr lägre än budget" from a delayed IT project; the change since March with a "varav" (one forecast
change); an action with its full-year effect, access against last year and equity (others). Liberation Sans
(Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen  Folktandvården", "Månadsrapport april 2026"),
        footer=lambda n, m: ("Styrelsen för Folktandvården 2026-05-21", "FTV 2026-00311", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, mnkr",
        header=(("", "Budget helår", "Prognos helår", "Avvikelse helår", "Avvikelse jan–apr"),),
        rows=(
            ("Patientintäkter", "2 530", "2 468", "–62", "–25,6"),
            ("Ersättning barn- och ungdomstandvård", "1 196", "1 208", "12", "3,6"),
            ("Personalkostnader", "–2 270", "–2 236", "34", "17,3"),
            ("Köpt tandteknik", "–246", "–262", "–16", "–6,5"),
            ("Material och läkemedel", "–208", "–214", "–6", "–1,7"),
            ("Lokalkostnader", "–305", "–307", "–2", "–0,6"),
            ("Övriga kostnader", "–652", "–639", "13", "3,7"),
            ("Resultat", "45", "18", "–27", "–9,8"),
        ),
        widths=(180.0, 66.0, 70.0, 74.0, 78.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=8.0,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsrapport april 2026", size=19, font="arial-bold", after=2),
        Title("Folktandvården Västra Götaland", size=12, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Folktandvårdens resultat för januari–april är 14,6 mnkr, vilket är 9,8 mnkr lägre än budget för "
            "perioden.",
            C(None, "9,8 mnkr", "-", note="A result below the period's budget: negative."),
        ),
        P(
            "Helårsprognosen är ett resultat på 18 mnkr mot ett budgeterat resultat på 45 mnkr.",
            C(
                None,
                "18 mnkr mot ett budgeterat resultat på 45 mnkr",
                "-",
                value=27_000_000,
                note="Two levels, the 27 mnkr never written out: the computed value.",
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        HP(
            "Patientintäkter –62 mnkr",
            "Antalet behandlade vuxna patienter är lägre än planerat, framför allt i Göteborg och Borås där flera "
            "kliniker har haft vakanta tandläkartjänster under hela våren. Färre undersökningar och behandlingar ger "
            "lägre intäkter.",
            C(
                "Patientintäkter",
                "–62 mnkr",
                "-",
                "volymer",
                "vakanser",
                "avgifter_intakter",
                note="The heading carries the area and its amount.",
            ),
        ),
        P(
            "Ersättningen för barn- och ungdomstandvård blir 12 mnkr högre än budgeterat, eftersom fler barn än "
            "beräknat har listat sig hos Folktandvården.",
            C("Ersättning barn- och ungdomstandvård", "12 mnkr", "+", "volymer"),
        ),
        P(
            "Personalkostnaderna ligger under budget, både för perioden och för helåret, till följd av vakanser "
            "bland tandläkare och tandhygienister. Bristen på personal har delvis ersatts med övertid.",
            C(
                "Personalkostnader",
                "34",
                "+",
                "vakanser",
                "overtid",
                unit="mnkr",
                table=True,
                note="Reason only, period and full year: the row's full-year cell.",
            ),
        ),
        P(
            "Köpen av tandteknik från externa laboratorier överstiger budget med 16 mnkr, då fler protetiska "
            "behandlingar har utförts och laboratorierna höjde sina priser med 6 procent från januari.",
            C(
                "Köpt tandteknik",
                "16 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="The price percentage is not the amount.",
            ),
        ),
        P(
            "Material och läkemedel respektive lokalkostnaderna beräknas överskrida budget med 6 och 2 mnkr, "
            "främst till följd av prisökningar hos leverantörerna.",
            C(
                "Material och läkemedel",
                "6",
                "-",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair: two items, same text.",
                also=(C("Lokalkostnader", "2 mnkr", "-", "prisokningar"),),
            ),
        ),
        P(
            "Övriga kostnader blir 13 mnkr lägre än budget då införandet av ett nytt journalsystem har skjutits "
            "till 2027.",
            C("Övriga kostnader", "13 mnkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Jämfört med föregående prognos", 2),
        P(
            "Prognosen är 8 mnkr sämre än i marsrapporten, varav 5 mnkr avser lägre patientintäkter.",
            F(None, "8 mnkr", "-", "avgifter_intakter", note="'Varav' a part: one item with the total."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har gett förvaltningen i uppdrag att ta fram en handlingsplan som ska förbättra resultatet "
            "med 20 mnkr på helårsbasis, bland annat genom en översyn av öppettider och en samordning av klinikerna "
            "i västra Hisingen.",
            A(None, "20 mnkr", "omstallning"),
        ),
        H("Tillgänglighet och ekonomisk ställning", 2),
        P(
            "Andelen vuxna revisionspatienter som har undersökts inom avsatt tid är 78 procent, jämfört med 83 "
            "procent vid samma tid 2025.",
            O(None, "volymer", note="Against the previous year."),
        ),
        P(
            "Folktandvårdens egna kapital uppgår vid utgången av april till 212 mnkr.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-folktandvarden-manadsrapport-2026-04.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Folktandvården", "Folktandvården"],
            "period": ["2026-04"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport april 2026 Folktandvården", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
