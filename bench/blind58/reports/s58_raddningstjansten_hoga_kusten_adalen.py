"""Räddningstjänsten Höga Kusten-Ådalen (kommunalförbund), Direktionen, budgetuppföljning januari–juni 2025.

A fire and rescue kommunalförbund's half-year follow-up in tkr, DejaVu Sans 9.5 pt, footer with the direktion's
meeting date in September: the period's result "1 480 tkr, att jämföra med ett periodiserat budgetresultat på
620 tkr" (860 never written out) and the full year "1 050 tkr sämre än budget" in two sentences, the reasons in
a paragraph of their own (amount null); a kostnadsslag table whose deficits are a minus separated by a space
("- 1 250"); run-in kostnadsslag ending in a colon, or with no punctuation where the lead is the subject
("Externa intäkter blir 700 tkr högre än budget"), "överskrider därför budget med 1,25 mnkr" after the
reasons, a reason-only deficit (the row's "- 700"), "ger ett överskott på 350 tkr", "avvikelsen är +150 tkr",
"hamnar 300 tkr över budget", members' fees that "följer budget" (boilerplate); an investment overrun "800 tkr
dyrare än budgeterat"; an action, equity and call-outs against 2024 (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Höga Kusten-Ådalen", "Budgetuppföljning januari–juni 2025"),
        footer=lambda n, m: ("Direktionen 2025-09-04", "", f"Sid {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag, tkr",
        header=(("", "Budget 2025", "Utfall jan–jun", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "71 800", "35 900", "71 800", "0"),
            ("Externa intäkter", "6 400", "3 900", "7 100", "700"),
            ("Personalkostnader", "-52 600", "-25 800", "-53 850", "- 1 250"),
            ("Fordon och materiel", "-8 900", "-4 200", "-9 600", "- 700"),
            ("Lokalkostnader", "-9 700", "-4 800", "-9 350", "350"),
            ("Utbildning och övning", "-2 400", "-900", "-2 250", "150"),
            ("Övriga kostnader", "-3 100", "-2 120", "-3 400", "- 300"),
            ("Avskrivningar och finansnetto", "-1 000", "-500", "-1 000", "0"),
            ("Resultat", "500", "1 480", "-550", "- 1 050"),
        ),
        widths=(150.0, 66.0, 80.0, 74.0, 62.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning januari–juni 2025", size=18, font="sans-bold", after=2),
        Title("Räddningstjänsten Höga Kusten-Ådalen", size=12, font="sans", after=12),
        H("Ekonomisk översikt", 2),
        PS(
            (
                "Förbundets resultat för första halvåret är 1 480 tkr, att jämföra med ett periodiserat "
                "budgetresultat på 620 tkr.",
                C(
                    None,
                    "1 480 tkr, att jämföra med ett periodiserat budgetresultat på 620 tkr",
                    "+",
                    value=860_000,
                    note="The period's result against a periodised budgeted result: 860 tkr never written out, "
                    "the computed value.",
                ),
            ),
            (
                "Helårsprognosen pekar på ett resultat som är 1 050 tkr sämre än budget.",
                C(None, "1 050 tkr", "-", note="The full year in the next sentence: its own item."),
            ),
        ),
        P(
            "Att prognosen är sämre än budget beror främst på den stora skogsbranden vid Nordingrå i början av juli "
            "och på att sjukfrånvaron bland deltidsbrandmännen har varit hög.",
            C(
                None,
                None,
                "-",
                "ovrigt",
                "sjukfranvaro",
                note="The full year's reasons in a paragraph of their own: amount null; a forest fire is ovrigt.",
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Externa intäkter",
            "blir 700 tkr högre än budget, tack vare fler utbildningar i brandskydd för företag och fler "
            "tillsynsärenden.",
            C("Externa intäkter", "700 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personalkostnader:",
            "Skogsbranden krävde förstärkt beredskap och övertid under tolv dygn, och sjukfrånvaron bland "
            "deltidsbrandmännen har gett höga kostnader för ersättare. Personalkostnaderna överskrider därför budget "
            "med 1,25 mnkr.",
            C("Personalkostnader", "1,25 mnkr", "-", "ovrigt", "overtid", "sjukfranvaro", "vikarier"),
        ),
        LP(
            "Fordon och materiel:",
            "En reparation av höjdfordonet och slang som förstördes vid branden förklarar underskottet.",
            C(
                "Fordon och materiel",
                "- 700",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell, as printed.",
            ),
        ),
        LP(
            "Lokalkostnader:",
            "Lägre energikostnader på stationerna i Härnösand och Kramfors ger ett överskott på 350 tkr.",
            C("Lokalkostnader", "350 tkr", "+", "prisokningar", note="Lower energy costs: prisokningar."),
        ),
        LP(
            "Utbildning och övning:",
            "Utbildningen av nya deltidsbrandmän flyttades till hösten 2026; avvikelsen är +150 tkr.",
            C("Utbildning och övning", "+150 tkr", "+", "periodisering"),
        ),
        LP(
            "Övriga kostnader:",
            "Konsultstöd vid upphandlingen av ett nytt ledningssystem gör att kostnaderna hamnar 300 tkr över "
            "budget.",
            C("Övriga kostnader", "300 tkr", "-", "inhyrd_personal", "it_digitalisering"),
        ),
        LP(
            "Medlemsavgifter:",
            "Medlemsavgifterna från Härnösands och Kramfors kommuner följer budget.",
            BP("Medlemsavgifter"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten är 4 800 tkr och prognosen 5 600 tkr, eftersom den nya tankbilen blev 800 tkr "
            "dyrare än budgeterat på grund av prisökningar hos tillverkaren.",
            C(
                "Investeringar",
                "800 tkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                note="An investment overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att skjuta upp inköpet av ny skyddsutrustning till 2026, vilket förbättrar "
            "årets resultat med 400 tkr.",
            A(None, "400 tkr", "material_hjalpmedel", "periodisering"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundet har ett eget kapital på 9,2 mnkr, som täcker det prognostiserade underskottet.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        P(
            "Antalet larm under januari–juni var 612, vilket är 48 fler än samma period 2024.",
            O(None, "volymer", note="Call-outs against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-hoga-kusten-adalen-budgetuppfoljning-2025-06.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Höga Kusten-Ådalen",
                "Kommunalförbundet Räddningstjänsten Höga Kusten-Ådalen",
                "Räddningstjänsten Höga Kusten–Ådalen",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Budgetuppföljning januari–juni 2025",
            "author": "Räddningstjänsten Höga Kusten-Ådalen",
        },
        style=style,
        blocks=blocks,
    )
