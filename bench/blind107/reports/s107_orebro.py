"""Örebro kommun, Kulturnämnden, verksamhetsberättelse 2025.

A culture committee's year-end report in DejaVu Sans 9.5 pt with a footer carrying the adoption date in
February: the result "ett överskott mot budget på 2,3 miljoner kronor", the outcome against the August
forecast with its reasons (a forecast change, amount null: the change is never written out); a result table
in tkr pasted as an image (no text layer); bold run-in verksamheter ending in a colon with amounts in
"miljoner kronor", in words ("knappt en miljon kronor") and in "tusen kronor", "Här blev kostnaderna … lägre
än budgeterat", "översteg budget med 780 tusen kronor" of ticket revenue, "betalades ut enligt budget"
(boilerplate) and a reason-only surplus whose amount lives only in the image (null); investments "Resterande
2,2 miljoner kronor" after two levels; library visits against last year and the equity (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(17.0, 12.0, 10.5),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Örebro kommun", "Kulturnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025, fastställd 2026-02-12", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Bibliotek", "78 400", "76 950", "1 450"),
            ("Kulturskola", "41 300", "42 220", "-920"),
            ("Konst och utställningar", "18 600", "17 500", "1 100"),
            ("Scenkonst och arrangemang", "24 900", "24 120", "780"),
            ("Kulturstöd", "16 200", "16 200", "0"),
            ("Kulturarv", "9 800", "10 110", "-310"),
            ("Nämnd och förvaltning", "12 700", "12 500", "200"),
            ("Summa", "201 900", "199 600", "2 300"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="sans-bold", after=2),
        Title("Kulturnämnden", size=12.5, font="sans", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Kulturnämnden redovisar ett överskott mot budget på 2,3 miljoner kronor för 2025.",
            C(None, "2,3 miljoner kronor", "+"),
        ),
        P(
            "I delårsrapporten i augusti bedömdes resultatet bli ett nollresultat. Att utfallet blev bättre förklaras "
            "främst av att arrangemangen under Kulturnatten gav högre biljettintäkter än väntat och av att en av "
            "höstens utställningar flyttades till 2026.",
            F(
                None,
                None,
                "+",
                "avgifter_intakter",
                "periodisering",
                note="The outcome against the August forecast: a forecast change, the change never written out.",
            ),
        ),
        table,
        H("Verksamheternas resultat", 2),
        LP(
            "Bibliotek:",
            "Överskottet om 1,45 miljoner kronor beror på att två bibliotekarietjänster har stått vakanta under stora "
            "delar av året och på att det utökade meröppet på två av filialerna blev billigare än planerat.",
            C("Bibliotek", "1,45 miljoner kronor", "+", "vakanser"),
        ),
        LP(
            "Kulturskolan:",
            "Verksamheten gick med ett underskott på knappt en miljon kronor. Fler elever än budgeterat har fått "
            "plats i de avgiftsfria kurserna, och lärarkostnaderna har ökat mer än beräknat efter lönerevisionen.",
            C(
                "Kulturskola",
                "knappt en miljon kronor",
                "-",
                "volymer",
                "lonekostnader",
                value=1e6,
                note="An amount in words with 'knappt' is the stated figure.",
            ),
        ),
        LP(
            "Konst och utställningar:",
            "Här blev kostnaderna 1,1 miljoner kronor lägre än budgeterat. Höstens stora utställning flyttades till "
            "våren 2026 efter förseningar hos långivaren.",
            C("Konst och utställningar", "1,1 miljoner kronor", "+", "periodisering"),
        ),
        LP(
            "Scenkonst och arrangemang:",
            "Biljettintäkterna för Kulturnatten och sommarens parkkonserter översteg budget med 780 tusen kronor.",
            C("Scenkonst och arrangemang", "780 tusen kronor", "+", "avgifter_intakter"),
        ),
        LP(
            "Kulturstöd:",
            "Föreningsstödet betalades ut enligt budget.",
            BP("Kulturstöd"),
        ),
        LP(
            "Kulturarv:",
            "Ett underskott på 310 tusen kronor uppstod till följd av högre kostnader för klimatanpassad förvaring "
            "av samlingarna i nya lokaler.",
            C("Kulturarv", "310 tusen kronor", "-", "lokaler"),
        ),
        LP(
            "Nämnd och förvaltning:",
            "Lägre kostnader för konsulter och färre sammanträden än planerat gav ett mindre överskott.",
            C(
                "Nämnd och förvaltning",
                None,
                "+",
                "inhyrd_personal",
                note="Reason only and the table is an image: amount null.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 6,2 miljoner kronor användes 4,0 miljoner kronor. Resterande 2,2 miljoner "
            "kronor avser nya automater för självbetjäning på biblioteken, där upphandlingen överklagades och "
            "leveransen skjuts till 2026.",
            C("Investeringar", "2,2 miljoner kronor", "+", "periodisering"),
        ),
        H("Verksamhet och ekonomisk ställning", 2),
        P(
            "Antalet besök på biblioteken ökade med 6 procent jämfört med 2024.",
            O("Bibliotek", "volymer", note="Visits against the previous year."),
        ),
        P(
            "Nämndens ackumulerade eget kapital uppgår efter 2025 års överskott till 4,8 miljoner kronor.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-kn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kulturnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
