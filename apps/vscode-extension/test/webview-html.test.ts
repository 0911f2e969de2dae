import { describe, expect, it } from 'vitest';
import { webviewHtml } from '../src/webview-html';

const html = webviewHtml({
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  asset: (name) => `https://file+.vscode-resource.vscode-cdn.net/ext/media/${name}`,
  nonce: 'bm9uY2Vub25jZQ==',
  locale: 'sv',
  title: 'Jämför "regioner" <b>',
  missingText: 'saknas & "borta"',
});

describe('the compare webview HTML', () => {
  it('has a CSP that allows scripts only by nonce and nothing inline', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'nonce-bm9uY2Vub25jZQ=='");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });
  it('loads every script from media/ with the nonce, and has no inline script, style or handler', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(2);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toContain('nonce="bm9uY2Vub25jZQ=="');
      expect(attributes).toMatch(/src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/media\/[\w-]+\.js"/);
      expect(body).toBe('');
    }
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });
  it('escapes the texts it puts in attributes and the title', () => {
    expect(html).toContain('<title>Jämför &quot;regioner&quot; &lt;b&gt;</title>');
    expect(html).toContain('data-missing="saknas &amp; &quot;borta&quot;"');
    expect(html).toContain('<html lang="sv">');
  });
});
