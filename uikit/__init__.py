"""The shared kit under the feature widgets.

What every page needs and no feature owns: background work off the GUI thread
(:mod:`uikit.background`), the navigation page base class (:mod:`uikit.pages`),
dates and times as every page shows them (:mod:`uikit.formatting`), outside text
shown as plain text (:mod:`uikit.outside_text`) and why an outbox item waits
(:mod:`uikit.site_messages`). It imports ``portal`` and ``storage``, never a
feature and never ``shell``; ``editor/ui`` and ``moderation/ui`` import it.
"""
