"""Ystad–Österlenregionens miljöförbund (Ystad, Simrishamn and Tomelilla), Förbundsdirektionen,
årsredovisning 2025.

A small kommunalförbund's annual report (period = the year): an italic director's foreword (not
labelled), the result with the budget in brackets ("412 tkr (budget 1 000 tkr)": the bracket is the
budget and the 588 tkr deviation is not written out), a result table in tkr with budget, outcome,
deviation and last year's outcome, then one paragraph per kontogrupp that opens with its name (fees
under budget from vacancies and a late taxa, a state grant, personnel under budget net of consultants,
a system migration over budget), two kontogrupper in balance in one sentence (boilerplate, two items);
members' shares, equity and liquidity (other), a year-on-year comparison with its cause (other),
inspection goals and the accounting principles (not labelled); an activity section with a three-year
table comes before the economy, and the fees paragraph runs over the page break. Liberation Serif (Times) 10.5 pt, no running
header, a footer naming the three member kommuner.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(78.0, 72.0, 78.0, 76.0),
        footer=lambda n, m: (
            "Ystad–Österlenregionens miljöförbund · Ystad · Simrishamn · Tomelilla",
            "",
            f"{n}",
        ),
        header_size=8.0,
    )
    result = Table(
        caption="Resultaträkning, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Avgifter och taxor", "11 200", "10 150", "−1 050", "10 460"),
            ("Medlemsbidrag", "14 600", "14 600", "0", "14 100"),
            ("Övriga intäkter", "400", "910", "510", "380"),
            ("Personalkostnader", "−19 800", "−19 320", "480", "−18 490"),
            ("Lokalkostnader", "−1 650", "−1 650", "0", "−1 610"),
            ("IT och verksamhetssystem", "−1 450", "−1 930", "−480", "−1 390"),
            ("Övriga kostnader", "−2 300", "−2 348", "−48", "−2 270"),
            ("Årets resultat", "1 000", "412", "−588", "1 180"),
        ),
        widths=(160.0, 70.0, 70.0, 64.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    activity = Table(
        caption="Ärenden och tillsyn",
        header=(("", "2025", "2024", "2023"),),
        rows=(
            ("Inkomna ärenden", "3 940", "3 710", "3 585"),
            ("Livsmedelskontroller", "588", "602", "574"),
            ("Inspektioner miljöfarlig verksamhet", "410", "436", "418"),
            ("Klagomål på buller och lukt", "212", "198", "187"),
            ("Beslut om enskilda avlopp", "254", "131", "120"),
        ),
        widths=(220.0, 60.0, 60.0, 60.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Årsredovisning 2025", size=22, font="times-bold"),
        Title("Ystad–Österlenregionens miljöförbund", size=13, font="times-italic", after=16),
        H("Förbundschefen har ordet", 2),
        Para(
            (
                (
                    "2025 blev året då förbundet bytte ärendehanteringssystem, genomförde den största "
                    "avloppsinventeringen hittills på Österlen och tog emot nya uppgifter inom "
                    "livsmedelskontrollen. Jag vill tacka alla medarbetare för ett stort engagemang under ett år "
                    "med många förändringar.",
                    None,
                ),
            ),
            font="italic",
        ),
        H("Verksamheten under året", 1),
        P(
            "Förbundet utövar tillsyn och kontroll enligt miljöbalken, livsmedelslagstiftningen, strålskyddslagen "
            "och lagen om tobak och liknande produkter i Ystads, Simrishamns och Tomelilla kommuner. Verksamheten "
            "leds av en direktion med två ledamöter från varje medlemskommun."
        ),
        P(
            "Inventeringen av enskilda avlopp omfattade under året 620 fastigheter i Simrishamns och Tomelilla "
            "kommuner. Av dem bedömdes 41 procent behöva åtgärdas, och förelägganden har skickats till "
            "fastighetsägarna. Arbetet fortsätter under 2026 i Ystads kommun."
        ),
        P(
            "Inom livsmedelskontrollen har förbundet sedan den 1 mars ansvar för kontrollen av primärproduktionen, "
            "som tidigare låg på länsstyrelsen. Under året registrerades 214 nya livsmedelsanläggningar, "
            "huvudsakligen mindre verksamheter inom turistnäringen på Österlen."
        ),
        activity,
        H("Ekonomiskt resultat", 1),
        P(
            "Årets resultat uppgår till 412 tkr (budget 1 000 tkr). Det lägre resultatet beror främst på att "
            "intäkterna från avgifter blev lägre än beräknat och att bytet av verksamhetssystem blev dyrare än "
            "planerat.",
            C(
                None,
                "412 tkr (budget 1 000 tkr)",
                "-",
                "avgifter_intakter",
                "it_digitalisering",
                value=588_000,
                note="Result with the budget in brackets: the deviation, 588 tkr, is implied (table −588).",
            ),
        ),
        result,
        P(
            "Avgifter och taxor blev 1 050 tkr lägre än budget. Färre timmar kunde debiteras inom "
            "livsmedelskontrollen eftersom två inspektörstjänster var vakanta under våren, och den nya taxan för "
            "miljöfarlig verksamhet började gälla först den 1 juli i stället för vid årsskiftet.",
            C(
                "Avgifter och taxor",
                "1 050 tkr",
                "-",
                "avgifter_intakter",
                "vakanser",
                "periodisering",
                note="Vacancies lowered billable hours; a taxa that started half a year late (timing).",
            ),
        ),
        P(
            "Övriga intäkter överstiger budget med 510 tkr. Förbundet fick ett bidrag från Havs- och "
            "vattenmyndigheten för inventeringen av enskilda avlopp, som inte fanns med i budgeten.",
            C("Övriga intäkter", "510 tkr", "+", "statsbidrag"),
        ),
        P(
            "Personalkostnaderna blev 480 tkr lägre än budgeterat till följd av vakanserna, trots att en "
            "konsult anlitades under hösten för att arbeta av ärendebalansen inom miljötillsynen.",
            C("Personalkostnader", "480 tkr", "+", "vakanser", "inhyrd_personal"),
        ),
        P(
            "Kostnaderna för IT och verksamhetssystem överskred budget med 480 tkr. Under övergången till det nya "
            "ärendehanteringssystemet behövde förbundet betala licenser för båda systemen i fyra månader, och "
            "migreringen av gamla ärenden krävde mer konsultstöd än leverantören hade beräknat.",
            C("IT och verksamhetssystem", "480 tkr", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        P(
            "Lokalkostnader och övriga kostnader ligger i nivå med budget.",
            BP("Lokalkostnader", note="Two kontogrupper in balance.", also=(BP("Övriga kostnader"),)),
        ),
        H("Finansiering och eget kapital", 1),
        P(
            "Medlemskommunernas bidrag fördelas efter antalet invånare den 1 november året före budgetåret: Ystad "
            "50,2 procent, Simrishamn 26,7 procent och Tomelilla 23,1 procent.",
            O("Medlemsbidrag", note="Financing: the members' shares."),
        ),
        P(
            "Förbundets egna kapital uppgår efter årets resultat till 3 214 tkr. Direktionen föreslår att 300 tkr "
            "av det egna kapitalet används under 2026 för att slutföra avloppsinventeringen. Likviditeten har "
            "varit god under hela året och förbundet har inga lån.",
            O(None, "reserver", note="Equity and liquidity."),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Personalkostnaderna ökade med 4,5 procent jämfört med 2024, vilket till största delen förklaras av "
            "lönerevisionen i april.",
            O("Personalkostnader", "lonekostnader", note="Year-on-year comparison with a cause: other."),
        ),
        H("Måluppfyllelse", 1),
        P(
            "Av de 640 planerade livsmedelskontrollerna genomfördes 588, vilket motsvarar 92 procent. Målet var "
            "att samtliga planerade kontroller skulle genomföras. Inom miljötillsynen genomfördes 410 av 450 "
            "planerade inspektioner."
        ),
        P(
            "Handläggningstiden för ansökningar om enskilda avlopp var i genomsnitt sju veckor, mot målet högst "
            "sex veckor."
        ),
        H("Redovisningsprinciper", 1),
        P(
            "Årsredovisningen är upprättad enligt lagen om kommunal bokföring och redovisning och "
            "rekommendationerna från Rådet för kommunal redovisning. Intäkter från avgifter redovisas den månad "
            "tillsynen utförs. Medlemsbidragen redovisas med en tolftedel per månad.",
            size=9.5,
        ),
        P(
            "Inventarier med ett anskaffningsvärde över ett halvt prisbasbelopp och en nyttjandetid på minst tre år "
            "redovisas som anläggningstillgångar och skrivs av linjärt. Pensionsförpliktelser redovisas enligt "
            "blandmodellen; förbundets pensionsåtaganden är försäkrade hos KPA.",
            size=9.5,
        ),
    ]
    return ReportSpec(
        file="ystad-osterlen-miljoforbund-arsredovisning-2025.pdf",
        report={
            "municipality": ["Ystad", "Ystad–Österlenregionens miljöförbund"],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025 Ystad–Österlenregionens miljöförbund",
            "author": "Ystad–Österlenregionens miljöförbund",
        },
        style=style,
        blocks=blocks,
    )
