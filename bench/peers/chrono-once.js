// Start-up peer: node starts, loads chrono-node, parses one file and prints how many dates it found.
'use strict';
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const chrono = require('chrono-node');
console.log(chrono.parse(text, new Date('2024-01-23T12:00:00Z')).length);
