"""Mariestads kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per augusti 2025.

A social committee's tjänsteskrivelse dated in September for the period to August, with "miljoner kronor" in
the summary and "mkr" below: the decision proposal and the background (unlabelled), the full year "ett
underskott på 7,2 miljoner kronor" followed in the same paragraph by the change since April with its cause (a
forecast change); a small table in mkr with hyphen-minus deficits; a heading that carries the area and the
forecast after a comma ("Barn och familj, prognos −3,9 mkr") over a paragraph with a part ("5,1 mkr högre",
not the amount); a plain heading over "ligger 2,4 mkr över budget" with two reasons; a reason-only surplus (the
row's "1,0"); "beräknas få ett underskott på 2,8 mkr" with an earlier opening and lower assistance
compensation; revenue "0,9 mkr högre än beräknat"; "bedöms hålla budget" (boilerplate); personnel costs "1,4
mkr lägre än budget" across the nämnd (vacancies partly filled by consultants); an action with its effect and
a risk (other). Liberation Sans (Arial metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(76.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("Mariestads kommun", "Tjänsteskrivelse 2025-09-10"),
        footer=lambda n, m: ("Socialförvaltningen", "Diarienummer SN 2025/00192", f"Sida {n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "9,8", "9,8", "0,0"),
            ("Barn och familj", "58,6", "62,5", "-3,9"),
            ("Vuxna", "21,3", "20,3", "1,0"),
            ("Ekonomiskt bistånd", "27,5", "29,9", "-2,4"),
            ("LSS och socialpsykiatri", "142,7", "145,5", "-2,8"),
            ("Arbetsmarknad och integration", "16,4", "15,5", "0,9"),
            ("Summa", "276,3", "283,5", "-7,2"),
        ),
        widths=(190.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per augusti 2025", size=16, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P("Socialnämnden godkänner den ekonomiska uppföljningen per augusti 2025."),
        H("Bakgrund", 2),
        P(
            "Nämnden följer upp sin ekonomi efter april, augusti och oktober. Uppföljningen bygger på utfallet "
            "till och med den 31 augusti och på verksamheternas bedömning av resten av året."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden beräknas lämna ett underskott på 7,2 miljoner kronor för 2025.",
                C(None, "7,2 miljoner kronor", "-"),
            ),
            (
                "Det är en försämring med 1,6 miljoner kronor jämfört med prognosen efter april, som helt förklaras "
                "av nya placeringar av barn och unga.",
                F(None, "1,6 miljoner kronor", "-", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Barn och familj, prognos −3,9 mkr",
            "Under sommaren har fyra ungdomar placerats på HVB, och antalet barn i konsulentstödda familjehem är "
            "fortsatt högt. Kostnaden för externa placeringar beräknas bli 5,1 mkr högre än budgeterat, medan "
            "övriga delar av verksamheten går med överskott.",
            C(
                "Barn och familj",
                "−3,9 mkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The heading carries the forecast deviation; the 5,1 mkr for placements is a part.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för försörjningsstöd ligger 2,4 mkr över budget. Fler hushåll behöver bistånd under "
            "längre tid, och kostnaden per hushåll har ökat med den höjda riksnormen.",
            C("Ekonomiskt bistånd", "2,4 mkr", "-", "ekonomiskt_bistand", "volymer", "prisokningar"),
        ),
        H("Vuxna", 3),
        P(
            "Färre placeringar enligt LVM och på behandlingshem än vad som budgeterats.",
            C(
                "Vuxna",
                "1,0",
                "+",
                "kopt_verksamhet",
                "volymer",
                unit="mkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("LSS och socialpsykiatri", 3),
        P(
            "Verksamheten beräknas få ett underskott på 2,8 mkr, då två nya platser i gruppbostad öppnade tidigare "
            "än planerat och ersättningen från Försäkringskassan för personlig assistans har minskat efter "
            "omprövningar.",
            C("LSS och socialpsykiatri", "2,8 mkr", "-", "periodisering", "ersattning_fk"),
        ),
        H("Arbetsmarknad och integration", 3),
        P(
            "Intäkterna från statliga anställningsstöd blir 0,9 mkr högre än beräknat eftersom fler deltagare än "
            "planerat har kunnat anställas med lönebidrag.",
            C("Arbetsmarknad och integration", "0,9 mkr", "+", "statsbidrag", "volymer"),
        ),
        H("Nämnd och ledning", 3),
        P("Nämnd och ledning bedöms hålla budget.", BP("Nämnd och ledning")),
        H("Personalkostnader", 2),
        P(
            "Nämndens personalkostnader är samtidigt 1,4 mkr lägre än budget på grund av vakanta "
            "socialsekreterartjänster, även om en del av vakanserna har fyllts med inhyrda konsulter.",
            C("Personalkostnader", "1,4 mkr", "+", "vakanser", "inhyrd_personal"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen går igenom samtliga externa placeringar varannan vecka och har utökat öppenvården i "
            "egen regi. Det beräknas minska kostnaderna med 1,2 mkr under hösten.",
            A("Barn och familj", "1,2 mkr", "kopt_verksamhet"),
        ),
        H("Osäkerhet i prognosen", 2),
        P(
            "Prognosen för barn och familj är osäker. En enda ny placering på särskilt ungdomshem kan kosta mellan "
            "2 och 3 mkr på årsbasis.",
            O("Barn och familj", note="A risk: other."),
        ),
        P("Eva Lindström, socialchef    Per Andersson, ekonom", size=9.5),
    ]
    return ReportSpec(
        file="mariestad-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-08.pdf",
        report={
            "municipality": "Mariestad",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per augusti 2025", "author": "Mariestads kommun"},
        style=style,
        blocks=blocks,
    )
