"""Mora kommun, Tekniska nämnden, månadsrapport oktober 2025.

A technical committee's month report in "mkr" with en dashes as minus signs, set in Liberation Sans Narrow,
footer with the arbetsutskott's meeting date in November: the full year "3,4 mkr sämre än budget, jämfört
med 2,6 mkr sämre i septemberprognosen" (one cause with the current figure), the change since September with
its cause (a forecast change); a table; headings that carry the verksamhet and its amount ("Gata och trafik
–2,1 mkr", "Fastighetsförvaltning +0,8 mkr", "Lokalvård ±0,0 mkr") over paragraphs with reasons only,
one paragraph followed by a risk sentence (other) and one "bedöms gå jämnt ut" (boilerplate); the
fee-financed water and sewage "ett överskott mot budget på 1,6 mkr" reported separately; investments "Av
årets investeringsbudget på 62,0 mkr beräknas 44,5 mkr användas" (17,5 never written out); an action with
its effect. Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Mora kommun", "Tekniska nämnden – Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Tekniska nämndens arbetsutskott 2025-11-12", "", f"{n}/{m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "24,6", "26,7", "–2,1"),
            ("Park och skog", "9,8", "10,9", "–1,1"),
            ("Fastighetsförvaltning", "41,2", "40,4", "0,8"),
            ("Kost", "28,5", "29,9", "–1,4"),
            ("Lokalvård", "14,1", "14,1", "0,0"),
            ("Administration", "6,3", "5,9", "0,4"),
            ("Summa", "124,5", "127,9", "–3,4"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="narrow-bold", after=2),
        Title("Tekniska nämnden", size=12, font="narrow", after=12),
        H("Nämndens resultat", 2),
        P(
            "Tekniska nämnden prognostiserar för 2025 ett resultat som är 3,4 mkr sämre än budget, jämfört med "
            "2,6 mkr sämre i septemberprognosen.",
            C(None, "3,4 mkr", "-", note="The current figure is the amount, September's is a comparison."),
        ),
        P(
            "Försämringen med 0,8 mkr sedan september beror på att höststormen i slutet av oktober har krävt "
            "omfattande röjning i Mora tätort och på Sollerön.",
            F(None, "0,8 mkr", "-", "ovrigt", note="A storm is ovrigt."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gata och trafik –2,1 mkr",
            "Vinterväghållningen i januari till mars kostade mer än budgeterat och höststormen har gett extra "
            "kostnader för röjning och reparation av gatubelysning. Dessutom har priset på vägsalt stigit.",
            C(
                "Gata och trafik",
                "–2,1 mkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " Snow and storm: ovrigt.",
            ),
        ),
        HP(
            "Park och skog –1,1 mkr",
            "Intäkterna från virkesförsäljning blir lägre än budgeterat, eftersom den planerade avverkningen i "
            "kommunskogen norr om Noret har skjutits upp till 2026.",
            C("Park och skog", "–1,1 mkr", "-", "avgifter_intakter", "periodisering", note=HEAD),
        ),
        Para(
            (
                (
                    "Lägre kostnader för el och fjärrvärme än beräknat ger ett överskott.",
                    C("Fastighetsförvaltning", "+0,8 mkr", "+", "prisokningar", note=HEAD),
                ),
                (
                    "Det finns dock en risk att den akuta takreparationen på Ängsbackens skola blir dyrare än "
                    "beräknat.",
                    O("Fastighetsförvaltning", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Fastighetsförvaltning +0,8 mkr",
            head_level=3,
        ),
        HP(
            "Kost –1,4 mkr",
            "Livsmedelskostnaderna har ökat snabbare än budgetens uppräkning, och antalet portioner till "
            "äldreboendena har ökat sedan det nya boendet på Tuvan öppnade i maj.",
            C("Kost", "–1,4 mkr", "-", "prisokningar", "volymer", note=HEAD),
        ),
        HP(
            "Lokalvård ±0,0 mkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Lokalvård"),
        ),
        HP(
            "Administration +0,4 mkr",
            "En vakant handläggartjänst har inte tillsatts under året.",
            C("Administration", "+0,4 mkr", "+", "vakanser", note=HEAD),
        ),
        H("Vatten och avlopp", 2),
        P(
            "Den taxefinansierade VA-verksamheten redovisas separat och beräknas ge ett överskott mot budget på "
            "1,6 mkr, främst till följd av högre anslutningsavgifter i nya bostadsområden.",
            C("Vatten och avlopp", "1,6 mkr", "+", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 62,0 mkr beräknas 44,5 mkr användas. Den nya återvinningscentralen "
            "har försenats efter att bygglovet överklagats.",
            C(
                "Investeringar",
                "62,0 mkr beräknas 44,5 mkr",
                "+",
                "periodisering",
                value=17_500_000,
                note="Investment under-spending of 17,5 mkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har infört inköpsstopp för förbrukningsmaterial och inventarier under november och december, "
            "vilket väntas minska kostnaderna med 0,3 mkr.",
            A(None, "0,3 mkr", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="mora-tn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Mora",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Tekniska nämnden", "author": "Mora kommun"},
        style=style,
        blocks=blocks,
    )
