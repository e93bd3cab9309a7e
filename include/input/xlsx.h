/* xlsx: workbooks (the form the BLS publishes most OEWS files in) read as
 * CSV through xlsx2csv (Debian package xlsx2csv), run as a program without
 * a shell: a spreadsheet reader is a large job a well-kept tool already
 * does. */
#ifndef WAGESTAT_XLSX_H
#define WAGESTAT_XLSX_H

/* Is path named like a workbook (".xlsx", any case)? */
int xlsx_named(const char *path);

/* Convert a workbook's first sheet to CSV, with xlsx2csv's own messages
 * silenced.  Returns the temporary file's path (the caller unlinks and
 * frees it), or NULL after saying why with *code set: EXIT_USAGE when the
 * file or xlsx2csv cannot be had, EXIT_DATA when the workbook cannot be
 * read. */
char *xlsx_to_csv(const char *path, int *code);

#endif
