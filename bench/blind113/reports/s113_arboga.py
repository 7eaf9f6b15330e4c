"""Arboga kommun, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2025.

An elderly-care interim report, footer with the date the nämnd decided it in September: the period "−5,8
miljoner kronor jämfört med periodiserad budget" and the full year "ett underskott mot budget på 8,9 miljoner
kronor" in two sentences, the change since April with its cause (a forecast change); a kostnadsslag table in
tkr with en-dash minus signs (revenue positive, costs negative); plain headings per kostnadsslag: revenue
"överstiger budget med 3,7 mnkr" (positive), personnel "8,6 mnkr högre än budget" with a sick-leave
percentage that is not the amount, a reason-only köp av verksamhet (the row's "–2 750"), two kostnadsslag as
a "respektive" pair ("0,35 respektive 0,9 mnkr"); then two columns of headings carrying the verksamhet and
its amount ("Hemtjänst −4,6 mnkr"), so the deficit is explained twice; an action with its effect,
investments whose whole frame "beräknas förbrukas" (boilerplate) and demography (other). DejaVu Serif 10 pt
with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = (
    "The heading carries the verksamhet and its amount: the deficit explained a second time, by verksamhet."
)


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Arboga kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden", "Beslutad 2025-09-24", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Verksamhetens intäkter", "58 200", "61 900", "3 700"),
            ("Personalkostnader", "–284 500", "–293 100", "–8 600"),
            ("Köp av verksamhet", "–21 300", "–24 050", "–2 750"),
            ("Lokalkostnader", "–38 900", "–39 250", "–350"),
            ("Övriga kostnader", "–27 600", "–28 500", "–900"),
            ("Nettokostnad", "–314 100", "–323 000", "–8 900"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden, januari–augusti", size=12, font="serif", after=14),
        H("Ekonomiskt resultat", 2),
        Para(
            (
                (
                    "Nämnden redovisar för perioden ett resultat på −5,8 miljoner kronor jämfört med periodiserad "
                    "budget.",
                    C(None, "−5,8 miljoner kronor", "-", note="The period, in a sentence of its own."),
                ),
                (
                    "Helårsprognosen är ett underskott mot budget på 8,9 miljoner kronor.",
                    C(None, "8,9 miljoner kronor", "-", note="The full year, in a sentence of its own."),
                ),
                (
                    "Det är en förbättring med 1,4 miljoner kronor jämfört med aprilprognosen, som framför allt "
                    "beror på att statsbidraget för bemanning inom äldreomsorgen blev högre än beräknat.",
                    F(None, "1,4 miljoner kronor", "+", "statsbidrag"),
                ),
            )
        ),
        table,
        H("Intäkter", 3),
        P(
            "Intäkterna överstiger budget med 3,7 mnkr. Riktade statsbidrag till äldreomsorgen har betalats ut med "
            "ett högre belopp än det som budgeterades, och avgiftsintäkterna har ökat när fler bor på särskilt "
            "boende.",
            C("Verksamhetens intäkter", "3,7 mnkr", "+", "statsbidrag", "avgifter_intakter", "volymer"),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna beräknas bli 8,6 mnkr högre än budget. Sjukfrånvaron har legat kring 11 procent "
            "under våren, vilket har krävt timvikarier och övertid, och sommaren bemannades delvis med "
            "sjuksköterskor från bemanningsföretag.",
            C(
                "Personalkostnader",
                "8,6 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "inhyrd_personal",
                note="The sick-leave percentage is not the amount.",
            ),
        ),
        H("Köp av verksamhet", 3),
        P(
            "Nämnden har köpt korttidsplatser av grannkommunerna under den period då Solgårdens korttidsboende var "
            "stängt för ombyggnad.",
            C(
                "Köp av verksamhet",
                "–2 750",
                "-",
                "kopt_verksamhet",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell. A closure for rebuilding is ovrigt.",
            ),
        ),
        H("Lokalkostnader och övriga kostnader", 3),
        P(
            "Lokalkostnaderna och övriga kostnader överskrider budget med 0,35 respektive 0,9 mnkr, framför allt på "
            "grund av högre energipriser och livsmedelspriser.",
            C(
                "Lokalkostnader",
                "0,35",
                "-",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair: two items, same text.",
                also=(C("Övriga kostnader", "0,9 mnkr", "-", "prisokningar"),),
            ),
        ),
        H("Avvikelser per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst −4,6 mnkr",
            "Antalet utförda timmar är 12 procent fler än budgeterat, och det nya planeringsverktyget har ännu inte "
            "gett den effekt på tidsanvändningen som väntades.",
            C("Hemtjänst", "−4,6 mnkr", "-", "volymer", "bemanning", note=HEAD),
        ),
        HP(
            "Särskilt boende −3,1 mnkr",
            "Hög sjukfrånvaro och övertid vid två av boendena, framför allt under våren.",
            C("Särskilt boende", "−3,1 mnkr", "-", "sjukfranvaro", "overtid", note=HEAD),
        ),
        HP(
            "Hälso- och sjukvård −2,0 mnkr",
            "Inhyrda sjuksköterskor under sommaren samt ökade kostnader för hjälpmedel.",
            C("Hälso- och sjukvård", "−2,0 mnkr", "-", "inhyrd_personal", "material_hjalpmedel", note=HEAD),
        ),
        HP(
            "Myndighet och stöd +0,8 mnkr",
            "Vakanta biståndshandläggartjänster under våren.",
            C("Myndighet och stöd", "+0,8 mnkr", "+", "vakanser", note=HEAD),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i juni om en handlingsplan med bland annat en översyn av scheman i hemtjänsten och "
            "minskad användning av inhyrd personal. Effekten beräknas till 2,5 mnkr under hösten.",
            A(None, "2,5 mnkr", "bemanning", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 3,0 mnkr har 0,9 mnkr använts. Hela ramen beräknas förbrukas under hösten när "
            "de nya trygghetslarmen installeras.",
            BP("Investeringar", note="The whole frame is expected to be used: boilerplate."),
        ),
        H("Framtid", 2),
        P(
            "Antalet invånare över 80 år i Arboga ökar med cirka 4 procent per år fram till 2030, vilket ställer "
            "krav på fler platser i särskilt boende.",
            O(None, "volymer", note="Demography, no deviation."),
        ),
    ]
    return ReportSpec(
        file="arboga-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Vård- och omsorgsnämnden", "author": "Arboga kommun"},
        style=style,
        blocks=blocks,
    )
