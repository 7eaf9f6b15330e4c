"""Stockholms stad, Norrmalms stadsdelsnämnd, tertialrapport 1 2026.

A district committee's first tertial report in mnkr with U+2212 minus signs, footer with the nämnd's meeting
date in May: the full year "ett underskott om 9,4 mnkr" with a percentage of the budget and the areas named
(one item), a verksamhet table with the deviation in February beside, then plain headings whose paragraphs
say the direction in varied ways: "beräknas göra ett överskott på 2,1 mnkr", "Prognosen för äldreomsorgen
visar −8,6 mnkr." followed in the same paragraph by its two parts as a "respektive" pair (own items), "ett
underskott mot budget med 4,8 mnkr (4,1 mnkr i februari)" (the bracket is February's) and the change since
February in the next sentence (a forecast change), "bedöms bli 1,8 mnkr lägre än budget" (costs, so
positive), "bedöms i stort hålla budget" beside a row of −0,2 (boilerplate), a reason-only surplus (the row's
"+0,9") and "beräknas överskrida budget med 0,6 mnkr"; investments used in full (boilerplate), two actions, a
risk and sick leave against last year (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Norrmalms stadsdelsförvaltning", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Dnr NO-2026/0418", "Sidan " + str(n), "Norrmalms stadsdelsnämnd 2026-05-21"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Avv. feb"),),
        rows=(
            ("Förskoleverksamhet", "412,5", "410,4", "+2,1", "+1,6"),
            ("Äldreomsorg", "538,0", "546,6", "−8,6", "−7,9"),
            ("Individ- och familjeomsorg", "164,3", "169,1", "−4,8", "−4,1"),
            ("Ekonomiskt bistånd", "58,2", "56,4", "+1,8", "+1,2"),
            ("Stöd och service till personer med funktionsnedsättning", "231,7", "231,9", "−0,2", "0,0"),
            ("Stadsmiljöverksamhet", "46,9", "46,0", "+0,9", "+0,5"),
            ("Nämnd- och förvaltningsadministration", "72,4", "73,0", "−0,6", "−0,4"),
            ("Summa", "1 524,0", "1 533,4", "−9,4", "−9,1"),
        ),
        widths=(214.0, 62.0, 62.0, 62.0, 56.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Norrmalms stadsdelsnämnd", size=13, font="sans", after=14),
        H("Ekonomiskt utfall och prognos", 1),
        P(
            "Nämnden prognostiserar ett underskott om 9,4 mnkr för 2026, vilket motsvarar 0,6 procent av budgeten. "
            "Underskottet finns inom äldreomsorgen och individ- och familjeomsorgen, medan förskoleverksamheten och "
            "ekonomiskt bistånd visar överskott.",
            C(
                None,
                "9,4 mnkr",
                "-",
                note="The full year with a percentage of the budget and the areas named: one item, no tags.",
            ),
        ),
        table,
        H("Förskoleverksamhet", 3),
        P(
            "Förskoleverksamheten beräknas göra ett överskott på 2,1 mnkr. Antalet inskrivna barn är lägre än "
            "budgeterat, eftersom färre barnfamiljer än beräknat har flyttat in i de nya bostäderna i Hagastaden.",
            C("Förskoleverksamhet", "2,1 mnkr", "+", "volymer"),
        ),
        H("Äldreomsorg", 3),
        PS(
            (
                "Prognosen för äldreomsorgen visar −8,6 mnkr. Kostnaderna för köpt hemtjänst ökar när fler äldre "
                "väljer att bo kvar hemma, och beläggningen på vård- och omsorgsboendet har varit lägre än beräknat, "
                "vilket ger minskade intäkter från andra stadsdelar.",
                C("Äldreomsorg", "−8,6 mnkr", "-", "kopt_verksamhet", "volymer", "avgifter_intakter"),
            ),
            (
                "Av avvikelsen står hemtjänsten och vård- och omsorgsboendet för −5,3 respektive −3,3 mnkr.",
                C(
                    "Hemtjänst",
                    "−5,3",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items, no reasons of their own.",
                    also=(C("Vård- och omsorgsboende", "−3,3 mnkr", "-"),),
                ),
            ),
        ),
        H("Individ- och familjeomsorg", 3),
        PS(
            (
                "Individ- och familjeomsorgen redovisar ett underskott mot budget med 4,8 mnkr (4,1 mnkr i februari). "
                "Det förklaras av fler placeringar av barn och unga i HVB och familjehem, och av att konsulentstödda "
                "familjehem är dyrare än förvaltningens egna.",
                C(
                    "Individ- och familjeomsorg",
                    "4,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The bracketed figure is February's, not the amount.",
                ),
            ),
            (
                "Jämfört med februari har prognosen försämrats med 0,7 mnkr.",
                F("Individ- och familjeomsorg", "0,7 mnkr", "-"),
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för ekonomiskt bistånd bedöms bli 1,8 mnkr lägre än budget, då fler hushåll har gått vidare "
            "till arbete eller studier.",
            C(
                "Ekonomiskt bistånd",
                "1,8 mnkr",
                "+",
                "ekonomiskt_bistand",
                "volymer",
                note="Costs lower than budget: positive.",
            ),
        ),
        H("Stöd och service till personer med funktionsnedsättning", 3),
        P(
            "Verksamheten bedöms i stort hålla budget.",
            BP("Stöd och service till personer med funktionsnedsättning", note="−0,2 in the table."),
        ),
        H("Stadsmiljöverksamhet", 3),
        P(
            "Stadsmiljöverksamheten visar ett positivt utfall jämfört med budget, främst för att den nya "
            "upphandlingen av parkskötsel i Vasaparken och Tegnérlunden har blivit billigare än förväntat.",
            C(
                "Stadsmiljöverksamhet",
                "+0,9",
                "+",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell. A cheaper maintenance contract: prisokningar.",
            ),
        ),
        H("Nämnd- och förvaltningsadministration", 3),
        P(
            "Administrationen beräknas överskrida budget med 0,6 mnkr till följd av införandet av ett nytt "
            "ärendehanteringssystem.",
            C("Nämnd- och förvaltningsadministration", "0,6 mnkr", "-", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 3,5 mnkr för upprustning av lekplatser beräknas förbrukas fullt ut.",
            BP("Investeringar", note="Investments used in full: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över schemaläggningen inom hemtjänsten för att minska andelen delade turer.",
            A("Äldreomsorg", None, "bemanning"),
        ),
        P(
            "Genom att rekrytera fler egna familjehem bedöms kostnaderna för placeringar kunna minska med 1,0 mnkr "
            "under hösten.",
            A("Individ- och familjeomsorg", "1,0 mnkr", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för ekonomiskt bistånd ökar under hösten om arbetsmarknaden försämras.",
            O("Ekonomiskt bistånd", note="A risk."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 6,8 procent under tertialet, vilket är lägre än under samma period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-norrmalm-sdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Norrmalms stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Norrmalms stadsdelsnämnd", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
