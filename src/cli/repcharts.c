/* repcharts: the report's charts, by plot's chart code. */
#include "cli/repcharts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/cleanup.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "output/chart_reconcile.h"

struct repcharts {
	char *dir;
	char path[4096]; /* the chart being drawn */
};

repcharts *repcharts_new(void)
{
	const char *tmp = getenv("TMPDIR");
	repcharts *c = xcalloc(1, sizeof *c);
	size_t n = (tmp && *tmp ? strlen(tmp) : 4) + 32;

	c->dir = xmalloc(n);
	snprintf(c->dir, n, "%s/wagestat-report.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(c->dir)) {
		diag("cannot make a directory %s: %s", c->dir, strerror(errno));
		free(c->dir);
		free(c);
		return NULL;
	}
	cleanup_add(c->dir);
	return c;
}

void repcharts_free(repcharts **cp)
{
	repcharts *c = *cp;

	if (!c)
		return;
	rmdir(c->dir);
	cleanup_forget(c->dir);
	free(c->dir);
	free(c);
	*cp = NULL;
}

static const char *chart_path(repcharts *c, const char *name)
{
	snprintf(c->path, sizeof c->path, "%s/%s.svg", c->dir, name);
	return c->path;
}

/* After drawing: the chart into the report, or a word on why not. */
static int finish(repcharts *c, report *r, const char *name, const char *title, int code)
{
	char note[512];

	if (code == EXIT_OK && report_chart(r, name, title, c->path) != 0)
		code = EXIT_USAGE;
	if (code != EXIT_OK) {
		snprintf(note, sizeof note, "The chart \"%s\" is not drawn: see the messages "
			 "wagestat wrote on its standard error.", title);
		report_para(r, note);
	}
	unlink(c->path);
	return code;
}

int repcharts_figs(repcharts *c, report *r, const char *name, const char *title,
		   repcharts_figs_fn draw, const chart_opts *o, const chart_figs *figs)
{
	chart_opts mine = *o;
	plot_job j;
	int code;

	memset(&j, 0, sizeof j);
	mine.output = chart_path(c, name);
	mine.script = NULL;
	code = draw(&j, &mine, figs);
	plot_job_free(&j);
	return finish(c, r, name, title, code);
}

int repcharts_reconcile(repcharts *c, report *r, const char *title, const chart_opts *o,
			reconciler *rc)
{
	chart_opts mine = *o;
	plot_job j;
	int code;

	memset(&j, 0, sizeof j);
	mine.output = chart_path(c, "reconcile");
	mine.script = NULL;
	code = chart_reconcile_draw(&j, &mine, rc);
	plot_job_free(&j);
	return finish(c, r, "reconcile", title, code);
}

int repcharts_dist(repcharts *c, report *r, const char *title, chart_dist_opts *o,
		   const chart_dist_group *g, size_t ng)
{
	plot_job j;
	int code;

	memset(&j, 0, sizeof j);
	o->output = chart_path(c, "dist");
	o->script = NULL;
	code = chart_dist_draw(&j, o, g, ng);
	plot_job_free(&j);
	return finish(c, r, "dist", title, code);
}
