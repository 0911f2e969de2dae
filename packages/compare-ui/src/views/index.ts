// One module per view; the state's `view` picks which one fills the main region.
import type { ViewName } from '../state.js';
import type { ViewContext } from '../view-context.js';
import { compareView } from './compare.js';
import { overviewView } from './heatmap.js';
import { organisationView } from './organisation.js';
import { questionView } from './question.js';

const VIEWS: Record<ViewName, (ctx: ViewContext) => HTMLElement> = {
  overview: overviewView,
  question: questionView,
  compare: compareView,
  organisation: organisationView,
};

export const renderView = (ctx: ViewContext): HTMLElement => VIEWS[ctx.state.view](ctx);

export { printView } from './print.js';
