/* fmt: numbers and strings written the one way the whole program writes
 * them, for people and for machines. */
#ifndef WAGESTAT_FMT_H
#define WAGESTAT_FMT_H

#include <stddef.h>
#include <stdio.h>

/* What people read where there is no value, in every format for people
 * (text, Markdown, HTML, charts): a blank text cell and an undefined
 * number alike.  Machine formats write nothing there: an empty CSV or TSV
 * field, JSON null for a number (and "" for blank text). */
#define FMT_NONE "-"

/* Shortest decimal that reads back as v ("45000", "0.1"); "" for NaN;
 * buf >= 32. */
const char *fmt_exact(double v, char *buf, size_t size);

/* Numbers for machines (CSV, TSV, JSON, claims files).  By default money
 * is written to the cent, counts whole and standard errors to six
 * significant digits, each in its shortest form (45000, 53788.8, 21.97;
 * 1234; 0.0993843); with fmt_precision_full set (--precision full) every
 * number is fmt_exact's form.  "" for NaN; buf >= 32. */
extern int fmt_precision_full;
const char *fmt_cents(double v, char *buf, size_t size);
const char *fmt_whole(double v, char *buf, size_t size);
const char *fmt_se(double v, char *buf, size_t size);

/* An amount for people: 45,120 from 1,000 up, 21.97 below; FMT_NONE for
 * NaN, "inf" for infinities; buf >= 64.  Returns buf, or a static string. */
const char *fmt_amount(double v, char *buf, size_t size);
/* A count for people: 1,234 (whole at every size). */
const char *fmt_count(double v, char *buf, size_t size);

/* JSON string literal of s[0..len) onto out. */
void fmt_json_string(FILE *out, const char *s, size_t len);

#endif
