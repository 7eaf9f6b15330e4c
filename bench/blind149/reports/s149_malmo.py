"""Malmö stad, Servicenämnden, uppföljning av avtalstrohet 2025.

A report on purchases made with and without procurement agreements, which is no budget follow-up at all:
full of amounts, "beror på", "mer än" and control "avvikelser", with a mention of another nämnd's purchases
outside agreements and a cost that "ryms inom nämndens budget". Seven `other` items and no cause: total
purchases and the share with agreements, purchases without agreements against 2024 with "Ökningen beror
främst på", the sample check's deviations with "beror på", the fritidsnämnd's purchases (someone else), the
estimated savings potential, a goal not met, and the cost of the review and its financing. The decision
proposal, the background and the table per purchase category are unlabelled. DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Malmö stad  Serviceförvaltningen", "Tjänsteskrivelse 2026-02-03"),
        footer=lambda n, m: ("SERVN-2026-00184", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Inköp 2025 per kategori, miljoner kronor",
        header=(("Kategori", "Totalt", "Med avtal", "Utan avtal", "Avtalstrohet"),),
        rows=(
            ("Fordon och drivmedel", "214", "207", "7", "96,7 %"),
            ("Livsmedel", "388", "381", "7", "98,2 %"),
            ("Hantverkstjänster", "356", "298", "58", "83,7 %"),
            ("IT och telefoni", "297", "281", "16", "94,6 %"),
            ("Konsulttjänster", "173", "152", "21", "87,9 %"),
            ("Övrigt", "414", "402", "12", "97,1 %"),
            ("Summa", "1 842", "1 721", "121", "93,4 %"),
        ),
        widths=(140.0, 62.0, 70.0, 70.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Uppföljning av avtalstrohet 2025", size=17, font="sans-bold", after=8),
        H("Förslag till beslut", 2),
        P("Servicenämnden godkänner uppföljningen av avtalstrohet 2025 och lägger den till handlingarna."),
        H("Bakgrund", 2),
        P(
            "Enligt stadens inköpspolicy ska nämnderna varje år följa upp hur stor andel av inköpen som görs hos "
            "leverantörer som staden har avtal med. Servicenämnden ansvarar för stadens gemensamma ramavtal och "
            "gör därför även en sammanställning för hela staden."
        ),
        H("Resultat", 2),
        P(
            "Servicenämndens inköp uppgick 2025 till 1 842 miljoner kronor, varav 93,4 procent gjordes hos "
            "leverantörer med avtal.",
            O(None, note="Total purchases: context, no budget deviation."),
        ),
        P(
            "Inköpen utan avtal uppgick till 121 miljoner kronor, vilket är 18 miljoner kronor mer än 2024. "
            "Ökningen beror främst på att ramavtalet för hantverkstjänster löpte ut i maj, innan det nya avtalet "
            "hade börjat gälla.",
            O(None, note="A comparison with the previous year with 'beror på': other."),
        ),
        table,
        P(
            "Målet om en avtalstrohet på minst 95 procent nåddes inte, vilket framför allt beror på "
            "hantverkstjänsterna och konsulttjänsterna.",
            O(None, note="A goal not met: other."),
        ),
        H("Stickprovskontroll", 2),
        P(
            "I stickprovskontrollen av 120 fakturor upptäcktes avvikelser från inköpsrutinen i 14 fall. "
            "Avvikelserna beror i de flesta fall på att beställningen gjordes av en medarbetare utan "
            "beställarbehörighet.",
            O(None, note="A control deviation, not a budget deviation."),
        ),
        H("Övriga nämnder", 2),
        P(
            "I stadens sammanställning framgår att fritidsnämnden under året har köpt tjänster utan avtal för 6,2 "
            "miljoner kronor, vilket är mer än dubbelt så mycket som året innan.",
            O("Fritidsnämnden", note="A statement about another nämnd."),
        ),
        H("Bedömning", 2),
        P(
            "Om samtliga inköp utan avtal hade gjorts enligt avtal bedömer inköpsavdelningen att kostnaderna hade "
            "blivit 4 till 6 miljoner kronor lägre.",
            O(None, note="An estimated savings potential: other."),
        ),
        P(
            "Uppföljningen har genomförts av stadens inköpsavdelning. Kostnaden, cirka 0,4 miljoner kronor, ryms "
            "inom nämndens budget för 2026.",
            O(None, note="The cost of the review and its financing: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-02-03. Bilaga: Avtalstrohet per förvaltning 2025."),
    ]
    return ReportSpec(
        file="malmo-servn-uppfoljning-avtalstrohet-2025.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Servicenämnden"],
            "period": ["2025", "2026-02"],
            "report_type": "avtalsuppföljning",
        },
        metadata={"title": "Uppföljning av avtalstrohet 2025", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
