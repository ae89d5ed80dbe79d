"""Use cases over an open document; each call owns its transaction."""
