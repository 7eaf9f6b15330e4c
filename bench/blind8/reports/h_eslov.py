"""Eslövs kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per september 2025.

A social committee's cover letter with the follow-up in it, dated in October while the period is
January–September: letterhead lines, a summary whose full-year deficit is in "tusen kronor" followed by
its reasons (one item) and August's forecast in a sentence of its own (a forecast change whose size, 1 740
tkr, is never written out: amount null); the decision proposal and the case (not labelled); a table in tkr
whose deficits are in brackets ("(6 310)"), as a reading note says; then a level-3 heading per verksamhet
(not part of the item): barn och familj "blir dyrare än beräknat" with its amount at the end and a "varav"
part, vuxen with reasons and no amount (the table row's "(1 730)"), försörjningsstöd "räcker inte" with a
per-month figure that is not the deviation (the table row's "(3 700)") in a paragraph that runs over the
page break, followed by an action with no amount, arbetsmarknadsenheten's surplus "förklaras av" two
causes, nämnd och administration with no amount (the table row's "700"), and the personnel costs across
all verksamheter "cirka 1,1 mnkr lägre än budgeterat" (mnkr in a report otherwise in tkr); an action
"cirka 1,2 miljoner kronor på helårsbasis" after an unlabelled lead-in, the recovery rule (other), and
volumes against last year (other). Liberation Serif (Times) 11 pt with Arial headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

ROW = "No deviation amount in the prose: the table row's (tkr, a deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(82.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("ESLÖVS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("2025-10-09", "Dnr SN.2025.0214", f"Sida {n} ({m})"),
        header_size=8.5,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet (tkr)",
        header=(("Verksamhet", "Budget", "Utfall jan–sep", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "18 400", "12 950", "17 700", "700"),
            ("Barn och familj", "96 200", "78 400", "102 510", "(6 310)"),
            ("Vuxen", "38 900", "30 200", "40 630", "(1 730)"),
            ("Försörjningsstöd", "44 500", "36 100", "48 200", "(3 700)"),
            ("Arbetsmarknadsenheten", "27 300", "19 300", "25 200", "2 100"),
            ("Summa", "225 300", "176 950", "234 240", "(8 940)"),
        ),
        widths=(150.0, 62.0, 78.0, 62.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        P("Socialförvaltningen", size=9.5),
        P("Ekonomienheten, Anders Nilsson, ekonom", size=9.5),
        P("Till Socialnämnden", size=9.5),
        Title(
            "Ekonomisk uppföljning per september 2025 för socialnämnden", size=15, font="arial-bold", after=8
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar för helåret ett resultat som är 8 940 tusen kronor sämre än budget. "
                "Det är främst placeringar av barn och unga och ett ökat behov av försörjningsstöd som ligger "
                "bakom underskottet.",
                C(
                    None,
                    "8 940 tusen kronor",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="The whole unit's full-year deficit in 'tusen kronor' with its reasons: one item.",
                ),
            ),
            (
                "Föregående prognos, per augusti, visade ett underskott på 7 200 tusen kronor.",
                F(
                    None,
                    None,
                    "-",
                    note="August's forecast in a sentence of its own: a forecast change whose size (1 740 tkr) is "
                    "not written out, so the amount is null.",
                ),
            ),
        ),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per september 2025 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendet", 2),
        P(
            "Nämnderna ska enligt kommunens riktlinjer för ekonomistyrning lämna en uppföljning med helårsprognos "
            "efter februari, april, augusti, september och oktober. Uppföljningen bygger på utfallet till och med "
            "september och på kända beslut om insatser. Förvaltningens ledningsgrupp gick igenom prognosen den 6 "
            "oktober, och den har stämts av med kommunledningsförvaltningens ekonomer. Effekter av beslut som fattas efter den 30 "
            "september ingår inte."
        ),
        P("Belopp i tabellen anges i tkr. Underskott mot budget redovisas inom parentes.", size=9.5),
        table,
        H("Barn och familj", 3),
        P(
            "Kostnaderna för placeringar blir dyrare än beräknat. Sedan juni har fem barn placerats på HVB, och en av "
            "placeringarna kräver förstärkt bemanning dygnet runt. Verksamheten beräknas därmed gå med ett underskott "
            "om 6 310 tkr, varav konsulentstödda familjehem står för 1 900 tkr.",
            C(
                "Barn och familj",
                "6 310 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="'Blir dyrare än beräknat' first, the amount at the end; the 'varav' is a part.",
            ),
        ),
        H("Vuxen", 3),
        P(
            "Fler personer med samsjuklighet har behövt vård enligt LVM, och dygnspriserna hos de privata "
            "behandlingshemmen har höjts med i genomsnitt sex procent.",
            C(
                "Vuxen",
                "(1 730)",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        H("Försörjningsstöd", 3),
        PS(
            (
                "Budgeten för försörjningsstöd räcker inte. Utbetalningarna har i genomsnitt varit knappt 400 tkr "
                "högre per månad än budgeterat, vilket främst beror på att fler hushåll har ett långvarigt behov sedan "
                "etableringsersättningen har upphört.",
                C(
                    "Försörjningsstöd",
                    "(3 700)",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="'Räcker inte'; 'knappt 400 tkr … per månad' is a monthly rate, not the deviation: the "
                    "table row's.",
                ),
            ),
            (
                "Förvaltningen har infört veckovisa genomgångar av alla ärenden med mer än sex månaders bistånd.",
                A("Försörjningsstöd", None, "ekonomiskt_bistand", note="An action with no amount."),
            ),
        ),
        H("Arbetsmarknadsenheten", 3),
        P(
            "Arbetsmarknadsenheten redovisar ett överskott på 2 100 tkr. Det förklaras av högre ersättning från "
            "Arbetsförmedlingen för extratjänster än vad som budgeterades och av att två tjänster som arbetsledare "
            "har stått vakanta sedan i våras.",
            C("Arbetsmarknadsenheten", "2 100 tkr", "+", "statsbidrag", "vakanser"),
        ),
        H("Nämnd och administration", 3),
        P(
            "Inom nämnd och administration har kostnaderna för det nya verksamhetssystemet blivit lägre än beräknat, "
            "eftersom införandet har skjutits till 2026.",
            C(
                "Nämnd och administration",
                "700",
                "+",
                "it_digitalisering",
                "periodisering",
                unit="tkr",
                table=True,
                note="No amount in the prose: the table row's.",
            ),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna för nämnden som helhet är cirka 1,1 mnkr lägre än budgeterat, till följd av vakanta "
            "tjänster som socialsekreterare inom vuxenenheten under sommaren.",
            C(
                "Personalkostnader",
                "cirka 1,1 mnkr",
                "+",
                "vakanser",
                note="An account group across the verksamheter, in mnkr in a report otherwise in tkr.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            ("Förvaltningen arbetar enligt den handlingsplan som nämnden antog i maj.", None),
            (
                "Hemtagning av två placeringar till det egna stödboendet Kärnan beräknas sänka kostnaderna med cirka "
                "1,2 miljoner kronor på helårsbasis, men effekten under 2025 blir begränsad.",
                A("Barn och familj", "cirka 1,2 miljoner kronor", "kopt_verksamhet"),
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Ett underskott ska enligt kommunens riktlinjer för ekonomistyrning återställas under de två följande "
            "åren, om inte kommunfullmäktige beslutar annat.",
            O(None, note="The recovery rule: a decision formula."),
        ),
        H("Volymer", 2),
        P(
            "I september var 31 barn och unga placerade, jämfört med 24 vid samma tid förra året. Antalet hushåll "
            "med försörjningsstöd var i genomsnitt 612 per månad (578 under 2024).",
            O(None, "volymer", note="Volumes against the previous year: supporting figures."),
        ),
        P("Annika Persson, socialchef                    Anders Nilsson, ekonom", size=10),
    ]
    return ReportSpec(
        file="eslov-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": "Eslöv",
            "committee": ["Socialnämnden"],
            "period": ["2025-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per september 2025 Socialnämnden",
            "author": "Eslövs kommun",
        },
        style=style,
        blocks=blocks,
    )
