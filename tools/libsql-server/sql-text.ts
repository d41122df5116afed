/**
 * Just enough lexing of SQL text to answer what the native driver cannot tell us: the driver
 * silently prepares only the first statement of "a; b", where sqld refuses it, and it cannot
 * say what kind of statement it holds (EXPLAIN, ROLLBACK). Strings, quoted names and comments are skipped so
 * that a `;` inside them is not mistaken for the end of a statement.
 */

export interface SqlTextShape {
  /** Statements with at least one token; capped at 2 because "more than one" is all that matters. */
  statementCount: 0 | 1 | 2;
  /** The first three words of the first statement, upper-cased: ["ROLLBACK", "TO", "SAVEPOINT"]. */
  leadingWords: string[];
}

type Token = { kind: 'word'; text: string } | { kind: 'semicolon' } | { kind: 'other' };

export function inspectSqlText(sql: string): SqlTextShape {
  const statements: Token[][] = [[]];
  for (const token of tokens(sql)) {
    if (token.kind === 'semicolon') statements.push([]);
    else statements.at(-1)?.push(token);
  }
  const nonEmpty = statements.filter((statement) => statement.length > 0);
  const first = nonEmpty[0];
  const leadingWords = (first ?? []).slice(0, 3).map((token) => (token.kind === 'word' ? token.text.toUpperCase() : ''));
  // A trigger body holds its own `;`-separated statements between BEGIN and END. Rather than
  // parse it, a text that starts with CREATE TRIGGER counts as one statement: a missed second
  // statement after a trigger is a smaller harm than refusing a valid trigger.
  if (isTrigger(leadingWords)) return { statementCount: 1, leadingWords };
  return { statementCount: nonEmpty.length === 0 ? 0 : nonEmpty.length === 1 ? 1 : 2, leadingWords };
}

function isTrigger([first, second, third]: string[]): boolean {
  return first === 'CREATE' && (second === 'TRIGGER' || ((second === 'TEMP' || second === 'TEMPORARY') && third === 'TRIGGER'));
}

const WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y;

function* tokens(sql: string): Generator<Token> {
  let at = 0;
  while (at < sql.length) {
    const char = sql[at] as string;
    const next = sql[at + 1];
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === '-' && next === '-') {
      const end = sql.indexOf('\n', at);
      at = end === -1 ? sql.length : end + 1;
    } else if (char === '/' && next === '*') {
      const end = sql.indexOf('*/', at + 2);
      at = end === -1 ? sql.length : end + 2;
    } else if (char === "'" || char === '"' || char === '`') {
      at = endOfQuoted(sql, at, char);
      yield { kind: 'other' };
    } else if (char === '[') {
      const end = sql.indexOf(']', at + 1);
      at = end === -1 ? sql.length : end + 1;
      yield { kind: 'other' };
    } else if (char === ';') {
      at += 1;
      yield { kind: 'semicolon' };
    } else {
      WORD.lastIndex = at;
      const word = WORD.exec(sql)?.[0];
      at += word?.length ?? 1;
      yield word === undefined ? { kind: 'other' } : { kind: 'word', text: word };
    }
  }
}

/** Index just past a quoted string or name; a doubled quote character stands for itself. */
function endOfQuoted(sql: string, start: number, quote: string): number {
  let at = start + 1;
  for (;;) {
    const end = sql.indexOf(quote, at);
    if (end === -1) return sql.length;
    if (sql[end + 1] !== quote) return end + 1;
    at = end + 2;
  }
}
