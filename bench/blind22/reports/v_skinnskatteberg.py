"""Skinnskattebergs kommun, Kommunstyrelsen, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the kommunstyrelse's own verksamheter to the end of May, in tkr and mnkr:
a decision proposal (unlabelled), a summary with the full year "gå med ett underskott på 2,7 mnkr" and the
period "Till och med maj uppgår underskottet till 0,9 mnkr" in separate sentences (two items), the change
since the March follow-up with its cause; a verksamhet table in tkr (minus = underskott); headings that carry
the verksamhet and amount with a U+2212 minus or a plus ("Kost och lokalvård −1 060 tkr", "Kommunledning och
administration +550 tkr") over one paragraph each: food prices whose 7 procent is not the amount, snow whose
cost "2,3 mnkr, att jämföra med en årsbudget på 1,4 mnkr" is a part and levels, not the amount, a lost grant
followed by a decision not to extend the jobs (an action), "Överskottet förklaras av", rental income, and a
heading "Politisk verksamhet 0 tkr" over "i nivå med budget" (boilerplate); investments where a levels
sentence opens the paragraph (unlabelled) and a roof "0,4 mnkr dyrare än kalkylen"; a purchasing freeze with
its effect (action). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 66.0, 76.0),
        header=lambda n, m: ("Skinnskattebergs kommun", "TJÄNSTESKRIVELSE 2026-06-09"),
        footer=lambda n, m: ("Kommunstyrelsen", "Dnr KS 2026/118", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (minus = underskott)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Politisk verksamhet", "4 850", "4 850", "0"),
            ("Kommunledning och administration", "21 300", "20 750", "+550"),
            ("Kost och lokalvård", "16 900", "17 960", "−1 060"),
            ("Gata, park och fritid", "9 800", "11 250", "−1 450"),
            ("Fastighet", "3 100", "2 900", "+200"),
            ("Arbetsmarknadsenheten", "5 200", "6 150", "−950"),
            ("Summa", "61 150", "63 860", "−2 710"),
        ),
        widths=(190.0, 80.0, 84.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning per maj 2026 – kommunstyrelsens verksamheter", size=15, font="sans-bold"
        ),
        P("Ekonomiavdelningen", size=9.0),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per maj 2026 och uppdrar åt kommundirektören att "
            "återkomma med förslag till åtgärder i samband med delårsrapporten."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunstyrelsens verksamheter beräknas gå med ett underskott på 2,7 mnkr för helåret, där "
                "kostenheten och gatuenheten står för den största delen.",
                C(None, "2,7 mnkr", "-", note="Areas named, no reasons: no tags."),
            ),
            (
                "Till och med maj uppgår underskottet till 0,9 mnkr.",
                C(None, "0,9 mnkr", "-", note="The period in a sentence of its own: its own item."),
            ),
        ),
        P(
            "Prognosen är 0,6 mnkr sämre än vid uppföljningen per mars, främst på grund av högre elkostnader för "
            "gatubelysningen.",
            F(None, "0,6 mnkr", "-", "prisokningar"),
        ),
        H("Ärendet", 2),
        P(
            "Uppföljningen bygger på bokfört utfall till och med maj och på verksamheternas bedömning av helåret. "
            "Beloppen redovisas i tusen kronor."
        ),
        table,
        HP(
            "Kost och lokalvård −1 060 tkr",
            "Livsmedelspriserna har fortsatt att stiga och ligger i snitt 7 procent över den nivå som budgeten bygger "
            "på. Dessutom har sjukfrånvaron bland kockarna krävt timvikarier i större utsträckning än vanligt.",
            C(
                "Kost och lokalvård",
                "−1 060 tkr",
                "-",
                "prisokningar",
                "sjukfranvaro",
                "vikarier",
                note="The heading carries the area and amount; 7 procent is not the amount.",
            ),
        ),
        HP(
            "Gata, park och fritid −1 450 tkr",
            "Vintern krävde fler snöröjningsinsatser än normalt, framför allt i februari. Kostnaden för "
            "vinterväghållning till och med mars var 2,3 mnkr, att jämföra med en årsbudget på 1,4 mnkr. Resterande "
            "del av avvikelsen avser ökade elkostnader för gatubelysningen.",
            C(
                "Gata, park och fritid",
                "−1 450 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Snow: ovrigt. The winter cost and its budget are levels of a part, not the amount.",
            ),
        ),
        HP(
            "Arbetsmarknadsenheten −950 tkr",
            "Statsbidraget för extratjänster har upphört, men enheten har fortfarande sex personer anställda på "
            "sådana tjänster.",
            C("Arbetsmarknadsenheten", "−950 tkr", "-", "statsbidrag"),
        ),
        P(
            "Anställningarna förlängs inte när de löper ut i september, vilket gör att underskottet inte växer under "
            "hösten.",
            A("Arbetsmarknadsenheten", None, "bemanning"),
        ),
        HP(
            "Kommunledning och administration +550 tkr",
            "Överskottet förklaras av att tjänsten som HR-strateg har varit vakant sedan februari och av att "
            "licenskostnaderna för det nya ärendehanteringssystemet blir lägre än beräknat.",
            C("Kommunledning och administration", "+550 tkr", "+", "vakanser", "it_digitalisering"),
        ),
        HP(
            "Fastighet +200 tkr",
            "Hyresintäkterna blir högre än budget sedan en ny hyresgäst flyttade in i det tidigare "
            "vårdcentralshuset i Riddarhyttan i april.",
            C("Fastighet", "+200 tkr", "+", "avgifter_intakter", note="Rental income: avgifter_intakter."),
        ),
        HP(
            "Politisk verksamhet 0 tkr",
            "Verksamheten bedöms bli i nivå med budget.",
            BP("Politisk verksamhet"),
        ),
        H("Investeringar", 2),
        PS(
            ("Av årets investeringsbudget på 8,2 mnkr har 1,1 mnkr använts till och med maj.", None),
            (
                "Bytet av taket på Kyrkbacksskolan blir 0,4 mnkr dyrare än kalkylen efter att fuktskador upptäcktes "
                "i takstolarna, medan övriga projekt följer sina tidplaner.",
                C(
                    "Kyrkbacksskolans tak",
                    "0,4 mnkr",
                    "-",
                    "ovrigt",
                    note="Investment overrun from damp damage: ovrigt. The levels sentence before it is unlabelled.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommundirektören har beslutat om återhållsamhet med inköp av förbrukningsmaterial och med konferenser "
            "under resten av året. Effekten bedöms till cirka 300 tkr.",
            A(None, "cirka 300 tkr", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="skinnskatteberg-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Skinnskatteberg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 – kommunstyrelsens verksamheter",
            "author": "Skinnskattebergs kommun",
        },
        style=style,
        blocks=blocks,
    )
