"""The moderation assistant: a local classifier trained on the site's own decisions.

It only suggests: a score per comment (higher: more likely not to publish) and
why. Nothing here changes a comment. See :mod:`moderation.assistant.model`
for the classifier and :mod:`moderation.assistant.features` for what it reads.
"""
