"""Simrishamns kommun, Socialnämnden, tjänsteskrivelse om helårsprognos 2 2026 (per maj).

A social committee's cover letter (tjänsteskrivelse) dated in June for the forecast made after May, with the
case number in the footer and the letter date in the header: a decision proposal, then a summary whose first
sentence is the full year's "underskott på 7,4 miljoner kronor" and whose second is the change since forecast 1
(two items in one paragraph); a verksamhet table in tkr with hyphen-minus deficits; then bold run-in verksamheter
ending in a colon: "överskrider budget med 4,6 miljoner kronor" with volumes after it, a reason-only deficit
(the row's "-1 800"), hemtjänst and särskilda boenden as a "respektive" pair with a cause each in the next
sentence, "vilket ger ett överskott på 800 tkr", "bedöms klara sin budget" (boilerplate) and "en halv miljon
kronor" in words; an action with its effect, a consequences paragraph about the deficit without an amount
(other) and the list of documents (unlabelled). DejaVu Serif 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


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
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Socialförvaltningen", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Simrishamns kommun", "SN 2026/087", f"{n} (av {m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos 2 2026 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 600", "14 100", "500"),
            ("Individ- och familjeomsorg", "58 300", "62 900", "-4 600"),
            ("Ekonomiskt bistånd", "21 700", "23 500", "-1 800"),
            ("Äldreomsorg", "247 800", "250 100", "-2 300"),
            ("Funktionsstöd", "96 400", "95 600", "800"),
            ("Hälso- och sjukvård", "41 200", "41 200", "0"),
            ("Summa", "480 000", "487 400", "-7 400"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=11, font="sans", after=4),
        Title("Helårsprognos 2 2026 – socialnämnden", size=17, font="sans-bold", after=10),
        P("Handläggare: controller, socialförvaltningen. Mottagare: socialnämnden.", size=8.5),
        H("Förslag till beslut", 2),
        P("Socialnämnden godkänner helårsprognos 2 för 2026 och överlämnar den till kommunstyrelsen."),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 7,4 miljoner kronor för 2026.",
                C(None, "7,4 miljoner kronor", "-"),
            ),
            (
                "Det är en försämring med 2,1 miljoner kronor jämfört med helårsprognos 1.",
                F(None, "2,1 miljoner kronor", "-"),
            ),
        ),
        H("Ärendet", 2),
        P(
            "Prognosen bygger på det bokförda utfallet till och med maj och på verksamheternas bedömning av resten av "
            "året. Kommunstyrelsen följer upp nämndernas ekonomi i februari, maj, augusti och oktober."
        ),
        table,
        LP(
            "Individ- och familjeomsorg:",
            "Placeringskostnaderna för barn och unga överskrider budget med 4,6 miljoner kronor. Sedan årsskiftet har "
            "fem barn placerats i familjehem via konsulentstödda verksamheter, och två ungdomar vårdas på HVB.",
            C("Individ- och familjeomsorg", "4,6 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Fler hushåll än tidigare söker försörjningsstöd, särskilt hushåll där de vuxna har lämnat "
            "etableringsprogrammet.",
            C(
                "Ekonomiskt bistånd",
                "-1 800",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Äldreomsorg:",
            "Hemtjänsten och de särskilda boendena beräknas överskrida budget med 1,5 respektive 0,8 miljoner kronor. "
            "I hemtjänsten ökar antalet beviljade timmar, på boendena kostnaderna för nattbemanning.",
            C(
                "Hemtjänst",
                "1,5",
                "-",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair under one lead, a cause for each in the next sentence: two items with the "
                "same text, each with its own tag.",
                also=(C("Särskilda boenden", "0,8 miljoner kronor", "-", "bemanning"),),
            ),
        ),
        LP(
            "Funktionsstöd:",
            "Ett gruppboende enligt LSS har kunnat samordna nattpersonalen med ett närliggande boende, vilket ger ett "
            "överskott på 800 tkr.",
            C("Funktionsstöd", "800 tkr", "+", "bemanning"),
        ),
        LP("Hälso- och sjukvård:", "Verksamheten bedöms klara sin budget.", BP("Hälso- och sjukvård")),
        LP(
            "Nämnd och förvaltningsledning:",
            "En vakant tjänst som verksamhetsutvecklare ger ett överskott på en halv miljon kronor.",
            C(
                "Nämnd och förvaltningsledning",
                "en halv miljon kronor",
                "+",
                "vakanser",
                value=500_000,
                note="An amount in words.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har påbörjat en genomgång av alla pågående placeringar för att pröva om fler barn kan få "
            "stöd på hemmaplan. Bedömningen är att åtgärden kan minska kostnaderna med 1,0 miljon kronor under andra "
            "halvåret.",
            A("Individ- och familjeomsorg", "1,0 miljon kronor", "kopt_verksamhet"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Om prognosen står sig redovisar nämnden ett underskott vid årets slut. Enligt kommunens riktlinjer för "
            "ekonomistyrning ska ett underskott som beror på ökade volymer hanteras i dialog med kommunstyrelsen.",
            O(None, note="The consequence and the rule for handling a deficit, with no amount: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-06-03. Helårsprognos 2 2026, socialnämnden, med bilagor."),
    ]
    return ReportSpec(
        file="simrishamn-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Simrishamn",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Helårsprognos 2 2026 socialnämnden", "author": "Simrishamns kommun"},
        style=style,
        blocks=blocks,
    )
