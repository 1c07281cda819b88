"""The one base class of *known* errors: problems the user can be told about and act on.

Every layer raises known errors (a locked database, a site that cannot be reached, a
photo that is not a picture), so the base sits here, at the bottom of the house, where
every package may import it. Anything that is not a :class:`KnownError` is a bug: it
goes to the log with its traceback and the user is shown the log's path.
"""

from __future__ import annotations


class KnownError(Exception):
    """A problem the user can act on, as opposed to a bug in Newsdesk.

    :attr:`user_message` is always a sentence in the interface language, computed
    when it is asked for (so it follows a change of language); ``str(error)`` is the
    English detail for the log. Subclasses override :attr:`user_message`.
    """

    @property
    def user_message(self) -> str:
        """One translated sentence (or short paragraph) saying what is wrong and what to do."""
        raise NotImplementedError



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for translation in *context* and return it unchanged.

    A sentence chosen now and translated later, when it is shown, is marked with this
    (``lupdate`` collects it by this name); unlike PySide's own it is typed ``str``.
    """
    del context
    return text
