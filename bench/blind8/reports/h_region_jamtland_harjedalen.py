"""Region Jämtland Härjedalen, Regionstyrelsen, månadsrapport april 2026.

A region's whole-organisation month report in "miljoner kronor" with en dashes as minus signs ("–152"),
whose footer carries the regionstyrelse's meeting date in May: the accumulated result against budget and
against the previous year in one sentence, then the full year "105 miljoner kronor sämre än budget" (one
item, the full year's is the amount); one sentence that splits the full year into three verksamheter with
their own amounts and opposite directions (three items, same text); a result table pasted as an image (no
text layer, so every amount lives in the prose); then sections per area with the period's deviations:
personnel costs "38 miljoner kronor högre än budget …, varav inhyrd personal 29" (one item), bought
regional care "21 miljoner kronor över budget", drugs that "avviker inte nämnvärt från budget"
(boilerplate), patient fees "cirka 4 miljoner kronor lägre än budgeterat, vilket kan härledas till" a fee
exemption, and health care's own change since March with its cause; public transport "ett positivt utfall
jämfört med budget" with no amount anywhere (amount null); tax revenue and the finance net in one sentence
(two items, no tags); year-on-year comparisons of net costs and revenue (two others, the second with
"främst på grund av"), liquidity "beror främst på" (other), an action with no amount and staff numbers
against last year (other). DejaVu Sans 9.5 pt with DejaVu Serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Jämtland Härjedalen", "Månadsrapport april 2026"),
        footer=lambda n, m: ("Regionstyrelsen 2026-05-26", "Dnr RS/412/2026", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, mnkr",
        header=(
            ("Verksamhetsområde", "Utfall", "Budget", "Avvikelse", "Prognos avv."),
            ("", "jan–apr", "jan–apr", "jan–apr", "helår"),
        ),
        rows=(
            ("Hälso- och sjukvård", "–498", "–451", "–47", "–152"),
            ("Regional utveckling", "–96", "–99", "3", "12"),
            ("Regiongemensamt och finansförvaltning", "612", "595", "17", "35"),
            ("Resultat", "18", "45", "–27", "–105"),
        ),
        widths=(190.0, 62.0, 62.0, 70.0, 76.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.92, 0.88),
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport april 2026", size=19, font="serif-bold", after=4),
        Title("Region Jämtland Härjedalen – Regionstyrelsen", size=11.5, font="sans", after=12),
        H("Sammanfattning", 1),
        P(
            "Regionens ackumulerade resultat till och med april uppgick till 18 miljoner kronor, vilket var 27 "
            "miljoner kronor sämre än budget men 9 miljoner kronor bättre än samma period föregående år. För helåret "
            "prognostiseras ett resultat på –45 miljoner kronor, vilket är 105 miljoner kronor sämre än budget.",
            C(
                None,
                "105 miljoner kronor",
                "-",
                note="The period against budget (and last year) and the full year against budget in one paragraph "
                "about the whole region: one item, the full year's is the amount.",
            ),
        ),
        P(
            "Hälso- och sjukvården har en prognos på –152 miljoner kronor mot budget, medan regional utveckling "
            "beräknas ge ett överskott på 12 miljoner kronor och finansförvaltningen ett överskott på 35 miljoner "
            "kronor.",
            C(
                "Hälso- och sjukvård",
                "–152 miljoner kronor",
                "-",
                note="One sentence splits the full year into three areas with their own amounts (en dash as "
                "minus): three items, same text.",
                also=(
                    C("Regional utveckling", "12 miljoner kronor", "+"),
                    C("Finansförvaltningen", "35 miljoner kronor", "+"),
                ),
            ),
        ),
        table,
        H("Hälso- och sjukvård", 2),
        P(
            "Personalkostnaderna i hälso- och sjukvården var 38 miljoner kronor högre än budget till och med april, "
            "varav inhyrd personal 29 miljoner kronor. Bristen på specialistsjuksköterskor och läkare i Härjedalen "
            "och vid Östersunds sjukhus gör att inhyrningen från bemanningsföretag fortsätter.",
            C(
                "Personalkostnader",
                "38 miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="The period's deviation (no full-year figure given); 'varav' is a part. " + IMAGE,
            ),
        ),
        P(
            "Köpt riks- och regionvård ligger 21 miljoner kronor över budget för perioden, främst beroende på att fler "
            "patienter har remitterats till Norrlands universitetssjukhus för thoraxkirurgi.",
            C("Köpt riks- och regionvård", "21 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        P("Läkemedelskostnaderna avviker inte nämnvärt från budget.", BP("Läkemedel")),
        P(
            "Patientavgifterna var cirka 4 miljoner kronor lägre än budgeterat, vilket kan härledas till att "
            "avgiftsfriheten för patienter över 85 år infördes utan att budgeten justerades.",
            C("Patientavgifter", "cirka 4 miljoner kronor", "-", "avgifter_intakter"),
        ),
        P(
            "Hälso- och sjukvårdens helårsprognos har försämrats med 22 miljoner kronor jämfört med mars, eftersom "
            "sommarens bemanning kräver mer inhyrd personal än planerat.",
            F("Hälso- och sjukvård", "22 miljoner kronor", "-", "inhyrd_personal", "bemanning"),
        ),
        H("Regional utveckling", 2),
        P(
            "Kollektivtrafiken visar ett positivt utfall jämfört med budget, då biljettintäkterna har ökat mer än "
            "väntat sedan de nya regionbusslinjerna mellan Östersund och Åre startade i januari.",
            C(
                "Kollektivtrafik",
                None,
                "+",
                "avgifter_intakter",
                "volymer",
                note="No amount anywhere (the table is an image and has no row for kollektivtrafik): null.",
            ),
        ),
        H("Finansförvaltning", 2),
        P(
            "Skatteintäkterna och de generella statsbidragen beräknas bli 24 miljoner kronor högre än budget enligt "
            "SKR:s aprilprognos, och finansnettot förbättras med 11 miljoner kronor tack vare högre avkastning i "
            "pensionsportföljen.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "24 miljoner kronor",
                "+",
                note="Two finance items with their own amounts in one sentence: two items, no cause tags.",
                also=(C("Finansnetto", "11 miljoner kronor", "+"),),
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnadsutvecklingen till och med april var 3,4 procent, vilket är 58 miljoner kronor mer än samma "
            "period 2025. Kostnaden för inhyrd personal har ökat med 12 miljoner kronor och uppgick till 61 miljoner "
            "kronor.",
            O(None, "inhyrd_personal", note="Against the previous year, not the budget."),
        ),
        P(
            "Verksamhetens intäkter var 15 miljoner kronor högre än föregående år, främst på grund av ökade riktade "
            "statsbidrag.",
            O(None, "statsbidrag", note="Against the previous year, with a cause cue: other."),
        ),
        H("Likviditet", 2),
        P(
            "Likviditeten har sedan årsskiftet förbättrats med 96 miljoner kronor, vilket främst beror på att riktade "
            "statsbidrag har betalats ut i förskott.",
            O(None, note="Liquidity with 'beror på': other."),
        ),
        H("Åtgärder", 2),
        P(
            "Regionstyrelsen har gett regiondirektören i uppdrag att ta fram en handlingsplan för en ekonomi i balans "
            "2027, som ska redovisas för styrelsen i juni.",
            A(None, None, note="An action with no amount."),
        ),
        H("Personal", 2),
        P(
            "Antalet årsarbetare har ökat med 41 jämfört med april 2025, vilket främst beror på nyanställda "
            "sjuksköterskor inom den nära vården.",
            O(None, note="Staff numbers against the previous year with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="region-jamtland-harjedalen-rs-manadsrapport-2026-04.pdf",
        report={
            "municipality": "Region Jämtland Härjedalen",
            "committee": ["Regionstyrelsen"],
            "period": ["2026-04"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport april 2026 Regionstyrelsen",
            "author": "Region Jämtland Härjedalen",
        },
        style=style,
        blocks=blocks,
    )
