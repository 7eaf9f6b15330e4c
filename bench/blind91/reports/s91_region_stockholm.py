"""Region Stockholm, Styrelsen för Folktandvården Stockholms län AB, månadsrapport september 2025.

A dental-care company's month report in Liberation Sans 9.5 pt, footer with the board meeting in October:
the period "24,1 mnkr sämre än budget för perioden" with last month's deviation in brackets after it and the
full year "en negativ avvikelse på 32 mnkr" in two sentences, the reasons apart (amount null); a result table
whose negatives are in brackets ("(19,4)"); bold run-in business areas ending in a full stop: "Avvikelsen är
−19,4 mnkr (−17,9 mnkr i augusti)", "Överskottet på 3,2 mnkr beror på", two areas as a "respektive" pair
with shared causes in the next sentence (two items, the same text) and "Gemensamma funktioner redovisar +2,6
mnkr"; a forecast change with its cause; bullet actions, one with its effect; a risk about next year's fee
schedule (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Folktandvården Stockholms län AB", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Region Stockholm", "Styrelsemöte 2025-10-21", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per affärsområde helår 2025, mnkr (negativa belopp inom parentes)",
        header=(("Affärsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Allmäntandvård vuxna", "8,0", "(11,4)", "(19,4)"),
            ("Allmäntandvård barn och unga", "4,5", "7,7", "3,2"),
            ("Specialisttandvård", "(2,0)", "(13,6)", "(11,6)"),
            ("Sjukhustandvård", "(3,5)", "(10,3)", "(6,8)"),
            ("Gemensamma funktioner", "(2,0)", "0,6", "2,6"),
            ("Totalt", "5,0", "(27,0)", "(32,0)"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=18, font="arial-bold", after=2),
        Title("Folktandvården Stockholms län AB", size=12, font="arial", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Resultatet för januari–september uppgår till −18,6 mnkr, vilket är 24,1 mnkr sämre än budget för "
                "perioden (−21,3 mnkr efter augusti).",
                C(
                    None,
                    "24,1 mnkr",
                    "-",
                    note="The period; the bracket is last month's deviation, not the amount.",
                ),
            ),
            (
                "Helårsprognosen är ett resultat på −27 mnkr mot ett budgeterat resultat på 5 mnkr, det vill säga en "
                "negativ avvikelse på 32 mnkr.",
                C(None, "32 mnkr", "-"),
            ),
        ),
        P(
            "Avvikelsen förklaras främst av att patientintäkterna inom vuxentandvården är lägre än budgeterat och "
            "av höga kostnader för inhyrda tandläkare och tandhygienister.",
            C(
                None,
                None,
                "-",
                "avgifter_intakter",
                "inhyrd_personal",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        table,
        H("Kommentarer per affärsområde", 2),
        LP(
            "Allmäntandvård vuxna.",
            "Avvikelsen är −19,4 mnkr (−17,9 mnkr i augusti). Färre besök per behandlare än planerat och lägre "
            "intäkter från tandvårdsstödet förklarar merparten, och inhyrd personal har behövts på sex kliniker för "
            "att hålla öppet.",
            C("Allmäntandvård vuxna", "−19,4 mnkr", "-", "volymer", "avgifter_intakter", "inhyrd_personal"),
        ),
        LP(
            "Allmäntandvård barn och unga.",
            "Överskottet på 3,2 mnkr beror på att regionens ersättning per listat barn räknats upp mer än "
            "budgeterat.",
            C("Allmäntandvård barn och unga", "3,2 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Specialisttandvård och sjukhustandvård.",
            "Specialisttandvården och sjukhustandvården visar −11,6 respektive −6,8 mnkr. Båda har vakanta "
            "tjänster för specialisttandläkare som ersatts med dyrare konsulter, och sjukhustandvården har dessutom "
            "fått färre remisser från slutenvården.",
            C(
                "Specialisttandvård",
                "−11,6",
                "-",
                "vakanser",
                "inhyrd_personal",
                unit="mnkr",
                note="A 'respektive' pair with shared causes in the next sentence: two items, the same text.",
                also=(C("Sjukhustandvård", "−6,8 mnkr", "-", "vakanser", "inhyrd_personal", "volymer"),),
            ),
        ),
        LP(
            "Gemensamma funktioner.",
            "Gemensamma funktioner redovisar +2,6 mnkr, främst lägre avskrivningar då investeringar i nya "
            "behandlingsstolar skjutits fram.",
            C("Gemensamma funktioner", "+2,6 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Förändring mot föregående prognos", 2),
        P(
            "Helårsprognosen har försämrats med 4 mnkr sedan augustirapporten, i huvudsak på grund av att höstens "
            "patientbokningar inom vuxentandvården ligger under plan.",
            F(None, "4 mnkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Anställningsstopp för administrativa tjänster från den 1 oktober.",
                "Avveckling av hyrpersonal på de tre kliniker som har lägst beläggning, med en beräknad effekt på 2,5 "
                "mnkr under fjärde kvartalet.",
            ),
            labels=(A(None, None, "vakanser"), A("Allmäntandvård vuxna", "2,5 mnkr", "inhyrd_personal")),
        ),
        H("Risker", 2),
        P(
            "Regionens beslut om tandvårdstaxan för 2026 är ännu inte fattat. Om taxan inte räknas upp i nivå med "
            "kostnadsutvecklingen kvarstår underskottet även nästa år.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-ftv-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för Folktandvården Stockholms län AB",
                "Folktandvården Stockholms län AB",
                "Folktandvården Stockholm",
            ],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Folktandvården Stockholms län AB"},
        style=style,
        blocks=blocks,
    )
