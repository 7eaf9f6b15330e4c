"""Who may write: anything that changes the archive (an upload, a review, a report's facts, invånartal) needs a
signed-in user unless the app is served on localhost only; ``avvik serve --read-only`` serves no writing
page at all.

Served locally means bound to a loopback address (``avvik serve`` does so by default) and reached without a
proxy (a request that carries X-Forwarded-For or Forwarded came through one, so it counts as shared).
Signed in means one of:
- a trusted reverse proxy names the user in the header the setting AVVIK_USER_HEADER names
  (``Remote-User``, ``X-Forwarded-User``): only set it behind a proxy that always sets that header itself;
- the user signed in with a password from the users file AVVIK_USERS_FILE (argon2 hashes, ``index.users``).
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from index.settings import Settings
from index.users import verify

LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}
PROXY_HEADERS = ("X-Forwarded-For", "Forwarded", "X-Real-Ip")
SIGNED_IN = "signed_in_user"


@dataclass(frozen=True)
class Access:
    user: str | None  # the signed-in user, if any
    local: bool  # served on localhost only, reached without a proxy
    read_only: bool  # avvik serve --read-only

    @property
    def can_write(self) -> bool:
        return not self.read_only and (self.local or self.user is not None)


def _header(name: str) -> str | None:
    try:
        value = st.context.headers.get(name)
    except Exception:  # no request (a bare script run)
        return None
    return value.strip() if value and value.strip() else None


def served_locally() -> bool:
    address = st.get_option("server.address")
    if not address or str(address).strip() not in LOOPBACK:
        return False
    return not any(_header(name) for name in PROXY_HEADERS)


def current() -> Access:
    settings = Settings.load()
    user = _header(settings.user_header) if settings.user_header else None
    user = user or st.session_state.get(SIGNED_IN)
    return Access(user, served_locally(), settings.read_only)


def sign_in_box() -> None:
    """In the sidebar: who is signed in, or a sign-in form when the app is shared and has a users file."""
    access = current()
    settings = Settings.load()
    if access.read_only:
        st.caption(":material/lock: Endast läsning: sök och jämför.")
        return
    if access.user:
        st.caption(f":material/person: Inloggad som **{access.user}**")
        if st.session_state.get(SIGNED_IN) and st.button("Logga ut", type="tertiary", key="sign_out"):
            st.session_state.pop(SIGNED_IN, None)
            st.rerun()
        return
    if access.local or settings.users_file is None:
        return
    with st.expander("Logga in", icon=":material/login:"), st.form("sign_in", border=False):
        name = st.text_input("Användarnamn", key="sign_in_name")
        password = st.text_input("Lösenord", type="password", key="sign_in_password")
        if st.form_submit_button("Logga in", type="primary"):
            if verify(settings.users_file, name, password):
                st.session_state[SIGNED_IN] = name.strip()
                st.rerun()
            st.error("Fel användarnamn eller lösenord.")


def can_write(what: str) -> bool:
    """Whether this session may write; if not, says so (``what``: "granska", "ladda upp" …)."""
    access = current()
    if access.can_write:
        return True
    if access.read_only:
        st.info(f"Appen är startad för endast läsning; här går det inte att {what}.")
    else:
        st.info(
            f"Logga in för att {what}: appen delas på nätverket, så allt som ändrar arkivet kräver en "
            "inloggad användare (se **Logga in** i sidomenyn)."
        )
    return False
