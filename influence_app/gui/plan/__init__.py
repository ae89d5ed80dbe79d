"""Helpers of the « Plan d'action » and « Synthèse » screens."""
