"""Gnesta kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per september 2025.

A cover letter (tjänsteskrivelse) in Liberation Sans Narrow 10.5 pt, header with the diary number and the
letter's date in October: a decision proposal (unlabelled); a summary whose first sentence is "beräknas
överskrida sin budgetram med 7,9 miljoner kronor" and whose second is the change since August (a cause and a
forecast change); the period "4,1 miljoner kronor mer än den periodiserade budgeten" followed by the share of the
annual budget used, "77 procent … att jämföra med 75 procent vid jämn förbrukning" (a cause and an other); the
account group that deviates most and one "i balans" in one sentence (a cause and a boilerplate cause); an
amount-first bullet list per verksamhetsområde after an unlabelled lead-in ("Äldreomsorg: −4,6 mnkr."), the
change since August repeated with its cause in the body; actions as bullets (one with its effect) and a
closing paragraph where the deficit "bedöms minska till cirka 7 miljoner kronor" if the actions work, plus its
financing (other, not a cause). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(74.0, 84.0, 74.0, 76.0),
        header=lambda n, m: ("GNESTA KOMMUN  Tjänsteskrivelse  2025-10-08", f"Dnr SN 2025/118  {n}({m})"),
        footer=lambda n, m: ("Socialförvaltningen", "Gnesta kommun, 646 80 Gnesta", "www.gnesta.se"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per september 2025", size=17, font="narrow-bold", after=2),
        Title("Socialnämnden", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per september 2025 och uppdrar åt förvaltningen att "
            "redovisa effekterna av åtgärdsplanen vid nämndens sammanträde i december."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden beräknas överskrida sin budgetram med 7,9 miljoner kronor för 2025.",
                C(None, "7,9 miljoner kronor", "-", note="The summary's full-year deviation: a cause."),
            ),
            (
                "Prognosen har försämrats med 1,2 miljoner kronor jämfört med augusti.",
                F(None, "1,2 miljoner kronor", "-"),
            ),
        ),
        H("Ärendebeskrivning", 2),
        PS(
            (
                "Utfallet för januari–september uppgår till 146,3 miljoner kronor, 4,1 miljoner kronor mer än den "
                "periodiserade budgeten.",
                C(
                    None,
                    "4,1 miljoner kronor",
                    "-",
                    note="The period against the periodised budget: a cause.",
                ),
            ),
            (
                "Det motsvarar 77 procent av årsbudgeten, att jämföra med 75 procent vid jämn förbrukning.",
                O(None, note="The share of the annual budget used: a supporting figure, other."),
            ),
        ),
        P(
            "Per kostnadsslag är det köp av verksamhet som avviker mest, med 6,2 miljoner kronor över budget, medan "
            "personalkostnaderna totalt sett är i balans.",
            C(
                "Köp av verksamhet",
                "6,2 miljoner kronor",
                "-",
                note="An account group with its amount and no reason (no tag), and an 'i balans' in the same "
                "sentence: two items.",
                also=(BP("Personalkostnader"),),
            ),
        ),
        P("Prognosen per verksamhetsområde och de viktigaste förklaringarna:"),
        Bullets(
            (
                "Äldreomsorg: −4,6 mnkr. Beläggningen på korttidsenheten Frejagården har legat över 100 procent sedan "
                "juni, och kommunen har fått betala för utskrivningsklara patienter som blivit kvar på sjukhus under "
                "sommaren.",
                "Individ- och familjeomsorg: −3,8 mnkr. Två placeringar enligt LVU har förlängts, och antalet vårddygn "
                "på HVB för vuxna är nästan dubbelt så högt som budgeterat.",
                "Stöd till personer med funktionsnedsättning: −1,0 mnkr. Avvikelsen följer av retroaktiva "
                "löneökningar för personliga assistenter efter det nya kollektivavtalet.",
                "Administration och nämnd: +1,5 mnkr. Vakanta tjänster och utvecklingsmedel som inte har tagits i "
                "anspråk.",
            ),
            labels=(
                C(
                    "Äldreomsorg",
                    "−4,6 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="Payment for patients ready for discharge: bought care (kopt_verksamhet).",
                ),
                C("Individ- och familjeomsorg", "−3,8 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Stöd till personer med funktionsnedsättning",
                    "−1,0 mnkr",
                    "-",
                    "lonekostnader",
                    "periodisering",
                ),
                C(
                    "Administration och nämnd",
                    "+1,5 mnkr",
                    "+",
                    "vakanser",
                    "reserver",
                    note="Unused development funds: reserver.",
                ),
            ),
        ),
        H("Förändring jämfört med augusti", 2),
        P(
            "Försämringen med 1,2 miljoner kronor sedan augustiprognosen förklaras av att Frejagården har behövt ta "
            "emot fler personer från slutenvården än väntat.",
            F(None, "1,2 miljoner kronor", "-", "volymer", note="The change again, with its cause."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Anställningsstopp för administrativa tjänster från den 1 oktober.",
                "Översyn av samtliga HVB-placeringar för vuxna, med målet att minska kostnaden med 0,8 miljoner kronor "
                "under fjärde kvartalet.",
            ),
            labels=(
                A(None, None, "bemanning"),
                A("Individ- och familjeomsorg", "0,8 miljoner kronor", "kopt_verksamhet"),
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Om åtgärderna får full effekt bedöms underskottet minska till cirka 7 miljoner kronor. Ett kvarstående "
            "underskott hanteras inom kommunens samlade resultat enligt kommunstyrelsens riktlinjer för "
            "ekonomistyrning.",
            O(
                None,
                direction="-",
                note="A conditional outlook and the deficit's financing: other, not a cause.",
            ),
        ),
    ]
    return ReportSpec(
        file="gnesta-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": "Gnesta",
            "committee": ["Socialnämnden"],
            "period": ["2025-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per september 2025",
            "author": "Gnesta kommun",
        },
        style=style,
        blocks=blocks,
    )
