"""Smedjebackens kommun, Socialnämnden, månadsuppföljning november 2025 (mostly elderly care).

A social committee's month report dominated by elderly care, set in Liberation Sans Narrow (no semicolons),
in "mkr" and "tkr", footer with the nämnd's meeting date in December: the full year "4,3 mkr sämre än budget"
with where the deficit lies in the next sentence (one item), "Jämfört med oktober är prognosen oförändrad"
(boilerplate forecast change); a table whose last column is each row's comment, in tkr with en dashes as
minus signs: reason-only comments taking their row's cell ("–2 560", "–1 950", "300", "800", "–400"), one
comment that names its own amount ("Underskottet på 540 tkr beror på"), "Ingen avvikelse." (boilerplate), a
row and the sum row with no comment; then vård och omsorg as a whole "överskrider budget med 4,75 mkr"
(the deficit explained a second time, by a larger area); two actions as bullets (one with an effect),
investments "beräknas användas under december" (boilerplate) and sick leave against last year (other). 8 scored
causes. Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Smedjebackens kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Månadsuppföljning november 2025", "Socialnämnden 2025-12-10", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "38 400", "40 960", "–2 560"),
                "Antalet utförda hemtjänsttimmar har ökat med cirka 8 procent sedan årsskiftet. Fler brukare har "
                "dubbelbemanning.",
                C("Hemtjänst", "–2 560", "-", "volymer", "bemanning", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Särskilt boende", "61 200", "63 150", "–1 950"),
                "Hög sjukfrånvaro och övertid på två av boendena, där även nattbemanningen har förstärkts.",
                C(
                    "Särskilt boende",
                    "–1 950",
                    "-",
                    "sjukfranvaro",
                    "overtid",
                    "bemanning",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Korttidsboende", "7 800", "8 340", "–540"),
                "Underskottet på 540 tkr beror på att kommunen har betalat regionen för utskrivningsklara patienter "
                "som inte kunnat tas emot.",
                C(
                    "Korttidsboende",
                    "540 tkr",
                    "-",
                    "kopt_verksamhet",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "14 900", "14 600", "300"),
                "Vakant tjänst som distriktssköterska under sommaren.",
                C("Hälso- och sjukvård", "300", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("LSS och socialpsykiatri", "22 700", "22 700", "0"),
                "Ingen avvikelse.",
                BP("LSS och socialpsykiatri"),
            ),
            (
                ("Individ- och familjeomsorg", "19 300", "18 500", "800"),
                "Färre externa placeringar än budgeterat.",
                C(
                    "Individ- och familjeomsorg",
                    "800",
                    "+",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Ekonomiskt bistånd", "6 100", "6 050", "50"), "", None),
            (
                ("Nämnd och administration", "3 900", "4 300", "–400"),
                "Kostnader för konsultstöd vid införandet av ett nytt verksamhetssystem.",
                C(
                    "Nämnd och administration",
                    "–400",
                    "-",
                    "it_digitalisering",
                    "inhyrd_personal",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "174 300", "178 600", "–4 300"), "", None),
        ),
        widths=(128.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=18, font="narrow-bold", after=2),
        Title("Socialnämnden", size=12, font="narrow", after=14),
        H("Ekonomisk översikt", 2),
        P(
            "Socialnämnden prognostiserar ett resultat som är 4,3 mkr sämre än budget för helåret. Underskottet finns "
            "inom äldreomsorgen, medan individ- och familjeomsorgen beräknas lämna ett överskott.",
            C(None, "4,3 mkr", "-", note="The full year, with where the deficit lies: one item, no tag."),
        ),
        P("Jämfört med oktober är prognosen oförändrad.", BF(None)),
        comments,
        H("Vård och omsorg", 2),
        P(
            "Vård och omsorg som helhet överskrider budget med 4,75 mkr. Den största förklaringen är att behovet av "
            "hemtjänst fortsätter att öka, framför allt på landsbygden, och att vårdtyngden på boendena har ökat.",
            C(
                "Vård och omsorg",
                "4,75 mkr",
                "-",
                "volymer",
                note="The deficit explained a second time by a larger area: an item of its own.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Schemaöversyn i hemtjänsten med fokus på delade turer och kortare restider.",
                "Övertid på särskilt boende ska godkännas av enhetschef i förväg. Åtgärden beräknas ge 250 tkr fram "
                "till årsskiftet.",
            ),
            labels=(A("Hemtjänst", None, "bemanning"), A("Särskilt boende", "250 tkr", "overtid")),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 1,8 mkr har 0,6 mkr förbrukats. Resterande medel för larm och "
            "trygghetskameror beräknas användas under december.",
            BP("Investeringar", note="The whole frame expected to be used: boilerplate."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom vård och omsorg var 9,8 procent i oktober, jämfört med 8,1 procent samma månad 2024.",
            O("Vård och omsorg", "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="smedjebacken-sn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Smedjebacken",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning november 2025 Socialnämnden", "author": "Smedjebackens kommun"},
        style=style,
        blocks=blocks,
    )
