"""Umeå kommun, Tekniska nämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in tkr and mnkr with en dashes as minus signs ("–4 500"), footer with
the nämnd's meeting date in September: the period "8,9 mnkr bättre än periodiserad budget" and the full year
"ett överskott mot budget på 3,4 mnkr" in one sentence (the full year's is the amount), the period's timing
reason in a paragraph of its own (amount null); a verksamhet table with a net-revenue row (parking); under a
plain heading, paragraphs in varied shapes: "beräknas överskrida budget med 4,5 mnkr", an area after "För"
("För gator och vägar blir kostnaderna 1,8 mnkr högre"), "visar en positiv avvikelse om 4,5 mnkr", an area after
"Inom" with the amount last, revenue "högre än budgeterat, 1,9 mnkr", and two areas as a "respektive" pair;
investments "34,5 mnkr inte kommer att användas" after two levels and a park project "överskrida
projektbudgeten med 2,2 mnkr"; the change since the tertial report, an action and sick leave against last
year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Umeå kommun", "Tekniska nämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Tekniska nämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "142 300", "98 400", "144 100", "–1 800"),
            ("Vinterväghållning", "58 000", "41 900", "62 500", "–4 500"),
            ("Parker och grönområden", "46 200", "29 100", "44 600", "1 600"),
            ("Fastighetsförvaltning", "31 800", "18 200", "27 300", "4 500"),
            ("Måltidsservice", "12 400", "7 600", "11 200", "1 200"),
            ("Parkering", "–8 900", "–6 700", "–10 800", "1 900"),
            ("Administration", "18 600", "12 000", "18 100", "500"),
            ("Summa", "300 400", "200 500", "297 000", "3 400"),
        ),
        widths=(132.0, 72.0, 76.0, 72.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12, font="sans", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Efter augusti är nämndens resultat 8,9 mnkr bättre än periodiserad budget, och för helåret "
            "prognostiseras ett överskott mot budget på 3,4 mnkr.",
            C(
                None,
                "3,4 mnkr",
                "+",
                note="The period's and the full year's deviation in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Det större överskottet för perioden beror på att kostnaderna för vintersäsongens plogning i november "
            "och december belastar hösten, samtidigt som årets beläggningsarbeten utförs först i september och "
            "oktober.",
            C(None, None, "+", "periodisering", note="The period surplus's reason on its own: amount null."),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        P(
            "Vinterväghållningen beräknas överskrida budget med 4,5 mnkr. Januari och februari gav ovanligt stora "
            "snömängder, och kostnaderna för bortforsling av snö blev mer än dubbelt så höga som ett normalår.",
            C("Vinterväghållning", "4,5 mnkr", "-", "ovrigt", note="Snow: ovrigt."),
        ),
        P(
            "För gator och vägar blir kostnaderna 1,8 mnkr högre än budgeterat till följd av högre asfaltpriser och "
            "fler akuta lagningar av potthål efter tjällossningen.",
            C("Gator och vägar", "1,8 mnkr", "-", "prisokningar", "ovrigt", note="The area after 'För'."),
        ),
        P(
            "Fastighetsförvaltningen visar en positiv avvikelse om 4,5 mnkr. Två äldre förskolebyggnader har "
            "avyttrats och energikostnaderna har blivit lägre än budgeterat tack vare lägre elpriser.",
            C("Fastighetsförvaltning", "4,5 mnkr", "+", "lokaler", "prisokningar"),
        ),
        P(
            "Inom parker och grönområden ger vakanta trädgårdsarbetartjänster och en senarelagd upphandling av "
            "skötselentreprenaden ett överskott på 1,6 mnkr.",
            C(
                "Parker och grönområden",
                "1,6 mnkr",
                "+",
                "vakanser",
                "periodisering",
                note="The area after 'Inom', the amount last.",
            ),
        ),
        P(
            "Parkeringsverksamheten får högre intäkter än budgeterat, 1,9 mnkr, efter att avgiftstiden i centrum "
            "förlängdes till klockan 20.",
            C("Parkering", "1,9 mnkr", "+", "avgifter_intakter"),
        ),
        P(
            "Måltidsservice och administration redovisar överskott på 1,2 respektive 0,5 mnkr, främst beroende på "
            "lägre livsmedelspriser och en vakant tjänst.",
            C(
                "Måltidsservice",
                "1,2",
                "+",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair whose reasons are also paired: each item takes its own reason's tag.",
                also=(C("Administration", "0,5 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen är 1,3 mnkr bättre än i tertialrapporten, då avyttringen av förskolebyggnaderna inte var "
            "känd i april.",
            F(None, "1,3 mnkr", "+", "lokaler"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2025 är 186,0 mnkr. Prognosen är 151,5 mnkr, vilket innebär att 34,5 "
            "mnkr inte kommer att användas under året. Upprustningen av en gång- och cykeltunnel på Teg har skjutits "
            "till 2026 efter att anbuden överskred kalkylen.",
            C("Investeringar", "34,5 mnkr", "+", "periodisering", note="Under-spending after two levels."),
        ),
        P(
            "Projektet Stadsdelsparken på Ön beräknas överskrida projektbudgeten med 2,2 mnkr på grund av "
            "förorenad mark som måste saneras.",
            C(
                "Stadsdelsparken på Ön",
                "2,2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative. Contaminated soil is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta upp delar av beläggningsprogrammet till 2026 för att kompensera för "
            "vinterns merkostnader, med en effekt på cirka 2 mnkr.",
            A("Gator och vägar", "cirka 2 mnkr"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 5,2 procent, vilket är lägre än under samma period 2024 och beror främst på färre "
            "långa sjukskrivningar inom gatuavdelningen.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="umea-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Tekniska nämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
