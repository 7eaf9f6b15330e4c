"""Vindelns kommun, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report (period = the year), footer with the date the nämnd adopted it in
February: the result "−2,9 mkr för 2025 jämfört med tilldelad budget", the outcome against the interim
report's forecast without a cause (a forecast change) and the net cost's growth against 2024 (other); a
table per verksamhet with the previous year's outcome; then, in two columns, plain headings per verksamhet:
"fick ett underskott mot budget om 3 420 tkr", a volume against 2024 (other) followed in the same paragraph
by "landar hemtjänsten 460 tkr under budget" (a cost under budget: positive), a reason-only surplus (the
row's "1 240"), a level before "0,6 mkr mer än budgeterat" (the row says −580, the prose's figure is the
amount), "fick ett överskott på 1,3 mkr" with retroactive assistance compensation, "en budgetavvikelse på
−1,9 mkr" from a system whose invoices came a year early; a demographic outlook (other), an action without
amount and investments "0,9 mkr av budgeterade 1,5 mkr" (0,6 mkr never written out). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Vindelns kommun", "Verksamhetsberättelse 2025 · Socialnämnden"),
        footer=lambda n, m: ("Antagen av socialnämnden 2026-02-12", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Äldreomsorg", "71 300", "74 720", "-3 420", "69 850"),
            ("Hemtjänst", "28 600", "28 140", "460", "26 910"),
            ("Individ- och familjeomsorg", "15 900", "14 660", "1 240", "15 430"),
            ("Ekonomiskt bistånd", "3 500", "4 080", "-580", "3 370"),
            ("LSS och socialpsykiatri", "24 100", "22 800", "1 300", "22 410"),
            ("Gemensam administration", "9 800", "11 700", "-1 900", "8 960"),
            ("Summa", "153 200", "156 100", "-2 900", "146 930"),
        ),
        widths=(170.0, 74.0, 74.0, 70.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-bold", after=2),
        Title("Socialnämnden", size=12.5, font="sans", after=12),
        H("Året i korthet", 2),
        P(
            "Under året har socialnämnden infört digital nattillsyn inom hemtjänsten och öppnat en mötesplats för "
            "unga i Vindelns centrum. Samarbetet med Region Västerbotten kring barn och unga med psykisk ohälsa har "
            "utvecklats vidare."
        ),
        H("Ekonomi", 2),
        PS(
            (
                "Socialnämnden redovisar ett resultat på −2,9 mkr för 2025 jämfört med tilldelad budget.",
                C(None, "−2,9 mkr", "-"),
            ),
            (
                "Resultatet blev 0,8 mkr bättre än vad som bedömdes i delårsrapporten.",
                F(None, "0,8 mkr", "+", note="The outcome against the interim forecast, no cause."),
            ),
        ),
        P(
            "Nämndens nettokostnader ökade med 6,2 procent jämfört med 2024, vilket är mer än kommunens genomsnitt.",
            O(None, note="Net cost growth against the previous year."),
        ),
        table,
        H("Verksamheterna", 2),
        Columns(2),
        H("Äldreomsorg", 3),
        P(
            "Äldreomsorgen fick ett underskott mot budget om 3 420 tkr. Nattbemanningen på Lärkbacken har förstärkts "
            "efter en lex Sarah-utredning, och två avdelningar har haft hög korttidsfrånvaro som till stor del täckts "
            "med övertid.",
            C("Äldreomsorg", "3 420 tkr", "-", "bemanning", "sjukfranvaro", "overtid"),
        ),
        H("Hemtjänst", 3),
        PS(
            (
                "Hemtjänsten har utfört 58 200 timmar under året, 3 100 fler än 2024.",
                O("Hemtjänst", "volymer", note="Hours against the previous year: other."),
            ),
            (
                "Trots fler timmar landar hemtjänsten 460 tkr under budget, eftersom den nya ruttplaneringen har "
                "minskat restiden och därmed personalkostnaderna.",
                C(
                    "Hemtjänst",
                    "460 tkr",
                    "+",
                    "bemanning",
                    note="A cost under budget: positive. Route planning is bemanning (scheduling).",
                ),
            ),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Kostnaderna för köpt vård blev lägre än budgeterat. Under hösten kunde två placeringar på HVB ersättas "
            "med insatser i egen regi.",
            C(
                "Individ- och familjeomsorg",
                "1 240",
                "+",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalt försörjningsstöd uppgick till 4,1 mkr, vilket är 0,6 mkr mer än budgeterat. Fler hushåll har "
            "behövt stöd under längre tid när arbetsmarknaden i regionen har försvagats.",
            C(
                "Ekonomiskt bistånd",
                "0,6 mkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The level (4,1 mkr) is not the amount; the prose's 0,6 mkr is (the table says -580).",
            ),
        ),
        H("LSS och socialpsykiatri", 3),
        P(
            "Verksamheten fick ett överskott på 1,3 mkr. Försäkringskassan har beviljat assistansersättning "
            "retroaktivt för ett ärende som kommunen finansierat sedan 2024, och en vakant tjänst som boendestödjare "
            "har inte tillsatts.",
            C(
                "LSS och socialpsykiatri",
                "1,3 mkr",
                "+",
                "ersattning_fk",
                "periodisering",
                "vakanser",
                note="Retroactive compensation is periodisering.",
            ),
        ),
        H("Gemensam administration", 3),
        P(
            "Administrationen fick en budgetavvikelse på −1,9 mkr. Hela avvikelsen förklaras av införandet av det nya "
            "verksamhetssystemet, där licenser och implementeringsstöd fakturerades under 2025 i stället för under "
            "2026 som planerat.",
            C("Gemensam administration", "−1,9 mkr", "-", "it_digitalisering", "periodisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Framtid", 2),
        P(
            "Antalet invånare över 80 år väntas öka med 12 procent fram till 2030, vilket ställer krav på fler platser "
            "i särskilt boende.",
            O(None, "volymer", note="A demographic outlook: other."),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under hösten infördes ett nytt bemanningsstöd som ska minska användningen av övertid i äldreomsorgen.",
            A("Äldreomsorg", None, "overtid"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 0,9 mkr av budgeterade 1,5 mkr. Inköpet av nya taklyftar till Lärkbacken "
            "har flyttats till 2026.",
            C(
                "Investeringar",
                "0,9 mkr av budgeterade 1,5 mkr",
                "+",
                "periodisering",
                value=600_000,
                note="Investment under-spending of 0,6 mkr, never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="vindeln-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Vindeln",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Vindelns kommun"},
        style=style,
        blocks=blocks,
    )
