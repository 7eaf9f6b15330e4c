"""Uppsala kommun, Kulturnämnden, tertialrapport 1 2026.

A culture committee's tertial report in "miljoner kronor" with U+2212 minus signs, footer with the nämnd's
meeting date in May: the full year's "överskott på 1,4 miljoner kronor" and the change since February with
its cause in one paragraph (two items), the period "3,6 miljoner kronor lägre än periodiserad budget" with
its timing reason; a table per verksamhet; two columns of plain headings whose paragraphs say the direction
in varied ways: "överskrider budget med 2,2 miljoner kronor", revenue "1,7 miljoner kronor högre än
budgeterat", "Ett positivt utfall jämfört med budget om 0,9 miljoner kronor väntas", a reason-only surplus
(the row's "+0,7"), "Kulturskolans underskott, en halv miljon kronor," in words, "bedöms hålla budget"
(boilerplate) and "Överskottet på 0,8 miljoner kronor beror på"; investments "beräknas användas fullt ut"
(boilerplate), a risk and an action with its effect. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=24.0,
        header=lambda n, m: ("Uppsala kommun", "Kulturförvaltningen"),
        footer=lambda n, m: ("Kulturnämnden 2026-05-21", "Dnr KTN-2026-00187", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, miljoner kronor",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Bibliotek", "168,4", "170,6", "−2,2"),
            ("Kulturhus och scenkonst", "74,9", "73,2", "+1,7"),
            ("Museer och kulturarv", "52,3", "51,4", "+0,9"),
            ("Kulturstöd och bidrag", "61,0", "60,3", "+0,7"),
            ("Kulturskola", "58,7", "59,2", "−0,5"),
            ("Konst i offentlig miljö", "9,6", "9,6", "0,0"),
            ("Nämnd och administration", "21,2", "20,4", "+0,8"),
            ("Summa", "446,1", "444,7", "+1,4"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        shade=(0.9, 0.9, 0.9),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="arial-bold", after=2),
        Title("Kulturnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat och prognos", 1),
        PS(
            (
                "Kulturnämnden prognostiserar ett överskott på 1,4 miljoner kronor för 2026.",
                C(None, "1,4 miljoner kronor", "+"),
            ),
            (
                "Det är en förbättring med 0,9 miljoner kronor jämfört med budgetuppföljningen i februari, som beror "
                "på att hyresavtalet för ateljéhuset har omförhandlats.",
                F(None, "0,9 miljoner kronor", "+", "lokaler"),
            ),
        ),
        P(
            "Efter april är utfallet 3,6 miljoner kronor lägre än periodiserad budget, vilket främst förklaras av att "
            "flera evenemang och utbetalningar av kulturstöd ligger under sommaren och hösten.",
            C(
                None,
                "3,6 miljoner kronor",
                "+",
                "periodisering",
                note="The period's deviation with its timing reason in one sentence.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        H("Bibliotek", 3),
        P(
            "Biblioteken överskrider budget med 2,2 miljoner kronor. Bevakning vid två bibliotek efter upprepade "
            "incidenter och ett nytt biblioteksdatasystem förklarar avvikelsen.",
            C(
                "Bibliotek",
                "2,2 miljoner kronor",
                "-",
                "ovrigt",
                "it_digitalisering",
                note="Security guards after incidents: ovrigt.",
            ),
        ),
        H("Kulturhus och scenkonst", 3),
        P(
            "Publiktillströmningen till vårens föreställningar har varit god och biljettintäkterna väntas bli 1,7 "
            "miljoner kronor högre än budgeterat.",
            C("Kulturhus och scenkonst", "1,7 miljoner kronor", "+", "avgifter_intakter", "volymer"),
        ),
        H("Museer och kulturarv", 3),
        P(
            "Ett positivt utfall jämfört med budget om 0,9 miljoner kronor väntas, eftersom en tjänst som antikvarie "
            "står vakant och en utställning har flyttats till 2027.",
            C("Museer och kulturarv", "0,9 miljoner kronor", "+", "vakanser", "periodisering"),
        ),
        H("Kulturstöd och bidrag", 3),
        P(
            "Färre ansökningar om projektstöd än väntat gör att stöden inte bedöms förbrukas fullt ut.",
            C(
                "Kulturstöd och bidrag",
                "+0,7",
                "+",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolans underskott, en halv miljon kronor, beror på att avgiftsintäkterna blir lägre sedan "
            "nämnden sänkte avgiften för syskon.",
            C(
                "Kulturskola",
                "en halv miljon kronor",
                "-",
                "avgifter_intakter",
                value=500_000,
                note="An amount in words.",
            ),
        ),
        H("Konst i offentlig miljö", 3),
        P("Verksamheten bedöms hålla budget.", BP("Konst i offentlig miljö")),
        H("Nämnd och administration", 3),
        P(
            "Överskottet på 0,8 miljoner kronor beror på lägre kostnader för konsulter i samband med förvaltningens "
            "omorganisation.",
            C("Nämnd och administration", "0,8 miljoner kronor", "+", "inhyrd_personal", "omstallning"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 12,5 miljoner kronor beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Risker", 2),
        P(
            "Kostnaderna för bevakning kan öka ytterligare om incidenterna vid biblioteken fortsätter under hösten.",
            O("Bibliotek", note="A risk."),
        ),
        H("Åtgärder", 2),
        P(
            "Biblioteksverksamheten ser över öppettiderna vid de minst besökta filialerna för att minska kostnaderna "
            "med 0,5 miljoner kronor under hösten.",
            A("Bibliotek", "0,5 miljoner kronor", "bemanning"),
        ),
    ]
    return ReportSpec(
        file="uppsala-kln-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Kulturnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kulturnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
