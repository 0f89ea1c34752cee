# Medians and spreads over the rounds of a benchmark (benchmark/table.awk, benchmark/compare-table.awk): values are
# collected per key as a space-separated list with add().
function median(list,    n, v, i, j, t) {
    n = split(list, v, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return n == 0 ? 0 : (n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2)
}
function spread(list,    n, v, i, lo, hi) {
    n = split(list, v, " ")
    lo = hi = v[1] + 0
    for (i = 2; i <= n; i++) { if (v[i] + 0 < lo) lo = v[i] + 0; if (v[i] + 0 > hi) hi = v[i] + 0 }
    return sprintf("%.1f–%.1f", lo, hi)
}
function add(key, value) { values[key] = values[key] (values[key] == "" ? "" : " ") value }
