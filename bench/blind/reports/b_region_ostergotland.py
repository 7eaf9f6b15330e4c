"""Region Östergötland, Regionstyrelsen (hälso- och sjukvård), delårsrapport januari–augusti 2025.

A region's interim report in mnkr: the period deviation and the full-year forecast, a forecast change
in the same paragraph (two items), läkemedel and hyrpersonal as cost items in prose, a year-on-year
hyrpersonal figure with "beror på" (other), then a comment table per centrum (centrum | deviation |
comment) whose comments are the explanations and whose amounts live only in the deviation column
(one row "Verksamheten bedöms hålla budget", boilerplate), an investment deviation for medicinteknisk
utrustning (lower spending than the investeringsbudget because of delayed deliveries), an action and
an unlabelled accessibility KPI. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "Amount from the comment table's deviation column (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        heading_sizes=(14.0, 11.0, 10.0),
        margins=(60.0, 72.0, 60.0, 70.0),
        header=lambda n, m: ("Region Östergötland", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Regionstyrelsen – hälso- och sjukvård", "", f"{n}({m})"),
        rule_under_header=True,
    )
    centres = CommentTable(
        header=("Centrum", "Avvikelse, mnkr", "Kommentar"),
        rows=(
            (
                ("Centrum för kirurgi", "−64"),
                "Operationsavdelningarna har inte kunnat bemannas fullt ut på grund av vakanta "
                "operationssjuksköterskor, och köpt vård hos privata vårdgivare har ökat för att klara "
                "vårdgarantin inom ortopedi.",
                C(
                    "Centrum för kirurgi",
                    "−64",
                    "-",
                    "vakanser",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Centrum för medicin", "−58"),
                "Överbeläggningar på medicinklinikerna har krävt extra personal och övertid. "
                "Läkemedelskostnaderna inom hematologi och reumatologi överstiger budget.",
                C(
                    "Centrum för medicin",
                    "−58",
                    "-",
                    "volymer",
                    "overtid",
                    "material_hjalpmedel",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Medicines tagged material_hjalpmedel.",
                ),
            ),
            (
                ("Centrum för psykiatri", "−47"),
                "Höga kostnader för hyrläkare inom vuxenpsykiatrin samt för rättspsykiatriska vårdplatser i "
                "andra regioner.",
                C(
                    "Centrum för psykiatri",
                    "−47",
                    "-",
                    "inhyrd_personal",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Primärvårdscentrum", "−39"),
                "Hyrläkare vid sex vårdcentraler i västra länsdelen samt fler listade patienter med stora "
                "vårdbehov än vad ersättningsmodellen förutsåg.",
                C(
                    "Primärvårdscentrum",
                    "−39",
                    "-",
                    "inhyrd_personal",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Centrum för diagnostik", "+9"),
                "Vakanta tjänster inom klinisk kemi och lägre kostnader för reagenser efter en ny upphandling.",
                C(
                    "Centrum för diagnostik",
                    "+9",
                    "+",
                    "vakanser",
                    "material_hjalpmedel",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Centrum för barn och kvinnor", "0"),
                "Verksamheten bedöms hålla budget.",
                BP("Centrum för barn och kvinnor", "0", unit="mnkr", table=True),
            ),
            (
                ("Gemensamt hälso- och sjukvård", "−46"),
                "Läkemedel inom förmånen, som budgeteras gemensamt, överstiger budget. Riktade statsbidrag som "
                "ännu inte har fördelats till centrumen minskar underskottet.",
                C(
                    "Gemensamt hälso- och sjukvård",
                    "−46",
                    "-",
                    "material_hjalpmedel",
                    "statsbidrag",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Undistributed grants offset the medicines overrun.",
                ),
            ),
            (("Summa", "−245"), "", None),
        ),
        widths=(150.0, 70.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="cond-bold"),
        Title("Regionstyrelsen – hälso- och sjukvård", size=13, font="cond", after=14),
        H("Sammanfattning", 1),
        P(
            "Hälso- och sjukvårdens resultat för perioden januari–augusti uppgår till −214 mnkr, vilket är 168 "
            "mnkr sämre än periodiserad budget.",
            C(None, "168 mnkr", "-", note="Period result −214 mnkr; 168 mnkr is the deviation."),
        ),
        PS(
            (
                "För helåret prognostiseras ett underskott mot budget på 245 mnkr. Läkemedel och hyrpersonal "
                "svarar tillsammans för mer än hälften av avvikelsen.",
                C(None, "245 mnkr", "-", "material_hjalpmedel", "inhyrd_personal"),
            ),
            (
                "Prognosen är 30 mnkr sämre än i tertialrapporten per april.",
                F(None, "30 mnkr", "-"),
            ),
        ),
        H("Kostnadsutveckling", 1),
        H("Läkemedel", 3),
        P(
            "Läkemedelskostnaderna beräknas överskrida budget med 92 mnkr. Fler patienter behandlas med nya "
            "läkemedel mot cancer och ögonsjukdomar, och förskrivningen av diabetesläkemedel har ökat mer än "
            "beräknat.",
            C("Läkemedel", "92 mnkr", "-", "material_hjalpmedel", "volymer"),
        ),
        H("Hyrpersonal", 3),
        P(
            "Kostnaderna för inhyrda läkare och sjuksköterskor väntas bli 71 mnkr högre än budgeterat. Behovet "
            "är störst inom psykiatrin och vid vårdcentralerna i västra länsdelen, där flera "
            "specialistläkartjänster är vakanta.",
            C("Hyrpersonal", "71 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        P(
            "Jämfört med samma period 2024 har kostnaderna för hyrpersonal minskat med 12 procent, vilket beror "
            "på att avtalen för hyrsjuksköterskor inom slutenvården har avslutats.",
            O("Hyrpersonal", "inhyrd_personal", note="Year-on-year comparison with 'beror på'."),
        ),
        H("Resultat per centrum", 1),
        P("Tabellen visar respektive centrums prognostiserade avvikelse mot budget för helåret."),
        centres,
        H("Investeringar", 1),
        P(
            "Investeringsbudgeten för medicinteknisk utrustning uppgår till 310 mnkr för 2025. Utgifterna "
            "beräknas bli 85 mnkr lägre än budgeterat, eftersom leveranserna av två datortomografer och "
            "utrustningen till den nya operationsavdelningen har försenats till 2026.",
            C(
                "Medicinteknisk utrustning",
                "85 mnkr",
                "+",
                "periodisering",
                note="Investering: spending under the investment budget (delayed deliveries).",
            ),
        ),
        H("Åtgärder", 1),
        P(
            "Från och med september ska varje förlängning av ett avtal med bemanningsföretag godkännas av "
            "hälso- och sjukvårdsdirektören.",
            A("Hyrpersonal", None, "inhyrd_personal"),
        ),
        H("Tillgänglighet", 1),
        P(
            "Andelen patienter som fick ett första besök i den specialiserade vården inom 90 dagar var 68 "
            "procent i augusti. Regionens mål är 80 procent."
        ),
    ]
    return ReportSpec(
        file="region-ostergotland-rs-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Östergötland",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Regionstyrelsen hälso- och sjukvård",
            "author": "Region Östergötland",
        },
        style=style,
        blocks=blocks,
    )
