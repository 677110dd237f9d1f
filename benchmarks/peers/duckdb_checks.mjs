// suara benchmarks — DuckDB (the npm package @duckdb/node-api) over the national C.Hasil CSV with
// the checks of benchmarks/peers/checks.py: reads the CSV, evaluates the identities, writes the
// flagged (kode_tps, rule) rows to OUT.csv. Prints {"seconds": [...]} for RUNS runs of the
// statement in one process (the process start and the module load not counted: the figure the
// ratio uses is DuckDB's own work).
// usage: node duckdb_checks.mjs SQL_FILE RUNS   (NODE_PATH: the node_modules holding @duckdb/node-api)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(process.env.NODE_PATH ? process.env.NODE_PATH + "/" : import.meta.url);
const { DuckDBInstance } = require("@duckdb/node-api");
const [sqlFile, runs] = [process.argv[2], Number(process.argv[3] || 1)];
const statement = readFileSync(sqlFile, "utf8");
const seconds = [];
for (let i = 0; i < runs; ++i) {
  const t0 = process.hrtime.bigint();
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  await con.run(statement);
  con.closeSync();
  seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
console.log(JSON.stringify({ seconds, threads: "DuckDB default (all cores)" }));
