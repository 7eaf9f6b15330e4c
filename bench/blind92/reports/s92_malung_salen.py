"""Malung-Sälens kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026.

An elderly-care and disability committee's first tertial report, footer with the meeting in May: the
period's net cost "4,1 mnkr högre än periodens budget" (negative) and the full year's "underskott på 7,8
mnkr mot budget" in separate sentences (two causes), the change since February's forecast with its cause;
a table whose deviations use a trailing minus ("2 400-"); headings that carry the verksamhet and amount
with an en dash or "+" ("Hemtjänst –2,4 mnkr", "Funktionsstöd LSS +0,2 mnkr", "Korttid och dagverksamhet
±0 mnkr" over "följer budget", boilerplate), a percentage of hours that is not the amount; a grant risk with
an amount (other), an action with its effect after an unlabelled lead-in, and an investment of "1,2 mnkr"
that "genomförs först 2027" (the whole budget unspent). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Malung-Sälens kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Sammanträde 2026-05-27", f"Sida {n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (minus efter tal = underskott)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "5 200", "4 900", "300"),
            ("Hemtjänst", "48 600", "51 000", "2 400-"),
            ("Särskilt boende", "92 400", "96 500", "4 100-"),
            ("Hälso- och sjukvård", "21 300", "23 100", "1 800-"),
            ("Funktionsstöd LSS", "38 900", "38 700", "200"),
            ("Korttid och dagverksamhet", "9 800", "9 800", "0"),
            ("Summa", "216 200", "224 000", "7 800-"),
        ),
        widths=(180.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.92, 0.88),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=3),
        Title("Vård- och omsorgsnämnden, januari–april", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Vård- och omsorgsnämndens nettokostnad för januari–april är 4,1 mnkr högre än periodens budget.",
            C(
                None,
                "4,1 mnkr",
                "-",
                note="A net cost above the period's budget: a negative period deviation.",
            ),
        ),
        P(
            "För helåret bedöms nämnden göra ett underskott på 7,8 mnkr mot budget.",
            C(None, "7,8 mnkr", "-", note="The full year in a sentence of its own."),
        ),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 1,3 mnkr, framför allt för att fler personer "
            "i Sälenområdet har beviljats hemtjänst under vintern.",
            F(None, "1,3 mnkr", "-", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst –2,4 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 9 procent sedan budgeten lades. Långa körsträckor i "
            "fjällområdet har dessutom krävt extra personal och fler bilar under vintern.",
            C(
                "Hemtjänst",
                "–2,4 mnkr",
                "-",
                "volymer",
                "bemanning",
                "material_hjalpmedel",
                note=HEAD + " The 9 percent is not the amount; cars are material_hjalpmedel.",
            ),
        ),
        HP(
            "Särskilt boende –4,1 mnkr",
            "Sjukfrånvaron på två av boendena har legat högt under hela perioden. Korttidsfrånvaron har ersatts "
            "med timvikarier och med övertid för ordinarie personal.",
            C("Särskilt boende", "–4,1 mnkr", "-", "sjukfranvaro", "vikarier", "overtid", note=HEAD),
        ),
        HP(
            "Hälso- och sjukvård –1,8 mnkr",
            "Det har inte gått att rekrytera sjuksköterskor till de vakanta tjänsterna, och kommunen har därför "
            "anlitat hyrsjuksköterskor under större delen av perioden.",
            C("Hälso- och sjukvård", "–1,8 mnkr", "-", "vakanser", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Funktionsstöd LSS +0,2 mnkr",
            "En bostad med särskild service har haft en ledig plats sedan februari, och ersättningen från "
            "Försäkringskassan för personlig assistans har blivit högre än budgeterat.",
            C("Funktionsstöd LSS", "+0,2 mnkr", "+", "volymer", "ersattning_fk", note=HEAD),
        ),
        HP(
            "Nämnd och ledning +0,3 mnkr",
            "Överskottet beror på lägre kostnader för konsulter än budgeterat.",
            C(
                "Nämnd och ledning",
                "+0,3 mnkr",
                "+",
                "inhyrd_personal",
                note=HEAD + " Consultants: inhyrd_personal.",
            ),
        ),
        HP(
            "Korttid och dagverksamhet ±0 mnkr",
            "Verksamheten följer budget.",
            BP("Korttid och dagverksamhet", note="A heading '±0 mnkr' over 'följer budget': boilerplate."),
        ),
        H("Osäkerheter", 2),
        P(
            "Det är ännu oklart om statsbidraget för ökad bemanning inom äldreomsorgen betalas ut även 2026. Uteblir "
            "bidraget försämras prognosen med cirka 1,5 mnkr.",
            O(None, note="A grant risk with an amount: other."),
        ),
        H("Åtgärder", 2),
        PS(
            ("Nämnden har antagit en handlingsplan för en ekonomi i balans.", None),
            (
                "Sjukfrånvaron ska mötas med ett förstärkt rehabiliteringsarbete och övertid får bara beordras "
                "efter beslut av enhetschef, vilket beräknas minska kostnaderna med 1,0 mnkr under året.",
                A("Särskilt boende", "1,0 mnkr", "overtid", "sjukfranvaro"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Inköpet av nya digitala trygghetslarm till de särskilda boendena, budgeterat till 1,2 mnkr, genomförs "
            "först 2027 efter en ny upphandling.",
            C(
                "Investeringar",
                "1,2 mnkr",
                "+",
                "periodisering",
                note="The whole investment budget unspent this year: under-spending.",
            ),
        ),
    ]
    return ReportSpec(
        file="malung-salen-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Malung-Sälen",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden",
            "author": "Malung-Sälens kommun",
        },
        style=style,
        blocks=blocks,
    )
