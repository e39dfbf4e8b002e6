"""Tooltips that show words exactly as they were typed.

Qt shows a tooltip as rich text whenever ``Qt.mightBeRichText`` thinks it might be, so a
journal entry, a tag or a pack's help text holding ``<b>``, ``<font size=7>`` or
``<img src="file:///…">`` would be drawn as markup, and the image read from disk on every
hover. Every tooltip that can hold words a person or a pack wrote goes through
``plain_tip``: text Qt would show as plain stays as it is, anything else is escaped into
rich text that shows the same characters, line breaks and spaces included.
"""

from __future__ import annotations


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that Qt shows literally, never as markup."""
    if "<" not in text and "&" not in text:
        # Qt.mightBeRichText needs a tag, an entity or a doctype: this is shown as plain text.
        return text
    # By hand rather than html.escape: the html module loads its entity table at start-up.
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<p style='white-space:pre-wrap'>" + escaped + "</p>"
