// Parses every .argdown file in a folder with @argdown/core (parse and model, nothing else) and writes beside
// each a .json of what the parser read: its errors, statements, arguments and relations. Run by Warrant's tests.
import { ArgdownApplication, ParserPlugin, ModelPlugin, DataPlugin } from '@argdown/core';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), 'parse-input');
app.addPlugin(new DataPlugin(), 'build-model');
app.addPlugin(new ModelPlugin(), 'build-model');

const trim = (t) => t.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
const textOf = (members) => trim(members.map((m) => m.text || '').find((t) => trim(t)) || '');

function read(input) {
  let r;
  try {
    r = app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'none', throwExceptions: true });
  } catch (e) {
    return { errors: [{ line: 0, message: String(e && e.message || e) }] };
  }
  const errors = [...(r.lexerErrors || []), ...(r.parserErrors || [])]
    .map((e) => ({ line: (e.token && e.token.startLine) || e.line || 0, message: e.message }));
  return {
    errors,
    title: r.frontMatter && r.frontMatter.title,
    statements: Object.values(r.statements || {}).map((s) => ({ title: s.title, text: textOf(s.members), data: s.data || {} })),
    arguments: Object.values(r.arguments || {}).map((a) => ({
      title: a.title,
      text: textOf(a.members),
      premises: (a.pcs || []).filter((s) => s.role !== 'main-conclusion').map((s) => s.title),
      conclusion: ((a.pcs || []).find((s) => s.role === 'main-conclusion') || {}).title || null,
    })),
    relations: (r.relations || []).map((x) => ({
      from: x.from.title,
      fromType: x.from.type,
      to: x.to.type === 'inference' ? x.to.argumentTitle : x.to.title,
      toType: x.to.type,
      type: x.relationType,
    })),
  };
}

const folder = process.argv[2];
const started = process.hrtime.bigint();
let count = 0;
for (const name of readdirSync(folder).filter((n) => n.endsWith('.argdown')).sort()) {
  writeFileSync(join(folder, name.replace(/\.argdown$/, '.json')), JSON.stringify(read(readFileSync(join(folder, name), 'utf8'))));
  count++;
}
console.log(JSON.stringify({ files: count, millis: Number(process.hrtime.bigint() - started) / 1e6 }));
