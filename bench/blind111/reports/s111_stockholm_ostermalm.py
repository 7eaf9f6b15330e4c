"""Stockholms stad, Östermalms stadsdelsnämnd, tertialrapport 2 2025 (januari–augusti).

A stadsdelsnämnd's tertial report in tkr and mnkr, footer with the nämnd's meeting date in September: the full
year "ett underskott på 14,2 mnkr … efter resultatöverföringar" with a percentage, a consumption share against
a guide value (other), the change since tertial 1 with its cause; a verksamhet table that prints deficits in
brackets ("(9 500)") with a reading note; then two columns of headings that carry the verksamhet and amount
("Äldreomsorg −9,5 mnkr"): a sub-area surplus inside the elderly-care paragraph ("ligger däremot 1,1 mnkr under
budget") and a sub-area deficit inside the IFO paragraph (their own items), a surplus reduced by empty premises,
"Stadsmiljö ±0 mnkr" over "följer budget" (boilerplate); actions as bullets, one with an effect; inventories
"beräknas användas fullt ut" (boilerplate); the result units' surplus from earlier years and a risk (others).
DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Stockholms stad – Östermalms stadsdelsförvaltning", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Östermalms stadsdelsnämnd 2025-09-25", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2025, tkr",
        header=(("Verksamhetsområde", "Budget netto", "Prognos netto", "Avvikelse"),),
        rows=(
            ("Äldreomsorg", "612 400", "621 900", "(9 500)"),
            ("Individ- och familjeomsorg", "148 300", "153 100", "(4 800)"),
            ("Funktionsnedsättning", "226 700", "229 200", "(2 500)"),
            ("Förskola", "388 900", "386 300", "2 600"),
            ("Ekonomiskt bistånd", "31 200", "32 600", "(1 400)"),
            ("Stadsmiljö", "18 400", "18 400", "0"),
            ("Administration", "52 800", "51 400", "1 400"),
            ("Summa", "1 478 700", "1 492 900", "(14 200)"),
        ),
        widths=(170.0, 90.0, 90.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="cond-bold", after=2),
        Title("Östermalms stadsdelsnämnd", size=12.5, font="cond", after=12),
        H("Ekonomi – sammanfattning", 2),
        P(
            "Stadsdelsnämnden prognostiserar ett underskott på 14,2 mnkr för 2025 efter resultatöverföringar, "
            "vilket motsvarar 0,9 procent av budgeten.",
            C(None, "14,2 mnkr", "-", note="Areas come later: no tags here."),
        ),
        P(
            "Under perioden januari–augusti har nämnden förbrukat 66,1 procent av årsbudgeten, att jämföra med "
            "riktvärdet 66,7 procent.",
            O(None, note="A consumption share against a guide value: a supporting figure."),
        ),
        P(
            "Prognosen har försämrats med 3,6 mnkr sedan tertialrapport 1, huvudsakligen till följd av fler "
            "beslutade hemtjänsttimmar under sommaren.",
            F(None, "3,6 mnkr", "-", "volymer"),
        ),
        table,
        P("Avvikelse inom parentes avser underskott.", size=8.5),
        H("Verksamhetsområden", 2),
        Columns(2),
        Para(
            (
                (
                    "Underskottet beror på att de beviljade hemtjänsttimmarna har ökat med 8 procent jämfört med "
                    "budget och att fler brukare beviljats plats på vård- och omsorgsboende än stadens "
                    "resursfördelning ger täckning för.",
                    C(
                        "Äldreomsorg",
                        "−9,5 mnkr",
                        "-",
                        "volymer",
                        note="The heading carries area and amount.",
                    ),
                ),
                (
                    "Kostnaden för korttidsboende ligger däremot 1,1 mnkr under budget, eftersom färre personer "
                    "skrivits ut från sjukhus med behov av korttidsplats.",
                    C(
                        "Korttidsboende",
                        "1,1 mnkr",
                        "+",
                        "volymer",
                        note="A sub-area inside another area's paragraph: its own item.",
                    ),
                ),
            ),
            head="Äldreomsorg −9,5 mnkr",
            head_level=3,
        ),
        Para(
            (
                (
                    "Placeringar av barn och unga på HVB och i konsulentstödda familjehem kostar mer än "
                    "budgeterat. Under sommaren har fyra nya placeringar tillkommit, samtliga med höga "
                    "dygnskostnader.",
                    C("Individ- och familjeomsorg", "−4,8 mnkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Inom området ligger även kostnaderna för skyddat boende 0,9 mnkr över budget.",
                    C("Skyddat boende", "0,9 mnkr", "-", "kopt_verksamhet", note="A sub-area: its own item."),
                ),
            ),
            head="Individ- och familjeomsorg −4,8 mnkr",
            head_level=3,
        ),
        HP(
            "Funktionsnedsättning −2,5 mnkr",
            "Köpta platser i gruppbostäder enligt LSS har blivit fler, samtidigt som intäkterna från "
            "Försäkringskassan för personlig assistans har minskat.",
            C("Funktionsnedsättning", "−2,5 mnkr", "-", "kopt_verksamhet", "volymer", "ersattning_fk"),
        ),
        HP(
            "Förskola +2,6 mnkr",
            "Barnantalet har sjunkit med drygt 60 barn jämfört med budget, och två avdelningar har avvecklats "
            "under våren. Överskottet minskas delvis av tomma lokaler som inte kan sägas upp förrän 2026.",
            C("Förskola", "+2,6 mnkr", "+", "volymer", "omstallning", "lokaler"),
        ),
        HP(
            "Ekonomiskt bistånd −1,4 mnkr",
            "Fler hushåll med långvarigt behov av försörjningsstöd, främst bland äldre som saknar full pension, "
            "förklarar avvikelsen.",
            C("Ekonomiskt bistånd", "−1,4 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        HP("Stadsmiljö ±0 mnkr", "Verksamheten följer budget.", BP("Stadsmiljö")),
        HP(
            "Administration +1,4 mnkr",
            "Vakanta tjänster inom ekonomi- och HR-funktionen har inte tillsatts under året.",
            C("Administration", "+1,4 mnkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "Översyn av samtliga HVB-placeringar tillsammans med socialtjänstens enhetschefer, med en beräknad "
                "effekt på 1,5 mnkr under hösten.",
                "Restriktivitet med timvikarier inom hemtjänsten i egen regi.",
            ),
            labels=(
                A("Individ- och familjeomsorg", "1,5 mnkr", "kopt_verksamhet"),
                A("Äldreomsorg", None, "vikarier"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för inventarier på 2,4 mnkr beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Resultatenheter och risker", 2),
        P(
            "Resultatenheterna inom förskolan har ett ackumulerat överskott på 3,8 mnkr från tidigare år som får "
            "användas under 2025.",
            O("Förskola", "reserver", note="A fund carried over from earlier years: other."),
        ),
        P(
            "Det finns en risk att kostnaderna för placeringar ökar ytterligare under hösten om fler ärenden "
            "tillkommer.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="stockholm-ostermalm-sdn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Östermalms stadsdelsnämnd", "Stadsdelsnämnden Östermalm", "Stadsdelsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Östermalms stadsdelsnämnd", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
