"""The spreadsheet codec: text cleaning, the writer, the strict streaming reader, display checks."""
