"""Region Halland, Driftnämnden Hallands sjukhus, månadsrapport januari–oktober 2025.

A hospital committee's month report in mnkr, Liberation Sans 9.5 pt, footer with the driftnämnd's meeting
date in November and a diarienummer: the accumulated result "är −118 mnkr, 61 mnkr sämre än budget för
motsvarande period" (the level is not the amount), the full year "ligger kvar på −150 mnkr jämfört med budget"
and the reasons in a paragraph of their own (amount null); the result table pasted as an image, so every
amount is in the prose; bullets with an en dash per område: "Område Halmstad: −72 mnkr." with hired nurses,
overtime and overcrowding, "−41 mnkr, varav ortopedin −17 mnkr" (the total is the amount), "Underskottet på 9
mnkr beror i huvudsak på", "överskott med 6 mnkr efter", and drugs "−34 mnkr, som helt avser"; the change since
September "oförändrad" (boilerplate) followed by a shift between two områden (two forecast changes, one
without an amount); hired staff against last year (other); two actions as bullets; equipment investments "112
mnkr, 18 mnkr under budget". 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BF, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Region Halland", "Månadsrapport januari–oktober 2025"),
        footer=lambda n, m: (
            "Driftnämnden Hallands sjukhus 2025-11-20",
            "Diarienummer HS 2025-00391",
            f"{n}({m})",
        ),
        header_size=8.0,
        rule_under_header=False,
    )
    image = Table(
        caption="Resultat per område, mnkr",
        header=(("Område", "Budget ack", "Utfall ack", "Avvikelse ack", "Prognos avvikelse helår"),),
        rows=(
            ("Område Halmstad", "−21", "−70", "−49", "−72"),
            ("Område Varberg", "−14", "−40", "−26", "−41"),
            ("Område Kungsbacka", "−3", "−9", "−6", "−9"),
            ("Medicinsk diagnostik", "4", "9", "5", "6"),
            ("Gemensamt och ledning", "−23", "−8", "15", "−34"),
            ("Hallands sjukhus totalt", "−57", "−118", "−61", "−150"),
        ),
        widths=(150.0, 70.0, 70.0, 80.0, 110.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Driftnämnden Hallands sjukhus", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Hallands sjukhus ackumulerade resultat till och med oktober är −118 mnkr, 61 mnkr sämre än budget för "
            "motsvarande period.",
            C(None, "61 mnkr", "-", note="The period's result level (−118) is not the deviation."),
        ),
        P(
            "Helårsprognosen ligger kvar på −150 mnkr jämfört med budget.",
            C(None, "−150 mnkr", "-", note="The full year; 'ligger kvar' inside the cause sentence."),
        ),
        P(
            "Underskottet förklaras till största delen av inhyrda läkare och sjuksköterskor, högre kostnader för "
            "medicinskt material och läkemedel samt att antalet planerade operationer inte har nått den nivå som "
            "ersättningsmodellen förutsätter.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                "volymer",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        Space(4),
        image,
        H("Områdenas prognoser", 2),
        Bullets(
            (
                "Område Halmstad: −72 mnkr. Akutmottagningen och medicinkliniken har under hela året haft en hög "
                "andel hyrsjuksköterskor, och överbeläggningarna har krävt extra pass på övertid.",
                "Område Varberg: −41 mnkr, varav ortopedin −17 mnkr. Operationsvolymerna är lägre än planerat "
                "eftersom tjänster som anestesisjuksköterska står vakanta, vilket ger lägre ersättning från hälso- "
                "och sjukvårdsnämnden.",
                "Område Kungsbacka: Underskottet på 9 mnkr beror i huvudsak på att dagkirurgins kostnader för "
                "implantat har ökat.",
                "Medicinsk diagnostik: överskott med 6 mnkr efter högre intäkter från provtagning åt primärvården.",
                "Gemensamt och ledning: −34 mnkr, som helt avser läkemedel inom cancervården där nya behandlingar "
                "har införts under året.",
            ),
            labels=(
                C("Område Halmstad", "−72 mnkr", "-", "inhyrd_personal", "overtid", "volymer"),
                C(
                    "Område Varberg",
                    "−41 mnkr",
                    "-",
                    "vakanser",
                    "volymer",
                    "avgifter_intakter",
                    note="A 'varav' part (ortopedin −17) is not the amount; lower payments for fewer operations.",
                ),
                C(
                    "Område Kungsbacka",
                    "9 mnkr",
                    "-",
                    "material_hjalpmedel",
                    note="Implants: material_hjalpmedel.",
                ),
                C("Medicinsk diagnostik", "6 mnkr", "+", "avgifter_intakter"),
                C(
                    "Gemensamt och ledning",
                    "−34 mnkr",
                    "-",
                    "material_hjalpmedel",
                    note="Drugs: material_hjalpmedel.",
                ),
            ),
            glyph="–",
        ),
        H("Förändring jämfört med föregående månad", 2),
        PS(
            ("Totalt är prognosen oförändrad jämfört med september.", BF(None)),
            (
                "Inom område Varberg har prognosen försämrats med 4 mnkr, eftersom operationer ställdes in under en "
                "period med hög sjukfrånvaro, medan medicinsk diagnostik har förbättrats lika mycket.",
                F(
                    "Område Varberg",
                    "4 mnkr",
                    "-",
                    "sjukfranvaro",
                    "volymer",
                    note="Two områden's changes in one sentence: two items; the second has no amount of its own.",
                    also=(F("Medicinsk diagnostik", None, "+"),),
                ),
            ),
        ),
        H("Inhyrd personal", 2),
        P(
            "Kostnaderna för inhyrd personal uppgår hittills i år till 96 mnkr, vilket är 21 mnkr lägre än under "
            "samma period 2024.",
            O(None, "inhyrd_personal", note="Hired staff against the previous year: other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Hyrsjuksköterskorna på akutmottagningen i Halmstad avvecklas från december, med en beräknad effekt på 8 mnkr "
                "på helårsbasis.",
                "Fler operationssalar öppnas i Varberg under veckorna 45–50 genom samverkan med Kungsbacka.",
            ),
            labels=(
                A("Område Halmstad", "8 mnkr", "inhyrd_personal"),
                A("Område Varberg", None, "volymer"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Utrustningsinvesteringarna beräknas till 112 mnkr, 18 mnkr under budget, eftersom leveransen av två "
            "magnetkameror har flyttats till första kvartalet 2026.",
            C(
                "Investeringar",
                "18 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending; the forecast level (112) is not the amount.",
            ),
        ),
    ]
    return ReportSpec(
        file="region-halland-dn-hallands-sjukhus-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Driftnämnden Hallands sjukhus", "Hallands sjukhus"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport januari–oktober 2025 Hallands sjukhus", "author": "Region Halland"},
        style=style,
        blocks=blocks,
    )
