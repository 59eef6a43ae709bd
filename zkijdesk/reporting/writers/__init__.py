"""Writers for a protected publication: PDF, XLSX, CSV and JSON."""
