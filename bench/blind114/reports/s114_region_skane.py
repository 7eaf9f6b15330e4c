"""Region Skåne, Hälso- och sjukvårdsnämnden, delårsrapport 2025-08.

A region's health-care purchaser committee's interim report in Times, its result table pasted as an image
(every amount lives in the prose), footer with the nämnd's meeting date in September: the period "298
miljoner kronor sämre än periodens budget" after a level and the full year "ett underskott på 455 miljoner
kronor jämfört med budget" in two sentences; three posts "218, 131 respektive 87 miljoner kronor" in one
sentence with no reasons; plain-heading sections where drugs' forecast level ("4,86 miljarder kronor") is not
the amount, care in other regions that "kostar 131 miljoner kronor mer än budgeterat", vårdval "87 miljoner
kronor högre än budget till följd av", aids "38 miljoner kronor högre", extra operations that "belastar
nämnden med 48 miljoner kronor utöver budget", children's dental care "ett överskott på 24 miljoner
kronor" and targeted grants "43 miljoner kronor högre än vad som budgeterats"; sick-travel "i nivå med
budget" (boilerplate); a forecast change with a "varav"; an action and the region's balanskrav (other).

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
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Region Skåne", "Hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025 – behandlas i nämnden 2025-09-25", "", f"{n}/{m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    image = Table(
        caption="Resultat per område, miljoner kronor",
        header=(("Område", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Läkemedel inom förmånen", "4 642", "3 261", "4 860", "−218"),
            ("Vård i andra regioner", "1 905", "1 356", "2 036", "−131"),
            ("Vårdval primärvård", "6 214", "4 199", "6 301", "−87"),
            ("Hjälpmedel", "712", "499", "750", "−38"),
            ("Vårdavtal, tilläggsuppdrag", "380", "286", "428", "−48"),
            ("Tandvård för barn och unga", "654", "402", "630", "+24"),
            ("Sjukresor", "318", "211", "318", "0"),
            ("Riktade statsbidrag", "−620", "−448", "−663", "+43"),
            ("Summa", "14 205", "9 766", "14 660", "−455"),
        ),
        widths=(160.0, 66.0, 72.0, 66.0, 58.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden, Region Skåne", size=13, font="times", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Hälso- och sjukvårdsnämnden redovisar per augusti ett resultat på −412 miljoner kronor, vilket är 298 "
                "miljoner kronor sämre än periodens budget.",
                C(None, "298 miljoner kronor", "-", note="The period, after a level."),
            ),
            (
                "Helårsprognosen är ett underskott på 455 miljoner kronor jämfört med budget.",
                C(None, "455 miljoner kronor", "-", note="The full year, in its own sentence."),
            ),
        ),
        P(
            "Underskottet förklaras främst av tre poster: läkemedel, vård i andra regioner och ersättningarna inom "
            "vårdval, som beräknas överskrida budget med 218, 131 respektive 87 miljoner kronor.",
            C(
                "Läkemedel",
                "218",
                "-",
                unit="mnkr",
                note="Three areas with 'respektive' amounts: three items, the same text, no reasons (no tags).",
                also=(
                    C("Vård i andra regioner", "131", "-", unit="mnkr"),
                    C("Vårdval primärvård", "87 miljoner kronor", "-"),
                ),
            ),
        ),
        image,
        H("Läkemedel", 3),
        P(
            "Kostnaderna för läkemedel inom förmånen fortsätter att öka snabbare än budgeterat. Prognosen för helåret "
            "är 4,86 miljarder kronor, vilket är 218 miljoner kronor mer än budget. Ökningen beror framför allt på nya "
            "diabetes- och överviktsläkemedel och på att fler patienter behandlas med dem.",
            C(
                "Läkemedel",
                "218 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="The forecast level (4,86 miljarder) is not the amount. Drugs: material_hjalpmedel.",
            ),
        ),
        H("Vård i andra regioner", 3),
        P(
            "Vård som skånska patienter får i andra regioner kostar 131 miljoner kronor mer än budgeterat. Remisserna "
            "till högspecialiserad vård i Region Stockholm och Västra Götalandsregionen har ökat, och priserna i de "
            "regionala samverkansavtalen har räknats upp med 4,8 procent.",
            C(
                "Vård i andra regioner",
                "131 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
            ),
        ),
        H("Vårdval primärvård", 3),
        P(
            "Inom vårdval primärvård blir ersättningarna 87 miljoner kronor högre än budget till följd av fler listade "
            "invånare och ett större antal besök hos de privata vårdcentralerna.",
            C("Vårdval primärvård", "87 miljoner kronor", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Hjälpmedel och tilläggsuppdrag", 3),
        P(
            "Kostnaderna för förskrivna hjälpmedel, främst hörhjälpmedel och elrullstolar, blir 38 miljoner kronor "
            "högre än budgeterat.",
            C("Hjälpmedel", "38 miljoner kronor", "-", "material_hjalpmedel"),
        ),
        P(
            "Tilläggsavtalen med Skånes universitetssjukhus om extra operationer för att korta köerna belastar nämnden "
            "med 48 miljoner kronor utöver budget.",
            C("Vårdavtal, tilläggsuppdrag", "48 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        H("Poster med överskott eller i balans", 3),
        P(
            "Tandvården för barn och unga visar ett överskott på 24 miljoner kronor, eftersom färre undersökningar "
            "än beräknat har genomförts under våren.",
            C("Tandvård för barn och unga", "24 miljoner kronor", "+", "volymer"),
        ),
        P(
            "De riktade statsbidragen för kortare väntetider blev 43 miljoner kronor högre än vad som budgeterats, "
            "vilket minskar underskottet.",
            C("Riktade statsbidrag", "43 miljoner kronor", "+", "statsbidrag"),
        ),
        P("Kostnaderna för sjukresor ligger i nivå med budget.", BP("Sjukresor")),
        H("Förändring mot föregående prognos", 2),
        P(
            "Jämfört med prognosen i april har underskottet ökat med 96 miljoner kronor, varav 61 miljoner kronor "
            "avser läkemedel.",
            F(None, "96 miljoner kronor", "-", "material_hjalpmedel", note="A 'varav' part: the total."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att inga nya tilläggsuppdrag om extra operationer tecknas under hösten och att "
            "förskrivningen av hörhjälpmedel ska följas upp månadsvis.",
            A(None, None),
        ),
        P(
            "Regionens samlade prognos innebär att balanskravet inte uppfylls 2025. Regionstyrelsen har därför begärt "
            "en åtgärdsplan från samtliga nämnder.",
            O(None, note="Balanskrav and a request from the regionstyrelse: other."),
        ),
    ]
    return ReportSpec(
        file="region-skane-hsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Hälso- och sjukvårdsnämnden", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
