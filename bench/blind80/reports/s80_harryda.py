"""Härryda kommun, Förskole- och grundskolenämnden, tertialrapport 1 2026.

An education committee's first tertial report, footer with the meeting date in May: the period "3,4 mnkr
bättre än den periodiserade budgeten" and its timing reason in the next sentence (amount null), the full year
"ett underskott på 5,9 mnkr" beside a percentage of the frame, the change since February with its cause; a
shaded table in tkr with en dashes as minus
signs ("–2 800"); two columns of headings that carry the verksamhet and its amount with an en dash
("Förskola –2 800 tkr", "Anpassad grundskola +750 tkr"), then a plain heading over a reason-only surplus (the
row's "1 150"), an undistributed buffer "på 1 100 tkr" (reserver) and "bedöms hålla budget"; an action with
its effect; investments whose whole budget "bedöms användas" (boilerplate); children against last year
(other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount (en dash as minus)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Härryda kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Förskole- och grundskolenämnden", "Sammanträde 2026-05-20", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 400", "17 250", "1 150"),
            ("Förskola", "412 600", "415 400", "–2 800"),
            ("Grundskola", "861 300", "866 450", "–5 150"),
            ("Anpassad grundskola", "38 200", "37 450", "750"),
            ("Fritidshem", "96 500", "96 500", "0"),
            ("Skolskjuts", "21 700", "22 650", "–950"),
            ("Nämndens buffert", "1 100", "0", "1 100"),
            ("Summa", "1 449 800", "1 455 700", "–5 900"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        shade=(0.9, 0.93, 0.88),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="cond-bold", after=2),
        Title("Förskole- och grundskolenämnden", size=12, font="cond", after=12),
        H("Ekonomiskt läge", 2),
        Para(
            (
                (
                    "Nämndens resultat efter april är 3,4 mnkr bättre än den periodiserade budgeten.",
                    C(None, "3,4 mnkr", "+", note="The period against budget."),
                ),
                (
                    "Överskottet är till stor del tillfälligt och beror på att kostnaderna för läromedel och "
                    "fortbildning brukar komma under hösten.",
                    C(
                        None,
                        None,
                        "+",
                        "periodisering",
                        note="The period surplus's timing reason apart from its amount: a cause, amount null.",
                    ),
                ),
            )
        ),
        P(
            "För helåret prognostiseras däremot ett underskott på 5,9 mnkr, motsvarande 0,7 procent av nämndens "
            "budgetram.",
            C(None, "5,9 mnkr", "-", note="The full year; the percentage of the frame is not the amount."),
        ),
        P(
            "Prognosen är 1,2 mnkr sämre än i februarirapporten, då antalet barn i förskolan har ökat mer än "
            "väntat.",
            F(None, "1,2 mnkr", "-", "volymer"),
        ),
        table,
        Columns(2),
        HP(
            "Förskola –2 800 tkr",
            "Barnantalet i förskolan är högre än det som budgeten bygger på, särskilt i Mölnlycke och Landvetter, "
            "och två nya avdelningar har öppnats tidigare än planerat. Det ger högre personalkostnader och högre "
            "lokalkostnader.",
            C("Förskola", "–2 800 tkr", "-", "volymer", "lokaler", "periodisering", note=HEAD),
        ),
        HP(
            "Grundskola –5 150 tkr",
            "Grundskolan har fler elever i behov av särskilt stöd än tidigare år, vilket kräver fler "
            "resurspersoner. Vikariekostnaderna har dessutom ökat till följd av en hög korttidsfrånvaro under "
            "vintern.",
            C(
                "Grundskola",
                "–5 150 tkr",
                "-",
                "volymer",
                "bemanning",
                "vikarier",
                "sjukfranvaro",
                note=HEAD + " More resource staff is bemanning.",
            ),
        ),
        HP(
            "Anpassad grundskola +750 tkr",
            "Färre elever än budgeterat har skrivits in, och en lärartjänst är vakant sedan februari.",
            C("Anpassad grundskola", "+750 tkr", "+", "volymer", "vakanser", note=HEAD),
        ),
        HP(
            "Skolskjuts –950 tkr",
            "Det nya skolskjutsavtalet som gäller från januari är dyrare än det gamla, och fler elever har rätt "
            "till skolskjuts sedan Ekdalaskolan flyttade till tillfälliga lokaler.",
            C("Skolskjuts", "–950 tkr", "-", "prisokningar", "volymer", note=HEAD),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Nämnd och förvaltningsledning redovisar ett överskott, främst på grund av en vakant tjänst som "
            "verksamhetsutvecklare och lägre konsultkostnader.",
            C(
                "Nämnd och förvaltningsledning",
                "1 150",
                "+",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        P(
            "Nämndens buffert på 1 100 tkr är inte fördelad och bidrar därför till prognosen.",
            C("Nämndens buffert", "1 100 tkr", "+", "reserver", note="An undistributed buffer: reserver."),
        ),
        P("Fritidshemmen bedöms hålla budget.", BP("Fritidshem")),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en restriktiv prövning av vikarier och ser över organisationen av "
            "resurspersoner i grundskolan. Åtgärderna beräknas förbättra resultatet med 2,0 mnkr under hösten.",
            A("Grundskola", "2,0 mnkr", "vikarier", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 9,5 mnkr har 1,2 mnkr använts efter april. Hela budgeten bedöms "
            "användas under året.",
            BP("Investeringar", note="The whole investment frame is used: boilerplate."),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet inskrivna barn i förskolan var i april 3 140, vilket är 85 fler än ett år tidigare.",
            O("Förskola", "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="harryda-fgn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Härryda",
            "committee": ["Förskole- och grundskolenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Förskole- och grundskolenämnden",
            "author": "Härryda kommun",
        },
        style=style,
        blocks=blocks,
    )
