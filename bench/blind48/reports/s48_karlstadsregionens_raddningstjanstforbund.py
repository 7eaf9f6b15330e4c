"""Karlstadsregionens räddningstjänstförbund, Direktionen, tertialrapport 1 2026 (januari–april).

A fire and rescue kommunalförbund's first tertial report, its footer carrying the direktion's meeting in May:
the period "840 tkr bättre än periodiserad budget" with its reason in the same sentence pair (one item), the
full year "ett underskott på 1,5 miljoner kronor jämfört med budget" in a paragraph of its own; a result table
whose deficits are in brackets ("(2 100)"); bold run-in kostnadsslag: one whose lead carries the amount in
brackets ("Personalkostnader (−2 100 tkr)."), one whose amount comes after the reasons ("beräknas bli 600 tkr
högre än budget"), a reason-only revenue (the row's "750"), "Ett positivt utfall jämfört med budget på 450 tkr"
and "följer budget" (boilerplate); investments whose deviation "5,5 mnkr flyttas till 2027" follows the
period's spending; an action without an effect, equity and a risk (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


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
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Karlstadsregionens räddningstjänstförbund", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-28", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2026, tkr",
        header=(("", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "118 400", "118 400", "0"),
            ("Övriga intäkter", "9 600", "10 350", "750"),
            ("Personalkostnader", "89 200", "91 300", "(2 100)"),
            ("Lokalkostnader", "14 800", "14 800", "0"),
            ("Fordon och materiel", "9 300", "9 900", "(600)"),
            ("Övriga kostnader", "10 100", "9 650", "450"),
            ("Kapitalkostnader", "4 600", "4 600", "0"),
            ("Årets resultat", "0", "(1 500)", "(1 500)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.86, 0.9, 0.95),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Karlstadsregionens räddningstjänstförbund, januari–april", size=11.5, font="sans", after=12),
        H("Förbundets ekonomi", 2),
        P(
            "Förbundets resultat för perioden januari–april uppgår till 1 260 tkr, vilket är 840 tkr bättre än "
            "periodiserad budget. Avvikelsen beror framför allt på att färre automatlarm och räddningsinsatser har "
            "gett lägre kostnader för deltidsbrandmännens utryckningsersättning.",
            C(
                None,
                "840 tkr",
                "+",
                "volymer",
                note="The period against the periodised budget; the result level is not the amount.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett underskott på 1,5 miljoner kronor jämfört med budget.",
            C(
                None,
                "1,5 miljoner kronor",
                "-",
                note="The full year in a paragraph of its own; reasons follow.",
            ),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Personalkostnader (−2 100 tkr).",
            "Lönerevisionen för heltidsbrandmännen blev högre än vad som budgeterats, och sjukfrånvaron under "
            "vintern har krävt övertid för att upprätthålla beredskapen på stationerna i Karlstad och Hammarö.",
            C(
                "Personalkostnader",
                "−2 100 tkr",
                "-",
                "lonekostnader",
                "sjukfranvaro",
                "overtid",
                note="The run-in lead carries the amount in brackets with a minus.",
            ),
        ),
        LP(
            "Fordon och materiel.",
            "Reparationen av höjdfordonet och högre priser på drivmedel gör att kostnaderna beräknas bli 600 tkr "
            "högre än budget.",
            C(
                "Fordon och materiel",
                "600 tkr",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                note="Fuel is material_hjalpmedel; a repair is ovrigt.",
            ),
        ),
        LP(
            "Övriga intäkter.",
            "Intäkterna från tillsyn enligt lagen om brandfarliga och explosiva varor och från utbildningar till "
            "externa kunder ökar, främst för att fler företag har beställt utbildning i heta arbeten.",
            C(
                "Övriga intäkter",
                "750",
                "+",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Ett positivt utfall jämfört med budget på 450 tkr väntas, eftersom införandet av det nya "
            "ledningssystemet har senarelagts till hösten.",
            C("Övriga kostnader", "450 tkr", "+", "it_digitalisering", "periodisering"),
        ),
        LP("Lokalkostnader.", "Lokalkostnaderna följer budget.", BP("Lokalkostnader")),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 12,0 mnkr har 1,8 mnkr förbrukats. Hela budgeten kommer inte att "
            "användas: leveransen av två nya släckbilar har försenats och 5,5 mnkr flyttas till 2027.",
            C(
                "Investeringar",
                "5,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending; the period's spending (1,8) is not the amount.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundsdirektören i uppdrag att ta fram en plan för att minska övertiden, bland "
            "annat genom en utökad pool av deltidsbrandmän som kan gå in vid frånvaro.",
            A("Personalkostnader", None, "overtid"),
        ),
        H("Eget kapital och risker", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 6,2 mnkr. Ett underskott enligt prognosen skulle "
            "minska det egna kapitalet till 4,7 mnkr.",
            O(None, note="Equity."),
        ),
        P(
            "Prognosen är osäker, eftersom sommarens brandrisk och antalet skogsbränder har stor betydelse för "
            "kostnaderna för deltidspersonal.",
            O(None, note="Uncertainty."),
        ),
    ]
    return ReportSpec(
        file="karlstadsregionens-raddningstjanstforbund-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Karlstadsregionens räddningstjänstförbund",
                "Kommunalförbundet Karlstadsregionens räddningstjänstförbund",
                "Karlstadsregionens Räddningstjänstförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026",
            "author": "Karlstadsregionens räddningstjänstförbund",
        },
        style=style,
        blocks=blocks,
    )
