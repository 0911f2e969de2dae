import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Files of the repository that tests read. */
export const repoPath = (relative: string): string => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
export const readRepoFile = (relative: string): string => readFileSync(repoPath(relative), 'utf8');

export const seedText = (): string => readRepoFile('examples/rus-natverket-enkat-2018.txt');
export const exampleSurvey = (): string => readRepoFile('examples/rus-natverket-2018.survey.md');
