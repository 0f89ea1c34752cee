# The table of benchmark/legaldocs.sh: reads results.tsv (one line per round and scenario: round, name, kind, nginx
# twin, connections, req/s, p50, p95, p99 ms, requests, bytes, non-2xx, socket errors) and prints per scenario the
# medians over the rounds, the spread (min–max) of the figure its target reads, and whether the target is met (by
# the median, and only when no round had a non-2xx answer or a socket error). A cached page is compared with its
# nginx twin of the same round.
BEGIN {
    FS = "\t"
    fmt = "%-26s %5s %9s %9s %9s %9s %9s %8s %7s %7s %6s  %-13s %-18s %s\n"
}
{
    round = $1; name = $2
    if (!(name in kind)) order[++count] = name
    kind[name] = $3; twin[name] = $4; conn[name] = $5
    if ($3 == "reference") nginx[$4, round] = $6
    add(name SUBSEP "rps", $6); add(name SUBSEP "p50", $7); add(name SUBSEP "p95", $8); add(name SUBSEP "p99", $9)
    if ($4 != "" && nginx[$4, round] > 0) add(name SUBSEP "pct", 100 * $6 / nginx[$4, round])
    add(name SUBSEP "kb", $10 > 0 ? $11 / $10 / 1024 : 0)
    requests[name] += $10; non2xx[name] += $12; errors[name] += $13
    if ($10 == 0 || $12 > 0 || $13 > 0) unclean[name] = 1
}
END {
    printf "Medians of %d round(s); spread = lowest–highest of the figure the target reads.\n\n", rounds
    printf fmt, "scenario", "conn", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "% nginx", "KB/resp", "non-2xx", "errors", \
        "spread", "target", "met"
    for (i = 1; i <= count; i++) {
        n = order[i]; k = kind[n]
        rps = median(values[n SUBSEP "rps"]); p95 = median(values[n SUBSEP "p95"])
        pct = (n SUBSEP "pct") in values ? median(values[n SUBSEP "pct"]) : -1
        clean = !(n in unclean)
        if (k == "reference") { target = "reference"; met = "-"; range = spread(values[n SUBSEP "rps"]) }
        else if (k == "cached") { target = ">= 25% of nginx"; met = clean && pct >= 25 ? "yes" : "no"; range = spread(values[n SUBSEP "pct"]) }
        else if (k == "search") { target = "p95 <= 100 ms"; met = clean && p95 <= 100 ? "yes" : "no"; range = spread(values[n SUBSEP "p95"]) }
        else { target = "(information)"; met = "-"; range = spread(values[n SUBSEP "p95"]) }
        printf fmt, n, conn[n], requests[n], sprintf("%.1f", rps), sprintf("%.2f", median(values[n SUBSEP "p50"])),
            sprintf("%.2f", p95), sprintf("%.2f", median(values[n SUBSEP "p99"])), pct < 0 ? "-" : sprintf("%.1f%%", pct),
            sprintf("%.1f", median(values[n SUBSEP "kb"])), non2xx[n], errors[n], range, target, met
    }
    print "\nerrors = wrk socket errors (connect + read + write + timeout); latencies count completed requests only;"
    print "requests, non-2xx and errors are the sums over the rounds."
}
