"""The pandas peer: the ten statistics of the benchmark by role and region.

    python3 pandas_summary.py FILE.csv > OUT.csv

groupby().quantile() interpolates linearly (R type 7), as wagestat does.
"""
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1], usecols=["role", "region", "annual_salary"],
                 dtype={"role": "category", "region": "category"})
g = df.groupby(["role", "region"], observed=True, sort=False)["annual_salary"]
out = g.agg(["count", "mean", "std", "min"])
q = g.quantile([0.10, 0.25, 0.50, 0.75, 0.90]).unstack()
q.columns = ["p10", "p25", "median", "p75", "p90"]
out = out.join(q)
out["max"] = g.max()
out.to_csv(sys.stdout, float_format="%.10g")
