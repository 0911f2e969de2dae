import { resolve } from 'node:path';
import { ConfigResolver, type ResolvedConfig } from '@rus-survey/node';
import { CliError } from '../errors.js';
import { t, type Locale } from '../i18n.js';
import { fileProblemText } from './file-problem-text.js';

/**
 * The config for each folder through the node layer's resolver; a config with errors stops the command
 * (exit 2) with every problem at its file, line and column.
 */
export class CliConfigs {
  readonly resolver: ConfigResolver;

  constructor(
    private readonly locale: Locale,
    private readonly display: (path: string) => string,
    cwd: string,
    /** `--config FILE`: used for every survey instead of the nearest one. */
    explicit?: string,
  ) {
    this.resolver = new ConfigResolver(explicit ? resolve(cwd, explicit) : undefined);
  }

  /** The valid config for files in `folder`, or a CliError. */
  forFolder(folder: string): ResolvedConfig {
    const resolved = this.resolver.resolveFolder(folder);
    if (resolved.problem && resolved.path) throw new CliError(fileProblemText(resolved.problem, this.locale, this.display(resolved.path)));
    if (resolved.errors.length > 0) {
      throw new CliError(
        resolved.errors
          .map((error) => t(this.locale, 'invalidConfig', { location: `${this.display(error.filename)}:${error.line}:${error.column}`, message: error.localized[this.locale] }))
          .join('\n'),
      );
    }
    return resolved;
  }
}
