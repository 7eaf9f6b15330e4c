"""Jönköpings kommun, Miljö- och hälsoskyddsnämnden, tjänsteskrivelse ekonomisk uppföljning per april 2026.

A small committee's tjänsteskrivelse in tkr dated in May, with a decision proposal and the diary number in the
footer: the full year "överskott på 650 tkr" and the period "310 tkr bättre än periodiserad budget" in two
sentences, "Prognosen är oförändrad jämfört med februari" (a boilerplate forecast change); headings that carry
the area and amount in brackets ("Livsmedelskontroll (+420 tkr)", "Miljötillsyn (−280 tkr)", "Naturvård
(±0 tkr)" over "bedöms gå jämnt ut"), a part in whole kronor inside a heading's paragraph ("180 000 kronor"
of "−280 tkr"), reasons only under the other headings; a risk with an amount (other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, HP, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Jönköpings kommun", "Miljö- och hälsoskyddsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-05-04", "Dnr MHN 2026:118", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per april 2026", size=17, font="times-bold", after=2),
        Title("Miljö- och hälsoskyddsnämnden", size=12.5, font="times", after=12),
        H("Förslag till beslut", 2),
        P("Miljö- och hälsoskyddsnämnden godkänner den ekonomiska uppföljningen per april 2026."),
        H("Sammanfattning", 2),
        PS(
            (
                "Förvaltningen prognostiserar att nämnden lämnar ett överskott på 650 tkr för 2026.",
                C(None, "650 tkr", "+"),
            ),
            (
                "Utfallet efter april är 310 tkr bättre än periodiserad budget.",
                C(None, "310 tkr", "+", note="The period in a sentence of its own."),
            ),
            ("Prognosen är oförändrad jämfört med februari.", BF(None)),
        ),
        H("Ärendet", 2),
        HP(
            "Livsmedelskontroll (+420 tkr)",
            "Två inspektörstjänster har varit vakanta sedan januari. Rekryteringen är klar och de nya inspektörerna "
            "börjar i maj.",
            C(
                "Livsmedelskontroll",
                "+420 tkr",
                "+",
                "vakanser",
                note="The amount in brackets in the heading.",
            ),
        ),
        HP(
            "Miljötillsyn (−280 tkr)",
            "Intäkterna från tillsynsavgifter blir lägre än budgeterat, eftersom den nya taxan med "
            "efterhandsdebitering ger intäkter först när tillsynen är utförd. Intäktsbortfallet uppgår till 180 000 "
            "kronor för jordbruksverksamheterna.",
            C(
                "Miljötillsyn",
                "−280 tkr",
                "-",
                "avgifter_intakter",
                "periodisering",
                note="A part in whole kronor inside the heading's paragraph is a part, not the amount.",
            ),
        ),
        HP(
            "Hälsoskydd (+160 tkr)",
            "Överskottet beror på att fler radonmätningar har debiterats än beräknat.",
            C("Hälsoskydd", "+160 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP("Naturvård (±0 tkr)", "Naturvården bedöms gå jämnt ut.", BP("Naturvård")),
        HP(
            "Förvaltningsgemensamt (+350 tkr)",
            "Licensavgiften för det nya ärendehanteringssystemet blev lägre än budgeterat.",
            C("Förvaltningsgemensamt", "+350 tkr", "+", "it_digitalisering"),
        ),
        P(
            "Prognosen förutsätter att statsbidraget för tillsyn av PFAS i dricksvatten betalas ut som aviserat. Om "
            "bidraget uteblir kan resultatet försämras med upp till 400 tkr.",
            O(None, note="A risk with an amount: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet medför inga ekonomiska konsekvenser för nämnden."),
    ]
    return ReportSpec(
        file="jonkoping-mhn-tjansteskrivelse-ekonomisk-uppfoljning-2026-04.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Miljö- och hälsoskyddsnämnden"],
            "period": ["2026-04", "2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per april 2026 Miljö- och hälsoskyddsnämnden",
            "author": "Jönköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
