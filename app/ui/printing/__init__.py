"""Print, preview and save as PDF: the documents of app.services.reports, in the app.

A screen offers `print_targets()`: the documents it can print for its current record or
list (targets.PrintTarget). The main window's Print (Ctrl+P), Preview and Save as PDF
generate the chosen one on the worker thread (controller.Printing), preview it with QtPdf
from the bytes in memory (preview.PreviewDialog: never a clear file on disk), print it
through the system's print dialog and save it where the person says. Every document
generated, printed and saved is written to the audit trail.
"""
