# The second method of tests/cli/approx.t: truth.tsv sorted by role and
# value gives each role's exact R type-7 percentiles (h = (n - 1)p,
# x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])); each of the
# tool's (CSV role,count,min,p1,p5,p10,p25,median,p75,p90,p95,p99,max,
# quantile_rel_error, in -v tool=FILE) must be within alpha of it,
# relative: |tool - exact| <= alpha * exact, with 1e-9 of alpha for
# rounding at a bucket's edge.  count, min and max must be exact.
#   sort -t "$tab" -k1,1 -k2,2g truth.tsv | awk -F'\t' -v alpha=0.001 -v tool=out.csv -f bound.awk
function q(g, p,   h, k) {
	h = (n[g] - 1) * p
	k = int(h)
	return k + 1 < n[g] ? x[g, k] + (h - k) * (x[g, k + 1] - x[g, k]) : x[g, k]
}
function within(a, b,   d) { d = a - b; if (d < 0) d = -d; return d <= alpha * (1 + 1e-9) * b }
{ x[$1, n[$1]++] = $2 + 0 }
END {
	split("0.01 0.05 0.1 0.25 0.5 0.75 0.9 0.95 0.99", ps, " ")
	while ((getline l < tool) > 0) {
		if (l ~ /^role,/)
			continue
		split(l, t, ",")
		g = t[1]
		bad = t[2] != n[g] || t[3] + 0 != x[g, 0] || t[13] + 0 != x[g, n[g] - 1] || t[14] + 0 != alpha
		worst = 0
		for (i = 1; i <= 9; i++) {
			e = q(g, ps[i])
			if (!within(t[3 + i] + 0, e))
				bad = bad " p" ps[i] " tool " t[3 + i] " exact " e
			d = (t[3 + i] - e) / e
			if (d < 0) d = -d
			if (d > worst) worst = d
		}
		printf "%s %s\n", g, bad ? "outside the bound:" bad : "within the bound"
		if (worst > alpha / 100)
			seen_error = 1
	}
	# the sketch is not secretly exact: some percentile is off by more
	# than alpha / 100
	print seen_error ? "some error seen" : "no error seen"
}
