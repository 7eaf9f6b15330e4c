"""Region Skåne, Psykiatri-, habiliterings- och hjälpmedelsnämnden, månadsrapport oktober 2025.

A region's health-care committee's month report in "miljoner kronor" with U+2212 signs, footer with the
nämnd's meeting date in November: the period "en negativ avvikelse mot periodiserad budget med 48,0
miljoner kronor" after the accumulated result, the full year "−58 miljoner kronor (−52 i september)" with
last month's figure in brackets, the change since September with its cause, a table per verksamhetsområde;
two columns of bold run-in areas with a colon: adult psychiatry "Underskottet på 31 miljoner kronor" with its
causes followed in the same paragraph by two clinics' "−14 respektive −9 miljoner kronor" (their own items),
child psychiatry "överstiger budget med 24 miljoner kronor", forensic psychiatry "Fyra miljoner kronor bättre
än budget" in words, a reason-only habilitation deficit (the row's "−3"), aids whose percentage price rise is
not the amount and "landar därför 9 miljoner kronor över budget", an undistributed buffer "ger motsvarande
överskott" (reserver); investments "17 miljoner kronor lägre än investeringsbudgeten", an action with its
effect and sick leave against last year (other). Liberation Sans (Arial) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Skåne", "Månadsrapport oktober 2025"),
        footer=lambda n, m: (
            "Psykiatri-, habiliterings- och hjälpmedelsnämnden 2025-11-20",
            "",
            f"{n}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2025, miljoner kronor (avvikelse: + bättre, − sämre än budget)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Vuxenpsykiatri", "2 114", "2 145", "−31"),
            ("Barn- och ungdomspsykiatri", "812", "836", "−24"),
            ("Rättspsykiatri", "498", "494", "+4"),
            ("Habilitering", "566", "569", "−3"),
            ("Hjälpmedel", "401", "410", "−9"),
            ("Nämnd och gemensamt", "87", "82", "+5"),
            ("Summa", "4 478", "4 536", "−58"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Psykiatri-, habiliterings- och hjälpmedelsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt läge", 1),
        P(
            "Nämndens ackumulerade resultat till och med oktober är −61,4 miljoner kronor, en negativ avvikelse mot "
            "periodiserad budget med 48,0 miljoner kronor.",
            C(None, "48,0 miljoner kronor", "-", note="The period; −61,4 is the accumulated result."),
        ),
        P(
            "Prognosen för helåret är −58 miljoner kronor (−52 i september) jämfört med budget.",
            C(None, "−58 miljoner kronor", "-", note="Last month's figure in brackets is not the amount."),
        ),
        P(
            "Försämringen med 6 miljoner kronor sedan september beror på ökade kostnader för inhyrda läkare inom "
            "barn- och ungdomspsykiatrin.",
            F(None, "6 miljoner kronor", "-", "inhyrd_personal"),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        LP(
            "Vuxenpsykiatri:",
            "Underskottet på 31 miljoner kronor förklaras av hyrläkare och hyrsjuksköterskor på de slutna "
            "avdelningarna samt av fler vårddygn i köpt heldygnsvård i andra regioner.",
            C("Vuxenpsykiatri", "31 miljoner kronor", "-", "inhyrd_personal", "kopt_verksamhet"),
            (
                "Klinik Norr och Klinik Väst redovisar −14 respektive −9 miljoner kronor.",
                C(
                    "Klinik Norr",
                    "−14",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Klinik Väst", "−9 miljoner kronor", "-"),),
                ),
            ),
        ),
        LP(
            "Barn- och ungdomspsykiatri:",
            "Kostnaderna överstiger budget med 24 miljoner kronor. Det beror på att köerna till neuropsykiatrisk "
            "utredning har köpts bort hos privata vårdgivare och på dyra hyrläkarlösningar på två mottagningar.",
            C(
                "Barn- och ungdomspsykiatri",
                "24 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "inhyrd_personal",
            ),
        ),
        LP(
            "Rättspsykiatri:",
            "Fyra miljoner kronor bättre än budget, då fler vårdplatser har sålts till andra regioner.",
            C(
                "Rättspsykiatri",
                "Fyra miljoner kronor",
                "+",
                "avgifter_intakter",
                "volymer",
                value=4_000_000,
                note="The amount in words.",
            ),
        ),
        LP(
            "Habilitering:",
            "Verksamheten redovisar ett mindre underskott som främst hänger ihop med lönerevisionen, som blev högre "
            "än den kompensation nämnden fick.",
            C(
                "Habilitering",
                "−3",
                "-",
                "lonekostnader",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Hjälpmedel:",
            "Utlåningen av hjälpmedel har ökat kraftigt, och priserna på elrullstolar och hörapparater har stigit "
            "med i genomsnitt 8 procent. Hjälpmedelsverksamheten landar därför 9 miljoner kronor över budget.",
            C(
                "Hjälpmedel",
                "9 miljoner kronor",
                "-",
                "volymer",
                "material_hjalpmedel",
                "prisokningar",
                note="The percentage price rise is not the amount.",
            ),
        ),
        LP(
            "Nämnd och gemensamt:",
            "Den centrala bufferten på 5 miljoner kronor har inte fördelats och ger motsvarande överskott.",
            C("Nämnd och gemensamt", "5 miljoner kronor", "+", "reserver", note="An undistributed buffer."),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämnden har investerat för 38 miljoner kronor hittills i år, och prognosen för helåret är 52 miljoner "
            "kronor, vilket är 17 miljoner kronor lägre än investeringsbudgeten. Ombyggnaden av en rättspsykiatrisk "
            "avdelning har försenats.",
            C("Investeringar", "17 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en plan för att fasa ut hyrläkare i barn- och ungdomspsykiatrin till sommaren "
            "2026. Effekten under 2025 bedöms till 3 miljoner kronor.",
            A("Barn- och ungdomspsykiatri", "3 miljoner kronor", "inhyrd_personal"),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron har minskat jämfört med oktober 2024, vilket beror på färre långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-skane-phhn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": ["Psykiatri-, habiliterings- och hjälpmedelsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Psykiatri-, habiliterings- och hjälpmedelsnämnden",
            "author": "Region Skåne",
        },
        style=style,
        blocks=blocks,
    )
