"""Region Västra Götaland, Kollektivtrafiknämnden, delårsrapport januari–augusti 2025.

A regional public-transport committee's interim report in mnkr with explicit "+" and U+2212, footer with the
nämnd's meeting date in September and a diarienummer: the period "38 mnkr bättre än budget" and the full year
"ett överskott på 22 mnkr mot budget" as two sentences (two items), the period's timing reason in a paragraph
of its own (amount null); a table per verksamhet where "+" is better than budget; two columns of plain
headings whose paragraphs name the area in varied ways ("Bidraget till Västtrafik beräknas bli 14 mnkr högre
än budget", "Här prognostiseras ett överskott om 19 mnkr", "blir 6 mnkr billigare än planerat", "visar +8
mnkr", "Kansliet bedöms lämna ett överskott på 3 mnkr"); the change since April with its cause; investments
"520 mnkr av investeringsramen på 1 140 mnkr …, en avvikelse på 620 mnkr" and a project that "beräknas
överskrida projektbudgeten med 11 mnkr" (no reason); an action with a yearly effect, a risk and travel against
2024 (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: (
            "Västra Götalandsregionen",
            "Kollektivtrafiknämnden – Delårsrapport augusti 2025",
        ),
        footer=lambda n, m: ("Kollektivtrafiknämnden 2025-09-25", "Diarienummer KTN 2025-00412", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet 2025, mnkr (+ = bättre än budget, − = sämre än budget)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Trafikbidrag till Västtrafik", "5 236", "5 250", "−14"),
            ("Tågfordon och depåer", "1 184", "1 165", "+19"),
            ("Infrastruktur och hållplatser", "142", "136", "+6"),
            ("Kollektivtrafikens utveckling", "58", "50", "+8"),
            ("Kansli", "41", "38", "+3"),
            ("Summa", "6 661", "6 639", "+22"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Kollektivtrafiknämnden, Västra Götalandsregionen", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Kollektivtrafiknämndens resultat för perioden januari–augusti är 38 mnkr bättre än budget.",
            C(None, "38 mnkr", "+", note="The period, in a sentence of its own."),
        ),
        P(
            "För helåret prognostiseras ett överskott på 22 mnkr mot budget.",
            C(None, "22 mnkr", "+", note="The full year, in a sentence of its own."),
        ),
        P(
            "Överskottet för perioden är till en del tillfälligt, eftersom Västtrafiks kostnader för upphandlade "
            "trafikavtal faktureras nämnden med eftersläpning.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        table,
        Columns(2),
        H("Trafikbidrag till Västtrafik", 3),
        P(
            "Bidraget till Västtrafik beräknas bli 14 mnkr högre än budget. Indexuppräkningen av trafikavtalen blev "
            "högre än den nivå som budgeten byggde på, och resandet har inte återhämtat sig fullt ut, vilket ger "
            "lägre biljettintäkter hos bolaget.",
            C("Trafikbidrag till Västtrafik", "14 mnkr", "-", "prisokningar", "avgifter_intakter", "volymer"),
        ),
        H("Tågfordon och depåer", 3),
        P(
            "Här prognostiseras ett överskott om 19 mnkr. Leveransen av tolv nya regiontåg har försenats, och därmed "
            "har avskrivningar och räntor för fordonen ännu inte börjat belasta nämnden.",
            C(
                "Tågfordon och depåer",
                "19 mnkr",
                "+",
                "periodisering",
                note="The area only in the heading ('Här').",
            ),
        ),
        H("Infrastruktur och hållplatser", 3),
        P(
            "Drift och underhåll av hållplatser och pendelparkeringar blir 6 mnkr billigare än planerat, då den milda "
            "vintern gav låga kostnader för snöröjning.",
            C("Infrastruktur och hållplatser", "6 mnkr", "+", "ovrigt", note="Weather is ovrigt."),
        ),
        H("Kollektivtrafikens utveckling", 3),
        P(
            "Utvecklingsmedlen visar +8 mnkr. Förstudien om snabbusstrafik mellan Borås och Ulricehamn har "
            "senarelagts till 2026.",
            C("Kollektivtrafikens utveckling", "+8 mnkr", "+", "periodisering"),
        ),
        H("Kansli", 3),
        P(
            "Kansliet bedöms lämna ett överskott på 3 mnkr till följd av vakanser och lägre konsultkostnader.",
            C("Kansli", "3 mnkr", "+", "vakanser", "inhyrd_personal"),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring jämfört med aprilprognosen", 2),
        P(
            "Jämfört med prognosen i april har helårsprognosen förbättrats med 9 mnkr, framför allt genom att "
            "tågleveranserna skjutits fram ytterligare.",
            F(None, "9 mnkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna till och med augusti uppgår till 214 mnkr. För helåret bedöms 520 mnkr av "
            "investeringsramen på 1 140 mnkr användas, en avvikelse på 620 mnkr som främst beror på de försenade "
            "tågleveranserna.",
            C("Investeringar", "620 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av resecentrum i Skövde beräknas överskrida projektbudgeten med 11 mnkr.",
            C(
                "Ombyggnaden av resecentrum i Skövde",
                "11 mnkr",
                "-",
                note="A project overrun with no reason.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Nämnden har gett Västtrafik i uppdrag att se över turutbudet på linjer med lågt resande inför "
            "tidtabellsskiftet i december, med en beräknad besparing på 25 mnkr per år.",
            A("Trafikbidrag till Västtrafik", "25 mnkr", "volymer"),
        ),
        P(
            "En risk för helåret är att indexeringen av trafikavtalen under hösten blir högre än antaget, vilket kan "
            "försämra resultatet med upp till 10 mnkr.",
            O(None, "prisokningar", note="A risk: other."),
        ),
        P(
            "Resandet med kollektivtrafiken har ökat med 4 procent jämfört med samma period 2024, vilket främst beror "
            "på fler resor med pendeltåg.",
            O(None, "volymer", note="Travel against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-ktn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Kollektivtrafiknämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Kollektivtrafiknämnden",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
