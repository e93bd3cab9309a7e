#include "base/diag.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void diag(const char *fmt, ...)
{
	va_list ap;

	fputs("wagestat: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void diag_at(const char *file, unsigned long line, unsigned long col,
	     const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "wagestat: %s:%lu:%lu: ", file, line, col);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void diag_usage(const char *command, const char *fmt, ...)
{
	va_list ap;

	fputs("wagestat: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (command)
		fprintf(stderr, " (see 'wagestat help %s')\n", command);
	else
		fputs(" (see 'wagestat help')\n", stderr);
	exit(EXIT_USAGE);
}

void diag_bad_option(const char *command, int opt, const char *arg)
{
	if (opt == ':')
		diag_usage(command, "option '%s' needs a value", arg);
	diag_usage(command, "unknown option '%s'", arg);
}

const char *diag_quote(char *buf, size_t size, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = 0, i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (o + 8 >= size) {
			memcpy(buf + o, "...", 3);
			o += 3;
			break;
		}
		if (c < 0x20 || c >= 0x7f || c == '\\' || c == '\'') {
			buf[o++] = '\\';
			buf[o++] = 'x';
			buf[o++] = hex[c >> 4];
			buf[o++] = hex[c & 15];
		} else {
			buf[o++] = (char)c;
		}
	}
	buf[o] = '\0';
	return buf;
}

int diag_close_stdout(int code)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		diag("write error on standard output: %s", strerror(errno));
		return EXIT_USAGE;
	}
	return code;
}
