/*
 * Deterministic synthetic salary microdata for the benchmark.
 *
 *   gen_microdata ROWS [csv|tsv] > FILE
 *
 * Columns: person_id,role,soc_code,region,year,source,annual_salary,
 * hours_per_week.  40 roles (some titles hold commas, so the CSV form quotes
 * them), 55 regions, salaries log-normal around each role's median with a
 * regional factor.  The same ROWS always gives the same bytes; the TSV form
 * holds the same records without any quoting, for tools that cannot read
 * quoted CSV.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *title;
	const char *soc;
	double median;
} roles[] = {
	{"Registered Nurses", "29-1141", 86070},
	{"Medical Assistants", "31-9092", 42000},
	{"Clinical Laboratory Technologists and Technicians", "29-2010", 60780},
	{"Nurse Practitioners", "29-1171", 126260},
	{"Pharmacy Technicians", "29-2052", 40300},
	{"Phlebotomists", "31-9097", 41810},
	{"Radiologic Technologists and Technicians", "29-2034", 73410},
	{"Surgical Technologists", "29-2055", 57500},
	{"Nursing Assistants", "31-1131", 38200},
	{"Home Health and Personal Care Aides", "31-1120", 33530},
	{"Licensed Practical and Licensed Vocational Nurses", "29-2061", 59730},
	{"Physical Therapists", "29-1123", 99710},
	{"Dental Hygienists", "29-1292", 87530},
	{"Pharmacists", "29-1051", 136030},
	{"Physicians, All Other", "29-1229", 239200},
	{"Software Developers", "15-1252", 132270},
	{"Accountants and Auditors", "13-2011", 79880},
	{"Elementary School Teachers, Except Special Education", "25-2021", 63680},
	{"Retail Salespersons", "41-2031", 33900},
	{"Cashiers", "41-2011", 29720},
	{"Waiters and Waitresses", "35-3031", 31940},
	{"Janitors and Cleaners, Except Maids and Housekeeping Cleaners", "37-2011", 35020},
	{"Customer Service Representatives", "43-4051", 39680},
	{"General and Operations Managers", "11-1021", 101280},
	{"Electricians", "47-2111", 61590},
	{"Plumbers, Pipefitters, and Steamfitters", "47-2152", 61550},
	{"Heavy and Tractor-Trailer Truck Drivers", "53-3032", 54320},
	{"Laborers and Freight, Stock, and Material Movers, Hand", "53-7062", 36830},
	{"Police and Sheriff's Patrol Officers", "33-3051", 72280},
	{"Firefighters", "33-2011", 57120},
	{"Lawyers", "23-1011", 145760},
	{"Paralegals and Legal Assistants", "23-2011", 60970},
	{"Civil Engineers", "17-2051", 95890},
	{"Mechanical Engineers", "17-2141", 99510},
	{"Data Scientists", "15-2051", 108020},
	{"Financial Managers", "11-3031", 156100},
	{"Market Research Analysts and Marketing Specialists", "13-1161", 74680},
	{"Cooks, Restaurant", "35-2014", 34110},
	{"Security Guards", "33-9032", 36530},
	{"Bookkeeping, Accounting, and Auditing Clerks", "43-3031", 47440},
};

static const char *regions[] = {
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
	"Connecticut", "Delaware", "District of Columbia", "Florida", "Georgia",
	"Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
	"Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
	"Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
	"New Hampshire", "New Jersey", "New Mexico", "New York",
	"North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
	"Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
	"Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
	"West Virginia", "Wisconsin", "Wyoming", "Puerto Rico", "Guam",
	"Virgin Islands", "United States",
};

static const char *sources[] = {"payroll", "survey", "job_board", "hr_system"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* splitmix64: small, fast and the same on every machine */
static uint64_t rng_state = 20261124;

static uint64_t next_u64(void)
{
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

/* uniform on (0, 1) */
static double next_unit(void)
{
	return ((next_u64() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

static double next_normal(void)
{
	return sqrt(-2.0 * log(next_unit())) * cos(6.283185307179586 * next_unit());
}

static void put_field(const char *s, int csv)
{
	if (csv && strchr(s, ',') != NULL)
		printf("\"%s\"", s);
	else
		fputs(s, stdout);
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: gen_microdata ROWS [csv|tsv]\n");
		return 2;
	}
	long rows = strtol(argv[1], NULL, 10);
	int csv = argc < 3 || strcmp(argv[2], "tsv") != 0;
	char sep = csv ? ',' : '\t';
	static char buf[1 << 20];
	setvbuf(stdout, buf, _IOFBF, sizeof buf);

	printf("person_id%crole%csoc_code%cregion%cyear%csource%cannual_salary%chours_per_week\n",
	       sep, sep, sep, sep, sep, sep, sep);
	for (long i = 0; i < rows; i++) {
		size_t r = next_u64() % COUNT(roles);
		size_t g = next_u64() % COUNT(regions);
		/* regions differ by up to +-15% */
		double regional = 0.85 + 0.30 * (double)g / (COUNT(regions) - 1);
		double salary = roles[r].median * regional * exp(0.35 * next_normal());
		int hours = 20 + (int)(next_u64() % 31);
		printf("P%09ld%c", i + 1, sep);
		put_field(roles[r].title, csv);
		printf("%c%s%c%s%c%d%c%s%c%.2f%c%d\n", sep, roles[r].soc, sep,
		       regions[g], sep, 2019 + (int)(next_u64() % 6), sep,
		       sources[next_u64() % COUNT(sources)], sep, salary, sep, hours);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
