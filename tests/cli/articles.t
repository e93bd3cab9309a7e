# wagestat extract and check on articles written for these tests
# (tests/data/articles).  lab-careers.md was written with these claims in
# it, read off by hand: line 3 a BLS median of $42,000 a year or $20.19 an
# hour (May 2023); line 4 the med tech (29-2010) median $60,780, BLS 2023;
# line 8 the same median as $32,000; line 9 phlebotomists $41,810 a year
# "or" $15.42 an hour (15.42 x 2080 = 32,073.60); line 10 tuition and a fee,
# which are not pay; line 11 a p10 bound above a p90 bound; line 12 an
# "average" of $42,000, which is the BLS May 2023 median (the mean is
# 43,350); line 13 a comparison that is backwards (medians 44,200 and
# 61,890 in May 2024); line 14 a bonus.  The 2023 of the heading is the
# period of every figure.

== extract: every pay figure, none of the costs
$ cd data/articles && wagestat extract lab-careers.md | cut -d, -f1,4-10,13
> source,soc_code,area,period,stat,value,unit,qualifier,where
> BLS,31-9092,US,2023,median,42000,annual,exact,lab-careers.md:3:44
> BLS,31-9092,US,2023,median,20.19,hourly,exact,lab-careers.md:3:63
> BLS,29-2010,US,2023,median,60780,annual,exact,lab-careers.md:4:64
> lab-careers.md,29-2010,US,2023,median,32000,annual,exact,lab-careers.md:8:59
> lab-careers.md,31-9097,US,2023,unspecified,41810,annual,exact,lab-careers.md:9:20
> lab-careers.md,31-9097,US,2023,unspecified,15.42,hourly,exact,lab-careers.md:9:39
> lab-careers.md,29-2052,US,2023,p10,50000,annual,less_than,lab-careers.md:11:72
> lab-careers.md,29-2052,US,2023,p90,40000,annual,more_than,lab-careers.md:11:116
> lab-careers.md,31-9092,US,2023,mean,42000,annual,exact,lab-careers.md:12:36
> lab-careers.md,31-9097,US,2023,bonus,1000,annual,exact,lab-careers.md:14:22
! wagestat: lab-careers.md: 10 salary claims

== check: a linter's report and one summary line
$ cd data/articles && wagestat check lab-careers.md
> lab-careers.md:13:25: comparison_wrong: comparison for Medical Assistants > Clinical Laboratory Technologists and Technicians: says Medical Assistants earn more than Clinical Laboratory Technologists and Technicians, but their median is 44,200 against 61,890 (BLS OEWS May 2024)
> lab-careers.md:4:64: self_contradiction: median for Clinical Laboratory Technologists and Technicians $60,780: vs $32,000 at line 8; BLS OEWS May 2023's median is 60,780
> lab-careers.md:8:59: self_contradiction disagrees_with_ref: median for Clinical Laboratory Technologists and Technicians $32,000: vs $60,780 at line 4; 47.4% below BLS OEWS May 2023's median 60,780 (tolerance 15%)
> lab-careers.md:9:20: hourly_annual_mismatch: unspecified for Phlebotomists $41,810: given with 15.42 an hour, which is 32,074 a year; no statistic named: compared with the median; BLS OEWS May 2023's median is 41,810
> lab-careers.md:9:39: hourly_annual_mismatch disagrees_with_ref: unspecified for Phlebotomists $15.42: 15.42 an hour x 2080 = 32,074 a year, but given with 41,810 a year; no statistic named: compared with the median; 23.3% below BLS OEWS May 2023's median 20.10 (tolerance 15%)
> lab-careers.md:11:72: percentile_order: p10 for Pharmacy Technicians $50,000: the p10 50,000 is above the p90 40,000; BLS OEWS May 2023's p10 32,720 holds it
> lab-careers.md:11:116: percentile_order: p90 for Pharmacy Technicians $40,000: the p90 40,000 is below the p10 50,000; BLS OEWS May 2023's p90 57,130 holds it
> lab-careers.md:12:36: mislabeled: mean for Medical Assistants $42,000: 3.1% below BLS OEWS May 2023's mean 43,350 (tolerance 15%); 42,000 is exactly the BLS OEWS May 2023 median, not its mean
> lab-careers.md: 11 findings: 2 ok, 1 unverifiable, 8 inconsistent

# 42,000 - 43,350 = -1,350, -3.11% of the mean.
== check as a table: the reference figure, the deviation, the verdicts
$ cd data/articles && wagestat check -q -f tsv lab-careers.md | cut -f4,7,8,17-20 | awk -F'\t' '$1 == "31-9092" { printf "%s %s %s %s %s %.2f %s\n", $1, $2, $3, $4, $5, $6, $7 }'
> 31-9092 median 42000 42000 BLS OEWS May 2023 0.00 ok
> 31-9092 median 20.19 20.19 BLS OEWS May 2023 0.00 ok
> 31-9092 mean 42000 43350 BLS OEWS May 2023 -3.11 mislabeled

== --fail-on inconsistent exits 1; a clean article exits 0
$ cd data/articles && wagestat check -q --fail-on inconsistent lab-careers.md > /dev/null; echo "exit $?"; printf 'Medical assistants earned a median of $42,000 in May 2023, the BLS says.\n' | wagestat check -q --fail-on inconsistent -; echo "exit $?"
> exit 1
> exit 0

# Three articles of the corpus (tests/articles/dev), each with the claims
# written by hand beside it: an HTML table laid over several lines with
# occupations as columns, a whitespace-aligned percentile table, and a
# Markdown table of years.  Line, statistic, value and unit must agree.
== tables in HTML, in aligned text and in Markdown give the hand-written claims
$ cd ../tests/articles/dev && for a in rn-and-lpn-pay-by-state.html lpn-lvn-salary-report.txt medical-assistant-wage-history.md; do wagestat extract -q -f json "$a" > /dev/null || echo "fail $a"; diff <(wagestat extract -q "$a" | awk -F, '{ n = split($0, q, "\""); } NR > 1 { print }' | sed 's/"[^"]*"//g' | awk -F, '{ split($13, w, ":"); printf "%s %s %s %s\n", w[2], $7, $8, $9 }') <(awk -F, 'NR > 1 { printf "%s %s %s %s\n", $1, $4, $5, $6 }' "${a%.*}.claims.csv") > /dev/null && echo "same: $a"; done
> same: rn-and-lpn-pay-by-state.html
> same: lpn-lvn-salary-report.txt
> same: medical-assistant-wage-history.md

# Phrasings read by hand: a statistic in brackets after the figure, a list
# whose statistic comes at the end, a range in words, a list item naming
# an occupation, and a restated figure in the next sentence.
== figures named after the fact, ranges in words, list items
$ printf 'Vet techs: $38,000 (median), $29,000 (10th percentile).\nPhlebotomists ($41,810) and pharmacy technicians ($40,300) earned similar medians.\nMost dental assistants make between 40 and 50 thousand dollars.\n\n- Respiratory therapists: $77,960\n\nLPNs earned a median of $62,340. That is $29.97 an hour.\n' | wagestat extract -q - | cut -d, -f4,7-9
> soc_code,stat,value,unit
> 29-2056,median,38000,annual
> 29-2056,p10,29000,annual
> 31-9097,median,41810,annual
> 29-2052,median,40300,annual
> 31-9091,range_low,40000,annual
> 31-9091,range_high,50000,annual
> 29-1126,unspecified,77960,annual
> 29-2061,median,62340,annual
> 29-2061,median,29.97,hourly

# Each line of input names its own answer, read off by hand: a percentile
# table whose columns are only units (rows name the percentile), dated by
# the note under it; a tight Markdown list, one figure an item; a range
# written with units and one with "up to"; a "to" that leads to no figure;
# bound and approximate words; "the typical" and "upper quartile"; a city
# after "in" gives its state, a person's name does not; "Ohio's" is Ohio.
== units as columns, notes under tables, list items, ranges, bounds, cities
$ printf '## Pharmacy technicians\n\n| Percentile | Hourly | Annual |\n|---|---|---|\n| 10th | $15.00 | $31,200 |\n| 50th (median) | $20.00 | $41,600 |\n\n*Source: BLS, May 2024.*\n\nPharmacy technician pay:\n\n- Bottom 10%%: $31,200\n- 25th percentile: $35,000\n\nPharmacy technicians earn $17.50/hr to $19.00/hr, or from $21 up to $28 in hospitals.\n\nGeorgia pays an average of $41,000 to its technicians, while Ohio pays $39,000.\n\nThey can make as much as $60,000, as little as $25,000, or in the neighborhood of $40,000.\n\nThe typical pharmacy technician earns $41,600; the upper quartile earns $48,000.\n\nPharmacy technicians in Phoenix earn $44,000.\n\nMadison, a pharmacy technician, earns $38,000.\n\nOhio'"'"'s pharmacy technicians earn $39,500 on average.\n' | wagestat extract -q - | cut -d, -f1,5-10
> source,area,period,stat,value,unit,qualifier
> BLS,US,2024,p10,15,hourly,exact
> BLS,US,2024,p10,31200,annual,exact
> BLS,US,2024,median,20,hourly,exact
> BLS,US,2024,median,41600,annual,exact
> <stdin>,US,,p10,31200,annual,exact
> <stdin>,US,,p25,35000,annual,exact
> <stdin>,US,,range_low,17.5,hourly,exact
> <stdin>,US,,range_high,19,hourly,exact
> <stdin>,US,,range_low,21,hourly,exact
> <stdin>,US,,range_high,28,hourly,exact
> <stdin>,GA,,mean,41000,annual,exact
> <stdin>,OH,,unspecified,39000,annual,exact
> <stdin>,US,,unspecified,60000,annual,less_than
> <stdin>,US,,unspecified,25000,annual,more_than
> <stdin>,US,,unspecified,40000,annual,about
> <stdin>,US,,median,41600,annual,exact
> <stdin>,US,,p75,48000,annual,exact
> <stdin>,AZ,,unspecified,44000,annual,exact
> <stdin>,US,,unspecified,38000,annual,exact
> <stdin>,OH,,mean,39500,annual,exact

# Read off by hand: the first paragraph dates and credits every figure
# that names no year of its own; a heading with a figure is a claim; "USD"
# before a number makes it money; a possessive names the occupation; "net",
# "pocket" and "land" are pay verbs; "salaries top" is a lower bound; the
# 10th and 90th percentiles go to the two figures after them, in order; a
# figure with its own "(bottom 10%)" is not the start of a range.
== unless noted, headings, USD, possessives, pay verbs, percentile lists
$ printf 'All figures are from the BLS for May 2024 unless noted.\n\n## Median pay for phlebotomists: $41,810\n\nRespiratory therapists net about $70,000.\n\nA registered nurse'"'"'s salary averages USD 86,070 per year; RN salaries top $100,000 in California.\n\nFor phlebotomists, the 10th and 90th percentiles were $33,000 and $58,000 in 2023.\n\nPhlebotomist pay ranged from $34,000 (bottom 10%%) to $59,000 (top 10%%).\n' | wagestat extract -q - | cut -d, -f1,4-10
> source,soc_code,area,period,stat,value,unit,qualifier
> BLS,31-9097,US,2024,median,41810,annual,exact
> BLS,29-1126,US,2024,unspecified,70000,annual,about
> BLS,29-1141,US,2024,mean,86070,annual,exact
> BLS,29-1141,CA,2024,unspecified,100000,annual,more_than
> BLS,31-9097,US,2023,p10,33000,annual,exact
> BLS,31-9097,US,2023,p90,58000,annual,exact
> BLS,31-9097,US,2024,p10,34000,annual,exact
> BLS,31-9097,US,2024,p90,59000,annual,exact

# Read off by hand: a list of places under a title that names the
# statistic and year (dot leaders, colons, two spaces); a table with a
# column per year takes the role of the sentence before it; a cell with an
# hourly and an annual figure gives both; numbers without a dollar sign are
# pay after a pay word with a unit or written thousands, but not a count or
# a figure in another clause; "+" after a figure and "~" before it.
== lists under a title, year columns, two figures a cell, bare numbers
$ printf '# Pay notes\n\n## Phlebotomist pay by state (mean, May 2023)\n\nOhio ........ $40,000\nTexas: $38,000\nIowa   $39,000\n\n## Trend\n\nMedian annual wage for phlebotomists, by year:\n\n| Area | 2022 | 2023 |\n|---|---|---|\n| United States | $38,530 | $41,810 |\n\n## Prose\n\n| Occupation | Median pay |\n|---|---|\n| Medical assistants | $20.19/hr ($42,000/yr) |\n\nPhlebotomists earn 41,810 a year, or 20.10 an hour.\n\nThe median pay of dental assistants is 47,300.\n\nEmployment of dental assistants, who earn $47,300, was 367,000 in 2023.\n\nRNs earn $100,000+ and LPNs ~$55,000.\n' | wagestat extract -q - | cut -d, -f4-10
> soc_code,area,period,stat,value,unit,qualifier
> 31-9097,OH,2023,mean,40000,annual,exact
> 31-9097,TX,2023,mean,38000,annual,exact
> 31-9097,IA,2023,mean,39000,annual,exact
> 31-9097,US,2022,median,38530,annual,exact
> 31-9097,US,2023,median,41810,annual,exact
> 31-9092,US,,median,20.19,hourly,exact
> 31-9092,US,,median,42000,annual,exact
> 31-9097,US,,unspecified,41810,annual,exact
> 31-9097,US,,unspecified,20.1,hourly,exact
> 31-9091,US,,median,47300,annual,exact
> 31-9091,US,2023,unspecified,47300,annual,exact
> 29-1141,US,,unspecified,100000,annual,more_than
> 29-2061,US,,unspecified,55000,annual,about

# Read off by hand: "Therapists" after "respiratory therapists" is one word
# of the earlier name, so the occupation holds (29-1126, not the broad
# 29-1120); a range's end keeps the unit its start found ("weekly packages
# of $2,000 to $3,000"); a unit word up to 60 characters before a figure
# counts; truck drivers and travel nurses are named occupations.
== one word of the earlier name, a range's unit, more aliases
$ printf 'Respiratory therapists earn a median of $80,450.\n\nTherapists in the top 10 percent earn more than $110,000.\n\nTravel nurses in Texas see weekly packages of $2,000 to $3,000.\n\nWeekly pay for traveling scrub techs tops out near $3,100.\n\nTruck drivers earn $57,440.\n' | wagestat extract -q - | cut -d, -f4,7-10
> soc_code,stat,value,unit,qualifier
> 29-1126,median,80450,annual,exact
> 29-1126,p90,110000,annual,more_than
> 29-1141,range_low,2000,weekly,exact
> 29-1141,range_high,3000,weekly,exact
> 29-2055,unspecified,3100,weekly,about
> 53-3032,unspecified,57440,annual,exact

# Table headers written short, read off by hand: "10th" and "P90" are
# percentiles, "Low (10%)" is p10 and "High (90%)" p90, "Avg." is the mean,
# "Entry level" and "Experienced" columns hold pay with no statistic.
== short table headers: ordinals, P90, (10%), Avg., entry level
$ printf '| Occupation | 10th | Median | P90 |\n|---|---|---|---|\n| Phlebotomists | $33,000 | $41,810 | $58,000 |\n\n| Occupation | Low (10%%) | High (90%%) | Avg. hourly | Entry level |\n|---|---|---|---|---|\n| Dental assistants | $35,000 | $60,000 | $23.10 | $30,000 |\n' | wagestat extract -q - | cut -d, -f4,7-9
> soc_code,stat,value,unit
> 31-9097,p10,33000,annual
> 31-9097,median,41810,annual
> 31-9097,p90,58000,annual
> 31-9091,p10,35000,annual
> 31-9091,p90,60000,annual
> 31-9091,mean,23.1,hourly
> 31-9091,unspecified,30000,annual

# Read off by hand: quarters and "one in ten" name percentiles by the
# bound after them; "best-paid tenth" is p90; "the middle of the
# distribution" is the median; "or less" bounds from above; "$8,700 more"
# is a difference, not pay; "PAs" are not Pennsylvania; "this country" is
# the US; a heading's figure is pay; a list introduced by "...May 2024:"
# and a whitespace table with a note under it take that year.
== quarters, one in ten, or less, differences, PAs, intro and note years
$ printf 'Physician assistants: a quarter of them earned less than $100,000 and one in ten earned more than $170,000.\n\nThe best-paid tenth of PAs earned above $171,000; a PA in the middle of the distribution earned $133,260 in this country.\n\nThe bottom tenth of MRI techs earned $64,910 or less. Vet techs at specialty hospitals earn $8,700 more a year.\n\n## Why MRI techs top $88,000\n\nAll figures in the list below are from the BLS survey of May 2024:\n\n- Dental assistants: $47,300\n\n## Orderlies\n\nOccupation          Median    Top 10%%\nOrderlies           $37,700   $49,570\n\nSource: BLS, May 2023.\n' | wagestat extract -q - | cut -d, -f1,4-10
> source,soc_code,area,period,stat,value,unit,qualifier
> <stdin>,29-1071,US,,p25,100000,annual,less_than
> <stdin>,29-1071,US,,p90,170000,annual,more_than
> <stdin>,29-1071,US,,p90,171000,annual,more_than
> <stdin>,29-1071,US,,median,133260,annual,exact
> <stdin>,29-2035,US,,p10,64910,annual,less_than
> <stdin>,29-2035,US,,unspecified,88000,annual,more_than
> BLS,31-9091,US,2024,unspecified,47300,annual,exact
> BLS,31-1132,US,2023,median,37700,annual,exact
> BLS,31-1132,US,2023,p90,49570,annual,exact

# Read off by hand: a dateline makes a local story, whose figures with no
# place of their own are in that state, but for those credited to the BLS
# (national); "nationally" stays US; a job ad's "Company | City, State"
# line does the same; a note under a table can name its place and year.
== datelines, job-ad places, notes that place a table
$ printf 'ALBANY, N.Y. - Clinics raise pay.\n\nOne lab raised its starting rate for phlebotomists to $22.50 an hour.\n\nPhlebotomists earned a median of $43,660, the BLS says.\n\nNationally, phlebotomists earn $20.99 an hour.\n' | wagestat extract -q - | cut -d, -f1,5,7-9; printf 'Brightway Home Care | Columbus, Ohio | Posted today\n\nHome health aides start at $16.75 an hour.\n' | wagestat extract -q - | cut -d, -f5,8; printf '| Level | Hourly pay |\n|---|---|\n| Journeyman electrician | $36.00 |\n\nThese are union scale figures for the Chicago area in 2024.\n' | wagestat extract -q - | cut -d, -f5-8
> source,area,stat,value,unit
> <stdin>,NY,unspecified,22.5,hourly
> BLS,US,median,43660,annual
> <stdin>,US,unspecified,20.99,hourly
> area,value
> OH,16.75
> area,period,stat,value
> IL,2024,unspecified,36

# A second header row under units that span two columns each, read off by
# hand: the Hourly columns hold the median and mean an hour, the Annual
# ones the same a year; "n/a" is no figure.
== a two-row table header
$ printf '| Occupation | Hourly | Annual |\n|---|---|---|\n| | Median | Mean | Median | Mean |\n| Massage therapists | $27.86 | $30.50 | $57,950 | $63,430 |\n| Athletic trainers | n/a | n/a | $60,250 | $63,960 |\n' | wagestat extract -q - | cut -d, -f4,7-9
> soc_code,stat,value,unit
> 31-9011,median,27.86,hourly
> 31-9011,mean,30.5,hourly
> 31-9011,median,57950,annual
> 31-9011,mean,63430,annual
> 29-9091,median,60250,annual
> 29-9091,mean,63960,annual

# Read off by hand: a salary-sized dollar figure in a sentence that names
# an occupation and no cost is pay even with no pay word; a cost sentence
# stays out; vague column heads (Typical, Top earners, Low, High) hold pay
# with no statistic.
== occupations with figures and no pay word, vague column heads
$ printf 'At $214,200, nurse anesthetists lead all nursing roles.\n\nThe gap between RNs ($93,600) and LPNs ($62,340) is wide.\n\nNurse anesthetist programs cost $120,000.\n\n| Occupation | Typical | Top earners |\n|---|---|---|\n| Phlebotomists | $41,810 | $58,000 |\n' | wagestat extract -q - | cut -d, -f4,7-8
> soc_code,stat,value
> 29-1151,unspecified,214200
> 29-1141,unspecified,93600
> 29-2061,unspecified,62340
> 31-9097,unspecified,41810
> 31-9097,unspecified,58000

# Read off by hand: "unless another source is named" dates the text; a
# city alone in a dateline places it; "respectively" pairs occupations and
# figures in order; steps of a pay scale are pay; "58k" after a pay word is
# money; pay by the visit is not a claim; gas is a price; an aligned
# header ending "75th pct." is a header, not a sentence.
== unless another source, city datelines, respectively, steps, 58k, per visit
$ printf 'DENVER - Every pay figure below is a BLS figure from May 2024 unless another source is named.\n\nHygienists and dental assistants earn $94,260 and $47,300, respectively.\n\nA home care agency pays its aides $65 per completed visit, and gas runs $3.19.\n\nThe local contract for LPNs: Step 1: $27.10, Step 3: $28.95.\n\nI make about 58k as an LPN.\n\nOccupation        25th pct.   Median    75th pct.\nOrderlies         $17.00      $18.12    $20.00\n' | wagestat extract -q - | cut -d, -f1,4-9
> source,soc_code,area,period,stat,value,unit
> BLS,29-1292,US,2024,unspecified,94260,annual
> BLS,31-9091,US,2024,unspecified,47300,annual
> BLS,29-2061,US,2024,unspecified,27.1,hourly
> BLS,29-2061,US,2024,unspecified,28.95,hourly
> BLS,29-2061,US,2024,unspecified,58000,annual
> BLS,31-1132,US,2024,p25,17,hourly
> BLS,31-1132,US,2024,median,18.12,hourly
> BLS,31-1132,US,2024,p75,20,hourly

# A table whose columns are parted by tabs, read off by hand: the Median
# column and the Top 10% column (p90) of each row.
== columns parted by tabs
$ printf 'Pay for two jobs, May 2024\n\nOccupation\tMedian\tTop 10%%\nPhlebotomists\t$43,660\t$57,750\nMedical assistants\t$44,200\t$57,830\n' | wagestat extract -q - | cut -d, -f4,6-8
> soc_code,period,stat,value
> 31-9097,2024,median,43660
> 31-9097,2024,p90,57750
> 31-9092,2024,median,44200
> 31-9092,2024,p90,57830

# Read off by hand: an aligned table whose labels hold numbers ("1-4
# years", "10+ years") has one figure a row; labels that are settings, not
# places or occupations, are rows when the heading names the statistic.
== labels with numbers, settings under a statistic heading
$ printf '## Phlebotomist pay by experience\n\nExperience          Hourly pay\nUnder 1 year        $17.50\n1-4 years           $19.25\n10+ years           $23.40\n\n## Phlebotomist pay by setting (median, 2024)\n\nHospitals .......... $44,000\nLabs ............... $43,000\n' | wagestat extract -q - | cut -d, -f4,6-9
> soc_code,period,stat,value,unit
> 31-9097,,unspecified,17.5,hourly
> 31-9097,,unspecified,19.25,hourly
> 31-9097,,unspecified,23.4,hourly
> 31-9097,2024,median,44000,annual
> 31-9097,2024,median,43000,annual

# Read off by hand: a note two tag lines under an HTML table, running on to
# a second line, places and dates it (Oregon, May 2023; the "U.S." of the
# Bureau's name is not the place); a footnote mark does not hide an
# occupation; an hourly and an annual cell of one row are one figure, so
# 34.43 x 2080 = 71,614 against 79,130 is a mismatch; an introducing
# sentence places the table after it; "-area" makes a city a place; a
# night differential is a bonus; "clear $120,000" bounds from below.
== notes under HTML tables, footnote marks, row pairs, intro places, differentials
$ printf '<table>\n<tr><th>Occupation</th><th>Mean hourly wage</th><th>Mean annual wage</th></tr>\n<tr><td>Surgical technologists\xc2\xb9</td><td>$34.43</td><td>$79,130</td></tr>\n</table>\n<p>Source: U.S. Bureau of Labor Statistics, May 2023\nstatewide estimates for Oregon.</p>\n' > "$TMPDIR/or.html"; wagestat check -q -f tsv "$TMPDIR/or.html" | cut -f4,5,6,8,9,20 | sed 's/ disagrees_with_ref//'; printf 'In the Atlanta market, our placements paid:\n\n| Role | Median hourly rate |\n|---|---|\n| Registered nurse | $47.20 |\n\nMost Boston-area hospitals added a night differential of $2.00 an hour.\n\nSonographers often clear $120,000.\n' | wagestat extract -q - | cut -d, -f4,5,7,8,10
> soc_code	area	period	value	unit	verdict
> 29-2055	OR	2023	34.43	hourly	hourly_annual_mismatch
> 29-2055	OR	2023	79130	annual	hourly_annual_mismatch
> soc_code,area,stat,value,qualifier
> 29-1141,GA,median,47.2,exact
> ,MA,bonus,2,exact
> 29-2032,US,unspecified,120000,more_than

# Read off by hand: a cost word after the figure's clause ends does not
# make it a cost; "expect to pay $1,200" is what the reader pays.
== costs after the clause, what the reader pays
$ printf 'Phlebotomists earn $41,810, which covers tuition quickly.\n\nExpect to pay $1,200, the price of the course.\n' | wagestat extract -q - | cut -d, -f4,7-8
> soc_code,stat,value
> 31-9097,unspecified,41810

# Read off by hand: "around the $89,000 mark" is approximate; "the first
# quarter" is a time, not the 25th percentile; "the bottom quarter" is.
== the before a bound word, quarters of the year
$ printf 'Salaries for sonographers hover around the $89,000 mark.\n\nIn the first quarter, RNs earned $45 an hour.\n\nThe bottom quarter of RNs earned less than $70,000.\n' | wagestat extract -q - | cut -d, -f4,7-8,10
> soc_code,stat,value,qualifier
> 29-2032,unspecified,89000,about
> 29-1141,unspecified,45,exact
> 29-1141,p25,70000,less_than

# Read off by hand: a row that names only a place heads the rows under it;
# a <br> inside a cell keeps the cell one row.
== section rows in tables, line breaks in cells
$ printf '| Occupation | Median |\n|---|---|\n| **Ohio** | |\n| Phlebotomists | $40,000 |\n| **Texas** | |\n| Phlebotomists | $38,000 |\n' | wagestat extract -q - | cut -d, -f4,5,8; printf '<table><tr><th>Occupation</th><th>Median pay</th></tr><tr><td>Phlebotomists</td><td>$20.99/hr<br>$43,660/yr</td></tr></table>\n' | wagestat extract -q - | cut -d, -f4,8,9
> soc_code,area,value
> 31-9097,OH,40000
> 31-9097,TX,38000
> soc_code,value,unit
> 31-9097,20.99,hourly
> 31-9097,43660,annual

# Read off by hand (layouts.md, terms.html): a table whose columns are
# places and whose rows name the statistic, in Markdown and aligned text;
# a table in thousands of dollars (58.2 is $58,200); a statistic word right
# after each of two figures; labelled lines with bare numbers; amounts in
# words, "bucks" and "grand"; an HTML definition list, each term the label
# of the figure under it.
== places as columns, thousands, words after figures, labels, numbers in words
$ cd data/articles && wagestat extract -q layouts.md terms.html | cut -d, -f4-10,13
> soc_code,area,period,stat,value,unit,qualifier,where
> 29-1126,OH,2023,median,72400,annual,exact,layouts.md:5:12
> 29-1126,TX,2023,median,74100,annual,exact,layouts.md:5:22
> 29-1126,OH,2023,mean,73900,annual,exact,layouts.md:6:10
> 29-1126,TX,2023,mean,75880,annual,exact,layouts.md:6:20
> 29-1126,OH,2023,median,71000,annual,exact,layouts.md:9:15
> 29-1126,UT,2023,median,70000,annual,exact,layouts.md:9:27
> 29-1126,US,2023,p10,58200,annual,exact,layouts.md:15:10
> 29-1126,US,2023,p90,101900,annual,exact,layouts.md:16:10
> 29-1126,IA,2023,median,69500,annual,exact,layouts.md:18:10
> 29-1126,IA,2023,mean,70250,annual,exact,layouts.md:18:26
> 29-1126,US,2023,unspecified,34.75,hourly,exact,layouts.md:20:14
> 29-1126,US,2023,unspecified,72300,annual,exact,layouts.md:21:16
> 29-1126,US,2023,unspecified,61000,annual,exact,layouts.md:23:18
> 29-1126,US,2023,unspecified,33,hourly,exact,layouts.md:23:60
> 29-1126,US,2023,unspecified,60000,annual,about,layouts.md:24:17
> 29-1292,US,,median,87530,annual,exact,terms.html:4:7
> 29-1292,US,,mean,88450,annual,exact,terms.html:6:7
> 29-1292,US,,p90,120000,annual,exact,terms.html:7:23

# Read off by hand (appendix.txt, infobox.html): an aligned table between
# rules whose caption, two lines above, says median annual wage in
# thousands of dollars, with year columns, a row label wrapped onto two
# lines and a BLS note under it; a table of jobs in thousands gives no
# pay; state abbreviations as columns under a caption naming the mean
# hourly wage; a numbered list under a heading that names pay; differences
# ("$2.35/hr more", "$6,700 below"), payments and balances are not pay;
# "earn" right before a figure outweighs "Medicaid" earlier.  In HTML: a
# title row and a key-value row are no header; "Median pay (BLS, May
# 2024)" labels, dates and credits its cell; a row of tuition and one of
# jobs held are not pay; FY2023 and "Q4 2024" head year columns.
== appendix tables, key-value rows, row labels that are costs or counts
$ cd data/articles && wagestat extract -q appendix.txt infobox.html | cut -d, -f1,4-10,13
> source,soc_code,area,period,stat,value,unit,qualifier,where
> BLS,31-9092,US,2022,median,38300,annual,exact,appendix.txt:8:32
> BLS,31-9092,US,2023,median,42000,annual,exact,appendix.txt:8:42
> BLS,31-9092,US,2024,median,44200,annual,exact,appendix.txt:8:52
> BLS,31-1120,US,2022,median,30200,annual,exact,appendix.txt:10:32
> BLS,31-1120,US,2023,median,33500,annual,exact,appendix.txt:10:42
> BLS,31-1120,US,2024,median,34900,annual,exact,appendix.txt:10:52
> appendix.txt,31-9091,IL,2023,mean,20.39,hourly,exact,appendix.txt:23:22
> appendix.txt,31-9091,IN,2023,mean,22.72,hourly,exact,appendix.txt:23:32
> appendix.txt,31-9091,WI,2023,mean,21.97,hourly,exact,appendix.txt:23:42
> appendix.txt,,US,,unspecified,17.6,hourly,exact,appendix.txt:27:21
> appendix.txt,,US,,unspecified,21.15,hourly,exact,appendix.txt:28:24
> appendix.txt,29-2052,US,,unspecified,38500,annual,exact,appendix.txt:31:42
> appendix.txt,31-1120,US,,unspecified,20,hourly,more_than,appendix.txt:32:73
> BLS,29-1161,US,2024,median,128790,annual,exact,infobox.html:6:44
> BLS,29-1161,US,2024,median,61.92,hourly,exact,infobox.html:6:65
> infobox.html,29-1123,US,,median,101020,annual,exact,infobox.html:10:34
> infobox.html,29-1011,US,,median,79000,annual,exact,infobox.html:10:51
> infobox.html,29-1141,US,2023,unspecified,37.6,hourly,exact,infobox.html:16:34
> infobox.html,29-1141,US,2024,unspecified,39.45,hourly,exact,infobox.html:16:49

# Read off by hand: an occupation named inside a longer row label, under a
# "Q1 2025" column; "here" points back to the state the paragraph named;
# a list item's city does not carry to the next item; Racine is in
# Wisconsin (cities.csv).
== row labels naming an occupation, "here", list items, smaller cities
$ printf '| Role | Q1 2025 |\n|---|---|\n| Medical secretary / front desk | $18.60/hr |\n\nNebraska is a lower-wage state. Registered nurses here averaged $38.36 an hour.\n\n- In Tucson, sonographers make $44 an hour.\n- MRI technologists earn a median of $88,180.\n\nA clinic in Racine pays pharmacy technicians $21.15 an hour.\n' | wagestat extract -q - | cut -d, -f4-10,13
> soc_code,area,period,stat,value,unit,qualifier,where
> 43-6013,US,2025,unspecified,18.6,hourly,exact,<stdin>:3:36
> 29-1141,NE,,mean,38.36,hourly,exact,<stdin>:5:65
> 29-2032,AZ,,unspecified,44,hourly,exact,<stdin>:7:32
> 29-2035,US,,median,88180,annual,exact,<stdin>:8:38
> 29-2052,WI,,unspecified,21.15,hourly,exact,<stdin>:10:46

# Read off by hand: the corner cell of a table with states as columns
# names the statistic and year of every cell; the occupation after "than"
# is the one compared with, not the one paid.
== a corner cell names the columns' statistic; "than" names the other side
$ printf '<table>\n<tr><th>Mean wage, May 2023</th><th>Florida</th><th>Arizona</th></tr>\n<tr><td>Physical therapists, per year</td><td>$94,850</td><td>$98,960</td></tr>\n</table>\n<p>Phlebotomists: $43,660 a year, which is more than medical assistants make.</p>\n' | wagestat extract -q - | cut -d, -f4-10,13
> soc_code,area,period,stat,value,unit,qualifier,where
> 29-1123,FL,2023,mean,94850,annual,exact,<stdin>:3:47
> 29-1123,AZ,2023,mean,98960,annual,exact,<stdin>:3:63
> 31-9097,US,,unspecified,43660,annual,exact,<stdin>:5:19

# Read off by hand (sheet.txt, columns parted by tabs): the dollar figures
# of a row fill its pay columns and the trailing count (14 open reqs) is
# left out; a job code before the title does not hide the occupation;
# "Grid min" and "Grid max" are a range's ends, "Avg tenure (yrs)" is no
# pay, and "$43.80  8.9" is no range; a column headed "Our proposal" holds
# pay; a patient transporter is an orderly (31-1132); what an agency bills
# is not pay; "twenty-one dollars and sixty cents" is 21.60.
== a pasted sheet, range columns, a header that names no pay, cents in words
$ cd data/articles && wagestat extract -q sheet.txt | cut -d, -f4,7-10,13
> soc_code,stat,value,unit,qualifier,where
> 29-2010,p25,46580,annual,exact,sheet.txt:2:42
> 29-2010,median,61890,annual,exact,sheet.txt:2:50
> 29-1126,range_low,31.1,hourly,exact,sheet.txt:5:23
> 29-1126,range_high,43.8,hourly,exact,sheet.txt:5:30
> 31-1132,unspecified,15.6,hourly,exact,sheet.txt:9:25
> 31-1132,unspecified,18.75,hourly,exact,sheet.txt:9:37
> ,unspecified,21.6,hourly,exact,sheet.txt:11:47

# Read off by hand: a sentence introducing a list as national figures
# places its items in the US under a heading naming New Mexico (the title,
# whose place holds for the text); a bonus word belongs to the figure it
# follows, not to "$22 an hour" that "pays" introduces; a differential
# named earlier in the clause makes "$6/hr" a bonus.
== national lists under a state title; whose word "bonus" is
$ printf '## How New Mexico compares\n\nNational medians for May 2024, from the BLS:\n\n- Nursing assistants: $19.01 per hour\n\n## Offers\n\nA hospital offers a $5,000 sign-on bonus and pays $22 an hour. The night differential at my hospital is $6/hr.\n' | wagestat extract -q - | cut -d, -f1,4-9,13
> source,soc_code,area,period,stat,value,unit,where
> BLS,31-1131,US,2024,median,19.01,hourly,<stdin>:5:23
> <stdin>,,NM,,bonus,5000,annual,<stdin>:9:21
> <stdin>,,NM,,unspecified,22,hourly,<stdin>:9:51
> <stdin>,,NM,,bonus,6,hourly,<stdin>:9:105

# Read off by hand: "$42,000 in Texas" is Texas's figure though Ohio is
# named before it; figures that follow a statistic in the same sentence,
# with no pay word of their own between, keep it ("Massachusetts followed
# at $154,080" is a mean too).
== a place after its figure; figures in a row keep the statistic
$ printf 'RN pay\n\nThe median wage was $40,000 in Ohio, $42,000 in Texas and $38,000 in Iowa.\nIn May 2023, nurses in California had the highest mean annual wage, $183,740, and Massachusetts followed at $154,080.\n' | wagestat extract -q - | cut -d, -f5-9,13
> area,period,stat,value,unit,where
> OH,,median,40000,annual,<stdin>:3:21
> TX,,median,42000,annual,<stdin>:3:38
> IA,,median,38000,annual,<stdin>:3:59
> CA,2023,mean,183740,annual,<stdin>:4:69
> MA,2023,mean,154080,annual,<stdin>:4:109

# Read off by hand (release.txt): a caption two lines above an aligned
# table names Wisconsin, May 2023 and the BLS ("U.S." of the Bureau's name
# is not the place); the tables after it have none of these; an indented
# table whose "Grade" column holds numbers and whose "Start" and "Top step"
# columns hold pay; a grade of 12 is not FIPS 12 (Florida); "$31.20 -
# $43.70" in one cell is a band's two ends; amounts in words across line
# breaks, with a comma after "thousand", hyphens and cents; pay by the
# session is not a claim.
== captions, grade columns, bands in a cell, amounts in words over lines
$ cd data/articles && wagestat extract -q release.txt | cut -d, -f1,4-10,13
> source,soc_code,area,period,stat,value,unit,qualifier,where
> BLS,29-1292,WI,2023,mean,38.68,hourly,exact,release.txt:8:34
> BLS,29-1292,WI,2023,mean,86450,annual,exact,release.txt:8:49
> release.txt,31-2012,US,,unspecified,16.4,hourly,exact,release.txt:12:43
> release.txt,31-2012,US,,unspecified,19.85,hourly,exact,release.txt:12:54
> release.txt,29-1126,US,,range_low,31.2,hourly,exact,release.txt:16:32
> release.txt,29-1126,US,,range_high,43.7,hourly,exact,release.txt:16:41
> release.txt,29-1126,US,,unspecified,32.5,hourly,exact,release.txt:18:37
> release.txt,29-1126,ID,,mean,71500,annual,about,release.txt:19:55
> release.txt,29-1126,ID,,bonus,10000,annual,exact,release.txt:20:47
> release.txt,29-1126,ID,,bonus,3.75,hourly,exact,release.txt:21:37

# Read off by hand (ratecard.md, items.html): a column headed "Night
# differential" holds bonuses, written "+ $3.00/hr" (where = the '$'); a
# week's pay "before any differential" is no bonus; "75 cents an hour" as a
# differential is 0.75; "sixty-three grand" is 63,000; a sentence naming a
# median with no figure ("The median raise was 3.5%.") introduces nothing,
# so dues and what members pay stay costs, as does a sum "covered by" a
# fee; the rows under "Monthly cost" are costs; an HTML <li> is a list
# item, so the intro before the list dates and credits it.
== differential columns, cents, grand, intros that introduce nothing, cost tables, HTML list items
$ cd data/articles && wagestat extract -q ratecard.md items.html | cut -d, -f1,4-10,13
> source,soc_code,area,period,stat,value,unit,qualifier,where
> ratecard.md,29-2055,US,2025,unspecified,33.5,hourly,exact,ratecard.md:5:27
> ratecard.md,29-2055,US,2025,bonus,3,hourly,exact,ratecard.md:5:41
> ratecard.md,29-2035,US,2025,unspecified,1629,weekly,about,ratecard.md:7:35
> ratecard.md,29-2035,US,2025,bonus,0.75,hourly,exact,ratecard.md:8:27
> BLS,47-2111,US,2025,median,63000,annual,about,ratecard.md:9:42
> BLS,29-1124,US,2024,median,101990,annual,exact,items.html:6:22

# Read off by hand: "Tulsa, Oklahoma" heads Oklahoma's column; a row
# labelled "Sign-on bonus" holds a bonus; "26 days" of paid time off is no
# pay though the caption names offers.
== city-and-state columns, bonus rows, counted cells
$ printf 'Here is how the sonographer offers compare:\n\n| | Tulsa, Oklahoma | Minneapolis, Minnesota |\n|---|---|---|\n| Base hourly rate | $38.50 | $49.40 |\n| Sign-on bonus | $7,500 | None offered |\n| Paid time off | 26 days | 22 days |\n' | wagestat extract -q - | cut -d, -f4,5,7-9,13
> soc_code,area,stat,value,unit,where
> 29-2032,OK,unspecified,38.5,hourly,<stdin>:5:22
> 29-2032,MN,unspecified,49.4,hourly,<stdin>:5:31
> 29-2032,OK,bonus,7500,annual,<stdin>:6:19

# A table that says two things 5,000 times each: every $40,000 claim is
# more than 15% from each of the 5,000 $60,000 claims (20,000 / 40,000 =
# 50%), so each names the first three (lines 6, 8, 10 for line 5) and
# counts the other 4,997; the output grows with the claims, not with their
# pairs (it was 198 MB for a table of 124 KB).
== check: a long contradiction table names three others and counts the rest
$ { printf '# Medical assistant pay, May 2023\n\n| Employer | Median annual salary |\n|---|---|\n'; awk 'BEGIN { for (i = 0; i < 10000; i++) printf "| Medical assistant | $%s |\n", i % 2 ? "60,000" : "40,000" }'; } > "$TMPDIR/t.md"
$ timeout 30 wagestat check -q -f csv "$TMPDIR/t.md" > "$TMPDIR/out"; echo "exit $?"
$ grep -c 'self_contradiction' "$TMPDIR/out"; grep -c 'and 4997 more' "$TMPDIR/out"; wc -c < "$TMPDIR/out" | awk '{ print ($1 < 5000000) ? "under 5 MB" : $1 }'
$ sed -n 2p "$TMPDIR/out" | grep -o 'vs .*more'
> exit 0
> 10000
> 10000
> under 5 MB
> vs $60,000 at line 6; vs $60,000 at line 8; vs $60,000 at line 10; and 4997 more

# Past the extractor's fixed sizes nothing is lost silently.  A paragraph
# of 602 sentences is read to its end (the first 512 only, before).  A
# sentence of 70 figures gives 64 claims and says 70 - 64 = 6 were
# dropped; a table row of a role and 20 figures reads 16 cells (the role
# and 15 figures) and says 20 - 15 = 5 were dropped: 64 + 15 = 79 claims,
# exit 1, and check --fail-on fails on them.
== extract: a long paragraph is read to its end
$ awk 'BEGIN { printf "Medical assistants earn a median of $40,000 a year. "; for (i = 0; i < 600; i++) printf "Nothing here. "; print "Phlebotomists earn a median of $41,810 a year." }' > "$TMPDIR/p.txt"
$ wagestat extract -q "$TMPDIR/p.txt" | cut -d, -f4,8
> soc_code,value
> 31-9092,40000
> 31-9097,41810

== extract and check: figures past a sentence's 64 or a row's 16 cells are counted as dropped
$ awk 'BEGIN { printf "Medical assistants earn"; for (i = 0; i < 70; i++) printf " $%d,", 30000 + i; print " a year."; print ""; printf "| Role |"; for (i = 0; i < 20; i++) printf " Y%d |", i; print ""; printf "|---|"; for (i = 0; i < 20; i++) printf "---|"; print ""; printf "| Medical assistant |"; for (i = 0; i < 20; i++) printf " $%d |", 40000 + i; print "" }' > "$TMPDIR/caps.md"
$ wagestat extract "$TMPDIR/caps.md" 2>&1 >/dev/null | sed "s|$TMPDIR/||"; echo "exit ${PIPESTATUS[0]}"
$ wagestat check -q --fail-on inconsistent "$TMPDIR/caps.md" 2>&1 >/dev/null | sed "s|$TMPDIR/||"; echo "exit ${PIPESTATUS[0]}"
> wagestat: caps.md: 79 salary claims
> wagestat: caps.md: 6 figures dropped (a sentence over 64 figures)
> wagestat: caps.md: 5 table cells dropped (a row over 16 columns)
> exit 1
> wagestat: caps.md: 6 figures dropped (a sentence over 64 figures)
> wagestat: caps.md: 5 table cells dropped (a row over 16 columns)
> exit 1

# A wide table as the reference, with no source column: its figures are
# credited to the file (this once read a NULL source and crashed).
== check against a wide table with no source column
$ printf 'AREA_TITLE,OCC_CODE,OCC_TITLE,A_MEDIAN\nUS,29-1141,Registered Nurses,"81,220"\n' > "$TMPDIR/national_M2023_dl.csv"; printf 'Registered nurses earned a median of $81,220 in May 2023, the BLS says.\n' | wagestat check -q -f tsv --ref "$TMPDIR/national_M2023_dl.csv" - | cut -f4-8,17-20
> soc_code	area	period	stat	value	ref_value	ref_source	deviation_pct	verdict
> 29-1141	US	2023	median	81220	81220	national_M2023_dl.csv	0	ok

# The mean of the top tenth is at least its p90.  "The top 10% earned an
# average of $78,000" for med techs (29-2010): the BLS p90 of May 2023 is
# $93,900 (datasets/oews_healthcare.csv; $79,340 to $97,990 in 2017-2024,
# above $78,000 every year), so the claim breaks the rule against the
# reference; with the article's own p90 of $80,000 it breaks it against
# that, and both are flagged.  A top-10% mean of $99,000 holds.
== check: a top-10% mean below the p90 is flagged with the rule named
$ printf 'Medical lab techs, May 2023: the median was $60,780 a year, and the top 10%% earned an average of $78,000.\n' | wagestat check -q -f tsv - | cut -f7,8,20 | sed 1d | tr '\t' ,
$ printf 'Med techs in 2023: the top 10 percent averaged $78,000 a year, and the 90th percentile was $80,000 a year.\n' | wagestat check -q -f tsv - | cut -f7,8,20 | sed 1d | tr '\t' ,
$ printf 'Medical lab techs, May 2023: the top 10%% earned an average of $99,000 a year.\n' | wagestat check -q -f tsv - | cut -f7,8,20 | sed 1d | tr '\t' ,
> median,60780,ok
> top10_mean,78000,percentile_order
> top10_mean,78000,percentile_order
> p90,80000,percentile_order
> top10_mean,99000,unverifiable

# The mean of the bottom tenth is at most its p10: "the bottom 10 percent
# averaged $45,000" for med techs in May 2023 is above the BLS p10 of
# $36,770 (datasets/oews_healthcare.csv), and $41,000 is above the
# article's own p10 of $40,000; $36,000 holds.  Read as the tenth's mean,
# such a figure is no "mean" to contradict the article's mean.
== check: a bottom-10% mean above the p10 is flagged with the rule named
$ printf 'Medical lab techs, May 2023: the median was $60,780 a year, and the bottom 10 percent averaged $45,000.\n' | wagestat check -q -f tsv - | cut -f7,8,20,21 | sed 1d
$ printf 'Med techs in 2023: the bottom 10 percent averaged $41,000 a year, and the 10th percentile was $40,000 a year.\n' | wagestat check -q -f tsv - | cut -f7,8,20 | sed 1d | tr '\t' ,
$ printf 'Medical lab techs, May 2023: the bottom 10%% earned an average of $36,000 a year.\n' | wagestat check -q -f tsv - | cut -f7,8,20 | sed 1d | tr '\t' ,
> median	60780	ok	BLS OEWS May 2023's median is 60,780
> bottom10_mean	45000	percentile_order	the bottom 10%'s mean 45,000 is above BLS OEWS May 2023's p10 36,770: a bottom tenth's mean is at most its p10; no reference bottom10_mean annual for 29-2010 in US
> bottom10_mean,41000,percentile_order
> p10,40000,percentile_order
> bottom10_mean,36000,unverifiable

# "&pound;32,000" is read as "£32,000" (the entity's character, then
# spaces): a claim has no currency field and is in US dollars, so a figure
# in pounds, euros, yen or rupees is left out, as a plain "£32,000" is.
== an amount in pounds is no US-dollar claim, from HTML or plain text
$ printf '<p>Registered nurses in London earn a median salary of &pound;32,000 a year.</p>\n<p>Registered nurses in Ohio earn a median salary of $72,000 a year.</p>\n' > "$TMPDIR/pound.html"; printf 'Nurses in Paris earn a median salary of \xe2\x82\xac 41,000 a year.\n' > "$TMPDIR/euro.txt"; wagestat extract -q "$TMPDIR/pound.html" "$TMPDIR/euro.txt" | cut -d, -f4,5,7,8
> soc_code,area,stat,value
> 29-1141,OH,median,72000

# Such a figure is counted, by currency, never dropped silently; it is no
# data problem (exit 0), as summarize's rows in another currency are not.
== figures in another currency are counted by currency
$ printf '<p>In London: &pound;32,000 a year, or &#163; 15.40 an hour; in Paris \xe2\x82\xac41,000; in Ohio $72,000.</p>\n' > "$TMPDIR/cur.html"; cd "$TMPDIR"; wagestat extract -q cur.html 2>&1 >/dev/null; echo "exit $?"
> wagestat: cur.html: 2 figures left out (currency GBP, not USD)
> wagestat: cur.html: 1 figures left out (currency EUR, not USD)
> exit 0

# Pages saved one after another in one file are read each as its own
# document: a script the first leaves open does not swallow the second
# (read as one document, the parser takes all that follows as script).
== a file of two pages: what the first leaves open does not swallow the second
$ printf '<!DOCTYPE html><html><head><script>var pay = 1;\n<!DOCTYPE html>\n<html><body><p>Registered nurses earn a median of $86,070 a year.</p></body></html>\n' > "$TMPDIR/two.html"; wagestat extract -q "$TMPDIR/two.html" | cut -d, -f3,4,7,8
> role,soc_code,stat,value
> Registered Nurses,29-1141,median,86070

# Scope: the part of the occupation a figure is about (datasets/scopes.csv).
# An industry named before a figure in its sentence ("offices of
# physicians" is NAICS 621100, "general medical and surgical hospitals"
# 622100, OEWS's codes), a level of experience ("entry-level"), a metro
# area named by no city ("the Bay Area", CBSA 41860), a city named as the
# figure's place (Los Angeles, CBSA 31080; "Redding, CA", 39820; Pasadena,
# a city the dictionary gives no CBSA of its own, by its name), a table
# row's label (nursing care facilities, 623100).  The industry's name is
# not read as the occupation (no Physicians here).
== extract: scope from the sentence, the place and a table row's label
$ printf 'Phlebotomists in offices of physicians paid an average of $37,950, and general medical and surgical hospitals $39,120; entry-level techs earn $30,000. In the Bay Area, they made $51,300.\n\nMedical assistants in Los Angeles earn $45,000.\n\n| Industry | Mean |\n|---|---|\n| Nursing care facilities | $38,000 |\n' | wagestat extract -q - | awk -F, 'NR > 1 { print $4, $5, $8, $(NF - 1) }'
$ printf '# Medical assistant pay\n\nMedical assistants earn more in some cities than in others.\n\nTop-paying places:\n\n- Redding, CA: $46,520\n- Pasadena, Calif.: $44,000\n' | wagestat extract -q - | awk -F, 'NR > 1 { print $4, $5, $8, $(NF - 1) }'
> 31-9097 US 37950 industry:621100
> 31-9097 US 39120 industry:622100
> 31-9097 US 30000 industry:622100;experience:entry
> 31-9097 US 51300 metro:41860
> 31-9092 CA 45000 metro:31080
> 31-9092 CA 38000 industry:623100
> 31-9092 CA 46520 metro:39820
> 31-9092 CA 44000 metro:Pasadena

# A range stated with a median, in one sentence, holds it: $52,000 is
# outside $30,000 to $45,000 (all three flagged, the rule named); $41,000
# is inside.  A range stated apart from the median is not held to it: it
# may be of a part of the occupation the text does not name.  A region
# that is no state ("the West Coast") is a scope of its own, so its range
# is not the nation's.
== check: a median outside the range stated with it is flagged with the rule named
$ printf 'Medical assistants earned a median of $52,000 in May 2023, and most earned $30,000 to $45,000.\nPhlebotomists earned a median of $41,000 in May 2023, and most earned $30,000 to $45,000.\nEKG techs earned a median of $66,000 in May 2023.\n\nOn the West Coast EKG techs earn $70,000 to $80,000. Most EKG techs earned $40,000 to $50,000 that year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $4, $7, $8, $15, ($20 ~ /percentile_order/ ? "percentile_order" : "-") }'
> 31-9092 median 52000  percentile_order
> 31-9092 range_low 30000  percentile_order
> 31-9092 range_high 45000  percentile_order
> 31-9097 median 41000  -
> 31-9097 range_low 30000  -
> 31-9097 range_high 45000  -
> 29-2031 median 66000  -
> 29-2031 range_low 70000 region:west -
> 29-2031 range_high 80000 region:west -
> 29-2031 range_low 40000  -
> 29-2031 range_high 50000  -

# Like with like: two figures of one occupation, statistic, unit, area and
# year contradict each other only when they are of one scope.  Physicians'
# offices' mean ($37,950) and hospitals' ($52,000) are of two industries,
# and neither is the all-industry mean ($41,000); two all-industry means
# 27% apart ($41,000, $52,000 in the last line) do contradict.  An
# occupation's code is no year: "29-2032" leaves the figure undated.
== check: figures of different scopes never contradict each other
$ printf 'In May 2023 phlebotomists averaged $41,000 a year. Those in offices of physicians averaged $37,950 a year in May 2023, and those in general medical and surgical hospitals averaged $52,000 a year in May 2023.\n\nAnother source: phlebotomists averaged $52,000 a year in May 2023.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $8, $15, ($20 ~ /self_contradiction/ ? "self_contradiction" : "-") }'
$ printf '## 29-2032 Diagnostic Medical Sonographers\n\nThe mean wage was $80,680 a year.\n' | wagestat extract -q - | awk -F, 'NR > 1 { print $4, $6 == "" ? "undated" : $6, $8 }'
> 41000  self_contradiction
> 37950 industry:621100 -
> 52000 industry:622100 -
> 52000  self_contradiction
> 29-2032 undated 80680

# "$36,000 - $48,000" in a cell is a range whatever its column's statistic
# says ("Average salary range"): its ends are no two means to contradict
# each other.  The rows are industries by the label column's header.
== extract: a range in a cell under a column of means is a range
$ printf '| Setting | Average salary range |\n|---|---|\n| Private practices | $34,000 - $45,000 |\n' | wagestat extract -q - | awk -F, 'NR > 1 { print $7, $8, $(NF - 1) }'
> range_low 34000 industry:private practices
> range_high 45000 industry:private practices

# A range's high end does not take the statistic named after it: in
# "between $15 and $25 an hour, and the median sits at $20", $25 is the
# range's end and $20 the median (it was read as a second median).
== extract: the statistic after a range belongs to the next figure
$ printf 'Sterile processing techs make between $15 and $25 an hour, and the median sits at about $20 an hour.\n' | wagestat extract -q - | cut -d, -f7,8
> stat,value
> range_low,15
> range_high,25
> median,20

# Two medians 27% apart contradict each other when the text names the
# occupation beside each; when one's occupation was carried from an
# earlier sentence, it is only a possible contradiction, said with why
# and not counted as inconsistent.
== check: a contradiction through a carried occupation is only possible
$ printf 'Phlebotomists earned a median of $41,000 a year in May 2023. Phlebotomists earned a median of $52,000 a year in May 2023.\n\nRespiratory therapists earned a median of $77,000 a year in May 2023.\n\nIn May 2023 the median was $98,000 a year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $8, $20 }'
> 41000 self_contradiction
> 52000 self_contradiction disagrees_with_ref
> 77000 ok possible_contradiction
> 98000 disagrees_with_ref possible_contradiction

# A figure of a year more than two years from any the reference has is not
# judged by it (pay moves): a 2009 BLS mean for pharmacy technicians is
# unverifiable, a 2016 one is judged against 2017.  "The U.S. Bureau of
# Labor Statistics" names no place: the figure is Alaska's.
== check: years far from the reference's, and the U.S. of an agency's name
$ printf 'In 2009 pharmacy technicians made an average of $10.74 an hour.\n\nIn 2016 pharmacy technicians made an average of $15.50 an hour.\n\nIn 2009 they were best paid in Alaska, according to the U.S. Bureau of Labor Statistics, where the hourly average was $14.18.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $5, $6, $8, $20 }'
> US 2009 10.74 unverifiable
> US 2016 15.5 ok
> AK 2009 14.18 unverifiable

# The article's data year: its only dated BLS citation is May 2016, so its
# undated medians are judged against 2016 (the reference's nearest year,
# 2017: $31,750 and $15.26, read off datasets/oews_healthcare.csv), said
# in the reason, never against 2024 ($43,460); at the general 15%, since
# the year is the article's, not the figure's (the BLS-credited $16.00 is
# 4.8% above 2017's $15.26).  The output's period stays as the text gives
# it.  Where the dated BLS figures give two years, an undated figure is
# compared with the newest, 2024.
== check: undated figures take the year of the article's dated BLS figures
$ printf 'Pharmacy technicians earned a median of $31,540 a year, or $15.20 an hour (BLS, May 2016).\n\nThe median pay for pharmacy technicians is $31,540 per year. Pharmacy technicians earn a median of $16.00 an hour, according to the BLS.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $6, $8, $20, ($21 ~ /the article.s year, 2016/), ($21 ~ /nearest is 2017/), ($21 ~ /2024/) }'
> 2016 31540 ok 0 1 0
> 2016 15.2 ok 0 1 0
>  31540 ok 1 1 0
>  16 ok 1 1 0
$ printf 'Pharmacy technicians earned a median of $31,750 in May 2017, per the BLS. In May 2024 the BLS put their median at $43,460.\n\nToday the median pay for pharmacy technicians is $43,460 a year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $6, $8, $20, $21 }'
> 2017 31750 ok BLS OEWS May 2017's median is 31,750
> 2024 43460 ok BLS OEWS May 2024's median is 43,460
>  43460 ok no period given: compared with 2024; BLS OEWS May 2024's median is 43,460

# The article's year is a guess for an undated figure: one that is exactly
# its statistic's figure of another year (May 2024's $43,460 in an article
# whose BLS figures are of May 2023, whose median was $40,300) is of that
# year: ok, not "mislabeled".
== check: an undated figure that is exactly another year's is of that year
$ printf 'Pharmacy technicians earned a median of $40,300 a year in May 2023, the BLS says.\n\nToday the median pay for pharmacy technicians is $43,460 a year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $6, $8, $20, $21 }'
> 2023 40300 ok BLS OEWS May 2023's median is 40,300
>  43460 ok no period given: the article's year, 2023, that of all its dated BLS figures; exactly the BLS OEWS May 2024 median: judged as of 2024; BLS OEWS May 2024's median is 43,460

# Hourly and yearly pairs read off by hand (x 2080): a table row's
# figures of no statistic ($12.40 is $25,792, not $29,790: a mismatch),
# not a weekly gross read as a year ($38.00 and $2,150 cannot be one pay);
# a range restated as a range, end for end ($17.87 is $37,170, not
# $33,000; $20.99 is $43,659, not $39,500), in its sentence or the next
# ("$22.00 to $27.00 ... That works out to roughly $45,760 to $56,160":
# both ends agree); a restatement after a qualifier ("That works out to
# roughly $20.40", $42,432, not $38,270) takes the median's statistic.
== check: hourly and yearly pairs across a table row, ranges and the next sentence
$ printf '# Lab tech pay\n\n| Level | Hourly | Annual |\n|---|---|---|\n| Entry level | $12.40 | $29,790 |\n| Median | $28.00 | $58,240 |\n\n| Specialty | Per diem (hourly) | Travel contract (weekly gross) |\n|---|---|---|\n| Surgical technologist | $38.00 | $2,150 |\n\nMost earn $33,000 to $39,500 a year, or $17.87 to $20.99 an hour.\n\nLab techs earn a median of $38,270 a year. That works out to roughly $20.40 per hour.\n\nStarting pay is $22.00 to $27.00 per hour. That works out to roughly $45,760 to $56,160 a year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $8, $7, ($20 ~ /hourly_annual_mismatch/) }'
> 12.4 unspecified 1
> 29790 unspecified 1
> 28 median 0
> 58240 median 0
> 38 unspecified 0
> 2150 unspecified 0
> 33000 range_low 1
> 39500 range_high 1
> 17.87 range_low 1
> 20.99 range_high 1
> 38270 median 1
> 20.4 median 1
> 22 range_low 0
> 27 range_high 0
> 45760 range_low 0
> 56160 range_high 0

# A restatement that names its unit instead of saying "or": "$57,250 and
# $119,499 a year, an hourly range of $30.29 to $53.61" ($30.29 is
# $63,003; $53.61 is $111,509: both ends apart), "$45,000 a year, an
# hourly wage of $24.10" ($50,128).
== check: "an hourly range of", "an hourly wage of" restate the figures before
$ printf -- '- Most respiratory therapist salaries fall between\n  $57,250 and $119,499 a year, an hourly range of $30.29 to $53.61.\n\nTechs earn $45,000 a year, an hourly wage of $24.10.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $8, $7, ($20 ~ /hourly_annual_mismatch/) }'
> 57250 range_low 1
> 119499 range_high 1
> 30.29 range_low 1
> 53.61 range_high 1
> 45000 unspecified 1
> 24.1 unspecified 1

# Two figures side by side of one statistic, one hourly, one yearly, with
# no place or occupation named between them, are one pay said twice:
# $39.35 is $81,848 a year, not $81,220 ("averaging" is a mean); $11.52 is
# $23,962, not $16,200.  RNs' $90,000 and medical assistants' $19.06, or
# Ohio's $20.10 and Texas's $44,000, are no pair.
== check: an hourly and a yearly figure of one statistic side by side are a pair
$ printf 'The Bureau of Labor Statistics reports that the national mean hourly wage for registered nurses is about $39.35,\nwith annual salaries averaging $81,220.\n\nHome care workers earn, by the data, an average $11.52 an hour and an average $16,200 per year.\n\nGeorgia RNs averaged $90,000 in May 2023 (BLS), and the state'"'"'s medical assistants averaged $19.06 an hour.\n\nIn Ohio the median is $20.10 an hour, and in Texas the median is $44,000 a year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $5, $8, $7, ($20 ~ /hourly_annual_mismatch/) }'
> US 39.35 mean 1
> US 81220 mean 1
> US 11.52 mean 1
> US 16200 mean 1
> GA 90000 mean 0
> GA 19.06 mean 0
> OH 20.1 median 0
> TX 44000 median 0

# A job title that goes on past an occupation's name ("Medical Assistant
# Technician") is a title no occupation has: unverifiable, with the nearest
# occupations named, by the words they share over the words of both (read
# off datasets/roles.csv: "medical technician", an alias of 29-2010, and
# "medical assistants" share 2 of 3 words; "emergency medical technicians"
# 2 of 4; equals in the file's order).  "Medical Assistants" alone is still
# 31-9092.
== check: a job title no occupation has is unverifiable with the nearest occupations
$ printf 'A Medical Assistant Technician earns a median of $38,000 a year.\n\nMedical Assistants earn a median of $44,200 a year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $3 "|" $4 "|" $20 "|" $21 }'
> Medical Assistant Technician||unverifiable|no occupation is titled 'Medical Assistant Technician'; nearest: Clinical Laboratory Technologists and Technicians (29-2010), Medical Assistants (31-9092), Emergency Medical Technicians (29-2042)
> Medical Assistants|31-9092|ok|no period given: compared with 2024; BLS OEWS May 2024's median is 44,200

# "Medical technicians" in a comparison names several occupations (cue
# class umbrella): the comparison is judged member by member against the
# May 2024 national medians (read off datasets/oews_healthcare.csv: lab
# 61,890, radiologic 77,660, surgical 62,830, pharmacy 43,460; medical
# assistants 44,200): it holds for three, not for pharmacy technicians, so
# it stands; "a higher salary than" compares as "higher than" does.
== check: a comparison of medical technicians is judged per member
$ printf 'Generally, medical technicians earn a higher salary than medical assistants.\n' | wagestat check --all -
> <stdin>:1:39: ok: comparison for medical technicians > Medical Assistants: by members (BLS OEWS May 2024 medians): holds for Clinical Laboratory Technologists and Technicians, Radiologic Technologists and Technicians, Surgical Technologists; not for Pharmacy Technicians (43,460 against 44,200)
> <stdin>: 1 findings: 1 ok, 0 unverifiable, 0 inconsistent

# #18's form: a med tech's median "about $32,000" and, three paragraphs
# later, "$63,000 per year": the same occupation, statistic, unit, area and
# (no) year, 97% apart, so both lines are self_contradiction.
== check: a median "about $32,000" and three paragraphs later "$63,000 per year"
$ printf '# What does a med tech earn?\n\nMedical technologists run the tests that doctors rely on. The median pay for a med tech is about $32,000, according to several job sites.\n\nMost work in hospital labs, and many work nights or weekends.\n\nA bachelor'"'"'s degree in medical technology or a life science is the usual route in.\n\nOnce certified, med techs earn a median salary of $63,000 per year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $4, $8, $20 }'
> 29-2010 32000 self_contradiction disagrees_with_ref
> 29-2010 63000 self_contradiction

# An article whose pairs convert at 2,000 hours a year (40 hours, 50
# weeks: $45.35 is $90,700, $29.97 is $59,940, $19.25 is $38,500) is a
# mismatch at every such pair against the 2,080-hour rule ($94,328,
# $62,338, $40,040 by hand), and says once which rule it seems to use; the
# medical assistants' pair agrees ($21.25 x 2080 = $44,200).
== check: an article's own conversion rule is said once
$ printf 'RNs earn a median of $45.35 an hour, or $90,700 a year.\n\nLPNs earn a median of $29.97 an hour, or $59,940 a year.\n\nCNAs earn a median of $19.25 an hour, or $38,500 a year.\n\nMedical assistants earn a median of $21.25 an hour, or $44,200 a year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $8, ($20 ~ /hourly_annual_mismatch/), ($21 ~ /the article.s pairs convert at 2,000 hours a year .3 of 3., not 2,080/) }'
> 45.35 1 0
> 90700 1 1
> 29.97 1 0
> 59940 1 0
> 19.25 1 0
> 38500 1 0
> 21.25 0 0
> 44200 0 0

# A ranking of states is judged by where each state's mean stands among
# the states' (May 2023, the reference's newest; read off by hand: NY
# 81,930 is the highest, CA 73,560 6th, MA 70,270 12th): California is not
# first nor Massachusetts second.  Connecticut's $64,000, Nevada's $51,000
# and Alaska's $47,000 are more than 15% from the reference's 76,190,
# 62,620 and 69,270, figures of another year or source: not judged.  A
# job board's ranking is not the reference's to judge, and "the highest 10
# percent" is a percentile, no ranking.
== check: a ranking of states against the reference's state means
$ printf 'Looking state by state, the state with the highest average med tech salary is California, with an annual mean salary of around $80,180, followed by Massachusetts at $67,000, then Connecticut at $64,000, Nevada at $51,000 and finally Alaska at $47,000 per annum.\n\nNew York has the highest average EMT salary of any state, $32,823 a year, ZipRecruiter found.\n\nIn Texas, the highest 10 percent of lab techs earned more than $80,000.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 && $7 == "" { print $3 "|" $20 }'
> Clinical Laboratory Technologists and Technicians: CA number 1|comparison_wrong
> Clinical Laboratory Technologists and Technicians: MA number 2|comparison_wrong
> Clinical Laboratory Technologists and Technicians: CT number 3|unverifiable
> Clinical Laboratory Technologists and Technicians: NV number 4|unverifiable
> Clinical Laboratory Technologists and Technicians: AK number 5|unverifiable

# A line that begins with a year is no list item ("in\n2013. Approximately"
# goes on the sentence, whose year it is), and a statistic after a figure
# is of the figure's own clause: "the best-paid 10 percent" is $58,910's,
# "the bottom 10 percent" after the ';' is $25,210's.
== extract: a year at a line's start, and a statistic after a figure in its clause
$ printf 'According to the BLS, the median salary was $37,970 in\n2013. Approximately $58,910 was what the best-paid 10 percent made; the bottom\n10 percent made approximately $25,210.\n' | wagestat extract -q - | cut -d, -f6-8
> period,stat,value
> 2013,median,37970
> 2013,p90,58910
> 2013,p10,25210

# An article with no claim is judged without touching findings it does not
# have (the sanitizer build runs this).
== check: an empty article
$ printf '' | wagestat check -q -f csv - | wc -l
> 1

# An industry named in an article is judged against the OEWS sector file's
# figure for it: medical assistants in NAICS 62 averaged $43,100 in May 2023
# (natsector_M2023_dl, OWN_CODE 58, A_MEAN), so $43,100 is ok and $52,000
# disagrees; hospitals (622000) are in no shipped industry file, so their
# figure is unverifiable rather than judged against all industries.
== check: an industry-scoped figure from an article against the sector reference
$ printf 'In May 2023 medical assistants in health care and social assistance earned a mean of $43,100 a year.\nIn May 2023 medical assistants in hospitals earned a mean of $45,000 a year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $8, $15, $17, $20 }'
$ printf 'In May 2023 medical assistants in health care and social assistance earned a mean of $52,000 a year.\n' | wagestat check -q -f tsv - | awk -F'\t' 'NR > 1 { print $8, $15, $17, $20 }'
> 43100 industry:620000 43100 ok
> 45000 industry:622000  unverifiable
> 52000 industry:620000 43100 disagrees_with_ref

# A difference is no pay, written before the figure ("can differ by") or
# after a bound ("$25,000 or more apart"); a membership, a program that
# "can run" $10,000 and what is needed "to cover" the basics are costs.
# The figures that are pay in the same text stay.
== extract: differences and costs written around a figure are no pay
$ printf 'Paramedic pay can differ by $25,000 between states. Yearly pay can be $25,000 or more apart from one state to the next. Paramedics earn a median of $53,000.\n\nMembership in the AAPC is $215 a year. An ADN can run $10,000 to $20,000. A single adult needs about $57,000 a year to cover the basics here.\n' | wagestat extract -q - | cut -d, -f7,8
> stat,value
> median,53000

# Under a heading or list intro that says its items are workplaces or metro
# areas, an item's label is the scope: a known industry by its code, else
# its words ("clinics"); a range's high end is under its low end's label.
== extract: list items under "kinds of workplaces" are scoped by their labels
$ printf 'Typical yearly pay bands for medical assistants in several kinds of workplaces:\n\n- Hospitals: $35,000 - $45,000 per year\n- Clinics: $30,000 - $38,000 per year\n\n## Top-paying metro areas\n\n- Redding, CA: $46,520\n' | wagestat extract -q - | awk -F, 'NR > 1 { print $8, $(NF - 1) }'
> 35000 industry:622000
> 45000 industry:622000
> 30000 industry:clinics
> 38000 industry:clinics
> 46520 metro:39820

# Read off by hand: a spread ("by as much as $5.05", "differ by up to
# $2,000") is a difference, not pay; lifetime earnings are not a salary;
# "0-2 years" and "20+ years" in a table cell count years: only the four
# ends of the two salary ranges are claims (lines 7 and 8).
== differences, lifetime earnings, years in a table cell
$ printf 'CNA pay swings a lot between sites, by as much as $5.05 an hour, and bonuses differ by up to $2,000.\n\nExpected lifetime earnings for a surgical technologist: $1,295,000.\n\n| Experience Level | Typical Years | Estimated Annual Salary Range |\n|---|---|---|\n| Entry-Level | 0-2 years | $72,000 - $80,000 |\n| Expert | 20+ years | $100,000 - $115,000 |\n' | wagestat extract -q - | cut -d, -f4,7-9,13
> soc_code,stat,value,unit,where
> 29-2055,range_low,72000,annual,<stdin>:7:29
> 29-2055,range_high,80000,annual,<stdin>:7:39
> 29-2055,range_low,100000,annual,<stdin>:8:24
> 29-2055,range_high,115000,annual,<stdin>:8:35

# Read off by hand: only pay is a claim (the hygienists' median, the EMT's
# gross in words, the CNAs' differential and what it was, the two table
# medians); not a gain ("gained well over"), a part of a total ("of
# that"), a raise, a minimum wage, a difference over a range ("$2 to $4
# an hour more"), a change ("bumps that by $2 to $5"), a rent and the
# rent it is compared with, or months of training written with a dash.
== differences, parts, raises, minimum wage, what a figure is set against
$ printf 'Hygienists earned a median of $94,260 in 2024 and have gained well over $10,000 a year since 2021.\n\nLast year I grossed about 45,000 dollars as an EMT. Overtime alone was probably $7,000 of that. A $4.75 raise is hard to argue with.\n\nOhio'"'"'s minimum wage rose to $10.70 an hour on Jan. 1.\n\nClinics pay phlebotomists $2 to $4 an hour more than hospitals, and a second certification bumps that by $2 to $5 an hour.\n\nRent averages about $1,700 a month, compared with roughly $1,250 in Knoxville.\n\nThe union wants an overnight differential of $1.50 an hour for CNAs, up from 75 cents now.\n\n| Item | Pharmacy tech | Medical assistant |\n|---|---|---|\n| Median pay | $43,460 | $44,200 |\n| Typical training | 4\xe2\x80\x9312 months | 9-12 months |\n' | wagestat extract -q - | cut -d, -f4,7-9,13
> soc_code,stat,value,unit,where
> 29-1292,median,94260,annual,<stdin>:1:31
> 29-2042,unspecified,45000,annual,<stdin>:3:27
> 31-1131,bonus,1.5,hourly,<stdin>:11:46
> 31-1131,bonus,0.75,hourly,<stdin>:11:78
> 29-2052,median,43460,annual,<stdin>:15:16
> 31-9092,median,44200,annual,<stdin>:15:26

# Read off by hand: the one median (an occupation's name that holds a cost
# word, "equipment", is no cost) and the one sign-on bonus are claims; a
# total paid out in bonuses, a rise of "another $2 to $3", pay by the call,
# a health plan's share, strike pay, "five dollars" more across a line end
# and a table whose header names a cost are not.
== occupation names with cost words, totals, rates by the call, tables of costs
$ printf 'In May 2020, the BLS national median for medical equipment preparers was $41,480 a year.\n\nThe agency paid out $410,000 in completion bonuses; new hires get a $2,000 sign-on bonus.\n\nWe expect per diem rates to rise another $2 to $3 an hour. Volunteer EMTs are paid $15 a call.\n\nHer share of the health plan went from $212 a month to $298 a month. The union will pay $300 a week in strike pay.\n\nA scrub tech there makes five dollars\nmore than I do.\n\n| Item | Cost |\n|---|---|\n| Scrubs and shoes | $210 |\n| Total | $12,306 |\n' | wagestat extract -q - | cut -d, -f4,7-9,13
> soc_code,stat,value,unit,where
> 31-9093,median,41480,annual,<stdin>:1:74
> 31-9093,bonus,2000,annual,<stdin>:3:69

# Read off by hand: pay "per routine visit" is pay by the visit; what the
# sentence's subject pays ("Members ... pay", "Employees ... pay") is a
# cost; only the CNAs' hourly rate is a claim.
== per a kind of visit, a subject that pays
$ printf 'Per-visit LPNs are paid $45 per routine visit and $70 per admission visit.\n\nMembers of a partner association pay $125.\n\nEmployees at St. Adalbert pay $45 a month to park in the garage.\n\nCNAs earn $18 per hour.\n' | wagestat extract -q - | cut -d, -f7,8,13
> stat,value,where
> unspecified,18,<stdin>:7:11

# Read off by hand: "$270" with "million" on the next line is a sum, a
# rounding unit is no pay, nor are child care, a pension, a cost-of-living
# equivalent, a rent column headed with a statistic, or a relocation
# package in a list of things to ask for; the RN mean and the night
# differential are the claims.
== sums across a line end, rounding, living costs, rent columns, asks
$ printf 'The bill appropriates $142 million, which draws roughly $270\nmillion in federal money.\n\nAnnual figures are the hourly median times 2,080 hours, rounded to the nearest $10.\n\nChild care runs about $1,900 a month. Her pension will pay about $1,900 a month.\n\nA Houston nurse'"'"'s average pay buys what about $141,000 does in Boston.\n\n| Metro | One-bedroom rent (median) | RN average pay |\n|---|---|---|\n| Boston | $3,100 | $108,850 |\n\nWhat to ask for beyond base pay:\n\n- Relocation packages of $3,000 to $5,000.\n- A night differential of $4.50 an hour.\n' | wagestat extract -q - | cut -d, -f3,7-9,13
> role,stat,value,unit,where
> ,mean,108850,annual,<stdin>:12:21
> ,bonus,4.5,hourly,<stdin>:17:27

# Read off by hand: a step table whose columns are dated ("Effective July
# 1, 2025") holds each year's rates, and its column of years of service
# holds no pay.
== a wage-step table with dated columns
$ printf '| Step | Years of service | Effective July 1, 2025 | Effective July 1, 2026 |\n|---|---|---|---|\n| 1 | 0 | $37.20 | $38.50 |\n| 2 | 3 | $38.70 | $40.05 |\n' | wagestat extract -q - | cut -d, -f6-8,13
> period,stat,value,where
> 2025,unspecified,37.2,<stdin>:3:11
> 2026,unspecified,38.5,<stdin>:3:20
> 2025,unspecified,38.7,<stdin>:4:11
> 2026,unspecified,40.05,<stdin>:4:20

# Read off by hand: a table with no header under "median hourly earnings
# were:" writes '$' in its first row only; all three rows are 2002 medians
# of pharmacy technicians, by the hour.
== a header-less table with '$' in its first row only
$ printf 'In the industries that employed the most pharmacy technicians in 2002, median hourly earnings were:\n\n| General medical and surgical hospitals | $12.32 |\n| Grocery stores | 11.34 |\n| Department stores | 9.69 |\n' | wagestat extract -q - | cut -d, -f4,6-9,13
> soc_code,period,stat,value,unit,where
> 29-2052,2002,median,12.32,hourly,<stdin>:3:44
> 29-2052,2002,median,11.34,hourly,<stdin>:4:20
> 29-2052,2002,median,9.69,hourly,<stdin>:5:23

# Read off by hand: under "median annual earnings ... were:", a list whose
# first item writes '$' gives bare written numbers in the items after it as
# money (three 2006 medians); a count in prose after the list is not.
== list items with '$' in the first only
$ printf 'Median annual earnings in the industries employing the most LPNs in 2006 were:\n\n  * Employment services $41,550\n  * Nursing care facilities 35,460\n  * Offices of physicians 30,400\n\nThe program has 24 seats and 1,200 applicants.\n' | wagestat extract -q - | cut -d, -f6-8,13
> period,stat,value,where
> 2006,median,41550,<stdin>:3:25
> 2006,median,35460,<stdin>:4:29
> 2006,median,30400,<stdin>:5:27

# Read off by hand: "respectively" pairs the places named in order with
# the figures (Massachusetts $78,460, Oregon $78,320, Colorado $77,380);
# "best-paying" is a word of pay, so the sentence needs no other.
== places respectively, best-paying
$ printf 'Sonographers are well paid.\n\nThe bureau named Massachusetts, Oregon and Colorado as the three best-paying states, at $78,460, $78,320 and $77,380 respectively.\n' | wagestat extract -q - | cut -d, -f4,5,7,8
> soc_code,area,stat,value
> 29-2032,MA,unspecified,78460
> 29-2032,OR,unspecified,78320
> 29-2032,CO,unspecified,77380

# Read off by hand: under a bold line that names the statistic, list items
# "Place $X" are that statistic's figures for the place (dental assistants'
# hourly means, West Virginia $13.42, Louisiana $14.44).
== list items "Place $X" under a heading
$ printf 'How does your state rank? Have a look:\n\n**Hourly mean wage for dental assistants**\n\n- West Virginia $13.42\n- Louisiana $14.44\n' | wagestat extract -q - | cut -d, -f4,5,7-9
> soc_code,area,stat,value,unit
> 31-9091,WV,mean,13.42,hourly
> 31-9091,LA,mean,14.44,hourly

# Read off by hand: "can run" is a cost's verb unless pay is its subject;
# a range may have a bound at each end ("from less than $10 to more than
# $25": a low end below $10, a high end above $25); the ADN's price is a
# cost.
== pay that can run from one bound to another, a price that can run
$ printf 'EMTs earn about $15 an hour. Hourly pay can run from less than $10 to more than $25.\n\nNursing school is not cheap: an ADN can run $10,000 to $20,000.\n' | wagestat extract -q - | cut -d, -f4,7-10
> soc_code,stat,value,unit,qualifier
> 29-2042,unspecified,15,hourly,about
> 29-2042,range_low,10,hourly,less_than
> 29-2042,range_high,25,hourly,more_than

# Read off by hand: the number after "x" multiplies (2,080 hours), pay "a
# stop" is pay by the stop; the median is the one claim.
== a multiplier, pay by the stop
$ printf 'Hourly x 2,080 = about what a full-time worker makes in a year.\n\nMobile phlebotomy pays by the draw, usually $20 to $30 a stop plus mileage.\n\nPhlebotomists earn a median of $41,810.\n' | wagestat extract -q - | cut -d, -f4,7-9,13
> soc_code,stat,value,unit,where
> 31-9097,median,41810,annual,<stdin>:5:32

# Read off by hand: "the class of 2023" is a cohort, not a class one pays
# for, so last year's rate it names is a claim; a class's price is a cost.
== a graduating class is no cost
$ printf 'MAs earn $19.25 an hour in 2024 (up from $18.75 for the class of 2023).\n\nThe class costs $400.\n' | wagestat extract -q - | cut -d, -f6-9
> period,stat,value,unit
> 2024,unspecified,19.25,hourly
> 2024,unspecified,18.75,hourly

# Read off by hand: a bonus's installments are parts of it, pay "for a
# 10-hour shift" is pay by the shift, and wages "grown by $3,100" is a
# change; the bonus and the RN mean are the claims.
== installments, pay for a kind of shift, grown by
$ printf 'Nurses receive a $10,000 sign-on bonus, paid in two installments of $5,000.\n\nSome per-diem surgical tech jobs pay a flat day rate, often $480 for a 10-hour shift.\n\nAverage wages for registered nurses have grown by $3,100 a year since 2021; RNs average $93,600.\n' | wagestat extract -q - | cut -d, -f4,7-9,13
> soc_code,stat,value,unit,where
> ,bonus,10000,annual,<stdin>:1:18
> 29-1141,mean,93600,annual,<stdin>:5:89

# Read off by hand: a day rate "for a 10-hour shift" is pay by the shift,
# and "That's $48 an hour", which restates it, is no claim either (nor a
# restatement of the bonus before it); the bonus is the one claim.
== the restatement of a figure that is no claim
$ printf 'Travel techs get a completion bonus of $1,000 paid with the last check.\n\nSome per-diem surgical tech jobs pay a flat day rate instead, often $480 for a 10-hour shift. That'"'"'s $48 an hour.\n' | wagestat extract -q - | cut -d, -f7-9,13
> stat,value,unit,where
> bonus,1000,annual,<stdin>:1:40

# Read off by hand: four claims only, the Ohio RN mean, the aides' $17, the
# graduates' $23.50 and the differential's $2.25; not the size of a gap
# ("the difference between ... is", "narrowed the gap ... to", "ahead, by",
# "within ... of", "a gap of a little over"), what Medicaid pays an agency
# (a clause of "which" tells of what came before it), a wage pass-through,
# a state minimum, a program's price with no word of pay near it (nor the
# low end of "$40,000 to $75,000 in tuition": the comma in a figure ends no
# clause), "$5 or $6 an hour more", a rise of 50 cents, a premium per
# paycheck, money toward continuing education, a loan and its payment, or
# an aligned table whose only figures are under "Typical training cost".
== gaps, agencies' rates, minimums, programs' prices, benefits, tables of training costs
$ printf 'RNs in Ohio averaged $86,900 a year. The difference between what LPNs and RNs in Ohio make is about $21,800 a year.\n\nRetail pay has narrowed the gap between aide jobs and store work to under $1 an hour.\n\nAt the median, radiographers come out ahead, by about $3,100 a year. Most hygienists earn within about $20,000 of the median. A gap of a little over $6,000 separates the two jobs.\n\nMedicaid, which pays the agency about $24 an hour, covers most clients. The state pass-through, now $2.10 an hour, goes to employers. Aides now earn $17 an hour, well above the state minimum of $12.48.\n\nA four-semester certificate program, typically $9,000 to $16,000, is the usual route. Graduates of the program start at $23.50 an hour. An entry-level program runs $40,000 to $75,000 in tuition.\n\nHospitals in Boston pay $5 or $6 an hour more. The night differential goes up 50 cents, to $2.25 an hour.\n\nBenefits: employee-only medical from $38 per paycheck; $700 a year toward continuing education. A standard 10-year repayment on $120,000 runs about $1,400 a month.\n\n  Occupation              Annual openings    Typical training cost\n  Registered nurses             4,870          $8,000 - $42,000\n  Surgical technologists          410          $6,500 - $24,000\n' | wagestat extract -q - | cut -d, -f7-9,13
> stat,value,unit,where
> mean,86900,annual,<stdin>:1:22
> unspecified,17,hourly,<stdin>:7:150
> unspecified,23.5,hourly,<stdin>:9:121
> unspecified,2.25,hourly,<stdin>:11:92
