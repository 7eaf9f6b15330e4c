"""Jönköpings kommun, Utbildningsnämnden, delårsrapport augusti 2025 (upper-secondary and adult education).

An education committee's interim report in "miljoner kronor" and "mnkr", the footer carrying the nämnd's
meeting in September: the period's surplus and the full year's deficit in one sentence (the full year's
amount), the period surplus's timing reason in a paragraph of its own (amount null); a table whose deficits
are in brackets ("(5,8)", "(6,7)"); two columns of plain headings, one of which names the area differently
from the table row ("Interkommunal ersättning"), with "beräknas gå 5,8 mnkr sämre än budget", a meal-cost
sub-area inside the school's column ("1,4 mnkr högre än budget … ingår i"), "överstiger budget med 6,7 mnkr"
with a share against last year inside, "Ett överskott på 2,1 mnkr väntas", an amount after "vilket …
ger ett överskott på 3,4 mnkr" and an undistributed buffer as a reason-only surplus (the row's "2,5",
reserver); an action; the change since April with a "varav"; investments "avvikelsen på 6,2 mnkr"; goal
fulfilment and pupil numbers against last year (others). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 74.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("JÖNKÖPINGS KOMMUN", "Delårsrapport 2025"),
        footer=lambda n, m: ("Utbildningsnämnden 2025-09-24", "", f"{n}"),
        header_size=7.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr (negativt belopp inom parentes)",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsgemensamt", "42,6", "40,1", "2,5"),
            ("Gymnasieskola, egen regi", "612,4", "618,2", "(5,8)"),
            ("Interkommunal ersättning och fristående skolor", "288,0", "294,7", "(6,7)"),
            ("Anpassad gymnasieskola", "64,3", "62,2", "2,1"),
            ("Vuxenutbildning", "118,5", "115,1", "3,4"),
            ("Summa", "1 125,8", "1 130,3", "(4,5)"),
        ),
        widths=(230.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="serif-italic", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Utbildningsnämnden redovisar efter augusti ett överskott mot periodiserad budget på 7,1 miljoner "
            "kronor och prognostiserar för helåret ett underskott om 4,5 miljoner kronor.",
            C(
                None,
                "4,5 miljoner kronor",
                "-",
                note="The period and the full year in one sentence: the full year's amount and direction.",
            ),
        ),
        P(
            "Periodens överskott förklaras främst av att höstterminens kostnader för elevresor och läromedel "
            "faktureras först i september.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason apart: amount null.",
            ),
        ),
        table,
        Columns(2),
        H("Gymnasieskola, egen regi", 3),
        P(
            "Verksamheten beräknas gå 5,8 mnkr sämre än budget. Lärarlönerna har ökat mer än den uppräkning som "
            "nämnden fick i ramen, och fler elever än planerat har behövt särskilt stöd i form av "
            "elevassistenter.",
            C("Gymnasieskola, egen regi", "5,8 mnkr", "-", "lonekostnader", "volymer"),
        ),
        P(
            "Kostnaderna för skolmåltider är 1,4 mnkr högre än budget till följd av högre livsmedelspriser och "
            "ingår i gymnasieskolans underskott.",
            C(
                "Skolmåltider",
                "1,4 mnkr",
                "-",
                "prisokningar",
                note="A sub-area's deviation inside its area's section: its own item.",
            ),
        ),
        P(
            "Förvaltningen ser över tjänstefördelningen inför vårterminen.",
            A("Gymnasieskola, egen regi", None, "bemanning"),
        ),
        H("Interkommunal ersättning", 3),
        P(
            "Kostnaden för elever som väljer fristående skolor eller skolor i andra kommuner överstiger budget med "
            "6,7 mnkr. Andelen Jönköpingselever i fristående gymnasieskolor har ökat från 31 till 34 procent, och "
            "programpriserna har räknats upp med 3,2 procent.",
            C(
                "Interkommunal ersättning och fristående skolor",
                "6,7 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="The heading names the area shorter than the table row.",
            ),
        ),
        H("Anpassad gymnasieskola", 3),
        P(
            "Ett överskott på 2,1 mnkr väntas. Färre elever än budgeterat har börjat i höst, och två klasser har "
            "slagits ihop.",
            C("Anpassad gymnasieskola", "2,1 mnkr", "+", "volymer"),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Statsbidraget för regional yrkesvux blev högre än beräknat, vilket tillsammans med vakanta "
            "tjänster ger ett överskott på 3,4 mnkr.",
            C("Vuxenutbildning", "3,4 mnkr", "+", "statsbidrag", "vakanser"),
        ),
        H("Nämnd och förvaltningsgemensamt", 3),
        P(
            "Den centrala buffert som ännu inte har fördelats till skolorna ger ett överskott.",
            C(
                "Nämnd och förvaltningsgemensamt",
                "2,5",
                "+",
                "reserver",
                unit="mnkr",
                table=True,
                note="A reason-only surplus: the table row's cell. An undistributed buffer is reserver.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Prognosförändring", 2),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 1,9 miljoner kronor, varav 1,2 "
            "miljoner kronor avser de fristående skolornas programpriser.",
            F(
                None,
                "1,9 miljoner kronor",
                "-",
                "prisokningar",
                note="'Varav' a part: one item with the total.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar beräknas till 14,8 mnkr mot en budget på 21,0 mnkr, och avvikelsen på 6,2 mnkr "
            "beror på att inredningen till den nya naturbruksutbildningen levereras först under 2026.",
            C("Investeringar", "6,2 mnkr", "+", "periodisering", note="Investment under-spending: positive."),
        ),
        H("Mål och verksamhet", 2),
        P(
            "Andelen elever med examen inom tre år är 79 procent, vilket är i nivå med 2024.",
            O(None, note="Goal fulfilment against the previous year: other."),
        ),
        P(
            "Antalet elever i nämndens gymnasieskolor är 4 312, vilket är 96 fler än vid samma tid förra året.",
            O(None, "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-un-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Utbildningsnämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
