"""Ovanåkers kommun, Kommunstyrelsen, verksamhetsberättelse 2025 for its samhällsbyggnad (technical) services.

A year-end report of the technical services run under the kommunstyrelse, adopted in February: the result "ett
nettoresultat på −3,4 mnkr i förhållande till budget", the outcome against the interim forecast (a forecast
change) and net cost growth against 2024 (other); a result table pasted as an image (no text layer); two
columns of plain headings: "överskrider budget med 2,6 mnkr" with snow, a deficit "på 1 870 tkr" from a water
leak and ventilation repairs, a kitchen surplus "på 640 tkr" from food prices that rose less than budgeted
and more portions sold, a reason-only cleaning deficit whose amount lives only in the image (amount null),
plot sales "1,1 mnkr högre än budgeterat", housing-adaptation grants "3,2 mnkr, att jämföra med budgeterade
2,1 mnkr" (the 1,1 never written out); the fee-financed water and sewage "2,3 mnkr bättre än budget" with
the fund balance in the next sentence (other), waste "ett underskott på 450 tkr mot budget"; investments "38,6
mnkr mot en budget på 52,0 mnkr" (13,4 never written out) and a treatment plant whose "9,2 mnkr … inte har
upparbetats". 11 scored causes. DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Ovanåkers kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-02-24", "Samhällsbyggnadsförvaltningen", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Teknisk ledning", "6 200", "5 420", "780"),
            ("Gata och park", "24 800", "27 400", "-2 600"),
            ("Fastighet", "18 500", "20 370", "-1 870"),
            ("Kost", "29 300", "28 660", "640"),
            ("Lokalvård", "14 100", "14 450", "-350"),
            ("Mark och exploatering", "-1 500", "-2 600", "1 100"),
            ("Bostadsanpassning", "2 100", "3 200", "-1 100"),
            ("Summa skattefinansierat", "93 500", "96 900", "-3 400"),
        ),
        widths=(170.0, 70.0, 70.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Kommunstyrelsen – samhällsbyggnad", size=12, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Samhällsbyggnadsförvaltningens skattefinansierade verksamheter inom kommunstyrelsen redovisar för "
                "2025 ett nettoresultat på −3,4 mnkr i förhållande till budget.",
                C(None, "−3,4 mnkr", "-"),
            ),
            (
                "Det är 1,2 mnkr bättre än prognosen i delårsrapporten.",
                F(None, "1,2 mnkr", "+", note="The outcome against the interim forecast: a forecast change."),
            ),
        ),
        P(
            "Nettokostnaden ökade med 4,6 procent jämfört med 2024, främst till följd av högre kapitalkostnader för "
            "de nya förskolorna i Edsbyn.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        H("Gata och park", 3),
        P(
            "Gata och park överskrider budget med 2,6 mnkr. Vintersäsongen hade 41 plogtillfällen mot normalt 25, och "
            "halkbekämpningen i Edsbyn och Alfta krävde extra insatser under februari och mars.",
            C("Gata och park", "2,6 mnkr", "-", "ovrigt", note="Snow: ovrigt."),
        ),
        H("Fastighet", 3),
        P(
            "Fastighetsverksamheten redovisar ett underskott på 1 870 tkr. Energikostnaderna blev lägre än befarat, "
            "men akuta reparationer efter vattenläckan på Kyrkbyskolan och ett ökat underhåll av ventilationen på "
            "två äldreboenden belastade resultatet.",
            C("Fastighet", "1 870 tkr", "-", "ovrigt", note="A water leak and unplanned repairs: ovrigt."),
        ),
        H("Kost", 3),
        P(
            "Kostenheten gick med ett överskott på 640 tkr. Livsmedelspriserna steg mindre än budgeterat, och "
            "antalet sålda portioner till förskolorna blev fler, vilket gav högre intäkter.",
            C("Kost", "640 tkr", "+", "prisokningar", "volymer", "avgifter_intakter"),
        ),
        H("Lokalvård", 3),
        P(
            "Lokalvården visar en negativ budgetavvikelse, som beror på hög sjukfrånvaro under första halvåret och "
            "därmed ökade kostnader för timvikarier.",
            C(
                "Lokalvård",
                None,
                "-",
                "sjukfranvaro",
                "vikarier",
                note="Reasons only and the table is an image: amount null.",
            ),
        ),
        H("Mark och exploatering", 3),
        P(
            "Intäkterna från tomtförsäljning blev 1,1 mnkr högre än budgeterat, då samtliga åtta tomter i det nya "
            "området vid Långmyren såldes under året.",
            C("Mark och exploatering", "1,1 mnkr", "+", "avgifter_intakter"),
        ),
        H("Bostadsanpassning", 3),
        P(
            "Bostadsanpassningsbidragen uppgick till 3,2 mnkr, att jämföra med budgeterade 2,1 mnkr. Fler ärenden med "
            "större ombyggnader, bland annat två trapphissar, förklarar merkostnaden.",
            C(
                "Bostadsanpassning",
                "3,2 mnkr, att jämföra med budgeterade 2,1 mnkr",
                "-",
                "volymer",
                value=1_100_000,
                note="The deviation (1,1 mnkr) is never written out: the computed value, the amount text as written.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Avgiftsfinansierad verksamhet", 2),
        PS(
            (
                "Vatten och avlopp redovisar ett resultat som är 2,3 mnkr bättre än budget, främst genom högre "
                "anslutningsavgifter från nya bostäder i Edsbyn.",
                C("Vatten och avlopp", "2,3 mnkr", "+", "avgifter_intakter"),
            ),
            (
                "Överskottet förs till resultatfonden, som efter överföringen uppgår till 6,8 mnkr.",
                O("Vatten och avlopp", "reserver", note="The fund's balance: other."),
            ),
        ),
        P(
            "Renhållningen gick med ett underskott på 450 tkr mot budget på grund av högre kostnader för behandling "
            "av matavfall efter den nya upphandlingen.",
            C(
                "Renhållning",
                "450 tkr",
                "-",
                "prisokningar",
                note="A dearer treatment contract: prisokningar.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna blev 38,6 mnkr mot en budget på 52,0 mnkr.",
            C(
                "Investeringar",
                "38,6 mnkr mot en budget på 52,0 mnkr",
                "+",
                value=13_400_000,
                note="Under-spending never written out (13,4 mnkr): the computed value, the amount text as written.",
            ),
        ),
        P(
            "Den största avvikelsen gäller ombyggnaden av reningsverket i Alfta, där 9,2 mnkr av årets budget inte "
            "har upparbetats eftersom entreprenaden kom i gång först i oktober.",
            C("Reningsverket i Alfta", "9,2 mnkr", "+", "periodisering"),
        ),
    ]
    return ReportSpec(
        file="ovanaker-ks-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Ovanåker",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kommunstyrelsen samhällsbyggnad",
            "author": "Ovanåkers kommun",
        },
        style=style,
        blocks=blocks,
    )
