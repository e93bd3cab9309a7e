/* Places and occupations found in text (extract's place and occupation
 * stages), against the codes of datasets/areas.csv and roles.csv. */
#include "extract/occupation.h"
#include "extract/place.h"

#include "check.h"

static doc d;

/* The code of the last place text names, "" if none. */
static const char *last_place(const char *text)
{
	static char code[4];
	static char buf[128];
	doc_mention m[8];
	size_t n;

	snprintf(buf, sizeof buf, "%s", text);
	doc_open(&d, "t", buf, strlen(buf));
	n = place_find(&d, 0, d.len, m, 8);
	snprintf(code, sizeof code, "%s", n ? ((const area *)m[n - 1].what)->code : "");
	doc_close(&d);
	return code;
}

static void places(void)
{
	char dateline[] = "ALBANY, N.Y. - Nurses earn more.\nThe rest.";
	char wi[] = "Mean wages in Wisconsin and Ohio";

	CHECK_STR(last_place("Nurses in Ohio earn more"), "OH");
	CHECK_STR(last_place("Nurses in Phoenix earn more"), "AZ"); /* a city named as a place */
	CHECK_STR(last_place("Phoenix said so"), "");                /* ... or a person */
	CHECK_STR(last_place("Demand for RNs IN the region"), ""); /* "IN" is a word */
	CHECK_STR(last_place("Evansville, IN"), "IN");             /* ... but for after a comma */
	CHECK_STR(last_place("Pay in N.Y. is high"), "NY");
	CHECK_STR(last_place("Nurses earn more nationwide"), "US");
	doc_open(&d, "t", dateline, sizeof dateline - 1);
	CHECK(place_dateline(&d) && !strcmp(place_dateline(&d)->code, "NY"), "dateline");
	CHECK(!strcmp(place_default(&d, NULL)->code, "US"), "the default is the nation");
	d.local = place_dateline(&d);
	CHECK(!strcmp(place_default(&d, NULL)->code, "NY"), "a local text's place");
	CHECK(!strcmp(place_default(&d, "BLS")->code, "US"), "... but for the BLS's figures");
	doc_close(&d);
	doc_open(&d, "t", wi, sizeof wi - 1);
	CHECK(!strcmp(place_in(&d, 0, d.len)->code, "WI"), "the first place named");
	doc_close(&d);
}

static void occupations(void)
{
	char text[] = "Medical assistants earn more than phlebotomists and RNs.";
	doc_mention m[4];
	size_t n;

	doc_open(&d, "t", text, sizeof text - 1);
	n = occupation_find(&d, 0, d.len, m, 4);
	CHECK(n == 3, "%zu occupations", n);
	CHECK(n == 3 && m[0].pos == 0 && m[0].len == 18 &&
		      !strcmp(((const role *)m[0].what)->code, "31-9092"),
	      "medical assistants");
	CHECK(n == 3 && m[1].pos == 34 && !strcmp(((const role *)m[1].what)->code, "31-9097"),
	      "phlebotomists");
	CHECK(n == 3 && m[2].pos == 52 && !strcmp(((const role *)m[2].what)->code, "29-1141"),
	      "RNs");
	doc_close(&d);
}

int main(void)
{
	places();
	occupations();
	return check_done("test_extract_place");
}
