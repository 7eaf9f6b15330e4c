"""Södertälje kommun, Äldrenämnden, tertialrapport 1 2025 (januari–april).

An elderly-care committee's tertial report with headings numbered "1.1" and "2.3" and a header carrying
the report's date in May: an introduction (not labelled), the period outcome against the periodised
budget and the full-year deficit in two sentences (two items), the reasons in a paragraph of their own
after the amount, in the passive ("Underskottet förklaras i huvudsak av tre faktorer", the whole unit's,
amount from the table's total row), the change since February with its cause, a sign note (not labelled),
a table with two header lines holding both the period's deviation and the full year's; then numbered
headings that name the verksamhet only (not part of the item): hemtjänst with the period's and the full
year's deviation in one sentence (the full year's is the amount), särskilt boende in the passive with no
amount and no cue word (the table row's full-year deviation), hälso- och sjukvård with a footnote mark
after its amount and the footnote itself at the foot of the page (not labelled), two verksamheter in one
"respektive" sentence whose shared cause is in the next sentence (two items), a row without a comment; an
action plan with its effect "inte medräknad i prognosen", a risk with a range, hemtjänst hours against
last year (other) and goal figures against target values (not labelled). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

ROW = "Amount from the table row's full-year deviation (mnkr, negative = underskott)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 74.0, 64.0, 70.0),
        header=lambda n, m: ("SÖDERTÄLJE KOMMUN", "Äldrenämnden | 2025-05-14"),
        footer=lambda n, m: ("Tertialrapport 1 2025", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Utfall och prognos per verksamhet, mnkr",
        header=(
            ("", "Utfall", "Avvikelse", "Budget", "Prognos", "Avvikelse"),
            ("Verksamhet", "jan–apr", "jan–apr", "helår", "helår", "helår"),
        ),
        rows=(
            ("Nämnd och ledning", "15,4", "0,6", "48,2", "47,0", "1,2"),
            ("Hemtjänst", "108,9", "−4,1", "312,6", "324,0", "−11,4"),
            ("Särskilt boende", "231,8", "−2,6", "688,4", "695,3", "−6,9"),
            ("Korttidsboende och dagverksamhet", "24,2", "0,3", "74,1", "73,3", "0,8"),
            ("Hälso- och sjukvård", "41,9", "−1,3", "121,9", "123,9", "−2,0"),
            ("Biståndshandläggning", "10,5", "0,3", "32,5", "31,7", "0,8"),
            ("Summa", "432,7", "−6,8", "1 277,7", "1 295,2", "−17,5"),
        ),
        widths=(158.0, 58.0, 62.0, 62.0, 62.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.9, 0.9, 0.9),
    )
    blocks = [
        Title("Tertialrapport 1 2025", size=20, font="cond-bold"),
        Title("Äldrenämnden – uppföljning januari–april", size=11, font="cond", after=12),
        H("1 Sammanfattning", 1),
        P(
            "Äldrenämnden ansvarar för hemtjänst, vård- och omsorgsboenden, korttidsboende, dagverksamhet och den "
            "kommunala hälso- och sjukvården för äldre. Tertialrapporten beskriver nämndens ekonomi, verksamhet och "
            "personal under årets fyra första månader."
        ),
        H("1.1 Ekonomiskt resultat", 2),
        PS(
            (
                "Äldrenämndens utfall för januari–april är 6,8 mnkr sämre än den periodiserade budgeten.",
                C(None, "6,8 mnkr", "-", note="The period outcome against the periodised budget."),
            ),
            (
                "För helåret prognostiseras ett underskott om 17,5 mnkr.",
                C(
                    None,
                    "17,5 mnkr",
                    "-",
                    note="The full-year forecast; its reasons follow in a paragraph of their own.",
                ),
            ),
        ),
        P(
            "Underskottet förklaras i huvudsak av tre faktorer. Volymerna inom hemtjänsten har ökat betydligt mer än "
            "vad som förutsattes i budgeten, fler platser i särskilt boende har behövt köpas av externa utförare och "
            "kostnaderna för sjukfrånvaro har fortsatt att vara höga på flera av de egna boendena.",
            C(
                None,
                "−17,5",
                "-",
                "volymer",
                "kopt_verksamhet",
                "sjukfranvaro",
                unit="mnkr",
                table=True,
                note="The reasons in a paragraph of their own after the amount, in the passive: the whole unit's, "
                "so the amount is the table's total row (full-year deviation).",
            ),
        ),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 3,1 mnkr. Försämringen beror framför allt på "
            "att antalet hemtjänsttimmar har fortsatt att öka under mars och april.",
            F(None, "3,1 mnkr", "-", "volymer"),
        ),
        P(
            "I tabellen anges avvikelser med minustecken när utfall eller prognos är sämre än budget.",
            size=8.5,
        ),
        table,
        H("2 Verksamheternas ekonomi", 1),
        H("2.1 Hemtjänst", 2),
        P(
            "Hemtjänsten har ett ackumulerat underskott på 4,1 mnkr och prognostiserar −11,4 mnkr för helåret. "
            "Antalet utförda hemtjänsttimmar har i genomsnitt legat 9 procent över budgeterad nivå, och andelen "
            "insatser som kräver två medarbetare har ökat. Personalplaneringen har inte kunnat anpassas i samma takt, "
            "vilket har lett till mer övertid.",
            C(
                "Hemtjänst",
                "−11,4 mnkr",
                "-",
                "volymer",
                "bemanning",
                "overtid",
                note="The period's and the full year's deviation in one sentence: the amount is the full year's "
                "(the table's last column); 4,1 mnkr is the period's.",
            ),
        ),
        H("2.2 Särskilt boende", 2),
        P(
            "Under perioden har det i genomsnitt behövts 18 köpta platser i särskilt boende, mot tio i budgeten. "
            "Sjukfrånvaron på Tallbackens och Ängsgårdens boenden har dessutom krävt fler timvikarier än planerat.",
            C(
                "Särskilt boende",
                "−6,9",
                "-",
                "kopt_verksamhet",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                unit="mnkr",
                table=True,
                note=ROW + " Passive voice, no amount and no cue word in the prose.",
            ),
        ),
        H("2.3 Hälso- och sjukvård", 2),
        P(
            "Hälso- och sjukvården redovisar en negativ avvikelse på 2,0 mnkr för helåret¹. Sjuksköterskor från "
            "bemanningsföretag har anlitats under vintern för att täcka vakanta nattpass.",
            C(
                "Hälso- och sjukvård",
                "2,0 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="A footnote mark after the amount; the cause in the next sentence, with no cue word.",
            ),
        ),
        P(
            "¹ Från 2025 redovisas kostnaderna för inhyrda sjuksköterskor under hälso- och sjukvård i stället för "
            "under respektive boende.",
            size=7.5,
        ),
        H("2.4 Övriga verksamheter", 2),
        P(
            "Nämnd och ledning samt biståndshandläggningen visar överskott på 1,2 respektive 0,8 mnkr. Båda förklaras "
            "av tjänster som har stått vakanta under rekryteringen av nya chefer och handläggare.",
            C(
                "Nämnd och ledning",
                "1,2",
                "+",
                "vakanser",
                unit="mnkr",
                note="'Respektive', the shared cause in the next sentence: two items, the whole paragraph each; "
                "'1,2' takes its unit from '0,8 mnkr'.",
                also=(C("Biståndshandläggning", "0,8 mnkr", "+", "vakanser"),),
            ),
        ),
        H("3 Åtgärder", 1),
        P(
            "I mars beslutade nämnden om en handlingsplan för ekonomi i balans. Planen omfattar en översyn av alla "
            "hemtjänstbeslut över 60 timmar per månad, ett gemensamt bemanningsstöd för de egna boendena och en "
            "successiv avveckling av inhyrda sjuksköterskor. Effekten beräknas till 5,5 mnkr för 2025 och är inte "
            "medräknad i prognosen.",
            A(None, "5,5 mnkr", "volymer", "bemanning", "inhyrd_personal"),
        ),
        H("4 Risker och osäkerheter", 1),
        P(
            "Prognosen bygger på att behovet av köpta platser minskar när Solbackens vård- och omsorgsboende öppnar i "
            "september. Skulle öppningen försenas kan kostnaderna bli ytterligare 2–3 mnkr högre.",
            O("Särskilt boende", "kopt_verksamhet", note="Risk, with a range."),
        ),
        H("5 Verksamhet och mål", 1),
        P(
            "I genomsnitt utfördes 41 300 hemtjänsttimmar per månad under perioden, vilket är 3 400 fler än under "
            "samma period 2024.",
            O("Hemtjänst", "volymer", note="A volume against the previous year, not the budget."),
        ),
        P(
            "Två av nämndens fem mål bedöms nå målvärdet för året. Andelen brukare som är nöjda med sin hemtjänst var "
            "86 procent, mot målvärdet 90 procent, och väntetiden till särskilt boende var i genomsnitt 48 dagar mot "
            "målet 30 dagar."
        ),
    ]
    return ReportSpec(
        file="sodertalje-aln-tertialrapport-2025-04.pdf",
        report={
            "municipality": "Södertälje",
            "committee": ["Äldrenämnden"],
            "period": ["2025-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2025 Äldrenämnden", "author": "Södertälje kommun"},
        style=style,
        blocks=blocks,
    )
