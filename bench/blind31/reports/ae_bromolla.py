"""Bromölla kommun, Vård- och omsorgsnämnden, månadsrapport maj 2026.

An elderly-care and LSS committee's month report in mnkr and tkr whose verksamhet table computes the deviation
as prognos minus budget, so a positive figure is a cost over budget (a reading note says so): the period's
spending as a share of the year's budget against a straight line (a level, other), the full year as two levels
followed by "Nämnden beräknas därmed gå 5,5 mnkr back", the change since April with its cause; then headings
that carry the verksamhet and the table's signed figure ("Hemtjänst +3,1 mnkr" is negative, "Nämnd och
förvaltningsledning −650 tkr" positive), with hours, a sick-leave rate and a period cost of hired nurses inside
that are not the amount, two parts ("2,2 mnkr", "resterande 0,7 mnkr") of one heading's deficit, "Särskilt
boende ±0" that "bedöms klara sin budget" (boilerplate), a closure for rebuilding; a bold run-in revenue item
whose period deficit is followed by an outlook sentence (other); an investment overrun "överskrider budgeten
på 1,4 mnkr med 0,5 mnkr"; two actions, one with its effect, and a risk with a per-placement range. 8 scored
causes. DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

SIGN = (
    "The heading carries the table's figure, prognos minus budget: a plus is a cost over budget (negative)."
)
MINUS = "The heading's minus is a cost below budget in this table's convention: positive."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Bromölla kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Månadsrapport maj 2026", "Dnr VON 2026/41", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Nettokostnad per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "9 400", "3 520", "8 750", "−650"),
            ("Hemtjänst", "78 200", "34 900", "81 300", "3 100"),
            ("Särskilt boende", "131 600", "55 100", "131 600", "0"),
            ("Hälso- och sjukvård", "38 900", "16 800", "40 100", "1 200"),
            ("LSS och socialpsykiatri", "66 300", "28 700", "69 200", "2 900"),
            ("Dagverksamhet och anhörigstöd", "19 900", "3 580", "18 850", "−1 050"),
            ("Summa", "344 300", "142 600", "349 800", "5 500"),
        ),
        widths=(158.0, 70.0, 76.0, 72.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=19, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden, Bromölla kommun", size=12, font="cond", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämndens nettokostnader till och med maj uppgår till 142,6 mnkr, vilket motsvarar 41,4 procent av "
            "årsbudgeten. Vid en jämn fördelning över året skulle andelen ha varit 41,7 procent.",
            O(
                None,
                note="The period's spending as a share of the year's budget against a straight line: a level.",
            ),
        ),
        P(
            "Helårsprognosen landar på 349,8 mnkr mot en budgetram på 344,3 mnkr. Nämnden beräknas därmed gå "
            "5,5 mnkr back.",
            C(None, "5,5 mnkr", "-", note="Two levels, then the deviation as 'gå 5,5 mnkr back'."),
        ),
        P(
            "Prognosen har försämrats med 1,3 mnkr sedan april, i huvudsak för att två brukare med omfattande behov "
            "har beviljats bostad med särskild service i annan kommun.",
            F(None, "1,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Avvikelsen i tabellen beräknas som prognos minus budget. Ett positivt tal betyder alltså att "
            "kostnaderna väntas bli högre än budgeterat.",
            size=8.5,
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst +3,1 mnkr",
            "I maj utfördes 11 400 hemtjänsttimmar, att jämföra med de 10 200 timmar per månad som budgeten bygger "
            "på. Sjukfrånvaron i hemtjänstgrupperna Norr och Näsum har dessutom legat över sju procent sedan "
            "februari, vilket har krävt fler timvikarier än normalt.",
            C(
                "Hemtjänst",
                "+3,1 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note=SIGN + " The hours and the sick-leave rate are not the amount.",
            ),
        ),
        HP(
            "Särskilt boende ±0",
            "Verksamheten bedöms klara sin budget. Samtliga 96 platser har varit belagda under perioden.",
            BP("Särskilt boende"),
        ),
        HP(
            "Hälso- och sjukvård +1,2 mnkr",
            "Det har inte gått att rekrytera sjuksköterskor till två av nattpassen, som i stället har bemannats med "
            "sjuksköterskor från bemanningsföretag. Kostnaden för inhyrd personal var 640 tkr till och med maj.",
            C(
                "Hälso- och sjukvård",
                "+1,2 mnkr",
                "-",
                "vakanser",
                "inhyrd_personal",
                note=SIGN + " 640 tkr is the period's cost of hired nurses, a part, not the deviation.",
            ),
        ),
        HP(
            "LSS och socialpsykiatri +2,9 mnkr",
            "Underskottet har två delar. Köp av bostad med särskild service i annan kommun för två nya brukare "
            "beräknas kosta 2,2 mnkr under resten av året, och resterande 0,7 mnkr beror på att Försäkringskassan "
            "har sänkt antalet beviljade assistanstimmar för en brukare, så att kommunen får bära en större del av "
            "kostnaden.",
            C(
                "LSS och socialpsykiatri",
                "+2,9 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "ersattning_fk",
                note=SIGN + " Two parts (2,2 and 0,7 mnkr) of the heading's amount: one item with the total.",
            ),
        ),
        HP(
            "Dagverksamhet och anhörigstöd −1 050 tkr",
            "Dagverksamheten Solgläntan för personer med demens hålls stängd under ombyggnaden fram till oktober, "
            "och de kostnader för måltider och transporter som ingår i budgeten uppstår därför inte.",
            C(
                "Dagverksamhet och anhörigstöd",
                "−1 050 tkr",
                "+",
                "ovrigt",
                note=MINUS + " A closure for rebuilding is ovrigt.",
            ),
        ),
        HP(
            "Nämnd och förvaltningsledning −650 tkr",
            "Tjänsten som verksamhetsutvecklare har stått vakant sedan årsskiftet och tillsätts först i september.",
            C("Nämnd och förvaltningsledning", "−650 tkr", "+", "vakanser", note=MINUS),
        ),
        LP(
            "Intäkter.",
            "Omvårdnads- och hyresavgifterna ligger för perioden 420 tkr under budget, eftersom de tolv nya "
            "lägenheterna i Trollebo ännu inte är uthyrda.",
            C(
                "Intäkter",
                "420 tkr",
                "-",
                "avgifter_intakter",
                note="The period's revenue shortfall (no table row, no full-year figure): revenue under budget is "
                "negative.",
            ),
            (
                "Förvaltningen räknar med att samtliga lägenheter är uthyrda i augusti och att intäkterna då når "
                "budgeterad nivå för helåret.",
                O("Intäkter", "avgifter_intakter", note="Outlook after the cause in the same paragraph."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen överskrider budgeten på 1,4 mnkr med 0,5 mnkr. Fler taklyftar än planerat behöver "
            "bytas ut efter Arbetsmiljöverkets inspektion i mars.",
            C(
                "Investeringar",
                "0,5 mnkr",
                "-",
                "material_hjalpmedel",
                note="Investment overrun: negative. 1,4 mnkr is the budget.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Från juni införs en ny planeringsmodell i hemtjänsten där besöken samordnas per geografiskt område och "
            "restiden minskar. Förvaltningen räknar med att det sänker kostnaderna med cirka 800 tkr under andra "
            "halvåret.",
            A("Hemtjänst", "cirka 800 tkr", "bemanning"),
        ),
        P(
            "Ett introduktionsprogram för nyexaminerade sjuksköterskor startar i augusti, med målet att inga "
            "nattpass ska behöva bemannas med inhyrd personal efter oktober.",
            A("Hälso- och sjukvård", None, "vakanser", "inhyrd_personal"),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter att inga ytterligare köp av bostad med särskild service tillkommer under året. "
            "En ny placering i annan kommun kostar mellan 1,5 och 3 mnkr per år.",
            O(
                "LSS och socialpsykiatri",
                "kopt_verksamhet",
                note="Risk: a range per placement, not a deviation.",
            ),
        ),
    ]
    return ReportSpec(
        file="bromolla-von-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Bromölla",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Vård- och omsorgsnämnden", "author": "Bromölla kommun"},
        style=style,
        blocks=blocks,
    )
