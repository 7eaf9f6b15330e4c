"""Region Skåne, Sjukhusstyrelse Skånevård Sint Lucia, månadsrapport oktober 2025.

A hospital board's month report in a region, set in DejaVu Sans 9.5 pt, footer with the board's meeting
date in November: the period "−61,4 miljoner kronor jämfört med periodiserad budget" and the full year's
"underskott mot budget på 78 miljoner kronor" in separate sentences, a forecast change since August with its
cause, the overall reasons in a paragraph of their own (amount null); the result per verksamhetsområde
pasted as an image (no text layer), then headings that carry the area and the amount ("Akut och
internmedicin −29,6 mnkr", "Primärvård och rehabilitering ±0 mnkr" over "bedöms hålla budget"), one with a
hired-staff cost level that is not the amount; kostnadsslag in prose: personnel "42,7 miljoner kronor högre
än budget för perioden", drugs with a cost level before "5,6 miljoner kronor mer än budgeterat", sold care
as a "respektive" pair; an action with its effect and a risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Månadsrapport oktober 2025 – Skånevård Sint Lucia"),
        footer=lambda n, m: ("Sjukhusstyrelsen 2025-11-20", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    image = Table(
        caption="Resultat per verksamhetsområde januari–oktober och helårsprognos, mnkr",
        header=(("Verksamhetsområde", "Avvikelse jan–okt", "Prognos helår"),),
        rows=(
            ("Akut och internmedicin", "−24,1", "−29,6"),
            ("Kirurgi och ortopedi", "−15,0", "−18,3"),
            ("Psykiatri", "−7,9", "−9,1"),
            ("Kvinna, barn och habilitering", "+2,6", "+3,8"),
            ("Primärvård och rehabilitering", "+0,4", "±0"),
            ("Gemensamma funktioner", "−7,1", "−8,2"),
            ("Förvaltningen totalt", "−61,4", "−78,0"),
        ),
        widths=(190.0, 100.0, 100.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, after=3),
        Title("Skånevård Sint Lucia – Sjukhusstyrelsen", size=12, font="body", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Skånevård Sint Lucia redovisar för perioden januari–oktober ett resultat på −61,4 miljoner kronor "
            "jämfört med periodiserad budget.",
            C(None, "−61,4 miljoner kronor", "-", note="The period's deviation, a sentence of its own."),
        ),
        P(
            "Helårsprognosen är ett underskott mot budget på 78 miljoner kronor.",
            C(None, "78 miljoner kronor", "-", note="The full year's deviation, a paragraph of its own."),
        ),
        P(
            "Prognosen har försämrats med 4 miljoner kronor jämfört med augustiprognosen, främst till följd av "
            "högre kostnader för hyrsjuksköterskor under hösten.",
            F(None, "4 miljoner kronor", "-", "inhyrd_personal"),
        ),
        P(
            "Underskottet förklaras i huvudsak av inhyrd personal, höga kostnader för vård i andra regioner och en "
            "vårdproduktion som inte har nått den nivå som ersättningen från hälso- och sjukvårdsnämnden förutsätter.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "volymer",
                note="The overall reasons in a paragraph of their own: amount null.",
            ),
        ),
        image,
        H("Verksamhetsområdenas resultat", 2),
        HP(
            "Akut och internmedicin −29,6 mnkr",
            "Verksamhetsområdet har haft en hög beläggning under hela perioden, i genomsnitt 104 procent, och har "
            "behövt öppna extra vårdplatser som bemannats med inhyrda sjuksköterskor. Kostnaderna för hyrpersonal "
            "uppgår till 14,2 mnkr för perioden.",
            C(
                "Akut och internmedicin",
                "−29,6 mnkr",
                "-",
                "volymer",
                "inhyrd_personal",
                note="The heading carries the amount. The hired-staff cost is a level, not the deviation.",
            ),
        ),
        HP(
            "Kirurgi och ortopedi −18,3 mnkr",
            "Operationsvolymerna har inte nått målen, vilket ger lägre ersättning än budgeterat. Samtidigt har köpt "
            "vård hos privata vårdgivare för att korta köerna kostat mer än planerat.",
            C("Kirurgi och ortopedi", "−18,3 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Psykiatri −9,1 mnkr",
            "Två överläkartjänster är vakanta och täcks med hyrläkare. Avvikelsen beror också på fler "
            "rättspsykiatriska vårddygn hos andra regioner än beräknat.",
            C("Psykiatri", "−9,1 mnkr", "-", "vakanser", "inhyrd_personal", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Kvinna, barn och habilitering +3,8 mnkr",
            "Överskottet kommer främst av vakanta barnmorsketjänster och lägre kostnader för förbrukningsmaterial "
            "än beräknat.",
            C("Kvinna, barn och habilitering", "+3,8 mnkr", "+", "vakanser", "material_hjalpmedel"),
        ),
        HP(
            "Primärvård och rehabilitering ±0 mnkr",
            "Verksamhetsområdet bedöms hålla budget.",
            BP("Primärvård och rehabilitering"),
        ),
        HP(
            "Gemensamma funktioner −8,2 mnkr",
            "Underskottet avser i huvudsak lokalkostnader för den nya vårdbyggnaden, som togs i bruk i mars utan "
            "full budgetkompensation, samt kostnader för införandet av det nya vårdinformationssystemet.",
            C("Gemensamma funktioner", "−8,2 mnkr", "-", "lokaler", "it_digitalisering"),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna, inklusive inhyrd personal, är 42,7 miljoner kronor högre än budget för perioden, "
            "främst till följd av inhyrda sjuksköterskor och övertid under sommaren.",
            C("Personalkostnader", "42,7 miljoner kronor", "-", "inhyrd_personal", "overtid"),
        ),
        P(
            "Läkemedelskostnaderna uppgår till 96 miljoner kronor, vilket är 5,6 miljoner kronor mer än budgeterat, "
            "främst på grund av nya behandlingar inom reumatologin.",
            C(
                "Läkemedel",
                "5,6 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="The cost level before the deviation is not the amount.",
            ),
        ),
        P(
            "Intäkterna från såld somatisk och psykiatrisk vård till andra regioner blev 3,1 respektive 1,4 "
            "miljoner kronor högre än budget.",
            C(
                "Såld somatisk vård",
                "3,1",
                "+",
                "avgifter_intakter",
                unit="mnkr",
                note="A 'respektive' pair: one item per area.",
                also=(C("Såld psykiatrisk vård", "1,4 miljoner kronor", "+", "avgifter_intakter"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusstyrelsen beslutade i september om en handlingsplan för att fasa ut hyrsjuksköterskor inom "
            "akutsjukvården, vilken beräknas minska kostnaderna med 12 miljoner kronor på årsbasis.",
            A("Akut och internmedicin", "12 miljoner kronor", "inhyrd_personal"),
        ),
        H("Risker", 2),
        P(
            "Prognosen är osäker, framför allt när det gäller vintersäsongens beläggning och utfallet av "
            "förhandlingen om ersättning för utomlänsvård.",
            O(None, note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="region-skane-skanevard-sint-lucia-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": [
                "Sjukhusstyrelse Skånevård Sint Lucia",
                "Sjukhusstyrelsen för Skånevård Sint Lucia",
                "Skånevård Sint Lucia",
            ],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Skånevård Sint Lucia", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
