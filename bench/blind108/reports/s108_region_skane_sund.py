"""Region Skåne, Sjukhusstyrelse Skånevård Sund, månadsrapport februari 2026.

A hospital organisation's month report whose result table per verksamhetsområde is pasted as an image, so
every amount lives in the prose, with a footer dated in March: the period "21,4 mnkr sämre än periodiserad
budget" and the full year as a deficit level against a budgeted deficit ("en negativ avvikelse med 80
mnkr") in two paragraphs, followed by "Prognosen är oförändrad jämfört med januari" (boilerplate); then
verksamhetsområden under one heading: "har en negativ budgetavvikelse på 11,0 mnkr för perioden" with three
causes, "Inom VO Medicin överskrids budgeten med", two areas "−4,3 respektive −2,0 mnkr" with shared causes
in the next sentence (two items, same text), a surplus from vacancies and common costs "0,8 mnkr under
budget"; personnel costs "2,4 procent högre än periodiserad budget" (amount null) in the same paragraph as
hired staff against last year (other); an action with its effect and a risk about the health-care
committee's payment (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 80.0, 62.0, 72.0),
        header=lambda n, m: ("Region Skåne – Skånevård Sund", "Månadsrapport februari 2026"),
        footer=lambda n, m: ("Sjukhusstyrelsen Skånevård Sund 2026-03-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Resultat per verksamhetsområde, ackumulerat februari, mnkr",
        header=(("Verksamhetsområde", "Budget ack", "Utfall ack", "Avvikelse"),),
        rows=(
            ("VO Akutsjukvård", "−61,2", "−72,2", "−11,0"),
            ("VO Medicin", "−84,5", "−90,6", "−6,1"),
            ("VO Kirurgi och ortopedi", "−72,0", "−76,3", "−4,3"),
            ("VO Kvinnosjukvård", "−31,4", "−33,4", "−2,0"),
            ("VO Barn och ungdom", "−22,8", "−21,6", "1,2"),
            ("Ledning och gemensamt", "−14,1", "−13,3", "0,8"),
            ("Ersättning från HSN", "268,8", "268,8", "0,0"),
            ("Summa", "−17,2", "−38,6", "−21,4"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=19, font="arial-bold", after=2),
        Title("Sjukhusstyrelse Skånevård Sund", size=12.5, font="arial", after=14),
        H("Ekonomiskt läge", 2),
        P(
            "Skånevård Sund redovisar efter februari ett ackumulerat resultat på −38,6 mnkr, vilket är 21,4 mnkr "
            "sämre än periodiserad budget.",
            C(None, "21,4 mnkr", "-", note="The period against the periodised budget."),
        ),
        PS(
            (
                "Helårsprognosen är ett underskott på 140 mnkr mot ett budgeterat resultat på −60 mnkr, en negativ "
                "avvikelse med 80 mnkr.",
                C(
                    None,
                    "80 mnkr",
                    "-",
                    note="A deficit level against a budgeted deficit: the deviation is the amount, not the levels.",
                ),
            ),
            ("Prognosen är oförändrad jämfört med januari.", BF(None)),
        ),
        image,
        H("Kommentarer per verksamhetsområde", 2),
        P(
            "VO Akutsjukvård har en negativ budgetavvikelse på 11,0 mnkr för perioden. Fler besök på "
            "akutmottagningarna än budgeterat har krävt extra bemanning med övertid och inhyrda sjuksköterskor.",
            C("VO Akutsjukvård", "11,0 mnkr", "-", "volymer", "overtid", "inhyrd_personal"),
        ),
        P(
            "Inom VO Medicin överskrids budgeten med 6,1 mnkr, framför allt på grund av höga kostnader för "
            "läkemedel och att extra vårdplatser har hållits öppna under influensaperioden.",
            C(
                "VO Medicin",
                "6,1 mnkr",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="Drugs are material_hjalpmedel, extra beds during the flu season volymer.",
            ),
        ),
        P(
            "VO Kirurgi och ortopedi och VO Kvinnosjukvård visar −4,3 respektive −2,0 mnkr. Båda har anlitat "
            "hyrläkare för att klara vakanser bland specialistläkarna.",
            C(
                "VO Kirurgi och ortopedi",
                "−4,3",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, same text.",
                also=(C("VO Kvinnosjukvård", "−2,0 mnkr", "-", "inhyrd_personal", "vakanser"),),
            ),
        ),
        P(
            "VO Barn och ungdom redovisar ett överskott på 1,2 mnkr till följd av vakanta tjänster som ännu inte "
            "har tillsatts.",
            C("VO Barn och ungdom", "1,2 mnkr", "+", "vakanser"),
        ),
        P(
            "Gemensamma kostnader inom ledning och stab ligger 0,8 mnkr under budget eftersom licenskostnaderna "
            "för det nya schemasystemet har blivit lägre än beräknat.",
            C("Ledning och gemensamt", "0,8 mnkr", "+", "it_digitalisering"),
        ),
        H("Personal", 2),
        PS(
            (
                "Personalkostnaderna är 2,4 procent högre än periodiserad budget.",
                C(
                    "Personalkostnader",
                    None,
                    "-",
                    note="A percentage-only deviation beside an image table: amount null.",
                ),
            ),
            (
                "Kostnaderna för inhyrd personal har ökat med 3,1 mnkr jämfört med februari 2025.",
                O("Inhyrd personal", "inhyrd_personal", note="Against the previous year: other."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusledningen har infört ett stopp för nya avtal med bemanningsföretag från och med mars, vilket "
            "beräknas minska kostnaderna med 12 mnkr under året.",
            A(None, "12 mnkr", "inhyrd_personal"),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter att ersättningen från hälso- och sjukvårdsnämnden för vård av patienter från "
            "andra regioner blir som budgeterat. En lägre ersättning är en risk för resultatet.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-skane-sund-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": [
                "Sjukhusstyrelse Skånevård Sund",
                "Sjukhusstyrelsen för Skånevård Sund",
                "Skånevård Sund",
            ],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Skånevård Sund", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
