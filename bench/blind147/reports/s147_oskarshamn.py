"""Oskarshamns kommun, Omsorgsnämnden, verksamhetsberättelse med bokslut 2025.

An elderly-care and disability committee's year-end report in Liberation Sans Narrow, footer with the nämnd's
meeting date in February: the result "−7,8 mnkr jämfört med tilldelad budget", the outcome against the
August forecast (a forecast change) and net cost growth against 2024 (other); a verksamhet table pasted as an
image (every amount lives in the prose); then bold run-in verksamheter ending in a full stop
("Hemtjänst.") in varied shapes: "ett underskott på 6,7 mnkr", "Kostnaderna översteg budget med 2,6 mnkr", a
reason-only surplus whose amount is only in the image (amount null), "Ett negativt utfall jämfört med
budget med 2,6 mnkr", "Överskott med två miljoner kronor" in words, revenue "1,4 mnkr högre än budget" that is
already inside the verksamheter (its own item); investments "1,4 mnkr lägre än budgeterat"; an action with
"cirka 1,5 mnkr" and the demography ahead (other).

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
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(62.0, 80.0, 62.0, 76.0),
        gutter=20.0,
        header=lambda n, m: ("Oskarshamns kommun – Omsorgsförvaltningen", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-02-18", "Dnr ON 2026/0031", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "142,6", "149,3", "−6,7"),
            ("Särskilt boende", "238,4", "241,0", "−2,6"),
            ("Hälso- och sjukvård", "61,2", "59,1", "2,1"),
            ("LSS och socialpsykiatri", "118,9", "121,5", "−2,6"),
            ("Nämnd och förvaltningsledning", "24,5", "22,5", "2,0"),
            ("Summa", "585,6", "593,4", "−7,8"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse med bokslut 2025", size=19, font="arial-bold", after=2),
        Title("Omsorgsnämnden", size=12.5, font="narrow", after=14),
        H("Årets resultat", 2),
        P(
            "Omsorgsnämnden redovisar för 2025 ett resultat på −7,8 mnkr jämfört med tilldelad budget.",
            C(None, "−7,8 mnkr", "-"),
        ),
        P(
            "Underskottet är 1,9 mnkr mindre än vad som prognostiserades i delårsrapporten per augusti.",
            F(None, "1,9 mnkr", "+", note="The outcome against the interim forecast: a forecast change."),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,6 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        table,
        LP(
            "Hemtjänst.",
            "Verksamheten redovisar ett underskott på 6,7 mnkr. Antalet utförda hemtjänsttimmar blev 9 procent fler "
            "än budgeterat, och den höga sjukfrånvaron har krävt många timvikarier och mycket övertid.",
            C("Hemtjänst", "6,7 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid"),
        ),
        LP(
            "Särskilt boende.",
            "Kostnaderna översteg budget med 2,6 mnkr. Under våren öppnades en extra avdelning på Solgläntan för att "
            "korta kön, och livsmedelspriserna har fortsatt att stiga.",
            C("Särskilt boende", "2,6 mnkr", "-", "volymer", "prisokningar"),
        ),
        LP(
            "Hälso- och sjukvård.",
            "Vakanta sjukskötersketjänster har bara delvis ersatts med bemanningssjuksköterskor, vilket gav ett "
            "överskott.",
            C(
                "Hälso- och sjukvård",
                None,
                "+",
                "vakanser",
                "inhyrd_personal",
                note="Reason only, and the table is an image with no text layer: amount null.",
            ),
        ),
        LP(
            "LSS och socialpsykiatri.",
            "Ett negativt utfall jämfört med budget med 2,6 mnkr, till följd av två nya beslut om bostad med "
            "särskild service för vuxna och att ersättningen från Försäkringskassan för personlig assistans blev "
            "lägre än beräknat.",
            C("LSS och socialpsykiatri", "2,6 mnkr", "-", "volymer", "ersattning_fk"),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Överskott med två miljoner kronor, främst för att medel för kompetensutveckling inte har använts fullt "
            "ut.",
            C(
                "Nämnd och förvaltningsledning",
                "två miljoner kronor",
                "+",
                "ovrigt",
                value=2_000_000,
                note="An amount in words.",
            ),
        ),
        LP(
            "Verksamhetens intäkter.",
            "Intäkterna från omvårdnadsavgifter och hyror blev 1,4 mnkr högre än budget, vilket ingår i "
            "verksamheternas resultat ovan.",
            C(
                "Verksamhetens intäkter",
                "1,4 mnkr",
                "+",
                "avgifter_intakter",
                note="A kostnadsslag already inside the verksamheter above: its own item all the same.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna blev 1,4 mnkr lägre än budgeterat, eftersom utbytet av trygghetslarm i ordinärt boende "
            "har skjutits upp till 2026.",
            C("Investeringar", "1,4 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder under året", 2),
        P(
            "Nämnden beslutade i juni om en handlingsplan med bland annat en översyn av planeringen i hemtjänsten, "
            "vilket gav en effekt på cirka 1,5 mnkr under hösten.",
            A("Hemtjänst", "cirka 1,5 mnkr", "bemanning"),
        ),
        H("Framtid", 2),
        P(
            "Antalet invånare över 80 år ökar med drygt 4 procent per år, vilket kommer att öka behovet av "
            "hemtjänst och särskilt boende de kommande åren.",
            O(None, "volymer", note="Demography ahead: other."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-on-bokslut-2025.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={
            "title": "Verksamhetsberättelse med bokslut 2025 Omsorgsnämnden",
            "author": "Oskarshamns kommun",
        },
        style=style,
        blocks=blocks,
    )
