"""Reading order of a full-width table with a comment column above two columns of prose."""

from extract.page_lines import Line
from extract.reading_order import reading_order


def line(x0: float, y: float, x1: float, text: str) -> Line:
    return Line(1, text, (x0, y, x1, y + 10), 9.5, False)


def test_a_comment_tables_rows_stay_whole_with_their_wrapped_comments_above_two_columns() -> None:
    """ "Verksamhet | Budget | Prognos | Avvikelse | Kommentar": only the header crosses the gutter, the labels
    and two figures lie left of it, the deviation and the comment right of it, and a comment wraps onto lines
    of its own. Each row is read whole with its comment ("Hemtjänst 412 600 421 000 −8 400 Beviljade … hög.")
    instead of the deviations and comments being read as a right column after the prose below."""
    header = [
        line(62, 294, 140, "Verksamhet, tkr"),
        line(195, 294, 230, "Budget"),
        line(245, 294, 336, "Prognos   Avvikelse"),
        line(348, 294, 404, "Kommentar"),
    ]
    comments = {
        "Hemtjänst": ["Beviljade hemtjänsttimmar har ökat med 9", "procent sedan årsskiftet."],
        "Särskilt boende": [
            "Kostnaderna överstiger budget med 5,1",
            "mnkr, främst på grund av sjukfrånvaro",
            "och timvikarier.",
        ],
        "Korttidsvård": ["Lägre beläggning än planerat under våren."],
    }
    rows, y = [], 309.0
    for label, comment in comments.items():
        row = [line(62, y, 128, label), line(195, y, 230, "412 600"), line(249, y, 284, "421 000")]
        row += [
            line(305, y, 336, "−8 400"),
            *(line(348, y + 11.5 * k, 520, c) for k, c in enumerate(comment)),
        ]
        rows.append(row)
        y += 11.5 * len(comment) + 4
    left = [line(62, 520 + 13 * i, 275, f"vänster spalt rad {'abcd'[i]}") for i in range(4)]
    right = [line(309, 520 + 13 * i, 522, f"höger spalt rad {'abcd'[i]}") for i in range(3)]
    lines = [*right, *left, *header, *[cell for row in rows for cell in row]]

    texts = [ln.text for ln in reading_order(lines, 595)]

    assert texts[:4] == [ln.text for ln in header]
    table = [cell.text for row in rows for cell in row]
    assert texts[4 : 4 + len(table)] == table
    assert texts[4 + len(table) :] == [ln.text for ln in [*left, *right]]


def test_a_tables_column_of_figures_in_the_gutter_does_not_cut_the_left_column_of_prose() -> None:
    """A full-width table whose budget column (281–312) lies where the two columns of comments below part
    (left 66–286, right 309–): the gutter is where the fewest lines of words cross, so a left line ending at
    286 stays in the left column and each area's heading is read with its own comment."""
    rows = [
        ("Kommunledningskontoret", "38 900", "37 250", "1 650"),
        ("Kostenheten", "12 100", "12 640", "-540"),
    ]
    table = [
        line(66, 248, 127, "Verksamhet"),
        line(247, 248, 312, "Budget 2025"),
        line(336, 248, 392, "Utfall"),
    ]
    for i, (label, budget, outcome, deviation) in enumerate(rows * 4):
        y = 261 + 13 * i
        table += [line(66, y, 185, label), line(281, y, 312, budget), line(361, y, 392, outcome)]
        table += [line(436, y, 462, deviation)]
    left = ["Kommunledningskontoret +1 650 tkr", "Överskottet förklaras av att medlen för"]
    left += ["ledarskapsprogrammet inte användes fullt", "ut, eftersom upphandlingen avbröts."]
    right = ["Kostenheten -540 tkr", "Livsmedelspriserna ökade mer än vad som", "budgeterats i år."]
    prose = [line(66, 420 + 14 * i, 286 if i == 0 else 276, t) for i, t in enumerate(left)]
    prose += [line(309, 420 + 14 * i, 525, t) for i, t in enumerate(right)]
    order = [ln.text for ln in reading_order(table + prose, 595.0)]
    assert order[-len(left) - len(right) :] == left + right


def test_a_line_carried_to_the_right_column_ends_the_left_one_though_titles_end_in_the_gutter_and_a_footer_is_there() -> (
    None
):
    """The gutter lies where lines as narrow as a column part (not where a title or the short last line of a
    full-width paragraph happens to end), and a footer's "Sida 1" below the columns is no second line of the right
    column: "säsongsplatser har hyrts ut." at the top of the right column ends the left column's last paragraph."""
    lines = [
        line(64, 83, 338, "Delårsrapport januari–augusti 2025"),
        line(64, 160, 500, "Tekniska nämndens resultat för perioden är ett överskott på 1,9 mnkr, och för"),
        line(64, 174, 328, "helåret beräknas ett underskott på 3,1 mnkr."),
        line(64, 389, 203, "Verksamheternas prognoser"),
        line(309, 407, 414, "säsongsplatser har hyrts ut."),
        line(64, 409, 178, "Gator och vägar –2,6 mnkr"),
        line(64, 425, 253, "Vinterväghållningen i januari och februari kostade"),
        line(64, 439, 284, "betydligt mer än budgeterat efter flera snöfall i följd."),
        line(64, 726, 198, "Hamn och båtplatser –0,6 mnkr"),
        line(64, 742, 276, "Intäkterna från gästhamnen blev lägre än budgeterat på"),
        line(64, 756, 227, "grund av den regniga sommaren, och färre"),
        line(513, 798, 531, "Sida 1"),
    ]
    texts = [ln.text for ln in reading_order(lines, 595.0)]
    assert (
        texts.index("säsongsplatser har hyrts ut.")
        == texts.index("grund av den regniga sommaren, och färre") + 1
    )
