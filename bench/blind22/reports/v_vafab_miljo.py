"""Vafab Miljö Kommunalförbund, Förbundsdirektionen, tertialrapport 2 2025 (januari–augusti).

A waste management kommunalförbund's second tertial report in mnkr, footer with the direktion's meeting date
in September: the period "Periodens resultat, 4,1 mnkr, överträffar den periodiserade budgeten med 2,1 mnkr"
(the level in commas is not the amount), the full year whose levels (−2,7 and 3,0) come before the deviation
"avvikelsen blir −5,7 mnkr" with the areas behind it in the next sentence, a lowered forecast since the first
tertial with its cause; a result table where costs are negative and the difference is forecast minus budget;
bold run-in posts with a full stop whose amounts come last ("Taxeintäkterna blir därför 2,9 mnkr lägre än
budget", "Prognosen ligger 6,7 mnkr under budget" for revenue, so negative), a split of the revenue shortfall
into two parts in the next sentence (two items, no tags), vacancies "ger ett överskott på 4,6 mnkr", an index
"5,8 procent mot budgeterade 3,0 procent" (not amounts), a reason-only energy post (the table's "3,3"), a
depreciation post whose stated 0,6 mnkr is a part (the table's "2,2" is the amount) and "Avvikelsen är liten,
−0,9 mnkr"; investments "61 mnkr lägre än budget" with a part (52 mnkr); an action and equity (other).
12 scored causes. DejaVu Sans Condensed 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Vafab Miljö Kommunalförbund", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Förbundsdirektionen 2025-09-26", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, prognos 2025 (mnkr). Differens = prognos minus budget.",
        header=(("", "Budget 2025", "Prognos 2025", "Differens"),),
        rows=(
            ("Intäkter avfallstaxa", "412,0", "409,1", "−2,9"),
            ("Behandlingsavgifter och försäljning", "186,5", "179,8", "−6,7"),
            ("Personalkostnader", "−214,0", "−209,4", "4,6"),
            ("Transporter och entreprenader", "−198,3", "−203,6", "−5,3"),
            ("Energi och drivmedel", "−41,2", "−37,9", "3,3"),
            ("Övriga kostnader", "−96,4", "−97,3", "−0,9"),
            ("Avskrivningar och finansnetto", "−45,6", "−43,4", "2,2"),
            ("Resultat", "3,0", "−2,7", "−5,7"),
        ),
        widths=(200.0, 78.0, 82.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="sans-bold", after=2),
        Title("Vafab Miljö Kommunalförbund – januari–augusti", size=12, font="cond", after=12),
        P(
            "Förbundet ansvarar för insamling och behandling av hushållsavfall i tolv medlemskommuner i Västmanland "
            "och Uppsala län och driver avfallsanläggningarna på Gryta och Norsa samt ett tjugotal "
            "återvinningscentraler."
        ),
        H("Förbundets ekonomi", 2),
        P(
            "Periodens resultat, 4,1 mnkr, överträffar den periodiserade budgeten med 2,1 mnkr.",
            C(None, "2,1 mnkr", "+", note="The period; the result level in commas is not the amount."),
        ),
        P(
            "För helåret prognostiseras däremot ett resultat på −2,7 mnkr, vilket innebär att det budgeterade "
            "överskottet på 3,0 mnkr inte nås och att avvikelsen blir −5,7 mnkr. Det är främst lägre intäkter för "
            "behandling av verksamhetsavfall och dyrare transporter som ligger bakom avvikelsen.",
            C(
                None,
                "−5,7 mnkr",
                "-",
                "avgifter_intakter",
                "prisokningar",
                note="The forecast and budget levels come first; the deviation last.",
            ),
        ),
        P(
            "Jämfört med tertialrapport 1 har helårsprognosen sänkts med 3,4 mnkr, framför allt därför att de "
            "mottagna mängderna verksamhetsavfall har fortsatt att minska under sommaren.",
            F(None, "3,4 mnkr", "-", "volymer"),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Intäkter avfallstaxa.",
            "Antalet abonnemang har ökat mindre än beräknat, och fler hushåll har valt glesare hämtning av "
            "restavfall. Taxeintäkterna blir därför 2,9 mnkr lägre än budget.",
            C("Intäkter avfallstaxa", "2,9 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Behandlingsavgifter och försäljning.",
            "Mottagna mängder verksamhetsavfall på Gryta och Norsa har minskat med omkring 12 procent i takt med "
            "lägre byggaktivitet i regionen, samtidigt som priserna på återvunnen metall och returpapper har "
            "fallit. Prognosen ligger 6,7 mnkr under budget.",
            C(
                "Behandlingsavgifter och försäljning",
                "6,7 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                "prisokningar",
                note="Revenue under budget: negative. Falling prices for sold material: prisokningar.",
            ),
            (
                "Av avvikelsen avser 4,0 mnkr behandlingsavgifter för verksamhetsavfall och 2,7 mnkr "
                "materialförsäljning.",
                C(
                    "Behandlingsavgifter för verksamhetsavfall",
                    "4,0 mnkr",
                    "-",
                    note="A split into two parts: two items, no tags (the sentence gives no reason).",
                    also=(C("Materialförsäljning", "2,7 mnkr", "-"),),
                ),
            ),
        ),
        LP(
            "Personalkostnader.",
            "Flera tjänster inom insamling och på återvinningscentralerna har varit vakanta under våren, vilket ger "
            "ett överskott på 4,6 mnkr.",
            C("Personalkostnader", "4,6 mnkr", "+", "vakanser"),
        ),
        LP(
            "Transporter och entreprenader.",
            "Det nya insamlingsavtalet för Västerås norra delar började gälla den 1 mars med högre à-priser än det "
            "tidigare avtalet, och indexuppräkningen blev 5,8 procent mot budgeterade 3,0 procent. Kostnaderna "
            "överstiger därmed budget med 5,3 mnkr.",
            C(
                "Transporter och entreprenader",
                "5,3 mnkr",
                "-",
                "prisokningar",
                note="A dearer contract and index: prisokningar. The percentages are not amounts.",
            ),
        ),
        LP(
            "Energi och drivmedel.",
            "Priserna på el och fordonsgas har varit lägre än vad budgeten byggde på.",
            C(
                "Energi och drivmedel",
                "3,3",
                "+",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell (a positive difference on a cost row is better).",
            ),
        ),
        LP(
            "Avskrivningar och finansnetto.",
            "Förseningen av den nya sorteringsanläggningen på Gryta ger lägre avskrivningar i år, och "
            "räntekostnaderna blir 0,6 mnkr lägre än beräknat.",
            C(
                "Avskrivningar och finansnetto",
                "2,2",
                "+",
                "periodisering",
                unit="mnkr",
                table=True,
                note="The interest's 0,6 mnkr is a part: the table row's cell is the amount.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Avvikelsen är liten, −0,9 mnkr, och förklaras av inhyrd personal på återvinningscentralerna under "
            "semesterperioden.",
            C("Övriga kostnader", "−0,9 mnkr", "-", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2025 är 148 mnkr, vilket är 61 mnkr lägre än budget. Huvuddelen, 52 mnkr, "
            "avser sorteringsanläggningen på Gryta, där leverantören har flyttat fram leveransen av de optiska "
            "sorterarna till våren 2026.",
            C(
                "Investeringar",
                "61 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending; the level (148) and the project's part (52) are not the amount.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundsdirektören i uppdrag att ta fram förslag på justerade behandlingsavgifter "
            "inför 2026 och att omförhandla prisvillkoren i insamlingsavtalet.",
            A(None, None, "avgifter_intakter", "prisokningar"),
        ),
        H("Eget kapital", 2),
        P(
            "Det egna kapitalet uppgick vid årsskiftet till 48,6 mnkr och räcker väl för att täcka det "
            "prognostiserade underskottet.",
            O(None, note="Equity covering the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="vafab-miljo-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Vafab Miljö Kommunalförbund", "Vafab Miljö", "Vafab"],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 2 2025 Vafab Miljö Kommunalförbund",
            "author": "Vafab Miljö Kommunalförbund",
        },
        style=style,
        blocks=blocks,
    )
