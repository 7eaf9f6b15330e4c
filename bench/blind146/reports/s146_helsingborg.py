"""Helsingborgs stad, Vård- och omsorgsnämnden, tjänsteskrivelse: ekonomisk uppföljning februari 2026.

A tjänsteskrivelse in Liberation Sans Narrow 10.5 pt dated in March for the period to February: the decision
proposal and background (not labelled), the full year "negativ avvikelse mot budget på 11,5 mnkr" with the
areas that "kostar mer än beräknat" named but no reasons, the period "3,2 mnkr högre än periodiserad budget"
(a net cost, negative) in a sentence of its own; a table whose last column is each row's comment, in mnkr
with U+2212 minus: reason-only comments (the cells "−8,4", "−7,1", "1,8"), a comment that names its own amount
("ger ett överskott på 2,2 mnkr") and "Prognos enligt budget" (boilerplate); revenue from the
Försäkringskassan "0,9 mnkr lägre än budgeterat" in prose; the change since January with its cause; an action
with its effect; a risk and the decision's own economic consequences (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(72.0, 82.0, 72.0, 74.0),
        header=lambda n, m: (
            "Helsingborgs stad, vård- och omsorgsförvaltningen",
            "Tjänsteskrivelse 2026-03-11",
        ),
        footer=lambda n, m: ("Dnr VON 2026/0098", "", f"{n} ({m})"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhetsområde, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemvård", "512,0", "520,4", "−8,4"),
                "Fler beviljade timmar och en ökad andel dubbelbemanning hos brukare med stora behov.",
                C("Hemvård", "−8,4", "-", "volymer", "bemanning", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Vård- och omsorgsboende", "890,0", "890,0", "0,0"),
                "Prognos enligt budget.",
                BP("Vård- och omsorgsboende"),
            ),
            (
                ("Funktionsstöd", "455,0", "462,1", "−7,1"),
                "Två nya ärenden med personlig assistans där Försäkringskassan har avslagit ansökan om "
                "assistansersättning, vilket innebär att staden bär hela kostnaden.",
                C(
                    "Funktionsstöd",
                    "−7,1",
                    "-",
                    "ersattning_fk",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Hälso- och sjukvård", "120,5", "118,3", "2,2"),
                "Sjuksköterskor har varit svåra att rekrytera, vilket ger ett överskott på 2,2 mnkr trots ökade "
                "kostnader för bemanningsföretag.",
                C(
                    "Hälso- och sjukvård",
                    "2,2 mnkr",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Myndighet och administration", "64,0", "62,2", "1,8"),
                "Lägre kostnader för licenser sedan avtalet för verksamhetssystemet omförhandlats.",
                C(
                    "Myndighet och administration",
                    "1,8",
                    "+",
                    "it_digitalisering",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "2 041,5", "2 053,0", "−11,5"), "", None),
        ),
        widths=(120.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning februari 2026", size=17, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Vård- och omsorgsnämnden godkänner den ekonomiska uppföljningen per februari 2026 och ger "
            "förvaltningen i uppdrag att fortsätta arbetet med åtgärdsplanen för hemvården."
        ),
        H("Ärendet", 2),
        P(
            "Nämnden följer varje månad upp ekonomin med en prognos för helåret. Uppföljningen bygger på utfallet "
            "till och med den 28 februari."
        ),
        H("Sammanfattning", 2),
        P(
            "Vård- och omsorgsnämndens prognos för 2026 visar en negativ avvikelse mot budget på 11,5 mnkr. Det är "
            "framför allt hemvården och funktionsstödet som kostar mer än beräknat.",
            C(None, "11,5 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Utfallet till och med februari är 3,2 mnkr högre än periodiserad budget.",
            C(None, "3,2 mnkr", "-", note="A net cost over the periodised budget: negative."),
        ),
        H("Prognos per verksamhetsområde", 2),
        comments,
        P(
            "Ersättningen från Försäkringskassan för personlig assistans blir 0,9 mnkr lägre än budgeterat, vilket "
            "ingår i funktionsstödets prognos.",
            C(
                "Ersättning från Försäkringskassan",
                "0,9 mnkr",
                "-",
                "ersattning_fk",
                note="Revenue under budget: negative; a part of Funktionsstöd, its own item.",
            ),
        ),
        H("Förändring sedan januari", 2),
        P(
            "Prognosen har försämrats med 2,4 mnkr sedan januari, vilket främst förklaras av de nya ärendena med "
            "personlig assistans.",
            F(None, "2,4 mnkr", "-", "ersattning_fk", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en åtgärdsplan för hemvården med nya rutiner för planering och en översyn "
            "av dubbelbemanningen. Åtgärderna beräknas minska kostnaderna med 4,0 mnkr under året.",
            A("Hemvård", "4,0 mnkr", "bemanning"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att fler ärenden med personlig assistans tillkommer om Försäkringskassans "
            "bedömningar fortsätter att skärpas.",
            O("Funktionsstöd", "ersattning_fk", note="A risk."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet medför i sig inga ekonomiska konsekvenser. Nämndens underskott ska i första hand hanteras "
            "inom den egna ramen.",
            O(None, note="The decision's economic consequences and financing: other."),
        ),
        P("Anna Lindqvist, förvaltningschef    Erik Holm, ekonomichef", size=9.5),
    ]
    return ReportSpec(
        file="helsingborg-von-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-02", "2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning februari 2026", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
