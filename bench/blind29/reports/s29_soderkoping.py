"""Söderköpings kommun, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2025.

An elderly-care committee's interim report in tkr and mnkr, footer with the nämnd's meeting date in
September: the period's and the full year's deviation in one sentence ("1,9 mnkr sämre än periodiserad budget
och prognostiserar för helåret ett underskott om 4,6 mnkr", the full year's is the amount) with the reasons in
the next sentence (the same item); a kostnadsslag table whose reading note says deficits are in brackets
("(3 480)"); bold run-in kostnadsslag with a full stop: income with reasons only (the row's "1 700"),
personnel costs "Här finns nämndens största avvikelse, −3,5 mnkr" (the prose, not the row's "(3 480)"),
purchased care with reasons only ("1 200"), premises with reasons only ("(820)", a bracketed deficit) and
other costs "överskrids med 3,2 mnkr"; the same deficit by verksamhet in one sentence with a "respektive" pair
and a third area (three items with one text); the change since the tertial report, an action plan with its
effect that is not in the forecast, home-care hours against last year (other) and investments that "beräknas
användas fullt ut" (boilerplate). DejaVu Sans 9 pt, the whole report in two columns.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only: the table row's cell as printed (tkr, brackets for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Söderköpings kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-09-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"), ("", "2025", "2025", "")),
        rows=(
            ("Intäkter", "38 400", "40 100", "1 700"),
            ("Personalkostnader", "−196 300", "−199 780", "(3 480)"),
            ("Köp av verksamhet", "−21 500", "−20 300", "1 200"),
            ("Lokalkostnader", "−24 600", "−25 420", "(820)"),
            ("Övriga kostnader", "−18 200", "−21 400", "(3 200)"),
            ("Nettokostnad", "−222 200", "−226 800", "(4 600)"),
        ),
        widths=(80.0, 50.0, 52.0, 45.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=7.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="sans", after=12),
        Columns(2),
        H("Ekonomisk uppföljning", 1),
        P(
            "Nämnden redovisar för perioden ett resultat som är 1,9 mnkr sämre än periodiserad budget och "
            "prognostiserar för helåret ett underskott om 4,6 mnkr. Underskottet förklaras i huvudsak av att "
            "efterfrågan på hemtjänst har ökat snabbare än demografin förutsåg och av höga sjuklönekostnader under "
            "vårens influensaperiod.",
            C(
                None,
                "4,6 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                note="Period and full year in one sentence (the full year's is the amount), the reasons in the "
                "next sentence: one item.",
            ),
        ),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 1,8 mnkr, vilket främst beror på den ökade "
            "volymen i hemtjänsten under sommaren.",
            F(None, "1,8 mnkr", "-", "volymer"),
        ),
        P("Negativa avvikelser anges inom parentes i tabellen nedan.", None, size=8.5),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter.",
            "Statsbidraget för äldreomsorgens kompetenslyft blev högre än vad som budgeterades, och "
            "omvårdnadsavgifterna följer den högre volymen i hemtjänsten.",
            C(
                "Intäkter",
                "1 700",
                "+",
                "statsbidrag",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Personalkostnader.",
            "Här finns nämndens största avvikelse, −3,5 mnkr. Sjuklönekostnaderna under februari och mars var höga "
            "och korttidsfrånvaron har krävt timvikarier och övertid, samtidigt som hemtjänsten har behövt fler "
            "medarbetare.",
            C(
                "Personalkostnader",
                "−3,5 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "volymer",
                note="The prose's rounded −3,5 mnkr is the amount (the row says (3 480)).",
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Färre personer än beräknat har behövt en köpt korttidsplats utanför kommunen.",
            C(
                "Köp av verksamhet",
                "1 200",
                "+",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Hyran för det nya trygghetsboendet Kvarnbacken började löpa två månader innan verksamheten flyttade in.",
            C(
                "Lokalkostnader",
                "(820)",
                "-",
                "lokaler",
                "periodisering",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Inköp av larm och hjälpmedel, bland annat nya digitala trygghetslarm, och högre livsmedelspriser i "
            "köken på de särskilda boendena gör att kontogruppen överskrids med 3,2 mnkr.",
            C("Övriga kostnader", "3,2 mnkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        H("Avvikelse per verksamhet", 2),
        P(
            "Hemtjänsten och särskilt boende avviker med −3,9 respektive −1,4 mnkr, medan hälso- och sjukvården "
            "lämnar ett överskott på 0,7 mnkr.",
            C(
                "Hemtjänst",
                "−3,9",
                "-",
                unit="mnkr",
                note="A 'respektive' pair and a third area in one sentence: three items, no reasons given.",
                also=(
                    C("Särskilt boende", "−1,4 mnkr", "-"),
                    C("Hälso- och sjukvård", "0,7 mnkr", "+"),
                ),
            ),
        ),
        P(
            "Antalet beviljade hemtjänsttimmar var 11 400 i augusti, vilket är 9 procent fler än i augusti 2024.",
            O("Hemtjänst", "volymer", note="Volumes against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i juni om en handlingsplan som bland annat innebär att alla vikariebeställningar "
            "prövas av enhetschef och att schemana i hemtjänsten ses över. Effekten beräknas till 1,0 mnkr under "
            "hösten och ingår inte i prognosen.",
            A(None, "1,0 mnkr", "vikarier", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram om 2,5 mnkr beräknas användas fullt ut, främst till nya sängar och lyftar på "
            "de särskilda boendena.",
            BP("Investeringar", note="An investment budget that is used in full: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="soderkoping-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Söderköping",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Vård- och omsorgsnämnden",
            "author": "Söderköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
