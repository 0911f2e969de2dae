// Start-up of the bundled CLI against the unbundled build (tsc's dist/bin.js), measured in the same run:
// `node bench/startup.mjs [runs]` prints the median times and their ratio for --version and for linting the example.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 15);
const at = (path) => fileURLToPath(new URL(path, import.meta.url));
const example = at('../../../examples/rus-natverket-2018.survey.md');
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time(bin, args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`${bin} ${args.join(' ')} exited with ${result.status}`);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

for (const [label, args] of [['--version', ['--version']], ['lint example', ['lint', example]]]) {
  const baseline = time(at('../dist/bin.js'), args);
  const bundled = time(at('../dist/rus-survey.js'), args);
  console.log(`${label.padEnd(14)} unbundled ${baseline.toFixed(0).padStart(5)} ms   bundled ${bundled.toFixed(0).padStart(5)} ms   ratio ${(bundled / baseline).toFixed(2)}`);
}
