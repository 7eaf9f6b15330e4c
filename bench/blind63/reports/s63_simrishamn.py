"""Simrishamns kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr, footer with the arbetsutskott's meeting date in November: the period
"9,8 mnkr högre än det periodiserade budgeterade resultatet" and the full year "en negativ avvikelse med
11,5 mnkr" after two levels, in separate paragraphs (two causes); one sentence splitting the full year into
the nämnder's "underskott mot budget på 24,3 mnkr (−22,0 i september)" and the finance function's
"överskott på 12,8 mnkr" (two items); a table with the deviation in October and September side by side;
bullets under a generic heading ("Kommunledningskontorets kommentar") in varied shapes ("redovisar den
största avvikelsen, −16,4 mnkr", "kommer att överskrida sin ram med 7,4 mnkr", a possessive
"Samhällsbyggnadsnämndens underskott, 2,3 mnkr, förklaras av", "För kommunstyrelsen väntas ett överskott om
1,8 mnkr", "Revisionen bedöms hålla sin budget"); taxes and general grants as a "respektive" pair, pensions
and the finance net in one sentence (four items); the change since September with its cause; an action;
investments "47,0 mnkr inte förbrukas" after three levels and a project overrun; a risk and the balanskrav
(others). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Simrishamns kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: (
            "Kommunstyrelsens arbetsutskott 2025-11-19",
            "Dnr KS 2025/287",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget helår", "Prognos helår", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "112,4", "110,6", "1,8", "1,5"),
            ("Samhällsbyggnadsnämnden", "48,6", "50,9", "-2,3", "-2,0"),
            ("Barn- och utbildningsnämnden", "386,2", "393,6", "-7,4", "-6,9"),
            ("Socialnämnden", "498,7", "515,1", "-16,4", "-14,6"),
            ("Revisionen", "1,6", "1,6", "0,0", "0,0"),
            ("Summa nämnder", "1 047,5", "1 071,8", "-24,3", "-22,0"),
            ("Finansförvaltningen", "-1 065,5", "-1 078,3", "12,8", "12,0"),
            ("Årets resultat", "18,0", "6,5", "-11,5", "-10,0"),
        ),
        widths=(170.0, 70.0, 70.0, 76.0, 76.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=2),
        Title("Simrishamns kommun – samlad ekonomisk uppföljning", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens resultat per oktober uppgår till 41,2 mnkr, vilket är 9,8 mnkr högre än det periodiserade "
            "budgeterade resultatet.",
            C(
                None,
                "9,8 mnkr",
                "+",
                note="The period's result against the periodised budget: a cause of its own.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 6,5 mnkr mot budgeterade 18,0 mnkr, en negativ avvikelse "
            "med 11,5 mnkr.",
            C(None, "11,5 mnkr", "-", note="The full year after two levels; the levels are not the amount."),
        ),
        Para(
            (
                (
                    "Nämndernas samlade prognos är ett underskott mot budget på 24,3 mnkr (−22,0 i september), "
                    "medan finansförvaltningen beräknas ge ett överskott på 12,8 mnkr.",
                    C(
                        "Nämnderna",
                        "24,3 mnkr",
                        "-",
                        note="One sentence, two areas: two items. The bracket is September's figure.",
                        also=(C("Finansförvaltningen", "12,8 mnkr", "+"),),
                    ),
                ),
            )
        ),
        table,
        H("Kommunledningskontorets kommentar", 2),
        Bullets(
            (
                "Socialnämnden redovisar den största avvikelsen, −16,4 mnkr. Underskottet beror främst på köpta "
                "platser för barn och unga och på fler hemtjänsttimmar än budgeterat.",
                "Barn- och utbildningsnämnden kommer att överskrida sin ram med 7,4 mnkr, framför allt till följd "
                "av fler elever i behov av särskilt stöd och ett dyrare skolskjutsavtal.",
                "Samhällsbyggnadsnämndens underskott, 2,3 mnkr, förklaras av lägre intäkter från bygglov och av "
                "kostnader för vinterväghållning i början av året.",
                "För kommunstyrelsen väntas ett överskott om 1,8 mnkr som följd av vakanta tjänster inom "
                "kommunledningskontoret.",
                "Revisionen bedöms hålla sin budget.",
            ),
            labels=(
                C("Socialnämnden", "−16,4 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Barn- och utbildningsnämnden",
                    "7,4 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A dearer transport contract is prisokningar.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    "2,3 mnkr",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="Possessive area; winter road maintenance (snow) is ovrigt.",
                ),
                C("Kommunstyrelsen", "1,8 mnkr", "+", "vakanser", note="The area after 'För'."),
                BP("Revisionen"),
            ),
        ),
        H("Finansförvaltningen", 2),
        Para(
            (
                (
                    "Skatteintäkterna och de generella statsbidragen beräknas bli 8,6 respektive 2,9 mnkr högre "
                    "än budgeterat, enligt SKR:s prognos i oktober.",
                    C(
                        "Skatteintäkter",
                        "8,6",
                        "+",
                        unit="mnkr",
                        note="A 'respektive' pair: two items; finance items get no tag.",
                        also=(C("Generella statsbidrag", "2,9 mnkr", "+"),),
                    ),
                ),
                (
                    "Pensionskostnaderna blir 1,0 mnkr lägre än budget och finansnettot 0,3 mnkr bättre, tack vare "
                    "högre ränteintäkter på likvida medel.",
                    C(
                        "Pensionskostnader",
                        "1,0 mnkr",
                        "+",
                        note="Two areas in one sentence: two items.",
                        also=(C("Finansnetto", "0,3 mnkr", "+"),),
                    ),
                ),
            )
        ),
        H("Förändring sedan september", 2),
        P(
            "Jämfört med septemberprognosen har kommunens helårsprognos försämrats med 1,5 mnkr, främst inom "
            "socialnämnden där antalet placeringar har ökat.",
            F(None, "1,5 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Det finns en osäkerhet i socialnämndens prognos, eftersom ytterligare två placeringar kan tillkomma "
            "under november.",
            O("Socialnämnden", note="A risk."),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat om anställningsprövning och ett stopp för konsultinköp i samtliga "
            "förvaltningar under resten av året, vilket beräknas minska kostnaderna med omkring 2 mnkr.",
            A(None, "omkring 2 mnkr", "bemanning", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 142,0 mnkr. Utfallet per oktober är 61,4 mnkr och prognosen "
            "för helåret 95,0 mnkr, vilket innebär att 47,0 mnkr inte förbrukas under året. Det är framför allt "
            "den nya förskolan i Gärsnäs och VA-ledningen till Brantevik som har försenats.",
            C(
                "Investeringar",
                "47,0 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending after three levels.",
            ),
        ),
        P(
            "Renoveringen av Sandbyhallen beräknas överskrida projektbudgeten med 3,2 mnkr till följd av "
            "fuktskador som upptäcktes vid rivningen.",
            C(
                "Renoveringen av Sandbyhallen",
                "3,2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun; damage is ovrigt.",
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Med prognosen uppfylls balanskravet. Det prognostiserade resultatet motsvarar 0,5 procent av "
            "skatteintäkter och generella statsbidrag, att jämföra med det finansiella målet på 1,5 procent.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="simrishamn-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Simrishamn",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Simrishamns kommun"},
        style=style,
        blocks=blocks,
    )
