/* cue: the word lists that drive extraction (and the reading of table
 * headers everywhere), by class, read once from
 * datasets/cues.csv (compiled in by scripts/embed.sh; see datasets/README.md).
 * Each list is NULL-terminated, in the order of the file (the first phrase
 * of unit_after that matches wins), lower case but for state_code_word,
 * and lives as long as the program: words.h finds a list again by its
 * address.  A phrase added to the file is matched where its class is,
 * with no change of code. */
#ifndef WAGESTAT_CUE_H
#define WAGESTAT_CUE_H

typedef enum cue_class {
	CUE_MEDIAN,            /* words that name the median: "median", "midpoint" */
	CUE_MEAN,              /* words that name the mean: "mean", "average", "avg" */
	CUE_PAY,               /* words of pay: "earn", "salary", "median", "take home" */
	CUE_COST,              /* what is paid, not earned, or no one's pay: "tuition",
				  "fee", "rent", "minimum wage" */
	CUE_COUNT,             /* what a table may count instead of pay: "jobs", "percent" */
	CUE_BONUS,             /* "bonus", "differential" */
	CUE_ABOUT,             /* qualifiers before a figure: about ("roughly", "nearly") */
	CUE_LESS_THAN,         /* ... at most ("under", "up to") */
	CUE_MORE_THAN,         /* ... at least ("over", "more than", "tops") */
	CUE_END_LOW,           /* words before "tenth", "quartile" that name the bottom */
	CUE_END_HIGH,          /* ... that name the top */
	CUE_SHARE_UNDER,       /* "a quarter earned less than": the share is under */
	CUE_SHARE_OVER,        /* "one in ten earned more than": the share is over */
	CUE_SEASON,            /* "the first quarter of 2024": a quarter that is a time */
	CUE_PERCENT_LOW,       /* "the lowest 10 percent": the bottom */
	CUE_PERCENT_HIGH,      /* "the top 10%": the top */
	CUE_MIDDLE,            /* "the middle half", "the middle 50%" */
	CUE_NAMED_LOW,         /* "bottom 10%" as a row or column name */
	CUE_NAMED_HIGH,        /* "top 10%" as a row or column name */
	CUE_SOURCE_KIND,       /* a named survey's last word: "survey", "report" */
	CUE_SOURCE_QUICK,      /* words one of which every source has (a quick test) */
	CUE_AREA_LABEL,        /* a header of a column of places: "state", "metro" */
	CUE_ROLE_LABEL,        /* a header of a column of occupations: "occupation", "job" */
	CUE_INDUSTRY_LABEL,    /* ... of industries: "industry", "work setting", "employer" */
	CUE_METRO_LABEL,       /* ... of metro areas: "metropolitan area", "city" */
	CUE_DIFFERENCE_BEFORE, /* "pay can differ by $25,000", "in two installments of
				  $5,000": a difference or a part, no pay */
	CUE_AGENCY,            /* "U.S. Bureau of Labor Statistics": a nation's agency
				  names no place */
	CUE_SAID,              /* "a hospital recruiter said the average ...": what is
				  said is a clause of its own */
	CUE_WAGE,              /* "Minimum wage" is a wage, not a range's end */
	CUE_HEADER_HIGH,       /* "High (90%)": a header's percent names the top */
	CUE_PAY_COLUMN,        /* a header of a column of pay: "salary", "wage", "rate" */
	CUE_PAY_COLUMN_WEAK,   /* header words that say pay beside a figure but not over a cost:
				  "Typical", "Starting", "Range" ("Typical training cost") */
	CUE_RANGE_MIN,         /* "Grid min": a pay range's low end */
	CUE_RANGE_MAX,         /* "Grid max": its high end */
	CUE_MONEY_WORD,        /* words that make a number in words money: "dollars", "grand" */
	CUE_UNIT_ADJECTIVE,    /* units that are adjectives: "20 hourly workers" */
	CUE_THAN,              /* "more than medical assistants make": the occupation compared with */
	CUE_STATE_CODE_WORD,   /* two-letter state codes that are also words ("IN", "OR"), as written */
	CUE_PLACE_BEFORE,      /* words that name a city as a place: "in", "outside" */
	CUE_PLACE_SKIP,        /* words between those and the city: "greater", "downtown" */
	CUE_ABBREVIATION,      /* abbreviations whose full stop ends no sentence: "dr", "calif" */
	CUE_BETWEEN,           /* "between $X and $Y" */
	CUE_RESPECTIVELY,      /* "A and B earn $X and $Y, respectively" */
	CUE_HERE,              /* words that point back to a place named before: "here", "statewide" */
	CUE_SAME,              /* words that introduce the same figure in another unit: "or", "which is" */
	CUE_SAME_UNITS,        /* words that join a figure's hourly and yearly forms: "and" */
	CUE_RESTATE,           /* ... at a sentence's start: "That is", "put another way" */
	CUE_COMPARE_MORE,      /* "medical assistants earn more than phlebotomists" */
	CUE_COMPARE_LESS,      /* "... less than ..." */
	CUE_SCALE_STEP,        /* a step of a pay scale: "Step 3: $28.95" */
	CUE_WAGE_VERB,         /* a wage verb just before a figure makes it pay */
	CUE_PAY_FOR,           /* "students pay for the exam": a cost */
	CUE_PAYER,             /* ... when one of these pays */
	CUE_READER_PAYS,       /* "expect to pay $1,200": a cost ... */
	CUE_READER,            /* ... when one of these pays */
	CUE_BONUS_PAID,        /* pay words that make a word of bonus before a figure not its own */
	CUE_BONUS_APART,       /* "$1,629 before any differential": not a bonus */
	CUE_PERCENTILES,       /* "The 10th and 90th percentiles were ..." */
	CUE_UNLESS,            /* "All figures are BLS May 2024 unless noted" ... */
	CUE_COVERING,          /* ... and what such a note covers */
	CUE_OR_LESS,           /* "$64,910 or less" */
	CUE_OR_MORE,           /* "$90,000 and up" */
	CUE_DIFFERENCE,        /* "$8,700 more a year" is a difference, not pay */
	CUE_PER_OTHER,         /* pay by the visit, shift, day or mile: not a claim */
	CUE_PART_OF,           /* "$7,000 of that": a part of another figure, not a claim */
	CUE_CHANGE,            /* verbs of change: "rose by $1.50" is a difference */
	CUE_GAP,               /* "the gap between": a difference the clause goes on to size */
	CUE_RANK_HIGH,         /* "the highest", "top-paying": the state after it ranks first,
				  the next ones on from there ("followed by") */
	CUE_RANK_LOW,          /* "the lowest": the state after it ranks last */
	CUE_UMBRELLA,          /* "medical technicians": a name of several occupations in a
				  comparison; value: their codes, '|' between */
	CUE_TITLE_NOUN,        /* "Technician": a word that goes on a job title past an
				  occupation's name ("Medical Assistant Technician") */
	CUE_GAP_IS,            /* "is", "narrowed to": the words that give a gap's size */
	CUE_VERSUS,            /* "compared with", "up from": a figure set against the one before */
	CUE_DURATION,          /* "4-12 months" in a table cell: a time, not pay */
	CUE_DATE_LEAD,         /* "Effective July 1, 2025": a header that dates its column */
	CUE_COST_WEAK,         /* "program": a cost only where no word of pay is near */
	CUE_NOT_COST,          /* a cost word in a phrase that is no cost: "class of" */
	CUE_MONTH,             /* month names: a number right after one is a day */
	CUE_TIMES,             /* "x", "times": the number after it multiplies */
	CUE_COST_VERB,         /* cost words that are verbs: "can run" is a cost unless
				  pay is its subject ("pay can run from $10") */
	CUE_FILLER,            /* words that may stand between a qualifier and its figure: "of", "just" */
	CUE_RANGE_WORD_LOW,    /* a range's low end named before its figure: "the low is" */
	CUE_RANGE_WORD_HIGH,   /* its high end: "the high is", "a high of" */
	CUE_AREA_UNKNOWN,      /* a place the text does not name: "in your area", "near you" */
	CUE_THERE,             /* words that point back to the setting or place just named: "there" */
	CUE_THERE_ROLE,        /* ... when right before an occupation: "these CNAs" */
	CUE_LINK_AFTER,        /* words that join a name after a figure to it: "in", "for an" */
	CUE_TABLE_NOTE,        /* the first word of a note under a table: "Source", "Note" */
	CUE_UNIT_AFTER,        /* unit phrases after a figure; value: the unit ("hourly") */
	CUE_UNIT_BEFORE,       /* unit words before a figure; value: the unit */
	CUE_SOURCE,            /* sources named; value: the name a claim gives ("BLS") */
	CUE_NUMBER_SMALL,      /* numbers in words; value: the number */
	CUE_NUMBER_TENS,       /* tens in words; value: the number */
	CUE_CLASSES
} cue_class;

/* The most phrases a class may have (a search list's limit: words.h). */
#define CUE_MAX_PHRASES 255

/* The phrases of class c. */
const char *const *cue_words(cue_class c);

/* The value of each phrase of c, by index ("" where the file gives none). */
const char *const *cue_values(cue_class c);

/* The name of class c in the file: "pay". */
const char *cue_name(cue_class c);

#endif
