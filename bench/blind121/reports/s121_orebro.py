"""Örebro kommun, Tekniska nämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in Arial Narrow (Liberation Sans Narrow), footer with the nämnd's
meeting date in September: the full year "ett underskott på 6,4 mnkr" and the period "ett överskott mot
periodiserad budget på 2,1 mnkr" with its timing reason in the same sentence, a verksamhet table with en
dashes as minus signs, then plain headings with the area after "Inom" ("blir kostnaderna 5,4 mnkr högre än
budget") followed in the same paragraph by a risk sentence (other), an amount between commas ("ett mindre
underskott, –0,8 mnkr,"), revenue that "överstiger budget med 2,3 mnkr", a reason-only deficit (the row's
"–4,1"), two verksamheter as a "respektive" pair with shared causes, the change since April, investments "en
avvikelse på 54 mnkr" after two levels, a project "cirka 7 mnkr dyrare än projektbudgeten", an action with
its effect and complaints against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Örebro kommun", "Tekniska nämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Tekniska nämnden 2025-09-23, ärende 7", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "182,5", "118,0", "187,9", "–5,4"),
            ("Park och natur", "64,3", "43,1", "65,1", "–0,8"),
            ("Parkering", "6,0", "2,9", "3,7", "2,3"),
            ("Vinterväghållning", "46,0", "38,4", "50,1", "–4,1"),
            ("Fordon och maskiner", "3,5", "1,2", "2,4", "1,1"),
            ("Administration", "28,7", "17,9", "28,2", "0,5"),
            ("Summa", "331,0", "221,5", "337,4", "–6,4"),
        ),
        widths=(140.0, 70.0, 74.0, 70.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="narrow-bold", after=2),
        Title("Tekniska nämnden", size=13, font="narrow", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Tekniska nämndens prognos för helåret 2025 är ett underskott på 6,4 mnkr.",
            C(None, "6,4 mnkr", "-"),
        ),
        P(
            "För perioden januari–augusti redovisar nämnden ett överskott mot periodiserad budget på 2,1 mnkr, "
            "vilket främst beror på att flera beläggningsarbeten utförs under hösten.",
            C(None, "2,1 mnkr", "+", "periodisering", note="The period's deviation with its timing reason."),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten per april har underskottet minskat med 1,5 mnkr, främst "
            "genom de höjda parkeringstaxorna.",
            F(None, "1,5 mnkr", "+", "avgifter_intakter"),
        ),
        table,
        H("Gata och trafik", 3),
        PS(
            (
                "Inom gata och trafik blir kostnaderna 5,4 mnkr högre än budget. Det beror på ökade priser i de nya "
                "driftentreprenaderna och på reparationer efter skyfallet i Adolfsberg i juni.",
                C(
                    "Gata och trafik",
                    "5,4 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="A cloudburst is ovrigt.",
                ),
            ),
            (
                "Till detta kommer en osäkerhet kring asfaltpriserna under hösten.",
                O(
                    "Gata och trafik",
                    "prisokningar",
                    note="A risk sentence in the cause paragraph: its own item.",
                ),
            ),
        ),
        H("Park och natur", 3),
        P(
            "Park och natur prognostiserar ett mindre underskott, –0,8 mnkr, till följd av skadegörelse på "
            "lekplatser och ökade kostnader för trädfällning efter junistormen.",
            C("Park och natur", "–0,8 mnkr", "-", "ovrigt", note="Vandalism and a storm are ovrigt."),
        ),
        H("Parkering", 3),
        P(
            "Parkeringsintäkterna överstiger budget med 2,3 mnkr, vilket förklaras av höjda taxor i centrum från "
            "och med mars och fler besökare under sommaren.",
            C("Parkering", "2,3 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Vinterväghållning", 3),
        P(
            "Vinterns kostnader för snöröjning och halkbekämpning blev höga i januari och februari. Eftersom "
            "budgeten för vinterväghållning redan till stor del är förbrukad väntas ett underskott för helåret.",
            C(
                "Vinterväghållning",
                "–4,1",
                "-",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="Reason only: the row's cell. Snow is ovrigt.",
            ),
        ),
        H("Fordon och maskiner samt administration", 3),
        P(
            "Fordon och maskiner samt administration visar överskott på 1,1 respektive 0,5 mnkr, främst genom "
            "lägre leasingkostnader och en vakant controllertjänst.",
            C(
                "Fordon och maskiner",
                "1,1",
                "+",
                "material_hjalpmedel",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with shared causes: two items with the same text and tags.",
                also=(C("Administration", "0,5 mnkr", "+", "material_hjalpmedel", "vakanser"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet per augusti är 96,3 mnkr. Helårsprognosen är 214 mnkr mot en budget på 268 mnkr, "
            "en avvikelse på 54 mnkr, vilket beror på att ombyggnaden av Drottninggatan har skjutits upp i väntan "
            "på ny detaljplan.",
            C(
                "Investeringar",
                "54 mnkr",
                "+",
                "periodisering",
                note="Under-spending after two levels: positive. The period's outcome is a supporting figure in "
                "the same paragraph.",
            ),
        ),
        P(
            "Projektet Ny bro över Svartån vid Hamnplan beräknas bli cirka 7 mnkr dyrare än projektbudgeten till "
            "följd av oväntade markförhållanden.",
            C("Ny bro över Svartån", "cirka 7 mnkr", "-", "ovrigt", note="Ground conditions: ovrigt."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta upp delar av underhållet av grusvägar till 2026, vilket minskar "
            "kostnaderna med 1,2 mnkr i år.",
            A("Gata och trafik", "1,2 mnkr", "periodisering"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet felanmälningar via appen ökade med 18 procent jämfört med samma period 2024, vilket beror på "
            "att appen marknadsfördes under våren.",
            O(None, "volymer", note="A volume against the previous year."),
        ),
    ]
    return ReportSpec(
        file="orebro-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Tekniska nämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
