/* judge: an article extracted and judged, as wagestat check and wagestat
 * report both do it, and the shipped reference they judge by. */
#ifndef WAGESTAT_JUDGE_H
#define WAGESTAT_JUDGE_H

#include "compute/check.h"

#define JUDGE_SHIPPED_REF "oews_healthcare.csv"

/* The shipped reference: $WAGESTAT_REF, datasets/ here, beside the program
 * (a build tree), or the installed share directory; NULL when none is
 * there.  The caller frees it. */
char *judge_default_ref(void);

/* Read the article at path ("-": standard input), extract its claims and
 * judge them into k (check_result then holds them); figures that could not
 * be read are said on stderr and counted in *dropped.  Returns 0, or the
 * exit code of a file that could not be read (after saying why). */
int judge_file(check_ctx *k, const char *path, unsigned long *dropped);

#endif
