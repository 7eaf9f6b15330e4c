"""Enköpings kommun, Kommunstyrelsen, tjänsteskrivelse: uppföljning av borgensåtaganden 2025.

A tjänsteskrivelse on the kommun's guarantees for its companies' loans, which is no budget follow-up at all:
full of amounts, "beror på", "mer än", "lägre än planerat" and the companies' own budgets, with no deviation
of the kommun's budget. Seven `other` items: the guarantees against a year earlier, the room within the
guarantee frame, the guarantee fees against 2024, one company's loans that fell with "beror på", the
companies' interest costs "högre än i bolagens egna budgetar" (about someone else), an interest-rate risk and
the internal bank's borrowing "lägre än planerat" with "beror på" (a borrowing plan, not a budget); the
decision proposal, the background and the table per company are unlabelled. The document has no cause.
Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented, the three companies included.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.5,
        heading_sizes=(15.0, 12.5, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("Enköpings kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Kommunledningsförvaltningen 2026-03-11", "Dnr KS2026/214", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Borgensåtaganden per bolag den 31 december, mnkr",
        header=(("Bolag", "2024", "2025", "Förändring"),),
        rows=(
            ("Åkerbyhus AB", "2 184", "2 530", "346"),
            ("Sagån Energi AB", "1 236", "1 196", "-40"),
            ("Lokalbolaget i Enköping AB", "548", "528", "-20"),
            ("Övriga", "58", "58", "0"),
            ("Summa", "4 026", "4 312", "286"),
        ),
        widths=(210.0, 66.0, 66.0, 76.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av kommunens borgensåtaganden 2025", size=17, font="times-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna uppföljningen av kommunens "
            "borgensåtaganden per den 31 december 2025."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunens samlade borgensåtaganden uppgick vid årsskiftet till 4 312 mnkr, vilket är 286 mnkr mer än ett "
            "år tidigare. Ökningen beror på att bostadsbolaget Åkerbyhus har tagit upp nya lån för nyproduktionen av "
            "hyresrätter i Myran och Bredsand.",
            O(None, note="Guarantees against the previous year, with 'beror på': other."),
        ),
        P(
            "Den borgensram som fullmäktige beslutade för 2025 är 4 800 mnkr. Utrymmet inom ramen var därmed 488 "
            "mnkr vid årets slut.",
            O(None, note="A frame and the room within it: other."),
        ),
        H("Bakgrund", 2),
        P(
            "Kommunen går i borgen för de kommunala bolagens lån enligt finanspolicyn. Borgen tecknas som "
            "proprieborgen och prövas av fullmäktige varje år, tillsammans med en ram per bolag."
        ),
        table,
        H("Borgensavgifter", 2),
        P(
            "Kommunen tar ut en borgensavgift på 0,4 procent av bolagens lånevolym. Intäkterna från borgensavgifter "
            "blev 16,9 mnkr, vilket är 1,2 mnkr mer än 2024.",
            O(None, note="Fee revenue against the previous year, not against a budget: other."),
        ),
        H("Bolagens lån och räntor", 2),
        P(
            "Sagån Energi AB:s lån har minskat med 40 mnkr, vilket beror på amorteringar enligt bolagets plan.",
            O("Sagån Energi AB", note="A company's loans, with 'beror på': other (about someone else)."),
        ),
        P(
            "Den genomsnittliga räntan på bolagens lån steg till 2,9 procent. Bolagens räntekostnader blev därmed 18 "
            "mnkr högre än i bolagens egna budgetar.",
            O(None, note="The companies' costs against their own budgets: a statement about someone else."),
        ),
        P(
            "En ränteuppgång med en procentenhet skulle öka bolagens räntekostnader med cirka 43 mnkr per år.",
            O(None, note="A risk."),
        ),
        H("Internbanken", 2),
        P(
            "Internbankens upplåning uppgick till 1 950 mnkr. Att upplåningen blev lägre än planerat beror på att "
            "flera av bolagens byggprojekt har startat senare.",
            O(None, note="Borrowing against a plan, not a budget deviation: other."),
        ),
    ]
    return ReportSpec(
        file="enkoping-ks-uppfoljning-borgensataganden-2025.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Uppföljning av kommunens borgensåtaganden 2025", "author": "Enköpings kommun"},
        style=style,
        blocks=blocks,
    )
