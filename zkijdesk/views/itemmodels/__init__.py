"""Qt item models: they hold ids and ask the services for rows, never the database."""
