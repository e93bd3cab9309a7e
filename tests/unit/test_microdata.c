/* The microdata row reader: which rows are used, filtered, missing or
 * rejected, and the values and groups handed on, for inputs read off by
 * eye. */
#include "input/microdata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct seen {
	char text[1024];
	size_t len;
	int leave_out; /* leave out the rows of group "B" */
	int ungrouped;
} seen;

static int on_row(void *ctx, const microdata_row *r)
{
	seen *s = ctx;
	size_t n = 3;
	/* a group's text is read by its length: no NUL need end it */
	const char *g = s->ungrouped ? "all" : microdata_group(r, 0, &n);

	if (r->missing)
		s->len += (size_t)snprintf(s->text + s->len, sizeof s->text - s->len, "%.*s:-;",
					   (int)n, g);
	else
		s->len += (size_t)snprintf(s->text + s->len, sizeof s->text - s->len, "%.*s:%g*%g;",
					   (int)n, g, r->value, r->weight);
	return s->leave_out && n == 1 && g[0] == 'B' ? MICRODATA_LEFT_OUT : 0;
}

/* Read data with the options; the rows seen into s, the counts into t. */
static int read(const microdata_opts *o, const char *data, seen *s, tally *t)
{
	microdata *m = microdata_new(o);
	csvin *in = csvin_open_memory("t.csv", data, strlen(data), 0);
	microdata_sink sink = {.t = t, .fn = on_row, .ctx = s};
	int r;

	tally_init(t);
	t->quiet = 1;
	r = microdata_read_csv(m, in, &sink);
	csvin_close(&in);
	microdata_free(&m);
	return r;
}

static void free_where(microdata_where *w)
{
	free(w->spec);
	free(w->value);
}

static void test_default_column_and_units(void)
{
	char *group[] = {"role"};
	microdata_opts o = {.group = group, .ngroups = 1, .unit = UNIT_ANNUAL};
	seen s = {0};
	tally t;

	/* pay is the first of the usual names present; $10/hr = 20,800 a year */
	CHECK(read(&o, "role,pay,x\nA,100,1\nB,$10/hr,2\nA,,3\nB,abc,4\nA,\"£5\",5\n", &s, &t) == 0,
	      "read");
	CHECK_STR(s.text, "A:100*1;B:20800*1;A:-;");
	CHECK(t.read == 5 && t.used == 2 && t.missing == 1 && t.rejected == 2,
	      "read %llu used %llu missing %llu rejected %llu", t.read, t.used, t.missing,
	      t.rejected);
	tally_free(&t);
}

static void test_where_weight_left_out(void)
{
	char *group[] = {"role"};
	microdata_value v[] = {{"hourly", UNIT_HOURLY}, {"salary", UNIT_NONE}};
	microdata_where w[3];
	microdata_opts o = {.group = group, .ngroups = 1, .value = v, .nvalues = 2,
			    .weight = "w", .where = w, .nwhere = 3, .unit = UNIT_ANNUAL,
			    .missing_reason = "no value"};
	seen s = {.leave_out = 1};
	tally t;

	/* region X or Y, and not role C */
	CHECK(microdata_where_parse(&w[0], "region=x") == 0, "where");
	CHECK(microdata_where_parse(&w[1], "role!=C") == 0, "where");
	CHECK(microdata_where_parse(&w[2], "region=Y") == 0, "where");
	CHECK(read(&o, "role,region,hourly,salary,w\n"
		       "A, X ,10,,2\n"   /* hourly 10 x 2080, weight 2 */
		       "A,Z,10,,2\n"     /* filtered: region */
		       "C,X,10,,2\n"     /* filtered: role */
		       "B,Y,,50000,1\n"  /* left out by the caller: filtered */
		       "A,Y,,60000,\n"   /* rejected: no weight */
		       "A,y,,,1\n",      /* missing */
		   &s, &t) == 0, "read");
	CHECK_STR(s.text, "A:20800*2;B:50000*1;A:-;");
	CHECK(t.read == 6 && t.used == 1 && t.filtered == 3 && t.missing == 1 && t.rejected == 1,
	      "read %llu used %llu filtered %llu missing %llu rejected %llu", t.read, t.used,
	      t.filtered, t.missing, t.rejected);
	tally_free(&t);
	free_where(&w[0]);
	free_where(&w[1]);
	free_where(&w[2]);
}

static void test_parse(void)
{
	microdata_value v;
	microdata_where w;

	microdata_value_parse(&v, "Hourly Rate:hourly");
	CHECK_STR(v.spec, "Hourly Rate");
	CHECK(v.unit == UNIT_HOURLY, "unit %d", v.unit);
	free(v.spec);
	microdata_value_parse(&v, "a:b");
	CHECK_STR(v.spec, "a:b");
	CHECK(v.unit == UNIT_NONE, "unit %d", v.unit);
	free(v.spec);
	CHECK(microdata_where_parse(&w, "region!= Y") == 0 && w.negate, "where");
	CHECK_STR(w.spec, "region");
	CHECK_STR(w.value, " Y");
	free_where(&w);
	CHECK(microdata_where_parse(&w, "!=Y") < 0 && microdata_where_parse(&w, "=Y") < 0 &&
	      microdata_where_parse(&w, "Y") < 0, "bad where");
}

/* Without a unit to state values in, one that states a unit is rejected. */
static void test_unit_without_target(void)
{
	microdata_opts o = {.ngroups = 0};
	seen s = {.ungrouped = 1};
	tally t;

	CHECK(read(&o, "salary\n45000\n$15/hr\n", &s, &t) == 0, "read");
	CHECK_STR(s.text, "all:45000*1;");
	CHECK(t.used == 1 && t.rejected == 1 && t.nreasons == 1 &&
	      strcmp(t.reasons[0].reason, "value states a unit (give -u to convert)") == 0,
	      "used %llu rejected %llu", t.used, t.rejected);
	tally_free(&t);
}

int main(void)
{
	test_default_column_and_units();
	test_where_weight_left_out();
	test_unit_without_target();
	test_parse();
	return check_done("microdata");
}
