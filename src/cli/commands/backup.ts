// `pkp backup --out FILE`: the whole store (database and evidence files) as one file.
import { storeTarget } from '../../config.ts';
import { writeBackup } from '../../data/backup.ts';
import { formatNumber } from '../../shared/format.ts';
import { parseCommandArgs, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';

export const backupCommand: Command = {
  name: 'backup',
  usage: [
    'Usage: pkp backup --out FILE',
    '',
    'Writes the whole store to one file (a zip): with PKP_DATA_DIR the embedded database and its',
    'evidence files (stop pkp serve first: the directory is locked while it runs); with DATABASE_URL',
    'the PostgreSQL database through pg_dump, evidence included, while the servers keep running.',
    'pkp restore FILE puts it back into an empty store.',
    '',
    'Options:',
    '  --out FILE   where to write the backup',
    '  -h, --help   this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, { out: { type: 'string' } });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (values.out === undefined) throw usageError(this, '--out is required');
    const { manifest, bytes } = await writeBackup(storeTarget(ctx.config), values.out);
    const size = formatNumber(Math.round(bytes / 1024), 0, ctx.locale);
    ctx.out(
      ctx.locale === 'id'
        ? `Cadangan ${manifest.kind} ditulis ke ${values.out} (${size} KB, ${manifest.files} berkas bukti).`
        : `${manifest.kind} backup written to ${values.out} (${size} KB, ${manifest.files} evidence files).`,
    );
    return EXIT.ok;
  },
};
