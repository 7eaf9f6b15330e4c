"""Region Stockholm, Styrelsen för Karolinska Universitetssjukhuset, tertialrapport 1 2026.

A university hospital's first tertial report in "miljoner kronor", its kostnadsslag table pasted as an image
(every amount lives in the prose), footer with the styrelse's meeting date in May: the period "96 miljoner
kronor sämre än budget för perioden" and the full year as two levels ("−310 miljoner kronor mot ett
budgeterat resultat på −25 miljoner kronor", 285 never written out) in two sentences, the reasons for the
whole in a paragraph of their own (amount null); bold run-in kostnadsslag ending in a full stop:
"överstiger budget med 118 miljoner kronor", a drug forecast level before "64 miljoner kronor mer än
budgeterat" (the level is not the amount), care revenue "92 miljoner kronor lägre än budget", a reason-only
deficit whose amount is only in the image (null) and premises "11 miljoner kronor lägre än budget"; a
forecast change with a "varav"; investments "55 miljoner kronor lägre än investeringsbudgeten"; an action,
a risk, equity and bed numbers against last year (others). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Karolinska Universitetssjukhuset", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsen för Karolinska Universitetssjukhuset 2026-05-28", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, miljoner kronor",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Vårdersättning", "17 840", "5 860", "17 748", "−92"),
            ("Övriga intäkter", "2 310", "790", "2 318", "+8"),
            ("Personalkostnader", "−11 420", "−3 890", "−11 538", "−118"),
            ("Läkemedel", "−1 056", "−372", "−1 120", "−64"),
            ("Material och tjänster", "−3 910", "−1 330", "−3 940", "−30"),
            ("Lokalkostnader", "−2 640", "−872", "−2 629", "+11"),
            ("Övriga kostnader", "−1 149", "−328", "−1 149", "0"),
            ("Resultat", "−25", "−142", "−310", "−285"),
        ),
        widths=(150.0, 72.0, 76.0, 72.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Karolinska Universitetssjukhuset", size=13, font="arial", after=14),
        H("Sammanfattning av ekonomin", 1),
        P(
            "Resultatet för januari–april uppgår till −142 miljoner kronor, vilket är 96 miljoner kronor sämre än "
            "budget för perioden.",
            C(None, "96 miljoner kronor", "-", note="The period: its own paragraph."),
        ),
        P(
            "Helårsprognosen uppgår till −310 miljoner kronor mot ett budgeterat resultat på −25 miljoner kronor.",
            C(
                None,
                "−310 miljoner kronor mot ett budgeterat resultat på −25 miljoner kronor",
                "-",
                value=285_000_000,
                note="The full year as two levels: the deviation of 285 miljoner kronor is never written out, "
                "the computed value.",
            ),
        ),
        P(
            "Avvikelsen beror främst på att vårdersättningen blir lägre än beräknat när produktionen inom den "
            "högspecialiserade vården inte når avtalad nivå, och på höga kostnader för inhyrda sjuksköterskor inom "
            "intensivvården.",
            C(
                None,
                None,
                "-",
                "volymer",
                "avgifter_intakter",
                "inhyrd_personal",
                note="The reasons for the whole in a paragraph of their own: amount null.",
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna överstiger budget med 118 miljoner kronor, främst till följd av övertid och inhyrd "
            "personal inom intensivvården och operation.",
            C("Personalkostnader", "118 miljoner kronor", "-", "overtid", "inhyrd_personal"),
        ),
        LP(
            "Läkemedel.",
            "Läkemedelskostnaderna prognostiseras till 1 120 miljoner kronor, 64 miljoner kronor mer än budgeterat, "
            "främst på grund av nya cancerläkemedel.",
            C(
                "Läkemedel",
                "64 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="The forecast level is not the amount. Drugs: material_hjalpmedel.",
            ),
        ),
        LP(
            "Vårdersättning.",
            "Intäkterna från vårdavtalet blir 92 miljoner kronor lägre än budget när antalet operationer blir färre "
            "än avtalat.",
            C("Vårdersättning", "92 miljoner kronor", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Material och tjänster.",
            "Medicinskt förbrukningsmaterial bedöms kosta mer än budgeterat till följd av prisökningar hos "
            "leverantörerna.",
            C(
                "Material och tjänster",
                None,
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note="Reason only, and the table is an image with no text layer: amount null.",
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Lokalkostnaderna blir 11 miljoner kronor lägre än budget, då flytten till det nya laboratoriehuset har "
            "senarelagts.",
            C("Lokalkostnader", "11 miljoner kronor", "+", "lokaler", "periodisering"),
        ),
        H("Förändring mot föregående prognos", 2),
        P(
            "Jämfört med prognosen per februari har helårsprognosen försämrats med 40 miljoner kronor, varav 25 "
            "miljoner kronor avser lägre ersättning för patienter från andra regioner.",
            F(None, "40 miljoner kronor", "-", "avgifter_intakter", note="A 'varav' part: the total."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas uppgå till 410 miljoner kronor, vilket är 55 "
            "miljoner kronor lägre än investeringsbudgeten, eftersom leveransen av två strålbehandlingsapparater "
            "skjuts till 2027.",
            C("Investeringar", "55 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusets åtgärdsplan, med bland annat stopp för ny inhyrd personal och en översyn av bemanningen i "
            "operationsverksamheten, beräknas förbättra resultatet med 60 miljoner kronor på helår.",
            A(None, "60 miljoner kronor", "inhyrd_personal", "bemanning"),
        ),
        P(
            "Osäkerheten i prognosen gäller främst utfallet av förhandlingen med hälso- och sjukvårdsnämnden om "
            "ersättningen för årets produktion.",
            O(None, note="A risk."),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Sjukhuset har sedan tidigare ett negativt eget kapital, som enligt regionfullmäktiges beslut ska "
            "återställas senast 2028.",
            O(None, note="Equity: other."),
        ),
        P(
            "I genomsnitt var 1 010 vårdplatser öppna under perioden, 25 fler än under samma period 2025, vilket "
            "beror på att fler sjuksköterskor har anställts.",
            O(None, note="Beds against the previous year with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-karolinska-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för Karolinska Universitetssjukhuset",
                "Karolinska Universitetssjukhuset",
            ],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Karolinska Universitetssjukhuset",
            "author": "Region Stockholm",
        },
        style=style,
        blocks=blocks,
    )
