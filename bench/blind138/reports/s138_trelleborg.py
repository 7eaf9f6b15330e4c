"""Trelleborgs kommun, Tekniska nämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's cover letter dated in June for the period to May, Liberation Sans Narrow 10.5 pt,
footer with the letter's diarienummer: the tax-financed result "4,7 mnkr sämre än budget" and the
fee-financed parking "ett överskott mot budget på 1,3 mnkr" in two sentences (two items); headings that carry
the area and the amount after "prognos" ("Gata och park, prognos −2 600 tkr") over paragraphs with snow and
vandalism (ovrigt) followed by a risk sentence (its own item), a part in whole kronor that is not the amount
("1 150 000 kronor" of "−1 900 tkr"), food prices and fewer färdtjänst journeys; investments as two levels
"64,0 mnkr och prognosen 51,2 mnkr" (12,8 never written out) followed by a project's overrun in the next
sentence; an action "cirka 900 tkr", "oförändrad" (a boilerplate forecast change) and the financing of the
deficit (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Title

from reports.common import BF, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Trelleborgs kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "Dnr TN 2026/118", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="narrow-bold", after=2),
        Title("Ekonomisk uppföljning per maj 2026 – Tekniska nämnden", size=12.5, font="narrow", after=6),
        P("Datum 2026-06-08. Handläggare: controller, samhällsbyggnadsförvaltningen.", size=9.0),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Tekniska nämndens skattefinansierade verksamhet prognostiserar ett resultat som är 4,7 mnkr sämre än "
                "budget.",
                C("Skattefinansierad verksamhet", "4,7 mnkr", "-"),
            ),
            (
                "Den avgiftsfinansierade parkeringsverksamheten väntas ge ett överskott mot budget på 1,3 mnkr tack "
                "vare fler besökare i centrum under våren.",
                C("Parkering", "1,3 mnkr", "+", "avgifter_intakter", "volymer"),
            ),
        ),
        H("Avvikelser per verksamhet", 2),
        Para(
            (
                (
                    "Vinterväghållningen har kostat betydligt mer än budgeterat efter snöovädret i februari. Därtill "
                    "har skadegörelse på lekplatser och gatubelysning krävt akuta reparationer.",
                    C(
                        "Gata och park",
                        "−2 600 tkr",
                        "-",
                        "ovrigt",
                        note="Snow and vandalism: ovrigt. The heading carries the amount.",
                    ),
                ),
                (
                    "Om vintern i slutet av året blir snörik finns en risk för ytterligare kostnader.",
                    O("Gata och park", note="A risk sentence in the cause's paragraph: its own item."),
                ),
            ),
            head="Gata och park, prognos −2 600 tkr",
            head_level=3,
        ),
        Para(
            (
                (
                    "Energikostnaderna i kommunens fastigheter överstiger budget med 1 150 000 kronor. Resterande del "
                    "av underskottet består av tomhyror för den tidigare skolbyggnaden i Anderslöv, som står tom i "
                    "väntan på försäljning.",
                    C(
                        "Fastighet",
                        "−1 900 tkr",
                        "-",
                        "prisokningar",
                        "lokaler",
                        note="The part in whole kronor is not the amount: the heading's.",
                    ),
                ),
            ),
            head="Fastighet, prognos −1 900 tkr",
            head_level=3,
        ),
        Para(
            (
                (
                    "Livsmedelspriserna har fortsatt att stiga snabbare än vad budgeten räknade med.",
                    C("Kost", "−800 tkr", "-", "prisokningar"),
                ),
            ),
            head="Kost, prognos −800 tkr",
            head_level=3,
        ),
        Para(
            (
                (
                    "Kostnaderna för färdtjänst blir lägre än budgeterat eftersom antalet resor har minskat jämfört med "
                    "de senaste åren.",
                    C("Trafik och färdtjänst", "+600 tkr", "+", "volymer"),
                ),
            ),
            head="Trafik och färdtjänst, prognos +600 tkr",
            head_level=3,
        ),
        H("Investeringar", 2),
        PS(
            (
                "Nämndens investeringsbudget för 2026 är 64,0 mnkr och prognosen 51,2 mnkr. Ombyggnaden av en gata i "
                "centrum och en cykelväg mot Skegrie har skjutits till 2027 efter en överprövning av upphandlingen.",
                C(
                    "Investeringar",
                    "64,0 mnkr och prognosen 51,2 mnkr",
                    "+",
                    "periodisering",
                    value=12_800_000,
                    note="Under-spending of 12,8 mnkr, never written out: the computed value.",
                ),
            ),
            (
                "Beläggningsprogrammet väntas däremot kosta 2,1 mnkr mer än planerat till följd av höjda asfaltspriser.",
                C(
                    "Beläggningsprogrammet",
                    "2,1 mnkr",
                    "-",
                    "prisokningar",
                    note="A project's overrun: its own item.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att skjuta upp planerat underhåll av grönytor och att inte tillsätta en "
            "vakant tjänst som trafikingenjör under resten av året, vilket sammantaget förbättrar resultatet med "
            "cirka 900 tkr.",
            A(None, "cirka 900 tkr", "vakanser"),
        ),
        H("Jämförelse med föregående uppföljning", 2),
        P("Prognosen är oförändrad jämfört med uppföljningen per mars.", BF(None)),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet medför inga ekonomiska konsekvenser i sig. Underskottet ska enligt kommunens riktlinjer "
            "hanteras inom nämndens ram under året.",
            O(None, note="Financing of the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Tekniska nämnden",
            "author": "Trelleborgs kommun",
        },
        style=style,
        blocks=blocks,
    )
