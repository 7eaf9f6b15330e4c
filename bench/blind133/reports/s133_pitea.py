"""Piteå kommun, Samhällsbyggnadsnämnden, delårsrapport 2025-08.

A technical committee's interim report in "mkr", footer with the meeting date in September: the full year's
"underskott på 4,6 mkr mot budget" and the period "2,1 mkr bättre än den periodiserade budgeten" in one
paragraph of two sentences (two causes), the fee-financed water and sewage surplus with its transfer to the
VA fund in the same sentence, "Renhållningen går jämnt ut" (boilerplate), then level-3 headings that carry
the area and amount with U+2212 and "+" ("Gata och trafik −3,9 mkr", "Förvaltningsövergripande +0,8 mkr",
an unused reserve), a cost level that is not the amount, the change since the tertial report with its
causes, an action with its effect, investments "86,3 mkr och prognosen 71,0 mkr" (15,3 never written out)
followed by two projects "6,2 respektive 3,4 mkr billigare i år än budgeterat" and a project that "beräknas
överskrida projektbudgeten med 2,4 mkr", and building permits against 2024 (other). DejaVu Serif 9.5 pt with
DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Piteå kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12.5, font="serif", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Nämndens prognos för helåret är ett underskott på 4,6 mkr mot budget.",
                C(None, "4,6 mkr", "-", note="The full year, a sentence of its own."),
            ),
            (
                "Utfallet för perioden januari–augusti är 2,1 mkr bättre än den periodiserade budgeten.",
                C(
                    None,
                    "2,1 mkr",
                    "+",
                    note="The period against the periodised budget, a sentence of its own.",
                ),
            ),
        ),
        P(
            "Vatten och avlopp beräknas ge ett överskott på 1,8 mkr mot budget, som förs till VA-fonden vid årets slut. "
            "Överskottet beror på högre anslutningsavgifter när två nya bostadsområden anslutits till det kommunala "
            "nätet.",
            C(
                "Vatten och avlopp",
                "1,8 mkr",
                "+",
                "avgifter_intakter",
                note="Fee-financed result with its fund transfer in the same sentence: one cause.",
            ),
        ),
        P("Renhållningen går jämnt ut.", BP("Renhållning")),
        H("Skattefinansierad verksamhet", 2),
        HP(
            "Gata och trafik \u22123,9 mkr",
            "Vinterväghållningen har kostat betydligt mer än budgeterat efter de stora snömängderna i januari och mars. "
            "Kostnaden för snöröjningsentreprenörerna uppgår hittills till 11,4 mkr. Därtill har elkostnaderna för "
            "gatubelysningen blivit högre än beräknat.",
            C(
                "Gata och trafik",
                "\u22123,9 mkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " Snow is ovrigt; the 11,4 mkr is a cost level, not the amount.",
            ),
        ),
        HP(
            "Park och naturvård +0,6 mkr",
            "Två vakanta parkarbetartjänster under sommaren och lägre kostnader för trädvård ger ett överskott.",
            C("Park och naturvård", "+0,6 mkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Bygglov och planering \u22121,2 mkr",
            "Intäkterna från bygglov blir lägre än budgeterat då antalet ansökningar om nybyggnad av småhus har minskat "
            "kraftigt. Konsultkostnaderna för detaljplanen för Västra hamnområdet har också överstigit det budgeterade.",
            C(
                "Bygglov och planering",
                "\u22121,2 mkr",
                "-",
                "avgifter_intakter",
                "volymer",
                "inhyrd_personal",
                note=HEAD + " Consultants are inhyrd_personal.",
            ),
        ),
        HP(
            "Kollektivtrafik \u22120,9 mkr",
            "Det nya avtalet för stadsbusstrafiken räknas upp med ett högre index än vad som budgeterats, och "
            "biljettintäkterna har inte ökat i den takt som förutsattes.",
            C("Kollektivtrafik", "\u22120,9 mkr", "-", "prisokningar", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Förvaltningsövergripande +0,8 mkr",
            "Förvaltningens reserv för oförutsedda kostnader har inte tagits i anspråk och bedöms inte behövas under "
            "året.",
            C("Förvaltningsövergripande", "+0,8 mkr", "+", "reserver", note=HEAD),
        ),
        H("Förändring jämfört med tertialrapporten", 2),
        P(
            "Prognosen har försämrats med 1,5 mkr sedan april, vilket beror på vinterväghållningen i mars och på högre "
            "elpriser för gatubelysningen.",
            F(None, "1,5 mkr", "-", "ovrigt", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för material som inte är nödvändigt och skjutit upp "
            "underhållsbeläggningen av två gator till 2026. Åtgärderna bedöms förbättra resultatet med 1,1 mkr.",
            A(None, "1,1 mkr"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten för 2025 är 86,3 mkr och prognosen 71,0 mkr.",
                C(
                    "Investeringar",
                    "86,3 mkr och prognosen 71,0 mkr",
                    "+",
                    value=15_300_000,
                    note="Under-spending of 15,3 mkr never written out: the computed value, first sentence only.",
                ),
            ),
            (
                "Ombyggnaden av resecentrum och gång- och cykelvägen längs Skolgatan beräknas bli 6,2 respektive 3,4 mkr "
                "billigare i år än budgeterat, eftersom arbetena startat senare än planerat.",
                C(
                    "Ombyggnaden av resecentrum",
                    "6,2",
                    "+",
                    "periodisering",
                    unit="mkr",
                    note="Two projects as a 'respektive' pair: two items, same text.",
                    also=(C("Gång- och cykelvägen längs Skolgatan", "3,4 mkr", "+", "periodisering"),),
                ),
            ),
        ),
        P(
            "VA-sanering etapp 3 beräknas överskrida projektbudgeten med 2,4 mkr till följd av högre entreprenadpriser.",
            C("VA-sanering etapp 3", "2,4 mkr", "-", "prisokningar", note="An investment overrun: negative."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Under perioden kom 212 bygglovsansökningar in, 27 procent färre än samma period 2024.",
            O("Bygglov och planering", "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="pitea-sbn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Samhällsbyggnadsnämnden", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
