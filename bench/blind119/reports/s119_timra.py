"""Timrå kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report, footer dated at the nämnd's February meeting, set in
DejaVu Serif Condensed 10 pt: the result "ett överskott på 610 tkr jämfört med budget", then the interim
forecast and "1 010 tkr bättre än prognosen" with its reason (a forecast change); the result table pasted as
an image (no text layer: every amount lives in the prose); bold run-in verksamheter ending in a colon with
the amount in varied places ("gav ett överskott på 410 tkr", "Nettokostnaden blev därför 230 tkr högre än
budget" after the reason, "Underskottet på 290 tkr beror …", "överskred budget med 180 tkr", "ett överskott
på drygt hundra tusen kronor" in words, "förklarar överskottet på 530 tkr"), a reason-only surplus whose
amount lives only in the image (amount null) and "följer budget" (boilerplate); investments "1,3 mkr
återstår" with the request to carry them over in a sentence of its own (other), and visitor numbers against
2024 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Timrå kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Kultur- och fritidsnämnden 2026-02-17", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "3 850", "3 320", "530"),
            ("Bibliotek", "7 900", "7 900", "0"),
            ("Ungdomsverksamhet", "4 600", "4 340", "260"),
            ("Idrottsanläggningar", "11 200", "10 790", "410"),
            ("Simhall", "5 300", "5 530", "-230"),
            ("Kulturskola", "4 100", "4 390", "-290"),
            ("Föreningsbidrag", "2 600", "2 780", "-180"),
            ("Evenemang", "1 150", "1 040", "110"),
            ("Summa", "40 700", "40 090", "610"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="serif-cond", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på 610 tkr jämfört med budget.",
            C(None, "610 tkr", "+"),
        ),
        P(
            "I delårsrapporten prognostiserades ett underskott på 400 tkr, och resultatet blev därmed 1 010 tkr "
            "bättre än prognosen. Förbättringen beror främst på lägre energikostnader under hösten.",
            F(None, "1 010 tkr", "+", "prisokningar", note="The outcome against the interim forecast."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Idrottsanläggningar:",
            "Lägre elpriser än budgeterat och en mild november gav ett överskott på 410 tkr.",
            C("Idrottsanläggningar", "410 tkr", "+", "prisokningar", "ovrigt", note="Mild weather: ovrigt."),
        ),
        LP(
            "Simhallen:",
            "Badet var stängt i sju veckor under hösten efter ett haveri i reningsanläggningen. Nettokostnaden blev "
            "därför 230 tkr högre än budget, eftersom de uteblivna entréintäkterna bara delvis vägdes upp av lägre "
            "personalkostnader.",
            C(
                "Simhall",
                "230 tkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                note="A breakdown closing the pool: ovrigt. The net deviation is the amount.",
            ),
        ),
        LP(
            "Kulturskolan:",
            "Underskottet på 290 tkr beror främst på vikariekostnader under en lärares långtidssjukskrivning.",
            C("Kulturskola", "290 tkr", "-", "vikarier", "sjukfranvaro"),
        ),
        LP(
            "Ungdomsverksamhet:",
            "Fritidsgården i Söråker hölls stängd under våren för renovering, vilket gav lägre personal- och "
            "driftkostnader än planerat.",
            C(
                "Ungdomsverksamhet",
                None,
                "+",
                "ovrigt",
                note="Reason only and the table is an image: amount null. A closure for renovation: ovrigt.",
            ),
        ),
        LP(
            "Föreningsbidrag:",
            "Bidragen till föreningslivet överskred budget med 180 tkr, sedan nämnden i juni beviljat ett extra "
            "anläggningsbidrag till en förening vars klubbstuga skadats vid en brand.",
            C("Föreningsbidrag", "180 tkr", "-", "ovrigt"),
        ),
        LP(
            "Evenemang:",
            "Sponsorintäkterna till sommarens marknadsdagar blev högre än väntat, och området visar ett överskott på "
            "drygt hundra tusen kronor.",
            C(
                "Evenemang",
                "drygt hundra tusen kronor",
                "+",
                "avgifter_intakter",
                value=100_000,
                note="An amount in words with 'drygt': the stated figure.",
            ),
        ),
        LP("Bibliotek:", "Verksamheten följer budget.", BP("Bibliotek")),
        LP(
            "Nämnd och administration:",
            "En handläggartjänst var vakant under hela året, vilket förklarar överskottet på 530 tkr.",
            C("Nämnd och administration", "530 tkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Av investeringsbudgeten på 2,4 mkr har 1,1 mkr förbrukats. Bytet av konstgräs på Sörbergevallen har "
                "skjutits upp till 2026 eftersom upphandlingen måste göras om, och 1,3 mkr återstår därför.",
                C("Investeringar", "1,3 mkr", "+", "periodisering", note="An under-spend: positive."),
            ),
            (
                "Nämnden begär att de återstående medlen förs över till 2026.",
                O("Investeringar", note="A request to carry funds over: financing, other."),
            ),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet besök på biblioteken ökade med 8 procent jämfört med 2024, och kulturskolan hade 412 elever vid "
            "årets slut.",
            O(None, "volymer", note="Visitors against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="timra-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
