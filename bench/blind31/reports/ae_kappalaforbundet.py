"""Käppalaförbundet (kommunalförbund), Förbundsstyrelsen, delårsrapport januari–april 2026.

A wastewater treatment kommunalförbund owned by its member kommuner, in mnkr and tkr: the full year as a level
followed by "hamnar 3,4 mnkr under det budgeterade resultatet på 2,0 mnkr", the period's result as a level with a
timing reason but no budget to compare with (other); a kostnadsslag table with costs as negatives and the
deviation as prognos minus budget; bold run-in kostnadsslag with a full stop: electricity "beräknas därför
överstiga budget med 3,3 mnkr" after a price comparison ("mer än dubbelt så högt"), biogas sales "2,6 mnkr lägre
än budget" after a shutdown, personnel "2,6 mnkr lägre än budgeterat" from vacancies, chemicals with a price
rate and no amount (the table's "−1 500"), sludge "en besparing mot budget på 1,8 mnkr", capital costs with a
reason only (the table's "−400", a finance item with no tag), members' fees that "följer budget"
(boilerplate); an action with its effect, a risk, investments "58 mnkr lägre än budgeterat", equity and treated
volumes against last year (others). 8 scored causes. DejaVu Sans 9.5 pt with condensed headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

ROW = "A reason only: the table row (tkr, prognos minus budget)."
FEES = "Avgifter från medlemskommunerna"
SALES = "Övriga intäkter"


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Käppalaförbundet", "Delårsrapport april 2026"),
        footer=lambda n, m: ("Förbundsstyrelsen 2026-05-28", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            (FEES, "412 000", "137 300", "412 000", "0"),
            (SALES, "18 500", "5 100", "15 900", "−2 600"),
            ("Personalkostnader", "−96 400", "−30 900", "−93 800", "2 600"),
            ("El och energi", "−38 200", "−14 600", "−41 500", "−3 300"),
            ("Kemikalier", "−24 600", "−9 100", "−26 100", "−1 500"),
            ("Slamhantering", "−31 000", "−9 800", "−29 200", "1 800"),
            ("Underhåll och reparationer", "−52 300", "−12 900", "−52 300", "0"),
            ("Kapitalkostnader", "−186 000", "−58 300", "−186 400", "−400"),
            ("Resultat", "2 000", "6 800", "−1 400", "−3 400"),
        ),
        widths=(164.0, 70.0, 76.0, 72.0, 62.0),
        bold_rows=frozenset({8}),
        rules=True,
        shade=(0.88, 0.92, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–april 2026", size=18, font="sans-bold", after=2),
        Title("Käppalaförbundet", size=12.5, font="sans", after=12),
        P(
            "Käppalaförbundet är ett kommunalförbund som renar avloppsvatten från elva medlemskommuner norr och "
            "öster om Stockholm. Verksamheten finansieras med avgifter från medlemskommunerna."
        ),
        H("Resultat och prognos", 2),
        P(
            "Prognosen för helåret är ett resultat på −1,4 mnkr, vilket innebär att förbundet hamnar 3,4 mnkr under "
            "det budgeterade resultatet på 2,0 mnkr.",
            C(
                None,
                "3,4 mnkr",
                "-",
                note="The result and the budgeted result are levels; 'hamnar 3,4 mnkr under'.",
            ),
        ),
        P(
            "Periodens resultat är 6,8 mnkr. Det höga resultatet förklaras av att medlemsavgifterna debiteras i "
            "lika delar varje månad, medan underhållsarbetena till största delen utförs under sommaren och hösten.",
            O(
                None,
                "periodisering",
                note="The period's result as a level with a timing reason, but no periodised budget to compare "
                "with: other.",
            ),
        ),
        P("Avvikelse = prognos minus budget. Kostnader anges med minustecken.", size=8.5),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "El och energi.",
            "Elpriset under januari och februari var mer än dubbelt så högt som i budgeten, och luftningen i den "
            "biologiska reningen kräver mer el när vattnet är kallt. Energikostnaden beräknas därför överstiga "
            "budget med 3,3 mnkr.",
            C(
                "El och energi",
                "3,3 mnkr",
                "-",
                "prisokningar",
                note="'mer än dubbelt så högt' is a price comparison, not the amount.",
            ),
        ),
        LP(
            "Övriga intäkter.",
            "Biogasanläggningen stod still i fem veckor under mars och april för byte av gasklockan, och "
            "försäljningen av fordonsgas blir därför 2,6 mnkr lägre än budget.",
            C(
                SALES,
                "2,6 mnkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="Sales 'lägre än budget': revenue under budget, negative. A shutdown for repair is ovrigt.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Sju tjänster har varit vakanta under perioden, bland annat två processingenjörer, och "
            "personalkostnaderna väntas bli 2,6 mnkr lägre än budgeterat.",
            C("Personalkostnader", "2,6 mnkr", "+", "vakanser"),
        ),
        LP(
            "Kemikalier.",
            "Priset på fällningskemikalier höjdes med 14 procent när det nya avtalet började gälla i januari.",
            C(
                "Kemikalier",
                "−1 500",
                "-",
                "prisokningar",
                unit="tkr",
                table=True,
                note=ROW + " 14 % is a rate.",
            ),
        ),
        LP(
            "Slamhantering.",
            "En större del av slammet än beräknat har kunnat spridas på åkermark i stället för att köras till "
            "jordtillverkning, vilket ger en besparing mot budget på 1,8 mnkr.",
            C(
                "Slamhantering",
                "1,8 mnkr",
                "+",
                "ovrigt",
                note="A cheaper disposal route fits no other tag: ovrigt.",
            ),
        ),
        LP(
            "Kapitalkostnader.",
            "Räntekostnaderna blir något högre än beräknat efter att förbundet tagit upp ett nytt lån i mars.",
            C("Kapitalkostnader", "−400", "-", unit="tkr", table=True, note=ROW + " A finance item: no tag."),
        ),
        LP(
            "Avgifter från medlemskommunerna.",
            "Avgifterna från medlemskommunerna följer budget.",
            BP(FEES),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundet har tecknat ett fastprisavtal för el för perioden juli 2026 till juni 2027. Jämfört med "
            "nuvarande spotpriser bedöms avtalet minska kostnaden med omkring 1,0 mnkr under andra halvåret.",
            A("El och energi", "omkring 1,0 mnkr", "prisokningar"),
        ),
        H("Risker", 2),
        P(
            "Om sommaren blir torr och flödena låga kan slammet inte spridas i den omfattning som prognosen bygger "
            "på, och kostnaden för slamhanteringen blir då högre.",
            O("Slamhantering", note="Risk."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2026 är 384 mnkr, 58 mnkr lägre än budgeterat, eftersom utbyggnaden av "
            "reningssteget för läkemedelsrester har försenats av en överprövad upphandling.",
            C(
                "Investeringar",
                "58 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: positive. 384 mnkr is the forecast level.",
            ),
        ),
        H("Verksamhet och eget kapital", 2),
        P(
            "Under perioden renades 21,4 miljoner kubikmeter avloppsvatten, 8 procent mer än under samma period "
            "2025, till följd av den regniga vintern.",
            O(None, "volymer", note="Treated volume against the previous year, with a reason: other."),
        ),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 96 mnkr.",
            O(None, "reserver", note="Equity."),
        ),
    ]
    return ReportSpec(
        file="kappalaforbundet-delarsrapport-2026-04.pdf",
        report={
            "municipality": ["Käppalaförbundet", "Kommunalförbundet Käppalaförbundet", "Käppala"],
            "committee": ["Förbundsstyrelsen"],
            "period": ["2026-04"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–april 2026 Käppalaförbundet",
            "author": "Käppalaförbundet",
        },
        style=style,
        blocks=blocks,
    )
