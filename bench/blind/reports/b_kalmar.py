"""Kalmar kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025 (bokslut).

A year-end report in two columns: a narrative opening and a goal table with goal prose that even says
"beror på" about a goal (all unlabelled: it must yield nothing), the year's result against budget in
tkr, a narrow table whose deficits are written in brackets ("(1 940)"), area headings without amounts
over two real causes (lower bygglov revenue, higher electricity prices) and a grouped surplus, a
year-on-year comparison with "jämfört med föregående år … beror på" (other), the deviation of the
outcome from the August forecast (forecast change), equity (other), a liquidity sentence (unlabelled)
and an outlook. DejaVu Serif 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.0,
        leading=1.4,
        para_gap=5.0,
        heading_sizes=(13.0, 10.5, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 70.0, 58.0, 70.0),
        gutter=22.0,
        header=lambda n, m: ("Kalmar kommun", "Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    goals = Table(
        caption="Nämndens mål 2025",
        header=(("Indikator", "Mål", "Utfall"),),
        rows=(
            ("Bygglov inom 10 veckor", "95 %", "96 %"),
            ("Nöjd kund-index bygglov", "75", "71"),
            ("Bostäder med startbesked", "600", "310"),
        ),
        widths=(128.0, 46.0, 46.0),
        rules=True,
        size=8.0,
    )
    result = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "8 900", "8 620", "280"),
            ("Bygglov och tillsyn", "3 200", "5 140", "(1 940)"),
            ("Plan och mark", "11 500", "11 260", "240"),
            ("Gata och park", "41 300", "42 480", "(1 180)"),
            ("Mät och kart", "2 100", "1 960", "140"),
            ("Summa", "67 000", "69 460", "(2 460)"),
        ),
        widths=(92.0, 42.0, 42.0, 48.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold"),
        Title("Samhällsbyggnadsnämnden", size=13, font="serif", after=4),
        Title("Kalmar kommun", size=10, font="serif-italic", after=14),
        Columns(2),
        H("Året i korthet", 1),
        P(
            "Under 2025 har nämnden antagit en ny detaljplan för hamnområdet och infört e-tjänster för samtliga "
            "ansökningar om bygglov. Handläggningstiderna har fortsatt att minska, och nästan alla beslut om "
            "bygglov fattades inom den lagstadgade tiden."
        ),
        H("Mål och måluppfyllelse", 1),
        goals,
        P(
            "Två av nämndens tre mål har uppnåtts helt eller delvis. Att färre bostäder än målet fick "
            "startbesked beror främst på att flera större bostadsprojekt har pausats av byggherrarna i "
            "avvaktan på en bättre marknad."
        ),
        P(
            "Nöjd kund-index för bygglov sjönk till 71. Kunderna är nöjda med bemötandet men efterfrågar "
            "snabbare besked i tidiga skeden."
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Samhällsbyggnadsnämnden redovisar för 2025 ett underskott mot budget på 2 460 tkr. Nämndens "
            "nettokostnader uppgick till 69 460 tkr.",
            C(None, "2 460 tkr", "-", note="Year-end result against budget; table Summa (2 460)."),
        ),
        result,
        H("Bygglov och tillsyn", 3),
        P(
            "Verksamheten redovisar ett underskott på 1 940 tkr. Bygglovsintäkterna blev lägre än budgeterat "
            "eftersom antalet ansökningar om bygglov för flerbostadshus och verksamhetslokaler minskade "
            "kraftigt under året. En vakant handläggartjänst under hösten minskade underskottet något.",
            C(
                "Bygglov och tillsyn",
                "1 940 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                "vakanser",
                note="Lower bygglov revenue from fewer applications; a vacancy partly offsets it.",
            ),
        ),
        H("Gata och park", 3),
        P(
            "Kostnaderna för el till gatubelysning, pumpstationer och trafiksignaler blev 1 180 tkr högre än "
            "budgeterat. Elpriset var under årets första kvartal betydligt högre än det pris som budgeten "
            "byggde på.",
            C("Gata och park", "1 180 tkr", "-", "prisokningar"),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Nämnd och ledning, plan och mark samt mät och kart redovisar tillsammans ett överskott på 660 tkr, "
            "främst till följd av lägre kostnader för konsulter i planarbetet.",
            C(
                "Övriga verksamheter",
                "660 tkr",
                "+",
                "inhyrd_personal",
                note="Three table rows summed (280 + 240 + 140); area from the heading.",
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Jämfört med föregående år ökade nämndens nettokostnader med 3 850 tkr, vilket framför allt beror "
            "på högre elpriser och lägre bygglovsintäkter.",
            O(
                None,
                "prisokningar",
                "avgifter_intakter",
                note="Year-on-year comparison with 'beror på', not against budget.",
            ),
        ),
        H("Prognossäkerhet", 2),
        P(
            "I delårsrapporten per augusti prognostiserade nämnden ett underskott på 1 800 tkr. Utfallet blev "
            "660 tkr sämre än prognosen, främst eftersom bygglovsintäkterna under hösten blev lägre än väntat.",
            F(None, "660 tkr", "-", "avgifter_intakter", note="Outcome against the August forecast."),
        ),
        H("Eget kapital och likviditet", 2),
        P(
            "Enligt kommunens regler för resultatöverföring förs årets underskott mot nämndens eget kapital, "
            "som därmed minskar från 4 100 tkr till 1 640 tkr.",
            O("Eget kapital", "reserver", note="Equity statement."),
        ),
        P(
            "Nämnden har ingen egen likviditet. Samtliga in- och utbetalningar hanteras via kommunens "
            "koncernkonto."
        ),
        H("Framtid", 2),
        P(
            "Bostadsbyggandet väntas vara fortsatt lågt under 2026, vilket gör att bygglovsintäkterna även "
            "nästa år är osäkra.",
            O("Bygglov och tillsyn", "volymer", "avgifter_intakter", note="Outlook / risk."),
        ),
    ]
    return ReportSpec(
        file="kalmar-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
