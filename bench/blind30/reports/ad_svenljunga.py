"""Svenljunga kommun, Omsorgsnämnden, tjänsteskrivelse: ekonomisk uppföljning februari 2026.

A cover letter (tjänsteskrivelse) dated in March for the period to February: the decision proposal (not labelled);
the full year "bedöms helåret sluta på minus 5,8 miljoner kronor" after the frame as a level, with the deficit's
areas named and two areas "bedöms hålla sina budgetar" inside the same paragraph (one item); the deviation against
the figure the nämnd gave in the budget dialogue in November (a forecast change); the period's personnel costs
against the periodised budget and revenue from Försäkringskassan (two causes, tkr-free "miljoner kronor"); then
plain headings per verksamhet: hemtjänst "ett underskott på 3 900 tkr" followed by its reasons (one item),
funktionsstöd "överstiga budget med 2 150 000 kronor" (whole kronor), särskilt boende "bedöms klara budgeten"
(boilerplate), hälso- och sjukvård "i nivå med budget" (boilerplate) with a risk in its own sentence (other),
ledning with a surplus in tkr; a bullet list of three actions, the first with its effect. 6 scored causes.
Liberation Serif (Times metrics) 11 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(74.0, 82.0, 74.0, 74.0),
        header=lambda n, m: ("Svenljunga kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Diarienummer ON 2026/27", "Datum 2026-03-09", f"{n}({m})"),
        header_size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning februari 2026, Omsorgsnämnden", size=15, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Omsorgsnämnden noterar informationen om den ekonomiska uppföljningen och ger förvaltningschefen i uppdrag "
            "att återkomma i april med förslag som minskar underskottet."
        ),
        H("Sammanfattning av ärendet", 2),
        P(
            "Omsorgsnämnden har en budgetram för 2026 på 246,0 miljoner kronor. Efter årets två första månader bedöms "
            "helåret sluta på minus 5,8 miljoner kronor. Underskottet finns främst inom hemtjänsten och funktionsstödet, "
            "medan särskilt boende och hälso- och sjukvården bedöms hålla sina budgetar.",
            C(
                None,
                "minus 5,8 miljoner kronor",
                "-",
                note="The frame is a level; the areas are named without reasons, and the two in balance stay inside "
                "the paragraph (one item).",
            ),
        ),
        P(
            "Underskottet är 1,3 miljoner kronor större än det som nämnden aviserade i budgetdialogen i november, då "
            "ökningen av hemtjänsttimmar ännu inte var känd.",
            F(
                None,
                "1,3 miljoner kronor",
                "-",
                "volymer",
                note="The deviation against the figure given in the budget dialogue: a change against an earlier "
                "forecast.",
            ),
        ),
        H("Utfall per februari", 2),
        PS(
            (
                "Personalkostnaderna är 1,1 miljoner kronor högre än den periodiserade budgeten efter två månader, "
                "främst på grund av övertid och sjukfrånvaro under influensaperioden i januari.",
                C(
                    "Personalkostnader",
                    "1,1 miljoner kronor",
                    "-",
                    "overtid",
                    "sjukfranvaro",
                    note="The period.",
                ),
            ),
            (
                "Intäkterna från Försäkringskassan för personlig assistans ligger 0,3 miljoner kronor under budget för "
                "perioden, eftersom två ärenden har omprövats.",
                C(
                    "Intäkter",
                    "0,3 miljoner kronor",
                    "-",
                    "ersattning_fk",
                    note="The period's revenue shortfall.",
                ),
            ),
        ),
        H("Prognos per verksamhet", 2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten prognostiserar ett underskott på 3 900 tkr. Antalet beviljade timmar har ökat kraftigt under "
            "januari och februari, bland annat efter utskrivningar från sjukhuset av brukare med stora behov. "
            "Bilkostnaderna har också stigit när leasingavtalen för tolv bilar förnyades till en högre månadskostnad.",
            C(
                "Hemtjänst",
                "3 900 tkr",
                "-",
                "volymer",
                "material_hjalpmedel",
                note="The deficit and its reasons in one paragraph; leased cars are material_hjalpmedel.",
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Inom funktionsstöd beräknas kostnaderna överstiga budget med 2 150 000 kronor. En ny brukare i daglig "
            "verksamhet har behov av en-till-en-bemanning, och en placering i bostad med särskild service i en annan "
            "kommun har beslutats under februari.",
            C(
                "Funktionsstöd",
                "2 150 000 kronor",
                "-",
                "bemanning",
                "kopt_verksamhet",
                "volymer",
                note="Whole kronor.",
            ),
        ),
        H("Särskilt boende", 3),
        P(
            "Särskilt boende bedöms klara budgeten. Beläggningen är full på samtliga avdelningar och det finns i "
            "dagsläget ingen kö.",
            BP("Särskilt boende"),
        ),
        H("Hälso- och sjukvård", 3),
        PS(
            ("Prognosen är i nivå med budget.", BP("Hälso- och sjukvård")),
            (
                "Kostnaderna för inhyrda sjuksköterskor under sommaren är dock en osäkerhet, eftersom rekryteringen av "
                "sommarvikarier har gått trögt.",
                O("Hälso- och sjukvård", "inhyrd_personal", "vakanser", note="A risk: other."),
            ),
        ),
        H("Ledning och gemensamt", 3),
        P(
            "Här finns ett överskott på 250 tkr som hänger samman med att en tjänst som verksamhetsutvecklare är vakant "
            "sedan januari.",
            C("Ledning och gemensamt", "250 tkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen har påbörjat följande åtgärder:"),
        Bullets(
            (
                "Hemtjänstens planering ses över med målet att minska restiden mellan besöken, vilket beräknas ge "
                "600 tkr under året.",
                "Nyanställningar och förlängningar av visstidsanställningar prövas av sektorchefen.",
                "Leasingbilar som används lite lämnas tillbaka när avtalen löper ut.",
            ),
            labels=(
                A("Hemtjänst", "600 tkr", "bemanning"),
                A(None, None, "bemanning", note="Anställningsprövning: an action without an effect."),
                A("Hemtjänst", None, "material_hjalpmedel"),
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet innebär inga ytterligare kostnader för nämnden."),
        P("Anna-Karin Wester, förvaltningschef    Peter Holm, ekonom", size=10.0),
    ]
    return ReportSpec(
        file="svenljunga-on-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Svenljunga",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning februari 2026, Omsorgsnämnden",
            "author": "Svenljunga kommun",
        },
        style=style,
        blocks=blocks,
    )
