# What a figure takes from the words and the page around it (#18): the
# ends of a range named before each figure, an occupation named right
# after a figure, an hourly and a yearly figure given as one average, a
# statistic that belongs to the next figure, pay sites' figures held to
# each other, and a title's year carried into a section.

# Read off by hand: "the low is" and "the high" make a range's ends; "for
# an RN" and "for an LPN" name each figure's occupation (29-1141,
# 29-2061); "an average $11.52 an hour and $16,200 per year" is one mean
# given two ways, while "an average hourly rate of $13.38 and annual
# earnings of $22,000" names two measures, so the $22,000 has no statistic;
# "the top 10%" after a comma is the next figure's, not the $35,220's.
== range ends, an occupation after its figure, a statistic for the next figure
$ printf 'Indeed puts average U.S. pay for pharmacy technicians at $20.29 per hour; the low is $14.17 and the high $29.05.\n\nThe BLS puts the median at about $66,500 for an RN and at about $42,500 for an LPN.\n\nHome health aides earn an average $11.52 an hour and $16,200 per year. Nursing assistants in nursing homes have an average hourly rate of $13.38 and annual earnings of $22,000.\n\nEntry level lab technicians made around $35,220 per year, and the top 10%% brought in around $84,670.\n' | wagestat extract -q - | cut -d, -f4,7-9
> soc_code,stat,value,unit
> 29-2052,mean,20.29,hourly
> 29-2052,range_low,14.17,hourly
> 29-2052,range_high,29.05,hourly
> 29-1141,median,66500,annual
> 29-2061,median,42500,annual
> 31-1120,mean,11.52,hourly
> 31-1120,mean,16200,annual
> 31-1131,mean,13.38,hourly
> 31-1131,unspecified,22000,annual
> 29-2010,unspecified,35220,annual
> 29-2010,p90,84670,annual

# Read off by hand: 11.52 x 2080 = 23,961.60, far from 16,200, so the
# pair given with "and" is a mismatch; $13.38 and $22,000 are no pair, so
# neither is flagged as one.
== an hourly and a yearly average joined by "and" are one pair
$ printf 'Home health aides earn an average $11.52 an hour and $16,200 per year. Nursing assistants in nursing homes have an average hourly rate of $13.38 and annual earnings of $22,000.\n' | wagestat check -q - | grep -c hourly_annual_mismatch
> 2

# Read off by hand: the sites' CNA figures of May 2022 are held to each
# other at 15% (|a - b| / min): annual 30,513 and 43,311 are 41.9% apart,
# 33,793 and 43,311 28.2%, 30,513 and 33,793 only 10.7%; hourly 13.85 and
# 19.17 are 38.4% apart, 16 and 13.85 15.5%, 16 and 19.17 19.8%.  The
# occupation is the section heading's, no guess.  Pairs: 13.85 x 2080 =
# 28,808 and 19.17 x 2080 = 39,873.60 are mismatches; $16, rounded to the
# dollar, covers 32,240 to 34,320, which holds 33,793.
== pay sites' figures of one subject contradict each other
$ printf '<h1>CNA Pay</h1>\n<h2>How Much Does a CNA Earn?</h2>\n<p>Pay sites gave these figures as of May 2022:</p>\n<table>\n<tr><th></th><th>Hourly</th><th>Annually</th></tr>\n<tr><td>PayScale</td><td>$13.85</td><td>$30,513</td></tr>\n<tr><td>Indeed</td><td>$19.17</td><td>$43,311</td></tr>\n<tr><td>Salary.com</td><td>$16</td><td>$33,793</td></tr>\n</table>\n' > "$TMPDIR/sites.html"; wagestat check -f tsv "$TMPDIR/sites.html" | cut -f1,8,20 | sed 's/ disagrees_with_ref//'
> source	value	verdict
> PayScale	13.85	self_contradiction hourly_annual_mismatch
> PayScale	30513	self_contradiction hourly_annual_mismatch
> Indeed	19.17	self_contradiction hourly_annual_mismatch
> Indeed	43311	self_contradiction hourly_annual_mismatch
> Salary.com	16	self_contradiction
> Salary.com	33793	self_contradiction

# Read off by hand from the BLS national file of May 2022
# (national_M2022_dl, phlebotomists 31-9097): p10 $14.54 and $30,250, mean
# $19.51 and $40,580.  The table sits under a heading with no year, so the
# title's 2023 is a guess: figures that are exactly May 2022's are judged
# as of 2022 (May 2023's p10 is $16.02, 9.2% away).  So is the year of an
# earlier list item: pharmacy technicians' p10 of May 2023 is $15.73 an
# hour (national_M2023_dl), May 2024's $16.88.
== a title's year carried into a section is a guess
$ printf '# Phlebotomist Salary Data 2023\n\n## How Much Do Phlebotomists Make?\n\nThe BLS gives these figures for phlebotomists:\n\n| Category | Hourly | Salary |\n|---|---|---|\n| 10th Percentile | $14.54 | $30,250 |\n| Average | $19.51 | $40,580 |\n' | wagestat check --all - | sed 's/^<stdin>:[0-9]*:[0-9]*: //'
> ok: p10 for Phlebotomists $14.54: its year was carried from elsewhere; exactly the BLS OEWS May 2022 p10: judged as of 2022; BLS OEWS May 2022's p10 is 14.54
> ok: p10 for Phlebotomists $30,250: its year was carried from elsewhere; exactly the BLS OEWS May 2022 p10: judged as of 2022; BLS OEWS May 2022's p10 is 30,250
> ok: mean for Phlebotomists $19.51: its year was carried from elsewhere; exactly the BLS OEWS May 2022 mean: judged as of 2022; BLS OEWS May 2022's mean is 19.51
> ok: mean for Phlebotomists $40,580: its year was carried from elsewhere; exactly the BLS OEWS May 2022 mean: judged as of 2022; BLS OEWS May 2022's mean is 40,580
> <stdin>: 4 findings: 4 ok, 0 unverifiable, 0 inconsistent

# Read off by hand: an earlier list item's "(May 2024)" is a guess for
# the next item's p10, which is exactly May 2023's (see above); a figure
# the text dates itself keeps the BLS's 1%.
== the year of an earlier list item is a guess
$ printf -- '- The BLS puts the median pay of pharmacy technicians at $43,460 (May 2024).\n- The 10th percentile is $15.73 an hour.\n- The 10th percentile was $15.73 an hour in May 2024.\n' | wagestat check --all - | sed 's/^<stdin>:[0-9]*:[0-9]*: //'
> ok: median for Pharmacy Technicians $43,460: BLS OEWS May 2024's median is 43,460
> ok: p10 for Pharmacy Technicians $15.73: its year was carried from elsewhere; exactly the BLS OEWS May 2023 p10: judged as of 2023; BLS OEWS May 2023's p10 is 15.73
> disagrees_with_ref mislabeled: p10 for Pharmacy Technicians $15.73: 6.8% below BLS OEWS May 2024's p10 16.88 (tolerance 1%); 15.73 is exactly the BLS OEWS May 2023 p10 of 2023, not of 2024
> <stdin>: 3 findings: 2 ok, 0 unverifiable, 1 inconsistent

# Read off by hand: in "| South Dakota | 730 | 1 | Alaska | $32.27 |" the
# pay is the nearest state's to its left, Alaska's.
== a row of two places: each figure is the nearest one's
$ printf '| State | Jobs | Rank | State | Mean hourly wage |\n|---|---|---|---|---|\n| South Dakota | 730 | 1 | Alaska | $32.27 |\n' | wagestat extract -q - | cut -d, -f5,8,9
> area,value,unit
> AK,32.27,hourly

# Read off by hand: a paragraph whose one year comes last dates its
# earlier state figure (MA, 2010), but a national median before a state's
# dated figure keeps no year; a range of the survey's paragraph takes its
# year (2008); "more than USD 16,000" is a bound.
== a paragraph's one later year, a range's year, USD after a bound
$ printf 'Massachusetts pays LPNs an average of USD 48,180 a year. Maryland LPNs earn an average of USD 40,600 in 2010.\n\nLPNs earn a median of $62,340 per year. In Ohio, LPNs averaged $57,660 in May 2023.\n\nThe survey ran in May 2008. Their average hourly wage ranged from $18.62 to $20.40.\n\nIn Puerto Rico, LPNs make only a little more than USD 16,000 a year on average.\n' | wagestat extract -q - | cut -d, -f5,6,7,8,10
> area,period,stat,value,qualifier
> MA,2010,mean,48180,exact
> MD,2010,mean,40600,exact
> US,,median,62340,exact
> OH,2023,mean,57660,exact
> US,2008,range_low,18.62,exact
> US,2008,range_high,20.4,exact
> PR,,mean,16000,more_than

# Read off by hand: a restatement in the next sentence has its figure's
# year (2017); "there" points back to the nursing care homes (NAICS
# 623100); "more than ten years of experience" is the scope of ten years
# or more; "beyond" is a bound; a metro written whole, "Santa
# Cruz-Watsonville" (CBSA 42100); a cell's place before a parenthesis.
== a restatement's year, "there", experience, beyond, a whole metro name, a cell's place
$ printf 'In January 2017 a phlebotomist earned around $32,230 a year. That works out to $15.50 an hour.\n\nMost nursing assistants work in nursing care homes. Nursing assistants there average $11.76 an hour.\n\nRespiratory therapists with more than ten years of experience can earn upwards of $108,632 a year. The highest salaries reach beyond $56,000.\n\nAmong metropolitan areas, sonographers in Santa Cruz-Watsonville, California, led with an average of $97,530.\n\n| State | Mean |\n|---|---|\n| District of Columbia (Washington D.C.) | $47,830 |\n' | wagestat check -q --all -f tsv - | cut -f5,6,8,10,15
> area	period	value	qualifier	scope
> US	2017	32230	about	
> US	2017	15.5	exact	
> US		11.76	exact	industry:623100
> US		108632	more_than	experience:10+y
> US		56000	more_than	
> CA		97530	exact	metro:42100
> DC		47830	exact	

# Read off by hand: in a paragraph that says it names cities, a city
# named bare is a place (Chicago, IL, metro 16980; New York City written
# over a line break, NY, metro 35620), and "the most jobs" ranks by a
# count, so no ranking of states is made; "the Twin Cities" says nothing.
== cities named bare in a paragraph about cities
$ printf 'Pharmacy technicians: among cities, Chicago has the most jobs, with $28,490 per year. New York\nCity is second, and averages $34,210 annually.\n\nThe Twin Cities have many hospitals. Pharmacy technicians in Minnesota average $45,000, and Minneapolis systems pay more.\n' | wagestat check -q --all -f tsv - | cut -f3,5,8,15
> role	area	value	scope
> Pharmacy Technicians	IL	28490	metro:16980
> Pharmacy Technicians	NY	34210	metro:35620
> Pharmacy Technicians	MN	45000	

# Read off by hand: "90th" and "percentile" split by a line break are
# one word of statistic; "half of all techs earn between" is the middle
# half (p25, p75); "which comes to" restates the mean; a place in
# parentheses may stand between a range's ends; a list's intro with no
# statistic takes the one its paragraph named ("average": mean).
== statistics from the words around: a split percentile, the middle half, "comes to", a list's paragraph
$ printf 'Pharmacy technicians at the 10th percentile earn $15.73; at the 90th\n  percentile, $27.47.\n\nThe median pharmacy technician earns $32,011 a year, and half of all techs earn between $28,767 and $35,450.\n\nIn 2009 pharmacy technicians made an average of $10.74 an hour, the U.S. Bureau of Labor Statistics says, which comes to $22,330 a year.\n\nRespiratory therapists start at anywhere from $16.29/hour (West Virginia) to $21.58/hour (California).\n\nSome cities have even higher average salaries for phlebotomists. The best-paying are in California:\n\n1. Redding, CA - $46,520\n' | wagestat extract -q - | cut -d, -f7,8
> stat,value
> p10,15.73
> p90,27.47
> median,32011
> p25,28767
> p75,35450
> mean,10.74
> mean,22330
> range_low,16.29
> range_high,21.58
> mean,46520

# Read off by hand: a setting named right after a figure ("in the offices
# of the dentists", NAICS 621200, "of the" as pages write it; "in
# specialty hospitals", 622300; "in hospitals", 622000) is that figure's
# scope, so the reference, which has no such figures of these years, cannot
# judge them.
== a setting named right after its figure
$ printf 'The median for surgical technologists ranged from $37,340 in the offices of the dentists to $42,420 in specialty hospitals.\n\nNew respiratory therapists start around $30 an hour in hospitals.\n' | wagestat check -q --all -f tsv - | cut -f3,8,15,20
> role	value	scope	verdict
> Surgical Technologists	37340	industry:621200	unverifiable
> Surgical Technologists	42420	industry:622300	unverifiable
> Respiratory Therapists	30	industry:622000	unverifiable

# Read off by hand: "in your area" names no place, so the figure has none
# and the reference, whose figures are each of one place, cannot judge
# it; in a sentence that says it names industries, the capitalised name
# before a figure's parenthesis is its industry; a state's name there is
# a place, no label.
== no place, and labels before parentheses
$ printf 'A CNA in your area makes on average $16 per hour.\n\nAmong the top-paying industries for pharmacy technicians are Aerospace & Defense ($50,339/year).\n\nMedical assistants earn the most in San Francisco areas in California ($18.55 per hour).\n' | wagestat check -q --all -f tsv - | awk -F'\t' '$8 != ""' | cut -f5,8,15,20
> area	value	scope	verdict
> 	16		unverifiable
> US	50339	industry:aerospace & defense	unverifiable
> CA	18.55		unverifiable

# Read off by hand: a heading that names a pay site credits the figures
# under it; a pay site's figure of 2025, a year the reference lacks, is not
# judged by May 2024's BLS figure (two differences at once); "these CNAs"
# point back to the nursing care homes just named (623100); "big cities"
# and "rural areas" are regions no figure of the reference covers.
== a heading's source, a site's figure of another year, "these", big cities and rural areas
$ printf '### Indeed (as of August 2025)\n\n- Indeed puts average U.S. pay for pharmacy technicians at $20.29 per hour.\n\n## Settings\n\nMany CNAs work in nursing care homes. Their duties vary widely. Even so, the average for these CNAs is $14.30 per hour.\n\nIn big cities MRI technologists can earn as much as $76,000, while those in rural areas receive as low as $36,510 a year.\n' | wagestat check -q --all -f tsv - | cut -f1,8,15,20
> source	value	scope	verdict
> Indeed	20.29		unverifiable
> <stdin>	14.3	industry:623100	unverifiable
> <stdin>	76000	region:big-metros	unverifiable
> <stdin>	36510	region:rural	unverifiable

# Read off by hand: a row label that names an industry ("Employment
# Services", NAICS 561300) is no count of jobs, so its bare numbers are pay
# as the row above's are; "Jobs held" is a count.
== an industry's name with a word of counting in it is still a label of pay
$ printf '| Industry | Hourly | Annually |\n|---|---|---|\n| Home Health Care Services | 31.39 | 65,300 |\n| Employment Services | 30.64 | 63,740 |\n| Jobs held | 4,200 | |\n' | wagestat check -q --all -f tsv - | cut -f8,15
> value	scope
> 31.39	industry:621600
> 65300	industry:621600
> 30.64	industry:561300
> 63740	industry:561300
