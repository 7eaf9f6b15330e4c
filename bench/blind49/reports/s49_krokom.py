"""Krokoms kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning per oktober 2025.

A social committee's cover letter dated in November, in mkr: the full year "ett underskott på 11,4 mkr",
the change since September with its cause and the period "7,8 mkr högre än periodiserad budget" (negative) in
three sentences; en-dash bullets under a generic heading in varied shapes: "Barn och familj: –6,2 mkr.",
"prognosen visar ett underskott om 2,9 mkr", ekonomiskt bistånd "överstiger budget med drygt fyra miljoner
kronor" (in words), an LSS surplus with Försäkringskassan, "Socialpsykiatri –0,4 mkr, då", "Förvaltningsgemensamt
+0,5 mkr beroende på" and "bedöms hålla budget" (boilerplate); an action with its effect, one without, and the
financing of the deficit (other). The decision proposal is unlabelled. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Krokoms kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Dnr SN 2025/0187", "2025-11-05", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=16, font="arial-bold", after=4),
        Title("Ekonomisk uppföljning socialnämnden per oktober 2025", size=12.5, font="arial-bold", after=14),
        H("Förslag till beslut", 3),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per oktober 2025 och överlämnar den till "
            "kommunstyrelsen för kännedom."
        ),
        H("Ärendet", 3),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 11,4 mkr för 2025.",
                C(None, "11,4 mkr", "-"),
            ),
            (
                "Det är en försämring med 1,9 mkr jämfört med prognosen i september, som främst förklaras av två nya "
                "placeringar av barn och unga.",
                F(None, "1,9 mkr", "-", "kopt_verksamhet"),
            ),
            (
                "Utfallet till och med oktober är 7,8 mkr högre än periodiserad budget.",
                C(
                    None,
                    "7,8 mkr",
                    "-",
                    note="A net cost higher than the periodised budget: a negative period deviation, its own item.",
                ),
            ),
        ),
        H("Avvikelser per verksamhet", 3),
        Bullets(
            (
                "Barn och familj: –6,2 mkr. Fler placeringar i HVB och familjehem än budgeterat, varav två "
                "placeringar enligt LVU som tillkommit under hösten.",
                "Vuxen och beroende: prognosen visar ett underskott om 2,9 mkr, främst till följd av köpt vård för "
                "personer med missbruk och att ett stödboende i egen regi inte har kunnat öppna som planerat.",
                "Ekonomiskt bistånd överstiger budget med drygt fyra miljoner kronor. Antalet hushåll som uppbär "
                "försörjningsstöd har ökat, främst hushåll där de vuxna saknar sjukpenninggrundande inkomst.",
                "LSS: Verksamheten redovisar ett överskott på 1,6 mkr. Ett gruppboende har haft två tomma platser "
                "under året, och ersättningen från Försäkringskassan för personlig assistans har blivit högre än "
                "beräknat.",
                "Socialpsykiatri –0,4 mkr, då en extern boendeplats har köpts sedan våren.",
                "Förvaltningsgemensamt +0,5 mkr beroende på vakanta tjänster inom administrationen.",
                "Mottagning och utredning bedöms hålla budget.",
            ),
            labels=(
                C("Barn och familj", "–6,2 mkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Vuxen och beroende",
                    "2,9 mkr",
                    "-",
                    "kopt_verksamhet",
                    "periodisering",
                    note="A home of its own that could not open: periodisering.",
                ),
                C(
                    "Ekonomiskt bistånd",
                    "drygt fyra miljoner kronor",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    value=4_000_000,
                    note="An amount in words with 'drygt': the stated figure.",
                ),
                C("LSS", "1,6 mkr", "+", "volymer", "ersattning_fk"),
                C("Socialpsykiatri", "–0,4 mkr", "-", "kopt_verksamhet"),
                C("Förvaltningsgemensamt", "+0,5 mkr", "+", "vakanser"),
                BP("Mottagning och utredning"),
            ),
            glyph="–",
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utom vård- och omsorgspersonal samt "
            "inköpsstopp på förbrukningsmaterial, vilket beräknas ge 0,6 mkr under resten av året.",
            A(None, "0,6 mkr"),
        ),
        P(
            "En hemmaplanslösning för ungdomar planeras att öppna i februari 2026 för att minska behovet av externa "
            "placeringar.",
            A("Barn och familj", None, "kopt_verksamhet"),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Nämnden har inget eget kapital att ta i anspråk, och underskottet kommer att belasta kommunens resultat "
            "för 2025.",
            O(None, note="Financing of the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="krokom-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-10.pdf",
        report={
            "municipality": "Krokom",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning socialnämnden per oktober 2025",
            "author": "Krokoms kommun",
        },
        style=style,
        blocks=blocks,
    )
