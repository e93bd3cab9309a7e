#include "extract/sentence.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/attr.h"
#include "extract/change.h"
#include "model/cue.h"
#include "extract/compare.h"
#include "extract/figure.h"
#include "extract/occupation.h"
#include "extract/pair.h"
#include "extract/place.h"
#include "extract/scope.h"
#include "extract/segment.h"
#include "extract/when.h"
#include "extract/words.h"

/* A labelled figure, a row of a list: "- Respiratory therapists: $77,960",
 * "Ohio - $40,000", "Texas ....... $38,000": at the start of its line an
 * occupation or a place, then a colon, a dash or dot leaders, then the
 * figure. */
/* The label before a figure at the start of its line, "Hospitals: $44,000",
 * "Ohio ........ $40,000": [*ls, *le), or 0 if none. */
/* Does nothing but blanks, '*' and a full stop follow [.., end) to e? */
static int ends_item(const doc *d, size_t end, size_t e)
{
	while (end < e && (isspace((unsigned char)d->t[end]) || d->t[end] == '*' || d->t[end] == '.'))
		end++;
	return end == e;
}

static int label_span(const doc *d, doc_span sp, const doc_fig *f, size_t *lsp, size_t *le)
{
	size_t sep = f->s, ls;

	while (sep > sp.s && (d->t[sep - 1] == ' ' || d->t[sep - 1] == '*'))
		sep--;
	if (sep == sp.s)
		return 0;
	if (d->t[sep - 1] != ':' && d->t[sep - 1] != '-' && d->t[sep - 1] != '.' &&
	    !(f->s >= sep + 2 && d->t[sep] == ' ' && d->t[sep + 1] == ' ') && /* "Ohio   $40,000" */
	    !(d->in_item && ends_item(d, f->e, sp.e))) /* "- West Virginia $13.42" */
		return 0;
	if (d->t[sep - 1] == '.' && !(sep >= sp.s + 3 && d->t[sep - 2] == '.' && d->t[sep - 3] == '.'))
		return 0; /* a full stop, not dot leaders */
	while (sep > sp.s && (d->t[sep - 1] == ':' || d->t[sep - 1] == '-' || d->t[sep - 1] == '.' ||
			      d->t[sep - 1] == ' '))
		sep--;
	for (ls = sep; ls > sp.s && d->t[ls - 1] != '\n'; ls--)
		;
	while (ls < sep && (d->t[ls] == ' ' || d->t[ls] == '-' || d->t[ls] == '*' || d->t[ls] == '+'))
		ls++;
	if (ls == sep || sep - ls > 60)
		return 0;
	*lsp = ls;
	*le = sep;
	return 1;
}

static int label_figure(const doc *d, doc_span sp, const doc_fig *f)
{
	doc_mention m[2];
	size_t sep, ls;

	if (!label_span(d, sp, f, &ls, &sep))
		return 0;
	if (occupation_find(d, ls, sep, m, 1) == 1 || place_find(d, ls, sep, m, 1) == 1)
		return 1;
	/* any short label in a section whose heading names the statistic or
	 * pay: "Hospitals .......... $44,000" under "Pay by setting (median)",
	 * "Tech I, trainee: $17.60" under "Our tech scale (per hour)" */
	if ((d->head_stat != CSTAT_NONE || d->head_pays) && sep - ls <= 40)
		return 1;
	{
		/* a step of a pay scale: "Step 3: $28.95", "Year 2 - $31.00" */
		size_t c = sep;
		while (c > ls && d->t[c - 1] != ',' && d->t[c - 1] != ';')
			c--;
		while (c < sep && d->t[c] == ' ')
			c++;
		return words_here(d, words_of(cue_words(CUE_SCALE_STEP)), c, sep, NULL) && sep - c < 12 &&
		       doc_is_digit(d->t[sep - 1]);
	}
}

/* The occupations a sentence names, looked for once. */
static size_t sentence_roles(const doc *d, doc_span sp, doc_mention *roles, size_t *nroles, int *looked)
{
	if (!*looked) {
		*nroles = occupation_find(d, sp.s, sp.e, roles, 16);
		*looked = 1;
	}
	return *nroles;
}

/* Keep what a sentence names for the sentences after it (role_for). */
static void remember_roles(doc *d, size_t si, const doc_mention *roles, size_t nroles)
{
	if (si < d->nsent && !d->sent_looked[si]) {
		d->sent_role[si] = nroles ? roles[nroles - 1].what : NULL;
		d->sent_looked[si] = 1;
	}
}

/* A word of cost in [s, e) that is not part of an occupation's name the
 * sentence gives ("medical equipment preparers" is no cost), nor a verb of
 * cost whose subject is pay ("Hourly pay can run from $10 to $25")? */
static int cost_in(const doc *d, doc_span sp, size_t s, size_t e, doc_mention *roles,
		   size_t *nroles, int *looked)
{
	long at;

	while ((at = words_last(d, s, e, cue_words(CUE_COST), NULL)) >= 0) {
		size_t i, n;
		if ((words_here(d, words_of(cue_words(CUE_COST_VERB)), (size_t)at, e, NULL) &&
		     words_any(d, s, (size_t)at, cue_words(CUE_PAY))) ||
		    words_here(d, words_of(cue_words(CUE_NOT_COST)), (size_t)at, e, NULL)) {
			e = (size_t)at; /* "the class of 2023" is no class one pays for */
			continue;
		}
		n = sentence_roles(d, sp, roles, nroles, looked);
		for (i = 0; i < n; i++)
			if ((size_t)at >= (size_t)roles[i].pos &&
			    (size_t)at < (size_t)roles[i].pos + roles[i].len)
				break;
		if (i == n)
			return 1;
		e = (size_t)roles[i].pos;
	}
	return 0;
}

static int pay_context(const doc *d, doc_span sp, const doc_fig *f, size_t prev_e, size_t next_s,
		       int sentence_pays, doc_mention *roles, size_t *nroles, int *looked)
{
	size_t from = f->s > sp.s + 60 ? f->s - 60 : sp.s;
	size_t to = f->e + 30 < sp.e ? f->e + 30 : sp.e;
	size_t clause = from > prev_e ? from : prev_e, c;

	/* what follows the figure's clause is not about it: "earn $41,810,
	 * which covers tuition quickly" */
	for (c = f->e; c < to; c++)
		if (segment_clause_break(d, c)) {
			to = c;
			break;
		}

	/* "The program costs $5,000, and graduates earn $40,000": a figure
	 * whose own clause says pay is judged on that clause alone, unless
	 * the clause tells of what came before it ("an assistance program,
	 * which pays up to $5,250") */
	for (c = f->s; c > clause; c--)
		if (segment_clause_break(d, c - 1)) {
			static const char *const which[] = {"which", NULL};
			size_t a = c;
			while (a < f->s && d->t[a] == ' ')
				a++;
			if (words_any(d, c, f->s, cue_words(CUE_PAY)) &&
			    !words_here(d, words_of(which), a, f->s, NULL)) {
				from = c;
				if (to > next_s)
					to = next_s;
			}
			break;
		}
	{
		/* "aides paid through the Medicaid program earn at least $20.00":
		 * a wage verb just before the figure makes it pay whatever came
		 * earlier in the clause */
		long at = words_last(d, from, f->s, cue_words(CUE_WAGE_VERB), NULL);
		/* (not the wage of "the minimum wage rose to $10.70") */
		if (at >= 0 && f->s - (size_t)at <= 24 &&
		    !cost_in(d, sp, (size_t)at > from + 8 ? (size_t)at - 8 : from, f->s, roles, nroles,
			     looked))
			from = (size_t)at;
	}

	long pf = words_last(d, from, f->s, cue_words(CUE_PAY_FOR), NULL);

	/* "students pay for the exam" is a cost; "the median pay for
	 * pharmacy technicians" and "Pay for opticians runs..." are not */
	if (pf >= 0 && words_just_before(d, (size_t)pf > sp.s + 16 ? (size_t)pf - 16 : sp.s, (size_t)pf,
				   cue_words(CUE_PAYER)) < 0)
		pf = -1;
	if (pf >= 0 || cost_in(d, sp, from, to, roles, nroles, looked))
		return 0;
	/* "a certificate program, $10,000 to $20,000", "programs can top
	 * $35,000": a program's price, where nothing says pay before the
	 * figure (but its qualifier) or in the few words after it ("graduates
	 * of the program start at", "$22 an hour", "$43,600 as the starting
	 * salary", not "under $25,000 and land a job near the median") */
	if (words_any(d, from, to, cue_words(CUE_COST_WEAK)) &&
	    !words_any(d, from, f->qual != QUAL_EXACT ? attr_qualifier_start(d, from, f->s) : f->s,
		       cue_words(CUE_PAY)) &&
	    !words_any(d, f->e, to < f->e + 24 ? to : f->e + 24, cue_words(CUE_PAY)))
		return 0;
	{
		/* "expect to pay $1,200", "students will pay $800": the reader pays;
		 * so does the sentence's subject ("Members of a partner
		 * association pay $125") */
		long at = words_just_before(d, from, f->s, cue_words(CUE_READER_PAYS));
		if (at >= 0 && (words_just_before(d, (size_t)at > sp.s + 12 ? (size_t)at - 12 : sp.s,
						  (size_t)at, cue_words(CUE_READER)) >= 0 ||
				words_here(d, words_of(cue_words(CUE_READER)), sp.s, (size_t)at, NULL)))
			return 0;
	}
	/* a dollar figure in a heading of a pay article is pay; so is a
	 * salary-sized one in a sentence that names an occupation and no cost
	 * ("At $214,200, nurse anesthetists lead all nursing roles") */
	return f->unit != UNIT_NONE || sentence_pays || d->in_heading || label_figure(d, sp, f) ||
	       (f->dollar && f->value >= 5000 && sentence_roles(d, sp, roles, nroles, looked) > 0 &&
		!cost_in(d, sp, sp.s, sp.e, roles, nroles, looked));
}

/* Is figure k of the sentence a bonus or differential?  The word after it
 * ("$750 sign-on bonus"), or before it in its own clause ("the night
 * differential at my hospital is $6/hr"), but not one that belongs to the
 * figure before ("a $5,000 sign-on bonus and pays $22 an hour"). */
static int is_bonus(const doc *d, doc_span sp, const doc_fig *f, size_t n, size_t k)
{
	size_t lo = k ? f[k - 1].e : sp.s, hi = k + 1 < n ? f[k + 1].s : sp.e;
	long at;

	if (hi > f[k].e + 25)
		hi = f[k].e + 25;
	at = words_last(d, f[k].e, hi, cue_words(CUE_BONUS), NULL);
	/* "$750 sign-on bonus", not "$1,629 before any differential" */
	if (at >= 0 && !words_any(d, f[k].e, (size_t)at, cue_words(CUE_BONUS_APART)))
		return 1;
	if (f[k].s > lo + 60)
		lo = f[k].s - 60;
	at = words_last(d, lo, f[k].s, cue_words(CUE_BONUS), NULL);
	if (at < 0 || words_any(d, (size_t)at, f[k].s, cue_words(CUE_BONUS_PAID)))
		return 0;
	return !(k && (size_t)at < f[k - 1].e + 16); /* the figure before's own word */
}

/* A sentence being read: its figures and what it names. */
typedef struct reader {
	doc *d;
	size_t si;
	doc_span sp;
	doc_fig f[FIGURE_MAX];
	long index_of[FIGURE_MAX]; /* the claim each figure made */
	size_t n;
	int year;
	const char *src;
	doc_mention roles[16], areas[16], scopes[16];
	size_t nroles, nareas, nscopes;
	int looked, looked_roles; /* areas, roles looked for */
	int pays;                 /* the sentence has a word of pay; -1: not looked */
	int there;                /* ... a word of class there; -1: not looked */
	int no_area;              /* ... a word of class area_unknown; -1: not looked */
	attr_found tail;          /* the statistic after the last figure */
	int listed[FIGURE_MAX];   /* "The 10th and 90th percentiles were ..." */
	size_t nlisted, first_listed;
	size_t taken; /* the end of a statistic word a figure took from after it */
} reader;

/* "The 10th and 90th percentiles were $33,000 and $58,000": the listed
 * percentiles go to the figures after the list, one each, when the counts
 * agree. */
static void read_listed(reader *r)
{
	size_t k, list_end = 0;

	r->nlisted = r->n ? attr_percentiles_listed(r->d, r->sp.s, r->sp.e, r->listed, FIGURE_MAX, &list_end)
			  : 0;
	r->first_listed = r->n;
	for (k = 0; k < r->n && r->nlisted; k++)
		if (r->f[k].s >= list_end) {
			r->first_listed = k;
			break;
		}
	if (r->n - r->first_listed != r->nlisted)
		r->nlisted = 0;
}

/* What the sentence says for the text around it: comparisons, that it is
 * a list item or under an intro, the year and source of its paragraph, and
 * "All figures are BLS May 2024 unless noted" for the whole text. */
static void read_notes(reader *r)
{
	doc *d = r->d;
	doc_span sp = r->sp;

	compare_sentence(d, sp, r->roles, &r->nroles, &r->looked_roles);
	if (segment_list_item(d, sp.s, d->len)) {
		d->par_area = NULL; /* a list item's place is its own */
		d->par_year_before_item = d->par_year != 0;
		d->in_item = 1;
	}
	/* what an intro ("National medians, May 2024:") says holds for the
	 * list items and label lines under it, not for prose */
	d->introduced = d->intro_active && (d->in_item || !segment_ends_sentence(d, sp.s, sp.e));
	if ((r->year || r->src) && !r->n && words_any(d, sp.s, sp.e, cue_words(CUE_UNLESS)) &&
	    words_any(d, sp.s, sp.e, cue_words(CUE_COVERING))) {
		d->all_year = r->year;
		snprintf(d->all_source, sizeof d->all_source, "%s", r->src ? r->src : "");
	}
	/* "Jobs are expected to grow 14% from 2024 to 2034": a year of
	 * change with no figure of pay does not date the pay after it */
	if (r->year && !(r->n == 0 && words_any(d, sp.s, sp.e, cue_words(CUE_CHANGE)))) {
		d->par_year = r->year;
		d->par_year_before_item = 0;
	}
	if (r->src)
		snprintf(d->par_source, sizeof d->par_source, "%s", r->src);
}

/* What follows figure k: "$64,910 or less", "$90,000 and up"; returns 1 if
 * it is no claim: "$8,700 more a year" is a difference (so is "$2 to $4
 * an hour more": a range's low end takes what follows its high end), and
 * pay by the visit, shift, day or mile has no unit of the claims'. */
static int read_bounds(reader *r, size_t k)
{
	const doc *d = r->d;
	doc_fig *f = &r->f[k];
	size_t a = f->e, e = r->sp.e;
	int which = -1;

	while (a < e && d->t[a] == ' ')
		a++;
	attr_unit_after_to(d, a, e, &a);
	while (a < e && (d->t[a] == ' ' || d->t[a] == ','))
		a++;
	if (words_here(d, words_of(cue_words(CUE_OR_LESS)), a, e, NULL))
		f->qual = QUAL_LESS_THAN;
	else if (words_here(d, words_of(cue_words(CUE_OR_MORE)), a, e, &which))
		f->qual = QUAL_MORE_THAN;
	/* "$25,000 or more apart" */
	if (which >= 0 && change_difference_at(d, a + strlen(cue_words(CUE_OR_MORE)[which]), e))
		return 1;
	return change_figure(d, r->f, r->n, k, r->sp.s, e);
}

/* "$100,000+", "~$41,810", "≈$41,810"; the unit after the figure, or
 * shortly before it ("an hourly wage of $18"). */
static void read_marks(reader *r, size_t k, size_t ws, int range_end)
{
	const doc *d = r->d;
	doc_fig *f = &r->f[k];
	doc_span sp = r->sp;
	unit after;

	if (f->e < sp.e && d->t[f->e] == '+')
		f->qual = QUAL_MORE_THAN;
	else if (f->s > sp.s && (d->t[f->s - 1] == '~' ||
				 (f->s >= sp.s + 3 && !memcmp(d->t + f->s - 3, "\xe2\x89\x88", 3))))
		f->qual = QUAL_ABOUT;
	/* a range's end keeps the unit its start found */
	after = attr_unit_after_to(d, f->e, sp.e, &f->unit_e);
	if (after != UNIT_NONE || !range_end)
		f->unit = after;
	if (f->unit == UNIT_NONE && !range_end)
		f->unit = attr_unit_before(d, ws, f->s);
}

/* A statistic named after figure k: "$38,000 (median)", "$37.50 an hour
 * on average", "($41,810), ... all earned medians". */
static void read_stat_after(reader *r, size_t k)
{
	const doc *d = r->d;
	doc_fig *f = r->f;
	size_t next = k + 1 < r->n ? f[k + 1].s : r->sp.e;
	/* the figure's own clause: "$58,910 was what the best-paid 10 percent
	 * made; the bottom 10 percent made $25,210" */
	const char *semi = memchr(d->t + f[k].e, ';', next - f[k].e);
	attr_found post = f[k].after_cue ? (attr_found){0, f[k].after_cue, NULL}
					 : attr_stat(d, f[k].e, semi ? (size_t)(semi - d->t) : next);

	if (post.value == CSTAT_NONE && r->n > 1)
		post = r->tail; /* "A ($1), B ($2) and C ($3) all earned medians" */
	if (post.value == CSTAT_NONE || post.value == CSTAT_RANGE_LOW)
		return;
	/* "$35,220 per year, and the top 10% brought in $84,670": past a
	 * comma, a statistic before the next figure is that figure's */
	if (k + 1 < r->n && !f[k].after_cue && post.pos >= 0 && (size_t)post.pos >= f[k].e &&
	    (size_t)post.pos < next &&
	    memchr(d->t + f[k].e, ',', (size_t)post.pos - f[k].e))
		return;
	f[k].stat = post.value;
	/* "$74,100 median, $75,880 mean": a word right after the figure is
	 * its own, not the next figure's */
	if (!f[k].after_cue && post.pos >= 0 && (size_t)post.pos < next &&
	    (size_t)post.pos - f[k].e <= 16 && !memchr(d->t + f[k].e, ',', (size_t)post.pos - f[k].e) &&
	    !memchr(d->t + f[k].e, ';', (size_t)post.pos - f[k].e))
		r->taken = (size_t)post.pos + 1;
}

/* A range: "between $X and $Y", "from $X to $Y", "$X-$Y", "$X to $Y",
 * "$17.50/hr to $19/hr", "from $21 up to $28"; figure k and the next are
 * its ends. */
/* Past a bound word at a ("more than", "less than", "about") and the
 * blanks after it, with *qual set to it; a if there is none. */
static size_t range_bound(const doc *d, size_t a, size_t e, int *qual)
{
	static const struct {
		cue_class c;
		int qual;
	} bounds[] = {{CUE_MORE_THAN, QUAL_MORE_THAN}, {CUE_LESS_THAN, QUAL_LESS_THAN}, {CUE_ABOUT, QUAL_ABOUT}};
	size_t i;
	int which;

	for (i = 0; i < sizeof bounds / sizeof *bounds; i++)
		if (words_here(d, words_of(cue_words(bounds[i].c)), a, e, &which)) {
			a += strlen(cue_words(bounds[i].c)[which]);
			while (a < e && d->lc[a] == ' ')
				a++;
			*qual = bounds[i].qual;
			return a;
		}
	return a;
}

static void read_range(reader *r, size_t k, size_t ws, attr_found cue)
{
	const doc *d = r->d;
	doc_fig *f = r->f;
	size_t g = f[k].e, to = 0, next_s = f[k + 1].s;
	int dash = 0, middle, high_qual = QUAL_EXACT;
	unit u;

	attr_unit_after_to(d, g, next_s, &g);
	while (g < next_s && d->lc[g] == ' ')
		g++;
	if (g < next_s && d->t[g] == '(') { /* "$16.29/hour (West Virginia) to" */
		const char *close = memchr(d->t + g, ')', next_s - g);
		if (close)
			g = (size_t)(close - d->t) + 1;
	}
	while (g < next_s && (d->lc[g] == ' ' || d->t[g] == '-'))
		dash |= d->t[g++] == '-';
	if (doc_word_at(d, g, next_s, "up") && doc_word_at(d, g + 3, next_s, "to"))
		g += 3;
	if (doc_word_at(d, g, next_s, "to"))
		to = g + 2;
	else if (doc_word_at(d, g, next_s, "and") && words_last(d, ws, f[k].s, cue_words(CUE_BETWEEN), NULL) >= 0)
		to = g + 3;
	/* the connector must lead straight to the figure: not "$55,090 to its
	 * LPNs, ... $58,800"; a bound may stand between ("from less than $10
	 * to more than $25") */
	while (to && to < next_s && d->lc[to] == ' ')
		to++;
	if (to && to < next_s)
		to = range_bound(d, to, next_s, &high_qual);
	/* "$16.40     $19.85" in a row of columns is no range */
	if (!((g == next_s && dash) || (to && to == next_s)))
		return;
	middle = cue.value == CSTAT_RANGE_LOW;
	u = attr_unit_after(d, f[k + 1].e, r->sp.e);
	if (u == UNIT_NONE)
		u = f[k].unit != UNIT_NONE ? f[k].unit : attr_unit_before(d, ws, f[k].s);
	f[k].stat = middle ? 25 : (cue.value >= 1 && cue.value <= 99 ? cue.value : CSTAT_RANGE_LOW);
	if (!middle && f[k].stat != CSTAT_RANGE_LOW)
		f[k].stat = CSTAT_RANGE_LOW;
	f[k].unit = u;
	f[k + 1].dollar = 2;
	f[k + 1].stat = middle ? 75 : CSTAT_RANGE_HIGH;
	f[k + 1].unit = u;
	f[k + 1].qual = high_qual;
}

/* Figure k as the end of a range, or the same figure again: "$42,000 a
 * year, or $20.19 an hour", "... $62,340 a year. That is $29.97 an hour.";
 * else the statistic of the figure before ("$40,000 in Ohio, $42,000 in
 * Texas"). */
static void read_restated(reader *r, size_t k, attr_found cue, int range_end)
{
	const doc *d = r->d;
	doc_fig *f = r->f;
	size_t n = r->n;

	if (range_end) {
		if (f[k].stat == CSTAT_NONE || f[k].stat == CSTAT_RANGE_LOW)
			f[k].stat = CSTAT_RANGE_HIGH;
		if (k > 0 && f[k - 1].stat == 25)
			f[k].stat = 75;
		/* a range restated: its high end restates the other's high end */
		if (k > 0 && f[k - 1].pair >= 0 && f[k - 1].dollar != 2)
			f[k].pair = f[k - 1].pair + 1;
		else if (k > 0 && f[k - 1].pair_claim >= 0 && f[k - 1].dollar != 2 &&
			 f[k - 1].stat == CSTAT_RANGE_LOW)
			f[k].pair_claim = f[k - 1].pair_claim + 1;
	} else if (cue.pos < 0 && k >= 2 && k + 1 < n && f[k + 1].dollar == 2 && f[k - 1].dollar == 2 &&
		   !f[k - 1].skip && words_just_before(d, f[k - 1].e, f[k].s, cue_words(CUE_SAME)) >= 0) {
		/* "$33,000 to $39,500 a year, or $15.87 to $18.99 an hour" */
		f[k].pair = (int)(k - 2);
	} else if (cue.pos < 0 && k > 0 && !f[k - 1].skip &&
		   !(k + 1 < n && f[k + 1].dollar == 2) && /* begins a range */
		   (words_just_before(d, f[k - 1].e, f[k].s, cue_words(CUE_SAME)) >= 0 ||
		    (f[k].s - f[k - 1].e < 40 &&
		     (words_any(d, f[k - 1].e, f[k].s, cue_words(CUE_SAME)) ||
		      memchr(d->t + f[k - 1].e, '(', f[k].s - f[k - 1].e))))) {
		f[k].stat = f[k - 1].stat;
		f[k].pair = (int)(k - 1);
	} else if (cue.pos < 0 && k == 0 && (d->last_claim >= 0 || d->last_skipped) &&
		   words_just_before(d, r->sp.s, attr_qualifier_start(d, r->sp.s, f[k].s),
				     cue_words(CUE_RESTATE)) >= 0 &&
		   r->si > 0) {
		/* "That works out to roughly $18.40 per hour" */
		/* "... $480 for a 10-hour shift. That's $48 an hour": the
		 * restatement of a figure that is no claim is none either */
		if (d->last_skipped)
			f[k].skip = 1;
		f[k].stat = d->last_stat;
		f[k].pair_claim = d->last_claim;
		if (k + 1 < n && f[k + 1].dollar == 2 && d->last_stat == CSTAT_RANGE_HIGH) {
			/* a range restates the range before it, end for end */
			f[k].stat = CSTAT_RANGE_LOW;
			f[k].pair_claim = d->last_claim - 1;
		}
	}
	if (f[k].stat == CSTAT_NONE && cue.pos < 0 && k > 0 && !f[k - 1].skip &&
	    claim_stat_is_statistic(f[k - 1].stat) &&
	    !words_any(d, f[k - 1].e, f[k].s, cue_words(CUE_PAY)))
		f[k].stat = f[k - 1].stat;
	if (f[k].stat == CSTAT_RANGE_LOW && !(k + 1 < n && f[k + 1].dollar == 2))
		f[k].stat = CSTAT_NONE; /* "the middle 50%" with one figure */
}

/* Is figure k pay, and what the text around says of it when the sentence
 * does not: the sentence before's statistic, the heading's, the intro's;
 * 0 if it is not pay (a cost, cents). */
static int read_pay(reader *r, size_t k)
{
	doc *d = r->d;
	doc_fig *f = r->f;
	doc_span sp = r->sp;
	int continuing;

	/* "Oregon ($113,440) and Massachusetts ($108,850) follow.": a sentence
	 * with no word of pay goes on from the one before */
	if (r->pays < 0)
		r->pays = words_any(d, sp.s, sp.e, cue_words(CUE_PAY));
	if (d->par_claims > 0 && !r->pays)
		sentence_roles(d, sp, r->roles, &r->nroles, &r->looked_roles);
	continuing = d->par_claims > 0 && !r->pays && r->nroles == 0;
	if (continuing && f[k].stat == CSTAT_NONE)
		f[k].stat = d->last_stat;
	if (f[k].stat == CSTAT_NONE && d->head_stat != CSTAT_NONE && !d->introduced &&
	    label_figure(d, sp, &f[k]))
		f[k].stat = d->head_stat; /* a list under "Mean wage by state" */
	if (d->introduced && f[k].stat == CSTAT_NONE)
		f[k].stat = d->intro_stat;
	if (d->introduced && f[k].unit == UNIT_NONE)
		f[k].unit = d->intro_unit;
	int against = change_set_against(d, f, k);

	if (against && f[k - 1].skip)
		return 0; /* "rent averages $1,700, compared with $1,250 in Knoxville" */
	if (is_bonus(d, sp, f, r->n, k) || (against && f[k - 1].stat == CSTAT_BONUS)) {
		f[k].stat = CSTAT_BONUS; /* "a differential of $1.50, up from 75 cents" */
		/* "the agency paid out $410,000 in bonuses": a total, not a bonus */
		if (words_just_before(d, f[k].s > sp.s + 16 ? f[k].s - 16 : sp.s, f[k].s,
				      cue_words(CUE_COST)) >= 0)
			return 0;
	}
	else if (f[k].value < 1)
		return 0; /* cents are pay only as a differential */
	else if (d->introduced && sp.e - sp.s < 100 &&
		 cost_in(d, sp, sp.s, sp.e, r->roles, &r->nroles, &r->looked_roles))
		return 0; /* "$1,200 a year continuing-education allowance" in a list of benefits */
	else if (!(d->introduced && sp.e - sp.s < 100) &&
		 !(continuing && !cost_in(d, sp, sp.s, sp.e, r->roles, &r->nroles, &r->looked_roles)) &&
		 !pay_context(d, sp, &f[k], k ? f[k - 1].e : sp.s, k + 1 < r->n ? f[k + 1].s : sp.e,
			      r->pays, r->roles, &r->nroles, &r->looked_roles))
		return 0;
	if (f[k].unit == UNIT_NONE)
		f[k].unit = f[k].value < 200 ? UNIT_HOURLY : UNIT_ANNUAL;
	return 1;
}

/* Figure k read: its qualifier, unit and statistic, whether it is a range
 * or restates another, and whether it is pay (skip if not). */
static void read_figure(reader *r, size_t k)
{
	doc_fig *f = &r->f[k];
	size_t ws = k ? (f[-1].e > r->taken ? f[-1].e : r->taken) : r->sp.s;
	attr_found cue = attr_stat(r->d, ws, f->s);
	int range_end = f->dollar == 2;

	r->index_of[k] = -1;
	if (f->value < 0.01 || f->value > 5e6) {
		f->skip = 1;
		return;
	}
	if (!range_end) /* "from $21 up to $28": the range's own words */
		f->qual = attr_qualifier(r->d, ws, f->s);
	if (read_bounds(r, k)) {
		f->skip = f->change = 1;
		return;
	}
	read_marks(r, k, ws, range_end);
	f->stat = cue.value;
	/* a range's high end does not take the statistic after it: "between
	 * $15 and $25 an hour, and the median sits at $20" */
	if (f->after_cue || (cue.pos < 0 && !range_end))
		read_stat_after(r, k);
	if (k + 1 < r->n && !range_end &&
	    !(f->after_cue >= 1 && f->after_cue <= 99)) /* "$33,000 (bottom 10%) to" */
		read_range(r, k, ws, cue);
	read_restated(r, k, cue, range_end);
	if (cue.pos < 0 && f->stat == CSTAT_NONE)
		f->stat = attr_range_word(r->d, ws, f->s);
	if (f->skip || !read_pay(r, k))
		f->skip = 1;
}

/* The occupation, place, year and source of figure k. */
/* "- Clinics: $30,000" in a section headed "Pay by work setting": the
 * label is an industry (a metro area under "Top-paying metro areas"). */
static void label_scope(const reader *r, size_t k, doc_context *cx)
{
	/* a range's high end is under its low end's label */
	const doc_fig *f = &r->f[k > 0 && r->f[k].dollar == 2 ? k - 1 : k];
	size_t ls, le;
	doc_mention m[1];

	const doc *d = r->d;
	const char *kind = d->introduced && d->intro_label_kind ? d->intro_label_kind
							      : d->head_label_kind;

	if (cx->scope[0])
		return;
	if (!kind || !label_span(d, r->sp, f, &ls, &le) || occupation_find(d, ls, le, m, 1) == 1) {
		scope_paren_label(d, r->sp.s, f->s, cx->scope, sizeof cx->scope);
		return;
	}
	scope_label(d, ls, le, kind, cx->scope, sizeof cx->scope);
}

/* Does the sentence itself name the occupation? */
static int named_here(const reader *r, const role *ro)
{
	size_t i;

	for (i = 0; i < r->nroles; i++)
		if (r->roles[i].what == ro)
			return 1;
	return 0;
}

static void figure_context(reader *r, size_t k, doc_context *cx)
{
	doc *d = r->d;
	doc_fig *f = r->f;
	doc_span sp = r->sp;
	size_t n = r->n;
	int statistic;
	const doc_mention *named;
	doc_mention sc[sizeof r->scopes / sizeof *r->scopes + 1], linked;
	size_t next_s = k + 1 < n ? f[k + 1].s : sp.e;
	const doc_mention *city;

	cx->role = occupation_for(d, r->si, r->roles, r->nroles, &f[k], next_s);
	if (r->nroles == n && n >= 2 && (size_t)r->roles[n - 1].pos < f[0].s &&
	    words_any(d, f[n - 1].e, sp.e, cue_words(CUE_RESPECTIVELY)))
		cx->role = r->roles[k].what; /* "A and B earn $X and $Y, respectively" */
	cx->area = place_for(d, r->areas, r->nareas, &f[k], next_s, &named);
	/* "Massachusetts, Oregon and Colorado ... at $X, $Y and $Z respectively" */
	if (r->nareas == n && n >= 2 && (size_t)r->areas[n - 1].pos < f[0].s &&
	    words_any(d, f[n - 1].e, sp.e, cue_words(CUE_RESPECTIVELY)))
		cx->area = r->areas[k].what;
	/* "$37,340 in the offices of dentists": a scope named right after the
	 * figure is its own, over the one of its kind named before */
	city = named && named->city ? named : NULL;
	if (scope_linked_after(d, f[k].unit_e, next_s, r->roles, r->nroles, &linked)) {
		memcpy(sc, r->scopes, r->nscopes * sizeof *sc);
		sc[r->nscopes] = linked;
		scope_of(d, sc, r->nscopes + 1, (size_t)linked.pos + 1, city, cx->scope, sizeof cx->scope);
	} else {
		scope_of(d, r->scopes, r->nscopes, f[k].s, city, cx->scope, sizeof cx->scope);
	}
	label_scope(r, k, cx);
	/* a figure goes on the year and source of the paragraph's earlier
	 * sentences when it names a statistic ("The lowest 10 percent
	 * earned..."), not when it is a loose figure of its own */
	if (r->nlisted && k >= r->first_listed)
		f[k].stat = r->listed[k - r->first_listed];
	statistic = claim_stat_is_statistic(f[k].stat) || f[k].stat == CSTAT_RANGE_LOW ||
		    f[k].stat == CSTAT_RANGE_HIGH;
	cx->guessed = cx->role && !named_here(r, cx->role) && cx->role != d->head_role
			      ? CLAIM_GUESSED_ROLE
			      : 0;
	cx->year = when_figure(d, sp, r->year != 0, f[k].s, statistic, f[k].pair_claim >= 0, cx->area,
			       &cx->guessed);
	cx->source = r->src				? r->src
		     : statistic && d->par_source[0]	? d->par_source
		     : d->introduced && d->intro_source[0] ? d->intro_source
		     : d->all_source[0]			? d->all_source
							: attr_heading_source(d);
	if (!cx->scope[0] && sp.s > d->par_s && r->there < 0)
		r->there = scope_points_back(d, sp, r->roles, r->nroles);
	if (!cx->scope[0] && sp.s > d->par_s && r->there)
		scope_named_before(d, d->par_s, sp.s, cx->scope, sizeof cx->scope);
	if (!cx->area && words_any(d, sp.s, sp.e, cue_words(CUE_HERE))) {
		/* "Nebraska is a lower-wage state. Nurses here averaged..." */
		doc_mention m[8];
		size_t na = place_find(d, d->par_s, sp.s, m, 8);
		if (na)
			cx->area = m[na - 1].what;
	}
	/* "A CNA in your area makes on average $16": no place to judge by */
	if (r->nareas == 0 && r->no_area < 0)
		r->no_area = words_any(d, sp.s, sp.e, cue_words(CUE_AREA_UNKNOWN));
	if (r->nareas == 0 && r->no_area)
		cx->area = NULL;
	else if (!cx->area)
		cx->area = place_default(d, cx->source);
	cx->qs = sp.s;
	cx->qe = sp.e;
}

/* The claims of the figures that are pay. */
static void emit_figures(reader *r)
{
	doc *d = r->d;
	doc_fig *f = r->f;
	size_t k;

	const area *ranked[FIGURE_MAX] = {0}; /* each figure's state, named here */

	pair_units(r->d, r->f, r->n);
	for (k = 0; k < r->n && !d->stopped; k++) {
		doc_context cx;
		size_t a;
		if (f[k].skip)
			continue;
		if (f[k].pair >= 0 && f[f[k].pair].skip)
			f[k].pair = -1;
		sentence_roles(d, r->sp, r->roles, &r->nroles, &r->looked_roles);
		if (!r->looked) {
			r->nareas = place_find(d, r->sp.s, r->sp.e, r->areas, 16);
			/* a scope holds for the figures after it */
			r->nscopes = scope_find(d, r->sp.s, r->f[r->n - 1].s, r->roles, r->nroles,
						r->scopes, 16);
			r->looked = 1;
		}
		figure_context(r, k, &cx);
		r->index_of[k] = d->nclaims;
		doc_emit(d, &f[k], &cx, r->index_of);
		for (a = 0; a < r->nareas; a++)
			if (r->areas[a].what == cx.area)
				ranked[k] = cx.area;
		compare_rank(d, r->sp, f, k, &cx, ranked);
	}
}

/* The figures of a sentence past its FIGURE_MAX, counted as dropped. */
static void count_past(doc *d, size_t s, size_t e)
{
	doc_fig more[FIGURE_MAX];
	size_t n;

	while (s < e && (n = figure_find(d, s, e, more, FIGURE_MAX)) > 0) {
		d->dropped.sentence_figures += n;
		s = more[n - 1].e;
	}
}

void sentence_read(doc *d, size_t si)
{
	reader r;
	size_t k;

	r.d = d;
	r.si = si;
	r.sp = d->sent[si];
	r.n = figure_find(d, r.sp.s, r.sp.e, r.f, FIGURE_MAX);
	if (r.n == FIGURE_MAX)
		count_past(d, r.f[FIGURE_MAX - 1].e, r.sp.e);
	r.year = attr_year(d, r.sp.s, r.sp.e, r.sp.e);
	r.src = attr_source(d, r.sp.s, r.sp.e);
	r.nroles = r.nareas = 0;
	r.looked = r.looked_roles = 0;
	r.pays = -1;
	r.there = -1;
	r.no_area = -1;
	r.tail = r.n ? attr_stat(d, r.f[r.n - 1].e, r.sp.e) : (attr_found){-1, CSTAT_NONE, NULL};
	read_listed(&r);
	read_notes(&r);
	r.taken = r.sp.s;
	for (k = 0; k < r.n; k++)
		read_figure(&r, k);
	if (r.n)
		d->last_skipped = r.f[r.n - 1].skip;
	for (k = 0; k < r.n; k++)
		d->money_items |= d->introduced && d->in_item && !r.f[k].skip && r.f[k].dollar == 1 &&
				  memchr(d->t + r.f[k].s, '$', r.f[k].e - r.f[k].s) != NULL;
	emit_figures(&r);
	if (r.looked_roles)
		remember_roles(d, si, r.roles, r.nroles);
}
