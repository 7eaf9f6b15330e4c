"""Malmö stad, Servicenämnden, uppföljningsrapport april 2026.

A service committee's follow-up in Liberation Serif (Times) whose footer carries the letter's diary number:
the full year "helårsresultat om −11,8 miljoner kronor i förhållande till budget" followed in the same
paragraph by a sentence of context (unlabelled), a worsening since February without a cause; no table, but
headings that carry the verksamhet and amount in tkr ("Fastighetsförvaltning −6 200 tkr", "Fordon och
transport +1 900 tkr", "Inköp och upphandling ±0 tkr" over "bedöms hålla budget", boilerplate) with one short
paragraph each, one with a percentage price rise that is not the amount; personnel costs "ungefär tre
miljoner kronor högre än budgeterat" (in words); investments as a frame and a forecast with the deviation
written out and its reason, a project that "överskrider sin budget med 3,2 miljoner kronor" with no reason;
an action with no amount and a price risk "upp till fem miljoner kronor" (other). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Servicenämnden"),
        footer=lambda n, m: ("Uppföljningsrapport april 2026", "SERN-2026-1123", f"{n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=18, font="arial-bold", after=2),
        Title("Servicenämnden", size=12.5, font="times", after=14),
        H("Ekonomisk prognos", 1),
        PS(
            (
                "Servicenämnden prognostiserar ett helårsresultat om −11,8 miljoner kronor i förhållande till budget.",
                C(None, "−11,8 miljoner kronor", "-"),
            ),
            (
                "Nämndens verksamheter finansieras i huvudsak genom internpriser, och resultatet påverkas därför både "
                "av kostnadsutvecklingen och av beställningarna från stadens övriga nämnder.",
                None,
            ),
        ),
        P(
            "Jämfört med prognosen i februari har resultatet försämrats med 2,3 miljoner kronor.",
            F(None, "2,3 miljoner kronor", "-"),
        ),
        H("Avvikelser per verksamhet", 2),
        HP(
            "Fastighetsförvaltning −6 200 tkr",
            "Avvikelsen beror främst på högre kostnader för el och fjärrvärme än vad som rymdes i hyresmodellen och "
            "på akuta reparationer efter en vattenskada i ett av stadens kontorshus.",
            C(
                "Fastighetsförvaltning",
                "−6 200 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="Water damage is ovrigt.",
            ),
        ),
        HP(
            "Måltidsservice −4 100 tkr",
            "Livsmedelspriserna har fortsatt att öka och ligger cirka sex procent över den nivå som budgeterades. "
            "Samtidigt har antalet beställda portioner från förskolorna minskat.",
            C(
                "Måltidsservice",
                "−4 100 tkr",
                "-",
                "prisokningar",
                "volymer",
                note="The percentage price rise is not the amount.",
            ),
        ),
        HP(
            "Fordon och transport +1 900 tkr",
            "Överskottet förklaras av att leasingavtalen för ett tjugotal fordon har förlängts till en lägre kostnad "
            "och att drivmedelskostnaderna har blivit lägre än beräknat.",
            C("Fordon och transport", "+1 900 tkr", "+", "material_hjalpmedel", "prisokningar"),
        ),
        HP(
            "Lokalvård −2 650 tkr",
            "Sjukfrånvaron bland lokalvårdarna har varit hög och har delvis ersatts med timavlönade och övertid.",
            C("Lokalvård", "−2 650 tkr", "-", "sjukfranvaro", "vikarier", "overtid"),
        ),
        HP(
            "Inköp och upphandling ±0 tkr",
            "Verksamheten bedöms hålla budget.",
            BP("Inköp och upphandling"),
        ),
        HP(
            "Gemensamt och nämnd −750 tkr",
            "Underskottet består av kostnader för konsultstöd i arbetet med en ny hyresmodell.",
            C("Gemensamt och nämnd", "−750 tkr", "-", "inhyrd_personal"),
        ),
        H("Personal", 2),
        P(
            "Personalkostnaderna blir sammantaget ungefär tre miljoner kronor högre än budgeterat, eftersom "
            "lönerevisionen utföll högre än den kompensation som nämnden har fått.",
            C(
                "Personalkostnader",
                "ungefär tre miljoner kronor",
                "-",
                "lonekostnader",
                value=3_000_000,
                note="An amount in words.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram är 96,0 miljoner kronor. Prognosen uppgår till 71,5 miljoner kronor och "
            "avvikelsen på 24,5 miljoner kronor beror på att leveranserna av elfordon har försenats.",
            C("Investeringar", "24,5 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
        P(
            "Projektet ombyggnad av produktionsköket i Fosie överskrider sin budget med 3,2 miljoner kronor.",
            C(
                "Ombyggnad av produktionsköket i Fosie",
                "3,2 miljoner kronor",
                "-",
                note="An overrun with no reason.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen ser över internpriserna inför 2027 och har infört restriktivitet med vikarier inom "
            "lokalvården.",
            A(None, None, "avgifter_intakter", "vikarier"),
        ),
        P(
            "Det finns en osäkerhet kring elpriset under vintern, som kan påverka resultatet med upp till fem "
            "miljoner kronor.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="malmo-servn-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Servicenämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={"title": "Uppföljningsrapport april 2026 Servicenämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
