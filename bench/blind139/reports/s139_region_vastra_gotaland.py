"""Region Västra Götaland, Västra hälso- och sjukvårdsnämnden, månadsrapport februari 2026.

A regional health-care purchaser's month report in "miljoner kronor" whose result table is pasted as an image
(every amount lives in the prose), footer with the nämnd's meeting date in March: the period "13,9 miljoner
kronor sämre än periodens budget" and the full year "ett underskott om 60 miljoner kronor mot budget" in
two sentences, "Prognosen är oförändrad jämfört med januari" (boilerplate); plain headings over sections in
varied shapes: bought hospital care "en negativ avvikelse på 8,6 miljoner kronor, varav 3,1 …" (one item, the
total), primary care "2,5 miljoner kronor lägre än budget", dental support "kostar 1,7 miljoner kronor mer än
budgeterat", aids "avviker med −0,9 miljoner kronor", psychiatry "tillsammans ett underskott om 4,1 miljoner
kronor" with the reason in the next sentence, ambulance care and patient transport "0,6 respektive 0,5
miljoner kronor"; an action, a risk and visits against last year (other). Liberation Sans (Arial) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, O


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
        margins=(62.0, 80.0, 62.0, 74.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Månadsrapport februari 2026"),
        footer=lambda n, m: (
            "HSN Västra 2026-03-24",
            "Diarienummer HSNV 2026-00412",
            f"{n}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomiskt utfall per verksamhetsområde, miljoner kronor",
        header=(("Område", "Budget jan–feb", "Utfall jan–feb", "Avvikelse", "Helårsprognos avv."),),
        rows=(
            ("Sjukhusvård", "412,0", "420,6", "-8,6", "-36,0"),
            ("Primärvård", "188,4", "185,9", "2,5", "10,0"),
            ("Tandvård", "21,3", "23,0", "-1,7", "-8,0"),
            ("Hjälpmedel", "14,6", "15,5", "-0,9", "-4,0"),
            ("Psykiatri", "47,2", "51,3", "-4,1", "-18,0"),
            ("Ambulans och sjukresor", "19,8", "20,9", "-1,1", "-4,0"),
            ("Totalt", "703,3", "717,2", "-13,9", "-60,0"),
        ),
        widths=(150.0, 78.0, 78.0, 64.0, 96.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="arial-bold", after=2),
        Title("Västra hälso- och sjukvårdsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Västra hälso- och sjukvårdsnämnden redovisar efter februari ett resultat på −11,4 miljoner kronor, "
                "vilket är 13,9 miljoner kronor sämre än periodens budget.",
                C(None, "13,9 miljoner kronor", "-", note="The result level is not the amount."),
            ),
            (
                "Helårsprognosen pekar på ett underskott om 60 miljoner kronor mot budget.",
                C(None, "60 miljoner kronor", "-", note="The full year in a sentence of its own."),
            ),
            ("Prognosen är oförändrad jämfört med januari.", BF(None)),
        ),
        table,
        H("Sjukhusvård", 3),
        P(
            "Köpt sjukhusvård visar en negativ avvikelse på 8,6 miljoner kronor, varav 3,1 miljoner kronor avser "
            "vård i andra regioner. Fler remisser till ortopedi och ögonsjukvård än vad vårdöverenskommelserna "
            "omfattar förklarar resten.",
            C(
                "Sjukhusvård",
                "8,6 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A 'varav' part: one item with the total.",
            ),
        ),
        H("Primärvård", 3),
        P(
            "Inom vårdval vårdcentral är kostnaden 2,5 miljoner kronor lägre än budget, eftersom antalet listade "
            "har vuxit långsammare än befolkningen.",
            C("Primärvård", "2,5 miljoner kronor", "+", "volymer"),
        ),
        H("Tandvård", 3),
        P(
            "Det särskilda tandvårdsstödet kostar 1,7 miljoner kronor mer än budgeterat, till följd av fler "
            "uppsökande munhälsobedömningar på äldreboenden.",
            C("Tandvård", "1,7 miljoner kronor", "-", "volymer"),
        ),
        H("Hjälpmedel", 3),
        P(
            "Hjälpmedel avviker med −0,9 miljoner kronor, främst på grund av högre priser på hörapparater efter "
            "den nya upphandlingen.",
            C("Hjälpmedel", "−0,9 miljoner kronor", "-", "material_hjalpmedel", "prisokningar"),
        ),
        H("Psykiatri", 3),
        P(
            "Psykoterapi inom vårdval och köp av platser på privata behandlingshem ger tillsammans ett underskott "
            "om 4,1 miljoner kronor. Det beror på att efterfrågan på behandling för ätstörningar har ökat kraftigt "
            "sedan hösten.",
            C("Psykiatri", "4,1 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Ambulans och sjukresor", 3),
        P(
            "Ambulanssjukvården och sjukresorna visar underskott om 0,6 respektive 0,5 miljoner kronor.",
            C(
                "Ambulanssjukvård",
                "0,6",
                "-",
                unit="mnkr",
                note="A 'respektive' pair with no reason: two items, no tags.",
                also=(C("Sjukresor", "0,5 miljoner kronor", "-"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att se över ersättningsnivåerna i vårdöverenskommelserna "
            "med sjukhusen inför 2027.",
            A("Sjukhusvård", None, "kopt_verksamhet"),
        ),
        H("Risker och omvärld", 2),
        P(
            "Det råder osäkerhet om hur den nya vårdöverenskommelsen för ortopedi slår ut under året, och "
            "prognosen kan komma att försämras med upp till 15 miljoner kronor.",
            O("Sjukhusvård", amount="15 miljoner kronor", note="A risk with a maximum: other."),
        ),
        P(
            "Antalet besök i primärvården ökade med 4 procent jämfört med februari 2025.",
            O("Primärvård", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-hsn-vastra-manadsrapport-2026-02.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Västra hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämnden Västra"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport februari 2026 Västra hälso- och sjukvårdsnämnden",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
