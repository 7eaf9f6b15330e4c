"""Sollentuna kommun, Socialnämnden, bokslut 2025 (individ- och familjeomsorg and funktionsstöd).

A social committee's year-end report in "miljoner kronor" with U+2212 minus signs in the table (and last
year's outcome beside it), footer with the nämnd's meeting date in February: the result "underskott mot
budget på 14,4 miljoner kronor" with a percentage of the frame; the outcome against the August forecast
with its cause (forecast change); plain headings per verksamhet in varied shapes: "blev 9,4 miljoner
kronor högre än budgeterat" followed by volumes against the budget, "gick med underskott, −3,8 miljoner
kronor", "blev utfallet 5,1 miljoner kronor sämre än budget. Avvikelsen kan härledas till", "visar ett
överskott på 2,6 miljoner kronor" with a volume against 2024 in a paragraph of its own (other), a
reason-only surplus (the row's "1,7"), "fick ett underskott om 1,2 miljoner kronor" at the end of the
sentence, "ligger i nivå med budget" beside a row of 0,8 (boilerplate); investments "Av investeringsbudgeten
på 2,5 miljoner kronor har 0,9 miljoner kronor använts" (1,6 never written out); an action without amount and
a risk (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Sollentuna kommun", "Socialkontoret"),
        footer=lambda n, m: ("Socialnämnden 2026-02-19, § 12", "", f"Sidan {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Utfall per verksamhet 2025, miljoner kronor",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och ledning", "18,6", "17,8", "0,8", "17,1"),
            ("Barn och unga", "142,3", "151,7", "−9,4", "139,0"),
            ("Vuxna", "48,9", "52,7", "−3,8", "47,2"),
            ("Funktionsstöd", "331,5", "336,6", "−5,1", "318,4"),
            ("Socialpsykiatri", "44,2", "42,5", "1,7", "41,9"),
            ("Ekonomiskt bistånd", "61,0", "58,4", "2,6", "62,8"),
            ("Flyktingmottagande", "5,4", "6,6", "−1,2", "4,9"),
            ("Summa", "651,9", "666,3", "−14,4", "631,3"),
        ),
        widths=(150.0, 70.0, 70.0, 66.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-bold", after=2),
        Title("Socialnämnden – årsbokslut med verksamhetsberättelse", size=12, font="serif", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Socialnämnden redovisar för 2025 ett underskott mot budget på 14,4 miljoner kronor, vilket motsvarar "
            "2,2 procent av nämndens budgetram.",
            C(None, "14,4 miljoner kronor", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett underskott på 11,0 miljoner kronor. Utfallet blev "
            "alltså 3,4 miljoner kronor sämre än prognosen, främst på grund av två nya placeringar av ungdomar "
            "under december.",
            F(None, "3,4 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Barn och unga", 3),
        P(
            "Kostnaderna för placeringar av barn och unga blev 9,4 miljoner kronor högre än budgeterat. Under året "
            "har i genomsnitt 31 barn och ungdomar varit placerade, varav elva på HVB eller särskilda ungdomshem, "
            "att jämföra med 24 i budgeten.",
            C("Barn och unga", "9,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Vuxna", 3),
        P(
            "Verksamheten för vuxna med missbruk gick med underskott, −3,8 miljoner kronor. Orsaken är främst köpt "
            "vård för personer med samsjuklighet och fler placeringar enligt LVM än under tidigare år.",
            C("Vuxna", "−3,8 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Funktionsstöd", 3),
        P(
            "För insatser enligt LSS blev utfallet 5,1 miljoner kronor sämre än budget. Avvikelsen kan härledas "
            "till personlig assistans, där Försäkringskassan har avslagit ansökningar om assistansersättning för "
            "fyra brukare så att kommunen har fått bära hela kostnaden, samt till köpta platser i bostad med "
            "särskild service.",
            C("Funktionsstöd", "5,1 miljoner kronor", "-", "ersattning_fk", "kopt_verksamhet"),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Ekonomiskt bistånd visar ett överskott på 2,6 miljoner kronor. Färre hushåll än beräknat har varit "
            "beroende av försörjningsstöd, bland annat tack vare arbetsmarknadsinsatser i samverkan med "
            "Arbetsförmedlingen.",
            C("Ekonomiskt bistånd", "2,6 miljoner kronor", "+", "ekonomiskt_bistand", "volymer"),
        ),
        P(
            "Antalet hushåll med försörjningsstöd minskade med 7 procent jämfört med 2024.",
            O("Ekonomiskt bistånd", "volymer", note="Against the previous year: other."),
        ),
        H("Socialpsykiatri", 3),
        P(
            "Socialpsykiatrin redovisar ett positivt resultat, som beror på att det nya boendestödsteamet kom "
            "igång först i oktober.",
            C(
                "Socialpsykiatri",
                "1,7",
                "+",
                "periodisering",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Flyktingmottagande", 3),
        P(
            "Statsbidragen från Migrationsverket blev lägre än budgeterat när antalet nyanlända minskade, och "
            "verksamheten fick ett underskott om 1,2 miljoner kronor.",
            C("Flyktingmottagande", "1,2 miljoner kronor", "-", "statsbidrag", "volymer"),
        ),
        H("Nämnd och ledning", 3),
        P("Nämnd och ledning ligger i nivå med budget.", BP("Nämnd och ledning", note="0,8 in the table.")),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 2,5 miljoner kronor har 0,9 miljoner kronor använts. Införandet av det nya "
            "verksamhetssystemet för individ- och familjeomsorgen har skjutits upp till 2026.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 2,5 miljoner kronor har 0,9 miljoner kronor använts",
                "+",
                "it_digitalisering",
                "periodisering",
                value=1_600_000,
                note="An under-spend of 1,6 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Nämnden har under hösten byggt ut öppenvården för ungdomar för att minska behovet av placeringar.",
            A("Barn och unga", None, "kopt_verksamhet"),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 finns en risk att kostnaderna för personlig assistans fortsätter att öka, beroende på hur "
            "Försäkringskassan bedömer nya ansökningar.",
            O("Funktionsstöd", "ersattning_fk", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="sollentuna-sn-bokslut-2025.pdf",
        report={
            "municipality": "Sollentuna",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Sollentuna kommun"},
        style=style,
        blocks=blocks,
    )
