// One tree data provider for both survey views: it renders the view-model nodes that `build` makes from the
// active survey's matrix, and shows the missing count as the view's badge.
import * as vscode from 'vscode';
import type { CompareMatrix } from '@rus-survey/protocol';
import type { ActiveSurvey } from '../active-survey';
import type { Translate } from '../translate';
import type { UiLanguage } from '../ui-language';
import type { NodeIcon, ViewNode } from './tree-model';

const ICONS: Record<NodeIcon, vscode.ThemeIcon> = {
  part: new vscode.ThemeIcon('book'),
  question: new vscode.ThemeIcon('question'),
  organisation: new vscode.ThemeIcon('organization'),
  answered: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  'no-answer': new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground')),
  empty: new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground')),
  placeholder: new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground')),
  missing: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
};

export const REVEAL_COMMAND = 'rusSurvey.revealAnswer';

export class SurveyTreeProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ViewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: ViewNode[] = [];
  readonly view: vscode.TreeView<ViewNode>;
  private readonly subscription: vscode.Disposable;

  constructor(
    viewId: string,
    private readonly build: (matrix: CompareMatrix, t: Translate) => ViewNode[],
    survey: ActiveSurvey,
    private readonly expandFirstLevel: boolean,
    /** Only one view shows the missing count: the container's badge adds up its views' badges. */
    showBadge: boolean,
    private readonly language: UiLanguage,
  ) {
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
    this.subscription = survey.onDidChange((snapshot) => {
      const t = language.t;
      this.roots = snapshot ? this.build(snapshot.matrix, t) : [];
      const missing = showBadge ? (snapshot?.matrix.totals.missing ?? 0) : 0;
      this.view.badge = missing > 0 ? { value: missing, tooltip: t('{0} missing answers', missing) } : undefined;
      this.view.message = snapshot?.matrix.title ?? undefined;
      this.changed.fire(undefined);
    });
  }

  getChildren(node?: ViewNode): ViewNode[] {
    return node ? (node.children ?? []) : this.roots;
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const collapsible = node.children
      ? this.expandFirstLevel && this.roots.includes(node)
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = ICONS[node.icon];
    item.contextValue = node.icon;
    if (node.location) item.command = { command: REVEAL_COMMAND, title: this.language.t('Reveal answer'), arguments: [node.location] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.view.dispose();
  }
}
