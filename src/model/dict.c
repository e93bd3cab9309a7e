#include "model/dict.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "input/csvin.h"
#include "base/diag.h"
#include "base/names.h"
#include "base/tally.h"
#include "base/xalloc.h"

/* the first four letters of a word, 37 signs each */
#define PREFIXES (37 * 37 * 37 * 37)

/* compiled in from datasets/ by scripts/embed.sh */
extern const char embedded_roles[], embedded_areas[], embedded_cpi[], embedded_cities[],
	embedded_scopes[];

static const char *roles_file, *areas_file, *cpi_file, *cities_file;

/* Names to find in running text: roles', areas' and cities'. */
typedef struct nameset {
	namemap *names;  /* every name -> index */
	namemap *first;  /* the first word of every name */
	unsigned char prefix[PREFIXES / 8 + 1]; /* first letters of those */
	namemap *starts; /* the first words (one or more) of longer names */
} nameset;

static struct {
	int loaded;
	role *roles;
	size_t n, alloc;
	nameset names;  /* titles and aliases */
	namemap *codes; /* 2018 and 2010 codes -> index */
	char **words;   /* by role: its title and aliases, folded, '|' around each
			   ("|medical assistant|cma|") */
	size_t words_alloc;
	role titles[DICT_TITLES]; /* job titles no occupation has, met in text */
	size_t ntitles;
} roles;

static struct {
	int loaded;
	area *areas;
	size_t n, alloc;
	nameset names;
} areas;

static struct {
	int loaded;
	int first, last;
	double *value; /* by year - first */
} cpi;

void dict_use_files(const char *roles_csv, const char *areas_csv, const char *cpi_csv)
{
	if (roles_csv && *roles_csv)
		roles_file = roles_csv;
	if (areas_csv && *areas_csv)
		areas_file = areas_csv;
	if (cpi_csv && *cpi_csv)
		cpi_file = cpi_csv;
}

void dict_use_cities_file(const char *cities_csv)
{
	if (cities_csv && *cities_csv)
		cities_file = cities_csv;
}

/* --- loading ----------------------------------------------------------- */

typedef struct loader {
	const char *name;
	const char *const *want; /* column names, NULL-terminated */
	long idx[8];
	int (*row)(struct loader *l, const csvin_row *r);
} loader;

static int loader_header(void *ctx, const csvin_row *h)
{
	loader *l = ctx;
	size_t i;

	for (i = 0; l->want[i]; i++) {
		l->idx[i] = csvin_column(h, l->want[i]);
		if (l->idx[i] < 0) {
			diag("%s: no column '%s'", l->name, l->want[i]);
			return -1;
		}
	}
	return 0;
}

static int loader_row(void *ctx, const csvin_row *r)
{
	loader *l = ctx;
	return l->row(l, r);
}

/* Read a dictionary from its file or the compiled-in copy; a dictionary
 * that does not load is a fatal error (exit 2). */
static void load(loader *l, const char *file, const char *embedded)
{
	csvin *in = file ? csvin_open(file, ',')
			 : csvin_open_memory(l->name, embedded, strlen(embedded), ',');
	tally t;
	int r;

	if (!in)
		exit(EXIT_USAGE);
	if (file)
		l->name = file;
	tally_init(&t);
	r = csvin_read(in, &t, loader_header, loader_row, l);
	csvin_close(&in);
	if (r != 0 || t.rejected) {
		diag("%s: cannot use this dictionary", l->name);
		exit(EXIT_USAGE);
	}
	tally_free(&t);
}

#define FIELD(r, l, k) (r)->field[(l)->idx[k]], (r)->len[(l)->idx[k]]

/* Call fn for each '|'-separated item of s[0..len). */
static int each_item(const char *s, size_t len, int (*fn)(const char *, size_t, int),
		     int value)
{
	while (len) {
		const char *bar = memchr(s, '|', len);
		size_t n = bar ? (size_t)(bar - s) : len;
		if (n && fn(s, n, value) != 0)
			return -1;
		if (!bar)
			break;
		len -= n + 1;
		s = bar + 1;
	}
	return 0;
}

/* The first four letters of a word, as a number below PREFIXES: letters
 * and digits count, case folded; a shorter word is padded. */
static unsigned prefix_of(const char *s, size_t n)
{
	static unsigned char sign[256]; /* 1-26 letters, 27-36 digits, 0 else */
	unsigned c[4] = {0, 0, 0, 0}, k;

	if (!sign['0']) {
		for (k = 0; k < 26; k++)
			sign['a' + k] = sign['A' + k] = (unsigned char)(1 + k);
		for (k = 0; k < 10; k++)
			sign['0' + k] = (unsigned char)(27 + k);
	}
	/* the word ends at its first byte that is no letter or digit */
	for (k = 0; k < 4 && k < n && (c[k] = sign[(unsigned char)s[k]]) != 0; k++)
		;
	return ((c[0] * 37 + c[1]) * 37 + c[2]) * 37 + c[3];
}

static void mark_prefix(unsigned char *prefix, const char *word)
{
	unsigned p = prefix_of(word, strlen(word));

	prefix[p / 8] |= (unsigned char)(1u << (p % 8));
}

/* Note the first word of a name, folded, in first (and its first letters
 * in prefix), and every run of its first words in starts. */
static void first_word(nameset *ns, const char *s, size_t n)
{
	char folded[256], *space, plural[8];
	size_t len;

	names_fold(s, n, folded, sizeof folded);
	for (space = strchr(folded, ' '); space; space = strchr(space + 1, ' '))
		namemap_put(ns->starts, folded, (size_t)(space - folded), 1);
	space = strchr(folded, ' ');
	if (space)
		*space = '\0';
	namemap_put(ns->first, folded, strlen(folded), 1);
	/* the word as written may be a plural that folds to it: "RNs",
	 * "techs", "aides", "therapies" */
	len = strlen(folded);
	memcpy(plural, folded, len < 4 ? len : 4);
	mark_prefix(ns->prefix, folded);
	if (len < 4) {
		memcpy(plural + len, "s", 2);
		mark_prefix(ns->prefix, plural);
		memcpy(plural + len, "es", 3);
		mark_prefix(ns->prefix, plural);
		if (len > 0 && folded[len - 1] == 'y') {
			memcpy(plural + len - 1, "ies", 4);
			mark_prefix(ns->prefix, plural);
		}
	}
}

static void nameset_init(nameset *ns)
{
	ns->names = namemap_new();
	ns->first = namemap_new();
	ns->starts = namemap_new();
}

/* Add a name: 0, or -1 if it already names another index. */
static int nameset_put(nameset *ns, const char *s, size_t n, int value)
{
	first_word(ns, s, n);
	return namemap_put(ns->names, s, n, value);
}

/* The index a phrase names, or -1; *longer says whether a longer name
 * begins with it. */
static int nameset_phrase(const nameset *ns, const char *text, size_t len, int *longer)
{
	char folded[256];

	names_fold(text, len, folded, sizeof folded);
	*longer = namemap_get_folded(ns->starts, folded) > 0;
	return namemap_get_folded(ns->names, folded);
}

static int starts_a_name(const nameset *ns, const char *word, size_t len)
{
	char folded[256], *space;
	unsigned p;

	/* most words fail on their first four letters, without folding */
	p = prefix_of(word, len);
	if (!(ns->prefix[p / 8] & (1u << (p % 8))))
		return 0;
	names_fold(word, len, folded, sizeof folded);
	space = strchr(folded, ' ');
	if (space)
		*space = '\0';
	return namemap_get_folded(ns->first, folded) > 0;
}

static int role_name(const char *s, size_t n, int value)
{
	return nameset_put(&roles.names, s, n, value);
}

static int role_code(const char *s, size_t n, int value)
{
	return namemap_put(roles.codes, s, n, value);
}

/* "|title|alias|alias|", each name folded: what dict_role_nearest matches. */
static char *role_words(const char *title, size_t tn, const char *aliases, size_t an)
{
	size_t size = 2 * (tn + an) + 8, k;
	char *w = xmalloc(size), *o = w;
	char folded[512];

	names_fold(title, tn, folded, sizeof folded);
	o += snprintf(o, size, "|%s|", folded);
	for (k = 0; k < an;) {
		size_t e = k;
		while (e < an && aliases[e] != '|')
			e++;
		names_fold(aliases + k, e - k, folded, sizeof folded);
		if (folded[0] && (size_t)(o - w) + strlen(folded) + 2 < size)
			o += snprintf(o, size - (size_t)(o - w), "%s|", folded);
		k = e + 1;
	}
	return w;
}

static int role_row(loader *l, const csvin_row *r)
{
	role *x;
	int i = (int)roles.n;

	xgrow(&roles.roles, &roles.alloc, roles.n + 1, sizeof *roles.roles);
	x = &roles.roles[roles.n++];
	snprintf(x->code, sizeof x->code, "%.*s", (int)r->len[l->idx[0]], r->field[l->idx[0]]);
	x->title = xstrndup(FIELD(r, l, 1));
	xgrow(&roles.words, &roles.words_alloc, roles.n, sizeof *roles.words);
	roles.words[i] = role_words(FIELD(r, l, 1), FIELD(r, l, 2));
	/* a broad group titled like its one detailed occupation, which comes
	 * first in the file, keeps its code but not the title */
	(void)role_name(FIELD(r, l, 1), i);
	if (role_code(FIELD(r, l, 0), i) != 0 ||
	    each_item(FIELD(r, l, 2), role_name, i) != 0 ||
	    each_item(FIELD(r, l, 3), role_code, i) != 0) {
		diag_at(l->name, r->line, 1, "a name or code of %s is given to another occupation too",
			x->code);
		return -1;
	}
	return 0;
}

static void load_roles(void)
{
	static const char *const want[] = {"soc_code", "title", "aliases", "soc_2010", NULL};

	if (roles.loaded)
		return;
	loader l = {"roles.csv", want, {0}, role_row};
	roles.loaded = 1;
	nameset_init(&roles.names);
	roles.codes = namemap_new();
	load(&l, roles_file, embedded_roles);
}

static int area_name(const char *s, size_t n, int value)
{
	return nameset_put(&areas.names, s, n, value);
}

static int area_row(loader *l, const csvin_row *r)
{
	area *x;
	int i = (int)areas.n;

	xgrow(&areas.areas, &areas.alloc, areas.n + 1, sizeof *areas.areas);
	x = &areas.areas[areas.n++];
	snprintf(x->code, sizeof x->code, "%.*s", (int)r->len[l->idx[0]], r->field[l->idx[0]]);
	snprintf(x->fips, sizeof x->fips, "%.*s", (int)r->len[l->idx[2]], r->field[l->idx[2]]);
	x->name = xstrndup(FIELD(r, l, 1));
	x->region = xstrndup(FIELD(r, l, 3));
	x->division = xstrndup(FIELD(r, l, 4));
	x->kind = xstrndup(FIELD(r, l, 5));
	if (area_name(FIELD(r, l, 1), i) != 0 || each_item(FIELD(r, l, 6), area_name, i) != 0) {
		diag_at(l->name, r->line, 1, "a name of %s is given to another area too", x->code);
		return -1;
	}
	return 0;
}

static void load_areas(void)
{
	static const char *const want[] = {"code", "name", "fips", "region", "division",
					   "kind", "aliases", NULL};

	if (areas.loaded)
		return;
	loader l = {"areas.csv", want, {0}, area_row};
	areas.loaded = 1;
	nameset_init(&areas.names);
	load(&l, areas_file, embedded_areas);
}

/* Cities, each a name of its state's area. */
static struct {
	int loaded;
	nameset names; /* city -> index in areas */
} cities;

static int city_row(loader *l, const csvin_row *r)
{
	const area *a = dict_area(FIELD(r, l, 1));

	if (!a || strcmp(a->kind, "state") != 0) {
		diag_at(l->name, r->line, 1, "%.*s is not a state", (int)r->len[l->idx[1]],
			r->field[l->idx[1]]);
		return -1;
	}
	if (nameset_put(&cities.names, FIELD(r, l, 0), (int)(a - areas.areas)) != 0) {
		diag_at(l->name, r->line, 1, "a city is given two states");
		return -1;
	}
	return 0;
}

static void load_cities(void)
{
	static const char *const want[] = {"city", "state", NULL};

	if (cities.loaded)
		return;
	loader l = {"cities.csv", want, {0}, city_row};
	load_areas();
	cities.loaded = 1;
	nameset_init(&cities.names);
	load(&l, cities_file, embedded_cities);
}

/* Scopes: industries, metro areas and levels of experience, by name; a
 * metro area also by "name|STATE", for the city an article names. */
static struct {
	int loaded;
	scope_def *scopes;
	size_t n, alloc;
	nameset names;
	namemap *by_state;
	namemap *words; /* every word of an industry's names */
} scopes;

static int scope_name(const char *s, size_t n, int value)
{
	char key[256];
	int k;

	if (strcmp(scopes.scopes[value].kind, "industry") == 0) {
		size_t a = 0, b;
		while (a < n) {
			for (b = a; b < n && s[b] != ' '; b++)
				;
			(void)namemap_put(scopes.words, s + a, b - a, 1);
			a = b + 1;
		}
	}
	if (scopes.scopes[value].state[0]) {
		k = snprintf(key, sizeof key, "%.*s|%s", (int)n, s, scopes.scopes[value].state);
		(void)namemap_put(scopes.by_state, key, (size_t)k, value);
	}
	/* a metro's name can be another's too ("Albany"): the first keeps it */
	return nameset_put(&scopes.names, s, n, value) != 0 && !scopes.scopes[value].state[0];
}

static int scope_row(loader *l, const csvin_row *r)
{
	scope_def *x;
	int i = (int)scopes.n;

	xgrow(&scopes.scopes, &scopes.alloc, scopes.n + 1, sizeof *scopes.scopes);
	x = &scopes.scopes[scopes.n++];
	snprintf(x->kind, sizeof x->kind, "%.*s", (int)r->len[l->idx[0]], r->field[l->idx[0]]);
	snprintf(x->code, sizeof x->code, "%.*s", (int)r->len[l->idx[1]], r->field[l->idx[1]]);
	snprintf(x->state, sizeof x->state, "%.*s", (int)r->len[l->idx[3]], r->field[l->idx[3]]);
	x->title = xstrndup(FIELD(r, l, 2));
	if (strcmp(x->kind, "industry") && strcmp(x->kind, "metro") && strcmp(x->kind, "experience") &&
	    strcmp(x->kind, "region")) {
		diag_at(l->name, r->line, 1, "kind %s is not industry, metro, region or experience",
			x->kind);
		return -1;
	}
	if (each_item(FIELD(r, l, 4), scope_name, i) != 0) {
		diag_at(l->name, r->line, 1, "a name of %s:%s is given to another scope too",
			x->kind, x->code);
		return -1;
	}
	return 0;
}

static void load_scopes(void)
{
	static const char *const want[] = {"kind", "code", "title", "state", "aliases", NULL};

	if (scopes.loaded)
		return;
	loader l = {"scopes.csv", want, {0}, scope_row};
	scopes.loaded = 1;
	nameset_init(&scopes.names);
	scopes.by_state = namemap_new();
	scopes.words = namemap_new();
	load(&l, NULL, embedded_scopes);
}

const scope_def *dict_scope_phrase(const char *text, size_t len, int *longer)
{
	int k;

	load_scopes();
	k = nameset_phrase(&scopes.names, text, len, longer);
	return k >= 0 ? &scopes.scopes[k] : NULL;
}

int dict_scope_starts(const char *word, size_t len)
{
	load_scopes();
	return starts_a_name(&scopes.names, word, len);
}

int dict_scope_word(const char *word, size_t len)
{
	load_scopes();
	return namemap_get(scopes.words, word, len) > 0;
}

const scope_def *dict_metro(const char *name, size_t len, const char *state)
{
	char key[256], folded[300];
	int k;

	load_scopes();
	snprintf(key, sizeof key, "%.*s|%s", (int)(len < 200 ? len : 200), name, state);
	names_fold(key, strlen(key), folded, sizeof folded);
	k = namemap_get_folded(scopes.by_state, folded);
	return k >= 0 ? &scopes.scopes[k] : NULL;
}

static int cpi_row(loader *l, const csvin_row *r)
{
	int year = atoi(r->field[l->idx[0]]);
	double v = strtod(r->field[l->idx[1]], NULL);

	if (year < 1800 || year > 2200 || !(v > 0)) {
		diag_at(l->name, r->line, 1, "not a year and a CPI value");
		return -1;
	}
	if (!cpi.value) {
		cpi.first = cpi.last = year;
		cpi.value = xmalloc(sizeof *cpi.value);
	} else if (year != cpi.last + 1) {
		diag_at(l->name, r->line, 1, "years must follow each other");
		return -1;
	} else {
		cpi.last = year;
		cpi.value = xrealloc(cpi.value, (size_t)(cpi.last - cpi.first + 1) * sizeof *cpi.value);
	}
	cpi.value[year - cpi.first] = v;
	return 0;
}

static void load_cpi(void)
{
	static const char *const want[] = {"year", "cpi_u", NULL};

	if (cpi.loaded)
		return;
	loader l = {"cpi_u.csv", want, {0}, cpi_row};
	cpi.loaded = 1;
	load(&l, cpi_file, embedded_cpi);
}

/* --- lookups ----------------------------------------------------------- */

static int is_soc_code(const char *s, size_t len)
{
	return len == 7 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
	       s[2] == '-' && isdigit((unsigned char)s[3]) && isdigit((unsigned char)s[4]) &&
	       isdigit((unsigned char)s[5]) && isdigit((unsigned char)s[6]);
}

const role *dict_role(const char *text, size_t len)
{
	int i;

	load_roles();
	while (len && isspace((unsigned char)*text))
		text++, len--;
	while (len && isspace((unsigned char)text[len - 1]))
		len--;
	i = is_soc_code(text, len) ? namemap_get(roles.codes, text, len)
				   : namemap_get(roles.names.names, text, len);
	return i >= 0 ? &roles.roles[i] : NULL;
}

const role *dict_role_title(const char *text, size_t len)
{
	size_t k;

	load_roles();
	for (k = 0; k < roles.ntitles; k++)
		if (strncmp(roles.titles[k].title, text, len) == 0 && roles.titles[k].title[len] == '\0')
			return &roles.titles[k];
	if (roles.ntitles == DICT_TITLES)
		return NULL;
	roles.titles[roles.ntitles].code[0] = '\0';
	roles.titles[roles.ntitles].title = xstrndup(text, len);
	return &roles.titles[roles.ntitles++];
}

/* How near a name (folded words, n long) is to the query's words q (nq of
 * them): the words they share over the words of both. */
static double name_nearness(const char *name, size_t n, char q[][64], size_t nq)
{
	size_t shared = 0, words = 0, k, i = 0;

	while (i < n) {
		size_t wl = strcspn(name + i, " |");
		if (wl > n - i)
			wl = n - i;
		words++;
		for (k = 0; k < nq; k++)
			if (strlen(q[k]) == wl && strncmp(q[k], name + i, wl) == 0) {
				shared++;
				break;
			}
		i += wl + 1;
	}
	return shared ? (double)shared / (double)(words + nq - shared) : 0;
}

size_t dict_role_nearest(const char *text, size_t len, const role **out, size_t max)
{
	char folded[256], q[8][64];
	double best[8];
	size_t n = 0, nq = 0, k, i;
	const char *p;

	load_roles();
	if (max > 8)
		max = 8;
	names_fold(text, len, folded, sizeof folded);
	for (p = folded; *p && nq < 8; nq++) {
		size_t wl = strcspn(p, " ");
		snprintf(q[nq], sizeof q[nq], "%.*s", (int)wl, p);
		p += wl + (p[wl] == ' ');
	}
	for (k = 0; k < roles.n; k++) {
		double score = 0;
		const char *name = roles.words[k] + 1, *bar;
		for (; (bar = strchr(name, '|')) != NULL; name = bar + 1) {
			double s1 = name_nearness(name, (size_t)(bar - name), q, nq);
			if (s1 > score)
				score = s1;
		}
		if (score <= 0)
			continue;
		/* kept best first, the file's order among equals */
		for (i = n < max ? n : max; i > 0 && best[i - 1] < score; i--)
			if (i < max) {
				best[i] = best[i - 1];
				out[i] = out[i - 1];
			}
		if (i < max) {
			best[i] = score;
			out[i] = &roles.roles[k];
			if (n < max)
				n++;
		}
	}
	return n;
}

const area *dict_area(const char *text, size_t len)
{
	size_t i;
	int k;

	load_areas();
	while (len && isspace((unsigned char)*text))
		text++, len--;
	while (len && isspace((unsigned char)text[len - 1]))
		len--;
	/* codes match exactly: "CA", "US", "06"; a lower-case "in" is a word */
	for (i = 0; len <= 3 && len && i < areas.n; i++) {
		const area *a = &areas.areas[i];
		if ((a->code[0] == text[0] && strncmp(a->code, text, len) == 0 && !a->code[len]) ||
		    (a->fips[0] == text[0] && strncmp(a->fips, text, len) == 0 && !a->fips[len]))
			return a;
	}
	k = namemap_get(areas.names.names, text, len);
	return k >= 0 ? &areas.areas[k] : NULL;
}

const role *dict_role_phrase(const char *text, size_t len, int *longer)
{
	int i;

	load_roles();
	i = nameset_phrase(&roles.names, text, len, longer);
	return i >= 0 ? &roles.roles[i] : NULL;
}

const area *dict_area_phrase(const char *text, size_t len, int *longer)
{
	int k;

	load_areas();
	k = nameset_phrase(&areas.names, text, len, longer);
	if (len <= 3)
		return dict_area(text, len); /* codes match exactly */
	return k >= 0 ? &areas.areas[k] : NULL;
}

const area *dict_city_phrase(const char *text, size_t len, int *longer)
{
	int k;

	load_cities();
	k = nameset_phrase(&cities.names, text, len, longer);
	return k >= 0 ? &areas.areas[k] : NULL;
}

int dict_city_starts(const char *word, size_t len)
{
	load_cities();
	return starts_a_name(&cities.names, word, len);
}

int dict_role_starts(const char *word, size_t len)
{
	load_roles();
	return starts_a_name(&roles.names, word, len);
}

int dict_area_starts(const char *word, size_t len)
{
	load_areas();
	return starts_a_name(&areas.names, word, len);
}

double dict_cpi(int year)
{
	load_cpi();
	if (!cpi.value || year < cpi.first || year > cpi.last)
		return NAN;
	return cpi.value[year - cpi.first];
}

void dict_cpi_years(int *first, int *last)
{
	load_cpi();
	*first = cpi.first;
	*last = cpi.last;
}
