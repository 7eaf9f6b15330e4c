"""Emmaboda kommun, Vård- och omsorgsnämnden, tertialrapport 2 2026 (januari–augusti).

An elderly-care tertial report whose kostnadsslag table in tkr has an accounting sign convention, declared in
a reading note: revenue is negative and "Avvikelse" is prognos − budget, so a positive number is a cost over
budget and the revenue row's "−2 700" is a surplus. The full year "budgetramen på 240,0 mnkr överskrids med
5,0 mnkr" (the ram is a level), a change since tertial 1 with its causes; bold run-in kostnadsslag with a full
stop: revenue and two more rows with reasons only (the table's cells, "−2 700" and "−1 300" positive, "1 200"
negative), personnel costs with the amount in prose, "följer i stort budget" (boilerplate, 200 in the table);
then headings that carry the verksamhet and its amount ("Särskilt boende −4,3 mnkr") with a part (2,4 mnkr)
and a percentage that are not the amount, a hemtjänst heading whose paragraph goes on with two groups'
"1,2 respektive 0,7 mnkr" (their own items), an action paragraph with its effect and sick leave against the
previous year (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

ROW = "Reasons only: the table row's cell as printed (prognos − budget, revenue negative)."
HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Emmaboda kommun | Vård- och omsorgsnämnden", ""),
        footer=lambda n, m: ("Tertialrapport 2 2026", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Utfall jan–aug", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter", "−38 500", "−28 100", "−41 200", "−2 700"),
            ("Personalkostnader", "214 300", "149 800", "221 900", "7 600"),
            ("Köp av verksamhet", "18 200", "10 950", "16 900", "−1 300"),
            ("Lokalkostnader", "24 600", "16 420", "24 800", "200"),
            ("Övriga kostnader", "21 400", "15 330", "22 600", "1 200"),
            ("Nettokostnad", "240 000", "164 400", "245 000", "5 000"),
        ),
        widths=(124.0, 74.0, 80.0, 76.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2026", size=18, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden, januari–augusti", size=12, font="arial", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Vård- och omsorgsnämnden prognostiserar en nettokostnad på 245,0 mnkr för 2026, vilket innebär att "
            "budgetramen på 240,0 mnkr överskrids med 5,0 mnkr.",
            C(
                None,
                "5,0 mnkr",
                "-",
                note="The prognos and the ram are levels; 'överskrids med' gives the amount.",
            ),
        ),
        P(
            "Jämfört med tertialrapport 1 har prognosen försämrats med 1,8 mnkr. Förändringen beror på att "
            "sjukfrånvaron inom särskilt boende under sommaren blev högre än väntat och att fler semesterveckor än "
            "planerat fick bemannas med övertid.",
            F(None, "1,8 mnkr", "-", "sjukfranvaro", "overtid"),
        ),
        P(
            "Intäkter redovisas med minustecken. Avvikelse avser prognos minus budget, vilket innebär att ett positivt "
            "tal är en kostnad över budget och ett negativt tal en kostnad under budget eller en intäkt över budget.",
            size=8.5,
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter.",
            "Ersättningen från Försäkringskassan för assistansärenden och statsbidraget för ökad bemanning inom "
            "äldreomsorgen blir högre än budgeterat.",
            C(
                "Intäkter",
                "−2 700",
                "+",
                "ersattning_fk",
                "statsbidrag",
                unit="tkr",
                table=True,
                note=ROW + " More revenue than budgeted is positive although the cell is negative.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna överstiger budget med 7,6 mnkr. Det förklaras av hög sjukfrånvaro, övertid under "
            "semesterperioden och att nattbemanningen på Lindgården har utökats efter ett beslut om ökad tillsyn.",
            C("Personalkostnader", "7,6 mnkr", "-", "sjukfranvaro", "overtid", "bemanning"),
        ),
        LP(
            "Köp av verksamhet.",
            "Färre externa korttidsplatser har behövt köpas sedan den egna korttidsenheten öppnade i mars.",
            C(
                "Köp av verksamhet",
                "−1 300",
                "+",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW + " A negative cell is a cost under budget.",
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Lokalkostnaderna följer i stort budget.",
            BP("Lokalkostnader", note="200 in the table."),
        ),
        LP(
            "Övriga kostnader.",
            "Kostnaderna för inkontinenshjälpmedel och arbetskläder har ökat mer än budgeterat, och till det kommer "
            "licenskostnader för det nya trygghetslarmssystemet.",
            C(
                "Övriga kostnader",
                "1 200",
                "-",
                "material_hjalpmedel",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note=ROW + " A positive cell is a cost over budget.",
            ),
        ),
        H("Verksamheternas resultat", 2),
        HP(
            "Särskilt boende −4,3 mnkr",
            "Underskottet uppstår nästan helt på Lindgården och Kastanjen. Den utökade nattbemanningen kostar cirka "
            "2,4 mnkr på helår, och sjukfrånvaron har under perioden legat på 11,2 procent.",
            C(
                "Särskilt boende",
                "−4,3 mnkr",
                "-",
                "bemanning",
                "sjukfranvaro",
                note=HEAD + " The 2,4 mnkr for night staffing is a part, 11,2 procent a level.",
            ),
        ),
        Para(
            (
                (
                    "Antalet beviljade hemtjänsttimmar ligger 9 procent över den nivå som budgeten bygger på, och "
                    "körtiderna i kommunens norra delar är långa.",
                    C("Hemtjänst", "−1,9 mnkr", "-", "volymer", note=HEAD),
                ),
                (
                    "Underskottet fördelar sig på grupperna i Vissefjärda och Långasjö med 1,2 respektive 0,7 mnkr.",
                    C(
                        "Hemtjänst Vissefjärda",
                        "1,2",
                        "-",
                        unit="mnkr",
                        note="Two groups inside the hemtjänst paragraph: their own items ('respektive').",
                        also=(C("Hemtjänst Långasjö", "0,7 mnkr", "-"),),
                    ),
                ),
            ),
            head="Hemtjänst −1,9 mnkr",
            head_level=3,
        ),
        HP(
            "Hälso- och sjukvård +0,8 mnkr",
            "Två sjukskötersketjänster har varit vakanta under våren, och kostnaderna för hjälpmedel har blivit "
            "lägre än beräknat.",
            C("Hälso- och sjukvård", "+0,8 mnkr", "+", "vakanser", "material_hjalpmedel", note=HEAD),
        ),
        HP(
            "Myndighet och ledning +0,4 mnkr",
            "Nämndens kostnader för arvoden och utbildning blir lägre än planerat.",
            C("Myndighet och ledning", "+0,4 mnkr", "+", "ovrigt", note=HEAD + " Nämnd fees: ovrigt."),
        ),
        H("Åtgärder", 2),
        P(
            "Ett övertidsstopp gäller sedan den 1 september, med undantag för akuta situationer, och från oktober "
            "införs delade turer i två hemtjänstgrupper. Åtgärderna beräknas minska kostnaderna med 0,9 mnkr under "
            "resten av året, vilket inte är inräknat i prognosen.",
            A(None, "0,9 mnkr", "overtid", "bemanning", note="The whole paragraph is one action."),
        ),
        H("Nyckeltal", 2),
        P(
            "Sjukfrånvaron uppgick till 9,4 procent under januari–augusti, jämfört med 8,1 procent samma period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="emmaboda-von-tertialrapport-2026-08.pdf",
        report={
            "municipality": "Emmaboda",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2026 Vård- och omsorgsnämnden", "author": "Emmaboda kommun"},
        style=style,
        blocks=blocks,
    )
