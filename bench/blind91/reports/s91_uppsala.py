"""Uppsala kommun, Kulturnämnden, tjänsteskrivelse ekonomisk uppföljning per mars 2026.

A culture committee's tjänsteskrivelse in DejaVu Serif, dated in April for the period to March: the decision
proposal and a date line (unlabelled), the full year "ett underskott på två miljoner kronor" (amount in
words), the period "1,1 miljoner kronor lägre än periodiserad budget, men det beror på …" (a positive
period deviation with its timing reason in the same sentence); headings that carry the area and amount in
brackets ("Kulturhus och scener (−1 450 tkr)"), with a repair closure, a part in whole kronor ("omkring 400
000 kronor") that is not the amount, a vacancy, a revenue surplus whose paragraph repeats its amount ("250
tkr högre än budget") and "(±0 tkr)" over "i nivå med budget" (boilerplate); investments "beräknas förbrukas
fullt ut" (boilerplate); an action with its effect; equity as the cover for a deficit and library visits
against last year with "beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, O

HEAD = "The heading carries the area and amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Uppsala kommun", "Tjänsteskrivelse 2026-04-14"),
        footer=lambda n, m: ("Kulturförvaltningen", "Diarienummer KTN-2026-00212", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="serif-bold", after=4),
        P("Handläggare: controller, kulturförvaltningens stab. Datum: 2026-04-14."),
        H("Förslag till beslut", 2),
        P("Kulturnämnden beslutar att godkänna den ekonomiska uppföljningen per mars 2026."),
        H("Sammanfattning", 2),
        P(
            "Kulturnämnden prognostiserar ett underskott på två miljoner kronor för 2026.",
            C(None, "två miljoner kronor", "-", value=2_000_000, note="Amount in words."),
        ),
        P(
            "Utfallet för januari–mars är 1,1 miljoner kronor lägre än periodiserad budget, men det beror på att "
            "bidragen till kulturföreningar betalas ut i april.",
            C(
                None,
                "1,1 miljoner kronor",
                "+",
                "periodisering",
                note="A net cost below the periodised budget: a positive period deviation with its timing reason.",
            ),
        ),
        H("Avvikelser per verksamhet", 2),
        HP(
            "Kulturhus och scener (−1 450 tkr)",
            "Biljettintäkterna för vårens program blir lägre än budgeterat eftersom den stora salen stängs sex "
            "veckor för byte av scenteknik. Kostnaderna för tillfälliga lokaler till två föreställningar "
            "tillkommer.",
            C(
                "Kulturhus och scener",
                "−1 450 tkr",
                "-",
                "avgifter_intakter",
                "lokaler",
                "ovrigt",
                note=HEAD + " A closure for renovation is ovrigt.",
            ),
        ),
        HP(
            "Bibliotek (−1 150 tkr)",
            "Bibliotekens kostnader för e-böcker och databaser ökar med ett index som är högre än budgeterat. "
            "Dessutom har väktare anlitats kvällstid på Stadsbiblioteket efter flera incidenter, en kostnad på "
            "omkring 400 000 kronor.",
            C(
                "Bibliotek",
                "−1 150 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note=HEAD + " The guards' 400 000 kronor is a part, not the amount.",
            ),
        ),
        HP(
            "Kulturskolan (+250 tkr)",
            "Fler elever än beräknat har betalat terminsavgift efter vårens antagning, och intäkterna blir 250 tkr "
            "högre än budget.",
            C(
                "Kulturskolan",
                "250 tkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="The paragraph repeats the amount.",
            ),
        ),
        HP(
            "Ledning och stab (+350 tkr)",
            "En vakant controllertjänst tillsätts först i juni.",
            C("Ledning och stab", "+350 tkr", "+", "vakanser", note=HEAD),
        ),
        HP("Kulturstöd (±0 tkr)", "Föreningsbidragen bedöms ligga i nivå med budget.", BP("Kulturstöd")),
        H("Investeringar", 2),
        P("Nämndens investeringsbudget på 6,0 mnkr beräknas förbrukas fullt ut.", BP("Investeringar")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen föreslår att höstens utställningsprogram i konsthallen görs om så att kostnaderna minskar "
            "med cirka 700 tkr. Förslaget behandlas av nämnden i maj.",
            A(None, "cirka 700 tkr"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Ett underskott som kvarstår vid årets slut ska enligt kommunens regler för ekonomistyrning täckas av "
            "nämndens eget kapital, som uppgick till 3,4 miljoner kronor vid årsskiftet.",
            O(None, note="Equity as the cover for a deficit: other."),
        ),
        P(
            "Besöken på biblioteken har ökat med 6 procent jämfört med samma period 2025, vilket främst beror på "
            "de utökade öppettiderna.",
            O("Bibliotek", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-kln-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Kulturnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
