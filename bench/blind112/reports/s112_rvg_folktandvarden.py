"""Region Västra Götaland, Styrelsen för Folktandvården, månadsrapport oktober 2025.

A regional dental-care board's month report in mnkr with U+2212 minus signs set in Liberation Sans, footer with
the board's meeting date in November: the period's result level and "14,9 mnkr sämre än budget för perioden",
then the full year as a level with last month's figure in brackets ("−12,4 mnkr (−10,9)") and "19,0 mnkr under
det budgeterade resultatet" (the deviation, not the level), the change since September with its cause; a table
per verksamhetsområde with the deviation in October and September; plain headings whose paragraphs name the
area as the subject: dental care for adults with a bracketed last-month figure ("15,2 mnkr (13,4)") and four
causes, two areas inside it as a "respektive" pair in a paragraph of their own, "blir resultatet 2,3 mnkr
sämre än budget" after "För", "ett negativt utfall om 1,5 mnkr" (licences); hired dentists against last year
(other), three bulleted actions (one with its effect) and investments "7,5 mnkr vara oförbrukade".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Folktandvården Västra Götaland", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Styrelsen för Folktandvården 2025-11-20", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, mnkr",
        header=(
            ("Verksamhetsområde", "Budgeterat", "Prognos", "Avvikelse", "Avvikelse"),
            ("", "resultat", "resultat", "oktober", "september"),
        ),
        rows=(
            ("Allmäntandvård", "4,0", "−11,2", "−15,2", "−13,4"),
            ("Specialisttandvård", "1,5", "−0,8", "−2,3", "−2,6"),
            ("Gemensamma funktioner", "1,1", "−0,4", "−1,5", "−1,5"),
            ("Folktandvården totalt", "6,6", "−12,4", "−19,0", "−17,5"),
        ),
        widths=(150.0, 70.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="arial-bold", after=2),
        Title("Folktandvården Västra Götaland", size=12, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Resultatet för januari–oktober är −8,6 mnkr, vilket är 14,9 mnkr sämre än budget för perioden.",
                C(None, "14,9 mnkr", "-", note="The period: the deviation, not the result level."),
            ),
            (
                "Helårsprognosen är −12,4 mnkr (−10,9), det vill säga 19,0 mnkr under det budgeterade resultatet "
                "på 6,6 mnkr.",
                C(
                    None,
                    "19,0 mnkr",
                    "-",
                    note="The full year: the level −12,4 and last month's (−10,9) are not the deviation.",
                ),
            ),
        ),
        P(
            "Jämfört med septemberprognosen har helårsprognosen försämrats med 1,5 mnkr, främst till följd av lägre "
            "intäkter från vuxentandvården under oktober.",
            F(None, "1,5 mnkr", "-", "avgifter_intakter"),
        ),
        table,
        H("Allmäntandvård", 3),
        P(
            "Allmäntandvården prognostiserar ett underskott på 15,2 mnkr (13,4) mot budget. Intäkterna från vuxna "
            "patienter är lägre än planerat eftersom flera kliniker har vakanta tandläkartjänster, och några "
            "kliniker har fått ta in hyrtandläkare för att klara barn- och ungdomstandvården. Ersättningen från "
            "regionen för barn- och ungdomstandvården har dessutom räknats upp med 1,8 procent, medan lönerna har "
            "ökat med 3,4 procent.",
            C(
                "Allmäntandvård",
                "15,2 mnkr",
                "-",
                "avgifter_intakter",
                "vakanser",
                "inhyrd_personal",
                "lonekostnader",
                note="The bracketed 13,4 is last month's figure. The percentages are not amounts.",
            ),
        ),
        P(
            "Inom allmäntandvården står område Fyrbodal och område Skaraborg för −6,8 respektive −5,1 mnkr av "
            "underskottet.",
            C(
                "Område Fyrbodal",
                "−6,8",
                "-",
                unit="mnkr",
                note="Two areas inside another area's deviation, in a paragraph of their own: two items, no tags.",
                also=(C("Område Skaraborg", "−5,1 mnkr", "-"),),
            ),
        ),
        H("Specialisttandvård", 3),
        P(
            "För specialisttandvården blir resultatet 2,3 mnkr sämre än budget. Orsaken är främst att käkkirurgin "
            "har haft en lägre produktion under ombyggnaden av operationssalarna och att dyrare implantatmaterial "
            "har upphandlats.",
            C(
                "Specialisttandvård",
                "2,3 mnkr",
                "-",
                "volymer",
                "ovrigt",
                "material_hjalpmedel",
                "prisokningar",
                note="A rebuilding that closes operating rooms is ovrigt.",
            ),
        ),
        H("Gemensamma funktioner", 3),
        P(
            "Gemensamma funktioner redovisar ett negativt utfall om 1,5 mnkr, som helt förklaras av "
            "licenskostnaderna för det nya journalsystemet.",
            C("Gemensamma funktioner", "1,5 mnkr", "-", "it_digitalisering"),
        ),
        H("Personal", 2),
        P(
            "Kostnaderna för hyrtandläkare uppgår till 9,7 mnkr hittills i år, vilket är 3,2 mnkr mer än under "
            "samma period 2024.",
            O(None, "inhyrd_personal", note="Against the previous year: other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Intagsstopp för nya vuxna listade patienter vid sex kliniker med vakanser, för att prioritera barn "
                "och akuta besök.",
                "Hyrtandläkarna avvecklas vid årsskiftet, med en beräknad besparing på 4 mnkr för 2026.",
                "Översyn av prislistan för vuxentandvård inför 2026.",
            ),
            labels=(
                A("Allmäntandvård", None, "vakanser"),
                A(None, "4 mnkr", "inhyrd_personal"),
                A(None, None, "avgifter_intakter"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 31,5 mnkr beräknas 7,5 mnkr vara oförbrukade vid årets slut, eftersom "
            "utrustningen till den nya kliniken i Alingsås levereras först i februari 2026.",
            C("Investeringar", "7,5 mnkr", "+", "periodisering"),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-folktandvarden-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Folktandvården", "Folktandvården Västra Götaland", "Folktandvården"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Folktandvården", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
