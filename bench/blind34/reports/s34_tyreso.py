"""Tyresö kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report whose result table is pasted as an image (no text layer),
footer with the nämnd's meeting date in February: the result "ett överskott på drygt två miljoner kronor
jämfört med budget" in words, the outcome against the interim report's forecast with its cause and no amount
(the difference is never written out); plain headings per verksamhet with "gör ett överskott på 1,7 miljoner
kronor", "800 tusen kronor", a reason-only deficit whose amount lives only in the image (amount null), a
possessive "Bibliotekets underskott, cirka 0,35 miljoner kronor, kan härledas till", "Överskottet på 450 tkr
beror på" and "i stort sett följt budget" (boilerplate); investments "2,3 miljoner kronor föreslås överföras";
library visits against 2024 with "beror på" (other) and an action with no amount. Liberation Sans Narrow
10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Tyresö kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-17", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "6 800", "6 350", "450"),
            ("Bibliotek", "24 600", "24 950", "-350"),
            ("Kulturskola", "18 900", "18 100", "800"),
            ("Fritidsgårdar och ungdom", "15 200", "15 780", "-580"),
            ("Idrott och anläggningar", "52 400", "50 710", "1 690"),
            ("Kultur och evenemang", "9 100", "9 010", "90"),
            ("Summa", "127 000", "124 900", "2 100"),
        ),
        widths=(160.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.9, 0.93, 0.9),
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="narrow", after=14),
        H("Viktiga händelser under året", 2),
        P(
            "Under året öppnade den nya aktivitetsparken i Trollbäcken, och biblioteket i Tyresö centrum fick "
            "utökade öppettider på kvällar och helger. Den nya idrottshallen i Nyboda togs i bruk i oktober."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Nämnden redovisar för 2025 ett överskott på drygt två miljoner kronor jämfört med budget.",
                C(
                    None,
                    "drygt två miljoner kronor",
                    "+",
                    value=2_000_000,
                    note="An amount in words: the figure.",
                ),
            ),
            (
                "I delårsrapporten prognostiserades ett överskott på 0,9 miljoner kronor. Förbättringen förklaras "
                "främst av att hyreskostnaden för den nya idrottshallen blev lägre än beräknat.",
                F(
                    None,
                    None,
                    "+",
                    "lokaler",
                    note="The outcome against the interim forecast; the forecast level is not the change, which is "
                    "never written out: null.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Idrott och anläggningar", 3),
        P(
            "Verksamheten gör ett överskott på 1,7 miljoner kronor. Hyran för den nya idrottshallen i Nyboda började "
            "debiteras först i oktober i stället för i augusti, och intäkterna från uthyrningen av ishallen blev "
            "högre än budgeterat.",
            C(
                "Idrott och anläggningar",
                "1,7 miljoner kronor",
                "+",
                "lokaler",
                "periodisering",
                "avgifter_intakter",
            ),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolan redovisar ett överskott på 800 tusen kronor, som beror på vakanta lärartjänster inom dans "
            "och på att fler elever än beräknat betalar avgift.",
            C("Kulturskola", "800 tusen kronor", "+", "vakanser", "avgifter_intakter", "volymer"),
        ),
        H("Fritidsgårdar och ungdom", 3),
        P(
            "Fritidsgårdarna har haft utökade öppettider under sommaren och på skolloven, och bemanningen har "
            "förstärkts med extra personal på fredagskvällar. Kostnaderna för detta har inte rymts i budgeten.",
            C(
                "Fritidsgårdar och ungdom",
                None,
                "-",
                "bemanning",
                note="Reasons only beside a table pasted as an image: amount null.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "Bibliotekets underskott, cirka 0,35 miljoner kronor, kan härledas till högre kostnader för e-medier och "
            "licenser än budgeterat.",
            C("Bibliotek", "cirka 0,35 miljoner kronor", "-", "it_digitalisering"),
        ),
        H("Nämnd och administration", 3),
        P(
            "Överskottet på 450 tkr beror på lägre arvodeskostnader och en vakant tjänst som kulturstrateg under "
            "hösten.",
            C(
                "Nämnd och administration",
                "450 tkr",
                "+",
                "ovrigt",
                "vakanser",
                note="The area only in the heading; members' fees are ovrigt.",
            ),
        ),
        H("Kultur och evenemang", 3),
        P("Verksamheten har i stort sett följt budget.", BP("Kultur och evenemang", note="90 in the image.")),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 8,2 miljoner kronor har 5,9 miljoner kronor använts, och 2,3 miljoner kronor "
            "föreslås överföras till 2026. Utbytet av belysningen i ett av motionsspåren har skjutits till våren "
            "2026 på grund av leveransproblem.",
            C("Investeringar", "2,3 miljoner kronor", "+", "periodisering"),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet besök på biblioteken ökade med 9 procent jämfört med 2024, vilket beror på de utökade "
            "öppettiderna i Tyresö centrum.",
            O(None, "volymer", note="Visits against the previous year: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att se över fritidsgårdarnas öppettider inför 2026 för att anpassa bemanningen "
            "till tilldelad budget.",
            A("Fritidsgårdar och ungdom", None, "bemanning"),
        ),
    ]
    return ReportSpec(
        file="tyreso-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Tyresö",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Tyresö kommun",
        },
        style=style,
        blocks=blocks,
    )
