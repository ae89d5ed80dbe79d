"""Analysis screens: champs_de_forces, matrices, acteurs, auto_evaluation (one module each)."""
