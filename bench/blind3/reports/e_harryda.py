"""Härryda kommun, Kommunstyrelsen, tertialrapport 1 2025 (the whole kommun per april).

A whole-kommun tertial report whose table per nämnd is pasted as a picture (no text layer), so every
amount lives in the prose: the kommun's forecast result against the budgeted result, a summary list
whose bullets open with the amount ("14,2 miljoner kronor i underskott … inom socialnämnden …"), then
under one generic heading ("Nämndernas prognoser") one paragraph per nämnd with the amount written in
words ("drygt fjorton miljoner kronor", "elva miljoner kronor", "nästan tio miljoner kronor", "tre
miljoner kronor"), one paragraph ending with an ordered action plan (its own item), a nämnd "bedöms
klara sin budget" (boilerplate), a small surplus that is only in the picture (no item); the change
since February, a risk, liquidity with an unchanged loan debt (other), and a goal count (not
labelled). DejaVu Sans Condensed 9.5 pt, a header and no footer.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

WORDS = "Amount written in words; the table is an image, so the prose is the only source."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 74.0, 70.0, 66.0),
        header=lambda n, m: ("Härryda kommun · Tertialrapport 1 2025", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    picture = Table(
        caption="Tabell 1. Nämndernas prognoser, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "182,4", "179,4", "3,0", "1,5"),
            ("Utbildningsnämnden", "1 121,6", "1 131,4", "−9,8", "−6,0"),
            ("Socialnämnden", "318,9", "333,1", "−14,2", "−8,9"),
            ("Vård- och omsorgsnämnden", "602,3", "613,3", "−11,0", "−9,6"),
            ("Kultur- och fritidsnämnden", "96,5", "96,0", "0,5", "0,5"),
            ("Miljö- och bygglovsnämnden", "18,7", "18,7", "0,0", "0,0"),
            ("Summa nämnder", "2 340,4", "2 371,9", "−31,5", "−22,5"),
        ),
        widths=(170.0, 64.0, 64.0, 64.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2025", size=20, font="cond-bold"),
        Title("Uppföljning av ekonomi och verksamhet per den 30 april", size=11.5, font="cond", after=12),
        H("Sammanfattning", 1),
        P(
            "Kommunens helårsprognos efter april visar ett resultat på 38 miljoner kronor, vilket är 24 miljoner "
            "kronor lägre än det budgeterade resultatet.",
            C(None, "24 miljoner kronor", "-", note="The kommun's result against the budgeted result."),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 31,5 miljoner kronor. De största avvikelserna är:"
        ),
        Bullets(
            (
                "14,2 miljoner kronor i underskott mot budget inom socialnämnden, främst till följd av fler "
                "placeringar av barn och unga.",
                "11,0 miljoner kronor i underskott inom vård- och omsorgsnämnden, där fler brukare än beräknat har "
                "beviljats hemtjänst.",
                "9,8 miljoner kronor i underskott inom utbildningsnämnden för fler elever i anpassad grundskola "
                "och dyrare skolskjutsar.",
            ),
            labels=(
                C("Socialnämnden", "14,2 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
                C("Vård- och omsorgsnämnden", "11,0 miljoner kronor", "-", "volymer"),
                C("Utbildningsnämnden", "9,8 miljoner kronor", "-", "volymer", "prisokningar"),
            ),
            glyph="•",
        ),
        P(
            "Av kommunfullmäktiges tolv mål för mandatperioden bedöms nio uppnås under året. Målen följs upp i sin "
            "helhet i delårsrapporten."
        ),
        H("Nämndernas ekonomi", 1),
        picture,
        H("Nämndernas prognoser", 2),
        PS(
            (
                "Socialnämnden bedömer att underskottet blir drygt fjorton miljoner kronor. Sedan årsskiftet har "
                "sju barn och unga placerats på HVB, och nämnden har inte lyckats rekrytera familjehem i egen "
                "regi i den omfattning som budgeten förutsatte. Konsulentstödda familjehem är betydligt dyrare.",
                C(
                    "Socialnämnden",
                    "drygt fjorton miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    value=14_000_000,
                    note=WORDS,
                ),
            ),
            (
                "Nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för en ekonomi i balans "
                "till sammanträdet i juni.",
                A("Socialnämnden", note="An ordered action plan, no effect stated."),
            ),
        ),
        P(
            "Vård- och omsorgsnämnden prognostiserar ett underskott på elva miljoner kronor. Antalet beviljade "
            "hemtjänsttimmar har ökat med närmare 9 procent sedan december, och korttidsplatserna har varit "
            "fullbelagda sedan februari, så att ytterligare platser har fått köpas från en privat utförare.",
            C(
                "Vård- och omsorgsnämnden",
                "elva miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                value=11_000_000,
                note=WORDS,
            ),
        ),
        P(
            "Utbildningsnämndens underskott, nästan tio miljoner kronor, har två huvudsakliga orsaker: fler "
            "elever i anpassad grundskola, varav flera går i skolor i Göteborg, och en ny upphandling av "
            "skolskjutsar som blev väsentligt dyrare än det tidigare avtalet.",
            C(
                "Utbildningsnämnden",
                "nästan tio miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                "prisokningar",
                value=10_000_000,
                note=WORDS + " 'Nästan tio': the value as written.",
            ),
        ),
        P(
            "Kommunstyrelsen redovisar ett överskott på tre miljoner kronor. Flera tjänster inom ekonomi- och "
            "HR-avdelningarna har varit vakanta under våren.",
            C("Kommunstyrelsen", "tre miljoner kronor", "+", "vakanser", value=3_000_000, note=WORDS),
        ),
        P("Miljö- och bygglovsnämnden bedöms klara sin budget.", BP("Miljö- och bygglovsnämnden")),
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med prognosen i februari har kommunens resultat försämrats med 9 miljoner kronor, framför allt "
            "inom socialnämnden.",
            F(None, "9 miljoner kronor", "-"),
        ),
        H("Risker", 2),
        P(
            "Prognosen bygger på SKR:s skatteunderlagsprognos från april. Om konjunkturen försvagas under hösten kan "
            "skatteintäkterna bli lägre, och kostnaderna för placeringar kan fortsätta att öka.",
            O(None, "kopt_verksamhet", note="Risk."),
        ),
        H("Likviditet och låneskuld", 2),
        P(
            "Kommunens likvida medel uppgick till 310 miljoner kronor den 30 april. Inga nya lån har tagits upp "
            "under året, och låneskulden är oförändrat 1 150 miljoner kronor.",
            O(None, note="Liquidity and debt; 'oförändrat' is not a forecast statement."),
        ),
    ]
    return ReportSpec(
        file="harryda-ks-tertialrapport-2025-04.pdf",
        report={
            "municipality": "Härryda",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2025", "author": "Härryda kommun"},
        style=style,
        blocks=blocks,
    )
