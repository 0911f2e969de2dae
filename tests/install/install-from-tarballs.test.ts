// Packs every publishable package with `pnpm pack`, installs the CLI and the language server from their tarballs
// with plain npm (offline, into a temporary prefix, far from the monorepo's node_modules) and runs them the
// way a user and an editor do: by name, from PATH.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';
import { EXAMPLE, pack, publishablePackages, REPO, tarEntries, tarFile, tempDir, type PackageJson } from './packages.js';

const packages = publishablePackages();
let work: string;
let prefix: string;
const tarballs = new Map<string, string>();

// The environment of a user's shell: PATH with the prefix's bin first, nothing from the monorepo.
const userEnv = (): NodeJS.ProcessEnv => ({
  PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
  HOME: process.env.HOME ?? '',
  LANG: 'C',
  NO_COLOR: '1',
});

beforeAll(() => {
  work = tempDir('rus-survey-install-');
  prefix = join(work, 'prefix');
  for (const { dir, pkg } of packages) tarballs.set(pkg.name, pack(dir, work));
  const install = spawnSync(
    'npm',
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarballs.get('@rus-survey/cli')!, tarballs.get('@rus-survey/language-server')!],
    { cwd: work, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  if (install.status !== 0) throw new Error(`npm install --global failed (${install.status}):\n${install.stdout}\n${install.stderr}`);
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.each(packages.map(({ pkg }) => [pkg.name, pkg] as const))('the tarball of %s', (name, source) => {
  it('holds no source maps, a README and a package.json without workspace: ranges', () => {
    const tarball = tarballs.get(name)!;
    const paths = tarEntries(tarball).map((entry) => entry.path);
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
    expect(paths).toContain('package/README.md');
    const packed = JSON.parse(tarFile(tarball, 'package/package.json')) as PackageJson;
    expect(JSON.stringify(packed)).not.toContain('workspace:');
    // Each workspace dependency became the version of the package it names.
    for (const [dependency, range] of Object.entries(packed.dependencies ?? {})) {
      const sibling = packages.find(({ pkg }) => pkg.name === dependency);
      if (sibling) expect(range).toBe(sibling.pkg.version);
    }
    expect(packed.version).toBe(source.version);
  });
});

describe.each(packages.filter(({ pkg }) => pkg.bin).map(({ pkg }) => [pkg.name, pkg] as const))('the tarball of %s', (name, source) => {
  it('ships its bins executable and needs no other package at run time', () => {
    const tarball = tarballs.get(name)!;
    const entries = tarEntries(tarball);
    for (const path of Object.values(source.bin ?? {})) {
      const entry = entries.find((candidate) => candidate.path === `package/${path.replace(/^\.\//, '')}`);
      expect(entry?.mode, path).toBe('-rwxr-xr-x');
    }
    // One bundle is the whole program, so `npm install --offline` of the tarball alone works.
    const packed = JSON.parse(tarFile(tarball, 'package/package.json')) as PackageJson;
    expect({ ...packed.dependencies, ...packed.peerDependencies, ...packed.optionalDependencies }).toEqual({});
  });
});

describe('installed with npm install --global from the tarballs', () => {
  it('rus-survey --version prints the package version', () => {
    const result = spawnSync('rus-survey', ['--version'], { cwd: work, env: userEnv(), encoding: 'utf8', timeout: 30_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8')).version);
  }, 120_000);

  it('rus-survey lint reports the example survey exactly as the workspace build does', () => {
    copyFileSync(EXAMPLE, join(work, 'rus-natverket-2018.survey.md'));
    const installed = spawnSync('rus-survey', ['lint', '--format', 'json', 'rus-natverket-2018.survey.md'], { cwd: work, env: userEnv(), encoding: 'utf8', timeout: 30_000 });
    expect(installed.stderr).toBe('');
    // Warnings and infos only: exit code 0.
    expect(installed.status).toBe(0);
    const [report] = JSON.parse(installed.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(report!.messages).toHaveLength(15);
    const byRule: Record<string, number> = {};
    for (const message of report!.messages) byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
    expect(byRule).toEqual({ RUS002: 12, RUS007: 1, RUS009: 2 });
    expect(report!.messages[0]).toMatchObject({ ruleId: 'RUS009', line: 56, column: 18 });

    const workspace = spawnSync(process.execPath, [join(REPO, 'packages/cli/dist/rus-survey.js'), 'lint', '--format', 'json', 'rus-natverket-2018.survey.md'], {
      cwd: work,
      env: userEnv(),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(installed.stdout).toBe(workspace.stdout);

    const stylish = spawnSync('rus-survey', ['lint', 'rus-natverket-2018.survey.md'], { cwd: work, env: userEnv(), encoding: 'utf8', timeout: 30_000 });
    expect(stylish.status).toBe(0);
    expect(stylish.stdout).toContain('15 problems (0 errors, 13 warnings, 2 info)');
  }, 120_000);

  it('npx runs the CLI straight from its tarball', () => {
    const result = spawnSync('npx', ['--yes', '--offline', '--package', tarballs.get('@rus-survey/cli')!, 'rus-survey', '--version'], {
      cwd: work,
      encoding: 'utf8',
      timeout: 60_000,
      // npx caches what it installs under the npm cache; a fresh one proves nothing came from an earlier run.
      env: { ...userEnv(), npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8')).version);
  }, 120_000);

  it('rus-survey-language-server --stdio answers initialize and publishes the example survey\'s diagnostics', async () => {
    const workspace = tempDir('rus-survey-install-ws-');
    copyFileSync(EXAMPLE, join(workspace, 'rus-natverket-2018.survey.md'));
    const child = spawn('rus-survey-language-server', ['--stdio'], { cwd: workspace, env: userEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = pathToFileURL(join(workspace, 'rus-natverket-2018.survey.md')).href;
    const published = new Promise<PublishDiagnosticsParams>((resolvePublished) =>
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri) resolvePublished(params);
      }),
    );
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {} });
      expect(result.serverInfo?.name).toBe('rus-survey-language-server');
      expect(result.capabilities.hoverProvider).toBe(true);
      await connection.sendNotification(InitializedNotification.type, {});
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(EXAMPLE, 'utf8') },
      });
      const { diagnostics } = await published;
      expect(diagnostics).toHaveLength(15);
      expect(diagnostics[0]).toMatchObject({ code: 'RUS009', source: 'rus-survey', range: { start: { line: 55, character: 17 } } });
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await new Promise<number | null>((resolveExit) => (child.exitCode !== null ? resolveExit(child.exitCode) : child.once('exit', resolveExit)));
      expect(code).toBe(0);
      expect(stderr).toBe('');
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
      rmSync(workspace, { recursive: true, force: true });
    }
  }, 120_000);
});
