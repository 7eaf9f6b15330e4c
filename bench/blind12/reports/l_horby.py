"""Hörby kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per september 2025.

A social services cover letter dated in October for the period to September, with no table: every amount is
in the prose, in "miljoner kronor". The summary "överskrida sin budgetram … med närmare nio miljoner kronor"
(an amount in words) with the areas behind it; paragraphs that open with the area in the sentence: placements
with counts in words ("elva … mot budgeterade sju", not the amount) and "6,3 miljoner kronor högre än budget",
försörjningsstöd whose forecast level (24,8) comes before "3,2 miljoner kronor över budget", the vuxenenhet
"i linje med budget" (boilerplate), elderly care "ett överskott om 1,1 miljoner kronor", funktionsstöd with a
withdrawn assistance compensation, and a reason-only vacancy with no amount anywhere (null); the change since
July with its cause; two actions in one paragraph (two items); the financing of the deficit (other). The
decision proposal, the background and the signatures are unlabelled. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Hörby kommun · Socialförvaltningen", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Dnr SN 2025/214", "2025-10-08", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per september 2025", size=16, font="serif-bold", after=4),
        P("Socialnämnden", size=10.5),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per september 2025 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden beräknas överskrida sin budgetram för 2025 med närmare nio miljoner kronor. Det är i "
            "första hand placeringar av barn och unga samt försörjningsstöd som ligger över budget, medan "
            "äldreomsorgen visar ett mindre överskott.",
            C(
                None,
                "närmare nio miljoner kronor",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                value=9_000_000,
                note="An amount in words with 'närmare': the stated figure.",
            ),
        ),
        H("Ärendet", 2),
        P(
            "Förvaltningen lämnar ekonomisk uppföljning till nämnden efter februari, april, september och oktober. "
            "Uppföljningen bygger på bokfört utfall till och med september och verksamheternas bedömning av "
            "resten av året."
        ),
        P(
            "Individ- och familjeomsorgen, barn och unga, har i dag elva externa placeringar mot budgeterade sju. "
            "Kostnaden för placeringarna beräknas därmed bli 6,3 miljoner kronor högre än budget. Fyra av "
            "placeringarna avser ungdomar med behov av särskilt kvalificerad vård på HVB.",
            C(
                "Barn och unga",
                "6,3 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The counts in words are levels, not the amount.",
            ),
        ),
        P(
            "Försörjningsstödet prognostiseras till 24,8 miljoner kronor, vilket är 3,2 miljoner kronor över "
            "budget. Fler hushåll än tidigare saknar ersättning från a-kassan och är i stället hänvisade till "
            "försörjningsstöd under längre perioder.",
            C(
                "Försörjningsstöd",
                "3,2 miljoner kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The forecast level (24,8) is not the deviation.",
            ),
        ),
        P(
            "För vuxenenheten ligger kostnaderna för skyddat boende och köpt missbruksvård i linje med budget.",
            BP("Vuxenenheten"),
        ),
        P(
            "Äldreomsorgen visar ett överskott om 1,1 miljoner kronor, främst genom att hemtjänsten har haft färre "
            "beviljade timmar än budgeterat.",
            C("Äldreomsorg", "1,1 miljoner kronor", "+", "volymer"),
        ),
        P(
            "Funktionsstöd, det vill säga LSS och socialpsykiatri, räknar med ett underskott på 0,6 miljoner kronor. "
            "Försäkringskassan har dragit in assistansersättningen för en brukare, som i stället får sin insats "
            "enligt LSS med kommunen som ensam betalare.",
            C("Funktionsstöd", "0,6 miljoner kronor", "-", "ersattning_fk"),
        ),
        P(
            "Kostnaderna för nämnd och förvaltningsledning blir något lägre än budgeterat, eftersom tjänsten som "
            "avdelningschef för individ- och familjeomsorgen var vakant under våren.",
            C(
                "Nämnd och förvaltningsledning",
                None,
                "+",
                "vakanser",
                note="A reason with no amount and no table: null.",
            ),
        ),
        P(
            "Jämfört med föregående uppföljning, per juli, har prognosen försämrats med 1,4 miljoner kronor, vilket "
            "helt beror på två nya placeringar inom barn och unga.",
            F(None, "1,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen har förstärkt öppenvården med två behandlare för att kunna erbjuda insatser på "
                "hemmaplan i stället för placering.",
                A("Barn och unga", None, "kopt_verksamhet"),
            ),
            (
                "Därutöver pågår ett arbete tillsammans med arbetsmarknadsenheten för att korta tiden med "
                "försörjningsstöd. Någon ekonomisk effekt under 2025 kan inte beräknas.",
                A(
                    "Försörjningsstöd",
                    None,
                    "ekonomiskt_bistand",
                    note="Two actions in one paragraph: two items.",
                ),
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Underskottet behöver hanteras inom kommunens samlade resultat. Kommunstyrelsen har begärt att nämnder "
            "med negativ prognos redovisar en handlingsplan vid sitt sammanträde i november.",
            O(None, note="Financing of the deficit and a request from the kommunstyrelse: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2025-10-08. Ekonomisk uppföljning per september 2025, Socialnämnden."),
        P("Annika Berglund, socialchef        Tobias Lindqvist, ekonom", size=9.5),
    ]
    return ReportSpec(
        file="horby-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": "Hörby",
            "committee": ["Socialnämnden"],
            "period": ["2025-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per september 2025",
            "author": "Hörby kommun",
        },
        style=style,
        blocks=blocks,
    )
