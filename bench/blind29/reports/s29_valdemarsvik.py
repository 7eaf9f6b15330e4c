"""Valdemarsviks kommun, Kommunstyrelsen, tjänsteskrivelse om utökad borgensram för det kommunala
bostadsbolaget, 2026.

Not a budget follow-up: a cover letter proposing that kommunfullmäktige raise the kommun's guarantee for its
housing company, full of amounts, "ökat med", "beror på", "lägre än bolagets budget" and "påverkar inte
kommunens driftbudget": the current and the proposed guarantee, a building project whose cost "har ökat med 14
mnkr jämfört med kalkylen i förstudien, vilket beror på" (a project calculation, not a budget), the guarantee
fee as income, the company's own result against its own budget (a statement about someone else), its
vacancies and soliditet as a risk, and the financial consequences for the kommun. Six `other` items and no
causes; the decision proposal, the legal background and the list of documents are unlabelled. Liberation
Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A guarantee decision, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("VALDEMARSVIKS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "2026-03-04", f"{n}({m})"),
        header_size=8.0,
    )
    key_figures = Table(
        caption="Nyckeltal för bolaget",
        header=(("", "2023", "2024", "Budget 2025"),),
        rows=(
            ("Nettoomsättning, mnkr", "41,8", "44,2", "46,0"),
            ("Resultat efter finansiella poster, mnkr", "3,1", "2,3", "3,0"),
            ("Soliditet, procent", "12", "11", "11"),
            ("Vakansgrad, procent", "1,8", "3,4", "2,5"),
        ),
        widths=(220.0, 70.0, 70.0, 80.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Utökad borgensram för Kustbo Fastigheter AB", size=17, font="times-bold", after=4),
        P("Diarienummer KS 2026/0087", None, size=9.5),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att utöka kommunens borgensram för Kustbo "
            "Fastigheter AB till 245 mnkr, samt att borgensavgiften för 2026 fastställs till 0,4 procent av utnyttjad "
            "borgen."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunens nuvarande borgensåtagande för bolaget uppgår till 185 mnkr. Bolaget ansöker om att ramen "
            "utökas med 60 mnkr för att finansiera nybyggnationen av 32 lägenheter vid Fabriksgatan i Valdemarsvik.",
            O(None, note=NOT_BUDGET + " The current and the proposed guarantee."),
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige fastställde 2021 en borgensram för bolaget om 185 mnkr. Enligt kommunens finanspolicy "
            "ska en utökning av borgensram beslutas av fullmäktige efter att kommunstyrelsen har bedömt bolagets "
            "återbetalningsförmåga."
        ),
        P(
            "Byggkostnaden för projektet vid Fabriksgatan har ökat med 14 mnkr jämfört med kalkylen i förstudien, "
            "vilket beror på högre priser på stomme och installationer samt på att markförhållandena krävde "
            "pålning.",
            O(
                "Fabriksgatan",
                note=NOT_BUDGET
                + " A project's cost against its pre-study calculation, not against a budget.",
            ),
        ),
        H("Bolagets ekonomi", 2),
        key_figures,
        P(
            "Bolaget redovisade för 2024 ett resultat efter finansiella poster på 2,3 mnkr, vilket var 1,1 mnkr lägre "
            "än bolagets budget till följd av högre räntekostnader.",
            O(
                "Kustbo Fastigheter AB",
                direction="-",
                note="The company's own result against its own budget: a statement about someone else, other.",
            ),
        ),
        P(
            "Vakansgraden steg under 2024 till 3,4 procent när flera äldre lägenheter i Gusum stod tomma inför "
            "renovering. Med en soliditet på 11 procent har bolaget begränsade marginaler om räntorna stiger eller "
            "om uthyrningen av de nya lägenheterna tar längre tid än planerat.",
            O("Kustbo Fastigheter AB", note=NOT_BUDGET + " Vacancies and soliditet as a risk."),
        ),
        H("Ekonomiska konsekvenser för kommunen", 2),
        P(
            "Kommunen tar ut en borgensavgift på 0,4 procent av utnyttjad borgen, vilket vid full utnyttjad ram ger "
            "intäkter på cirka 1,0 mnkr per år.",
            O(None, note=NOT_BUDGET + " The guarantee fee as income."),
        ),
        P(
            "Beslutet påverkar inte kommunens driftbudget för 2026. Om borgen skulle behöva infrias belastas "
            "kommunens resultat, men kommunledningsförvaltningen bedömer risken som låg.",
            O(None, note=NOT_BUDGET + " Consequences and risk for the kommun."),
        ),
        H("Beslutsunderlag", 2),
        Bullets(
            (
                "Tjänsteskrivelse 2026-03-04",
                "Ansökan från Kustbo Fastigheter AB 2026-02-12",
                "Kustbo Fastigheter AB:s årsredovisning 2024",
            ),
        ),
        P("Ekonomichef, kommunledningsförvaltningen", None, size=10.0),
    ]
    return ReportSpec(
        file="valdemarsvik-ks-tjansteskrivelse-utokad-borgensram-2026.pdf",
        report={
            "municipality": "Valdemarsvik",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026"],
            "report_type": "borgensbeslut",
        },
        metadata={"title": "Utökad borgensram för Kustbo Fastigheter AB", "author": "Valdemarsviks kommun"},
        style=style,
        blocks=blocks,
    )
