"""Stockholms stad, Miljö- och hälsoskyddsnämnden, tertialrapport 1 2026.

An environmental-health committee's first tertial report in "mnkr", footer with the förvaltning's file
number: the full year "3,2 mnkr högre än budget för verksamhetens nettokostnader" beside a percentage of
the budget (negative), a table of costs, revenue and net with hyphen-minus deviations (budget minus
forecast), then one sentence splitting the net into "kostnader som är 8,7 mnkr högre än budget och intäkter
som blir 5,5 mnkr högre än budgeterat" (two items); plain headings per avdelning whose paragraphs say the
direction in varied ways ("överskrider budget med 2,1 mnkr", "blir 4,1 mnkr högre än budgeterat", "För
miljötillsynen bedöms kostnaderna bli 4,2 mnkr högre", "ett överskott på 0,6 mnkr" in the middle of a
sentence, "kostar 1,4 mnkr mer än vad som budgeterats", "en dubbelhyra … 1,6 mnkr mer än budgeterat"),
investments that "beräknas förbrukas fullt ut" (boilerplate), an action without an effect and an
uncertainty (other). DejaVu Sans 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.0, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Stockholms stad", "Miljö- och hälsoskyddsnämnden, tertialrapport 1 2026"),
        footer=lambda n, m: ("Miljöförvaltningen", "Dnr 2026-04411", f"Sida {n} ({m})"),
        header_size=7.5,
    )
    table = Table(
        caption="Driftverksamhet, mnkr",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kostnader", "412,6", "139,8", "421,3", "-8,7"),
            ("Intäkter", "-214,8", "-76,2", "-220,3", "5,5"),
            ("Netto", "197,8", "63,6", "201,0", "-3,2"),
        ),
        widths=(130.0, 72.0, 76.0, 72.0, 72.0),
        bold_rows=frozenset({2}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Miljö- och hälsoskyddsnämnden", size=11.5, font="sans", after=12),
        H("Nämndens ekonomi", 2),
        P(
            "Nämnden prognostiserar ett utfall som är 3,2 mnkr högre än budget för verksamhetens nettokostnader, "
            "vilket motsvarar 1,6 procent av budgeten.",
            C(
                None,
                "3,2 mnkr",
                "-",
                note="Net cost above budget: negative. The percentage is not the amount.",
            ),
        ),
        table,
        P(
            "Avvikelsen består av kostnader som är 8,7 mnkr högre än budget och intäkter som blir 5,5 mnkr högre "
            "än budgeterat.",
            C(
                "Kostnader",
                "8,7 mnkr",
                "-",
                note="One sentence, two areas: two items, no reasons given.",
                also=(C("Intäkter", "5,5 mnkr", "+"),),
            ),
        ),
        H("Kommentarer per avdelning", 2),
        H("Miljöövervakning", 3),
        P(
            "Miljöövervakningen överskrider budget med 2,1 mnkr. En av luftmätstationerna i innerstaden behöver "
            "bytas ut i förtid efter en vattenskada, och priserna för laboratorieanalyser av mikroplaster har "
            "ökat.",
            C("Miljöövervakning", "2,1 mnkr", "-", "ovrigt", "prisokningar", note="Water damage is ovrigt."),
        ),
        H("Livsmedelskontroll", 3),
        P(
            "Intäkterna från livsmedelskontrollen blir 4,1 mnkr högre än budgeterat, eftersom den nya taxan med "
            "efterhandsdebitering ger fler debiterade timmar än beräknat.",
            C("Livsmedelskontroll", "4,1 mnkr", "+", "avgifter_intakter"),
        ),
        H("Miljötillsyn", 3),
        P(
            "För miljötillsynen bedöms kostnaderna bli 4,2 mnkr högre än budget. Förvaltningen har tagit in "
            "konsulter för att hinna med tillsynen av förorenade områden inför de stora exploateringarna, "
            "eftersom fyra inspektörstjänster är vakanta.",
            C("Miljötillsyn", "4,2 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        H("Årsavgifter", 3),
        P(
            "Intäkterna från årsavgifter för miljöfarlig verksamhet blir 1,4 mnkr högre än budgeterat, då fler "
            "verksamheter har anmälts efter inventeringen av bilverkstäder i söderort.",
            C("Årsavgifter", "1,4 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Hälsoskydd", 3),
        P(
            "Hälsoskyddsavdelningen har lägre personalkostnader än budgeterat, ett överskott på 0,6 mnkr, till "
            "följd av föräldraledigheter som inte har ersatts.",
            C("Hälsoskydd", "0,6 mnkr", "+", "vakanser"),
        ),
        H("Gemensamt och ledning", 3),
        P(
            "Införandet av det nya ärendehanteringssystemet kostar 1,4 mnkr mer än vad som budgeterats, eftersom "
            "migreringen av gamla ärenden tog längre tid än planerat.",
            C("Gemensamt och ledning", "1,4 mnkr", "-", "it_digitalisering"),
        ),
        H("Lokaler", 3),
        P(
            "Förvaltningens tillfälliga lokaler under renoveringen av kontoret ger en dubbelhyra under tre "
            "månader, 1,6 mnkr mer än budgeterat.",
            C("Lokaler", "1,6 mnkr", "-", "lokaler"),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden har en investeringsbudget på 2,5 mnkr för mätutrustning, som beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame is used: boilerplate."),
        ),
        H("Åtgärder för en budget i balans", 2),
        P(
            "Förvaltningen ser över möjligheten att ta ut timavgift för extra kontroller och har infört ett "
            "anställningsstopp för administrativa tjänster.",
            A(None, None, "avgifter_intakter", "vakanser"),
        ),
        P(
            "Det finns en osäkerhet i prognosen för intäkterna, eftersom flera överklaganden av avgiftsbeslut "
            "ligger hos mark- och miljödomstolen.",
            O(None, note="An uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-mhn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Miljö- och hälsoskyddsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Miljö- och hälsoskyddsnämnden",
            "author": "Stockholms stad",
        },
        style=style,
        blocks=blocks,
    )
