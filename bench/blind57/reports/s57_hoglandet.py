"""Höglandets räddningstjänstförbund (kommunalförbund), Direktionen, tertialrapport januari–april 2026.

A fire and rescue kommunalförbund's tertial report in tkr and mnkr, footer with the direktion's meeting date in
May: the period "610 tkr bättre än periodens budget", its timing reason in a paragraph of its own (amount
null) and the full year "−950 tkr mot ett budgeterat nollresultat, alltså en negativ avvikelse på 950 tkr";
a kostnadsslag table with spaced hyphen-minus deficits ("- 750"); level-3 headings per kostnadsslag: revenue
with the amount in a second sentence ("Avvikelsen beräknas till −750 tkr"), "en merkostnad på cirka 600 tkr",
a reason-only overrun (the row's "- 300"), two posts with "vardera ett överskott om 350 tkr" (two items) and
members' contributions that "följer budget" (boilerplate); investments "vilket ger en avvikelse på 4,4 mnkr"
with the delay's reason; an action with "cirka 300 tkr", equity covering the deficit and call-outs against
2025 (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


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
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Höglandet", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, tkr",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "118 600", "39 530", "118 600", "0"),
            ("Externa intäkter", "9 400", "2 710", "8 650", "- 750"),
            ("Personalkostnader", "-96 300", "-31 420", "-96 900", "- 600"),
            ("Fordon och utrustning", "-12 100", "-3 390", "-12 400", "- 300"),
            ("Lokaler", "-11 200", "-3 610", "-10 850", "350"),
            ("Övrigt", "-8 400", "-2 580", "-8 050", "350"),
            ("Resultat", "0", "1 240", "-950", "- 950"),
        ),
        widths=(130.0, 72.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=19, font="cond-bold", after=2),
        Title("Höglandets räddningstjänstförbund", size=12.5, font="cond", after=12),
        H("Ekonomi", 2),
        P(
            "Förbundets resultat efter april uppgår till 1 240 tkr, vilket är 610 tkr bättre än periodens budget.",
            C(None, "610 tkr", "+", note="The period against budget."),
        ),
        P(
            "Överskottet är till stor del tillfälligt och beror på att fakturor för det nya leasade höjdfordonet ännu "
            "inte har kommit.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på −950 tkr mot ett budgeterat nollresultat, alltså en negativ "
            "avvikelse på 950 tkr.",
            C(None, "950 tkr", "-"),
        ),
        table,
        H("Externa intäkter", 3),
        P(
            "Intäkterna från automatlarm och tillsyn blir lägre än budgeterat, eftersom färre onödiga larm har "
            "debiterats sedan larmrutinerna ändrades i Nässjö och Eksjö. Avvikelsen beräknas till −750 tkr.",
            C(
                "Externa intäkter",
                "−750 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="The amount in the second sentence.",
            ),
        ),
        H("Personalkostnader", 3),
        P(
            "Lönerevisionen för brandmän i beredskap blev högre än budgeterat och ger en merkostnad på cirka 600 tkr.",
            C("Personalkostnader", "cirka 600 tkr", "-", "lonekostnader"),
        ),
        H("Fordon och utrustning", 3),
        P(
            "Reparationen av en tankbil i Sävsjö efter en trafikolycka i februari bidrar till att kostnaderna väntas "
            "överskrida budget.",
            C(
                "Fordon och utrustning",
                "- 300",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell with a spaced minus.",
            ),
        ),
        H("Lokaler och övrigt", 3),
        Para(
            (
                (
                    "Lokalkostnaderna och övriga kostnader ger vardera ett överskott om 350 tkr, det förra till följd "
                    "av en lägre hyra för brandstationen i Aneby efter omförhandling.",
                    C(
                        "Lokaler",
                        "350 tkr",
                        "+",
                        "lokaler",
                        note="'Vardera' 350 tkr: two items, same text; the reason is the first post's only.",
                        also=(C("Övrigt", "350 tkr", "+"),),
                    ),
                ),
            )
        ),
        H("Medlemsbidrag", 3),
        P("Medlemsbidragen från de sex medlemskommunerna följer budget.", BP("Medlemsbidrag")),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 14,2 mnkr bedöms 9,8 mnkr användas, vilket ger en avvikelse på 4,4 mnkr. "
            "Den nya övningsanläggningen i Tranås har försenats på grund av ett överklagat bygglov.",
            C("Investeringar", "4,4 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att övningsverksamheten med extern personal begränsas under hösten, vilket "
            "beräknas minska kostnaderna med cirka 300 tkr.",
            A(None, "cirka 300 tkr"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets eget kapital uppgår till 8,7 mnkr och täcker det prognostiserade underskottet.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
        P(
            "Antalet räddningsinsatser under perioden var 612, vilket är 9 procent färre än samma period 2025.",
            O(None, "volymer", note="Call-outs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="hoglandets-raddningstjanstforbund-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Höglandets räddningstjänstförbund",
                "Räddningstjänsten Höglandet",
                "Kommunalförbundet Höglandets räddningstjänstförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Höglandets räddningstjänstförbund",
            "author": "Höglandets räddningstjänstförbund",
        },
        style=style,
        blocks=blocks,
    )
