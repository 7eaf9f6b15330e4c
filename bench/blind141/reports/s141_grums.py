"""Grums kommun, Kommunstyrelsen, tjänsteskrivelse om ekonomisk uppföljning januari–maj 2026.

A short tjänsteskrivelse in Arial (Liberation Sans), dated in June for the period to May, with a decision
proposal and a case description: the full year "ett underskott på 1,6 mkr" and the period "0,4 mkr under
periodiserad budget" with its timing reason (positive, summer substitutes not yet booked) in two paragraphs;
headings that carry the verksamhet and its amount after a comma or in brackets ("Gata, park och fastighet,
−1 250 tkr", "Kost och städ, +380 tkr", "Arbetsmarknadsenheten (–210 tkr)", "IT och administration, ±0 tkr"
over "följer budget", boilerplate) with reasons only under them; the change since March with its cause;
investments "Avvikelsen på 7,5 mkr" after two levels; an action with its effect and sick leave against last
year (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount; the paragraph gives the reasons."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 74.0),
        header=lambda n, m: ("Grums kommun", "Tjänsteskrivelse 2026-06-08"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "Dnr KS 2026/187", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning januari–maj 2026, kommunstyrelsens verksamheter",
            size=15,
            font="arial-bold",
        ),
        H("Förslag till beslut", 3),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per maj 2026 och lägger den till handlingarna."
        ),
        H("Ärendebeskrivning", 3),
        P(
            "Kommunstyrelsens verksamheter prognostiserar ett underskott på 1,6 mkr för helåret 2026.",
            C(None, "1,6 mkr", "-"),
        ),
        P(
            "Utfallet till och med maj ligger 0,4 mkr under periodiserad budget, vilket främst beror på att sommarens "
            "vikariekostnader ännu inte har belastat verksamheterna.",
            C(
                None,
                "0,4 mkr",
                "+",
                "periodisering",
                "vikarier",
                note="Net cost under the periodised budget: positive, with its timing reason.",
            ),
        ),
        P(
            "Prognosen är 0,6 mkr sämre än i marsuppföljningen, vilket beror på kostnaderna för en vattenläcka i "
            "Slottsbrons skola.",
            F(None, "0,6 mkr", "-", "ovrigt"),
        ),
        HP(
            "Gata, park och fastighet, −1 250 tkr",
            "Kostnaderna för snöröjning och halkbekämpning under januari och februari blev nästan dubbelt så höga som "
            "budgeterat. Under våren har även vattenläckan i Slottsbrons skola krävt akuta reparationer.",
            C(
                "Gata, park och fastighet",
                "−1 250 tkr",
                "-",
                "ovrigt",
                note=HEAD + " Snow and a water leak: ovrigt.",
            ),
        ),
        HP(
            "Kost och städ, +380 tkr",
            "Livsmedelskostnaderna är lägre än beräknat, eftersom den nya livsmedelsupphandlingen gav bättre priser.",
            C("Kost och städ", "+380 tkr", "+", "prisokningar", note=HEAD),
        ),
        HP(
            "Fritid och bibliotek, −520 tkr",
            "Elkostnaderna i sporthallen har ökat, och intäkterna från uthyrning har minskat sedan en förening flyttat "
            "sin verksamhet till en annan kommun.",
            C("Fritid och bibliotek", "−520 tkr", "-", "prisokningar", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Arbetsmarknadsenheten (–210 tkr)",
            "Statsbidraget för extratjänster har minskat, samtidigt som antalet deltagare är oförändrat.",
            C(
                "Arbetsmarknadsenheten",
                "–210 tkr",
                "-",
                "statsbidrag",
                note=HEAD + " The amount in brackets.",
            ),
        ),
        HP(
            "IT och administration, ±0 tkr",
            "Verksamheten följer budget.",
            BP("IT och administration", note="A '±0' heading over 'följer budget'."),
        ),
        H("Investeringar", 3),
        P(
            "Kommunstyrelsens investeringsprognos är 18,5 mkr mot en budget på 26,0 mkr. Avvikelsen på 7,5 mkr avser "
            "främst ombyggnaden av gästhamnen, som har skjutits till 2027 efter en överprövad upphandling.",
            C("Investeringar", "7,5 mkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen har infört ett tillfälligt inköpsstopp för förbrukningsmaterial inom gata, park och "
            "fastighet för resten av året, med en beräknad effekt på 200 tkr.",
            A("Gata, park och fastighet", "200 tkr", "material_hjalpmedel"),
        ),
        H("Personal", 3),
        P(
            "Sjukfrånvaron inom kommunstyrelsens verksamheter var 5,2 procent, vilket är lägre än under samma period "
            "2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Beslutet innebär inga ekonomiska konsekvenser i sig. Kommunens samlade prognos redovisas i ett separat "
            "ärende till kommunfullmäktige."
        ),
        Title("Ekonomichef, kommunledningsförvaltningen", size=10, font="arial", after=4),
    ]
    return ReportSpec(
        file="grums-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Grums",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning januari–maj 2026", "author": "Grums kommun"},
        style=style,
        blocks=blocks,
    )
