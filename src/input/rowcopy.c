#include "input/rowcopy.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

static void clear(rowcopy *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->field[i]);
	c->n = 0;
}

void rowcopy_set(rowcopy *c, const csvin_row *row)
{
	size_t i;

	clear(c);
	xgrow(&c->field, &c->field_alloc, row->nfields + 1, sizeof *c->field);
	xgrow(&c->len, &c->len_alloc, row->nfields + 1, sizeof *c->len);
	for (i = 0; i < row->nfields; i++) {
		c->field[i] = xstrndup(row->field[i], row->len[i]);
		c->len[i] = row->len[i];
	}
	c->n = row->nfields;
	c->line = row->line;
}

void rowcopy_replace(rowcopy *c, size_t i, const char *s)
{
	if (i >= c->n)
		return;
	free(c->field[i]);
	c->field[i] = xstrdup(s);
	c->len[i] = strlen(s);
}

void rowcopy_view(const rowcopy *c, csvin_row *row)
{
	row->nfields = c->n;
	row->field = (const char *const *)c->field;
	row->len = c->len;
	row->line = c->line;
}

void rowcopy_free(rowcopy *c)
{
	clear(c);
	free(c->field);
	free(c->len);
	memset(c, 0, sizeof *c);
}
