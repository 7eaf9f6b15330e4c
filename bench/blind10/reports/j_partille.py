"""Partille kommun, Omsorgsnämnden, tertialrapport 1 2026 (januari–april).

A care committee's first tertial report, footer with the nämnd's meeting date in May: the full year
("slutar med ett underskott på 6,9 mnkr") and the period ("Efter årets fyra första månader är underskottet
2,8 mnkr, ungefär en tredjedel av helårsprognosen") as two sentences and two causes; an application for
4,0 mnkr from the kommunstyrelse's buffer that the forecast leaves out (reserve talk, other); personnel costs
"med ett överdrag på 5,2 mnkr" with no reason; a verksamhet table in tkr whose last column is the previous
year's year-end deviation, not this year's; headings that carry the verksamhet and its amount in brackets
("Hemtjänst (−3 250 tkr)"), one with a part in tkr that is not the amount ("Av underskottet avser 1 300 tkr
sjuklönekostnader"), one with an action after the cause (its own item), a reason-only surplus "Överskottet
kommer av"; "följer budget" (boilerplate); a handlingsplan with its effect and costs against the previous
year (other). 8 scored causes. Liberation Serif (Times metrics) 10.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Space, Style, Table, Title

from reports.common import BP, HP, A, C, O

HEAD = "The heading carries the verksamhet and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Partille kommun", "Tertialrapport 1 2026 – Omsorgsnämnden"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-05-21, § 38", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(
            ("Verksamhet", "Budget", "Utfall", "Prognos", "Avvikelse", "Avvikelse"),
            ("", "2026", "jan–apr", "2026", "2026", "bokslut 2025"),
        ),
        rows=(
            ("Nämnd och förvaltningsledning", "12 400", "4 020", "12 400", "0", "310"),
            ("Myndighetsenheten", "18 900", "6 080", "18 700", "200", "-150"),
            ("Hemtjänst", "96 300", "33 410", "99 550", "-3 250", "-2 870"),
            ("Särskilt boende", "171 800", "59 680", "175 900", "-4 100", "-5 640"),
            ("Funktionsstöd", "132 600", "42 900", "131 200", "1 400", "820"),
            ("Hälso- och sjukvård", "41 700", "14 610", "42 850", "-1 150", "-960"),
            ("Summa", "473 700", "160 700", "480 600", "-6 900", "-8 490"),
        ),
        widths=(150.0, 56.0, 56.0, 56.0, 58.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Omsorgsnämnden", size=13, font="arial", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Omsorgsnämnden bedömer att helåret slutar med ett underskott på 6,9 mnkr.",
                C(None, "6,9 mnkr", "-"),
            ),
            (
                "Efter årets fyra första månader är underskottet 2,8 mnkr, ungefär en tredjedel av "
                "helårsprognosen.",
                C(None, "2,8 mnkr", "-", note="The period, in a sentence of its own."),
            ),
        ),
        P(
            "Prognosen innefattar inte de 4,0 mnkr som nämnden har ansökt om ur kommunstyrelsens buffert för "
            "ökade volymer inom funktionsstöd. Beviljas medlen minskar underskottet i motsvarande mån.",
            O(None, "reserver", note="An application to the kommunstyrelse's buffer: reserve talk, other."),
        ),
        H("Kostnadsslag", 2),
        P(
            "Sett per kostnadsslag är det personalkostnaderna som avviker, med ett överdrag på 5,2 mnkr. Övriga "
            "kostnadsslag ligger nära budget.",
            C("Personalkostnader", "5,2 mnkr", "-", note="An account group's overrun with no reason."),
        ),
        H("Verksamheterna", 2),
        table,
        Space(4),
        HP(
            "Hemtjänst (−3 250 tkr)",
            "Antalet utförda timmar ligger sju procent över den nivå som budgeten bygger på, framför allt i "
            "kommunens västra delar. Verksamheten har inte kunnat anpassa bemanningen i samma takt, vilket har lett "
            "till mycket mertid.",
            C("Hemtjänst", "−3 250 tkr", "-", "volymer", "bemanning", "overtid", note=HEAD),
        ),
        HP(
            "Särskilt boende (−4 100 tkr)",
            "Bemanningen på demensavdelningarna på Kåsjöhemmet har förstärkts för att möta boende med stora "
            "vårdbehov. Av underskottet avser 1 300 tkr sjuklönekostnader.",
            C(
                "Särskilt boende",
                "−4 100 tkr",
                "-",
                "bemanning",
                "sjukfranvaro",
                note=HEAD + " The 1 300 tkr of sick pay is a part, not the amount.",
            ),
        ),
        HP(
            "Funktionsstöd (+1 400 tkr)",
            "Två planerade platser i den nya gruppbostaden på Furulundsvägen tas i bruk först i september. "
            "Assistansersättningen från Försäkringskassan har dessutom räknats upp mer än budgeterat.",
            C("Funktionsstöd", "+1 400 tkr", "+", "periodisering", "ersattning_fk", note=HEAD),
        ),
        Para(
            (
                (
                    "Kostnaderna för sjuksköterskor från bemanningsföretag under påsken och inför sommaren blir "
                    "högre än planerat, eftersom fyra tjänster har varit vakanta sedan årsskiftet.",
                    C(
                        "Hälso- och sjukvård",
                        "−1 150 tkr",
                        "-",
                        "inhyrd_personal",
                        "vakanser",
                        note=HEAD + " The action after it is its own item.",
                    ),
                ),
                (
                    "Från juni upphör avtalet med bemanningsföretaget, och tre av de vakanta tjänsterna är nu "
                    "tillsatta.",
                    A("Hälso- och sjukvård", None, "inhyrd_personal"),
                ),
            ),
            head="Hälso- och sjukvård (−1 150 tkr)",
            head_level=3,
        ),
        HP(
            "Myndighetsenheten (+200 tkr)",
            "Överskottet kommer av att två handläggare är föräldralediga och att tjänsterna inte ersätts fullt ut.",
            C("Myndighetsenheten", "+200 tkr", "+", "vakanser", note=HEAD),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P("Nämnd och förvaltningsledning följer budget.", BP("Nämnd och förvaltningsledning")),
        H("Handlingsplan för en ekonomi i balans", 2),
        P(
            "Nämnden har antagit en handlingsplan med åtgärder om totalt 3,5 mnkr för resten av året, bland annat "
            "en översyn av nattbemanningen och färre köpta korttidsplatser.",
            A(None, "3,5 mnkr", "bemanning", "kopt_verksamhet"),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna för januari–april är 5,8 procent högre än för samma period 2025. Ökningen förklaras "
            "till stor del av fler hemtjänsttimmar och av lönerevisionen.",
            O(None, "volymer", "lonekostnader", note="Costs against the previous year, not the budget."),
        ),
    ]
    return ReportSpec(
        file="partille-on-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Partille",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Omsorgsnämnden", "author": "Partille kommun"},
        style=style,
        blocks=blocks,
    )
