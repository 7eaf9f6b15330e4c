"""Höglandsförbundet (kommunalförbund: IT, lön, överförmyndare and e-arkiv for six kommuner), Direktionen,
tertialrapport 1 2026.

A shared-services kommunalförbund's first tertial report, footer with the direktion's meeting date in May: the
year's result "+1,1 mnkr … att jämföra med ett budgeterat nollresultat" (the level is the deviation), the period
"2,3 mnkr bättre än periodiserad budget" after the period's level (2,8 mnkr, not the amount) with its timing
reason in the next sentence (one item), "Prognosen är oförändrad jämfört med februari" (a boilerplate forecast
change); a table with separate "Överskott" and "Underskott" columns, both unsigned, so the column says the
direction; bold run-in verksamheter whose leads carry the amount after a comma ("IT-verksamhet, underskott 900
tkr.") or not: licence prices in percent and consultants, lönecenter "stannar vid cirka 0,7 mnkr" with vacancies
and overtime pulling opposite ways, the överförmyndare's reason only with the previous level in brackets (the
table's "450" in the Underskott column, negative), kansli's reason only (the table's "350", positive), member
revenue "1,4 mnkr högre än budget", e-arkiv "följer budget" (boilerplate); investments "0,8 mnkr över budget"
from a brought-forward replacement; an action without an effect and equity with a repayment rule (other).
DejaVu Sans 9.5 pt.

The place is real (a kommunalförbund of Aneby, Eksjö, Nässjö, Sävsjö, Tranås and Vetlanda); every figure, event
and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O

ROW = "A reason only: the table row's cell (tkr); the column (Överskott/Underskott) gives the direction."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Höglandsförbundet", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-21", "Dnr HF 2026/19", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Överskott", "Underskott"),),
        rows=(
            ("Kansli och ledning", "6 200", "5 850", "350", ""),
            ("IT-verksamhet", "78 400", "79 300", "", "900"),
            ("Lönecenter", "14 600", "13 900", "700", ""),
            ("Överförmyndarenhet", "9 800", "10 250", "", "450"),
            ("E-arkiv", "3 100", "3 100", "", ""),
            ("Intäkter från medlemskommunerna", "−112 100", "−113 500", "1 400", ""),
            ("Resultat", "0", "−1 100", "2 450", "1 350"),
        ),
        widths=(172.0, 62.0, 62.0, 64.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Höglandsförbundet – januari–april", size=12, font="sans", after=12),
        P(
            "Höglandsförbundet är ett kommunalförbund som ansvarar för IT-drift, löneadministration, "
            "överförmyndarverksamhet och e-arkiv åt Aneby, Eksjö, Nässjö, Sävsjö, Tranås och Vetlanda kommuner."
        ),
        H("Ekonomisk översikt", 2),
        P(
            "Förbundet prognostiserar ett resultat på +1,1 mnkr för 2026, att jämföra med ett budgeterat "
            "nollresultat.",
            C(
                None,
                "+1,1 mnkr",
                "+",
                note="Against a budgeted zero result the result level is the deviation.",
            ),
        ),
        P(
            "Efter april är resultatet 2,8 mnkr, vilket är 2,3 mnkr bättre än periodiserad budget. Det beror till "
            "största delen på att licensfakturorna för helåret kommer i maj och juni.",
            C(
                None,
                "2,3 mnkr",
                "+",
                "periodisering",
                "it_digitalisering",
                note="The period: the level 2,8 is not the deviation; the timing reason in the next sentence.",
            ),
        ),
        P("Prognosen är oförändrad jämfört med februari.", BF(None)),
        table,
        P(
            "Kostnader och intäkter i tkr. Överskott och underskott anges utan tecken i respektive kolumn. "
            "Intäkter redovisas med minustecken.",
            size=8.0,
        ),
        H("Verksamheterna", 2),
        LP(
            "IT-verksamhet, underskott 900 tkr.",
            "Priserna på programvarulicenser och molntjänster har räknats upp med mellan 8 och 12 procent, medan "
            "budgeten byggde på 3 procent. Två konsulter har dessutom hyrts in för flytten av e-postsystemet.",
            C(
                "IT-verksamhet",
                "underskott 900 tkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                "inhyrd_personal",
                note="The run-in lead carries the amount after a comma; the percentages are price rises.",
            ),
        ),
        LP(
            "Lönecenter.",
            "Två lönehandläggare har gått i pension och tjänsterna tillsätts först efter sommaren. Överskottet stannar "
            "vid cirka 0,7 mnkr, eftersom övertid används under de tyngsta löneperioderna.",
            C("Lönecenter", "cirka 0,7 mnkr", "+", "vakanser", "overtid"),
        ),
        LP(
            "Överförmyndarenhet.",
            "Antalet ställföreträdarskap har ökat till 1 240 (1 170 vid årsskiftet), och arvodena till gode män och "
            "förvaltare som kommunerna inte kan ta ut av huvudmännen ökar i samma takt.",
            C(
                "Överförmyndarenhet",
                "450",
                "-",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW + " The bracketed count is the level at the turn of the year.",
            ),
        ),
        LP(
            "Kansli och ledning.",
            "Lägre kostnader för direktionens sammanträden och för revisionen.",
            C("Kansli och ledning", "350", "+", "ovrigt", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Intäkter.",
            "Intäkterna blir 1,4 mnkr högre än budget, när Vetlanda kommun från mars köper löneadministration även för "
            "sitt helägda bostadsbolag.",
            C("Intäkter från medlemskommunerna", "1,4 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP("E-arkiv.", "Verksamheten följer budget.", BP("E-arkiv")),
        H("Investeringar", 2),
        P(
            "Förbundets investeringar i servrar och nätverk prognostiseras till 7,2 mnkr, vilket är 0,8 mnkr över "
            "budget. Utbytet av brandväggar har tidigarelagts från 2027 efter en säkerhetsincident i februari.",
            C(
                "Investeringar",
                "0,8 mnkr",
                "-",
                "it_digitalisering",
                "periodisering",
                note="An investment overrun.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundschefen i uppdrag att omförhandla licensavtalen inför 2027 och att pröva om "
            "fler tjänster kan driftas i egen regi.",
            A("IT-verksamhet", None, "it_digitalisering", note="An action without an effect."),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgår till 8,6 mnkr. Ett överskott vid årets slut återbetalas till "
            "medlemskommunerna i förhållande till deras andelar.",
            O(None, "reserver", note="Equity and the repayment rule: other."),
        ),
    ]
    return ReportSpec(
        file="hoglandsforbundet-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Höglandsförbundet", "Kommunalförbundet Höglandsförbundet"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Höglandsförbundet", "author": "Höglandsförbundet"},
        style=style,
        blocks=blocks,
    )
