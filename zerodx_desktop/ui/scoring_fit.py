"""How the scoring pane fits its height: full or compact level cards, the guidance folded
or not, a comment box of five lines or four, so that the question, the levels and the comment
stay in view at 1024×700 and up and the criteria tree takes the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.scoring_widgets import COMMENT_LINES, MIN_COMMENT_LINES, _height_for

if TYPE_CHECKING:
    from zerodx_desktop.ui.scoring_view import ScoringView

FULL_TREE_ROWS = 10  # full level cards only if the criteria tree keeps this many rows
MIN_TREE_ROWS = 4


class ScoringFit:
    """The fitting of one scoring pane (it calls ``fit()`` on resize and criterion change)."""

    def __init__(self, view: ScoringView) -> None:
        self.view = view
        self.fitting = False
        self.compact = False
        self.descriptor_heights: dict[str, tuple[int, str] | int] = {}

    def row_height(self) -> int:
        v = self.view
        return max(1, v.tree.sizeHintForRow(0) if v.tree.topLevelItemCount() else
                   v.tree.fontMetrics().height())

    def fixed_height(self) -> int:
        """The height of everything but the criteria tree, as the widgets are now."""
        v = self.view
        layout = v.layout()
        assert layout is not None  # set in __init__
        m = layout.contentsMargins()
        width = max(50, v.width() - m.left() - m.right())
        shown = [v.banner, v.question, v.guidance, v.cards_box, v.required,
                 v.comment_label, v.comment, v.totals_box]
        total = m.top() + m.bottom() + 2 + max(v.nominee_label.heightForWidth(
            max(50, width - v.conflict_button.sizeHint().width() - 8)),
            v.conflict_button.sizeHint().height())
        count = 2  # the head and the tree
        for w in shown:
            if not w.isVisibleTo(v):
                continue
            count += 1
            if w is v.cards_box:
                cards = list(v.cards.values())
                total += 4 * max(0, len(cards) - 1)
                if self.compact:
                    total += sum(c.height_for(width) for c in cards)
                else:  # the wordiest criterion's: the cards do not flip from one to the next
                    total += max(sum(c.height_for(width) for c in cards),
                                 self.longest_descriptors(width))
            else:
                total += _height_for(w, width)
        return total + layout.spacing() * count

    def longest_descriptors(self, width: int) -> int:
        """The five full cards' height for the criterion with the longest descriptors."""
        v = self.view
        key = (width, i18n.current_language())
        if self.descriptor_heights.get("key") != key:
            card = next(iter(v.cards.values()))
            card_layout = card.layout()
            assert card_layout is not None  # every card lays out its title and body
            m = card_layout.contentsMargins()
            frame = 2 * card.frameWidth()
            inner = max(10, width - m.left() - m.right() - frame)
            fm = card.body.fontMetrics()
            fixed = 5 + 6 + card.title.sizeHint().height() + 2 + frame
            worst = 0
            for cid in v.session.criterion_ids:
                crit = v.session.framework.criterion(cid)
                total = 0
                for lv in v.scale.levels:
                    desc = crit.descriptors.get(lv.value)
                    text = i18n.text(desc) if desc else i18n.text(lv.description)
                    body = fm.boundingRect(0, 0, inner, 100000, int(Qt.TextFlag.TextWordWrap),
                                           text).height() if text else 0
                    total += fixed + body
                worst = max(worst, total)
            self.descriptor_heights = {"key": key, "height": worst}
        height = self.descriptor_heights["height"]
        assert isinstance(height, int)
        return height

    def fit(self) -> None:
        """Full level cards when the criteria tree keeps FULL_TREE_ROWS rows with them; else
        compact cards (one line each), then the guidance folded to one line, then a comment
        box of four lines instead of five: the question, the levels and the comment stay in
        view at 1024×700 and up."""
        v = self.view
        if self.fitting or v.height() <= 0:
            return
        self.fitting = True
        try:
            tree_room = v.height() - v.tree.header().sizeHint().height() - 4
            modes = ((False, False, COMMENT_LINES, FULL_TREE_ROWS),
                     (True, False, COMMENT_LINES, FULL_TREE_ROWS // 2),
                     (True, True, COMMENT_LINES, MIN_TREE_ROWS),
                     (True, True, MIN_COMMENT_LINES, 0))
            for compact, folded, lines, rows in modes:
                self.set_compact(compact)
                v.guidance.set_folded(folded)
                v.comment.setFixedHeight(v.comment.lines_height(lines))
                if (tree_room - self.fixed_height()) // self.row_height() >= rows:
                    break
            # each card exactly as tall as its text at this width (a splitter above does not
            # pass height-for-width down: cards with one line got the room of two)
            own = v.layout()
            assert own is not None  # set in __init__
            m = own.contentsMargins()
            width = max(50, v.width() - m.left() - m.right())
            for card in v.cards.values():
                card.setFixedHeight(card.height_for(width))
        finally:
            self.fitting = False

    def set_compact(self, compact: bool) -> None:
        v = self.view
        self.compact = compact
        for card in v.cards.values():
            card.set_compact(compact)
