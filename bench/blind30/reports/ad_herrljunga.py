"""Herrljunga kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report, footer with the report's name and the page of pages, header with the
nämnd: the full year as a net cost level against the frame ("budgetramen på 279,6 mnkr överskrids med 9,8 mnkr",
the deviation is the amount, a percentage of the frame in the next sentence), the period against the periodised
budget in a paragraph of its own, the change since February with a "varav" (one forecast change with the total);
a verksamhet table in tkr whose "Avvikelse" is prognos minus budget, so a positive figure is a deficit, declared
in a reading note; headings that carry the verksamhet and its amount in brackets ("Äldreomsorg (−4,6 mnkr)") with
hour levels that are not the deviation, a sub-area's surplus inside the IFO paragraph (its own item), and two
plain headings whose paragraphs give reasons only, so the amount is the table cell as printed with the odd sign
("−600" and "−470" are surpluses); an action plan with its effect, a risk sentence and sick leave against last
year (others). 9 scored causes. Liberation Serif (Times metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount in brackets (a minus sign inside: a deficit)."
ROW = (
    "Reasons only: the table cell as printed. The table's Avvikelse is prognos minus budget, so the minus sign "
    "marks a surplus: the direction follows the prose."
)


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.33,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 78.0, 72.0, 74.0),
        header=lambda n, m: ("Herrljunga kommun", "Socialnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "", f"Sida {n} av {m}"),
        header_size=8.5,
    )
    table = Table(
        caption="Tabell 2. Driftredovisning per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Utfall jan–apr", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "9 450", "2 710", "8 980", "−470"),
            ("Äldreomsorg", "148 300", "51 260", "152 900", "4 600"),
            ("Funktionsstöd", "61 200", "21 030", "63 050", "1 850"),
            ("Individ- och familjeomsorg", "38 700", "14 120", "41 900", "3 200"),
            ("Försörjningsstöd", "14 100", "5 060", "15 300", "1 200"),
            ("Arbetsmarknadsenheten", "7 850", "2 330", "7 250", "−600"),
            ("Summa", "279 600", "96 510", "289 380", "9 780"),
        ),
        widths=(150.0, 62.0, 78.0, 62.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="times-bold", after=2),
        Title("Socialnämnden, Herrljunga kommun", size=13, font="times-italic", after=14),
        H("1. Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar för 2026 en nettokostnad på 289,4 mnkr, vilket innebär att budgetramen på "
            "279,6 mnkr överskrids med 9,8 mnkr. Det motsvarar 3,5 procent av ramen.",
            C(
                None,
                "9,8 mnkr",
                "-",
                note="Net cost and frame are levels; the deviation is the amount, the percentage a restatement.",
            ),
        ),
        P(
            "Utfallet för januari–april visar ett underskott på 2,9 mnkr jämfört med periodiserad budget.",
            C(None, "2,9 mnkr", "-", note="The period in a paragraph of its own: a cause."),
        ),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 2,3 mnkr, varav 1,6 mnkr avser ett nytt "
            "placeringsärende inom barn och unga.",
            F(None, "2,3 mnkr", "-", "kopt_verksamhet", note="A 'varav' part: one item with the total."),
        ),
        H("2. Ekonomiskt utfall och prognos", 2),
        P(
            "Belopp i tusen kronor. Kolumnen Avvikelse anger prognos minus budget, vilket innebär att ett positivt "
            "tal är ett underskott och ett negativt tal ett överskott.",
            size=9.5,
        ),
        table,
        H("2.1 Verksamheternas avvikelser", 3),
        HP(
            "Äldreomsorg (−4,6 mnkr)",
            "Hemtjänsten har under våren utfört betydligt fler timmar än budgeten är beräknad på, i genomsnitt 1 450 "
            "timmar i månaden mot budgeterade 1 300. På Solbackens särskilda boende har en avdelning behövt "
            "dubbelbemannas nattetid på grund av brukare med stora omvårdnadsbehov.",
            C(
                "Äldreomsorg",
                "−4,6 mnkr",
                "-",
                "volymer",
                "bemanning",
                note=HEAD + " The hours per month are levels, not the amount.",
            ),
        ),
        HP(
            "Funktionsstöd (−1,9 mnkr)",
            "Ett nytt beslut om personlig assistans där Försäkringskassan inte har beviljat assistansersättning innebär "
            "att kommunen står för hela kostnaden. Därtill har priset för köpta platser i bostad med särskild service "
            "höjts efter en omförhandling av avtalet.",
            C(
                "Funktionsstöd",
                "−1,9 mnkr",
                "-",
                "ersattning_fk",
                "kopt_verksamhet",
                "prisokningar",
                note=HEAD + " The table's 1 850 rounds to the heading's 1,9.",
            ),
        ),
        Para(
            (
                (
                    "Underskottet kan i huvudsak härledas till placeringar av barn och unga. Under perioden har tre "
                    "ungdomar placerats på HVB, varav en med särskilda krav på säkerhet, och vårddygnen i familjehem är "
                    "fler än budgeterat.",
                    C(
                        "Individ- och familjeomsorg",
                        "−3,2 mnkr",
                        "-",
                        "kopt_verksamhet",
                        "volymer",
                        note=HEAD,
                    ),
                ),
                (
                    "Kostnaderna för vuxna med missbruk ligger däremot 0,4 mnkr under budget.",
                    C(
                        "Vuxna med missbruk",
                        "0,4 mnkr",
                        "+",
                        note="A sub-area's deviation inside another area's paragraph: its own item, no reason.",
                    ),
                ),
            ),
            head="Individ- och familjeomsorg (−3,2 mnkr)",
            head_level=3,
        ),
        HP(
            "Försörjningsstöd (−1,2 mnkr)",
            "Antalet hushåll med försörjningsstöd har ökat från 142 i januari till 158 i april. Ökningen gäller "
            "framför allt hushåll där någon har förlorat sin anställning efter nedläggningen av ett större företag "
            "på orten.",
            C(
                "Försörjningsstöd",
                "−1,2 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note=HEAD + " Household counts are levels.",
            ),
        ),
        H("Arbetsmarknadsenheten", 3),
        P(
            "Fler deltagare i extratjänster än planerat ger högre lönebidrag från Arbetsförmedlingen, vilket förklarar "
            "enhetens överskott.",
            C(
                "Arbetsmarknadsenheten",
                "−600",
                "+",
                "statsbidrag",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW + " Wage subsidies from Arbetsförmedlingen are statsbidrag.",
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Förvaltningens gemensamma medel för kompetensutveckling har ännu inte fördelats ut till enheterna och "
            "bedöms delvis finnas kvar vid årets slut.",
            C(
                "Nämnd och förvaltningsledning",
                "−470",
                "+",
                "reserver",
                unit="tkr",
                table=True,
                note=ROW + " Undistributed common funds are reserver.",
            ),
        ),
        H("3. Åtgärder", 2),
        P(
            "Nämnden beslutade den 14 april om en åtgärdsplan för äldreomsorgen. Planen omfattar bland annat en översyn "
            "av hemtjänstens planering och körvägar samt en ny rutin för bedömning av behovet av nattbemanning. "
            "Effekten för 2026 beräknas till 1,5 mnkr och är inte inräknad i prognosen.",
            A("Äldreomsorg", "1,5 mnkr", "bemanning", note="The whole paragraph is one action."),
        ),
        H("4. Risker och osäkerheter", 2),
        P(
            "Prognosen för individ- och familjeomsorgen är osäker. Ett enda nytt placeringsärende kan innebära "
            "kostnader på två till tre mnkr per år.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="A risk: other."),
        ),
        H("5. Personal", 2),
        P(
            "Sjukfrånvaron inom äldreomsorgen har minskat till 8,1 procent, från 9,4 procent under samma period förra "
            "året.",
            O("Äldreomsorg", "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="herrljunga-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Herrljunga",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Herrljunga kommun"},
        style=style,
        blocks=blocks,
    )
