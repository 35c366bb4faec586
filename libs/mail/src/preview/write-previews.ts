import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import nodemailer from 'nodemailer';
import { sampleMails } from './sample-mails';

export interface WrittenPreview {
  name: string;
  language: string;
  html: string;
  eml: string;
}

/** Every sample mail as `<name>.<lang>.html`, `.txt` and a real RFC 5322 `.eml` under `directory`. */
export async function writeMailPreviews(directory: string): Promise<WrittenPreview[]> {
  await fs.mkdir(directory, { recursive: true });
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const written: WrittenPreview[] = [];
  for (const { name, language, mail } of sampleMails()) {
    const base = path.join(directory, `${name}.${language}`);
    const info = await transporter.sendMail({
      from: 'Passerelle <passerelle@villeneuve-la-garenne.example>',
      ...mail,
    });
    await fs.writeFile(`${base}.html`, mail.html ?? '');
    await fs.writeFile(`${base}.txt`, mail.text);
    await fs.writeFile(`${base}.eml`, info.message as Buffer);
    written.push({ name, language, html: `${base}.html`, eml: `${base}.eml` });
  }
  return written;
}

if (require.main === module) {
  const directory = path.resolve(process.argv[2] ?? 'mail-preview');
  writeMailPreviews(directory).then(
    (written) => process.stdout.write(`${written.length} mails written to ${directory}\n`),
    (error: Error) => {
      process.stderr.write(`${error.stack}\n`);
      process.exit(1);
    },
  );
}
