"""Stenungsunds kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025.

A planning and technical committee's year-end report (period = the year), footer with the adoption date in
February: the tax-funded result "2,7 mnkr sämre än budget" and the change against the interim forecast with its
cause (a forecast change); a verksamhet table in tkr with en dashes as minus signs and last year's outcome beside
it; headings that carry the verksamhet and its amount ("Gata och park –3,4 mnkr") with a "drygt 1,9 mnkr" part
inside, one plain heading whose paragraph gives a reason only (the table's "440"); the self-financed water and
sewage unit's surplus against budget (a cause) followed by its transfer to the resultatfond (other); investments
"7,9 mnkr under budget", a delayed project "10,4 mnkr begärs ombudgeterade" and an overrun given only as a
reason, whose amount is the project table's "+2 700" where "+" means more spending (utfall minus budget); a
processing time against last year (other). 10 scored causes. DejaVu Serif Condensed 10 pt, DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, C, F, O

HEAD = "The heading carries the verksamhet and its amount (an en dash as minus)."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Stenungsunds kommun", "Verksamhetsberättelse 2025 – Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Antagen av samhällsbyggnadsnämnden 2026-02-12", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    drift = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och förvaltning", "6 420", "5 980", "440", "6 110"),
            ("Gata och park", "31 800", "35 150", "–3 350", "30 940"),
            ("Fastighet", "18 600", "18 240", "360", "19 320"),
            ("Plan och bygg", "7 900", "8 730", "–830", "6 850"),
            ("Miljö och hälsoskydd", "5 300", "4 620", "680", "5 010"),
            ("Summa skattefinansierat", "70 020", "72 720", "–2 700", "68 230"),
        ),
        widths=(150.0, 70.0, 70.0, 66.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    invest = Table(
        caption="Investeringar per projekt, tkr (avvikelse = utfall minus budget)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gång- och cykelväg Hallerna", "8 500", "11 200", "+2 700"),
            ("Huvudvattenledning Stora Höga", "24 000", "13 600", "–10 400"),
            ("Reinvestering gatubelysning", "3 200", "3 050", "–150"),
            ("Lekplatser", "1 800", "1 790", "–10"),
            ("Summa", "37 500", "29 640", "–7 860"),
        ),
        widths=(170.0, 66.0, 66.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="sans-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="serif-italic", after=14),
        H("Viktiga händelser under året", 2),
        P(
            "Under året antogs detaljplanen för bostäder i Ödsmål och den nya cykelbron vid Hasselbäcken öppnades. "
            "Stormen i oktober orsakade stora skador i kommunens skogar och parker."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Den skattefinansierade verksamheten redovisar ett utfall som är 2,7 mnkr sämre än budget.",
            C(None, "2,7 mnkr", "-", note="The tax-funded result against budget."),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten är det en försämring med 1,2 mnkr, som främst förklaras av "
            "stormskadorna i oktober.",
            F(
                None,
                "1,2 mnkr",
                "-",
                "ovrigt",
                note="The outcome against the interim forecast; storm damage is ovrigt.",
            ),
        ),
        drift,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gata och park –3,4 mnkr",
            "Stormen fällde ett stort antal träd i Stenungsbaden och längs gång- och cykelvägarna, och röjningen "
            "kostade drygt 1,9 mnkr. Resten av underskottet kommer från vinterväghållningen, där entreprenörens "
            "timpris blev högre än beräknat.",
            C(
                "Gata och park",
                "–3,4 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The storm's 'drygt 1,9 mnkr' is a part.",
            ),
        ),
        HP(
            "Plan och bygg –0,8 mnkr",
            "Färre bygglovsansökningar än väntat under året gav lägre intäkter än budgeterat, i synnerhet för "
            "nybyggnation av småhus.",
            C("Plan och bygg", "–0,8 mnkr", "-", "avgifter_intakter", "volymer", note=HEAD),
        ),
        HP(
            "Miljö och hälsoskydd +0,7 mnkr",
            "Överskottet förklaras av en tjänst som miljöinspektör som stod vakant i sju månader innan den kunde "
            "tillsättas.",
            C("Miljö och hälsoskydd", "+0,7 mnkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Fastighet +0,4 mnkr",
            "Lägre energikostnader än beräknat i kommunens verksamhetslokaler vägde upp kostnaderna för akuta "
            "vattenskador på Källsby skola.",
            C(
                "Fastighet",
                "+0,4 mnkr",
                "+",
                "prisokningar",
                "ovrigt",
                note=HEAD + " Water damage is ovrigt.",
            ),
        ),
        H("Nämnd och förvaltning", 3),
        P(
            "Kostnaderna för konsultstöd i arbetet med den nya översiktsplanen blev lägre än beräknat.",
            C(
                "Nämnd och förvaltning",
                "440",
                "+",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell. Consultants are inhyrd_personal.",
            ),
        ),
        H("Vatten och avlopp", 2),
        P(
            "VA-verksamheten, som finansieras helt med avgifter, visar ett överskott mot budget på 3,1 mnkr. Det beror "
            "på högre anslutningsavgifter från exploateringen i Ucklum och på lägre elkostnader i reningsverket än "
            "budgeterat.",
            C("Vatten och avlopp", "3,1 mnkr", "+", "avgifter_intakter", "prisokningar"),
        ),
        P(
            "Överskottet förs i sin helhet till VA-kollektivets resultatfond, som därmed uppgår till 7,8 mnkr vid "
            "årets slut.",
            O(
                "Vatten och avlopp",
                "reserver",
                note="The transfer to the resultatfond: a reserve statement, other.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nettoinvesteringarna blev 29,6 mnkr, vilket är 7,9 mnkr under budget.",
            C("Investeringar", "7,9 mnkr", "+", note="Investment under-spending; no reason in the sentence."),
        ),
        invest,
        P(
            "Huvudvattenledningen till Stora Höga har försenats på grund av överklagade markavtal, och 10,4 mnkr begärs "
            "ombudgeterade till 2026.",
            C(
                "Huvudvattenledning Stora Höga",
                "10,4 mnkr",
                "+",
                "periodisering",
                note="A delayed project: the unspent sum carried over is its deviation.",
            ),
        ),
        P(
            "Gång- och cykelvägen i Hallerna blev dyrare än kalkylen, eftersom bergschakt och ledningsflytt visade sig "
            "mer omfattande än vad som framgick av förundersökningen.",
            C(
                "Gång- och cykelväg Hallerna",
                "+2 700",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="An investment overrun given as a reason only: the project row's '+2 700' (utfall minus budget, "
                "'+' is more spending).",
            ),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Nämnden nådde två av fyra verksamhetsmål. Den genomsnittliga handläggningstiden för bygglov var 5,2 "
            "veckor, jämfört med 6,8 veckor 2024.",
            O("Plan och bygg", note="Goals and a processing time against last year: other."),
        ),
    ]
    return ReportSpec(
        file="stenungsund-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Stenungsund",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden",
            "author": "Stenungsunds kommun",
        },
        style=style,
        blocks=blocks,
    )
