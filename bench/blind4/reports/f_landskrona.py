"""Landskrona stad, Individ- och familjenämnden, månadsrapport oktober 2025.

A social-services committee's month report: the full-year deficit and, in the next sentence, the change
since September with its cause (two items in one paragraph), a table per kostnadsslag in tkr with
budget, outcome and October's and September's forecasts but no deviation column (costs negative, the
convention not stated), so each amount must come from the prose; then two columns of headings that
carry the kostnadsslag and its amount ("Köp av huvudverksamhet −11 200 tkr") over one paragraph each:
placements of children (HVB, familjehem), försörjningsstöd with no cue word, personnel under budget
from vacancies (a note on consultants booked elsewhere in the same paragraph), revenue with a state
grant as a part amount; actions as a dashed list (one with a monthly effect), a staff paragraph (not
labelled); after a page break in one column a statistics table with last year and the budget (not
labelled) and a year-on-year cost comparison (other). DejaVu Sans Condensed 9.5 pt, header with the
stad's name and a rule, footer with the date.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 74.0, 60.0, 70.0),
        gutter=20.0,
        header=lambda n, m: ("LANDSKRONA STAD", "Individ- och familjenämnden"),
        footer=lambda n, m: ("Månadsrapport oktober 2025 · 2025-11-12", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    costs = Table(
        caption="Tabell 1. Driftredovisning per kostnadsslag, tkr",
        header=(
            ("", "Budget", "Utfall", "Prognos", "Prognos"),
            ("Kostnadsslag", "2025", "jan–okt", "okt", "sep"),
        ),
        rows=(
            ("Intäkter", "38 500", "36 140", "42 300", "41 800"),
            ("Personalkostnader", "−162 400", "−131 920", "−158 900", "−159 300"),
            ("Köp av huvudverksamhet", "−96 300", "−89 480", "−107 500", "−106 100"),
            ("Ekonomiskt bistånd", "−71 000", "−62 310", "−76 400", "−75 900"),
            ("Lokalkostnader", "−18 200", "−15 170", "−18 200", "−18 200"),
            ("Övriga kostnader", "−21 600", "−17 050", "−21 900", "−21 800"),
            ("Nettokostnad", "−331 000", "−279 790", "−340 600", "−339 500"),
            ("Kommunbidrag", "331 000", "275 830", "331 000", "331 000"),
            ("Resultat", "0", "−3 960", "−9 600", "−8 500"),
        ),
        widths=(150.0, 74.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    statistics = Table(
        caption="Tabell 2. Verksamhetsstatistik, genomsnitt per månad januari–oktober",
        header=(("", "2025", "2024", "Budget 2025"),),
        rows=(
            ("Hushåll med försörjningsstöd", "1 184", "1 102", "1 118"),
            ("Barn och unga i HVB och konsulentstödda familjehem", "27", "21", "22"),
            ("Barn och unga i kommunala familjehem", "58", "61", "60"),
            ("Inkomna orosanmälningar", "412", "388", "–"),
        ),
        widths=(250.0, 60.0, 60.0, 70.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="cond-bold"),
        Title("Individ- och familjenämnden", size=12, font="cond", after=12),
        H("Ekonomiskt läge", 1),
        PS(
            (
                "Nämnden prognostiserar ett underskott på 9,6 mnkr för helåret.",
                C(None, "9,6 mnkr", "-"),
            ),
            (
                "Det är 1,1 mnkr sämre än prognosen i september, främst eftersom två ungdomar har placerats på "
                "särskilda ungdomshem under oktober.",
                F(None, "1,1 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        costs,
        Columns(2),
        H("Kommentarer per kostnadsslag", 2),
        HP(
            "Köp av huvudverksamhet −11 200 tkr",
            "Placeringarna av barn och unga har ökat kraftigt sedan sommaren. I oktober var 31 barn och unga "
            "placerade på HVB eller i konsulentstödda familjehem, mot 22 i budgeten. Dygnskostnaden för de två "
            "platserna på särskilda ungdomshem är dessutom betydligt högre än för andra placeringar.",
            C("Köp av huvudverksamhet", "−11 200 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Ekonomiskt bistånd −5 400 tkr",
            "Antalet hushåll med försörjningsstöd har i genomsnitt varit 1 184 per månad, 66 fler än budgeterat. "
            "Ökningen gäller främst hushåll som har lämnat etableringsprogrammet och hushåll där en vuxen har "
            "förlorat sin ersättning från a-kassan.",
            C(
                "Ekonomiskt bistånd",
                "−5 400 tkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="No cue word: the heading carries the amount, the paragraph the volumes.",
            ),
        ),
        HP(
            "Personalkostnader +3 500 tkr",
            "Överskottet beror på vakanta socialsekreterartjänster inom barn och unga. En del av vakanserna har "
            "täckts med konsulter från bemanningsföretag, vars kostnad redovisas under övriga kostnader.",
            C(
                "Personalkostnader",
                "+3 500 tkr",
                "+",
                "vakanser",
                note="The consultants are booked elsewhere (övriga kostnader): not a cause of this surplus.",
            ),
        ),
        HP(
            "Intäkter +3 800 tkr",
            "Nämnden har beviljats 2,1 mnkr mer i statsbidrag för en stärkt socialtjänst än vad som budgeterades, "
            "och ersättningen från Migrationsverket för ensamkommande barn blir högre än beräknat.",
            C(
                "Intäkter",
                "+3 800 tkr",
                "+",
                "statsbidrag",
                note="2,1 mnkr is one part of the heading's amount.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Alla nya placeringar prövas i förvaltningens placeringsgrupp innan beslut, och insatser på "
                "hemmaplan ska alltid övervägas först.",
                "Arbetsmarknadsinsatserna för hushåll med långvarigt försörjningsstöd utökas i samarbete med "
                "arbetsmarknadsförvaltningen. Effekten beräknas till 0,4 mnkr per månad från december.",
            ),
            labels=(
                A("Köp av huvudverksamhet", None, "kopt_verksamhet"),
                A("Ekonomiskt bistånd", "0,4 mnkr", "ekonomiskt_bistand", note="Effect per month."),
            ),
            glyph="–",
        ),
        H("Personal", 2),
        P(
            "Personalomsättningen bland socialsekreterarna inom barn och unga var 24 procent under de senaste tolv "
            "månaderna. Sedan september har alla nyanställda ett introduktionsprogram med mentor under det första "
            "halvåret, och två erfarna socialsekreterare har anställts under hösten. Sjukfrånvaron i förvaltningen "
            "var 6,1 procent i september."
        ),
        PageBreak(),
        Columns(1),
        H("Verksamhetsstatistik", 1),
        statistics,
        P(
            "Kostnaderna för ekonomiskt bistånd till och med oktober är 8,4 procent högre än under samma period "
            "2024, och antalet hushåll har ökat med 82.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", "volymer", note="Year-on-year comparison."),
        ),
    ]
    return ReportSpec(
        file="landskrona-ifn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Landskrona",
            "committee": ["Individ- och familjenämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Individ- och familjenämnden",
            "author": "Landskrona stad",
        },
        style=style,
        blocks=blocks,
    )
