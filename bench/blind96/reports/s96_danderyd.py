"""Danderyds kommun, Miljö- och stadsbyggnadsnämnden, tjänsteskrivelse ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the period to May, DejaVu Sans Condensed 10 pt, with the decision
proposal and background unlabelled: the full year "en negativ avvikelse på 2,9 mnkr" and the period "1,6 mnkr
högre än periodiserad budget" in separate paragraphs, the change since the tertial report "helt hänförligt
till planverksamheten", then headings that carry the area and the amount in brackets with a hyphen-minus
("Gata och park (-2 300 tkr)"), a repair part in whole kronor that is not the amount, "(±0 tkr)" over "bedöms
gå jämnt ut" (boilerplate); investments "12,0 mnkr lägre än budget" and a project that "överskrida budget med
1,1 mnkr"; an inköpsstopp with its effect and snow-clearing costs against last winter (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("DANDERYDS KOMMUN", "Tjänsteskrivelse 2026-06-04"),
        footer=lambda n, m: ("Miljö- och stadsbyggnadskontoret", "Dnr MSN 2026/0187", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="cond-bold", after=4),
        Title("Miljö- och stadsbyggnadsnämnden", size=12, font="cond", after=14),
        H("Förslag till beslut", 3),
        P("Miljö- och stadsbyggnadsnämnden godkänner ekonomisk uppföljning per maj 2026."),
        H("Sammanfattning", 3),
        P(
            "Nämndens driftprognos för 2026 visar en negativ avvikelse på 2,9 mnkr mot budget.",
            C(None, "2,9 mnkr", "-"),
        ),
        P(
            "Utfallet till och med maj är 1,6 mnkr högre än periodiserad budget.",
            C(
                None,
                "1,6 mnkr",
                "-",
                note="Net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P(
            "Prognosen har försämrats med 0,8 mnkr sedan tertialrapporten per april, helt hänförligt till "
            "planverksamheten.",
            F(None, "0,8 mnkr", "-", note="An area named, no reason: no tag."),
        ),
        H("Bakgrund", 3),
        P(
            "Nämnden ska enligt kommunens styrmodell följa upp sin ekonomi varje månad utom januari och juli. "
            "Uppföljningen per maj redovisas till kommunstyrelsen i juni."
        ),
        H("Driftredovisning per verksamhet", 2),
        HP(
            "Gata och park (-2 300 tkr)",
            "Vinterns snöröjning och halkbekämpning krävde fler utryckningar än ett normalår och vinterbudgeten "
            "var förbrukad redan i mars. Därtill har skadegörelse på en lekplats i Enebyberg krävt reparationer för "
            "350 000 kronor.",
            C(
                "Gata och park",
                "-2 300 tkr",
                "-",
                "ovrigt",
                note="Snow and vandalism are ovrigt; the repair in whole kronor is a part, not the amount.",
            ),
        ),
        HP(
            "Trafik och parkering (+900 tkr)",
            "Parkeringsintäkterna blir högre än budgeterat sedan avgiftsområdet vid Mörby centrum utökades i "
            "februari.",
            C("Trafik och parkering", "+900 tkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Plan och exploatering (-1 700 tkr)",
            "Planavgifterna blir lägre än budget eftersom två detaljplaner har pausats i väntan på en ny "
            "trafikutredning, samtidigt som kostnaderna för de upphandlade plankonsulterna kvarstår.",
            C("Plan och exploatering", "-1 700 tkr", "-", "avgifter_intakter", "inhyrd_personal"),
        ),
        HP(
            "Bygglov och tillsyn (±0 tkr)",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Bygglov och tillsyn"),
        ),
        HP(
            "Miljö och hälsoskydd (+300 tkr)",
            "En tjänst som miljöinspektör har varit vakant sedan januari och tillsätts först i september.",
            C("Miljö och hälsoskydd", "+300 tkr", "+", "vakanser"),
        ),
        HP(
            "Nämnd och ledning (-100 tkr)",
            "Arvodena blir högre till följd av fler extra sammanträden under våren.",
            C("Nämnd och ledning", "-100 tkr", "-", "ovrigt", note="Members' fees: ovrigt."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2026 uppgår till 41,5 mnkr, vilket är 12,0 mnkr lägre än budget. Den "
            "planerade ombyggnaden av gång- och cykelbanan längs Kyrkvägen har skjutits till 2027 efter ett "
            "överklagande.",
            C("Investeringar", "12,0 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Ny belysning i parker beräknas däremot överskrida budget med 1,1 mnkr på grund av högre "
            "materialpriser.",
            C("Ny belysning i parker", "1,1 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för icke nödvändiga driftinköp inom gata och park under resten "
            "av året, vilket bedöms minska kostnaderna med 0,4 mnkr.",
            A("Gata och park", "0,4 mnkr"),
        ),
        H("Övrigt", 3),
        P(
            "Kostnaderna för snöröjning var nästan dubbelt så höga som under vintern 2024/2025.",
            O("Gata och park", "ovrigt", note="Against last winter: other."),
        ),
        P("Miljö- och stadsbyggnadskontoret"),
    ]
    return ReportSpec(
        file="danderyd-msn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Miljö- och stadsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
