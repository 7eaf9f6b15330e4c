"""Västerviks kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee (elderly care, individ- och familjeomsorg, funktionsstöd) in its first tertial report,
header with the förvaltning's name and the letter date in May, set in DejaVu Sans Condensed 9.5 pt: the
period "2,6 mkr sämre än periodiserad budget" and the full year "ett underskott på 9,8 mkr" with where it lies
in two sentences (two items); a table in tkr whose deficits are a hyphen-minus set apart by a space ("- 8
400"); then two columns of plain headings: elderly care with a volume against last year (other) before
"landar 3,9 mkr över budget" in the same paragraph, placements "överstiger budget med 8 400 tkr" followed by
the change since February (its own item), a reason-only surplus from assistance moved to Försäkringskassan
(the row's "1 450"), "följer budget" (boilerplate), försörjningsstöd "blir lägre än budgeterat, 850 tkr" and
a small surplus "200 tkr" after a comma; after the columns an action plan, investments with the budget level
in a sentence of its own and "1,6 mkr inte kommer att användas", and sick pay against 2025 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Västerviks kommun – Socialförvaltningen", "2026-05-12"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhetsområde, tkr",
        header=(("Verksamhetsområde", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "12 400", "12 200", "200"),
            ("Äldreomsorg", "412 600", "416 500", "- 3 900"),
            ("Individ- och familjeomsorg", "96 300", "104 700", "- 8 400"),
            ("Funktionsstöd", "188 900", "187 450", "1 450"),
            ("Socialpsykiatri", "31 200", "31 200", "0"),
            ("Arbetsmarknad och försörjningsstöd", "54 700", "53 850", "850"),
            ("Summa", "796 100", "805 900", "- 9 800"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="cond-bold", after=2),
        Title("Socialnämnden", size=13, font="cond", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Socialnämnden redovisar för januari–april ett resultat som är 2,6 mkr sämre än periodiserad budget.",
                C(None, "2,6 mkr", "-", note="The period, in a sentence of its own."),
            ),
            (
                "Helårsprognosen visar ett underskott på 9,8 mkr. Underskottet finns framför allt inom individ- och "
                "familjeomsorgen och äldreomsorgen.",
                C(None, "9,8 mkr", "-", note="The full year with where it lies: one item."),
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Columns(2),
        H("Äldreomsorg", 3),
        PS(
            (
                "Antalet personer med hemtjänst är 6 procent fler än i april förra året.",
                O("Äldreomsorg", "volymer", note="A volume against last year: other."),
            ),
            (
                "Äldreomsorgen landar 3,9 mkr över budget, vilket beror på att de beviljade hemtjänsttimmarna har "
                "ökat och att nattbemanningen på två särskilda boenden har förstärkts.",
                C("Äldreomsorg", "3,9 mkr", "-", "volymer", "bemanning"),
            ),
        ),
        H("Individ- och familjeomsorg", 3),
        PS(
            (
                "Kostnaderna för placeringar överstiger budget med 8 400 tkr. Fler barn har placerats i "
                "konsulentstödda familjehem, och två ungdomar vårdas med stöd av LVU på särskilda ungdomshem.",
                C("Individ- och familjeomsorg", "8 400 tkr", "-", "kopt_verksamhet", "volymer"),
            ),
            (
                "Underskottet har ökat med 1 200 tkr sedan februariprognosen.",
                F("Individ- och familjeomsorg", "1 200 tkr", "-"),
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Två ärenden med personlig assistans har under våren övergått till assistansersättning från "
            "Försäkringskassan, och kommunens kostnader minskar därmed.",
            C(
                "Funktionsstöd",
                "1 450",
                "+",
                "ersattning_fk",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Socialpsykiatri", 3),
        P("Socialpsykiatrin följer budget.", BP("Socialpsykiatri")),
        H("Arbetsmarknad och försörjningsstöd", 3),
        P(
            "Utbetalningarna av försörjningsstöd blir lägre än budgeterat, 850 tkr, eftersom fler personer har gått "
            "vidare till anställningar med lönestöd.",
            C("Arbetsmarknad och försörjningsstöd", "850 tkr", "+", "ekonomiskt_bistand"),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Nämnd och ledning visar ett litet överskott, 200 tkr, på grund av en vakant controllertjänst.",
            C("Nämnd och ledning", "200 tkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för individ- och familjeomsorgen med fler insatser på hemmaplan "
            "och en översyn av samtliga placeringar. Effekten beräknas till 2,0 mkr på helår.",
            A("Individ- och familjeomsorg", "2,0 mkr", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        PS(
            ("Investeringsbudgeten för 2026 är 3,5 mkr.", None),
            (
                "Prognosen pekar på att 1,6 mkr inte kommer att användas, eftersom bytet av trygghetslarm i "
                "hemtjänsten skjuts till 2027.",
                C("Investeringar", "1,6 mkr", "+", "periodisering", note="An under-spend: positive."),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjuklönekostnaderna är 1,1 mkr högre än under samma period 2025, och sjukfrånvaron har ökat till 8,7 "
            "procent.",
            O(None, "sjukfranvaro", note="Sick pay against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
