"""Motala kommun, Tekniska nämnden, prognos 1 2026 (per februari).

A technical committee's first forecast of the year in DejaVu Sans Condensed, footer with the nämnd's meeting
date in March: the full year "3,4 miljoner kronor högre än budgeterat" with the snowy winter as its reason in
the next sentence (one item); a comment table in tkr with hyphen-minus deviations whose last column explains
each row: reason-only comments taking their cells ("-500", "-2 800", "300", "-100"), a comment that names its
own amount in another unit ("0,3 miljoner kronor" of the row's "-300"), "Enligt budget." (boilerplate) and a
row with no comment; investments "Av investeringsbudgeten på 86,5 miljoner kronor bedöms 71,0 miljoner kronor
användas" (15,5 never written out) and two projects "1,2 respektive 0,6 miljoner kronor dyrare än budgeterat";
net costs against the same period last year with "beror på", an action with its effect and a winter risk
(others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Motala kommun", "Prognos 1 2026 – Tekniska nämnden"),
        footer=lambda n, m: ("Tekniska nämnden 2026-03-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gator och vägar", "38 600", "39 100", "-500"),
                "Högre kostnader för beläggningsunderhåll sedan asfaltsindex har stigit mer än beräknat.",
                C("Gator och vägar", "-500", "-", "prisokningar", unit="tkr", table=True),
            ),
            (
                ("Vinterväghållning", "14 200", "17 000", "-2 800"),
                "Januari och februari har varit snörika med 23 plogningstillfällen mot normalt 12. Prognosen "
                "förutsätter normala förhållanden i november och december.",
                C(
                    "Vinterväghållning",
                    "-2 800",
                    "-",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the row's cell; snow is ovrigt.",
                ),
            ),
            (
                ("Parker och grönområden", "16 400", "16 100", "300"),
                "Två vakanta tjänster som parkarbetare tillsätts först i april.",
                C("Parker och grönområden", "300", "+", "vakanser", unit="tkr", table=True),
            ),
            (
                ("Gästhamnen", "1 200", "1 500", "-300"),
                "Gästhamnens intäkter väntas bli 0,3 miljoner kronor lägre än budget eftersom bryggorna byggs om "
                "under högsäsongen.",
                C(
                    "Gästhamnen",
                    "0,3 miljoner kronor",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="The comment names its own amount, in another unit than the table.",
                ),
            ),
            (
                ("Bostadsanpassning", "4 900", "5 000", "-100"),
                "Något fler ansökningar om bostadsanpassningsbidrag än budgeterat.",
                C("Bostadsanpassning", "-100", "-", "volymer", unit="tkr", table=True),
            ),
            (
                ("Nämnd och administration", "9 300", "9 300", "0"),
                "Enligt budget.",
                BP("Nämnd och administration"),
            ),
            (("Trafiksäkerhet", "2 100", "2 100", "0"), "", None),
            (("Summa", "86 700", "90 100", "-3 400"), "", None),
        ),
        widths=(116.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Prognos 1 2026", size=20, font="cond-bold", after=2),
        Title("Tekniska nämnden", size=13, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Tekniska nämnden beräknar att årets nettokostnader blir 3,4 miljoner kronor högre än budgeterat. Den "
            "största avvikelsen finns inom vinterväghållningen, där januari och februari har krävt betydligt fler "
            "snöröjningsinsatser än en normal vinter.",
            C(
                None,
                "3,4 miljoner kronor",
                "-",
                "ovrigt",
                note="The full year with its main reason: one item.",
            ),
        ),
        P(
            "Prognos 1 bygger på utfallet till och med februari. Verksamheternas kommentarer redovisas i tabellen "
            "nedan."
        ),
        H("Driftredovisning per verksamhet", 2),
        table,
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 86,5 miljoner kronor bedöms 71,0 miljoner kronor användas under året. Den "
            "lägre prognosen beror på att gång- och cykelbron över Motala ström skjuts till 2027 i väntan på "
            "tillstånd från mark- och miljödomstolen.",
            C(
                "Investeringar",
                "investeringsbudgeten på 86,5 miljoner kronor bedöms 71,0 miljoner kronor",
                "+",
                "periodisering",
                value=15_500_000,
                note="Under-spending of 15,5 miljoner kronor, never written out: the computed value.",
            ),
        ),
        P(
            "Projekten Belysning Råssnäs och Trafiksäkerhetsåtgärder vid skolor beräknas bli 1,2 respektive 0,6 "
            "miljoner kronor dyrare än budgeterat på grund av högre entreprenadpriser.",
            C(
                "Belysning Råssnäs",
                "1,2",
                "-",
                "prisokningar",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("Trafiksäkerhetsåtgärder vid skolor", "0,6 miljoner kronor", "-", "prisokningar"),),
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna för januari–februari är 6 procent högre än samma period 2025, vilket främst beror på "
            "vinterväghållningen.",
            O(None, note="Against the previous year: other."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "För att minska underskottet har nämnden beslutat att skjuta planerat underhåll av grusvägar och "
            "lekplatser till hösten, vilket beräknas ge 1,0 miljoner kronor.",
            A(None, "1,0 miljoner kronor"),
        ),
        P(
            "Om november och december blir lika snörika som årets början kan kostnaderna för vinterväghållning öka "
            "med ytterligare 2 miljoner kronor.",
            O("Vinterväghållning", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="motala-tn-prognos-1-2026-02.pdf",
        report={
            "municipality": "Motala",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-02"],
            "report_type": "prognos",
        },
        metadata={"title": "Prognos 1 2026 Tekniska nämnden", "author": "Motala kommun"},
        style=style,
        blocks=blocks,
    )
