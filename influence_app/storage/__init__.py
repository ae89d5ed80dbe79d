"""The seminar document on disk: engine, guarded open, lock, snapshots, migrations."""
