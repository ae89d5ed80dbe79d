"""Archive v1 JSON import and export (and later CSV/XLSX)."""
