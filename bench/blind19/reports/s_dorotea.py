"""Dorotea kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per april 2026.

A social committee's cover letter (tjänsteskrivelse) dated in May, Liberation Sans 10 pt, header with the
letter's date and footer with the diarienummer: the decision proposal (unlabelled), then an
"Ärendebeskrivning" whose second sentence gives the full year's "underskott på 3,8 mnkr mot tilldelad ram"
with two areas named and no reasons, repeated in the report part as "3,8 mnkr mer än budget" after a level
("nettokostnad på 101,9 mnkr"); a spending share against an even consumption (percentages, other); a
verksamhet table in tkr with hyphen-minus deficits; sections under plain headings: hemtjänst "hamnar 1,9
mnkr över budget" with hour levels that are not the amount, an elderly home whose "negativ avvikelse om
1,6 mnkr" comes last, IFO with the amount in a sentence of its own, and two areas in one sentence with
their own amounts (two items) followed by "följer budget" (boilerplate); two actions (one with its effect
"cirka 0,6 mnkr på helår") and a risk with a per-placement cost (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("DOROTEA KOMMUN – Socialförvaltningen", "Tjänsteskrivelse 2026-05-07"),
        footer=lambda n, m: ("Dnr SN 2026/31", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (avvikelse = budget − prognos)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "4 200", "1 310", "4 050", "150"),
            ("Hemtjänst", "17 600", "6 920", "19 500", "-1 900"),
            ("Särskilt boende", "36 800", "13 480", "38 400", "-1 600"),
            ("Hemsjukvård och rehabilitering", "9 300", "3 050", "9 300", "0"),
            ("Individ- och familjeomsorg", "14 900", "5 150", "15 600", "-700"),
            ("LSS", "15 300", "4 990", "15 050", "250"),
            ("Summa", "98 100", "34 900", "101 900", "-3 800"),
        ),
        widths=(160.0, 64.0, 70.0, 68.0, 56.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per april 2026 – socialnämnden", size=15, font="arial-bold", after=4),
        P("Handläggare: controller, socialförvaltningen", size=8.5),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per april 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendebeskrivning", 2),
        PS(
            ("Förvaltningen har upprättat en ekonomisk uppföljning per den 30 april.", None),
            (
                "Socialnämnden prognostiserar för helåret ett underskott på 3,8 mnkr mot tilldelad ram, "
                "huvudsakligen inom hemtjänsten och det särskilda boendet Solgläntan.",
                C(
                    None,
                    "3,8 mnkr",
                    "-",
                    note="The cover letter's summary: a cause of its own (areas named, no reasons: no tags).",
                ),
            ),
        ),
        H("Ekonomisk uppföljning", 2),
        P(
            "Utfallet för januari–april är 34,9 mnkr, vilket motsvarar 35,6 procent av årsbudgeten på 98,1 mnkr. "
            "Vid en jämn förbrukning skulle andelen ha varit 33,3 procent.",
            O(
                None,
                note="A spending share against an even consumption: a supporting figure, not a deviation "
                "against budget.",
            ),
        ),
        P(
            "Helårsprognosen pekar mot en nettokostnad på 101,9 mnkr, det vill säga 3,8 mnkr mer än budget.",
            C(None, "3,8 mnkr", "-", note="The summary repeated in the report part; 101,9 is the level."),
        ),
        table,
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten hamnar 1,9 mnkr över budget. Antalet beviljade timmar har sedan december ökat från drygt "
            "5 100 till nära 5 900 per månad, främst i Borgafjäll och Risbäck där flera brukare med stora insatser "
            "har tillkommit. De långa körsträckorna gör att varje ny brukare i glesbygden blir dyr.",
            C("Hemtjänst", "1,9 mnkr", "-", "volymer", note="Hour levels are not the amount."),
        ),
        H("Särskilt boende", 3),
        P(
            "Solgläntan har sedan februari haft en avdelning med förstärkt nattbemanning för två boende med "
            "utåtagerande beteende. Det, tillsammans med sjuksköterskor från bemanningsföretag under tiden två "
            "sjukskötersketjänster är vakanta, ger en negativ avvikelse om 1,6 mnkr.",
            C("Särskilt boende", "1,6 mnkr", "-", "bemanning", "inhyrd_personal", "vakanser"),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Två barn är sedan mars placerade i familjehem genom konsulentstödd verksamhet, vilket inte ryms i "
            "budgeten. Avvikelsen beräknas till 700 tkr för helåret.",
            C("Individ- och familjeomsorg", "700 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Övriga verksamheter", 3),
        PS(
            (
                "Nämnd och administration visar ett litet överskott på 150 tkr genom lägre kostnader för "
                "utbildning, och LSS beräknas lämna 250 tkr bättre än budget eftersom köpet av en korttidsplats i "
                "annan kommun inte längre behövs.",
                C(
                    "Nämnd och administration",
                    "150 tkr",
                    "+",
                    "ovrigt",
                    note="Two areas with their own amounts in one sentence: two items.",
                    also=(C("LSS", "250 tkr", "+", "kopt_verksamhet"),),
                ),
            ),
            ("Hemsjukvård och rehabilitering följer budget.", BP("Hemsjukvård och rehabilitering")),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen ser över schemaläggningen inom hemtjänsten med målet att minska den planerade tiden "
                "med 5 procent, vilket motsvarar cirka 0,6 mnkr på helår.",
                A("Hemtjänst", "cirka 0,6 mnkr", "bemanning"),
            ),
            (
                "Rekrytering av två sjuksköterskor pågår för att minska beroendet av bemanningsföretag.",
                A("Särskilt boende", None, "inhyrd_personal", "vakanser"),
            ),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter att inga nya placeringar tillkommer under året. En ny placering på HVB kan kosta "
            "mellan 1,5 och 2 mnkr per år.",
            O(
                "Individ- och familjeomsorg",
                "kopt_verksamhet",
                note="A risk with a per-placement cost: other.",
            ),
        ),
    ]
    return ReportSpec(
        file="dorotea-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-04.pdf",
        report={
            "municipality": "Dorotea",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per april 2026 – socialnämnden",
            "author": "Dorotea kommun",
        },
        style=style,
        blocks=blocks,
    )
