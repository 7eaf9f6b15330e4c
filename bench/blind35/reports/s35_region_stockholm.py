"""Region Stockholm, Trafiknämnden, månadsrapport maj 2026.

A region's public-transport committee's month report in "mnkr" and "miljarder kronor", header with the
förvaltning and footer with the nämnd's meeting date in June: the period "317 mnkr bättre än budget" with its
timing reasons in the next sentence (one item), the full year "ett överskott på 180 mnkr jämfört med budget, en
förbättring med 60 mnkr sedan aprilprognosen" (one sentence, a cause and a forecast change with the same text);
a result table with the full-year deviation in U+2212 minus signs ("−118"); ticket revenue as the subject
("beräknas bli 145 mnkr högre än budgeterat"), a bold run-in revenue line with a reason only (the row's "+38"),
contract costs that "överskrider budget med 118 mnkr" (index above the budgeted percentage, which is not the
amount), färdtjänst "64 mnkr dyrare än budget", a reason-only energy surplus (the row's "+22"), maintenance
"ett överskott på 48 mnkr som främst beror på tidsförskjutning", capital costs "165 mnkr lägre än budget",
personnel and other costs as a "respektive" pair with opposite signs and their reasons after "medan"; investments
"1,4 miljarder kronor lägre än budget" (an amount in miljarder); an action without an amount and a risk about
ticket revenue (other). Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "Reason only: the table row's full-year deviation (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Region Stockholm  |  Trafikförvaltningen", "Månadsrapport maj 2026"),
        footer=lambda n, m: ("Trafiknämnden 2026-06-16, ärende 7", "TN 2026-0388", f"{n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, mnkr",
        header=(
            ("", "Budget jan–maj", "Utfall jan–maj", "Budget helår", "Prognos helår", "Avvikelse helår"),
        ),
        rows=(
            ("Biljettintäkter", "3 410", "3 498", "8 320", "8 465", "+145"),
            ("Övriga intäkter", "412", "431", "1 005", "1 043", "+38"),
            ("Trafikavtal", "−9 876", "−9 925", "−24 110", "−24 228", "−118"),
            ("Färdtjänst", "−742", "−771", "−1 820", "−1 884", "−64"),
            ("Energi", "−498", "−489", "−1 190", "−1 168", "+22"),
            ("Underhåll av anläggningar", "−1 604", "−1 571", "−3 940", "−3 892", "+48"),
            ("Kapitalkostnader", "−2 950", "−2 681", "−7 080", "−6 915", "+165"),
            ("Personal och administration", "−388", "−379", "−930", "−906", "+24"),
            ("Övriga kostnader", "−523", "−555", "−1 255", "−1 335", "−80"),
            ("Regionbidrag", "12 854", "12 854", "31 000", "31 000", "0"),
            ("Resultat", "95", "412", "0", "180", "+180"),
        ),
        widths=(130.0, 66.0, 66.0, 64.0, 64.0, 76.0),
        bold_rows=frozenset({10}),
        rules=True,
        size=8.0,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=19, font="arial-bold", after=2),
        Title("Trafiknämnden", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Trafiknämnden redovisar för januari–maj ett resultat som är 317 mnkr bättre än budget. Överskottet "
            "beror delvis på att kapitalkostnaderna för de nya tunnelbanevagnarna blir lägre när leveranserna är "
            "försenade, och delvis på tidsförskjutningar i underhållet.",
            C(
                None,
                "317 mnkr",
                "+",
                "periodisering",
                note="The period with its timing reasons in the next sentence.",
            ),
        ),
        P(
            "Helårsprognosen är ett överskott på 180 mnkr jämfört med budget, en förbättring med 60 mnkr sedan "
            "aprilprognosen.",
            C(
                None,
                "180 mnkr",
                "+",
                note="The full year and the change since April in one sentence: a cause and a forecast change, "
                "same text.",
                also=(F(None, "60 mnkr", "+"),),
            ),
        ),
        table,
        H("Intäkter", 2),
        P(
            "Biljettintäkterna beräknas bli 145 mnkr högre än budgeterat. Resandet har återhämtat sig snabbare än "
            "väntat, och andelen resenärer med 30-dagarsbiljett har ökat.",
            C("Biljettintäkter", "145 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Övriga intäkter:",
            "reklamavtalet i tunnelbanan ger en högre ersättning än budgeterat efter omförhandlingen i mars.",
            C("Övriga intäkter", "+38", "+", "avgifter_intakter", unit="mnkr", table=True, note=ROW),
        ),
        H("Kostnader", 2),
        P(
            "Kostnaderna för trafikavtalen överskrider budget med 118 mnkr. Det förklaras av att indexuppräkningen "
            "i avtalen blev högre än de 2,5 procent som budgeten bygger på, och av att ersättningsbussar vid "
            "banarbetena på pendeltågslinjen inte var budgeterade.",
            C(
                "Trafikavtal",
                "118 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The budgeted index percentage is not the amount; replacement buses for track works are ovrigt.",
            ),
        ),
        P(
            "Färdtjänsten blir 64 mnkr dyrare än budget. Antalet färdtjänstresor ökar med drygt 6 procent, och det "
            "nya avtalet för taxiresor har en högre ersättning per resa.",
            C("Färdtjänst", "64 mnkr", "-", "volymer", "prisokningar"),
        ),
        LP(
            "Energi:",
            "elen till spårtrafiken har blivit billigare än budgeterat tack vare låga spotpriser under våren.",
            C("Energi", "+22", "+", "prisokningar", unit="mnkr", table=True, note=ROW),
        ),
        P(
            "Underhållet av spåranläggningarna visar ett överskott på 48 mnkr som främst beror på tidsförskjutning, "
            "eftersom flera planerade spårbyten har flyttats till hösten 2027.",
            C("Underhåll av anläggningar", "48 mnkr", "+", "periodisering"),
        ),
        P(
            "Kapitalkostnaderna blir 165 mnkr lägre än budget på grund av senarelagda leveranser av nya "
            "tunnelbanevagnar och förseningar i utbyggnaden av depån.",
            C("Kapitalkostnader", "165 mnkr", "+", "periodisering"),
        ),
        P(
            "Personal och administration samt övriga kostnader avviker med +24 respektive −80 mnkr. Vakanta "
            "tjänster inom förvaltningen ger ett överskott, medan kostnaderna för IT-konsulter i införandet av "
            "det nya biljettsystemet blir högre än planerat.",
            C(
                "Personal och administration",
                "+24",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with opposite signs: two items, same text, each with its own tags.",
                also=(C("Övriga kostnader", "−80 mnkr", "-", "it_digitalisering", "inhyrd_personal"),),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsutgifterna beräknas bli 6,8 miljarder kronor, vilket är 1,4 miljarder kronor lägre än "
                "budget. Den största avvikelsen finns i projektet för nya tunnelbanevagnar, där leverantören är "
                "försenad.",
                C(
                    "Investeringar",
                    "1,4 miljarder kronor",
                    "+",
                    "periodisering",
                    value=1_400_000_000,
                    note="Investment under-spending in miljarder; the level (6,8) is not the amount.",
                ),
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen har infört ett tillfälligt stopp för nya konsultuppdrag som inte är kopplade till "
            "pågående investeringar.",
            A("Övriga kostnader", None, "inhyrd_personal"),
        ),
        P(
            "Prognosen för biljettintäkterna är osäker, eftersom prisjusteringen den 1 juli kan påverka resandet "
            "under hösten.",
            O("Biljettintäkter", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-tn-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Trafiknämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Trafiknämnden", "author": "Region Stockholm"},
        style=style,
        blocks=blocks,
    )
