"""Malmö stad, Servicenämnden, tjänsteskrivelse om internhyror 2027 (no budget follow-up).

A decision on next year's internal rents for the city's premises, which is no budget follow-up at all: full
of amounts in miljoner kronor, "beror på" and increases, but every comparison is with the current year's rents
or a cost level, never with a budget. The decision proposal, the background and the table of rent increases
per nämnd are unlabelled; the index uprating and its total, its reason ("beror på att kostnaderna för el …
har ökat mer än konsumentprisindex"), two other nämnder's higher rents (about someone else), the rent for
empty premises that the nämnd carries until they are wound up, the capital costs of new preschools passed on
to the tenants, the sports halls' higher uprating that "beror på det eftersatta underhållet" and the
financing through the nämnder's budget frames are all `other`. The document has no cause. DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Malmö stad – Stadsfastigheter", "Tjänsteskrivelse 2026-09-14"),
        footer=lambda n, m: ("Servicenämnden", "SN-2026-2231", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Förändrad internhyra 2027 jämfört med 2026, miljoner kronor",
        header=(("Hyresgäst", "Hyra 2026", "Hyra 2027", "Förändring"),),
        rows=(
            ("Förskolenämnden", "458,1", "472,3", "14,2"),
            ("Grundskolenämnden", "701,4", "723,1", "21,7"),
            ("Gymnasie- och vuxenutbildningsnämnden", "212,9", "219,5", "6,6"),
            ("Fritidsnämnden", "118,6", "124,8", "6,2"),
            ("Övriga nämnder", "293,5", "303,2", "9,7"),
            ("Summa", "1 784,5", "1 842,9", "58,4"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Internhyror och hyresnivåer 2027", size=17, font="cond-bold", after=2),
        Title("Servicenämnden", size=12, font="cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Servicenämnden beslutar att internhyrorna för stadens verksamhetslokaler räknas upp enligt förslaget i "
            "tjänsteskrivelsen från och med den 1 januari 2027."
        ),
        H("Bakgrund", 2),
        P(
            "Servicenämnden äger och förvaltar stadens verksamhetslokaler och hyr ut dem till nämnderna enligt den "
            "internhyresmodell som kommunfullmäktige har beslutat. Hyrorna räknas upp varje år."
        ),
        H("Ärendet", 2),
        P(
            "Internhyrorna för stadens verksamhetslokaler räknas upp med 3,1 procent 2027, vilket ger stadens nämnder "
            "ökade hyreskostnader på sammanlagt 58,4 miljoner kronor.",
            O(None, "lokaler", note="Rent uprating against this year: other."),
        ),
        P(
            "Uppräkningen beror på att kostnaderna för el, fjärrvärme och underhåll har ökat mer än "
            "konsumentprisindex.",
            O(None, "prisokningar", note="'beror på' about a rent level, not a budget deviation: other."),
        ),
        table,
        P(
            "För förskolenämnden innebär det 14,2 miljoner kronor högre hyror än 2026, och för grundskolenämnden 21,7 "
            "miljoner kronor.",
            O("Förskolenämnden", "lokaler", note="About other nämnder, against this year: other."),
        ),
        P(
            "Hyran för de tomställda lokalerna i kvarteret Gläntan, 3,4 miljoner kronor per år, belastar "
            "servicenämnden till dess att lokalerna har avvecklats.",
            O(None, "lokaler", note="A cost the nämnd carries, no deviation stated: other."),
        ),
        P(
            "Kapitalkostnaderna för de sju förskolor som färdigställs 2027 uppgår till 19,8 miljoner kronor och läggs "
            "på respektive hyresgäst.",
            O(None, "lokaler", note="A cost passed on to the tenants: other."),
        ),
        P(
            "Att hyresnivån för idrottshallar höjs mer än för övriga lokaler beror på det eftersatta underhållet, som "
            "enligt den senaste inventeringen uppgår till 96 miljoner kronor.",
            O("Idrottshallar", note="'beror på' about a rent level: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förslaget finansieras genom att nämnderna kompenseras i budget 2027 enligt kommunfullmäktiges beslut om "
            "ramar, och det påverkar därmed inte stadens resultat.",
            O(None, note="A financing statement: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-servn-internhyror-2027.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Servicenämnden"],
            "period": ["2027", "2026-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Internhyror och hyresnivåer 2027", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
