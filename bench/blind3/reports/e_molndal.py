"""Mölndals stad, Kommunstyrelsen, månadsrapport oktober 2025 (the whole stad).

A whole-kommun month report compiled by the stadsledningsförvaltning: a method note saying what the
brackets are (left unlabelled), the stad's result against the budgeted result with September's
forecast in brackets, the change since September with its reason, a table per nämnd in mnkr with
October's and September's deviations and no stated sign convention (two nämnder at 0,0 get no
comment), then one generic heading ("Stadsledningsförvaltningens kommentar") over bullets, one per
nämnd: a surplus from vacancies and a delayed system, a "respektive" bullet with two nämnder and two
amounts (two items, tags split by nämnd), a deficit with last month's figure in brackets, a bullet
that opens with the nämnd and its amount and a colon, a small surplus whose amount lives only in the
table row; finansförvaltningen with two sentences and two areas; liquidity and borrowing (other), the
investment forecast under the investment budget, an action plan with its effect, and a sick-leave KPI
against last year (not labelled). Liberation Sans (Arial) with a rule under the header.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 76.0, 68.0, 74.0),
        header=lambda n, m: ("MÖLNDALS STAD", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Stadsledningsförvaltningen", "", f"{n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 1. Nämndernas nettokostnader och avvikelse mot budget, mnkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Nämnd", "2025", "okt", "okt", "sep"),
        ),
        rows=(
            ("Kommunstyrelsen", "312,4", "305,1", "7,3", "6,9"),
            ("Förskolenämnden", "702,5", "709,0", "−6,5", "−5,8"),
            ("Skolnämnden", "1 164,0", "1 166,2", "−2,2", "−2,5"),
            ("Vård- och omsorgsnämnden", "1 095,2", "1 123,6", "−28,4", "−23,1"),
            ("Social- och arbetsmarknadsnämnden", "402,8", "414,9", "−12,1", "−10,9"),
            ("Kultur- och fritidsnämnden", "148,6", "148,6", "0,0", "0,0"),
            ("Tekniska nämnden", "96,1", "95,5", "0,6", "0,4"),
            ("Byggnadsnämnden", "12,3", "12,3", "0,0", "0,0"),
            ("Summa nämnder", "3 933,9", "3 975,2", "−41,3", "−35,0"),
            ("Finansförvaltningen", "", "", "14,8", "15,0"),
            ("Stadens resultat", "88,0", "61,5", "−26,5", "−20,0"),
        ),
        widths=(186.0, 58.0, 58.0, 58.0, 58.0),
        bold_rows=frozenset({8, 10}),
        rules=True,
        size=9.0,
    )
    keyfigures = Table(
        caption="Tabell 2. Nyckeltal januari–september",
        header=(("", "2025", "2024", "Förändring"),),
        rows=(
            ("Barn i förskola, antal", "4 212", "4 260", "−1,1 %"),
            ("Elever i grundskola, antal", "8 945", "8 810", "1,5 %"),
            ("Beviljade hemtjänsttimmar per månad", "38 400", "36 100", "6,4 %"),
            ("Köpta platser i särskilt boende, snitt", "22", "9", "+13"),
            ("Placerade barn och unga, snitt", "61", "54", "+7"),
            ("Hushåll med ekonomiskt bistånd, snitt", "812", "776", "4,6 %"),
            ("Sjukfrånvaro, procent", "7,4", "7,9", "−0,5"),
        ),
        widths=(240.0, 64.0, 64.0, 70.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold"),
        Title("Mölndals stad – driftredovisning och helårsprognos", size=12, font="arial", after=12),
        P(
            "Rapporten bygger på nämndernas prognoser per den 31 oktober och omfattar inte de kommunala bolagen. "
            "Belopp inom parentes avser prognosen i september.",
            size=9,
        ),
        H("Stadens resultat", 1),
        P(
            "Stadens resultat för 2025 prognostiseras till 61,5 mnkr (68,0), att jämföra med det budgeterade "
            "resultatet på 88,0 mnkr. Prognosen understiger därmed budget med 26,5 mnkr.",
            C(
                None,
                "26,5 mnkr",
                "-",
                note="The stad's result against the budgeted result; the bracket is September's forecast.",
            ),
        ),
        P(
            "Jämfört med september har prognosen försämrats med 6,5 mnkr. Försämringen avser främst "
            "vård- och omsorgsnämnden, där kostnaderna för köpta platser i särskilt boende har fortsatt att öka "
            "under hösten.",
            F(None, "6,5 mnkr", "-", "kopt_verksamhet"),
        ),
        committees,
        H("Stadsledningsförvaltningens kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 7,3 mnkr. Flera tjänster inom "
                "stadsledningsförvaltningen har stått vakanta under året, och kostnaderna för det nya "
                "ärendehanteringssystemet blir lägre än beräknat eftersom införandet har skjutits till 2026.",
                "Förskolenämnden och skolnämnden visar underskott om 6,5 mnkr respektive 2,2 mnkr. Båda nämnderna "
                "har fler barn och elever med behov av särskilt stöd än budgeterat, och förskolenämnden har "
                "dessutom fått högre hyror för de nya förskolorna i Kållered och Balltorp.",
                "Vård- och omsorgsnämnden beräknar ett underskott på 28,4 mnkr (−23,1). Behovet av platser i "
                "särskilt boende har ökat, och nämnden köper i genomsnitt 22 platser per månad hos privata "
                "utförare mot 10 i budgeten. Även hemtjänsttimmarna ligger över budgeterad nivå.",
                "Social- och arbetsmarknadsnämnden −12,1 mnkr: fler placeringar av barn och unga i familjehem och "
                "på HVB än budgeterat samt ett ökat behov av ekonomiskt bistånd.",
                "Tekniska nämnden bedöms göra ett litet överskott, då elpriset för gatubelysningen har blivit "
                "lägre än vad budgeten byggde på.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "7,3 mnkr",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    "periodisering",
                    note="A delayed system introduction: it_digitalisering and periodisering (tidsförskjutning).",
                ),
                C(
                    "Förskolenämnden",
                    "6,5 mnkr",
                    "-",
                    "volymer",
                    "lokaler",
                    note="'Respektive': two nämnder, two amounts; the rent increase concerns förskolenämnden only.",
                    also=(C("Skolnämnden", "2,2 mnkr", "-", "volymer"),),
                ),
                C(
                    "Vård- och omsorgsnämnden",
                    "28,4 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The bracket is September's deviation, not the amount.",
                ),
                C(
                    "Social- och arbetsmarknadsnämnden",
                    "−12,1 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                ),
                C(
                    "Tekniska nämnden",
                    "0,6",
                    "+",
                    "prisokningar",
                    unit="mnkr",
                    table=True,
                    note="Amount from the table row (Avvikelse okt 0,6 mnkr). Lower electricity price: prisokningar.",
                ),
            ),
            glyph="•",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 9,6 mnkr högre än budget enligt SKR:s "
                "prognos från oktober.",
                C(
                    "Skatteintäkter och generella statsbidrag",
                    "9,6 mnkr",
                    "+",
                    note="A forecast source is named but no cause: no tag.",
                ),
            ),
            (
                "Pensionskostnaderna blir 5,2 mnkr lägre än budgeterat, främst till följd av att prisbasbeloppet "
                "för 2025 blev lägre än antaget.",
                C(
                    "Pensionskostnader",
                    "5,2 mnkr",
                    "+",
                    "prisokningar",
                    note="The prisbasbelopp is an index: prisokningar.",
                ),
            ),
        ),
        H("Likviditet och investeringar", 2),
        P(
            "Stadens likvida medel uppgick till 412 mnkr den 31 oktober. Under året har nya lån på 300 mnkr tagits "
            "upp för att finansiera investeringarna i Mölndals innerstad, och låneskulden uppgår till 3 150 mnkr.",
            O(None, note="Liquidity and borrowing: financing statement."),
        ),
        P(
            "Investeringsutgifterna till och med oktober uppgår till 486 mnkr. Helårsprognosen är 720 mnkr, vilket "
            "är 185 mnkr lägre än investeringsbudgeten, främst eftersom byggstarten för den nya simhallen vid "
            "Åbyfältet har flyttats till våren 2026.",
            C(
                "Investeringar",
                "185 mnkr",
                "+",
                "periodisering",
                note="Investment forecast under the investment budget (delayed start).",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Vård- och omsorgsnämnden har beslutat om en åtgärdsplan med anställningsprövning, minskad användning "
            "av timvikarier och en genomgång av samtliga köpta platser. Planen beräknas förbättra resultatet med "
            "3,0 mnkr under november och december, vilket inte ingår i prognosen.",
            A("Vård- och omsorgsnämnden", "3,0 mnkr", "vikarier", "kopt_verksamhet", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland stadens medarbetare var 7,4 procent under januari–september, jämfört med 7,9 "
            "procent samma period 2024. Målet för 2025 är högst 7,0 procent."
        ),
        PageBreak(),
        H("Bilaga. Nyckeltal per nämnd", 1),
        P(
            "Nyckeltalen avser januari–september och jämförs med samma period föregående år. De redovisas för att "
            "ge en bild av verksamhetens volymer och följs upp utan koppling till budgeten.",
            size=9,
        ),
        keyfigures,
        P(
            "Källa: stadens verksamhetssystem och personalsystem. Uppgifterna om barn och elever avser "
            "mätdatumet den 15 september.",
            size=8.5,
        ),
    ]
    return ReportSpec(
        file="molndal-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Mölndal",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Mölndals stad"},
        style=style,
        blocks=blocks,
    )
