"""Region Skåne, Sjukhusstyrelse Skånes universitetssjukhus, delårsrapport per augusti 2025.

A hospital board's interim report in "mnkr" and "miljoner kronor", set in DejaVu Serif Condensed, whose footer
carries the styrelse's meeting date in September: the period "187 mnkr sämre än den periodiserade budgeten"
and the full year "en negativ budgetavvikelse på 290 mnkr" in sentences of their own (two causes), then the
shared reasons in a paragraph without an amount (a cause, amount null); a result table pasted as an image
(every amount lives in the prose); three verksamhetsområden with "96, 74 respektive 51 mnkr" and their shared
causes in the next sentence (three items, same text); a surplus "beräknas däremot lämna ett överskott";
"ett utfall i nivå med budget" (boilerplate); personnel costs "ligger 98 mnkr över budget för perioden" with
the reasons in the next sentence and last year's growth in a paragraph of its own (other); drugs "63
miljoner kronor högre än budgeterat"; revenue "plus 21 mnkr"; investments where "135 mnkr återstår vid årets
slut"; the change since the tertial report, an action with a full-year effect and volumes against last year.
11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Skånes universitetssjukhus – Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Sjukhusstyrelsen 2025-09-24", "Dnr 2025-SUS-0381", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Avvikelse jan–aug", "Prognos avvikelse helår"),),
        rows=(
            ("Akut och internmedicin", "-68", "-96"),
            ("Operation och intensivvård", "-49", "-74"),
            ("Kirurgi och urologi", "-33", "-51"),
            ("Barn och kvinnor", "9", "12"),
            ("Medicinsk service", "1", "0"),
            ("Övriga verksamhetsområden och gemensamt", "-47", "-81"),
            ("Summa Sus", "-187", "-290"),
        ),
        widths=(210.0, 100.0, 130.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="serif-cond-bold", after=2),
        Title("Sjukhusstyrelse Skånes universitetssjukhus", size=12, font="serif-italic", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Skånes universitetssjukhus (Sus) redovisar ett resultat för januari–augusti på −312 mnkr. Det är "
            "187 mnkr sämre än den periodiserade budgeten.",
            C(None, "187 mnkr", "-", note="The period against the periodised budget: a cause."),
        ),
        P(
            "Helårsprognosen är −455 mnkr, en negativ budgetavvikelse på 290 mnkr.",
            C(None, "290 mnkr", "-", note="The full year against budget, in a paragraph of its own."),
        ),
        P(
            "Avvikelsen förklaras framför allt av högre kostnader för inhyrd personal, läkemedel och köpt vård, "
            "samt av att produktionen inom operation inte har nått budgeterad nivå.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                "kopt_verksamhet",
                "volymer",
                note="The reasons apart from the amounts: a cause with amount null.",
            ),
        ),
        table,
        H("Verksamhetsområdenas resultat", 2),
        Para(
            (
                (
                    "Verksamhetsområdena Akut och internmedicin, Operation och intensivvård samt Kirurgi och "
                    "urologi prognostiserar underskott på 96, 74 respektive 51 mnkr för helåret. De största "
                    "orsakerna är inhyrda sjuksköterskor, övertid och fler öppna vårdplatser än budgeterat för att "
                    "hantera överbeläggningarna.",
                    C(
                        "Akut och internmedicin",
                        "96",
                        "-",
                        "inhyrd_personal",
                        "overtid",
                        "volymer",
                        unit="mnkr",
                        note="Three areas with 'respektive' amounts and shared causes in the next sentence: three "
                        "items, same text, same tags.",
                        also=(
                            C(
                                "Operation och intensivvård",
                                "74",
                                "-",
                                "inhyrd_personal",
                                "overtid",
                                "volymer",
                                unit="mnkr",
                            ),
                            C("Kirurgi och urologi", "51 mnkr", "-", "inhyrd_personal", "overtid", "volymer"),
                        ),
                    ),
                ),
            )
        ),
        P(
            "Barn och kvinnor beräknas däremot lämna ett överskott på 12 mnkr, främst beroende på vakanta "
            "barnmorsketjänster och lägre kostnader för köpt neonatalvård.",
            C("Barn och kvinnor", "12 mnkr", "+", "vakanser", "kopt_verksamhet"),
        ),
        P(
            "Medicinsk service, som säljer laboratorie- och röntgentjänster till andra förvaltningar, redovisar "
            "ett utfall i nivå med budget.",
            BP("Medicinsk service"),
        ),
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna ligger 98 mnkr över budget för perioden. Det beror främst på övertid och extra "
            "ersättningar för att täcka vakanta pass under sommaren, men också på att lönerevisionen blev högre "
            "än vad som budgeterades.",
            C("Personalkostnader", "98 mnkr", "-", "overtid", "vakanser", "lonekostnader"),
        ),
        P(
            "Jämfört med samma period 2024 har personalkostnaderna ökat med 6,1 procent.",
            O("Personalkostnader", note="Growth against the previous year."),
        ),
        P(
            "Läkemedelskostnaderna blir 63 miljoner kronor högre än budgeterat, till följd av att fler patienter "
            "behandlas med nya läkemedel mot cancer och ögonsjukdomar.",
            C("Läkemedel", "63 miljoner kronor", "-", "material_hjalpmedel", "volymer"),
        ),
        P(
            "Intäkterna från utomlänsvård och utlandspatienter utvecklas bättre än beräknat, plus 21 mnkr mot "
            "budget, eftersom fler patienter från andra regioner har remitterats för thoraxkirurgi.",
            C("Intäkter från utomlänsvård", "plus 21 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 640 mnkr beräknas 505 mnkr användas, vilket innebär att 135 mnkr "
            "återstår vid årets slut. Avvikelsen beror på att leveransen av två strålbehandlingsapparater har "
            "försenats till 2026.",
            C("Investeringar", "135 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Förändring mot tertialrapporten", 2),
        P(
            "Helårsprognosen har försämrats med 60 mnkr sedan tertialrapporten, vilket främst beror på ökade "
            "kostnader för inhyrd personal under sommaren.",
            F(None, "60 mnkr", "-", "inhyrd_personal"),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusstyrelsen har beslutat om en handlingsplan med bemanningsstopp för administrativa tjänster och "
            "en stegvis utfasning av hyrsjuksköterskor. Planen beräknas förbättra resultatet med 45 mnkr på "
            "helårsbasis.",
            A(None, "45 mnkr", "bemanning", "inhyrd_personal"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet operationer är 3 procent färre än samma period föregående år, medan antalet besök på "
            "akutmottagningen har ökat med 4 procent.",
            O(None, "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-skane-sus-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": [
                "Sjukhusstyrelse Skånes universitetssjukhus",
                "Sjukhusstyrelsen för Skånes universitetssjukhus",
                "Skånes universitetssjukhus",
            ],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Skånes universitetssjukhus",
            "author": "Region Skåne",
        },
        style=style,
        blocks=blocks,
    )
