import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpInboxOptions {
  /** Recipients the server answers 550 "No such mailbox", as a real server does for an unknown one. */
  refuses?: (address: string) => boolean;
}

/** A real SMTP server on a free local port that keeps every message it receives, parsed. */
export class SmtpInbox {
  readonly messages: ParsedMail[] = [];
  private waiters: (() => void)[] = [];
  private readonly server: SMTPServer;

  private constructor(options: SmtpInboxOptions) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (options.refuses?.(address.address)) {
          callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
        } else callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.receive(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
  }

  static async start(options: SmtpInboxOptions = {}): Promise<SmtpInbox> {
    const inbox = new SmtpInbox(options);
    await new Promise<void>((resolve) => inbox.server.listen(0, '127.0.0.1', resolve));
    return inbox;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The first message to `address` (waiting up to `timeoutMs` for it). */
  async messageTo(address: string, timeoutMs = 5000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((mail) => recipients(mail).includes(address.toLowerCase()));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No e-mail reached ${address} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  messagesTo(address: string): ParsedMail[] {
    return this.messages.filter((mail) => recipients(mail).includes(address.toLowerCase()));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private receive(mail: ParsedMail): void {
    this.messages.push(mail);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((address) => (address.address ?? '').toLowerCase()));
}
