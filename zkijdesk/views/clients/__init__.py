"""The Cliënten page: search, filters, the list, saved filters and the export."""
