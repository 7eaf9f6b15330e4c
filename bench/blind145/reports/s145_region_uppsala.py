"""Region Uppsala, Sjukhusstyrelsen, verksamhetsberättelse 2025 (Akademiska sjukhuset and Lasarettet i Enköping).

A region's hospital board year-end report in "miljoner kronor", DejaVu Sans with a serif body, footer with
the styrelse's meeting date in February 2026: the result "262 miljoner kronor sämre än budget", the outcome
"38 miljoner kronor mindre än prognosen i delårsrapporten" with its cause (a forecast change); a kostnadsslag
table with U+2212 minus signs; two columns of bold run-in kostnadsslag in varied shapes ("överskred budget
med 174 miljoner kronor", hired staff whose cost level "231 miljoner kronor" stands before "136 miljoner
kronor mer än budget", drugs "översteg budget med 83 miljoner kronor", revenue "112 miljoner kronor högre än
budgeterat", a reason-only premises surplus taking the row's "66", "hamnade 47 miljoner kronor över
budget"); the two hospitals as a "respektive" pair with a shared cause in the same sentence; investments "124
miljoner kronor lägre än budget"; an action plan with its yearly effect, bed numbers against 2024 and the
financing of the deficit (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="sans-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 74.0),
        header=lambda n, m: ("Region Uppsala", "Verksamhetsberättelse 2025 – Sjukhusstyrelsen"),
        footer=lambda n, m: ("Sjukhusstyrelsen 2026-02-24", "RS 2026-00031", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, miljoner kronor",
        header=(("Kostnadsslag", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Ersättning enligt vårdavtal", "12 400", "12 400", "0"),
            ("Övriga intäkter", "1 850", "1 962", "112"),
            ("Personalkostnader", "−8 620", "−8 794", "−174"),
            ("Inhyrd personal", "−95", "−231", "−136"),
            ("Läkemedel", "−1 480", "−1 563", "−83"),
            ("Material och tjänster", "−2 950", "−2 997", "−47"),
            ("Lokaler", "−1 255", "−1 189", "66"),
            ("Resultat", "−150", "−412", "−262"),
        ),
        widths=(180.0, 78.0, 78.0, 78.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title(
            "Sjukhusstyrelsen – Akademiska sjukhuset och Lasarettet i Enköping",
            size=11.5,
            font="serif-italic",
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Sjukhusstyrelsen redovisar för 2025 ett resultat på −412 miljoner kronor, vilket är 262 miljoner kronor "
            "sämre än budget.",
            C(None, "262 miljoner kronor", "-", note="The result level is not the amount; the deviation is."),
        ),
        P(
            "Underskottet blev 38 miljoner kronor mindre än prognosen i delårsrapporten per augusti, till stor del "
            "tack vare ett tillfälligt statsbidrag för vårdköer som betalades ut i december.",
            F(
                None,
                "38 miljoner kronor",
                "+",
                "statsbidrag",
                note="The outcome against the interim forecast.",
            ),
        ),
        table,
        H("Avvikelser per kostnadsslag", 2),
        Columns(2),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna överskred budget med 174 miljoner kronor. Lönerevisionen blev högre än budgeterat "
            "och övertiden inom akutsjukvården ökade kraftigt under sommarmånaderna.",
            C("Personalkostnader", "174 miljoner kronor", "-", "lonekostnader", "overtid"),
        ),
        LP(
            "Inhyrd personal.",
            "Kostnaden för inhyrd personal blev 231 miljoner kronor, 136 miljoner kronor mer än budget, främst för "
            "hyrsjuksköterskor inom intensivvården och hyrläkare vid Lasarettet i Enköping.",
            C(
                "Inhyrd personal",
                "136 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="The cost level before the deviation is not the amount.",
            ),
        ),
        LP(
            "Läkemedel.",
            "Läkemedelskostnaderna översteg budget med 83 miljoner kronor till följd av fler patienter som "
            "behandlas med nya cancerläkemedel.",
            C(
                "Läkemedel",
                "83 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="Drugs: material_hjalpmedel.",
            ),
        ),
        LP(
            "Övriga intäkter.",
            "Övriga intäkter blev 112 miljoner kronor högre än budgeterat, bland annat genom fler utomlänspatienter "
            "från Gävleborg och Västmanland.",
            C("Övriga intäkter", "112 miljoner kronor", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Lokaler.",
            "Lokalkostnaderna blev lägre än budgeterat sedan inflyttningen i den nya vårdbyggnaden försenades till "
            "2026.",
            C(
                "Lokaler",
                "66",
                "+",
                "lokaler",
                "periodisering",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Material och tjänster.",
            "Material och tjänster hamnade 47 miljoner kronor över budget, vilket främst förklaras av prisökningar "
            "på medicintekniska produkter.",
            C("Material och tjänster", "47 miljoner kronor", "-", "prisokningar", "material_hjalpmedel"),
        ),
        PageBreak(),
        Columns(1),
        H("Resultat per sjukhus", 2),
        P(
            "Akademiska sjukhuset och Lasarettet i Enköping redovisar underskott mot budget på 221 respektive 41 "
            "miljoner kronor, där kostnaderna för hyrläkare och övertid är den gemensamma förklaringen.",
            C(
                "Akademiska sjukhuset",
                "221",
                "-",
                "inhyrd_personal",
                "overtid",
                unit="mnkr",
                note="Two hospitals as a 'respektive' pair with a shared cause: two items with the same tags.",
                also=(C("Lasarettet i Enköping", "41 miljoner kronor", "-", "inhyrd_personal", "overtid"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet blev 486 miljoner kronor, 124 miljoner kronor lägre än budget. Skillnaden beror "
            "främst på att upphandlingen av två nya magnetkameror överklagades.",
            C(
                "Investeringar",
                "124 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusstyrelsen beslutade i oktober om en handlingsplan för att fasa ut hyrsjuksköterskor senast "
            "hösten 2026, med en beräknad effekt på 60 miljoner kronor per år.",
            A(None, "60 miljoner kronor", "inhyrd_personal"),
        ),
        H("Verksamhet och finansiering", 2),
        P(
            "Antalet disponibla vårdplatser var i genomsnitt 812, vilket är 14 fler än 2024.",
            O(None, "volymer", note="Beds against the previous year."),
        ),
        P(
            "Sjukhusstyrelsens underskott täcks av regionens samlade resultat, och regionfullmäktige beslutar i "
            "april om hur det ska hanteras.",
            O(None, note="Financing of the deficit."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-shs-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Sjukhusstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Sjukhusstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
