"""Investments as the rules read them: spending set against the budget, spending so far and the year's forecast
it belongs to, projects' own figures and names."""

from pathlib import Path

import pytest
from pdf_builder import ReportSpec, build_report, extracted_causes

from extract.pipeline import extract_report


@pytest.mark.parametrize(
    ("sentence", "sek"),
    [
        ("Av investeringsbudgeten på 46,5 mnkr beräknas 31,0 mnkr att användas.", 15_500_000),
        ("Nämndens investeringar uppgick till 14,4 mnkr av budgeterade 15,0 mnkr.", 600_000),
        ("Investeringsbudgeten på 18,5 mnkr bedöms förbrukas till knappt hälften.", None),
        ("Nämnden hade en investeringsbudget på 48,6 mnkr för 2025 och förbrukade 35,2 mnkr.", 13_400_000),
    ],
)
def test_investment_spending_set_against_its_budget_is_a_cause(
    tmp_path: Path, sentence: str, sek: int | None
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        ("p", f"{sentence} Ombyggnaden av Storgatan har senarelagts till 2027 i väntan på ledningsarbeten."),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Tranås kommun · Samhällsbyggnadsnämnden")
    assert "investment" in cause.flags
    assert (abs(cause.amount_sek) if cause.amount_sek is not None else None) == sek


def test_investment_money_spent_so_far_is_a_level_that_belongs_to_the_years_forecast_after_it(
    tmp_path: Path,
) -> None:
    """ "Av årets investeringsbudget på 214 mnkr har 71 mnkr använts under perioden." states a level: with the
    year's forecast after it, one cause whose amount is the budget less the forecast (never written out);
    before another project's overrun, an other statement of its own."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Av årets investeringsbudget på 214 mnkr har 71 mnkr använts under perioden. Helårsprognosen är "
            "148 mnkr, och avvikelsen förklaras av att byggstarten för den nya förskolan har flyttats till 2026.",
        ),
        ("h2", "Investeringar inom fritid"),
        (
            "p",
            "Av investeringsbudgeten på 7,2 mnkr har 1,1 mnkr förbrukats till och med juni. Bytet av konstgräs "
            "på idrottsplatsen beräknas kosta 0,7 mnkr mer än budgeterat, eftersom upphandlingen gav ett högre pris.",
        ),
    ]
    spec = ReportSpec(
        title="Delårsrapport augusti 2025", header="Härnösands kommun · Kommunstyrelsen", blocks=blocks
    )
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    year = next(e for e in found if e.text.startswith("Av årets investeringsbudget"))
    assert (year.kind, year.amount_sek, year.direction) == ("cause", 66_000_000, "positive")
    assert "Helårsprognosen är 148 mnkr" in year.text
    so_far = next(e for e in found if e.text.startswith("Av investeringsbudgeten på 7,2"))
    assert so_far.kind == "other" and "konstgräs" not in so_far.text
    overrun = next(e for e in found if e.text.startswith("Bytet av konstgräs"))
    assert (overrun.kind, overrun.amount_sek) == ("cause", -700_000)


def test_a_projects_own_overrun_after_the_total_is_an_item_of_its_own(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "För helåret prognostiseras 390 mnkr, vilket är 85 mnkr lägre än investeringsbudgeten. Den nya "
            "reservvattenledningen blir cirka 40 mnkr dyrare än projektbudgeten, eftersom markförhållandena krävde "
            "en annan förläggningsmetod.",
        ),
        ("h2", "Projekt"),
        (
            "p",
            "Ombyggnaden av simhallen blir dyrare än beräknat. Slutkostnaden bedöms överskrida projektbudgeten "
            "med 9,5 mnkr, på grund av fuktskador.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Norrvatten · Direktionen")
    assert [(c.text.split()[0], c.amount_sek) for c in causes] == [
        ("För", 85_000_000),
        ("Den", -40_000_000),
        ("Ombyggnaden", -9_500_000),  # one figure: one item
    ]


def test_a_projects_overrun_after_projects_named_with_bracketed_figures_is_its_own_item(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Lägst upparbetning har Pilängens skola (-38 mnkr) och Bjärreds centrumstråk (-19 mnkr), eftersom "
            "upphandlingarna har tagit längre tid än planerat. Omvänt beräknas strandpromenaden överskrida "
            "projektbudgeten med 4,5 mnkr sedan markföroreningar påträffats.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Lomma kommun · Kommunstyrelsen")
    assert [(c.text.split()[0], c.amount_sek) for c in causes][-1] == ("Omvänt", -4_500_000)
    # each project named with its figure in brackets is an item of its own
    assert [(c.area, abs(c.amount_sek or 0)) for c in causes[:-1]] == [
        ("Pilängens skola", 38_000_000),
        ("Bjärreds centrumstråk", 19_000_000),
    ]


def test_investment_spending_so_far_said_in_a_sentence_of_its_own_joins_the_years_forecast(
    tmp_path: Path,
) -> None:
    """The budget, then the spending so far without the word investment, then the year's forecast: one item,
    whose amount is the part the year leaves unspent."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Investeringsbudgeten för 2026 uppgår till 48 mkr. Efter april har 9 mkr förbrukats. Helårsprognosen "
            "är 40 mkr, och de 8 mkr som inte beräknas förbrukas avser främst den nya brandstationen.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Hofors kommun · Kommunstyrelsen")
    assert cause.text.startswith("Investeringsbudgeten för 2026") and "brandstationen" in cause.text
    assert (cause.amount_sek, cause.direction) == (8_000_000, "positive")


def test_a_projects_own_overrun_under_the_investment_heading_names_the_project(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Investeringarna väntas uppgå till 42,0 mnkr, vilket är 8,5 mnkr lägre än investeringsbudgeten.",
        ),
        (
            "p",
            "Bron över Ljusnan blev 1,5 mnkr dyrare än kalkylen, eftersom grundläggningen krävde mer pålning.",
        ),
        ("p", "Omvänt beräknas den nya förskolan överskrida projektbudgeten med 0,5 mnkr."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Ljusdals kommun · Samhällsbyggnadsnämnden")
    areas = {c.text.split()[0]: c.area for c in causes}
    assert areas["Investeringarna"].startswith("Investering")  # the whole, not a project
    assert areas["Bron"] == "Bron över Ljusnan"
    assert areas["Omvänt"] != "Omvänt"  # an adverb that opens the sentence names nothing


def test_a_project_named_after_its_budget_or_as_projektet_för_is_the_area(tmp_path: Path) -> None:
    """Under "Investeringar": the project after a sentence that only states the budget; "Projektet för ny X …" names
    X; a project's overrun with its figure is a cause however the kind model reads it."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Nämndens investeringsbudget är 36,0 mnkr. Ombyggnaden av simhallens reningsverk blir 1,9 mnkr dyrare "
            "än planerat på grund av högre entreprenadpriser.",
        ),
        (
            "p",
            "Projektet för ny gång- och cykelbana längs Storgatan beräknas överskrida sin projektbudget med 2,4 "
            "mnkr, eftersom förorenade massor påträffades.",
        ),
        (
            "p",
            "Utbytet av nätverksutrustning i skolorna blir 0,6 mnkr dyrare än planerat, vilket ryms genom att "
            "utbytet av servrar skjuts upp till 2027.",
        ),
        (
            "p",
            "Gång- och cykelbron vid Ån har däremot kostat 1,3 mnkr mer än beräknat på grund av svåra grundförhållanden.",
        ),
        (
            "p",
            "Den största avvikelsen finns i projektet Skola Östra Ängen, där 18 mnkr flyttas till 2027 sedan bygglovet "
            "överklagats.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Tekniska nämnden")
    assert [(c.area, c.amount_sek) for c in causes] == [
        ("Ombyggnaden av simhallens reningsverk", -1_900_000),
        ("Gång- och cykelbana längs Storgatan", -2_400_000),
        ("Utbytet av nätverksutrustning i skolorna", -600_000),
        ("Gång- och cykelbron vid Ån", -1_300_000),
        ("Skola Östra Ängen", 18_000_000),
    ]


def test_spending_per_a_month_is_spending_so_far_and_joins_what_the_whole_budget_will_do(
    tmp_path: Path,
) -> None:
    """ "… har 1,1 mnkr förbrukats per april" is spending so far (no deviation of 6,1 mnkr against the budget of 7,2);
    a project's own under-spend after it is the item's figure, and "Hela budgeten beräknas användas …" after it is
    the year's forecast it belongs to."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Av investeringsbudgeten på 8,4 mnkr har 1,3 mnkr förbrukats per april. Upprustningen av "
            "motionsspåret i Lagan skjuts till 2027 och ger ett överskott på 1,6 mnkr.",
        ),
        ("h2", "Investeringar inom skolan"),
        (
            "p",
            "Av nämndens investeringsbudget på 3,5 mnkr har 0,6 mnkr förbrukats per augusti. Hela budgeten beräknas "
            "användas under hösten, när möbler till den nya skolan levereras.",
        ),
    ]
    spec = ReportSpec(
        title="Tertialrapport 1 2026", header="Ljusdals kommun · Kultur- och fritidsnämnden", blocks=blocks
    )
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    assert all(e.amount_sek != 7_100_000 for e in found)
    project = next(e for e in found if "motionsspåret" in e.text)
    assert (project.kind, project.amount_sek) == ("cause", 1_600_000)
    whole = next(e for e in found if "Hela budgeten" in e.text)
    assert whole.text.startswith("Av nämndens investeringsbudget") and whole.amount_sek is None


def test_spending_so_far_joins_a_sentence_that_says_what_the_year_comes_to_against_the_budget(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Av nämndens investeringsbudget på 4,1 mnkr har 1,2 mnkr använts till och med augusti. Ombyggnaden av "
            "sporthallen skjuts till 2026, och helåret beräknas därför underskrida budgeten med 2,4 mnkr.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Kungsörs kommun · Kultur- och fritidsnämnden")
    assert cause.text.startswith("Av nämndens investeringsbudget") and cause.amount_sek == 2_400_000


def test_a_project_spending_less_than_budgeted_after_the_investment_total_is_an_item_of_its_own(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Investeringsbudgeten för 2026 uppgår till 380 mnkr. Prognosen är att 290 mnkr används under året, vilket "
            "innebär att 90 mnkr inte förbrukas. Bygget av den nya förskolan i Norrfjärden har försenats av ett "
            "överklagat bygglov och beräknas förbruka 37 mnkr mindre än budgeterat i år.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Luleå kommun · Kommunstyrelsen")
    assert [c.amount_sek for c in causes] == [90_000_000, 37_000_000]


def test_money_left_at_the_years_end_after_the_spending_so_far_is_the_deviation(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Av investeringsbudgeten på 5,0 mnkr har 1,4 mnkr använts till och med oktober, och prognosen är att "
            "3,1 mnkr blir kvar vid årets slut eftersom bytet av larm på ett särskilt boende har flyttats till 2026.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Kramfors kommun · Socialnämnden")
    assert (cause.kind, cause.amount_sek, cause.direction) == ("cause", 3_100_000, "positive")
