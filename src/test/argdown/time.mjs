// Times @argdown/core's parse and model of one Argdown file (no map, no export): warm-up runs, then timed runs;
// prints the median and the spread in milliseconds as JSON. Run by Warrant's ExchangeBenchmark beside its own import.
import { ArgdownApplication, ParserPlugin, ModelPlugin, DataPlugin } from '@argdown/core';
import { readFileSync } from 'node:fs';

const [file, warm = '5', runs = '15'] = process.argv.slice(2);
const input = readFileSync(file, 'utf8');
const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), 'parse-input');
app.addPlugin(new DataPlugin(), 'build-model');
app.addPlugin(new ModelPlugin(), 'build-model');
const times = [];
let statements = 0;
for (let i = 0; i < Number(warm) + Number(runs); i++) {
  const started = process.hrtime.bigint();
  const r = app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'none' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  statements = Object.keys(r.statements || {}).length;
  if ((r.parserErrors || []).length) throw new Error('parser errors: ' + r.parserErrors[0].message);
  if (i >= Number(warm)) times.push(ms);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ statements, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] }));
