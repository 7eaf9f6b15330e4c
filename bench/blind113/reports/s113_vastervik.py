"""Västerviks kommun, Tekniska nämnden, delårsrapport per augusti 2025.

A technical committee's interim report in "mkr", footer with the nämnd's meeting date in September: the
period's surplus and the full year's deficit for the tax-financed part in one sentence (one item, the full
year's amount), the period's timing reason in a sentence of its own (amount null); a result table pasted as
an image (no text layer: every amount lives in the prose); bullets under a generic heading ("Kommentarer till
prognosen") in varied shapes: "beräknas överskrida budget med 3,6 mkr", a colon and "+0,4 mkr", harbour
revenue with "en negativ avvikelse på 0,9 mkr", "För fastighetsförvaltningen … ett överskott om 1,5 mkr",
"beräknas gå 0,5 mkr plus"; fee-financed water "bedöms gå jämnt ut" (boilerplate) and waste "ett underskott
mot budget om 1,2 mkr" with its coverage from the fund in the next sentence (other); the change since April;
investments "71,0 mkr användas av budgeterade 96,5 mkr" (25,5 never written out) and a quay that "blir 3,4
mkr dyrare än projektbudgeten"; an action with its effect. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("Västerviks kommun", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Tekniska nämnden 2025-09-17", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, mkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "-48,2", "-33,9", "-51,8", "-3,6"),
            ("Parker och grönområden", "-17,5", "-10,9", "-17,1", "0,4"),
            ("Hamnar", "-4,1", "-2,2", "-5,0", "-0,9"),
            ("Fastighetsförvaltning", "-21,6", "-12,8", "-20,1", "1,5"),
            ("Kost", "-2,4", "-1,1", "-1,9", "0,5"),
            ("Summa", "-93,8", "-60,9", "-95,9", "-2,1"),
        ),
        widths=(170.0, 70.0, 74.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport per augusti 2025", size=19, font="arial-bold", after=2),
        Title("Tekniska nämnden", size=12, font="narrow", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Den skattefinansierade verksamheten redovisar efter augusti ett överskott på 3,4 mkr mot periodiserad "
            "budget, men prognosen för helåret är ett underskott på 2,1 mkr.",
            C(
                "Skattefinansierad verksamhet",
                "2,1 mkr",
                "-",
                note="The period and the full year in one sentence: the full year's amount and direction.",
            ),
        ),
        P(
            "Överskottet för perioden förklaras av att årets beläggningsprogram utförs först under september och "
            "oktober.",
            C(
                "Skattefinansierad verksamhet",
                None,
                "+",
                "periodisering",
                note="The period surplus's reason, apart from its amount: amount null.",
            ),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        Bullets(
            (
                "Gator och vägar beräknas överskrida budget med 3,6 mkr. Vinterns många halkbekämpningsinsatser och "
                "en dyrare entreprenad för drift av gatubelysningen förklarar avvikelsen.",
                "Parker och grönområden: +0,4 mkr till följd av vakanta parkarbetartjänster under våren.",
                "Hamnverksamhetens intäkter från gästhamnarna blev lägre än budgeterat efter en regnig sommar, vilket "
                "ger en negativ avvikelse på 0,9 mkr.",
                "För fastighetsförvaltningen blir energikostnaderna lägre än budgeterat, och prognosen visar ett "
                "överskott om 1,5 mkr.",
                "Kostenheten beräknas gå 0,5 mkr plus då antalet sålda portioner till äldreomsorgen har ökat.",
            ),
            labels=(
                C("Gator och vägar", "3,6 mkr", "-", "ovrigt", "prisokningar", note="Weather is ovrigt."),
                C("Parker och grönområden", "+0,4 mkr", "+", "vakanser"),
                C(
                    "Hamnverksamheten",
                    "0,9 mkr",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="Possessive area; weather is ovrigt.",
                ),
                C(
                    "Fastighetsförvaltningen",
                    "1,5 mkr",
                    "+",
                    "prisokningar",
                    note="Energy costs are prisokningar.",
                ),
                C("Kostenheten", "0,5 mkr", "+", "volymer", "avgifter_intakter"),
            ),
        ),
        H("Avgiftsfinansierad verksamhet", 2),
        P("VA-verksamheten bedöms gå jämnt ut mot budget.", BP("VA-verksamheten")),
        Para(
            (
                (
                    "Avfallsverksamheten prognostiserar ett underskott mot budget om 1,2 mkr som beror på högre "
                    "behandlingsavgifter för hushållsavfall vid förbränningsanläggningen.",
                    C("Avfallsverksamheten", "1,2 mkr", "-", "prisokningar"),
                ),
                (
                    "Underskottet täcks av avfallsfonden.",
                    O("Avfallsverksamheten", "reserver", note="Financing from the fund: other."),
                ),
            )
        ),
        H("Förändring mot aprilprognosen", 2),
        P(
            "Jämfört med prognosen i april har helårsprognosen för den skattefinansierade verksamheten försämrats "
            "med 0,8 mkr, främst på grund av hamnarnas lägre intäkter.",
            F("Skattefinansierad verksamhet", "0,8 mkr", "-", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgår till 38,7 mkr efter augusti. För helåret beräknas 71,0 mkr användas av "
            "budgeterade 96,5 mkr, bland annat för att upphandlingen av den nya bron över Gamlebyviken har "
            "överklagats.",
            C(
                "Investeringar",
                "71,0 mkr användas av budgeterade 96,5 mkr",
                "+",
                "periodisering",
                value=25_500_000,
                note="Under-spending of 25,5 mkr, never written out: the computed value.",
            ),
        ),
        P(
            "Ombyggnaden av Skeppsbrokajen blir 3,4 mkr dyrare än projektbudgeten på grund av sämre markförhållanden "
            "än väntat.",
            C("Ombyggnaden av Skeppsbrokajen", "3,4 mkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta upp underhållet av grusvägar till 2026, vilket minskar kostnaderna med "
            "0,6 mkr i år.",
            A("Gator och vägar", "0,6 mkr"),
        ),
    ]
    return ReportSpec(
        file="vastervik-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Tekniska nämnden", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
