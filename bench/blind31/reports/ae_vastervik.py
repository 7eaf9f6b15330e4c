"""Västerviks kommun, Tekniska nämnden, bokslut 2025.

A technical services committee's year-end report in tkr and mnkr, footer with the nämnd's meeting date and
paragraph number in February: the tax-financed result "ett underskott mot budget på 4,3 mnkr" with its causes in
the next sentence, the outcome against the interim report's forecast; a table whose deviations are budget minus
outcome with an en dash and a space as minus ("– 4 100") and a row with no comment; then plain headings with
amounts in new shapes: "belastade resultatet med 4,1 mnkr utöver budget" followed by a normal year's level in the
same paragraph (its own item, other), "lämnar ett överskott på 1,2 mnkr" (postponed paving), guest nights that
are a volume inside "redovisar ett överskott på 1,4 mnkr trots att …", price rates of 6 and 2 percent before
"gick verksamheten 1,9 mnkr back", "ett resultat i balans" (boilerplate), a reason-only property row (the
table's "– 2 600"); fee-financed water and waste whose surplus and deficit are followed by the resultatfond
(others); investments as two levels with a "varav" part ("118,6 mnkr, att jämföra med en budget på 163,0 mnkr.
Av skillnaden avser 29,0 mnkr": the 44,4 mnkr never written), a quay "3,2 mnkr dyrare än projektbudgeten"; a
budget request for next year (other). 10 scored causes. DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Västerviks kommun", "Bokslut 2025 – Tekniska nämnden"),
        footer=lambda n, m: ("Tekniska nämnden 2026-02-19", "§ 14", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, skattefinansierad verksamhet, tkr (avvikelse = budget − utfall)",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "12 600", "10 900", "1 700"),
            ("Gata och park", "38 400", "37 200", "1 200"),
            ("Vinterväghållning", "7 000", "11 100", "– 4 100"),
            ("Hamnar och farleder", "3 900", "2 500", "1 400"),
            ("Måltidsservice", "4 200", "6 100", "– 1 900"),
            ("Lokalvård", "1 100", "1 100", "0"),
            ("Fastighetsförvaltning", "21 800", "24 400", "– 2 600"),
            ("Summa", "89 000", "93 300", "– 4 300"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="cond-bold", after=2),
        Title("Tekniska nämnden", size=13, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Tekniska nämnden redovisar för 2025 ett underskott mot budget på 4,3 mnkr för den skattefinansierade "
            "verksamheten. Det beror till största delen på vintern och på akuta fastighetsreparationer.",
            C(None, "4,3 mnkr", "-", "ovrigt", note="Snow and acute repairs after water damage: ovrigt."),
        ),
        P(
            "Resultatet blev 1,8 mnkr sämre än prognosen i delårsrapporten, framför allt på grund av snöovädret i "
            "december.",
            F(None, "1,8 mnkr", "-", "ovrigt"),
        ),
        table,
        H("Skattefinansierad verksamhet", 2),
        H("Vinterväghållning", 3),
        PS(
            (
                "Vintern var ovanligt snörik i både januari och december. Snöröjning och halkbekämpning belastade "
                "resultatet med 4,1 mnkr utöver budget.",
                C("Vinterväghållning", "4,1 mnkr", "-", "ovrigt"),
            ),
            (
                "Ett normalår kostar vinterväghållningen omkring 7 mnkr, vilket motsvarar budgeten.",
                O("Vinterväghållning", note="A normal year's level after the cause: its own item."),
            ),
        ),
        H("Gata och park", 3),
        P(
            "Gata och park lämnar ett överskott på 1,2 mnkr. Asfaltpriserna steg kraftigt under våren, och därför "
            "genomfördes beläggningsprogrammet i mindre omfattning än planerat. Resterande sträckor beläggs 2026.",
            C(
                "Gata och park",
                "1,2 mnkr",
                "+",
                "periodisering",
                "prisokningar",
                note="Paving postponed because asphalt prices rose: a timing surplus.",
            ),
        ),
        H("Hamnar och farleder", 3),
        P(
            "Gästhamnen hade sin bästa säsong på tio år med 14 200 gästnätter, och hamnverksamheten redovisar ett "
            "överskott på 1,4 mnkr trots att muddringen vid Skeppsbrokajen blev dyrare än beräknat.",
            C(
                "Hamnar och farleder",
                "1,4 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="14 200 guest nights are a volume, not the amount.",
            ),
        ),
        H("Måltidsservice", 3),
        P(
            "Livsmedelspriserna låg i genomsnitt 6 procent över den nivå som budgeten bygger på. Eftersom "
            "portionspriserna till skolor och äldreomsorg bara räknades upp med 2 procent gick verksamheten 1,9 mnkr "
            "back.",
            C("Måltidsservice", "1,9 mnkr", "-", "prisokningar", note="The percentages are price rates."),
        ),
        H("Lokalvård", 3),
        P("Lokalvården redovisar ett resultat i balans.", BP("Lokalvård")),
        H("Fastighetsförvaltning", 3),
        P(
            "Flera skolor och förskolor har drabbats av vattenskador som krävt akuta reparationer utöver "
            "underhållsplanen. Elkostnaderna blev däremot lägre än befarat efter ett milt höstväder och lägre "
            "spotpriser.",
            C(
                "Fastighetsförvaltning",
                "– 2 600",
                "-",
                "ovrigt",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the table row, written with an en dash and a space.",
            ),
        ),
        H("Avgiftsfinansierad verksamhet", 2),
        PS(
            (
                "VA-verksamheten redovisar ett överskott mot budget på 3,6 mnkr, främst till följd av högre "
                "anslutningsavgifter från nybyggnationen i Gertrudsvik och lägre kapitalkostnader när investeringar "
                "har försenats.",
                C("Vatten och avlopp", "3,6 mnkr", "+", "avgifter_intakter", "periodisering"),
            ),
            (
                "Överskottet förs till VA-kollektivets resultatfond och påverkar inte nämndens resultat.",
                O("Vatten och avlopp", "reserver", note="Where the surplus goes: financing, its own item."),
            ),
        ),
        PS(
            (
                "Renhållningen går med ett underskott på 0,8 mnkr, eftersom behandlingsavgiften för hushållsavfall vid "
                "förbränningsanläggningen höjdes med 11 procent från februari.",
                C("Renhållning", "0,8 mnkr", "-", "prisokningar"),
            ),
            (
                "Underskottet täcks av tidigare års överskott i resultatfonden.",
                O("Renhållning", "reserver", note="Financing of the deficit."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 118,6 mnkr, att jämföra med en budget på 163,0 mnkr. Av skillnaden "
            "avser 29,0 mnkr den nya överföringsledningen till Gunnebo, där entreprenaden kom i gång först i oktober.",
            C(
                "Investeringar",
                "118,6 mnkr, att jämföra med en budget på 163,0 mnkr",
                "+",
                "periodisering",
                value=44_400_000,
                note="Two levels: the 44,4 mnkr under-spend is never written out, the computed value. 29,0 mnkr is "
                "a part (varav).",
            ),
        ),
        P(
            "Ombyggnaden av kajen vid Slottsholmen blev 3,2 mnkr dyrare än projektbudgeten på grund av sämre "
            "markförhållanden än förväntat.",
            C("Kajen vid Slottsholmen", "3,2 mnkr", "-", "ovrigt", note="Investment overrun: negative."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har begärt att budgeten för vinterväghållning från 2026 räknas upp till genomsnittet av de "
            "senaste fem årens kostnader, vilket innebär ett tillskott på 1,6 mnkr.",
            O("Vinterväghållning", note="A budget request for next year: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-tn-bokslut-2025.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Tekniska nämnden", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
