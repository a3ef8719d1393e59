"""Geometry for the drawings the pages show: plain dataclasses of positions and labels, no HTML
(the templates in templates/drawings/ turn them into SVG)."""
