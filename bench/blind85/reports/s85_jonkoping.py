"""Jönköpings kommun, Tekniska nämnden, bokslut 2025.

A technical committee's year-end report in "Mkr" with hyphen-minus signs, footer with the nämnd's meeting
date in February: the result "-9,8 Mkr mot budget" and the outcome "2,8 Mkr sämre än prognosen i
delårsrapporten" with its cause (a forecast change) in one paragraph; a table with explicit "+" and "-", then
headings that carry the verksamhet and the amount ("Gator och vägar -6,2 Mkr") over paragraphs of reasons: a
part "5,4 Mkr mer än budgeterat" of the winter road upkeep that is not the amount, a storm, electricity prices,
parking fees, repairs of machines and consultants during a reorganisation; investments "186,4 Mkr, att
jämföra med en budget på 241,0 Mkr" (54,6 never written out) and a bridge that "har kostat 4,7 Mkr mer än
beräknat" in the same paragraph (two items), a request for a larger frame (an action) and call-outs against
2024 with "beror på" (other). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and the amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Jönköpings kommun – Tekniska kontoret", "Bokslut 2025"),
        footer=lambda n, m: ("Tekniska nämnden 2026-02-17", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhet, Mkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "142,3", "148,5", "-6,2"),
            ("Park och natur", "68,7", "70,1", "-1,4"),
            ("Trafik och belysning", "39,4", "42,0", "-2,6"),
            ("Parkering", "-18,5", "-20,8", "+2,3"),
            ("Fordon och maskiner", "3,2", "4,3", "-1,1"),
            ("Ledning och administration", "21,6", "22,4", "-0,8"),
            ("Summa", "256,7", "266,5", "-9,8"),
        ),
        widths=(180.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-cond-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="serif-cond", after=12),
        H("Årets resultat", 2),
        PS(
            (
                "Tekniska nämndens skattefinansierade verksamhet redovisar för 2025 ett resultat på -9,8 Mkr mot "
                "budget.",
                C(None, "-9,8 Mkr", "-"),
            ),
            (
                "Utfallet är 2,8 Mkr sämre än prognosen i delårsrapporten, vilket främst beror på den snörika "
                "december.",
                F(
                    None,
                    "2,8 Mkr",
                    "-",
                    "ovrigt",
                    note="The outcome against the interim forecast: snow is ovrigt.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gator och vägar -6,2 Mkr",
            "Vinterväghållningen kostade 24,5 Mkr, vilket är 5,4 Mkr mer än budgeterat, efter ovanligt många "
            "snöfall i januari och december. Därtill har beläggningsunderhållet blivit dyrare genom "
            "indexuppräkningen av entreprenadavtalen.",
            C(
                "Gator och vägar",
                "-6,2 Mkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The winter upkeep's 5,4 Mkr is a part, not the amount.",
            ),
        ),
        HP(
            "Park och natur -1,4 Mkr",
            "Stormen i oktober fällde ett stort antal träd i stadsparkerna och i Rosenlundsskogen, och röjningen "
            "har krävt extra insatser under hela hösten.",
            C("Park och natur", "-1,4 Mkr", "-", "ovrigt", note=HEAD + " A storm is ovrigt."),
        ),
        HP(
            "Trafik och belysning -2,6 Mkr",
            "Elkostnaderna för gatubelysning och trafiksignaler blev högre än budgeterat till följd av höga "
            "elpriser under vintermånaderna, och utbytet till LED-armaturer har försenats.",
            C("Trafik och belysning", "-2,6 Mkr", "-", "prisokningar", note=HEAD),
        ),
        HP(
            "Parkering +2,3 Mkr",
            "Intäkterna från parkeringsavgifter överstiger budget sedan de nya taxorna i centrala Jönköping infördes "
            "i mars.",
            C("Parkering", "+2,3 Mkr", "+", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Fordon och maskiner -1,1 Mkr",
            "Reparationerna av äldre hjullastare och sopmaskiner har ökat, och leveransen av nya maskiner har "
            "dröjt.",
            C("Fordon och maskiner", "-1,1 Mkr", "-", "material_hjalpmedel", note=HEAD),
        ),
        HP(
            "Ledning och administration -0,8 Mkr",
            "Underskottet beror på kostnader för konsulter under omorganisationen av tekniska kontoret.",
            C("Ledning och administration", "-0,8 Mkr", "-", "inhyrd_personal", "omstallning", note=HEAD),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Nämndens investeringar uppgick 2025 till 186,4 Mkr, att jämföra med en budget på 241,0 Mkr. Den "
                "största avvikelsen finns i projektet Södra infarten, där utbyggnaden har skjutits upp i väntan på "
                "Trafikverkets beslut.",
                C(
                    "Investeringar",
                    "186,4 Mkr, att jämföra med en budget på 241,0 Mkr",
                    "+",
                    "periodisering",
                    value=54_600_000,
                    note="An under-spend never written out: the computed value.",
                ),
            ),
            (
                "Gång- och cykelbron vid Munksjön har däremot kostat 4,7 Mkr mer än beräknat på grund av svåra "
                "grundförhållanden.",
                C(
                    "Gång- och cykelbron vid Munksjön",
                    "4,7 Mkr",
                    "-",
                    "ovrigt",
                    note="A project overrun in the same paragraph: its own item.",
                ),
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har begärt att kommunfullmäktige höjer ramen för vinterväghållning med 4 Mkr från 2026 och har "
            "beslutat att prioritera om beläggningsprogrammet.",
            A(
                "Gator och vägar",
                "4 Mkr",
                note="A request for a larger frame and a reprioritisation: an action.",
            ),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet utryckningar för snöröjning var 41 under 2025 mot 27 året innan, vilket beror på de många "
            "snöfallen.",
            O("Gator och vägar", "volymer", note="Call-outs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-tn-bokslut-2025.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Tekniska nämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
