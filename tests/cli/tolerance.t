# Every tolerance of check, tested on both sides of its boundary.  Each
# line of standard input is an article of one sentence, checked on its own
# against a reference written here:
#   Medical Assistants  31-9092  May 2023 median $40,000 a year, $19.23 an hour
#   Phlebotomists       31-9097  May 2023 median $50,000 a year
# and no figure for pharmacy technicians (29-2052).  The columns printed:
# stat, value, unit, qualifier, deviation from the reference (percent, one
# decimal; - when there is none) and verdict.  Every number below is
# worked by hand; the deviations are (value - reference) / reference.
# Commands read the reference from $TMPDIR/ref.csv; `judge` checks each
# input line as its own article.

== the reference tolerance (15% by default): 14% off on either side is ok, 16% disagrees
# Phlebotomists: 57,000 / 50,000 = +14%; 43,000: -14%; 58,000: +16%;
# 42,000: -16%.  Medical assistants: 34,400 / 40,000 = -14%; 33,600: -16%.
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS OEWS May 2023,official,Medical Assistants,31-9092,US,2023-05,median,40000,annual,exact,,,,\nBLS OEWS May 2023,official,Medical Assistants,31-9092,US,2023-05,median,19.23,hourly,exact,,,,\nBLS OEWS May 2023,official,Phlebotomists,31-9097,US,2023-05,median,50000,annual,exact,,,,\n' > "$TMPDIR/ref.csv"
$ while IFS= read -r l; do printf '%s\n' "$l" | wagestat check -q -f tsv --ref "$TMPDIR/ref.csv" - | sed 1d | awk -F'\t' '{ printf "%s %s %s %s %s %s\n", $7, $8, $9, $10, $19 == "" ? "-" : sprintf("%.1f", $19), $20 }'; done
< Phlebotomists earned a median of $57,000 in 2023.
< Phlebotomists earned a median of $43,000 in 2023.
< Phlebotomists earned a median of $58,000 in 2023.
< Phlebotomists earned a median of $42,000 in 2023.
< Medical assistants earned a median of $34,400 in 2023.
< Medical assistants earned a median of $33,600 in 2023.
> median 57000 annual exact 14.0 ok
> median 43000 annual exact -14.0 ok
> median 58000 annual exact 16.0 disagrees_with_ref
> median 42000 annual exact -16.0 disagrees_with_ref
> median 34400 annual exact -14.0 ok
> median 33600 annual exact -16.0 disagrees_with_ref

== --tolerance moves the boundary: 16% off is ok at 17, 14% disagrees at 13
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS OEWS May 2023,official,Phlebotomists,31-9097,US,2023-05,median,50000,annual,exact,,,,\n' > "$TMPDIR/ref.csv"
$ for t in 17 13; do for v in '$58,000' '$57,000'; do printf 'Phlebotomists earned a median of %s in 2023.\n' "$v" | wagestat check -q -f tsv --tolerance $t --ref "$TMPDIR/ref.csv" - | sed 1d | cut -f8,20 | sed "s/^/$t: /"; done; done
> 17: 58000	ok
> 17: 57000	ok
> 13: 58000	disagrees_with_ref
> 13: 57000	disagrees_with_ref

== a figure the text credits to the BLS, of the reference's year, has 1%: 0.9% off is ok, 1.1% disagrees
# 40,360 / 40,000 = +0.9%; 40,440: +1.1%; 39,640: -0.9%; 39,560: -1.1%.
# Of another year (2022, which the reference lacks) the 15% holds: 42,000
# is +5%, ok, with the year gap said.
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS OEWS May 2023,official,Medical Assistants,31-9092,US,2023-05,median,40000,annual,exact,,,,\n' > "$TMPDIR/ref.csv"
$ while IFS= read -r l; do printf '%s\n' "$l" | wagestat check -q -f tsv --ref "$TMPDIR/ref.csv" - | sed 1d | awk -F'\t' '{ printf "%s %s %.1f %s: %s\n", $1, $8, $19, $20, $21 }'; done
< According to the BLS, medical assistants earned a median of $40,360 in May 2023.
< According to the BLS, medical assistants earned a median of $40,440 in May 2023.
< According to the BLS, medical assistants earned a median of $39,640 in May 2023.
< According to the BLS, medical assistants earned a median of $39,560 in May 2023.
< According to the BLS, medical assistants earned a median of $42,000 in May 2022.
> BLS 40360 0.9 ok: 0.9% above BLS OEWS May 2023's median 40,000 (tolerance 1%)
> BLS 40440 1.1 disagrees_with_ref: 1.1% above BLS OEWS May 2023's median 40,000 (tolerance 1%)
> BLS 39640 -0.9 ok: 0.9% below BLS OEWS May 2023's median 40,000 (tolerance 1%)
> BLS 39560 -1.1 disagrees_with_ref: 1.1% below BLS OEWS May 2023's median 40,000 (tolerance 1%)
> BLS 42000 5.0 ok: the reference has no 2022 figure; nearest is 2023 (1 year apart); 5.0% above BLS OEWS May 2023's median 40,000 (tolerance 15%)

== a range must hold the median, give or take 15%; bounds are judged as bounds
# Median 40,000.  "Between $46,000 and $60,000": the low end less 15% is
# 39,100, at or below the median: ok; from $48,000, 40,800: above it,
# disagrees.  "Between $30,000 and $35,000": the high end plus 15% is
# 40,250, not below the median: ok; to $34,000, 39,100: below, disagrees.
# "Less than $36,000": 36,000 x 1.15 = 41,400 >= 40,000, ok; less than
# $34,000: 39,100, disagrees.  "More than $46,000": 46,000 x 0.85 =
# 39,100 <= 40,000, ok; more than $48,000: 40,800, disagrees.
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS OEWS May 2023,official,Medical Assistants,31-9092,US,2023-05,median,40000,annual,exact,,,,\n' > "$TMPDIR/ref.csv"
$ while IFS= read -r l; do printf '%s\n' "$l" | wagestat check -q -f tsv --ref "$TMPDIR/ref.csv" - | sed 1d | cut -f7,8,10,20 | tr '\t' ' '; done
< Medical assistants make between $46,000 and $60,000 in 2023.
< Medical assistants make between $48,000 and $60,000 in 2023.
< Medical assistants make between $30,000 and $35,000 in 2023.
< Medical assistants make between $30,000 and $34,000 in 2023.
< Medical assistants earned a median of less than $36,000 in 2023.
< Medical assistants earned a median of less than $34,000 in 2023.
< Medical assistants earned a median of more than $46,000 in 2023.
< Medical assistants earned a median of more than $48,000 in 2023.
> range_low 46000 exact ok
> range_high 60000 exact ok
> range_low 48000 exact disagrees_with_ref
> range_high 60000 exact ok
> range_low 30000 exact ok
> range_high 35000 exact ok
> range_low 30000 exact ok
> range_high 34000 exact disagrees_with_ref
> median 36000 less_than ok
> median 34000 less_than disagrees_with_ref
> median 46000 more_than ok
> median 48000 more_than disagrees_with_ref

== an hourly and an annual figure given as one: 0.5% and their written precision
# An annual figure written to the hundred covers +-50; an hourly one to
# the cent +-0.005 an hour, x 2080 = +-10.40; a whole number of dollars
# +-0.50, x 2080 = +-1,040 (consensus_precision).  Flagged when apart by
# more than both precisions together and more than 0.5% of the annual.
#   41,600 and 20.08: 20.08 x 2080 = 41,766.40, apart 166.40 = 0.4%: ok
#   41,600 and 20.12: 41,849.60, apart 249.60 = 0.6% (> 208 = 0.5%, and
#     > 60.40 of precision): hourly_annual_mismatch
#   44,700 and 21: 43,680, apart 1,020 = 2.3%, but within 50 + 1,040 =
#     1,090 of precision: ok
#   44,800 and 21: apart 1,120 > 1,090: hourly_annual_mismatch
# (all within 15% of the reference, 40,000 and 19.23)
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS OEWS May 2023,official,Medical Assistants,31-9092,US,2023-05,median,40000,annual,exact,,,,\nBLS OEWS May 2023,official,Medical Assistants,31-9092,US,2023-05,median,19.23,hourly,exact,,,,\n' > "$TMPDIR/ref.csv"
$ while IFS= read -r l; do printf '%s\n' "$l" | wagestat check -q -f tsv --ref "$TMPDIR/ref.csv" - | sed 1d | cut -f8,9,20 | tr '\t' ' ' | tr '\n' ' '; echo; done
< Medical assistants earned a median of $41,600 a year, or $20.08 an hour, in 2023.
< Medical assistants earned a median of $41,600 a year, or $20.12 an hour, in 2023.
< Medical assistants earned a median of $44,700 a year, or $21 an hour, in 2023.
< Medical assistants earned a median of $44,800 a year, or $21 an hour, in 2023.
> 41600 annual ok 20.08 hourly ok 
> 41600 annual hourly_annual_mismatch 20.12 hourly hourly_annual_mismatch 
> 44700 annual ok 21 hourly ok 
> 44800 annual hourly_annual_mismatch 21 hourly hourly_annual_mismatch 

== two figures for one thing: 15% apart (of the smaller) or less is no contradiction
# 45,900 / 40,000 = 14.75% apart: both stand; 46,100: 15.25%, and each
# names the other.  Pharmacy technicians have no reference figure:
# unverifiable, and said why.
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS OEWS May 2023,official,Medical Assistants,31-9092,US,2023-05,median,40000,annual,exact,,,,\n' > "$TMPDIR/ref.csv"
$ while IFS= read -r l; do printf '%s\n' "$l" | wagestat check -q -f tsv --ref "$TMPDIR/ref.csv" - | sed 1d | cut -f8,20,21; done
< Pharmacy technicians earned a median of $40,000 in 2023, and a median of $45,900 in another survey.
< Pharmacy technicians earned a median of $40,000 in 2023, and a median of $46,100 in another survey.
> 40000	unverifiable	no reference median annual for 29-2052 in US
> 45900	unverifiable	no reference median annual for 29-2052 in US
> 40000	self_contradiction	vs $46,100 at line 1; no reference median annual for 29-2052 in US
> 46100	self_contradiction	vs $40,000 at line 1; no reference median annual for 29-2052 in US

== a comparison that holds is ok, one that does not is comparison_wrong
# Medians 50,000 (phlebotomists) against 40,000 (medical assistants).
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nBLS OEWS May 2023,official,Medical Assistants,31-9092,US,2023-05,median,40000,annual,exact,,,,\nBLS OEWS May 2023,official,Phlebotomists,31-9097,US,2023-05,median,50000,annual,exact,,,,\n' > "$TMPDIR/ref.csv"
$ while IFS= read -r l; do printf '%s\n' "$l" | wagestat check -q -f tsv --ref "$TMPDIR/ref.csv" - | sed 1d | cut -f3,20,21; done
< Phlebotomists earn more than medical assistants.
< Medical assistants earn more than phlebotomists.
> Phlebotomists > Medical Assistants	ok	Phlebotomists median 50,000 is above Medical Assistants median 40,000 (BLS OEWS May 2023)
> Medical Assistants > Phlebotomists	comparison_wrong	says Medical Assistants earn more than Phlebotomists, but their median is 40,000 against 50,000 (BLS OEWS May 2023)

== hedges and bounds written before a figure are its qualifier
# One line per phrase of the about, less_than and more_than classes that
# articles use most; the qualifier is what each phrase means in English.
$ while IFS= read -r l; do printf '%s\n' "$l" | wagestat extract -q - | sed 1d | cut -d, -f8,10 | tr '\n' ' '; echo "($l)"; done
< Medical assistants earn about $40,000 a year.
< Medical assistants earn around $40,000 a year.
< Medical assistants earn roughly $40,000 a year.
< Medical assistants earn nearly $40,000 a year.
< Medical assistants earn approximately $40,000 a year.
< Medical assistants earn almost $40,000 a year.
< Medical assistants earn close to $40,000 a year.
< Medical assistants earn under $40,000 a year.
< Medical assistants earn less than $40,000 a year.
< Medical assistants earn below $40,000 a year.
< Medical assistants earn up to $40,000 a year.
< Medical assistants earn over $40,000 a year.
< Medical assistants earn more than $40,000 a year.
< Medical assistants earn at least $40,000 a year.
< Medical assistants earn $40,000 a year.
> 40000,about (Medical assistants earn about $40,000 a year.)
> 40000,about (Medical assistants earn around $40,000 a year.)
> 40000,about (Medical assistants earn roughly $40,000 a year.)
> 40000,about (Medical assistants earn nearly $40,000 a year.)
> 40000,about (Medical assistants earn approximately $40,000 a year.)
> 40000,about (Medical assistants earn almost $40,000 a year.)
> 40000,about (Medical assistants earn close to $40,000 a year.)
> 40000,less_than (Medical assistants earn under $40,000 a year.)
> 40000,less_than (Medical assistants earn less than $40,000 a year.)
> 40000,less_than (Medical assistants earn below $40,000 a year.)
> 40000,less_than (Medical assistants earn up to $40,000 a year.)
> 40000,more_than (Medical assistants earn over $40,000 a year.)
> 40000,more_than (Medical assistants earn more than $40,000 a year.)
> 40000,more_than (Medical assistants earn at least $40,000 a year.)
> 40000,exact (Medical assistants earn $40,000 a year.)

== a figure with no unit word is hourly below $200, else annual
$ while IFS= read -r l; do printf '%s\n' "$l" | wagestat extract -q - | sed 1d | cut -d, -f8,9; done
< Phlebotomists earn a median wage of $19.
< Phlebotomists earn a median wage of $199.
< Phlebotomists earn a median wage of $200.
< Phlebotomists earn a median wage of $41,810.
> 19,hourly
> 199,hourly
> 200,annual
> 41810,annual
