"""Where the word being spoken is: in the sentence list and on the page image.

The speech engine reports (segment id, start, length) in the text it was given. On the page
image that maps through the segment's word boxes (OCR or text layer), which exist only for the
printed text: when the translation is read, the page keeps the sentence box and the list marks
the word in the Chinese line.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from document.model import BBox, Segment

# (start, end) of the spoken word in the item's text; None when no word is being spoken.
SPOKEN_SPAN_ROLE = Qt.ItemDataRole.UserRole + 1


def word_bbox(seg: Segment, start: int, length: int) -> BBox | None:
    """The box around the printed words under characters [start, start+length) of seg.text."""
    end = start + max(length, 1)
    boxes = [w.bbox for w in seg.words if w.start < end and w.end > start]
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def span_in_item(item_text: str, spoken: str, start: int, length: int) -> tuple[int, int] | None:
    """Where the spoken word lies in a list item showing ``spoken`` somewhere in its text."""
    base = item_text.find(spoken) if spoken else -1
    if base < 0 or not 0 <= start < len(spoken):
        return None
    return base + start, base + min(len(spoken), start + max(length, 1))


class SpokenWordDelegate(QStyledItemDelegate):
    """Paints items as usual; the item being read gets its spoken word in inverted colours."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        span = index.data(SPOKEN_SPAN_ROLE)
        if not span:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        ink = opt.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        ).name()
        paper = opt.palette.color(
            group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        ).name()
        start, end = span

        def part(s: str) -> str:
            return html.escape(s).replace("\n", "<br>")

        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(rect.width())
        doc.setHtml(
            f'<div style="color:{ink}">{part(text[:start])}'
            f'<span style="background:{ink}; color:{paper}; font-weight:bold">'
            f"{part(text[start:end])}</span>{part(text[end:])}</div>"
        )
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.topLeft())
        doc.drawContents(painter)
        painter.restore()
