# The second method of tests/cli/split.t for order statistics: truth.tsv
# sorted by role and value, each role's min, p10, median, p90 and max by
# R's type 7 (h = (n - 1)p, x[floor h] + (h - floor h)(x[floor h + 1] -
# x[floor h])), compared with the tool's CSV (role,count,min,p10,median,
# p90,max) in the file named by -v tool=FILE: the ends exactly, the
# percentiles to a relative 1e-12.
#   sort -t "$tab" -k1,1 -k2,2g truth.tsv | awk -F'\t' -v tool=out.csv -f pct.awk
function q(g, p,   h, k) {
	h = (n[g] - 1) * p
	k = int(h)
	return k + 1 < n[g] ? x[g, k] + (h - k) * (x[g, k + 1] - x[g, k]) : x[g, k]
}
function near(a, b) { a += 0; return a == b || (a - b) / b < 1e-12 && (b - a) / b < 1e-12 }
{ x[$1, n[$1]++] = $2 + 0 }
END {
	while ((getline l < tool) > 0) {
		if (l ~ /^role,/)
			continue
		split(l, t, ",")
		g = t[1]
		if (t[2] == n[g] && t[3] + 0 == x[g, 0] && near(t[4], q(g, .1)) && near(t[5], q(g, .5)) &&
		    near(t[6], q(g, .9)) && t[7] + 0 == x[g, n[g] - 1])
			printf "%s agrees\n", g
		else
			printf "%s differs: tool %s; awk %.17g,%.17g,%.17g\n", g, l, q(g, .1), q(g, .5), q(g, .9)
	}
}
