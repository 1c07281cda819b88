"""Reader comments: the local cache, pulling, rules, queues, decisions and sending.

Nothing here imports Qt widgets. The pieces, one job each:

- :mod:`moderation.statuses`: comment states, decisions (actions) and queues;
- :mod:`moderation.rules`: the moderators' rules, as pure functions;
- :mod:`moderation.settings`: where the rules are kept;
- :mod:`moderation.cache`: storing pulled comments (upsert, search index, flags);
- :mod:`moderation.pull`: pulling from the site, full and incremental;
- :mod:`moderation.queues`: what the queues show (filters, search, counts, pages);
- :mod:`moderation.decisions`: approve, reject, spam, restore, undo;
- :mod:`moderation.details`: one comment with its article, parent and author history;
- :mod:`moderation.replies`: replying as the newspaper;
- :mod:`moderation.journal`: the moderation log;
- :mod:`moderation.sending`: the outbox handlers that tell the site.
"""
