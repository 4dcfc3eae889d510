"""Tell a screen reader about things that appear without taking the focus (errors, results).

A label that changes is silent for a blind user: screen readers speak what gets the focus. An
accessibility announcement (Qt 6.8+, AT-SPI "object:announcement", spoken by Orca; UIA and
NSAccessibility on the other platforms) says it without moving the focus away from the reading.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(source: QWidget, message: str, *, urgent: bool = False) -> None:
    """Have the screen reader say ``message`` (``urgent``: interrupt what it is saying)."""
    if not message or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
