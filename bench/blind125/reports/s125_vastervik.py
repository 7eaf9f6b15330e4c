"""Västerviks kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026 (social services).

A social committee's cover letter in "mnkr", dated in June for the period to May: the full year "ett
underskott på 11,8 mnkr" with a share of the frame beside it, the period "3,1 mnkr högre än periodiserad
budget" (a net cost above budget: negative), "Prognosen är oförändrad jämfört med april" (boilerplate
forecast change); a table whose last column is each row's comment, with U+2212 minus signs: a reason-only
comment (the row's "−5,9"), a comment naming only a part "4,2 mnkr" of the row's "−6,9" (the cell), a
comment that names its own amount ("ger ett överskott på 2,2 mnkr"), another reason-only one ("−1,6"), a row
with no comment and "Enligt budget." (boilerplate); actions after an unlabelled lead-in; then an analysis
with a sub-area's share "3,6 mnkr av äldreomsorgens underskott" (its own item), sick pay against last year
and a grant already in the forecast (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, PageBreak, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O

ROW = "A comment-column reason with no amount of its own: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 66.0, 74.0),
        header=lambda n, m: ("Västerviks kommun | Socialförvaltningen", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Dnr SN 2026/96", "", f"{n} ({m})"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Äldreomsorg", "478,0", "483,9", "−5,9"),
                "Högre kostnader för nattbemanning på särskilda boenden sedan två enheter slogs ihop, och fler "
                "beviljade hemtjänsttimmar än budgeterat.",
                C(
                    "Äldreomsorg",
                    "−5,9",
                    "-",
                    "bemanning",
                    "omstallning",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Funktionsstöd", "212,5", "219,4", "−6,9"),
                "Två nya ärenden med personlig assistans där Försäkringskassan avslagit ansökan om "
                "assistansersättning kostar nämnden 4,2 mnkr. Resten avser köpta platser i LSS-boende.",
                C(
                    "Funktionsstöd",
                    "−6,9",
                    "-",
                    "ersattning_fk",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note="The comment names only a part (4,2 mnkr): the row's deviation cell.",
                ),
            ),
            (
                ("Individ- och familjeomsorg", "124,8", "122,6", "2,2"),
                "Färre placeringar av vuxna med missbruk i HVB än budgeterat ger ett överskott på 2,2 mnkr.",
                C("Individ- och familjeomsorg", "2,2 mnkr", "+", "kopt_verksamhet", "volymer"),
            ),
            (
                ("Ekonomiskt bistånd", "38,0", "39,6", "−1,6"),
                "Fler hushåll är beroende av försörjningsstöd under längre tid.",
                C(
                    "Ekonomiskt bistånd",
                    "−1,6",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Förvaltningsgemensamt", "22,4", "22,0", "0,4"), "", None),
            (("Nämnd", "1,9", "1,9", "0,0"), "Enligt budget.", BP("Nämnd")),
            (("Summa", "877,6", "889,4", "−11,8"), "", None),
        ),
        widths=(122.0, 46.0, 46.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="sans-bold", after=2),
        Title("Ekonomisk uppföljning per maj 2026, Socialnämnden", size=12, font="serif-italic", after=14),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar ett underskott på 11,8 mnkr för 2026, vilket motsvarar 1,3 procent av "
            "nämndens budgetram.",
            C(None, "11,8 mnkr", "-", note="The full year; the share of the frame is not the amount."),
        ),
        P(
            "Utfallet för januari–maj är 3,1 mnkr högre än periodiserad budget.",
            C(
                None,
                "3,1 mnkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P("Prognosen är oförändrad jämfört med april.", BF(None)),
        H("Ekonomisk uppföljning per verksamhet", 2),
        comments,
        H("Åtgärder", 2),
        PS(
            ("Förvaltningen har tagit fram en åtgärdsplan som redovisas för nämnden i augusti.", None),
            (
                "Inom äldreomsorgen ses nattbemanningen över med målet att minska kostnaden med 1,0 mnkr under "
                "hösten.",
                A("Äldreomsorg", "1,0 mnkr", "bemanning"),
            ),
            (
                "Nämnden har också överklagat Försäkringskassans beslut i de två assistansärendena.",
                A("Funktionsstöd", None, "ersattning_fk"),
            ),
        ),
        PageBreak(),
        H("Analys", 2),
        P(
            "Hemtjänsten står för 3,6 mnkr av äldreomsorgens underskott, eftersom antalet beviljade timmar har ökat "
            "med nio procent sedan december.",
            C("Hemtjänst", "3,6 mnkr", "-", "volymer", note="A sub-area's share: its own item."),
        ),
        P(
            "Sjuklönekostnaderna inom äldreomsorgen är 0,8 mnkr högre än under samma period i fjol.",
            O("Äldreomsorg", "sjukfranvaro", note="Against the previous year: other."),
        ),
        P(
            "Statsbidraget för äldreomsorgens bemanning, 3,4 mnkr, har intäktsförts enligt plan och ingår i "
            "prognosen.",
            O("Äldreomsorg", "statsbidrag", note="A grant as budgeted: context, other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Socialnämnden"],
            "period": ["2026-05", "2026-06"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
