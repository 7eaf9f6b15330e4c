"""Mörbylånga kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning februari 2026.

A social committee's cover letter set in Liberation Serif 11 pt with the letter date in the header and a
diarienummer in the footer: a decision proposal (unlabelled), the full year "en prognos på - 5,6 mnkr" with a
minus separated by a space and the areas named without reasons, the period "1,1 mnkr högre än periodiserad
budget" in its own paragraph; headings that carry the area and amount with a spaced sign ("Äldreomsorg + 0,4
mnkr", "Funktionsstöd - 3,3 mnkr", "± 0,0 mnkr" over "förväntas följa budget", boilerplate): a part in
kronor per year that is not the amount, and a sub-area's surplus inside another area's paragraph (its own
item); two bulleted actions without amounts; net costs against last year with "beror på" and a goal
consequence (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, O

HEAD = "The heading carries the area and amount, sign separated by a space."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.5,
        leading=1.3,
        para_gap=8.0,
        heading_sizes=(15.0, 12.5, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(78.0, 84.0, 78.0, 78.0),
        header=lambda n, m: ("Mörbylånga kommun – Socialförvaltningen", "Tjänsteskrivelse 2026-03-10"),
        footer=lambda n, m: ("Dnr SN 2026/31", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning februari 2026", size=15, font="times-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per februari 2026 och överlämnar den till "
            "kommunstyrelsen för kännedom."
        ),
        H("Sammanfattning", 2),
        P(
            "Efter två månader visar socialnämnden en prognos på - 5,6 mnkr för helåret. Underskottet finns inom "
            "funktionsstöd och individ- och familjeomsorg, medan äldreomsorgen i stort sett följer budget.",
            C(
                None,
                "- 5,6 mnkr",
                "-",
                note="A minus separated by a space; areas named without reasons: no tags.",
            ),
        ),
        P(
            "Utfallet för januari–februari är 1,1 mnkr högre än periodiserad budget.",
            C(None, "1,1 mnkr", "-", note="The period's net cost above the periodised budget: negative."),
        ),
        H("Ärendebeskrivning", 2),
        HP(
            "Äldreomsorg + 0,4 mnkr",
            "Hemtjänsten har haft färre beviljade timmar än budgeterat under januari och februari, främst i "
            "Färjestadens hemtjänstområde. Samtidigt har nattbemanningen på Kastanjegårdens särskilda boende "
            "förstärkts.",
            C("Äldreomsorg", "+ 0,4 mnkr", "+", "volymer", "bemanning", note=HEAD),
        ),
        HP(
            "Hälso- och sjukvård - 0,6 mnkr",
            "Bemanningsföretag har anlitats för att täcka två vakanta sjukskötersketjänster på natten.",
            C("Hälso- och sjukvård", "- 0,6 mnkr", "-", "inhyrd_personal", "vakanser", note=HEAD),
        ),
        HP(
            "Funktionsstöd - 3,3 mnkr",
            "I två nya ärenden om personlig assistans har Försäkringskassan inte beviljat assistansersättning, "
            "vilket innebär att kommunen bär hela kostnaden, cirka 2,6 mnkr på helår. Resterande del av "
            "underskottet avser köpta platser i bostad med särskild service utanför kommunen.",
            C(
                "Funktionsstöd",
                "- 3,3 mnkr",
                "-",
                "ersattning_fk",
                "kopt_verksamhet",
                note=HEAD + " The assistance cases' 2,6 mnkr is a part.",
            ),
        ),
        Para(
            (
                (
                    "Två ungdomar har placerats på HVB sedan årsskiftet, och kostnaden för placeringar av barn och "
                    "unga beräknas därför överstiga budget.",
                    C(
                        "Individ- och familjeomsorg",
                        "- 2,1 mnkr",
                        "-",
                        "kopt_verksamhet",
                        "volymer",
                        note=HEAD,
                    ),
                ),
                (
                    "Kostnaderna för ekonomiskt bistånd ligger däremot 0,3 mnkr under budget, sedan flera hushåll har "
                    "fått arbete inom besöksnäringen.",
                    C(
                        "Ekonomiskt bistånd",
                        "0,3 mnkr",
                        "+",
                        "ekonomiskt_bistand",
                        "volymer",
                        note="A sub-area's deviation inside another area's paragraph: its own item.",
                    ),
                ),
            ),
            head="Individ- och familjeomsorg - 2,1 mnkr",
            head_level=3,
        ),
        HP(
            "Gemensam verksamhet och nämnd ± 0,0 mnkr",
            "Verksamheten förväntas följa budget.",
            BP("Gemensam verksamhet och nämnd"),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen vidtar följande åtgärder:"),
        Bullets(
            items=(
                "Omprövning av samtliga externa placeringar inom LSS under våren.",
                "Begäran om omprövning hos Försäkringskassan, och vid behov överklagande till förvaltningsrätten, i "
                "ett av assistansärendena.",
            ),
            labels=(
                A("Funktionsstöd", None, "kopt_verksamhet"),
                A("Funktionsstöd", None, "ersattning_fk"),
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Nettokostnaden för januari–februari är 4,8 procent högre än samma period 2025, vilket främst beror på "
            "avtalsenliga löneökningar.",
            O(None, "lonekostnader", note="Net cost against the previous year: other."),
        ),
        P(
            "Om underskottet kvarstår vid årets slut kan det påverka kommunens möjlighet att nå det finansiella "
            "målet om ett resultat på 2 procent av skatteintäkter och statsbidrag.",
            O(None, note="A consequence for a financial goal: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-03-10. Ekonomisk uppföljning februari 2026 med bilagor.", size=10.0),
        P("Socialchef, Socialförvaltningen", size=10.0),
    ]
    return ReportSpec(
        file="morbylanga-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Mörbylånga",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning februari 2026",
            "author": "Mörbylånga kommun",
        },
        style=style,
        blocks=blocks,
    )
