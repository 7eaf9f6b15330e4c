"""Täby kommun, Äldrenämnden, verksamhetsberättelse 2025.

An elderly-care committee's year-end report in mnkr, footer with the nämnd's meeting date in February: the
result "–12,4 mnkr jämfört med budget" followed in the same paragraph by the outcome against the interim
forecast ("3,1 mnkr större än vad som prognostiserades", a forecast change), net cost growth against 2024 with
"beror på" (other); a result table whose last column is each row's comment: reason-only comments taking their
rows' cells ("–11,4", "–5,6", "2,1", "1,9"), a comment with its own amount ("ett överskott om 2,5 mnkr"), "I
nivå med budget" (boilerplate) and a deficit row with no comment that is explained in a paragraph below the
table ("kostade 2,0 mnkr mer än budgeterat"); investments "Av nämndens investeringsbudget på 3,0 mnkr har 1,2
mnkr använts" (1,8 never written out), a revenue account group "0,7 mnkr högre än budget" beside
the verksamhet table (explained twice), an action "omkring 1 mnkr" and customer satisfaction against last year
(other). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Täby kommun", "Verksamhetsberättelse 2025 – Äldrenämnden"),
        footer=lambda n, m: ("Äldrenämnden 2026-02-18", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "312,5", "323,9", "–11,4"),
                "Antalet beviljade hemtjänsttimmar har ökat med 11 procent. Ersättningen till utförarna i "
                "valfrihetssystemet följer timmarna.",
                C(
                    "Hemtjänst",
                    "–11,4",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note="A comment with reasons only: its row's deviation cell.",
                ),
            ),
            (
                ("Särskilt boende", "248,0", "253,6", "–5,6"),
                "Fler personer än budgeterat har beviljats plats på vård- och omsorgsboende, och platserna köps av "
                "externa utförare.",
                C("Särskilt boende", "–5,6", "-", "volymer", "kopt_verksamhet", unit="mnkr", table=True),
            ),
            (
                ("Korttidsvård", "22,4", "19,9", "2,5"),
                "Lägre beläggning under sommaren ger ett överskott om 2,5 mnkr.",
                C("Korttidsvård", "2,5 mnkr", "+", "volymer", note="The comment states its own amount."),
            ),
            (
                ("Dagverksamhet", "9,6", "9,5", "0,1"),
                "I nivå med budget.",
                BP("Dagverksamhet"),
            ),
            (
                ("Bostadsanpassning", "14,2", "12,1", "2,1"),
                "Färre ansökningar om bostadsanpassning än föregående år.",
                C("Bostadsanpassning", "2,1", "+", "volymer", unit="mnkr", table=True),
            ),
            (
                ("Myndighet och administration", "38,7", "36,8", "1,9"),
                "Vakanta tjänster som biståndshandläggare under våren.",
                C("Myndighet och administration", "1,9", "+", "vakanser", unit="mnkr", table=True),
            ),
            (("Färdtjänst 65+", "27,1", "29,1", "–2,0"), "", None),
            (("Summa", "672,5", "684,9", "–12,4"), "", None),
        ),
        widths=(118.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Äldrenämnden", size=13, font="times", after=14),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Äldrenämnden redovisar för 2025 ett resultat på –12,4 mnkr jämfört med budget.",
                C(None, "–12,4 mnkr", "-"),
            ),
            (
                "Underskottet är 3,1 mnkr större än vad som prognostiserades i delårsrapporten per augusti.",
                F(None, "3,1 mnkr", "-", note="The outcome against the interim forecast: a forecast change."),
            ),
        ),
        P(
            "Nettokostnaden ökade med 5,8 procent jämfört med 2024, vilket främst beror på fler brukare i hemtjänsten.",
            O(None, "volymer", note="Net cost growth against the previous year: other."),
        ),
        H("Resultat per verksamhet, mnkr", 3),
        table,
        P(
            "Färdtjänsten för personer över 65 år kostade 2,0 mnkr mer än budgeterat. Resorna har blivit fler, och "
            "Region Stockholm har höjt priset per resa.",
            C(
                "Färdtjänst 65+",
                "2,0 mnkr",
                "-",
                "volymer",
                "prisokningar",
                note="The row with no comment is explained in a paragraph below the table.",
            ),
        ),
        P(
            "Intäkterna från omsorgsavgifter blev 0,7 mnkr högre än budget, eftersom fler brukare har fått "
            "hemtjänst. Intäkterna ingår i verksamheternas nettokostnader ovan.",
            C(
                "Omsorgsavgifter",
                "0,7 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="A revenue account group beside the verksamhet table: its own item (explained twice).",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 3,0 mnkr har 1,2 mnkr använts. Inköpet av nya trygghetslarm till "
            "vård- och omsorgsboendena har skjutits till 2026.",
            C(
                "Investeringar",
                "investeringsbudget på 3,0 mnkr har 1,2 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=1_800_000,
                note="Under-spending of 1,8 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under hösten infördes en ny rutin för uppföljning av beviljade hemtjänsttimmar, som bedöms ha dämpat "
            "kostnadsökningen med omkring 1 mnkr.",
            A("Hemtjänst", "omkring 1 mnkr", "volymer"),
        ),
        H("Kvalitet", 2),
        P(
            "Andelen brukare som är nöjda med hemtjänsten var 91 procent, två procentenheter högre än 2024, vilket "
            "enligt förvaltningen beror på att färre personal besöker varje brukare.",
            O("Hemtjänst", note="Customer satisfaction against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="taby-aln-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Äldrenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Äldrenämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
