"""Räddningstjänsten Östra Götaland (a kommunalförbund in Östergötland), Direktionen, delårsrapport
januari–augusti 2025.

A fire and rescue kommunalförbund's interim report in mnkr, footer with the direktion's meeting date in
September: the period "2,1 mnkr bättre än periodiserad budget" with its timing reason and the full year "2,8
mnkr lägre än budgeterat" after its result level, in two sentences of one paragraph (two items), the change
since the tertial report (a forest-fire July), member contributions that "följer budget" (boilerplate); a
result table with costs as negative numbers; bullets per kostnadsslag that open with the kostnadsslag and its
amount ("Personalkostnader: −3,3 mnkr.", "Fordon och drivmedel: −0,9 mnkr, främst …"), a finance net with no
tag and "i nivå med budget" (boilerplate); an action with its effect, investments whose spending so far is
an unlabelled sentence and whose deviation is "en avvikelse på 8,5 mnkr mot budget" with no direction word
(under-spending, positive); call-outs against last year and equity (others). Eight scored causes. DejaVu Sans
9.5 pt with DejaVu Serif headings.

The place and the förbund are real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Östra Götaland", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Direktionen 2025-09-25", "Dnr RÖG 2025-0311", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, mnkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "318,0", "318,0", "0,0"),
            ("Intäkter tillsyn, utbildning och automatlarm", "24,5", "25,8", "1,3"),
            ("Personalkostnader", "−262,4", "−265,7", "−3,3"),
            ("Fordon och drivmedel", "−14,2", "−15,1", "−0,9"),
            ("Lokaler", "−38,6", "−38,2", "0,4"),
            ("Övriga kostnader", "−19,8", "−19,8", "0,0"),
            ("Finansnetto", "−3,5", "−3,8", "−0,3"),
            ("Resultat", "4,0", "1,2", "−2,8"),
        ),
        widths=(210.0, 74.0, 74.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Räddningstjänsten Östra Götaland", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Förbundets resultat för januari–augusti uppgår till 6,4 mnkr, vilket är 2,1 mnkr bättre än "
                "periodiserad budget, främst eftersom huvuddelen av övnings- och utbildningsverksamheten ligger "
                "under hösten.",
                C(
                    None,
                    "2,1 mnkr",
                    "+",
                    "periodisering",
                    note="The period against the periodised budget, in a sentence of its own: a cause.",
                ),
            ),
            (
                "För helåret prognostiseras ett resultat på 1,2 mnkr, vilket är 2,8 mnkr lägre än budgeterat.",
                C(None, "2,8 mnkr", "-", note="The result level is not the amount."),
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har resultatet försämrats med 1,5 mnkr, främst på grund av den "
            "intensiva skogsbrandsperioden i juli.",
            F(None, "1,5 mnkr", "-", "ovrigt", note="Forest fires are ovrigt."),
        ),
        P(
            "Medlemsbidragen från medlemskommunerna är fastställda för året och följer budget.",
            BP("Medlemsbidrag"),
        ),
        table,
        H("Avvikelser per kostnadsslag", 2),
        Bullets(
            (
                "Personalkostnader: −3,3 mnkr. Deltidsbrandmännens larmersättningar har ökat med fler larm under "
                "den torra sommaren, och pensionskostnaderna blev högre efter den nya beräkningen från "
                "pensionsbolaget.",
                "Fordon och drivmedel: −0,9 mnkr, främst reparationer av två höjdfordon och dyrare diesel.",
                "Intäkter från tillsyn, utbildning och automatlarm: +1,3 mnkr. Fler utbildningar i brandskydd har "
                "sålts till företag i regionen än vad som planerades.",
                "Lokaler: +0,4 mnkr, eftersom hyreshöjningen för den ombyggda station Syd har flyttats till 2026.",
                "Finansnetto: −0,3 mnkr till följd av en högre ränta på förbundets lån.",
                "Övriga kostnader: i nivå med budget.",
            ),
            labels=(
                C(
                    "Personalkostnader",
                    "−3,3 mnkr",
                    "-",
                    "volymer",
                    "lonekostnader",
                    note="More call-outs: volymer. Higher pension costs: lonekostnader.",
                ),
                C("Fordon och drivmedel", "−0,9 mnkr", "-", "material_hjalpmedel", "prisokningar"),
                C(
                    "Intäkter från tillsyn, utbildning och automatlarm",
                    "+1,3 mnkr",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                ),
                C("Lokaler", "+0,4 mnkr", "+", "lokaler", "periodisering"),
                C("Finansnetto", "−0,3 mnkr", "-", note="A finance item: no cause tag."),
                BP("Övriga kostnader"),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundet har infört restriktivitet med övertid för heltidsstyrkan under hösten, med en beräknad effekt "
            "på 0,5 mnkr.",
            A("Personalkostnader", "0,5 mnkr", "overtid"),
        ),
        H("Investeringar", 2),
        PS(
            ("Förbundet har hittills under året investerat 6,2 mnkr.", None),
            (
                "Helårsprognosen är 15,5 mnkr, en avvikelse på 8,5 mnkr mot budget som beror på att leveransen av "
                "två nya släckbilar har försenats till 2026.",
                C(
                    "Investeringar",
                    "8,5 mnkr",
                    "+",
                    "periodisering",
                    note="Investment under-spending with no direction word: positive. The spending so far is "
                    "unlabelled.",
                ),
            ),
        ),
        H("Verksamhet och eget kapital", 2),
        P(
            "Antalet räddningsinsatser under perioden var 2 140, vilket är 11 procent fler än under samma period "
            "2024.",
            O(None, "volymer", note="Call-outs against the previous year: other."),
        ),
        P(
            "Det egna kapitalet uppgår till 18,7 mnkr. Enligt förbundsordningen ska ett negativt resultat återställas "
            "inom tre år.",
            O(None, note="Equity and the rule for restoring a deficit: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-ostra-gotaland-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Östra Götaland",
                "Kommunalförbundet Räddningstjänsten Östra Götaland",
                "RÖG",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025",
            "author": "Räddningstjänsten Östra Götaland",
        },
        style=style,
        blocks=blocks,
    )
