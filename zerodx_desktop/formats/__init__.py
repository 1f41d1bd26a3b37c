"""Files in and out: panel package, judge card, score sheet, result workbook, report. No Qt."""
