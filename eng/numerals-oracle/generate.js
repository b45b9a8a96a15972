// Writes the numeral oracle: numbers drawn by a seeded generator, each encoded to Chinese numerals by nzh (lower case
// 小写 and upper case 大写, with and without the colloquial 十 for 一十), one row per text: value, text, form.
// The value is the decimal string the number was drawn as, so it is exact; nzh only supplies the Chinese text.
// Usage: npm ci && node generate.js OUT.tsv   (CI never runs this: the file it writes is committed.)
"use strict";
const fs = require("fs");
const nzh = require("nzh");
const path = require("path");
const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules", "nzh", "package.json"), "utf8"));

const out = process.argv[2];
if (!out) {
  console.error("usage: node generate.js OUT.tsv");
  process.exit(2);
}

// mulberry32: a small seeded generator, so the file is the same on every run.
let state = 20261203 >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const below = (n) => Math.floor(random() * n);

// An integer of the given number of digits (no leading zero); zeroShare of the other digits are 0, so that the
// encoder has to write 零 and skip empty sections (一亿零十, 三千亿五千万).
function integerDigits(count, zeroShare) {
  let s = String(1 + below(9));
  for (let i = 1; i < count; i++) {
    s += random() < zeroShare ? "0" : String(below(10));
  }
  return s;
}

function draw(i) {
  const kind = i % 4;
  if (kind === 0) {
    return String(below(10000)); // small counts: 0 … 9999
  }
  if (kind === 1) {
    return integerDigits(1 + below(16), 0.45); // up to 16 digits (nzh writes 万万亿 from 10^16 on)
  }
  if (kind === 2) {
    return integerDigits(1 + below(16), 0.1);
  }
  // A decimal: 0 to 12 integer digits, 1 to 4 decimals, the last one not 0.
  const whole = random() < 0.2 ? "0" : integerDigits(1 + below(12), 0.3);
  let fraction = "";
  const decimals = 1 + below(4);
  for (let d = 0; d < decimals - 1; d++) {
    fraction += String(below(10));
  }
  fraction += String(1 + below(9));
  return `${whole}.${fraction}`;
}

const seen = new Set();
const rows = [];
const traditional = [];
for (let i = 0; rows.length < 4000; i++) {
  let value = draw(i);
  if (i % 25 === 7 && value !== "0") {
    value = "-" + value;
  }
  if (seen.has(value)) {
    continue;
  }
  seen.add(value);
  const tenMin = random() < 0.5;
  rows.push([value, nzh.cn.encodeS(value, { tenMin }), tenMin ? "lower" : "lower-yi-shi"]);
  const upperTenMin = random() < 0.25;
  rows.push([value, nzh.cn.encodeB(value, { tenMin: upperTenMin }), upperTenMin ? "upper-shi" : "upper"]);
  // The same number in traditional script (nzh.hk: 萬 億 兩 點 負, and 大写 貳 參 陸), with the same choices of 十, so the
  // draws above and their rows stay as they were.
  traditional.push([value, nzh.hk.encodeS(value, { tenMin }), tenMin ? "traditional-lower" : "traditional-lower-yi-shi"]);
  traditional.push([value, nzh.hk.encodeB(value, { tenMin: upperTenMin }), upperTenMin ? "traditional-upper-shi" : "traditional-upper"]);
}

const header = [
  `# Chinese numerals encoded by nzh ${version} (npm), from eng/numerals-oracle/generate.js; do not edit by hand.`,
  "# value (as drawn, exact) <TAB> text (nzh.cn.encodeS = lower case, encodeB = upper case 大写; nzh.hk the same in traditional script) <TAB> form",
];
const all = rows.concat(traditional);
fs.writeFileSync(out, header.concat(all.map((r) => r.join("\t"))).join("\n") + "\n", "utf8");
console.log(`${all.length} rows written to ${out}`);
