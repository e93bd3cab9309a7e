# The README's payroll example on the shipped extract.  Expected figures
# were computed separately with Python's csv module and numpy
# (np.percentile, linear = type 7; np.mean) on the same file, taking
# 'Annual Salary' or else 'Hourly Rate' x 2080:
#   CHICAGO PUBLIC LIBRARY       977  median 65952.0  p90 102516.0  mean 67505.13
#   COMM ANIMAL CARE AND CONTROL  64  median 71148.0  p90 102732.0  mean 72031.65
#   DEPARTMENT OF PUBLIC HEALTH  611  median 89532.0  p90 123696.0  mean 92507.36
#   DEPT OF WATER MANAGEMENT    1982  median 95472.0  p90 114138.0  mean 96802.62
#   FAMILY AND SUPPORT SERVICES  619  median 52956.0  p90 102892.8  mean 51305.89
#   OFFICE OF EMERGENCY MGMT     820  median 68196.0  p90 106200.0  mean 73597.36
#   5073 rows, 2304 of them hourly.

== pay by department, hourly rates as annual pay
$ wagestat summarize -g Department -v 'Annual Salary,Hourly Rate:hourly' -u annual -s count,median,p90,mean --sort -f md ../datasets/chicago_payroll_2023.csv
> | Department | count | median | p90 | mean |
> | --- | ---: | ---: | ---: | ---: |
> | CHICAGO PUBLIC LIBRARY | 977 | 65,952 | 102,516 | 67,505 |
> | COMM ANIMAL CARE AND CONTROL | 64 | 71,148 | 102,732 | 72,032 |
> | DEPARTMENT OF PUBLIC HEALTH | 611 | 89,532 | 123,696 | 92,507 |
> | DEPT OF WATER MANAGEMENT | 1,982 | 95,472 | 114,138 | 96,803 |
> | FAMILY AND SUPPORT SERVICES | 619 | 52,956 | 102,893 | 51,306 |
> | OFFICE OF EMERGENCY MANAGEMENT | 820 | 68,196 | 106,200 | 73,597 |
! wagestat: rows read 5073 = used 5073 + filtered 0 + missing 0 + rejected 0
! wagestat:   converted 2304 hourly values to annual (x 2080)

# 6 departments x 10 columns (Department and nine figures) = 60 cells.
== the demo writes a report a person can open
$ cd .. && sh scripts/demo.sh > /dev/null 2>&1 && grep -o '<td' out/demo/report.html | wc -l && grep -o 'rows read 5073 = used 5073' out/demo/report.html
> 60
> rows read 5073 = used 5073
