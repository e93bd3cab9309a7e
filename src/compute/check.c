#include "compute/check.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/fmt.h"
#include "model/claimin.h"
#include "compute/consensus.h"
#include "compute/contra.h"
#include "compute/payrules.h"
#include "model/cue.h"
#include "model/dict.h"
#include "base/xalloc.h"

/* --- the check_ctx ------------------------------------------------------- */

typedef struct pending {
	claim c;
	int same_as;
} pending;

struct check_ctx {
	const check_ref *ref;
	size_t ncmp; /* findings before this index are comparisons */
	check_opts o;
	pending *p;
	size_t np, palloc;
	check_finding *f;
	size_t nf, falloc;
};

check_ctx *check_new(const check_ref *ref, const check_opts *o)
{
	check_ctx *k = xcalloc(1, sizeof *k);

	k->ref = ref;
	k->o = *o;
	return k;
}

static void clear(check_ctx *k)
{
	size_t i;

	for (i = 0; i < k->np; i++)
		claim_free(&k->p[i].c);
	for (i = 0; i < k->nf; i++) {
		claim_free(&k->f[i].c);
		free(k->f[i].ref_source);
		free(k->f[i].reason);
	}
	k->np = k->nf = 0;
}

void check_free(check_ctx **kp)
{
	check_ctx *k = *kp;

	if (!k)
		return;
	clear(k);
	free(k->p);
	free(k->f);
	free(k);
	*kp = NULL;
}

size_t check_count(const check_ctx *k) { return k->nf; }
const check_finding *check_result(const check_ctx *k, size_t i) { return &k->f[i]; }

static const char *const verdict_names[CHECK_VERDICTS] = {
	"ok", "unverifiable", "self_contradiction", "hourly_annual_mismatch", "percentile_order",
	"disagrees_with_ref", "mislabeled", "comparison_wrong", "possible_contradiction",
};

const char *check_verdict_names(unsigned v, char *buf, size_t size)
{
	size_t i, o = 0;

	buf[0] = '\0';
	for (i = 0; i < CHECK_VERDICTS; i++)
		if (v & (1u << i))
			o += (size_t)snprintf(buf + o, o < size ? size - o : 0, "%s%s", o ? " " : "",
					      verdict_names[i]);
	return buf;
}

/* Append a phrase to the finding's reason. */
/* The most years a figure's year may be from the reference's nearest to be judged by it. */
#define CHECK_YEAR_GAP 2
#define say(x, ...) xappendf(&(x)->reason, "; ", __VA_ARGS__)

void check_begin(check_ctx *k)
{
	clear(k);
}

void check_add_claim(check_ctx *k, const claim *c, int same_as)
{
	pending *p;

	xgrow(&k->p, &k->palloc, k->np + 1, sizeof *k->p);
	p = &k->p[k->np++];
	claim_copy(&p->c, c);
	p->same_as = same_as;
}

static check_finding *new_finding(check_ctx *k)
{
	check_finding *f;

	xgrow(&k->f, &k->falloc, k->nf + 1, sizeof *k->f);
	f = &k->f[k->nf++];
	memset(f, 0, sizeof *f);
	f->ref_value = NAN;
	f->deviation = NAN;
	f->ref_source = xstrdup("");
	f->reason = xstrdup("");
	return f;
}

/* The median a comparison is judged on: annual, national, newest year. */
/* The reference's newest national median of each occupation of codes
 * ("29-2010|29-2034"), at most max; how many have one. */
static size_t member_medians(const check_ctx *k, const char *codes, const checkref_fig **out, size_t max)
{
	size_t n = 0;

	while (*codes && n < max) {
		size_t len = strcspn(codes, "|");
		char code[8];
		snprintf(code, sizeof code, "%.*s", (int)len, codes);
		if ((out[n] = checkref_find(k->ref, code, "US", "", CSTAT_MEDIAN, UNIT_ANNUAL, k->o.year)) != NULL)
			n++;
		codes += len + (codes[len] == '|');
	}
	return n;
}

/* A comparison with a name of several occupations on a side ("medical
 * technicians earn more than medical assistants"), judged member by
 * member: it holds for those whose median is on its side; wrong when it
 * fails for more of them than it holds for. */
static void judge_members(check_ctx *k, check_finding *f, const claim_comparison *cmp)
{
	const checkref_fig *hi[8], *lo[8];
	size_t nh = member_medians(k, cmp->higher_soc, hi, 8), nl = member_medians(k, cmp->lower_soc, lo, 8);
	size_t i, j, held = 0, failed = 0;
	char *yes = NULL, *no = NULL, a[64], b[64];

	if (!nh || !nl) {
		f->verdict = CHECK_UNVERIFIABLE;
		say(f, "no reference median for %s", !nh ? cmp->higher_role : cmp->lower_role);
		return;
	}
	for (i = 0; i < nh; i++)
		for (j = 0; j < nl; j++) {
			const checkref_fig *x = nh > 1 ? hi[i] : lo[j]; /* the member named */
			const char *title = dict_role(x->soc, strlen(x->soc))->title;
			if (hi[i]->value > lo[j]->value) {
				xappendf(&yes, ", ", "%s", title);
				held++;
			} else {
				xappendf(&no, ", ", "%s (%s against %s)", title, fmt_amount(hi[i]->value, a, 64),
					 fmt_amount(lo[j]->value, b, 64));
				failed++;
			}
		}
	f->verdict = failed > held ? CHECK_COMPARISON_WRONG : CHECK_OK;
	say(f, "by members (%s medians): holds for %s; not for %s", hi[0]->source, yes ? yes : "none",
	    no ? no : "none");
	free(yes);
	free(no);
}

/* "California pays the most": where the state's mean stands among the
 * states' in the reference's newest year of them. */
static void judge_rank(check_ctx *k, check_finding *f, const claim_comparison *cmp)
{
	const checkref_fig *mine, *top;
	unit u = cmp->unit == UNIT_HOURLY ? UNIT_HOURLY : UNIT_ANNUAL;
	size_t of, at = checkref_rank(k->ref, cmp->higher_soc, cmp->area, CSTAT_MEAN, u, &of, &mine, &top);
	char a[64], b[64], said[16], name[256];
	int right;

	snprintf(said, sizeof said, cmp->rank < 0 ? "the lowest" : "number %d", cmp->rank);
	snprintf(name, sizeof name, "%s: %s %s", cmp->higher_role, cmp->area, said);
	claim_set(&f->c.role, name, strlen(name));
	claim_set(&f->c.soc_code, cmp->higher_soc, strlen(cmp->higher_soc));
	claim_set(&f->c.area, cmp->area, strlen(cmp->area));
	if (!at) {
		f->verdict = CHECK_UNVERIFIABLE;
		say(f, "no reference mean of %s's states for %s", cmp->higher_role, cmp->area);
		return;
	}
	/* a ranking of another year, or of figures far from the reference's
	 * (another year's or source's), is not the reference's to judge */
	if ((cmp->year && abs(mine->year - cmp->year) > CHECK_YEAR_GAP) ||
	    fabs(cmp->value - mine->value) > k->o.tolerance * mine->value) {
		f->verdict = CHECK_UNVERIFIABLE;
		say(f, "its figure %s is not the reference's %s %s (%s): another year's or source's",
		    fmt_amount(cmp->value, a, 64), cmp->area, fmt_amount(mine->value, b, 64), mine->source);
		return;
	}
	right = cmp->rank < 0 ? at == of : at == (size_t)cmp->rank;
	f->verdict = right ? CHECK_OK : CHECK_COMPARISON_WRONG;
	say(f, "ranks %s %s among the states: its %s mean %s is number %zu of %zu (the highest: %s, %s)",
	    cmp->area, said, mine->source, fmt_amount(mine->value, a, 64), at, of, top->area,
	    fmt_amount(top->value, b, 64));
}

void check_add_comparison(check_ctx *k, const claim_comparison *cmp)
{
	check_finding *f = new_finding(k);
	const checkref_fig *hi, *lo;
	char a[64], b[64], pair[256], soc[128];

	claim_init(&f->c);
	claim_set(&f->c.source, "comparison", 10);
	f->c.kind = KIND_ARTICLE;
	snprintf(pair, sizeof pair, "%s > %s", cmp->higher_role, cmp->lower_role);
	snprintf(soc, sizeof soc, "%s > %s", cmp->higher_soc, cmp->lower_soc);
	claim_set(&f->c.role, pair, strlen(pair));
	claim_set(&f->c.soc_code, soc, strlen(soc));
	claim_set(&f->c.area, "US", 2);
	claim_set(&f->c.where, cmp->where, strlen(cmp->where));
	claim_set(&f->c.quote, cmp->quote, strlen(cmp->quote));
	f->c.stat = CSTAT_NONE;
	if (cmp->rank) {
		judge_rank(k, f, cmp);
		return;
	}
	if (strchr(cmp->higher_soc, '|') || strchr(cmp->lower_soc, '|')) {
		judge_members(k, f, cmp);
		return;
	}
	hi = checkref_find(k->ref, cmp->higher_soc, "US", "", CSTAT_MEDIAN, UNIT_ANNUAL, k->o.year);
	lo = checkref_find(k->ref, cmp->lower_soc, "US", "", CSTAT_MEDIAN, UNIT_ANNUAL, k->o.year);
	if (!hi || !lo) {
		f->verdict = CHECK_UNVERIFIABLE;
		say(f, "no reference median for %s", !hi ? cmp->higher_role : cmp->lower_role);
		return;
	}
	f->c.value = hi->value;
	f->c.unit = UNIT_ANNUAL;
	f->ref_value = lo->value;
	free(f->ref_source);
	f->ref_source = xstrdup(hi->source);
	if (hi->value > lo->value) {
		f->verdict = CHECK_OK;
		say(f, "%s median %s is above %s median %s (%s)", cmp->higher_role,
		    fmt_amount(hi->value, a, 64), cmp->lower_role, fmt_amount(lo->value, b, 64), hi->source);
	} else {
		f->verdict = CHECK_COMPARISON_WRONG;
		say(f, "says %s earn more than %s, but their median is %s against %s (%s)",
		    cmp->higher_role, cmp->lower_role, fmt_amount(hi->value, a, 64), fmt_amount(lo->value, b, 64),
		    hi->source);
	}
}

/* "12" of "FILE:12:5". */
static const char *line_of(const char *where, char *buf)
{
	const char *end = strrchr(where, ':'), *start = end;

	while (start && start > where && start[-1] != ':')
		start--;
	if (!end || !start || start == where) {
		snprintf(buf, 64, "?");
		return buf;
	}
	snprintf(buf, 64, "%.*s", (int)(end - start), start);
	return buf;
}

static int judged(const claim *c)
{
	return (c->qual == QUAL_EXACT || c->qual == QUAL_ABOUT) && c->stat != CSTAT_BONUS &&
	       c->stat != CSTAT_RANGE_LOW && c->stat != CSTAT_RANGE_HIGH &&
	       c->stat != CSTAT_UNSPECIFIED;
}


static const char *stat_text(int stat, char *buf)
{
	return stat == CSTAT_UNSPECIFIED ? "figure" : claim_stat_name(stat, buf, 16);
}

/* Is the figure exactly the reference's figure of another statistic, year
 * or occupation (r is the one it was judged against, as stat)? */
/* Which of the three kinds of another figure o is for claim c (judged as
 * stat against r): 1 another statistic, 2 another year, 3 another
 * occupation; 0 none. */
static int mislabel_kind(const claim *c, const checkref_fig *o, const checkref_fig *r, int stat)
{
	int same_soc = strcmp(o->soc, c->soc_code) == 0, same_stat = o->stat == stat;

	if (same_soc && !same_stat && o->year == r->year)
		return 1;
	if (same_soc && same_stat && o->year != r->year)
		return 2;
	if (!same_soc && same_stat && o->year == r->year && dict_role(o->soc, strlen(o->soc)))
		return 3;
	return 0;
}

static void mislabeled(const check_ctx *k, check_finding *f, const checkref_fig *r, int stat)
{
	const check_ref *ref = k->ref;
	const claim *c = &f->c;
	const checkref_fig *o = NULL;
	char a[64], b[64], s1[16];
	const checkref_fig *eq[64];
	size_t n = checkref_equal(ref, c, eq, 64), i;
	int kind = 0, kd;

	for (i = 0; i < n; i++) /* the first in the file that is one */
		if (eq[i] != r && (!o || eq[i] < o) && (kd = mislabel_kind(c, eq[i], r, stat)) != 0)
			o = eq[i], kind = kd;
	if (!o)
		return;
	f->verdict |= CHECK_MISLABELED;
	if (kind == 1)
		say(f, "%s is exactly the %s %s, not its %s", fmt_amount(c->value, a, 64), o->source,
		    claim_stat_name(o->stat, s1, sizeof s1), stat_text(stat, b));
	else if (kind == 2)
		say(f, "%s is exactly the %s %s of %d, not of %d", fmt_amount(c->value, a, 64),
		    o->source, stat_text(stat, s1), o->year, r->year);
	else
		say(f, "%s is exactly the %s %s of %s (%s)", fmt_amount(c->value, a, 64), o->source,
		    stat_text(stat, s1), dict_role(o->soc, strlen(o->soc))->title, o->soc);
}

/* The reference figure of c's occupation and statistic, any year, that c
 * is exactly (the first in the file), or NULL. */
static const checkref_fig *exactly(const check_ref *ref, const claim *c, int stat)
{
	const checkref_fig *eq[64];
	size_t n = checkref_equal(ref, c, eq, 64), i;

	for (i = 0; i < n; i++)
		if (eq[i]->stat == stat && strcmp(eq[i]->soc, c->soc_code) == 0)
			return eq[i];
	return NULL;
}

/* The year a finding is judged in against the reference (0: the newest). */
static int judged_year(const check_ctx *k, const check_finding *f)
{
	int year = atoi(f->c.period);

	return year ? year : f->article_year ? f->article_year : k->o.year;
}

/* A claim of no occupation, or of a title none has: said, with the
 * occupations nearest the title. */
static void unknown_role(check_finding *f)
{
	const role *near[3];
	size_t n = dict_role_nearest(f->c.role, strlen(f->c.role), near, 3), k;

	if (!f->c.role[0]) {
		say(f, "no occupation named");
		return;
	}
	say(f, "no occupation is titled '%s'", f->c.role);
	for (k = 0; k < n; k++)
		xappendf(&f->reason, k ? ", " : "; nearest: ", "%s (%s)", near[k]->title, near[k]->code);
}

/* Claim f against the reference's figure r of statistic stat, at tolerance
 * tol: a range should hold the median, a bound hold as one, a figure be
 * within tol.  Returns 0 for a range, which is no figure of its own. */
static int judge_value(check_finding *f, const checkref_fig *r, int stat, double tol)
{
	const claim *c = &f->c;
	double dev = 100 * (c->value - r->value) / r->value;
	char a[64], b[64], s1[16];

	if (c->stat == CSTAT_RANGE_LOW || c->stat == CSTAT_RANGE_HIGH) {
		int low = c->stat == CSTAT_RANGE_LOW;
		if (low ? r->value < c->value * (1 - tol) : r->value > c->value * (1 + tol)) {
			f->verdict |= CHECK_DISAGREES;
			say(f, "the range %s at %s, but %s's median is %s", low ? "starts" : "ends",
			    fmt_amount(c->value, a, 64), r->source, fmt_amount(r->value, b, 64));
		} else {
			say(f, "%s's median %s is %s the range's %s end", r->source, fmt_amount(r->value, b, 64),
			    low ? "above" : "below", low ? "low" : "high");
		}
		return 0;
	}
	if (c->qual == QUAL_LESS_THAN || c->qual == QUAL_MORE_THAN) {
		int less = c->qual == QUAL_LESS_THAN;
		if (less ? r->value > c->value * (1 + tol) : r->value < c->value * (1 - tol)) {
			f->verdict |= CHECK_DISAGREES;
			say(f, "says %s than %s, but %s gives %s %s", less ? "less" : "more",
			    fmt_amount(c->value, a, 64), r->source, stat_text(stat, s1),
			    fmt_amount(r->value, b, 64));
		} else {
			say(f, "%s's %s %s holds it", r->source, stat_text(stat, s1),
			    fmt_amount(r->value, b, 64));
		}
	} else if (fabs(dev) < 0.05) {
		say(f, "%s's %s is %s", r->source, stat_text(stat, s1), fmt_amount(r->value, b, 64));
	} else {
		if (fabs(dev) > 100 * tol)
			f->verdict |= CHECK_DISAGREES;
		say(f, "%.1f%% %s %s's %s %s (tolerance %g%%)", fabs(dev), dev > 0 ? "above" : "below",
		    r->source, stat_text(stat, s1), fmt_amount(r->value, b, 64), 100 * tol);
	}
	return 1;
}

/* Is the claim credited to a pay site or survey the cue data names
 * (PayScale, Indeed), not the BLS? */
static int named_site(const claim *c)
{
	const char *const *name = cue_values(CUE_SOURCE);
	size_t i;

	if (strcmp(c->source, "BLS") == 0)
		return 0;
	for (i = 0; name[i]; i++)
		if (strcmp(name[i], c->source) == 0)
			return 1;
	return 0;
}

/* Against the reference: the figure itself, then (when it misses) whether
 * it is another statistic's, year's or occupation's figure. */
static void against_reference(check_ctx *k, check_finding *f)
{
	const claim *c = &f->c;
	int range = c->stat == CSTAT_RANGE_LOW || c->stat == CSTAT_RANGE_HIGH;
	int stat = c->stat == CSTAT_UNSPECIFIED || range ? CSTAT_MEDIAN : c->stat;
	int year = judged_year(k, f), cited = strcmp(c->source, "BLS") == 0;
	/* the article's year, or one carried from elsewhere, is a guess */
	int guess = f->article_year || (c->guessed & CLAIM_CARRIED_PERIOD);
	const checkref_fig *r;
	double tol;
	char s1[16];

	if (!c->soc_code[0]) {
		f->verdict |= CHECK_UNVERIFIABLE;
		unknown_role(f);
		return;
	}
	if (c->stat == CSTAT_BONUS) {
		f->verdict |= CHECK_UNVERIFIABLE;
		say(f, "a bonus, not a salary");
		return;
	}
	if (guess && c->qual == QUAL_EXACT) {
		/* a figure that is exactly its statistic of another year is
		 * of that year */
		const checkref_fig *x = exactly(k->ref, c, stat);
		if (x && x->year != year) {
			say(f, "%sexactly the %s %s: judged as of %d",
			    c->guessed & CLAIM_CARRIED_PERIOD ? "its year was carried from elsewhere; " : "",
			    x->source, stat_text(stat, s1), x->year);
			year = x->year;
		}
	}
	r = checkref_find(k->ref, c->soc_code, c->area, c->scope, stat, c->unit, year);
	if (!r) {
		f->verdict |= CHECK_UNVERIFIABLE;
		if (c->scope[0])
			say(f, "no reference figure for %s (%s %s of %s in %s)", c->scope,
			    stat_text(stat, s1), unit_name(c->unit), c->soc_code, c->area);
		else if (c->area[0])
			say(f, "no reference %s %s for %s in %s", stat_text(stat, s1),
			    unit_name(c->unit), c->soc_code, c->area);
		else
			say(f, "no place given: the reference's figures are each of one place");
		return;
	}
	if (year && abs(r->year - year) > CHECK_YEAR_GAP) {
		/* pay moves: a figure years from any of the reference's is not
		 * judged by it */
		f->verdict |= CHECK_UNVERIFIABLE;
		say(f, "the reference has no %d figure (its nearest, %d, is %d years apart)", year,
		    r->year, abs(r->year - year));
		return;
	}
	if (year && r->year != year && !guess && named_site(c)) {
		/* another source and another year: two differences at once */
		f->verdict |= CHECK_UNVERIFIABLE;
		say(f, "the reference has no %d figure, and %s's is not judged by another year's", year,
		    c->source);
		return;
	}
	f->ref_value = r->value;
	free(f->ref_source);
	f->ref_source = xstrdup(r->source);
	f->deviation = 100 * (c->value - r->value) / r->value;
	/* a year the claim gives itself */
	tol = cited && year && r->year == year && !guess ? k->o.cited_tolerance : k->o.tolerance;
	if (year && r->year != year)
		say(f, "the reference has no %d figure; nearest is %d (%d %s apart)", year,
		    r->year, abs(r->year - year), abs(r->year - year) == 1 ? "year" : "years");
	else if (!year)
		say(f, "no period given: compared with %d", r->year);
	if (c->stat == CSTAT_UNSPECIFIED)
		say(f, "no statistic named: compared with the median");
	if (judge_value(f, r, stat, tol) && c->qual == QUAL_EXACT &&
	    fabs(c->value - r->value) >= 0.005)
		mislabeled(k, f, r, stat); /* the exact figure of another statistic, year or occupation */
}

/* The article's pairs of an hourly and an annual figure given as one. */
static void judge_pair(check_ctx *k, check_finding *f, check_finding *g)
{
	check_finding *h = f->c.unit == UNIT_HOURLY ? f : g, *y = f->c.unit == UNIT_HOURLY ? g : f;
	double diff, allowed;
	char a[64], b[64], c2[64];

	if (h->c.unit != UNIT_HOURLY || y->c.unit != UNIT_ANNUAL ||
	    !consensus_hourly_annual_apart(h->c.value, y->c.value, &diff, &allowed))
		return;
	(void)k;
	fmt_amount(h->c.value, a, 64);
	fmt_amount(h->c.value * HOURS_PER_YEAR, b, 64);
	fmt_amount(y->c.value, c2, 64);
	f->verdict |= CHECK_HOURLY_ANNUAL;
	g->verdict |= CHECK_HOURLY_ANNUAL;
	say(h, "%s an hour x 2080 = %s a year, but given with %s a year", a, b, c2);
	say(y, "given with %s an hour, which is %s a year", a, b);
}

/* A figure of no statistic credited to a pay site: that site's typical
 * pay, held to the site's other figures of the same subject and to the
 * other sites'. */
static int site_figure(const claim *c)
{
	return c->stat == CSTAT_UNSPECIFIED && (c->qual == QUAL_EXACT || c->qual == QUAL_ABOUT) &&
	       named_site(c);
}

/* Every judged claim's contradictions: plan[i] for finding first + i. */
static contra *plan_contradictions(const check_ctx *k, size_t first)
{
	size_t n = k->nf - first, i;
	const claim **cl = xmalloc((n + 1) * sizeof *cl);
	unsigned char *part = xmalloc(n + 1);
	contra *plan;

	for (i = 0; i < n; i++) {
		cl[i] = &k->f[first + i].c;
		part[i] = (judged(cl[i]) || site_figure(cl[i])) && cl[i]->soc_code[0];
	}
	plan = contra_plan(cl, part, n, k->o.tolerance);
	free(cl);
	free(part);
	return plan;
}

/* Note on finding first + i that it contradicts finding first + j. */
static void note_contradiction(check_ctx *k, contra *plan, size_t first, size_t i, size_t j)
{
	check_finding *f = &k->f[first + i], *g = &k->f[first + j];
	contra *c = &plan[i];
	char a[64], b[64];

	unsigned guessed = (f->c.guessed | g->c.guessed) & (CLAIM_GUESSED_ROLE | CLAIM_GUESSED_PERIOD);

	if (guessed) {
		f->verdict |= CHECK_POSSIBLE_CONTRADICTION;
		say(f, "possibly vs $%s at line %s (the %s of one was carried from elsewhere in the "
		       "text)", fmt_amount(g->c.value, b, 64), line_of(g->c.where, a),
		    guessed & CLAIM_GUESSED_ROLE ? "occupation" : "year");
	} else {
		f->verdict |= CHECK_SELF_CONTRADICTION;
		say(f, "vs $%s at line %s", fmt_amount(g->c.value, b, 64), line_of(g->c.where, a));
	}
	if (++c->given == c->nnamed && c->total > c->nnamed)
		say(f, "and %zu more", c->total - c->nnamed);
}

/* At finding first + i, in the order of the text: its notes on the earlier
 * claims it contradicts, and the notes on it of the earlier claims that
 * name it. */
static void judge_contradictions(check_ctx *k, contra *plan, const contra_by *nb, size_t first,
				 size_t i)
{
	const contra *c = &plan[i];
	size_t t;

	for (t = 0; t < c->nnamed && c->named[t] < i; t++)
		note_contradiction(k, plan, first, i, c->named[t]);
	for (t = nb->at[i]; t < nb->at[i + 1]; t++)
		note_contradiction(k, plan, first, nb->by[t], i);
}

/* The tenth rules (compute/payrules.h) within the article, then a
 * tenth's mean that broke none there against the reference's percentile. */
static void judge_tenth(check_ctx *k, size_t first, const payrules_tenth *t)
{
	size_t i;
	char a[64], b[64];

	payrules_tenth_article(t, k->f + first, k->nf - first); /* k->nf > first */
	for (i = first; i < k->nf; i++) {
		check_finding *f = &k->f[i];
		const checkref_fig *r;
		if (f->c.stat != t->stat || (f->verdict & CHECK_PERCENTILE_ORDER))
			continue;
		r = checkref_find(k->ref, f->c.soc_code, f->c.area, f->c.scope, t->pct, f->c.unit,
			     judged_year(k, f));
		if (r && payrules_tenth_breaks(t, f->c.value, r->value)) {
			f->verdict |= CHECK_PERCENTILE_ORDER;
			say(f, "the %s's mean %s is %s %s's p%d %s: %s", t->name,
			    fmt_amount(f->c.value, a, 64), t->sign > 0 ? "below" : "above", r->source,
			    t->pct, fmt_amount(r->value, b, 64), t->rule);
		}
	}
}

static void judge_tenths(check_ctx *k, size_t first)
{
	size_t t;

	for (t = 0; t < payrules_ntenths; t++)
		judge_tenth(k, first, &payrules_tenths[t]);
}

/* A claim in a sentence whose comparison is wrong shares the verdict. */
static void share_comparisons(check_ctx *k, size_t first)
{
	size_t i, j;

	for (i = 0; i < first; i++) {
		const check_finding *cmp = &k->f[i];
		if (!(cmp->verdict & CHECK_COMPARISON_WRONG))
			continue;
		for (j = first; j < k->nf; j++) {
			check_finding *f = &k->f[j];
			if (strcmp(f->c.quote, cmp->c.quote) != 0 || !f->c.soc_code[0] ||
			    !strstr(cmp->c.soc_code, f->c.soc_code) ||
			    (strcmp(cmp->c.area, "US") != 0 && strcmp(cmp->c.area, f->c.area) != 0))
				continue; /* a ranking's verdict is its state's figure's */
			f->verdict |= CHECK_COMPARISON_WRONG;
			say(f, "%s", cmp->reason);
		}
	}
}

/* The article's data year: the one year of all its dated figures credited
 * to the BLS ("BLS, May 2016"), or 0 if they give none or disagree. */
static int data_year(const check_ctx *k)
{
	size_t i;
	int year = 0;

	for (i = 0; i < k->np; i++) {
		const claim *c = &k->p[i].c;
		int y = atoi(c->period);
		if (!y || strcmp(c->source, "BLS") != 0)
			continue;
		if (year && y != year)
			return 0;
		year = y;
	}
	return year;
}

/* The claims added as findings, after the comparisons; those that give no
 * year take the options' year, else are judged against the reference in
 * the article's data year (said), while within the article they stay
 * undated: which year a figure the text leaves undated is of is a guess. */
static size_t add_findings(check_ctx *k)
{
	size_t i, first = k->nf;
	int article = k->o.year ? 0 : data_year(k);

	for (i = 0; i < k->np; i++) {
		check_finding *f = new_finding(k);
		claim_copy(&f->c, &k->p[i].c);
		if (f->c.period[0])
			continue;
		if (k->o.year) {
			char y[8];
			snprintf(y, sizeof y, "%d", k->o.year);
			claim_set(&f->c.period, y, strlen(y));
		} else if (article) {
			f->article_year = article;
			say(f, "no period given: the article's year, %d, that of all its dated BLS figures",
			    article);
		}
	}
	return first;
}


/* The hours a year of a mismatched pair's conversion (yearly over hourly,
 * to the ten), or 0 if the pair is none or agrees. */
static long pair_hours(const check_finding *f, const check_finding *g)
{
	const check_finding *h = f->c.unit == UNIT_HOURLY ? f : g, *y = h == f ? g : f;

	if (!(f->verdict & CHECK_HOURLY_ANNUAL) || !(g->verdict & CHECK_HOURLY_ANNUAL) ||
	    h->c.unit != UNIT_HOURLY || y->c.unit != UNIT_ANNUAL || h->c.value <= 0)
		return 0;
	return lround(y->c.value / h->c.value / 10) * 10;
}

/* An article whose mismatched pairs mostly agree on another number of hours
 * a year ("50 weeks of 40 hours": 2,000) converts by its own rule: said once,
 * at the first such pair. */
static void conversion_rule(check_ctx *k, size_t first)
{
	size_t i, j, pairs = 0, best = 0, at = 0;
	long hours = 0;
	char a[64];

	for (i = first; i < k->nf; i++) {
		const pending *p = &k->p[i - first];
		long h = p->same_as >= 0 ? pair_hours(&k->f[i], &k->f[first + (size_t)p->same_as]) : 0;
		size_t agree = 0;
		if (!h)
			continue;
		pairs++;
		for (j = i; j < k->nf; j++) {
			const pending *q = &k->p[j - first];
			agree += q->same_as >= 0 &&
				 pair_hours(&k->f[j], &k->f[first + (size_t)q->same_as]) == h;
		}
		if (agree > best)
			best = agree, hours = h, at = i;
	}
	if (best >= 2 && 2 * best > pairs)
		say(&k->f[at], "the article's pairs convert at %s hours a year (%zu of %zu), not 2,080",
		    fmt_amount((double)hours, a, sizeof a), best, pairs);
}

void check_judge(check_ctx *k)
{
	size_t i, first = add_findings(k);

	contra *plan = plan_contradictions(k, first);
	contra_by nb = contra_invert(plan, k->nf - first);

	/* within the article */
	for (i = first; i < k->nf; i++) {
		const pending *p = &k->p[i - first];
		if (p->same_as >= 0)
			judge_pair(k, &k->f[i], &k->f[first + (size_t)p->same_as]);
		judge_contradictions(k, plan, &nb, first, i - first);
	}
	free(plan);
	contra_by_free(&nb);
	conversion_rule(k, first);
	if (k->nf > first) { /* (k->f is NULL before the first finding) */
		payrules_order(k->f + first, k->nf - first);
		judge_tenths(k, first);
		payrules_ranges(k->f + first, k->nf - first);
	}
	share_comparisons(k, first);
	for (i = first; i < k->nf; i++) {
		check_finding *f = &k->f[i];
		against_reference(k, f);
		if (!(f->verdict & ~(unsigned)(CHECK_UNVERIFIABLE | CHECK_POSSIBLE_CONTRADICTION)) &&
		    !(f->verdict & CHECK_UNVERIFIABLE))
			f->verdict |= CHECK_OK;
		if ((f->verdict & CHECK_INCONSISTENT) || (f->verdict & CHECK_OK))
			f->verdict &= ~(unsigned)CHECK_UNVERIFIABLE;
	}
}
