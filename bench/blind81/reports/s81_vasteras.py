"""Västerås stad, Grundskolenämnden, tjänsteskrivelse om ekonomisk uppföljning efter mars 2026.

A cover letter (tjänsteskrivelse) dated in April for the period to March, in DejaVu Serif: a decision
proposal (unlabelled), the full year "underskott på 14,2 mnkr (-11,6 mnkr i februari)" with last month's
figure in brackets, the reasons in a paragraph of their own (amount null); headings with a hyphen-minus that
carry the area and amount ("Kommunala grundskolor -9,8 mnkr", "Fristående skolor och interkommunala
ersättningar +1,9 mnkr") over reason-only paragraphs; a worsening since February with its cause (a forecast
change); an action with an effect in the autumn; pupil numbers against last year and a financing statement
(others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(74.0, 82.0, 74.0, 78.0),
        header=lambda n, m: ("Västerås stad", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "Datum 2026-04-08", "Dnr GSN 2026-00071"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning efter mars 2026", size=16, font="serif-bold", after=2),
        Title("Grundskolenämnden", size=11.5, font="serif-italic", after=12),
        H("Förslag till beslut", 2),
        P("Grundskolenämnden godkänner den ekonomiska uppföljningen efter mars 2026."),
        H("Ärendebeskrivning", 2),
        P(
            "Grundskolenämnden prognostiserar ett underskott på 14,2 mnkr (-11,6 mnkr i februari) för 2026.",
            C(None, "14,2 mnkr", "-", note="Last month's figure in brackets is not the amount."),
        ),
        P(
            "Underskottet finns i huvudsak hos de kommunala skolenheterna, som har fler anställda än elevpengen "
            "räcker till, och i skolskjutsarna.",
            C(
                None,
                None,
                "-",
                "bemanning",
                note="The reasons for the total in a paragraph of their own: amount null.",
            ),
        ),
        H("Ekonomisk analys per område", 2),
        HP(
            "Kommunala grundskolor -9,8 mnkr",
            "Flera skolenheter har inte anpassat bemanningen efter ett minskat elevantal, och 23 nyanlända elever har "
            "tagits emot sedan januari utan motsvarande tilläggsbelopp.",
            C("Kommunala grundskolor", "-9,8 mnkr", "-", "bemanning", "volymer"),
        ),
        HP(
            "Skolskjuts -3,1 mnkr",
            "Det nya avtalet för skolskjutsar som gäller sedan januari är dyrare än det tidigare. Dessutom har fler "
            "elever fått beslut om anpassad skolskjuts.",
            C("Skolskjuts", "-3,1 mnkr", "-", "prisokningar", "volymer"),
        ),
        HP(
            "Anpassad grundskola -2,4 mnkr",
            "Två elever med omfattande behov har under våren placerats i skolor i andra kommuner.",
            C("Anpassad grundskola", "-2,4 mnkr", "-", "kopt_verksamhet"),
        ),
        HP(
            "Fristående skolor och interkommunala ersättningar +1,9 mnkr",
            "Färre elever än budgeterat går i fristående skolor, vilket ger lägre utbetalningar av skolpeng.",
            C(
                "Fristående skolor och interkommunala ersättningar",
                "+1,9 mnkr",
                "+",
                "volymer",
                "kopt_verksamhet",
            ),
        ),
        HP(
            "Nämnd och förvaltning -0,8 mnkr",
            "Licenserna för den nya lärplattformen har fakturerats för hela året redan i januari.",
            C("Nämnd och förvaltning", "-0,8 mnkr", "-", "it_digitalisering", "periodisering"),
        ),
        H("Förändring jämfört med februari", 2),
        P(
            "Prognosen har försämrats med 2,6 mnkr sedan februari. Försämringen beror på skolskjutsarna och på att "
            "statsbidraget för lärarassistenter blev lägre än vad förvaltningen hade sökt.",
            F(None, "2,6 mnkr", "-", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "Rektorerna vid de sju skolenheter som har störst underskott ska ta fram handlingsplaner före den 15 maj. "
            "Förvaltningen bedömer att planerna kan minska underskottet med 3 mnkr under hösten.",
            A("Kommunala grundskolor", "3 mnkr", "bemanning"),
        ),
        H("Elevutveckling och finansiering", 2),
        P(
            "Elevantalet i de kommunala skolorna är 214 färre än i mars förra året.",
            O("Kommunala grundskolor", note="Pupils against the previous year: other."),
        ),
        P(
            "Nämnden har inget eget kapital att använda för att täcka underskottet.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="vasteras-gsn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": ["Västerås", "Västerås stad"],
            "committee": ["Grundskolenämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning efter mars 2026",
            "author": "Västerås stad",
        },
        style=style,
        blocks=blocks,
    )
