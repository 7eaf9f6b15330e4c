"""Skövde kommun, Tekniska nämnden, månadsrapport mars 2026.

A technical committee's month report, header with the förvaltning, footer with the date it was sent in April:
the full year "–4,1 mkr (–3,2 mkr i februari)" (the bracket is last month's figure), the change since February
with its cause (a forecast change), the period's net cost "2,6 mkr högre än den periodiserade budgeten" with
its reason in the same sentence; a table per verksamhet in tkr with en-dash minus signs; headings that carry
the verksamhet and its amount ("Gata och trafik –3,1 mkr", a rounding of the row's "–3 050", and "Kost +350
tkr"), a plain heading over a reason-only deficit (the row's "–400"), "Lokalvården följer budget"
(boilerplate), a bold run-in label with a colon and "ger ett överskott på 200 tkr"; the fee-financed water
and sewage "1,8 mkr sämre än budget" and its fund (other); two investment projects "2,4 respektive 1,1 mkr
billigare än budgeterat"; an action with its effect. Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."
PAIR = "Two projects as a 'respektive' pair: one item each, the same text."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Skövde kommun  Samhällsbyggnadsförvaltningen", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Tekniska nämnden", "Utskickad 2026-04-14", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–mar", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "78 600", "24 310", "81 650", "–3 050"),
            ("Park och natur", "31 200", "7 020", "31 600", "–400"),
            ("Fastighet", "22 900", "6 880", "24 100", "–1 200"),
            ("Kost", "64 500", "15 740", "64 150", "350"),
            ("Lokalvård", "28 700", "7 150", "28 700", "0"),
            ("Teknisk administration", "17 300", "4 060", "17 100", "200"),
            ("Summa skattefinansierat", "243 200", "65 160", "247 300", "–4 100"),
        ),
        widths=(150.0, 72.0, 76.0, 72.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="narrow-bold", after=2),
        Title("Tekniska nämnden", size=13, font="narrow", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Tekniska nämnden prognostiserar efter mars ett helårsresultat på –4,1 mkr (–3,2 mkr i februari) "
                "jämfört med budget.",
                C(None, "–4,1 mkr", "-", note="The bracket is last month's figure, not the amount."),
            ),
            (
                "Försämringen med 0,9 mkr sedan februari beror på de kraftiga snöfallen i början av mars.",
                F(None, "0,9 mkr", "-", "ovrigt"),
            ),
        ),
        P(
            "Nettokostnaderna för januari–mars är 2,6 mkr högre än den periodiserade budgeten, vilket till största "
            "delen förklaras av vinterväghållningen.",
            C(None, "2,6 mkr", "-", "ovrigt", note="The period, with its reason in the same sentence."),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        HP(
            "Gata och trafik –3,1 mkr",
            "Vinterväghållningen har redan förbrukat 92 procent av årets budget efter ett snörikt januari och mars. "
            "Elkostnaden för gatubelysningen har dessutom blivit högre än beräknat.",
            C(
                "Gata och trafik",
                "–3,1 mkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The heading rounds the row's –3 050.",
            ),
        ),
        H("Park och natur", 3),
        P(
            "Stormen i februari fällde ett stort antal träd i stadens parker och längs gång- och cykelvägar, och "
            "röjningen har gjorts med extern entreprenör.",
            C(
                "Park och natur",
                "–400",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell. Storm damage is ovrigt.",
            ),
        ),
        HP(
            "Fastighet –1,2 mkr",
            "Underskottet förklaras av högre kostnader för el och fjärrvärme än vad som budgeterades samt av "
            "tomställda lokaler sedan Ekedalsskolan flyttade till nya lokaler i januari.",
            C("Fastighet", "–1,2 mkr", "-", "prisokningar", "lokaler", note=HEAD),
        ),
        HP(
            "Kost +350 tkr",
            "Livsmedelspriserna har stabiliserats och matsvinnet i skolorna har minskat, vilket ger ett överskott.",
            C("Kost", "+350 tkr", "+", "prisokningar", note=HEAD),
        ),
        H("Lokalvård", 3),
        P("Lokalvården följer budget.", BP("Lokalvård")),
        LP(
            "Teknisk administration:",
            "En vakant tjänst som GIS-ingenjör under första kvartalet ger ett överskott på 200 tkr.",
            C("Teknisk administration", "200 tkr", "+", "vakanser", note="A run-in label with a colon."),
        ),
        H("Vatten och avlopp", 2),
        P(
            "Den avgiftsfinansierade VA-verksamheten beräknas redovisa ett resultat som är 1,8 mkr sämre än budget, "
            "eftersom kostnaderna för kemikalier till vattenverket har stigit kraftigt.",
            C("VA-verksamheten", "1,8 mkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        P(
            "Underskottet regleras mot VA-kollektivets resultatfond, som uppgick till 6,4 mkr vid årsskiftet.",
            O("VA-verksamheten", note="The fund's balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Projekten Ny gång- och cykelbro vid Karstorp och Utbyggnad av återvinningscentralen beräknas bli 2,4 "
            "respektive 1,1 mkr billigare än budgeterat, eftersom anbuden blev lägre än kalkylen.",
            C(
                "Ny gång- och cykelbro vid Karstorp",
                "2,4",
                "+",
                "prisokningar",
                unit="mnkr",
                note=PAIR + " Lower bids are prisokningar.",
                also=(C("Utbyggnad av återvinningscentralen", "1,1 mkr", "+", "prisokningar", note=PAIR),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett tillfälligt stopp för underhåll av gator som inte är akut, med en beräknad "
            "besparing på 800 tkr under året.",
            A("Gata och trafik", "800 tkr"),
        ),
    ]
    return ReportSpec(
        file="skovde-tn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Tekniska nämnden", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
