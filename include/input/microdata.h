/* microdata: rows of a CSV file with one person (or job) a row, as
 * payroll and survey files are, read for their pay: the group columns, the
 * pay value and the weight of each row.
 *
 * The columns are picked from each file's header (header names compared
 * case-insensitively, or 1-based numbers).  A row's value is the first
 * value column that is not blank, parsed by money_parse; a row is
 *   filtered  when the --where clauses do not select it,
 *   missing   when no value column has a value,
 *   rejected  when its value is not an amount, is in another currency
 *             (stated in the value, or in the currency column:
 *             "currency GBP, not USD"), states a unit that cannot be
 *             converted, needs hours the row lacks, or its weight is bad,
 * and otherwise handed to the caller, who uses it or leaves it out (then
 * it is counted filtered).  Every data row read is counted in the tally. */
#ifndef WAGESTAT_MICRODATA_H
#define WAGESTAT_MICRODATA_H

#include <stddef.h>
#include <sys/types.h>

#include "base/tally.h"
#include "base/units.h"
#include "input/csvin.h"

/* A value column: its spec and what plain numbers in it are (UNIT_NONE:
 * unsaid). */
typedef struct microdata_value {
	char *spec;
	unit unit;
} microdata_value;

/* --where COL=VALUE (or COL!=VALUE, negate): clauses on one column OR
 * together, on different columns AND; the value is compared
 * case-insensitively with outer blanks ignored. */
typedef struct microdata_where {
	char *spec, *value;
	int negate;
} microdata_where;

/* How hourly (and weekly) pay becomes pay of a longer period: */
typedef enum microdata_basis {
	MICRODATA_FTE,    /* the full-time equivalent: 2080 hours, 52 weeks */
	MICRODATA_ACTUAL, /* the row's hours a week x its weeks a year */
} microdata_basis;

/* The cap a top-coded cell "#" stands for in file, in unit u; 0 if none is
 * known (the row is then rejected). */
typedef double (*microdata_cap_fn)(const char *file, unit u);

typedef struct microdata_opts {
	char *const *group;  /* the group columns, ngroups of them */
	size_t ngroups;
	const microdata_value *value; /* nvalues; none: the first of salary,
				       * annual_salary, pay, wage, value in the
				       * first file's header */
	size_t nvalues;
	const char *weight;  /* the weight column, or NULL: every row weighs 1 */
	const microdata_where *where;
	size_t nwhere;
	unit unit;           /* values are stated in this unit; UNIT_NONE:
			      * as written, and one that states a unit is
			      * rejected rather than mixed with plain ones */
	const char *currency; /* the one accepted (3 letters), NULL: USD */
	const char *currency_col; /* the column saying each row's currency;
				   * NULL: the first whose header holds the
				   * word "currency", if any */
	microdata_basis basis;
	const char *hours;   /* hours a week column, or NULL */
	const char *weeks_col; /* weeks a year column, or NULL: weeks */
	double weeks;        /* weeks a year; 0: 52 */
	microdata_cap_fn top_cap; /* NULL: a "#" cell is not a number */
	const char *missing_reason; /* a row without a value is counted
				     * missing with this reason (NULL: none) */
	int delim;           /* 0: detect */
} microdata_opts;

typedef struct microdata microdata;

/* The options' arrays and strings must outlive the reader. */
microdata *microdata_new(const microdata_opts *o);
void microdata_free(microdata **m);

/* A row handed to the caller: valid during the call only. */
typedef struct microdata_row {
	const microdata *m;
	const csvin_row *row;
	int missing;   /* no value (already counted missing) */
	double value;  /* in the options' unit */
	double weight; /* 1 without a weight column */
	unit from;     /* the unit the value was written in (the options'
			* unit for a plain number) */
	int top_coded; /* the value is a cap: the pay is at least that */
} microdata_row;

/* The text of group column i of the row and its length in *len: no NUL
 * need end it (csvin_set_unterminated). */
const char *microdata_group(const microdata_row *r, size_t i, size_t *len);

/* Return 0 for a row that is used (or missing), MICRODATA_LEFT_OUT to
 * count a row with a value as filtered instead of used. */
typedef int (*microdata_fn)(void *ctx, const microdata_row *r);
#define MICRODATA_LEFT_OUT 1

/* One reader's accounting and its caller: each thread reading a part of a
 * file has its own. */
typedef struct microdata_sink {
	tally *t;
	unsigned long long converted[UNIT_COUNT][UNIT_COUNT]; /* values restated */
	microdata_fn fn;
	void *ctx;
	const char *file; /* the file being read, for messages */
	unsigned long long basis_rows;  /* values restated by the basis:
					 * hourly or weekly to or from
					 * another unit */
	unsigned long long other_hours; /* of those, at the FTE basis, rows
					 * whose hours column says other than
					 * 40 */
	unsigned long long top_coded;   /* values that are caps */
} microdata_sink;

/* Add src's counts (not its tally) into dst. */
void microdata_sink_merge(microdata_sink *dst, const microdata_sink *src);

/* "fte" or "actual". */
const char *microdata_basis_name(microdata_basis b);

/* Read a file ("-": standard input) whole: its header picks the columns,
 * then every row.  Returns 0, EXIT_USAGE (cannot open, no such column),
 * or -1 (empty or unreadable: said why). */
int microdata_read(microdata *m, const char *path, microdata_sink *s);
/* The same from an open reader. */
int microdata_read_csv(microdata *m, csvin *in, microdata_sink *s);

/* Reading a large file in parts on threads (see csvin.h): read
 * the header alone (returns as microdata_read), then each part with its
 * own sink, the reader shared.  A part returns as csvin_read, and says
 * whether it ended between records and on which line. */
int microdata_read_header(microdata *m, const char *path, microdata_sink *s);
/* A block of standard input (stdinblk.h) is read the same way from
 * memory: its header with microdata_read_header_block on the first block,
 * then each block as a part whose data is set (path is then its name in
 * messages). */
int microdata_read_header_block(microdata *m, const char *name, const char *data,
				size_t len, microdata_sink *s);
typedef struct microdata_part {
	off_t start, end; /* end -1: to the end of the file */
	const char *data; /* a block in memory instead, of len bytes: */
	size_t len;
	int first, last;  /* the stream's first block, its last */
	int then_stdin;   /* then the rest of standard input, of which */
	size_t stdin_read; /* so many bytes were read before, and the data */
	unsigned long first_line; /* starts on this line of it (0: line 1, no
				   * rest of standard input) */
	int between_records;
	unsigned long end_line;
} microdata_part;
int microdata_read_part(const microdata *m, const char *path, microdata_part *p,
			microdata_sink *s);

/* The header of group column i as the first file wrote it, trimmed;
 * valid while the reader is. */
const char *microdata_group_name(const microdata *m, size_t i);

/* Parse "COL[:UNIT]" into v (spec freshly allocated). */
void microdata_value_parse(microdata_value *v, const char *spec);
/* Parse "COL=VALUE" or "COL!=VALUE" into w (freshly allocated); -1 if it
 * is neither. */
int microdata_where_parse(microdata_where *w, const char *arg);

#endif
