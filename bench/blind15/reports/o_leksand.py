"""Leksands kommun, Omsorgsnämnden, månadsuppföljning mars 2026.

An elderly-care and disability committee's month report with en dashes as minus signs: the period's deficit
"2,6 miljoner kronor" and, in the next sentence, the full year "cirka nio miljoner kronor" in words (two
causes); a table per verksamhetsområde in tkr; then two columns of bold run-in areas: one lead that
carries the amount ("Hemtjänst –4,8 mnkr.") with three reasons, a reason-only area that takes the table's
"–3 900", "landar drygt en miljon kronor över budget" (the stated figure, though the table says –1 300),
a surplus "på 900 tkr" followed by a risk sentence in the same paragraph (other), "en negativ avvikelse om
0,3 mnkr", and a reason-only surplus that takes the table's "400"; after the columns the change since
February with a "varav" (one forecast change), an action with its effect left out of the forecast, and the
forecast's uncertainty (other). Liberation Serif (Times metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, Para, ReportSpec, Space, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "Reasons only: the table row's cell as printed (tkr, en dash for minus)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.3,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Leksands kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, tkr",
        header=(("Verksamhetsområde", "Budget helår", "Utfall jan–mar", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "9 800", "2 310", "9 400", "400"),
            ("Hemtjänst", "86 200", "22 940", "91 000", "–4 800"),
            ("Särskilt boende", "142 500", "37 010", "146 400", "–3 900"),
            ("Hälso- och sjukvård", "38 700", "10 130", "40 000", "–1 300"),
            ("Funktionsstöd", "71 300", "17 270", "70 400", "900"),
            ("Biståndshandläggning", "8 900", "2 390", "9 200", "–300"),
            ("Totalt", "357 400", "92 050", "366 400", "–9 000"),
        ),
        widths=(150.0, 70.0, 78.0, 72.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="times-bold", after=2),
        Title("Omsorgsnämnden", size=13, font="times", after=12),
        H("Ekonomiskt läge", 2),
        Para(
            (
                (
                    "Omsorgsnämnden redovisar efter mars ett underskott mot budget med 2,6 miljoner kronor.",
                    C(None, "2,6 miljoner kronor", "-", note="The period, a sentence of its own."),
                ),
                (
                    "Om inget förändras kommer underskottet vid årets slut att uppgå till cirka nio miljoner kronor.",
                    C(
                        None,
                        "cirka nio miljoner kronor",
                        "-",
                        value=9_000_000,
                        note="The full year in words, a sentence of its own.",
                    ),
                ),
            )
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Columns(2),
        LP(
            "Hemtjänst –4,8 mnkr.",
            "Antalet beviljade timmar har ökat kraftigt sedan i höstas, framför allt i Insjön och Tällberg, och "
            "verksamheten har inte hunnit anpassa scheman och turer efter de nya behoven. Sjukfrånvaron bland "
            "undersköterskorna var dessutom hög under influensaperioden i februari.",
            C(
                "Hemtjänst",
                "–4,8 mnkr",
                "-",
                "volymer",
                "bemanning",
                "sjukfranvaro",
                note="The run-in lead carries the amount.",
            ),
        ),
        LP(
            "Särskilt boende.",
            "Två av boendena har under perioden fått anlita bemanningsföretag för sjuksköterskor på nätter och "
            "helger, eftersom tre tjänster fortfarande är vakanta.",
            C(
                "Särskilt boende",
                "–3 900",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        Space(800.0),
        LP(
            "Hälso- och sjukvård.",
            "Kostnaderna för förbrukningsmaterial och hjälpmedel fortsätter att öka och landar drygt en miljon kronor "
            "över budget, trots att förskrivningen av inkontinensskydd har setts över.",
            C(
                "Hälso- och sjukvård",
                "drygt en miljon kronor",
                "-",
                "material_hjalpmedel",
                value=1_000_000,
                note="'Drygt en miljon kronor': the stated figure (the table says –1 300).",
            ),
        ),
        LP(
            "Funktionsstöd.",
            "Överskottet på 900 tkr kommer från lägre kostnader för köpta platser, sedan två brukare har flyttat "
            "från externa boenden till kommunens nya gruppbostad.",
            C("Funktionsstöd", "900 tkr", "+", "kopt_verksamhet"),
            (
                "En ny brukare med stora behov har samtidigt beviljats insatser från maj, vilket kan minska "
                "överskottet under hösten.",
                O("Funktionsstöd", note="A risk in the same paragraph: its own item."),
            ),
        ),
        LP(
            "Biståndshandläggning.",
            "Verksamheten har hyrt in en biståndshandläggare under två långa sjukskrivningar, vilket ger en negativ "
            "avvikelse om 0,3 mnkr.",
            C("Biståndshandläggning", "0,3 mnkr", "-", "inhyrd_personal", "sjukfranvaro"),
        ),
        LP(
            "Nämnd och administration.",
            "Färre sammanträden och lägre kostnader för utbildning av förtroendevalda än planerat ger ett överskott.",
            C(
                "Nämnd och administration",
                "400",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " Meetings and training of elected members: ovrigt.",
            ),
        ),
        Columns(1),
        H("Jämfört med föregående månad", 2),
        P(
            "Jämfört med februari har helårsprognosen försämrats med 1,4 mnkr, varav hemtjänsten står för 1,1 mnkr.",
            F(None, "1,4 mnkr", "-", note="'Varav' a part: one item with the total."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inlett en genomgång av alla hemtjänstärenden med fler än 60 beviljade timmar i månaden "
            "och inför från april ett nytt planeringsverktyg för turerna. Effekten bedöms till 1,5 mnkr för resten av "
            "året men har ännu inte räknats in i prognosen.",
            A("Hemtjänst", "1,5 mnkr", "bemanning"),
        ),
        H("Osäkerheter i prognosen", 2),
        P(
            "Prognosen bygger på att antalet hemtjänsttimmar planar ut under våren. Fortsätter ökningen i samma takt "
            "kan underskottet bli ytterligare cirka två miljoner kronor.",
            O("Hemtjänst", "volymer", note="A risk with an amount: other."),
        ),
    ]
    return ReportSpec(
        file="leksand-on-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Leksand",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Omsorgsnämnden", "author": "Leksands kommun"},
        style=style,
        blocks=blocks,
    )
