"""Trelleborgs kommun, Tekniska nämnden, månadsrapport oktober 2025.

A technical committee's month report in tkr and mnkr, footer with the nämnd's meeting in November: the
tax-financed result "ett underskott på 3,9 mnkr mot budget" and the fee-financed waste service "ett överskott
på 1,7 mnkr, som förs till avfallsfonden" (one item), a table whose deficits carry a trailing minus ("2 300-")
with a note saying so; headings that carry the area and amount after a colon ("Gata och trafik: −2,3 mnkr")
with a risk sentence in the same paragraph (its own item), "hamnar 850 tkr över budget, vilket orsakas av",
harbour revenue "1,1 mnkr lägre än budgeterat", a bold run-in with a full stop and reasons only (the row's
"350"), kitchens that "bedöms klara sin budget trots" dearer food (boilerplate); a change since September,
investments "Av årets investeringsbudget på 64,0 mnkr beräknas 47,5 mnkr förbrukas" (16,5 never written
out) and a cycle path "1,3 mnkr dyrare än beräknat", an action and the waste fund's balance (other).
DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Trelleborgs kommun", "Tekniska förvaltningen"),
        footer=lambda n, m: ("Tekniska nämnden 2025-11-19, § 142", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, prognos 2025 (tkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "9 800", "9 450", "350"),
            ("Gata och trafik", "48 200", "50 500", "2 300-"),
            ("Park och natur", "22 400", "23 250", "850-"),
            ("Hamn och fritidsbåtar", "1 500", "2 600", "1 100-"),
            ("Kost", "38 900", "38 900", "0"),
            ("Summa", "120 800", "124 700", "3 900-"),
        ),
        widths=(160.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="cond-bold", after=2),
        Title("Tekniska nämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Tekniska nämndens skattefinansierade verksamhet beräknas gå med ett underskott på 3,9 mnkr mot budget för "
            "2025.",
            C(None, "3,9 mnkr", "-"),
        ),
        P(
            "Den avgiftsfinansierade avfallsverksamheten beräknas ge ett överskott på 1,7 mnkr, som förs till "
            "avfallsfonden, tack vare högre intäkter från företagsabonnemang.",
            C(
                "Avfall",
                "1,7 mnkr",
                "+",
                "avgifter_intakter",
                note="The fee-financed result with its transfer to the fund: one cause item.",
            ),
        ),
        P("Underskott anges med efterställt minustecken.", size=8.5),
        table,
        Para(
            (
                (
                    "Vinterväghållningen under januari–mars kostade betydligt mer än normalt efter de upprepade "
                    "snöfallen, och elkostnaderna för gatubelysningen har stigit mer än budgeterat.",
                    C("Gata och trafik", "−2,3 mnkr", "-", "ovrigt", "prisokningar", note="Snow: ovrigt."),
                ),
                (
                    "Om november och december blir lika kalla som förra året kan underskottet öka med ytterligare 1 "
                    "mnkr.",
                    O("Gata och trafik", note="A risk in the cause's paragraph: its own item."),
                ),
            ),
            head="Gata och trafik: −2,3 mnkr",
            head_level=3,
        ),
        H("Park och natur", 3),
        P(
            "Park och natur hamnar 850 tkr över budget, vilket orsakas av kostnader för att fälla och ersätta almar "
            "som drabbats av almsjuka i stadsparken.",
            C("Park och natur", "850 tkr", "-", "ovrigt"),
        ),
        HP(
            "Hamn och fritidsbåtar: −1,1 mnkr",
            "Intäkterna från fritidsbåtshamnen blir 1,1 mnkr lägre än budgeterat eftersom ett hundratal båtplatser inte "
            "har kunnat hyras ut under muddringen av inloppet.",
            C("Hamn och fritidsbåtar", "1,1 mnkr", "-", "avgifter_intakter", "ovrigt"),
        ),
        LP(
            "Nämnd och administration.",
            "En tjänst som trafikplanerare har varit vakant sedan april.",
            C(
                "Nämnd och administration",
                "350",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Kost.",
            "Kostenheten bedöms klara sin budget trots högre livsmedelspriser.",
            BP("Kost", note="Holds budget despite dearer food: boilerplate."),
        ),
        H("Förändring jämfört med september", 3),
        P(
            "Jämfört med september har prognosen för den skattefinansierade verksamheten försämrats med 0,6 mnkr, "
            "beroende på almsjukan.",
            F(None, "0,6 mnkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Av årets investeringsbudget på 64,0 mnkr beräknas 47,5 mnkr förbrukas. Ombyggnaden av korsningen vid "
                "Västra Vallgatan har skjutits upp i väntan på Trafikverkets beslut.",
                C(
                    "Investeringar",
                    "Av årets investeringsbudget på 64,0 mnkr beräknas 47,5 mnkr förbrukas",
                    "+",
                    "periodisering",
                    value=16_500_000,
                    note="An under-spend of 16,5 mnkr never written out: the computed value.",
                ),
            ),
            (
                "Gång- och cykelvägen mot Skegrie blir däremot 1,3 mnkr dyrare än beräknat till följd av högre "
                "entreprenadpriser.",
                C(
                    "Gång- och cykelväg mot Skegrie",
                    "1,3 mnkr",
                    "-",
                    "prisokningar",
                    note="A project overrun.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört restriktivitet med nyanställningar och konsultuppdrag under resten av året, "
            "vilket beräknas förbättra resultatet med 0,5 mnkr.",
            A(None, "0,5 mnkr", "bemanning"),
        ),
        H("Avfallsfonden", 2),
        P(
            "Avfallsfonden beräknas uppgå till 8,9 mnkr vid årets slut.",
            O("Avfall", "reserver", note="The fund's balance: other."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-tn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Tekniska nämnden", "author": "Trelleborgs kommun"},
        style=style,
        blocks=blocks,
    )
