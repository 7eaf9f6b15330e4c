"""Timrå kommun, Samhällsbyggnadsnämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in tkr and mnkr, footer with the nämnd's meeting date in September:
the tax-financed part "överskrida sin budgetram med 3 150 tkr", the fee-financed water and sewage "1 400
tkr bättre än budget" with the transfer to the VA fund in the same sentence (one cause item, no reason),
waste that "håller budget" (boilerplate); a table with en-dash minus signs; headings that carry the
verksamhet and amount in brackets ("Gator och vägar (–2 300 tkr)"), one of them with a part in the paragraph
("Av underskottet avser 550 tkr vattenskadan"); snow, a water damage and bridge repairs (ovrigt); the change
since April with its cause; investments "Avvikelsen på 12,5 mnkr" and a project "3,2 mnkr dyrare än
projektbudgeten"; an action with its effect and a risk for the winter (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Timrå kommun", "Samhällsbyggnadsförvaltningen"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2025-09-30", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, prognos 2025 (tkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "31 400", "33 700", "–2 300"),
            ("Vinterväghållning", "9 800", "11 400", "–1 600"),
            ("Parker och grönytor", "12 600", "12 350", "250"),
            ("Fastighetsförvaltning", "18 900", "19 800", "–900"),
            ("Bygglov och planering", "4 300", "3 700", "600"),
            ("Administration", "7 200", "6 400", "800"),
            ("Summa", "84 200", "87 350", "–3 150"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="narrow-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="narrow", after=12),
        H("Ekonomi", 2),
        P(
            "Samhällsbyggnadsnämnden beräknas vid årets slut överskrida sin budgetram med 3 150 tkr för den "
            "skattefinansierade verksamheten.",
            C(None, "3 150 tkr", "-"),
        ),
        P(
            "Den avgiftsfinansierade VA-verksamheten redovisar en prognos som är 1 400 tkr bättre än budget, och "
            "överskottet förs till VA-fonden vid årets slut.",
            C(
                "VA-verksamheten",
                "1 400 tkr",
                "+",
                note="The fee-financed result with its transfer to the fund in the same sentence: one cause, no reason.",
            ),
        ),
        P("Avfallsverksamheten håller budget.", BP("Avfall")),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gator och vägar (–2 300 tkr)",
            "Asfaltspriserna har stigit kraftigt sedan budgeten lades, och två broreparationer som inte var "
            "planerade har fått genomföras efter vårflödet.",
            C(
                "Gator och vägar",
                "–2 300 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="Bridge repairs are ovrigt.",
            ),
        ),
        HP(
            "Vinterväghållning (–1 600 tkr)",
            "Den snörika inledningen av året med många plogtillfällen i januari och februari gör att kostnaderna "
            "redan efter augusti nästan motsvarar helårsbudgeten.",
            C("Vinterväghållning", "–1 600 tkr", "-", "ovrigt", note="Snow is ovrigt."),
        ),
        HP(
            "Parker och grönytor (250 tkr)",
            "Parkverksamheten visar ett litet överskott eftersom en säsongsanställning inte tillsattes.",
            C("Parker och grönytor", "250 tkr", "+", "vakanser"),
        ),
        HP(
            "Fastighetsförvaltning (–900 tkr)",
            "En vattenskada i en förskola i Sörberge täcks inte fullt ut av försäkringen, och el- och "
            "värmekostnaderna har ökat. Av underskottet avser 550 tkr vattenskadan.",
            C(
                "Fastighetsförvaltning",
                "–900 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The heading's amount: '550 tkr' is a part.",
            ),
        ),
        HP(
            "Bygglov och planering (600 tkr)",
            "Intäkterna från bygglov och planavgifter blir högre än budgeterat tack vare flera stora detaljplaner.",
            C("Bygglov och planering", "600 tkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Administration (800 tkr)",
            "Överskottet beror på en vakant tjänst som GIS-ingenjör och lägre kostnader för konsulter än beräknat.",
            C("Administration", "800 tkr", "+", "vakanser", "inhyrd_personal"),
        ),
        P(
            "Jämfört med prognosen i april har underskottet ökat med 700 tkr, vilket främst beror på "
            "broreparationerna.",
            F(None, "700 tkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget uppgår till 42,5 mnkr och prognosen till 30,0 mnkr. Avvikelsen på 12,5 mnkr "
            "beror på att ombyggnaden av gång- och cykelbanan längs Sundsvallsvägen har försenats.",
            C("Investeringar", "12,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Renoveringen av reningsverkets slambehandling beräknas däremot bli 3,2 mnkr dyrare än projektbudgeten "
            "till följd av högre entreprenadpriser.",
            C(
                "Slambehandling reningsverket",
                "3,2 mnkr",
                "-",
                "prisokningar",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "För att minska underskottet skjuts beläggningsarbeten på lokalgator för 1,0 mnkr till 2026.",
            A("Gator och vägar", "1,0 mnkr"),
        ),
        P(
            "Osäkerheten inför vintersäsongen är stor. En normal november och december ryms inte i den kvarvarande "
            "budgeten för vinterväghållning.",
            O("Vinterväghållning", "ovrigt", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="timra-sbn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Samhällsbyggnadsnämnden", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
