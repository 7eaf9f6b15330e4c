"""Huddinge kommun, Kultur- och fritidsnämnden, tertialrapport 1 2026 (januari–april).

A culture and leisure committee's tertial report in DejaVu Serif 10 pt, footer with the nämnd's meeting date
in May: the full year's "överskott på 1,6 mnkr jämfört med budget" followed by the period "i nivå med
periodiserad budget" (boilerplate); a comment table in tkr whose last column explains each row: reasons
without amounts (the row's cell: "+800", "−400", "−800", "+1 000", an undistributed buffer tagged
`reserver`), a comment that names its own amount ("ett överskott på 0,7 mnkr", a closure for renovation),
"Enligt budget." (boilerplate) and a row with no comment; the change since February with its cause;
investments "14,2 mnkr, att jämföra med en budget på 19,0 mnkr" (4,8 never written out); an action without
an amount and a risk about energy prices (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Huddinge kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "", f"Sammanträde 2026-05-27 · sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "48 200", "47 400", "+800"),
                "Vakanta tjänster på två bibliotek under våren och lägre kostnader för medier än planerat.",
                C(
                    "Bibliotek",
                    "+800",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="A comment with reasons only: the row's cell.",
                ),
            ),
            (
                ("Kulturverksamhet", "31 500", "31 900", "−400"),
                "Högre kostnader för el och för arrangemangen under kulturveckan i mars.",
                C("Kulturverksamhet", "−400", "-", "prisokningar", unit="tkr", table=True),
            ),
            (
                ("Fritidsgårdar", "22 800", "22 100", "+700"),
                "Två fritidsgårdar har haft kortare öppettider under renoveringen av lokalerna, vilket ger ett "
                "överskott på 0,7 mnkr.",
                C(
                    "Fritidsgårdar",
                    "0,7 mnkr",
                    "+",
                    "ovrigt",
                    note="The comment names its own amount. A closure for renovation is ovrigt.",
                ),
            ),
            (
                ("Idrottsanläggningar", "64 900", "65 700", "−800"),
                "Lokalhyrorna för de två nya idrottshallarna blev högre än vad som låg i budgeten.",
                C("Idrottsanläggningar", "−800", "-", "lokaler", unit="tkr", table=True),
            ),
            (
                ("Föreningsbidrag", "18 300", "18 300", "0"),
                "Enligt budget.",
                BP("Föreningsbidrag"),
            ),
            (("Simhallar", "27 400", "27 100", "+300"), "", None),
            (
                ("Nämnd och administration", "9 100", "8 100", "+1 000"),
                "Nämndens buffert är ännu ofördelad och bedöms inte behöva tas i anspråk under året.",
                C(
                    "Nämnd och administration",
                    "+1 000",
                    "+",
                    "reserver",
                    unit="tkr",
                    table=True,
                    note="An undistributed buffer as the reason for a surplus: reserver.",
                ),
            ),
            (("Summa", "222 200", "220 600", "+1 600"), "", None),
        ),
        widths=(118.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="serif", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kultur- och fritidsnämnden prognostiserar för helåret ett överskott på 1,6 mnkr jämfört med budget.",
                C(None, "1,6 mnkr", "+"),
            ),
            (
                "Utfallet för januari–april ligger i nivå med periodiserad budget.",
                BP(None, note="The period 'i nivå med' budget: boilerplate."),
            ),
        ),
        H("Driftredovisning per verksamhet", 2),
        comments,
        H("Förändring jämfört med uppföljningen i februari", 2),
        P(
            "Prognosen har förbättrats med 0,5 mnkr sedan februari, främst för att rekryteringen av bibliotekarier har "
            "dragit ut på tiden.",
            F(None, "0,5 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2026 är 14,2 mnkr, att jämföra med en budget på 19,0 mnkr. Den nya "
            "konstgräsplanen vid Stensätra idrottsplats färdigställs först under 2027.",
            C(
                "Investeringar",
                "14,2 mnkr, att jämföra med en budget på 19,0 mnkr",
                "+",
                "periodisering",
                value=4_800_000,
                note="Under-spending of 4,8 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen ser över öppettiderna på fritidsgårdarna inför hösten.",
            A("Fritidsgårdar"),
        ),
        P(
            "Energipriserna under vintern är en osäkerhetsfaktor för idrottsanläggningarnas kostnader.",
            O("Idrottsanläggningar", "prisokningar", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="huddinge-kfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och fritidsnämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
