// Puts the cursor where an answer starts and scrolls it into view; shared by the views, the quick pick and
// the compare panel.
import * as vscode from 'vscode';
import { editorStart, type AnswerLocation } from './locations';

export async function revealPosition(uri: vscode.Uri, position: vscode.Position, viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function revealAnswer(location: AnswerLocation, viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const start = editorStart(location);
  return revealPosition(vscode.Uri.parse(location.uri), new vscode.Position(start.line, start.character), viewColumn);
}
