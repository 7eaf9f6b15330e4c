"""Täby kommun, Kultur- och fritidsnämnden, tjänsteskrivelse om ekonomisk uppföljning januari–maj 2026.

A culture and leisure committee's tjänsteskrivelse dated in June with a diary number in the footer: the
decision proposal (unlabelled), the full year's "överskott på 1 150 tkr" and, in the next sentence, the period
"2 340 tkr lägre än periodiserad budget" with its timing reason (two causes); a table in tkr with "+" and
hyphen-minus deviations; plain paragraphs with the area as subject: libraries "ett överskott på 700 tkr"
from vacancies, the kulturskola "kostar 450 000 kronor mer än budgeterat" (whole kronor), a run-in area with a
colon whose two parts (900 and 200 tkr) give no total (the row's "+700"), a reason-only youth centre deficit
(the row's "-400"), grants "600 tkr lägre än budget" (positive) and "följer budget" (boilerplate); the change
since March and the financial consequences (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O

ROW = "Reason only: the table row's amount (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(16.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("TÄBY KOMMUN", "Tjänsteskrivelse 2026-06-02"),
        footer=lambda n, m: ("Kultur- och fritidsförvaltningen", "KFN 2026/87", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Kulturhus och bibliotek", "38 600", "37 900", "+700"),
            ("Kulturskola", "22 300", "22 750", "-450"),
            ("Idrott och anläggningar", "61 800", "61 100", "+700"),
            ("Fritidsgårdar", "14 900", "15 300", "-400"),
            ("Föreningsbidrag", "12 400", "11 800", "+600"),
            ("Nämnd och administration", "9 700", "9 700", "0"),
            ("Summa", "159 700", "158 550", "+1 150"),
        ),
        widths=(170.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–maj 2026", size=17, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=11.5, font="sans", after=14),
        H("Förslag till beslut", 2),
        P("Kultur- och fritidsnämnden godkänner den ekonomiska uppföljningen för januari–maj 2026."),
        H("Sammanfattning", 2),
        PS(
            (
                "Nämnden prognostiserar ett överskott på 1 150 tkr för helåret.",
                C(None, "1 150 tkr", "+"),
            ),
            (
                "Utfallet för perioden är 2 340 tkr lägre än periodiserad budget, vilket främst beror på att "
                "kostnaderna för sommarens aktiviteter ännu inte har bokförts.",
                C(
                    None,
                    "2 340 tkr",
                    "+",
                    "periodisering",
                    note="A net cost below the periodised budget: a positive period deviation.",
                ),
            ),
        ),
        table,
        H("Ärendebeskrivning", 2),
        P(
            "Biblioteken och kulturhuset visar ett överskott på 700 tkr, eftersom två tjänster som bibliotekarie har "
            "varit vakanta sedan i vintras och rekryteringen har tagit längre tid än väntat.",
            C("Kulturhus och bibliotek", "700 tkr", "+", "vakanser"),
        ),
        P(
            "Inom kulturskolan är efterfrågan på kurser i dans och musikal större än planerat. Nämnden har valt att "
            "utöka antalet platser, vilket kostar 450 000 kronor mer än budgeterat, eftersom avgiftsintäkterna inte "
            "täcker hela utökningen.",
            C("Kulturskola", "450 000 kronor", "-", "volymer", "avgifter_intakter"),
        ),
        LP(
            "Idrott och anläggningar:",
            "Intäkterna från uthyrning av idrottshallar och ishallen blir 900 tkr högre än förväntat, men en del av "
            "detta äts upp av att energikostnaderna för ishallen blir 200 tkr högre än budget.",
            C(
                "Idrott och anläggningar",
                "+700",
                "+",
                "avgifter_intakter",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Two parts and no total in the prose: the table row's cell.",
            ),
        ),
        P(
            "Fritidsgårdarna går med underskott. Kvällsöppet på fritidsgården Kvarnen har utökats efter beslut i "
            "nämnden i februari, utan att budgeten har justerats.",
            C("Fritidsgårdar", "-400", "-", "bemanning", unit="tkr", table=True, note=ROW),
        ),
        P(
            "Föreningsbidragen beräknas bli 600 tkr lägre än budget, eftersom färre föreningar än väntat har sökt "
            "aktivitetsbidrag och två större arrangemangsbidrag har dragits tillbaka.",
            C(
                "Föreningsbidrag",
                "600 tkr",
                "+",
                "volymer",
                note="Grants paid out below budget: a lower cost, positive.",
            ),
        ),
        P("Nämnd och administration följer budget.", BP("Nämnd och administration")),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Sedan uppföljningen i mars har prognosen förbättrats med 350 tkr, i huvudsak genom högre "
            "uthyrningsintäkter.",
            F(None, "350 tkr", "+", "avgifter_intakter"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Ärendet har inga egna ekonomiska konsekvenser. Ett eventuellt överskott vid årets slut återgår till "
            "kommunstyrelsen enligt kommunens ekonomistyrningsprinciper.",
            O(None, note="What happens to a surplus: other."),
        ),
    ]
    return ReportSpec(
        file="taby-kfn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning januari–maj 2026 Kultur- och fritidsnämnden",
            "author": "Täby kommun",
        },
        style=style,
        blocks=blocks,
    )
