"""The state an outlet belongs to, by its site's country domain.

An article on a German site that names "das Verteidigungsministerium" and no state means
Germany's; the figure finder uses :func:`home_state` as its last resort for a subject, and
the figure cache keys carry it (the same text on an Austrian site may read otherwise).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from . import patterns as P


def home_state(outlet, url) -> str:
    """The state of an outlet's site by its country domain ("www.derstandard.at" -> "AT"), ``""`` for
    other domains (.com, .eu, .net ...) and names without a domain.

    >>> home_state("Der Standard", "https://www.derstandard.at/story/1"), home_state("zeit.de", None), home_state("reuters.com", "")
    ('AT', 'DE', '')
    """
    for value in (url, outlet):
        if not isinstance(value, str) or not value:
            continue
        host = urlsplit(value if "//" in value else "//" + value).hostname or ""
        if "." in host and " " not in host:
            return P.OUTLET_HOME_STATES.get(host.rsplit(".", 1)[1], "")
    return ""
