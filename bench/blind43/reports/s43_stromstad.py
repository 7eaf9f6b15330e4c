"""Strömstads kommun, Socialnämnden, bokslut 2025.

A small kommun's social committee year-end report in tkr and mkr, footer with the nämnd's meeting date in
February: the result "−6,8 mkr i förhållande till tilldelad budget" and the outcome against the interim
forecast ("1,1 mkr större än vad som prognostiserades") in two sentences, net cost growth against 2024 with
"beror på" (other); a reading note and a verksamhet table with deficits in brackets ("(5 300)"); then plain
headings: a deficit "om 5,3 mkr" with a single placement's cost as a part, a reason-only overrun (the row's
"(900)"), home care and special housing as a "respektive" pair with signs ("+1,6 respektive −3,4 mkr") and
their different reasons in the next sentence, a reason-only surplus from a delayed opening and retroactive
assistance compensation (the row's "700"), "slutade i nivå med budget" (boilerplate), "Överskottet på 550 tkr
beror på"; investments "1,2 mkr av investeringsbudgeten på 2,0 mkr" (0,8 never written out); next year's
frame (other) and an action without amount. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "A reason only: the table row's cell (tkr, deficits in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Strömstads kommun", "Socialnämndens bokslut 2025"),
        footer=lambda n, m: ("Socialnämnden 2026-02-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhet",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "14 200", "13 650", "550"),
            ("Individ- och familjeomsorg", "46 800", "52 100", "(5 300)"),
            ("Ekonomiskt bistånd", "11 400", "12 300", "(900)"),
            ("Hemtjänst", "68 500", "66 900", "1 600"),
            ("Särskilt boende", "112 300", "115 700", "(3 400)"),
            ("Funktionsstöd", "74 900", "74 200", "700"),
            ("Hälso- och sjukvård", "38 100", "38 100", "0"),
            ("Summa", "366 200", "372 950", "(6 750)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="sans-bold", after=2),
        Title("Socialnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Socialnämnden redovisar för 2025 ett resultat på −6,8 mkr i förhållande till tilldelad budget.",
                C(None, "−6,8 mkr", "-"),
            ),
            (
                "Underskottet är 1,1 mkr större än vad som prognostiserades i delårsrapporten per augusti.",
                F(None, "1,1 mkr", "-", note="The outcome against the interim forecast, no cause."),
            ),
        ),
        P(
            "Nettokostnaderna ökade med 4,9 procent jämfört med 2024, vilket främst beror på fler placeringar inom "
            "individ- och familjeomsorgen.",
            O(None, "kopt_verksamhet", note="Net cost growth against the previous year: other."),
        ),
        P("Belopp i tkr. Negativ avvikelse (underskott) anges inom parentes.", size=8.5),
        table,
        H("Verksamheternas resultat", 2),
        H("Individ- och familjeomsorg", 3),
        P(
            "Verksamheten gick med ett underskott om 5,3 mkr. Under året har elva barn och ungdomar varit placerade på "
            "HVB eller i konsulentstödda familjehem, mot sex vid budgeteringen. En placering på särskilt ungdomshem "
            "under hösten kostade ensam drygt 1,4 mkr.",
            C(
                "Individ- och familjeomsorg",
                "5,3 mkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The single placement's 1,4 mkr is a part.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för försörjningsstöd överskred budget, främst för att fler unga vuxna har saknat inkomst under "
            "året.",
            C(
                "Ekonomiskt bistånd",
                "(900)",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        H("Äldreomsorg", 3),
        P(
            "Inom äldreomsorgen blev utfallet för hemtjänst och särskilt boende +1,6 respektive −3,4 mkr. "
            "Hemtjänsten har haft färre beviljade timmar än budgeterat, medan särskilt boende har haft höga kostnader "
            "för bemanningssjuksköterskor under sommaren och ett extra korttidsboende som öppnades i oktober.",
            C(
                "Hemtjänst",
                "+1,6",
                "+",
                "volymer",
                unit="mkr",
                note="A signed 'respektive' pair with each area's reasons in the next sentence: two items.",
                also=(C("Särskilt boende", "−3,4 mkr", "-", "inhyrd_personal", "volymer"),),
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Funktionsstöd visar ett överskott. En planerad gruppbostad i Skee kunde inte öppna förrän i december, och "
            "personlig assistans har fått retroaktiv ersättning från Försäkringskassan för 2024.",
            C(
                "Funktionsstöd",
                "700",
                "+",
                "periodisering",
                "ersattning_fk",
                unit="tkr",
                table=True,
                note=ROW + " A delayed opening and retroactive compensation: periodisering.",
            ),
        ),
        H("Hälso- och sjukvård", 3),
        P("Hälso- och sjukvården slutade i nivå med budget.", BP("Hälso- och sjukvård")),
        H("Nämnd och administration", 3),
        P(
            "Överskottet på 550 tkr beror på lägre kostnader för utbildning och på att en tjänst som utvecklingsledare "
            "inte har tillsatts.",
            C("Nämnd och administration", "550 tkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Socialnämnden förbrukade 1,2 mkr av investeringsbudgeten på 2,0 mkr. Inköpet av nya larm till särskilt "
            "boende blev billigare än beräknat.",
            C(
                "Investeringar",
                "1,2 mkr av investeringsbudgeten på 2,0 mkr",
                "+",
                "material_hjalpmedel",
                value=800_000,
                note="Investment under-spending of 0,8 mkr, never written out: the computed value.",
            ),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 har nämnden fått en ramförstärkning på 4,0 mkr för placeringar, vilket bedöms täcka en del av "
            "det strukturella underskottet inom individ- och familjeomsorgen.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="Next year's frame: other."),
        ),
        P(
            "Nämnden har under hösten inrättat en gemensam bemanningsenhet för äldreomsorgen för att minska beroendet "
            "av bemanningsföretag.",
            A("Särskilt boende", None, "inhyrd_personal"),
        ),
    ]
    return ReportSpec(
        file="stromstad-sn-bokslut-2025.pdf",
        report={
            "municipality": "Strömstad",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Strömstads kommun"},
        style=style,
        blocks=blocks,
    )
