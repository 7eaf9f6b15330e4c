"""Täby kommun, Gymnasie- och näringslivsnämnden, tjänsteskrivelse: ekonomisk uppföljning mars 2026.

A tjänsteskrivelse dated in April for the period to March, with en dashes as minus signs: the decision
proposal (not labelled), the full year "ett negativt resultat på 4 100 tkr jämfört med budget" and "i nivå med
den periodiserade budgeten" for the period (boilerplate) in two sentences, bold run-in verksamheter that carry
their amount and end in a full stop ("Gymnasieskola, –3 200 tkr."), a surplus in words ("drygt en miljon
kronor mindre än budgeterat") for an area named as the sentence's subject, "ryms inom ramen" (boilerplate),
the change since February, an action without an amount and a risk with a sensitivity figure (other).
Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import BP, LP, A, C, F, O

LEAD = "The run-in lead carries the area and its amount."


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
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("Täby kommun", "Tjänsteskrivelse 2026-04-09"),
        footer=lambda n, m: ("Gymnasie- och näringslivsnämnden", "Dnr GNN 2026/52", f"{n} (av {m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning mars 2026", size=17, font="arial-bold", after=4),
        Title("Gymnasie- och näringslivsnämnden", size=11, font="arial", after=12),
        H("Förslag till beslut", 2),
        P("Gymnasie- och näringslivsnämnden godkänner den ekonomiska uppföljningen för mars 2026."),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Nämnden prognostiserar för helåret ett negativt resultat på 4 100 tkr jämfört med budget.",
                    C(None, "4 100 tkr", "-"),
                ),
                (
                    "Utfallet för januari–mars är i nivå med den periodiserade budgeten.",
                    BP(None, note="The period in balance: boilerplate."),
                ),
            )
        ),
        H("Ärendet", 2),
        H("Verksamheternas prognoser", 3),
        LP(
            "Gymnasieskola, –3 200 tkr.",
            "Fler ungdomar än beräknat har börjat på program med högre prislapp hos andra huvudmän, framför allt "
            "inom naturbruk och de estetiska programmen. Den genomsnittliga kostnaden per elev blir därmed högre än "
            "i budgeten.",
            C("Gymnasieskola", "–3 200 tkr", "-", "kopt_verksamhet", note=LEAD),
        ),
        LP(
            "Anpassad gymnasieskola, –1 500 tkr.",
            "Två elever med omfattande behov har tillkommit under våren, varav en med elevhem på annan ort.",
            C("Anpassad gymnasieskola", "–1 500 tkr", "-", "volymer", "kopt_verksamhet", note=LEAD),
        ),
        LP(
            "Vuxenutbildning, +900 tkr.",
            "Statsbidraget för regional yrkesvux blev högre än vad som budgeterats, vilket ger ett överskott.",
            C("Vuxenutbildning", "+900 tkr", "+", "statsbidrag", note=LEAD),
        ),
        P(
            "Arbetsmarknadsenheten beräknas göra av med drygt en miljon kronor mindre än budgeterat, då en tjänst "
            "som arbetsmarknadskonsulent inte har tillsatts och färre deltagare än planerat har anvisats till "
            "arbetsmarknadsanställningar.",
            C(
                "Arbetsmarknadsenheten",
                "drygt en miljon kronor",
                "+",
                "vakanser",
                "volymer",
                value=1_000_000,
                note="An amount in words with 'drygt': the stated figure.",
            ),
        ),
        LP(
            "Nämndgemensamt och administration, –1 300 tkr.",
            "Hyran för vuxenutbildningens nya lokaler har blivit högre än budgeterat efter hyresgästanpassningar.",
            C("Nämndgemensamt och administration", "–1 300 tkr", "-", "lokaler", note=LEAD),
        ),
        P(
            "Näringslivsverksamheten får ökade kostnader för det nya företagsregistret och för näringslivsdagen, men "
            "dessa ryms inom ramen.",
            BP("Näringsliv", note="'Ryms inom ramen': boilerplate."),
        ),
        H("Förändring sedan februari", 3),
        P(
            "Prognosen är 1 500 tkr sämre än i februari, vilket helt förklaras av de nya eleverna inom anpassad "
            "gymnasieskola.",
            F(None, "1 500 tkr", "-", "volymer"),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen ser över möjligheten att erbjuda fler platser inom kommunens egen gymnasieskola för att "
            "minska köpen från andra huvudmän. Effekten bedöms tidigast kunna märkas från höstterminen 2027.",
            A("Gymnasieskola", None, "kopt_verksamhet"),
        ),
        H("Risker", 3),
        P(
            "Antagningen till gymnasieskolan inför hösten är inte klar, och prognosen för andra halvåret är därför "
            "osäker. En procentenhets förändring av andelen elever på dyrare program motsvarar cirka 600 tkr.",
            O("Gymnasieskola", note="A risk with a sensitivity figure: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning mars 2026, bilaga 1."),
        P("Karin Wester, förvaltningschef    Ola Brandt, ekonomichef", size=9.0),
    ]
    return ReportSpec(
        file="taby-gnn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Gymnasie- och näringslivsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning mars 2026", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
