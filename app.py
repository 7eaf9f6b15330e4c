"""avvik: the Streamlit app (view only; all work is done by the extract and index packages).

Five pages, one thin module each under ui/: Sök, Jämför, Granska, Dokument, Ladda upp; with
``avvik serve --read-only`` only Sök and Jämför. Errors of the core are shown in Swedish (``ui.messages``).
"""

from __future__ import annotations

import logging

import streamlit as st

from extract.errors import ExtractError
from index.errors import AvvikIndexError
from ui.access import sign_in_box
from ui.locale import swedish_page
from ui.messages import swedish
from ui.navigation import pages

st.set_page_config(page_title="avvik", page_icon="📑", layout="wide")
st.set_option("client.toolbarMode", "viewer")  # no deploy/rerun menu for the people using it
st.set_option("client.showErrorDetails", "none")  # never a traceback on the page
log = logging.getLogger("avvik.app")


# Less of Streamlit's space above the title (6 rem), so that a laptop's 800 px show the content: two hits on Sök,
# the whole heatmap on Jämför
COMPACT = "<style>[data-testid='stMainBlockContainer'] { padding-top: 2.5rem; }</style>"


def main() -> None:
    page = st.navigation(pages())
    with st.sidebar:
        st.caption("**avvik** · varför avviker nämnderna från budget?")
        sign_in_box()
        swedish_page()
        st.html(COMPACT)
    try:
        page.run()
    except (AvvikIndexError, ExtractError) as exc:
        log.info("page %s: %s", page.title, exc)
        st.error(swedish(exc))
    except Exception:  # never a traceback on the page; the log keeps it
        log.exception("page %s failed", page.title)
        st.error(
            "Något gick fel på sidan. Ladda om sidan och försök igen; kvarstår felet, kör `avvik check` i "
            "terminalen (felet finns i appens logg)."
        )


main()
