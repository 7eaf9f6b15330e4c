"""Ljungby kommun, Omsorgsnämnden, verksamhetsberättelse 2025 (elderly care and disability support).

An elderly-care year-end report in tkr and mnkr, footer with the nämnd's meeting date in February: the
result "ett negativt resultat på 7,6 mnkr jämfört med tilldelad budget", the outcome against the interim
forecast with its cause and no amount (a forecast change), a comment table whose deficits carry an en dash
("–3 550") and whose comments mostly give reasons only (the row's cell), one comment that names its own
amount ("gav ett överskott på 720 tkr"), one "I nivå med budget" (boilerplate) and a sum row with no comment;
then a percentage of volume growth against budget inside a comment (not the amount); net cost growth
against 2024 with "beror på" (other), an action with its effect, staff sick leave against last year (other)
and investments "Av investeringsbudgeten på 3,5 mnkr användes 2,1 mnkr" (1,4 mnkr never written out).
DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("LJUNGBY KOMMUN", "Verksamhetsberättelse 2025 – Omsorgsnämnden"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-02-19", "", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "4 820", "4 310", "510"),
                "Lägre kostnader för politiska arvoden och en vakant utvecklartjänst under våren.",
                C(
                    "Nämnd och ledning",
                    "510",
                    "+",
                    "ovrigt",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the row's cell. Members' fees are ovrigt.",
                ),
            ),
            (
                ("Hemtjänst", "58 300", "61 850", "–3 550"),
                "Antalet utförda hemtjänsttimmar var 9 procent fler än budgeterat. Sjukfrånvaron var hög under "
                "första kvartalet.",
                C(
                    "Hemtjänst",
                    "–3 550",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    unit="tkr",
                    table=True,
                    note="A percentage of volume against budget is not the amount: the row's cell.",
                ),
            ),
            (
                ("Särskilt boende", "112 400", "114 650", "–2 250"),
                "Underskottet beror på extra nattbemanning på Kvarngården och på höjda livsmedelspriser.",
                C("Särskilt boende", "–2 250", "-", "bemanning", "prisokningar", unit="tkr", table=True),
            ),
            (
                ("Hemsjukvård och rehab", "31 200", "30 480", "720"),
                "Vakanta sjukskötersketjänster under sommaren gav ett överskott på 720 tkr, trots inhyrd personal i "
                "juli.",
                C(
                    "Hemsjukvård och rehab",
                    "720 tkr",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Hjälpmedel", "6 900", "7 610", "–710"),
                "Fler förskrivna sängar och lyftar.",
                C("Hjälpmedel", "–710", "-", "material_hjalpmedel", "volymer", unit="tkr", table=True),
            ),
            (
                ("Funktionsstöd LSS", "64 100", "64 050", "50"),
                "I nivå med budget.",
                BP("Funktionsstöd LSS", note="50 in the table."),
            ),
            (
                ("Personlig assistans", "22 600", "24 980", "–2 380"),
                "Försäkringskassan har dragit in assistansersättningen för två brukare, vilket kommunen får bära.",
                C("Personlig assistans", "–2 380", "-", "ersattning_fk", unit="tkr", table=True),
            ),
            (("Summa", "300 320", "307 930", "–7 610"), "", None),
        ),
        widths=(118.0, 46.0, 46.0, 50.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-bold", after=2),
        Title("Omsorgsnämnden", size=12.5, font="serif", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Omsorgsnämnden redovisar för 2025 ett negativt resultat på 7,6 mnkr jämfört med tilldelad budget om "
            "300,3 mnkr.",
            C(None, "7,6 mnkr", "-"),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett underskott på 9,0 mnkr. Att det slutliga utfallet "
            "blev bättre beror främst på att statsbidraget för äldreomsorgslyftet kunde rekvireras i sin helhet i "
            "december.",
            F(
                None,
                None,
                "+",
                "statsbidrag",
                note="The outcome against the interim forecast with a cause. The 1,4 mnkr is never written: null.",
            ),
        ),
        H("Kommentarer per verksamhet", 2),
        comments,
        P(
            "Nämndens nettokostnader ökade med 5,8 procent jämfört med 2024, vilket främst beror på fler "
            "hemtjänsttimmar och på den nya gruppbostaden i Lagan.",
            O(None, "volymer", note="Net cost growth against the previous year: other."),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under hösten infördes anställningsprövning och ett stopp för nya avrop från bemanningsföretag, vilket "
            "enligt förvaltningens beräkning minskade kostnaderna med 1,2 mnkr.",
            A(None, "1,2 mnkr", "bemanning", "inhyrd_personal"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland nämndens medarbetare var 9,3 procent, att jämföra med 8,7 procent under 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3,5 mnkr användes 2,1 mnkr. Inköpet av nya trygghetslarm till de särskilda "
            "boendena har skjutits till 2026.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 3,5 mnkr användes 2,1 mnkr",
                "+",
                "periodisering",
                value=1_400_000,
                note="Under-spending of 1,4 mnkr never written out: the computed value.",
            ),
        ),
        P(
            "Nämnden föreslår att 1,0 mnkr av den outnyttjade investeringsbudgeten förs över till 2026.",
            O("Investeringar", "reserver", note="A request to carry budget over: other."),
        ),
    ]
    return ReportSpec(
        file="ljungby-on-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Omsorgsnämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
