"""Dialogs of the application shell: questions and messages, new seminar, snapshots."""
