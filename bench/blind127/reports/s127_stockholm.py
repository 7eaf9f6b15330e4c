"""Stockholms stad, Servicenämnden, verksamhetsberättelse 2025.

A service committee's year-end report, footer with the nämnd's meeting date in February and a diary number:
the net outcome "14,2 mnkr lägre än budget" (positive) with the levels in the next sentence; a shaded table
with en-dash deficits; the deviation explained by kostnadsslag in two sentences: personnel and premises
"8,1 respektive 1,3 mnkr lägre än budget, medan intäkterna blev 11,6 mnkr högre" (three items, same text)
and bought IT services that "överskred samtidigt budgeten med 6,8 mnkr"; then again by verksamhet, with
headings that carry the amount ("Gemensam IT +9,3 mnkr"), consultants' cost inside a surplus paragraph (a
part, not the amount), a call-volume surge, bold run-in verksamheter with a reason-only surplus (the row's
"1,6"), unused development funds and "i nivå med budget" (boilerplate, though the row says 0,7); investments
"Avvikelsen på 12,6 mnkr beror främst på", an action with its effect, a request to carry over part of the
surplus and call volumes against 2024 (others). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, O


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
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Stockholms stad", "Servicenämnden – Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Servicenämnden 2026-02-10", "Dnr SF 2026/112", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "18,4", "17,2", "1,2"),
            ("Kontaktcenter", "96,3", "98,4", "–2,1"),
            ("Lön och HR-stöd", "71,5", "68,0", "3,5"),
            ("Gemensam IT", "88,9", "79,6", "9,3"),
            ("Upphandling och avtal", "34,6", "33,9", "0,7"),
            ("Intern service", "17,1", "15,5", "1,6"),
            ("Summa", "326,8", "312,6", "14,2"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        grid=True,
        size=9.0,
        shade=(0.85, 0.9, 0.96),
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Servicenämnden", size=12.5, font="narrow", after=12),
        H("Ekonomiskt utfall", 2),
        P(
            "Servicenämnden redovisar för 2025 ett nettoutfall som är 14,2 mnkr lägre än budget. Nettokostnaderna "
            "blev 312,6 mnkr mot budgeterade 326,8 mnkr.",
            C(
                None,
                "14,2 mnkr",
                "+",
                note="A net cost below budget: positive. The levels are supporting figures.",
            ),
        ),
        table,
        H("Kostnader och intäkter", 2),
        PS(
            (
                "Personalkostnaderna och lokalkostnaderna blev 8,1 respektive 1,3 mnkr lägre än budget, medan "
                "intäkterna blev 11,6 mnkr högre än beräknat.",
                C(
                    "Personalkostnader",
                    "8,1",
                    "+",
                    unit="mnkr",
                    note="A 'respektive' pair and a third post after 'medan': three items, same text.",
                    also=(C("Lokalkostnader", "1,3 mnkr", "+"), C("Intäkter", "11,6 mnkr", "+")),
                ),
            ),
            (
                "Kostnaderna för köpta IT-tjänster överskred samtidigt budgeten med 6,8 mnkr.",
                C("Köpta IT-tjänster", "6,8 mnkr", "-", note="Naming the account group gives no tag."),
            ),
        ),
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gemensam IT +9,3 mnkr",
            "Fler förvaltningar än beräknat har anslutit sig till stadens gemensamma arbetsplatstjänst, vilket gav "
            "högre intäkter. Samtidigt har införandet av det nya ärendehanteringssystemet försenats, och "
            "licenskostnaderna börjar löpa först 2026.",
            C(
                "Gemensam IT",
                "+9,3 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                "it_digitalisering",
                "periodisering",
            ),
        ),
        HP(
            "Lön och HR-stöd +3,5 mnkr",
            "Sex tjänster som lönekonsulent har varit vakanta under större delen av året. Förvaltningen har i stället "
            "tagit in konsulter under lönerevisionsperioden, vilket motverkat överskottet med cirka 1,0 mnkr.",
            C(
                "Lön och HR-stöd",
                "+3,5 mnkr",
                "+",
                "vakanser",
                "inhyrd_personal",
                note="The consultants' 1,0 mnkr is a part: the heading's amount.",
            ),
        ),
        HP(
            "Kontaktcenter –2,1 mnkr",
            "Underskottet förklaras av att antalet samtal och chattar ökade med nästan 20 procent i samband med "
            "omläggningen av parkeringstillstånden, så att extra personal fick tas in under våren. Dessutom har "
            "sjukfrånvaron varit hög.",
            C("Kontaktcenter", "–2,1 mnkr", "-", "volymer", "bemanning", "sjukfranvaro"),
        ),
        LP(
            "Intern service.",
            "Lägre kostnader för bilar och drivmedel efter att kurirverksamheten gått över till elfordon.",
            C(
                "Intern service",
                "1,6",
                "+",
                "material_hjalpmedel",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Nämnd och ledning.",
            "Överskottet på 1,2 mnkr beror på att medel för stadsövergripande utvecklingsuppdrag inte har använts "
            "fullt ut.",
            C(
                "Nämnd och ledning",
                "1,2 mnkr",
                "+",
                "reserver",
                note="Unallocated development funds: reserver.",
            ),
        ),
        LP(
            "Upphandling och avtal.",
            "Verksamheten redovisar ett resultat i nivå med budget.",
            BP("Upphandling och avtal", note="Although the row says 0,7."),
        ),
        H("Investeringar", 2),
        Para(
            (
                (
                    "Investeringarna uppgick till 22,4 mnkr av budgeterade 35,0 mnkr. Avvikelsen på 12,6 mnkr beror "
                    "främst på att utbytet av nätverksutrustning i stadens skolor har skjutits fram.",
                    C("Investeringar", "12,6 mnkr", "+", "periodisering", "it_digitalisering"),
                ),
            )
        ),
        H("Åtgärder", 2),
        P(
            "För att korta väntetiderna har kontaktcenter infört schemalagda chattpass, vilket beräknas sänka "
            "övertidskostnaderna med 0,4 mnkr 2026.",
            A("Kontaktcenter", "0,4 mnkr", "overtid", "bemanning"),
        ),
        H("Resultatdisposition och volymer", 2),
        P(
            "Nämnden begär att 5,0 mnkr av överskottet förs över till 2026 för att slutföra införandet av "
            "ärendehanteringssystemet.",
            O(None, note="A request to carry over part of the surplus: financing, other."),
        ),
        P(
            "Antalet ärenden till kontaktcenter var 1,18 miljoner, 19 procent fler än 2024.",
            O("Kontaktcenter", "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="stockholm-servicenamnden-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Servicenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Servicenämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
