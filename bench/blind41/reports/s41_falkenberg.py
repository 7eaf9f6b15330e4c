"""Falkenbergs kommun, Tekniska nämnden, verksamhetsberättelse 2025 (year end).

A technical committee's year-end report set in DejaVu Serif 10 pt, footer with
the adoption date in February: the result "−2,8 mnkr jämfört med budget" and the outcome against the
interim forecast ("0,7 mnkr bättre än prognosen", a forecast change) in one paragraph; a table in tkr with en
dashes as minus signs; headings that carry the verksamhet and amount ("Gata och trafik –2 640 tkr", "Park och
natur +320 tkr") over one paragraph each: snow clearing's part "1,9 mnkr mer än budgeterat" inside the
heading's deficit, a food price percentage that is not the amount, internal rents as revenue, sick leave
covered by a staffing agency, fewer meetings (ovrigt); investments "Av nämndens investeringsbudget på 86,4
mnkr har 61,9 mnkr förbrukats" (24,5 never written out), a bridge "4,2 mnkr dyrare än projektbudgeten" and
"inom budget" (boilerplate) in one paragraph; an action with no amount, a price risk and portions against
last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Falkenbergs kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Tekniska nämnden", "Antagen 2026-02-19", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "58 200", "60 840", "–2 640"),
            ("Park och natur", "24 500", "24 180", "320"),
            ("Fastighet", "12 300", "10 400", "1 900"),
            ("Måltidsservice", "6 800", "9 020", "–2 220"),
            ("Lokalvård", "1 500", "1 880", "–380"),
            ("Nämnd och administration", "9 700", "9 520", "180"),
            ("Summa", "113 000", "115 840", "–2 840"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=2),
        Title("Tekniska nämnden", size=13, font="serif", after=14),
        H("Året i korthet", 2),
        P(
            "Under 2025 har nämnden färdigställt den nya gång- och cykelbron över Ätran och tagit två nya "
            "förskolor i drift. Året inleddes med de kraftigaste snöfallen på femton år."
        ),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Tekniska nämnden redovisar för 2025 ett resultat på −2,8 mnkr jämfört med budget.",
                C(None, "−2,8 mnkr", "-"),
            ),
            (
                "I delårsrapporten per augusti bedömdes underskottet bli 3,5 mnkr, och utfallet blev alltså 0,7 mnkr "
                "bättre än prognosen.",
                F(None, "0,7 mnkr", "+", note="The outcome against the interim forecast: a forecast change."),
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        HP(
            "Gata och trafik –2 640 tkr",
            "Vinterväghållningen kostade 1,9 mnkr mer än budgeterat efter snöfallen i januari och februari. "
            "Dessutom har elkostnaderna för gatubelysningen blivit högre än beräknat.",
            C(
                "Gata och trafik",
                "–2 640 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " Snow clearing's 1,9 mnkr is a part; snow is ovrigt.",
            ),
        ),
        HP(
            "Park och natur +320 tkr",
            "Överskottet beror på vakanta tjänster under våren.",
            C("Park och natur", "+320 tkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Fastighet +1 900 tkr",
            "Fastighetsverksamheten visar ett överskott, främst till följd av lägre energikostnader än budgeterat "
            "och att takbytet på Sandlyckeskolan har flyttats till 2026. Samtidigt har intäkterna från "
            "internhyror ökat när två nya förskolor tagits i bruk.",
            C(
                "Fastighet",
                "+1 900 tkr",
                "+",
                "prisokningar",
                "periodisering",
                "avgifter_intakter",
                note=HEAD + " Energy costs are prisokningar; internal rents are revenue.",
            ),
        ),
        HP(
            "Måltidsservice –2 220 tkr",
            "Livsmedelspriserna har under året legat cirka 8 procent över den nivå som budgeten byggde på, och "
            "portionspriserna till de beställande nämnderna räknades inte upp i motsvarande grad.",
            C(
                "Måltidsservice",
                "–2 220 tkr",
                "-",
                "prisokningar",
                "avgifter_intakter",
                note=HEAD + " The price percentage is not the amount.",
            ),
        ),
        HP(
            "Lokalvård –380 tkr",
            "Sjukfrånvaron har varit hög, och vikarier har tagits in via bemanningsföretag.",
            C("Lokalvård", "–380 tkr", "-", "sjukfranvaro", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Nämnd och administration +180 tkr",
            "Färre sammanträden och lägre kostnader för utbildning av förtroendevalda än budgeterat.",
            C(
                "Nämnd och administration",
                "+180 tkr",
                "+",
                "ovrigt",
                note=HEAD + " Members' meetings: ovrigt.",
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Av nämndens investeringsbudget på 86,4 mnkr har 61,9 mnkr förbrukats under året, främst eftersom "
                "ombyggnaden av Storgatan har försenats av arkeologiska utgrävningar.",
                C(
                    "Investeringar",
                    "investeringsbudget på 86,4 mnkr har 61,9 mnkr",
                    "+",
                    "periodisering",
                    value=24_500_000,
                    note="Under-spending of 24,5 mnkr, never written out: the computed value.",
                ),
            ),
            (
                "Gång- och cykelbron över Ätran blev 4,2 mnkr dyrare än projektbudgeten på grund av högre "
                "stålpriser.",
                C(
                    "Gång- och cykelbron över Ätran",
                    "4,2 mnkr",
                    "-",
                    "prisokningar",
                    note="A project overrun.",
                ),
            ),
            ("Beläggningsprogrammet genomfördes enligt plan och inom budget.", BP("Beläggningsprogram")),
        ),
        H("Åtgärder och framtid", 2),
        P(
            "Nämnden beslutade i oktober att höja portionspriserna med 6 procent från den 1 januari 2026.",
            A("Måltidsservice", None, "avgifter_intakter"),
        ),
        P(
            "Livsmedelspriserna bedöms fortsätta att öka med 3–4 procent under 2026, vilket är en risk för "
            "måltidsservicens ekonomi.",
            O("Måltidsservice", "prisokningar", note="A risk: other."),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet serverade portioner ökade med 4 procent jämfört med 2024, vilket beror på fler elever i "
            "grundskolan.",
            O("Måltidsservice", "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="falkenberg-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Falkenberg",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Falkenbergs kommun"},
        style=style,
        blocks=blocks,
    )
