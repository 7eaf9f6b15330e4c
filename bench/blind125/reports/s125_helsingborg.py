"""Helsingborgs stad, Vård- och omsorgsnämnden, månadsrapport mars 2026 (elderly care).

An elderly-care month report in "mnkr" with U+2212 minus signs, the footer carrying the nämnd's meeting in
April: the full year "ett underskott på −14,2 mnkr (−11,6 mnkr i februari)" (February's figure in brackets is
not the amount), the period "3,8 mnkr sämre än periodens budget" in a sentence of its own and the change
since February with its cause; a table with February's deviation; headings that carry the verksamhet and
the amount in two shapes ("Hemtjänst −9,4 mnkr", "Särskilt boende (−6,7)", "Hälso- och sjukvård +1,8 mnkr"),
a reason-only surplus under a plain paragraph (the row's "1,3"), a run-in lead with "ger ett överskott på 1,3
mnkr", "bedöms hamna i nivå med budget" (boilerplate, although the row says 1,0), fee revenue "0,9 mnkr under
budget" under a heading of its own; three bullet actions, one with its effect, and a risk about a grant
(other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad | Vård- och omsorgsförvaltningen", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2026-04-22", "Dnr VON 2026/118", f"{n}/{m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Nämnd och förvaltningsledning", "38,2", "36,9", "1,3", "1,1"),
            ("Hemtjänst", "412,5", "421,9", "−9,4", "−8,0"),
            ("Särskilt boende", "688,0", "694,7", "−6,7", "−5,2"),
            ("Korttidsvård och växelvård", "54,3", "57,8", "−3,5", "−1,9"),
            ("Hälso- och sjukvård", "96,4", "94,6", "1,8", "1,8"),
            ("Dagverksamhet och träffpunkter", "22,1", "20,8", "1,3", "0,6"),
            ("Hjälpmedel", "18,7", "17,7", "1,0", "0,0"),
            ("Summa", "1 330,2", "1 344,4", "−14,2", "−11,6"),
        ),
        widths=(170.0, 70.0, 70.0, 66.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.86, 0.91, 0.96),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Nämnden prognostiserar för helåret ett underskott på −14,2 mnkr (−11,6 mnkr i februari).",
            C(None, "−14,2 mnkr", "-", note="February's figure in brackets is not the amount."),
        ),
        P(
            "Utfallet för januari–mars är 3,8 mnkr sämre än periodens budget.",
            C(None, "3,8 mnkr", "-", note="The period against budget in a sentence of its own: a cause."),
        ),
        P(
            "Försämringen sedan februari, 2,6 mnkr, förklaras av att fler personer har beviljats korttidsplats "
            "efter en sjukhusvistelse.",
            F(None, "2,6 mnkr", "-", "volymer"),
        ),
        table,
        Space(8),
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst −9,4 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med sju procent sedan budgeten lades, och andelen brukare "
            "med dubbelbemanning är hög. Kostnaderna för timanställda vikarier under sjukfrånvaro ligger också "
            "över budget.",
            C("Hemtjänst", "−9,4 mnkr", "-", "volymer", "bemanning", "vikarier", "sjukfranvaro"),
        ),
        HP(
            "Särskilt boende (−6,7)",
            "Två avdelningar på det nya boendet i Ödåkra öppnade i januari innan beläggningen var full, vilket ger "
            "tomma platser som ändå kräver grundbemanning. Därtill har livsmedelspriserna stigit mer än "
            "budgeterat.",
            C(
                "Särskilt boende",
                "−6,7",
                "-",
                "volymer",
                "bemanning",
                "prisokningar",
                unit="mnkr",
                note="The heading carries the amount in brackets, unit from the table caption.",
            ),
        ),
        HP(
            "Korttidsvård och växelvård −3,5 mnkr",
            "Korttidsplatserna har varit fullbelagda sedan januari och nämnden har köpt tolv platser av en privat "
            "utförare för att kunna ta emot utskrivningsklara patienter från lasarettet inom tre dagar.",
            C("Korttidsvård och växelvård", "−3,5 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Hälso- och sjukvård +1,8 mnkr",
            "Överskottet beror på att fyra sjukskötersketjänster har varit vakanta under hela perioden. Vakanserna "
            "har delvis täckts med övertid.",
            C("Hälso- och sjukvård", "+1,8 mnkr", "+", "vakanser", "overtid"),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Dagverksamhet och träffpunkter visar ett överskott eftersom två träffpunkter har hållit stängt under "
            "renoveringen av servicehuset på Drottninghög.",
            C(
                "Dagverksamhet och träffpunkter",
                "1,3",
                "+",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="A reason-only surplus: the table row's cell. A renovation closure is ovrigt.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "lägre kostnader för konsulter och utbildning ger ett överskott på 1,3 mnkr.",
            C("Nämnd och förvaltningsledning", "1,3 mnkr", "+", "inhyrd_personal", note="Consultants."),
        ),
        P(
            "Hjälpmedel bedöms hamna i nivå med budget trots ett litet överskott hittills.",
            BP("Hjälpmedel", note="Although the table says 1,0."),
        ),
        H("Intäkter", 3),
        P(
            "Avgiftsintäkterna ligger 0,9 mnkr under budget, eftersom fler brukare har fått sänkt avgift efter "
            "höjda hyror i de särskilda boendena. Underskottet ingår i verksamheternas prognoser ovan.",
            C(
                "Avgiftsintäkter",
                "0,9 mnkr",
                "-",
                "avgifter_intakter",
                note="Revenue under budget: negative. Explained again across the verksamheter: its own item.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av alla beslut om dubbelbemanning i hemtjänsten, beräknad effekt 1,5 mnkr på helår.",
                "Anställningsprövning av alla tjänster inom förvaltningsledningen.",
                "Förhandling med utföraren om ett lägre pris för de köpta korttidsplatserna.",
            ),
            labels=(
                A("Hemtjänst", "1,5 mnkr", "bemanning"),
                A("Nämnd och förvaltningsledning", None, "bemanning"),
                A("Korttidsvård och växelvård", None, "kopt_verksamhet"),
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att statsbidraget för äldreomsorgens bemanning blir lägre än vad som antagits i "
            "prognosen, vilket i så fall kan försämra resultatet med upp till 4 mnkr.",
            O(None, "statsbidrag", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-von-manadsrapport-2026-03.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Vård- och omsorgsnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
