"""Seminar domain: tables, vocabularies and pure rules (no I/O, no Qt)."""
