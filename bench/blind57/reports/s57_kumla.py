"""Kumla kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning per september 2025.

A social committee's tjänsteskrivelse dated in October, with a decision proposal (unlabelled), a summary that
gives the full year "ett underskott på 7,3 mkr jämfört med budget", the period "4,9 mkr högre än periodiserad
budget" (a net cost above budget: negative) and the change since the interim report with its cause; a tkr
table with hyphen-minus deficits ("-5 800"); then plain paragraphs, one per verksamhet, whose first sentence
names the area and amount in varied shapes: "beräknas överskrida budget med 5,8 mkr", "För ekonomiskt bistånd
visar prognosen −1,8 mkr", "har ett underskott på 1,3 mkr som härrör från" start-up costs (omstallning), two
verksamheter with "överskott på 0,7 respektive 0,8 mkr" (two items) and "följer budget" beside a row of 100
(boilerplate); two actions, one with its effect this year, and the economic consequences with the rule that
the deficit is handled within the frame and no equity (other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("KUMLA KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Socialförvaltningen", "", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "12 400", "11 600", "800"),
            ("Individ- och familjeomsorg", "46 900", "52 700", "-5 800"),
            ("Ekonomiskt bistånd", "28 300", "30 100", "-1 800"),
            ("Stöd och service LSS", "118 200", "119 500", "-1 300"),
            ("Socialpsykiatri", "19 600", "18 900", "700"),
            ("Bostadsanpassning", "4 800", "4 700", "100"),
            ("Summa", "230 200", "237 500", "-7 300"),
        ),
        widths=(170.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per september 2025", size=15, font="times-bold", after=4),
        P("Datum 2025-10-08 Diarienummer SN 2025/118", size=9.0),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per september 2025 och överlämnar den till "
            "kommunstyrelsen för kännedom."
        ),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar ett underskott på 7,3 mkr jämfört med budget för 2025.",
            C(None, "7,3 mkr", "-"),
        ),
        P(
            "Utfallet per september är 4,9 mkr högre än periodiserad budget.",
            C(
                None,
                "4,9 mkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P(
            "Prognosen är 1,9 mkr bättre än vid delårsbokslutet per augusti, vilket beror på att en extern placering "
            "har avslutats tidigare än beräknat.",
            F(None, "1,9 mkr", "+", "kopt_verksamhet"),
        ),
        H("Ärendet", 2),
        table,
        P(
            "Individ- och familjeomsorgen beräknas överskrida budget med 5,8 mkr. Kostnaderna för placeringar av barn "
            "och unga på HVB är fortsatt höga, och verksamheten har sedan i våras anlitat två inhyrda socialsekreterare "
            "för att klara utredningarna.",
            C("Individ- och familjeomsorg", "5,8 mkr", "-", "kopt_verksamhet", "inhyrd_personal"),
        ),
        P(
            "För ekonomiskt bistånd visar prognosen −1,8 mkr. Antalet hushåll med försörjningsstöd har ökat under "
            "året, bland annat till följd av att fler personer har nått maxtiden i etableringsprogrammet.",
            C("Ekonomiskt bistånd", "−1,8 mkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        P(
            "Stöd och service enligt LSS har ett underskott på 1,3 mkr som härrör från en ny gruppbostad där "
            "personalkostnaderna under uppstartsperioden har varit högre än beräknat.",
            C("Stöd och service LSS", "1,3 mkr", "-", "omstallning", note="Start-up costs: omstallning."),
        ),
        Para(
            (
                (
                    "Socialpsykiatrin och nämnd och administration ger överskott på 0,7 respektive 0,8 mkr, i båda "
                    "fallen till följd av vakanta tjänster.",
                    C(
                        "Socialpsykiatri",
                        "0,7",
                        "+",
                        "vakanser",
                        unit="mkr",
                        note="A 'respektive' pair: two items, same text.",
                        also=(C("Nämnd och administration", "0,8 mkr", "+", "vakanser"),),
                    ),
                ),
            )
        ),
        P("Bostadsanpassningen följer budget.", BP("Bostadsanpassning", note="The row says 100.")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inlett en översyn av samtliga pågående placeringar med målet att flytta hem eller "
            "till familjehem i egen regi där det är möjligt.",
            A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
        ),
        P(
            "Avtalet om inhyrda socialsekreterare sägs upp från och med december, vilket minskar kostnaderna med "
            "0,4 mkr i år.",
            A("Individ- och familjeomsorg", "0,4 mkr", "inhyrd_personal"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet medför inga ekonomiska konsekvenser i sig. Underskottet ska enligt kommunens riktlinjer för "
            "ekonomistyrning hanteras inom nämndens egen ram, och nämnden har inget eget kapital att ta i anspråk.",
            O(None, "reserver", note="The rule for the deficit and equity: other."),
        ),
    ]
    return ReportSpec(
        file="kumla-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": "Kumla",
            "committee": ["Socialnämnden"],
            "period": ["2025-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per september 2025 Socialnämnden",
            "author": "Kumla kommun",
        },
        style=style,
        blocks=blocks,
    )
