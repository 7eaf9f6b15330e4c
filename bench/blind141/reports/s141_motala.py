"""Motala kommun, Tekniska nämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in Arial Narrow (Liberation Sans Narrow), footer with the nämnd's
meeting date in September: the period "ett överskott på 1,9 mnkr jämfört med periodiserad budget" and the
full year "överskrida sin budgetram med 3,1 mnkr" in two sentences (two items); the verksamhet table pasted
as an image (no text layer); then two columns of headings that carry the verksamhet and its amount with en
dashes and a "±0,0" ("Gator och vägar –2,6 mnkr", "Trafik och parkering ±0,0 mnkr" over "bedöms gå jämnt
ut", boilerplate), an asphalt price percentage that is not the amount, a paragraph whose surplus lives only in
the image (amount null); investments "ett överskott på 24,5 mnkr" after two levels and a paving programme
"3,2 mnkr dyrare än budgeterat"; the change since the April forecast with its cause, an action with its
effect and staff turnover against last year (other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("MOTALA KOMMUN", "Tekniska nämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Tekniska nämnden 2025-09-23, § 84", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Tabell 2. Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "14,2", "8,9", "13,6", "0,6"),
            ("Gator och vägar", "58,4", "44,1", "61,0", "–2,6"),
            ("Parker och grönområden", "31,7", "21,0", "31,3", "0,4"),
            ("Fastighetsförvaltning", "46,9", "33,2", "48,7", "–1,8"),
            ("Kost och lokalvård", "22,5", "14,1", "21,6", "0,9"),
            ("Trafik och parkering", "6,8", "4,4", "6,8", "0,0"),
            ("Hamn och båtplatser", "2,1", "1,9", "2,7", "–0,6"),
            ("Summa", "182,6", "127,6", "185,7", "–3,1"),
        ),
        widths=(150.0, 70.0, 76.0, 70.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="narrow-bold", after=2),
        Title("Tekniska nämnden", size=13, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Tekniska nämndens resultat för perioden är ett överskott på 1,9 mnkr jämfört med periodiserad "
                "budget.",
                C(None, "1,9 mnkr", "+", note="The period against the periodised budget."),
            ),
            (
                "För helåret beräknas nämnden däremot överskrida sin budgetram med 3,1 mnkr.",
                C(None, "3,1 mnkr", "-", note="The full year, a sentence of its own."),
            ),
        ),
        image,
        P(
            "Inom nämnd och administration finns ett överskott som beror på lägre kostnader för IT-stöd och på att "
            "ett controlleruppdrag har varit vakant under våren.",
            C(
                "Nämnd och administration",
                None,
                "+",
                "it_digitalisering",
                "vakanser",
                note="Reason only; its amount lives only in the table pasted as an image: null.",
            ),
        ),
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Gator och vägar –2,6 mnkr",
            "Vinterväghållningen i januari och februari kostade betydligt mer än budgeterat efter flera snöfall i "
            "följd. Därtill har asfaltpriserna stigit med omkring 8 procent jämfört med avtalet.",
            C("Gator och vägar", "–2,6 mnkr", "-", "ovrigt", "prisokningar", note=HEAD + " Snow: ovrigt."),
        ),
        HP(
            "Parker och grönområden +0,4 mnkr",
            "Två tjänster som parkarbetare har varit vakanta under säsongen.",
            C("Parker och grönområden", "+0,4 mnkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Fastighetsförvaltning –1,8 mnkr",
            "Kostnaderna för el och fjärrvärme är högre än budgeterat. Dessutom bär nämnden hyresbortfallet för den "
            "tomställda före detta skolan i Borensberg.",
            C("Fastighetsförvaltning", "–1,8 mnkr", "-", "prisokningar", "lokaler", note=HEAD),
        ),
        HP(
            "Kost och lokalvård +0,9 mnkr",
            "Livsmedelspriserna har ökat mindre än vad som antogs i budgeten, och sjukfrånvaron bland kockarna har "
            "varit låg.",
            C("Kost och lokalvård", "+0,9 mnkr", "+", "prisokningar", "sjukfranvaro", note=HEAD),
        ),
        HP(
            "Trafik och parkering ±0,0 mnkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Trafik och parkering", note="A '±0,0' heading over 'bedöms gå jämnt ut': boilerplate."),
        ),
        HP(
            "Hamn och båtplatser –0,6 mnkr",
            "Intäkterna från gästhamnen blev lägre än budgeterat på grund av den regniga sommaren, och färre "
            "säsongsplatser har hyrts ut.",
            C(
                "Hamn och båtplatser",
                "–0,6 mnkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note=HEAD + " Weather: ovrigt.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2025 är 96,0 mnkr. Prognosen är att 71,5 mnkr används, vilket innebär "
            "ett överskott på 24,5 mnkr. Huvuddelen avser ombyggnaden av korsningen vid Östermalmsgatan, som har "
            "flyttats till 2026.",
            C("Investeringar", "24,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Beläggningsprogrammet beräknas däremot bli 3,2 mnkr dyrare än budgeterat till följd av högre priser på "
            "asfalt.",
            C("Beläggningsprogrammet", "3,2 mnkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Jämfört med prognos 2", 2),
        P(
            "Jämfört med prognos 2 i april har helårsprognosen förbättrats med 0,8 mnkr. Förbättringen beror på att "
            "kostnaderna för vinterväghållning under hösten har räknats ned.",
            F(None, "0,8 mnkr", "+", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta upp underhållet av tre lekplatser till 2026, vilket minskar kostnaderna "
            "i år med 0,5 mnkr.",
            A("Parker och grönområden", "0,5 mnkr"),
        ),
        H("Personal", 2),
        P(
            "Personalomsättningen inom förvaltningen var 6,1 procent, jämfört med 8,4 procent under samma period "
            "föregående år.",
            O(None, note="Staff turnover against the previous year."),
        ),
    ]
    return ReportSpec(
        file="motala-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Motala",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Tekniska nämnden", "author": "Motala kommun"},
        style=style,
        blocks=blocks,
    )
