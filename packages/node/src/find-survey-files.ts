// The command line's paths and globs → the survey files to lint, each read and decoded once. A folder is
// searched for Markdown, a glob expanded; one file reached by several paths (links, `..`) is read once; a
// FIFO or device is never opened; every file that cannot be read is reported in its place, not fatal.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { ConfigResolver, ResolvedConfig } from './config-resolver.js';
import { FileProblem, problemFromError } from './file-problem.js';
import { GitignoreFilter } from './gitignore-filter.js';
import { globMarkdownFiles, markdownFilesIn } from './markdown-files.js';
import { DEFAULT_MAX_BYTES, readSurveyFile, type SurveyFileText } from './read-survey-file.js';
import { decideSurveyFile, isSurveyByName } from './survey-file-decision.js';

export type FoundFile =
  | { kind: 'survey'; path: string; config: ResolvedConfig; file: SurveyFileText }
  /** A survey (by name or config) or a named file that could not be read. */
  | { kind: 'problem'; path: string; problem: FileProblem }
  /** A file named on the command line that is no survey. */
  | { kind: 'not-a-survey'; path: string };

export interface FoundSurveyFiles {
  /** In path order, one per real file. */
  files: FoundFile[];
  /** Command-line arguments naming nothing: a path that does not exist, or a glob that matches nothing. */
  unmatched: { arg: string; kind: 'missing' | 'no-match' }[];
  /** The folders searched, as given. */
  folders: string[];
}

interface Candidate {
  path: string;
  /** Named on the command line: used even when ignored, and a problem is reported. */
  explicit: boolean;
  /** The argument as given, for a path that names nothing. */
  arg?: string;
}

const toPosix = (path: string): string => path.split(sep).join('/');

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export function findSurveyFiles(args: readonly string[], options: { cwd: string; configs: ConfigResolver; maxBytes?: number }): FoundSurveyFiles {
  const { cwd, configs } = options;
  const candidates: Candidate[] = [];
  const unmatched: FoundSurveyFiles['unmatched'] = [];
  const folders: string[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    const absolute = resolve(cwd, arg);
    let isFolder: boolean | undefined;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      // Not there (or a dangling or looping link): a glob, or a path reported below.
    }
    if (isFolder) {
      folders.push(arg);
      // A loop: a folder's files spread as arguments overflow the call stack past about 100,000.
      for (const path of markdownFilesIn(absolute)) candidates.push({ path, explicit: false });
    } else if (isFolder === false || !isDynamicPattern(arg)) {
      // Reported in argument order; a link that leads nowhere is there, and reported as a problem below.
      if (isFolder === undefined && !exists(absolute)) unmatched.push({ arg, kind: 'missing' });
      else candidates.push({ path: absolute, explicit: true, arg });
    } else {
      const found = globMarkdownFiles([toPosix(arg)], cwd);
      if (found.length === 0) unmatched.push({ arg, kind: 'no-match' });
      for (const path of found) candidates.push({ path, explicit: false });
    }
  }

  // One entry per real file: the first path in sort order, explicit if any of its paths was named.
  const byRealPath = new Map<string, Candidate>();
  const files: FoundFile[] = [];
  for (const candidate of [...candidates].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    let real: string;
    try {
      real = realpathSync(candidate.path);
    } catch (error) {
      const problem = problemFromError(error, candidate.path);
      if (problem.kind === 'missing' && candidate.explicit) unmatched.push({ arg: candidate.arg ?? candidate.path, kind: 'missing' });
      else if (candidate.explicit || /\.survey\.md$/i.test(candidate.path)) files.push({ kind: 'problem', path: candidate.path, problem });
      continue;
    }
    const previous = byRealPath.get(real);
    if (previous) previous.explicit ||= candidate.explicit;
    else byRealPath.set(real, { ...candidate });
  }

  const gitignore = new GitignoreFilter(cwd);
  for (const { path, explicit } of byRealPath.values()) {
    const query = { path, configs, gitignore, explicit };
    let read: SurveyFileText | undefined;
    let problem: FileProblem | undefined;
    const head = (): string => {
      try {
        read = readSurveyFile(path, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
        return read.text;
      } catch (error) {
        if (!(error instanceof FileProblem)) throw error;
        problem = error;
        return '';
      }
    };
    const decision = decideSurveyFile(query, head);
    if (decision === 'ignored') continue;
    if (decision === 'survey' && !read && !problem) head();
    // Plain Markdown that cannot be read is no survey of ours; a survey or a named file is a problem.
    if (problem) {
      if (explicit || isSurveyByName(query)) files.push({ kind: 'problem', path, problem });
      continue;
    }
    if (decision === 'not-a-survey') {
      if (explicit) files.push({ kind: 'not-a-survey', path });
      continue;
    }
    files.push({ kind: 'survey', path, config: configs.resolveFor(path), file: read! });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, unmatched, folders };
}
