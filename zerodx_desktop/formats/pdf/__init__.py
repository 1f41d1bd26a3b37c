"""The PDF codec: page layout and fonts, charts, the report, certificates and letters."""
