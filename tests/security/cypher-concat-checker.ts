// Finds Cypher text built by concatenation, interpolation or splicing in TypeScript source (syntax only).
import ts from 'typescript';

/** Where a piece of Cypher is built from a non-literal value, and from what. */
export interface CypherConcatViolation {
  file: string;
  line: number;
  /** The interpolated or concatenated expression, as written. */
  expression: string;
  /** How it is joined to the Cypher text. */
  how: 'template' | 'plus' | 'plus-assign' | 'array-join' | 'replace' | 'concat';
  /** The Cypher text it is joined to (shortened). */
  cypher: string;
}

/**
 * Whether a string fragment looks like Cypher: an upper-case clause keyword next to pattern syntax
 * (`(n:Label`, `-[`, `$param`, `{key:`) or a clause that only Cypher writes (`UNWIND`, `DETACH DELETE`…).
 * Why upper case only: prose in messages ("create a graph") must not count; every Cypher statement in
 * src/ is written in upper case, and a lower-case one would still carry its pattern syntax.
 */
export function looksLikeCypher(text: string): boolean {
  if (
    /\b(UNWIND|DETACH\s+DELETE|OPTIONAL\s+MATCH|CREATE\s+(NODE|REL)\s+TABLE|CREATE\s+CONSTRAINT)\b/.test(text)
  )
    return true;
  if (/\bCOPY\s+\w*\s*FROM\b|\bLOAD\s+(WITH\s+HEADERS|CSV|FROM)\b/.test(text)) return true;
  const clause = /\b(MATCH|MERGE|CREATE|RETURN|WHERE|SET|DELETE|REMOVE|WITH|CALL|ORDER\s+BY)\b/.test(text);
  const pattern = /\(\s*\w*\s*:|\(\s*\w+\s*\)|-\s*\[|\]\s*-|\$\w+|\{\s*\w+\s*:|\b\w+\.\w+\s*(=|AS\b)/.test(
    text,
  );
  return clause && pattern;
}

/** Identifiers a file may splice into its Cypher: schema names, each checked against the allow-list. */
export type CypherAllowList = Readonly<Record<string, readonly string[]>>;

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** All literal text of an expression tree (template pieces, string literals), for the Cypher test. */
function literalPieces(node: ts.Node): string {
  const pieces: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) pieces.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      pieces.push(n.head.text);
      for (const span of n.templateSpans) {
        visit(span.expression);
        pieces.push(span.literal.text);
      }
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      visit(n.left);
      visit(n.right);
    } else if (ts.isParenthesizedExpression(n)) visit(n.expression);
  };
  visit(node);
  return pieces.join(' ');
}

/** Operands of a `+` chain that are not literals themselves. */
function plusOperands(node: ts.Expression, out: ts.Expression[] = []): ts.Expression[] {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    plusOperands(node.left, out);
    plusOperands(node.right, out);
  } else if (ts.isParenthesizedExpression(node)) plusOperands(node.expression, out);
  else out.push(node);
  return out;
}

function isLiteralish(node: ts.Expression): boolean {
  return literalText(node) !== undefined || ts.isNumericLiteral(node);
}

/**
 * Check one source file: every value joined to Cypher text (template `${…}`, `+`, `+=`, array `join`,
 * `.replace('$param', …)`, `.concat(…)`) must be an expression its file allow-lists.
 * @param file the path used in reports and to look up `allow`
 * @param text the TypeScript source
 * @param allow per file, the expressions (as written) that hold schema names
 */
export function checkCypherConcat(
  file: string,
  text: string,
  allow: CypherAllowList = {},
): CypherConcatViolation[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const allowed = new Set(allow[file] ?? []);
  const violations: CypherConcatViolation[] = [];
  const cypherVariables = new Set<string>();
  const report = (node: ts.Node, how: CypherConcatViolation['how'], cypher: string): void => {
    const expression = node.getText(source);
    if (allowed.has(expression)) return;
    violations.push({ file, line: lineOf(source, node), expression, how, cypher: cypher.slice(0, 80) });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isTemplateExpression(node)) {
      // Why: judge the whole `+` chain a template sits in, so `(n:${x})` + ' RETURN n' counts as Cypher.
      let top: ts.Node = node;
      while (
        (ts.isBinaryExpression(top.parent) && top.parent.operatorToken.kind === ts.SyntaxKind.PlusToken) ||
        ts.isParenthesizedExpression(top.parent)
      )
        top = top.parent;
      const pieces = literalPieces(top);
      if (looksLikeCypher(pieces)) {
        for (const span of node.templateSpans) report(span.expression, 'template', pieces);
      }
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      !(ts.isBinaryExpression(node.parent) && node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken) &&
      !ts.isParenthesizedExpression(node.parent)
    ) {
      const pieces = literalPieces(node);
      if (looksLikeCypher(pieces)) {
        for (const operand of plusOperands(node)) {
          if (!isLiteralish(operand) && !ts.isTemplateExpression(operand)) report(operand, 'plus', pieces);
        }
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) {
      const target = node.left.getText(source);
      const right = literalPieces(node.right);
      if (
        (cypherVariables.has(target) || looksLikeCypher(right)) &&
        !isLiteralish(node.right) &&
        !ts.isTemplateExpression(node.right)
      ) {
        report(node.right, 'plus-assign', right || target);
      }
    } else if (ts.isVariableDeclaration(node) && node.initializer && ts.isIdentifier(node.name)) {
      if (looksLikeCypher(literalPieces(node.initializer))) cypherVariables.add(node.name.text);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const receiver = node.expression.expression;
      if (method === 'join' && ts.isArrayLiteralExpression(receiver)) {
        const pieces = receiver.elements.map((e) => literalPieces(e)).join(' ');
        if (looksLikeCypher(pieces)) {
          for (const element of receiver.elements) {
            if (!isLiteralish(element) && !ts.isTemplateExpression(element))
              report(element, 'array-join', pieces);
          }
        }
      } else if (method === 'replace' || method === 'replaceAll') {
        const [pattern, replacement] = node.arguments;
        const patternText = pattern ? literalText(pattern) : undefined;
        // Why: swapping a `$param` placeholder for a value is concatenation by another name.
        if (patternText?.startsWith('$') && replacement && !isLiteralish(replacement)) {
          report(replacement, 'replace', patternText);
        }
      } else if (method === 'concat') {
        const pieces = [receiver, ...node.arguments].map((e) => literalPieces(e)).join(' ');
        if (looksLikeCypher(pieces)) {
          for (const arg of node.arguments) if (!isLiteralish(arg)) report(arg, 'concat', pieces);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return violations;
}
