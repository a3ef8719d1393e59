"""Briefing: annotated news briefs as a static site. `briefing.cli.main` is the command line."""
