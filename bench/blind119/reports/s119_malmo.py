"""Malmö stad, Grundskolenämnden, uppföljningsrapport april 2026.

A large city's compulsory-school committee in its April follow-up, in mnkr, set in Liberation Sans (Arial
metrics) 9.5 pt, footer with the nämnd's meeting date in May: the full year "ett underskott på 34,0 mnkr"
with a share of the budget, the period "ett överskott på 12,2 mnkr mot periodiserad budget" with its timing
reason in the same sentence; a table with en dashes as minus signs ("–22,5"); then headings that carry the
verksamhet and amount ("Grundskola F–9 –22,5 mnkr", "Fritidshem +6,0 mnkr", "Modersmål och studiehandledning
0,0 mnkr" over "bedöms hålla budget"), with two school areas as a "respektive" pair inside the first
heading's paragraph (their own items) and an action sentence inside the lokaler paragraph (its own item);
the change since February with a "varav" part, an action with its effect, investments "8,7 mnkr lägre än
budget", a grant risk and pupil numbers against 2025 (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and amount and belongs to the item."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Malmö stad", "Grundskolenämnden"),
        footer=lambda n, m: ("Uppföljningsrapport april 2026", "GSN-2026-1873", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Grundskola F–9", "4 812,6", "4 835,1", "–22,5"),
            ("Fritidshem", "702,4", "696,4", "6,0"),
            ("Anpassad grundskola", "318,0", "327,1", "–9,1"),
            ("Modersmål och studiehandledning", "96,3", "96,3", "0,0"),
            ("Gemensamma kostnader", "412,5", "424,5", "–12,0"),
            ("Central administration och nämnd", "145,2", "141,6", "3,6"),
            ("Summa", "6 487,0", "6 521,0", "–34,0"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=20, font="arial-bold", after=2),
        Title("Grundskolenämnden", size=13, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Grundskolenämnden prognostiserar ett underskott på 34,0 mnkr för 2026, vilket motsvarar 0,5 procent av "
            "nämndens budget.",
            C(None, "34,0 mnkr", "-", note="The full year: the share of the budget is not the amount."),
        ),
        P(
            "Utfallet till och med april visar samtidigt ett överskott på 12,2 mnkr mot periodiserad budget, vilket "
            "främst beror på att kostnaderna för lovskola och sommarskola uppstår först under sommarmånaderna.",
            C(None, "12,2 mnkr", "+", "periodisering"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Para(
            (
                (
                    "Underskottet förklaras av att elevantalet har ökat mindre än vad budgeten bygger på, samtidigt "
                    "som skolorna inte har hunnit anpassa sina organisationer. Intäkterna via resursfördelningen blir "
                    "därmed lägre än kostnaderna för den personal som redan är anställd.",
                    C("Grundskola F–9", "–22,5 mnkr", "-", "volymer", "bemanning", note=HEAD),
                ),
                (
                    "De största avvikelserna finns inom Skolområde Väster och Skolområde Söder, med –9,8 respektive "
                    "–7,3 mnkr.",
                    C(
                        "Skolområde Väster",
                        "–9,8",
                        "-",
                        unit="mnkr",
                        note="Two sub-areas as a 'respektive' pair inside another area's paragraph: their own items.",
                        also=(C("Skolområde Söder", "–7,3 mnkr", "-"),),
                    ),
                ),
            ),
            head="Grundskola F–9 –22,5 mnkr",
            head_level=3,
        ),
        HP(
            "Fritidshem +6,0 mnkr",
            "Fritidshemmen visar ett överskott, främst eftersom färre barn i årskurs 4–6 är inskrivna än vad som "
            "budgeterats, och personalkostnaderna blir därmed lägre.",
            C("Fritidshem", "+6,0 mnkr", "+", "volymer", note=HEAD),
        ),
        HP(
            "Anpassad grundskola –9,1 mnkr",
            "Fler elever med omfattande stödbehov har skrivits in under läsåret. Därtill har det nya avtalet för "
            "skolskjuts blivit dyrare än det tidigare.",
            C("Anpassad grundskola", "–9,1 mnkr", "-", "volymer", "prisokningar", note=HEAD),
        ),
        HP(
            "Modersmål och studiehandledning 0,0 mnkr",
            "Verksamheten bedöms hålla budget.",
            BP("Modersmål och studiehandledning"),
        ),
        Para(
            (
                (
                    "Lokalkostnaderna blir högre än budgeterat. Två skolbyggnader har tomställts sedan eleverna flyttat "
                    "till den nya skolan i Hyllie, men hyresavtalen löper till 2027.",
                    C("Gemensamma kostnader", "–12,0 mnkr", "-", "lokaler", note=HEAD),
                ),
                (
                    "Förvaltningen undersöker om lokalerna kan hyras ut till andra förvaltningar.",
                    A(
                        "Gemensamma kostnader",
                        None,
                        "lokaler",
                        note="An action sentence in the paragraph: its own item.",
                    ),
                ),
            ),
            head="Gemensamma kostnader –12,0 mnkr",
            head_level=3,
        ),
        HP(
            "Central administration och nämnd +3,6 mnkr",
            "Överskottet beror på vakanta tjänster inom förvaltningens stab och på att ett planerat IT-projekt för "
            "schemaläggning har skjutits upp till hösten.",
            C(
                "Central administration och nämnd",
                "+3,6 mnkr",
                "+",
                "vakanser",
                "periodisering",
                "it_digitalisering",
                note=HEAD,
            ),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 5,1 mnkr, varav anpassad grundskola står för "
            "3,0 mnkr.",
            F(None, "5,1 mnkr", "-", note="'Varav' a part: one item with the total."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden gav i mars förvaltningen i uppdrag att ta fram en plan för att minska antalet tjänster på de "
            "skolor där elevantalet minskar. Planen beräknas ge en effekt på 15 mnkr från hösten 2026.",
            A("Grundskola F–9", "15 mnkr", "bemanning", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas till 41,3 mnkr, vilket är 8,7 mnkr lägre än budget, då inköpen av inventarier "
            "till den nya skolan i Hyllie delvis förskjuts till 2027.",
            C("Investeringar", "8,7 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Risker och omvärld", 2),
        P(
            "Det råder osäkerhet kring statsbidraget för likvärdig skola, som kan bli upp till 4 mnkr lägre än det "
            "belopp som ingår i prognosen.",
            O(None, "statsbidrag", note="A risk: other."),
        ),
        P(
            "I april gick 53 410 elever i nämndens skolor, vilket är 310 färre än i april 2025.",
            O(None, "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-gsn-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Grundskolenämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={"title": "Uppföljningsrapport april 2026 Grundskolenämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
