"""Disclosure control: primary suppression, secondary suppression and the LP audit."""
