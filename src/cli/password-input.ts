/**
 * Reading a password on the command line: typed at the terminal without echo (asked twice),
 * or piped in on standard input for scripts. Never from an argument, which would end up in
 * the shell history and the process list.
 */
import { stdin, stderr } from 'node:process';

export class CliUsageError extends Error {}
export class CliAbort extends Error {}

/** The first line of standard input (a script's `printf '%s\n' "$PW" | …`). */
export async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  const line = text.split(/\r?\n/)[0] ?? '';
  if (!line) throw new CliUsageError('--password-stdin: standard input held no password.');
  return line;
}

/** Asks once at the terminal, showing nothing of what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = '';
    stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (error: Error | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: string) => {
      for (const char of data) {
        if (char === '\r' || char === '\n') return finish(null);
        if (char === '\u0003') return finish(new CliAbort('Cancelled.'));
        if (char === '\u0004') return typed ? undefined : finish(new CliAbort('Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** A new password typed twice at the terminal. */
export async function promptNewPassword(): Promise<string> {
  if (!stdin.isTTY) {
    throw new CliUsageError('No terminal to ask for the password on. Pipe it in and add --password-stdin.');
  }
  const first = await askHidden('New password: ');
  const second = await askHidden('The same password again: ');
  if (first !== second) throw new CliAbort('The two passwords were not the same. Nothing was changed.');
  return first;
}
