"""Region Norrbotten, Regionstyrelsen, delårsrapport januari–april 2026 (health care and the region's result).

A region's first interim report in "miljoner kronor" with U+2212 minus signs, footer with the regionstyrelse's
meeting date in May and a diarienummer: the period "131 miljoner kronor sämre än periodens budget", the full
year "en negativ avvikelse mot budget med 350 miljoner kronor" and the change since February with its cause
in three sentences of one paragraph; a table per verksamhetsområde; two columns of plain headings over
paragraphs in varied shapes: "Närsjukvården prognostiserar −142 miljoner kronor." with its causes, then in the
same paragraph two sub-areas "−97 respektive −31 miljoner kronor" (their own items); "Kostnaderna överstiger
budget med 168 miljoner kronor"; "beräknas gå 61 miljoner kronor back"; "ett överskott på 6 miljoner
kronor"; drugs whose forecast level (1 120 miljoner kronor) is not the amount; a reason-only regional
service (the table's "+19"); tax revenue and pensions in one sentence ("29 … och pensionskostnaderna 15
miljoner kronor lägre", two items, no tags); investments "170 miljoner kronor inte att användas" after the
level; an action with its effect, the balanskrav and staff numbers against last year with "beror på"
(others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 78.0, 58.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Norrbotten", "Delårsrapport januari–april 2026"),
        footer=lambda n, m: ("Regionstyrelsen 2026-05-28", "Dnr 00512-2026", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde 2026, miljoner kronor (avvikelse mot budget)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Närsjukvård", "3 412", "3 554", "−142"),
            ("Specialiserad somatisk vård", "4 086", "4 254", "−168"),
            ("Psykiatri", "1 018", "1 079", "−61"),
            ("Tandvård", "402", "396", "+6"),
            ("Läkemedel", "1 072", "1 120", "−48"),
            ("Regiongemensamt", "1 356", "1 337", "+19"),
            ("Finansförvaltning", "", "", "+44"),
            ("Summa", "", "", "−350"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–april 2026", size=19, font="sans-bold", after=2),
        Title("Region Norrbotten – Regionstyrelsen", size=12.5, font="sans", after=12),
        H("Resultat och prognos", 1),
        Para(
            (
                (
                    "Region Norrbottens resultat för januari–april är −84 miljoner kronor, vilket är 131 miljoner "
                    "kronor sämre än periodens budget.",
                    C(None, "131 miljoner kronor", "-", note="The period, in its own sentence."),
                ),
                (
                    "Helårsprognosen är ett resultat på −190 miljoner kronor, en negativ avvikelse mot budget med 350 "
                    "miljoner kronor.",
                    C(None, "350 miljoner kronor", "-", note="The full year after the level."),
                ),
                (
                    "Prognosen har försämrats med 45 miljoner kronor sedan februari, i huvudsak på grund av ökade "
                    "kostnader för hyrläkare.",
                    F(None, "45 miljoner kronor", "-", "inhyrd_personal"),
                ),
            )
        ),
        table,
        H("Verksamhetsområdenas prognoser", 2),
        Columns(2),
        H("Närsjukvård", 3),
        Para(
            (
                (
                    "Närsjukvården prognostiserar −142 miljoner kronor. Bristen på specialister i allmänmedicin gör att "
                    "hälsocentralerna i Jokkmokk, Arjeplog och Överkalix bemannas med hyrläkare, och kostnaden för "
                    "inhyrd personal väntas bli dubbelt så hög som budgeterat.",
                    C("Närsjukvård", "−142 miljoner kronor", "-", "inhyrd_personal", "vakanser"),
                ),
                (
                    "Inom området står primärvården och ambulanssjukvården för −97 respektive −31 miljoner kronor.",
                    C(
                        "Primärvård",
                        "−97",
                        "-",
                        unit="mnkr",
                        note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                        also=(C("Ambulanssjukvård", "−31 miljoner kronor", "-"),),
                    ),
                ),
            )
        ),
        H("Specialiserad somatisk vård", 3),
        P(
            "Kostnaderna överstiger budget med 168 miljoner kronor. Fler patienter har remitterats till Norrlands "
            "universitetssjukhus för högspecialiserad vård, och operationsverksamheten har haft stängda salar på "
            "grund av brist på operationssjuksköterskor.",
            C(
                "Specialiserad somatisk vård",
                "168 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                "vakanser",
            ),
        ),
        H("Psykiatri", 3),
        P(
            "Psykiatrin beräknas gå 61 miljoner kronor back, främst till följd av hyrläkare inom vuxenpsykiatrin och "
            "fler köpta vårdplatser för rättspsykiatriska patienter.",
            C("Psykiatri", "61 miljoner kronor", "-", "inhyrd_personal", "kopt_verksamhet", "volymer"),
        ),
        H("Tandvård", 3),
        P(
            "Folktandvården visar ett överskott på 6 miljoner kronor tack vare högre patientintäkter.",
            C("Tandvård", "6 miljoner kronor", "+", "avgifter_intakter"),
        ),
        H("Läkemedel", 3),
        P(
            "Läkemedelskostnaderna beräknas uppgå till 1 120 miljoner kronor för helåret, vilket är 48 miljoner "
            "kronor mer än budgeterat. Ökningen beror på nya behandlingar inom cancer och diabetes.",
            C(
                "Läkemedel",
                "48 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="The forecast level is not the amount; drugs are material_hjalpmedel.",
            ),
        ),
        H("Regiongemensamt", 3),
        P(
            "De regiongemensamma verksamheterna redovisar ett positivt utfall jämfört med budget, främst beroende på "
            "vakanser inom IT och lägre kostnader för licenser.",
            C(
                "Regiongemensamt",
                "+19",
                "+",
                "vakanser",
                "it_digitalisering",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's amount.",
            ),
        ),
        H("Finansförvaltning", 3),
        P(
            "Skatteintäkterna blir 29 miljoner kronor högre än budget och pensionskostnaderna 15 miljoner kronor "
            "lägre.",
            C(
                "Skatteintäkter",
                "29 miljoner kronor",
                "+",
                note=NO_TAG + " Two items in one sentence.",
                also=(C("Pensionskostnader", "15 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringarna för helåret beräknas till 610 miljoner kronor. Av budgeten på 780 miljoner kronor "
            "kommer därmed 170 miljoner kronor inte att användas i år, eftersom ombyggnaden av akutmottagningen i "
            "Piteå har senarelagts ett år.",
            C("Investeringar", "170 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Regionstyrelsen har beslutat om ett program för att bli oberoende av hyrläkare i primärvården till 2027, "
            "med målet att minska kostnaderna för inhyrd personal med 60 miljoner kronor i år.",
            A("Närsjukvård", "60 miljoner kronor", "inhyrd_personal"),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Med den nuvarande prognosen uppfylls inte balanskravet, och ett negativt balanskravsresultat ska enligt "
            "kommunallagen återställas inom tre år.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Antalet anställda har ökat med 96 jämfört med april 2025, vilket främst beror på att fler "
            "sjuksköterskor har anställts inom slutenvården.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-norrbotten-rs-delarsrapport-2026-04.pdf",
        report={
            "municipality": "Region Norrbotten",
            "committee": ["Regionstyrelsen"],
            "period": ["2026-04"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–april 2026", "author": "Region Norrbotten"},
        style=style,
        blocks=blocks,
    )
