"""The trends dashboard (charts drawn with QPainter) for a team lead and the admin."""
