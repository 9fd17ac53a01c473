// `pkp restore FILE`: a backup of `pkp backup` into an empty store.
import { storeTarget } from '../../config.ts';
import { restoreBackup } from '../../data/backup.ts';
import { parseCommandArgs, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';

export const restoreCommand: Command = {
  name: 'restore',
  usage: [
    'Usage: pkp restore FILE',
    '',
    'Restores a backup of `pkp backup` into the store the environment names (PKP_DATA_DIR, or',
    'DATABASE_URL), which must be empty and of the same kind as the backup. The database is then',
    'migrated to this pkp; run `pkp check --year YEAR` to compare every stored result with a fresh scoring.',
    '',
    'Options:',
    '  -h, --help   this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(this, args, {}, { allowPositionals: true });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    const [file, ...rest] = positionals;
    if (file === undefined || rest.length > 0) throw usageError(this, 'give one backup FILE');
    const manifest = await restoreBackup(file, storeTarget(ctx.config));
    ctx.out(
      ctx.locale === 'id'
        ? `Cadangan ${manifest.kind} dari ${manifest.createdAt} dipulihkan (${manifest.files} berkas bukti).`
        : `${manifest.kind} backup of ${manifest.createdAt} restored (${manifest.files} evidence files).`,
    );
    return EXIT.ok;
  },
};
