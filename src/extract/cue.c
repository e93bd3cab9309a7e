#include "extract/cue.h"

#include <stddef.h>

static const char *const pay_words[] = {
	"earn", "earns", "earned", "earning", "earnings", "salary", "salaries", "pay", "pays",
	"paid", "wage", "wages", "make", "makes", "made", "making", "income", "compensation",
	"median", "average", "mean", "percentile", "paycheck", "take home", "takes home",
	"bring in", "brings in", "brought in", "pulls in", "pull in", "rate", "rates",
	"hourly", "annual", "annually", "per hour", "an hour", "a year", "per year", "top",
	"bottom", "lowest", "highest", "starting", "entry-level", "raise", "start", "starts",
	"started", "offer", "offers", "offered", "scale", "earner", "earners", "averaged",
	"averages", "averaging", "bring home", "brings home", "take-home", "medians", "net",
	"nets", "netted", "pocket", "pockets", "pocketed", "clear", "clears", "cleared", "land",
	"lands", "gross", "grosses", "grossed", "paychecks", "command", "commands", "fetch",
	"fetches", "draw", "draws", "drew", "collect", "collects", "receive", "receives",
	"received", "typical", "typically", "remuneration", "percentiles", "quartile",
	"quartiles", "base", NULL};
static const char *const cost_words[] = {
	"tuition", "cost", "costs", "costing", "fee", "fees", "price", "prices", "priced",
	"spend", "spends", "spent", "charge", "charges", "charged", "exam", "course",
	"courses", "rent", "loan", "loans", "debt", "scholarship", "scholarships", "grant",
	"grants", "budget", "revenue", "funding", "invest", "invested", "purchase", "buy",
	"bought", "save", "saved", "savings", "reimbursement", "reimburses", "stipend",
	"textbooks", "books", "supplies", "uniform", "uniforms", "equipment", "deposit",
	"rents", "rented", "mortgage", "apartment", "tools", "dues", "reimbursed",
	"medicaid", "medicare", "billing", "bills", "billed", "claim", "claims",
	"donation", "donated", "fine", "fined", "penalty", "insurance", "premium",
	"premiums", "deductible", "copay", "degree", "degrees", "owe", "owes", "owed",
	"borrow", "borrowed", "sold", "sells", "sale", "worth", "valued", "profit", "profits",
	"deficit", "settlement", "damages", "renewal", "gas", "gallon", "fare", "fares",
	"groceries", "utilities", "parking", "payment", "payments", "balance", "bill", "class",
	"classes", "reimburse", "levy", "house", "registration", "advantage",
	"covered", NULL};
/* what a table row of numbers may count instead of pay */
static const char *const count_words[] = {
	"jobs", "employment", "employed", "workers", "openings", "positions", "headcount",
	"vacancies", "graduates", "students", "length", "duration", "ratio", "share",
	"percent", "number", "tenure", "yrs", "incumbents", NULL};
static const char *const bonus_words[] = {"bonus", "bonuses", "differential", "differentials",
					  NULL};

static const char *const *const lists[CUE_CLASSES] = {
	[CUE_PAY] = pay_words,
	[CUE_COST] = cost_words,
	[CUE_COUNT] = count_words,
	[CUE_BONUS] = bonus_words,
};

const char *const *cue_words(cue_class c)
{
	return lists[c];
}
