/* diag: the one voice in which wagestat speaks to the user on stderr.
 *   wagestat: message
 *   wagestat: FILE:LINE:COL: message
 * and the exit codes every command shares. */
#ifndef WAGESTAT_DIAG_H
#define WAGESTAT_DIAG_H

#include <stddef.h>

enum exit_code {
	EXIT_OK = 0,    /* done, nothing rejected (or rejections allowed) */
	EXIT_DATA = 1,  /* data problems: --strict rejections, unreadable data */
	EXIT_USAGE = 2, /* bad arguments, missing files, output errors */
};

#if defined(__GNUC__)
#define DIAG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define DIAG_PRINTF(a, b)
#endif

void diag(const char *fmt, ...) DIAG_PRINTF(1, 2);
void diag_at(const char *file, unsigned long line, unsigned long col,
	     const char *fmt, ...) DIAG_PRINTF(4, 5);

/* Print "wagestat: message" and a pointer to help, exit 2. */
_Noreturn void diag_usage(const char *command, const char *fmt, ...)
	DIAG_PRINTF(2, 3);

/* getopt_long's answer for an option the command lacks ('?') or one
 * missing its value (':', with ':' leading the optstring): diag_usage. */
_Noreturn void diag_bad_option(const char *command, int opt, const char *arg);

/* Write s[0..len) into buf (size > 8) as a short printable quotation:
 * control and non-ASCII bytes become \xHH, long values end in "...". */
const char *diag_quote(char *buf, size_t size, const char *s, size_t len);

/* Flush and close stdout; on failure print the error and return
 * EXIT_USAGE, else return code unchanged. */
int diag_close_stdout(int code);

#endif
