// The surveys the tests run on: the repository's example and small ones written out here in full.
import { readFileSync } from 'node:fs';

/** examples/rus-natverket-2018.survey.md: ten organisations, nine questions, an inferred roster. */
export const EXAMPLE_SURVEY = readFileSync(new URL('../../../examples/rus-natverket-2018.survey.md', import.meta.url), 'utf8');
export const EXAMPLE_URI = 'file:///work/examples/rus-natverket-2018.survey.md';

/** Two questions; Region Skåne and Region Kronoberg have not answered question 2. Roster in the front matter. */
export const SMALL_SURVEY = `---
rus-survey: true
organisations:
  - Region Skåne
  - Region Kronoberg
  - Region Blekinge
---

# Enkät

## Del ett

### 1. Hur styr RUS?

| Organisation | Svar |
| --- | --- |
| Region Skåne | Genom budgeten. |
| Region Kronoberg | Genom VP. |
| Region Blekinge | Genom forum. |

### 2. Hur följs RUS upp?

| Organisation | Svar |
| --- | --- |
| Region Blekinge | Årligen. |
`;

/** The same questions with no roster in the front matter: the roster comes from the folder's config file. */
export const CONFIG_ROSTER_SURVEY = `---
rus-survey: true
---

# Enkät

## Del ett

### 1. Hur styr RUS?

| Organisation | Svar |
| --- | --- |
| Region Skåne | Genom budgeten. |
| Region Kronoberg | Genom VP. |
`;

export const CONFIG_YAML = `organisations:
  - Region Kronoberg
  - Region Skåne
`;
