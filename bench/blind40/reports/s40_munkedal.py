"""Munkedals kommun, Kommunstyrelsen, bokslut 2025 (the kommunstyrelse's own verksamheter).

A kommunstyrelse's year-end report on its own sectors in mkr and tkr, footer with the meeting date in March:
the result "1,9 mkr sämre än budget" with the sectors named and no reason; a table with en-dash minus signs
and the August forecast beside the outcome; the outcome "0,2 mkr sämre än prognosen i delårsrapporten" with
its cause (a forecast change); a sector's total "gör ett underskott på 4,1 mkr" followed by bold run-in units
ending in a full stop in varied shapes ("går 2,6 mkr back", the amount at the end of the sentence,
"sammantaget ett underskott på 0,4 mkr" after offsetting reasons, "0,2 mkr lägre än budget" with no reason);
two areas as a "respektive" pair with the shared causes in the next sentence (two items with the same text);
a unit whose area is only in the plain heading ("Enhetens överskott på 500 tkr"); a membership fee "enligt
budget" (boilerplate); investments "9,3 mkr lägre än budget" delayed by appeals; an action and sick leave
against last year (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

SHARED = (
    "A 'respektive' pair with the shared causes in the next sentence: two items with the same text and tags."
)


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Munkedals kommun", "Bokslut 2025 – Kommunstyrelsen"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-04", "KS 2026-37", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhet, mkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Prognos aug"),),
        rows=(
            ("Kommunledning", "18,4", "17,6", "0,8", "0,5"),
            ("Sektor stöd", "41,2", "40,3", "0,9", "0,6"),
            ("Sektor samhällsbyggnad", "52,7", "56,8", "–4,1", "–3,0"),
            ("Arbete och integration", "9,6", "9,1", "0,5", "0,2"),
            ("Räddningstjänst", "14,3", "14,3", "0,0", "0,0"),
            ("Kommunstyrelsen totalt", "136,2", "138,1", "–1,9", "–1,7"),
        ),
        widths=(150.0, 66.0, 66.0, 60.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        grid=True,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="arial-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12, font="arial", after=12),
        H("Ekonomiskt utfall", 1),
        P(
            "Kommunstyrelsen redovisar ett resultat för 2025 som är 1,9 mkr sämre än budget. Underskottet finns "
            "inom sektor samhällsbyggnad, medan kommunledning och sektor stöd lämnar överskott.",
            C(None, "1,9 mkr", "-", note="Sectors named, no reasons: no tags."),
        ),
        table,
        P(
            "Utfallet är 0,2 mkr sämre än prognosen i delårsrapporten, vilket framför allt beror på höga kostnader "
            "för vinterväghållning i november och december.",
            F(
                None,
                "0,2 mkr",
                "-",
                "ovrigt",
                note="The outcome against the interim forecast; winter: ovrigt.",
            ),
        ),
        H("Sektor samhällsbyggnad", 2),
        P(
            "Sektor samhällsbyggnad gör ett underskott på 4,1 mkr, som fördelar sig på enheterna enligt nedan.",
            C("Sektor samhällsbyggnad", "4,1 mkr", "-"),
        ),
        LP(
            "Kost.",
            "Kostenheten går 2,6 mkr back. Livsmedelspriserna har fortsatt att stiga och färre portioner än "
            "planerat har levererats till äldreomsorgen, vilket har minskat intäkterna.",
            C("Kost", "2,6 mkr", "-", "prisokningar", "volymer", "avgifter_intakter"),
        ),
        LP(
            "Gata och park.",
            "Vinterväghållningen blev dyr efter snöovädren i november och december, och underskottet uppgår till "
            "1,3 mkr.",
            C("Gata och park", "1,3 mkr", "-", "ovrigt", note="The amount at the end of the sentence; snow."),
        ),
        LP(
            "Fastighet.",
            "Lägre energikostnader än budgeterat i kommunens fastigheter har till stor del vägts upp av ökade "
            "kostnader för felanmälningar och skadegörelse. Fastighetsenheten gör sammantaget ett underskott på "
            "0,4 mkr.",
            C(
                "Fastighet",
                "0,4 mkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="Reasons first, the net amount last.",
            ),
        ),
        LP(
            "Bostadsanpassning.",
            "Bidragen blev 0,2 mkr lägre än budget.",
            C("Bostadsanpassning", "0,2 mkr", "+", note="Lower grant costs: positive; no reason."),
        ),
        H("Kommunledning och sektor stöd", 2),
        P(
            "Kommunledningen och sektor stöd redovisar överskott på 0,8 respektive 0,9 mkr. Överskotten förklaras "
            "av vakanser inom ekonomi- och personalenheterna under våren samt av att kostnaderna för den nya "
            "e-tjänsteplattformen senarelades till 2026.",
            C(
                "Kommunledning",
                "0,8",
                "+",
                "vakanser",
                "it_digitalisering",
                "periodisering",
                unit="mkr",
                note=SHARED,
                also=(
                    C(
                        "Sektor stöd",
                        "0,9 mkr",
                        "+",
                        "vakanser",
                        "it_digitalisering",
                        "periodisering",
                        note=SHARED,
                    ),
                ),
            ),
        ),
        H("Arbete och integration", 2),
        P(
            "Enhetens överskott på 500 tkr beror på att fler deltagare än beräknat har haft anställningsstöd från "
            "Arbetsförmedlingen.",
            C(
                "Arbete och integration",
                "500 tkr",
                "+",
                "statsbidrag",
                "volymer",
                note="The area only in the plain heading above.",
            ),
        ),
        H("Räddningstjänst", 2),
        P(
            "Medlemsavgiften till räddningstjänstförbundet blev enligt budget.",
            BP("Räddningstjänst"),
        ),
        H("Investeringar", 2),
        P(
            "Kommunstyrelsens investeringar uppgick till 18,7 mkr, vilket är 9,3 mkr lägre än budget. Avvikelsen "
            "avser främst den nya reservvattenledningen till Hedekas, som har försenats av överklaganden.",
            C("Investeringar", "9,3 mkr", "+", "periodisering", note="Investment under-spending, delayed."),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Kostenheten ser över menyer och inköp för att sänka livsmedelskostnaderna med 0,5 mkr under 2026.",
            A("Kost", "0,5 mkr", "prisokningar"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom sektor samhällsbyggnad var 6,9 procent, att jämföra med 7,4 procent 2024.",
            O("Sektor samhällsbyggnad", "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="munkedal-ks-bokslut-2025.pdf",
        report={
            "municipality": "Munkedal",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kommunstyrelsen", "author": "Munkedals kommun"},
        style=style,
        blocks=blocks,
    )
