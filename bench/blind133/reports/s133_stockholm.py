"""Stockholms stad, Äldrenämnden, verksamhetsberättelse 2025.

An elderly-care committee's year-end report in mnkr, footer with the case number and the adoption in February:
the net outcome with "ett överskott jämfört med budget på 18,2 mnkr eller 1,5 procent", costs and revenue in
one sentence ("31,5 mnkr lägre än budget och intäkterna 13,3 mnkr lägre", two items of opposite direction),
the outcome against the second tertial report's forecast (a forecast change), a table with U+2212 minus signs
pasted as an image (no text layer), then two columns of plain headings per verksamhet in varied shapes ("gick
med ett underskott på 9,5 mnkr", "Överskottet på 21,8 mnkr beror på" with a supporting volume figure,
"redovisar ett överskott om 4,2 mnkr, främst på grund av", a reason-only surplus (amount null: its row "2,7"
is only in the image), "vilket ger ett överskott om 1,5 mnkr", "blev 2,5 mnkr högre än budget. Det förklaras
av"), the carry-over of the surplus (other), investments "14,8 mnkr, att jämföra med en budget på 20,0 mnkr"
(5,2 never written out), an action and sick leave against 2024 (other). Liberation Sans (Arial metrics) 9.5
pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Stockholms stad", "Äldrenämnden"),
        footer=lambda n, m: (
            "Verksamhetsberättelse 2025",
            "Dnr ÄN 2026/0047, nämndens beslut 2026-02-19",
            f"Sida {n}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftverksamhet per verksamhetsområde 2025, mnkr",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Vård- och omsorgsboenden i egen regi", "612,4", "621,9", "\u22129,5"),
            ("Köpta boendeplatser", "431,0", "409,2", "21,8"),
            ("Trygghetslarm och nattpatrull", "96,3", "92,1", "4,2"),
            ("Stöd till anhöriga", "18,7", "16,0", "2,7"),
            ("Verksamhetsutveckling och kompetens", "41,2", "39,7", "1,5"),
            ("Nämnd och administration", "22,3", "24,8", "\u22122,5"),
            ("Summa", "1 221,9", "1 203,7", "18,2"),
        ),
        widths=(210.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Äldrenämnden", size=13, font="arial", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Äldrenämnden redovisar för 2025 ett nettoutfall på 1 203,7 mnkr, vilket innebär ett överskott jämfört med "
            "budget på 18,2 mnkr eller 1,5 procent.",
            C(None, "18,2 mnkr", "+", note="The net outcome is a level; the deviation follows."),
        ),
        P(
            "Verksamhetens kostnader blev 31,5 mnkr lägre än budget och intäkterna 13,3 mnkr lägre än budget.",
            C(
                "Verksamhetens kostnader",
                "31,5 mnkr",
                "+",
                note="Costs and revenue in one sentence: two items, opposite directions.",
                also=(C("Intäkter", "13,3 mnkr", "-"),),
            ),
        ),
        P(
            "Utfallet är 5,9 mnkr bättre än prognosen i tertialrapport 2, framför allt inom köpta boendeplatser.",
            F(None, "5,9 mnkr", "+", note="Against the second tertial report's forecast."),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Columns(2),
        H("Vård- och omsorgsboenden i egen regi", 3),
        P(
            "Boendena i egen regi gick med ett underskott på 9,5 mnkr. Beläggningen var lägre än budgeterat under "
            "första halvåret, då Lärkbackens vård- och omsorgsboende renoverades och 34 platser stod tomma, samtidigt "
            "som bemanningen inte kunde minskas i motsvarande grad.",
            C(
                "Vård- och omsorgsboenden i egen regi",
                "9,5 mnkr",
                "-",
                "volymer",
                "bemanning",
                "ovrigt",
                note="A closure for renovation is ovrigt.",
            ),
        ),
        H("Köpta boendeplatser", 3),
        P(
            "Överskottet på 21,8 mnkr beror på att efterfrågan på platser i vård- och omsorgsboende har varit lägre än "
            "prognostiserat. Staden köpte i genomsnitt 1 212 platser per månad mot budgeterade 1 290.",
            C(
                "Köpta boendeplatser",
                "21,8 mnkr",
                "+",
                "kopt_verksamhet",
                "volymer",
                note="The supporting volume sentence belongs to the paragraph's item.",
            ),
        ),
        H("Trygghetslarm och nattpatrull", 3),
        P(
            "Verksamheten redovisar ett överskott om 4,2 mnkr, främst på grund av vakanta tjänster i nattpatrullen och "
            "lägre kostnader för larmutrustning efter den nya upphandlingen.",
            C("Trygghetslarm och nattpatrull", "4,2 mnkr", "+", "vakanser", "material_hjalpmedel"),
        ),
        H("Stöd till anhöriga", 3),
        P(
            "Utbildningsinsatserna för anhöriga och avlösningen i hemmet efterfrågades i mindre omfattning än beräknat.",
            C(
                "Stöd till anhöriga",
                None,
                "+",
                "volymer",
                note="A reason only, and the table is an image with no text layer: amount null.",
            ),
        ),
        H("Verksamhetsutveckling och kompetens", 3),
        P(
            "Utbildningssatsningen inom Äldreomsorgslyftet kom igång senare än planerat, vilket ger ett överskott om "
            "1,5 mnkr.",
            C(
                "Verksamhetsutveckling och kompetens",
                "1,5 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="Äldreomsorgslyftet is statsbidrag.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Kostnaderna för nämnd och administration blev 2,5 mnkr högre än budget. Det förklaras av konsultstöd vid "
            "införandet av ett nytt verksamhetssystem och av högre lokalkostnader efter flytten av förvaltningens "
            "kontor.",
            C(
                "Nämnd och administration",
                "2,5 mnkr",
                "-",
                "inhyrd_personal",
                "it_digitalisering",
                "lokaler",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Resultatöverföring", 2),
        P(
            "Nämnden begär att 12,0 mnkr av överskottet förs över till 2026 för att slutföra renoveringen av Lärkbacken.",
            O(None, "reserver", note="A carry-over of the surplus: financing."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 14,8 mnkr, att jämföra med en budget på 20,0 mnkr. Avvikelsen beror på att "
            "inköpet av nya trygghetslarm med positionering har skjutits till 2026.",
            C(
                "Investeringar",
                "14,8 mnkr, att jämföra med en budget på 20,0 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=5_200_000,
                note="Under-spending of 5,2 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten gjordes en översyn av bemanningen på boendena i egen regi, vilket minskar kostnaderna med 4 "
            "mnkr på årsbasis från 2026.",
            A("Vård- och omsorgsboenden i egen regi", "4 mnkr", "bemanning"),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron bland medarbetarna var 8,1 procent, en minskning från 9,0 procent 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="stockholm-aldrenamnden-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Äldrenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Äldrenämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
