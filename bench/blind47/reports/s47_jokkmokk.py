"""Jokkmokks kommun, Socialnämnden, budgetuppföljning januari–juni 2026.

A social committee's half-year follow-up in tkr and mnkr, footer with the nämnd's meeting date in August:
the full year "en negativ avvikelse mot budget på 6,4 mnkr" and the period "Till och med juni är avvikelsen
−2,9 mnkr" in two sentences (two items), the change since April with its cause and April's level but no
change amount; a verksamhet table with explicit "+" and hyphen-minus; en-dash bullets under a generic
heading ("Ekonomiavdelningens kommentarer") in varied shapes ("Särskilt boende: underskott 3,8 mnkr.",
"överskrider budget med knappt två miljoner kronor", a possessive "Hälso- och sjukvårdens avvikelse, −1,1
mnkr, förklaras av", "IFO visar ett överskott om 0,8 mnkr", "Funktionsstöd: −0,7 mnkr" with assistance
compensation, a reason-only surplus in the last bullet (the row's "+300")); then the boende split as a
"respektive" pair in a paragraph of its own (two items); an unbudgeted grant (other), an action with its
effect, a recruitment risk (other) and investments "beräknas användas fullt ut" (boilerplate). Liberation
Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


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
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Jokkmokks kommun", "Socialnämnden"),
        footer=lambda n, m: ("Budgetuppföljning januari–juni 2026 · Socialnämnden 2026-08-26", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Budget och prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–jun", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Socialnämnd och ledning", "5 200", "2 310", "4 900", "+300"),
            ("Särskilt boende", "58 300", "30 640", "62 100", "-3 800"),
            ("Hemtjänst", "31 500", "16 520", "33 400", "-1 900"),
            ("Hälso- och sjukvård", "14 600", "7 790", "15 700", "-1 100"),
            ("Individ- och familjeomsorg", "18 900", "8 870", "18 100", "+800"),
            ("Funktionsstöd", "36 700", "18 620", "37 400", "-700"),
            ("Summa", "165 200", "84 750", "171 600", "-6 400"),
        ),
        widths=(140.0, 68.0, 72.0, 70.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning januari–juni 2026", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=12.5, font="arial", after=14),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Socialnämnden prognostiserar för helåret en negativ avvikelse mot budget på 6,4 mnkr.",
                    C(None, "6,4 mnkr", "-", note="The full year, in its own sentence."),
                ),
                (
                    "Till och med juni är avvikelsen −2,9 mnkr.",
                    C(None, "−2,9 mnkr", "-", note="The period, in its own sentence."),
                ),
            )
        ),
        P(
            "Den försämrade prognosen jämfört med april, då underskottet beräknades till 4,9 mnkr, beror på högre "
            "kostnader för bemanningssjuksköterskor under sommaren.",
            F(
                None,
                None,
                "-",
                "inhyrd_personal",
                note="April's level is not the change; the change (1,5 mnkr) is never written out.",
            ),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 3),
        Bullets(
            (
                "Särskilt boende: underskott 3,8 mnkr. Hyrsjuksköterskor under sommaren, övertid och fler platser "
                "på Lavgården sedan mars, när kön till särskilt boende blev för lång.",
                "Hemtjänsten överskrider budget med knappt två miljoner kronor. Antalet utförda timmar har ökat i "
                "Vuollerim och Porjus, där restiderna är långa.",
                "Hälso- och sjukvårdens avvikelse, −1,1 mnkr, förklaras av högre kostnader för hjälpmedel och av att "
                "en distriktssköterska hyrts in under semesterperioden.",
                "IFO visar ett överskott om 0,8 mnkr. Inga nya placeringar har behövts under våren, och "
                "försörjningsstödet ligger lägre än budgeterat.",
                "Funktionsstöd: −0,7 mnkr, eftersom ersättningen från Försäkringskassan inte täcker kostnaden för "
                "personlig assistans till två brukare.",
                "Socialnämnd och ledning går med ett mindre överskott eftersom tjänsten som verksamhetsutvecklare "
                "har varit vakant sedan februari.",
            ),
            labels=(
                C("Särskilt boende", "3,8 mnkr", "-", "inhyrd_personal", "overtid", "volymer"),
                C(
                    "Hemtjänst",
                    "knappt två miljoner kronor",
                    "-",
                    "volymer",
                    value=2_000_000,
                    note="An amount in words with 'knappt': the stated figure.",
                ),
                C(
                    "Hälso- och sjukvård",
                    "−1,1 mnkr",
                    "-",
                    "material_hjalpmedel",
                    "inhyrd_personal",
                    note="A possessive with the amount between commas.",
                ),
                C("Individ- och familjeomsorg", "0,8 mnkr", "+", "kopt_verksamhet", "ekonomiskt_bistand"),
                C("Funktionsstöd", "−0,7 mnkr", "-", "ersattning_fk"),
                C(
                    "Socialnämnd och ledning",
                    "+300",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="A reason only: the table row's cell.",
                ),
            ),
            glyph="–",
        ),
        P(
            "Underskottet inom särskilt boende fördelar sig på Lavgården och Älvgården med 2,5 respektive "
            "1,3 mnkr.",
            C(
                "Lavgården",
                "2,5",
                "-",
                unit="mnkr",
                note="The boende split into its two homes: one item each, no reason.",
                also=(C("Älvgården", "1,3 mnkr", "-"),),
            ),
        ),
        H("Statsbidrag", 3),
        P(
            "Nämnden har rekvirerat statsbidrag för kompetensutveckling i äldreomsorgen om 1 150 tkr. Bidraget är "
            "inte budgeterat och ingår i prognosen för särskilt boende.",
            O("Särskilt boende", "statsbidrag", note="A financing statement: other."),
        ),
        H("Åtgärder och risker", 3),
        P(
            "Socialnämnden har beslutat att införa ett gemensamt schema för sjuksköterskor i hemsjukvården och på "
            "särskilt boende från september. Åtgärden beräknas minska behovet av inhyrd personal med 0,9 mnkr i år.",
            A(None, "0,9 mnkr", "inhyrd_personal", "bemanning"),
        ),
        P(
            "Den största osäkerheten är om rekryteringen av sjuksköterskor till hösten lyckas.",
            O(None, "vakanser", note="A risk."),
        ),
        P(
            "Nämndens investeringsram på 1,2 mnkr för sängar och takliftar beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="jokkmokk-sn-budgetuppfoljning-2026-06.pdf",
        report={
            "municipality": "Jokkmokk",
            "committee": ["Socialnämnden"],
            "period": ["2026-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning januari–juni 2026 Socialnämnden", "author": "Jokkmokks kommun"},
        style=style,
        blocks=blocks,
    )
