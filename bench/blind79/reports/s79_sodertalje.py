"""Södertälje kommun, Tekniska nämnden, tertialrapport 1 2026.

A technical committee's tertial report in "miljoner kronor", footer with the meeting date in May: the full year
"underskott om 6,3 miljoner kronor" and the period "negativ avvikelse om 4,1 miljoner kronor mot periodiserad
budget" with its cause in two sentences (two items), the change since February with its cause, a table in tkr whose deficits carry a trailing minus ("4
800-"), then headings that carry the area and the amount after a comma ("Gata och trafik, −4,8 mnkr"), a
parking surplus whose paragraph ends in a risk sentence (other), a plain heading whose paragraph names the area
as its subject with a budgeted percentage that is not the amount, two areas as a "respektive" pair with one
reason each; two actions (one without an amount), investments "212 miljoner kronor mot en budget på 265
miljoner kronor" (53 never written out), a bridge "överskrida sin projektbudget med 7,5 miljoner kronor" and a
risk. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Södertälje kommun", "Tekniska nämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Nämndens sammanträde 2026-05-26", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (negativ avvikelse anges med minustecken efter beloppet)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "6 800", "6 500", "300"),
            ("Gata och trafik", "98 400", "103 200", "4 800-"),
            ("Park och natur", "41 200", "41 900", "700-"),
            ("Parkering", "-12 500", "-14 100", "1 600"),
            ("Måltidsservice", "162 000", "164 900", "2 900-"),
            ("Mark och exploatering", "3 100", "2 900", "200"),
            ("Summa", "299 000", "305 300", "6 300-"),
        ),
        widths=(170.0, 85.0, 85.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=3),
        Title("Tekniska nämnden", size=12.5, font="serif", after=14),
        H("Ekonomisk sammanfattning", 1),
        Para(
            (
                (
                    "Tekniska nämnden prognostiserar för helåret ett underskott om 6,3 miljoner kronor mot budget.",
                    C(None, "6,3 miljoner kronor", "-", note="The full year, no reason in its sentence."),
                ),
                (
                    "Utfallet till och med april visar en negativ avvikelse om 4,1 miljoner kronor mot periodiserad "
                    "budget, vilket till största delen förklaras av vinterväghållningen.",
                    C(
                        None,
                        "4,1 miljoner kronor",
                        "-",
                        "ovrigt",
                        note="The period in its own sentence. Snow is ovrigt.",
                    ),
                ),
            )
        ),
        P(
            "Jämfört med årets första prognos i februari har helårsprognosen försämrats med 2,2 miljoner kronor, "
            "helt till följd av vinterns kostnader.",
            F(None, "2,2 miljoner kronor", "-", "ovrigt", note="Winter costs are ovrigt."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gata och trafik, −4,8 mnkr",
            "Vintern blev kall och snörik med många halkbekämpningstillfällen i januari och februari, och "
            "vinterväghållningen har redan i april förbrukat 118 procent av årsbudgeten. Därtill kommer högre "
            "kostnader för gatubelysningens elförbrukning sedan det fasta elpriset i det tidigare avtalet löpte ut.",
            C("Gata och trafik", "−4,8 mnkr", "-", "ovrigt", "prisokningar", note=HEAD),
        ),
        HP(
            "Park och natur, −0,7 mnkr",
            "Stormen i början av mars orsakade omfattande trädfällning i tätortsnära skog, och röjningen har till "
            "stor del gjorts av upphandlade entreprenörer.",
            C("Park och natur", "−0,7 mnkr", "-", "ovrigt", note=HEAD + " Storm damage is ovrigt."),
        ),
        Para(
            (
                (
                    "Intäkterna från parkeringsavgifter ökar efter taxehöjningen i januari och fler betalande "
                    "besökare i centrum.",
                    C("Parkering", "+1,6 mnkr", "+", "avgifter_intakter", "volymer", note=HEAD),
                ),
                (
                    "Intäkterna är dock känsliga för hur handeln i centrum utvecklas under året.",
                    O("Parkering", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Parkering, +1,6 mnkr",
            head_level=3,
        ),
        H("Måltidsservice", 3),
        P(
            "Måltidsservice beräknas gå 2,9 miljoner kronor sämre än budget. Livsmedelspriserna har stigit mer än de "
            "2 procent som budgeten räknade med, och sjukfrånvaron bland kockarna har krävt timanställda vikarier.",
            C(
                "Måltidsservice",
                "2,9 miljoner kronor",
                "-",
                "prisokningar",
                "sjukfranvaro",
                "vikarier",
                note="The budgeted percentage is not the amount.",
            ),
        ),
        H("Nämnd och ledning samt mark och exploatering", 3),
        P(
            "Nämnd och ledning samt mark och exploatering visar små överskott om 0,3 respektive 0,2 miljoner kronor, "
            "det förra genom en vakant controllertjänst och det senare genom högre arrendeintäkter.",
            C(
                "Nämnd och ledning",
                "0,3",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with one reason each: two items, each with its own tag.",
                also=(C("Mark och exploatering", "0,2 miljoner kronor", "+", "avgifter_intakter"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att senarelägga delar av beläggningsprogrammet och att minska "
            "sommarplanteringarna, vilket beräknas förbättra resultatet med 1,5 miljoner kronor.",
            A(None, "1,5 miljoner kronor"),
        ),
        P(
            "Måltidsservice ser över menyerna för att minska andelen dyra råvaror.",
            A("Måltidsservice", None, "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen uppgår till 212 miljoner kronor mot en budget på 265 miljoner kronor. Avvikelsen "
            "beror främst på att upprustningen av en av stadens huvudgator och ett större byte av "
            "belysningsarmaturer har förskjutits till 2027.",
            C(
                "Investeringar",
                "212 miljoner kronor mot en budget på 265 miljoner kronor",
                "+",
                "periodisering",
                value=53_000_000,
                note="Under-spending of 53 miljoner kronor never written out: the computed value.",
            ),
        ),
        P(
            "Projektet Gångbron vid Slussholmen beräknas överskrida sin projektbudget med 7,5 miljoner kronor till "
            "följd av högre stålpriser och nya krav på grundläggningen.",
            C(
                "Gångbron vid Slussholmen",
                "7,5 miljoner kronor",
                "-",
                "prisokningar",
                "ovrigt",
                note="A project's overrun.",
            ),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter en normal vinter under november och december. En snörik höst kan försämra "
            "resultatet med ytterligare 2–3 miljoner kronor.",
            O("Gata och trafik", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="sodertalje-tn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Södertälje",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Tekniska nämnden", "author": "Södertälje kommun"},
        style=style,
        blocks=blocks,
    )
