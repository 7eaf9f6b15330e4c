"""Hultsfreds kommun, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report (period = the year), footer with the nämnd's meeting date in February:
the net cost level before "en budgetavvikelse på −9,3 mnkr" (the level is not the amount), the outcome against
the interim forecast with its cause (a forecast change), net cost growth against 2024 (other); the result
table pasted as an image (no text layer: every amount lives in the prose); bold run-in verksamheter ending in
a colon ("Äldreomsorg:") where the amount closes the paragraph ("Sammantaget landar äldreomsorgen på ett
underskott om 4,6 mnkr"), comes in the first sentence ("blev 5,9 mnkr högre än budget"), is missing (a
reason-only surplus: amount null, as the table is an image), comes last after the reasons ("Underskottet blev
1,4 mnkr") or opens a verbless fragment ("Ett överskott om 0,8 mnkr, framför allt …"); investments "1,1 mnkr
av budgeterade 2,5 mnkr" (1,4 never written out); an action with its effect; sick leave against last year and
the decision not to restore the deficit (others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("HULTSFREDS KOMMUN", "Socialnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "SN 2026-02-19 § 14", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Äldreomsorg", "198 400", "203 000", "-4 600"),
            ("Individ- och familjeomsorg", "84 200", "90 100", "-5 900"),
            ("Funktionsstöd", "71 600", "69 800", "1 800"),
            ("Ekonomiskt bistånd", "21 300", "22 700", "-1 400"),
            ("Nämnd och administration", "27 800", "27 000", "800"),
            ("Summa", "403 300", "412 600", "-9 300"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="cond-bold", after=2),
        Title("Socialnämnden", size=13, font="cond", after=12),
        H("Ekonomi", 2),
        P(
            "Socialnämndens nettokostnader för 2025 blev 412,6 mnkr, vilket innebär en budgetavvikelse på −9,3 "
            "mnkr.",
            C(None, "−9,3 mnkr", "-", note="The net cost level (412,6) is not the amount."),
        ),
        P(
            "Underskottet är 1,7 mnkr större än vad som prognostiserades i delårsrapporten, främst på grund av två "
            "nya placeringar av barn i december.",
            F(
                None,
                "1,7 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The outcome against the interim forecast.",
            ),
        ),
        P(
            "Jämfört med 2024 ökade nämndens nettokostnader med 6,1 procent.",
            O(None, note="Cost growth against the previous year."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Äldreomsorg:",
            "Hemtjänsten har haft fler beviljade timmar än budgeterat under hela året, och sjukfrånvaron har krävt "
            "vikarier i större omfattning än planerat. Sammantaget landar äldreomsorgen på ett underskott om 4,6 "
            "mnkr.",
            C("Äldreomsorg", "4,6 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        LP(
            "Individ- och familjeomsorg:",
            "Kostnaderna för placeringar av barn och unga i familjehem och på HVB blev 5,9 mnkr högre än budget.",
            C("Individ- och familjeomsorg", "5,9 mnkr", "-", "kopt_verksamhet"),
        ),
        LP(
            "Funktionsstöd:",
            "Ersättningen från Försäkringskassan för personlig assistans har blivit högre sedan två ärenden fått "
            "utökade timmar, vilket ger ett positivt utfall mot budget.",
            C(
                "Funktionsstöd",
                None,
                "+",
                "ersattning_fk",
                note="A reason-only surplus. " + IMAGE + " Amount null.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Utbetalningarna har ökat under andra halvåret i takt med att fler invånare har blivit arbetslösa. "
            "Underskottet blev 1,4 mnkr.",
            C("Ekonomiskt bistånd", "1,4 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Nämnd och administration:",
            "Ett överskott om 0,8 mnkr, framför allt till följd av vakanta handläggartjänster under våren.",
            C("Nämnd och administration", "0,8 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 1,1 mnkr av budgeterade 2,5 mnkr. Inköpet av nya digitala trygghetslarm "
            "har skjutits till 2026.",
            C(
                "Investeringar",
                "1,1 mnkr av budgeterade 2,5 mnkr",
                "+",
                "periodisering",
                "it_digitalisering",
                value=1_400_000,
                note="Under-spending of 1,4 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten har nämnden infört en ny modell för resursfördelning i hemtjänsten och startat ett eget "
            "familjehemsteam, vilket beräknas minska kostnaderna med 2,0 mnkr under 2026.",
            A(None, "2,0 mnkr", "bemanning", "kopt_verksamhet"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom äldreomsorgen var 9,8 procent, att jämföra med 10,4 procent året innan.",
            O("Äldreomsorg", "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Ekonomisk ställning", 2),
        P(
            "Kommunfullmäktige har beslutat att nämndens underskott för 2025 inte ska återställas under kommande år.",
            O(None, note="A decision about the deficit's financing: other."),
        ),
    ]
    return ReportSpec(
        file="hultsfred-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Hultsfred",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Hultsfreds kommun"},
        style=style,
        blocks=blocks,
    )
