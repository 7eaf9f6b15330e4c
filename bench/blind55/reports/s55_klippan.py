"""Klippans kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr set in a serif face, footer with the fullmäktige's meeting date in
October: the full year "9,4 mnkr lägre än det budgeterade resultatet" after two levels, the period "14,5 mnkr
bättre än periodiserad budget" with its reason in a sentence of its own, one sentence splitting the full year
into the nämnder's "underskott mot budget på 21,7 mnkr" and the finance function's "överskott på 12,3 mnkr"
(two items); a table per nämnd with en-dash minus signs; en-dash bullets under a generic heading
("Ekonomikontorets kommentar") in varied shapes: "beräknas överskrida budget med 1,2 mnkr", a possessive
"Barn- och utbildningsnämndens underskott på 8,6 mnkr", a colon "Socialnämnden: prognosen visar ett underskott
om 14,9 mnkr" with a "varav" part, "lämnar ett överskott på 1,6 mnkr", "drygt en miljon kronor bättre än
budget" in words after "För", "bedöms hålla budget" (boilerplate); tax revenue in one sentence and pensions and
the finance net as a "respektive" pair in the next; the change since April with its cause; investments "25,4
mnkr lägre än budget" and a project "2,3 mnkr dyrare än projektbudgeten"; an action with its effect, the
balanskrav and a risk (others). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Klippans kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27, § 94", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd, helårsprognos 2025 (mnkr)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "142,8", "144,0", "–1,2"),
            ("Barn- och utbildningsnämnden", "512,4", "521,0", "–8,6"),
            ("Socialnämnden", "468,9", "483,8", "–14,9"),
            ("Samhällsbyggnadsnämnden", "61,7", "60,1", "1,6"),
            ("Miljö- och byggnadsnämnden", "9,8", "8,7", "1,1"),
            ("Kultur- och fritidsnämnden", "38,5", "38,2", "0,3"),
            ("Summa nämnder", "1 234,1", "1 255,8", "–21,7"),
            ("Finansförvaltningen", "", "", "12,3"),
            ("Totalt", "", "", "–9,4"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=2),
        Title("Klippans kommun", size=13, font="times", after=14),
        H("Ekonomisk översikt", 1),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 41,2 mnkr. Helårsprognosen är 18,6 mnkr, "
            "vilket är 9,4 mnkr lägre än det budgeterade resultatet på 28,0 mnkr.",
            C(None, "9,4 mnkr", "-", note="The full-year result against budget, between two levels."),
        ),
        P(
            "Periodens resultat är 14,5 mnkr bättre än periodiserad budget. Det förklaras främst av att "
            "semesterlöneskulden minskar under sommaren, vilket inte har periodiserats i budgeten.",
            C(
                None,
                "14,5 mnkr",
                "+",
                "lonekostnader",
                "periodisering",
                note="The period in a paragraph of its own, with its reason in the next sentence: one item.",
            ),
        ),
        P(
            "Nämnderna redovisar sammantaget ett underskott mot budget på 21,7 mnkr, medan finansförvaltningen "
            "beräknas ge ett överskott på 12,3 mnkr.",
            C(
                "Nämnderna",
                "21,7 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "12,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Ekonomikontorets kommentar", 2),
        Bullets(
            items=(
                "Kommunstyrelsen beräknas överskrida budget med 1,2 mnkr, främst på grund av högre kostnader för "
                "licenser när det nya ärendehanteringssystemet införs.",
                "Barn- och utbildningsnämndens underskott på 8,6 mnkr förklaras av fler elever i grundsärskolan och "
                "ökade kostnader för skolskjuts sedan den nya upphandlingen trädde i kraft i januari.",
                "Socialnämnden: prognosen visar ett underskott om 14,9 mnkr. Placeringar av barn och unga på HVB och "
                "höga kostnader för inhyrda sjuksköterskor inom hemsjukvården driver underskottet, varav "
                "placeringarna svarar för 9,2 mnkr.",
                "Samhällsbyggnadsnämnden lämnar ett överskott på 1,6 mnkr tack vare högre intäkter från "
                "exploateringsavtal och lägre kapitalkostnader när flera investeringar har försenats.",
                "För miljö- och byggnadsnämnden blir utfallet drygt en miljon kronor bättre än budget, eftersom två "
                "tjänster som miljöinspektör har stått vakanta under våren.",
                "Kultur- och fritidsnämnden bedöms hålla budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,2 mnkr", "-", "it_digitalisering"),
                C(
                    "Barn- och utbildningsnämnden",
                    "8,6 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive names the area; a dearer transport contract is prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "14,9 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "inhyrd_personal",
                    note="A 'varav' part (9,2 mnkr) is not the amount.",
                ),
                C("Samhällsbyggnadsnämnden", "1,6 mnkr", "+", "avgifter_intakter", "periodisering"),
                C(
                    "Miljö- och byggnadsnämnden",
                    "drygt en miljon kronor",
                    "+",
                    "vakanser",
                    value=1_000_000,
                    note="An amount in words after 'För': the stated figure (the table says 1,1).",
                ),
                BP("Kultur- och fritidsnämnden", note="0,3 in the table."),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna och de generella statsbidragen beräknas bli 7,8 mnkr högre än budget enligt SKR:s "
                "augustiprognos.",
                C("Skatteintäkter och generella statsbidrag", "7,8 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 3,1 respektive 1,4 mnkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "3,1",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "1,4 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Jämfört med prognosen i april har resultatet försämrats med 4,2 mnkr, främst på grund av "
            "socialnämndens ökade kostnader för placeringar.",
            F(None, "4,2 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten för 2025 uppgår till 96,4 mnkr och prognosen för helåret är 71,0 mnkr, det "
                "vill säga 25,4 mnkr lägre än budget. Den största avvikelsen finns i ombyggnaden av Vinstorpsskolan, "
                "där upphandlingen har överprövats och byggstarten flyttats till 2026.",
                C("Investeringar", "25,4 mnkr", "+", "periodisering"),
            ),
            (
                "Projektet Ljungbyheds nya förskola bedöms däremot bli 2,3 mnkr dyrare än projektbudgeten, eftersom "
                "markföroreningar upptäcktes vid schaktningen.",
                C("Ljungbyheds nya förskola", "2,3 mnkr", "-", "ovrigt", note="A project overrun: negative."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har tagit fram en handlingsplan som beräknas minska kostnaderna med 3,0 mnkr under "
            "hösten, bland annat genom att fler placeringar ersätts med egen öppenvård på hemmaplan.",
            A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet"),
        ),
        H("Balanskrav och risker", 2),
        P(
            "Balanskravsresultatet beräknas till 16,9 mnkr och kommunen uppfyller därmed balanskravet för 2025.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Prognosen för försörjningsstöd är osäker, eftersom antalet hushåll med behov av stöd har ökat under "
            "sommaren.",
            O("Socialnämnden", "ekonomiskt_bistand", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="klippan-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Klippan",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Klippans kommun"},
        style=style,
        blocks=blocks,
    )
