"""Södra Bohusläns Räddningstjänstförbund (kommunalförbund), Direktionen, årsredovisning 2025.

A fire and rescue kommunalförbund's annual report in tkr and mkr with en-dash minus signs, footer with the
direktion's meeting date in March: the result "1 120 tkr, att jämföra med ett budgeterat resultat på 400 tkr"
and "en positiv budgetavvikelse om 720 tkr" (one item), the outcome "480 tkr bättre än prognosen i
delårsrapporten" (a forecast change); a driftredovisning with en dashes; plain headings per kostnadsslag:
revenue "överstiger budget med 640 tkr", personnel "380 tkr högre än budgeterat" (a new allowance, a forest
fire's overtime), pensions "910 tkr lägre än budget" (no tag), vehicles with reasons only (the row's "–520"),
premises "ett mindre överskott om 150 tkr", the members' contributions that "följer budget" (boilerplate);
investments "4,2 mkr mot budgeterade 6,8 mkr" (2,6 never written out); an action with "cirka 300 tkr", the
balanskrav and equity, call-outs against 2024 and a response-time goal not met "vilket beror på vakanser"
(others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Södra Bohusläns Räddningstjänstförbund", "Årsredovisning 2025"),
        footer=lambda n, m: ("Direktionen 2026-03-20", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "68 900", "68 900", "0"),
            ("Externa intäkter", "7 400", "8 040", "640"),
            ("Personalkostnader", "–52 300", "–52 680", "–380"),
            ("Pensionskostnader", "–5 600", "–4 690", "910"),
            ("Fordon och materiel", "–8 200", "–8 720", "–520"),
            ("Lokaler", "–7 900", "–7 750", "150"),
            ("Övriga kostnader", "–1 900", "–1 980", "–80"),
            ("Resultat", "400", "1 120", "720"),
        ),
        widths=(150.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=22, font="cond-bold", after=2),
        Title("Södra Bohusläns Räddningstjänstförbund", size=13, font="cond", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för 2025 blev 1 120 tkr, att jämföra med ett budgeterat resultat på 400 tkr. Det "
            "innebär en positiv budgetavvikelse om 720 tkr.",
            C(
                None,
                "720 tkr",
                "+",
                note="A result between two levels and the deviation in the next sentence: one item.",
            ),
        ),
        P(
            "Resultatet är 480 tkr bättre än prognosen i delårsrapporten, främst för att pensionsskulden räknades upp "
            "mindre än vad KPA:s prognos angav.",
            F(None, "480 tkr", "+", note="The outcome against the interim forecast."),
        ),
        table,
        H("Externa intäkter", 3),
        P(
            "Intäkterna överstiger budget med 640 tkr, främst genom fler kurser i brandskydd för företag och högre "
            "intäkter från automatlarm.",
            C("Externa intäkter", "640 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna blev 380 tkr högre än budgeterat. Beredskapsersättningen till räddningspersonal i "
            "beredskap höjdes i det nya avtalet från maj, och en omfattande skogsbrand i juli krävde övertid.",
            C("Personalkostnader", "380 tkr", "-", "lonekostnader", "overtid", "ovrigt"),
        ),
        H("Pensionskostnader", 3),
        P(
            "Pensionskostnaderna blev 910 tkr lägre än budget.",
            C("Pensionskostnader", "910 tkr", "+", note="Pensions: no cause tag."),
        ),
        H("Fordon och materiel", 3),
        P(
            "Kostnaderna för fordon och materiel överskred budget, framför allt till följd av en större reparation av "
            "ett höjdfordon och högre drivmedelspriser.",
            C(
                "Fordon och materiel",
                "–520",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell with an en dash.",
            ),
        ),
        H("Lokaler", 3),
        P(
            "Lokalkostnaderna har hållits inom budget och gav ett mindre överskott om 150 tkr tack vare lägre "
            "uppvärmningskostnader på stationerna.",
            C("Lokaler", "150 tkr", "+", "prisokningar", note="Heating costs: prisokningar."),
        ),
        H("Medlemsbidrag", 3),
        P("Medlemsbidragen från medlemskommunerna följer budget.", BP("Medlemsbidrag")),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgick till 4,2 mkr mot budgeterade 6,8 mkr. Leveransen av en ny räddningsbil "
            "till stationen i Stenungsund har försenats till 2026.",
            C(
                "Investeringar",
                "4,2 mkr mot budgeterade 6,8 mkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=2_600_000,
                note="An under-spend of 2,6 mkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att hyra ett reservfordon i stället för att köpa ett nytt, vilket sparar cirka "
            "300 tkr per år.",
            A("Fordon och materiel", "cirka 300 tkr", "material_hjalpmedel"),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Balanskravsresultatet är 1 120 tkr och förbundets egna kapital uppgår vid årets slut till 9,6 mkr.",
            O(None, "reserver", note="Balanskrav and equity: other."),
        ),
        H("Verksamheten", 2),
        P(
            "Antalet larm under året var 1 214, vilket är 9 procent fler än 2024. Ökningen beror främst på fler "
            "automatlarm.",
            O(None, "volymer", note="Call-outs against the previous year: other."),
        ),
        P(
            "Målet om att den första insatsstyrkan ska vara på plats inom 20 minuter vid 90 procent av larmen nåddes "
            "inte, vilket beror på vakanser i styrkorna med räddningspersonal i beredskap.",
            O(None, "vakanser", note="A goal not met with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="sodra-bohuslans-raddningstjanstforbund-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Södra Bohusläns Räddningstjänstförbund",
                "Kommunalförbundet Södra Bohusläns Räddningstjänstförbund",
                "SBRF",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025 Södra Bohusläns Räddningstjänstförbund",
            "author": "Södra Bohusläns Räddningstjänstförbund",
        },
        style=style,
        blocks=blocks,
    )
