/**
 * Expands a VS Code snippet body the way accepting it with every default does: placeholders take their default,
 * choices their first option, mirrors (`${1}` again) the value of their tab stop, variables the given values.
 */

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number; placeholder?: Node[]; choices?: string[] }
  | { kind: 'variable'; name: string; fallback?: Node[] };

class Parser {
  private pos = 0;

  constructor(private readonly source: string) {}

  parse(insideBraces = false): Node[] {
    const nodes: Node[] = [];
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos];
      if (ch === '\\' && '$}\\'.includes(this.source[this.pos + 1] ?? '')) {
        nodes.push({ kind: 'text', text: this.source[this.pos + 1] });
        this.pos += 2;
      } else if (ch === '}' && insideBraces) {
        return nodes;
      } else if (ch === '$' && /[0-9A-Za-z_{]/.test(this.source[this.pos + 1] ?? '')) {
        this.pos++;
        nodes.push(this.dollar());
      } else {
        nodes.push({ kind: 'text', text: ch });
        this.pos++;
      }
    }
    if (insideBraces) {
      throw new Error(`unclosed \${ in ${this.source}`);
    }
    return nodes;
  }

  private dollar(): Node {
    if (this.source[this.pos] !== '{') {
      const name = this.read(/[0-9]/.test(this.source[this.pos]) ? /[0-9]/ : /[A-Za-z_0-9]/);
      return /^[0-9]+$/.test(name) ? { kind: 'tabstop', index: Number(name) } : { kind: 'variable', name };
    }
    this.pos++;
    const name = this.read(/[A-Za-z_0-9]/);
    const isTabstop = /^[0-9]+$/.test(name);
    const next = this.source[this.pos++];
    if (next === '}') {
      return isTabstop ? { kind: 'tabstop', index: Number(name) } : { kind: 'variable', name };
    }
    if (next === '|' && isTabstop) {
      const end = this.source.indexOf('|}', this.pos);
      const choices = this.source.slice(this.pos, end).split(',');
      this.pos = end + 2;
      return { kind: 'tabstop', index: Number(name), choices };
    }
    if (next === ':') {
      const inner = this.parse(true);
      this.pos++;
      return isTabstop ? { kind: 'tabstop', index: Number(name), placeholder: inner } : { kind: 'variable', name, fallback: inner };
    }
    throw new Error(`unexpected '${next}' after \${${name} in ${this.source}`);
  }

  private read(allowed: RegExp): string {
    const start = this.pos;
    while (this.pos < this.source.length && allowed.test(this.source[this.pos])) {
      this.pos++;
    }
    return this.source.slice(start, this.pos);
  }
}

export function expandSnippet(body: string, variables: Readonly<Record<string, string>>): string {
  const nodes = new Parser(body).parse();
  const values = new Map<number, string>();
  const render = (list: Node[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.text;
          case 'variable':
            return variables[node.name] ?? (node.fallback ? render(node.fallback) : '');
          case 'tabstop': {
            if (!values.has(node.index) && (node.placeholder || node.choices)) {
              values.set(node.index, node.placeholder ? render(node.placeholder) : (node.choices?.[0] ?? ''));
            }
            return values.get(node.index) ?? '';
          }
        }
      })
      .join('');
  // Two passes, so that a mirror written before its placeholder still gets the placeholder's value.
  render(nodes);
  return render(nodes);
}
