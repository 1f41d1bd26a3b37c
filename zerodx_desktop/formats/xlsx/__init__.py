"""The spreadsheet codec: cell text (``text``), the writer (``writer``), opening an untrusted
file and its package index (``untrusted``), the strict streaming reader of cells (``reader``),
display checks (``display``), the signature sheet of a signed workbook (``envelope``), the
second, independent reader (``crosscheck``) and a signed workbook's cells compared with what
was signed (``compare``); ``ooxml`` holds the names they share."""
