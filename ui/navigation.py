"""The app's pages: one thin module each under ui/, run by st.navigation. Paths are relative to app.py."""

from __future__ import annotations

import streamlit as st

SEARCH = "ui/search_page.py"
COMPARE = "ui/compare_page.py"
REVIEW = "ui/review_page.py"
DOCUMENT = "ui/document_page.py"
UPLOAD = "ui/upload_page.py"


def pages() -> list[st.Page]:
    return [
        st.Page(SEARCH, title="Sök", icon=":material/search:", default=True),
        st.Page(COMPARE, title="Jämför", icon=":material/grid_on:", url_path="jamfor"),
        st.Page(REVIEW, title="Granska", icon=":material/fact_check:", url_path="granska"),
        st.Page(DOCUMENT, title="Dokument", icon=":material/description:", url_path="dokument"),
        st.Page(UPLOAD, title="Ladda upp", icon=":material/upload_file:", url_path="ladda-upp"),
    ]
