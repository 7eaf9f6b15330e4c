"""Åstorps kommun, Socialnämnden, tertialrapport april 2026 (elderly care and disability support).

A social committee's tertial report in "mkr" with U+2212 minus signs (Liberation Sans Narrow, so no
semicolons), footer with the arbetsutskott's date in May: the full year "ett negativt resultat på 7,5 mkr"
beside a percentage of the frame, the period "0,8 mkr lägre än budget för perioden" with its timing reason
(a surplus of the net cost); a kostnadsslag table with "+ = bättre än budget"; three kostnadsslag paragraphs
("överskrider budget med 5,4 mkr", "blir dyrare än budgeterat, −4,6 mkr", revenue "drygt två miljoner kronor"
above budget); then two columns of headings with the amount after a colon ("Särskilt boende: −3,9 mkr"),
one plain heading whose amount is in words in the second sentence ("en miljon kronor"), a sick-leave
comparison with last year in its own paragraph (other), so the deficit is explained twice; the change since
February with its cause; an action without and one with an effect. 10 scored causes. Liberation Sans Narrow
10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Åstorps kommun", "Socialnämnden – Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämndens arbetsutskott 2026-05-19", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, mkr (+ = bättre än budget)",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "64,0", "66,3", "+2,3"),
            ("Personalkostnader", "318,5", "323,9", "−5,4"),
            ("Köp av verksamhet", "71,2", "75,8", "−4,6"),
            ("Lokalkostnader", "42,6", "42,1", "+0,5"),
            ("Övriga kostnader", "36,1", "36,4", "−0,3"),
            ("Nettokostnad", "404,4", "411,9", "−7,5"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Socialnämnden, Åstorps kommun", size=12, font="narrow", after=12),
        H("Sammanfattande analys", 1),
        P(
            "Socialnämnden prognostiserar ett negativt resultat på 7,5 mkr för 2026, vilket motsvarar 1,9 procent "
            "av nämndens budgetram.",
            C(None, "7,5 mkr", "-", note="The full year; the percentage of the frame is not the amount."),
        ),
        P(
            "Efter april är utfallet 0,8 mkr lägre än budget för perioden, vilket främst förklaras av att "
            "semesterlönekostnaderna ännu inte har belastat perioden.",
            C(
                None,
                "0,8 mkr",
                "+",
                "periodisering",
                note="The period's net cost below budget: a positive period deviation with a timing reason.",
            ),
        ),
        table,
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna överskrider budget med 5,4 mkr, främst på grund av övertid och inhyrda "
            "sjuksköterskor under vintern.",
            C("Personalkostnader", "5,4 mkr", "-", "overtid", "inhyrd_personal"),
        ),
        P(
            "Köp av verksamhet blir dyrare än budgeterat, −4,6 mkr, eftersom fler brukare med beslut om särskilt "
            "boende har fått plats i andra kommuner i väntan på lediga platser.",
            C("Köp av verksamhet", "−4,6 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Intäkterna ger ett tillskott på drygt två miljoner kronor utöver budget, genom högre statsbidrag för "
            "äldreomsorgen och fler avgiftsbetalande i hemtjänsten.",
            C(
                "Intäkter",
                "drygt två miljoner kronor",
                "+",
                "statsbidrag",
                "avgifter_intakter",
                value=2_000_000,
                note="An amount in words: the stated figure (the table says +2,3).",
            ),
        ),
        H("Verksamheter", 2),
        Columns(2),
        HP(
            "Särskilt boende: −3,9 mkr",
            "Två enheter har haft hög sjukfrånvaro och behövt täcka upp med övertid och timvikarier. Dessutom har "
            "nattbemanningen förstärkts på demensavdelningarna efter beslut i nämnden.",
            C("Särskilt boende", "−3,9 mkr", "-", "sjukfranvaro", "overtid", "vikarier", "bemanning"),
        ),
        HP(
            "Hemtjänst: +1,2 mkr",
            "Antalet beviljade timmar är lägre än budgeterat. Ruttplaneringen i det nya planeringssystemet har "
            "dessutom minskat restiden.",
            C("Hemtjänst", "+1,2 mkr", "+", "volymer", "bemanning", note="Route planning is bemanning."),
        ),
        P(
            "Sjukfrånvaron i hemtjänsten har minskat från 11,2 till 8,6 procent jämfört med samma period förra året.",
            O("Hemtjänst", "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        HP(
            "Korttidsboende och växelvård",
            "Beläggningen har varit högre än planerat och flera personer har väntat på plats i särskilt boende. "
            "Underskottet beräknas till en miljon kronor.",
            C("Korttidsboende och växelvård", "en miljon kronor", "-", "volymer", value=1_000_000),
        ),
        HP(
            "LSS och socialpsykiatri: −2,6 mkr",
            "Två unga vuxna med omfattande behov har fått beslut om bostad med särskild service, och platserna har "
            "köpts externt eftersom kommunens egna bostäder är fullbelagda.",
            C("LSS och socialpsykiatri", "−2,6 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Individ- och familjeomsorg: −1,2 mkr",
            "Kostnaderna för försörjningsstöd är högre än budgeterat, och en placering enligt LVU har förlängts.",
            C("Individ- och familjeomsorg", "−1,2 mkr", "-", "ekonomiskt_bistand", "kopt_verksamhet"),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen är 1,7 mkr sämre än i februariuppföljningen, då förstärkningen av nattbemanningen inte fanns "
            "med.",
            F(None, "1,7 mkr", "-", "bemanning"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för en budget i balans, som "
                "ska redovisas i juni.",
                A(None),
            ),
            (
                "Redan beslutat är att avveckla sex platser på korttidsboendet, vilket beräknas minska kostnaderna "
                "med 0,9 mkr under 2026.",
                A("Korttidsboende och växelvård", "0,9 mkr", "volymer"),
            ),
        ),
    ]
    return ReportSpec(
        file="astorp-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Åstorp",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Åstorps kommun"},
        style=style,
        blocks=blocks,
    )
