"""Tingsryds kommun, Omsorgsnämnden, månadsrapport november 2025.

An elderly-care and disability committee's month report, footer with the nämnd's meeting date in December:
the full year as "en negativ budgetavvikelse på 4 300 tkr" with the areas and "köpta platser" in the next
sentence (one item), the change since October with its cause in the same paragraph (its own item), the
accumulated outcome "3 950 tkr mer än periodiserad budget", then per kostnadsslag in two sentences:
personnel costs and köp av verksamhet "3 900 tkr över budget" and "överstiger budget med 2 600 tkr" (two items)
and revenue "2 200 tkr högre än budgeterat"; a table whose deficits carry a trailing minus ("2 450-"); then
headings that name the result in words ("Hemtjänst, underskott 2 450 tkr", "Särskilt boende,
överskott 1 150 tkr"), so the deficit is explained twice, with a part "2 700 tkr" that is not the amount;
investments that "beräknas förbrukas fullt ut" (boilerplate); two actions and home-care clients against
November last year with "beror på" (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Tingsryds kommun – Omsorgsförvaltningen", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Omsorgsnämnden 2025-12-16", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr (minustecken efter beloppet = underskott)",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "6 800", "5 910", "6 450", "350"),
            ("Hemtjänst", "58 200", "55 470", "60 650", "2 450-"),
            ("Särskilt boende", "92 400", "83 640", "91 250", "1 150"),
            ("Funktionsstöd", "61 700", "59 080", "64 900", "3 200-"),
            ("Hälso- och sjukvård", "24 300", "22 170", "24 450", "150-"),
            ("Summa", "243 400", "226 270", "247 700", "4 300-"),
        ),
        widths=(130.0, 72.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="sans-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Omsorgsnämnden prognostiserar för 2025 en negativ budgetavvikelse på 4 300 tkr. Avvikelsen förklaras "
                "i huvudsak av hemtjänsten och av köpta platser inom funktionsstöd, medan särskilt boende och nämnd "
                "och ledning visar överskott.",
                C(None, "4 300 tkr", "-", "kopt_verksamhet", note="The full year with the areas named."),
            ),
            (
                "Prognosen är 600 tkr bättre än i oktoberrapporten, främst för att statsbidraget för äldreomsorgens "
                "bemanning blev högre än väntat.",
                F(None, "600 tkr", "+", "statsbidrag"),
            ),
        ),
        P(
            "Ackumulerat till och med november har nämnden förbrukat 3 950 tkr mer än periodiserad budget.",
            C(None, "3 950 tkr", "-", note="The period, in a paragraph of its own."),
        ),
        PS(
            (
                "Sett per kostnadsslag är det personalkostnaderna som avviker mest, med 3 900 tkr över budget, följt av "
                "köp av verksamhet, som överstiger budget med 2 600 tkr.",
                C(
                    "Personalkostnader",
                    "3 900 tkr",
                    "-",
                    note="Two kostnadsslag in one sentence, no reasons: two items, no tags.",
                    also=(C("Köp av verksamhet", "2 600 tkr", "-"),),
                ),
            ),
            (
                "Intäkterna blir samtidigt 2 200 tkr högre än budgeterat genom högre statsbidrag och avgifter.",
                C("Intäkter", "2 200 tkr", "+", "statsbidrag", "avgifter_intakter"),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst, underskott 2 450 tkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 14 procent sedan januari, främst i Urshult och Konga. "
            "Verksamheten har inte kunnat anpassa bemanningen i samma takt, och sjukfrånvaron har krävt många "
            "timvikarier och en del övertid.",
            C(
                "Hemtjänst",
                "2 450 tkr",
                "-",
                "volymer",
                "bemanning",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                note="A heading that names the result in words carries the area and amount.",
            ),
        ),
        HP(
            "Särskilt boende, överskott 1 150 tkr",
            "Personalkostnaderna är lägre än budgeterat på Lindebo och Solgläntan, där nattbemanningen har samordnats "
            "mellan avdelningarna sedan i maj. Därtill har intäkterna från omvårdnadsavgifter blivit något högre.",
            C("Särskilt boende", "1 150 tkr", "+", "bemanning", "avgifter_intakter"),
        ),
        HP(
            "Funktionsstöd, underskott 3 200 tkr",
            "Två externa placeringar på LSS-boende utanför kommunen, som inte fanns med i budgeten, kostar "
            "tillsammans 2 700 tkr för året. Resterande del av underskottet avser personlig assistans, där "
            "Försäkringskassan har dragit in assistansersättningen för en brukare.",
            C(
                "Funktionsstöd",
                "3 200 tkr",
                "-",
                "kopt_verksamhet",
                "ersattning_fk",
                note="The heading's amount; the placements' 2 700 tkr is a part.",
            ),
        ),
        HP(
            "Hälso- och sjukvård, underskott 150 tkr",
            "Kostnaderna för inkontinenshjälpmedel och sjukvårdsmaterial är högre än beräknat.",
            C("Hälso- och sjukvård", "150 tkr", "-", "material_hjalpmedel"),
        ),
        HP(
            "Nämnd och ledning, överskott 350 tkr",
            "Överskottet beror på att en tjänst som utvecklingsledare inte har tillsatts.",
            C("Nämnd och ledning", "350 tkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 1 800 tkr, som avser trygghetslarm och larmsystem på de särskilda "
            "boendena, beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Hemtjänstens planering har flyttats till ett nytt planeringsverktyg med optimerade körrutter, vilket "
            "beräknas sänka kostnaderna med 400 tkr per år.",
            A("Hemtjänst", "400 tkr", "bemanning", "it_digitalisering"),
        ),
        P(
            "Från och med november får övertid endast beordras efter beslut av enhetschef.",
            A(None, None, "overtid"),
        ),
        H("Statistik", 2),
        P(
            "Antalet personer med hemtjänst var 312 i november, 28 fler än i november 2024, vilket beror på att fler "
            "äldre med stora omvårdnadsbehov bor kvar hemma.",
            O("Hemtjänst", "volymer", note="Clients against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="tingsryd-on-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Tingsryd",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Omsorgsnämnden", "author": "Tingsryds kommun"},
        style=style,
        blocks=blocks,
    )
