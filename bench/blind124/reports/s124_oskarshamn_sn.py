"""Oskarshamns kommun, Socialnämnden, bokslut 2025.

A social committee's year-end report in Arial Narrow (Liberation Sans Narrow), tkr, footer with the nämnd's
date in February: the result "−5 870 tkr jämfört med tilldelad budget" and "1 230 tkr mindre än vad som
prognostiserades i delårsrapporten" (a forecast change, positive), a table whose deficits carry a minus sign
separated by a space ("- 5 450"), then bold run-in verksamheter ending in a colon: a prose amount in mnkr that
rounds the row ("5,5 mnkr" against "- 5 450"), "överstiger budgeten med 2 380 tkr, eftersom", a reason-only
deficit (the row's "- 1 240"), "ett överskott på 2,4 miljoner kronor. Det förklaras av" followed by a split
into two sub-areas ("1,6 respektive 0,8 mnkr av överskottet", two more items), "ett överskott om 1 200 tkr
tack vare" and "vilket ger ett underskott på 430 tkr"; investments "ett överskott på 560 tkr"; an action
whose effect is against external placements and net cost growth against 2024 with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("OSKARSHAMNS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden 2026-02-18", "Bokslut 2025", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Barn och unga", "58 400", "63 850", "- 5 450"),
            ("Vuxen och missbruk", "31 200", "33 580", "- 2 380"),
            ("Ekonomiskt bistånd", "27 900", "29 140", "- 1 240"),
            ("LSS och socialpsykiatri", "118 600", "116 170", "2 430"),
            ("Arbetsmarknadsenheten", "14 300", "13 100", "1 200"),
            ("Ledning och administration", "16 800", "17 230", "- 430"),
            ("Summa", "267 200", "273 070", "- 5 870"),
        ),
        widths=(160.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="narrow-bold", after=2),
        Title("Socialnämnden", size=13, font="narrow", after=14),
        H("Årets resultat", 2),
        P(
            "Socialnämnden redovisar ett resultat för 2025 på −5 870 tkr jämfört med tilldelad budget.",
            C(None, "−5 870 tkr", "-"),
        ),
        P(
            "Underskottet är 1 230 tkr mindre än vad som prognostiserades i delårsrapporten per augusti.",
            F(None, "1 230 tkr", "+", note="The outcome against the interim forecast: a forecast change."),
        ),
        table,
        H("Kommentarer per verksamhet", 3),
        LP(
            "Barn och unga:",
            "Underskottet på 5,5 mnkr beror på fler placeringar på HVB-hem och i konsulentstödda familjehem än "
            "tidigare år. Under hösten placerades dessutom tre syskon med omfattande vårdbehov.",
            C(
                "Barn och unga",
                "5,5 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The prose rounds the row's '- 5 450': the prose amount.",
            ),
        ),
        LP(
            "Vuxen och missbruk:",
            "Kostnaderna för köpt missbruksvård överstiger budgeten med 2 380 tkr, eftersom LVM-placeringarna har "
            "blivit fler och längre.",
            C("Vuxen och missbruk", "2 380 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Fler hushåll har varit beroende av försörjningsstöd under längre tid, särskilt unga vuxna utan "
            "fullständiga betyg.",
            C(
                "Ekonomiskt bistånd",
                "- 1 240",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell as printed.",
            ),
        ),
        LP(
            "LSS och socialpsykiatri:",
            "Verksamheten visar ett överskott på 2,4 miljoner kronor. Det förklaras av att ett nytt gruppboende "
            "enligt LSS öppnade i november i stället för i maj och av högre ersättning från Försäkringskassan för "
            "personlig assistans.",
            C("LSS och socialpsykiatri", "2,4 miljoner kronor", "+", "periodisering", "ersattning_fk"),
            (
                "Personlig assistans och boendestöd bidrar med 1,6 respektive 0,8 mnkr av överskottet.",
                C(
                    "Personlig assistans",
                    "1,6",
                    "+",
                    unit="mnkr",
                    note="A split into two sub-areas inside the paragraph: one item each.",
                    also=(C("Boendestöd", "0,8 mnkr", "+"),),
                ),
            ),
        ),
        LP(
            "Arbetsmarknadsenheten:",
            "Enheten lämnar ett överskott om 1 200 tkr tack vare högre statsbidrag för extratjänster och intäkter "
            "från försäljningen i second hand-butiken.",
            C("Arbetsmarknadsenheten", "1 200 tkr", "+", "statsbidrag", "avgifter_intakter"),
        ),
        LP(
            "Ledning och administration:",
            "Licenskostnaden för det nya verksamhetssystemet inom socialtjänsten blev högre än planerat, vilket "
            "ger ett underskott på 430 tkr.",
            C("Ledning och administration", "430 tkr", "-", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 1 500 tkr har använts till 940 tkr. Inventarierna till det nya "
            "gruppboendet köptes in senare än planerat, vilket ger ett överskott på 560 tkr.",
            C("Investeringar", "560 tkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder och analys", 2),
        P(
            "Hemmaplanslösningar inom barn och unga beräknas ha minskat kostnaderna med 1,8 mnkr jämfört med om "
            "insatserna hade köpts externt.",
            A("Barn och unga", "1,8 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,6 procent jämfört med 2024, vilket främst beror på placeringarna "
            "inom barn och unga.",
            O(None, "kopt_verksamhet", note="Cost growth against 2024: other."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-sn-bokslut-2025.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Oskarshamns kommun"},
        style=style,
        blocks=blocks,
    )
