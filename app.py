"""avvik: the Streamlit app (view only; all work is done by the extract and index packages)."""

from __future__ import annotations

import streamlit as st

from extract.errors import ExtractError
from index.errors import AvvikIndexError

st.set_page_config(page_title="avvik", page_icon="📑", layout="wide")


def main() -> None:
    from ui import search_page

    st.sidebar.title("avvik")
    st.sidebar.caption("Varför avviker nämnderna från budget?")
    try:
        search_page.render()
    except (AvvikIndexError, ExtractError) as exc:
        st.error(str(exc))
    except Exception as exc:  # never a traceback on the page
        st.error(f"Något gick fel ({type(exc).__name__}: {exc}). Försök igen; kvarstår felet, kör `avvik check`.")


main()
