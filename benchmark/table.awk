# The table of benchmark/run.sh: reads results.tsv (one line per round and scenario:
# round, name, kind, req/s, p50, p95, p99 ms, non-2xx, socket errors, timeouts, requests, bytes, connections,
# offered req/s) and prints per scenario the medians over the rounds, the spread (min–max) of the figure its
# target reads, and whether the target and the next step are met (by the medians, and only when no round had a
# non-2xx answer or a timeout; a paced row also needs 95 % of its offered rate achieved).
BEGIN {
    FS = "\t"
    fmt = "%-24s %4s %7s %9s %9s %8s %8s %8s %8s %7s %6s %6s  %-20s %-16s %-4s %-24s %s\n"
}
{
    round = $1; name = $2
    if (!(name in kind)) order[++count] = name
    kind[name] = $3; conn[name] = $13; offered[name] = $14
    if ($3 == "reference") nginx[round] = $4
    add(name SUBSEP "rps", $4); add(name SUBSEP "p50", $5); add(name SUBSEP "p95", $6); add(name SUBSEP "p99", $7)
    add(name SUBSEP "pct", nginx[round] > 0 ? 100 * $4 / nginx[round] : 0)
    add(name SUBSEP "kb", $11 > 0 ? $12 / $11 / 1024 : 0)
    non2xx[name] += $8; errors[name] += $9; requests[name] += $11
    if ($11 == 0 || $8 > 0 || $10 > 0) unclean[name] = 1
    if ($11 == 0) empty[name] = 1
}
END {
    printf "Medians of %d round(s); spread = lowest–highest of the figure the target reads.\n\n", rounds
    printf fmt, "scenario", "conn", "offered", "req/s", "p50 ms", "p95 ms", "p99 ms", "% nginx", "KB/resp", "non-2xx", "errors", "reqs", \
        "spread", "target", "met", "next step", "met"
    for (i = 1; i <= count; i++) {
        n = order[i]; k = kind[n]
        rps = median(values[n SUBSEP "rps"]); p50 = median(values[n SUBSEP "p50"]); p95 = median(values[n SUBSEP "p95"])
        p99 = median(values[n SUBSEP "p99"]); pct = median(values[n SUBSEP "pct"]); kb = median(values[n SUBSEP "kb"])
        clean = !(n in unclean)
        held = offered[n] == "" || rps >= 0.95 * offered[n]
        search = n ~ /^search/
        target = k == "paced" ? "-" : "(information)"; met = "-"; next_step = ""; next_met = ""
        if (k == "reference") { target = "reference"; shown = spread(values[n SUBSEP "rps"]) " req/s" }
        else if (k == "cached") {
            shown = spread(values[n SUBSEP "pct"]) " %"
            target = ">= 25% of nginx"; met = clean && pct >= 25 ? "yes" : "no"
            next_step = ">= 50% of nginx"; next_met = clean && pct >= 50 ? "yes" : "no"
        } else if (k == "uncached") {
            shown = spread(values[n SUBSEP "rps"]) " req/s"
            target = ">= 300 req/s"; met = clean && rps >= 300 ? "yes" : "no"
            next_step = ">= 1,000 req/s"; next_met = clean && rps >= 1000 ? "yes" : "no"
        } else if (k == "search") {
            shown = spread(values[n SUBSEP "p95"]) " ms"
            target = "p95 <= 100 ms"; met = clean && p95 <= 100 ? "yes" : "no"
        } else if (k == "paced" && search) {
            shown = spread(values[n SUBSEP "p95"]) " ms"
            next_step = "p95 <= 50 ms"; next_met = clean && held && p95 <= 50 ? "yes" : "no"
        } else if (k == "paced" && offered[n] + 0 <= 300) {
            shown = spread(values[n SUBSEP "p99"]) " ms"
            target = "p99 <= 100 ms"; met = clean && held && p99 <= 100 ? "yes" : "no"
        } else if (k == "paced") {
            shown = spread(values[n SUBSEP "p99"]) " ms"
            next_step = "p99 <= 50 ms"; next_met = clean && held && p99 <= 50 ? "yes" : "no"
        } else shown = spread(values[n SUBSEP "p50"]) " ms"
        printf fmt, n, conn[n], offered[n] == "" ? "-" : offered[n], sprintf("%.1f", rps), sprintf("%.2f", p50), sprintf("%.2f", p95), \
            sprintf("%.2f", p99), k == "reference" || k == "paced" || k == "info" ? "-" : sprintf("%.1f%%", pct), sprintf("%.1f", kb), non2xx[n], \
            errors[n], requests[n], shown, target, met, next_step == "" ? "-" : next_step, next_met == "" ? "-" : next_met
        if (offered[n] != "" && !held) slow = slow "\n  " n
        if (n in empty) none = none "\n  " n
    }
    print "\noffered = requests per second handed out on a fixed schedule (bench.lua); without, as many as the server takes."
    print "errors = wrk socket errors (connect + read + write + timeout); a run with non-2xx answers or timeouts"
    print "does not meet its target; latencies count completed requests only."
    if (slow != "") print "Offered rate not held (under 95 % achieved; latency then understates the wait):" slow
    if (none != "") print "A round completed no request within its run:" none
}
