// Where the WebAssembly's bytes go: reads a .wasm that still has its name section (a build
// with `strip = false`, optimised with `wasm-opt -Oz -g` like the shipped one) and prints the
// code bytes by crate, the data bytes, and the biggest functions. Used by scripts/bench; also
// runnable alone: node scripts/wasm-breakdown.mjs file.wasm [--top N] [--json out.json]
import { readFileSync, writeFileSync } from "node:fs";

/** Reads an unsigned LEB128 at `pos`; returns [value, next position]. */
function leb(bytes, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [result, pos];
    shift += 7;
  }
}

function readName(bytes, pos) {
  const [len, start] = leb(bytes, pos);
  return [new TextDecoder().decode(bytes.subarray(start, start + len)), start + len];
}

/** The sections, imported function count, each defined function's body size, and names. */
export function parseWasm(bytes) {
  let pos = 8;
  const sections = [];
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  let dataBytes = 0;
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const [size, start] = leb(bytes, pos);
    const end = start + size;
    let name = String(id);
    if (id === 0) [name] = readName(bytes, start);
    sections.push({ id, name, size });
    if (id === 2) {
      // Imports: only functions shift the function index space.
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        [, p] = readName(bytes, p);
        [, p] = readName(bytes, p);
        const kind = bytes[p++];
        if (kind === 0) {
          importedFunctions++;
          [, p] = leb(bytes, p);
        } else if (kind === 1) {
          p++;
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 2) {
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 3) {
          p += 2;
        } else {
          p++;
          [, p] = leb(bytes, p);
        }
      }
    } else if (id === 10) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        const [bodySize, bodyStart] = leb(bytes, p);
        bodies.push(bodySize + (bodyStart - p));
        p = bodyStart + bodySize;
      }
    } else if (id === 11) {
      dataBytes = size;
    } else if (id === 0 && name === "name") {
      let [, p] = readName(bytes, start);
      while (p < end) {
        const sub = bytes[p++];
        const [subSize, subStart] = leb(bytes, p);
        if (sub === 1) {
          let [count, q] = leb(bytes, subStart);
          for (let i = 0; i < count; i++) {
            let index;
            let fname;
            [index, q] = leb(bytes, q);
            [fname, q] = readName(bytes, q);
            names.set(index, fname);
          }
        }
        p = subStart + subSize;
      }
    }
    pos = end;
  }
  const functions = bodies.map((size, i) => ({
    name: names.get(importedFunctions + i) ?? `func[${importedFunctions + i}]`,
    size,
  }));
  return { sections, functions, dataBytes };
}

/**
 * The crate a function's code is counted under: the first path segment of its demangled
 * name, looking through `<T as Trait>` and `<impl ...>` to the type's crate. Generic code
 * monomorphised for the app's types counts under the crate that wrote it (the names do not
 * carry type parameters), so tachys' share is mostly this app's views.
 */
export function crateOf(name) {
  let n = name.replace(/::h[0-9a-f]{16}$/, "");
  // `<T as tachys::...>` or `<f64 as core::...>`: a type parameter or primitive has no crate,
  // so the trait's crate wrote the code.
  const asTrait = /^<&?(?:mut )?[A-Za-z0-9_]+ as (.*)$/.exec(n);
  if (asTrait) n = asTrait[1];
  for (;;) {
    if (n.startsWith("<impl ")) n = n.slice(6);
    else if (n.startsWith("<")) n = n.slice(1);
    else if (n.startsWith("&mut ")) n = n.slice(5);
    else if (n.startsWith("&")) n = n.slice(1);
    else if (n.startsWith("dyn ")) n = n.slice(4);
    else if (n.startsWith("(")) n = n.slice(1);
    else break;
  }
  // Names from the standard library keep their crate's disambiguator: `core[c593...]::`.
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/.exec(n);
  if (m) return m[1];
  if (/^func\[/.test(n)) return "(no name)";
  if (/^(str|\[T\]|[a-z0-9]+)>/.test(n)) return "(primitives)";
  return "(other)";
}

/** The breakdown as plain data. */
export function breakdown(bytes, top = 20) {
  const { sections, functions, dataBytes } = parseWasm(bytes);
  const codeBytes = functions.reduce((a, f) => a + f.size, 0);
  const byCrate = new Map();
  for (const f of functions) {
    const c = crateOf(f.name);
    const e = byCrate.get(c) ?? { crate: c, bytes: 0, functions: 0 };
    e.bytes += f.size;
    e.functions += 1;
    byCrate.set(c, e);
  }
  const crates = [...byCrate.values()].sort((a, b) => b.bytes - a.bytes);
  const biggest = [...functions].sort((a, b) => b.size - a.size).slice(0, top);
  const custom = sections.filter((s) => s.id === 0).reduce((a, s) => a + s.size, 0);
  return {
    totalBytes: bytes.length - custom,
    codeBytes,
    dataBytes,
    functions: functions.length,
    crates,
    biggest,
  };
}

function kib(n) {
  return (n / 1024).toFixed(1);
}

/** Printable lines for the bench output. */
export function report(b, crateRows = 14) {
  const lines = [];
  lines.push(
    `wasm without names ${kib(b.totalBytes)} KiB: code ${kib(b.codeBytes)} KiB in ` +
      `${b.functions} functions, data ${kib(b.dataBytes)} KiB`,
  );
  lines.push("code by crate (KiB, share of code, functions):");
  for (const c of b.crates.slice(0, crateRows)) {
    const share = ((100 * c.bytes) / b.codeBytes).toFixed(1);
    lines.push(`  ${c.crate.padEnd(22)} ${kib(c.bytes).padStart(7)}  ${share.padStart(5)} %  ${c.functions}`);
  }
  const rest = b.crates.slice(crateRows).reduce((a, c) => a + c.bytes, 0);
  if (rest > 0) lines.push(`  ${"(the rest)".padEnd(22)} ${kib(rest).padStart(7)}`);
  lines.push("biggest functions (bytes):");
  for (const f of b.biggest) {
    const name = f.name.replace(/::h[0-9a-f]{16}$/, "");
    lines.push(`  ${String(f.size).padStart(7)}  ${name.length > 110 ? name.slice(0, 107) + "..." : name}`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const topArg = process.argv.indexOf("--top");
  const top = topArg > 0 ? Number(process.argv[topArg + 1]) : 20;
  const b = breakdown(readFileSync(file), top);
  console.log(report(b).join("\n"));
  const jsonArg = process.argv.indexOf("--json");
  if (jsonArg > 0) writeFileSync(process.argv[jsonArg + 1], JSON.stringify(b, null, 2));
}
