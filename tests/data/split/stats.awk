# The second method of tests/cli/split.t: count, mean, sd (n - 1), min and
# max of each role from truth.tsv (read twice: sums, then squared
# deviations from the mean), compared with the tool's CSV in the file
# named by -v tool=FILE (role,count,mean,sd,min,max): count, min and max
# exactly, mean and sd to a relative 1e-9.
#   awk -F'\t' -v tool=out.csv -f stats.awk truth.tsv truth.tsv
NR == FNR {
	n[$1]++
	s[$1] += $2
	if (!($1 in lo) || $2 + 0 < lo[$1]) lo[$1] = $2 + 0
	if (!($1 in hi) || $2 + 0 > hi[$1]) hi[$1] = $2 + 0
	next
}
{ d = $2 - s[$1] / n[$1]; ss[$1] += d * d }
function near(a, b) { a += 0; return a == b || (a - b) / b < 1e-9 && (b - a) / b < 1e-9 }
END {
	while ((getline l < tool) > 0) {
		if (l ~ /^role,/)
			continue
		split(l, t, ",")
		g = t[1]
		seen[g] = 1
		mean = s[g] / n[g]
		sd = sqrt(ss[g] / (n[g] - 1))
		if (t[2] == n[g] && near(t[3], mean) && near(t[4], sd) && t[5] + 0 == lo[g] && t[6] + 0 == hi[g])
			printf "%s n=%d agrees\n", g, t[2]
		else
			printf "%s differs: tool %s; awk %d,%.17g,%.17g,%.17g,%.17g\n", g, l, n[g], mean, sd, lo[g], hi[g]
	}
	for (g in n)
		if (!(g in seen))
			print g " is missing from the tool's output"
}
