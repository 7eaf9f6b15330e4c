"""Region Blekinge, Hälso- och sjukvårdsnämnden, delårsrapport januari–augusti 2025.

A region's health-care interim report in Liberation Sans 9.5 pt with U+2212 minus signs, footer with the
nämnd's meeting date in September and a diarienummer: the period's result "uppgår till −118 miljoner kronor"
and the full year's "underskott på 185 miljoner kronor mot budget" (with a percentage of the frame) in two
sentences, the shared reasons in a paragraph of their own (amount null), the change since the tertial report
with its causes; the result table pasted as an image (every amount lives in the prose); headings that carry
the area and amount ("Område akut och medicin −64 mnkr", "Område kirurgi (−41 mnkr)"), a plain heading whose
paragraph says "gå 33 miljoner kronor sämre än budget" followed by a patient count against 2024 (other),
"Inom primärvården blir underskottet 12 miljoner kronor", drugs and out-of-county care "överskrider budget med
33 respektive 19 miljoner kronor" with their causes in the next sentence (two items, same text), a bold run-in
surplus "Överskottet på 17 miljoner kronor"; investments "31 miljoner kronor lägre än investeringsbudgeten"
after two levels; two actions (one with its effect) and a risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Region Blekinge", "Hälso- och sjukvårdsnämnden – Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden 2025-09-24", "Diarienummer 2025/01187", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, miljoner kronor",
        header=(("Verksamhetsområde", "Budget", "Utfall jan–aug", "Prognos", "Avvikelse"),),
        rows=(
            ("Område akut och medicin", "1 412", "1 002", "1 476", "−64"),
            ("Område kirurgi", "1 106", "771", "1 147", "−41"),
            ("Område psykiatri och habilitering", "618", "437", "651", "−33"),
            ("Primärvård", "1 034", "702", "1 046", "−12"),
            ("Medicinsk service", "452", "287", "435", "+17"),
            ("Läkemedel", "842", "590", "875", "−33"),
            ("Köpt utomlänsvård", "388", "271", "407", "−19"),
            ("Summa", "5 852", "4 060", "6 037", "−185"),
        ),
        widths=(170.0, 62.0, 76.0, 62.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Nämndens resultat för perioden januari–augusti uppgår till −118 miljoner kronor.",
                C(
                    None,
                    "−118 miljoner kronor",
                    "-",
                    note="A nämnd's period result against a budget of zero.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott på 185 miljoner kronor mot budget, vilket motsvarar 3,2 procent av "
                "nämndens budgetram.",
                C(
                    None,
                    "185 miljoner kronor",
                    "-",
                    note="The full year in a sentence of its own; the percentage is not the amount.",
                ),
            ),
        ),
        P(
            "Underskottet beror framför allt på kostnader för inhyrd personal, köpt vård från andra regioner och "
            "kraftigt ökade läkemedelskostnader.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "material_hjalpmedel",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Prognosen har försämrats med 22 miljoner kronor sedan tertialrapporten per april, eftersom sommarens "
            "bemanning krävde fler hyrsjuksköterskor än planerat.",
            F(None, "22 miljoner kronor", "-", "inhyrd_personal", "bemanning"),
        ),
        table,
        H("Verksamhetsområdenas resultat", 2),
        HP(
            "Område akut och medicin −64 mnkr",
            "Underskottet förklaras av hyrläkare på akutmottagningen i Karlskrona och fler vårddygn än budgeterat "
            "på medicinkliniken. Överbeläggningarna har under sommaren krävt extra personal på övertid.",
            C(
                "Område akut och medicin",
                "−64 mnkr",
                "-",
                "inhyrd_personal",
                "volymer",
                "overtid",
                note="The heading carries the area and amount.",
            ),
        ),
        HP(
            "Område kirurgi (−41 mnkr)",
            "Operationsverksamheten har haft stora vakanser bland operationssjuksköterskor, och patienter har i "
            "stället remitterats till privata vårdgivare för att klara vårdgarantin.",
            C("Område kirurgi", "−41 mnkr", "-", "vakanser", "kopt_verksamhet"),
        ),
        H("Område psykiatri och habilitering", 3),
        PS(
            (
                "Psykiatrin beräknas gå 33 miljoner kronor sämre än budget. Den främsta orsaken är köpta vårdplatser "
                "inom rättspsykiatrin, där regionens egna platser inte räcker till.",
                C("Område psykiatri och habilitering", "33 miljoner kronor", "-", "kopt_verksamhet"),
            ),
            (
                "Antalet patienter i rättspsykiatrisk vård har ökat från 14 till 19 sedan augusti 2024.",
                O("Område psykiatri och habilitering", "volymer", note="Patients against the previous year."),
            ),
        ),
        H("Primärvård", 3),
        P(
            "Inom primärvården blir underskottet 12 miljoner kronor. Sjukfrånvaron bland distriktssköterskorna har "
            "varit hög och luckorna har fyllts med sjuksköterskor från bemanningsföretag.",
            C("Primärvård", "12 miljoner kronor", "-", "sjukfranvaro", "inhyrd_personal"),
        ),
        H("Nämndgemensamma kostnader", 3),
        P(
            "Läkemedel och köpt utomlänsvård, som budgeteras centralt, överskrider budget med 33 respektive 19 "
            "miljoner kronor. Kostnaderna ökar främst för nya cancerläkemedel, och fler patienter har remitterats "
            "till universitetssjukhus i andra regioner.",
            C(
                "Läkemedel",
                "33",
                "-",
                "material_hjalpmedel",
                unit="mnkr",
                note="A 'respektive' pair with the causes in the next sentence: two items, same text.",
                also=(C("Köpt utomlänsvård", "19 miljoner kronor", "-", "kopt_verksamhet", "volymer"),),
            ),
        ),
        LP(
            "Medicinsk service.",
            "Överskottet på 17 miljoner kronor kommer från lägre kostnader för laboratorieanalyser och ökade "
            "intäkter från externa uppdrag.",
            C("Medicinsk service", "17 miljoner kronor", "+", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna för perioden uppgår till 46 miljoner kronor. Helårsprognosen är 98 miljoner kronor, "
            "vilket är 31 miljoner kronor lägre än investeringsbudgeten, eftersom upphandlingen av en ny "
            "magnetkamera till Karlshamns sjukhus har överklagats.",
            C("Investeringar", "31 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för att fasa ut hyrpersonal. Effekten beräknas till 15 "
            "miljoner kronor under hösten.",
            A(None, "15 miljoner kronor", "inhyrd_personal"),
        ),
        P(
            "Vårdplatssamordningen förstärks för att minska överbeläggningarna på medicinkliniken.",
            A("Område akut och medicin", None, "bemanning"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för köpt vård ökar ytterligare under hösten, eftersom väntetiderna "
            "inom ortopedin fortfarande är långa.",
            O(None, "kopt_verksamhet", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-blekinge-hsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Blekinge",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Blekinge",
        },
        style=style,
        blocks=blocks,
    )
