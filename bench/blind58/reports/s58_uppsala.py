"""Uppsala kommun, Gatu- och samhällsmiljönämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse in mnkr, Liberation Serif 11 pt, header with the letter's date in June:
a decision proposal (unlabelled), the full year "ett underskott på 14,5 mnkr jämfört med budget" with the two
areas it is "hänförligt till", the period "−19,8 mnkr mot periodiserad budget" with its timing reason; a
table with hyphen-minus; headings that carry the area and amount with hyphen-minus ("Vinterväghållning
-16,2 mnkr"), where the snow paragraph has an index percentage that is not the amount and a risk sentence
(its own `other` item), reason-only paragraphs under the heading's amount, a vandalism repair, a buffer part
"på 2,5 mnkr" inside "+3,4 mnkr"; investments "63 mnkr lägre än investeringsbudgeten" and a project "7,5 mnkr
dyrare än projektbudgeten"; an action "upp till 3 mnkr" and a request for compensation (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Uppsala kommun – Stadsbyggnadsförvaltningen", "2026-06-03 · GSN-2026-0412"),
        footer=lambda n, m: ("Tjänsteskrivelse", "", f"Sida {n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning, prognos 2026, mnkr",
        header=(("Verksamhet", "Budget", "Utfall jan–maj", "Prognos", "Avvikelse"),),
        rows=(
            ("Vinterväghållning", "78,0", "71,6", "94,2", "-16,2"),
            ("Parkering", "-35,0", "-11,8", "-30,9", "-4,1"),
            ("Gator och vägar", "142,5", "52,3", "140,7", "1,8"),
            ("Parker och naturområden", "96,3", "33,0", "94,8", "1,5"),
            ("Trafiksäkerhet och gång- och cykelvägar", "38,2", "16,4", "39,1", "-0,9"),
            ("Nämnd och administration", "24,6", "8,7", "21,2", "3,4"),
            ("Summa", "344,6", "170,2", "359,1", "-14,5"),
        ),
        widths=(190.0, 60.0, 70.0, 60.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="times-bold", after=2),
        Title("Gatu- och samhällsmiljönämnden", size=12.5, font="times", after=12),
        H("Beslutsförslag", 2),
        P(
            "Gatu- och samhällsmiljönämnden föreslås besluta att godkänna den ekonomiska uppföljningen per maj 2026 "
            "och att överlämna den till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Nämndens prognos för helåret visar ett underskott på 14,5 mnkr jämfört med budget. Underskottet är "
            "hänförligt till vinterväghållningen och till lägre intäkter från parkeringsverksamheten.",
            C(None, "14,5 mnkr", "-", "ovrigt", "avgifter_intakter", note="Winter road maintenance: ovrigt."),
        ),
        P(
            "Periodens resultat är −19,8 mnkr mot periodiserad budget, eftersom vinterns kostnader belastar årets "
            "första månader.",
            C(None, "−19,8 mnkr", "-", "ovrigt", "periodisering"),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        Para(
            (
                (
                    "Januari och februari hade ovanligt mycket snö, med tolv utryckningar för snöröjning mot normalt "
                    "fem. Entreprenörernas timpriser har dessutom räknats upp med 6,5 procent enligt avtalets index.",
                    C(
                        "Vinterväghållning",
                        "-16,2 mnkr",
                        "-",
                        "ovrigt",
                        "prisokningar",
                        note="The heading carries the amount; the index percentage is not the amount.",
                    ),
                ),
                (
                    "Om november och december blir snörika kan underskottet öka med ytterligare 5–8 mnkr.",
                    O("Vinterväghållning", note="A risk sentence in the cause's paragraph: its own item."),
                ),
            ),
            head="Vinterväghållning -16,2 mnkr",
            head_level=3,
        ),
        HP(
            "Parkering -4,1 mnkr",
            "Parkeringsintäkterna blir lägre än budgeterat, eftersom färre besökare parkerar i innerstaden och "
            "betalning via app har ersatt en del av de dyrare korttidsbiljetterna.",
            C("Parkering", "-4,1 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Gator och vägar +1,8 mnkr",
            "Delar av beläggningsprogrammet har flyttats till 2027 för att samordnas med ledningsarbeten i samma "
            "gator.",
            C("Gator och vägar", "+1,8 mnkr", "+", "periodisering"),
        ),
        HP(
            "Parker och naturområden +1,5 mnkr",
            "Överskottet beror på att tjänsterna som parkingenjör och trädvårdare var vakanta under våren. Båda "
            "tjänsterna är nu tillsatta.",
            C("Parker och naturområden", "+1,5 mnkr", "+", "vakanser"),
        ),
        HP(
            "Trafiksäkerhet och gång- och cykelvägar -0,9 mnkr",
            "Reparationer efter skadegörelse på gatubelysning och trafiksignaler har kostat mer än planerat.",
            C(
                "Trafiksäkerhet och gång- och cykelvägar",
                "-0,9 mnkr",
                "-",
                "ovrigt",
                note="Vandalism: ovrigt.",
            ),
        ),
        HP(
            "Nämnd och administration +3,4 mnkr",
            "Den centrala bufferten på 2,5 mnkr bedöms inte behöva tas i anspråk, och kostnaderna för konsulter blir "
            "lägre än budgeterat.",
            C(
                "Nämnd och administration",
                "+3,4 mnkr",
                "+",
                "reserver",
                "inhyrd_personal",
                note="The buffer's 2,5 mnkr is a part: the heading's amount.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 412 mnkr, 63 mnkr lägre än investeringsbudgeten på 475 mnkr. Förseningen av "
            "ombyggnaden av Kungsgatan och ett överklagande av detaljplanen för en ny gång- och cykelbro förklarar "
            "huvuddelen.",
            C("Investeringar", "63 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Stationsområdet etapp 2 beräknas däremot bli 7,5 mnkr dyrare än projektbudgeten till följd av "
            "markföroreningar som upptäcktes vid schaktningen.",
            C("Stationsområdet etapp 2", "7,5 mnkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen utreder om underhåll av broar och andra konstbyggnader kan senareläggas, vilket kan minska "
            "underskottet med upp till 3 mnkr.",
            A(None, "upp till 3 mnkr", "periodisering"),
        ),
        P(
            "Nämnden har sedan tidigare begärt att kommunstyrelsen ska kompensera nämnden för merkostnader för "
            "vinterväghållning utöver ett normalår.",
            O("Vinterväghållning", note="A financing request: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-gsn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Gatu- och samhällsmiljönämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Gatu- och samhällsmiljönämnden",
            "author": "Uppsala kommun",
        },
        style=style,
        blocks=blocks,
    )
