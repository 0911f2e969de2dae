// The main job on the bundled example, through the built CLI: lint every survey under examples/, show the
// coverage table, and write the HTML compare report. Exits with the lint's code (0: no errors).
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const cli = ['packages/cli/dist/rus-survey.js'];
const run = (args) => spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' }).status ?? 2;
const report = resolve('out/rus-natverket-2018.compare.html');
mkdirSync('out', { recursive: true });

console.log('$ rus-survey lint examples/');
const lintStatus = run(['lint', 'examples/']);
console.log('\n$ rus-survey stats examples/rus-natverket-2018.survey.md');
const statsStatus = run(['stats', 'examples/rus-natverket-2018.survey.md']);
console.log('\n$ rus-survey compare examples/rus-natverket-2018.survey.md --format html -o out/rus-natverket-2018.compare.html');
const compareStatus = run(['compare', 'examples/rus-natverket-2018.survey.md', '--format', 'html', '-o', report]);
if (compareStatus === 0) console.log(`\nThe compare report: ${report}\n(open it in a browser; it works offline)`);
process.exitCode = lintStatus || statsStatus || compareStatus;
