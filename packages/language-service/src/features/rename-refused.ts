// Why a rename was refused (the new name is unusable, it would merge two organisations' answers, or core's
// guard rejects the edit), in the user's locale. The server answers it as InvalidParams with this message, so
// the editor shows the reason; nothing is renamed.
import type { RenameProblem } from '@rus-survey/core';

export class RenameRefusedError extends Error {
  constructor(
    readonly problem: RenameProblem,
    message: string,
  ) {
    super(message);
    this.name = 'RenameRefusedError';
  }
}
