"""Timrå kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning per oktober 2025.

A social committee's cover letter in "tkr", dated in November for the period to October: the full year's
"underskott mot budget på 6 850 tkr" and, in the next sentence, the change since September with its cause
(a forecast change), the period "3 940 tkr högre än periodiserad budget" (a net cost: negative); a table whose
deficits stand in brackets ("(5 260)"); bold run-in verksamheter ending in a full stop, where one paragraph
gives only a part of its area's deficit ("överstiger budget med 4 700 tkr", so the row's "(5 260)"), one
gives "Underskottet på 1 690 tkr förklaras av", one "ligger 1 380 tkr över budget", a reason-only surplus
(the row's "970") and "Ett överskott på 510 tkr till följd av"; two actions as bullets after an unlabelled
lead-in and a risk with a monthly cost (other). 7 scored causes. Liberation Serif (Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

PART = "The paragraph gives only a part (4 700 tkr) of the area's deficit: the table row's cell."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Timrå kommun", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Socialförvaltningen 2025-11-12", "Dnr SN 2025/0219", f"{n}({m})"),
        header_size=8.5,
    )
    table = Table(
        caption="Tabell 1. Helårsprognos per verksamhet 2025, tkr. Underskott anges inom parentes.",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "8 420", "7 910", "510"),
            ("Barn och familj", "41 300", "46 560", "(5 260)"),
            ("Vuxen", "28 650", "30 340", "(1 690)"),
            ("Ekonomiskt bistånd", "22 100", "23 480", "(1 380)"),
            ("Boendestöd och daglig verksamhet", "35 800", "34 830", "970"),
            ("Summa", "136 270", "143 120", "(6 850)"),
        ),
        widths=(200.0, 72.0, 72.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per oktober 2025", size=17, font="arial-bold", after=10),
        H("Förslag till beslut", 3),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per oktober 2025 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott mot budget på 6 850 tkr för helåret 2025.",
                C(None, "6 850 tkr", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Prognosen har försämrats med 1 120 tkr sedan septemberuppföljningen, främst till följd av två nya "
                "placeringar av ungdomar.",
                F(None, "1 120 tkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        P(
            "Utfallet för januari–oktober är 3 940 tkr högre än periodiserad budget.",
            C(
                None,
                "3 940 tkr",
                "-",
                note="A net cost higher than the periodised budget: a negative period deviation.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Barn och familj.",
            "Verksamheten visar det största underskottet. Kostnaderna för köpt vård överstiger budget med 4 700 "
            "tkr eftersom antalet placerade ungdomar på HVB har ökat från fyra till sju sedan årsskiftet. "
            "Resterande del av underskottet beror på att två socialsekreterartjänster har bemannats med "
            "konsulter.",
            C(
                "Barn och familj",
                "(5 260)",
                "-",
                "kopt_verksamhet",
                "volymer",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note=PART,
            ),
        ),
        LP(
            "Vuxen.",
            "Underskottet på 1 690 tkr förklaras av ett skyddat boende för en våldsutsatt kvinna med barn under "
            "större delen av året, vilket inte fanns med i budgeten.",
            C("Vuxen", "1 690 tkr", "-", "kopt_verksamhet"),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna ligger 1 380 tkr över budget. Fler hushåll har varit långvarigt beroende av "
            "försörjningsstöd, och den genomsnittliga utbetalningen per hushåll har ökat.",
            C("Ekonomiskt bistånd", "1 380 tkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Boendestöd och daglig verksamhet.",
            "Här blir det ett överskott eftersom en gruppbostad har haft två lediga platser och bemanningen har "
            "kunnat minskas i motsvarande grad.",
            C(
                "Boendestöd och daglig verksamhet",
                "970",
                "+",
                "volymer",
                "bemanning",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Ett överskott på 510 tkr till följd av en vakant controllertjänst under våren.",
            C("Nämnd och förvaltningsledning", "510 tkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen arbetar med följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "Hemmaplanslösningar prövas före varje ny placering, med målet att minska kostnaderna för köpt "
                "vård med 1 500 tkr på årsbasis.",
                "Konsulterna inom barn och familj ersätts med tillsvidareanställda socialsekreterare under december.",
            ),
            labels=(
                A("Barn och familj", "1 500 tkr", "kopt_verksamhet"),
                A("Barn och familj", None, "inhyrd_personal"),
            ),
        ),
        H("Risker", 2),
        P(
            "Prognosen är osäker. Ytterligare en placering av en ungdom på särskilt ungdomshem skulle kosta "
            "cirka 180 tkr per månad.",
            O(None, note="A risk with a monthly cost: not a deviation."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet medför inga ekonomiska konsekvenser utöver det som redovisas ovan."),
    ]
    return ReportSpec(
        file="timra-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-10.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per oktober 2025", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
