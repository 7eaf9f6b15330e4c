"""Härryda kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A social committee's tjänsteskrivelse in Liberation Sans 10 pt, dated in June for the period to May, with a
diarienummer in the footer: the summary "överskrider sin budgetram med 7,8 mnkr" with its causes in the next
sentence (one item), the decision proposal and the background unlabelled; en-dash bullets under a generic
lead-in, each an area with its amount in a varied shape ("Barn och familj: –4 600 tkr.", "ligger 2,9 mnkr
över budget", "en positiv avvikelse om 1,3 mnkr", "ett underskott på 2,1 mnkr som förklaras av", "ett
överskott på 0,5 mnkr genom"), "Övriga verksamheter bedöms hålla budget" (boilerplate); then three kostnadsslag
in one sentence ("överstiger budget med 6,9 mnkr och försörjningsstödet med 2,9 mnkr, medan
personalkostnaderna är 2,0 mnkr lägre"), so the deficit is explained twice; the change since March with its
cause; two actions as bullets (one with its effect) and reports of concern against 2025 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Härryda kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Socialförvaltningen, 2026-06-03", "Dnr SN 2026/0142", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden redovisar per maj en prognos som innebär att nämnden överskrider sin budgetram med 7,8 "
            "mnkr för 2026. Förvaltningen bedömer att underskottet främst är kopplat till placeringar av barn och "
            "unga samt ökade kostnader för ekonomiskt bistånd.",
            C(None, "7,8 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
        ),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per maj 2026 och uppdrar åt förvaltningen att "
            "redovisa ytterligare åtgärder vid nämndens sammanträde i september."
        ),
        H("Ärendet", 2),
        P(
            "Uppföljningen omfattar utfallet för januari–maj och en helårsprognos för nämndens verksamheter. "
            "Nedan redovisas de verksamheter som avviker mot budget:"
        ),
        Bullets(
            (
                "Barn och familj: –4 600 tkr. Fyra nya placeringar på HVB under våren och fler "
                "familjehemsplaceringar än budgeterat.",
                "Ekonomiskt bistånd: kostnaderna för försörjningsstöd ligger 2,9 mnkr över budget, då fler hushåll "
                "har varit långvarigt beroende av stöd.",
                "Funktionsstöd: verksamheten redovisar en positiv avvikelse om 1,3 mnkr till följd av att ett nytt "
                "gruppboende öppnar först i oktober.",
                "Missbruk och beroende: ett underskott på 2,1 mnkr som förklaras av köpt institutionsvård enligt LVM.",
                "Administration och ledning: ett överskott på 0,5 mnkr genom vakanta tjänster.",
                "Övriga verksamheter bedöms hålla budget.",
            ),
            labels=(
                C("Barn och familj", "–4 600 tkr", "-", "kopt_verksamhet", "volymer"),
                C("Ekonomiskt bistånd", "2,9 mnkr", "-", "ekonomiskt_bistand", "volymer"),
                C(
                    "Funktionsstöd",
                    "1,3 mnkr",
                    "+",
                    "periodisering",
                    note="A delayed opening is periodisering.",
                ),
                C("Missbruk och beroende", "2,1 mnkr", "-", "kopt_verksamhet"),
                C("Administration och ledning", "0,5 mnkr", "+", "vakanser"),
                BP("Övriga verksamheter"),
            ),
            glyph="–",
        ),
        H("Kostnadsslag", 3),
        P(
            "Köp av huvudverksamhet överstiger budget med 6,9 mnkr och försörjningsstödet med 2,9 mnkr, medan "
            "personalkostnaderna är 2,0 mnkr lägre än budgeterat till följd av vakanser.",
            C(
                "Köp av huvudverksamhet",
                "6,9 mnkr",
                "-",
                note="Three kostnadsslag in one sentence: three items. Account groups named only: no tags.",
                also=(
                    C("Försörjningsstöd", "2,9 mnkr", "-"),
                    C("Personalkostnader", "2,0 mnkr", "+", "vakanser"),
                ),
            ),
        ),
        H("Jämförelse med föregående prognos", 3),
        P(
            "Jämfört med prognosen per mars har underskottet ökat med 1,2 mnkr, främst på grund av två nya "
            "placeringar av ungdomar.",
            F(None, "1,2 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 3),
        Bullets(
            (
                "Översyn av samtliga externa placeringar, med målet att hemtagningar ska minska kostnaderna med 1,5 "
                "mnkr under hösten.",
                "Förstärkt arbete med arbetsmarknadsinsatser för hushåll med långvarigt försörjningsstöd.",
            ),
            labels=(
                A("Barn och familj", "1,5 mnkr", "kopt_verksamhet"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
            glyph="–",
        ),
        H("Verksamhetens utveckling", 3),
        P(
            "Antalet orosanmälningar har ökat med 18 procent jämfört med samma period 2025, vilket beror på fler "
            "anmälningar från skolan.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="harryda-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Härryda",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 Socialnämnden", "author": "Härryda kommun"},
        style=style,
        blocks=blocks,
    )
