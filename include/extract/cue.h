/* cue: the word lists that drive extraction, by class.  Each list is
 * NULL-terminated, lower case, and lives as long as the program (words.h
 * finds a list again by its address). */
#ifndef WAGESTAT_EXTRACT_CUE_H
#define WAGESTAT_EXTRACT_CUE_H

typedef enum cue_class {
	CUE_PAY,   /* words of pay: "earn", "salary", "median", "take home" */
	CUE_COST,  /* what is paid, not earned: "tuition", "fee", "rent" */
	CUE_COUNT, /* what a table column may count instead: "jobs", "percent" */
	CUE_BONUS, /* "bonus", "differential" */
	CUE_CLASSES
} cue_class;

/* The words of class c. */
const char *const *cue_words(cue_class c);

#endif
