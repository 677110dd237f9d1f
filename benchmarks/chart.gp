# suara benchmarks — the chart of benchmarks/results/latest.png, drawn by gnuplot (Debian's
# gnuplot-nox): one panel per unit, so that no axis mixes seconds, GB/s and MiB; in each panel
# suara's bars (blue) beside its peers' (orange) where a peer does the same work.
# usage: gnuplot -e "dir='WORK'; out='latest.png'; title='...'" benchmarks/chart.gp
# Reads dir/chart-time.tsv, dir/chart-gbps.tsv, dir/chart-mib.tsv: label<TAB>value<TAB>0 (suara) or 1 (peer).
set terminal pngcairo size 1500,620 font "DejaVu Sans,10"
set output out
set datafile separator "\t"
set style fill solid 0.85 border -1
set boxwidth 0.7
set grid ytics lc rgb "#dddddd"
set yrange [0:*]
set offsets 0, 0, graph 0.08, 0
set xtics rotate by -35 left nomirror
set key off
set lmargin 9
set bmargin 11
set palette defined (0 "#1f6fb4", 1 "#f28e2b")
unset colorbox
set cbrange [0:1]
set multiplot layout 1,3 title title font ",12"
set title "time (s, median; lower is better)"
plot dir."/chart-time.tsv" using 0:2:3:xtic(1) with boxes lc palette, \
     "" using 0:2:(sprintf("%.3f", $2)) with labels offset 0,0.7 font ",9"
set title "throughput (GB/s; higher is better)"
plot dir."/chart-gbps.tsv" using 0:2:3:xtic(1) with boxes lc palette, \
     "" using 0:2:(sprintf("%.2f", $2)) with labels offset 0,0.7 font ",9"
set title "peak memory (MiB; lower is better)"
plot dir."/chart-mib.tsv" using 0:2:3:xtic(1) with boxes lc palette, \
     "" using 0:2:(sprintf("%.0f", $2)) with labels offset 0,0.7 font ",9"
unset multiplot
