"""Uppsala kommun, Gatu- och samhällsmiljönämnden, tertialrapport 1 2026 (januari–april).

A street and park committee's tertial report, footer with a diary number and the nämnd's meeting date in
May: the full year "ett underskott mot budget på 11,4 miljoner kronor" with its cause (snow), the period
"14,9 miljoner kronor sämre än periodiserad budget" with a timing reason, the change since February; a table
in mnkr with en-dash deficits and a net-revenue row written as a negative cost; headings that carry the area
and the amount in brackets with a true minus sign ("Vinterväghållning (−16,5 mnkr)"), a risk paragraph
after the snow item (other), an asphalt price percentage that is not the amount, a cheaper park contract,
a heading "(±0 mnkr)" over "bedöms gå jämnt ut" (boilerplate) and a reason-only run-in area (the row's
"0,7"); investments "Av investeringsbudgeten på 286 mnkr beräknas 241 mnkr att användas" (45 never written
out) and a project that "beräknas överskrida projektbudgeten med 8,3 mnkr"; an action with its effect.
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Uppsala kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("GSN-2026-0412", "Gatu- och samhällsmiljönämnden 2026-05-21", f"{n}/{m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Nettokostnad per verksamhet, mnkr (negativt belopp = nettointäkt)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Vinterväghållning", "62,0", "78,5", "–16,5"),
            ("Gatu- och vägunderhåll", "141,3", "143,8", "–2,5"),
            ("Parkering", "–48,2", "–53,9", "5,7"),
            ("Parker och naturområden", "118,6", "117,4", "1,2"),
            ("Trafiksäkerhet och kollektivtrafik", "37,9", "37,9", "0,0"),
            ("Nämnd och förvaltning", "44,5", "43,8", "0,7"),
            ("Totalt", "356,1", "367,5", "–11,4"),
        ),
        widths=(190.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Gatu- och samhällsmiljönämnden", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämnden prognostiserar ett underskott mot budget på 11,4 miljoner kronor för 2026, framför allt på "
            "grund av de höga kostnaderna för vinterväghållningen under januari och februari.",
            C(
                None,
                "11,4 miljoner kronor",
                "-",
                "ovrigt",
                note="Snow clearing after a snowy winter: ovrigt.",
            ),
        ),
        PS(
            (
                "Periodens utfall är 14,9 miljoner kronor sämre än periodiserad budget, vilket till stor del beror "
                "på att vinterns kostnader belastar årets första månader hårdare än budgeten har periodiserats.",
                C(None, "14,9 miljoner kronor", "-", "ovrigt", "periodisering"),
            ),
            (
                "Jämfört med februariprognosen har underskottet ökat med 4,2 miljoner kronor, i huvudsak på grund av "
                "snöröjningen i mars.",
                F(None, "4,2 miljoner kronor", "-", "ovrigt"),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Vinterväghållning (−16,5 mnkr)",
            "Snöfallen i januari var de största på många år och krävde bortforsling av snö från innerstaden under "
            "flera veckor. Entreprenörernas kostnader för plogning och sandning har dessutom räknats upp med index.",
            C("Vinterväghållning", "−16,5 mnkr", "-", "ovrigt", "prisokningar"),
        ),
        P(
            "Om hösten blir snörik finns risk för ytterligare underskott, eftersom större delen av årets budget redan "
            "är förbrukad.",
            O("Vinterväghållning", note="A risk in a paragraph of its own."),
        ),
        HP(
            "Parkering (+5,7 mnkr)",
            "Intäkterna från parkeringsavgifter blir högre än budgeterat efter taxehöjningen i mars och den utökade "
            "avgiftszonen i Luthagen.",
            C("Parkering", "+5,7 mnkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Gatu- och vägunderhåll (−2,5 mnkr)",
            "Asfaltspriserna har stigit med drygt 12 procent jämfört med gällande avtal, och tjälskadorna efter "
            "vintern kräver fler lagningar än normalt.",
            C(
                "Gatu- och vägunderhåll",
                "−2,5 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The price percentage is not the amount.",
            ),
        ),
        HP(
            "Parker och naturområden (+1,2 mnkr)",
            "Överskottet beror på två vakanta tjänster som parkingenjör och på att skötselentreprenaden i "
            "stadsdelsparkerna har upphandlats till ett lägre pris.",
            C("Parker och naturområden", "+1,2 mnkr", "+", "vakanser", "prisokningar"),
        ),
        HP(
            "Trafiksäkerhet och kollektivtrafik (±0 mnkr)",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Trafiksäkerhet och kollektivtrafik"),
        ),
        LP(
            "Nämnd och förvaltning:",
            "lägre kostnader för konsultstöd än budgeterat.",
            C(
                "Nämnd och förvaltning",
                "0,7",
                "+",
                "inhyrd_personal",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 286 mnkr beräknas 241 mnkr att användas under året. Ombyggnaden av "
            "Vaksalagatan har skjutits upp ett år i väntan på ledningsarbeten.",
            C(
                "Investeringar",
                "286 mnkr beräknas 241 mnkr",
                "+",
                "periodisering",
                value=45e6,
                note="The under-spend (45) is never written out: the computed value, the amount text as written.",
            ),
        ),
        P(
            "Projektet gång- och cykelbro vid Kungsängsesplanaden beräknas överskrida projektbudgeten med 8,3 mnkr "
            "på grund av oväntat dåliga markförhållanden.",
            C("Gång- och cykelbro vid Kungsängsesplanaden", "8,3 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att skjuta planerade beläggningsarbeten på lokalgator till 2027, vilket "
            "minskar kostnaderna för gatu- och vägunderhåll med 3,0 mnkr i år.",
            A("Gatu- och vägunderhåll", "3,0 mnkr", "periodisering"),
        ),
    ]
    return ReportSpec(
        file="uppsala-gsn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Gatu- och samhällsmiljönämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Gatu- och samhällsmiljönämnden",
            "author": "Uppsala kommun",
        },
        style=style,
        blocks=blocks,
    )
