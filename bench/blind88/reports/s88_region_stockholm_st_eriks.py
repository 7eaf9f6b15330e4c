"""Region Stockholm, Styrelsen för S:t Eriks Ögonsjukhus AB, månadsrapport november 2025.

A regional eye hospital company's month report whose result table is pasted as an image (every amount in the
prose), footer with the board's meeting date in December: the period "16,5 mnkr sämre än periodens budget"
and the full year "ett underskott mot budget på 18 mnkr" in two sentences (two items); the change since
October with a "varav" part; headings that carry the account group and amount with a hyphen-minus
("Vårdintäkter -9,8 mnkr", "Lokalkostnader +1,9 mnkr"); drugs whose cost level is not the amount; other revenue
"0,8 mnkr högre än budget" under a plain heading; a
reason-only "Övriga kostnader" whose amount lives only in the image (null); three verksamhetsområden in one
sentence, two as a "respektive" pair and one after "medan"; an action with its effect and visits against
last year with "beror på" (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("S:t Eriks Ögonsjukhus AB", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-12-11", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning januari–november 2025, mnkr",
        header=(("", "Utfall", "Budget", "Avvikelse", "Prognos helår", "Avv. helår"),),
        rows=(
            ("Vårdintäkter", "712,4", "722,2", "-9,8", "779,0", "-10,6"),
            ("Övriga intäkter", "18,9", "18,1", "0,8", "20,6", "0,8"),
            ("Personalkostnader", "-398,6", "-392,2", "-6,4", "-435,9", "-7,0"),
            ("Läkemedel och material", "-141,0", "-135,9", "-5,1", "-154,1", "-5,6"),
            ("Lokalkostnader", "-72,3", "-74,2", "1,9", "-79,0", "2,1"),
            ("Övriga kostnader", "-133,6", "-135,7", "2,1", "-149,9", "2,3"),
            ("Resultat", "-14,2", "2,3", "-16,5", "-19,3", "-18,0"),
        ),
        widths=(140.0, 58.0, 58.0, 62.0, 74.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="sans-bold", after=2),
        Title("S:t Eriks Ögonsjukhus AB", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Resultatet för januari–november uppgår till -14,2 mnkr, vilket är 16,5 mnkr sämre än periodens budget.",
            C(None, "16,5 mnkr", "-", note="The period's deviation in a sentence of its own."),
        ),
        P(
            "För helåret bedöms bolaget redovisa ett underskott mot budget på 18 mnkr.",
            C(None, "18 mnkr", "-", note="The full year in a separate sentence: its own item."),
        ),
        P(
            "Jämfört med oktoberprognosen har helårsprognosen försämrats med 3 mnkr, varav 2 mnkr avser retroaktiva "
            "lönekostnader efter lönerevisionen för sjuksköterskor.",
            F(
                None,
                "3 mnkr",
                "-",
                "lonekostnader",
                "periodisering",
                note="A 'varav' part: the total is the amount.",
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        HP(
            "Vårdintäkter -9,8 mnkr",
            "Produktionen av kataraktoperationer har inte nått den volym som avtalats med hälso- och "
            "sjukvårdsförvaltningen under hösten, och intäkterna blir därmed lägre än budgeterat.",
            C(
                "Vårdintäkter",
                "-9,8 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
                note="A heading with a hyphen-minus carries the amount.",
            ),
        ),
        HP(
            "Personalkostnader -6,4 mnkr",
            "Vakanta sjukskötersketjänster på operation har ersatts med hyrsjuksköterskor, och övertiden på "
            "ögonakuten har varit hög under sommaren.",
            C("Personalkostnader", "-6,4 mnkr", "-", "vakanser", "inhyrd_personal", "overtid"),
        ),
        HP(
            "Läkemedel och material -5,1 mnkr",
            "Kostnaden för läkemedel uppgår hittills till 96,3 mnkr. Fler patienter behandlas med injektioner mot "
            "våt makuladegeneration, och priset på ett av preparaten höjdes i juni.",
            C(
                "Läkemedel och material",
                "-5,1 mnkr",
                "-",
                "material_hjalpmedel",
                "volymer",
                "prisokningar",
                note="The drug cost level (96,3 mnkr) is not the deviation.",
            ),
        ),
        HP(
            "Lokalkostnader +1,9 mnkr",
            "Flytten av synrehabiliteringen till nya lokaler i Solna har skjutits fram till februari, och den nya "
            "hyran börjar därför löpa senare än budgeterat.",
            C("Lokalkostnader", "+1,9 mnkr", "+", "lokaler", "periodisering"),
        ),
        H("Övriga intäkter", 3),
        P(
            "Övriga intäkter blir 0,8 mnkr högre än budget genom ersättning för fler utbildningsplatser för "
            "ST-läkare.",
            C("Övriga intäkter", "0,8 mnkr", "+", "avgifter_intakter"),
        ),
        H("Övriga kostnader", 3),
        P(
            "Övriga kostnader ligger något under budget, främst genom lägre kostnader för IT-licenser.",
            C(
                "Övriga kostnader",
                None,
                "+",
                "it_digitalisering",
                note="Reason only, the table pasted as an image: amount null.",
            ),
        ),
        H("Verksamhetsområden", 2),
        P(
            "Per verksamhetsområde visar Ögonakuten och Näthinnekirurgi -8,6 respektive -7,9 mnkr för helåret, "
            "medan Katarakt och refraktiv kirurgi har ett överskott på 1,2 mnkr.",
            C(
                "Ögonakuten",
                "-8,6",
                "-",
                unit="mnkr",
                note="Three verksamhetsområden in one sentence: three items, no reasons given.",
                also=(
                    C("Näthinnekirurgi", "-7,9 mnkr", "-"),
                    C("Katarakt och refraktiv kirurgi", "1,2 mnkr", "+"),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har infört anställningsprövning för all administrativ personal och avbrutit två "
            "konsultuppdrag, vilket beräknas minska kostnaderna med 1,5 mnkr i december.",
            A(None, "1,5 mnkr", "inhyrd_personal"),
        ),
        H("Produktion", 2),
        P(
            "Antalet läkarbesök var 4 procent fler än samma period 2024, vilket främst beror på att ögonakuten har "
            "haft fler besök under sommaren.",
            O(None, "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-st-eriks-ogonsjukhus-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för S:t Eriks Ögonsjukhus AB",
                "S:t Eriks Ögonsjukhus AB",
                "S:t Eriks Ögonsjukhus",
            ],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025", "author": "S:t Eriks Ögonsjukhus AB"},
        style=style,
        blocks=blocks,
    )
