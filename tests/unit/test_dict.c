/* Dictionaries and name folding, on small files written for the test. */
#include "model/dict.h"
#include "base/names.h"

#include "check.h"


static const char *role_of(const char *text)
{
	const role *r = dict_role(text, strlen(text));
	return r ? r->code : "(none)";
}

static const char *area_of(const char *text)
{
	const area *a = dict_area(text, strlen(text));
	return a ? a->code : "(none)";
}

static const char *city_of(const char *text, int *longer)
{
	const area *a = dict_city_phrase(text, strlen(text), longer);
	return a ? a->code : "(none)";
}

int main(void)
{
	char buf[128];
	namemap *m = namemap_new();

	CHECK_STR(names_fold("Medical Assistants", 18, buf, sizeof buf), "medical assistant");
	CHECK_STR(names_fold("  MEDICAL-ASSISTANT ", 20, buf, sizeof buf), "medical assistant");
	CHECK_STR(names_fold("Technologists and Technicians", 29, buf, sizeof buf),
		  "technologist and technician");
	CHECK_STR(names_fold("therapies", 9, buf, sizeof buf), "therapy");
	CHECK_STR(names_fold("nurses", 6, buf, sizeof buf), "nurse");
	CHECK_STR(names_fold("class", 5, buf, sizeof buf), "class");
	CHECK_STR(names_fold("status", 6, buf, sizeof buf), "status");
	CHECK_STR(names_fold("U.S.", 4, buf, sizeof buf), "u s");
	/* an acronym's plural loses its s even when short; a word keeps it */
	CHECK_STR(names_fold("RNs", 3, buf, sizeof buf), "rn");
	CHECK_STR(names_fold("MLTs and NPs", 12, buf, sizeof buf), "mlt and np");
	CHECK_STR(names_fold("GAS", 3, buf, sizeof buf), "gas");
	CHECK_STR(names_fold("has", 3, buf, sizeof buf), "has");
	CHECK_STR(names_fold("nurse's aide", 12, buf, sizeof buf), "nurse aide");
	CHECK_STR(names_fold("RNs' pay", 8, buf, sizeof buf), "rn pay");
	CHECK(namemap_put(m, "Lab Tech", 8, 1) == 0, "put");
	CHECK(namemap_put(m, "lab techs", 9, 1) == 0, "same name, same value");
	CHECK(namemap_put(m, "LAB-TECH", 8, 2) == -1, "same name, other value");
	CHECK(namemap_get(m, "lab tech", 8) == 1, "get folded");
	CHECK(namemap_get(m, "lab", 3) == -1, "get missing");
	namemap_free(&m);

	dict_use_files("tests/data/roles-mini.csv", "tests/data/areas-mini.csv",
		       "tests/data/cpi-mini.csv");
	CHECK_STR(role_of("med techs"), "29-2010");
	CHECK_STR(role_of("Medical Technologist"), "29-2010");
	CHECK_STR(role_of("MLT"), "29-2010");
	CHECK_STR(role_of("MLTs"), "29-2010");
	CHECK_STR(role_of("29-2011"), "29-2010");   /* SOC 2010 code */
	CHECK_STR(role_of("29-2010"), "29-2010");
	CHECK_STR(role_of("Clinical Laboratory Technologists and Technicians"), "29-2010");
	CHECK_STR(role_of("medical assistants"), "31-9092");
	CHECK_STR(role_of("CMAs"), "31-9092");
	CHECK_STR(role_of("31-1014"), "31-1131");
	CHECK_STR(role_of("patient care technicians"), "31-1131");
	CHECK_STR(role_of("astronaut"), "(none)");
	CHECK_STR(role_of("29-9999"), "(none)");

	CHECK_STR(area_of("California"), "CA");
	{
		/* cities give their state, in text only: dict_area knows none */
		int longer = -1;
		dict_use_cities_file("tests/data/cities-mini.csv");
		CHECK_STR(city_of("Fresno", &longer), "CA");
		CHECK(longer == 0, "no longer city begins Fresno");
		CHECK_STR(city_of("San", &longer), "(none)");
		CHECK(longer == 1, "San begins San Jose");
		CHECK_STR(city_of("San Jose", &longer), "CA");
		CHECK_STR(city_of("INDIANAPOLIS", &longer), "IN");
		CHECK(dict_city_starts("San", 3) && !dict_city_starts("Sandwich", 8), "city starts");
		CHECK_STR(area_of("Fresno"), "(none)");
	}
	CHECK_STR(area_of("CA"), "CA");
	CHECK_STR(area_of("Calif."), "CA");
	CHECK_STR(area_of("06"), "CA");
	CHECK_STR(area_of("U.S."), "US");
	CHECK_STR(area_of("nationally"), "US");
	CHECK_STR(area_of("Washington DC"), "DC");
	CHECK_STR(area_of("Virgin Islands"), "VI");
	CHECK_STR(area_of("IN"), "IN");
	CHECK_STR(area_of("in"), "(none)");         /* a word, not Indiana */
	CHECK_STR(area_of("Atlantis"), "(none)");

	CHECK_NEAR(dict_cpi(2016), 240.007, 0);
	CHECK_NEAR(dict_cpi(2018), 251.107, 0);
	CHECK(isnan(dict_cpi(2019)), "no 2019 in the table");
	{
		int first, last;
		dict_cpi_years(&first, &last);
		CHECK(first == 2016 && last == 2018, "years %d-%d", first, last);
	}
	return check_done("dict");
}
