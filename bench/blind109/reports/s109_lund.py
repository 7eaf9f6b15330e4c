"""Lunds kommun, Vård- och omsorgsnämnden, verksamhetsberättelse och bokslut 2025.

An elderly-care committee's year-end report in mnkr with en dashes as minus signs, footer with the date the
nämnd adopted it in February: the result "–18,7 mnkr i förhållande till kommunbidraget", the outcome against
the interim forecast with its cause (a forecast change), net cost growth against 2024 (other); a table whose
last column is each row's comment (reasons without amounts, each taking its row's cell: "–12,3", "–7,1",
"2,6", "–3,2", "1,7"), one "i nivå med budget" beside "–0,4" (boilerplate) and a sum row with no comment; the
deficit explained again by kostnadsslag: personnel costs and fee revenue as two items of one sentence
("medan"), bought home care in the next; an action with its effect; investments "4,1 mnkr mot en budget på 7,5
mnkr" (3,4 never written out); the deficit's restoration against equity (other). Liberation Serif (Times
metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr, en dash as minus)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Lunds kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Fastställd av nämnden 2026-02-11", f"{n}/{m}"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "412,6", "424,9", "–12,3"),
                "Antalet beviljade hemtjänsttimmar har ökat med 9 procent och sjukfrånvaron har varit hög, vilket "
                "lett till många timvikarier och mycket övertid.",
                C(
                    "Hemtjänst",
                    "–12,3",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    "overtid",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Särskilt boende", "688,1", "695,2", "–7,1"),
                "Två avdelningar på Solrosens vård- och omsorgsboende hölls öppna som evakueringsplatser under "
                "renoveringen av Lindgården, vilket gav dubbla lokalkostnader.",
                C("Särskilt boende", "–7,1", "-", "lokaler", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Hemsjukvård", "214,0", "211,4", "2,6"),
                "Flera sjukskötersketjänster har varit vakanta under året.",
                C("Hemsjukvård", "2,6", "+", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Korttidsvård", "58,3", "61,5", "–3,2"),
                "Fler utskrivningsklara patienter från sjukhuset än vad budgeten räknade med.",
                C("Korttidsvård", "–3,2", "-", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Myndighetsutövning", "39,7", "38,0", "1,7"),
                "Lägre personalkostnader efter omorganisationen av biståndshandläggningen i april.",
                C("Myndighetsutövning", "1,7", "+", "omstallning", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Nämnd och administration", "26,4", "26,8", "–0,4"),
                "Utfallet ligger i nivå med budget.",
                BP("Nämnd och administration", note="'I nivå med budget' beside –0,4: boilerplate."),
            ),
            (("Summa", "1 439,1", "1 457,8", "–18,7"), "", None),
        ),
        widths=(120.0, 46.0, 46.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse och bokslut 2025", size=18, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="times", after=12),
        H("Ekonomiskt utfall", 2),
        P(
            "Vård- och omsorgsnämnden redovisar för 2025 ett resultat på –18,7 mnkr i förhållande till "
            "kommunbidraget.",
            C(None, "–18,7 mnkr", "-"),
        ),
        P(
            "Utfallet blev 3,4 mnkr bättre än prognosen i delårsrapporten per augusti. Förbättringen beror främst "
            "på att fler tillfälliga platser på korttidsboende kunde avvecklas under hösten än planerat.",
            F(None, "3,4 mnkr", "+", "omstallning", note="The outcome against the interim forecast."),
        ),
        P(
            "Nämndens nettokostnader ökade med 5,8 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year."),
        ),
        comments,
        H("Avvikelser per kostnadsslag", 2),
        PS(
            (
                "Personalkostnaderna överskred budget med 14,2 mnkr, medan intäkterna från omvårdnadsavgifter "
                "blev 2,9 mnkr högre än budgeterat.",
                C(
                    "Personalkostnader",
                    "14,2 mnkr",
                    "-",
                    note="Two kostnadsslag in one sentence: split. The deficit explained again.",
                    also=(C("Omvårdnadsavgifter", "2,9 mnkr", "+", "avgifter_intakter"),),
                ),
            ),
            (
                "Köp av hemtjänst från externa utförare kostade 6,8 mnkr mer än beräknat.",
                C("Köp av verksamhet", "6,8 mnkr", "-", "kopt_verksamhet"),
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Nämnden beslutade i maj om en åtgärdsplan för hemtjänsten med ny planering av turerna och stopp för "
            "övertid utan chefs godkännande. Åtgärderna bedöms ha minskat kostnaderna med cirka 2 mnkr under "
            "andra halvåret.",
            A("Hemtjänst", "cirka 2 mnkr", "bemanning", "overtid"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 4,1 mnkr mot en budget på 7,5 mnkr. Inköpet av nya trygghetslarm till de "
            "särskilda boendena har senarelagts till 2026 efter en överprövad upphandling.",
            C(
                "Investeringar",
                "4,1 mnkr mot en budget på 7,5 mnkr",
                "+",
                "periodisering",
                value=3_400_000,
                note="Investment under-spending of 3,4 mnkr, never written out: the computed value.",
            ),
        ),
        H("Ekonomi i balans", 2),
        P(
            "Nämnden har begärt att årets underskott inte ska återställas mot nämndens eget kapital under 2026.",
            O(None, note="Equity and restoration: other."),
        ),
    ]
    return ReportSpec(
        file="lund-von-bokslut-2025.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Verksamhetsberättelse och bokslut 2025", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
