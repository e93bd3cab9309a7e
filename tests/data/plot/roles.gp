# Written by wagestat plot.  Redraw with: gnuplot plot.gp (in this directory)
set encoding utf8
set terminal svg size 800,500 font 'DejaVu Sans,10' background '#ffffff' noenhanced
if (!exists('wagestat_output')) wagestat_output = 'TMP/k/k.svg'
set output wagestat_output
load 'style.gp'
set title 'Pay by occupation: United States, 2023'
set xlabel 'Annual pay (2023 dollars)'
set label 101 'Source: Test survey 2023; wagestat' at screen 0.01, screen 0.02 left font ',8' textcolor rgb c_ref
k = 1000
set format x '$%.0fk'
set grid xtics
set xrange [0:291.824]
set yrange [-0.6:2.6]
set ytics scale 0 font ',8'
set tmargin 4.5
set bmargin 4
set title offset 0,1.4
set key at graph 0.5, graph 1 center bottom horizontal
plot 'plot.dat' using ($4/k):1:($3/k):($5/k):($1-0.3):($1+0.3) with boxxyerror fc rgb c_box title 'p25 to p75', \
     'plot.dat' using ($2/k):1:(($6-$2)/k):(0) with vectors nohead lc rgb c_line lw 1 title 'p10 to p90', \
     'plot.dat' using ($4/k):1:ytic(strcol(11) eq '-' ? strcol(10) : strcol(10)."\n".strcol(11)) with points pt 7 ps 0.8 lc rgb c_line title 'median', \
     'plot.dat' using ($7/k):1 with points pt 6 ps 0.9 lc rgb c_mean title 'mean', \
     'plot.dat' using ($8/k):1:9 with labels left offset char 0.7,0 font ',8' textcolor rgb '#333333' notitle
