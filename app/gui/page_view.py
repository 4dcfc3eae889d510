"""The page image with the current sentence highlighted."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView

from document.model import BBox


class PageView(QGraphicsView):
    """Shows one page image; ``highlight(bbox)`` draws a box in page units (Page.width/height),
    ``highlight_word(bbox)`` a stronger one over the word being spoken."""

    def __init__(self) -> None:
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(self.renderHints())
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(QBrush(QColor("#5a5a5a")))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Always there, so fitting the page to the width does not make it appear and clip.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAccessibleName("Page image")
        self.setAccessibleDescription("The page as scanned, with the current sentence highlighted")
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._highlight: QGraphicsRectItem | None = None
        self._word: QGraphicsRectItem | None = None
        self._scale = 1.0

    def show_page(self, image: QImage, page_width: float) -> None:
        scene = self.scene()
        scene.clear()
        self._highlight = self._word = None
        pixmap = QPixmap.fromImage(image)
        self._pixmap_item = scene.addPixmap(pixmap)
        self._scale = pixmap.width() / page_width if page_width else 1.0
        scene.setSceneRect(QRectF(pixmap.rect()))
        self.fit_width()

    def clear_page(self) -> None:
        self.scene().clear()
        self._pixmap_item = None
        self._highlight = self._word = None

    def highlight(self, bbox: BBox | None) -> None:
        self.highlight_word(None)
        if self._highlight is not None:
            self.scene().removeItem(self._highlight)
            self._highlight = None
        if bbox is None or self._pixmap_item is None:
            return
        x0, y0, x1, y1 = (v * self._scale for v in bbox)
        pad = 4
        rect = QRectF(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad)
        item = self.scene().addRect(
            rect, QPen(QColor("#d35400"), 3), QBrush(QColor(255, 200, 0, 70))
        )
        self._highlight = item
        self.ensureVisible(item, 40, 80)

    def highlight_word(self, bbox: BBox | None) -> None:
        """Mark the word being spoken (None clears it); the eye can follow the voice."""
        if self._word is not None:
            self.scene().removeItem(self._word)
            self._word = None
        if bbox is None or self._pixmap_item is None:
            return
        x0, y0, x1, y1 = (v * self._scale for v in bbox)
        pad = 2
        rect = QRectF(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad)
        self._word = self.scene().addRect(
            rect, QPen(QColor("#1a237e"), 3), QBrush(QColor(0, 90, 255, 80))
        )
        self.ensureVisible(self._word, 40, 80)

    def fit_width(self) -> None:
        if self._pixmap_item is None:
            return
        width = self._pixmap_item.pixmap().width()
        if width:
            factor = (self.viewport().width() - 8) / width
            self.resetTransform()
            self.scale(factor, factor)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fit_width()
