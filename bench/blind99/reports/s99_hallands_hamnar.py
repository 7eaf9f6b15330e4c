"""Hallands Hamnar AB, Styrelsen, tertialrapport januari–april 2026 (a port company owned by two kommuner).

A jointly owned port company's tertial report to its owners in "Mkr", with a footer carrying the board meeting
in May: the period's result "3,6 Mkr lägre än budget för perioden" and the full year "en negativ avvikelse på
6,5 Mkr mot budgeterade 47,5 Mkr" in separate paragraphs; then en-dash bullets under a generic heading
("Kommentarer till helårsprognosen") in varied shapes: a run-in "Hamnavgifter: 2,8 Mkr lägre än budget",
handling revenue "1,1 Mkr över budget tack vare", personnel costs "överstiger budget med 1,5 Mkr, vilket beror
på" overtime and sick leave, energy "0,6 Mkr lägre än budgeterat", storm damage to a quay "3,5 Mkr över
budget", and other external costs that "håller budget" (boilerplate); the finance net "0,4 Mkr högre" (no
tag); investments "25 Mkr mindre än budgeterat" after an appealed permit; a change since February, an action
with its effect, the owners' dividend and freight volumes against 2025 (others). Liberation Sans Narrow 10 pt.

The place (Halland, the ports of Halmstad and Varberg) is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Hallands Hamnar AB", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsemöte 2026-05-21", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="narrow-bold", after=2),
        Title("Hallands Hamnar AB – rapport till ägarna", size=13, font="narrow", after=14),
        P(
            "Bolaget ägs till lika delar av Halmstads kommun och Varbergs kommun och driver hamnarna i Halmstad "
            "och Varberg. Rapporten avser perioden januari–april 2026."
        ),
        H("Resultat", 2),
        P(
            "Resultatet efter finansiella poster för januari–april uppgick till 14,2 Mkr, vilket är 3,6 Mkr lägre "
            "än budget för perioden.",
            C(None, "3,6 Mkr", "-", note="The period's result against the period budget."),
        ),
        P(
            "För helåret bedöms resultatet bli 41,0 Mkr, en negativ avvikelse på 6,5 Mkr mot budgeterade 47,5 Mkr.",
            C(None, "6,5 Mkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        P(
            "Jämfört med prognosen i februari har helårsprognosen sänkts med 2,0 Mkr, framför allt på grund av "
            "stormskadorna i mars.",
            F(None, "2,0 Mkr", "-", "ovrigt"),
        ),
        H("Kommentarer till helårsprognosen", 2),
        Bullets(
            (
                "Hamnavgifter: 2,8 Mkr lägre än budget, främst till följd av färre fartygsanlöp i Halmstad sedan en "
                "linjetrafik har lagts ned.",
                "Intäkterna från stuveri och lagring bedöms hamna 1,1 Mkr över budget tack vare ökade volymer av "
                "skogsprodukter i Varberg.",
                "Personalkostnaderna överstiger budget med 1,5 Mkr, vilket beror på övertid vid lossningen av "
                "vindkraftskomponenter och hög sjukfrånvaro bland maskinförarna.",
                "Energikostnaderna blir 0,6 Mkr lägre än budgeterat på grund av lägre elpriser.",
                "Underhållskostnaderna beräknas bli 3,5 Mkr över budget efter stormskadorna på kaj 4 i Halmstad.",
                "Övriga externa kostnader håller budget.",
            ),
            labels=(
                C("Hamnavgifter", "2,8 Mkr", "-", "avgifter_intakter", "volymer"),
                C("Stuveri och lagring", "1,1 Mkr", "+", "volymer", "avgifter_intakter"),
                C("Personalkostnader", "1,5 Mkr", "-", "overtid", "sjukfranvaro"),
                C("Energikostnader", "0,6 Mkr", "+", "prisokningar"),
                C("Underhållskostnader", "3,5 Mkr", "-", "ovrigt", note="Storm damage: ovrigt."),
                BP("Övriga externa kostnader"),
            ),
            glyph="–",
        ),
        H("Finansiella poster", 2),
        P(
            "Räntekostnaderna blir 0,4 Mkr högre än budgeterat, till följd av en högre räntenivå på bolagets "
            "lån.",
            C("Finansnetto", "0,4 Mkr", "-", note="A finance item: no cause tag."),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 120 Mkr bedöms 95 Mkr användas, vilket är 25 Mkr mindre än "
            "budgeterat. Miljötillståndet för muddringen av inloppet till Varbergs hamn har överklagats, och "
            "arbetet kan inte påbörjas förrän domstolen har avgjort målet.",
            C(
                "Investeringar",
                "25 Mkr",
                "+",
                "periodisering",
                "ovrigt",
                note="An appealed permit delays the work: periodisering and ovrigt (a legal case).",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har påbörjat en översyn av skiftgången vid godsterminalen i Varberg, som beräknas minska "
            "övertiden med 0,8 Mkr under resten av året.",
            A("Personalkostnader", "0,8 Mkr", "overtid", "bemanning"),
        ),
        H("Ägardirektiv och verksamhet", 2),
        P(
            "Enligt ägardirektivet ska bolaget lämna en utdelning på 10 Mkr till ägarna för 2026. Prognosen ger "
            "utrymme för utdelningen.",
            O(None, note="The owners' dividend: a financing statement, other."),
        ),
        P(
            "Godsvolymerna uppgick till 2,1 miljoner ton under perioden, 4 procent mer än samma period 2025.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hallands-hamnar-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Hallands Hamnar", "Hallands Hamnar AB"],
            "committee": ["Styrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Hallands Hamnar AB"},
        style=style,
        blocks=blocks,
    )
