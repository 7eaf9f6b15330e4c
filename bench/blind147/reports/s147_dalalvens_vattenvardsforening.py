"""Dalälvens Vattenvårdsförening, Styrelsen, ekonomisk uppföljning januari–augusti 2025.

A joint water-quality body's (kommuner, industries and other members) small budget follow-up in DejaVu Sans
Condensed, footer with the styrelse's meeting date in October: the full year "ett överskott på 186 tkr
jämfört med budget" and the period "412 tkr bättre än periodiserad budget" with its timing reason in separate
paragraphs (two items); a post table in tkr with hyphen-minus costs and deviations ("-120"); bold run-in
posts ending in a full stop: price rises and extra sampling "120 000 kronor högre än budgeterat" in whole
kronor, "Överskott om 154 tkr" at the start, a reason-only revenue row (the cell "90"), membership fees that
"följer budget" (boilerplate), "42 tkr lägre kostnader än budget"; equity and the surplus's use (other) and an
action with "cirka 80 tkr per år".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Dalälvens Vattenvårdsförening", "Ekonomisk uppföljning augusti 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-10-08, punkt 6", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budgetuppföljning per post, tkr",
        header=(("Post", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "3 850", "3 850", "3 850", "0"),
            ("Övriga intäkter", "120", "164", "210", "90"),
            ("Provtagning och analyser", "-2 640", "-1 410", "-2 760", "-120"),
            ("Konsulttjänster och rapportering", "-780", "-402", "-626", "154"),
            ("Kansli och administration", "-420", "-270", "-400", "20"),
            ("Mötes- och resekostnader", "-60", "-12", "-18", "42"),
            ("Resultat", "70", "1 920", "256", "186"),
        ),
        widths=(160.0, 66.0, 74.0, 68.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–augusti 2025", size=17, font="cond-bold", after=2),
        Title("Dalälvens Vattenvårdsförening", size=12, font="cond", after=12),
        P(
            "Föreningen samordnar den gemensamma recipientkontrollen i Dalälven för sina medlemmar: kommuner, "
            "industrier, kraftbolag och andra verksamhetsutövare längs älven."
        ),
        H("Resultat", 2),
        P(
            "Föreningens prognos för helåret är ett överskott på 186 tkr jämfört med budget.",
            C(None, "186 tkr", "+"),
        ),
        P(
            "Efter augusti är utfallet 412 tkr bättre än periodiserad budget, eftersom fakturorna för höstens "
            "provtagning ännu inte har kommit in.",
            C(None, "412 tkr", "+", "periodisering", note="The period's deviation with a timing reason."),
        ),
        table,
        LP(
            "Provtagning och analyser.",
            "Laboratoriet har höjt sina priser med 6 procent från den 1 april, och styrelsen har beställt extra "
            "provtagning av PFAS nedströms två avloppsreningsverk. Kostnaderna väntas därför bli 120 000 kronor "
            "högre än budgeterat.",
            C(
                "Provtagning och analyser",
                "120 000 kronor",
                "-",
                "prisokningar",
                "ovrigt",
                note="The percentage is not the amount; extra PFAS sampling is ovrigt.",
            ),
        ),
        LP(
            "Konsulttjänster och rapportering.",
            "Överskott om 154 tkr, eftersom årsrapporten för 2024 skrevs av föreningens egen sekreterare i stället "
            "för av en konsult.",
            C("Konsulttjänster och rapportering", "154 tkr", "+", "inhyrd_personal"),
        ),
        LP(
            "Övriga intäkter.",
            "Försäljningen av mätdata till forskningsprojekt ger högre intäkter än budgeterat.",
            C(
                "Övriga intäkter",
                "90",
                "+",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reason only: the cell.",
            ),
        ),
        LP(
            "Medlemsavgifter.",
            "Avgifterna har fakturerats enligt årsmötets beslut och följer budget.",
            BP("Medlemsavgifter"),
        ),
        LP(
            "Kansli och administration.",
            "Sekreterarens arvode har räknats upp mindre än budgeterat, och kostnaderna hamnar därför 20 tkr under "
            "budget.",
            C(
                "Kansli och administration",
                "20 tkr",
                "+",
                "lonekostnader",
                note="A smaller fee increase: lonekostnader.",
            ),
        ),
        LP(
            "Mötes- och resekostnader.",
            "Styrelsens möten har hållits digitalt, vilket ger 42 tkr lägre kostnader än budget.",
            C("Mötes- och resekostnader", "42 tkr", "+", "ovrigt"),
        ),
        H("Eget kapital", 2),
        P(
            "Föreningens egna kapital uppgick till 1 140 tkr vid årsskiftet. Styrelsen föreslår att årets överskott "
            "förs till fonden för framtida undersökningar.",
            O(None, "reserver", note="Equity and the use of the surplus: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att samordna provtagningen i nedre Dalälven med länsstyrelsens miljöövervakning "
            "från 2026, vilket beräknas sänka analyskostnaderna med cirka 80 tkr per år.",
            A("Provtagning och analyser", "cirka 80 tkr"),
        ),
    ]
    return ReportSpec(
        file="dalalvens-vattenvardsforening-budgetuppfoljning-2025-08.pdf",
        report={
            "municipality": ["Dalälvens Vattenvårdsförening", "Dalälvens vattenvårdsförening"],
            "committee": ["Styrelsen", "Föreningens styrelse"],
            "period": ["2025-08"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Ekonomisk uppföljning januari–augusti 2025",
            "author": "Dalälvens Vattenvårdsförening",
        },
        style=style,
        blocks=blocks,
    )
