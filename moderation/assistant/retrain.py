"""Training the site's assistant in the background: on request, and after new decisions.

Both functions are task functions for :func:`uikit.background.run_in_background`
(``lambda context: retrain_site(context, store, data_dir, site_id)``): they read
the cache in their own session, train off the GUI thread and write the model
file. Nothing here changes a comment: the assistant only suggests.
"""

from __future__ import annotations

from pathlib import Path

from moderation.assistant import saved
from moderation.assistant.saved import TrainedAssistant
from moderation.assistant.training import (
    TooFewDecisions,
    count_site_decisions,
    retrain_due,
    site_decisions,
    train_on,
)
from moderation.cache import Progress
from storage.database import Store
from storage.models import utc_now


def retrain_site(context: Progress, store: Store, data_dir: Path, site_id: int) -> TrainedAssistant:
    """Train the assistant of *site_id* on its decisions now and keep it in the data folder.

    Raises :class:`moderation.assistant.training.TooFewDecisions` when there are
    too few decisions (the previous model, if any, stays).
    """
    context.report_progress(0, 2)
    with store.session() as session:
        decisions = site_decisions(session, site_id)
    model, history = train_on(decisions, cancelled=lambda: context.cancelled)
    assistant = TrainedAssistant(model, history, len(decisions), utc_now())
    context.report_progress(1, 2)
    saved.save(saved.model_path(data_dir, site_id), assistant)
    context.report_progress(2, 2)
    return assistant


def retrain_if_due(
    context: Progress, store: Store, data_dir: Path, site_id: int
) -> TrainedAssistant | None:
    """The site's assistant, trained again first if enough new decisions arrived.

    Returns the kept model when no training is due or there are still too few
    decisions (None when there is no model yet).
    """
    current = saved.load(saved.model_path(data_dir, site_id))
    with store.session() as session:
        decided = count_site_decisions(session, site_id)
    if not retrain_due(decided, current.trained_with if current else None):
        return current
    try:
        return retrain_site(context, store, data_dir, site_id)
    except TooFewDecisions:
        return current
