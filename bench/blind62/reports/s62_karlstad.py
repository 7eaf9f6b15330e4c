"""Karlstads kommun, Arbetsmarknads- och socialnämnden, tjänsteskrivelse: ekonomisk uppföljning mars 2026.

A tjänsteskrivelse dated in April for the period to March: the decision proposal and background (not
labelled), the full year "underskott på 14,2 mkr" and the period "3,9 mkr sämre än periodiserad budget" as
two sentences, headings that carry the area with its amount in brackets and an en-dash minus ("Barn och
familj (–8,6 mkr)"), a paragraph with a number of placed children (not an amount), a heading paragraph
followed by a risk sentence (other), a surplus from a grant and vacancies, a licence surplus with no verb; the
change since February with its cause, an action plan whose effect is not in the forecast, a period remark
without amount, and equity that may not be used (other). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Karlstads kommun", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Datum 2026-04-09  Dnr AoSN-2026-0211", "", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning mars 2026, arbetsmarknads- och socialnämnden", size=15, font="arial-bold"
        ),
        H("Förslag till beslut", 2),
        P("Arbetsmarknads- och socialnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Beskrivning av ärendet", 2),
        P(
            "Enligt kommunens styrmodell ska nämnderna följa upp ekonomin efter februari, mars, april, augusti och "
            "oktober. Uppföljningen bygger på bokfört utfall till och med den 31 mars och en bedömning av "
            "kostnaderna under resten av året."
        ),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Nämnden prognostiserar ett underskott på 14,2 mkr för helåret.",
                C(None, "14,2 mkr", "-", note="The full year."),
            ),
            (
                "Utfallet för januari–mars är 3,9 mkr sämre än periodiserad budget.",
                C(None, "3,9 mkr", "-", note="The period, in a sentence of its own."),
            ),
        ),
        HP(
            "Barn och familj (–8,6 mkr)",
            "Antalet placerade barn och unga på HVB och i konsulentstödda familjehem är högre än när budgeten "
            "lades. Vid utgången av mars var 41 barn placerade, att jämföra med 33 i budgeten.",
            C("Barn och familj", "–8,6 mkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Vuxen (–2,1 mkr)",
            "Köpt vård för vuxna med missbruk kostar mer än budgeterat efter flera LVM-placeringar under årets "
            "första kvartal. Därtill kommer kostnader för skyddat boende för våldsutsatta.",
            C("Vuxen", "–2,1 mkr", "-", "kopt_verksamhet", note=HEAD),
        ),
        Para(
            (
                (
                    "Kostnaderna för försörjningsstöd fortsätter att öka. Fler hushåll har arbetslöshet som orsak "
                    "och färre lämnar biståndet för egen försörjning. Det genomsnittliga utbetalda beloppet per "
                    "hushåll har ökat med 6 procent.",
                    C(
                        "Ekonomiskt bistånd",
                        "–5,8 mkr",
                        "-",
                        "ekonomiskt_bistand",
                        "volymer",
                        note=HEAD + " The percentage is not the amount.",
                    ),
                ),
                (
                    "Om arbetslösheten stiger ytterligare under hösten kan underskottet bli större.",
                    O("Ekonomiskt bistånd", note="A risk sentence in the same paragraph."),
                ),
            ),
            head="Ekonomiskt bistånd (–5,8 mkr)",
        ),
        HP(
            "Arbetsmarknad (+1,7 mkr)",
            "Statsbidraget för extratjänster har blivit högre än budgeterat och två tjänster som "
            "arbetsmarknadskonsulent har varit vakanta.",
            C("Arbetsmarknad", "+1,7 mkr", "+", "statsbidrag", "vakanser", note=HEAD),
        ),
        HP(
            "Förvaltningsgemensamt (+0,6 mkr)",
            "Lägre kostnader än beräknat för licenser i verksamhetssystemet.",
            C("Förvaltningsgemensamt", "+0,6 mkr", "+", "it_digitalisering", note=HEAD),
        ),
        P(
            "Jämfört med prognosen i februari är försämringen 2,3 mkr, som i huvudsak förklaras av två nya "
            "placeringar inom barn och familj.",
            F(None, "2,3 mkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Att periodens underskott är relativt sett mindre än helårets beror på att flera av placeringarna "
            "påbörjades först i mars.",
            C(
                None,
                None,
                "-",
                "kopt_verksamhet",
                "periodisering",
                note="The period's timing reason: amount null.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har i mars beslutat om en åtgärdsplan. Hemmaplanslösningar ska prövas före extern placering "
            "och kostnaden för köpt vård följs upp varje månad. Förvaltningen bedömer att planen kan minska "
            "kostnaderna med 3,0 mkr under året, men effekten är inte inräknad i prognosen.",
            A("Barn och familj", "3,0 mkr", "kopt_verksamhet"),
        ),
        H("Eget kapital", 2),
        P(
            "Nämndens eget kapital uppgår till 4,8 mkr, men enligt kommunens regler får det inte användas för att "
            "täcka underskott i löpande verksamhet.",
            O(None, "reserver"),
        ),
    ]
    return ReportSpec(
        file="karlstad-aosn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Karlstad",
            "committee": ["Arbetsmarknads- och socialnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning mars 2026 Arbetsmarknads- och socialnämnden",
            "author": "Karlstads kommun",
        },
        style=style,
        blocks=blocks,
    )
