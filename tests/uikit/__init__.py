"""Tests of the shared UI kit (``uikit``)."""
