"""The Priorisation screen's parts: round form, ballot grid, paper dots, results."""
