"""Use-cases shared by the CLI and the UI: open a panel, score, export, merge, report."""
