"""Region Stockholm, Folktandvården Stockholms län AB, tertialrapport 1 2026.

A region-owned dental-care company's tertial report in "miljoner kronor", its result table pasted as an
image (every amount lives in the prose), a footer with the board meeting in May: the period "15,1 miljoner
kronor sämre än budget", the period's reasons in a paragraph of their own (amount null), the full year as
"en negativ avvikelse om 18,0 miljoner kronor" after two levels; revenue under budget with its volume cause,
a grant that "följer budget" (boilerplate), subscriptions that give "2,3 miljoner kronor mer än
budgeterat", personnel costs "lägre än budget" beside hired dentists that "överstiger däremot budget", two
cost groups as a "respektive" pair with a shared cause, premises with a double rent, investments "Av årets
investeringsbudget på 30 miljoner kronor beräknas 24 miljoner kronor" (6 never written out), the change
since February's budget dialogue (a forecast change), an action with its effect and a fee risk (other).
Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "The result table is an image: the amount comes from the prose."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Folktandvården Stockholms län AB", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsemöte 2026-05-21", "Ärende 5", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    result = Table(
        caption="Resultaträkning januari–april 2026, miljoner kronor",
        header=(("", "Budget jan–apr", "Utfall jan–apr", "Avvikelse"),),
        rows=(
            ("Intäkter vuxentandvård", "312,0", "302,6", "-9,4"),
            ("Ersättning barn- och ungdomstandvård", "148,5", "148,6", "0,1"),
            ("Frisktandvård", "96,4", "98,7", "2,3"),
            ("Övriga intäkter", "12,0", "11,5", "-0,5"),
            ("Personalkostnader", "-402,8", "-396,6", "6,2"),
            ("Inhyrd personal", "-10,5", "-19,2", "-8,7"),
            ("Tandtekniska arbeten", "-41,0", "-42,9", "-1,9"),
            ("Dentalmaterial", "-22,3", "-23,4", "-1,1"),
            ("Lokaler", "-48,2", "-49,0", "-0,8"),
            ("Övriga kostnader", "-37,6", "-38,9", "-1,3"),
            ("Periodens resultat", "6,5", "-8,6", "-15,1"),
        ),
        widths=(200.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({10}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=4),
        Title("Folktandvården Stockholms län AB", size=12.5, font="arial", after=12),
        P(
            "Rapporten avser perioden januari–april 2026 och lämnas till bolagets styrelse och till Region "
            "Stockholm som ägare."
        ),
        H("Sammanfattning", 1),
        P(
            "Bolagets resultat för perioden uppgår till −8,6 miljoner kronor, vilket är 15,1 miljoner kronor sämre "
            "än budget.",
            C(None, "15,1 miljoner kronor", "-", note="The period against budget."),
        ),
        P(
            "Avvikelsen beror främst på att intäkterna från vuxentandvården har varit lägre än planerat, samtidigt "
            "som kostnaderna för hyrtandläkare har ökat på kliniker med vakanser.",
            C(
                None,
                None,
                "-",
                "avgifter_intakter",
                "inhyrd_personal",
                "vakanser",
                note="The period's reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 4,0 miljoner kronor mot budgeterade 22,0 miljoner kronor, "
            "en negativ avvikelse om 18,0 miljoner kronor.",
            C(None, "18,0 miljoner kronor", "-", note="The full year after two levels."),
        ),
        result,
        Space(8),
        H("Intäkter", 2),
        P(
            "Intäkterna från vuxentandvården ligger 9,4 miljoner kronor under budget för perioden. Antalet "
            "behandlade vuxna patienter är lägre än planerat, eftersom flera kliniker har haft vakanta "
            "tandläkartjänster sedan årsskiftet.",
            C(
                "Intäkter vuxentandvård",
                "9,4 miljoner kronor",
                "-",
                "avgifter_intakter",
                "volymer",
                "vakanser",
                note=IMAGE,
            ),
        ),
        P(
            "Ersättningen från regionen för barn- och ungdomstandvård följer budget.",
            BP("Ersättning barn- och ungdomstandvård"),
        ),
        P(
            "Antalet abonnemang inom frisktandvården har ökat mer än beräknat, vilket ger 2,3 miljoner kronor mer "
            "än budgeterat.",
            C("Frisktandvård", "2,3 miljoner kronor", "+", "volymer", "avgifter_intakter", note=IMAGE),
        ),
        H("Kostnader", 2),
        P(
            "Personalkostnaderna är 6,2 miljoner kronor lägre än budget till följd av vakanser bland tandläkare "
            "och tandhygienister.",
            C("Personalkostnader", "6,2 miljoner kronor", "+", "vakanser", note=IMAGE),
        ),
        P(
            "Kostnaderna för inhyrd personal överstiger däremot budget med 8,7 miljoner kronor. Bolaget har tagit "
            "in hyrtandläkare för att kunna hålla akuttiderna öppna på klinikerna i Norrtälje och Södertälje.",
            C(
                "Inhyrd personal",
                "8,7 miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                note=IMAGE + " Hired dentists covering vacancies.",
            ),
        ),
        P(
            "Tandtekniska arbeten och dentalmaterial kostar 1,9 respektive 1,1 miljoner kronor mer än budgeterat, "
            "främst på grund av leverantörernas prishöjningar vid årsskiftet.",
            C(
                "Tandtekniska arbeten",
                "1,9",
                "-",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair with a shared cause: two items, the unit written once.",
                also=(C("Dentalmaterial", "1,1 miljoner kronor", "-", "prisokningar"),),
            ),
        ),
        P(
            "Lokalkostnaderna är 0,8 miljoner kronor högre än budget, eftersom kliniken i Skärholmen har betalat "
            "dubbel hyra under två månader i samband med flytten till nya lokaler.",
            C("Lokaler", "0,8 miljoner kronor", "-", "lokaler", note=IMAGE),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 30 miljoner kronor beräknas 24 miljoner kronor att användas, eftersom "
            "utrustningen till den nya kliniken i Barkarby levereras först i början av 2027.",
            C(
                "Investeringar",
                "30 miljoner kronor beräknas 24 miljoner kronor",
                "+",
                "periodisering",
                value=6_000_000,
                note="Investment under-spending of 6 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Prognosförändring", 2),
        P(
            "Helårsprognosen är 5,0 miljoner kronor lägre än vid budgetdialogen i februari. Försämringen "
            "förklaras av att rekryteringen av tandläkare har tagit längre tid än beräknat.",
            F(None, "5,0 miljoner kronor", "-", "vakanser"),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har infört centralt beslut för all inhyrning av personal och förstärkt rekryteringen, med "
            "målet att minska kostnaderna för hyrtandläkare med 4 miljoner kronor under andra halvåret.",
            A("Inhyrd personal", "4 miljoner kronor", "inhyrd_personal"),
        ),
        H("Risker", 2),
        P(
            "Regionens beslut om nya tandvårdstaxor från den 1 juli är ännu inte fattat. Om höjningen blir lägre "
            "än de 3 procent som budgeten bygger på minskar intäkterna med upp till 6 miljoner kronor.",
            O(None, note="A risk with an amount: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-folktandvarden-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för Folktandvården Stockholms län AB",
                "Folktandvården Stockholms län AB",
                "Folktandvården Stockholm",
            ],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Folktandvården Stockholms län AB"},
        style=style,
        blocks=blocks,
    )
