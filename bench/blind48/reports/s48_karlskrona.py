"""Karlskrona kommun, Tekniska nämnden, tertialrapport 2 2025 (januari–augusti).

A technical committee's tertial report whose footer carries the nämnd's meeting in September: the full year
"ett underskott med 6 400 tkr mot tilldelad ram" and the period "1 900 tkr sämre än periodiserad budget" in two
sentences of one paragraph (two items); a result table whose deficits carry a trailing minus ("3 900-"); plain
headings per verksamhet whose paragraphs say the direction in varied ways: "beräknas överskrida budget med 3,9
miljoner kronor" with a part (a repaired bridge, "1,1 mnkr") inside, a snowy winter with "blir underskottet 2 300
tkr" in the last sentence, "en negativ avvikelse på 1,2 mnkr som kan härledas till" followed by a risk sentence
(other), "blir 650 tkr lägre än budget", a reason-only surplus (the row's "450"), and one paragraph with a harbour
that "följer budget" (boilerplate) and "ett mindre underskott på 100 tkr" (two items); investments with the
deviation written out ("en avvikelse på 26,5 mnkr som främst förklaras av") and a project "3,2 mnkr mer än
budgeterat"; an action with its effect and the change since April with its cause. Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("KARLSKRONA KOMMUN", "Tekniska förvaltningen"),
        footer=lambda n, m: ("Tekniska nämnden 2025-09-23, § 84", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "9 800", "9 350", "450"),
            ("Gata och trafik", "68 200", "72 100", "3 900-"),
            ("Park och natur", "41 500", "42 700", "1 200-"),
            ("Vinterväghållning", "14 000", "16 300", "2 300-"),
            ("Hamnar", "2 100", "2 100", "0"),
            ("Kollektivtrafik", "96 400", "95 750", "650"),
            ("Mark och exploatering", "3 600", "3 700", "100-"),
            ("Summa", "235 600", "242 000", "6 400-"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=18, font="times-bold", after=2),
        Title("Tekniska nämnden, januari–augusti", size=12, font="times-italic", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Tekniska nämndens prognos för helåret visar ett underskott med 6 400 tkr mot tilldelad ram.",
                C(None, "6 400 tkr", "-", note="The full year; reasons follow per verksamhet."),
            ),
            (
                "Till och med augusti är utfallet 1 900 tkr sämre än periodiserad budget.",
                C(None, "1 900 tkr", "-", note="The period in a sentence of its own: a second item."),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Gata och trafik", 3),
        P(
            "Verksamheten beräknas överskrida budget med 3,9 miljoner kronor. Underhållet av gatubelysningen har "
            "blivit dyrare sedan det nya driftavtalet började gälla i maj, och elkostnaderna för belysningen är "
            "högre än beräknat. Därtill har reparationen av en bro i Lyckeby efter en påkörning i mars kostat 1,1 "
            "mnkr.",
            C(
                "Gata och trafik",
                "3,9 miljoner kronor",
                "-",
                "prisokningar",
                "ovrigt",
                note="The area is the heading; 'Verksamheten' the subject. The repair (1,1 mnkr) is a part and ovrigt.",
            ),
        ),
        H("Vinterväghållning", 3),
        P(
            "Den snörika inledningen av året gjorde att budgeten för vinterväghållning var förbrukad redan i mars. "
            "Med en normal vinter under november och december blir underskottet 2 300 tkr.",
            C("Vinterväghållning", "2 300 tkr", "-", "ovrigt", note="Snow is ovrigt; the amount comes last."),
        ),
        H("Park och natur", 3),
        PS(
            (
                "Park och natur redovisar en negativ avvikelse på 1,2 mnkr som kan härledas till ökade kostnader för "
                "skötsel av de nya ytorna i Vämöparken samt till skadegörelse på lekplatser.",
                C(
                    "Park och natur",
                    "1,2 mnkr",
                    "-",
                    "volymer",
                    "ovrigt",
                    note="New areas to tend; vandalism.",
                ),
            ),
            (
                "Det finns en risk för ytterligare kostnader om stormskadorna i skärgårdens friluftsområden måste "
                "åtgärdas under hösten.",
                O("Park och natur", note="A risk in the same paragraph: its own item."),
            ),
        ),
        H("Kollektivtrafik", 3),
        P(
            "Kommunens kostnad för den särskilda kollektivtrafiken blir 650 tkr lägre än budget, eftersom antalet "
            "färdtjänstresor fortfarande är färre än beräknat.",
            C("Kollektivtrafik", "650 tkr", "+", "volymer"),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Överskottet förklaras av att tjänsten som miljöstrateg har varit vakant sedan februari.",
            C(
                "Nämnd och förvaltningsledning",
                "450",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("Hamnar samt mark och exploatering", 3),
        PS(
            ("Hamnverksamheten följer budget.", BP("Hamnar")),
            (
                "Mark och exploatering visar ett mindre underskott på 100 tkr till följd av fler "
                "lantmäteriförrättningar än planerat.",
                C("Mark och exploatering", "100 tkr", "-", "volymer"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 148,0 mnkr. Prognosen är 121,5 mnkr, det vill säga en "
            "avvikelse på 26,5 mnkr som främst förklaras av att ombyggnaden av gångstråken i Vämöparken har skjutits "
            "till 2026.",
            C(
                "Investeringar",
                "26,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: positive.",
            ),
        ),
        P(
            "Projektet gång- och cykelväg Lyckeby–Nättraby beräknas däremot kosta 3,2 mnkr mer än budgeterat till "
            "följd av geotekniska förstärkningsåtgärder.",
            C(
                "Gång- och cykelväg Lyckeby–Nättraby",
                "3,2 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun: negative; ground conditions are ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om återhållsamhet med underhåll av gator som inte är akut under hösten, vilket "
            "beräknas minska underskottet med 1,5 mnkr.",
            A("Gata och trafik", "1,5 mnkr"),
        ),
        H("Jämfört med tertialrapport 1", 2),
        P(
            "Underskottet har ökat med 2,8 mnkr jämfört med prognosen i april, främst på grund av det nya "
            "driftavtalet för gatubelysningen.",
            F(None, "2,8 mnkr", "-", "prisokningar"),
        ),
    ]
    return ReportSpec(
        file="karlskrona-tn-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Tekniska nämnden", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
