# The table of benchmark/compare.sh: reads statements.tsv (build, page, statements) and results.tsv (build, round,
# page, connections, req/s, p50 ms, p95 ms, non-2xx) and prints per page the statements and the medians over the
# rounds, old beside new, with the spread (min–max) and the change (with rounds.awk).
function row(label, page, conn, column,    o, n) {
    o = median(values["old|" page "|" conn "|" column])
    n = median(values["new|" page "|" conn "|" column])
    printf "%-12s %-13s %9.1f %-15s %9.1f %-15s %+7.1f%%\n", page, label, o, "(" spread(values["old|" page "|" conn "|" column]) ")",
        n, "(" spread(values["new|" page "|" conn "|" column]) ")", o == 0 ? 0 : (n - o) * 100 / o
}
FILENAME ~ /statements/ { statements[$1 "|" $2] = $3; next }
{
    if (!($3 in seen)) { seen[$3] = 1; pages[++count] = $3 }
    add($1 "|" $3 "|" $4 "|rps", $5); add($1 "|" $3 "|" $4 "|p50", $6); add($1 "|" $3 "|" $4 "|p95", $7)
    non2xx[$1] += $8
}
END {
    printf "%-12s %-13s %9s %-15s %9s %-15s %8s\n", "page", "figure", "old", "(spread)", "new", "(spread)", "change"
    for (i = 1; i <= count; i++) {
        p = pages[i]
        printf "%-12s %-13s %9s %-15s %9s %-15s\n", p, "statements", statements["old|" p], "", statements["new|" p], ""
        row("1 conn p50 ms", p, 1, "p50")
        row("1 conn p95 ms", p, 1, "p95")
        row("1 conn req/s", p, 1, "rps")
        row("50 conn req/s", p, 50, "rps")
        row("50 conn p95", p, 50, "p95")
    }
    printf "\nnon-2xx answers: old %d, new %d\n", non2xx["old"], non2xx["new"]
}
