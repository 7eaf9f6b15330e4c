"""Nässjö kommun, Socialnämnden, budgetuppföljning juli 2025.

A social committee's month report with the reverse sign convention: the deficit in "miljoner kronor"
with June's figure in brackets ("(juni: 8,3 miljoner kronor)"), a reading note that the table's
deviation is prognos − budget so that a positive amount means costs over budget (not labelled), a
table per verksamhet in tkr with July's and June's deviations; then bullets that open with the
verksamhet and its amount under that convention ("Hemtjänst +3 800 tkr." is a deficit, "Individ- och
familjeomsorg −1 500 tkr, dvs. ett överskott"), so the direction must follow the prose: a temporary
care home and agency nurses, hours over budget and split shifts (no cue word), withdrawn assistance
compensation from Försäkringskassan and a new group home, fewer placements, a verksamhet "i nivå med
budget" (boilerplate), and a row without a bullet; a volume table against budget and last year (not
labelled), the change since June, an action-plan sentence and a closure with its effect (two actions),
an appeal risk (other) and a satisfaction figure and sick leave against last year (not labelled).
Liberation Sans Narrow 10.5 pt, a header without a right part, a footer "Sida n".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

SIGN = "The amount follows the table's convention (+ = costs over budget): the direction follows the prose."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.34,
        para_gap=6.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 76.0, 70.0, 72.0),
        header=lambda n, m: ("Nässjö kommun · Socialförvaltningen", ""),
        footer=lambda n, m: ("Budgetuppföljning juli 2025", "", f"Sida {n}"),
        header_size=8.5,
    )
    areas = Table(
        caption="Avvikelse per verksamhet, tkr (avvikelse = prognos − budget)",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Verksamhet", "2025", "2025", "juli", "juni"),
        ),
        rows=(
            ("Nämnd och ledning", "9 800", "9 450", "−350", "−300"),
            ("Särskilt boende", "168 200", "171 900", "3 700", "3 100"),
            ("Hemtjänst", "112 500", "116 300", "3 800", "3 900"),
            ("LSS och personlig assistans", "131 000", "134 600", "3 600", "2 800"),
            ("Individ- och familjeomsorg", "88 400", "86 900", "−1 500", "−1 200"),
            ("Försörjningsstöd", "31 600", "31 600", "0", "0"),
            ("Summa", "541 500", "550 750", "9 250", "8 300"),
        ),
        widths=(170.0, 68.0, 68.0, 64.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    volumes = Table(
        caption="Volymer, genomsnitt per månad januari–juli",
        header=(("", "Budget", "Utfall", "Utfall 2024"),),
        rows=(
            ("Beviljade hemtjänsttimmar", "21 400", "23 330", "20 960"),
            ("Belagda platser i särskilt boende", "312", "321", "309"),
            ("Personer med personlig assistans enligt LSS", "38", "41", "37"),
            ("Barn och unga i familjehem", "29", "25", "31"),
        ),
        widths=(230.0, 64.0, 64.0, 76.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Budgetuppföljning juli 2025", size=20, font="narrow-bold"),
        Title("Socialnämnden", size=13, font="narrow", after=12),
        H("Prognos för helåret", 1),
        P(
            "Socialnämnden prognostiserar ett underskott mot budget på 9,3 miljoner kronor (juni: 8,3 miljoner "
            "kronor).",
            C(None, "9,3 miljoner kronor", "-", note="The bracket is June's forecast, not the amount."),
        ),
        P(
            "I tabellen redovisas avvikelsen som prognos minus budget. Ett positivt belopp betyder alltså att "
            "kostnaderna beräknas bli högre än budget.",
            size=9.5,
        ),
        areas,
        H("Verksamheternas kommentarer", 2),
        Bullets(
            (
                "Särskilt boende +3 700 tkr. Sedan april har ett tillfälligt vårdboende med tolv platser varit "
                "öppet för att korta kön till särskilt boende, och det finns inte med i budgeten. Kostnaden för "
                "sjuksköterskor från bemanningsföretag har också varit hög under sommaren.",
                "Hemtjänst +3 800 tkr. Beviljade timmar ligger i genomsnitt 9 procent över budgeterad nivå, och "
                "delade turer har krävts i ytterområdena.",
                "LSS och personlig assistans +3 600 tkr. Försäkringskassan har dragit in assistansersättningen för "
                "två brukare, och kommunen står därmed för hela kostnaden. Dessutom öppnade en ny gruppbostad i "
                "maj.",
                "Individ- och familjeomsorg −1 500 tkr, dvs. ett överskott, eftersom färre barn och unga än "
                "beräknat har placerats i familjehem.",
                "Försörjningsstöd: i nivå med budget.",
            ),
            labels=(
                C("Särskilt boende", "+3 700 tkr", "-", "volymer", "inhyrd_personal", note=SIGN),
                C("Hemtjänst", "+3 800 tkr", "-", "volymer", "bemanning", note=SIGN + " No cue word."),
                C("LSS och personlig assistans", "+3 600 tkr", "-", "ersattning_fk", "volymer", note=SIGN),
                C("Individ- och familjeomsorg", "−1 500 tkr", "+", "kopt_verksamhet", "volymer", note=SIGN),
                BP("Försörjningsstöd"),
            ),
            glyph="•",
        ),
        volumes,
        H("Förändring sedan juni", 2),
        P(
            "Underskottet har ökat med 1,0 miljoner kronor sedan juni. Ökningen avser framför allt LSS, där "
            "Försäkringskassans beslut om de två brukarna kom i juli.",
            F(None, "1,0 miljoner kronor", "-", "ersattning_fk"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen fortsätter arbetet enligt den handlingsplan för en ekonomi i balans som nämnden "
                "antog i mars.",
                A(None, note="A standing action plan, no effect stated."),
            ),
            (
                "Det tillfälliga vårdboendet stängs den 30 september, vilket beräknas minska kostnaderna med "
                "ungefär 1,2 miljoner kronor under hösten.",
                A("Särskilt boende", "ungefär 1,2 miljoner kronor", "volymer"),
            ),
        ),
        H("Risker", 2),
        P(
            "Beslutet om assistansersättning för de två brukarna har överklagats. Om förvaltningsrätten inte "
            "ändrar Försäkringskassans beslut fortsätter kostnaden även 2026.",
            O("LSS och personlig assistans", "ersattning_fk", note="Risk."),
        ),
        H("Kvalitet och personal", 2),
        P(
            "I brukarundersökningen i våras var 86 procent av brukarna i hemtjänsten nöjda med sin hemtjänst som "
            "helhet. Sjukfrånvaron i förvaltningen var 8,2 procent i juni, jämfört med 9,0 procent i juni 2024."
        ),
    ]
    return ReportSpec(
        file="nassjo-sn-budgetuppfoljning-2025-07.pdf",
        report={
            "municipality": "Nässjö",
            "committee": ["Socialnämnden"],
            "period": ["2025-07"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Budgetuppföljning juli 2025 Socialnämnden", "author": "Nässjö kommun"},
        style=style,
        blocks=blocks,
    )
