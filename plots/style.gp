# wagestat chart style: every chart wagestat plot writes loads this file
# (a copy sits next to each kept script: edit it there and rerun gnuplot).
#
# Colours are the Okabe-Ito palette, told apart with any colour vision:
# blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow.
set datafile separator "\t"
set termoption noenhanced
set linetype 1 lc rgb '#0072B2' lw 2 pt 7 ps 0.9
set linetype 2 lc rgb '#E69F00' lw 2 pt 5 ps 0.9
set linetype 3 lc rgb '#009E73' lw 2 pt 9 ps 1.0
set linetype 4 lc rgb '#CC79A7' lw 2 pt 11 ps 1.0
set linetype 5 lc rgb '#56B4E9' lw 2 pt 13 ps 1.0
set linetype 6 lc rgb '#D55E00' lw 2 pt 15 ps 1.0
set linetype 7 lc rgb '#F0E442' lw 2 pt 4 ps 1.0
set linetype 8 lc rgb '#000000' lw 2 pt 6 ps 1.0
set linetype cycle 8

# the parts of a pay chart
c_box = '#9ECAE9'      # p25-p75 box fill
c_line = '#0072B2'     # whiskers, medians
c_mean = '#D55E00'     # means
c_ref = '#555555'      # reference lines, the source line
c_grid = '#DDDDDD'

set border 3 lc rgb '#444444' lw 1
set tics nomirror out scale 0.5 textcolor rgb '#333333'
set grid noxtics noytics lc rgb c_grid lw 1 dt 1   # each chart names its tics
set key noopaque nobox samplen 2 spacing 1.1 textcolor rgb '#333333'
set style fill solid 1.0 noborder
set title font ',11'
