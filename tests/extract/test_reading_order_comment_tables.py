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
