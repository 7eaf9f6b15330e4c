"""Region Uppsala, Primärvårdsstyrelsen, tertialrapport 1 2026.

A region's primary-care board's tertial report in "miljoner kronor" with U+2212 minus signs, whose result
table is pasted as an image (every amount in the prose), footer with the board's meeting date in May: the
period's result as a level with "12 miljoner kronor sämre än periodens budget" and the full year's
"underskott om 41 miljoner kronor mot budget" with its causes in two sentences, the change since February;
under a generic heading, bold run-in areas with a colon: "Helårsprognosen är −22 miljoner kronor." followed
in the same paragraph by two vårdcentraler as a "respektive" pair (their own items), "blir 14 miljoner
kronor högre än budgeterat" (negative: a cost), drugs whose forecast level (412 miljoner) is not the
deviation, three verksamheter with one combined surplus, "överstiger budget med 2 miljoner kronor";
investments that are used in full (boilerplate); two action bullets and a risk (other). Liberation Sans
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 80.0, 62.0, 72.0),
        header=lambda n, m: ("Region Uppsala", "Tertialrapport 1 2026 – Primärvårdsstyrelsen"),
        footer=lambda n, m: ("Primärvårdsstyrelsen 2026-05-20", "Dnr PVS2026-0087", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet 2026, miljoner kronor",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Vårdcentraler i egen regi", "1 184", "1 206", "−22"),
            ("Vårdval, privata vårdgivare", "962", "976", "−14"),
            ("Läkemedel", "404", "412", "−8"),
            ("Barnhälsovård och mödrahälsovård", "118", "116", "+2"),
            ("Rehabilitering", "96", "93", "+3"),
            ("Gemensamt", "72", "74", "−2"),
            ("Summa", "2 836", "2 877", "−41"),
        ),
        widths=(200.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.9, 0.95),
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Primärvårdsstyrelsen", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Primärvårdsstyrelsens resultat för januari–april är −18 miljoner kronor, vilket är 12 miljoner "
                "kronor sämre än periodens budget.",
                C(
                    None,
                    "12 miljoner kronor",
                    "-",
                    note="The period: the level first, the deviation is the amount.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott om 41 miljoner kronor mot budget. Den negativa avvikelsen beror "
                "främst på kostnader för hyrläkare i norra länsdelen, fler listade invånare hos privata vårdcentraler "
                "och ökade läkemedelskostnader.",
                C(
                    None,
                    "41 miljoner kronor",
                    "-",
                    "inhyrd_personal",
                    "kopt_verksamhet",
                    "volymer",
                    "material_hjalpmedel",
                ),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har helårsprognosen försämrats med 9 miljoner kronor.",
            F(None, "9 miljoner kronor", "-"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Vårdcentraler i egen regi:",
            "Helårsprognosen är −22 miljoner kronor. Hyrläkare på vårdcentralerna i Östhammar och Tierp kostar mer "
            "än planerat, och sjukfrånvaron bland distriktssköterskor har krävt övertid.",
            C(
                "Vårdcentraler i egen regi",
                "−22 miljoner kronor",
                "-",
                "inhyrd_personal",
                "sjukfranvaro",
                "overtid",
            ),
            (
                "Inom området visar Vårdcentralen Norrskogen och Vårdcentralen Åsbacken −6 respektive −4 miljoner "
                "kronor.",
                C(
                    "Vårdcentralen Norrskogen",
                    "−6",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Vårdcentralen Åsbacken", "−4 miljoner kronor", "-"),),
                ),
            ),
        ),
        LP(
            "Vårdval:",
            "Ersättningen till privata vårdcentraler blir 14 miljoner kronor högre än budgeterat. Antalet listade hos "
            "privata utförare har ökat med 5 200 personer sedan budgeten lades.",
            C(
                "Vårdval, privata vårdgivare",
                "14 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A cost higher than budgeted: negative.",
            ),
        ),
        LP(
            "Läkemedel:",
            "Läkemedelskostnaderna inom primärvårdens ansvar beräknas till 412 miljoner kronor för helåret, 8 "
            "miljoner kronor över budget, till följd av ökad förskrivning av diabetesläkemedel.",
            C(
                "Läkemedel",
                "8 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="The forecast level (412) is not the deviation.",
            ),
        ),
        LP(
            "Barnhälsovård, mödrahälsovård och rehabilitering:",
            "Dessa verksamheter har ett överskott på sammanlagt 5 miljoner kronor, främst genom vakanta tjänster som "
            "fysioterapeut och barnmorska.",
            C(
                "Barnhälsovård, mödrahälsovård och rehabilitering",
                "5 miljoner kronor",
                "+",
                "vakanser",
                note="Three verksamheter with one combined amount: one item.",
            ),
        ),
        LP(
            "Gemensamt:",
            "De gemensamma kostnaderna överstiger budget med 2 miljoner kronor på grund av licenser för det nya "
            "journalsystemet.",
            C("Gemensamt", "2 miljoner kronor", "-", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 35 miljoner kronor och prognosen är att hela budgeten förbrukas.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Avveckling av hyrläkare i Tierp under hösten, med en beräknad effekt på 4 miljoner kronor.",
                "Gemensam bemanningsplanering mellan vårdcentralerna i norra länsdelen.",
            ),
            labels=(
                A("Vårdcentraler i egen regi", "4 miljoner kronor", "inhyrd_personal"),
                A("Vårdcentraler i egen regi", None, "bemanning"),
            ),
        ),
        H("Osäkerheter", 2),
        P(
            "Prognosen är osäker, främst när det gäller utfallet av vårdvalets listningsersättning och kostnaderna "
            "inom läkemedelsförmånen.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-pvs-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Primärvårdsstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Primärvårdsstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
