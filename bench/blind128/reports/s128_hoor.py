"""Höörs kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr set in Liberation Serif, footer with the fullmäktige meeting in October:
the period "11,2 mnkr bättre än det periodiserade budgeterade resultatet" and the full year "6,1 mnkr lägre än
budgeterat resultat" in separate sentences of one paragraph, the period's timing reason in a paragraph of its
own (amount null), one sentence splitting the full year into the nämnder's "underskott på 19,8 mnkr" and the
finance function's "överskott på 13,7 mnkr"; a table per nämnd with deficits in brackets ("(7,9)"); bullets
under a generic heading ("Ekonomiavdelningens kommentar") in varied shapes: "redovisar ett underskott på",
a possessive "Barn- och utbildningsnämndens prognos pekar på 7,9 mnkr över ram", "lämna ett överskott om",
"För bygg- och miljönämnden blir intäkterna … drygt två miljoner kronor lägre" (in words), "håller sin ram med
en marginal på 0,6 mnkr" and "bedöms hålla budget" beside a row of "(0,3)" (boilerplate); three finance items
in one sentence (tax revenue, pensions and an unused wage reserve); investments "46 mnkr beräknas inte
förbrukas" and a project that "beräknas överskrida projektbudgeten"; two actions, the change since the tertial
report with its cause, balanskrav and sick leave against last year with "beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=6.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Höörs kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd 2025, mnkr (negativ avvikelse inom parentes)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "97,1", "1,3"),
            ("Barn- och utbildningsnämnden", "412,6", "420,5", "(7,9)"),
            ("Vård- och omsorgsnämnden", "338,0", "349,4", "(11,4)"),
            ("Kultur- och fritidsnämnden", "41,2", "40,6", "0,6"),
            ("Bygg- och miljönämnden", "9,8", "11,9", "(2,1)"),
            ("Överförmyndare, revision och valnämnd", "4,1", "4,4", "(0,3)"),
            ("Summa nämnder", "904,1", "923,9", "(19,8)"),
            ("Finansförvaltningen", "", "", "13,7"),
            ("Total avvikelse", "", "", "(6,1)"),
        ),
        widths=(200.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=2),
        Title("Höörs kommun", size=13, font="times", after=14),
        H("Resultat och prognos", 2),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 38,6 mnkr. Det är 11,2 mnkr bättre "
                "än det periodiserade budgeterade resultatet.",
                C(None, "11,2 mnkr", "+", note="The period against the periodised budget: its own item."),
            ),
            (
                "För helåret prognostiseras ett resultat på 9,4 mnkr, vilket är 6,1 mnkr lägre än budgeterat "
                "resultat på 15,5 mnkr.",
                C(None, "6,1 mnkr", "-", note="The full year in a separate sentence: its own item."),
            ),
        ),
        P(
            "Det goda periodresultatet beror till stor del på att semesterlöneskulden är lägre efter sommaren, en "
            "effekt som försvinner under hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lonekostnader",
                note="The period surplus's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 19,8 mnkr, medan finansförvaltningen beräknas "
            "ge ett överskott på 13,7 mnkr mot budget.",
            C(
                "Nämnderna",
                "19,8 mnkr",
                "-",
                note="One sentence, two areas with their own amounts: split.",
                also=(C("Finansförvaltningen", "13,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        Para((("Ekonomiavdelningens kommentar:", None),), font="bold"),
        Bullets(
            items=(
                "Vård- och omsorgsnämnden redovisar ett underskott på 11,4 mnkr. Hemtjänsten har utfört "
                "betydligt fler timmar än budgeterat och två externa placeringar inom LSS har tillkommit under "
                "sommaren.",
                "Barn- och utbildningsnämndens prognos pekar på 7,9 mnkr över ram, främst på grund av fler "
                "elever i grundsärskolan och ökade kostnader för skolskjuts.",
                "Kommunstyrelsen beräknas lämna ett överskott om 1,3 mnkr till följd av vakanta tjänster inom "
                "HR och ekonomi.",
                "För bygg- och miljönämnden blir intäkterna från bygglov drygt två miljoner kronor lägre än "
                "budgeterat när bostadsbyggandet har avstannat.",
                "Kultur- och fritidsnämnden håller sin ram med en marginal på 0,6 mnkr.",
                "Överförmyndare, revision och valnämnd bedöms hålla budget.",
            ),
            labels=(
                C("Vård- och omsorgsnämnden", "11,4 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Barn- och utbildningsnämnden",
                    "7,9 mnkr",
                    "-",
                    "volymer",
                    note="A possessive names the area. School transport costs without a reason: no tag.",
                ),
                C("Kommunstyrelsen", "1,3 mnkr", "+", "vakanser"),
                C(
                    "Bygg- och miljönämnden",
                    "drygt två miljoner kronor",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    value=2_000_000,
                    note="Amount in words after 'För …'; the table says (2,1).",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,6 mnkr",
                    "+",
                    note="A surplus stated as a margin within the frame, no reason: a scored cause.",
                ),
                BP("Överförmyndare, revision och valnämnd", note="Boilerplate beside a table row of (0,3)."),
            ),
        ),
        H("Finansförvaltningen", 3),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 4,2 mnkr lägre än budget enligt SKR:s "
            "augustiprognos, medan pensionskostnaderna blir 3,1 mnkr lägre än budgeterat och den centrala "
            "lönereserven på 14,8 mnkr inte behöver tas i anspråk.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "4,2 mnkr",
                "-",
                note=NO_TAG + " Three finance items in one sentence.",
                also=(
                    C("Pensionskostnader", "3,1 mnkr", "+", note=NO_TAG),
                    C(
                        "Lönereserv",
                        "14,8 mnkr",
                        "+",
                        "reserver",
                        note="An unused central reserve as the reason for a surplus: reserver.",
                    ),
                ),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten för 2025 uppgår till 142 mnkr. Prognosen är 96 mnkr, så 46 mnkr beräknas "
                "inte förbrukas under året, främst eftersom ombyggnaden av Bokelundsskolan har skjutits fram.",
                C("Investeringar", "46 mnkr", "+", "periodisering"),
            ),
            (
                "Projektet Vattenverk Syd beräknas däremot överskrida projektbudgeten med 3,5 mnkr på grund av "
                "högre entreprenadpriser.",
                C("Vattenverk Syd", "3,5 mnkr", "-", "prisokningar", note="An investment project's overrun."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Vård- och omsorgsnämnden har beslutat om en handlingsplan med bland annat en översyn av "
            "schemaläggningen i hemtjänsten, som bedöms minska kostnaderna med 2,5 mnkr på helår.",
            A("Vård- och omsorgsnämnden", "2,5 mnkr", "bemanning"),
        ),
        P(
            "Kommunstyrelsen har infört anställningsprövning för samtliga förvaltningar från och med september.",
            A(None, None, "vakanser"),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen är 4,4 mnkr sämre än i tertialrapporten, vilket framför allt beror på vård- och "
            "omsorgsnämndens ökade hemtjänsttimmar.",
            F(None, "4,4 mnkr", "-", "volymer"),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet beräknas till 7,9 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Sjukfrånvaron uppgår till 7,2 procent, en minskning jämfört med samma period 2024, vilket beror på "
            "färre långa sjukfall.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hoor-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025", "author": "Höörs kommun"},
        style=style,
        blocks=blocks,
    )
