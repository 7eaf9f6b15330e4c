"""Örkelljunga kommun, Socialnämnden, tjänsteskrivelse: ansökan om medel ur den sociala investeringsfonden.

Not a budget follow-up at all: a social committee's application to the kommunstyrelse for money from a social
investment fund for a family-support project. It is full of what looks like a deviation: the amount applied for
(a decision formula), the fund's balance, placement costs rising from 2022 to 2025 with "Ökningen beror främst på",
this year's placement budget "1,6 miljoner kronor lägre än utfallet för 2025", a project budget table in tkr,
an expected saving "cirka 2,4 miljoner kronor per år" (the effect of a proposal, not a measure against a
deviation), the repayment rule and a risk that costs "kan avvika från projektbudgeten". Seven `other` items
and no cause: anything extracted from it as a cause is a false positive. Liberation Sans (Arial metrics)
10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

AREA = "Placeringar av barn och unga"


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Örkelljunga kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2026/57", f"{n}({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Projektbudget, tusen kronor",
        header=(("Kostnad", "2026", "2027", "2028", "Summa"),),
        rows=(
            ("Personalkostnader", "380", "760", "380", "1 520"),
            ("Handledning och utbildning", "90", "120", "60", "270"),
            ("Bil och resor", "60", "110", "50", "220"),
            ("Utvärdering", "0", "40", "50", "90"),
            ("Summa", "530", "1 030", "540", "2 100"),
        ),
        widths=(170.0, 60.0, 60.0, 60.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        P("Datum: 2026-04-08", size=9.5),
        Title(
            "Ansökan om medel ur den sociala investeringsfonden – projektet Nära hemma",
            size=15,
            font="arial-bold",
            after=10,
        ),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden ansöker hos kommunstyrelsen om 2,1 miljoner kronor ur den sociala investeringsfonden för "
            "projektet Nära hemma under åren 2026–2028.",
            O(None, note="The decision proposal with the amount applied for: other."),
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige avsatte 2023 sammanlagt 6,0 miljoner kronor till en social investeringsfond. Efter de "
            "två projekt som hittills har beviljats återstår 4,4 miljoner kronor.",
            O(None, "reserver", note="A fund's balance."),
        ),
        P(
            "Kostnaderna för placeringar av barn och unga på HVB och i konsulentstödda familjehem har ökat från 9,6 "
            "miljoner kronor 2022 till 14,1 miljoner kronor 2025. Ökningen beror främst på att fler tonåringar "
            "placeras på grund av missbruk och kriminalitet.",
            O(
                AREA,
                "kopt_verksamhet",
                "volymer",
                note="Costs against earlier years with 'beror på': no comparison with a budget, other.",
            ),
        ),
        P(
            "Budgeten för placeringar 2026 är 12,5 miljoner kronor, alltså 1,6 miljoner kronor lägre än utfallet för "
            "2025.",
            O(
                AREA,
                note="This year's budget against last year's outcome: not a follow-up of the budget, other.",
            ),
        ),
        H("Projektets innehåll", 2),
        P(
            "Projektet bygger upp ett mobilt familjeteam med två familjebehandlare och en socialsekreterare som "
            "arbetar intensivt i hemmet med familjer där ett barn annars riskerar att placeras. Teamet arbetar "
            "kvällar och helger när det behövs och samarbetar med skolorna i Örkelljunga och Skånes Fagerhult."
        ),
        table,
        H("Förväntade effekter", 2),
        P(
            "Projektet beräknas minska behovet av externa placeringar med motsvarande tre placeringsår, vilket ger "
            "en besparing på cirka 2,4 miljoner kronor per år från 2028.",
            O(
                AREA,
                "kopt_verksamhet",
                note="The expected effect of a proposed project, not a measure against a deviation: other.",
            ),
        ),
        P(
            "Medlen ska betalas tillbaka till fonden när besparingen har uppnåtts. Om projektet inte ger avsedd "
            "effekt bär socialnämnden kostnaden inom sin egen ram.",
            O(None, "reserver", note="The repayment and financing rule."),
        ),
        H("Risker", 2),
        P(
            "Den största risken är att det blir svårt att rekrytera familjebehandlare med rätt kompetens, vilket kan "
            "försena starten. Kostnaderna kan då avvika från projektbudgeten, och effekten kan komma senare än "
            "beräknat.",
            O(None, "vakanser", note="A risk with 'avvika': other."),
        ),
        H("Uppföljning", 2),
        P(
            "Projektet följs upp i nämndens delårsrapport och i årsredovisningen. Utvärderingen görs av en extern "
            "forskare."
        ),
        P("Linnea Björk, socialchef"),
    ]
    return ReportSpec(
        file="orkelljunga-sn-tjansteskrivelse-ansokan-social-investeringsfond-2026.pdf",
        report={
            "municipality": "Örkelljunga",
            "committee": ["Socialnämnden"],
            "period": ["2026"],
            "report_type": "ansökan",
        },
        metadata={
            "title": "Ansökan om medel ur den sociala investeringsfonden",
            "author": "Örkelljunga kommun",
        },
        style=style,
        blocks=blocks,
    )
