"""Sollefteå kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's first tertial report in DejaVu Serif with DejaVu Sans headings, footer with the nämnd's
meeting date in May: the period given only as a share of the annual budget ("förbrukat 35,9 procent av
årsbudgeten, att jämföra med riktvärdet 33,3 procent": a cause with amount null), the full year in the next
sentence with a percentage of the ram and the ram's level beside it ("underskottet bli 9,8 mnkr, vilket
motsvarar 2,1 procent av nämndens ram på 466 mnkr") and the change since February with its cause; a verksamhet
table in tkr with February's deviation in its own column; two columns of headings that carry the verksamhet
and the amount after a comma ("Barn och familj, −7,1 mnkr"), whose paragraphs give reasons only, with counts
("från nio till fjorton"), a year-on-year percentage inside the explanation, a surplus heading whose paragraph
also names a revenue loss; a verksamhet whose deviation "ryms inom osäkerhetsmarginalen" (still a cause);
actions as bullets, one with "Effekten bedöms till 0,6 mnkr", and a risk with a monthly cost (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Sollefteå kommun | Socialförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Årsbudget", "Utfall jan–apr", "Prognos", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Nämnd och förvaltningsledning", "8 400", "2 610", "7 900", "500", "400"),
            ("Barn och familj", "68 200", "26 950", "75 300", "−7 100", "−5 200"),
            ("Vuxna – missbruk och psykiatri", "41 600", "14 820", "43 000", "−1 400", "−1 300"),
            ("Ekonomiskt bistånd", "29 800", "11 100", "32 100", "−2 300", "−2 000"),
            ("Funktionsstöd", "152 000", "51 314", "151 100", "900", "600"),
            ("Äldreomsorg", "166 000", "60 500", "166 400", "−400", "0"),
            ("Summa", "466 000", "167 294", "475 800", "−9 800", "−7 500"),
        ),
        widths=(140.0, 58.0, 74.0, 58.0, 62.0, 78.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 – januari till april 2026", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt utfall och helårsprognos", 2),
        PS(
            (
                "Socialnämnden har efter årets första fyra månader förbrukat 35,9 procent av årsbudgeten, att "
                "jämföra med riktvärdet 33,3 procent.",
                C(
                    None,
                    None,
                    "-",
                    note="The period's deviation as a share of the annual budget only: a cause, amount null.",
                ),
            ),
            (
                "För helåret bedöms underskottet bli 9,8 mnkr, vilket motsvarar 2,1 procent av nämndens ram på 466 "
                "mnkr.",
                C(None, "9,8 mnkr", "-", note="The percentage and the ram's level are not the amount."),
            ),
            (
                "Det är en försämring med 2,3 mnkr jämfört med prognosen i februari, då två nya placeringar har "
                "tillkommit.",
                F(None, "2,3 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Barn och familj, −7,1 mnkr",
            "Två ungdomar har sedan mars vårdats på särskilda ungdomshem efter beslut enligt LVU, och antalet barn i "
            "familjehem via konsulentföretag har ökat från nio till fjorton. Egna familjehem har varit svåra att "
            "hitta.",
            C(
                "Barn och familj",
                "−7,1 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The heading carries the area and amount; the counts are not amounts.",
            ),
        ),
        HP(
            "Vuxna – missbruk och psykiatri, −1,4 mnkr",
            "Kostnaden för skyddat boende för våldsutsatta har ökat. Underskottet motsvarar i stort sett två "
            "placeringar på helår.",
            C("Vuxna – missbruk och psykiatri", "−1,4 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Ekonomiskt bistånd, −2,3 mnkr",
            "Utbetalningarna av försörjningsstöd har ökat med 11 procent jämfört med samma period förra året. Fler "
            "hushåll har ett långvarigt behov sedan etableringstiden har gått ut, och varslen inom skogsindustrin har "
            "gett fler unga sökande.",
            C(
                "Ekonomiskt bistånd",
                "−2,3 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The year-on-year percentage is part of the explanation, not the amount.",
            ),
        ),
        HP(
            "Funktionsstöd, +0,9 mnkr",
            "Det nya gruppboendet enligt LSS på Nipan öppnar först i oktober i stället för i juli, vilket ger lägre "
            "personalkostnader under året. Ersättningen från Försäkringskassan för personlig assistans har däremot "
            "minskat efter två omprövningar.",
            C(
                "Funktionsstöd",
                "+0,9 mnkr",
                "+",
                "periodisering",
                "ersattning_fk",
                note="A surplus despite a revenue loss: the paragraph gives both causes.",
            ),
        ),
        HP(
            "Nämnd och förvaltningsledning, +0,5 mnkr",
            "En tjänst som utvecklingsledare är vakant till hösten.",
            C("Nämnd och förvaltningsledning", "+0,5 mnkr", "+", "vakanser"),
        ),
        P(
            "Äldreomsorgen visar en mindre avvikelse, −0,4 mnkr, som ryms inom osäkerhetsmarginalen.",
            C("Äldreomsorg", "−0,4 mnkr", "-", note="A small deviation with no reason is still a cause."),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "Ett eget behandlingsteam för familjer startar i september och ska ersätta delar av de externa "
                "öppenvårdsinsatserna.",
                "Rekrytering av egna familjehem genom en gemensam kampanj med Kramfors och Härnösand.",
                "Samtliga ärenden inom försörjningsstöd med mer än tolv månaders bistånd gås igenom tillsammans med "
                "arbetsmarknadsenheten. Effekten bedöms till 0,6 mnkr för resten av året.",
            ),
            labels=(
                A("Barn och familj", None, "kopt_verksamhet"),
                A("Barn och familj", None, "kopt_verksamhet"),
                A("Ekonomiskt bistånd", "0,6 mnkr", "ekonomiskt_bistand"),
            ),
        ),
        H("Risker", 2),
        P(
            "Prognosen bygger på att inga ytterligare placeringar tillkommer. Varje ny placering på särskilt "
            "ungdomshem kostar omkring 190 tkr per månad.",
            O("Barn och familj", "kopt_verksamhet", note="A risk with a unit cost: other."),
        ),
    ]
    return ReportSpec(
        file="solleftea-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Sollefteå kommun"},
        style=style,
        blocks=blocks,
    )
