"""The PDF documents Palier prints: referral sheet, letters, welfare round, case file, activity report.

Drawn with reportlab from plain data (the dataclasses of each module): this package never
reads the database and imports no Qt. app.services.reports gathers the data, calls the
`render` function of a module and writes the audit trail.
"""
