"""Söderköpings kommun, Kommunstyrelsen, uppföljning av kommunfullmäktiges uppdrag 2025.

A follow-up of the assignments that kommunfullmäktige gave in its budget, which is no budget follow-up at
all: full of amounts, "beror på", a saving "per år", a cost "hittills", a cost that "finansieras inom" the
kommunstyrelse's frame, a fee increase, consultants "mer än målet" (a target, not a budget, set against 2024)
and a mention of another nämnd's deficit with no amount (a statement about someone else): seven `other` items
and no cause. The decision proposal, the background and the status table are unlabelled. Footer with the
date of the tjänsteskrivelse in February. Liberation Serif 11 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Söderköpings kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-02-09", "Dnr KS 2026.0031", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    status = Table(
        caption="Uppdrag i Mål och budget 2025, status vid årets slut",
        header=(("Uppdrag", "Ansvarig", "Status"),),
        rows=(
            ("3. Samlokalisering i stadshuset", "KS", "Genomfört"),
            ("5. Digital signering", "KS", "Pågår"),
            ("7. Energieffektivisering", "SBN", "Genomfört"),
            ("8. Resursfördelning grundskola", "BUN", "Ej påbörjat"),
            ("10. Gemensamt kontaktcenter", "KS", "Pågår"),
            ("11. Taxa för serveringstillstånd", "SBN", "Genomfört"),
            ("12. Minskade konsultkostnader", "Alla", "Delvis"),
        ),
        widths=(230.0, 90.0, 100.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av kommunfullmäktiges uppdrag 2025", size=17, font="arial-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att godkänna uppföljningen av uppdragen i Mål och budget "
            "2025 och att lägga den till handlingarna."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige gav i Mål och budget 2025 kommunstyrelsen och nämnderna tolv uppdrag. Av dessa är sju "
            "genomförda, tre pågår och två har inte påbörjats. Nedan redovisas de uppdrag som har ekonomiska "
            "konsekvenser."
        ),
        status,
        H("Redovisning av uppdragen", 2),
        P(
            "Uppdrag 3, samlokalisering av verksamheter i stadshuset, är genomfört. Flytten av "
            "socialförvaltningen till stadshuset minskade kommunens externa hyror med 1,4 mnkr per år från oktober "
            "2025.",
            O(None, "lokaler", note="A saving from an assignment: a supporting figure, no budget deviation."),
        ),
        P(
            "Uppdrag 5, digital signering i alla nämnder, pågår. Införandet har tagit längre tid än planerat, vilket "
            "beror på att avtalet med leverantören av ärendehanteringssystemet behövde förhandlas om. Kostnaden "
            "hittills är 285 tkr.",
            O(None, "it_digitalisering", note="A delay with 'beror på' and a cost so far: other."),
        ),
        P(
            "Uppdrag 7, energieffektivisering av kommunens fastigheter, är genomfört. Energianvändningen minskade "
            "med 9 procent jämfört med 2023, vilket motsvarar cirka 2,1 miljoner kronor i lägre kostnader vid "
            "dagens priser.",
            O(None, note="A comparison with an earlier year: other."),
        ),
        P(
            "Uppdrag 8, ny modell för resursfördelning till grundskolan, har inte påbörjats. Det beror på att barn- "
            "och utbildningsnämnden har prioriterat arbetet med att komma till rätta med sitt underskott från 2024.",
            O(
                "Barn- och utbildningsnämnden",
                note="Another nämnd's deficit mentioned without an amount: a statement about someone else.",
            ),
        ),
        P(
            "Uppdrag 10, utredning av ett gemensamt kontaktcenter, pågår. Utredningen beräknas kosta 450 tkr, som "
            "finansieras inom kommunstyrelsens ram för utvecklingsmedel.",
            O(None, note="A financing statement: other."),
        ),
        P(
            "Uppdrag 11, översyn av taxan för serveringstillstånd, är genomfört. Den nya taxan höjer avgifterna "
            "med i genomsnitt 12 procent och beräknas ge 90 tkr mer i intäkter per år från 2026.",
            O(None, "avgifter_intakter", note="A fee decision's expected effect: other."),
        ),
        P(
            "Uppdrag 12, minskade kostnader för konsulter, är delvis genomfört. Kommunens kostnader för konsulter "
            "var 3,6 mnkr under 2025, vilket är mer än målet på 3,0 mnkr men lägre än 2024 års 4,8 mnkr.",
            O(None, "inhyrd_personal", note="A target and the previous year, not a budget: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet i sig medför inga kostnader."),
    ]
    return ReportSpec(
        file="soderkoping-ks-uppfoljning-uppdrag-2025.pdf",
        report={
            "municipality": "Söderköping",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025"],
            "report_type": "uppföljning av uppdrag",
        },
        metadata={"title": "Uppföljning av kommunfullmäktiges uppdrag 2025", "author": "Söderköpings kommun"},
        style=style,
        blocks=blocks,
    )
