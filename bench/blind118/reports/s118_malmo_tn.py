"""Malmö stad, Tekniska nämnden, uppföljningsrapport april 2026.

A technical committee's follow-up report in "miljoner kronor" and mnkr, footer with the nämnd's meeting date in
May: the full year "14,0 miljoner kronor sämre än budget" with the snow named in the next sentence (one item),
the budget's level (unlabelled), the change since February with its cause; a shaded table per
verksamhetsområde with hyphen-minus; headings that carry the area and the amount in brackets ("Gata och
trafik (-9,6 mnkr)") over paragraphs that give a part ("7,9 miljoner kronor mer än budgeterat", "2,8 miljoner
kronor högre") that is not the amount, fee revenue, fewer hours to bill and premises, consultants and IT;
investments where "148 miljoner kronor av investeringsbudgeten på 760 miljoner kronor inte förbrukas" and a
bridge that "beräknas bli 18 miljoner kronor dyrare än projektbudgeten"; an action with its effect and a
winter risk (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

PART = "The heading's amount is the area's, the prose's figure only a part."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Malmö stad", "Tekniska nämnden – Uppföljningsrapport april 2026"),
        footer=lambda n, m: ("TN-2026-1187", "Tekniska nämnden 2026-05-20", f"{n} (av {m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "-612,3", "-621,9", "-9,6"),
            ("Park och natur", "-298,7", "-300,8", "-2,1"),
            ("Parkering och tillstånd", "84,5", "87,9", "3,4"),
            ("Projektering och byggledning", "-12,0", "-13,2", "-1,2"),
            ("Förvaltningsgemensamt", "-375,5", "-380,0", "-4,5"),
            ("Tekniska nämnden totalt", "-1 214,0", "-1 228,0", "-14,0"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=False,
        shade=(0.85, 0.9, 0.95),
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=20, font="narrow-bold", after=2),
        Title("Tekniska nämnden", size=13, font="narrow", after=14),
        H("Sammanfattning", 2),
        P(
            "Tekniska nämnden prognostiserar för 2026 ett resultat som är 14,0 miljoner kronor sämre än budget. "
            "Merkostnaderna för vinterväghållningen efter den snörika vintern svarar för mer än hälften av "
            "underskottet.",
            C(None, "14,0 miljoner kronor", "-", "ovrigt", note="Snow: ovrigt."),
        ),
        P("Nämndens driftbudget för 2026 uppgår till 1 214 miljoner kronor netto."),
        P(
            "Jämfört med prognosen i februari har resultatet försämrats med 5,5 miljoner kronor till följd av "
            "snöröjningen under februari.",
            F(None, "5,5 miljoner kronor", "-", "ovrigt"),
        ),
        table,
        H("Avvikelser per verksamhetsområde", 2),
        HP(
            "Gata och trafik (-9,6 mnkr)",
            "Vinterväghållningen har kostat 7,9 miljoner kronor mer än budgeterat efter snöfallen i januari och "
            "februari. Därtill kommer högre kostnader för beläggningsunderhåll när asfaltspriserna har stigit.",
            C("Gata och trafik", "-9,6 mnkr", "-", "ovrigt", "prisokningar", note=PART),
        ),
        HP(
            "Park och natur (-2,1 mnkr)",
            "Omfattande skadegörelse på lekplatser och i parker samt röjning efter stormen i mars.",
            C("Park och natur", "-2,1 mnkr", "-", "ovrigt"),
        ),
        HP(
            "Parkering och tillstånd (+3,4 mnkr)",
            "Intäkterna från boendeparkering och felparkeringsavgifter blir högre än budgeterat sedan taxorna "
            "höjdes i februari.",
            C("Parkering och tillstånd", "+3,4 mnkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Projektering och byggledning (-1,2 mnkr)",
            "Färre timmar än planerat har kunnat debiteras investeringsprojekten, eftersom flera projekt har pausats.",
            C("Projektering och byggledning", "-1,2 mnkr", "-", "volymer"),
        ),
        HP(
            "Förvaltningsgemensamt (-4,5 mnkr)",
            "Hyran för förvaltningens nya kontor i Hyllie blir 2,8 miljoner kronor högre än budgeterat, och "
            "kostnaderna för konsulter i förvaltningens digitaliseringsprogram har ökat.",
            C(
                "Förvaltningsgemensamt",
                "-4,5 mnkr",
                "-",
                "lokaler",
                "inhyrd_personal",
                "it_digitalisering",
                note=PART,
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 612 miljoner kronor, vilket innebär att 148 miljoner kronor av "
            "investeringsbudgeten på 760 miljoner kronor inte förbrukas. Det beror främst på att ombyggnaden av "
            "Amiralsgatan har skjutits upp i väntan på ledningsarbeten.",
            C("Investeringar", "148 miljoner kronor", "+", "periodisering"),
        ),
        P(
            "Gång- och cykelbron över Sege å vid Kvarnby beräknas bli 18 miljoner kronor dyrare än projektbudgeten, "
            "främst på grund av högre stålpriser.",
            C("Gång- och cykelbron över Sege å", "18 miljoner kronor", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta delar av beläggningsprogrammet till 2027, vilket minskar årets "
            "kostnader med 4,0 miljoner kronor.",
            A("Gata och trafik", "4,0 miljoner kronor"),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter en normal vinter i november och december. En snörik förvinter kan försämra "
            "resultatet med upp till 10 miljoner kronor.",
            O("Gata och trafik", "ovrigt", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="malmo-tn-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Tekniska nämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={"title": "Uppföljningsrapport april 2026 Tekniska nämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
