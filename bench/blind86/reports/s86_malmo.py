"""Malmö stad, Stadsbyggnadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per oktober 2025.

A planning and building committee's cover letter set in Times (Liberation Serif), header with the letter date
in November and a diary number: a decision proposal (unlabelled), the full year "ett överskott mot budget om
5,1 mnkr", the period "6,3 mnkr bättre än periodiserad budget" and the change since the August forecast with
its cause in three sentences; headings that carry the area and the amount in brackets ("Bygglov och tillsyn
(+3,2 mnkr)", "Detaljplanering (−2,4 mnkr)", "Stadsantikvariska avdelningen (±0 mnkr)") over reasons only, a
risk sentence in the detaljplanering paragraph (other), "bedöms följa budget" (boilerplate), a part "0,8 mnkr
mer än beräknat" inside the common costs' paragraph; investments "Prognosen är 7,5 mnkr" of a frame of 12,0
(4,5 never written out); the cost coverage against last year (other) and an action without an amount.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.5,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 78.0),
        header=lambda n, m: (
            "Malmö stad, Stadsbyggnadskontoret",
            "Tjänsteskrivelse 2025-11-12 SBN-2025-3187",
        ),
        footer=lambda n, m: ("", f"{n} (av {m})", ""),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Uppföljningsrapport per oktober 2025", size=17, font="times-bold", after=2),
        Title("Stadsbyggnadsnämnden", size=12.5, font="times", after=12),
        H("Förslag till beslut", 3),
        P(
            "Stadsbyggnadsnämnden godkänner uppföljningsrapporten per oktober 2025 och överlämnar den till kommunstyrelsen."
        ),
        H("Sammanfattning", 3),
        PS(
            (
                "Stadsbyggnadsnämnden prognostiserar ett överskott mot budget om 5,1 mnkr för 2025.",
                C(None, "5,1 mnkr", "+"),
            ),
            (
                "Utfallet till och med oktober är 6,3 mnkr bättre än periodiserad budget.",
                C(None, "6,3 mnkr", "+", note="The period, its own sentence."),
            ),
            (
                "Prognosen är 1,6 mnkr bättre än i augusti, vilket beror på att fler bygglovsärenden har avslutats "
                "under hösten.",
                F(None, "1,6 mnkr", "+", "volymer", "avgifter_intakter"),
            ),
        ),
        H("Ärendet", 3),
        HP(
            "Bygglov och tillsyn (+3,2 mnkr)",
            "Intäkterna från bygglovsavgifter blir högre än budgeterat då flera stora ärenden i Hyllie och Nyhamnen "
            "har beslutats under året.",
            C(
                "Bygglov och tillsyn",
                "+3,2 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="The heading carries the amount in brackets.",
            ),
        ),
        Para(
            (
                (
                    "Färre planavtal än beräknat har tecknats, eftersom bostadsbyggandet har bromsat in. Planintäkterna "
                    "blir därför lägre än budget.",
                    C("Detaljplanering", "−2,4 mnkr", "-", "avgifter_intakter", "volymer"),
                ),
                (
                    "Om marknaden inte återhämtar sig finns en risk att fler planuppdrag skjuts fram till 2026.",
                    O("Detaljplanering", note="A risk sentence in the cause's paragraph: other."),
                ),
            ),
            head="Detaljplanering (−2,4 mnkr)",
            head_level=3,
        ),
        HP(
            "Lantmäteri och geodata (+1,9 mnkr)",
            "Två tjänster som mätningsingenjör har varit vakanta sedan våren, samtidigt som intäkterna från "
            "förrättningar har ökat.",
            C("Lantmäteri och geodata", "+1,9 mnkr", "+", "vakanser", "avgifter_intakter"),
        ),
        HP(
            "Stadsantikvariska avdelningen (±0 mnkr)",
            "Verksamheten bedöms följa budget.",
            BP("Stadsantikvariska avdelningen"),
        ),
        HP(
            "Gemensamma kostnader (+2,4 mnkr)",
            "Lokalkostnaderna blir lägre sedan kontoret lämnade en våning i sitt hus på Södra Förstadsgatan i mars, "
            "samtidigt som licenserna för det nya ärendehanteringssystemet kostar 0,8 mnkr mer än beräknat.",
            C(
                "Gemensamma kostnader",
                "+2,4 mnkr",
                "+",
                "lokaler",
                "it_digitalisering",
                note="The heading's amount: the licences' 0,8 mnkr is a part pulling the other way.",
            ),
        ),
        H("Investeringar", 3),
        P(
            "Nämndens investeringsram för 2025 är 12,0 mnkr. Prognosen är 7,5 mnkr, främst för att upphandlingen av "
            "en ny digital tvilling av staden har överprövats.",
            C(
                "Investeringar",
                "Prognosen är 7,5 mnkr",
                "+",
                "periodisering",
                "it_digitalisering",
                value=4.5e6,
                note="An under-spend never written out: the computed 4,5 mnkr with the amount text as written. "
                "An overprövad procurement delays the spending: periodisering.",
            ),
        ),
        H("Nyckeltal", 3),
        P(
            "Kostnadstäckningsgraden för bygglov är 92 procent, att jämföra med 85 procent vid samma tid 2024.",
            O("Bygglov och tillsyn", note="A key ratio against the previous year: other."),
        ),
        H("Åtgärder", 3),
        P(
            "Kontoret har flyttat två planarkitekter till bygglovsenheten under hösten för att möta ärendeinflödet.",
            A(None, None, "bemanning"),
        ),
    ]
    return ReportSpec(
        file="malmo-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2025-10.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Stadsbyggnadsnämnden"],
            "period": ["2025-10"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Uppföljningsrapport per oktober 2025 Stadsbyggnadsnämnden",
            "author": "Malmö stad",
        },
        style=style,
        blocks=blocks,
    )
