'use strict';
// Stands in for the `tiny-inflate` package in the bundle (scripts/bundle.mjs),
// with the same contract: inflate raw DEFLATE `source` into `dest`, returning
// `dest`, or the part of it that was filled. Its one user among our
// dependencies, unicode-trie, inflates the Unicode line-break table of the
// `linebreak` package when layout loads it: in JavaScript that took ~15 ms of
// every render, Node's zlib takes well under one. CommonJS, as the package it
// replaces (unicode-trie requires it). test/fonts/native-inflate.test.ts checks
// that both give the same bytes for that table.
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  dest.set(out.length > dest.length ? out.subarray(0, dest.length) : out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};
