/* Table output in every format, against text written by hand. */
#include "base/fmt.h"
#include "output/table.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"

static char *render(const table *t, table_format f)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&buf, &size);

	table_write(t, f, out);
	fclose(out);
	return buf;
}

/* fmt_cents against a second method: printf's %.2f of the value, read
 * back, written with the fewest of 15 to 17 significant digits that read
 * back the same, on random amounts of every size and on half cents. */
static void cents_second_method(void)
{
	static const double ties[] = {0.005, 0.015, 1.005, 2.675, 0.125, 0.375, 21.975, -1.255,
				      1e12 + 0.005, 99999.995};
	char got[64], plain[64], want[64];
	size_t i;
	int bad = 0, prec;

	srand(7);
	for (i = 0; i < 200000; i++) {
		double v = i < sizeof ties / sizeof ties[0] ? ties[i]
			   : (rand() / (double)RAND_MAX - 0.2) * (i % 3 == 0 ? 300 : i % 3 == 1 ? 3e5 : 1);
		double r;
		if (i % 5 == 4)
			v = round(v * 1000) / 1000; /* three decimals: a half cent now and then */
		fmt_cents(v, got, sizeof got);
		snprintf(plain, sizeof plain, "%.2f", v);
		r = strtod(plain, NULL);
		if (!islessgreater(r, 0))
			r = 0;
		for (prec = 15; prec <= 17; prec++) {
			snprintf(want, sizeof want, "%.*g", prec, r);
			if (!islessgreater(strtod(want, NULL), r))
				break;
		}
		bad += strcmp(got, want) != 0 && bad < 5 && printf("%.17g: %s, not %s\n", v, got, want);
	}
	CHECK(bad == 0, "fmt_cents differs from printf's rounding %d times", bad);
}

/* Money for machines to the cent, counts whole, standard errors to six
 * significant digits; --precision full gives back fmt_exact's digits.
 * Expected values rounded by hand from the digits Python's repr shows. */
static void machine_numbers(void)
{
	char buf[64];

	CHECK_STR(fmt_cents(53788.799999999996, buf, sizeof buf), "53788.8");
	CHECK_STR(fmt_cents(0.1 + 0.2, buf, sizeof buf), "0.3");
	CHECK_STR(fmt_cents(45000, buf, sizeof buf), "45000");
	CHECK_STR(fmt_cents(21.975, buf, sizeof buf), "21.98"); /* 21.97500000000000142 */
	CHECK_STR(fmt_cents(-2.380952380952381, buf, sizeof buf), "-2.38");
	CHECK_STR(fmt_cents(-0.001, buf, sizeof buf), "0");
	CHECK_STR(fmt_cents(NAN, buf, sizeof buf), "");
	CHECK_STR(fmt_whole(8506740, buf, sizeof buf), "8506740");
	CHECK_STR(fmt_whole(430.4, buf, sizeof buf), "430");
	CHECK_STR(fmt_whole(NAN, buf, sizeof buf), "");
	CHECK_STR(fmt_se(0.0993843331429504, buf, sizeof buf), "0.0993843");
	CHECK_STR(fmt_se(206.70303231070497, buf, sizeof buf), "206.703");
	CHECK_STR(fmt_se(1234567.4, buf, sizeof buf), "1234570");
	fmt_precision_full = 1;
	CHECK_STR(fmt_cents(53788.799999999996, buf, sizeof buf), "53788.799999999996");
	CHECK_STR(fmt_whole(430.4, buf, sizeof buf), "430.4");
	CHECK_STR(fmt_se(0.0993843331429504, buf, sizeof buf), "0.0993843331429504");
	fmt_precision_full = 0;
}

/* A count among amounts (an employment claim's value) is whole in every
 * format; a standard error keeps six digits for machines. */
static void counts_and_errors(void)
{
	table *t = table_new();
	char *s;

	table_add_column(t, "stat", CELL_TEXT);
	table_add_column(t, "value", CELL_AMOUNT);
	table_add_column(t, "se", CELL_SE);
	table_add_row(t);
	table_put_text(t, "count", 5);
	table_put_count(t, 430);
	table_put_number(t, 126.85);
	table_add_row(t);
	table_put_text(t, "mean", 4);
	table_put_number(t, 53788.799999999996);
	table_put_number(t, 0.0993843331429504);
	s = render(t, TABLE_TEXT);
	CHECK_STR(s, "stat    value      se\n"
		     "count     430  126.85\n"
		     "mean   53,789    0.10\n");
	free(s);
	s = render(t, TABLE_MD);
	CHECK_STR(s, "| stat | value | se |\n"
		     "| --- | ---: | ---: |\n"
		     "| count | 430 | 126.85 |\n"
		     "| mean | 53,789 | 0.10 |\n");
	free(s);
	s = render(t, TABLE_CSV);
	CHECK_STR(s, "stat,value,se\n"
		     "count,430,126.85\n"
		     "mean,53788.8,0.0993843\n");
	free(s);
	table_free(&t);
}

/* Text no wider than 100 columns: the label of 120 letters keeps 96 and
 * an ellipsis (97 + 2 + "n" = 100); 95 letters and a space keep the
 * letters; a column of 90 leaves the label its floor of 16 (15 and the
 * ellipsis) however wide the line.  Markdown keeps every letter. */
static void narrow_text(void)
{
	char longer[121], spaced[127], want[512], head[91];
	table *t = table_new();
	char *s;

	memset(longer, 'a', 120);
	longer[120] = '\0';
	memset(spaced, 'b', 126);
	spaced[95] = ' ';
	spaced[126] = '\0';
	table_add_column(t, "label", CELL_TEXT);
	table_add_column(t, "n", CELL_COUNT);
	table_add_row(t);
	table_put_text(t, longer, 120);
	table_put_number(t, 7);
	table_add_row(t);
	table_put_text(t, spaced, 126);
	table_put_number(t, 8);
	s = render(t, TABLE_TEXT);
	snprintf(want, sizeof want, "label%92s  n\n%.96s\u2026  7\n%.95s\u2026   8\n", "", longer, spaced);
	CHECK_STR(s, want);
	free(s);
	s = render(t, TABLE_MD);
	CHECK(strstr(s, longer) != NULL && strstr(s, spaced) != NULL, "md keeps labels: %s", s);
	free(s);
	table_free(&t);

	t = table_new();
	memset(head, 'n', 90);
	head[90] = '\0';
	table_add_column(t, "label", CELL_TEXT);
	table_add_column(t, head, CELL_COUNT);
	table_add_row(t);
	table_put_text(t, longer, 40);
	table_put_number(t, 7);
	s = render(t, TABLE_TEXT);
	snprintf(want, sizeof want, "label%11s  %s\n%.15s\u2026  %89s7\n", "", head, longer, "");
	CHECK_STR(s, want);
	free(s);
	table_free(&t);
}

int main(void)
{
	char buf[64];
	table *t = table_new();
	char *s;

	/* shortest decimals that read back exactly (Python's repr digits) */
	CHECK_STR(fmt_exact(45000, buf, sizeof buf), "45000");
	CHECK_STR(fmt_exact(0.1, buf, sizeof buf), "0.1");
	CHECK_STR(fmt_exact(157037.0 / 3, buf, sizeof buf), "52345.666666666664");
	CHECK_STR(fmt_exact(21.97 * 2080, buf, sizeof buf), "45697.6");
	CHECK_STR(fmt_exact(-0.0, buf, sizeof buf), "0");
	CHECK_STR(fmt_exact(NAN, buf, sizeof buf), "");
	/* whole numbers take a shorter path: it must write what printf does */
	{
		static const double whole[] = {1, -1, 7, 10, -45000, 239200, 1e14 + 1,
					       999999999999999, -999999999999999, 1e15, 2e300};
		char want[64];
		size_t k;
		for (k = 0; k < sizeof whole / sizeof whole[0]; k++) {
			snprintf(want, sizeof want, "%.15g", whole[k]);
			CHECK_STR(fmt_exact(whole[k], buf, sizeof buf), want);
		}
	}

	table_add_column(t, "role", CELL_TEXT);
	table_add_column(t, "count", CELL_COUNT);
	table_add_column(t, "median", CELL_AMOUNT);
	table_add_row(t);
	table_put_text(t, "Tech, \"Lab\"", 11);
	table_put_number(t, 1234);
	table_put_number(t, 45697.6);
	table_add_row(t);
	table_put_text(t, "MA|x<y>", 7);
	table_put_number(t, 2);
	table_put_number(t, 21.975);
	table_add_row(t);
	table_put_text(t, "", 0);
	table_put_number(t, 0);
	table_put_number(t, NAN);

	s = render(t, TABLE_CSV);
	CHECK_STR(s, "role,count,median\n"
		     "\"Tech, \"\"Lab\"\"\",1234,45697.6\n"
		     "MA|x<y>,2,21.98\n"
		     ",0,\n");
	free(s);
	s = render(t, TABLE_TSV);
	CHECK_STR(s, "role\tcount\tmedian\n"
		     "Tech, \"Lab\"\t1234\t45697.6\n"
		     "MA|x<y>\t2\t21.98\n"
		     "\t0\t\n");
	free(s);
	s = render(t, TABLE_TEXT);
	CHECK_STR(s, "role         count  median\n"
		     "Tech, \"Lab\"  1,234  45,698\n"
		     "MA|x<y>          2   21.98\n"
		     "-                0       -\n");
	free(s);
	s = render(t, TABLE_MD);
	CHECK_STR(s, "| role | count | median |\n"
		     "| --- | ---: | ---: |\n"
		     "| Tech, \"Lab\" | 1,234 | 45,698 |\n"
		     "| MA\\|x&lt;y&gt; | 2 | 21.98 |\n"
		     "| - | 0 | - |\n");
	free(s);
	s = render(t, TABLE_HTML);
	CHECK(strstr(s, "<td>MA|x&lt;y&gt;</td>") != NULL, "html escapes: %s", s);
	CHECK(strstr(s, "<td>Tech, &quot;Lab&quot;</td>") != NULL, "html quotes: %s", s);
	free(s);
	table_set_json_extra(t, "accounting", "{\"rows_read\": 3}");
	s = render(t, TABLE_JSON);
	CHECK_STR(s, "{\"columns\": [\"role\", \"count\", \"median\"],\n"
		     " \"rows\": [\n"
		     "  {\"role\": \"Tech, \\\"Lab\\\"\", \"count\": 1234, \"median\": 45697.6},\n"
		     "  {\"role\": \"MA|x<y>\", \"count\": 2, \"median\": 21.98},\n"
		     "  {\"role\": \"\", \"count\": 0, \"median\": null}\n"
		     " ],\n"
		     " \"accounting\": {\"rows_read\": 3}}\n");
	free(s);
	table_free(&t);
	CHECK(t == NULL, "table_free clears the pointer");
	CHECK(table_format_parse("md") == TABLE_MD && table_format_parse("xml") == -1,
	      "format names");
	machine_numbers();
	cents_second_method();
	counts_and_errors();
	narrow_text();
	return check_done("table");
}
