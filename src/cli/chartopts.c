/* chartopts: the options that say what a chart of claims shows. */
#include "cli/chartopts.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "model/dict.h"

/* Split a comma-separated list into o->roles. */
static void split_roles(chart_opts *o, const char *list)
{
	const char *s = list;

	while (*s) {
		const char *e = strchr(s, ',');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		while (len && s[0] == ' ')
			s++, len--;
		while (len && s[len - 1] == ' ')
			len--;
		if (len) {
			size_t alloc = o->nroles;
			xgrow(&o->roles, &alloc, o->nroles + 1, sizeof *o->roles);
			o->roles[o->nroles++] = xstrndup(s, len);
		}
		if (!e)
			break;
		s = e + 1;
	}
}

static void parse_size(chart_opts *o, const char *cmd, const char *arg)
{
	char *end;
	long x = strtol(arg, &end, 10), y = 0;

	if (*end == 'x')
		y = strtol(end + 1, &end, 10);
	if (*end || x < 200 || x > 10000 || y < 150 || y > 10000)
		diag_usage(cmd, "--size: WIDTHxHEIGHT in pixels such as 800x500, not '%s'", arg);
	o->width = (int)x;
	o->height = (int)y;
}

static int parse_to_year(const char *cmd, const char *arg)
{
	char *end;
	long y = strtol(arg, &end, 10);
	int first, last;

	dict_cpi_years(&first, &last);
	if (*end || y < first || y > last)
		diag_usage(cmd, "--to-year: a year from %d to %d (the CPI-U table), not '%s'",
			   first, last, arg);
	return (int)y;
}

int chartopts_take(chart_opts *o, const char *cmd, int c, const char *arg)
{
	switch (c) {
	case 'o': o->output = arg; break;
	case 's': o->script = arg; break;
	case 'z': parse_size(o, cmd, arg); break;
	case 'R': split_roles(o, arg); break;
	case 'r': o->role = arg; break;
	case 'a': o->area = arg; break;
	case 'p': o->period = arg; break;
	case 't':
		o->stat = claim_stat_parse(arg);
		if (!chart_wanted_stat(o->stat))
			diag_usage(cmd, "--stat: median, mean, p10, p25, p75 or p90, not '%s'", arg);
		break;
	case 'm': o->mean = 1; break;
	case 'y': o->to_year = parse_to_year(cmd, arg); break;
	case 'q': o->quiet = 1; break;
	default: return 0;
	}
	return 1;
}

void chartopts_free(chart_opts *o)
{
	size_t i;

	for (i = 0; i < o->nroles; i++)
		free(o->roles[i]);
	free(o->roles);
	o->roles = NULL;
	o->nroles = 0;
}
