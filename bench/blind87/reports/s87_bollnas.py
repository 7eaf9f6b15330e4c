"""Bollnäs kommun, Omsorgsnämnden, delårsrapport per 31 augusti 2025 (elderly care).

An elderly-care interim report in DejaVu Sans with U+2212 minus signs, footer with the adoption date in
September: the budget frame as an unlabelled level, then "ett resultat på −12,4 mnkr jämfört med budget", the
change since the tertial report ("en förbättring med 2,0 mnkr", with April's deficit as a level) and the
period "9,1 mnkr sämre än periodiserad budget" in three sentences; a kostnadsslag table; bold run-in
kostnadsslag with a full stop: revenue "2,8 mnkr högre än budgeterat", personnel "överstiger budget med 9,7
mnkr" with four causes, a reason-only purchase of services (the row's "−4,7"), "Enligt budget." (boilerplate)
and "innebär 0,8 mnkr över budget"; then headings that carry the verksamhet and the amount after
an en dash ("Hemtjänst – underskott 6,9 mnkr"), so the deficit is explained twice, one of them with a gross
cost for agency nurses (2,3 mnkr) that is a part; an action with its effect, a risk and net cost growth
against 2024 with "beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        gutter=22.0,
        header=lambda n, m: ("Bollnäs kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Fastställd av omsorgsnämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Resultat per kostnadsslag, mnkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "96,4", "99,2", "2,8"),
            ("Personalkostnader", "−452,1", "−461,8", "−9,7"),
            ("Köp av verksamhet", "−58,3", "−63,0", "−4,7"),
            ("Lokalkostnader", "−44,2", "−44,2", "0,0"),
            ("Övriga kostnader", "−40,4", "−41,2", "−0,8"),
            ("Nettokostnad", "−498,6", "−511,0", "−12,4"),
        ),
        widths=(170.0, 84.0, 84.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Delårsrapport per 31 augusti 2025", size=18, font="sans-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk analys", 2),
        PS(
            ("Omsorgsnämnden har en budgetram på 498,6 mnkr för 2025.", None),
            (
                "Prognosen för helåret pekar på ett resultat på −12,4 mnkr jämfört med budget.",
                C(None, "−12,4 mnkr", "-"),
            ),
            (
                "Det är en förbättring med 2,0 mnkr sedan tertialrapporten, då underskottet bedömdes till 14,4 mnkr.",
                F(None, "2,0 mnkr", "+", note="April's deficit is a level."),
            ),
            (
                "Periodens utfall är 9,1 mnkr sämre än periodiserad budget.",
                C(None, "9,1 mnkr", "-", note="The period in a sentence of its own: its own item."),
            ),
        ),
        table,
        LP(
            "Intäkter.",
            "Intäkterna blir 2,8 mnkr högre än budgeterat tack vare högre omvårdnadsavgifter efter den nya taxan och "
            "ett större statsbidrag för äldreomsorgens kompetenshöjning.",
            C("Intäkter", "2,8 mnkr", "+", "avgifter_intakter", "statsbidrag"),
        ),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna överstiger budget med 9,7 mnkr. Det beror på hög sjukfrånvaro, övertid och "
            "timvikarier under sommaren samt på att nattbemanningen på två särskilda boenden har förstärkts.",
            C("Personalkostnader", "9,7 mnkr", "-", "sjukfranvaro", "overtid", "vikarier", "bemanning"),
        ),
        LP(
            "Köp av verksamhet.",
            "Fler personer har beviljats korttidsplats i extern regi och köpt hemtjänst från privata utförare har "
            "ökat.",
            C(
                "Köp av verksamhet",
                "−4,7",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP("Lokalkostnader.", "Enligt budget.", BP("Lokalkostnader")),
        LP(
            "Övriga kostnader.",
            "Högre livsmedelspriser och fler inköp av förbrukningsmaterial innebär 0,8 mnkr över budget.",
            C("Övriga kostnader", "0,8 mnkr", "-", "prisokningar", "material_hjalpmedel"),
        ),
        H("Verksamheternas resultat", 2),
        HP(
            "Hemtjänst – underskott 6,9 mnkr",
            "Antalet beviljade timmar har i genomsnitt legat 11 procent över budgeterad nivå. Dessutom har bilarna "
            "i hemtjänstgrupperna i Arbrå och Kilafors behövt bytas ut i förtid.",
            C("Hemtjänst", "6,9 mnkr", "-", "volymer", "material_hjalpmedel"),
        ),
        HP(
            "Särskilt boende – underskott 3,2 mnkr",
            "Beläggningen har varit full under hela perioden. Extra nattpersonal och sjukfrånvaro på Björkhagens "
            "boende står för huvuddelen av underskottet.",
            C("Särskilt boende", "3,2 mnkr", "-", "volymer", "bemanning", "sjukfranvaro"),
        ),
        HP(
            "Hälso- och sjukvård – underskott 1,5 mnkr",
            "Bristen på sjuksköterskor har inneburit att bemanningsföretag anlitats under sommaren, till en kostnad "
            "av 2,3 mnkr. Vakanta tjänster har samtidigt gett en lägre lönekostnad.",
            C(
                "Hälso- och sjukvård",
                "1,5 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="The agency cost of 2,3 mnkr is a part: the heading's net deficit is the amount.",
            ),
        ),
        HP(
            "Dagverksamhet och anhörigstöd – överskott 0,4 mnkr",
            "Dagverksamheten i centrala Bollnäs har haft färre besökare än planerat och har hållit stängt i juli.",
            C("Dagverksamhet och anhörigstöd", "0,4 mnkr", "+", "volymer"),
        ),
        HP(
            "Myndighet och administration – underskott 1,2 mnkr",
            "Införandet av ett nytt verksamhetssystem har dragit ut på tiden och licenskostnaderna för det gamla "
            "systemet kvarstår.",
            C("Myndighet och administration", "1,2 mnkr", "-", "it_digitalisering"),
        ),
        H("Åtgärder och prognosrisker", 2),
        P(
            "Nämnden har beslutat att införa heltidsplanering med delade turer i tre hemtjänstgrupper från oktober, "
            "med en beräknad besparing på 0,9 mnkr under 2025.",
            A("Hemtjänst", "0,9 mnkr", "bemanning"),
        ),
        P(
            "Om sjukfrånvaron fortsätter på nuvarande nivå under hösten finns en risk att underskottet ökar med "
            "ytterligare 1–2 mnkr.",
            O(None, "sjukfranvaro", note="A risk: other."),
        ),
        P(
            "Nettokostnaden har ökat med 5,8 procent jämfört med samma period 2024, vilket främst beror på "
            "lönerevisionen och fler hemtjänsttimmar.",
            O(None, "lonekostnader", "volymer", note="Net cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="bollnas-on-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Omsorgsnämnden", "author": "Bollnäs kommun"},
        style=style,
        blocks=blocks,
    )
