"""Ludvika kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per september 2025.

A cover letter (tjänsteskrivelse) dated in October for the period to September, in "miljoner kronor" and
"tusen kronor", with no table: the decision proposal (unlabelled), a summary with the full year's deficit,
the period "9,8 miljoner kronor sämre än den periodiserade budgeten" and the change since August with its
cause (three items); under "Ärendet" bold run-in verksamheter closed by an en dash: "Prognosen visar ett
underskott på 7,4 miljoner kronor" with counts that are not amounts, a surplus whose amount comes after the
reason ("beräknas lämna ett överskott på 1,6 miljoner kronor"), "väntas överstiga budget med drygt fyra
miljoner kronor" followed by a year-on-year count (its own item), "Underskottet på 2,6 miljoner kronor hänger
samman med", "Ett överskott om 600 tusen kronor" and "Utfallet följer budget" (boilerplate); the action plan's
effect "som redan ingår i prognosen", equity already used (other) and an investment "förbrukas i sin helhet"
(boilerplate). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Ludvika kommun", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Socialförvaltningen", "Datum 2025-10-09  Dnr SN 2025/118", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per september 2025", size=16, font="sans-bold", after=4),
        P(
            "Handläggare: ekonom, socialförvaltningen. Ärendet avser socialnämndens sammanträde den 23 oktober 2025."
        ),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per september 2025 och uppdrar åt förvaltningen "
            "att fortsätta arbetet enligt den antagna handlingsplanen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden redovisar ett prognostiserat underskott på 11,9 miljoner kronor för 2025.",
                C(None, "11,9 miljoner kronor", "-"),
            ),
            (
                "Utfallet för januari–september är 9,8 miljoner kronor sämre än den periodiserade budgeten.",
                C(
                    None,
                    "9,8 miljoner kronor",
                    "-",
                    note="The period in a sentence of its own: its own item.",
                ),
            ),
            (
                "Jämfört med augustiprognosen är det en förbättring med 1,4 miljoner kronor, främst genom att två "
                "placeringar har kunnat avslutas tidigare än planerat.",
                F(None, "1,4 miljoner kronor", "+", "kopt_verksamhet"),
            ),
        ),
        H("Ärendet", 2),
        LP(
            "Barn och familj –",
            "Prognosen visar ett underskott på 7,4 miljoner kronor. Antalet barn i konsulentstödda familjehem har "
            "ökat från 14 till 19 sedan årsskiftet, och två ungdomar har under hösten varit placerade på särskilda "
            "ungdomshem där kommunen betalar halva dygnsavgiften.",
            C(
                "Barn och familj",
                "7,4 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The counts are not amounts.",
            ),
        ),
        LP(
            "Vuxen och missbruk –",
            "Verksamheten har hittills köpt färre platser på behandlingshem än budgeterat och beräknas lämna ett "
            "överskott på 1,6 miljoner kronor.",
            C("Vuxen och missbruk", "1,6 miljoner kronor", "+", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Försörjningsstöd –",
            "Kostnaderna för ekonomiskt bistånd väntas överstiga budget med drygt fyra miljoner kronor. Fler hushåll "
            "har ett långvarigt behov, och riksnormen höjdes mer än vad som antogs i budgeten.",
            C(
                "Försörjningsstöd",
                "drygt fyra miljoner kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                "prisokningar",
                value=4_000_000,
                note="An amount in words; a higher riksnorm is a price level: prisokningar.",
            ),
            (
                "I september fick 412 hushåll försörjningsstöd, att jämföra med 371 i september 2024.",
                O(
                    "Försörjningsstöd",
                    "ekonomiskt_bistand",
                    "volymer",
                    note="A count against the previous year.",
                ),
            ),
        ),
        LP(
            "Funktionshinderomsorg –",
            "Underskottet på 2,6 miljoner kronor hänger samman med att Försäkringskassan efter omprövning har dragit "
            "in assistansersättningen i två ärenden, så att kommunen nu bär hela kostnaden.",
            C("Funktionshinderomsorg", "2,6 miljoner kronor", "-", "ersattning_fk"),
        ),
        LP(
            "Arbetsmarknadsenheten –",
            "Ett överskott om 600 tusen kronor väntas, eftersom statsbidraget för extratjänster blev större än vad som "
            "antogs i budgeten.",
            C("Arbetsmarknadsenheten", "600 tusen kronor", "+", "statsbidrag"),
        ),
        LP("Administration och nämnd –", "Utfallet följer budget.", BP("Administration och nämnd")),
        H("Handlingsplan", 2),
        P(
            "Nämnden antog i maj en handlingsplan för ekonomi i balans. De åtgärder som hittills har genomförts, "
            "bland annat egen familjehemsrekrytering och tätare uppföljning av beviljat bistånd, bedöms ge en "
            "helårseffekt på 2,2 miljoner kronor, som redan ingår i prognosen.",
            A(None, "2,2 miljoner kronor", "kopt_verksamhet", "ekonomiskt_bistand"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Underskottet kan inte täckas av nämndens eget kapital, eftersom det förbrukades under 2024.",
            O(None, "reserver", note="Equity: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 0,8 miljoner kronor för inventarier till det nya stödboendet beräknas "
            "förbrukas i sin helhet.",
            BP("Investeringar", note="An investment budget used in full: boilerplate."),
        ),
        P("Socialförvaltningen", size=9.0),
    ]
    return ReportSpec(
        file="ludvika-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": "Ludvika",
            "committee": ["Socialnämnden"],
            "period": ["2025-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per september 2025", "author": "Ludvika kommun"},
        style=style,
        blocks=blocks,
    )
