# The test file of tests/cli/approx.t: 1,000,000 rows of role,salary, pay
# spread log-uniformly from $1 to $10,000,000 (R0), from $20,000 to
# $200,000 (R1), and in a few values repeated (R2: $30,000, $45,000.50 and
# $90,000 in turn), with every row's role and value also written to
# truth.tsv for the second method.
#   awk -f gen.awk > pay.csv
BEGIN {
	srand(19)
	print "role,salary"
	for (i = 0; i < 1000000; i++) {
		r = i % 3
		if (r == 0) v = sprintf("%.2f", exp(rand() * log(1e7)))
		else if (r == 1) v = sprintf("%.2f", 20000 * exp(rand() * log(10)))
		else v = i % 9 == 2 ? "30000" : i % 9 == 5 ? "45000.50" : "90000"
		if (v + 0 < 1) v = "1.00"
		print "R" r "," v
		print "R" r "\t" v > "truth.tsv"
	}
}
