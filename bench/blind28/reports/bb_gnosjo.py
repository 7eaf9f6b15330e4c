"""Gnosjö kommun, Tekniska nämnden, månadsrapport februari 2026.

An early-year month report of a technical committee whose result table is pasted as a picture (no text layer),
so every amount lives in the prose, in "miljoner kronor", "tusen kronor" and "tkr": the full year "ett
underskott på 1,9 miljoner kronor" and the period "3,4 miljoner kronor högre än budget för perioden" with its
timing reason in the same sentence (two causes); bold run-in verksamheter with a colon: winter road upkeep with
a normal-year count of days (not the amount) and the amount "förutsatt att" the rest of the year is normal,
rental income "minskar med cirka 700 tusen kronor", food prices lower "ungefär en kvarts miljon kronor över
året" (an amount in words), home adaptation with its amount in a sentence of its own after the reason,
administration "ger ett överskott på 0,6 miljoner kronor"; water and refuse "beräknas hålla budget" and the other
units "följa budget" (boilerplate); an action without an effect, an uncertainty (other) and an investment budget
"används fullt ut" (boilerplate). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

IMAGE = "The table is a picture: the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Gnosjö kommun – Tekniska nämnden", "Månadsrapport februari 2026"),
        footer=lambda n, m: ("Tekniska nämndens arbetsutskott 2026-03-17", "", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftuppföljning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–feb", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Administration", "7 400", "1 050", "6 800", "600"),
            ("Gator och parker", "12 300", "1 950", "12 300", "0"),
            ("Vinterväghållning", "3 800", "4 230", "5 400", "-1 600"),
            ("Fastighetsförvaltning", "9 600", "1 720", "10 300", "-700"),
            ("Måltidsverksamhet", "24 800", "4 010", "24 550", "250"),
            ("Lokalvård", "8 900", "1 480", "8 900", "0"),
            ("Bostadsanpassning", "1 200", "610", "1 650", "-450"),
            ("Renhållning och VA", "0", "-320", "0", "0"),
            ("Summa", "68 000", "14 730", "69 900", "-1 900"),
        ),
        widths=(130.0, 70.0, 76.0, 72.0, 60.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="arial-bold", after=2),
        Title("Tekniska nämnden", size=12, font="narrow", after=14),
        H("Sammanfattning", 2),
        P(
            "Efter två månader prognostiserar tekniska nämnden ett underskott på 1,9 miljoner kronor för helåret.",
            C(None, "1,9 miljoner kronor", "-", note="The full year, no reason."),
        ),
        P(
            "Utfallet för januari–februari är 3,4 miljoner kronor högre än budget för perioden, vilket till stor del "
            "beror på snöröjningen, som i budgeten är fördelad jämnt över årets tolv månader.",
            C(
                None,
                "3,4 miljoner kronor",
                "-",
                "ovrigt",
                "periodisering",
                note="The period against its budget in a paragraph of its own: a cause; snow and an even budget.",
            ),
        ),
        table,
        H("Verksamheterna", 2),
        LP(
            "Vinterväghållning:",
            "Januari och februari bjöd på 31 dagar med halkbekämpning och fyra större snöfall, att jämföra med 18 "
            "dagar under ett normalår. Kostnaden för vinterväghållningen beräknas bli 1,6 miljoner kronor högre än "
            "budgeterat, förutsatt att november och december blir normala.",
            C(
                "Vinterväghållning",
                "1,6 miljoner kronor",
                "-",
                "ovrigt",
                note=IMAGE + " Day counts are volumes of weather, not the amount; snow is ovrigt.",
            ),
        ),
        LP(
            "Fastighetsförvaltning:",
            "Hyresintäkterna från industrilokalerna i Hillerstorp minskar med cirka 700 tusen kronor sedan en "
            "hyresgäst har sagt upp sitt kontrakt från mars.",
            C(
                "Fastighetsförvaltning",
                "cirka 700 tusen kronor",
                "-",
                "lokaler",
                "avgifter_intakter",
                note=IMAGE,
            ),
        ),
        LP(
            "Måltidsverksamhet:",
            "De nya livsmedelsavtalen gäller från februari och ger något lägre priser än i budgeten, ungefär en "
            "kvarts miljon kronor över året.",
            C(
                "Måltidsverksamhet",
                "ungefär en kvarts miljon kronor",
                "+",
                "prisokningar",
                value=250_000,
                note=IMAGE + " An amount in words.",
            ),
        ),
        LP(
            "Bostadsanpassning:",
            "Två omfattande ärenden, bland annat en trapphiss i ett flerbostadshus, har redan beviljats. Prognosen är "
            "ett underskott på 450 tkr.",
            C("Bostadsanpassning", "450 tkr", "-", "volymer", note=IMAGE + " The amount after the reason."),
        ),
        LP(
            "Administration:",
            "En vakant tjänst som fastighetsingenjör och lägre kostnader för konsulter ger ett överskott på 0,6 "
            "miljoner kronor.",
            C("Administration", "0,6 miljoner kronor", "+", "vakanser", "inhyrd_personal", note=IMAGE),
        ),
        LP(
            "Renhållning och VA:",
            "Verksamheterna är avgiftsfinansierade och beräknas hålla budget.",
            BP("Renhållning och VA"),
        ),
        P("Övriga verksamheter bedöms i nuläget följa budget.", BP("Övriga verksamheter")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen för samtal med två företag som är intresserade av att hyra lokalerna i Hillerstorp.",
            A("Fastighetsförvaltning", None, "lokaler", note="An action without an effect."),
        ),
        H("Osäkerheter", 2),
        P(
            "Prognosen efter februari är osäker, eftersom kostnaderna för vinterväghållningen under november och "
            "december inte går att förutse.",
            O("Vinterväghållning", note="Uncertainty: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 28,3 miljoner kronor. Projekten har precis startat och prognosen är att "
            "budgeten används fullt ut.",
            BP("Investeringar", note="Spent in full: an 'i balans' statement."),
        ),
    ]
    return ReportSpec(
        file="gnosjo-tn-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Gnosjö",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Tekniska nämnden", "author": "Gnosjö kommun"},
        style=style,
        blocks=blocks,
    )
