"""Nacka kommun, Äldrenämnden, bokslut 2025 (year end).

An elderly-care committee's year-end report in "miljoner kronor" and mnkr, footer with the nämnd's meeting date
in February: the result "ett underskott på 7,4 miljoner kronor jämfört med budget" with a percentage of the
frame, the outcome against the second tertial forecast with its cause (a forecast change); a verksamhet table
with hyphen-minus; two columns of headings that carry the verksamhet and the amount ("Hemtjänst −3,8 mnkr",
"Korttidsvård +1,1 mnkr", "Nämnd och förvaltning ±0 mnkr" over "i nivå med budget"), one with a risk sentence
in the same paragraph (its own `other` item); kostnadsslag in one sentence ("köp av verksamhet … 9,6 miljoner
kronor över budget, medan personalkostnaderna blev 2,2 miljoner kronor lägre", two items); investments "3,0
mnkr … varav 1,1 mnkr användes" (1,9 never written out); an action with its yearly effect and equity (other).
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 80.0, 58.0, 72.0),
        gutter=24.0,
        header=lambda n, m: ("Nacka kommun", "Bokslut 2025 Äldrenämnden"),
        footer=lambda n, m: ("ÄLN 2026/14", "Äldrenämnden 2026-02-18", f"{n}"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "312,5", "316,3", "-3,8"),
            ("Särskilt boende", "428,0", "432,1", "-4,1"),
            ("Korttidsvård", "34,2", "33,1", "1,1"),
            ("Dagverksamhet", "18,6", "17,4", "1,2"),
            ("Myndighet och huvudmannaskap", "46,3", "48,1", "-1,8"),
            ("Nämnd och förvaltning", "12,4", "12,4", "0,0"),
            ("Totalt", "852,0", "859,4", "-7,4"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="sans-bold", after=2),
        Title("Äldrenämnden", size=13, font="sans", after=14),
        H("Nämndens resultat", 2),
        P(
            "Äldrenämndens resultat för 2025 blev ett underskott på 7,4 miljoner kronor jämfört med budget, vilket "
            "motsvarar 0,9 procent av nämndens budgetram på 852 miljoner kronor.",
            C(None, "7,4 miljoner kronor", "-"),
        ),
        P(
            "Underskottet är 1,9 miljoner kronor större än vad som prognostiserades i tertialbokslut 2, främst på "
            "grund av fler beviljade hemtjänsttimmar under november och december.",
            F(None, "1,9 miljoner kronor", "-", "volymer", note="The outcome against the last forecast."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        Columns(2),
        HP(
            "Hemtjänst −3,8 mnkr",
            "Antalet beviljade hemtjänsttimmar ökade med 7 procent under året, och ersättningen till utförarna i "
            "kundvalet blev därmed högre än budgeterat. Även ledsagning och avlösning kostade mer än planerat.",
            C("Hemtjänst", "−3,8 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        Para(
            (
                (
                    "Nämnden köper platser enligt avtal med fasta volymer, och under våren stod i genomsnitt 14 platser "
                    "tomma som ändå skulle betalas. Därtill har fler brukare än budgeterat beviljats plats på "
                    "demensboende utanför kommunen.",
                    C("Särskilt boende", "−4,1 mnkr", "-", "volymer", "kopt_verksamhet"),
                ),
                (
                    "Avtalet löper till och med 2027, och kostnaderna för tomma platser kan därför bestå även nästa år.",
                    O("Särskilt boende", note="A risk sentence in a cause paragraph: its own item."),
                ),
            ),
            head="Särskilt boende −4,1 mnkr",
        ),
        HP(
            "Korttidsvård +1,1 mnkr",
            "Beläggningen på korttidsplatserna var lägre än planerat under sommaren.",
            C("Korttidsvård", "+1,1 mnkr", "+", "volymer"),
        ),
        HP(
            "Dagverksamhet +1,2 mnkr",
            "Två dagverksamheter har slagits samman till en, vilket har gett lägre lokal- och personalkostnader.",
            C("Dagverksamhet", "+1,2 mnkr", "+", "omstallning", "lokaler"),
        ),
        HP(
            "Myndighet och huvudmannaskap −1,8 mnkr",
            "Biståndshandläggningen har haft hög personalomsättning och har anlitat konsulter under tio månader för "
            "att klara utredningstiderna.",
            C("Myndighet och huvudmannaskap", "−1,8 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        HP(
            "Nämnd och förvaltning ±0 mnkr",
            "Kostnaderna har legat i nivå med budget.",
            BP("Nämnd och förvaltning"),
        ),
        PageBreak(),
        Columns(1),
        H("Kostnadsslag", 2),
        P(
            "Sett per kostnadsslag är det köp av verksamhet som avviker mest, 9,6 miljoner kronor över budget, medan "
            "personalkostnaderna blev 2,2 miljoner kronor lägre än budgeterat till följd av vakanser.",
            C(
                "Köp av verksamhet",
                "9,6 miljoner kronor",
                "-",
                note="Two kostnadsslag in one sentence: two items. Naming the account group gives no tag.",
                also=(C("Personalkostnader", "2,2 miljoner kronor", "+", "vakanser"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden hade en investeringsbudget på 3,0 mnkr för inventarier och larm, varav 1,1 mnkr användes. "
            "Upphandlingen av nya trygghetslarm avbröts och görs om under 2026.",
            C(
                "Investeringar",
                "3,0 mnkr för inventarier och larm, varav 1,1 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=1_900_000,
                note="An under-spend of 1,9 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten påbörjade nämnden en omförhandling av platsavtalet för särskilt boende, som väntas minska "
            "kostnaderna för tomma platser med 2,5 miljoner kronor per år från 2026.",
            A("Särskilt boende", "2,5 miljoner kronor", "volymer"),
        ),
        H("Eget kapital", 2),
        P(
            "Nämnden har inget eget kapital att täcka underskottet med, och resultatet belastar därför kommunens "
            "samlade resultat.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="nacka-an-bokslut-2025.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Äldrenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Äldrenämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
