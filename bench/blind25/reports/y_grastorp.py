"""Grästorps kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026 (januari–april).

An elderly and disability care committee's tertial report adopted in May: a share of the budget used against
an even pace (35,2 against 33,3 procent: a level, other), the full year "överskrider sin budgetram med 3,4
mnkr" followed by the areas with deficits and surpluses named without reasons, a change since February
("Det är 0,9 mnkr mer än"); a kostnadsslag table in tkr of net costs whose deviation is prognos − budget, so
that a positive figure is worse and revenue rows carry minus signs (a reading note says so); bold run-in
kostnadsslag with a full stop: avgifter with reasons only (the row's "800", worse), statsbidrag "1,1 mnkr mer
än budgeterat", personalkostnader "Här finns den största avvikelsen, 2,8 mnkr.", köp av verksamhet with a
reason only (the row's "900") and the remaining rows that "väntas följa budget" (boilerplate); then
headings that carry the verksamhet and the amount in words ("Hemtjänst – minus 2,6 mnkr", a percentage
inside that is not the amount), one heading with two areas and "plus 0,6 respektive 0,2 mnkr" over one
paragraph whose clauses give each area its own cause (two items, each with its own tags); an action with its
effect and a risk (other). DejaVu Serif 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

ROW = (
    "Reasons only: the table row's cell. The table's deviation is prognos − budget of net costs, so a positive "
    "cell is worse than budget."
)
HEAD = "The heading carries the area and its amount in words ('minus')."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Grästorps kommun | Vård- och omsorgsnämnden", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Antagen av vård- och omsorgsnämnden 2026-05-27", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Tabell 1. Nettokostnad per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Avgifter och ersättningar", "−18 400", "−17 600", "800"),
            ("Statsbidrag", "−6 200", "−7 300", "−1 100"),
            ("Personalkostnader", "112 300", "115 100", "2 800"),
            ("Köp av verksamhet", "9 800", "10 700", "900"),
            ("Lokalkostnader", "14 900", "14 900", "0"),
            ("Övriga kostnader", "10 600", "10 600", "0"),
            ("Nettokostnad", "123 000", "126 400", "3 400"),
        ),
        widths=(160.0, 80.0, 80.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 – januari till april 2026", size=18, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="serif-italic", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Efter årets fyra första månader har nämnden förbrukat 35,2 procent av årsbudgeten, att jämföra med "
            "33,3 procent vid en jämn förbrukning.",
            O(
                None,
                note="A share of the budget used against an even pace: a supporting level, no deviation stated.",
            ),
        ),
        P(
            "Helårsprognosen pekar på att nämnden överskrider sin budgetram med 3,4 mnkr. Underskottet finns inom "
            "hemtjänsten och personlig assistans, medan de särskilda boendena och korttidsvården går med överskott.",
            C(None, "3,4 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Det är 0,9 mnkr mer än vad som bedömdes i februariuppföljningen.",
            F(None, "0,9 mnkr", "-", note="'Det' is the deficit: a larger deficit than in February."),
        ),
        P(
            "Avvikelse i tabellen avser prognos minus budget. Ett positivt tal innebär alltså att nettokostnaden "
            "överstiger budget. Intäkter redovisas med minustecken.",
            size=9.0,
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Avgifter och ersättningar.",
            "Intäkterna når inte upp till budget. Antalet brukare med avgiftsgrundande hemtjänst har minskat, och "
            "försäljningen av korttidsplatser till grannkommunerna har upphört.",
            C(
                "Avgifter och ersättningar",
                "800",
                "-",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Statsbidrag.",
            "Nämnden har beviljats 1,1 mnkr mer än budgeterat i statsbidrag för kompetenshöjning inom "
            "äldreomsorgen, vilket förbättrar prognosen i motsvarande mån.",
            C("Statsbidrag", "1,1 mnkr", "+", "statsbidrag"),
        ),
        LP(
            "Personalkostnader.",
            "Här finns den största avvikelsen, 2,8 mnkr. Hemtjänsten har behövt många timvikarier under "
            "influensaperioden då sjukfrånvaron var hög, och personlig assistans har haft dubbel bemanning kring "
            "en ny brukare under inskolningen.",
            C(
                "Personalkostnader",
                "2,8 mnkr",
                "-",
                "vikarier",
                "sjukfranvaro",
                "bemanning",
                note="'Den största avvikelsen' in a cost row: over budget.",
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Kostnaden för externt köpta platser i särskilt boende med demensinriktning överstiger budget.",
            C("Köp av verksamhet", "900", "-", "kopt_verksamhet", unit="tkr", table=True, note=ROW),
        ),
        P(
            "Lokalkostnader och övriga kostnader väntas följa budget.",
            BP("Lokalkostnader och övriga kostnader"),
        ),
        H("Verksamheternas prognos", 2),
        HP(
            "Hemtjänst – minus 2,6 mnkr",
            "De beviljade hemtjänsttimmarna har ökat med drygt 8 procent sedan årsskiftet, och verksamheten har "
            "inte hunnit anpassa schemaläggningen till den nya nivån. Till detta kommer höga vikariekostnader "
            "under januari och februari.",
            C(
                "Hemtjänst",
                "minus 2,6 mnkr",
                "-",
                "volymer",
                "bemanning",
                "vikarier",
                note=HEAD + " The 8 percent is a volume change, not the amount.",
            ),
        ),
        HP(
            "Personlig assistans – minus 1,6 mnkr",
            "En brukare med dubbelbemanning dygnet runt har tillkommit i mars. Försäkringskassans beslut om "
            "assistansersättning väntas först efter sommaren, och fram till dess bär kommunen hela kostnaden.",
            C(
                "Personlig assistans",
                "minus 1,6 mnkr",
                "-",
                "volymer",
                "bemanning",
                "ersattning_fk",
                note=HEAD,
            ),
        ),
        Para(
            (
                (
                    "Beläggningen på Tre Björkar har varit lägre än normalt under perioden medan en avdelning "
                    "renoverades, och korttidsvården har klarat sig med lägre bemanning nattetid.",
                    C(
                        "Särskilt boende",
                        "plus 0,6",
                        "+",
                        "volymer",
                        unit="mnkr",
                        note="One heading with two areas and 'respektive' amounts: two items with the same text, "
                        "each with the tags of its own clause.",
                        also=(C("Korttidsvård", "0,2 mnkr", "+", "bemanning"),),
                    ),
                ),
            ),
            head="Särskilt boende och korttidsvård – plus 0,6 respektive 0,2 mnkr",
            head_level=3,
        ),
        H("Åtgärder", 2),
        P(
            "En genomlysning av hemtjänstens planering pågår tillsammans med en extern konsult. Målet är att öka "
            "andelen brukartid till 65 procent och därigenom minska kostnaderna med 0,8 mnkr på helår.",
            A("Hemtjänst", "0,8 mnkr", "bemanning"),
        ),
        H("Framåtblick", 2),
        P(
            "Nämnden ser en risk att kostnaderna för köpta platser ökar ytterligare under hösten, eftersom kön till "
            "demensboende växer.",
            O("Köp av verksamhet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="grastorp-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Grästorp",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Grästorps kommun"},
        style=style,
        blocks=blocks,
    )
