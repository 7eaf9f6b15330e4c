"""Krokoms kommun, Kommunstyrelsen, månadsrapport mars 2026 (the whole kommun).

A whole-kommun month report in "mkr" with hyphen-minus signs, footer with the arbetsutskott's meeting date in
April: the period "4,2 mkr bättre än periodens budget" with its timing reason in the same sentence, the full
year as a result between two levels and "Avvikelsen mot budget blir därmed −11,7 mkr" (the deviation is the
amount), one sentence splitting it into the verksamheter's "underskott mot sina ramar på 17,9 mkr" and the
financing's "bidrar positivt med 6,2 mkr" (two items); a nämnd table; under a generic heading ("Kommentarer
per nämnd") one bullet per nämnd in varied shapes ("prognostiserar ett underskott på", "Socialnämnden: −10,6
mkr.", a possessive "Kommunstyrelsens överskott om", "visar en negativ avvikelse på", "håller budget"); tax
revenue, pensions and the finance net in a sentence with "och" (two items); investments "24,5 mkr inte
förbrukas" and a project "överskrida projektbudgeten med 3,1 mkr"; actions with and without an effect, the
change since February with its cause and the balanskrav with a goal not met ("beror på", other). 13 scored
causes. Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Krokoms kommun", "Månadsrapport mars 2026"),
        footer=lambda n, m: (
            "Kommunstyrelsens arbetsutskott 2026-04-21",
            "Dnr KS 2026/112",
            f"Sida {n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per nämnd 2026, mkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunfullmäktige inkl. revision", "6,8", "6,8", "0,0"),
            ("Kommunstyrelsen", "142,8", "140,0", "2,8"),
            ("Barn- och utbildningsnämnden", "398,5", "407,9", "-9,4"),
            ("Socialnämnden", "452,1", "462,7", "-10,6"),
            ("Miljö- och samhällsnämnden", "21,4", "22,1", "-0,7"),
            ("Summa verksamheter", "1 021,6", "1 039,5", "-17,9"),
        ),
        widths=(200.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.86, 0.90, 0.95),
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="arial-bold", after=2),
        Title("Ekonomisk uppföljning för Krokoms kommun, januari–mars", size=12, font="arial", after=12),
        P(
            "Månadsrapporten redovisar utfallet till och med mars och nämndernas prognoser för helåret. Rapporten "
            "lämnas till kommunstyrelsen för kännedom."
        ),
        H("Sammanfattande bedömning", 2),
        P(
            "Kommunens resultat för januari–mars uppgår till 18,6 mkr. Det är 4,2 mkr bättre än periodens budget, "
            "främst för att kostnaderna för underhåll och upphandlade tjänster ännu inte har kommit in i den takt "
            "som budgeten förutsätter.",
            C(
                None,
                "4,2 mkr",
                "+",
                "periodisering",
                note="The period against its budget with a timing reason: a cause of its own.",
            ),
        ),
        P(
            "Helårsprognosen pekar mot ett resultat på 9,8 mkr, att jämföra med budgeterade 21,5 mkr. Avvikelsen mot "
            "budget blir därmed -11,7 mkr.",
            C(None, "-11,7 mkr", "-", note="Two levels, then the deviation: the deviation is the amount."),
        ),
        P(
            "Verksamheterna redovisar tillsammans ett underskott mot sina ramar på 17,9 mkr, medan finansieringen "
            "bidrar positivt med 6,2 mkr.",
            C(
                "Verksamheterna",
                "17,9 mkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansiering", "6,2 mkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        Space(6),
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Barn- och utbildningsnämnden prognostiserar ett underskott på 9,4 mkr. Fler barn än planerat har "
                "placerats i förskolan i Ås och Nälden, och skolskjutsarna har blivit dyrare efter den nya "
                "upphandlingen.",
                "Socialnämnden: -10,6 mkr. Underskottet förklaras av externa placeringar av barn och unga och av att "
                "behovet av hemtjänsttimmar har ökat i Föllinge och Hammerdal.",
                "Kommunstyrelsens överskott om 2,8 mkr kommer från vakanta tjänster inom kommunledningsförvaltningen "
                "och lägre licenskostnader för ekonomisystemet än beräknat.",
                "Miljö- och samhällsnämnden visar en negativ avvikelse på 0,7 mkr, då intäkterna från bygglov är "
                "lägre än budgeterat.",
                "Kommunfullmäktige och revisionen håller budget.",
            ),
            labels=(
                C("Barn- och utbildningsnämnden", "9,4 mkr", "-", "volymer", "prisokningar"),
                C("Socialnämnden", "-10,6 mkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Kommunstyrelsen",
                    "2,8 mkr",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    note="A possessive names the area.",
                ),
                C("Miljö- och samhällsnämnden", "0,7 mkr", "-", "avgifter_intakter"),
                BP("Kommunfullmäktige och revisionen"),
            ),
            glyph="•",
        ),
        H("Finansiering", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas sammantaget ge 4,9 mkr mer än budgeterat, vilket främst "
            "beror på en ny skatteunderlagsprognos i februari.",
            C("Skatteintäkter och generella statsbidrag", "4,9 mkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna blir 0,8 mkr lägre än budget och finansnettot ger ett tillskott på 0,5 mkr.",
            C(
                "Pensionskostnader",
                "0,8 mkr",
                "+",
                note=NO_TAG + " Two finance items in one sentence: two items.",
                also=(C("Finansnetto", "0,5 mkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 96,0 mkr och prognosen är 71,5 mkr, vilket innebär att 24,5 mkr "
            "inte förbrukas under året. Förseningen gäller främst reningsverket i Trångsviken, där entreprenaden har "
            "skjutits upp till hösten.",
            C(
                "Investeringar",
                "24,5 mkr",
                "+",
                "periodisering",
                note="Investment under-spending (positive).",
            ),
        ),
        P(
            "Ombyggnaden av Kvarnbackens förskola beräknas däremot överskrida projektbudgeten med 3,1 mkr på grund av "
            "oförutsedda markarbeten.",
            C(
                "Kvarnbackens förskola",
                "3,1 mkr",
                "-",
                "ovrigt",
                note="Investment overrun; ground works are ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat fler hemmaplanslösningar för unga, som "
            "väntas minska kostnaderna med 2,0 mkr under året.",
            A("Socialnämnden", "2,0 mkr", "kopt_verksamhet"),
        ),
        P(
            "Barn- och utbildningsnämnden ser över förskolornas organisation inför hösten.",
            A("Barn- och utbildningsnämnden", None, "omstallning"),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med februariprognosen har resultatet försämrats med 3,4 mkr, vilket i huvudsak beror på två nya "
            "externa placeringar inom socialnämnden.",
            F(None, "3,4 mkr", "-", "kopt_verksamhet"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 9,8 mkr. Det finansiella målet om ett resultat på minst 2 procent av "
            "skatter och bidrag nås inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="krokom-ks-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Krokom",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026", "author": "Krokoms kommun"},
        style=style,
        blocks=blocks,
    )
