"""Melleruds kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in Liberation Serif, header in capitals, footer with the nämnd's meeting
date in May: one paragraph whose first sentence gives the period "1,9 mnkr under den periodiserade
budgeten" (a cost under budget: positive), the second the full year "ett underskott mot budget på 4,3 mnkr",
and the third the timing reason for the period surplus (amount null), three items; a verksamhet table whose
deviation column counts an overrun as positive ("+ = överskridande": "3 250" is a deficit, "−430" a
surplus); plain headings per verksamhet: "innebär att budgeten överskrids med 1,6 mnkr", a paragraph with
only a part of the deviation ("kostar nämnden sammanlagt 2,1 mnkr", so the amount is the table row's
"3 250"), "beräknas bli 2 250 tkr högre än budgeterat", a level and last year's growth before "0,9 mnkr över
budget", "beräknas lämna ett överskott på 3 270 tkr", and a reason-only surplus (the row's "−430"); the
change since February with its cause, two actions (one with its effect) and sick leave against last year
(other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("MELLERUDS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden 2026-05-20, § 48", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr. Avvikelse: + = överskridande, − = överskott",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 850", "6 420", "−430"),
            ("Äldreomsorg", "142 300", "143 900", "1 600"),
            ("Funktionsstöd", "58 700", "61 950", "3 250"),
            ("Individ- och familjeomsorg", "41 200", "43 450", "2 250"),
            ("Ekonomiskt bistånd", "14 600", "15 500", "900"),
            ("Arbetsmarknad och integration", "18 950", "15 680", "−3 270"),
            ("Summa", "282 600", "286 900", "4 300"),
        ),
        widths=(180.0, 78.0, 78.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="times-bold", after=2),
        Title("Socialnämnden, januari–april", size=13, font="times", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Utfallet för januari–april visar en nettokostnad som ligger 1,9 mnkr under den periodiserade "
                "budgeten.",
                C(None, "1,9 mnkr", "+", note="The period: a net cost under budget is positive."),
            ),
            (
                "Trots det räknar förvaltningen med att helåret slutar med ett underskott mot budget på 4,3 mnkr.",
                C(None, "4,3 mnkr", "-", note="The full year in its own sentence: its own item."),
            ),
            (
                "Skillnaden mellan periodens överskott och helårsprognosen förklaras främst av att semesterlöner och "
                "sommarvikarier belastar andra och tredje tertialet.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    "vikarier",
                    note="The period surplus's timing reason apart from its amount: amount null.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Äldreomsorg", 3),
        P(
            "Prognosen för äldreomsorgen innebär att budgeten överskrids med 1,6 mnkr. Korttidsplatserna på "
            "Björkbacken har haft full beläggning sedan januari, och sjuklönekostnaderna inom hemtjänsten ligger på "
            "en högre nivå än förra året.",
            C("Äldreomsorg", "1,6 mnkr", "-", "volymer", "sjukfranvaro"),
        ),
        H("Funktionsstöd", 3),
        P(
            "Här finns nämndens största avvikelse. Två nya ärenden med personlig assistans enligt LSS, där "
            "Försäkringskassan avslagit ansökan om assistansersättning, kostar nämnden sammanlagt 2,1 mnkr för året. "
            "Därutöver har en ny gruppbostad öppnats i Åsensbruk, där hyran och grundbemanningen inte fanns med i "
            "budgeten.",
            C(
                "Funktionsstöd",
                "3 250",
                "-",
                "ersattning_fk",
                "volymer",
                "lokaler",
                "bemanning",
                unit="tkr",
                table=True,
                note="The prose gives only a part (2,1 mnkr): the table row's amount, printed as an overrun "
                "with '+'.",
            ),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Kostnaderna för externa placeringar av barn och unga beräknas bli 2 250 tkr högre än budgeterat. Under "
            "perioden har fyra nya placeringar på HVB gjorts, samtidigt som bara två familjehemsplaceringar har "
            "avslutats.",
            C("Individ- och familjeomsorg", "2 250 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalningarna av försörjningsstöd fortsätter att öka. Under januari–april betalades 4,9 mnkr ut, "
            "vilket är 12 procent mer än samma period i fjol, och helårsprognosen ligger 0,9 mnkr över budget.",
            C(
                "Ekonomiskt bistånd",
                "0,9 mnkr",
                "-",
                "ekonomiskt_bistand",
                note="A level (4,9) and last year's growth (12 procent) before the deviation.",
            ),
        ),
        H("Arbetsmarknad och integration", 3),
        P(
            "Verksamheten beräknas lämna ett överskott på 3 270 tkr. Statsbidraget för etableringsinsatser blev "
            "betydligt högre än vad som budgeterades, och två tjänster som arbetsmarknadskonsulent har stått vakanta "
            "sedan februari.",
            C("Arbetsmarknad och integration", "3 270 tkr", "+", "statsbidrag", "vakanser"),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Förvaltningsledningen beräknas få ett mindre överskott eftersom tjänsten som utvecklingsledare inte "
            "återbesätts under året.",
            C(
                "Nämnd och förvaltningsledning",
                "−430",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell, printed with '−' for a surplus.",
            ),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 1,2 mnkr, vilket i sin helhet hänger samman "
            "med de nya ärendena inom funktionsstöd.",
            F(None, "1,2 mnkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen utreder möjligheten att samordna nattbemanningen mellan Björkbacken och Solgläntan, vilket "
                "bedöms minska kostnaderna med 0,5 mnkr i helårseffekt.",
                A("Äldreomsorg", "0,5 mnkr", "bemanning"),
            ),
            (
                "För det ena av de två assistansärendena har en ny ansökan om assistansersättning lämnats in till "
                "Försäkringskassan.",
                A("Funktionsstöd", None, "ersattning_fk"),
            ),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 8,4 procent under perioden, jämfört med 7,6 procent under samma period "
            "2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="mellerud-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Mellerud",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Melleruds kommun"},
        style=style,
        blocks=blocks,
    )
