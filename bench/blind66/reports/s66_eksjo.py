"""Eksjö kommun, Socialnämnden, tertialrapport 1 2026 (social services).

A social committee's tertial report in tkr and mnkr, footer with the nämnd's meeting date in May: the period's
"överskott mot periodiserad budget med 1 150 tkr", the full year's "underskott på 4 800 tkr" with its reasons
in the next sentence (one item) and the period surplus's reason in a paragraph of its own (amount null); a
verksamhet table with hyphen-minus deficits ("-3 850"); then bold run-in verksamheter ending in a full stop:
"beräknas överskrida budget med 3 850 tkr" with placement counts as a "respektive" pair of numbers (not
amounts), a reason-only "kostar mer än budgeterat" (the row's "-750"), a cost level before "1,2 mnkr mer än
budgeterat", "Överskottet på 700 tkr förklaras av", "Ett överskott om 300 tkr väntas" and "bedöms klara sin
budget" (boilerplate); investments for a group home that are not used this year; the change since February
(a forecast change), an action without an effect and a risk (other). 9 scored causes. DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Eksjö kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden, sammanträde 2026-05-20", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "6 200", "5 900", "300"),
            ("Barn och unga", "38 400", "42 250", "-3 850"),
            ("Vuxna med missbruk", "12 600", "13 350", "-750"),
            ("Ekonomiskt bistånd", "14 900", "16 100", "-1 200"),
            ("Socialpsykiatri", "21 300", "20 600", "700"),
            ("LSS", "64 800", "64 800", "0"),
            ("Summa", "158 200", "163 000", "-4 800"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-bold", after=2),
        Title("Socialnämnden", size=12, font="serif-italic", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämnden redovisar efter första tertialet ett överskott mot periodiserad budget med 1 150 tkr.",
            C(None, "1 150 tkr", "+", note="The period in a sentence of its own."),
        ),
        P(
            "Helårsprognosen är däremot ett underskott på 4 800 tkr. Underskottet beror i huvudsak på externa "
            "placeringar inom barn och unga och på ökade kostnader för försörjningsstöd.",
            C(None, "4 800 tkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
        ),
        P(
            "Periodens överskott beror på att flera vakanta tjänster inom socialpsykiatrin ännu inte har tillsatts.",
            C(
                None,
                None,
                "+",
                "vakanser",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och unga.",
            "Verksamheten beräknas överskrida budget med 3 850 tkr. Fem barn är placerade på HVB och ytterligare "
            "tre i konsulentstödda familjehem, jämfört med budgeterade två respektive fyra placeringar.",
            C(
                "Barn och unga",
                "3 850 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="'två respektive fyra' are numbers of placements, not amounts.",
            ),
        ),
        LP(
            "Vuxna med missbruk.",
            "Köpt vård vid behandlingshem för två personer som vårdas enligt LVM kostar mer än budgeterat.",
            C(
                "Vuxna med missbruk",
                "-750",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="A reason-only passage: the table row's cell.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Kostnaden för försörjningsstöd blir enligt prognosen 16,1 mnkr, 1,2 mnkr mer än budgeterat. Fler "
            "hushåll har haft bistånd under lång tid och arbetslösheten i kommunen har stigit.",
            C(
                "Ekonomiskt bistånd",
                "1,2 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The cost level 16,1 mnkr is not the amount.",
            ),
        ),
        LP(
            "Socialpsykiatri.",
            "Överskottet på 700 tkr förklaras av vakanta tjänster som boendestödjare och av att ett planerat "
            "boende har skjutits till hösten.",
            C("Socialpsykiatri", "700 tkr", "+", "vakanser", "periodisering"),
        ),
        LP(
            "Nämnd och ledning.",
            "Ett överskott om 300 tkr väntas, eftersom färre sammanträden har hållits och en planerad "
            "utbildningsinsats har skjutits upp till nästa år.",
            C("Nämnd och ledning", "300 tkr", "+", "ovrigt", "periodisering", note="Fewer meetings: ovrigt."),
        ),
        LP("LSS.", "Verksamheten bedöms klara sin budget.", BP("LSS")),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 800 tkr för inventarier till det nya gruppboendet används inte i år, eftersom "
            "inflyttningen har skjutits fram till början av 2027.",
            C("Investeringar", "800 tkr", "+", "periodisering", note="Investment under-spending (positive)."),
        ),
        H("Förändring jämfört med föregående prognos", 2),
        P(
            "Prognosen har försämrats med 1 400 tkr sedan februari, i huvudsak på grund av två nya placeringar "
            "inom barn och unga.",
            F(None, "1 400 tkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder och risker", 2),
        PS(
            (
                "Nämnden har gett förvaltningen i uppdrag att bygga ut öppenvården på hemmaplan för att minska "
                "behovet av externa placeringar.",
                A("Barn och unga", None, "kopt_verksamhet"),
            ),
            (
                "Det finns en risk att kostnaderna för placeringar ökar ytterligare under hösten om fler ärenden "
                "kommer in.",
                O("Barn och unga", note="A risk: other."),
            ),
        ),
    ]
    return ReportSpec(
        file="eksjo-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Eksjö",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Eksjö kommun"},
        style=style,
        blocks=blocks,
    )
