"""Upplands Väsby kommun, Social- och äldrenämnden, månadsrapport oktober 2025.

A social and elderly-care committee's month report in "mkr", whose footer carries the report's name and page:
a result table per verksamhet with the full year's deviation and September's; the nämnd's deviation "om −11,4
mkr (−10,0 mkr i september)", the change since September with its cause; then headings that carry the
verksamhet, the deviation and September's figure in brackets ("Äldreomsorg −9,9 mkr (−8,8 mkr)"), each with a
short paragraph: a sub-area's own deviation inside the elderly-care and IFO paragraphs ("ligger 1,4 mkr över
budget", "ett överskott på 0,9 mkr"), an action sentence inside the elderly-care paragraph, a delayed LSS
opening that is partly offset by lower Försäkringskassan compensation, the unallocated buffer (other) and the
in-house provider outside the table ("Väsby stöd och omsorg +0,9 mkr (−0,1 mkr)"); investments "förbrukas
fullt ut" (boilerplate); an action plan with its full-year effect and what it has given so far, and home-care
hours against last October (other). DejaVu Sans 9.5 pt with condensed headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Upplands Väsby kommun", ""),
        footer=lambda n, m: ("Social- och äldrenämnden, Månadsrapport oktober", "", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet, helårsprognos oktober (mkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse sep"),),
        rows=(
            ("Ledning och nämnd", "24,8", "24,2", "0,6", "0,6"),
            ("Äldreomsorg", "412,3", "422,2", "-9,9", "-8,8"),
            ("Stöd för personer med funktionsnedsättning", "301,7", "300,4", "1,3", "1,6"),
            ("Individ- och familjeomsorg", "186,0", "191,0", "-5,0", "-5,2"),
            ("Ekonomiskt bistånd", "47,5", "47,9", "-0,4", "-0,2"),
            ("Buffert", "2,0", "0,0", "2,0", "2,0"),
            ("Summa verksamheter", "974,3", "985,7", "-11,4", "-10,0"),
        ),
        widths=(196.0, 60.0, 60.0, 68.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober", size=19, font="cond-bold", after=2),
        Title("Social- och äldrenämnden", size=12.5, font="sans", after=12),
        H("1 Ekonomi och verksamhet", 1),
        H("1.1 Resultat per verksamhet", 2),
        table,
        H("Kommentar till verksamhetsresultaten", 3),
        P(
            "Prognosen för helåret pekar på en negativ avvikelse mot budget om −11,4 mkr (−10,0 mkr i september).",
            C(None, "−11,4 mkr", "-", note="September's figure in brackets is not the amount."),
        ),
        P(
            "Försämringen på 1,4 mkr sedan förra månaden finns framför allt inom äldreomsorgen, där två nya "
            "kunder med mycket omfattande omsorgsbehov har tillkommit i hemtjänsten.",
            F(None, "1,4 mkr", "-", "volymer"),
        ),
        HP(
            "Ledning och nämnd +0,6 mkr (+0,6 mkr)",
            "Överskottet förklaras av en vakant controllertjänst som inte kommer att tillsättas under året.",
            C("Ledning och nämnd", "+0,6 mkr", "+", "vakanser"),
        ),
        Para(
            (
                (
                    "Hemtjänsten i egen regi har fler beviljade timmar än budgeterat och dessutom en hög "
                    "sjukfrånvaro, som i stor utsträckning täcks med timavlönade.",
                    C(
                        "Äldreomsorg",
                        "−9,9 mkr",
                        "-",
                        "volymer",
                        "sjukfranvaro",
                        "vikarier",
                        note="The heading carries the amount (September's in brackets).",
                    ),
                ),
                (
                    "Kostnaderna för korttidsplatser som köps av andra kommuner ligger 1,4 mkr över budget.",
                    C(
                        "Korttidsplatser",
                        "1,4 mkr",
                        "-",
                        "kopt_verksamhet",
                        note="A sub-area's deviation inside the area's paragraph: its own item.",
                    ),
                ),
                (
                    "Sedan september gäller ett beslut om förstärkt bemanningsplanering i hemtjänsten, som väntas "
                    "få full effekt först under 2026.",
                    A("Äldreomsorg", None, "bemanning"),
                ),
            ),
            head="Äldreomsorg −9,9 mkr (−8,8 mkr)",
        ),
        HP(
            "Stöd för personer med funktionsnedsättning +1,3 mkr (+1,6 mkr)",
            "Gruppbostaden Ekbacken öppnar i februari 2026 i stället för i november, och budgeterade "
            "uppstartskostnader faller därmed inte på i år. Ersättningen från Försäkringskassan för personlig "
            "assistans blir samtidigt lägre än beräknat, vilket minskar överskottet.",
            C(
                "Stöd för personer med funktionsnedsättning",
                "+1,3 mkr",
                "+",
                "periodisering",
                "omstallning",
                "ersattning_fk",
            ),
        ),
        Para(
            (
                (
                    "Barn- och ungdomsvården har sju fler placeringar i familjehem och HVB än vid årets början.",
                    C("Individ- och familjeomsorg", "−5,0 mkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Vuxenenheten redovisar däremot ett överskott på 0,9 mkr efter att två långa LVM-placeringar "
                    "avslutats.",
                    C(
                        "Vuxenenheten",
                        "0,9 mkr",
                        "+",
                        "kopt_verksamhet",
                        "volymer",
                        note="A sub-area's surplus inside a deficit paragraph: its own item.",
                    ),
                ),
            ),
            head="Individ- och familjeomsorg −5,0 mkr (−5,2 mkr)",
        ),
        HP(
            "Ekonomiskt bistånd −0,4 mkr (−0,2 mkr)",
            "Utbetalningarna av försörjningsstöd ligger något över budget, främst därför att fler unga vuxna "
            "saknar ersättning från arbetslöshetskassan.",
            C("Ekonomiskt bistånd", "−0,4 mkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Buffert +2,0 mkr",
            "Nämndens buffert är inte fördelad till verksamheterna och används för att täcka en del av "
            "underskottet.",
            O("Buffert", "reserver", note="An unallocated buffer: a reserve statement, other."),
        ),
        HP(
            "Väsby stöd och omsorg +0,9 mkr (−0,1 mkr)",
            "Den egna regins utförarverksamhet redovisas utanför tabellen ovan. Överskottet beror på att "
            "boendena i egen regi har haft full beläggning sedan sommaren och att schemaläggningen har "
            "anpassats bättre till de beviljade insatserna.",
            C(
                "Väsby stöd och omsorg",
                "+0,9 mkr",
                "+",
                "volymer",
                "bemanning",
                note="The in-house provider, outside the table: its own item (September's figure in brackets).",
            ),
        ),
        H("1.2 Investeringsuppföljning", 2),
        P(
            "Investeringsbudgeten på 3,2 mkr för inventarier och trygghetslarm väntas förbrukas fullt ut.",
            BP("Investeringar"),
        ),
        H("Bilaga 1: Uppföljning av åtgärdsplaner", 2),
        PS(
            (
                "Åtgärdsplanen för individ- och familjeomsorgen, med bland annat förstärkt öppenvård på hemmaplan "
                "i stället för institutionsplaceringar, beräknas ge 1,8 mkr på helår men har hittills gett 0,6 "
                "mkr.",
                A(
                    "Individ- och familjeomsorg",
                    "1,8 mkr",
                    "kopt_verksamhet",
                    note="The stated full-year effect; 0,6 is what it has given so far.",
                ),
            ),
        ),
        H("Volymer och nyckeltal", 2),
        P(
            "Antalet beviljade hemtjänsttimmar i oktober var 14 260, vilket är 8 procent fler än i oktober förra "
            "året.",
            O("Äldreomsorg", "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="upplands-vasby-saln-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Upplands Väsby",
            "committee": ["Social- och äldrenämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober Social- och äldrenämnden",
            "author": "Upplands Väsby kommun",
        },
        style=style,
        blocks=blocks,
    )
