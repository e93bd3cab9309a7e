# The test file of tests/cli/split.t: 400,000 rows of role,region,salary,
# about 9.7 MB, with every used row's role and value also written to
# truth.tsv, so that the statistics can be computed from what was
# generated without reading the CSV.  Pay moves at row 200,000 (about the
# middle of the file): R0-R6 from $20,000 to $110,000 before it, R0-R4
# from $40,000 to $70,000 after it, so the two parts of a split read have
# different counts, means and spreads, and R5 and R6 are in the first
# part only.  Rows that are not used: 'abc' at i % 40000 == 7 (10 rows)
# and a row one field short at i % 60000 == 13 (7 rows).  A region with a
# line break in it at i % 50000 == 11; with stray=1, a stray quote in row
# i = 17 (rejected: malformed quoting); with span=1, row i = 200,000 has a
# region of 2^18 = 262,144 lines (512 KiB, "w" a line) across the middle
# of the file, so that a split there falls inside its quotes.
# rows=N makes N rows instead (the pay moves at 200,000 all the same), and
# at=N puts the stray quote in row N instead of 17.
#   awk -v stray=0 -f gen.awk > big.csv
BEGIN {
	srand(5)
	print "role,region,salary"
	for (tall = "w\n"; span && length(tall) < 500000; )
		tall = tall tall
	if (!rows) rows = 400000
	if (!at) at = 17
	for (i = 0; i < rows; i++) {
		if (i % 40000 == 7) { print "R" i % 5 ",X,abc"; continue }
		if (i % 60000 == 13) { print "R,short"; continue }
		if (stray && i == at) { print "R,5\"9,1"; continue }
		if (i < 200000) { r = "R" i % 7; v = sprintf("%.2f", 20000 + rand() * 90000) }
		else { r = "R" i % 5; v = sprintf("%.2f", 40000 + rand() * 30000) }
		if (span && i == 200000) print r ",\"" tall "\"," v
		else if (i % 50000 == 11) print r ",\"Region\nwrapped\"," v
		else print r ",\"Region, " i % 13 "\"," v
		print r "\t" v > "truth.tsv"
	}
}
