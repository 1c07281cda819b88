"""The Comments page's link to the site's assistant: scoring, training, explanations.

Scoring and training run off the GUI thread (``run_in_background``); this
controller keeps the last :class:`~moderation.assistant.overview.SiteAssessment`
so the detail pane can say why a comment got its score without touching the
database. The assistant only suggests: nothing here decides on a comment.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from moderation.assistant.overview import SiteAssessment
from moderation.assistant.retrain import retrain_if_due, retrain_site
from moderation.assistant.saved import TrainedAssistant
from moderation.assistant.scores import score_site
from moderation.assistant.training import TooFewDecisions
from moderation.ui.texts import score_text, similar_text
from storage.database import Store
from storage.known_error import KnownError
from uikit.background import BackgroundTask, TaskContext, run_in_background

log = logging.getLogger(__name__)

#: Selects the current comment's campaign (free among WordPress's keys and ours).
SIMILAR_KEY = "G"


def untrained_text() -> str:
    """What the detail pane says while the site's assistant has too few decisions."""
    return QCoreApplication.translate(
        "Assistant",
        "The assistant has too few decisions to score comments yet: decide some, "
        "then use “Train the assistant”.",
    )


def explanation_text(assessment: SiteAssessment | None, comment_id: int) -> str:
    """The detail pane's sentence on a comment's score and its top reasons ("" for none).

    Plain text: the campaign badge when the comment has near-duplicates, then
    the score as a percentage, then the features that weighed most,
    each marked ▲ (towards not publishing) or ▼ (towards publishing).
    """
    if assessment is None:
        return ""
    lines = []
    similar = assessment.similar(comment_id)
    if similar > 1:
        lines.append(
            QCoreApplication.translate(
                "Assistant", "{badge} — near-duplicates of this comment; {key} selects them all."
            ).format(badge=similar_text(similar), key=SIMILAR_KEY)
        )
    if assessment.assistant is None:
        return "\n".join([*lines, untrained_text()])
    score = assessment.score(comment_id)
    if score is None:
        return "\n".join(lines)
    reasons = "; ".join(
        f"{'▲' if push.towards_rejecting else '▼'} {push.describe()}"
        for push in assessment.why(comment_id)
    )
    sentence = QCoreApplication.translate(
        "Assistant", "Assistant: {score} likely not to publish. Weighed most: {reasons}"
    ).format(score=score_text(score), reasons=reasons)
    return "\n".join([*lines, sentence])


class AssistantController(QObject):
    """Scores a site's waiting comments and trains its assistant, in the background.

    ``scored`` is emitted (on the GUI thread) when new scores are in the cache;
    ``trained(str)`` with a sentence saying how training went; ``running(bool)``
    and ``progress(int, int)`` while a task runs.
    """

    scored = Signal()
    trained = Signal(str)
    running = Signal(bool)
    progress = Signal(int, int)

    def __init__(self, store: Store, data_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._data_dir = data_dir
        self._site_id: int | None = None
        self.assessment: SiteAssessment | None = None
        self._task: BackgroundTask[object] | None = None
        self._again = False  # a scoring was asked for while a task ran
        self.training = False  # the running task trains (on request)

    @property
    def available(self) -> bool:
        """Whether the assistant can be used (the page knows its data folder)."""
        return self._data_dir is not None

    @property
    def busy(self) -> bool:
        """A scoring or training task runs."""
        return self._task is not None

    @property
    def trained_assistant(self) -> TrainedAssistant | None:
        """The model the last scoring used (None: none trained yet, or not scored yet)."""
        return self.assessment.assistant if self.assessment is not None else None

    def use_site(self, site_id: int | None) -> None:
        """Work on *site_id*'s comments (scores of another site are forgotten)."""
        if site_id != self._site_id:
            self._site_id = site_id
            self.assessment = None
            if self._task is not None:
                self._task.cancel()
        self.rescore()

    def rescore(self) -> None:
        """Score the site's waiting comments again (after a pull or a decision)."""
        site_id, data_dir = self._site_id, self._data_dir
        if site_id is None or data_dir is None:
            return
        if self._task is not None:
            self._again = True
            return
        store = self._store

        def work(context: TaskContext) -> object:
            return score_site(context, store, data_dir, site_id)

        self._start(work, site_id)

    def train(self) -> bool:
        """Train the assistant on the site's decisions now, then score; False if busy."""
        site_id, data_dir = self._site_id, self._data_dir
        if site_id is None or data_dir is None or self._task is not None:
            return False
        store = self._store

        def work(context: TaskContext) -> object:
            try:
                assistant: TrainedAssistant | TooFewDecisions = retrain_site(
                    context, store, data_dir, site_id
                )
            except TooFewDecisions as error:
                assistant = error
            return assistant, score_site(context, store, data_dir, site_id)

        self.training = True
        self._start(work, site_id, training=True)
        return True

    def decided(self) -> None:
        """After decisions: train again if enough new ones arrived, and then score again."""
        site_id, data_dir = self._site_id, self._data_dir
        if site_id is None or data_dir is None:
            return
        if self._task is not None:
            self._again = True
            return
        store = self._store
        known = self.trained_assistant
        before = known.trained_at if known is not None else None

        def work(context: TaskContext) -> object:
            assistant = retrain_if_due(context, store, data_dir, site_id)
            if assistant is None or assistant.trained_at == before:
                return None  # the same model: the scores kept are still its scores
            return score_site(context, store, data_dir, site_id)

        self._start(work, site_id)

    def _start(self, work: object, site_id: int, *, training: bool = False) -> None:
        def done(result: object) -> None:
            self._finished(result, site_id, training)

        def failed(error: BaseException) -> None:
            if isinstance(error, KnownError):
                message = error.user_message
            else:  # a bug: the traceback to the log, never its English text on screen
                log.error("The moderation assistant failed", exc_info=error)
                message = self.tr(
                    "An unexpected problem stopped the assistant; the details are in the log."
                )
            self._finished(None, site_id, training, message)

        self._task = run_in_background(
            work,  # type: ignore[arg-type]
            on_success=done,
            on_failure=failed,
            on_cancelled=lambda: self._finished(None, site_id, training),
            on_progress=lambda done_, total, _text: self.progress.emit(done_, total),
            parent=self,
        )
        self.running.emit(True)

    def _finished(
        self, result: object, site_id: int, training: bool, failure: str | None = None
    ) -> None:
        self._task = None
        self.training = False
        self.running.emit(False)
        current = site_id == self._site_id
        trained: object = None
        if isinstance(result, tuple):
            trained, result = result
        if isinstance(result, SiteAssessment) and current:
            self.assessment = result
            self.scored.emit()
        if training and current:
            if isinstance(trained, TooFewDecisions):
                self.trained.emit(trained.user_message)
            elif isinstance(trained, TrainedAssistant):
                self.trained.emit(
                    self.tr("The assistant learned from %n decision(s).", "", trained.trained_with)
                )
            elif failure is not None:
                self.trained.emit(self.tr("Training failed: {reason}").format(reason=failure))
        if self._again or not current:
            self._again = False
            self.rescore()
