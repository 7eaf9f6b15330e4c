"""Västerås stad, Äldrenämnden, tertialrapport 1 2026 (per april).

An elderly-care tertial report in "mnkr", footer with the nämnd's meeting date in May: the period "9,8 mnkr
sämre än periodens budget" and the full year "ett underskott på 24,0 mnkr" with a percentage of the frame in
two sentences (two causes); one kostnadsslag "avviker mest, med 14,8 mnkr över budget" (no reason, no tag); a
table per verksamhet with hyphen-minus; headings that carry the verksamhet and amount in varied forms
("Hemtjänst, −11,4 mnkr", "Korttidsvård +1,8 mnkr", "Myndighetsutövning ±0 mnkr"), one heading's paragraph
followed by a risk sentence (other), one whose paragraph names a part ("hittills till 2,1 mnkr", not the
amount) and one "bedöms hålla budget" (boilerplate); the change since February with its cause; actions as
bullets (one with its effect); home-care users against last year (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Västerås stad  |  Äldrenämnden", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Sammanträde 2026-05-21", "ÄN 2026/00187", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Utfall jan–apr"),),
        rows=(
            ("Hemtjänst", "512,0", "523,4", "-11,4", "176,9"),
            ("Vård- och omsorgsboende", "1 046,5", "1 055,7", "-9,2", "354,2"),
            ("Korttidsvård", "88,3", "86,5", "1,8", "27,9"),
            ("Dagverksamhet", "41,2", "40,3", "0,9", "13,0"),
            ("Hälso- och sjukvård", "172,9", "177,5", "-4,6", "60,3"),
            ("Myndighetsutövning", "64,0", "64,0", "0,0", "21,1"),
            ("Nämnd och förvaltningsgemensamt", "95,1", "96,6", "-1,5", "33,4"),
            ("Summa", "2 020,0", "2 044,0", "-24,0", "686,8"),
        ),
        widths=(170.0, 66.0, 66.0, 66.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Äldrenämnden, Västerås stad", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Äldrenämnden redovisar efter årets första fyra månader ett utfall som är 9,8 mnkr sämre än periodens "
            "budget.",
            C(None, "9,8 mnkr", "-", note="The period against budget, a sentence of its own."),
        ),
        P(
            "Helårsprognosen är ett underskott på 24,0 mnkr, motsvarande 1,1 procent av nämndens budgetram.",
            C(None, "24,0 mnkr", "-", note="The full year; the percentage of the frame is not the amount."),
        ),
        P(
            "Sett per kostnadsslag är det köp av verksamhet som avviker mest, med 14,8 mnkr över budget.",
            C("Köp av verksamhet", "14,8 mnkr", "-", note="An account group named, no reason: no tag."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst, −11,4 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 6 procent sedan budgeten fastställdes, och en större "
            "andel av timmarna utförs av externa utförare inom valfrihetssystemet. Ersättningen per timme till "
            "utförarna räknades dessutom upp med 3,2 procent från januari, mer än nämndens budgeterade "
            "uppräkning.",
            C(
                "Hemtjänst",
                "−11,4 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "prisokningar",
                note=HEAD + " The percentages are not the amount.",
            ),
        ),
        Para(
            (
                (
                    "Underskottet beror främst på höga kostnader för sjuklön och timvikarier på Vallbyhemmet och "
                    "Skultunagården, där sjukfrånvaron under februari och mars låg över 12 procent. Därtill har "
                    "nattbemanningen förstärkts på två enheter för personer med demenssjukdom.",
                    C(
                        "Vård- och omsorgsboende",
                        "−9,2 mnkr",
                        "-",
                        "sjukfranvaro",
                        "vikarier",
                        "bemanning",
                        note=HEAD,
                    ),
                ),
                (
                    "Om sjukfrånvaron inte minskar under sommaren finns en risk att underskottet blir större.",
                    O("Vård- och omsorgsboende", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Vård- och omsorgsboende −9,2 mnkr",
            head_level=3,
        ),
        HP(
            "Korttidsvård +1,8 mnkr",
            "Beläggningen på korttidsenheten Råbyhemmet har varit lägre än planerat, och en avdelning har hållits "
            "stängd under renovering sedan februari.",
            C(
                "Korttidsvård",
                "+1,8 mnkr",
                "+",
                "volymer",
                "ovrigt",
                note=HEAD + " A closure for renovation is ovrigt.",
            ),
        ),
        HP(
            "Dagverksamhet +0,9 mnkr",
            "Två tjänster som undersköterska har varit vakanta sedan årsskiftet.",
            C("Dagverksamhet", "+0,9 mnkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Hälso- och sjukvård −4,6 mnkr",
            "Kostnaderna för inhyrda sjuksköterskor från bemanningsföretag uppgår hittills till 2,1 mnkr, och till "
            "detta kommer ökade kostnader för inkontinenshjälpmedel.",
            C(
                "Hälso- och sjukvård",
                "−4,6 mnkr",
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                note=HEAD + " The 2,1 mnkr so far is a part, not the amount.",
            ),
        ),
        HP(
            "Myndighetsutövning ±0 mnkr",
            "Verksamheten bedöms hålla budget för året.",
            BP("Myndighetsutövning"),
        ),
        HP(
            "Nämnd och förvaltningsgemensamt −1,5 mnkr",
            "Införandet av det nya verksamhetssystemet för social dokumentation har blivit dyrare än planerat, med "
            "dubbla licenskostnader under övergångsperioden.",
            C("Nämnd och förvaltningsgemensamt", "−1,5 mnkr", "-", "it_digitalisering", note=HEAD),
        ),
        H("Förändring jämfört med föregående prognos", 2),
        P(
            "Helårsprognosen har försämrats med 7,2 mnkr sedan februariprognosen, främst på grund av ökningen av "
            "hemtjänsttimmar.",
            F(None, "7,2 mnkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Översyn av nattbemanningen på samtliga vård- och omsorgsboenden, med en beräknad effekt på 2,0 mnkr "
                "för helåret.",
                "Ett gemensamt arbete med Region Västmanland för att minska behovet av inhyrda sjuksköterskor.",
            ),
            labels=(
                A("Vård- och omsorgsboende", "2,0 mnkr", "bemanning"),
                A("Hälso- och sjukvård", None, "inhyrd_personal"),
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet personer med hemtjänst var i april 2 914, vilket är 143 fler än i april 2025.",
            O("Hemtjänst", "volymer", note="Users against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vasteras-an-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Äldrenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Äldrenämnden", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
