"""Sorsele kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A cover letter (tjänsteskrivelse) dated in April for the period to March, set in DejaVu Serif 10.5 pt with the
diarienummer and letter date in the header: the summary's full-year deficit in whole kronor ("2 550 000
kronor") with the area named; the period's spending as a share of the annual budget (percent, other) and,
in its own paragraph, the period's deficit "cirka 0,6 mnkr" against the periodised budget (a cause);
headings that carry the area and a tkr amount with a comma ("Äldreomsorg, −1 900 tkr"), one with a plus
sign; "följer budget" for the rest (boilerplate); an uncertainty (other); an action with no effect yet; the
decision proposal and the "Ekonomiska konsekvenser" line are unlabelled; a table in whole kronor. 6 scored
causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 86.0, 72.0, 76.0),
        header=lambda n, m: ("SORSELE KOMMUN  Tjänsteskrivelse  2026-04-08", f"Dnr SN 2026/0057   {n}({m})"),
        footer=lambda n, m: ("Socialförvaltningen", "", ""),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, kronor",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Äldreomsorg", "38 400 000", "40 300 000", "−1 900 000"),
            ("Hemtjänst", "14 650 000", "15 400 000", "−750 000"),
            ("Individ- och familjeomsorg", "6 200 000", "5 900 000", "300 000"),
            ("Ekonomiskt bistånd", "2 100 000", "2 300 000", "−200 000"),
            ("LSS", "9 800 000", "9 800 000", "0"),
            ("Administration", "4 350 000", "4 350 000", "0"),
            ("Totalt", "75 500 000", "78 050 000", "−2 550 000"),
        ),
        widths=(160.0, 86.0, 86.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="serif-bold", after=4),
        P("Handläggare: Anna-Karin Lindgren, ekonom. Mottagare: Socialnämnden.", size=9.5),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per mars 2026 och lägger den till handlingarna."
        ),
        H("Sammanfattning", 2),
        P(
            "Nämnden beräknas överskrida sin budgetram för 2026 med 2 550 000 kronor. Det är i första hand "
            "äldreomsorgen som inte klarar sin budget.",
            C(
                None,
                "2 550 000 kronor",
                "-",
                note="The summary's full year in whole kronor; an area named, no reason.",
            ),
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Utfallet för januari–mars är 19,8 mnkr, vilket motsvarar 26,2 procent av årsbudgeten. Vid en jämn "
            "förbrukning hade andelen varit 25 procent.",
            O(None, note="The share of the annual budget used: a supporting figure, not a deviation."),
        ),
        P(
            "Mot den periodiserade budgeten, som tar hänsyn till att kostnaderna fördelar sig ojämnt över året, är "
            "underskottet för perioden cirka 0,6 mnkr. Det har till största delen uppstått inom äldreomsorgen.",
            C(None, "cirka 0,6 mnkr", "-", note="The period against the periodised budget: a cause."),
        ),
        HP(
            "Äldreomsorg, −1 900 tkr",
            "Kostnaderna för nattbemanning på Gullvivan har ökat sedan två brukare med stora omvårdnadsbehov flyttade "
            "in i januari. Bristen på sjuksköterskor har dessutom gjort att sjuksköterskor från bemanningsföretag "
            "behövts under helgerna.",
            C(
                "Äldreomsorg",
                "−1 900 tkr",
                "-",
                "bemanning",
                "volymer",
                "vakanser",
                "inhyrd_personal",
                note=HEAD,
            ),
        ),
        HP(
            "Hemtjänst, −750 tkr",
            "Den nya hemtjänstgruppen i Gargnäs har längre restider än beräknat, och två bilar har fått leasas utöver "
            "de budgeterade.",
            C(
                "Hemtjänst",
                "−750 tkr",
                "-",
                "material_hjalpmedel",
                note=HEAD + " Leased cars: material_hjalpmedel.",
            ),
        ),
        HP(
            "Individ- och familjeomsorg, +300 tkr",
            "Inga nya placeringar har gjorts under perioden och en familjehemsplacering har avslutats.",
            C("Individ- och familjeomsorg", "+300 tkr", "+", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Ekonomiskt bistånd, −200 tkr",
            "Fler hushåll har sökt försörjningsstöd sedan sågverket i Sorsele varslade personal i januari.",
            C("Ekonomiskt bistånd", "−200 tkr", "-", "ekonomiskt_bistand", "volymer", note=HEAD),
        ),
        P("Övriga verksamheter, LSS och administration, följer budget.", BP("LSS och administration")),
        table,
        P(
            "Prognosen är osäker så här tidigt på året. Särskilt kostnaderna för placeringar kan förändras snabbt om "
            "nya behov uppstår.",
            O(None, "kopt_verksamhet", note="Uncertainty: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över schemat på Gullvivan för att kunna ta bort den dubbla nattbemanningen när "
            "behoven medger det. Det går ännu inte att bedöma effekten.",
            A("Äldreomsorg", None, "bemanning"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Ärendet innebär inga ekonomiska konsekvenser utöver det som framgår av uppföljningen."),
        P("Kristina Öhman, socialchef        Anna-Karin Lindgren, ekonom", size=9.5),
    ]
    return ReportSpec(
        file="sorsele-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Sorsele",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per mars 2026",
            "author": "Sorsele kommun",
        },
        style=style,
        blocks=blocks,
    )
