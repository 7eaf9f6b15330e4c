"""Mjölby kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning efter april 2026.

A tjänsteskrivelse dated in May in DejaVu Sans Condensed 10 pt: the decision proposal (unlabelled), the full
year "överskrida sin budgetram med 11,5 miljoner kronor" with the areas named but no reasons, the period "2,8
miljoner kronor högre än periodiserad budget" (a net cost over budget, negative) in a paragraph of its own;
by kostnadsslag, one sentence with köp av verksamhet "9,2 miljoner kronor" and personalkostnader "2,9
miljoner kronor över budget" (two items, the same text) and the revenue in the next; a table in mnkr with
hyphen-minus; headings with the area and amount after a comma ("Individ- och familjeomsorg, −8,6 mnkr"),
"Ekonomiskt bistånd, +1,0 mnkr", a plain heading over "bedöms sammantaget hålla budget" (boilerplate), a
reason-only "Nämnd och ledning" (the row's "0,5"); the change since February with a level in the same
sentence; two actions; investments used in full (boilerplate) and a rule of the kommunstyrelse (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Mjölby kommun  Socialförvaltningen", "TJÄNSTESKRIVELSE 2026-05-12"),
        footer=lambda n, m: ("Dnr SN 2026/0087", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "18,4", "17,9", "0,5"),
            ("Individ- och familjeomsorg", "96,2", "104,8", "-8,6"),
            ("Funktionsstöd", "142,5", "147,1", "-4,6"),
            ("Äldreomsorg", "312,0", "311,8", "0,2"),
            ("Ekonomiskt bistånd", "38,6", "37,6", "1,0"),
            ("Summa", "607,7", "619,2", "-11,5"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning april 2026, Socialnämnden", size=16, font="cond-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per april 2026 och uppdrar åt förvaltningen att "
            "fortsätta arbetet med handlingsplanen för en ekonomi i balans."
        ),
        H("Sammanfattning av ärendet", 2),
        P(
            "Socialnämnden beräknas för helåret överskrida sin budgetram med 11,5 miljoner kronor. Underskottet "
            "finns främst inom individ- och familjeomsorgen och funktionsstöd.",
            C(None, "11,5 miljoner kronor", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Utfallet för januari–april är 2,8 miljoner kronor högre än periodiserad budget.",
            C(None, "2,8 miljoner kronor", "-", note="The period: a net cost over the periodised budget."),
        ),
        Para(
            (
                (
                    "Per kostnadsslag syns avvikelsen framför allt i köp av verksamhet, som överskrider budget med "
                    "9,2 miljoner kronor, och i personalkostnaderna, 2,9 miljoner kronor över budget till följd av "
                    "övertid och sjukfrånvaro inom funktionsstöd.",
                    C(
                        "Köp av verksamhet",
                        "9,2 miljoner kronor",
                        "-",
                        note="Two kostnadsslag in one sentence; naming the account group gives no tag.",
                        also=(C("Personalkostnader", "2,9 miljoner kronor", "-", "overtid", "sjukfranvaro"),),
                    ),
                ),
                (
                    "Intäkterna blir 0,6 miljoner kronor högre än budget.",
                    C("Intäkter", "0,6 miljoner kronor", "+"),
                ),
            )
        ),
        H("Ekonomisk uppföljning per verksamhetsområde", 2),
        table,
        HP(
            "Individ- och familjeomsorg, −8,6 mnkr",
            "Kostnaderna för placeringar av barn och unga på HVB och i konsulentstödda familjehem ligger kvar på en "
            "hög nivå. Under våren har fyra nya placeringar gjorts, varav två med stöd av LVU. Därtill har vakanta "
            "socialsekreterartjänster ersatts med inhyrda konsulter.",
            C(
                "Individ- och familjeomsorg",
                "−8,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "vakanser",
                "inhyrd_personal",
                note=HEAD,
            ),
        ),
        HP(
            "Funktionsstöd, −4,6 mnkr",
            "Två nya ärenden med personlig assistans enligt LSS, där kommunen står för de första 20 timmarna per "
            "vecka, samt en köpt plats i bostad med särskild service förklarar avvikelsen.",
            C("Funktionsstöd", "−4,6 mnkr", "-", "ersattning_fk", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Ekonomiskt bistånd, +1,0 mnkr",
            "Antalet hushåll med försörjningsstöd har minskat sedan årsskiftet, och utbetalningarna ligger under "
            "budgeterad nivå.",
            C("Ekonomiskt bistånd", "+1,0 mnkr", "+", "ekonomiskt_bistand", "volymer", note=HEAD),
        ),
        H("Äldreomsorg", 3),
        P("Äldreomsorgen bedöms sammantaget hålla budget.", BP("Äldreomsorg", note="0,2 in the table.")),
        H("Nämnd och ledning", 3),
        P(
            "Nämnd och ledning visar ett mindre överskott på grund av lägre kostnader för utbildning och "
            "konferenser än planerat.",
            C(
                "Nämnd och ledning",
                "0,5",
                "+",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Förändring jämfört med föregående uppföljning", 2),
        P(
            "Prognosen har försämrats med 3,1 miljoner kronor sedan februari, då nämnden prognostiserade ett "
            "underskott på 8,4 miljoner kronor. Försämringen beror i sin helhet på nya placeringar inom individ- "
            "och familjeomsorgen.",
            F(
                None,
                "3,1 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The earlier level is not the amount.",
            ),
        ),
        H("Åtgärder", 2),
        Para(
            (
                (
                    "Förvaltningen har startat ett eget familjehemsteam, som beräknas minska behovet av "
                    "konsulentstödda familjehem med 1,5 miljoner kronor under resten av året.",
                    A("Individ- och familjeomsorg", "1,5 miljoner kronor", "kopt_verksamhet"),
                ),
                (
                    "Därutöver prövas varje ersättningsrekrytering av förvaltningsledningen.",
                    A(None, None, "vakanser"),
                ),
            )
        ),
        H("Investeringar", 2),
        P(
            "Socialnämndens investeringsbudget på 2,4 miljoner kronor för inventarier och trygghetslarm beräknas "
            "förbrukas i sin helhet.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Övrigt", 2),
        P(
            "Kommunstyrelsen har tidigare beslutat att nämnder med prognostiserat underskott ska redovisa åtgärder "
            "i varje uppföljning.",
            O(None, note="A rule, context."),
        ),
        P("Anna Wikström, socialchef    Henrik Dahl, ekonom", size=9.0),
    ]
    return ReportSpec(
        file="mjolby-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-04.pdf",
        report={
            "municipality": "Mjölby",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning april 2026", "author": "Mjölby kommun"},
        style=style,
        blocks=blocks,
    )
