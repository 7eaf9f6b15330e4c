"""Sydarkivera (kommunalförbund), Förbundsstyrelsen, årsredovisning 2025.

An archive kommunalförbund's annual report in tkr, footer with the date the förbundsstyrelse adopted it in
March: the result level against the budgeted result, then "Överskottet mot budget, 1 684 tkr, förklaras i
huvudsak av" (one item); the interim report's forecast level (a forecast change whose amount is never
written: null); a driftredovisning with income positive and costs negative, the deviation as outcome minus
budget and the previous year's outcome beside it; paragraphs that open with the account group in the
running text, not bold: "överstiger budget med 2 150 tkr", "blev 1 290 tkr lägre än budget", "överskred
budget med 1 240 tkr" (licence indexation and consultants), "blev 480 tkr högre än budgeterat" (premises
taken into use early), two account groups together "sammantaget 194 tkr lägre än budget" (one item, no tag),
"utföll enligt budget" (boilerplate) and a row with no comment; an investment "410 tkr över budget"; the
balanskrav and a reserve, net cost growth against last year with "beror på" and an outlook (others).
DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Sydarkivera", "Årsredovisning 2025"),
        footer=lambda n, m: ("Fastställd av förbundsstyrelsen 2026-03-13", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr (avvikelse = utfall − budget)",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Medlemsavgifter", "38 420", "38 420", "0", "36 590"),
            ("Uppdragsintäkter", "4 800", "6 950", "2 150", "4 120"),
            ("Övriga intäkter", "600", "710", "110", "580"),
            ("Personalkostnader", "-24 900", "-23 610", "1 290", "-22 480"),
            ("IT-kostnader och licenser", "-8 700", "-9 940", "-1 240", "-8 050"),
            ("Lokalkostnader", "-6 300", "-6 780", "-480", "-5 120"),
            ("Övriga kostnader", "-2 480", "-2 820", "-340", "-3 140"),
            ("Avskrivningar", "-640", "-560", "80", "-610"),
            ("Finansiella poster", "-300", "-186", "114", "-250"),
            ("Årets resultat", "500", "2 184", "1 684", "1 640"),
        ),
        widths=(150.0, 68.0, 68.0, 64.0, 68.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=22, font="serif-bold", after=2),
        Title(
            "Sydarkivera – kommunalförbund för e-arkiv och informationsförvaltning",
            size=11.5,
            font="serif-italic",
            after=16,
        ),
        H("Förvaltningsberättelse", 1),
        P(
            "Förbundet har under året tagit emot leveranser från 34 medlemmar och slutfört anslutningen av tre nya "
            "medlemskommuner. Antalet arkivbildare i e-arkivet har ökat till 1 120."
        ),
        H("Årets resultat", 2),
        P(
            "Årets resultat blev 2 184 tkr, att jämföra med ett budgeterat resultat på 500 tkr. Överskottet mot budget, "
            "1 684 tkr, förklaras i huvudsak av vakanser och av att uppdragsverksamheten har vuxit snabbare än "
            "planerat.",
            C(
                None,
                "1 684 tkr",
                "+",
                "vakanser",
                "avgifter_intakter",
                "volymer",
                note="The result level and the budgeted result are not the amount; the deviation is written out.",
            ),
        ),
        P(
            "I delårsrapporten per augusti bedömdes årets resultat bli 1 200 tkr.",
            F(
                None,
                None,
                "+",
                note="The interim forecast's level, not a change: the change (984 tkr) is never written: null.",
            ),
        ),
        H("Driftredovisning", 2),
        table,
        H("Kommentarer till budgetavvikelserna", 3),
        P("Medlemsavgifterna utföll enligt budget.", BP("Medlemsavgifter")),
        P(
            "Uppdragsintäkterna överstiger budget med 2 150 tkr. Fler medlemmar än beräknat har beställt digitalisering "
            "av pappersarkiv och stöd med informationsredovisning inför byte av verksamhetssystem.",
            C("Uppdragsintäkter", "2 150 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        P(
            "Personalkostnaderna blev 1 290 tkr lägre än budget. Två arkivarietjänster och en tjänst som IT-arkitekt "
            "var vakanta under större delen av året, och rekryteringarna har tagit längre tid än planerat.",
            C("Personalkostnader", "1 290 tkr", "+", "vakanser"),
        ),
        P(
            "IT-kostnader och licenser överskred budget med 1 240 tkr. Licensavgiften för e-arkivplattformen räknades "
            "upp med 9 procent, och konsulter har anlitats i det pågående migreringsprojektet.",
            C(
                "IT-kostnader och licenser",
                "1 240 tkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                "inhyrd_personal",
            ),
        ),
        P(
            "Lokalkostnaderna blev 480 tkr högre än budgeterat, främst på grund av hyran för det nya närarkivet i "
            "Växjö, som togs i bruk i september, tre månader tidigare än planerat.",
            C("Lokalkostnader", "480 tkr", "-", "lokaler", "periodisering"),
        ),
        P(
            "Avskrivningar och finansiella poster blev sammantaget 194 tkr lägre än budget.",
            C(
                "Avskrivningar och finansiella poster",
                "194 tkr",
                "+",
                note="Two account groups with one amount: one item, no tag.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Förbundets investeringsbudget på 1 500 tkr avsåg hyllsystem till närarkivet. Utfallet blev 1 910 tkr, "
            "410 tkr över budget, eftersom fler hyllmeter än planerat behövdes för leveranserna från de tre nya "
            "medlemskommunerna.",
            C(
                "Investeringar",
                "410 tkr",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="An investment overrun; the budget and the outcome are not the amount.",
            ),
        ),
        H("Balanskravsutredning och eget kapital", 2),
        P(
            "Balanskravsresultatet uppgår till 2 184 tkr. Förbundsstyrelsen föreslår att 1 000 tkr av överskottet "
            "avsätts till resultatutjämningsreserven.",
            O(None, "reserver", note="Balanskrav and a reserve."),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Verksamhetens nettokostnader ökade med 4,6 procent jämfört med 2024, vilket främst beror på högre "
            "personalkostnader efter lönerevisionen och hyran för närarkivet.",
            O(None, "lonekostnader", "lokaler", note="Against the previous year: other."),
        ),
        H("Förväntad utveckling", 2),
        P(
            "Inför 2026 har medlemsavgifterna höjts med 5,5 procent. Förbundsstyrelsen bedömer att licenskostnaderna "
            "kommer att fortsätta öka snabbare än avgifterna.",
            O(None, "it_digitalisering", note="An outlook."),
        ),
    ]
    return ReportSpec(
        file="sydarkivera-arsredovisning-2025.pdf",
        report={
            "municipality": ["Sydarkivera", "Kommunalförbundet Sydarkivera"],
            "committee": ["Förbundsstyrelsen", "Styrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025 Sydarkivera", "author": "Sydarkivera"},
        style=style,
        blocks=blocks,
    )
