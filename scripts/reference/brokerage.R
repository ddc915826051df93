#!/usr/bin/env Rscript
# Reference values for Gould-Fernandez brokerage -> tests/reference/brokerage.json.
#
# Runs sna::brokerage(g, cl) on every fixture graph (tests/fixtures/graphs/*.json), with
# the node sector as the group vector cl. Each undirected tie is entered as a symmetric
# adjacency matrix (i->j and j->i), which is how src/metrics/brokerage treats undirected
# data. Extra cases relabel some nodes 'unknown' to check that unknown is just another
# group. Writes, per case: the sector vector used, raw.nli / exp.nli / sd.nli / z.nli
# (n x 6 matrices as row arrays, columns w_I w_O b_IO b_OI b_O t) and the network-level
# raw.gli / exp.gli / sd.gli / z.gli. NaN and infinities are written as strings.
#
# Run: Rscript scripts/reference/brokerage.R   (Debian r-cran-sna 2.7-1, r-cran-jsonlite)
suppressPackageStartupMessages({
  library(sna)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
root <- normalizePath(file.path(here, "..", ".."))
fixtures <- file.path(root, "tests", "fixtures", "graphs")
out_file <- file.path(root, "tests", "reference", "brokerage.json")

# Cases that set some nodes to 'unknown' (ids as in the fixture files).
unknown_cases <- list(
  "karate+unknown" = list(fixture = "karate", unknown = c("5", "16", "24", "33")),
  "lesmis+unknown" = list(fixture = "lesmis", unknown = c("Valjean", "Javert", "Fantine", "Gavroche"))
)

run_case <- function(fixture, unknown = character(0)) {
  data <- fromJSON(file.path(fixtures, paste0(fixture, ".json")), simplifyVector = FALSE)
  ids <- vapply(data$nodes, function(x) x$id, "")
  cl <- vapply(data$nodes, function(x) x$sector, "")
  cl[ids %in% unknown] <- "unknown"
  n <- length(ids)
  a <- matrix(0, n, n)
  for (e in data$edges) {
    i <- match(e[[1]], ids)
    j <- match(e[[2]], ids)
    a[i, j] <- 1
    a[j, i] <- 1
  }
  b <- brokerage(a, cl)
  rows <- function(m) lapply(seq_len(nrow(m)), function(r) unname(m[r, ]))
  list(
    fixture = unbox(fixture),
    nodes = ids,
    sectors = cl,
    raw = rows(b$raw.nli),
    exp = rows(b$exp.nli),
    sd = rows(b$sd.nli),
    z = rows(b$z.nli),
    rawGli = unname(b$raw.gli),
    expGli = unname(b$exp.gli),
    sdGli = unname(b$sd.gli),
    zGli = unname(b$z.gli)
  )
}

out <- list()
for (f in sort(sub("\\.json$", "", list.files(fixtures, pattern = "\\.json$")))) {
  out[[f]] <- run_case(f)
}
for (name in names(unknown_cases)) {
  c <- unknown_cases[[name]]
  out[[name]] <- run_case(c$fixture, c$unknown)
}
writeLines(toJSON(out, auto_unbox = FALSE, digits = NA, na = "string", pretty = FALSE), out_file)
cat("wrote", out_file, "sna", as.character(packageVersion("sna")), "\n")
