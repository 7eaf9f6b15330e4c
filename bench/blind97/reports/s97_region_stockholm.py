"""Region Stockholm, Kulturnämnden, verksamhetsberättelse 2025.

A region's culture committee's year-end report, footer with the nämnd's meeting date in February 2026: the
result "6,4 miljoner kronor, vilket är en positiv avvikelse mot budget", the outcome "4,4 miljoner kronor
bättre" than the forecast in tertialrapport 2 (a forecast change), a result table pasted as an image (no text
layer: every amount lives in the prose), then one paragraph per verksamhet in varied shapes ("visar ett
överskott på", "För offentlig konst blev kostnaderna … högre än budget", a reason-only paragraph after "Inom"
whose amount is only in the image (null), "redovisar ett överskott om", a reason before its amount "förklarar
överskottet på 1,3 miljoner kronor"), two kostnadsslag in one sentence joined by "medan" (two items),
investments "14,2 miljoner kronor mot en budget på 18,0 miljoner kronor" (3,8 never written out), sick leave
against 2024 and a risk for 2026 (other). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Region Stockholm", "Kulturförvaltningen"),
        footer=lambda n, m: ("Kulturnämnden 2026-02-17", "KUN 2026-0031", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kulturstöd", "512,0", "508,1", "3,9"),
            ("Offentlig konst", "61,4", "62,6", "-1,2"),
            ("Regional biblioteksverksamhet", "38,2", "37,4", "0,8"),
            ("Kultur i vården", "22,5", "20,9", "1,6"),
            ("Nämnd och förvaltning", "74,9", "73,6", "1,3"),
            ("Summa", "709,0", "702,6", "6,4"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Kulturnämnden", size=13, font="times", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Kulturnämnden redovisar för 2025 ett resultat på 6,4 miljoner kronor, vilket är en positiv avvikelse "
            "mot budget.",
            C(None, "6,4 miljoner kronor", "+", note="The year's result against a zero budgeted result."),
        ),
        P(
            "Jämfört med prognosen i tertialrapport 2 är resultatet 4,4 miljoner kronor bättre, främst för att flera "
            "bidragsmottagare har återbetalat medel för projekt som inte genomfördes.",
            F(None, "4,4 miljoner kronor", "+", "ovrigt", note="The outcome against the last forecast."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        P(
            "Kulturstödet visar ett överskott på 3,9 miljoner kronor. Det beror på återbetalda projektbidrag och på "
            "att två av de större arrangörsstöden inte kunde betalas ut när festivalerna ställdes in.",
            C("Kulturstöd", "3,9 miljoner kronor", "+", "ovrigt"),
        ),
        P(
            "För offentlig konst blev kostnaderna 1,2 miljoner kronor högre än budget. Konstinköpen till två nya "
            "vårdbyggnader tidigarelades på fastighetsägarens begäran, och kostnaden för att flytta och magasinera "
            "konst under ombyggnader blev högre än beräknat.",
            C("Offentlig konst", "1,2 miljoner kronor", "-", "periodisering", "ovrigt"),
        ),
        P(
            "Inom den regionala biblioteksverksamheten var personalkostnaderna lägre än budgeterat eftersom två "
            "tjänster som utvecklare stod vakanta under hösten.",
            C(
                "Regional biblioteksverksamhet",
                None,
                "+",
                "vakanser",
                note="Reason only and the table is an image: amount null.",
            ),
        ),
        P(
            "Kultur i vården redovisar ett överskott om 1,6 miljoner kronor, då projektet med levande musik på "
            "vårdavdelningarna startade först i november.",
            C("Kultur i vården", "1,6 miljoner kronor", "+", "periodisering"),
        ),
        P(
            "Nämnd och förvaltning: lägre kostnader för lokaler efter att kontoret flyttat till mindre ytor förklarar "
            "överskottet på 1,3 miljoner kronor.",
            C("Nämnd och förvaltning", "1,3 miljoner kronor", "+", "lokaler"),
        ),
        H("Kostnader och intäkter", 2),
        P(
            "Sett per kostnadsslag var nämndens personalkostnader 2,2 miljoner kronor lägre än budget, medan "
            "kostnaderna för köpta tjänster överskred budget med 1,5 miljoner kronor.",
            C(
                "Personalkostnader",
                "2,2 miljoner kronor",
                "+",
                note="Two kostnadsslag in one sentence joined by 'medan': two items; no reasons, no tags.",
                also=(C("Köpta tjänster", "1,5 miljoner kronor", "-"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar i konst uppgick till 14,2 miljoner kronor mot en budget på 18,0 miljoner kronor. "
            "Flera konstprojekt i nya sjukhusbyggnader har förskjutits i takt med byggprojekten.",
            C(
                "Investeringar",
                "14,2 miljoner kronor mot en budget på 18,0 miljoner kronor",
                "+",
                "periodisering",
                value=3_800_000,
                note="Under-spending of 3,8 never written out: the computed value.",
            ),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron uppgick till 4,1 procent, vilket är lägre än 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 finns en risk att kostnaderna för offentlig konst ökar när flera stora byggprojekt "
            "färdigställs samtidigt.",
            O("Offentlig konst", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-kun-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kulturnämnden", "author": "Region Stockholm"},
        style=style,
        blocks=blocks,
    )
