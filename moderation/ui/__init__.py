"""The moderation widgets: the Comments page, its models and dialogs."""
