#include "extract/extract.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/attr.h"
#include "extract/clean.h"
#include "extract/cue.h"
#include "extract/doc.h"
#include "extract/figure.h"
#include "extract/occupation.h"
#include "extract/place.h"
#include "extract/segment.h"
#include "extract/xtable.h"
#include "extract/words.h"
#include "model/dict.h"
#include "base/names.h"
#include "base/xalloc.h"
static const char *const between_words[] = {"between", NULL};
static const char *const respectively_words[] = {"respectively", NULL};
/* words that point back to a place named before: "nurses here" */
static const char *const here_words[] = {"here", "statewide", "in-state", "locally",
					 "in the state", "this state", NULL};

/* words that introduce the same figure in another unit */
static const char *const same_words[] = {"or", "which is", "equivalent to", "works out to",
					 "that is", "that's", "or roughly", "or about", "or nearly",
					 "or around", "equal to", "roughly", "about", NULL};
static const char *const restate_words[] = {
	"that is", "that's", "that works out to", "this works out to", "that equals",
	"this equals", "that comes to", "that translates to", "this translates to",
	"in hourly terms", "put another way", "that is about", "that's about",
	"or about", "that is roughly", "that's roughly", NULL};

/* "medical assistants earn more than phlebotomists" */
static void comparisons(doc *d, doc_span sp, doc_mention *m, size_t *nm, int *looked)
{
	static const char *const more[] = {"more than", "higher than", "better than",
					   "outearn", "outearns", "out-earn", NULL};
	static const char *const less[] = {"less than", "lower than", "below", NULL};
	size_t n, k;
	long at;
	int higher_first;
	extract_comparison cmp;
	char where[512], quote[600];

	if (!d->cmp_fn || (!memmem(d->lc + sp.s, sp.e - sp.s, "than", 4) &&
			   !memmem(d->lc + sp.s, sp.e - sp.s, "earn", 4)) ||
	    (!words_any(d, sp.s, sp.e, more) && !words_any(d, sp.s, sp.e, less)))
		return;
	if (!*looked) {
		*nm = occupation_find(d, sp.s, sp.e, m, 16);
		*looked = 1;
	}
	n = *nm;
	if (n < 2 || !words_any(d, sp.s, sp.e, cue_words(CUE_PAY)))
		return;
	for (k = 0; k + 1 < n; k++) {
		const role *a = m[k].what, *b = m[k + 1].what;
		size_t gs = (size_t)m[k].pos, ge = (size_t)m[k + 1].pos;
		if (strcmp(a->code, b->code) == 0)
			continue;
		int which = 0;
		size_t after;
		if ((at = words_last(d, gs, ge, more, &which)) >= 0)
			higher_first = 1;
		else if ((at = words_last(d, gs, ge, less, &which)) >= 0)
			higher_first = 0;
		else
			continue;
		/* "earn more than clinical laboratory technologists": the second
		 * name follows the comparison closely; "more than $50,000" is a
		 * bound, not a comparison */
		after = (size_t)at + strlen((higher_first ? more : less)[which]);
		if (ge - after > 12 || memchr(d->t + after, '$', ge - after))
			continue;
		cmp.higher_soc = higher_first ? a->code : b->code;
		cmp.lower_soc = higher_first ? b->code : a->code;
		cmp.higher_role = higher_first ? a->title : b->title;
		cmp.lower_role = higher_first ? b->title : a->title;
		doc_where(d, (size_t)at, where, sizeof where);
		doc_quote(d, sp.s, sp.e, quote, sizeof quote);
		cmp.where = where;
		cmp.quote = quote;
		d->cmp_fn(d->ctx, &cmp);
	}
}

/* A labelled figure, a row of a list: "- Respiratory therapists: $77,960",
 * "Ohio - $40,000", "Texas ....... $38,000": at the start of its line an
 * occupation or a place, then a colon, a dash or dot leaders, then the
 * figure. */
static int label_figure(const doc *d, doc_span sp, const doc_fig *f)
{
	doc_mention m[2];
	size_t sep = f->s, ls;

	while (sep > sp.s && (d->t[sep - 1] == ' ' || d->t[sep - 1] == '*'))
		sep--;
	if (sep == sp.s)
		return 0;
	if (d->t[sep - 1] != ':' && d->t[sep - 1] != '-' && d->t[sep - 1] != '.' &&
	    !(f->s >= sep + 2 && d->t[sep] == ' ' && d->t[sep + 1] == ' ')) /* "Ohio   $40,000" */
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
	if (occupation_find(d, ls, sep, m, 1) == 1 || place_find(d, ls, sep, m, 1) == 1)
		return 1;
	/* any short label in a section whose heading names the statistic or
	 * pay: "Hospitals .......... $44,000" under "Pay by setting (median)",
	 * "Tech I, trainee: $17.60" under "Our tech scale (per hour)" */
	if ((d->head_stat != CSTAT_NONE || d->head_pays) && sep - ls <= 40)
		return 1;
	{
		/* a step of a pay scale: "Step 3: $28.95", "Year 2 - $31.00" */
		static const char *const steps[] = {"step", "level", "year", "grade", "tier", "band",
						    NULL};
		size_t c = sep;
		while (c > ls && d->t[c - 1] != ',' && d->t[c - 1] != ';')
			c--;
		while (c < sep && d->t[c] == ' ')
			c++;
		return words_here(d, words_of(steps), c, sep, NULL) && sep - c < 12 &&
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

static int pay_context(const doc *d, doc_span sp, const doc_fig *f, size_t prev_e, size_t next_s,
		       int sentence_pays, doc_mention *roles, size_t *nroles, int *looked)
{
	size_t from = f->s > sp.s + 60 ? f->s - 60 : sp.s;
	size_t to = f->e + 30 < sp.e ? f->e + 30 : sp.e;
	size_t clause = from > prev_e ? from : prev_e, c;

	/* what follows the figure's clause is not about it: "earn $41,810,
	 * which covers tuition quickly" */
	for (c = f->e; c < to; c++)
		if (d->t[c] == ',' || d->t[c] == ';') {
			to = c;
			break;
		}

	/* "The program costs $5,000, and graduates earn $40,000": a figure
	 * whose own clause says pay is judged on that clause alone */
	for (c = f->s; c > clause; c--)
		if (d->t[c - 1] == ',' || d->t[c - 1] == ';') {
			if (words_any(d, c, f->s, cue_words(CUE_PAY))) {
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
		static const char *const earn[] = {"earn", "earns", "earned", "earning", "salary",
						   "salaries", "wage", "wages", NULL};
		long at = words_last(d, from, f->s, earn, NULL);
		if (at >= 0 && f->s - (size_t)at <= 24)
			from = (size_t)at;
	}
	static const char *const pay_for[] = {"pay for", "pays for", "paid for", "paying for",
					      NULL};

	long pf = words_last(d, from, f->s, pay_for, NULL);
	static const char *const payer[] = {"you", "they", "we", "i", "he", "she", "students",
					    "trainees", "applicants", "will", "to", "must", "can",
					    "may", "should", "might", "also", "often", "usually",
					    "employers", "hospitals", "families", "patients", NULL};

	/* "students pay for the exam" is a cost; "the median pay for
	 * pharmacy technicians" and "Pay for opticians runs..." are not */
	if (pf >= 0 && words_just_before(d, (size_t)pf > sp.s + 16 ? (size_t)pf - 16 : sp.s, (size_t)pf,
				   payer) < 0)
		pf = -1;
	if (words_any(d, from, to, cue_words(CUE_COST)) || pf >= 0)
		return 0;
	{
		/* "expect to pay $1,200", "students will pay $800": the reader pays */
		static const char *const pay[] = {"pay", "spend", "paying", "spending", NULL};
		static const char *const reader[] = {"to", "you", "will", "must", "students",
						     "trainees", "applicants", "should", "members",
						     "clients", "customers", "parents", NULL};
		long at = words_just_before(d, from, f->s, pay);
		if (at >= 0 && words_just_before(d, (size_t)at > sp.s + 12 ? (size_t)at - 12 : sp.s,
					   (size_t)at, reader) >= 0)
			return 0;
	}
	/* a dollar figure in a heading of a pay article is pay; so is a
	 * salary-sized one in a sentence that names an occupation and no cost
	 * ("At $214,200, nurse anesthetists lead all nursing roles") */
	return f->unit != UNIT_NONE || sentence_pays || d->in_heading || label_figure(d, sp, f) ||
	       (f->dollar && f->value >= 5000 && sentence_roles(d, sp, roles, nroles, looked) > 0 &&
		!words_any(d, sp.s, sp.e, cue_words(CUE_COST)));
}

/* Is figure k of the sentence a bonus or differential?  The word after it
 * ("$750 sign-on bonus"), or before it in its own clause ("the night
 * differential at my hospital is $6/hr"), but not one that belongs to the
 * figure before ("a $5,000 sign-on bonus and pays $22 an hour"). */
static int is_bonus(const doc *d, doc_span sp, const doc_fig *f, size_t n, size_t k)
{
	static const char *const paid[] = {"pays", "paid", "earn", "earns", "earned", "make",
					   "makes", "wage", "wages", "salary", NULL};
	size_t lo = k ? f[k - 1].e : sp.s, hi = k + 1 < n ? f[k + 1].s : sp.e;
	long at;

	static const char *const apart[] = {"before", "after", "excluding", "without", "plus",
					    "not", "beyond", "including", "than", NULL};
	if (hi > f[k].e + 25)
		hi = f[k].e + 25;
	at = words_last(d, f[k].e, hi, cue_words(CUE_BONUS), NULL);
	/* "$750 sign-on bonus", not "$1,629 before any differential" */
	if (at >= 0 && !words_any(d, f[k].e, (size_t)at, apart))
		return 1;
	if (f[k].s > lo + 60)
		lo = f[k].s - 60;
	at = words_last(d, lo, f[k].s, cue_words(CUE_BONUS), NULL);
	if (at < 0 || words_any(d, (size_t)at, f[k].s, paid))
		return 0;
	return !(k && (size_t)at < f[k - 1].e + 16); /* the figure before's own word */
}

/* "The 10th and 90th percentiles were $33,000 and $58,000": the
 * percentiles listed before the word "percentiles", in order (at most max);
 * *after is where the list ends. */
static size_t percentile_list(const doc *d, size_t s, size_t e, int *out, size_t max,
			      size_t *after)
{
	static const char *const word[] = {"percentiles", NULL};
	long at = words_last(d, s, e, word, NULL);
	int back[8];
	size_t n = 0, k, j;

	if (at < 0)
		return 0;
	j = (size_t)at;
	while (n < 8) {
		long w = doc_last_word_start(d, s, j);
		size_t q;
		if (w < 0)
			break;
		q = (size_t)w;
		if (doc_word_at(d, q, j, "and") || doc_word_at(d, q, j, "the")) {
			j = q;
			continue;
		}
		if (!doc_is_digit(d->t[q]) || atoi(d->t + q) < 1 || atoi(d->t + q) > 99)
			break;
		back[n++] = atoi(d->t + q);
		j = q;
	}
	if (n < 2 || n > max)
		return 0;
	for (k = 0; k < n; k++)
		out[k] = back[n - 1 - k];
	*after = (size_t)at + 11;
	return n;
}

static void do_sentence(doc *d, size_t si)
{
	doc_span sp = d->sent[si];
	doc_fig f[FIGURE_MAX];
	long index_of[FIGURE_MAX];
	size_t n = figure_find(d, sp.s, sp.e, f, FIGURE_MAX), k;
	int year = attr_year(d, sp.s, sp.e, sp.e);
	const char *src = attr_source(d, sp.s, sp.e);
	doc_mention roles[16], areas[16];
	size_t nroles = 0, nareas = 0;
	int looked = 0, looked_roles = 0, statistic, continuing, pays = -1;

	attr_found tail = n ? attr_stat(d, f[n - 1].e, sp.e) : (attr_found){-1, CSTAT_NONE, NULL};
	int listed[FIGURE_MAX];
	size_t list_end = 0, nlisted = n ? percentile_list(d, sp.s, sp.e, listed, FIGURE_MAX, &list_end)
					 : 0, first_listed = n;

	/* the listed percentiles go to the figures after the list, one each,
	 * when the counts agree */
	for (k = 0; k < n && nlisted; k++)
		if (f[k].s >= list_end) {
			first_listed = k;
			break;
		}
	if (n - first_listed != nlisted)
		nlisted = 0;

	/* "All figures are BLS May 2024 unless noted", "Every pay figure below
	 * is ... unless another source is named" */
	static const char *const unless[] = {"unless", "except where", "except as noted", NULL};
	static const char *const covering[] = {"figures", "figure", "wages", "salaries", "numbers",
					       "data", "pay", NULL};

	comparisons(d, sp, roles, &nroles, &looked_roles);
	if (segment_list_item(d, sp.s, d->len)) {
		d->par_area = NULL; /* a list item's place is its own */
		d->in_item = 1;
	}
	/* what an intro ("National medians, May 2024:") says holds for the
	 * list items and label lines under it, not for prose */
	d->introduced = d->intro_active && (d->in_item || !segment_ends_sentence(d, sp.s, sp.e));
	if ((year || src) && !n && words_any(d, sp.s, sp.e, unless) &&
	    words_any(d, sp.s, sp.e, covering)) {
		d->all_year = year;
		snprintf(d->all_source, sizeof d->all_source, "%s", src ? src : "");
	}
	if (year)
		d->par_year = year;
	if (src)
		snprintf(d->par_source, sizeof d->par_source, "%s", src);
	size_t taken = sp.s; /* the end of a statistic word a figure took from after it */
	for (k = 0; k < n; k++) {
		size_t ws = k ? (f[k - 1].e > taken ? f[k - 1].e : taken) : sp.s;
		attr_found cue = attr_stat(d, ws, f[k].s);
		int range_end = f[k].dollar == 2;
		index_of[k] = -1;
		if (f[k].value < 0.01 || f[k].value > 5e6) {
			f[k].skip = 1;
			continue;
		}
		if (!range_end) /* "from $21 up to $28": the range's own words */
			f[k].qual = attr_qualifier(d, ws, f[k].s);
		{
			/* "$64,910 or less", "$90,000 and up"; "$8,700 more a year" is
			 * a difference, not pay */
			static const char *const or_less[] = {"or less", "or lower", "or under",
							      "or below", NULL};
			static const char *const or_more[] = {"or more", "or higher", "or above",
							      "and up", "and above", NULL};
			static const char *const diff[] = {"more", "less", "higher", "lower", "extra",
							   "below", "above", "behind", "ahead", NULL};
			/* pay by the visit, shift, day or mile has no unit of the
			 * claims' and is not compared: not a claim */
			static const char *const per[] = {
				"per visit", "a visit", "per completed", "per shift", "a shift",
				"per 12-hour", "per 24-hour", "per day", "a day", "per diem",
				"per mile", "a mile", "per patient", "per case", "per procedure",
				"per session", "a session", "per night", "a night", "per load", "per stop",
				"per class", "a class", "per appointment", "an appointment", NULL};
			size_t a = f[k].e;
			while (a < sp.e && d->t[a] == ' ')
				a++;
			attr_unit_after_to(d, a, sp.e, &a);
			while (a < sp.e && (d->t[a] == ' ' || d->t[a] == ','))
				a++;
			if (words_here(d, words_of(or_less), a, sp.e, NULL))
				f[k].qual = QUAL_LESS_THAN;
			else if (words_here(d, words_of(or_more), a, sp.e, NULL))
				f[k].qual = QUAL_MORE_THAN;
			a = f[k].e;
			while (a < sp.e && d->t[a] == ' ')
				a++;
			{
				/* "$2.35/hr more", "$3 an hour more" */
				size_t u = a;
				if (attr_unit_after_to(d, a, sp.e, &u) != UNIT_NONE && u > a) {
					while (u < sp.e && d->t[u] == ' ')
						u++;
					if (words_here(d, words_of(diff), u, sp.e, NULL))
						a = u;
				}
			}
			if ((a > f[k].e && words_here(d, words_of(diff), a, sp.e, NULL)) ||
			    words_here(d, words_of(per), a, sp.e, NULL)) {
				f[k].skip = 1;
				continue;
			}
		}
		if (f[k].e < sp.e && d->t[f[k].e] == '+')
			f[k].qual = QUAL_MORE_THAN; /* "$100,000+" */
		else if (f[k].s > sp.s && (d->t[f[k].s - 1] == '~' ||
					   (f[k].s >= sp.s + 3 && !memcmp(d->t + f[k].s - 3, "\xe2\x89\x88", 3))))
			f[k].qual = QUAL_ABOUT; /* "~$41,810", "≈$41,810" */
		{
			/* a range's end keeps the unit its start found */
			unit after = attr_unit_after(d, f[k].e, sp.e);
			if (after != UNIT_NONE || !range_end)
				f[k].unit = after;
		}
		if (f[k].unit == UNIT_NONE && !range_end)
			f[k].unit = attr_unit_before(d, ws, f[k].s);
		f[k].stat = cue.value;
		if (cue.pos < 0 || f[k].after_cue) {
			/* named after the figure: "$38,000 (median)", "$37.50 an hour
			 * on average", "($41,810), ... all earned medians" */
			size_t next = k + 1 < n ? f[k + 1].s : sp.e;
			attr_found post = f[k].after_cue ? (attr_found){0, f[k].after_cue, NULL}
						    : attr_stat(d, f[k].e, next);
			if (post.value == CSTAT_NONE && n > 1)
				post = tail; /* "A ($1), B ($2) and C ($3) all earned medians" */
			if (post.value != CSTAT_NONE && post.value != CSTAT_RANGE_LOW) {
				f[k].stat = post.value;
				/* "$74,100 median, $75,880 mean": a word right after the
				 * figure is its own, not the next figure's */
				if (!f[k].after_cue && post.pos >= 0 && (size_t)post.pos < next &&
				    (size_t)post.pos - f[k].e <= 16 &&
				    !memchr(d->t + f[k].e, ',', (size_t)post.pos - f[k].e) &&
				    !memchr(d->t + f[k].e, ';', (size_t)post.pos - f[k].e))
					taken = (size_t)post.pos + 1;
			}
		}
		/* a range: "between $X and $Y", "from $X to $Y", "$X-$Y", "$X to $Y",
		 * "$17.50/hr to $19/hr", "from $21 up to $28" */
		if (k + 1 < n && !range_end &&
		    !(f[k].after_cue >= 1 && f[k].after_cue <= 99)) { /* "$33,000 (bottom 10%) to" */
			size_t g = f[k].e, to = 0;
			int dash = 0;
			attr_unit_after_to(d, g, f[k + 1].s, &g);
			while (g < f[k + 1].s && (d->lc[g] == ' ' || d->t[g] == '-'))
				dash |= d->t[g++] == '-';
			if (doc_word_at(d, g, f[k + 1].s, "up") && doc_word_at(d, g + 3, f[k + 1].s, "to"))
				g += 3;
			if (doc_word_at(d, g, f[k + 1].s, "to"))
				to = g + 2;
			else if (doc_word_at(d, g, f[k + 1].s, "and") &&
				 words_last(d, ws, f[k].s, between_words, NULL) >= 0)
				to = g + 3;
			/* the connector must lead straight to the figure: not "$55,090
			 * to its LPNs, ... $58,800" */
			while (to && to < f[k + 1].s && d->lc[to] == ' ')
				to++;
			/* "$16.40     $19.85" in a row of columns is no range */
			if ((g == f[k + 1].s && dash) || (to && to == f[k + 1].s)) {
				int middle = cue.value == CSTAT_RANGE_LOW;
				unit u = attr_unit_after(d, f[k + 1].e, sp.e);
				if (u == UNIT_NONE)
					u = f[k].unit != UNIT_NONE ? f[k].unit : attr_unit_before(d, ws, f[k].s);
				f[k].stat = middle ? 25 : (cue.value >= 1 && cue.value <= 99 ? cue.value
											      : CSTAT_RANGE_LOW);
				if (!middle && f[k].stat != CSTAT_RANGE_LOW)
					f[k].stat = CSTAT_RANGE_LOW;
				f[k].unit = u;
				f[k + 1].dollar = 2;
				f[k + 1].stat = middle ? 75 : CSTAT_RANGE_HIGH;
				f[k + 1].unit = u;
				f[k + 1].qual = QUAL_EXACT;
			}
		}
		if (range_end) {
			if (f[k].stat == CSTAT_NONE || f[k].stat == CSTAT_RANGE_LOW)
				f[k].stat = CSTAT_RANGE_HIGH;
			if (k > 0 && f[k - 1].stat == 25)
				f[k].stat = 75;
		} else if (cue.pos < 0 && k > 0 && !f[k - 1].skip &&
			   !(k + 1 < n && f[k + 1].dollar == 2) && /* begins a range */
			   (words_just_before(d, f[k - 1].e, f[k].s, same_words) >= 0 ||
			    (f[k].s - f[k - 1].e < 40 &&
			     (words_any(d, f[k - 1].e, f[k].s, same_words) ||
			      memchr(d->t + f[k - 1].e, '(', f[k].s - f[k - 1].e))))) {
			/* "$42,000 a year, or $20.19 an hour": the same figure again */
			f[k].stat = f[k - 1].stat;
			f[k].pair = (int)(k - 1);
		} else if (cue.pos < 0 && k == 0 && d->last_claim >= 0 &&
			   words_just_before(d, sp.s, f[k].s, restate_words) >= 0 && si > 0) {
			/* "... $62,340 a year. That is $29.97 an hour." */
			f[k].stat = d->last_stat;
			f[k].pair_claim = d->last_claim;
		}
		if (f[k].stat == CSTAT_NONE && cue.pos < 0 && k > 0 && !f[k - 1].skip &&
		    f[k - 1].stat >= 1 && f[k - 1].stat <= CSTAT_TOP10_MEAN &&
		    f[k - 1].stat != CSTAT_RANGE_LOW && f[k - 1].stat != CSTAT_RANGE_HIGH &&
		    !words_any(d, f[k - 1].e, f[k].s, cue_words(CUE_PAY)))
			f[k].stat = f[k - 1].stat; /* "$40,000 in Ohio, $42,000 in Texas" */
		if (f[k].stat == CSTAT_RANGE_LOW && !(k + 1 < n && f[k + 1].dollar == 2))
			f[k].stat = CSTAT_NONE; /* "the middle 50%" with one figure */
		/* "Oregon ($113,440) and Massachusetts ($108,850) follow.": a
		 * sentence with no word of pay goes on from the one before */
		if (pays < 0)
			pays = words_any(d, sp.s, sp.e, cue_words(CUE_PAY));
		if (d->par_claims > 0 && !pays)
			sentence_roles(d, sp, roles, &nroles, &looked_roles);
		continuing = d->par_claims > 0 && !pays && nroles == 0;
		if (continuing && f[k].stat == CSTAT_NONE)
			f[k].stat = d->last_stat;
		if (f[k].stat == CSTAT_NONE && d->head_stat != CSTAT_NONE && !d->introduced &&
		    label_figure(d, sp, &f[k]))
			f[k].stat = d->head_stat; /* a list under "Mean wage by state" */
		if (d->introduced && f[k].stat == CSTAT_NONE)
			f[k].stat = d->intro_stat;
		if (d->introduced && f[k].unit == UNIT_NONE)
			f[k].unit = d->intro_unit;
		if (is_bonus(d, sp, f, n, k)) {
			f[k].stat = CSTAT_BONUS;
		} else if (f[k].value < 1) {
			f[k].skip = 1; /* cents are pay only as a differential */
			continue;
		} else if (!(d->introduced && sp.e - sp.s < 100) &&
			   !(continuing && !words_any(d, sp.s, sp.e, cue_words(CUE_COST))) &&
			   !pay_context(d, sp, &f[k], k ? f[k - 1].e : sp.s, k + 1 < n ? f[k + 1].s : sp.e,
					pays, roles, &nroles, &looked_roles)) {
			f[k].skip = 1;
			continue;
		}
		if (f[k].unit == UNIT_NONE)
			f[k].unit = f[k].value < 200 ? UNIT_HOURLY : UNIT_ANNUAL;
	}
	for (k = 0; k < n && !d->stopped; k++) {
		doc_context cx;
		if (f[k].skip)
			continue;
		if (f[k].pair >= 0 && f[f[k].pair].skip)
			f[k].pair = -1;
		sentence_roles(d, sp, roles, &nroles, &looked_roles);
		if (!looked) {
			nareas = place_find(d, sp.s, sp.e, areas, 16);
			looked = 1;
		}
		cx.role = occupation_for(d, si, roles, nroles, f[k].s);
		if (nroles == n && n >= 2 && (size_t)roles[n - 1].pos < f[0].s &&
		    words_any(d, f[n - 1].e, sp.e, respectively_words))
			cx.role = roles[k].what; /* "A and B earn $X and $Y, respectively" */
		cx.area = place_for(d, areas, nareas, &f[k], k + 1 < n ? f[k + 1].s : sp.e);
		/* a figure goes on the year and source of the paragraph's earlier
		 * sentences when it names a statistic ("The lowest 10 percent
		 * earned..."), not when it is a loose figure of its own */
		if (nlisted && k >= first_listed)
			f[k].stat = listed[k - first_listed];
		statistic = f[k].stat >= 1 && f[k].stat <= CSTAT_TOP10_MEAN &&
			    f[k].stat != CSTAT_RANGE_LOW && f[k].stat != CSTAT_RANGE_HIGH;
		cx.year = attr_year(d, sp.s, sp.e, f[k].s);
		if (!cx.year)
			cx.year = statistic && d->par_year ? d->par_year
				  : d->introduced && d->intro_year ? d->intro_year : d->head_year;
		if (!cx.year)
			cx.year = d->all_year;
		cx.source = src ? src : statistic && d->par_source[0] ? d->par_source
				  : d->introduced && d->intro_source[0] ? d->intro_source
				  : d->all_source[0] ? d->all_source : NULL;
		if (!cx.area && words_any(d, sp.s, sp.e, here_words)) {
			/* "Nebraska is a lower-wage state. Nurses here averaged..." */
			doc_mention m[8];
			size_t na = place_find(d, d->par_s, sp.s, m, 8);
			if (na)
				cx.area = m[na - 1].what;
		}
		if (!cx.area)
			cx.area = place_default(d, cx.source);
		cx.qs = sp.s;
		cx.qe = sp.e;
		index_of[k] = d->nclaims;
		doc_emit(d, &f[k], &cx, index_of);
	}
	if (looked_roles)
		remember_roles(d, si, roles, nroles);
}

/* --- the document ------------------------------------------------------ */

static void heading(doc *d, size_t s, size_t e)
{
	doc_mention m[8];
	int here, y;
	doc_span sp = {s, e};
	const role *r = occupation_of_sentence(d, sp, e, &here);
	size_t na = place_find(d, s, e, m, 8);

	if (r)
		d->head_role = r;
	d->head_stat = attr_stat(d, s, e).value;
	d->head_pays = words_any(d, s, e, cue_words(CUE_PAY));
	if (d->head_stat == CSTAT_RANGE_LOW)
		d->head_stat = CSTAT_NONE;
	y = attr_year(d, s, e, e);
	if (d->headings++ == 0)
		d->title_year = y;
	d->head_year = y ? y : d->title_year;
	d->head_area = na ? m[0].what : d->head_area;
	d->par_year = 0;
	d->par_area = NULL;
	d->par_source[0] = '\0';
	d->par_claims = 0; /* a table's claims do not go on past a heading */
	d->nsent = 0;
	d->intro_active = 0;
	d->prev_year = 0;
	d->prev_source[0] = '\0';
}

/* After a paragraph: does it introduce a list or table ("...May 2023:")? */
static void intro_after(doc *d, const doc_span *sp, size_t n)
{
	size_t k, longest = 0;
	doc_span last;
	size_t end;
	attr_found cue;

	for (k = 0; k < n; k++)
		if (sp[k].e - sp[k].s > longest)
			longest = sp[k].e - sp[k].s;
	if (n == 0)
		return;
	last = sp[n - 1];
	end = last.e;
	while (end > last.s && isspace((unsigned char)d->t[end - 1]))
		end--;
	/* "...for dental hygienists, May 2023:", or "These are mean annual wages
	 * from the May 2023 survey." with no figure of its own */
	if (end > last.s && d->t[end - 1] == ':' && !words_any(d, last.s, end, cue_words(CUE_PAY)) &&
	    (attr_year(d, last.s, end, end) || attr_source(d, last.s, end))) {
		/* "All figures in the list below are from the BLS survey of May
		 * 2024:" dates and credits the list */
		const char *src = attr_source(d, last.s, end);
		d->intro_active = 1;
		d->intro_used = 0;
		d->intro_area = place_in(d, sp[0].s, end);
		d->intro_stat = CSTAT_NONE;
		d->intro_unit = UNIT_NONE;
		d->intro_year = attr_year(d, last.s, end, end);
		if (!d->intro_year) /* "Table 1. Mean wages, May 2023. Source: BLS." */
			d->intro_year = attr_year(d, sp[0].s, end, end);
		snprintf(d->intro_source, sizeof d->intro_source, "%s", src ? src : "");
	} else if (end > last.s &&
	    (d->t[end - 1] == ':' ||
	     (!figure_money_in(d, last.s, end) && d->par_claims == 0 &&
	      (memmem(d->lc + last.s, end - last.s, "median", 6) ||
	       memmem(d->lc + last.s, end - last.s, "mean", 4) ||
	       memmem(d->lc + last.s, end - last.s, "average", 7) ||
	       memmem(d->lc + last.s, end - last.s, "percent", 7)) &&
	      attr_stat(d, last.s, end).pos >= 0)) &&
	    words_any(d, last.s, end, cue_words(CUE_PAY))) {
		const char *src = attr_source(d, last.s, end);
		cue = attr_stat(d, last.s, end);
		d->intro_active = 1;
		d->intro_used = 0;
		d->intro_area = place_in(d, sp[0].s, end);
		d->intro_stat = cue.value == CSTAT_RANGE_LOW ? CSTAT_NONE : cue.value;
		d->intro_unit = attr_unit_before(d, last.s, end);
		d->intro_year = attr_year(d, last.s, end, end);
		if (!d->intro_year)
			d->intro_year = attr_year(d, sp[0].s, end, end);
		snprintf(d->intro_source, sizeof d->intro_source, "%s",
			 src ? src : d->par_source[0] ? d->par_source : "");
	} else if ((longest >= 100 || !figure_money_in(d, sp[0].s, last.e)) &&
		   !segment_list_item(d, sp[0].s, sp[0].e)) {
		/* prose or a caption ends what the intro introduced, a list's
		 * items do not */
		d->intro_active = 0;
	}
}

static void paragraph(doc *d, size_t s, size_t e)
{
	doc_span tmp[512];
	size_t n = segment_sentences(d, s, e, tmp, 512), k;

	d->par_s = s;
	d->in_item = 0;
	if (d->intro_active && n) {
		/* the list or table an intro introduced has been read: prose
		 * after it is on its own */
		int item = segment_list_item(d, tmp[0].s, d->len);
		if (d->intro_used && !item)
			d->intro_active = 0;
		d->intro_used |= item;
	}
	for (k = 0; k < n && !d->stopped; k++) {
		if (d->nsent >= DOC_BACK_SENTENCES * 4) {
			/* keep the last BACK_SENTENCES: older ones are never looked at */
			memmove(d->sent, d->sent + d->nsent - DOC_BACK_SENTENCES,
				DOC_BACK_SENTENCES * sizeof *d->sent);
			memmove(d->sent_role, d->sent_role + d->nsent - DOC_BACK_SENTENCES,
				DOC_BACK_SENTENCES * sizeof *d->sent_role);
			memmove(d->sent_looked, d->sent_looked + d->nsent - DOC_BACK_SENTENCES,
				DOC_BACK_SENTENCES);
			d->nsent = DOC_BACK_SENTENCES;
		}
		xgrow(&d->sent, &d->sent_alloc, d->nsent + 1, sizeof *d->sent);
		xgrow(&d->sent_role, &d->role_alloc, d->nsent + 1, sizeof *d->sent_role);
		xgrow(&d->sent_looked, &d->looked_alloc, d->nsent + 1, 1);
		d->sent_looked[d->nsent] = 0;
		d->sent[d->nsent++] = tmp[k];
		do_sentence(d, d->nsent - 1);
	}
	intro_after(d, tmp, n);
	d->prev_year = d->par_year;
	snprintf(d->prev_source, sizeof d->prev_source, "%s", d->par_source);
	d->par_claims = 0;
	d->par_year = 0;
	d->par_area = NULL;
	d->par_source[0] = '\0';
}

typedef struct walker {
	doc *d;
	int cost_rows; /* the pipe rows read are under a header of costs */
	int in_par;
	size_t par_s, par_e;
	xtable_state ts;
} walker;

static void flush(walker *w)
{
	if (w->in_par)
		paragraph(w->d, w->par_s, w->par_e);
	w->in_par = 0;
}

static void text_segment(walker *w, size_t s, size_t e)
{
	doc *d = w->d;
	doc_span cells[16];
	size_t nf = figure_row(d, s, e, cells, 16);
	int stats[16];
	column_meaning figs[16];
	size_t lead = s, nh = 0, k, tail = e;

	while (lead < e && d->t[lead] == ' ')
		lead++;
	/* the spaces a closing tag left are not a column break */
	while (tail > lead && isspace((unsigned char)d->t[tail - 1]))
		tail--;
	if (segment_rule_line(d, lead, tail)) {
		flush(w); /* "-----" above or under a table's header is no text */
		return;
	}
	if (w->ts.active && w->ts.nstats && !nf && tail - lead < 60 && !w->in_par && e < d->len) {
		/* a row's label wrapped onto two lines: "Home health and personal
		 * care\n  aides     30.2     33.5" */
		size_t ne = e + 1;
		while (ne < d->len && d->t[ne] != '\n')
			ne++;
		if (figure_row(d, e + 1, ne, cells, 16) == w->ts.nstats) {
			w->ts.wrap_s = lead;
			w->ts.wrap_e = tail;
			return;
		}
	}
	/* a header line of a whitespace table has columns two spaces apart */
	if (!nf && e - s < 160 && segment_two_spaces(d, lead, tail))
		nh = column_cues(d, s, e, stats, 16);

	if (w->ts.active && nf > w->ts.nstats && w->ts.nstats) {
		/* "$46,580  $61,890  $80,010  14": the dollar figures fill the
		 * pay columns; the bare number is a count column's */
		size_t kept = 0;
		for (k = 0; k < nf; k++)
			if (d->t[cells[k].s] == '$')
				cells[kept++] = cells[k];
		if (kept == w->ts.nstats)
			nf = kept;
	}
	if (w->ts.active && nf > 0 && nf == w->ts.nstats && e - s < 200 &&
	    cells[0].s - lead < 48 && !segment_ends_sentence(d, s, e)) {
		flush(w);
		xtable_row(d, &w->ts, cells, nf, s, e, 1);
		return;
	}
	if (nh < 2 && !nf && e - s < 120 && segment_two_spaces(d, lead, tail) &&
	    !segment_prose_line(d, s, e) && d->t[e - 1 > s ? e - 1 : s] != ',') {
		/* "Percentile        Annual wage": columns apart by two spaces or
		 * more, the pay ones without a statistic */
		size_t columns;
		k = column_aligned(d, s, e, figs, &columns);
		/* "Occupation   Ill.   Ind.   Wis." ends with a dot, not a sentence */
		if (k >= 1 && (k != nh || nh < 2) && columns >= 2 &&
		    (columns >= 3 || (!segment_ends_sentence(d, s, e) && !w->in_par))) {
			if (w->in_par) {
				/* the caption right above says what the columns hold:
				 * read it first */
				flush(w);
				k = column_aligned(d, s, e, figs, &columns);
			}
			memset(&w->ts, 0, sizeof w->ts);
			memcpy(w->ts.figs, figs, k * sizeof *figs);
			w->ts.nstats = k;
			w->ts.active = 1;
			xtable_begins(d, &w->ts, s, e);
			return;
		}
	}
	if (nh >= 2 && e - s < 160 && !segment_prose_line(d, s, e)) {
		/* "State   Median   Bottom 10%   Top 10%" */
		flush(w);
		memset(&w->ts, 0, sizeof w->ts);
		for (k = 0; k < nh; k++)
			w->ts.figs[k] = (column_meaning){stats[k], UNIT_NONE, 0, NULL, NULL, 0, 0, 1};
		w->ts.nstats = nh;
		w->ts.active = 1;
		xtable_begins(d, &w->ts, s, e);
		return;
	}
	w->ts.active = 0;
	if (!w->in_par)
		w->par_s = s;
	w->par_e = e;
	w->in_par = 1;
}

long extract_text(const char *name, char *text, size_t len, extract_fn fn,
		  extract_cmp_fn cmp_fn, void *ctx)
{
	doc d;
	walker w;
	size_t i;
	int prev_blank;

	memset(&w, 0, sizeof w);
	w.d = &d;
	doc_open(&d, name, text, len);
	d.fn = fn;
	d.cmp_fn = cmp_fn;
	d.ctx = ctx;
	d.local = place_dateline(&d);
	/* segments run between line ends and the marks left by HTML tags */
	for (i = 0, prev_blank = 1; i <= len && !d.stopped;) {
		segment sg;
		size_t s, e, a;

		segment_at(&d, i, prev_blank, &sg);
		s = sg.s;
		e = sg.e;
		a = sg.a;
		if (sg.mark == CLEAN_MARK_TABLE)
			w.ts.active = 0;
		if (sg.marked || sg.kind != SEGMENT_TEXT)
			flush(&w);
		if (sg.kind == SEGMENT_TEXT || sg.kind == SEGMENT_HEADING)
			w.cost_rows = 0;
		prev_blank = sg.kind == SEGMENT_BLANK && !(e < len && d.t[e] != '\n');
		switch (sg.kind) {
		case SEGMENT_BLANK:
			if (!sg.marked && !(e < len && d.t[e] != '\n'))
				w.ts.active = w.cost_rows = 0;
			break;
		case SEGMENT_HEADING:
			w.ts.active = 0;
			heading(&d, a, e);
			/* "## Median pay for phlebotomists: $41,810" */
			if (memchr(d.t + a, '$', e - a)) {
				d.in_heading = 1;
				paragraph(&d, a, e);
				d.in_heading = 0;
			}
			break;
		case SEGMENT_PIPES:
			xtable_pipe_line(&d, &w.ts, &w.cost_rows, s, e);
			break;
		case SEGMENT_TEXT:
			text_segment(&w, s, e);
			break;
		}
		if (e >= len)
			break;
		i = e + (d.t[e] == '\n');
	}
	if (!d.stopped)
		flush(&w);
	doc_close(&d);
	return d.stopped ? -1 : d.nclaims;
}
