"""Lekebergs kommun, Vård- och omsorgsnämnden, bokslut 2025.

An elderly-care year-end report in mnkr with U+2212 minus signs, whose footer carries the nämnd's meeting in
February: the result "−3,9 mnkr jämfört med tilldelad budget", the outcome against the August forecast with
its cause (a forecast change), a kostnadsslag table, personnel costs and revenue in one sentence with "medan"
(two items with their own causes), rents "högre än budget, 0,7 mnkr" (the amount after a comma); then two
columns of headings that carry the verksamhet and the amount in varied forms ("Hemtjänst +1,4 mnkr", "Särskilt
boende (−3,6 mnkr)", "Hemsjukvård och rehabilitering: −1,2 mnkr", "Funktionsstöd + 0,3 mnkr"), so the deficit
is explained twice; investments "ett överskott på 1,4 mnkr"; an action plan with its effect, sick leave
against 2024 and a financing statement (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Lekebergs kommun", "Bokslut 2025 – Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2026-02-17", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, mnkr",
        header=(("Kostnadsslag", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "24,6", "27,1", "+2,5"),
            ("Personalkostnader", "−148,2", "−153,9", "−5,7"),
            ("Köp av verksamhet", "−22,4", "−21,1", "+1,3"),
            ("Lokalhyror", "−18,9", "−19,6", "−0,7"),
            ("Övriga kostnader", "−15,3", "−16,6", "−1,3"),
            ("Nettokostnad", "−180,2", "−184,1", "−3,9"),
        ),
        widths=(160.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="cond", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Vård- och omsorgsnämnden redovisar för 2025 ett resultat på −3,9 mnkr jämfört med tilldelad budget.",
            C(None, "−3,9 mnkr", "-"),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett underskott på 4,6 mnkr. Resultatet blev 0,7 mnkr "
            "bättre än prognosen, främst eftersom vakanta sjukskötersketjänster inte kunde tillsättas under "
            "hösten.",
            F(None, "0,7 mnkr", "+", "vakanser", note="The outcome against the interim forecast."),
        ),
        table,
        P(
            "Personalkostnaderna överskred budget med 5,7 mnkr, framför allt till följd av övertid och inhyrda "
            "sjuksköterskor under sommaren, medan intäkterna blev 2,5 mnkr högre än budgeterat tack vare "
            "statsbidraget för äldreomsorgen.",
            C(
                "Personalkostnader",
                "5,7 mnkr",
                "-",
                "overtid",
                "inhyrd_personal",
                note="Two kostnadsslag in one sentence: two items, each with its own causes.",
                also=(C("Intäkter", "2,5 mnkr", "+", "statsbidrag"),),
            ),
        ),
        P(
            "Även lokalhyrorna blev högre än budget, 0,7 mnkr, sedan hyran för Solgläntan räknades upp när "
            "ventilationen byttes.",
            C("Lokalhyror", "0,7 mnkr", "-", "lokaler"),
        ),
        H("Verksamheternas resultat", 2),
        Columns(2),
        HP(
            "Hemtjänst +1,4 mnkr",
            "Hemtjänsten gick med överskott. Antalet utförda timmar blev lägre än budgeterat efter att flera "
            "brukare flyttat till särskilt boende, och den nya ruttplaneringen har gett en effektivare "
            "planering av personalen.",
            C("Hemtjänst", "+1,4 mnkr", "+", "volymer", "bemanning"),
        ),
        HP(
            "Särskilt boende (−3,6 mnkr)",
            "Underskottet förklaras främst av hög sjukfrånvaro som har ersatts med timvikarier och övertid, och "
            "av att avdelningen med åtta platser på Solgläntan hållits öppen hela året trots att beläggningen "
            "under våren bara var 70 procent.",
            C(
                "Särskilt boende",
                "−3,6 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "volymer",
                note="The heading's amount in brackets; the occupancy percentage is not the amount.",
            ),
        ),
        HP(
            "Hemsjukvård och rehabilitering: −1,2 mnkr",
            "Hyrsjuksköterskor under sommaren och ökade kostnader för hjälpmedel, främst sängar och lyftar, "
            "förklarar underskottet.",
            C("Hemsjukvård och rehabilitering", "−1,2 mnkr", "-", "inhyrd_personal", "material_hjalpmedel"),
        ),
        HP(
            "Funktionsstöd + 0,3 mnkr",
            "En köpt plats i bostad med särskild service avslutades i mars när brukaren flyttade till kommunens "
            "egen gruppbostad.",
            C("Funktionsstöd", "+ 0,3 mnkr", "+", "kopt_verksamhet"),
        ),
        HP(
            "Myndighet och ledning −0,8 mnkr",
            "Det nya verksamhetssystemet för biståndshandläggning medförde licensavgifter och "
            "införandekostnader som inte fanns i budget.",
            C("Myndighet och ledning", "−0,8 mnkr", "-", "it_digitalisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 2,5 mnkr användes till 1,1 mnkr, vilket ger ett överskott på 1,4 mnkr. "
            "Bytet av trygghetslarm till digital teknik skjuts till 2026.",
            C("Investeringar", "1,4 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat om en handlingsplan med minskad användning av timvikarier och en gemensam "
            "bemanningsenhet för särskilt boende. Planen beräknas ge 1,5 mnkr lägre kostnader 2026.",
            A("Särskilt boende", "1,5 mnkr", "vikarier", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 8,9 procent under 2025, en ökning från 8,1 procent året innan.",
            O(None, "sjukfranvaro", note="Against the previous year: other."),
        ),
        P(
            "Nämndens underskott regleras mot kommunens samlade resultat; nämnden har inget eget kapital att ta i "
            "anspråk.",
            O(None, "reserver", note="A financing statement: other."),
        ),
    ]
    return ReportSpec(
        file="lekeberg-von-bokslut-2025.pdf",
        report={
            "municipality": "Lekeberg",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Vård- och omsorgsnämnden", "author": "Lekebergs kommun"},
        style=style,
        blocks=blocks,
    )
