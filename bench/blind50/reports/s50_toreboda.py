"""Töreboda kommun, Kommunstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the period to May, in Liberation Serif 11.5 pt with hyphen-minus
signs: the decision proposal (not labelled), the full year "överskrida budgetramen med 1 850 tkr" and the
period's "avvikelse på -420 tkr mot periodens budget" in two sentences (two items); headings that carry the
verksamhet and amount after a colon ("Måltidsverksamheten: -1 100 tkr", "Kommunledningsenheten: +650 tkr",
"Kultur och fritid: ±0 tkr" over "bedöms gå jämnt ut", boilerplate), one with a licence percentage that is
not the amount, and a plain heading whose paragraph gives the surplus in words ("knappt en halv miljon
kronor"); the change since March attributed to one area, an action with its effect, investments "4,2 mnkr
lägre än budget" and the central reserve that may finance the deficit (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount after a colon."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.5,
        leading=1.3,
        para_gap=7.5,
        heading_sizes=(15.0, 12.5, 11.5),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(76.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Töreboda kommun", "Tjänsteskrivelse 2026-06-08"),
        footer=lambda n, m: ("Dnr KS 2026/00143", "", f"{n}({m})"),
        header_size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026 – kommunstyrelsen", size=15, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per maj 2026 för kommunstyrelsens verksamheter."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunstyrelsens verksamheter beräknas sammantaget överskrida budgetramen med 1 850 tkr för "
                "helåret.",
                C(None, "1 850 tkr", "-", note="The full year."),
            ),
            (
                "Utfallet till och med maj visar en avvikelse på -420 tkr mot periodens budget.",
                C(None, "-420 tkr", "-", note="The period, in a sentence of its own."),
            ),
        ),
        H("Verksamheternas prognoser", 2),
        HP(
            "Måltidsverksamheten: -1 100 tkr",
            "Livsmedelskostnaderna har ökat mer än budgeterat, och antalet portioner till förskolorna har blivit "
            "fler sedan den nya förskolan Regnbågen öppnade i januari.",
            C("Måltidsverksamheten", "-1 100 tkr", "-", "prisokningar", "volymer", note=HEAD),
        ),
        HP(
            "Fastighetsenheten: -900 tkr",
            "Reparationen av ventilationen i simhallen och högre kostnader för fjärrvärme belastar "
            "fastighetsenheten.",
            C(
                "Fastighetsenheten",
                "-900 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " A repair is ovrigt, heating costs prisokningar.",
            ),
        ),
        HP(
            "IT och digitalisering: -1 000 tkr",
            "Licenskostnaderna för det gemensamma verksamhetssystemet har höjts med 22 procent, och övergången "
            "till en ny e-tjänsteplattform har krävt extra konsultinsatser.",
            C(
                "IT och digitalisering",
                "-1 000 tkr",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                note=HEAD + " The 22 percent is not the amount.",
            ),
        ),
        HP(
            "Kommunledningsenheten: +650 tkr",
            "Överskottet förklaras av att tjänsten som näringslivsutvecklare har varit vakant sedan januari och att "
            "kostnaderna för konsultstöd har blivit lägre än planerat.",
            C("Kommunledningsenheten", "+650 tkr", "+", "vakanser", "inhyrd_personal", note=HEAD),
        ),
        HP("Kultur och fritid: ±0 tkr", "Verksamheten bedöms gå jämnt ut.", BP("Kultur och fritid")),
        H("Gata och park", 3),
        P(
            "Gata och park beräknas lämna ett överskott på knappt en halv miljon kronor, eftersom vintern var mild "
            "och kostnaderna för snöröjning blev låga.",
            C(
                "Gata och park",
                "knappt en halv miljon kronor",
                "+",
                "ovrigt",
                value=500_000,
                note="An amount in words: the stated figure; a mild winter is ovrigt.",
            ),
        ),
        H("Förändring jämfört med mars", 2),
        P(
            "Prognosen är 500 tkr sämre än i marsuppföljningen. Försämringen avser i sin helhet IT och "
            "digitalisering.",
            F(None, "500 tkr", "-", note="The area named, no reason: no tag."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har fått i uppdrag att se över menyerna och inköpen inom måltidsverksamheten, med målet "
            "att minska kostnaderna med 300 tkr under hösten.",
            A("Måltidsverksamheten", "300 tkr", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 14,0 mnkr, vilket är 4,2 mnkr lägre än budget. Det beror främst på "
            "att renoveringen av köket i Kyrkbackeskolan har flyttats till sommaren 2027.",
            C("Investeringar", "4,2 mnkr", "+", "periodisering"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet medför inga ekonomiska konsekvenser i sig. Kommunstyrelsens underskott kan komma att "
            "finansieras ur kommunens centrala reserv om 2,0 mnkr, vilket prövas i samband med delårsrapporten.",
            O(None, "reserver", note="Financing from the central reserve: other."),
        ),
        P("Anna Lindqvist, ekonomichef    Peter Holm, kommundirektör", size=10.0),
    ]
    return ReportSpec(
        file="toreboda-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Töreboda",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Töreboda kommun"},
        style=style,
        blocks=blocks,
    )
