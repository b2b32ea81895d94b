// chrono-node on the same text as `dateline bench`: chrono.parse(text, ref) in one node process,
// best of ROUNDS after one warm-up. Prints one JSON line: words, results, best ms, ms per 1,000 words.
// usage: node chrono-bench.js FILE [ROUNDS]
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');
const file = process.argv[2];
const rounds = Number(process.argv[3] || 5);
const text = fs.readFileSync(file, 'utf8');
const ref = new Date('2023-11-22T12:00:00Z');
const words = text.split(/\s+/).filter(w => w.length > 0).length;
let results = chrono.parse(text, ref).length; // warm-up
let best = Infinity;
for (let i = 0; i < rounds; i++) {
  const t0 = process.hrtime.bigint();
  results = chrono.parse(text, ref).length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  best = Math.min(best, ms);
}
console.log(JSON.stringify({peer: 'chrono-node', version: JSON.parse(fs.readFileSync(require('path').join(__dirname, 'node_modules/chrono-node/package.json'), 'utf8')).version,
  bytes: Buffer.byteLength(text, 'utf8'), words, results, bestMs: best, msPer1000Words: best / (words / 1000)}));
