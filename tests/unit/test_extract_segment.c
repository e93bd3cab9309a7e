/* The segmentation stage of extract: segments, sentences and line tests,
 * on texts whose offsets are counted by hand. */
#include "extract/segment.h"

#include "check.h"

/* Texts and their sentences, counted by hand. */
static const struct {
	const char *text;
	size_t n;
	size_t span[3][2];
} split[] = {
	/* "Dr." is an abbreviation; "$5." ends the sentence */
	{"Dr. Smith earns $5. She earns more.", 2, {{0, 19}, {20, 35}}},
	/* a decimal point ends nothing */
	{"It rose 2.5 percent this year.", 1, {{0, 30}}},
	/* each list item is a sentence of its own */
	{"Wages\n- RNs earn $80,000\n- LPNs earn $50,000", 3, {{0, 5}, {6, 24}, {25, 44}}},
	/* ':' and ';' end a sentence only before a capital */
	{"Pay: nurses, aides; and techs. Next: More text", 3, {{0, 30}, {31, 36}, {37, 46}}},
};

static void sentences(void)
{
	char buf[128];
	doc d;
	doc_span sp[8];
	size_t k, j, n;

	for (k = 0; k < sizeof split / sizeof split[0]; k++) {
		memcpy(buf, split[k].text, strlen(split[k].text) + 1);
		doc_open(&d, "t", buf, strlen(buf));
		n = segment_sentences(&d, 0, d.len, sp, 8);
		CHECK(n == split[k].n, "%zu sentences in \"%s\"", n, split[k].text);
		for (j = 0; j < n && j < split[k].n; j++)
			CHECK(sp[j].s == split[k].span[j][0] && sp[j].e == split[k].span[j][1],
			      "sentence %zu of \"%s\": [%zu, %zu)", j, split[k].text, sp[j].s, sp[j].e);
		if (k == 0) {
			CHECK(segment_abbreviation(&d, 0, 2) == 1, "Dr.");
			CHECK(segment_abbreviation(&d, 0, 18) == 0, "$5.");
		} else if (k == 2) {
			CHECK(segment_list_item(&d, 6, d.len) == 1, "\"- RNs\"");
			CHECK(segment_list_item(&d, 0, d.len) == 0, "\"Wages\"");
		}
		doc_close(&d);
	}
}

static void segments(void)
{
	char md[] = "## Pay\n| a | b |\ntext\n\nNational wages\n\nEnd.";
	char html[] = "<h2>Pay</h2><p>Nurses earn</p>";
	doc d;
	segment sg;

	doc_open(&d, "t", md, sizeof md - 1);
	segment_at(&d, 0, 1, &sg);
	CHECK(sg.kind == SEGMENT_HEADING && sg.s == 0 && sg.e == 6, "kind %d [%zu, %zu)", sg.kind,
	      sg.s, sg.e);
	segment_at(&d, 7, 0, &sg);
	CHECK(sg.kind == SEGMENT_PIPES && sg.s == 7 && sg.e == 16, "kind %d [%zu, %zu)", sg.kind,
	      sg.s, sg.e);
	segment_at(&d, 17, 0, &sg);
	CHECK(sg.kind == SEGMENT_TEXT && sg.e == 21, "kind %d e %zu", sg.kind, sg.e);
	segment_at(&d, 22, 0, &sg);
	CHECK(sg.kind == SEGMENT_BLANK && sg.e == 22, "kind %d e %zu", sg.kind, sg.e);
	/* a short line between blank lines is a title */
	segment_at(&d, 23, 1, &sg);
	CHECK(sg.kind == SEGMENT_HEADING && sg.e == 37, "kind %d e %zu", sg.kind, sg.e);
	segment_at(&d, 23, 0, &sg);
	CHECK(sg.kind == SEGMENT_TEXT, "kind %d: no blank line before", sg.kind);
	doc_close(&d);
	/* HTML: a heading runs from its mark to the next mark */
	doc_open(&d, "t", html, sizeof html - 1);
	CHECK(d.html == 1, "HTML not seen");
	segment_at(&d, 0, 1, &sg);
	CHECK(sg.kind == SEGMENT_HEADING && sg.marked && sg.s == 1 && sg.a == 4 && sg.e == 7,
	      "kind %d marked %d [%zu, %zu) a %zu", sg.kind, sg.marked, sg.s, sg.e, sg.a);
	segment_at(&d, 12, 0, &sg);
	CHECK(sg.kind == SEGMENT_TEXT && sg.a == 15 && sg.e == 26, "kind %d a %zu e %zu", sg.kind,
	      sg.a, sg.e);
	doc_close(&d);
}

static void lines(void)
{
	char t[] = "-----\nState   Median\n|---|:--:|\nA b. Then more\n75th pct.";
	doc d;

	doc_open(&d, "t", t, sizeof t - 1);
	CHECK(segment_rule_line(&d, 0, 5) == 1, "\"-----\"");
	CHECK(segment_rule_line(&d, 0, 2) == 0, "\"--\"");
	CHECK(segment_two_spaces(&d, 6, 20) == 1, "\"State   Median\"");
	CHECK(segment_two_spaces(&d, 32, 46) == 0, "\"A b. Then more\"");
	CHECK(segment_separator_row(&d, 21, 31) == 1, "\"|---|:--:|\"");
	CHECK(segment_separator_row(&d, 6, 20) == 0, "\"State   Median\"");
	CHECK(segment_prose_line(&d, 32, 46) == 1, "\"A b. Then more\"");
	CHECK(segment_prose_line(&d, 47, 56) == 0, "\"75th pct.\"");
	CHECK(segment_ends_sentence(&d, 47, 56) == 1, "\"75th pct.\"");
	CHECK(segment_ends_sentence(&d, 6, 20) == 0, "\"State   Median\"");
	doc_close(&d);
}

int main(void)
{
	sentences();
	segments();
	lines();
	return check_done("test_extract_segment");
}
