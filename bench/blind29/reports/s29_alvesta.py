"""Alvesta kommun, Socialnämnden, tertialrapport 1 2026 (January to April).

A social committee's first tertial report in mnkr whose result table is pasted as an image (its figures are
not in the text layer), footer with the nämnd's meeting date in May: the full year "ett underskott på 6,8
mnkr, motsvarande 2,1 procent av nämndens budgetram" and the period "överstiger periodiserad budget med 3,0 mnkr"
in separate paragraphs (two items), the change since February with its cause; verksamheter under plain
headings: IFO "beräknar att överskrida budget med 5,4 mnkr" with placements counted ("elva placerade barn
mot sju budgeterade") and an assumption behind the forecast as its own sentence (other), försörjningsstöd
against last year (other) before "15,2 mnkr mot en budget på 13,4 mnkr" (1,8 never written out), two
LSS areas "−1,6 respektive +0,9 mnkr" with each area's reasons in the next sentence (two items with one
text and their own tags), elderly care "ligger 0,6 mnkr över budget", a surplus from a vacant manager's post
with no amount (the image's "1,7" has no text layer: null), missbruksvård that "följer budget"
(boilerplate), and an action whose effect comes only next year. 8 scored causes. Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-italic"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Alvesta kommun", "Socialnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Socialnämnden 2026-05-20", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "24,6", "7,4", "22,9", "1,7"),
            ("Individ- och familjeomsorg", "71,8", "26,1", "77,2", "−5,4"),
            ("Ekonomiskt bistånd", "13,4", "4,9", "15,2", "−1,8"),
            ("Vuxna, missbruk", "9,2", "3,0", "9,2", "0,0"),
            ("Personlig assistans", "38,5", "13,7", "40,1", "−1,6"),
            ("Boende enligt LSS", "52,3", "16,8", "51,4", "0,9"),
            ("Äldreomsorg", "114,0", "38,9", "114,6", "−0,6"),
            ("Summa", "323,8", "110,8", "330,6", "−6,8"),
        ),
        widths=(150.0, 66.0, 72.0, 70.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Socialnämndens prognos för 2026 visar ett underskott på 6,8 mnkr, motsvarande 2,1 procent av nämndens "
            "budgetram.",
            C(None, "6,8 mnkr", "-", note="The percentage of the budget frame is not the amount."),
        ),
        P(
            "Utfallet för januari–april överstiger periodiserad budget med 3,0 mnkr.",
            C(None, "3,0 mnkr", "-", note="The period in a paragraph of its own: a cause."),
        ),
        P(
            "Jämfört med prognosen i februari är det en försämring med 2,2 mnkr, som främst hänger ihop med nya "
            "placeringar av barn och unga under mars och april.",
            F(None, "2,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        image,
        H("Individ- och familjeomsorg", 3),
        PS(
            (
                "Individ- och familjeomsorgen beräknar att överskrida budget med 5,4 mnkr. Kostnaden för placeringar "
                "av barn och unga på HVB och i konsulentstödda familjehem har ökat sedan hösten 2025, och vid "
                "tertialets slut fanns elva placerade barn mot sju budgeterade.",
                C(
                    "Individ- och familjeomsorg",
                    "5,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The counts of placed children are not amounts.",
                ),
            ),
            (
                "Prognosen bygger på att samtliga placeringar fortsätter året ut.",
                O(
                    "Individ- och familjeomsorg",
                    note="An assumption behind the forecast, after the cause: other.",
                ),
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        PS(
            (
                "Utbetalningarna av försörjningsstöd uppgår till 4,9 mnkr för perioden, 12 procent mer än samma "
                "period i fjol.",
                O(
                    "Ekonomiskt bistånd",
                    "ekonomiskt_bistand",
                    note="The period's payments against last year: other.",
                ),
            ),
            (
                "Helårsprognosen för ekonomiskt bistånd är 15,2 mnkr mot en budget på 13,4 mnkr. Fler hushåll har "
                "behövt stöd sedan två större arbetsgivare i kommunen varslade personal i vintras.",
                C(
                    "Ekonomiskt bistånd",
                    "15,2 mnkr mot en budget på 13,4 mnkr",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    value=1_800_000,
                    note="A deficit of 1,8 mnkr never written out: the computed value.",
                ),
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Inom funktionsstöd väntas personlig assistans och boende enligt LSS avvika med −1,6 respektive +0,9 "
            "mnkr. Försäkringskassan har dragit in assistansersättningen för två brukare, vilket kommunen nu bär, "
            "medan en gruppbostad har haft en lägre bemanning under en period med färre boende.",
            C(
                "Personlig assistans",
                "−1,6",
                "-",
                "ersattning_fk",
                unit="mnkr",
                note="A 'respektive' pair with each area's own reason in the next sentence: two items with one "
                "text and their own tags.",
                also=(C("Boende enligt LSS", "+0,9 mnkr", "+", "bemanning", "volymer"),),
            ),
        ),
        H("Äldreomsorg", 3),
        P(
            "Äldreomsorgen ligger 0,6 mnkr över budget. Sjukfrånvaron bland undersköterskorna var hög under januari "
            "och februari, och korttidsfrånvaron har till stor del täckts med övertid.",
            C("Äldreomsorg", "0,6 mnkr", "-", "sjukfranvaro", "overtid"),
        ),
        H("Vuxna, missbruk", 3),
        P("Köpt vård för vuxna med missbruk följer budget.", BP("Vuxna, missbruk")),
        H("Nämnd och administration", 3),
        P(
            "Nämnden och förvaltningsledningen beräknas lämna ett överskott, eftersom tjänsten som socialchef har "
            "varit vakant sedan januari och rekryteringen har dragit ut på tiden.",
            C(
                "Nämnd och administration",
                None,
                "+",
                "vakanser",
                note="A reason-only surplus beside a table pasted as an image: amount null.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har startat ett arbete med att bygga ut öppenvården så att fler barn och unga kan få "
            "insatser på hemmaplan. Arbetet beräknas ge ekonomisk effekt först under 2027.",
            A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
        ),
    ]
    return ReportSpec(
        file="alvesta-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Alvesta",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Alvesta kommun"},
        style=style,
        blocks=blocks,
    )
