"""Örnsköldsviks kommun, Vård- och omsorgsnämnden, tjänsteskrivelse: ekonomisk uppföljning per september 2025.

An elderly-care tjänsteskrivelse dated in October for the period to September: the decision proposal
(unlabelled), the full year "ett underskott på 14 200 tkr" and "Det är 2 100 tkr mer än i augusti" (a cause
and a forecast change), the full year's reasons in a paragraph of their own (amount null); a table in tkr
whose deficits carry a trailing minus ("8 900-"); headings that carry the verksamhet and a spaced en-dash
amount in mnkr ("Hemtjänst – 8,9 mnkr"), one whose paragraph gives a cost level (6,3 mnkr for hired nurses)
that is not the amount; a plain heading over two verksamheter as a "respektive" pair with their own reasons
"respektive" (two items with their own tags); a reason-only surplus (the row's "400"); home-care hours against
last year (other); two actions, one with a full-year effect; investments "Av investeringsbudgeten på 4,0 mnkr
beräknas endast 1,2 mnkr förbrukas" (2,8 never written out). Liberation Serif 11 pt with Liberation Sans
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: (
            "ÖRNSKÖLDSVIKS KOMMUN  Vård- och omsorgsförvaltningen",
            "TJÄNSTESKRIVELSE 2025-10-08",
        ),
        footer=lambda n, m: ("Dnr VON 2025/0215", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "298 500", "307 400", "8 900-"),
            ("Särskilt boende", "412 300", "415 600", "3 300-"),
            ("Hälso- och sjukvård", "96 700", "101 200", "4 500-"),
            ("Biståndshandläggning", "18 400", "17 500", "900"),
            ("Dagverksamhet och anhörigstöd", "14 200", "13 000", "1 200"),
            ("Gemensamt", "35 900", "35 500", "400"),
            ("Totalt", "876 000", "890 200", "14 200-"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per september 2025", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Vård- och omsorgsnämnden godkänner den ekonomiska uppföljningen per september 2025 och överlämnar den "
            "till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Vård- och omsorgsnämnden beräknas göra ett underskott på 14 200 tkr 2025.",
                C(None, "14 200 tkr", "-"),
            ),
            (
                "Det är 2 100 tkr mer än i augusti.",
                F(None, "2 100 tkr", "-", note="Against August's forecast, no cause."),
            ),
        ),
        P(
            "Underskottet beror till största delen på att behovet av hemtjänst har ökat mer än vad som finns med i "
            "budgeten och på att kostnaderna för sjuksköterskor från bemanningsföretag är höga.",
            C(
                None,
                None,
                "-",
                "volymer",
                "inhyrd_personal",
                note="The full year's reasons apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst – 8,9 mnkr",
            "Antalet beviljade hemtjänsttimmar är 9 procent fler än i budgeten, främst i de centrala delarna av "
            "kommunen och i Bjästa. Samtidigt har sjukfrånvaron bland undersköterskorna varit hög under sommaren, "
            "vilket har krävt övertid och timvikarier.",
            C(
                "Hemtjänst",
                "– 8,9 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "overtid",
                "vikarier",
                note=HEAD + " A spaced en dash as minus.",
            ),
        ),
        HP(
            "Hälso- och sjukvård – 4,5 mnkr",
            "Bristen på sjuksköterskor har gjort att förvaltningen under hela året har behövt hyra in sjuksköterskor "
            "från bemanningsföretag. Kostnaden för den inhyrda personalen beräknas till 6,3 mnkr för helåret.",
            C(
                "Hälso- och sjukvård",
                "– 4,5 mnkr",
                "-",
                "vakanser",
                "inhyrd_personal",
                note=HEAD + " The cost level of hired nurses (6,3 mnkr) is not the amount.",
            ),
        ),
        HP(
            "Särskilt boende – 3,3 mnkr",
            "Ett nytt avtal för måltider från kommunens kostenhet har gett högre kostnader per portion, och två "
            "boenden har haft extra nattbemanning för boende med stora omvårdnadsbehov.",
            C("Särskilt boende", "– 3,3 mnkr", "-", "prisokningar", "bemanning", note=HEAD),
        ),
        H("Biståndshandläggning samt dagverksamhet och anhörigstöd", 3),
        P(
            "Biståndshandläggning och Dagverksamhet och anhörigstöd visar överskott med 0,9 respektive 1,2 mnkr, "
            "till följd av vakanta handläggartjänster respektive att dagverksamheten i Husum har varit stängd under "
            "sommaren.",
            C(
                "Biståndshandläggning",
                "0,9",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with its own reasons 'respektive': two items, each with its own tag.",
                also=(
                    C(
                        "Dagverksamhet och anhörigstöd",
                        "1,2 mnkr",
                        "+",
                        "ovrigt",
                        note="A summer closure is ovrigt.",
                    ),
                ),
            ),
        ),
        H("Gemensamt", 3),
        P(
            "Gemensamt bedöms lämna ett överskott, eftersom utbildningen av undersköterskor har kunnat finansieras "
            "med statsbidrag inom Äldreomsorgslyftet.",
            C(
                "Gemensamt",
                "400",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        P(
            "Jämfört med samma period 2024 har antalet utförda hemtjänsttimmar ökat med 11 procent.",
            O("Hemtjänst", note="Volumes against the previous year."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen har infört en ny planering av hemtjänstens körlistor, vilket beräknas minska "
                "kostnaderna med 1,0 mnkr i helårseffekt.",
                A("Hemtjänst", "1,0 mnkr", "bemanning"),
            ),
            (
                "Rekryteringen av sjuksköterskor har intensifierats med ett lönetillägg för nyanställda.",
                A("Hälso- och sjukvård", None, "vakanser"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4,0 mnkr beräknas endast 1,2 mnkr förbrukas, då införandet av digital "
            "nattillsyn har skjutits till nästa år.",
            C(
                "Investeringar",
                "4,0 mnkr beräknas endast 1,2 mnkr",
                "+",
                "periodisering",
                value=2_800_000,
                note="Investment under-spending of 2,8 mnkr, never written out: the computed value.",
            ),
        ),
        P("Eva Lundberg, förvaltningschef    Per Sjödin, ekonom", size=10.0),
    ]
    return ReportSpec(
        file="ornskoldsvik-von-tjansteskrivelse-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": "Örnsköldsvik",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per september 2025", "author": "Örnsköldsviks kommun"},
        style=style,
        blocks=blocks,
    )
